"""Real database faults for tests: another connection holding the write lock, a full disk, a
read-only database, damaged bytes, and a database big enough for damage to land in real data.

The full disk and the short lock waits apply to every engine made inside their block (the
command line builds its own), through SQLAlchemy's pool events; the faults are SQLite's own
errors, not imitations.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert
from sqlalchemy.pool import Pool

from quizzes.app.bank import install_builtin_bank
from quizzes.model import parse_quizset
from quizzes.store.repository import Store
from quizzes.store.rules import question_uuid
from quizzes.store.tables import AttemptRow, ResponseRow

# What overwrites a damaged file: a fixed pattern, so every run damages the same way.
DAMAGE = b"\xde\xad\xbe\xef" * 1024


def give_up_on_locks_quickly(store: Store, milliseconds: int = 50) -> None:
    """Make `store`'s connections wait `milliseconds` for a lock before the write fails."""

    def short_busy_timeout(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {milliseconds}")

    event.listen(store.engine, "connect", short_busy_timeout)
    store.engine.dispose()  # connections already open keep the long timeout: drop them


@contextmanager
def database_locked(db_url: str) -> Iterator[sqlite3.Connection]:
    """Another connection holds the database's write lock (BEGIN EXCLUSIVE) inside the block;
    it can still read, so the test sees what was committed."""
    holder = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        yield holder
        holder.execute("ROLLBACK")
    finally:
        holder.close()


@contextmanager
def every_connection(pragma: str) -> Iterator[None]:
    """Run `PRAGMA {pragma}` on every SQLite connection opened inside the block, by any engine."""

    def run_pragma(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA {pragma}")

    event.listen(Pool, "connect", run_pragma)
    try:
        yield
    finally:
        event.remove(Pool, "connect", run_pragma)


@contextmanager
def disk_full(db_url: str) -> Iterator[None]:
    """The disk is full inside the block: the database may not grow by a single page, so any
    write that needs one fails with SQLite's own "database or disk is full"."""
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
    with every_connection(f"max_page_count = {pages}"):
        yield


@contextmanager
def short_lock_waits() -> Iterator[None]:
    """Connections made inside the block wait 50 ms for a lock, not the app's 15 seconds."""
    with every_connection("busy_timeout = 50"):
        yield


def read_only_url(path: Path) -> str:
    """The database at `path`, opened read-only by SQLite itself (`mode=ro`): a write fails as it
    would on a read-only file, even for root, whom file permissions do not stop."""
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def damage(path: Path, fraction: float) -> None:
    """Overwrite 4 KiB at `fraction` of the file's length with a fixed pattern."""
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.seek(int(size * fraction))
        file.write(DAMAGE)


def run_sql(db_url: str, statement: str) -> None:
    """Change the database behind the app's back, as another program would."""
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        raw.execute(statement)


def fixed_id(rng: random.Random) -> str:
    """A UUID drawn from `rng`: the same file, page for page, on every run."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def fill_like_a_classroom(db_url: str, attempts: int = 60, answers_per_attempt: int = 100) -> None:
    """The built-in bank, a set of 200 questions and a student's `attempts` finished attempts,
    so that the file's pages hold sets, questions, attempts, answers and their indexes. The
    student's id and the times stamped on rows differ between runs, nothing else."""
    rng = random.Random(7)
    store = Store.open(db_url)
    try:
        install_builtin_bank(store)
        questions = [
            {"id": f"q{n}", "type": "true_false", "prompt": f"Statement {n}.", "answer": n % 2 == 0}
            for n in range(200)
        ]
        document = {"format": "steppe-quiz/quizset", "version": 1, "title": "Many"}
        set_id = store.add_quizset(
            parse_quizset({**document, "questions": questions}), set_id=fixed_id(rng)
        ).id
        profile_id = store.create_profile("Aigerim").id
        start = datetime(2026, 1, 5, 9, tzinfo=UTC)
        attempt_rows, answer_rows = [], []
        for number in range(attempts):
            attempt_id = fixed_id(rng)
            when = start + timedelta(days=number)
            attempt_rows.append(
                {
                    "id": attempt_id,
                    "profile_id": profile_id,
                    "set_id": set_id,
                    "mode": "practice",
                    "config": {"question_ids": []},
                    "started_at": when,
                    "finished_at": when,
                    "score": rng.random(),
                    "elapsed_seconds": 300.0,
                }
            )
            for position in range(answers_per_attempt):
                correct = rng.random() < 0.7
                answer_rows.append(
                    {
                        "id": fixed_id(rng),
                        "attempt_id": attempt_id,
                        "question_id": question_uuid(set_id, f"q{rng.randrange(200)}"),
                        "answer": correct,
                        "correct": correct,
                        "score": 1.0 if correct else 0.0,
                        "seconds": 7.0,
                        "answered_at": when,
                        "position": position,
                    }
                )
        with store.engine.begin() as connection:
            connection.execute(insert(AttemptRow), attempt_rows)
            connection.execute(insert(ResponseRow), answer_rows)
    finally:
        store.close()
