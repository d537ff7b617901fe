"""Putting a backup back in place of the database, and which teacher PIN guards that.

Restoring never deletes anything: the database in use (with its `-wal`, `-shm` and `-journal`
files, which belong to it and must not be replayed onto the restored copy) is renamed to
`<name>.damaged-<UTC time>.db` beside it. The backup is checked and copied beside the database
first, so a failure before the last rename changes nothing; if that rename fails, the files put
aside are moved back.

Restoring must work when the database cannot be opened at all, so nothing here opens it through
the `Store` (which would migrate it). The PIN is the one stored in the database in use when it
can be read; when it cannot (damaged, or missing), the one in the newest readable backup.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.pool import NullPool

from quizzes.classroom.teacher_lock import PIN_KEY, TeacherLock
from quizzes.errors import DatabaseError
from quizzes.store.backup import BackupError
from quizzes.store.backup.folder import (
    Backup,
    BackupPlace,
    backup_place,
    list_backups,
    sync_folder,
)
from quizzes.store.backup.sqlite_file import integrity_problem, read_only_engine
from quizzes.store.settings import AppSettings

# Files SQLite keeps beside a database while it is open or after a crash.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
_TIME_FORMAT = "%Y-%m-%dT%H%M%SZ"


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did, for the user."""

    restored: Backup
    database: Path
    kept_aside: list[Path]
    passed_over: list[tuple[Backup, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        said = [
            f"Passed over the backup {backup.name}: it failed SQLite's integrity check ({why})."
            for backup, why in self.passed_over
        ]
        if self.kept_aside:
            names = ", ".join(path.name for path in self.kept_aside)
            said.append(f"Kept the database that was in use beside it: {names}.")
        else:
            said.append(f"There was no database file at {self.database}.")
        said.append(
            f"Restored the backup {self.restored.name} "
            f"(taken {self.restored.taken_at.astimezone():%Y-%m-%d %H:%M}) to {self.database}."
        )
        return said


def choose_backup(backups: list[Backup], which: str, place: BackupPlace) -> Backup:
    """The backup `which` names: its number in the list (1 is the newest) or its file name."""
    wanted = which.strip()
    if wanted.isdigit():
        number = int(wanted)
        if 1 <= number <= len(backups):
            return backups[number - 1]
        raise BackupError(
            f"no backup numbered {wanted}: there are {len(backups)} (see `backups list`)"
        )
    for backup in backups:
        if wanted in (backup.name, backup.path.stem):
            return backup
    raise BackupError(f"no backup named {wanted!r} in {place.folder} (see `backups list`)")


def restore_backup(db_url: str, which: str | None, now: datetime) -> RestoreReport:
    """Put the backup `which` (default: the newest that passes the integrity check) in place
    of the database at `db_url`, keeping the database in use aside. Check the PIN first
    (`restore_lock`); close every connection to the database before calling this."""
    place = backup_place(db_url)
    backups = list_backups(place)
    if not backups:
        raise BackupError(
            f"there are no backups of {place.database} in {place.folder} yet: one is taken "
            "after each finished quiz and at least once a day"
        )
    passed_over: list[tuple[Backup, str]] = []
    if which is None:
        chosen = _newest_good(backups, passed_over, place)
    else:
        chosen = choose_backup(backups, which, place)
        problem = integrity_problem(chosen.path)
        if problem is not None:
            raise BackupError(
                f"the backup {chosen.name} failed SQLite's integrity check ({problem}); "
                "choose another backup"
            )
    copy = _copy_beside(chosen, place.database)
    try:
        kept_aside = _move_aside(place.database, now)
        try:
            copy.replace(place.database)
        except OSError:
            _move_back(kept_aside)
            raise
    except OSError as err:
        raise BackupError(
            f"cannot put the backup in place of {place.database}: {err.strerror}; "
            "the database was not changed"
        ) from None
    finally:
        copy.unlink(missing_ok=True)
    sync_folder(place.database.parent)
    return RestoreReport(chosen, place.database, [aside for _, aside in kept_aside], passed_over)


def restore_lock(db_url: str) -> TeacherLock:
    """The teacher PIN that guards restoring: the database's own when it can be read, else
    the newest readable backup's (wrong tries then are counted only in this process)."""
    place = backup_place(db_url)
    if place.database.is_file():
        # No pool: no connection stays open on a file that is about to be renamed.
        settings = AppSettings(create_engine(db_url, poolclass=NullPool))
        try:
            settings.get_setting(PIN_KEY)
        except (SQLAlchemyDatabaseError, DatabaseError):  # the raw error, or the store's sentence
            pass
        else:
            return TeacherLock(settings)
    return TeacherLock(_pin_of_newest_backup(list_backups(place)))


class _SettingsInMemory:
    """A PIN record read from a backup, which is never written: tries are counted here."""

    def __init__(self, values: dict[str, str]) -> None:
        self._values = values
        self._counters: dict[str, tuple[int, float]] = {}

    def get_setting(self, key: str) -> str | None:
        return self._values.get(key)

    def set_setting(self, key: str, value: str) -> None:
        self._values[key] = value

    def delete_setting(self, key: str) -> None:
        self._values.pop(key, None)

    def count_up(self, key: str, at: float) -> int:
        count = self._counters.get(key, (0, at))[0] + 1
        self._counters[key] = (count, at)
        return count

    def read_counter(self, key: str) -> tuple[object, object] | None:
        return self._counters.get(key)

    def reset_counter(self, key: str) -> None:
        self._counters.pop(key, None)


def _pin_of_newest_backup(backups: list[Backup]) -> _SettingsInMemory:
    for backup in backups:
        engine = read_only_engine(backup.path)
        try:
            record = AppSettings(engine).get_setting(PIN_KEY)
        except (SQLAlchemyDatabaseError, DatabaseError):  # the raw error, or the store's sentence
            continue
        finally:
            engine.dispose()
        return _SettingsInMemory({} if record is None else {PIN_KEY: record})
    return _SettingsInMemory({})


def _newest_good(
    backups: list[Backup], passed_over: list[tuple[Backup, str]], place: BackupPlace
) -> Backup:
    for backup in backups:
        problem = integrity_problem(backup.path)
        if problem is None:
            return backup
        passed_over.append((backup, problem))
    raise BackupError(
        f"none of the {len(backups)} backups in {place.folder} passes SQLite's integrity check"
    )


def _copy_beside(backup: Backup, database: Path) -> Path:
    """A flushed copy of `backup` in the database's folder, ready to be renamed into place."""
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(
            prefix=f".{database.stem}-restoring-", suffix=".partial", dir=database.parent
        )
        with os.fdopen(handle, "wb") as target, backup.path.open("rb") as source:
            shutil.copyfileobj(source, target)
            target.flush()
            os.fsync(target.fileno())
    except OSError as err:
        raise BackupError(
            f"cannot copy the backup {backup.name} beside {database}: {err.strerror}; "
            "the database was not changed"
        ) from None
    return Path(name)


def _move_aside(database: Path, now: datetime) -> list[tuple[Path, Path]]:
    """Rename the database and its companion files to an unused `.damaged-<time>` name;
    returns (original, new) pairs of the files that existed."""
    stamp = now.astimezone(UTC).strftime(_TIME_FORMAT)
    base = database.with_name(f"{database.stem}.damaged-{stamp}{database.suffix}")
    suffix = 1
    while any(_with_suffix(base, end).exists() for end in ("", *COMPANION_SUFFIXES)):
        suffix += 1
        base = database.with_name(f"{database.stem}.damaged-{stamp}-{suffix}{database.suffix}")
    moved: list[tuple[Path, Path]] = []
    try:
        for end in ("", *COMPANION_SUFFIXES):
            original = _with_suffix(database, end)
            if original.exists():
                aside = _with_suffix(base, end)
                original.replace(aside)
                moved.append((original, aside))
    except OSError:
        _move_back(moved)
        raise
    return moved


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    for original, aside in reversed(moved):
        aside.replace(original)


def _with_suffix(path: Path, end: str) -> Path:
    return path.with_name(path.name + end)
