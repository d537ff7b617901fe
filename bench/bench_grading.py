"""Benchmark: grading and number reading on huge typed answers (issue: hostile input).

usage: python bench/bench_grading.py

Each input is timed at n and at 4n; the growth ratio (time at 4n over time at n) is about 4
for linear work and 16 for quadratic. Inputs:

  typo check     a short answer of n words against the same text with one letter added,
                 and against n words of nonsense
  ordering       n items given reversed (every pair wrong), graded by an inversion count
  number         "1", n spaces, "x", n spaces, "1" (not a number) and a number with a unit
                 between n spaces on each side

Figures only, never asserted.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizzes.model import Question, QuestionType
from quizzes.numbers import parse_number
from quizzes.practice.scoring import grade_response


def typo_check(n: int) -> None:
    accepted = "Eurasian Economic Union " * n
    question = Question("q", QuestionType.SHORT_ANSWER, "Which union?", [accepted])
    grade_response(question, accepted[:100] + "x" + accepted[100:])
    grade_response(question, "nonsense " * n)


def ordering(n: int) -> None:
    items = [f"item {i}" for i in range(n)]
    grade_response(Question("q", QuestionType.ORDERING, "Order them.", items), items[::-1])


def number(n: int) -> None:
    parse_number("1" + " " * n + "x" + " " * n + "1")
    parse_number(" " * n + "7 000 km" + " " * n)


# name, the work at a size, the smaller size (the larger is four times it)
INPUTS: list[tuple[str, Callable[[int], None], int]] = [
    ("typo check, n words", typo_check, 5_000),
    ("ordering, n items reversed", ordering, 12_500),
    ("number between n spaces", number, 50_000),
]


def seconds(work: Callable[[int], None], n: int) -> float:
    start = time.perf_counter()
    work(n)
    return time.perf_counter() - start


def main() -> None:
    print("grading and number reading on huge input\n")
    for name, work, size in INPUTS:
        times = [seconds(work, n) for n in (size, 4 * size)]
        for n, taken in zip((size, 4 * size), times, strict=True):
            print(f"  {name:<30} n={n:>9,} {taken:8.3f} s")
        ratio = times[1] / times[0] if times[0] > 0 else float("inf")
        print(f"  {'':<30} growth x4 input -> x{ratio:.1f} time (4.0 is linear)\n")


if __name__ == "__main__":
    main()
