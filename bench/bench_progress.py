"""The progress screen's statistics over a big history: 1,000 attempts and 100,000 responses.

Prints the time of each query the progress screen and Home run, the best of several runs, and
the peak memory of this process. A figure to watch, never a test.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from quizzes.model import parse_quizset  # noqa: E402
from quizzes.store.repository import Store, question_uuid  # noqa: E402
from quizzes.store.tables import AttemptRow, ResponseRow  # noqa: E402

ATTEMPTS = 1_000
RESPONSES_PER_ATTEMPT = 100
TOPICS = [f"Topic {n}" for n in range(12)]


def big_set() -> dict:
    questions = [
        {
            "id": f"q{n}",
            "type": "true_false",
            "prompt": f"Statement number {n} is true.",
            "answer": n % 2 == 0,
            "topic": TOPICS[n % len(TOPICS)],
        }
        for n in range(400)
    ]
    return {"format": "steppe-quiz/quizset", "version": 1, "title": "Big", "questions": questions}


def fill(store: Store, count: int = ATTEMPTS) -> str:
    rng = random.Random(1)
    set_id = store.add_quizset(parse_quizset(big_set())).id
    profile_id = store.create_profile("Benchmark").id
    start = datetime(2020, 1, 1, tzinfo=UTC)
    attempts, responses = [], []
    for a in range(count):
        attempt_id = str(uuid.uuid4())
        when = start + timedelta(days=a)
        attempts.append(
            {
                "id": attempt_id,
                "profile_id": profile_id,
                "set_id": set_id,
                "mode": "practice",
                "config": {"question_ids": []},
                "started_at": when,
                "finished_at": when,
                "score": rng.random(),
                "elapsed_seconds": 600.0,
            }
        )
        for r in range(RESPONSES_PER_ATTEMPT):
            correct = rng.random() < 0.7
            responses.append(
                {
                    "id": str(uuid.uuid4()),
                    "attempt_id": attempt_id,
                    "question_id": question_uuid(set_id, f"q{rng.randrange(400)}"),
                    "answer": True,
                    "correct": correct,
                    "score": 1.0 if correct else 0.0,
                    "seconds": 9.0,
                    "answered_at": when,
                    "position": r,
                }
            )
    with store.engine.begin() as connection:
        connection.execute(insert(AttemptRow), attempts)
        connection.execute(insert(ResponseRow), responses)
    return profile_id


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{folder}/bench.db")
        began = time.perf_counter()
        profile_id = fill(store)
        print(
            f"filled {ATTEMPTS} attempts / {ATTEMPTS * RESPONSES_PER_ATTEMPT} responses "
            f"in {time.perf_counter() - began:.1f} s"
        )
        history = store.history
        now = datetime.now(UTC)
        figures = {
            "progress screen (all statistics)": lambda: history.progress(profile_id),
            "  finished attempts": lambda: history.finished_attempts(profile_id),
            "  topic mastery": lambda: history.topic_mastery(profile_id),
            "  most missed": lambda: history.most_missed(profile_id),
            "home: best/last per set": lambda: history.set_scores(profile_id),
            "home: due counts": lambda: history.due_counts(profile_id, now),
            "home: unfinished attempt": lambda: history.unfinished_attempt(profile_id),
        }
        for name, work in figures.items():
            print(f"{name:36s} {best_of(5, work) * 1000:7.1f} ms")
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
