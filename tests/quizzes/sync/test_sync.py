"""One sync of a laptop with its school server: what is pulled, what is sent, and that sending
twice sends nothing twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlmodel import col

from quizzes.store.rules import question_uuid
from quizzes.store.tables import QuestionRow
from quizzes.sync.errors import ON_THE_SERVER, NotAStudentError, SyncError
from quizzes.sync.run import sync_once
from quizzes.sync.settings import save_sync_settings
from tests.quizzes.sync.conftest import Classroom, Laptop
from tests.sync_fixtures import T0, configure

pytestmark = pytest.mark.both_engines

NOW = T0 + timedelta(days=1)
RIGHT = {"sco-newest": "Belarus", "turkey-member": False}
WRONG_THEN_RIGHT = {"sco-newest": "Turkey", "turkey-member": False}


def sync(laptop: Laptop, **kwargs):
    return sync_once(laptop.store, laptop.settings, laptop.password, NOW, **kwargs)


def test_the_first_sync_pulls_only_published_sets(classroom: Classroom, laptop: Laptop):
    outcome = sync(laptop)

    titles = {s.title for s in laptop.store.list_sets()}
    assert "SCO basics" in titles
    assert "Teacher's draft" not in titles
    assert outcome.sets_added == ["SCO basics"]
    pulled = laptop.store.get_quizset(classroom.published.id)
    assert pulled.questions == classroom.server.store.get_quizset(classroom.published.id).questions


def test_finished_and_unfinished_attempts_are_sent_once(classroom: Classroom, laptop: Laptop):
    sync(laptop)
    set_id = classroom.published.id
    finished = laptop.student.quiz(set_id, RIGHT)
    unfinished = laptop.student.quiz(set_id, {"sco-newest": "Belarus"}, finish=False)

    outcome = sync(laptop)
    again = sync(laptop)

    server = classroom.server
    assert (outcome.attempts_sent, outcome.answers_sent, outcome.finished_sent) == (2, 3, 1)
    assert (again.attempts_sent, again.answers_sent) == (0, 0)
    assert server.attempt(finished) == (classroom.student_id, True, 1.0)
    assert server.attempt(unfinished) == (classroom.student_id, False, None)
    assert (server.count("attempt"), server.count("response")) == (2, 3)


def test_later_answers_and_the_finishing_of_a_sent_attempt_follow(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    set_id = classroom.published.id
    attempt_id = laptop.student.quiz(set_id, {"sco-newest": "Belarus"}, finish=False)
    sync(laptop)
    laptop.student.answer(attempt_id, set_id, "turkey-member", True)
    laptop.student.finish(attempt_id)

    outcome = sync(laptop)

    assert (outcome.attempts_sent, outcome.answers_sent, outcome.finished_sent) == (1, 1, 1)
    assert classroom.server.attempt(attempt_id) == (classroom.student_id, True, 0.5)
    assert classroom.server.count("response") == 2


def test_answers_are_graded_again_with_the_servers_questions(classroom: Classroom, laptop: Laptop):
    sync(laptop)
    set_id = classroom.published.id
    attempt_id = laptop.student.start(set_id)
    # The laptop's record claims full marks for a wrong answer.
    laptop.student.record(attempt_id, set_id, "sco-newest", "Turkey", True, 1.0, 0)
    laptop.student.finish(attempt_id, score=1.0)

    sync(laptop)

    server = classroom.server
    assert server.attempt(attempt_id) == (classroom.student_id, True, 0.0)
    assert server.answers() == [(False, 0.0)]


def test_an_impossible_score_is_not_sent_and_the_sentence_says_why(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    set_id = classroom.published.id
    bad = laptop.student.quiz(set_id, RIGHT, finish=False)
    laptop.student.finish(bad, score=1.5)
    good = laptop.student.quiz(set_id, RIGHT)

    outcome = sync(laptop)

    assert outcome.notes == [
        f"Not sent: attempt {bad} on 'SCO basics': $.attempts[0].score: must be from 0 to 1, "
        "got 1.5."
    ]
    assert classroom.server.attempt(bad) is None
    assert classroom.server.attempt(good) is not None


def test_an_answer_to_a_question_the_server_dropped_stays_on_the_laptop(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    set_id = classroom.published.id
    attempt_id = laptop.student.quiz(set_id, RIGHT)
    teacher = classroom.server.store
    kept = [q for q in teacher.get_quizset(set_id).questions if q.id != "turkey-member"]
    teacher.replace_questions(set_id, kept)

    outcome = sync(laptop)

    assert outcome.notes == [
        f"Not sent: attempt {attempt_id} on 'SCO basics' answers question 'turkey-member', "
        "which the set on the school server does not have; it stays on this laptop.",
        "1 question the teacher removed stay on this laptop with your answers to them.",
    ]
    assert classroom.server.attempt(attempt_id) is None
    assert [r.question_id for r in laptop.store.history.responses(attempt_id)] == [
        "sco-newest",
        "turkey-member",
    ]


def test_the_server_wins_for_its_sets_but_the_students_history_stays(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    set_id = classroom.published.id
    attempt_id = laptop.student.quiz(set_id, RIGHT)
    teacher = classroom.server.store
    questions = teacher.get_quizset(set_id).questions
    changed = [
        q if q.id != "sco-newest" else type(q)(**{**vars(q), "prompt": "Newest member?"})
        for q in questions
    ]
    teacher.replace_questions(set_id, changed)
    teacher.rename_set(set_id, "SCO basics, revised")
    history_before = laptop.store.history.responses(attempt_id)

    outcome = sync(laptop)

    assert outcome.sets_updated == ["SCO basics, revised"]
    assert laptop.store.get_quizset(set_id) == teacher.get_quizset(set_id)
    assert laptop.store.history.responses(attempt_id) == history_before
    assert laptop.store.history.attempt(attempt_id).score == 1.0


def test_a_question_removed_during_an_unfinished_quiz_can_still_be_answered(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    set_id = classroom.published.id
    attempt_id = laptop.student.quiz(set_id, {"sco-newest": "Belarus"}, finish=False)
    teacher = classroom.server.store
    kept = [q for q in teacher.get_quizset(set_id).questions if q.id != "eaeu"]
    teacher.replace_questions(set_id, kept)

    sync(laptop)
    laptop.student.answer(attempt_id, set_id, "eaeu", "EAEU")

    assert [r.question_id for r in laptop.store.history.responses(attempt_id)] == [
        "sco-newest",
        "eaeu",
    ]


def test_a_login_without_a_student_on_the_server_sends_nothing(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    laptop.student.quiz(classroom.published.id, RIGHT)
    login, password = classroom.server.add_teacher("tina")
    settings = save_sync_settings(
        laptop.store, classroom.server.url, login, laptop.student.profile_id
    )

    with pytest.raises(NotAStudentError) as refused:
        sync_once(laptop.store, settings, password, NOW)

    assert str(refused.value) == (
        f"The school server {classroom.server.name} has no student with the login 'tina': "
        "ask your teacher to create your login from the class list."
    )
    assert classroom.server.count("attempt") == 0


def test_a_published_set_that_breaks_the_format_is_left_out_with_a_sentence(
    classroom: Classroom, laptop: Laptop
):
    classroom.server.execute(
        update(QuestionRow)
        .where(col(QuestionRow.id) == question_uuid(classroom.published.id, "sco-newest"))
        .values(data={"choices": ["A"], "answer": "A"})
    )

    outcome = sync(laptop)

    assert outcome.sets_added == []
    row_id = question_uuid(classroom.published.id, "sco-newest")
    assert outcome.notes == [
        f"The set 'SCO basics' on the school server was not taken: question {row_id}.choices: "
        "needs at least 2 item(s), found 1."
    ]
    assert "SCO basics" not in {s.title for s in laptop.store.list_sets()}


def test_a_new_server_or_login_gets_everything_again(classroom: Classroom, laptop: Laptop):
    sync(laptop)
    laptop.student.quiz(classroom.published.id, RIGHT)
    sync(laptop)
    assert laptop.store.sync_ledger.pending(laptop.student.profile_id) == []

    configure(laptop.store, classroom.server, classroom.login, laptop.student.profile_id)
    assert laptop.store.sync_ledger.pending(laptop.student.profile_id) == []
    save_sync_settings(laptop.store, classroom.server.url, "dana", laptop.student.profile_id)

    assert len(laptop.store.sync_ledger.pending(laptop.student.profile_id)) == 1


@pytest.mark.postgresql_only
def test_a_computer_working_on_the_server_directly_has_nothing_to_sync(
    classroom: Classroom, laptop: Laptop
):
    on_the_server = classroom.server.store

    with pytest.raises(SyncError) as refused:
        sync_once(on_the_server, laptop.settings, laptop.password, NOW)

    assert str(refused.value) == ON_THE_SERVER
    assert classroom.server.count("attempt") == 0


def test_an_exam_answer_changed_after_a_sync_reaches_the_server_once(
    classroom: Classroom, laptop: Laptop
):
    """An exam's answers may change until Submit all: a sync mid-exam sends the attempt but
    holds its answers back, so the server never keeps an answer the student replaced."""
    from quizzes.store.history import StoredResponse

    sync(laptop)
    set_id = classroom.published.id
    history = laptop.store.history
    attempt_id = history.start_attempt(laptop.student.profile_id, set_id, "exam", {}, T0)

    def choose(given: str, correct: bool) -> None:
        response = StoredResponse("sco-newest", given, correct, float(correct), 5.0, 0)
        history.save_exam_answer(attempt_id, set_id, "sco-newest", response, T0, 5.0)

    choose("Turkey", False)
    mid_exam = sync(laptop)
    choose("Belarus", True)
    history.finish_attempt(attempt_id, 1.0, NOW, 60.0)
    submitted = sync(laptop)

    assert (mid_exam.attempts_sent, mid_exam.answers_sent) == (1, 0)
    assert (submitted.answers_sent, submitted.finished_sent) == (1, 1)
    assert classroom.server.answers() == [(True, 1.0)]
    assert classroom.server.attempt(attempt_id) == (classroom.student_id, True, 1.0)
