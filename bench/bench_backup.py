"""Backups of a big database: 1,000 attempts and 100,000 answers (bench_progress's history).

Prints the database's size, the time to take a backup (online copy, integrity check, rename,
thinning), to list the backups with their contents and to restore one, and how long a student's
answer takes to commit while a backup runs. Figures to watch, never a test.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_progress import fill  # noqa: E402

from quizzes.store.backup.folder import backup_place, list_backups, take_backup  # noqa: E402
from quizzes.store.backup.restore import restore_backup  # noqa: E402
from quizzes.store.backup.sqlite_file import copy_database, integrity_problem  # noqa: E402
from quizzes.store.repository import Store  # noqa: E402

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def timed(label: str, work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    seconds = time.perf_counter() - began
    print(f"{label:44s} {seconds * 1000:8.1f} ms")
    return seconds


def commits_during_backup(store: Store, url: str) -> list[float]:
    """Seconds each one-row commit took while a backup of the database was being taken."""
    running = threading.Event()
    finished = threading.Event()

    def back_up() -> None:
        running.set()
        take_backup(url, NOW + timedelta(hours=1))
        finished.set()

    worker = threading.Thread(target=back_up)
    worker.start()
    running.wait()
    times: list[float] = []
    profile = store.list_profiles()[0].id
    while not finished.is_set():
        began = time.perf_counter()
        store.history.update_preferences(profile, font_size=float(len(times) % 7 + 10))
        times.append(time.perf_counter() - began)
    worker.join()
    return times


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        store = Store.open(url)
        fill(store)
        database = Path(folder) / "bench.db"
        wal = Path(f"{database}-wal")
        size, wal_size = database.stat().st_size / 2**20, wal.stat().st_size / 2**20
        print(f"database {size:.1f} MiB (+ WAL {wal_size:.1f} MiB)")
        timed("take a backup (copy, check, rename, thin)", lambda: take_backup(url, NOW))
        copy = Path(folder) / "copy.db"
        copy.touch()
        timed("  of which the online copy", lambda: copy_database(database, copy))
        timed("  of which the integrity check", lambda: integrity_problem(copy))
        commits = commits_during_backup(store, url)
        print(
            f"{'  a commit while a backup runs (slowest)':44s} {max(commits) * 1000:8.1f} ms "
            f"({len(commits)} commits)"
        )
        place = backup_place(url)
        timed(
            "list backups with their contents", lambda: [b.contents() for b in list_backups(place)]
        )
        store.close()
        timed("restore the newest (check, copy, rename)", lambda: restore_backup(url, None, NOW))
    return 0


if __name__ == "__main__":
    sys.exit(main())
