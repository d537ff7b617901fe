"""Benchmark: the generator on hostile input, text built to make pattern matching slow.

usage: python bench/bench_hostile.py

Each input is timed at two sizes, the second four times the first, in two forms: the text
alone (as a whole article), and as one more paragraph of the project's sample article (so the
language model and every fact pattern read it too). It prints the time of each and the growth
ratio: time at ×4 input over time at ×1; 4.0 is linear, 16 would be quadratic. Inputs:

  "*a " and "_a " runs   Markdown emphasis markers, 10,000 and 40,000 times (30 and 120 KB)
  "[" run               an unclosed link, 10,000 and 40,000 characters
  "Kazakhstan China "   two named places, 5,000 and 20,000 times (85 and 340 KB)
  a "Tags:" line        the sample article plus a line of title-case tags, 12.5 and 50 KB

Generation stops with a message after `TIME_LIMIT_SECONDS`; that is printed, not hidden.
Figures only, never asserted.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizzes.errors import ArticleError  # noqa: E402
from quizzes.generate import TIME_LIMIT_SECONDS, generate_quiz  # noqa: E402
from quizzes.generate.report import NoQuestionsError  # noqa: E402

SAMPLE = ROOT / "tests" / "quizzes" / "generate" / "data" / "uzbekistan_neighbours.md"
TAGS = ("Kazakhstan", "China", "Central", "Asia", "Russia", "Trade", "Border", "Energy")


def tags_line(size: int) -> str:
    """ "Tags: Kazakhstan China Central Asia ..." of about `size` characters."""
    words: list[str] = []
    length = len("Tags:")
    while length < size:
        words.append(TAGS[len(words) % len(TAGS)])
        length += len(words[-1]) + 1
    return "Tags: " + " ".join(words)


# name, the input at a size, the smaller size (the larger is four times it)
INPUTS: list[tuple[str, Callable[[int], str], int]] = [
    ('"*a " x n', lambda n: "*a " * n, 10_000),
    ('"_a " x n', lambda n: "_a " * n, 10_000),
    ('"[" x n', lambda n: "[" * n, 10_000),
    ('"Kazakhstan China " x n', lambda n: "Kazakhstan China " * n, 5_000),
    ('"Tags:" line of n chars', tags_line, 12_500),
]


def timed(text: str) -> tuple[float, str]:
    """Seconds to generate from `text`, and how it ended."""
    start = time.perf_counter()
    try:
        outcome = f"{len(generate_quiz(text).quizset.questions)} questions"
    except NoQuestionsError as refusal:
        outcome = "refused: " + refusal.reason[:50]
    except ArticleError as err:
        outcome = "stopped: " + str(err)[:50]
    return time.perf_counter() - start, outcome


def main() -> None:
    sample = SAMPLE.read_text(encoding="utf-8")
    timed(sample)  # load the language model once, outside the figures
    print(f"generator on hostile input (time limit {TIME_LIMIT_SECONDS:g} s)\n")
    for name, make, size in INPUTS:
        for form, wrap in (("alone", str), ("in article", lambda t: f"{sample}\n\n{t}.\n")):
            times = []
            for n in (size, 4 * size):
                text = wrap(make(n))
                seconds, outcome = timed(text)
                times.append(seconds)
                label = f"{name} ({form}), n={n:,}"
                print(f"  {label:<52} {len(text) / 1000:7.1f} KB {seconds:8.2f} s  {outcome}")
            ratio = times[1] / times[0] if times[0] > 0 else float("inf")
            print(f"  {'':<52} growth x4 input -> x{ratio:.1f} time (4.0 is linear)\n")


if __name__ == "__main__":
    main()
