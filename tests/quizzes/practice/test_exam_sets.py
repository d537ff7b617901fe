"""Taking an exam set before its results are released: no mode that tells which answers were
right, no wrong question coming back, and answers still stored as given."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.session import Mode, ModeClosedError, QuizConfig
from tests.conftest import quizset_document

RELEASED = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.fixture
def exam_set(store):
    summary = store.add_quizset(parse_quizset(quizset_document("Midterm")))
    store.mark_exam(summary.id, True)
    return summary.id


@pytest.fixture
def student(store):
    return store.create_profile("Asel").id


def start(store, student, set_id, clock, mode=Mode.PRACTICE) -> LiveAttempt:
    config = QuizConfig(mode=mode, shuffle=False)
    return LiveAttempt.start(store, student, set_id, config, clock=clock, now=clock.now)


def test_a_wrong_answer_in_practice_does_not_come_back_on_an_exam_set(
    store, student, exam_set, clock
):
    attempt = start(store, student, exam_set, clock)
    total = attempt.session.total
    attempt.submit("Turkey")  # wrong: an ordinary set would ask it again later
    assert attempt.session.total == total
    assert attempt.session.config.answers_hidden
    [stored] = store.history.responses(attempt.attempt_id)
    assert (stored.answer, stored.correct) == ("Turkey", False)


def test_a_wrong_answer_comes_back_once_the_results_are_released(store, student, exam_set, clock):
    store.release_results(exam_set, RELEASED)
    attempt = start(store, student, exam_set, clock)
    total = attempt.session.total
    attempt.submit("Turkey")
    assert attempt.session.total == total + 1
    assert not attempt.session.config.answers_hidden


@pytest.mark.parametrize("mode", [Mode.REVIEW, Mode.SPACED])
def test_modes_that_choose_by_past_mistakes_are_closed_until_release(
    store, student, exam_set, clock, mode
):
    practice = start(store, student, exam_set, clock)
    practice.submit("Turkey")  # a mistake to review
    practice.finish()
    with pytest.raises(ModeClosedError, match=f"{mode.label} is closed on the exam set 'Midterm'"):
        start(store, student, exam_set, clock, mode)
    assert store.history.unfinished_attempt(student) is None
    store.release_results(exam_set, RELEASED)
    assert start(store, student, exam_set, clock, mode).session.total >= 1


def test_an_attempt_resumed_after_the_set_became_an_exam_hides_its_answers(store, student, clock):
    set_id = store.add_quizset(parse_quizset(quizset_document("Later an exam"))).id
    attempt = start(store, student, set_id, clock)
    attempt.submit("Belarus")
    store.mark_exam(set_id, True)
    resumed = LiveAttempt.resume(store, attempt.attempt_id, clock=clock, now=clock.now)
    assert resumed.session.config.answers_hidden


def test_progress_lists_no_missed_question_of_an_exam_set_until_release(
    store, student, exam_set, clock
):
    attempt = start(store, student, exam_set, clock)
    attempt.submit("Turkey")
    attempt.finish()
    assert store.history.most_missed(student) == []
    store.release_results(exam_set, RELEASED)
    [missed] = store.history.most_missed(student)
    assert missed.prompt.startswith("Which country was the newest member")
