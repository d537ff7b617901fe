"""The database's own failures told in one sentence: what happened, to which database, and what
to do. Every sentence a database fault ends in is written here.

`explain_database_faults` wraps every public method of a store facade (`Store`, `History`,
`ClassResults`, `AppSettings`) and `faults_explained` wraps opening: an error of the database
driver, or a stored value that cannot be read back, becomes a `DatabaseError` (a
`DatabaseDamagedError` where a backup is the cure). The original error, with its SQL and
parameters, goes to the crash log only; the user sees the sentence.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, select, type_coerce
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.types import JSON, DateTime, NullType
from sqlmodel import SQLModel

from quizzes import APP_NAME
from quizzes.app.crash_report import write_crash_report
from quizzes.errors import DatabaseDamagedError, DatabaseError

RESTORE_ADVICE = (
    "Restore a backup with `steppe-quiz backups restore` or File ▸ Restore a backup…; "
    "the damaged file is kept."
)
# Backups of a server database are its administrator's (the app's backups are SQLite files).
SERVER_RESTORE_ADVICE = "Ask the server's administrator to restore the server's own backup of it."
SQLITE_EXAMPLE = "use an sqlite:/// URL such as sqlite:///path/to/quiz.db"

# How a row is named in a message: tables a person knows by a column of their own.
_ROW_NAMES = {"question_set": "set", "response": "answer", "review_card": "review card"}
_ROW_LABELS = {"question_set": "title", "profile": "name", "app_setting": "key"}

# "no such table: question" (SQLite), 'relation "question" does not exist' (PostgreSQL).
_MISSING = re.compile(r"no such (table|column): (\S+)|(relation|column) \"([^\"]+)\" does not")

Facade = TypeVar("Facade", bound=type)


def sqlite_file(url: URL) -> Path | None:
    """The file of an SQLite database (a `file:` URI included); None in memory or elsewhere."""
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database.removeprefix("file:")).expanduser()


def database_name(url: URL) -> str:
    """The database as the user knows it: its file, else its URL without the password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    if url.get_backend_name() == "sqlite":
        return "in memory"
    return url.render_as_string(hide_password=True)


def damaged(url: URL, reason: str) -> DatabaseDamagedError:
    advice = RESTORE_ADVICE if url.get_backend_name() == "sqlite" else SERVER_RESTORE_ADVICE
    return DatabaseDamagedError(
        f"The database {database_name(url)} is damaged ({reason}). {advice}"
    )


def failed_check(url: URL, problems: list[str]) -> DatabaseDamagedError:
    """A database file whose quick check found `problems`: they go to the crash log."""
    error = damaged(url, "SQLite's quick check found damaged pages")
    error.add_note("PRAGMA quick_check:\n" + "\n".join(problems[:20]))
    write_crash_report(type(error), error, None)
    return error


def missing_tables(url: URL, tables: list[str]) -> DatabaseDamagedError:
    names = ", ".join(repr(name) for name in tables)
    table = "the table" if len(tables) == 1 else "the tables"
    verb = "is" if len(tables) == 1 else "are"
    return damaged(url, f"{table} {names} {verb} missing: it was changed outside {APP_NAME}")


def folder_not_created(folder: Path, error: OSError) -> DatabaseError:
    reason = error.strerror or type(error).__name__
    return DatabaseError(
        f"The folder {folder} for the database cannot be created ({reason}): choose another "
        "database with --db or the STEPPE_QUIZ_DB variable."
    )


def driver_missing(url: URL, error: ModuleNotFoundError) -> DatabaseError:
    return DatabaseError(
        f"{url.get_backend_name()} URLs need the {error.name} driver, which this build of "
        f"{APP_NAME} does not include: {SQLITE_EXAMPLE}."
    )


def unknown_kind(url: URL) -> DatabaseError:
    return DatabaseError(
        f"{url.get_backend_name()} URLs are not a kind of database {APP_NAME} can use: "
        f"{SQLITE_EXAMPLE}."
    )


def _driver_fault(url: URL, error: BaseException) -> DatabaseError:
    """The sentence for an error of the database driver (SQLite's codes, else its words)."""
    code = getattr(error, "sqlite_errorname", "") or ""
    words = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    lowered = words.lower()
    name = database_name(url)
    if url.get_backend_name() == "postgresql":
        server = _server_fault(url, error, words)
        if server is not None:
            return server
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in lowered:
        return damaged(url, words)
    gone = _MISSING.search(words)
    if gone:
        noun, what = (gone[1], gone[2]) if gone[1] else (gone[3], gone[4])
        noun = "table" if noun == "relation" else noun
        return damaged(url, f"the {noun} {what!r} is missing: it was changed outside {APP_NAME}")
    if code.startswith("SQLITE_READONLY") or "read-only" in lowered:
        return DatabaseError(
            f"The database {name} is read-only, so nothing can be saved in it: make the file "
            "and its folder writable, or choose another database with --db."
        )
    if code == "SQLITE_FULL" or "no space left" in lowered:
        return DatabaseError(
            f"The disk holding the database {name} is full, so nothing was saved: free some "
            "space and try again."
        )
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in lowered:
        return DatabaseError(
            f"The database {name} is busy: another program (or another copy of {APP_NAME}) is "
            "writing to it; close that, then try again."
        )
    if code.startswith("SQLITE_IOERR"):
        return DatabaseError(
            f"The database {name} could not be read or written (a disk input/output error): "
            "check the disk, then try again."
        )
    return DatabaseError(f"The database {name} could not be used: {words}.")


# What psycopg (libpq) says when connecting fails; the server's words follow "FATAL:".
_SERVER_MISSING_DATABASE = re.compile(r'database "([^"]+)" does not exist')
_SERVER_PERMISSION = re.compile(r"permission denied|violates row-level security")
# SQLSTATE classes: 25006 read-only transaction, 42501 insufficient privilege.
_READ_ONLY_STATE = "25006"
_NO_PRIVILEGE_STATE = "42501"


def _server_fault(url: URL, error: BaseException, words: str) -> DatabaseError | None:
    """The sentence for a PostgreSQL server's refusal, or None when it is none of these."""
    server = f"The database server {url.host or 'on this computer'}:{url.port or 5432}"
    state = getattr(error, "sqlstate", None)
    text = str(error)
    if "password authentication failed" in text or "no password supplied" in text:
        return DatabaseError(
            f"{server} refused the login {url.username!r}: the user name or password is wrong."
        )
    missing = _SERVER_MISSING_DATABASE.search(text)
    if missing:
        return DatabaseError(
            f"{server} has no database {missing[1]!r}: create it (createdb) and set it up with "
            f"`steppe-quiz server init URL`, or check the URL."
        )
    if "connection refused" in text.lower() or "could not translate host name" in text:
        reason = "connection refused" if "refused" in text.lower() else "unknown host name"
        return DatabaseError(
            f"{server} cannot be reached ({reason}): check the address in the URL and that "
            "PostgreSQL runs there, then try again."
        )
    if "timeout expired" in text:
        return DatabaseError(
            f"{server} did not answer in time: check the network and that PostgreSQL runs "
            "there, then try again."
        )
    if state == _READ_ONLY_STATE:
        return DatabaseError(
            f"The database {database_name(url)} is read-only, so nothing can be saved in it: "
            "ask the server's administrator."
        )
    if state == _NO_PRIVILEGE_STATE or _SERVER_PERMISSION.search(words):
        return DatabaseError(
            f"{server} does not allow the login {url.username!r} to do this ({words}): ask the "
            "teacher or the server's administrator."
        )
    return None


@contextmanager
def faults_explained(engine: Engine) -> Iterator[None]:
    """Inside the block, a database fault becomes the `DatabaseError` that says it; the
    original goes to the crash log. A `ValueError` that no stored value explains is a bug and
    passes unchanged, for the error hook; so does a broken constraint (`IntegrityError`), which
    is the program's to handle. Errors of ours (`SteppeQuizError`) are none of these."""
    try:
        yield
    except IntegrityError:
        raise
    except DBAPIError as error:
        fault = _driver_fault(engine.url, error.orig if error.orig is not None else error)
        write_crash_report(type(error), error, error.__traceback__)
        raise fault from error
    except ValueError as error:  # a stored value the driver or a column type could not read
        unreadable = _find_unreadable_value(engine)
        if unreadable is None:
            raise
        write_crash_report(type(error), error, error.__traceback__)
        raise damaged(engine.url, unreadable) from error


def explain_database_faults(facade: Facade) -> Facade:
    """Class decorator: every public method of `facade` (which keeps its `engine`) runs inside
    `faults_explained`."""
    for name, member in list(vars(facade).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(facade, name, _explaining(member))
    return facade


def _explaining(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        with faults_explained(self.engine):
            return method(self, *args, **kwargs)

    return call


def _find_unreadable_value(engine: Engine) -> str | None:
    """Which stored value cannot be read (bad JSON, a date that is not one), in words such as
    "the data field of question 'q7' in set 'Many' is not valid JSON"; None if every value reads.

    Reads every column that needs converting, unconverted, and converts it here: slow on a big
    database, so only run once reading has already failed.
    """
    try:
        return _first_unreadable_value(engine)
    except DBAPIError:  # the database fails even to be looked at: the first error stands
        return None


def _first_unreadable_value(engine: Engine) -> str | None:
    dialect = engine.dialect
    with engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            for column in table.columns:
                convert = column.type.dialect_impl(dialect).result_processor(dialect, None)
                if convert is None:
                    continue
                keys = list(table.primary_key.columns)
                raw = type_coerce(column, NullType()).label("raw")
                for row in connection.execute(select(*keys, raw)):
                    try:
                        convert(row.raw)
                    except (ValueError, TypeError):
                        what = _row_name(connection, table, row[: len(keys)])
                        return f"the {column.name} field of {what} is not {_expected(column.type)}"
    return None


def _expected(column_type: Any) -> str:
    if isinstance(column_type, JSON):
        return "valid JSON"
    if isinstance(getattr(column_type, "impl_instance", column_type), DateTime):
        return "a date and time"
    return "readable"


def _row_name(connection: Connection, table: Table, key: tuple[Any, ...]) -> str:
    """A row as a person knows it: "question 'q7' in set 'Many'", "profile 'Dana'",
    "answer 1f0c…"."""
    where = [column == value for column, value in zip(table.primary_key.columns, key, strict=True)]
    if table.name == "question":
        external_id, set_id = connection.execute(
            select(table.c.external_id, table.c.set_id).where(*where)
        ).one()
        sets = SQLModel.metadata.tables["question_set"]
        return f"question {external_id!r} in {_row_name(connection, sets, (set_id,))}"
    noun = _ROW_NAMES.get(table.name, table.name.replace("_", " "))
    if table.name not in _ROW_LABELS:
        return f"{noun} {' '.join(str(part) for part in key)}"
    label = table.c[_ROW_LABELS[table.name]]
    return f"{noun} {connection.execute(select(label).where(*where)).scalar_one()!r}"
