"""Merging results from several laptops, the class view and question statistics, on real SQLite."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta

import pytest

from quizzes.classroom.report import class_rows_csv
from quizzes.classroom.results_file import ResultsAttempt, ResultsProfile, ResultsSet
from quizzes.errors import SteppeQuizError
from quizzes.store.class_results import ResultsImportError
from quizzes.store.history import StoredResponse
from quizzes.store.repository import Store
from tests.raw_sql import count_rows, refuse_every_insert_as_a_duplicate, run_sql
from tests.results_fixtures import T0, add_sample_set, attempt, profile, results_of

pytestmark = pytest.mark.both_engines

ASEL, BOLAT = profile("Asel"), profile("Bolat")


def _table_counts(db_url: str) -> dict[str, int]:
    return {t: count_rows(db_url, t) for t in ("profile", "attempt", "response")}


def test_importing_the_same_file_twice_changes_nothing(store, db_url):
    sco = add_sample_set(store)
    results = results_of(
        [attempt(ASEL, sco, {"sco-newest": 1, "eaeu": 0}), attempt(BOLAT, sco, {"eaeu": 1})],
        [sco],
    )
    first = store.class_results.import_results(results, "laptop1.json")
    assert (first.added, first.already_present, first.responses_added) == (2, 0, 3)
    assert first.profiles_created == ["Asel", "Bolat"]
    counts = _table_counts(db_url)
    second = store.class_results.import_results(results, "laptop1.json")
    assert (second.added, second.already_present) == (0, 2)
    assert _table_counts(db_url) == counts == {"profile": 2, "attempt": 2, "response": 3}


def test_a_file_with_some_new_attempts_adds_only_those(store):
    sco = add_sample_set(store)
    old = attempt(ASEL, sco, {"eaeu": 1})
    store.class_results.import_results(results_of([old], [sco]), "a.json")
    new = attempt(ASEL, sco, {"eaeu": 0}, minutes=30)
    outcome = store.class_results.import_results(results_of([old, new], [sco]), "b.json")
    assert (outcome.added, outcome.already_present) == (1, 1)
    assert outcome.summary() == "b.json: 1 attempts added, 1 already present"


def test_students_are_matched_by_name_across_laptops(store):
    sco = add_sample_set(store)
    local = store.create_profile("Asel  Nurlanovna")
    other_laptop = profile("asel nurlanovna")  # another id, same person
    outcome = store.class_results.import_results(
        results_of([attempt(other_laptop, sco, {"eaeu": 1})], [sco]), "x.json"
    )
    assert outcome.profiles_created == []
    [row] = store.class_results.class_rows()
    assert (row.profile_id, row.student) == (local.id, "Asel Nurlanovna")


def test_a_set_with_another_id_is_matched_by_its_questions(store):
    teacher_copy = add_sample_set(store)
    laptop_set_id = str(uuid.uuid4())  # the same file imported on the laptop got another id
    laptop_set = type(teacher_copy)(**{**teacher_copy.__dict__, "id": laptop_set_id})
    results = results_of([attempt(ASEL, laptop_set, {"eaeu": 1, "leaders": 2 / 3})], [laptop_set])
    outcome = store.class_results.import_results(results, "x.json")
    assert outcome.added == 1
    assert "matched by its questions" in outcome.notes[0]
    [row] = store.class_results.class_rows()
    assert row.set_id == teacher_copy.id
    assert row.mastery == pytest.approx({"Organisations": 1.0, "Leaders": 2 / 3})


def test_an_unknown_set_stops_the_whole_file(store, db_url):
    sco = add_sample_set(store)
    stranger = ResultsSet(str(uuid.uuid4()), "Caspian pipelines", "0" * 64)
    unknown = type(sco)(**{**sco.__dict__, "id": stranger.id, "title": stranger.title})
    results = results_of(
        [attempt(ASEL, sco, {"eaeu": 1}), attempt(BOLAT, unknown, {"eaeu": 1})], [sco]
    )
    results = type(results)(**{**results.__dict__, "sets": [*results.sets[:1], stranger]})
    before = _table_counts(db_url)
    with pytest.raises(ResultsImportError) as caught:
        store.class_results.import_results(results, "laptop9.json")
    message = str(caught.value)
    assert message.startswith("laptop9.json: results for the set 'Caspian pipelines'")
    assert "Nothing was imported" in message
    assert _table_counts(db_url) == before


def test_an_answer_to_a_question_the_set_no_longer_has_stops_the_file(store, db_url):
    sco = add_sample_set(store)
    results = results_of([attempt(ASEL, sco, {"eaeu": 1, "gone-question": 0})], [sco])
    before = _table_counts(db_url)
    with pytest.raises(ResultsImportError, match="'gone-question'"):
        store.class_results.import_results(results, "x.json")
    assert _table_counts(db_url) == before


def test_export_then_import_elsewhere_reproduces_the_class_view(tmp_path):
    laptop = Store.open(f"sqlite:///{tmp_path / 'laptop.db'}")
    teacher = Store.open(f"sqlite:///{tmp_path / 'teacher.db'}")
    try:
        sco = add_sample_set(laptop)
        add_sample_set(teacher, set_id=sco.id)
        asel = laptop.create_profile("Asel")
        history = laptop.history
        attempt_id = history.start_attempt(asel.id, sco.id, "exam", {"seed": 4}, T0)
        answers = [("sco-newest", "Belarus", 1.0), ("border-length", 4000, 0.0)]
        for position, (qid, given, score) in enumerate(answers):
            response = StoredResponse(qid, given, score == 1, score, 3.0, position)
            history.record_answer(
                attempt_id, asel.id, sco.id, response, T0, 10.0, lambda _card: ({}, T0)
            )
        history.finish_attempt(attempt_id, 0.5, T0 + timedelta(minutes=3), 20.0)

        exported = laptop.class_results.export(T0, profile="asel")
        assert [a.id for a in exported.attempts] == [attempt_id]
        assert [r.question_external_id for r in exported.attempts[0].responses] == [
            "sco-newest",
            "border-length",
        ]
        outcome = teacher.class_results.import_results(exported, "asel.json")
        assert outcome.added == 1
        assert teacher.class_results.class_rows() == laptop.class_results.class_rows()
        [row] = teacher.class_results.class_rows()
        assert (row.attempts, row.best, row.last) == (1, 0.5, 0.5)
        assert row.mastery == {"SCO membership": 1.0, "Borders and geography": 0.0}
        assert teacher.class_results.export(T0) == laptop.class_results.export(T0)
    finally:
        laptop.close()
        teacher.close()


def test_export_of_an_unknown_profile_names_the_known_ones(store):
    store.create_profile("Asel")
    with pytest.raises(
        SteppeQuizError, match=r"no student profile called 'Zed' \(profiles: Asel\)"
    ):
        store.class_results.export(T0, profile="Zed")


def test_class_rows_give_best_last_and_attempts_per_student_and_set(store):
    sco = add_sample_set(store)
    other = add_sample_set(store, title="Borders")
    results = results_of(
        [
            attempt(ASEL, sco, {"eaeu": 1, "leaders": 1}, minutes=0),
            attempt(ASEL, sco, {"eaeu": 0, "leaders": 1}, minutes=10),
            attempt(ASEL, sco, {"eaeu": 0}, minutes=20, finished=False),
            attempt(BOLAT, other, {"border-length": 1}, minutes=5),
        ],
        [sco, other],
    )
    store.class_results.import_results(results, "x.json")
    rows = store.class_results.class_rows()
    assert [(r.student, r.set_title, r.attempts, r.best, r.last) for r in rows] == [
        ("Asel", "SCO basics", 2, 1.0, 0.5),
        ("Bolat", "Borders", 1, 1.0, 1.0),
    ]
    # every answer counts towards mastery, the unfinished attempt's too: eaeu 1, 0, 0
    assert rows[0].mastery == pytest.approx({"Organisations": 1 / 3, "Leaders": 1.0})
    assert [r.student for r in store.class_results.class_rows(set_id=other.id)] == ["Bolat"]


def test_the_class_csv_has_one_line_per_row_and_defuses_formulas(store):
    sco = add_sample_set(store)
    evil = profile("=HYPERLINK(1)")
    store.class_results.import_results(
        results_of([attempt(evil, sco, {"eaeu": 1, "leaders": 2 / 3})], [sco]), "x.json"
    )
    lines = class_rows_csv(store.class_results.class_rows()).splitlines()
    assert lines[0] == (
        "Student,Set,Attempts,Best %,Last %,Last finished (UTC),"
        "Mastery: Organisations,Mastery: Leaders"
    )
    assert lines[1] == "'=HYPERLINK(1),SCO basics,1,83.3,83.3,2026-03-02 09:05,100.0,66.7"


def test_question_statistics_use_each_students_first_attempt(store):
    sco = add_sample_set(store)
    names = ["Asel", "Bolat", "Chingiz", "Dana"]
    table = [(1, 1, 1), (1, 1, 0), (1, 0, 0), (0, 0, 1)]  # as in tests/quizzes/test_stats.py
    attempts = [
        attempt(profile(name), sco, dict(zip(("sco-newest", "eaeu", "leaders"), row, strict=True)))
        for name, row in zip(names, table, strict=True)
    ]
    # Dana's second go, all right: ignored unless all attempts are asked for.
    attempts.append(
        attempt(profile("Dana"), sco, {"sco-newest": 1, "eaeu": 1, "leaders": 1}, minutes=60)
    )
    store.class_results.import_results(results_of(attempts, [sco]), "x.json")
    stats = {s.question.label: s for s in store.class_results.question_statistics(sco.id)}
    assert stats["eaeu"].discrimination == pytest.approx(3**-0.5)
    assert stats["leaders"].discrimination == pytest.approx(-(11**-0.5))
    assert (stats["eaeu"].answers, stats["eaeu"].facility) == (4, 0.5)
    assert stats["turkey-member"].answers == 0
    everything = {
        s.question.label: s
        for s in store.class_results.question_statistics(sco.id, all_attempts=True)
    }
    assert (everything["eaeu"].answers, everything["eaeu"].facility) == (5, 0.6)


def _edited(original: ResultsAttempt, **changes: object) -> ResultsAttempt:
    return dataclasses.replace(original, **changes)


def test_an_edited_attempt_score_is_graded_again_from_the_answers(store):
    sco = add_sample_set(store)
    honest = attempt(ASEL, sco, {"sco-newest": 1, "eaeu": 0, "leaders": 0, "neighbours": 0})
    assert honest.score == 0.25
    forged = _edited(honest, score=1.0)
    outcome = store.class_results.import_results(results_of([forged], [sco]), "asel.json")
    [row] = store.class_results.class_rows()
    assert (row.best, row.last) == (0.25, 0.25)
    assert outcome.regraded == [
        f"attempt {forged.id} of 'Asel': score 100% in the file, 25% graded from the answers"
    ]


def test_responses_set_to_correct_are_graded_again_from_the_answers(store, db_url):
    sco = add_sample_set(store)
    honest = attempt(ASEL, sco, {"sco-newest": 0, "eaeu": 0, "leaders": 1 / 3})
    forged = _edited(
        honest,
        score=1.0,
        responses=[dataclasses.replace(r, correct=True, score=1.0) for r in honest.responses],
    )
    outcome = store.class_results.import_results(results_of([forged], [sco]), "asel.json")
    [row] = store.class_results.class_rows()
    assert row.best == pytest.approx(1 / 9)
    assert row.mastery == pytest.approx({"SCO membership": 0, "Organisations": 0, "Leaders": 1 / 3})
    assert outcome.regraded == [
        f"attempt {forged.id} of 'Asel': score 100% in the file, 11% graded from the answers; "
        "answers graded otherwise than the file says: 'sco-newest' (0%, not 100%), "
        "'eaeu' (0%, not 100%), 'leaders' (33%, not 100%)"
    ]
    stored = run_sql(db_url, "select correct, score from response order by position")
    assert stored == [(0, 0.0), (0, 0.0), (0, pytest.approx(1 / 3))]


def test_an_honest_file_is_stored_without_remarks(store):
    sco = add_sample_set(store)
    honest = attempt(ASEL, sco, {"sco-members": 2 / 3, "neighbours": 1 / 3, "turkey-member": 1})
    outcome = store.class_results.import_results(results_of([honest], [sco]), "asel.json")
    assert (outcome.added, outcome.regraded, outcome.merged) == (1, [], [])
    [row] = store.class_results.class_rows()
    assert row.best == pytest.approx(2 / 3)


def test_the_score_counts_every_drawn_question_as_the_quiz_does(store):
    sco = add_sample_set(store)
    drawn = ["sco-newest", "eaeu", "leaders", "neighbours"]
    answered_two = _edited(
        attempt(ASEL, sco, {"sco-newest": 1, "eaeu": 1}),
        config={"seed": 1, "mode": "exam", "question_ids": drawn},
        score=0.5,
    )
    outcome = store.class_results.import_results(results_of([answered_two], [sco]), "x.json")
    assert outcome.regraded == []
    [row] = store.class_results.class_rows()
    assert row.best == 0.5


def test_the_same_attempts_under_fresh_ids_are_not_imported_twice(store, db_url):
    sco = add_sample_set(store)
    original = [
        attempt(ASEL, sco, {"sco-newest": 1, "eaeu": 0}),
        attempt(BOLAT, sco, {"eaeu": 1}, minutes=3),
    ]
    store.class_results.import_results(results_of(original, [sco]), "laptop1.json")
    counts = _table_counts(db_url)
    fresh = [
        _edited(
            a,
            id=str(uuid.uuid4()),
            responses=[dataclasses.replace(r, id=str(uuid.uuid4())) for r in a.responses],
        )
        for a in original
    ]
    other_laptop = profile("asel ")  # the same student, another laptop's profile id
    fresh[0] = _edited(fresh[0], profile=ResultsProfile(str(uuid.uuid4()), other_laptop.name))
    outcome = store.class_results.import_results(results_of(fresh, [sco]), "again.json")
    assert (outcome.added, outcome.already_present, outcome.duplicates) == (0, 0, 2)
    assert outcome.summary() == (
        "again.json: 0 attempts added, 0 already present, "
        "2 already stored under another id (same student, set, start and answers)"
    )
    assert _table_counts(db_url) == counts


def test_a_copy_inside_one_file_is_stored_once(store, db_url):
    sco = add_sample_set(store)
    first = attempt(ASEL, sco, {"eaeu": 1})
    copy = _edited(
        first,
        id=str(uuid.uuid4()),
        responses=[dataclasses.replace(r, id=str(uuid.uuid4())) for r in first.responses],
    )
    different_answer = _edited(attempt(ASEL, sco, {"eaeu": 0}), started_at=first.started_at)
    outcome = store.class_results.import_results(
        results_of([first, copy, different_answer], [sco]), "x.json"
    )
    assert (outcome.added, outcome.duplicates) == (2, 1)
    assert _table_counts(db_url)["attempt"] == 2


@pytest.mark.parametrize(
    "lookalike",
    [
        "Asel\u200b Nurlanovna",  # zero-width space
        "ASEL NURLANOVNA",
        "Asel   Nurlanovna",
        "\u202eAsel Nurlanovna\u202c",  # right-to-left override ... pop
        "Asel\u2066 Nurlanovna",  # left-to-right isolate
    ],
)
def test_lookalike_names_are_merged_and_listed(store, lookalike):
    sco = add_sample_set(store)
    local = store.create_profile("Asel Nurlanovna")
    from_laptop = ResultsProfile(str(uuid.uuid4()), lookalike)
    outcome = store.class_results.import_results(
        results_of([attempt(from_laptop, sco, {"eaeu": 1})], [sco]), "x.json"
    )
    assert outcome.profiles_created == []
    assert outcome.merged == [
        f"{lookalike!r} merged with the stored student 'Asel Nurlanovna' (a lookalike name: "
        "it differs in case, spacing or invisible characters)"
    ]
    [row] = store.class_results.class_rows()
    assert row.profile_id == local.id


def test_students_matched_by_the_same_name_are_listed(store):
    sco = add_sample_set(store)
    store.create_profile("Asel")
    outcome = store.class_results.import_results(
        results_of([attempt(ASEL, sco, {"eaeu": 1})], [sco]), "x.json"
    )
    assert outcome.merged == ["'Asel' merged with the stored student 'Asel' (the same name)"]


def test_two_lookalikes_in_one_file_become_one_listed_student(store):
    sco = add_sample_set(store)
    twin = ResultsProfile(str(uuid.uuid4()), "Bolat\u200d")
    outcome = store.class_results.import_results(
        results_of([attempt(BOLAT, sco, {"eaeu": 1}), attempt(twin, sco, {"eaeu": 0})], [sco]),
        "x.json",
    )
    assert outcome.profiles_created == ["Bolat"]
    assert outcome.merged == [
        "'Bolat\\u200d' merged with the student 'Bolat' of the same file (a lookalike name: "
        "it differs in case, spacing or invisible characters)"
    ]
    assert [(r.student, r.attempts) for r in store.class_results.class_rows()] == [("Bolat", 2)]


def test_a_copy_with_only_its_attempt_id_changed_is_a_copy_not_a_clash(store):
    sco = add_sample_set(store)
    original = attempt(ASEL, sco, {"sco-newest": 1})
    store.class_results.import_results(results_of([original], [sco]), "a.json")
    renamed = _edited(original, id=str(uuid.uuid4()))
    outcome = store.class_results.import_results(results_of([renamed], [sco]), "b.json")
    assert (outcome.added, outcome.duplicates) == (0, 1)


def test_an_import_that_keeps_losing_races_gives_up_and_stores_nothing(store, db_url):
    sco = add_sample_set(store)
    # Every attempt insert fails as when another import had just stored the same attempt.
    refuse_every_insert_as_a_duplicate(db_url, "attempt")
    results = results_of([attempt(ASEL, sco, {"eaeu": 1})], [sco])
    with pytest.raises(ResultsImportError) as raised:
        store.class_results.import_results(results, "laptop1.json")
    assert str(raised.value) == (
        "laptop1.json: other imports kept storing the same students or attempts at the same "
        "moment; nothing was imported from this file. Import it again."
    )
    assert _table_counts(db_url) == {"profile": 0, "attempt": 0, "response": 0}
