"""Schema migrations: data made at the first revision survives the upgrade; newer is refused."""

from __future__ import annotations

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from quizzes.classroom.teacher_lock import MAX_DELAY_SECONDS, TeacherLock, delay_after
from quizzes.errors import DatabaseTooNewError
from quizzes.exchange.service import DuplicateSetError, read_import, store_import
from quizzes.model import content_fingerprint, parse_quizset
from quizzes.store import migrate
from quizzes.store.engine import make_engine
from quizzes.store.repository import Store
from tests.conftest import quizset_document
from tests.raw_sql import run_sql, table_names

pytestmark = pytest.mark.both_engines

FIRST_REVISION = "0001"
SET_ID = "11111111-2222-4333-8444-555555555555"


def _fill_at_first_revision(db_url: str) -> None:
    """Write rows the way version 0001 of the schema stored them."""
    engine = make_engine(db_url)
    migrate.upgrade(engine, FIRST_REVISION)
    engine.dispose()
    run_sql(
        db_url,
        "insert into question_set values (:id, 'Old set', 'from 0001', 'Article', 'Paper',"
        " null, null, false, '2024-07-05 10:00:00', '2024-07-05 10:00:00')",
        id=SET_ID,
    )
    run_sql(
        db_url,
        "insert into question values ('q-uuid', :set_id, 'q1', 0, 'numeric', 'How long?',"
        " :data, 'About 7,000 km.', null, null, 'Borders', 2, '[]')",
        set_id=SET_ID,
        data=json.dumps({"answer": 7000, "tolerance": 100, "unit": "km"}),
    )
    run_sql(db_url, "insert into profile values ('p-uuid', 'Aigerim', '2024-07-05 10:00:00')")


def test_data_from_the_first_revision_survives_the_upgrade_to_head(empty_db_url):
    _fill_at_first_revision(empty_db_url)
    store = Store.open(empty_db_url)  # upgrades to head, as at start-up
    try:
        [summary] = store.list_sets()
        assert (summary.id, summary.title, summary.question_count) == (SET_ID, "Old set", 1)
        [question] = store.get_quizset(SET_ID).questions
        assert (question.answer, question.tolerance, question.unit) == (7000, 100, "km")
        [profile] = store.list_profiles()
        assert (profile.name, profile.preferences) == ("Aigerim", {})
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        store.close()
    assert migrate.head_revision() != FIRST_REVISION


def test_the_migrations_build_exactly_the_tables_the_code_uses(empty_db_url):
    store = Store.open(empty_db_url)
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    store.close()
    assert differences == []


def test_opening_an_up_to_date_database_changes_nothing(empty_db_url):
    Store.open(empty_db_url).close()
    Store.open(empty_db_url).close()
    assert run_sql(empty_db_url, "select version_num from alembic_version") == [
        (migrate.head_revision(),)
    ]


def test_a_database_from_a_newer_version_is_refused_and_left_alone(empty_db_url):
    Store.open(empty_db_url).close()
    run_sql(empty_db_url, "update alembic_version set version_num = '9999_future'")
    run_sql(empty_db_url, "create table from_the_future (x integer)")
    with pytest.raises(DatabaseTooNewError) as caught:
        Store.open(empty_db_url)
    assert "newer version of Steppe Quiz" in str(caught.value)
    assert "'9999_future'" in str(caught.value)
    assert run_sql(empty_db_url, "select version_num from alembic_version") == [("9999_future",)]
    assert "from_the_future" in table_names(empty_db_url)


def test_the_fast_path_knows_the_real_head():
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def _database_at_0004_with_pin_failures(db_url: str, failures_json: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine, "0004")
    engine.dispose()
    run_sql(
        db_url,
        "insert into app_setting values ('teacher_pin_failures', :value, '2026-03-02 09:00:00')",
        value=failures_json,
    )


def test_a_running_pin_failure_count_is_carried_into_the_atomic_counter(empty_db_url, clock):
    _database_at_0004_with_pin_failures(empty_db_url, '{"count": 4, "last_failure": 100.0}')
    store = Store.open(empty_db_url)
    try:
        lock = TeacherLock(store.settings, clock=clock)
        clock.seconds = 104.0
        assert (lock.failures(), lock.seconds_to_wait()) == (4, 6.0)
        assert store.settings.get_setting("teacher_pin_failures") is None
    finally:
        store.close()


def test_a_damaged_old_pin_failure_count_becomes_the_longest_wait(empty_db_url):
    _database_at_0004_with_pin_failures(empty_db_url, "garbage")
    store = Store.open(empty_db_url)
    try:
        assert delay_after(TeacherLock(store.settings).failures()) == MAX_DELAY_SECONDS
    finally:
        store.close()


def test_a_database_holding_one_set_twice_upgrades_and_still_refuses_a_third_copy(
    empty_db_url, tmp_path
):
    quiz = tmp_path / "sco.quiz.json"
    quiz.write_text(json.dumps(quizset_document()), encoding="utf-8")
    fingerprint = content_fingerprint(parse_quizset(quizset_document()))
    engine = make_engine(empty_db_url)
    migrate.upgrade(engine, "0004")  # before import keys: two imports could store two copies
    engine.dispose()
    for set_id in (SET_ID, "22222222-2222-4333-8444-555555555555"):
        run_sql(
            empty_db_url,
            "insert into question_set (id, title, description, is_builtin, content_sha256,"
            " created_at, updated_at) values (:id, 'SCO basics', '', false, :fingerprint,"
            " '2024-07-05 10:00:00', '2024-07-05 10:00:00')",
            id=set_id,
            fingerprint=fingerprint,
        )
    store = Store.open(empty_db_url)
    try:
        assert len(store.list_sets()) == 2
        with pytest.raises(DuplicateSetError, match="already stored as set"):
            store_import(store, quiz, read_import(quiz))
        assert len(store.list_sets()) == 2
    finally:
        store.close()


def _downgrade(db_url: str, revision: str) -> None:
    from alembic import command

    engine = make_engine(db_url)
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def test_exam_flags_go_down_to_0006_and_up_again_keeping_attempts_and_answers(empty_db_url):
    from sqlalchemy import inspect, text

    from quizzes.practice.attempt import LiveAttempt
    from quizzes.practice.session import Mode, QuizConfig
    from tests.conftest import FakeClock

    store = Store.open(empty_db_url)
    set_id = store.add_quizset(parse_quizset(quizset_document())).id
    profile_id = store.create_profile("Aigerim").id
    clock = FakeClock()
    config = QuizConfig(Mode.EXAM, shuffle=False)
    attempt = LiveAttempt.start(store, profile_id, set_id, config, clock=clock, now=clock.now)
    attempt.save_answer("Belarus")
    attempt.set_flagged("sco-members", True)
    attempt_id = attempt.attempt_id
    store.close()

    _downgrade(empty_db_url, "0006")
    engine = make_engine(empty_db_url)
    try:
        assert "flagged" not in {c["name"] for c in inspect(engine).get_columns("attempt")}
        with engine.connect() as connection:
            assert connection.execute(text("select count(*) from response")).scalar() == 1
    finally:
        engine.dispose()

    store = Store.open(empty_db_url)  # upgraded again, as at start-up
    try:
        info = store.history.attempt(attempt_id)
        assert (info.flagged, info.answered) == ([], 1)
        resumed = LiveAttempt.resume(store, attempt_id, clock=clock)
        assert resumed.session.answer_to("sco-newest").given == "Belarus"
    finally:
        store.close()
