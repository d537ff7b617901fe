"""Spaced repetition: ratings from correctness and time; FSRS state as JSON; due dates."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from quizzes.model import Question, parse_question
from quizzes.practice.schedule import (
    FAST_SECONDS,
    SLOW_SECONDS,
    ReviewCounts,
    ReviewScheduler,
    comes_back_text,
    is_new,
    rating_for,
    review_counts,
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


def test_a_review_is_a_rating_from_correctness_and_time():
    scheduler = ReviewScheduler()
    assert scheduler.review(None, True, 15.0, NOON) == scheduler.rate(None, Rating.Good, 15.0, NOON)
    assert scheduler.rate(None, Rating.Hard, 15.0, NOON).due < (
        scheduler.rate(None, Rating.Easy, 15.0, NOON).due
    )


@pytest.mark.parametrize(
    ("after", "text"),
    [
        (timedelta(seconds=20), "in 1 minute"),
        (timedelta(minutes=1), "in 1 minute"),
        (timedelta(minutes=10), "in 10 minutes"),
        (timedelta(minutes=59), "in 59 minutes"),
        (timedelta(minutes=60), "in 1 hour"),
        (timedelta(hours=5, minutes=20), "in 5 hours"),
        (timedelta(hours=20), "tomorrow"),
        (timedelta(days=1, hours=11), "tomorrow"),
        (timedelta(days=4), "in 4 days"),
        (timedelta(days=44), "in 44 days"),
        (timedelta(days=61), "in about 2 months"),
        (timedelta(days=400), "in about a year"),
        (timedelta(days=800), "in about 2 years"),
    ],
)
def test_when_a_card_comes_back_in_words(after, text):
    assert comes_back_text(NOON + after, NOON) == text


def question(qid: str) -> Question:
    return parse_question(
        {"id": qid, "type": "true_false", "prompt": f"{qid}?", "answer": True, "topic": "T"},
        "test",
    )


def test_review_counts_sort_questions_by_the_stage_of_their_card():
    scheduler = ReviewScheduler()
    learning = scheduler.rate(None, Rating.Again, 5.0, NOON)  # back in a minute, learning
    learnt = scheduler.rate(None, Rating.Easy, 5.0, NOON)  # a review card, days away
    relearning = scheduler.rate(learnt.state, Rating.Again, 5.0, learnt.due)
    cards = {
        "learning": (learning.state, learning.due),
        "learnt": (learnt.state, learnt.due),
        "relearning": (relearning.state, relearning.due),
    }
    questions = [question(q) for q in ("new-1", "new-2", "learning", "learnt", "relearning")]
    assert review_counts(questions, cards, NOON) == ReviewCounts(new=2, learning=0, due=0)
    later = relearning.due
    assert review_counts(questions, cards, later) == ReviewCounts(new=2, learning=2, due=1)
