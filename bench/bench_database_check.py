"""What checking the database file at every opening costs: SQLite's quick check against its full
integrity check, on a 20 MB database (480 attempts, 48,000 answers), and opening with the check.

Prints the best of five runs, the file in the page cache (as at any start-up but the first after
the computer starts). A figure to watch, never a test.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_progress import best_of, fill  # noqa: E402

from quizzes.store.repository import Store  # noqa: E402

ATTEMPTS = 480


def pragma(path: Path, name: str) -> Callable[[], object]:
    def run() -> object:
        with sqlite3.connect(path) as connection:
            return connection.execute(f"PRAGMA {name}").fetchall()

    return run


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        store = Store.open(f"sqlite:///{path}")
        fill(store, ATTEMPTS)
        store.close()
        print(f"database: {path.stat().st_size / 2**20:.1f} MiB, {ATTEMPTS} attempts")
        figures = {
            "PRAGMA quick_check (every opening)": pragma(path, "quick_check"),
            "PRAGMA integrity_check": pragma(path, "integrity_check"),
            "Store.open (check + schema)": lambda: Store.open(f"sqlite:///{path}").close(),
        }
        for name, work in figures.items():
            print(f"{name:36s} {best_of(5, work) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
