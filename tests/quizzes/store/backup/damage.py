"""Damaged database files for tests, made the ways disks and power cuts make them."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def scribble_over_index(path: Path, index: str = "ix_question_set_id") -> None:
    """Overwrite the start of one index's page: the file still opens, and the tables still
    read, but SQLite's integrity check fails."""
    with closing(sqlite3.connect(path)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * 64)


def overwrite_header(path: Path) -> None:
    """Garbage over the first bytes: SQLite no longer sees a database at all."""
    with path.open("r+b") as file:
        file.write(b"this is no longer a database" * 4)
