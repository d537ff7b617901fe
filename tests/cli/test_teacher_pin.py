"""What the teacher PIN guards on the command line: importing sets, exporting exam sets in any
format, marking exams and releasing their results, saving a generated set, and removing the PIN;
an unusable PIN record is named with its reset. Ordinary sets export without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizzes.classroom.teacher_lock import PIN_KEY
from quizzes.store.repository import Store
from tests.conftest import quizset_document

pytestmark = pytest.mark.both_engines

PIN = "2468"
NO_PIN = "steppe-quiz: error: a teacher PIN is set: give it with --pin PIN\n"
WRONG_PIN = "steppe-quiz: error: wrong teacher PIN; 2 more tries before a delay\n"


@pytest.fixture
def quiz_file(tmp_path) -> Path:
    path = tmp_path / "midterm.quiz.json"
    path.write_text(json.dumps(quizset_document("Midterm")), encoding="utf-8")
    return path


def set_pin(db_url: str) -> None:
    store = Store.open(db_url)
    store.teacher_lock().set_pin(PIN)
    store.close()


def user_set_titles(db_url: str) -> list[str]:
    store = Store.open(db_url)
    try:
        return [s.title for s in store.list_sets() if not s.is_builtin]
    finally:
        store.close()


def exam_set(cli, quiz_file: Path, db_url: str) -> None:
    """Midterm stored and marked an exam, then the PIN set."""
    assert cli("import", str(quiz_file), db=db_url).returncode == 0
    assert cli("exam", "Midterm", "on", db=db_url).returncode == 0
    set_pin(db_url)


def test_importing_a_set_needs_the_pin_once_one_is_set(cli, quiz_file, db_url):
    set_pin(db_url)
    refused = cli("import", str(quiz_file), db=db_url)
    assert (refused.returncode, refused.stderr, refused.stdout) == (2, NO_PIN, "")
    wrong = cli("import", str(quiz_file), "--pin", "1111", db=db_url)
    assert (wrong.returncode, wrong.stderr) == (2, WRONG_PIN)
    assert user_set_titles(db_url) == []
    right = cli("import", str(quiz_file), "--pin", PIN, db=db_url)
    assert right.returncode == 0, right.stderr
    assert user_set_titles(db_url) == ["Midterm"]


def test_an_ordinary_set_exports_in_every_format_without_the_pin(cli, quiz_file, db_url, tmp_path):
    cli("import", str(quiz_file), db=db_url)
    set_pin(db_url)
    for fmt in ("json", "csv", "gift", "aiken", "apkg"):
        out = tmp_path / f"open.{fmt}"
        result = cli("export", "Midterm", "--format", fmt, "--out", str(out), db=db_url)
        assert result.returncode == 0, (fmt, result.stderr)
        assert out.exists()


@pytest.mark.parametrize("fmt", ["json", "csv", "gift", "apkg"])
def test_an_exam_set_exports_only_with_the_pin(cli, quiz_file, db_url, tmp_path, fmt):
    exam_set(cli, quiz_file, db_url)
    out = tmp_path / f"exam.{fmt}"
    refused = cli("export", "Midterm", "--format", fmt, "--out", str(out), db=db_url)
    assert (refused.returncode, refused.stderr) == (2, NO_PIN)
    wrong = cli("export", "Midterm", "--format", fmt, "--out", str(out), "--pin", "1", db=db_url)
    assert (wrong.returncode, wrong.stderr) == (2, WRONG_PIN)
    assert not out.exists()
    right = cli("export", "Midterm", "--format", fmt, "--out", str(out), "--pin", PIN, db=db_url)
    assert right.returncode == 0, right.stderr
    assert out.exists()
    if fmt == "json":
        assert json.loads(out.read_text(encoding="utf-8"))["exam"] is True
    else:
        assert f"{fmt} cannot carry the exam mark" in right.stderr


def test_an_exam_set_to_stdout_needs_the_pin_too(cli, quiz_file, db_url):
    exam_set(cli, quiz_file, db_url)
    refused = cli("export", "Midterm", db=db_url)
    assert (refused.returncode, refused.stdout, refused.stderr) == (2, "", NO_PIN)


def test_the_teacher_marks_an_exam_releases_it_and_ends_it(cli, quiz_file, db_url):
    cli("import", str(quiz_file), db=db_url)
    set_pin(db_url)
    refused = cli("exam", "Midterm", "on", db=db_url)
    assert (refused.returncode, refused.stderr) == (2, NO_PIN)
    early = cli("exam", "Midterm", "release", "--pin", PIN, db=db_url)
    assert (early.returncode, early.stderr) == (
        2,
        "steppe-quiz: error: 'Midterm' is not an exam set: its results are open\n",
    )
    on = cli("exam", "Midterm", "on", "--pin", PIN, db=db_url)
    assert on.stdout == (
        "'Midterm' is an exam set: students see their score only, and no answers, until you "
        "release its results (exam SET release).\n"
    )
    [row] = [r for r in json.loads(cli("sets", "--json", db=db_url).stdout) if not r["builtin"]]
    assert (row["exam"], row["results_released"]) == (True, False)
    released = cli("exam", "Midterm", "release", "--pin", PIN, db=db_url)
    assert released.stdout.startswith("'Midterm' is an exam set with its results released")
    off = cli("exam", "Midterm", "off", "--pin", PIN, db=db_url)
    assert off.stdout == "'Midterm' is an ordinary set: practice shows every answer.\n"


def test_saving_a_generated_set_needs_the_pin_before_any_work(cli, db_url, tmp_path):
    set_pin(db_url)
    article = tmp_path / "article.txt"
    article.write_text("Kazakhstan borders Russia and China.", encoding="utf-8")
    refused = cli("generate", str(article), "--save", db=db_url)
    assert (refused.returncode, refused.stdout, refused.stderr) == (2, "", NO_PIN)
    assert user_set_titles(db_url) == []


def tamper_pin_record(db_url: str, **change: object) -> None:
    store = Store.open(db_url)
    try:
        record = json.loads(store.settings.get_setting(PIN_KEY))
        record.update(change)
        store.settings.set_setting(PIN_KEY, json.dumps(record))
    finally:
        store.close()


def test_an_unusable_pin_record_is_named_with_its_reset_and_reset_without_a_pin(
    cli, quiz_file, db_url
):
    set_pin(db_url)
    tamper_pin_record(db_url, n=2**20, r=32, p=16)
    refused = cli("import", str(quiz_file), "--pin", PIN, db=db_url)
    assert (refused.returncode, refused.stderr) == (
        2,
        "steppe-quiz: error: the stored teacher PIN record is unusable (its scrypt n 1048576 "
        "is outside 1024..65536); remove it with `steppe-quiz pin reset` and set a new PIN\n",
    )
    reset = cli("pin", "reset", db=db_url)
    assert (reset.returncode, reset.stdout) == (
        0,
        "Removed the unusable teacher PIN record; no PIN is set now.\n",
    )
    assert cli("import", str(quiz_file), db=db_url).returncode == 0


def test_a_working_pin_is_reset_only_with_that_pin(cli, db_url):
    nothing = cli("pin", "reset", db=db_url)
    assert (nothing.returncode, nothing.stdout) == (0, "No teacher PIN is set: nothing to reset.\n")
    set_pin(db_url)
    refused = cli("pin", "reset", db=db_url)
    assert (refused.returncode, refused.stderr) == (2, NO_PIN)
    wrong = cli("pin", "reset", "--pin", "0000", db=db_url)
    assert (wrong.returncode, wrong.stderr) == (2, WRONG_PIN)
    right = cli("pin", "reset", "--pin", PIN, db=db_url)
    assert (right.returncode, right.stdout) == (0, "Removed the teacher PIN; no PIN is set now.\n")
    store = Store.open(db_url)
    try:
        assert not store.teacher_lock().is_set()
    finally:
        store.close()
