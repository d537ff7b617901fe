"""Class results figures: merging a class's results files, the class view, question statistics
and one teacher-PIN check, on a temporary SQLite database. Prints the figures.

Usage: python bench/bench_class_results.py [--students N] [--attempts N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizzes.app.bank import open_database
from quizzes.classroom.results_file import (
    ResultsAttempt,
    ResultsFile,
    ResultsProfile,
    ResultsResponse,
    ResultsSet,
    dumps_results,
    loads_results,
)
from quizzes.store.repository import question_uuid

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
T = TypeVar("T")


def class_file(
    set_id: str, title: str, questions: list[str], students: int, attempts: int
) -> ResultsFile:
    rng = random.Random(7)
    profiles = [ResultsProfile(str(uuid.uuid4()), f"Student {i:02d}") for i in range(students)]
    rows = []
    for who in profiles:
        ability = rng.random()
        for k in range(attempts):
            started = T0 + timedelta(hours=k)
            responses = [
                ResultsResponse(
                    str(uuid.uuid4()),
                    question_uuid(set_id, q),
                    q,
                    None,
                    (ok := rng.random() < ability),
                    1.0 if ok else 0.0,
                    6.0,
                    started + timedelta(seconds=10 * i),
                    i,
                )
                for i, q in enumerate(questions)
            ]
            score = sum(r.score for r in responses) / len(responses)
            rows.append(
                ResultsAttempt(
                    str(uuid.uuid4()),
                    who,
                    set_id,
                    "exam",
                    {},
                    started,
                    started + timedelta(minutes=9),
                    score,
                    responses,
                    540.0,
                )
            )
    return ResultsFile(T0, "bench", profiles, [ResultsSet(set_id, title, None)], rows)


def timed(label: str, action: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = action()
    print(f"{label:<40} {1000 * (time.perf_counter() - start):8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--attempts", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(f"sqlite:///{folder}/bench.db")
        try:
            summary = store.list_sets()[0]
            questions = [q.id for q in store.get_quizset(summary.id).questions]
            results = class_file(summary.id, summary.title, questions, args.students, args.attempts)
            text = dumps_results(results)
            answers = sum(len(a.responses) for a in results.attempts)
            print(
                f"{len(results.attempts)} attempts, {answers} answers, "
                f"file {len(text) / 1e6:.1f} MB"
            )
            parsed = timed("parse and validate the file", lambda: loads_results(text, "bench"))
            timed(
                "import (one transaction)", lambda: store.class_results.import_results(parsed, "b")
            )
            timed(
                "import again (all already present)",
                lambda: store.class_results.import_results(parsed, "b"),
            )
            timed("class view", lambda: store.class_results.class_rows())
            timed(
                "question statistics", lambda: store.class_results.question_statistics(summary.id)
            )
            lock = store.teacher_lock()
            lock.set_pin("2468")
            timed("teacher PIN check (scrypt)", lambda: lock.verify("2468"))
        finally:
            store.close()


if __name__ == "__main__":
    main()
