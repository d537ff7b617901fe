"""Restoring a backup: the database in use is kept aside (never deleted), the chosen copy put in
its place, even when the database cannot be opened; the teacher PIN guards it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzes.classroom.teacher_lock import TeacherLock, WrongPinError
from quizzes.store.backup import BackupError
from quizzes.store.backup.folder import take_backup
from quizzes.store.backup.restore import restore_backup, restore_lock
from quizzes.store.repository import Store
from tests.quizzes.store.backup.damage import overwrite_header, scribble_over_index
from tests.quizzes.store.backup.test_backups import add_set, db_path


def titles(db_url: str) -> list[str]:
    store = Store.open(db_url)
    try:
        return [s.title for s in store.list_sets()]
    finally:
        store.close()


@pytest.fixture
def two_backups(store, db_url, clock) -> Store:
    """Backups holding ["Old"] (09:00) and ["New", "Old"] (10:00); the store then holds a third
    set, "Newest", not backed up. Returns the open store."""
    add_set(store, "Old")
    take_backup(db_url, clock.now())
    clock.seconds += 3600
    add_set(store, "New")
    take_backup(db_url, clock.now())
    clock.seconds += 3600
    add_set(store, "Newest")
    return store


def test_restoring_keeps_the_database_in_use_aside_with_its_wal(two_backups, db_url, clock):
    database = db_path(db_url)
    wal = Path(f"{database}-wal")
    assert wal.stat().st_size > 0  # the store is still open: "Newest" lives in the WAL
    before = database.read_bytes(), wal.read_bytes()
    report = restore_backup(db_url, None, clock.now())
    aside = database.with_name("test.damaged-2026-03-02T110000Z.db")
    aside_wal = Path(f"{aside}-wal")
    assert report.kept_aside == [aside, aside_wal, Path(f"{aside}-shm")]
    assert (aside.read_bytes(), aside_wal.read_bytes()) == before
    assert not wal.exists()
    assert report.restored.name == "test-2026-03-02T100000Z.db"
    two_backups.close()
    assert titles(db_url) == ["New", "Old"]
    assert titles(f"sqlite:///{aside}") == ["New", "Newest", "Old"]  # nothing was lost
    taken = report.restored.taken_at.astimezone()
    assert report.lines() == [
        f"Kept the database that was in use beside it: {aside.name}, {aside.name}-wal, "
        f"{aside.name}-shm.",
        f"Restored the backup test-2026-03-02T100000Z.db (taken {taken:%Y-%m-%d %H:%M}) "
        f"to {database}.",
    ]


def test_a_backup_is_chosen_by_its_number_or_its_name(two_backups, db_url, clock):
    two_backups.close()
    restore_backup(db_url, "2", clock.now())
    assert titles(db_url) == ["Old"]
    clock.seconds += 1
    restore_backup(db_url, "test-2026-03-02T100000Z", clock.now())
    assert titles(db_url) == ["New", "Old"]
    clock.seconds += 1
    restore_backup(db_url, "test-2026-03-02T090000Z.db", clock.now())
    assert titles(db_url) == ["Old"]
    kept = sorted(p.name for p in db_path(db_url).parent.glob("test.damaged-*.db"))
    assert kept == [
        "test.damaged-2026-03-02T110000Z.db",
        "test.damaged-2026-03-02T110001Z.db",
        "test.damaged-2026-03-02T110002Z.db",
    ]


def test_two_restores_in_one_second_keep_both_databases(two_backups, db_url, clock):
    two_backups.close()
    restore_backup(db_url, "2", clock.now())
    restore_backup(db_url, "1", clock.now())
    folder = db_path(db_url).parent
    assert titles(f"sqlite:///{folder / 'test.damaged-2026-03-02T110000Z.db'}") == [
        "New",
        "Newest",
        "Old",
    ]
    assert titles(f"sqlite:///{folder / 'test.damaged-2026-03-02T110000Z-2.db'}") == ["Old"]


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("3", "no backup numbered 3: there are 2 (see `backups list`)"),
        ("0", "no backup numbered 0: there are 2 (see `backups list`)"),
        ("yesterday", "no backup named 'yesterday' in {folder} (see `backups list`)"),
    ],
)
def test_an_unknown_backup_is_refused_and_nothing_changes(
    two_backups, db_url, clock, which, message
):
    two_backups.close()
    before = db_path(db_url).read_bytes()
    with pytest.raises(BackupError) as caught:
        restore_backup(db_url, which, clock.now())
    folder = db_path(db_url).parent / "backups"
    assert str(caught.value) == message.format(folder=folder)
    assert db_path(db_url).read_bytes() == before
    assert sorted(p.name for p in db_path(db_url).parent.iterdir()) == ["backups", "test.db"]


def test_without_backups_there_is_nothing_to_restore(store, db_url, clock):
    with pytest.raises(BackupError, match=r"^there are no backups of .*test\.db in .*backups yet"):
        restore_backup(db_url, None, clock.now())


def test_the_newest_good_backup_is_the_default(two_backups, db_url, clock):
    two_backups.close()
    newest = db_path(db_url).parent / "backups" / "test-2026-03-02T100000Z.db"
    scribble_over_index(newest)
    report = restore_backup(db_url, None, clock.now())
    assert report.restored.name == "test-2026-03-02T090000Z.db"
    assert report.lines()[0] == (
        "Passed over the backup test-2026-03-02T100000Z.db: it failed SQLite's integrity check "
        "(database disk image is malformed)."
    )
    assert titles(db_url) == ["Old"]
    with pytest.raises(BackupError) as caught:
        restore_backup(db_url, "1", clock.now())
    assert str(caught.value) == (
        "the backup test-2026-03-02T100000Z.db failed SQLite's integrity check (database disk "
        "image is malformed); choose another backup"
    )


def test_a_database_that_cannot_be_opened_is_restored(two_backups, db_url, clock):
    two_backups.close()
    overwrite_header(db_path(db_url))
    damaged = db_path(db_url).read_bytes()
    report = restore_backup(db_url, None, clock.now())
    assert report.kept_aside[0].read_bytes() == damaged
    assert titles(db_url) == ["New", "Old"]


def test_a_missing_database_is_restored_and_said_so(two_backups, db_url, clock):
    two_backups.close()
    db_path(db_url).unlink()
    report = restore_backup(db_url, None, clock.now())
    assert report.kept_aside == []
    assert report.lines()[0] == f"There was no database file at {db_path(db_url)}."
    assert titles(db_url) == ["New", "Old"]


# ---------------------------------------------------------------- which PIN guards restoring


def test_the_pin_of_the_database_in_use_guards_restoring(two_backups, db_url):
    TeacherLock(two_backups.settings).set_pin("5173")  # set after both backups
    lock = restore_lock(db_url)
    assert lock.is_set()
    with pytest.raises(WrongPinError):
        lock.verify("0000")
    assert TeacherLock(two_backups.settings).failures() == 1  # counted in the database
    lock.verify("5173")


def test_a_damaged_database_is_guarded_by_the_newest_backups_pin(store, db_url, clock):
    TeacherLock(store.settings).set_pin("5173")
    take_backup(db_url, clock.now())
    store.close()
    overwrite_header(db_path(db_url))
    lock = restore_lock(db_url)
    assert lock.is_set()
    with pytest.raises(WrongPinError, match="2 more tries"):
        lock.verify("0000")
    with pytest.raises(WrongPinError, match="1 more tries"):
        lock.verify("0000")
    lock.verify("5173")


def test_a_missing_database_is_guarded_by_the_newest_readable_backups_pin(store, db_url, clock):
    TeacherLock(store.settings).set_pin("5173")
    take_backup(db_url, clock.now())
    clock.seconds += 60
    unreadable = take_backup(db_url, clock.now())
    store.close()
    overwrite_header(unreadable.path)
    before = unreadable.path.read_bytes()
    db_path(db_url).unlink()
    assert restore_lock(db_url).is_set()
    assert not db_path(db_url).exists()  # reading the PIN created no database
    assert unreadable.path.read_bytes() == before


def test_no_pin_anywhere_lets_anyone_restore(two_backups, db_url):
    assert not restore_lock(db_url).is_set()
