"""The school server as a laptop sees it: one student's connection, its checks, and what a
sync reads from it (published sets) and writes to it (attempts and answers).

The laptop connects with the student's own login, so the server's roles decide what it may
read and write. Every write is an idempotent insert (`ON CONFLICT DO NOTHING`) or a finishing
update of an attempt still unfinished there: sending the same things twice changes nothing.
A driver's error becomes one `SyncError` sentence; its SQL goes to the crash log only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Table, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError
from sqlmodel import Session, SQLModel, col, select

from quizzes import APP_NAME
from quizzes.app.crash_report import write_crash_report
from quizzes.errors import SteppeQuizError
from quizzes.model import Question
from quizzes.store import migrate
from quizzes.store.engine import make_engine
from quizzes.store.faults import database_name
from quizzes.store.tables import (
    AttemptRow,
    ProfileRow,
    QuestionRow,
    QuestionSetRow,
    ResponseRow,
    question_from_row,
)
from quizzes.sync.errors import (
    SchemaMismatchError,
    ServerLoginError,
    ServerUnreachableError,
    SyncError,
)

# libpq's limits on a server that stops answering, before working offline: seconds to
# connect, milliseconds for sent data to be acknowledged (a network gone mid-sync), and the
# keepalives that notice a silent connection. A sync never hangs the app's closing for long.
NETWORK_LIMITS = {
    "connect_timeout": "10",
    "tcp_user_timeout": "30000",
    "keepalives_idle": "15",
    "keepalives_interval": "5",
    "keepalives_count": "3",
}
_IDS_PER_QUERY = 500  # well under every engine's limit of bound parameters
_LOGIN_REFUSED = (
    "password authentication failed",
    "not permitted to log in",
    "no password supplied",
    "authentication failed",
)


@dataclass(frozen=True)
class ServerSet:
    """A published set as the server holds it: its row, its questions' rows (column values) and
    the questions themselves (validated), by their id inside the set."""

    row: dict[str, Any]
    question_rows: list[dict[str, Any]]
    questions: dict[str, Question]
    row_ids: dict[str, str]  # id inside the set -> the question's row id on the server

    @property
    def id(self) -> str:
        return str(self.row["id"])

    @property
    def title(self) -> str:
        return str(self.row["title"])

    def question_id(self, external_id: str) -> str:
        """The server's row id of the question with this id inside the set."""
        return self.row_ids[external_id]


@dataclass(frozen=True)
class PublishedSets:
    sets: list[ServerSet]
    unreadable: list[str] = field(default_factory=list)  # a sentence per set left out


@dataclass(frozen=True)
class Outgoing:
    """What one sync sends: attempt and answer rows (column values, the server's ids), and
    the finishing of attempts (id, finished_at, score, elapsed_seconds)."""

    attempts: list[dict[str, Any]] = field(default_factory=list)
    answers: list[dict[str, Any]] = field(default_factory=list)
    finishing: list[dict[str, Any]] = field(default_factory=list)


def server_address(url: str) -> str:
    """The server's URL as the laptop's settings keep it: without login or password (the
    login is kept apart, the password never)."""
    parsed = _parsed(url)
    bare = URL.create(
        parsed.drivername,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False)


def _server_name(url: URL) -> str:
    """The server as a message names it: host, port and database, or an SQLite file."""
    if url.get_backend_name() == "sqlite":
        return database_name(url)
    port = f":{url.port}" if url.port else ""
    return f"{url.host or 'localhost'}{port}/{url.database or ''}"


def _parsed(url: str) -> URL:
    try:
        return make_url(url.strip())
    except ArgumentError:
        raise _not_an_address(url) from None


def _not_an_address(url: str) -> SyncError:
    return SyncError(
        f"{url!r} is not a school server's address: it looks like "
        "postgresql+psycopg://school-server:5432/steppe"
    )


class SchoolServer:
    """An open connection to a school server as one student. `close()` when done."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.name = _server_name(engine.url)

    @classmethod
    def connect(cls, url: str, login: str, password: str) -> SchoolServer:
        """Connect as `login` and check that the server answers and accepts the login."""
        parsed = _parsed(url)
        if parsed.get_backend_name() != "sqlite":
            parsed = parsed.set(username=login, password=password).update_query_dict(
                {**NETWORK_LIMITS, **parsed.query}
            )
        try:
            engine = make_engine(parsed.render_as_string(hide_password=False))
        except SteppeQuizError as err:
            raise SyncError(str(err)) from None
        except ArgumentError:
            raise _not_an_address(url) from None
        server = cls(engine)
        try:
            with server._faults(login), engine.connect():
                pass
        except BaseException:
            engine.dispose()
            raise
        return server

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _faults(self, login: str = "") -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            write_crash_report(type(error), error, error.__traceback__)
            raise self._explained(error, login) from error

    def _explained(self, error: DBAPIError, login: str) -> SyncError:
        original = error.orig if error.orig is not None else error
        lines = str(original).strip().splitlines()
        words = lines[0] if lines else type(original).__name__
        if any(phrase in words.lower() for phrase in _LOGIN_REFUSED):
            return ServerLoginError(self.name, login)
        if error.connection_invalidated or isinstance(error, OperationalError | InterfaceError):
            return ServerUnreachableError(self.name, words.rsplit(": ", 1)[-1].strip())
        return SyncError(
            f"The school server {self.name} refused the sync ({words}); nothing more was marked "
            "as sent, so the next sync tries again."
        )

    # ------------------------------------------------------------ reading

    def schema_revision(self) -> str | None:
        """The server's schema revision (None if it has no schema at all)."""
        with self._faults(), self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def check_schema(self) -> None:
        """`SchemaMismatchError` unless the server's schema is the one this app writes: an
        older app might send what a newer schema reads otherwise, a newer one what an older
        schema cannot hold."""
        from alembic.script import ScriptDirectory
        from alembic.util.exc import CommandError

        revision = self.schema_revision()
        if revision == migrate.SCHEMA_HEAD:
            return
        if revision is None:
            raise SchemaMismatchError(
                f"The school server {self.name} holds no {APP_NAME} database yet: ask the "
                "administrator to run `server init`. Nothing was sent."
            )
        try:
            ScriptDirectory.from_config(migrate.alembic_config()).get_revision(revision)
        except CommandError:
            raise SchemaMismatchError(
                f"The school server {self.name} runs a newer version of {APP_NAME} (schema "
                f"{revision!r}; this app knows up to {migrate.SCHEMA_HEAD!r}): update {APP_NAME} "
                "on this laptop to sync. Nothing was sent."
            ) from None
        raise SchemaMismatchError(
            f"The school server {self.name} runs an older version of {APP_NAME} (schema "
            f"{revision!r}; this app writes {migrate.SCHEMA_HEAD!r}): ask the administrator to "
            "run `server upgrade`. Nothing was sent."
        )

    def student_profile_id(self, login: str) -> str | None:
        """The id of the profile whose server login is `login` (the student's own row)."""
        with self._faults(), Session(self.engine) as session:
            found = session.exec(
                select(ProfileRow.id).where(col(ProfileRow.server_login) == login)
            ).first()
        return None if found is None else str(found)

    def published_sets(self) -> PublishedSets:
        """Every published set with its questions; a set whose questions do not pass the file
        format's validation is left out, with a sentence saying why."""
        with self._faults(), Session(self.engine) as session:
            set_rows = session.exec(
                select(QuestionSetRow).where(col(QuestionSetRow.published).is_(True))
            ).all()
            question_rows = session.exec(
                select(QuestionRow)
                .where(col(QuestionRow.set_id).in_([row.id for row in set_rows]))
                .order_by(col(QuestionRow.set_id), col(QuestionRow.position))
            ).all()
        by_set: dict[str, list[QuestionRow]] = {}
        for question in question_rows:
            by_set.setdefault(question.set_id, []).append(question)
        sets, unreadable = [], []
        for set_row in set_rows:
            rows = by_set.get(set_row.id, [])
            try:
                questions = {row.external_id: question_from_row(row) for row in rows}
            except SteppeQuizError as err:
                unreadable.append(
                    f"The set {set_row.title!r} on the school server was not taken: {err}."
                )
                continue
            sets.append(
                ServerSet(
                    _values("question_set", set_row),
                    [_values("question", row) for row in rows],
                    questions,
                    {row.external_id: row.id for row in rows},
                )
            )
        return PublishedSets(sets, unreadable)

    # ------------------------------------------------------------ writing

    def push(self, outgoing: Outgoing) -> None:
        """Send attempts, answers and finishings in one transaction: all of it, or nothing."""
        insert = postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert
        with self._faults(), self.engine.begin() as connection:
            if outgoing.attempts:
                connection.execute(
                    insert(_table("attempt")).on_conflict_do_nothing(),
                    outgoing.attempts,
                )
            answers = _not_yet_stored(connection, outgoing.answers)
            if answers:
                connection.execute(insert(_table("response")).on_conflict_do_nothing(), answers)
            for finish in outgoing.finishing:
                # Only an attempt still unfinished there: a second sending changes nothing.
                connection.execute(
                    update(AttemptRow)
                    .where(col(AttemptRow.id) == finish["id"])
                    .where(col(AttemptRow.finished_at).is_(None))
                    .values(
                        finished_at=finish["finished_at"],
                        score=finish["score"],
                        elapsed_seconds=finish["elapsed_seconds"],
                    )
                )


def _not_yet_stored(connection: Connection, answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The answers the server does not hold yet. One sent before (by a sync that died before
    marking it sent) may belong to an attempt finished since, to which a student may add
    nothing: the engine refuses such a row even when it would be skipped as a conflict."""
    ids = [answer["id"] for answer in answers]
    stored: set[str] = set()
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        stored.update(
            connection.scalars(select(ResponseRow.id).where(col(ResponseRow.id).in_(chunk)))
        )
    return [answer for answer in answers if answer["id"] not in stored]


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _values(table: str, row: object) -> dict[str, Any]:
    """A row's column values by name."""
    return {column.name: getattr(row, column.name) for column in _table(table).columns}
