"""Session rules: draws (seeded, quotas, review, spaced), re-queue, progress, timer, resume."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from quizzes.model import parse_quizset
from quizzes.practice.session import (
    REQUEUE_GAP,
    Mode,
    QuizConfig,
    QuizSession,
    draw_questions,
    presented,
)
from tests.conftest import FakeClock, quizset_document

QUESTIONS = parse_quizset(quizset_document()).questions
RIGHT = {q.id: q.answer for q in QUESTIONS}
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def right_answer(question):
    answer = question.answer
    if isinstance(answer, list) and answer and isinstance(answer[0], tuple):
        return [list(pair) for pair in answer]
    if question.type.value == "short_answer":
        return answer[0]
    return answer


def test_the_config_survives_json():
    config = QuizConfig(Mode.EXAM, 5, ["Leaders"], 600, False, 42, {"Leaders": 1})
    assert QuizConfig.from_dict(json.loads(json.dumps(config.to_dict()))) == config


def test_an_exam_draw_is_reproducible_from_its_seed():
    config = QuizConfig(Mode.EXAM, count=4, seed=7)
    first = draw_questions(QUESTIONS, config)
    assert first == draw_questions(QUESTIONS, config)
    assert len(set(first)) == 4
    draws = {tuple(draw_questions(QUESTIONS, QuizConfig(Mode.EXAM, 4, seed=s))) for s in range(8)}
    assert len(draws) > 1  # the seed matters


def test_topics_filter_and_no_shuffle_keeps_the_set_order():
    config = QuizConfig(topics=["SCO membership", "Leaders"], shuffle=False)
    assert draw_questions(QUESTIONS, config) == [
        "sco-newest",
        "sco-members",
        "turkey-member",
        "leaders",
    ]


def test_topic_quotas_are_met_then_the_count_filled():
    config = QuizConfig(Mode.EXAM, count=5, seed=3, topic_quotas={"Borders and geography": 2})
    drawn = draw_questions(QUESTIONS, config)
    topics = [q.topic for q in QUESTIONS if q.id in drawn]
    assert len(drawn) == 5
    assert topics.count("Borders and geography") == 2  # the whole topic


def test_review_mode_asks_only_last_times_mistakes():
    config = QuizConfig(Mode.REVIEW, shuffle=False)
    assert draw_questions(QUESTIONS, config, wrong_last_time={"eaeu", "leaders"}) == [
        "eaeu",
        "leaders",
    ]


def test_spaced_mode_puts_due_cards_first_then_new_ones():
    card_due = {
        "eaeu": NOW - timedelta(hours=1),
        "leaders": NOW - timedelta(days=2),  # most overdue
        "turkey-member": NOW + timedelta(days=3),  # not due: left out
    }
    config = QuizConfig(Mode.SPACED, count=4, shuffle=False)
    drawn = draw_questions(QUESTIONS, config, card_due=card_due, now=NOW)
    assert drawn[:2] == ["leaders", "eaeu"]
    assert "turkey-member" not in drawn and len(drawn) == 4


def test_shuffled_choices_are_the_same_choices_in_a_seeded_order():
    question = QUESTIONS[0]
    shown = presented(question, QuizConfig(seed=1))
    assert sorted(shown.choices) == sorted(question.choices)
    assert shown == presented(question, QuizConfig(seed=1))
    assert presented(question, QuizConfig(shuffle=False)) is question


def test_practice_brings_a_wrong_question_back_later():
    order = [q.id for q in QUESTIONS]
    session = QuizSession(QUESTIONS, QuizConfig(shuffle=False), order, clock=FakeClock())
    assert session.progress_text == "1 / 7"
    first = session.submit("Turkey")  # wrong
    assert not first.grade.correct
    assert session.progress_text == "2 / 8"
    for _ in range(REQUEUE_GAP):
        session.submit(right_answer(session.current))
    assert session.current.id == "sco-newest"  # back after the gap
    session.submit("Belarus")
    while not session.finished:
        session.submit(right_answer(session.current))
    summary = session.summary()
    # First answers count: the question answered wrong first stays wrong.
    assert (summary.correct, summary.total, summary.score) == (6, 7, pytest.approx(6 / 7))


def test_an_exam_never_requeues_and_scores_partial_credit():
    order = ["sco-members", "neighbours"]
    session = QuizSession(QUESTIONS, QuizConfig(Mode.EXAM, shuffle=False), order, clock=FakeClock())
    session.submit(["India", "Iran"])
    session.submit(["Russia", "Kazakhstan", "China"])
    assert session.reviewing and not session.finished  # the review page, not yet scored
    session.submit_all()
    assert session.finished
    summary = session.summary()
    assert summary.score == pytest.approx((2 / 3 + 1) / 2)
    assert [(t.topic, t.correct, t.total) for t in summary.topics] == [
        ("SCO membership", 0, 1),
        ("Borders and geography", 1, 1),
    ]


def test_the_exam_timer_counts_from_the_saved_time_and_ends_the_attempt(clock):
    config = QuizConfig(Mode.EXAM, time_limit_seconds=600, shuffle=False)
    session = QuizSession(
        QUESTIONS, config, ["sco-newest", "eaeu", "leaders"], clock=clock, elapsed_before=500
    )
    assert session.remaining_seconds() == 100
    clock.seconds += 40
    answer = session.submit("Belarus")
    assert answer.seconds == 40 and session.remaining_seconds() == 60
    clock.seconds += 61
    assert session.time_is_up()
    session.expire()
    summary = session.summary()
    assert session.finished and summary.timed_out
    assert (summary.answered, summary.total, summary.score) == (1, 3, pytest.approx(1 / 3))


def test_a_resumed_session_is_exactly_where_it_was():
    order = [q.id for q in QUESTIONS]
    config = QuizConfig(shuffle=False)
    original = QuizSession(QUESTIONS, config, order, clock=FakeClock())
    original.submit("Turkey")
    original.submit(["India"])
    original.submit(False)
    resumed = QuizSession(QUESTIONS, config, order, clock=FakeClock(), answered=original.answers)
    assert resumed.progress_text == original.progress_text == "4 / 9"
    assert resumed.current == original.current
    assert resumed.summary().score == original.summary().score


def test_resuming_after_a_teacher_deleted_a_question_keeps_every_answer():
    order = [q.id for q in QUESTIONS]
    config = QuizConfig(shuffle=False)
    original = QuizSession(QUESTIONS, config, order, clock=FakeClock())
    original.submit("Turkey")  # wrong: sco-newest comes back three questions later
    for qid in ("sco-members", "turkey-member", "border-length", "sco-newest"):
        assert original.current.id == qid
        original.submit(RIGHT[qid])
    remaining = [q for q in QUESTIONS if q.id != "sco-members"]  # deleted by a teacher
    resumed = QuizSession(remaining, config, order, clock=FakeClock(), answered=original.answers)
    assert [a.question_id for a in resumed.answers] == [
        "sco-newest",
        "turkey-member",
        "border-length",
        "sco-newest",
    ]
    assert resumed.current.id == "eaeu"


def exam_session(clock, order=("sco-newest", "sco-members", "turkey-member")):
    config = QuizConfig(Mode.EXAM, shuffle=False, time_limit_seconds=600)
    return QuizSession(QUESTIONS, config, list(order), clock=clock)


def test_an_exam_goes_back_and_forth_and_keeps_the_latest_answer_only(clock):
    session = exam_session(clock)
    clock.seconds += 10
    session.keep(session.grade("Turkey"))
    session.next()
    session.next()  # sco-members left unanswered
    assert session.current.id == "turkey-member"
    session.keep(session.grade(False))
    session.previous()
    session.previous()
    assert session.current.id == "sco-newest"
    clock.seconds += 5
    session.keep(session.grade("Belarus"))  # changed: replaces "Turkey"
    session.go_to(2)
    session.keep(session.grade(None))  # cleared: unanswered again
    assert [(s.number, s.answered) for s in session.statuses()] == [
        (1, True),
        (2, False),
        (3, False),
    ]
    assert session.unanswered() == 2
    [kept] = session.answers
    assert (kept.given, kept.grade.correct, kept.seconds) == ("Belarus", True, 15)
    session.next()
    assert session.reviewing and session.current is None
    session.submit_all()
    summary = session.summary()
    assert session.finished and not summary.timed_out
    assert (summary.answered, summary.correct, summary.score) == (1, 1, pytest.approx(1 / 3))


def test_an_exam_counts_each_visit_to_a_question_towards_its_time(clock):
    session = exam_session(clock)
    clock.seconds += 20
    session.next()
    clock.seconds += 100  # on the second question
    session.previous()
    clock.seconds += 7
    answer = session.grade("Belarus")
    assert answer.seconds == 27 and answer.position == 0


def test_exam_flags_are_set_and_taken_off(clock):
    session = exam_session(clock)
    session.set_flagged("sco-members", True)
    session.set_flagged("turkey-member", True)
    session.set_flagged("turkey-member", False)
    assert session.flagged == {"sco-members"}
    assert [s.flagged for s in session.statuses()] == [False, True, False]


def test_a_resumed_exam_has_its_answers_and_flags_and_opens_at_the_first_unanswered(clock):
    original = exam_session(clock)
    original.keep(original.grade("Belarus"))
    original.go_to(2)
    original.keep(original.grade(True))
    original.set_flagged("sco-newest", True)
    resumed = QuizSession(
        QUESTIONS,
        original.config,
        original.order,
        clock=clock,
        answered=original.answers,
        flagged=original.flagged,
    )
    assert resumed.current.id == "sco-members"
    assert [(s.answered, s.flagged) for s in resumed.statuses()] == [
        (True, True),
        (False, False),
        (True, False),
    ]
    assert resumed.answer_to("sco-newest").given == "Belarus"


def test_a_resumed_exam_with_every_answer_opens_at_the_review_page(clock):
    original = exam_session(clock, order=("sco-newest",))
    original.keep(original.grade("Belarus"))
    resumed = QuizSession(
        QUESTIONS, original.config, original.order, clock=clock, answered=original.answers
    )
    assert resumed.reviewing and not resumed.finished


def test_time_running_out_scores_every_answer_the_exam_holds(clock):
    session = exam_session(clock)
    session.keep(session.grade("Belarus"))
    session.go_to(2)
    session.keep(session.grade(False))  # right: Turkey is not a member
    clock.seconds += 601
    assert session.time_is_up()
    session.expire()
    summary = session.summary()
    assert session.finished and summary.timed_out
    assert (summary.answered, summary.correct) == (2, 2)


def test_only_an_exam_moves_between_questions(clock):
    session = QuizSession(QUESTIONS, QuizConfig(shuffle=False), ["sco-newest"], clock=clock)
    with pytest.raises(RuntimeError):
        session.go_to(0)
    with pytest.raises(RuntimeError):
        session.submit_all()
    exam = exam_session(clock)
    with pytest.raises(IndexError, match="no question 5"):
        exam.go_to(4)
