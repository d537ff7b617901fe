"""Building the database engine: the only place with SQLite-specific settings and checks."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from quizzes.errors import DatabaseError
from quizzes.store import faults

# A school server that accepts the connection and then says nothing is given up on after this
# long (a URL's own `connect_timeout` wins); without it the app would wait for ever.
SERVER_CONNECT_TIMEOUT_SECONDS = 10


class _SecondErrorOfAFailedBatch(logging.Filter):
    """psycopg logs a second error while it unwinds an insert batch that already failed (a
    unique clash the results import retries); the first error is raised and handled, so the
    line on stderr would be noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("error ignored terminating")


logging.getLogger("psycopg").addFilter(_SecondErrorOfAFailedBatch())


def make_engine(url: str) -> Engine:
    """An engine for `url`; for SQLite: WAL journal, foreign keys on, full sync, folder created."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            f"not a database URL: {url!r} (try sqlite:///path/to/file.db)"
        ) from None
    try:
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            timeout = {"connect_timeout": SERVER_CONNECT_TIMEOUT_SECONDS}
            return create_engine(parsed, pool_pre_ping=True, connect_args=timeout)
        if parsed.get_backend_name() != "sqlite":
            return create_engine(parsed, pool_pre_ping=True)
    except ModuleNotFoundError as err:  # the dialect is known, its driver is not installed
        raise faults.driver_missing(parsed, err) from None
    except NoSuchModuleError:
        raise faults.unknown_kind(parsed) from None
    path = faults.sqlite_file(parsed)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise faults.folder_not_created(path.parent, err) from None
    engine = create_engine(parsed, connect_args={"timeout": 15})
    event.listen(engine, "connect", _configure_sqlite_connection)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # FULL sync: an answer committed before a power cut is still there afterwards (WAL + NORMAL
    # could lose the last transactions). A commit still takes well under a millisecond.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def quick_check_problems(engine: Engine) -> list[str]:
    """SQLite only: what `PRAGMA quick_check` finds wrong in an existing database file (empty
    when it is sound). It reads every page once without comparing indexes with their tables:
    about 30 ms for a 20 MB file, so it runs at every opening. Other databases, in-memory
    ones and files not written yet are not checked."""
    path = faults.sqlite_file(engine.url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return []
    try:
        with engine.connect() as connection:
            found = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
    except DBAPIError as error:
        # A page so damaged that the check itself stops: that is what the check found.
        code = getattr(error.orig, "sqlite_errorname", "") or ""
        if not code.startswith("SQLITE_CORRUPT"):
            raise
        return [str(error.orig)]
    return [] if found == ["ok"] else [str(line) for line in found]
