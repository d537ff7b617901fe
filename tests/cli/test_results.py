"""`results export|import|class|stats`, run as a teacher runs them, on real files."""

from __future__ import annotations

import csv
import json
import re
import uuid

import pytest

from quizzes.app.bank import open_database
from quizzes.classroom.results_file import write_results_file
from tests.results_fixtures import T0, add_sample_set, attempt, profile, results_of

pytestmark = pytest.mark.both_engines

SET_ID = "7b0c5a9e-3f1d-4e8a-9c2b-6d5e4f3a2b1c"


@pytest.fixture
def laptop(new_db_url) -> str:
    """A student's laptop database with two students' attempts on the sample set."""
    url = new_db_url("laptop.db")
    store = open_database(url)
    try:
        sco = add_sample_set(store, set_id=SET_ID)
        asel, bolat = profile("Asel"), profile("Bolat")
        attempts = [
            attempt(asel, sco, {"sco-newest": 1, "eaeu": 1, "leaders": 0}),
            attempt(bolat, sco, {"sco-newest": 0, "eaeu": 1, "leaders": 1}),
        ]
        store.class_results.import_results(results_of(attempts, [sco]), "setup")
    finally:
        store.close()
    return url


@pytest.fixture
def teacher(new_db_url) -> str:
    url = new_db_url("teacher.db")
    store = open_database(url)
    try:
        add_sample_set(store, set_id=SET_ID)
    finally:
        store.close()
    return url


def test_export_import_twice_then_class_view_and_stats(cli, laptop, teacher, tmp_path):
    results = tmp_path / "laptop1.results.json"
    exported = cli("results", "export", "--out", str(results), db=laptop)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == f"Exported 2 attempts (6 answers) of 2 students to {results}\n"
    assert json.loads(results.read_text(encoding="utf-8"))["format"] == "steppe-quiz/results"

    first = cli("results", "import", str(results), db=teacher)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"{results}: 2 attempts added, 0 already present")
    again = cli("results", "import", str(results), db=teacher)
    assert again.stdout == f"{results}: 0 attempts added, 2 already present\n"

    view = cli("results", "class", "--set", SET_ID, db=teacher)
    assert view.stdout.splitlines() == [
        "student\tset\tattempts\tbest\tlast\tmastery by topic",
        "Asel\tSCO basics\t1\t67%\t67%\tSCO membership 100%, Organisations 100%, Leaders 0%",
        "Bolat\tSCO basics\t1\t67%\t67%\tSCO membership 0%, Organisations 100%, Leaders 100%",
    ]

    table = tmp_path / "class.csv"
    written = cli("results", "class", "--csv", str(table), db=teacher)
    assert written.stdout == f"Wrote 2 rows to {table}\n"
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["Student"], r["Best %"], r["Mastery: Leaders"]) for r in rows] == [
        ("Asel", "66.7", "0.0"),
        ("Bolat", "66.7", "100.0"),
    ]

    stats = cli("results", "stats", SET_ID, db=teacher)
    assert stats.returncode == 0, stats.stderr
    lines = {line.split("\t")[0]: line.split("\t") for line in stats.stdout.splitlines()[2:]}
    # Two students: eaeu never varies (no index); sco-newest and leaders split them.
    assert lines["eaeu"][1:4] == ["2", "100%", "-"]
    assert lines["eaeu"][4] == "very easy"
    assert lines["sco-newest"][1:3] == ["2", "50%"]
    assert lines["turkey-member"][1:4] == ["0", "-", "-"]


def test_a_bad_file_is_named_and_the_good_one_still_imported(cli, laptop, teacher, tmp_path):
    good = tmp_path / "good.json"
    assert cli("results", "export", "--out", str(good), db=laptop).returncode == 0
    bad = tmp_path / "bad.json"
    document = json.loads(good.read_text(encoding="utf-8"))
    document["attempts"][1]["responses"][0]["score"] = 2
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = cli("results", "import", str(bad), str(good), db=teacher)
    assert result.returncode == 2
    assert result.stderr == (
        f"steppe-quiz: error: {bad}: $.attempts[1].responses[0].score: "
        "must be from 0 to 1, got 2.0\n"
    )
    assert result.stdout.startswith(f"{good}: 2 attempts added")


def test_results_of_a_set_the_teacher_lacks_are_refused(cli, laptop, new_db_url, tmp_path):
    results = tmp_path / "r.json"
    assert cli("results", "export", "--out", str(results), db=laptop).returncode == 0
    empty_teacher = new_db_url("new.db")
    result = cli("results", "import", str(results), db=empty_teacher)
    assert result.returncode == 2
    assert "results for the set 'SCO basics'" in result.stderr
    assert "Traceback" not in result.stderr
    assert cli("results", "class", db=empty_teacher).stdout == "No results yet.\n"


def test_import_asks_for_the_teacher_pin_once_one_is_set(cli, laptop, teacher, tmp_path):
    results = tmp_path / "r.json"
    store = open_database(laptop)
    try:
        write_results_file(store.class_results.export(T0), results)
    finally:
        store.close()
    store = open_database(teacher)
    try:
        store.teacher_lock().set_pin("2468")
    finally:
        store.close()
    missing = cli("results", "import", str(results), db=teacher)
    assert (missing.returncode, missing.stderr) == (
        2,
        "steppe-quiz: error: a teacher PIN is set: give it with --pin PIN\n",
    )
    wrong = cli("results", "import", "--pin", "1111", str(results), db=teacher)
    assert wrong.returncode == 2
    assert wrong.stderr == "steppe-quiz: error: wrong teacher PIN; 2 more tries before a delay\n"
    right = cli("results", "import", "--pin", "2468", str(results), db=teacher)
    assert right.returncode == 0, right.stderr
    assert "2 attempts added" in right.stdout


def test_stats_of_an_unknown_set_and_export_of_an_unknown_student(cli, teacher, tmp_path):
    stats = cli("results", "stats", "no-such-set", db=teacher)
    assert stats.returncode == 2
    assert stats.stderr.startswith("steppe-quiz: error: no question set with id or title")
    export = cli("results", "export", "--profile", "Zed", "--out", str(tmp_path / "x"), db=teacher)
    assert export.returncode == 2
    assert export.stderr.count("\n") == 1
    assert not (tmp_path / "x").exists()


def _exported(cli, laptop: str, path):
    assert cli("results", "export", "--out", str(path), db=laptop).returncode == 0
    return json.loads(path.read_text(encoding="utf-8"))


def _answers_stored(teacher: str) -> int:
    store = open_database(teacher)
    try:
        return sum(len(a.responses) for a in store.class_results.export(T0).attempts)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("field", "bad_value", "reason"),
    [
        (
            '"position": 0',
            "18446744073709551616",
            r"\$\.attempts\[0\]\.responses\[0\]\.position: at most",
        ),
        (
            '"seconds": 5.0',
            "1" + "0" * 400,
            r"\$\.attempts\[0\]\.responses\[0\]\.seconds: must be a number",
        ),
        # the first full mark is Asel's or Bolat's: the two attempts start at the same time
        ('"score": 1.0', "1e400", r"\$\.attempts\[0\]\.responses\[[01]\]\.score: must be a number"),
        ('"started_at": "2026', '"0001', r"\$\.attempts\[0\]\.started_at: year 1 is outside"),
        ('"finished_at": "2026', '"9999', r"\$\.attempts\[0\]\.finished_at: year 9999 is outside"),
        ('"name": "Asel"', '"Asel\\ud800"', r"\$\.profiles\[0\]\.name: a lone surrogate"),
    ],
)
def test_a_file_that_crashed_the_import_is_named_and_the_next_ones_imported(
    cli, laptop, teacher, tmp_path, field, bad_value, reason
):
    good = tmp_path / "b.json"
    _exported(cli, laptop, good)
    text = good.read_text(encoding="utf-8")
    key = field.split(": ")[0]
    broken = text.replace(field, f"{key}: {bad_value}", 1)
    assert broken != text
    bad = tmp_path / "a.json"
    bad.write_text(broken, encoding="utf-8")
    result = cli("results", "import", str(bad), str(good), db=teacher)
    assert result.returncode == 2
    assert re.match(f"steppe-quiz: error: {re.escape(str(bad))}: {reason}", result.stderr)
    assert result.stderr.count("\n") == 1
    assert result.stdout.startswith(f"{good}: 2 attempts added")
    assert _answers_stored(teacher) == 6


def test_forged_scores_are_graded_again_and_the_changes_listed(cli, laptop, teacher, tmp_path):
    path = tmp_path / "forged.json"
    document = _exported(cli, laptop, path)
    asel = next(a for a in document["attempts"] if a["profile"]["name"] == "Asel")
    asel["score"] = 1.0
    for response in asel["responses"]:
        response.update(correct=True, score=1.0)
    path.write_text(json.dumps(document), encoding="utf-8")
    result = cli("results", "import", str(path), db=teacher)
    assert result.returncode == 0, result.stderr
    summary, *details = result.stdout.splitlines()
    assert summary.startswith(f"{path}: 2 attempts added")
    assert summary.endswith("; 1 attempts scored otherwise in the file (graded again)")
    assert details == [
        f"{path}: score changed: attempt {asel['id']} of 'Asel': score 100% in the file, "
        "67% graded from the answers; answers graded otherwise than the file says: "
        "'leaders' (0%, not 100%)",
    ]
    view = cli("results", "class", db=teacher).stdout.splitlines()
    assert view[1].startswith("Asel\tSCO basics\t1\t67%\t67%\t")


def test_a_file_exported_again_with_fresh_ids_adds_nothing(cli, laptop, teacher, tmp_path):
    first = tmp_path / "first.json"
    document = _exported(cli, laptop, first)
    assert cli("results", "import", str(first), db=teacher).returncode == 0
    for attempt_doc in document["attempts"]:
        attempt_doc["id"] = str(uuid.uuid4())
        for response in attempt_doc["responses"]:
            response["id"] = str(uuid.uuid4())
    again = tmp_path / "again.json"
    again.write_text(json.dumps(document), encoding="utf-8")
    result = cli("results", "import", str(again), db=teacher)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"{again}: 0 attempts added, 0 already present, 2 already stored under another id "
        "(same student, set, start and answers)\n"
    )
    assert _answers_stored(teacher) == 6


def test_students_merged_by_a_lookalike_name_are_listed(cli, laptop, teacher, tmp_path):
    store = open_database(teacher)
    try:
        store.create_profile("Asel")
    finally:
        store.close()
    path = tmp_path / "laptop.json"
    document = _exported(cli, laptop, path)
    text = json.dumps(document).replace('"name": "Asel"', '"name": "asel\\u200b"')
    path.write_text(text, encoding="utf-8")
    result = cli("results", "import", str(path), db=teacher)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{path}: 2 attempts added, 0 already present; new students: Bolat; "
        "1 students merged by name",
        f"{path}: merged: 'asel\\u200b' merged with the stored student 'Asel' (a lookalike "
        "name: it differs in case, spacing or invisible characters)",
    ]
