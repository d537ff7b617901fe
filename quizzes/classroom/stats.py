"""Question statistics across a class: facility and discrimination, computed as Moodle does.

Moodle's quiz statistics report ("Quiz statistics calculations", Moodle developer docs; the code
is `question/classes/statistics/questions/calculator.php`) defines, for question p over the
attempts s that saw it, with x_p(s) the question's score and X(s) the attempt's total:

- **facility index** F_p = mean of (x_p(s) - min) / (max - min): the share of the marks won;
  with our scores already 0..1 (partial credit included) it is simply the mean response score;
- **discrimination index** D_p = r(x_p, X - x_p): Pearson's correlation between the question's
  score and the score on the *rest of the test*, Cov / sqrt(V(x_p) V(X - x_p)) (Moodle prints
  it ×100 as a percentage). Leaving the question out of the total keeps it from correlating
  with itself. It is undefined (None) when either score never varies.

Our attempts may draw different subsets of a set's questions, so the rest-of-test score is the
*mean* score of the attempt's other answers rather than their sum. When every attempt answers
every question the two differ by a constant factor and the correlation is exactly Moodle's.

Moodle's documentation reads a discrimination below 0 as "probably invalid" and below 20% as
weak, and a facility under 10% or over 90% as extreme; those are the flags raised here.
Which attempts to count (Moodle: each student's first) is the caller's choice. Below
`MIN_ANSWERS_TO_TRUST` answers a question's discrimination is not flagged, and the app shows
it as "—": see that constant.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

LOW_DISCRIMINATION = 0.20
VERY_HARD_BELOW = 0.10
VERY_EASY_ABOVE = 0.90
# Discrimination is a correlation, and over fewer than five answers it says more about who sat
# the quiz than about the question: in a class of four, one student's changed answer can move it
# from +58% to -30%. Below this many answers it is neither flagged nor shown as a figure.
MIN_ANSWERS_TO_TRUST = 5

FLAG_NEGATIVE = "negative discrimination"
FLAG_LOW = "low discrimination"
FLAG_HARD = "very hard"
FLAG_EASY = "very easy"


@dataclass(frozen=True)
class StatQuestion:
    """The question a statistic is about, as shown to the teacher."""

    id: str
    label: str  # the question's id inside its set, e.g. "sco-newest"
    prompt: str
    topic: str


@dataclass(frozen=True)
class QuestionStatistic:
    question: StatQuestion
    answers: int  # attempts that answered the question
    facility: float | None  # 0..1, None when nobody answered
    discrimination: float | None  # -1..1, None when it cannot be computed
    flags: tuple[str, ...]

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def too_few_answers(self) -> bool:
        """Too few answers to trust the discrimination (see `MIN_ANSWERS_TO_TRUST`)."""
        return self.answers < MIN_ANSWERS_TO_TRUST


def facility(item_scores: Sequence[float]) -> float | None:
    """The mean score (0..1) of one question's answers: the share of its marks won."""
    if not item_scores:
        return None
    return sum(item_scores) / len(item_scores)


def discrimination_index(
    item_scores: Sequence[float], rest_scores: Sequence[float]
) -> float | None:
    """Pearson's r between a question's scores and the same attempts' rest-of-test scores."""
    if len(item_scores) != len(rest_scores):
        raise ValueError("one rest-of-test score is needed per item score")
    n = len(item_scores)
    if n < 2:
        return None
    mean_item = sum(item_scores) / n
    mean_rest = sum(rest_scores) / n
    covariance = sum(
        (x - mean_item) * (y - mean_rest) for x, y in zip(item_scores, rest_scores, strict=True)
    )
    item_spread = sum((x - mean_item) ** 2 for x in item_scores)
    rest_spread = sum((y - mean_rest) ** 2 for y in rest_scores)
    # The n - 1 divisors of covariance and variances cancel, so sums are enough.
    if item_spread <= 1e-12 or rest_spread <= 1e-12:
        return None
    return covariance / math.sqrt(item_spread * rest_spread)


def flags_for(facility_value: float | None, discrimination: float | None) -> tuple[str, ...]:
    flags: list[str] = []
    if discrimination is not None:
        if discrimination < 0:
            flags.append(FLAG_NEGATIVE)
        elif discrimination < LOW_DISCRIMINATION:
            flags.append(FLAG_LOW)
    if facility_value is not None:
        if facility_value < VERY_HARD_BELOW:
            flags.append(FLAG_HARD)
        elif facility_value > VERY_EASY_ABOVE:
            flags.append(FLAG_EASY)
    return tuple(flags)


def question_statistics(
    questions: Sequence[StatQuestion], attempts: Sequence[Mapping[str, float]]
) -> list[QuestionStatistic]:
    """One statistic per question, in the order given.

    `attempts` holds, per attempt, each answered question's score by question id. An attempt
    counts towards a question's discrimination only if it also answered another question.
    """
    results = []
    for question in questions:
        item_scores: list[float] = []
        paired_items: list[float] = []
        rest_scores: list[float] = []
        for scores in attempts:
            if question.id not in scores:
                continue
            item = scores[question.id]
            item_scores.append(item)
            others = [score for qid, score in scores.items() if qid != question.id]
            if others:
                paired_items.append(item)
                rest_scores.append(sum(others) / len(others))
        facility_value = facility(item_scores)
        discrimination = discrimination_index(paired_items, rest_scores)
        trusted = discrimination if len(item_scores) >= MIN_ANSWERS_TO_TRUST else None
        results.append(
            QuestionStatistic(
                question=question,
                answers=len(item_scores),
                facility=facility_value,
                discrimination=discrimination,
                flags=flags_for(facility_value, trusted),
            )
        )
    return results
