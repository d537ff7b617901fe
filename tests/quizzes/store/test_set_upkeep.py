"""Renaming and deleting a set (what Home offers the teacher), and what Home shows of a set:
its mastery and what deleting it would take with it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from fsrs import State
from sqlalchemy.exc import IntegrityError

from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.history import SetUsage, StoredResponse
from quizzes.store.repository import BuiltinSetError, SetTitleTakenError
from tests.conftest import FakeClock, quizset_document
from tests.database_faults import run_sql

NOON = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
TABLES = ("question_set", "question", "attempt", "response", "review_card")


def counts(db_url: str) -> dict[str, int]:
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        return {t: raw.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}


def answer_twice(store, set_id: str, profile_id: str) -> None:
    """One finished and one unfinished attempt, each with two answers (and review cards)."""
    clocks = FakeClock(start=NOON)
    for finish in (True, False):
        attempt = LiveAttempt.start(
            store,
            profile_id,
            set_id,
            QuizConfig(Mode.PRACTICE, shuffle=False),
            clock=clocks.clock,
            now=clocks.now,
        )
        for answer in ("Belarus", ["India"]):
            clocks.seconds += 10
            attempt.submit(answer)
        if finish:
            attempt.finish()


@pytest.fixture
def two_sets(store):
    kept = store.add_quizset(parse_quizset(quizset_document("Kept")))
    doomed = store.add_quizset(parse_quizset(quizset_document("Doomed")))
    return kept.id, doomed.id


def test_rename_refuses_a_title_another_set_has_whatever_its_case(store, two_sets):
    kept, doomed = two_sets
    with pytest.raises(SetTitleTakenError, match="already a set called 'kept'; choose another"):
        store.rename_set(doomed, "  kept ")
    assert store.find_set(doomed).title == "Doomed"
    assert store.rename_set(doomed, "DOOMED").title == "DOOMED"  # its own title, recased
    assert store.rename_set(kept, " Kept, revised ").title == "Kept, revised"


def test_delete_takes_the_sets_attempts_answers_and_cards_and_nothing_else(store, two_sets, db_url):
    kept, doomed = two_sets
    for name in ("Aigerim", "Bolat"):
        profile = store.create_profile(name)
        answer_twice(store, kept, profile.id)
        answer_twice(store, doomed, profile.id)
    assert store.history.set_usage(doomed) == SetUsage(attempts=4, students=2)
    before = counts(db_url)

    store.delete_set(doomed)

    assert counts(db_url) == {
        "question_set": 1,
        "question": before["question"] - 7,
        "attempt": 4,
        "response": before["response"] - 8,
        "review_card": before["review_card"] - 4,
    }
    assert store.history.set_usage(doomed) == SetUsage(attempts=0, students=0)
    assert [s.id for s in store.list_sets()] == [kept]


def test_a_delete_the_database_refuses_midway_deletes_nothing(store, two_sets, db_url):
    _, doomed = two_sets
    answer_twice(store, doomed, store.create_profile("Aigerim").id)
    before = counts(db_url)
    # The answers go first; the review cards' delete then fails, as a full disk would.
    run_sql(
        db_url,
        "create trigger no_card_delete before delete on review_card "
        "begin select raise(abort, 'disk full'); end",
    )
    with pytest.raises(IntegrityError, match="disk full"):
        store.delete_set(doomed)
    assert counts(db_url) == before


def test_the_built_in_set_is_not_deleted(store, db_url):
    builtin = store.add_quizset(parse_quizset(quizset_document("Bank")), builtin=True)
    with pytest.raises(BuiltinSetError, match="'Bank' comes with the app and cannot be deleted"):
        store.delete_set(builtin.id)
    assert counts(db_url)["question"] == 7


def test_mastery_is_the_share_of_a_sets_questions_in_the_review_stage(store, two_sets):
    kept, doomed = two_sets
    profile = store.create_profile("Aigerim").id
    other = store.create_profile("Bolat").id
    attempt = store.history.start_attempt(profile, kept, "practice", {}, NOON)
    stages = {"sco-newest": State.Review, "sco-members": State.Review, "eaeu": State.Learning}
    for position, (question_id, stage) in enumerate(stages.items()):
        store.history.record_answer(
            attempt,
            profile,
            kept,
            StoredResponse(question_id, None, True, 1.0, 5.0, position),
            NOON,
            5.0,
            lambda _previous, stage=stage: ({"state": stage.value}, NOON),
        )
    assert store.history.set_mastery(profile) == {kept: pytest.approx(2 / 7), doomed: 0.0}
    assert store.history.set_mastery(other) == {kept: 0.0, doomed: 0.0}
