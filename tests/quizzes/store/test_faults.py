"""Database faults at the store's boundary: whichever facade meets one (`Store`, `History`,
`ClassResults`, `AppSettings`), the caller gets a `DatabaseError` with one sentence that names
the database, and the original error goes to the crash log."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from quizzes.errors import AnswerNotSavedError, DatabaseDamagedError, DatabaseError
from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.class_results import ClassResults
from quizzes.store.faults import faults_explained
from quizzes.store.history import History
from quizzes.store.repository import Store
from quizzes.store.settings import AppSettings
from tests.conftest import FakeClock, quizset_document
from tests.database_faults import damage, disk_full, fill_like_a_classroom, read_only_url, run_sql

RESTORE = (
    "Restore a backup with `steppe-quiz backups restore` or File ▸ Restore a backup…; "
    "the damaged file is kept."
)


def db_file(db_url: str) -> Path:
    return Path(db_url.removeprefix("sqlite:///"))


@pytest.mark.parametrize("facade", [Store, History, ClassResults, AppSettings])
def test_every_public_call_of_a_facade_explains_database_faults(facade):
    public = [
        name
        for name, member in vars(facade).items()
        if inspect.isfunction(member) and not name.startswith("_")
    ]
    assert public
    assert [name for name in public if not hasattr(getattr(facade, name), "__wrapped__")] == []


def test_a_table_dropped_while_the_app_runs_is_named(store, db_url, crash_log):
    run_sql(db_url, "DROP TABLE question")
    with pytest.raises(DatabaseDamagedError) as refused:
        store.list_sets()
    assert str(refused.value) == (
        f"The database {db_file(db_url)} is damaged (the table 'question' is missing: it was "
        f"changed outside Steppe Quiz). {RESTORE}"
    )
    assert "[SQL: SELECT" in crash_log.read_text(encoding="utf-8")
    assert "SELECT" not in str(refused.value)


def test_a_dropped_table_is_found_when_the_database_is_opened(db_url):
    run_sql(db_url, "DROP TABLE app_setting")
    with pytest.raises(DatabaseDamagedError, match=r"the table 'app_setting' is missing"):
        Store.open(db_url)


def test_an_unreadable_preference_names_its_profile(store, db_url):
    profile = store.create_profile("Dana")
    run_sql(db_url, "UPDATE profile SET preferences = '{theme: dark' WHERE name = 'Dana'")
    with pytest.raises(DatabaseDamagedError) as refused:
        store.history.preferences(profile.id)
    assert str(refused.value) == (
        f"The database {db_file(db_url)} is damaged (the preferences field of profile 'Dana' is "
        f"not valid JSON). {RESTORE}"
    )


def test_an_unreadable_time_of_an_attempt_names_the_attempt(store, db_url, clock: FakeClock):
    set_id = store.add_quizset(parse_quizset(quizset_document())).id
    profile_id = store.create_profile("Dana").id
    attempt_id = store.history.start_attempt(profile_id, set_id, "practice", {}, clock.now())
    run_sql(db_url, f"UPDATE attempt SET started_at = 'soon' WHERE id = '{attempt_id}'")
    with pytest.raises(DatabaseDamagedError) as refused:
        store.class_results.class_rows()
    assert f"(the started_at field of attempt {attempt_id} is not a date and time)" in str(
        refused.value
    )


def test_a_value_error_no_stored_value_explains_is_left_to_the_error_hook(store):
    with pytest.raises(ValueError, match="a bug"), faults_explained(store.engine):
        raise ValueError("a bug")


def test_a_full_disk_refuses_a_setting_in_one_sentence(store, db_url):
    with disk_full(db_url):
        store.engine.dispose()  # connections opened from now on see the full disk
        with pytest.raises(DatabaseError) as refused:
            store.settings.set_setting("teacher_pin", "x" * 20_000)
    assert str(refused.value) == (
        f"The disk holding the database {db_file(db_url)} is full, so nothing was saved: free "
        "some space and try again."
    )
    assert store.settings.get_setting("teacher_pin") is None


def test_a_read_only_database_opens_and_refuses_a_new_profile(db_url):
    store = Store.open(read_only_url(db_file(db_url)))
    try:
        with pytest.raises(DatabaseError) as refused:
            store.create_profile("Dana")
        assert store.list_profiles() == []
    finally:
        store.close()
    assert str(refused.value).startswith(f"The database {db_file(db_url)} is read-only")


def test_an_answer_a_damaged_database_refuses_stays_to_retry(store, db_url, clock: FakeClock):
    set_id = store.add_quizset(parse_quizset(quizset_document())).id
    profile_id = store.create_profile("Dana").id
    config = QuizConfig(Mode.PRACTICE, shuffle=False)
    attempt = LiveAttempt.start(store, profile_id, set_id, config, clock=clock.clock, now=clock.now)
    store.engine.dispose()
    with db_file(db_url).open("r+b") as file:  # the file's header overwritten mid-quiz
        file.write(b"these are my notes now")
    with pytest.raises(AnswerNotSavedError) as refused:
        attempt.submit("Belarus")
    assert "file is not a database" in str(refused.value.__cause__)
    assert attempt.session.current is not None
    assert attempt.session.current.id == "sco-newest"


@pytest.mark.parametrize("fraction", [0.1, 0.5])
def test_a_damaged_file_is_refused_when_opened(tmp_path, fraction):
    path = tmp_path / "classroom.db"
    fill_like_a_classroom(f"sqlite:///{path}", attempts=20)
    damage(path, fraction)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError, match=r"^The database .* is damaged \("):
        Store.open(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["classroom.db"]
