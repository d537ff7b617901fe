"""An answer the database refuses (here: locked by another connection) moves nothing: the same
question stays current, the score is unchanged, and submitting again stores it exactly once."""

from __future__ import annotations

import pytest

from quizzes.errors import AnswerNotSavedError
from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.session import Mode, QuizConfig
from tests.conftest import FakeClock, quizset_document
from tests.database_faults import database_locked, give_up_on_locks_quickly


@pytest.fixture
def attempt(store, clock: FakeClock) -> LiveAttempt:
    set_id = store.add_quizset(parse_quizset(quizset_document())).id
    profile_id = store.create_profile("Aigerim").id
    give_up_on_locks_quickly(store)
    config = QuizConfig(Mode.PRACTICE, shuffle=False)
    return LiveAttempt.start(store, profile_id, set_id, config, clock=clock.clock, now=clock.now)


def stored(attempt: LiveAttempt) -> list[tuple[str, object, int]]:
    return [
        (r.question_id, r.answer, r.position)
        for r in attempt.store.history.responses(attempt.attempt_id)
    ]


def test_a_refused_answer_moves_nothing_and_a_retry_stores_it_once(attempt, clock, db_url):
    clock.seconds += 10
    attempt.submit("Belarus")
    before = attempt.session.summary()
    clock.seconds += 10
    with database_locked(db_url) as other:
        for _ in range(2):  # refused twice: still nothing moves
            with pytest.raises(AnswerNotSavedError) as refused:
                attempt.submit(["India", "Iran", "Pakistan"])
            session = attempt.session
            assert session.current is not None and session.current.id == "sco-members"
            assert (session.position, session.total, len(session.answers)) == (2, 7, 1)
            assert session.summary().score == before.score
            assert session.summary().answered == 1
            assert other.execute("select count(*) from response").fetchone() == (1,)
    # A sentence for the student; the database's own words stay on the chained error.
    assert str(refused.value) == (
        "Your answer was not saved: the database is busy or cannot be written to."
    )
    assert "database is locked" in str(refused.value.__cause__)

    answer = attempt.submit(["India", "Iran", "Pakistan"])  # the lock is gone: the retry
    assert (answer.question_id, answer.position, answer.grade.correct) == ("sco-members", 1, True)
    assert stored(attempt) == [
        ("sco-newest", "Belarus", 0),
        ("sco-members", ["India", "Iran", "Pakistan"], 1),
    ]
    assert attempt.session.current is not None and attempt.session.current.id == "turkey-member"
    assert attempt.session.summary().correct == 2
    history = attempt.store.history
    assert set(history.card_states(attempt.profile_id, attempt.set_id)) == {
        "sco-newest",
        "sco-members",
    }
    assert history.attempt(attempt.attempt_id).elapsed_seconds == 20


def test_a_refused_wrong_answer_does_not_bring_its_question_back_until_stored(
    attempt, clock, db_url
):
    with database_locked(db_url), pytest.raises(AnswerNotSavedError):
        attempt.submit("Turkey")
    assert attempt.session.total == 7  # no comeback queued for an answer never stored
    answer = attempt.submit("Turkey")
    assert not answer.grade.correct
    assert attempt.session.total == 8
    assert stored(attempt) == [("sco-newest", "Turkey", 0)]
    resumed = LiveAttempt.resume(attempt.store, attempt.attempt_id, clock=clock.clock)
    assert resumed.session.current is not None and resumed.session.current.id == "sco-members"
    assert resumed.session.total == 8
