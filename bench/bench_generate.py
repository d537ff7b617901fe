"""Benchmark: how long the article-to-quiz generator takes, against a floor.

The floor is the least any generator must do: read the file, decode it and split it into
sentences. Figures are the best of several runs (milliseconds) and the ratio to that floor.

usage: python bench/bench_generate.py [ARTICLE ...]

Without arguments it times the project's own sample article (the second gold article in
tests/quizzes/generate/data/) and synthetic texts of 5,000, 10,000 and 20,000 words built from
the knowledge data, so the growth with length can be read off. Pass the path of any article
(for example the seed article the product is built around) to time it as well; a path that does
not exist is reported and skipped. Aims: a typical article under 150 ms, cost linear in length.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizzes.generate import generate_from_file  # noqa: E402
from quizzes.generate.clean import split_blocks, split_sentences  # noqa: E402
from quizzes.generate.knowledge import load_knowledge  # noqa: E402
from quizzes.generate.reader import read_article  # noqa: E402

SAMPLE = ROOT / "tests" / "quizzes" / "generate" / "data" / "uzbekistan_neighbours.md"
RUNS = 5


def best_of(action: Callable[[], object], runs: int = RUNS) -> float:
    """The fastest of `runs` timings, in milliseconds (the least disturbed by other work)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def floor(path: Path) -> None:
    """Read, decode and split into sentences: no generator can do less."""
    for block in split_blocks(read_article(path)):
        split_sentences(block)


def synthetic_article(words: int, seed: int = 1) -> str:
    """An article-like text of about `words` words, full of extractable statements."""
    rng = random.Random(seed)
    knowledge = load_knowledge()
    countries = sorted(knowledge.countries.values(), key=lambda c: c.name)
    orgs = sorted(knowledge.organisations.values(), key=lambda o: o.name)
    paragraphs: list[str] = ["# A Long Survey of Regional Politics and Trade in Eurasia Today"]
    count = 0
    while count < words:
        a, b, c = rng.sample(countries, 3)
        org = rng.choice(orgs)
        paragraph = " ".join(
            [
                f"{a.name} shares a {rng.randint(100, 9000):,}-km border with {b.name}, and is a "
                f"member of the {org.name} ({org.acronym}).",
                f"Last year {b.name} overtook {c.name} to become {a.name}’s biggest trading "
                f"partner, with two-way trade topping ${rng.randint(2, 90)} billion.",
                f"{a.name} is known for its careful “multi-vector” foreign policy, officials "
                f"in {a.capital} said after talks that lasted {rng.randint(2, 9)} hours.",
                f"Analysts expect the relationship to deepen over the coming {rng.randint(3, 12)}"
                " years as new roads and pipelines open.",
            ]
        )
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs) + "\n"


def report(label: str, path: Path) -> tuple[int, float]:
    words = len(read_article(path).split())
    base = best_of(lambda: floor(path))
    generated = best_of(lambda: generate_from_file(path))
    print(f"{label:<34} {words:>7,} words  generate {generated:8.1f} ms  "
          f"floor {base:6.2f} ms  ratio {generated / base:6.1f}x  "
          f"{generated / words * 1000:6.1f} µs/word")  # fmt: skip
    return words, generated


def main(argv: list[str]) -> int:
    generate_from_file(SAMPLE)  # load the knowledge data once, as a running app would have
    print(f"best of {RUNS} runs")
    report("sample article (tests data)", SAMPLE)
    for arg in argv:
        path = Path(arg)
        if path.is_file():
            report(path.name[:34], path)
        else:
            print(f"{arg}: not found, skipped")
    with tempfile.TemporaryDirectory() as folder:
        sizes = []
        for words in (5_000, 10_000, 20_000):
            path = Path(folder) / f"synthetic-{words}.txt"
            path.write_text(synthetic_article(words), encoding="utf-8")
            sizes.append(report(f"synthetic {words:,} words", path))
    (w1, t1), (w2, t2) = sizes[0], sizes[-1]
    print(f"growth 5k → 20k words: time × {t2 / t1:.1f} for words × {w2 / w1:.1f} "
          "(linear would be equal)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
