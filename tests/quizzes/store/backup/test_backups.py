"""Taking and listing backups on real SQLite files: consistent copies, checked before they
count, named by their UTC time, thinned after each one."""

from __future__ import annotations

import re
import sqlite3
import threading
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from quizzes.model import parse_quizset
from quizzes.store.backup import BackupError, BackupsUnavailableError
from quizzes.store.backup.folder import (
    backup_if_due,
    backup_place,
    backups_available,
    list_backups,
    take_backup,
)
from quizzes.store.repository import Store
from tests.conftest import quizset_document
from tests.quizzes.store.backup.damage import overwrite_header, scribble_over_index


def db_path(db_url: str) -> Path:
    return Path(db_url.removeprefix("sqlite:///"))


def titles_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM question_set ORDER BY 1")]


def counts_in(path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        sets = connection.execute("SELECT count(*) FROM question_set").fetchone()[0]
        questions = connection.execute("SELECT count(*) FROM question").fetchone()[0]
    return sets, questions


def add_set(store: Store, title: str) -> None:
    store.add_quizset(parse_quizset(quizset_document(title)))


def test_a_backup_is_a_checked_single_file_named_by_its_utc_time(store, db_url, clock):
    add_set(store, "SCO basics")
    backup = take_backup(db_url, clock.now())
    folder = db_path(db_url).parent / "backups"
    assert backup.path == folder / "test-2026-03-02T090000Z.db"
    assert sorted(p.name for p in folder.iterdir()) == ["test-2026-03-02T090000Z.db"]
    assert titles_in(backup.path) == ["SCO basics"]
    with closing(sqlite3.connect(backup.path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert backup.size == backup.path.stat().st_size


def test_answers_committed_but_still_in_the_wal_are_in_the_backup(store, db_url, clock):
    add_set(store, "Only in the WAL")
    wal = Path(f"{db_path(db_url)}-wal")
    assert wal.stat().st_size > 0  # not checkpointed yet: copying the .db file would miss it
    backup = take_backup(db_url, clock.now())
    assert titles_in(backup.path) == ["Only in the WAL"]


def test_a_write_in_progress_neither_blocks_the_backup_nor_gets_into_it(store, db_url, clock):
    add_set(store, "Committed")
    with closing(sqlite3.connect(db_path(db_url), isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO question_set (id, title, description, is_builtin, created_at, "
            "updated_at) VALUES ('x', 'Not committed', '', 0, '2026-03-02', '2026-03-02')"
        )
        backup = take_backup(db_url, clock.now())
        writer.execute("COMMIT")
    assert titles_in(backup.path) == ["Committed"]


def test_backups_taken_while_another_thread_writes_are_each_one_moment(store, db_url, clock):
    # Each write stores a set and its seven questions in one transaction: a copy of one moment
    # always holds seven questions per set.
    stop = threading.Event()
    written = []

    def keep_writing() -> None:
        while not stop.is_set():
            add_set(store, f"Set {len(written)}")
            written.append(1)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        seen = []
        for _ in range(6):
            clock.seconds += 1
            backup = take_backup(db_url, clock.now())
            sets, questions = counts_in(backup.path)
            assert questions == 7 * sets
            seen.append(sets)
    finally:
        stop.set()
        writer.join()
    assert len(written) > 0
    assert seen == sorted(seen)


def test_a_damaged_database_makes_no_backup_and_the_older_ones_stay(store, db_url, clock):
    add_set(store, "SCO basics")
    first = take_backup(db_url, clock.now())
    store.close()
    scribble_over_index(db_path(db_url))
    clock.seconds += 3600
    with pytest.raises(BackupError) as caught:
        take_backup(db_url, clock.now())
    assert str(caught.value) == (
        f"the database {db_path(db_url)} failed SQLite's integrity check (database disk image "
        "is malformed): no backup was made and the older ones are kept"
    )
    assert list(first.path.parent.iterdir()) == [first.path]


def test_a_file_that_is_no_database_is_named(store, db_url, clock):
    store.close()
    overwrite_header(db_path(db_url))
    with pytest.raises(BackupError, match=r"^cannot copy the database .*test\.db: file is not a"):
        take_backup(db_url, clock.now())
    assert list((db_path(db_url).parent / "backups").iterdir()) == []


def test_after_each_backup_only_the_ten_newest_of_this_week_remain(store, db_url, clock):
    for _ in range(12):
        take_backup(db_url, clock.now())
        clock.seconds += 3600
    names = [backup.name for backup in list_backups(backup_place(db_url))]
    assert names == [f"test-2026-03-02T{hour:02d}0000Z.db" for hour in range(20, 10, -1)]


def test_a_backup_is_due_when_none_is_a_day_old(store, db_url, clock):
    assert backup_if_due(db_url, clock.now()) is not None
    clock.seconds += 23 * 3600
    assert backup_if_due(db_url, clock.now()) is None
    clock.seconds += 3600
    assert backup_if_due(db_url, clock.now()) is not None
    assert len(list_backups(backup_place(db_url))) == 2


def test_a_backup_dated_after_now_does_not_stop_the_daily_one(store, db_url, clock):
    take_backup(db_url, clock.now() + timedelta(days=30))  # the clock was wrong that day
    assert backup_if_due(db_url, clock.now()) is not None


def test_partial_files_and_strangers_are_never_listed(store, db_url, clock):
    take_backup(db_url, clock.now())
    folder = db_path(db_url).parent / "backups"
    (folder / ".test-2026-03-02T100000Z-abc.partial").write_bytes(b"half a copy")
    (folder / "test-2026-13-02T100000Z.db").write_bytes(b"no such month")
    (folder / "other-2026-03-02T100000Z.db").write_bytes(b"another database's")
    (folder / "notes.txt").write_text("hello")
    assert [b.name for b in list_backups(backup_place(db_url))] == ["test-2026-03-02T090000Z.db"]


def test_the_list_tells_what_each_backup_holds(store, db_url, clock):
    add_set(store, "One")
    take_backup(db_url, clock.now())
    clock.seconds += 60
    add_set(store, "Two")
    newest = take_backup(db_url, clock.now())
    overwrite_header(newest.path)
    listed = list_backups(backup_place(db_url))
    assert [b.taken_at for b in listed] == [clock.now(), clock.now() - timedelta(seconds=60)]
    assert listed[0].contents() is None
    contents = listed[1].contents()
    assert contents is not None
    assert contents.summary() == "1 set, 0 attempts"


def test_no_backups_folder_means_no_backups(db_url):
    assert list_backups(backup_place(db_url)) == []


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "postgresql+psycopg://teacher@school/quiz",
            "backups are not available for a server database (postgresql): "
            "use the server's own backup tools",
        ),
        ("sqlite://", "backups need a database file given by its path (sqlite:///path/to/file.db)"),
        ("sqlite:///:memory:", "backups need a database file given by its path"),
    ],
)
def test_only_a_database_file_has_backups(url, message, clock):
    assert not backups_available(url)
    with pytest.raises(BackupsUnavailableError, match="^" + re.escape(message)):
        take_backup(url, clock.now())


def test_a_missing_database_file_is_named(tmp_path, clock):
    url = f"sqlite:///{tmp_path / 'gone.db'}"
    with pytest.raises(BackupError, match=r"^there is no database file to back up at .*gone\.db$"):
        take_backup(url, clock.now())
    assert not (tmp_path / "backups").exists()
