"""A real database fault for tests: another connection holding the write lock, and a store that
gives up on it after a moment instead of the app's 15-second busy timeout."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from quizzes.store.repository import Store


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
