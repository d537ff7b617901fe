"""Benchmark: how long the article-to-quiz generator takes, cold and warm, and how it grows.

usage: python bench/bench_generate.py [ARTICLE ...]

For the project's sample article (the second gold article in tests/quizzes/generate/data/) and
every path given (for example the seed article the product is built around; `make bench
ARTICLE=path` passes one), it prints:

  cold   a fresh process: import, language-model load and generation, the median of 5 runs
         (aim <= 1.5 s), with the process's CPU time (the machine may be shared) and where
         the time goes: our entry points, importing spaCy and loading the pipeline (model and
         entity ruler), generating (our own modules' imports and the first quiz); and how much
         of it importing spaCy alone takes, in a process of its own
  warm   in this process, the model already loaded, best of 5 (aim <= 0.3 s)
  parse  the spaCy pipeline alone over the same paragraphs: the least a generator built on it
         must do, so `warm / parse` is what our own code adds

Then synthetic texts of 5,000, 10,000 and 20,000 words built from the knowledge data, with the
time per 1,000 words: equal figures mean the cost grows linearly with length. A path that does
not exist is reported and skipped. Figures only, never asserted.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizzes.errors import ArticleError  # noqa: E402
from quizzes.generate import generate_from_file  # noqa: E402
from quizzes.generate.clean import clean_article  # noqa: E402
from quizzes.generate.knowledge import load_knowledge  # noqa: E402
from quizzes.generate.nlp import pipeline  # noqa: E402
from quizzes.generate.reader import read_article  # noqa: E402

SAMPLE = ROOT / "tests" / "quizzes" / "generate" / "data" / "uzbekistan_neighbours.md"
COLD_RUNS, WARM_RUNS, LONG_RUNS = 5, 5, 3
COLD_AIM, WARM_AIM = 1.5, 0.3  # seconds, for an article of about 1,000-1,500 words
SYNTHETIC_WORDS = (5_000, 10_000, 20_000)

# Run in a fresh interpreter: everything a first "generate" costs, the interpreter's own start
# excepted (the process's wall time, which includes it, is printed beside). It prints the wall
# and CPU clocks at each stage's end, as JSON. spaCy is imported where the generator imports it,
# inside `pipeline()`; `IMPORT_CHILD` times that import alone, in a process of its own.
COLD_CHILD = """
import json, sys, time
marks = [(time.perf_counter(), time.process_time())]
def mark():
    marks.append((time.perf_counter(), time.process_time()))
from pathlib import Path
from quizzes.generate import generate_from_file
from quizzes.generate.nlp import pipeline
mark()
pipeline()
mark()
generate_from_file(Path(sys.argv[1]))
mark()
print(json.dumps(marks))
"""
IMPORT_CHILD = """
import json, time
marks = [(time.perf_counter(), time.process_time())]
import spacy
marks.append((time.perf_counter(), time.process_time()))
print(json.dumps(marks))
"""
COLD_STAGES = (
    "our generator's entry points",
    "import spaCy, load the pipeline (model and entity ruler)",
    "generate (our imports, the first quiz)",
)


@dataclass(frozen=True)
class ColdRun:
    """One fresh process: wall and CPU seconds per stage of `COLD_CHILD`, and its wall time."""

    stage_wall: tuple[float, ...]
    stage_cpu: tuple[float, ...]
    process_wall: float

    @property
    def wall(self) -> float:
        return sum(self.stage_wall)

    @property
    def cpu(self) -> float:
        return sum(self.stage_cpu)


def best_of(action: Callable[[], object], runs: int) -> float:
    """The fastest of `runs` timings, in seconds (the least disturbed by other work)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def cold_run(child: str, path: Path, env: dict[str, str]) -> ColdRun:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", child, str(path)],
        capture_output=True, text=True, cwd=ROOT, env=env, check=False,
    )  # fmt: skip
    process_wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    steps = list(itertools.pairwise(marks))
    return ColdRun(
        stage_wall=tuple(after[0] - before[0] for before, after in steps),
        stage_cpu=tuple(after[1] - before[1] for before, after in steps),
        process_wall=process_wall,
    )


def cold(path: Path) -> tuple[list[ColdRun], list[ColdRun]]:
    """`COLD_RUNS` fresh processes after one that is not counted, and as many importing spaCy
    alone. An installed copy has its modules compiled already, so the children may write and
    read Python's bytecode caches even where the caller's environment says not to (else every
    run compiles our modules)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cold_run(COLD_CHILD, path, env)
    runs = [cold_run(COLD_CHILD, path, env) for _ in range(COLD_RUNS)]
    return runs, [cold_run(IMPORT_CHILD, path, env) for _ in range(COLD_RUNS)]


def report_cold(runs: list[ColdRun], imports: list[ColdRun]) -> None:
    wall = statistics.median(run.wall for run in runs)
    cpu = statistics.median(run.cpu for run in runs)
    process = statistics.median(run.process_wall for run in runs)
    print(f"  cold   {wall:6.3f} s  {aim(wall, COLD_AIM)}   median of {len(runs)}: "
          f"CPU {cpu:.3f} s, process wall time {process:.3f} s")  # fmt: skip
    for i, stage in enumerate(COLD_STAGES):
        stage_wall = statistics.median(run.stage_wall[i] for run in runs)
        stage_cpu = statistics.median(run.stage_cpu[i] for run in runs)
        print(f"           {stage_wall:6.3f} s  CPU {stage_cpu:.3f} s  {stage}")
    import_wall = statistics.median(run.wall for run in imports)
    import_cpu = statistics.median(run.cpu for run in imports)
    print(f"           {import_wall:6.3f} s  CPU {import_cpu:.3f} s  "
          "import spaCy alone (in a process of its own)")  # fmt: skip


def parse_only(path: Path) -> None:
    """The spaCy pipeline over the article's cleaned paragraphs, nothing else."""
    nlp = pipeline()
    for _doc in nlp.pipe(p.text for p in clean_article(read_article(path)).paragraphs):
        pass


def aim(value: float, limit: float) -> str:
    return f"(aim <= {limit:g} s{'' if value <= limit else ', MISSED'})"


def report_article(label: str, path: Path) -> None:
    words = len(read_article(path).split())
    print(f"\n{label} ({words:,} words)")
    try:
        questions = len(generate_from_file(path).quizset.questions)
    except ArticleError as err:
        print(f"  no quiz: {err}")
        return
    report_cold(*cold(path))
    warm = best_of(lambda: generate_from_file(path), WARM_RUNS)
    parse = best_of(lambda: parse_only(path), WARM_RUNS)
    print(f"  warm   {warm:6.3f} s  {aim(warm, WARM_AIM)}   {questions} questions")
    print(f"  parse  {parse:6.3f} s  (spaCy alone; warm is {warm / parse:.1f}x that)")


def synthetic_article(words: int, seed: int = 1) -> str:
    """An article-like text of about `words` words, full of extractable statements."""
    rng = random.Random(seed)
    knowledge = load_knowledge()
    countries = sorted((c for c in knowledge.countries.values() if c.capital), key=lambda c: c.name)
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


def report_synthetic(folder: Path) -> None:
    print(f"\nsynthetic articles, warm, best of {LONG_RUNS}")
    per_thousand = []
    for target in SYNTHETIC_WORDS:
        path = folder / f"synthetic-{target}.txt"
        path.write_text(synthetic_article(target), encoding="utf-8")
        words = len(read_article(path).split())
        try:
            seconds = best_of(partial(generate_from_file, path), LONG_RUNS)
        except ArticleError as err:
            print(f"  {words:>7,} words  no quiz: {err}")
            continue
        per_thousand.append(seconds / words * 1000)
        print(f"  {words:>7,} words  {seconds:7.2f} s   {per_thousand[-1]:6.3f} s per 1,000 words")
    if len(per_thousand) < len(SYNTHETIC_WORDS):
        return
    print(f"  growth {SYNTHETIC_WORDS[0]:,} -> {SYNTHETIC_WORDS[-1]:,} words: time per 1,000 words "
          f"x {per_thousand[-1] / per_thousand[0]:.2f} (1.00 is linear)")  # fmt: skip


def main(argv: list[str]) -> int:
    start = time.perf_counter()
    generate_from_file(SAMPLE)  # load the model once, as a running app would have
    print(f"generator benchmark (first load in this process {time.perf_counter() - start:.2f} s)")
    report_article("sample article (tests data)", SAMPLE)
    for arg in argv:
        path = Path(arg)
        if path.is_file():
            report_article(path.name, path)
        else:
            print(f"\n{arg}: not found, skipped")
    with tempfile.TemporaryDirectory() as folder:
        report_synthetic(Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
