"""Taking and listing backups: the `backups/` folder beside the database file.

A backup is `backups/<database name>-<UTC time>.db`, e.g. `steppe-quiz-2026-03-02T090000Z.db`,
so names sort by time. It is written under a temporary `.partial` name, checked with SQLite's
integrity check, flushed to disk and only then renamed: a power cut mid-backup leaves at most a
`.partial` file, which is never listed or restored. After each backup the folder is thinned
(`retention.backups_to_keep`).
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from quizzes.store.backup import BackupError, BackupsUnavailableError
from quizzes.store.backup.retention import backups_to_keep
from quizzes.store.backup.sqlite_file import copy_database, integrity_problem, read_only_engine
from quizzes.store.tables import AttemptRow, QuestionSetRow

FOLDER_NAME = "backups"
DAILY = timedelta(days=1)
_TIME_FORMAT = "%Y-%m-%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupPlace:
    """A database file and the folder its backups go to."""

    database: Path
    folder: Path

    def backup_path(self, taken_at: datetime) -> Path:
        stamp = taken_at.astimezone(UTC).strftime(_TIME_FORMAT)
        return self.folder / f"{self.database.stem}-{stamp}.db"

    def taken_at(self, name: str) -> datetime | None:
        """When the backup named `name` was taken; None if the name is not a backup's."""
        found = re.fullmatch(re.escape(self.database.stem) + r"-(\d{4}-\d\d-\d\dT\d{6}Z)\.db", name)
        if found is None:
            return None
        try:
            return datetime.strptime(found[1], _TIME_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            return None


@dataclass(frozen=True)
class BackupContents:
    sets: int
    attempts: int

    def summary(self) -> str:
        return f"{_count(self.sets, 'set')}, {_count(self.attempts, 'attempt')}"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def size_text(self) -> str:
        if self.size >= 2**20:
            return f"{self.size / 2**20:.1f} MB"
        return f"{max(1, round(self.size / 2**10))} KB"

    def contents(self) -> BackupContents | None:
        """How many sets and attempts the backup holds; None if it cannot be read."""
        engine = read_only_engine(self.path)
        try:
            with engine.connect() as connection:
                sets = connection.execute(select(func.count()).select_from(QuestionSetRow))
                attempts = connection.execute(select(func.count()).select_from(AttemptRow))
                return BackupContents(int(sets.scalar_one()), int(attempts.scalar_one()))
        except SQLAlchemyDatabaseError:
            return None
        finally:
            engine.dispose()


def backup_place(db_url: str) -> BackupPlace:
    """Where the backups of the database at `db_url` live; only an SQLite file has them."""
    try:
        url = make_url(db_url)
    except ArgumentError:
        raise BackupError(f"not a database URL: {db_url!r}") from None
    backend = url.get_backend_name()
    if backend != "sqlite":
        raise BackupsUnavailableError(
            f"backups are not available for a server database ({backend}): "
            "use the server's own backup tools"
        )
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        raise BackupsUnavailableError(
            "backups need a database file given by its path (sqlite:///path/to/file.db)"
        )
    path = Path(database).absolute()
    return BackupPlace(path, path.parent / FOLDER_NAME)


def backups_available(db_url: str) -> bool:
    try:
        backup_place(db_url)
    except BackupError:
        return False
    return True


def list_backups(place: BackupPlace) -> list[Backup]:
    """The backups in the folder, newest first (an empty list when there is no folder)."""
    try:
        entries = list(os.scandir(place.folder))
    except FileNotFoundError:
        return []
    except OSError as err:
        raise BackupError(
            f"cannot read the backups folder {place.folder}: {err.strerror}"
        ) from None
    found = []
    for entry in entries:
        taken_at = place.taken_at(entry.name)
        if taken_at is not None and entry.is_file():
            found.append(Backup(Path(entry.path), taken_at, entry.stat().st_size))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def take_backup(db_url: str, now: datetime) -> Backup:
    """Copy the database into its backups folder as of `now`, checked, then thin the folder.

    A copy that fails the integrity check is thrown away, and then no older backup is removed.
    """
    place = backup_place(db_url)
    if not place.database.is_file():
        raise BackupError(f"there is no database file to back up at {place.database}")
    target = place.backup_path(now)
    try:
        place.folder.mkdir(parents=True, exist_ok=True)
        handle, partial_name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=".partial", dir=place.folder
        )
        os.close(handle)
    except OSError as err:
        raise BackupError(
            f"cannot write in the backups folder {place.folder}: {err.strerror}"
        ) from None
    partial = Path(partial_name)
    try:
        copy_database(place.database, partial)
        problem = integrity_problem(partial)
        if problem is not None:
            raise BackupError(
                f"the database {place.database} failed SQLite's integrity check ({problem}): "
                "no backup was made and the older ones are kept"
            )
        _flush(partial)
        partial.replace(target)
        sync_folder(place.folder)
    except OSError as err:
        raise BackupError(f"cannot write the backup {target}: {err.strerror}") from None
    finally:
        partial.unlink(missing_ok=True)
    thin_out(place, now)
    return Backup(target, now, target.stat().st_size)


def backup_if_due(db_url: str, now: datetime, max_age: timedelta = DAILY) -> Backup | None:
    """Take a backup if the newest is `max_age` old or more (or dated after `now`)."""
    backups = list_backups(backup_place(db_url))
    if backups and timedelta(0) <= now - backups[0].taken_at < max_age:
        return None
    return take_backup(db_url, now)


def thin_out(place: BackupPlace, now: datetime) -> None:
    """Delete the backups the retention rule does not keep."""
    backups = list_backups(place)
    keep = backups_to_keep([backup.taken_at for backup in backups], now)
    try:
        for backup in backups:
            if backup.taken_at not in keep:
                backup.path.unlink(missing_ok=True)
    except OSError as err:
        raise BackupError(
            f"cannot remove an old backup in {place.folder}: {err.strerror}"
        ) from None


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _flush(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
