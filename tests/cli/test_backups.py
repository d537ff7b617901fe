"""`backups list|restore`, run as a teacher runs them: exit codes, what is printed, and what
the database holds afterwards."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from quizzes.classroom.teacher_lock import TeacherLock
from quizzes.store.backup.folder import take_backup
from tests.quizzes.store.backup.damage import overwrite_header
from tests.quizzes.store.backup.test_backups import add_set, db_path


@pytest.fixture
def backed_up(store, db_url, clock) -> str:
    """A database with backups of ["Old"] (09:00) and ["New", "Old"] (10:00), then "Newest"
    added, and closed."""
    add_set(store, "Old")
    take_backup(db_url, clock.now())
    clock.seconds += 3600
    add_set(store, "New")
    take_backup(db_url, clock.now())
    add_set(store, "Newest")
    store.close()
    return db_url


def set_titles(cli, db_url: str) -> list[str]:
    """The titles `sets` lists, the built-in set (which it adds) left out."""
    done = cli("sets", "--json", db=db_url)
    assert done.returncode == 0, done.stderr
    return [s["title"] for s in json.loads(done.stdout) if not s["builtin"]]


def test_list_says_when_there_are_no_backups(cli, db_url):
    done = cli("backups", "list", db=db_url)
    folder = db_path(db_url).parent
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        f"No backups of {folder / 'test.db'} yet; they will be kept in {folder / 'backups'}.\n"
    )


def test_list_gives_number_time_name_size_and_contents(cli, backed_up, clock):
    done = cli("backups", "list", db=backed_up)
    assert (done.returncode, done.stderr) == (0, "")
    folder = db_path(backed_up).parent
    header, *rows = done.stdout.splitlines()
    assert header == f"Backups of {folder / 'test.db'} in {folder / 'backups'}, newest first:"
    fields = [row.split("\t") for row in rows]
    ten, nine = clock.now().astimezone(), (clock.now() - timedelta(hours=1)).astimezone()
    assert [f[0] for f in fields] == ["1", "2"]
    assert [f[1] for f in fields] == [f"{ten:%Y-%m-%d %H:%M}", f"{nine:%Y-%m-%d %H:%M}"]
    assert [f[2] for f in fields] == ["test-2026-03-02T100000Z.db", "test-2026-03-02T090000Z.db"]
    assert all(f[3].endswith(" KB") for f in fields)
    assert [f[4] for f in fields] == ["2 sets, 0 attempts", "1 set, 0 attempts"]


def test_restore_puts_back_the_newest_and_says_what_it_did(cli, backed_up):
    done = cli("backups", "restore", db=backed_up)
    assert (done.returncode, done.stderr) == (0, "")
    first, second = done.stdout.splitlines()
    assert first.startswith("Kept the database that was in use beside it: test.damaged-")
    assert second.startswith("Restored the backup test-2026-03-02T100000Z.db (taken ")
    assert set_titles(cli, backed_up) == ["New", "Old"]


def test_restore_by_number(cli, backed_up):
    assert cli("backups", "restore", "2", db=backed_up).returncode == 0
    assert set_titles(cli, backed_up) == ["Old"]


def test_a_database_that_cannot_be_opened_is_restored(cli, backed_up):
    overwrite_header(db_path(backed_up))
    broken = cli("sets", db=backed_up)
    assert broken.returncode == 2
    done = cli("backups", "restore", db=backed_up)
    assert (done.returncode, done.stderr) == (0, "")
    assert set_titles(cli, backed_up) == ["New", "Old"]


def test_restore_needs_the_teacher_pin(cli, store, db_url, clock):
    TeacherLock(store.settings).set_pin("5173")
    add_set(store, "Guarded")
    take_backup(db_url, clock.now())
    store.close()
    asked = cli("backups", "restore", db=db_url)
    assert (asked.returncode, asked.stdout) == (2, "")
    assert asked.stderr == "steppe-quiz: error: a teacher PIN is set: give it with --pin PIN\n"
    wrong = cli("backups", "restore", "--pin", "0000", db=db_url)
    assert wrong.returncode == 2
    assert wrong.stderr == "steppe-quiz: error: wrong teacher PIN; 2 more tries before a delay\n"
    assert sorted(p.name for p in db_path(db_url).parent.iterdir()) == ["backups", "test.db"]
    assert cli("backups", "restore", "--pin", "5173", db=db_url).returncode == 0


def test_a_damaged_database_asks_for_the_pin_kept_in_the_backup(cli, store, db_url, clock):
    TeacherLock(store.settings).set_pin("5173")
    take_backup(db_url, clock.now())
    store.close()
    overwrite_header(db_path(db_url))
    wrong = cli("backups", "restore", "--pin", "0000", db=db_url)
    assert (wrong.returncode, wrong.stdout) == (2, "")
    assert wrong.stderr.startswith("steppe-quiz: error: wrong teacher PIN")
    assert cli("backups", "restore", "--pin", "5173", db=db_url).returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("restore", "7"), "no backup numbered 7: there are 2 (see `backups list`)"),
        (("restore", "monday"), "no backup named 'monday' in {folder} (see `backups list`)"),
    ],
)
def test_an_unknown_backup_is_an_error_of_one_line(cli, backed_up, args, message):
    done = cli("backups", *args, db=backed_up)
    folder = db_path(backed_up).parent / "backups"
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"steppe-quiz: error: {message.format(folder=folder)}\n"


def test_restore_without_backups_is_an_error(cli, db_url):
    done = cli("backups", "restore", db=db_url)
    assert done.returncode == 2
    assert done.stderr.startswith("steppe-quiz: error: there are no backups of ")
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("action", ["list", "restore"])
def test_a_server_database_has_no_backups(cli, action):
    done = cli("backups", action, db="postgresql+psycopg://teacher@school/quiz")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "steppe-quiz: error: backups are not available for a server database (postgresql): "
        "use the server's own backup tools\n"
    )


def test_an_action_is_required(cli, db_url):
    done = cli("backups", db=db_url)
    assert done.returncode == 2
    assert "the following arguments are required: ACTION" in done.stderr
