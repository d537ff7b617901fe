"""The student's own rating of an answer (Again/Hard/Good/Easy) replaces the automatic one: the
card is computed again from its state before the answer, never on top of the first rating, and
the answer itself is not touched. The Start dialog's counts come from the same rules."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fsrs import Rating

from quizzes.errors import AnswerNotSavedError
from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.overview import StartOverview
from quizzes.practice.schedule import ReviewCounts, ReviewScheduler
from quizzes.practice.session import Mode, QuizConfig
from tests.conftest import FakeClock, quizset_document
from tests.database_faults import database_locked, give_up_on_locks_quickly


@pytest.fixture
def ids(store) -> tuple[str, str]:
    set_id = store.add_quizset(parse_quizset(quizset_document())).id
    return store.create_profile("Aigerim").id, set_id


def start(store, ids, clock: FakeClock, mode: Mode = Mode.PRACTICE, **config) -> LiveAttempt:
    profile_id, set_id = ids
    return LiveAttempt.start(
        store,
        profile_id,
        set_id,
        QuizConfig(mode, shuffle=False, **config),
        clock=clock.clock,
        now=clock.now,
    )


def stored_card(attempt: LiveAttempt, question_id: str):
    return attempt.store.history.card_states(attempt.profile_id, attempt.set_id)[question_id]


def test_the_answer_tells_when_its_question_comes_back(store, ids, clock):
    attempt = start(store, ids, clock)
    clock.seconds += 15
    attempt.submit("Belarus")  # right, neither fast nor slow: Good
    review = attempt.last_review
    assert review is not None
    assert (review.question_id, review.automatic, review.rating) == (
        "sco-newest",
        Rating.Good,
        Rating.Good,
    )
    assert review.due == stored_card(attempt, "sco-newest")[1]
    assert review.comes_back == "Comes back in 10 minutes"  # FSRS's second learning step


def test_a_chosen_rating_replaces_the_automatic_one_from_the_card_before_the_answer(
    store, ids, clock
):
    first = start(store, ids, clock)
    clock.seconds += 15
    first.submit("Belarus")
    first.finish()
    before = stored_card(first, "sco-newest")[0]

    clock.seconds += 3 * 24 * 3600
    attempt = start(store, ids, clock)
    clock.seconds += 5
    attempt.submit("Turkey")  # wrong: Again
    answered_at = clock.now()
    scheduler = ReviewScheduler()
    assert attempt.last_review is not None and attempt.last_review.rating is Rating.Again

    hard = attempt.rerate(Rating.Hard)
    expected = scheduler.rate(before, Rating.Hard, 5.0, answered_at)
    assert stored_card(attempt, "sco-newest") == (expected.state, expected.due)
    assert (hard.rating, hard.automatic, hard.due) == (Rating.Hard, Rating.Again, expected.due)

    easy = attempt.rerate(Rating.Easy)  # from the state before the answer, not after Hard
    expected = scheduler.rate(before, Rating.Easy, 5.0, answered_at)
    assert stored_card(attempt, "sco-newest") == (expected.state, expected.due)
    assert easy.comes_back == f"Comes back in {(expected.due - answered_at).days} days"

    response = store.history.responses(attempt.attempt_id)[0]
    assert (response.answer, response.correct, response.score) == ("Turkey", False, 0.0)
    assert attempt.session.summary().correct == 0


def test_a_new_card_rerated_is_a_new_card_rated_once(store, ids, clock):
    attempt = start(store, ids, clock)
    clock.seconds += 40  # slow and right: Hard
    attempt.submit("Belarus")
    attempt.rerate(Rating.Good)
    expected = ReviewScheduler().rate(None, Rating.Good, 40.0, clock.now())
    assert stored_card(attempt, "sco-newest") == (expected.state, expected.due)


def test_a_refused_rating_keeps_the_one_in_force(store, ids, clock, db_url):
    attempt = start(store, ids, clock)
    clock.seconds += 15
    attempt.submit("Belarus")
    card = stored_card(attempt, "sco-newest")
    give_up_on_locks_quickly(store)
    with database_locked(db_url), pytest.raises(AnswerNotSavedError) as refused:
        attempt.rerate(Rating.Again)
    assert str(refused.value) == (
        "Your rating was not saved: the database is busy or cannot be written to."
    )
    assert attempt.last_review is not None and attempt.last_review.rating is Rating.Good
    assert stored_card(attempt, "sco-newest") == card


def test_the_start_overview_counts_what_each_mode_would_ask(store, ids, clock):
    profile_id, set_id = ids
    attempt = start(store, ids, clock)
    for given in ("Turkey", ["India", "Iran", "Pakistan"], True):  # wrong, right, wrong
        clock.seconds += 15
        attempt.submit(given)
    overview = StartOverview.load(store, profile_id, set_id, clock.now())
    assert overview.mistakes() == 2
    assert overview.mistakes(["SCO membership"]) == 2
    assert overview.mistakes(["Leaders"]) == 0
    # The two wrong answers are learning cards due in a minute; the right one in 10 minutes.
    assert overview.review_counts() == ReviewCounts(new=4, learning=0, due=0)
    later = StartOverview.load(store, profile_id, set_id, clock.now() + timedelta(minutes=5))
    assert later.review_counts() == ReviewCounts(new=4, learning=2, due=0)
    assert later.review_counts(["Leaders", "Organisations"]) == ReviewCounts(2, 0, 0)
    spaced = QuizConfig(Mode.SPACED, shuffle=False)
    clock_later = FakeClock(start=clock.now() + timedelta(minutes=5))
    asked = LiveAttempt.start(
        store, profile_id, set_id, spaced, clock=clock_later.clock, now=clock_later.now
    ).session.order
    assert len(asked) == 4 + 2  # new, then learning and due: what the counts add up to
