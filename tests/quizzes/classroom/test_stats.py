"""Question statistics on small classes worked out by hand (Moodle's definitions)."""

from __future__ import annotations

import math

import pytest

from quizzes.classroom.stats import (
    FLAG_EASY,
    FLAG_HARD,
    FLAG_LOW,
    FLAG_NEGATIVE,
    MIN_ANSWERS_TO_TRUST,
    StatQuestion,
    discrimination_index,
    facility,
    flags_for,
    question_statistics,
)

Q1, Q2, Q3 = (StatQuestion(f"q{i}", f"q{i}", f"Prompt {i}", "T") for i in (1, 2, 3))

# Four students, three questions, every question answered (so rest-of-test = mean of the others).
#            q1 q2 q3
# Asel        1  1  1
# Bolat       1  1  0
# Chingiz     1  0  0
# Dana        0  0  1
CLASS = [
    {"q1": 1.0, "q2": 1.0, "q3": 1.0},
    {"q1": 1.0, "q2": 1.0, "q3": 0.0},
    {"q1": 1.0, "q2": 0.0, "q3": 0.0},
    {"q1": 0.0, "q2": 0.0, "q3": 1.0},
]


def test_facility_is_the_mean_score():
    assert facility([1, 1, 0.5, 0]) == 0.625
    assert facility([]) is None


def test_discrimination_on_the_hand_worked_class():
    stats = {s.question.id: s for s in question_statistics([Q1, Q2, Q3], CLASS)}
    # q2: item (1,1,0,0), rest sums (2,1,1,1): cov sum 0.5, spreads 1 and 0.75 -> 1/sqrt(3)
    assert stats["q2"].discrimination == pytest.approx(1 / math.sqrt(3))
    # q3: item (1,0,0,1), rest sums (2,2,1,0): cov sum -0.5, spreads 1 and 2.75 -> -1/sqrt(11)
    assert stats["q3"].discrimination == pytest.approx(-1 / math.sqrt(11))
    # q1: item (1,1,1,0), rest sums (2,1,0,1): the deviations cancel -> 0
    assert stats["q1"].discrimination == pytest.approx(0.0)
    assert [stats[q].facility for q in ("q1", "q2", "q3")] == [0.75, 0.5, 0.5]
    # Four students are too few for a discrimination flag (see the next-but-one test).
    assert [stats[q].flags for q in ("q1", "q2", "q3")] == [(), (), ()]


def test_rest_of_test_as_mean_gives_the_same_index_as_moodles_sum():
    item = [1.0, 1.0, 0.0, 0.0]
    rest_sums = [2.0, 1.0, 1.0, 1.0]
    rest_means = [s / 2 for s in rest_sums]
    assert discrimination_index(item, rest_means) == pytest.approx(
        discrimination_index(item, rest_sums)
    )


def test_partial_credit_counts_as_a_fraction():
    # x = (0.5, 1, 0), y = (0.2, 0.8, 0.2): cov sum 0.3, spreads 0.5 and 0.24
    assert discrimination_index([0.5, 1.0, 0.0], [0.2, 0.8, 0.2]) == pytest.approx(
        0.3 / math.sqrt(0.5 * 0.24)
    )


def test_no_spread_means_no_discrimination():
    assert discrimination_index([1, 1, 1], [0.2, 0.5, 0.9]) is None
    assert discrimination_index([1], [0.5]) is None
    assert discrimination_index([1, 0], [0.5, 0.5]) is None


def test_a_question_nobody_answered_has_no_statistics():
    [stat] = question_statistics([StatQuestion("q9", "q9", "?", "T")], CLASS)
    assert (stat.answers, stat.facility, stat.discrimination, stat.flags) == (0, None, None, ())


def test_an_attempt_with_one_answer_counts_for_facility_only():
    [stat] = question_statistics([Q1], [{"q1": 1.0}, {"q1": 0.0, "q2": 1.0}])
    assert (stat.answers, stat.facility, stat.discrimination) == (2, 0.5, None)


@pytest.mark.parametrize(
    ("facility_value", "discrimination", "expected"),
    [
        (0.05, 0.5, (FLAG_HARD,)),
        (0.95, 0.5, (FLAG_EASY,)),
        (0.5, 0.19, (FLAG_LOW,)),
        (0.5, 0.2, ()),
        (0.5, -0.01, (FLAG_NEGATIVE,)),
        (0.97, -0.3, (FLAG_NEGATIVE, FLAG_EASY)),
        (0.5, None, ()),
    ],
)
def test_flags(facility_value, discrimination, expected):
    assert flags_for(facility_value, discrimination) == expected


def test_too_few_answers_raise_no_discrimination_flag():
    # q3's discrimination is negative in the class of four: with five answers it is flagged.
    four = {s.question.id: s for s in question_statistics([Q1, Q2, Q3], CLASS)}
    assert four["q3"].discrimination is not None and four["q3"].discrimination < 0
    assert four["q3"].too_few_answers
    assert FLAG_NEGATIVE not in four["q3"].flags
    five = {s.question.id: s for s in question_statistics([Q1, Q2, Q3], [*CLASS, CLASS[3]])}
    assert len(CLASS) + 1 == MIN_ANSWERS_TO_TRUST
    assert not five["q3"].too_few_answers
    assert FLAG_NEGATIVE in five["q3"].flags
