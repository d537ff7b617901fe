"""Editing stored sets as a teacher does: rename, describe, duplicate, replace and append
questions — validated like a file, in one transaction, keeping question rows (and history)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from sqlmodel import Session

from quizzes.errors import QuizFormatError, SetNotFoundError
from quizzes.model import QuestionType, parse_quizset
from quizzes.store.repository import Store, question_uuid
from quizzes.store.tables import AttemptRow, ProfileRow, ResponseRow
from tests.conftest import quizset_document

pytestmark = pytest.mark.both_engines


@pytest.fixture
def stored(store):
    return store.add_quizset(parse_quizset(quizset_document("Original")))


def record_response(store: Store, set_id: str, external_id: str) -> str:
    """A student's answer to one question, as the quiz runner would store it."""
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    with Session(store.engine) as session:
        profile = ProfileRow(name=f"student of {external_id}", preferences={}, created_at=moment)
        session.add(profile)
        session.flush()
        attempt = AttemptRow(profile_id=profile.id, set_id=set_id, mode="practice", config={})
        session.add(attempt)
        session.flush()
        response = ResponseRow(
            attempt_id=attempt.id,
            question_id=question_uuid(set_id, external_id),
            answer="Belarus",
            correct=True,
            score=1.0,
            seconds=3.0,
        )
        session.add(response)
        session.commit()
        return response.id


def response_exists(store: Store, response_id: str) -> bool:
    with Session(store.engine) as session:
        return session.get(ResponseRow, response_id) is not None


def test_create_set_stores_an_empty_set_and_rejects_a_blank_title(store):
    summary = store.create_set("Borders", "Who borders whom")
    assert store.get_quizset(summary.id).title == "Borders"
    assert store.get_quizset(summary.id).description == "Who borders whom"
    with pytest.raises(QuizFormatError, match="title: must not be empty"):
        store.create_set("   ")
    assert [s.title for s in store.list_sets()] == ["Borders"]


def test_rename_and_describe_change_only_those_fields_and_bump_updated_at(store, stored):
    renamed = store.rename_set(stored.id, "Renamed")
    described = store.update_description(stored.id, "New words")
    assert (described.title, described.description) == ("Renamed", "New words")
    assert described.updated_at >= renamed.updated_at > stored.updated_at
    assert store.get_quizset(stored.id).questions == parse_quizset(quizset_document()).questions


def test_rename_refuses_an_empty_title_and_an_unknown_set(store, stored):
    with pytest.raises(QuizFormatError):
        store.rename_set(stored.id, "")
    with pytest.raises(SetNotFoundError):
        store.rename_set("no-such-set", "X")
    assert store.find_set(stored.id).title == "Original"


def test_duplicate_gets_new_ids_and_the_same_questions(store, stored):
    copy = store.duplicate_set(stored.id)
    assert copy.id != stored.id
    assert copy.title == "Original (copy)"
    assert store.get_quizset(copy.id).questions == store.get_quizset(stored.id).questions
    assert copy.source == stored.source
    # Editing the copy leaves the original alone.
    store.replace_questions(copy.id, store.get_quizset(copy.id).questions[:1])
    assert len(store.get_quizset(stored.id).questions) == 7


def test_replace_questions_edits_reorders_adds_and_deletes(store, stored):
    questions = store.get_quizset(stored.id).questions
    edited = dataclasses.replace(questions[0], prompt="Which state joined last?")
    added = dataclasses.replace(questions[2], id="new-tf", prompt="Russia borders Kazakhstan.")
    added = dataclasses.replace(added, answer=True)
    wanted = [questions[3], edited, added, questions[1]]
    summary = store.replace_questions(stored.id, wanted)
    assert store.get_quizset(stored.id).questions == wanted
    assert summary.question_count == 4
    assert summary.updated_at > stored.updated_at
    assert summary.fingerprint != stored.fingerprint


def test_replace_keeps_the_history_of_questions_that_stay(store, stored):
    kept = record_response(store, stored.id, "sco-newest")
    questions = store.get_quizset(stored.id).questions
    gone = record_response(store, stored.id, "turkey-member")
    edited = dataclasses.replace(questions[0], prompt="Edited prompt")
    store.replace_questions(stored.id, [questions[1], edited])
    assert response_exists(store, kept)
    assert not response_exists(store, gone)


def test_replace_refuses_a_broken_question_and_changes_nothing(store, stored):
    before = store.get_quizset(stored.id)
    broken = dataclasses.replace(before.questions[0], answer="Nepal")
    with pytest.raises(QuizFormatError, match=r"questions\[0\]\.answer: 'Nepal' is not one"):
        store.replace_questions(stored.id, [broken, *before.questions[1:]])
    assert store.get_quizset(stored.id) == before
    assert store.find_set(stored.id).updated_at == stored.updated_at


def test_replace_refuses_duplicate_question_ids(store, stored):
    questions = store.get_quizset(stored.id).questions
    with pytest.raises(QuizFormatError, match="duplicate question id"):
        store.replace_questions(stored.id, [questions[0], questions[0]])
    assert len(store.get_quizset(stored.id).questions) == 7


def test_append_adds_after_and_renames_clashing_ids(store, stored):
    incoming = parse_quizset(quizset_document()).questions[:2]
    ids = store.append_questions(stored.id, incoming)
    assert ids == ["sco-newest-2", "sco-members-2"]
    questions = store.get_quizset(stored.id).questions
    assert [q.id for q in questions[-2:]] == ids
    assert questions[-1].type is QuestionType.MULTIPLE_CHOICE
    assert len(questions) == 9


def test_append_into_an_unknown_set_fails(store):
    with pytest.raises(SetNotFoundError):
        store.append_questions("missing", parse_quizset(quizset_document()).questions)
