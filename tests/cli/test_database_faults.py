"""Database faults on the command line: each ends in one sentence on stderr and exit code 2,
never a traceback, SQL text or its parameters (those go to the crash log), and never a success
on a damaged file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import quizset_document
from tests.database_faults import (
    damage,
    database_locked,
    disk_full,
    fill_like_a_classroom,
    read_only_url,
    run_sql,
    short_lock_waits,
)

RESTORE = (
    "Restore a backup with `steppe-quiz backups restore` or File ▸ Restore a backup…; "
    "the damaged file is kept."
)
SQL_WORDS = ("SELECT", "INSERT", "UPDATE", "[SQL", "[parameters", "Traceback", "sqlalche.me")


@pytest.fixture(scope="module")
def classroom_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the bank, a 200-question set and 6,000 answers, made once."""
    path = tmp_path_factory.mktemp("classroom") / "classroom.db"
    fill_like_a_classroom(f"sqlite:///{path}")
    return path


@pytest.fixture
def classroom(tmp_path: Path, classroom_template: Path) -> Path:
    path = tmp_path / "classroom.db"
    shutil.copyfile(classroom_template, path)
    return path


@pytest.fixture
def quiz_file(tmp_path: Path) -> Path:
    path = tmp_path / "basics.quiz.json"
    path.write_text(json.dumps(quizset_document("SCO basics")), encoding="utf-8")
    return path


def assert_one_clean_line(stderr: str, expected: str) -> None:
    assert stderr.splitlines() == [f"steppe-quiz: error: {expected}"]
    assert not [word for word in SQL_WORDS if word in stderr]


@pytest.mark.parametrize("fraction", [0.1, 0.5])
@pytest.mark.parametrize("command", ["sets", "import"])
def test_a_damaged_database_is_named_and_kept_as_it_is(
    cli, classroom, quiz_file, crash_log, fraction, command
):
    damage(classroom, fraction)
    before = classroom.read_bytes()
    args = ["sets"] if command == "sets" else ["import", str(quiz_file)]
    result = cli(*args, db=f"sqlite:///{classroom}")
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_clean_line(
        result.stderr,
        f"The database {classroom} is damaged (SQLite's quick check found damaged pages). "
        + RESTORE,
    )
    assert classroom.read_bytes() == before
    assert "quick_check" in crash_log.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Fault:
    """What a case does to the classroom database, the command it runs and the sentence."""

    command: str  # "sets", "import" (the quiz file) or "export" (the set "Many")
    expected: str  # {db} is the database file
    change: str | None = None  # SQL run behind the app's back first
    url: Callable[[Path], str] = lambda path: f"sqlite:///{path}"
    during: Callable[[str], AbstractContextManager[object]] = lambda _url: nullcontext()
    logged: str | None = "[SQL: "  # in the crash log: the original error (here, its SQL)


@contextmanager
def locked_by_another_program(db_url: str) -> Iterator[None]:
    with short_lock_waits(), database_locked(db_url):
        yield


FAULTS = {
    "read-only": Fault(
        "import",
        "The database {db} is read-only, so nothing can be saved in it: make the file and its "
        "folder writable, or choose another database with --db.",
        url=read_only_url,
    ),
    "disk full": Fault(
        "import",
        "The disk holding the database {db} is full, so nothing was saved: free some space and "
        "try again.",
        during=disk_full,
    ),
    "locked": Fault(
        "import",
        "The database {db} is busy: another program (or another copy of Steppe Quiz) is writing "
        "to it; close that, then try again.",
        during=locked_by_another_program,
    ),
    "dropped table": Fault(
        "sets",
        "The database {db} is damaged (the table 'review_card' is missing: it was changed "
        "outside Steppe Quiz). " + RESTORE,
        change="DROP TABLE review_card",
        logged=None,  # found by looking, before anything failed
    ),
    "bad date": Fault(
        "sets",
        "The database {db} is damaged (the created_at field of set 'Many' is not a date and time). "
        + RESTORE,
        change="UPDATE question_set SET created_at = 'yesterday' WHERE title = 'Many'",
        logged="ValueError: Invalid isoformat string: 'yesterday'",
    ),
    "bad JSON": Fault(
        "export",
        "The database {db} is damaged (the data field of question 'q7' in set 'Many' is not valid "
        "JSON). " + RESTORE,
        change="UPDATE question SET data = '{\"answer\": tru' WHERE external_id = 'q7'",
        logged="JSONDecodeError",
    ),
}


@pytest.mark.parametrize("name", FAULTS)
def test_a_database_fault_ends_in_one_sentence_and_exit_2(
    cli, classroom, quiz_file, crash_log, name
):
    fault = FAULTS[name]
    url = fault.url(classroom)
    if fault.change:
        run_sql(f"sqlite:///{classroom}", fault.change)
    args = {"sets": ["sets"], "import": ["import", str(quiz_file)], "export": ["export", "Many"]}
    with fault.during(f"sqlite:///{classroom}"):
        result = cli(*args[fault.command], db=url)
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_clean_line(result.stderr, fault.expected.format(db=classroom))
    if fault.logged:
        assert fault.logged in crash_log.read_text(encoding="utf-8")


def test_a_read_only_database_still_lists_its_sets(cli, classroom):
    result = cli("sets", db=read_only_url(classroom))
    assert result.returncode == 0, result.stderr
    assert "\tMany\t200 questions\t" in result.stdout


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "mysql://teacher@localhost/quiz",
            "mysql URLs need the MySQLdb driver, which this build of Steppe Quiz does not "
            "include: use an sqlite:/// URL such as sqlite:///path/to/quiz.db.",
        ),
        (
            "postgresql://teacher:secret-9@127.0.0.1:1/quiz",
            "The database server 127.0.0.1:1 cannot be reached (connection refused): check the "
            "address in the URL and that PostgreSQL runs there, then try again.",
        ),
        (
            "firebird://teacher@localhost/quiz",
            "firebird URLs are not a kind of database Steppe Quiz can use: use an sqlite:/// URL "
            "such as sqlite:///path/to/quiz.db.",
        ),
    ],
)
def test_a_database_this_build_cannot_reach_is_explained(cli, crash_log, url, expected):
    result = cli("sets", db=url)
    assert result.returncode == 2
    assert_one_clean_line(result.stderr, expected)


def test_a_data_folder_that_cannot_be_created_is_named(cli, tmp_path, crash_log):
    (tmp_path / "not-a-folder").write_text("a file where the data folder should be")
    folder = tmp_path / "not-a-folder" / "SteppeQuiz"
    result = cli("sets", db=f"sqlite:///{folder / 'steppe-quiz.db'}")
    assert result.returncode == 2
    assert_one_clean_line(
        result.stderr,
        f"The folder {folder} for the database cannot be created (Not a directory): choose "
        "another database with --db or the STEPPE_QUIZ_DB variable.",
    )


def test_an_unexpected_database_error_shows_its_first_line_only(capsys, crash_log):
    from sqlalchemy.exc import IntegrityError

    import main

    error = IntegrityError(
        "INSERT INTO profile (id, name) VALUES (?, ?)",
        ("1f0c", "Dana"),
        Exception("UNIQUE constraint failed: profile.name"),
    )
    main.report_unexpected_error(type(error), error, None)
    printed = capsys.readouterr().err
    assert printed == (
        "steppe-quiz: unexpected error: IntegrityError: (builtins.Exception) UNIQUE constraint "
        f"failed: profile.name; details in {crash_log}\n"
    )
    assert "INSERT INTO profile" in crash_log.read_text(encoding="utf-8")
