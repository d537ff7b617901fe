"""Grading and number reading give the right result on huge input, and score exactly as the old
definitions (kept here as references) on small input. Their speed on huge input is measured by
`bench/bench_grading.py` (in `make bench`), never timed here."""

from __future__ import annotations

import re
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from quizzes.model import Question, QuestionType
from quizzes.numbers import parse_number
from quizzes.practice.scoring import grade_response, is_one_typo


def old_edit_distance(first: str, second: str) -> int:
    """The optimal string alignment distance the typo check used to compute in full."""
    dist = [[0] * (len(second) + 1) for _ in range(len(first) + 1)]
    for i in range(len(first) + 1):
        dist[i][0] = i
    for j in range(len(second) + 1):
        dist[0][j] = j
    for i in range(1, len(first) + 1):
        for j in range(1, len(second) + 1):
            cost = 0 if first[i - 1] == second[j - 1] else 1
            dist[i][j] = min(dist[i - 1][j] + 1, dist[i][j - 1] + 1, dist[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and first[i - 1] == second[j - 2] and first[i - 2] == second[j - 1]:
                dist[i][j] = min(dist[i][j], dist[i - 2][j - 2] + 1)
    return dist[-1][-1]


def old_ordering_score(correct: list[str], given: list[str]) -> float:
    """The share of item pairs in the right relative order, counted pair by pair."""
    rank = {item: i for i, item in enumerate(given)}
    pairs = list(combinations(correct, 2))
    return sum(1 for earlier, later in pairs if rank[earlier] < rank[later]) / len(pairs)


def _ordering(items: list[str]) -> Question:
    return Question(id="o", type=QuestionType.ORDERING, prompt="Order", answer=items)


def _short_answer(accepted: str) -> Question:
    return Question(id="s", type=QuestionType.SHORT_ANSWER, prompt="Name", answer=[accepted])


@given(st.text("abc", max_size=7), st.text("abc", max_size=7))
def test_one_typo_is_exactly_edit_distance_one(first, second):
    assert is_one_typo(first, second) is (old_edit_distance(first, second) == 1)


@given(st.permutations([f"item {n}" for n in range(7)]), st.integers(2, 7))
def test_ordering_scores_as_the_pairwise_count(order, size):
    correct = [f"item {n}" for n in range(size)]
    given_order = [item for item in order if item in correct]
    expected = old_ordering_score(correct, given_order)
    assert grade_response(_ordering(correct), given_order).score == expected


def test_a_long_ordering_is_graded_without_listing_every_pair():
    correct = [f"item {n}" for n in range(50_000)]
    swapped = [correct[1], correct[0], *correct[2:]]
    reversed_grade = grade_response(_ordering(correct), correct[::-1])
    one_swap = grade_response(_ordering(correct), swapped)
    assert reversed_grade.score == 0.0
    pairs = 50_000 * 49_999 // 2
    assert one_swap.score == (pairs - 1) / pairs


def test_a_huge_typed_answer_is_compared_correctly():
    accepted = "Eurasian Economic Union " * 2_000
    typo = accepted[:100] + "x" + accepted[100:]
    with_typo = grade_response(_short_answer(accepted), typo)
    different = grade_response(_short_answer(accepted), "nonsense " * 5_000)
    assert with_typo.correct and "small typo" in with_typo.note
    assert not different.correct


OLD_NUMBER_WITH_UNIT = re.compile(
    r"""^\s*
    (?P<sign>[+\-\u2212\u2012\u2013])?\s*
    (?P<number>\d[\d.,\u0020\u00a0\u2007\u2009\u202f]*|[.,]\d+)
    \s*(?P<unit>[^\d\s.,+\-][^\d]*)?
    \s*$""",
    re.VERBOSE,
)


@given(st.text(" \u00a0\t1,.0-+km%x\u2212", max_size=12))
def test_numbers_read_as_the_old_pattern_read_them(text):
    match = OLD_NUMBER_WITH_UNIT.match(text)
    if match is None:
        assert parse_number(text) is None
    else:
        without_unit = (match.group("sign") or "") + match.group("number")
        assert parse_number(text) == parse_number(without_unit)


def test_numbers_among_thousands_of_spaces_are_read_right():
    results = [
        parse_number("1" + " " * 5_000 + "x" + " " * 5_000 + "1"),
        parse_number("1 " * 5_000 + "x1"),
        parse_number(" " * 5_000 + "7 000 km" + " " * 5_000),
    ]
    assert results == [None, None, 7000.0]
