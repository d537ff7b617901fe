"""The SQLite-only part of backups, kept here and nowhere else: SQLite's online backup API
(`sqlite3.Connection.backup`), its `PRAGMA integrity_check`, and opening a copy read-only.

A server database (PostgreSQL) has its own backup tools; `folder.backup_place` refuses it
before anything here is called.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool

from quizzes.store.backup import BackupError

_HEADER = b"SQLite format 3\x00"
_BUSY_TIMEOUT_SECONDS = 15  # as the app's own connections wait for a lock


def copy_database(source: Path, target: Path) -> None:
    """Copy the database `source` (what its WAL holds included) into the file `target`.

    The whole copy is one step of the online backup API, so it is the database as of one
    moment even while other connections write. The copy is one self-contained file: its
    journal mode is switched from WAL back to the default (no `-wal` file beside it).
    """
    try:
        with (
            closing(_connect(source, "rw")) as original,
            closing(_connect(target, "rw")) as copy,
        ):
            original.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as err:
        raise BackupError(f"cannot copy the database {source}: {err}") from None


def integrity_problem(path: Path) -> str | None:
    """None when `path` is an SQLite database that passes `PRAGMA integrity_check`, else
    what is wrong with it (SQLite's first complaint)."""
    try:
        with path.open("rb") as file:
            header = file.read(len(_HEADER))
    except OSError as err:
        return f"cannot read it: {err.strerror}"
    if header != _HEADER:
        return "it is not an SQLite database"
    try:
        with closing(_connect(path, "ro")) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as err:
        return str(err)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first


def read_only_engine(path: Path) -> Engine:
    """An engine that reads the database file `path` and can never change or create it."""
    return create_engine("sqlite://", creator=lambda: _connect(path, "ro"), poolclass=NullPool)


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    # A URI so that `mode` holds: "rw" never creates a missing file, "ro" never writes.
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    return sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_SECONDS)
