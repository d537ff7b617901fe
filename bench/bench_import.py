"""Benchmark: importing large question files, as Teacher ▸ Import and `import` do.

usage: python bench/bench_import.py [--sizes 10000,20000,40000,100000]

For each format (.quiz.json written compactly without the optional fields, as other tools write
it; GIFT; CSV) it writes a file of N questions of every type (prompts in English and Kazakh), then
times reading it and storing it in a fresh SQLite database, and prints the growth per doubling
of N: time at 2N over time at N, 2.0 being linear. Growth is figured on processor time, which
other programs running at the same time disturb less than the wall-clock seconds also shown.
Then one GIFT question whose text is a single huge line (4.75, 9.5 and 19 MB), and finally the
largest set exported in each format and imported again (the file's size, and whether the same
questions came back). Figures only, never asserted.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizzes.errors import SteppeQuizError  # noqa: E402
from quizzes.exchange.formats.registry import export_quizset  # noqa: E402
from quizzes.exchange.service import read_import, store_import  # noqa: E402
from quizzes.model import Question, QuizSet, parse_question, quizset_to_dict  # noqa: E402
from quizzes.store.repository import Store  # noqa: E402

FORMATS = {"json": ".quiz.json", "gift": ".gift", "csv": ".csv"}
# Question fields a `.quiz.json` may leave out, with the value that then holds.
OPTIONAL: dict[str, object] = {"explanation": "", "evidence": None, "difficulty": 2, "tags": []}
TOPICS = ("Borders", "Energy", "Trade", "Organisations", "Leaders")


# The type-specific fields of each type, as in a `.quiz.json` question.
ANSWERS: dict[str, dict[str, object]] = {
    "single_choice": {"choices": ["Astana", "Almaty", "Bishkek"], "answer": "Astana"},
    "multiple_choice": {
        "choices": ["Kazakhstan", "Iran", "Chile"],
        "answer": ["Kazakhstan", "Iran"],
    },
    "true_false": {"answer": True},
    "numeric": {"answer": 7000, "tolerance": 50, "unit": "km"},
    "short_answer": {"answer": ["EAEU", "Eurasian Economic Union"]},
    "ordering": {"answer": ["Russia", "Kazakhstan", "China"]},
    "matching": {"answer": [["Tokayev", "Kazakhstan"], ["Japarov", "Kyrgyzstan"]]},
}


def question(number: int) -> Question:
    """One short question; the type cycles through all seven."""
    kind = list(ANSWERS)[number % len(ANSWERS)]
    data = {
        "id": f"q{number}",
        "type": kind,
        "prompt": f"Question {number}: Қазақстан және көршілері?",
        "topic": TOPICS[number % len(TOPICS)],
        **ANSWERS[kind],
    }
    return parse_question(data, f"question {number}")


def write(quizset: QuizSet, fmt: str, folder: Path) -> Path:
    path = folder / f"bench{FORMATS[fmt]}"
    if fmt == "json":  # compact, without the optional fields, as other tools write it
        document = quizset_to_dict(quizset)
        for entry in document["questions"]:
            for key, default in OPTIONAL.items():
                if entry[key] == default:
                    del entry[key]
        content: str | bytes = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    else:
        content = export_quizset(quizset, fmt).content
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


@dataclass
class Timing:
    """Seconds on the clock, reading and storing, and of processor time in all."""

    read: float = 0.0
    store: float = 0.0
    cpu: float = 0.0

    def __str__(self) -> str:
        total = self.read + self.store
        return (
            f"read {self.read:6.2f} s  store {self.store:6.2f} s  total {total:6.2f} s  "
            f"(processor {self.cpu:6.2f} s)"
        )


def timed_import(path: Path, folder: Path) -> tuple[Timing, Store, str]:
    """How long reading and storing `path` in a new database took, the store, the set's id."""
    store = Store.open(f"sqlite:///{folder / f'{time.monotonic_ns()}.db'}")
    timing = Timing()
    cpu, start = time.process_time(), time.perf_counter()
    result = read_import(path)
    timing.read = time.perf_counter() - start
    start = time.perf_counter()
    summary = store_import(store, path, result)
    timing.store = time.perf_counter() - start
    timing.cpu = time.process_time() - cpu
    return timing, store, summary.id


def ratios(times: list[float], sizes: list[int]) -> str:
    """Growth from each size to the next, and per doubling of the input (2.0 is linear)."""
    parts = []
    for index in range(1, len(times)):
        grew, took = sizes[index] / sizes[index - 1], times[index] / times[index - 1]
        per_doubling = 2 ** (math.log2(took) / math.log2(grew))
        parts.append(f"x{grew:g} input -> x{took:.2f} time ({per_doubling:.2f} per doubling)")
    return "; ".join(parts)


def bench_formats(sizes: list[int], folder: Path) -> dict[str, tuple[Store, str]]:
    largest: dict[str, tuple[Store, str]] = {}
    for fmt in FORMATS:
        totals = []
        for size in sizes:
            quizset = QuizSet(f"Bench {size}", questions=[question(i) for i in range(size)])
            path = write(quizset, fmt, folder)
            label = f"  {fmt:<5} n={size:>7,} {path.stat().st_size / 2**20:6.1f} MB"
            try:
                timing, store, set_id = timed_import(path, folder)
            except SteppeQuizError as err:
                print(f"{label}  {err}")
                continue
            totals.append((timing.cpu, size))
            largest[fmt] = (store, set_id)
            print(f"{label}  {timing}")
        if len(totals) > 1:
            print(f"        growth: {ratios([t for t, _ in totals], [n for _, n in totals])}\n")
    return largest


def bench_huge_line(folder: Path) -> None:
    print("one GIFT question on a single huge line")
    sentence = "Kazakhstan and China signed a trade agreement in Astana\\: \\{as agreed\\}. "
    times, sizes = [], []
    for megabytes in (4.75, 9.5, 19):
        repeats = int(megabytes * 2**20) // len(sentence)
        path = folder / "huge.gift"
        path.write_text(f"::huge::{sentence * repeats}{{=yes ~no}}\n", encoding="utf-8")
        timing, store, _ = timed_import(path, folder)
        store.close()
        times.append(timing.cpu)
        sizes.append(repeats)
        print(f"  {megabytes:5} MB  {timing}")
    print(f"        growth: {ratios(times, sizes)}\n")


def bench_round_trip(largest: dict[str, tuple[Store, str]], folder: Path) -> None:
    print("the largest set exported, then imported again")
    for fmt, (store, set_id) in largest.items():
        start = time.perf_counter()
        try:
            exported = export_quizset(store.get_quizset(set_id), fmt)
        except SteppeQuizError as err:
            print(f"  {fmt:<5} export refused: {err}")
            continue
        seconds = time.perf_counter() - start
        path = folder / f"again{FORMATS[fmt]}"
        content = exported.content
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        timing, again, again_id = timed_import(path, folder)
        same = again.get_quizset(again_id).questions == store.get_quizset(set_id).questions
        size = path.stat().st_size / 2**20
        print(f"  {fmt:<5} export {seconds:5.2f} s, {size:5.1f} MB")
        print(f"        import again: {timing}; same questions: {same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,20000,40000,100000")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("importing N questions: reading the file, then storing it\n")
        largest = bench_formats(sizes, folder)
        bench_huge_line(folder)
        bench_round_trip(largest, folder)


if __name__ == "__main__":
    main()
