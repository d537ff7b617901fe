"""Exam sets: the teacher's mark and release are stored, carried by `.quiz.json`, and an older
database upgrades with every set ordinary and every question kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from alembic import command

from quizzes.errors import QuizFileError
from quizzes.exchange.formats.quizjson import dumps_quizset, loads_quizset
from quizzes.model import parse_quizset
from quizzes.store import migrate
from quizzes.store.engine import make_engine
from quizzes.store.repository import NotAnExamError, Store
from tests.conftest import quizset_document
from tests.raw_sql import column_names

pytestmark = pytest.mark.both_engines

RELEASED = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def stored(store):
    return store.add_quizset(parse_quizset(quizset_document("Midterm")))


def test_a_new_set_is_ordinary(stored):
    assert (stored.is_exam, stored.results_released_at, stored.answers_hidden) == (
        False,
        None,
        False,
    )


def test_marking_an_exam_hides_answers_until_the_results_are_released(store, stored):
    marked = store.mark_exam(stored.id, True)
    assert (marked.is_exam, marked.answers_hidden) == (True, True)
    released = store.release_results(stored.id, RELEASED)
    assert (released.is_exam, released.results_released_at, released.answers_hidden) == (
        True,
        RELEASED,
        False,
    )
    assert store.find_set(stored.id).results_released_at == RELEASED


def test_marking_an_exam_again_hides_results_released_before(store, stored):
    store.mark_exam(stored.id, True)
    store.release_results(stored.id, RELEASED)
    again = store.mark_exam(stored.id, True)
    assert (again.results_released_at, again.answers_hidden) == (None, True)
    ordinary = store.mark_exam(stored.id, False)
    assert (ordinary.is_exam, ordinary.answers_hidden) == (False, False)


def test_results_of_an_ordinary_set_cannot_be_released(store, stored):
    with pytest.raises(NotAnExamError, match="'Midterm' is not an exam set"):
        store.release_results(stored.id, RELEASED)
    assert store.find_set(stored.id).results_released_at is None


def test_a_duplicate_of_an_exam_is_an_exam(store, stored):
    store.mark_exam(stored.id, True)
    copy = store.duplicate_set(stored.id)
    assert (copy.is_exam, copy.answers_hidden) == (True, True)


def test_the_exam_mark_goes_out_and_comes_back_in_a_quiz_json_file(store, stored):
    store.mark_exam(stored.id, True)
    text = dumps_quizset(store.get_quizset(stored.id))
    assert json.loads(text)["exam"] is True
    imported = store.add_quizset(loads_quizset(text))
    assert (imported.is_exam, imported.answers_hidden) == (True, True)


def test_an_ordinary_set_is_written_as_before_and_an_old_file_is_ordinary(store, stored):
    text = dumps_quizset(store.get_quizset(stored.id))
    assert "exam" not in json.loads(text)
    old_file = json.dumps(quizset_document("From an older version"))
    assert loads_quizset(old_file).exam is False


@pytest.mark.parametrize(("value", "shown"), [("yes", "'yes'"), (1, "1"), (None, "None")])
def test_an_exam_mark_that_is_not_a_boolean_is_refused(value, shown):
    document = {**quizset_document(), "exam": value}
    with pytest.raises(QuizFileError, match=f"exam: must be true or false, found {shown}$"):
        loads_quizset(json.dumps(document), "midterm.quiz.json")


def test_a_database_from_before_exam_sets_keeps_every_set_and_question(empty_db_url):
    old = Store.open(empty_db_url)
    old.add_quizset(parse_quizset(quizset_document("Kept")))
    old.close()
    engine = make_engine(empty_db_url)
    with engine.begin() as connection:  # back to the schema before exam sets
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    engine.dispose()
    assert "is_exam" not in column_names(empty_db_url, "question_set")
    upgraded = Store.open(empty_db_url)
    try:
        [summary] = upgraded.list_sets()
        assert (summary.title, summary.question_count, summary.is_exam) == ("Kept", 7, False)
    finally:
        upgraded.close()
