"""Spaced repetition: ratings from correctness and time; FSRS state as JSON; due dates."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from quizzes.practice.schedule import (
    FAST_SECONDS,
    SLOW_SECONDS,
    ReviewScheduler,
    is_new,
    rating_for,
)

NOON = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("correct", "seconds", "rating"),
    [
        (False, 2.0, Rating.Again),
        (False, 60.0, Rating.Again),
        (True, SLOW_SECONDS + 1, Rating.Hard),
        (True, 15.0, Rating.Good),
        (True, FAST_SECONDS - 1, Rating.Easy),
    ],
)
def test_the_rating_comes_from_correctness_and_time(correct, seconds, rating):
    assert rating_for(correct, seconds) is rating


def test_a_wrong_answer_is_due_again_sooner_than_a_right_one():
    scheduler = ReviewScheduler()
    wrong = scheduler.review(None, False, 10.0, NOON)
    right = scheduler.review(None, True, 10.0, NOON)
    easy = scheduler.review(None, True, 3.0, NOON)
    assert NOON < wrong.due < right.due < easy.due


def test_card_state_is_plain_json_and_round_trips():
    scheduler = ReviewScheduler()
    first = scheduler.review(None, True, 3.0, NOON)
    stored = json.loads(json.dumps(first.state))
    later = scheduler.review(stored, True, 3.0, first.due)
    assert later.due - first.due > first.due - NOON  # intervals grow with each easy recall
    assert not is_new(stored) and is_new(None)


def test_the_schedule_is_the_same_every_time():
    scheduler = ReviewScheduler()
    a = scheduler.review(None, True, 10.0, NOON)
    b = ReviewScheduler().review(a.state, True, 10.0, NOON + timedelta(days=3))
    c = ReviewScheduler().review(a.state, True, 10.0, NOON + timedelta(days=3))
    assert b == c


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        ReviewScheduler().review(None, True, 3.0, datetime(2026, 1, 1))
