"""A school server for sync tests, and a student answering on a laptop.

The server here is a second SQLite database migrated like any other, with the two columns the
server's schema adds (`question_set.published`, `profile.server_login`); the store is
dialect-neutral, so the sync code is the same against PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Executable, func, select, text, update
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel, col

from quizzes.model import parse_quizset
from quizzes.practice.scoring import grade_response
from quizzes.store.history import StoredResponse
from quizzes.store.repository import SetSummary, Store
from quizzes.store.school_server import server_address
from quizzes.store.tables import AttemptRow, ProfileRow, ResponseRow
from quizzes.sync.settings import SyncSettings, save_sync_settings
from tests.conftest import quizset_document

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PASSWORD = "correct horse"


@dataclass
class SchoolServer:
    """A school server for the tests, as its owner (a teacher) sees it: the owner's store,
    whose engine the checks below read through, and the URL laptops are given (no login, no
    password). On SQLite the file stands in for the server; on PostgreSQL it is a database of
    the session's cluster with the roles and row-level security `server init` sets up."""

    store: Store
    url: str
    path: Path | None  # the SQLite file; None on PostgreSQL
    superuser: Callable[[str], None] | None = None  # runs a statement on PostgreSQL's cluster

    @property
    def name(self) -> str:
        """The server as the sync's messages name it."""
        if self.path is not None:
            return str(self.path)
        url = make_url(self.url)
        return f"{url.host}:{url.port}/{url.database}"

    def execute(self, statement: Executable) -> None:
        with self.store.engine.begin() as connection:
            connection.execute(statement)

    def publish(self, summary: SetSummary) -> None:
        self.store.publish_set(summary.id, True)

    def add_student(self, name: str) -> tuple[str, str, str]:
        """A student of the roster with a login: (profile id, login, password)."""
        profile = self.store.create_profile(name)
        if self.path is not None:  # SQLite has no logins: the login is only a name
            login = name.lower()
            self.execute(
                update(ProfileRow)
                .where(col(ProfileRow.id) == profile.id)
                .values(server_login=login)
            )
            return profile.id, login, PASSWORD
        from quizzes.store.server.logins import create_student_logins

        [made] = create_student_logins(self.store.engine)
        return profile.id, made.login, made.password

    def add_teacher(self, name: str) -> tuple[str, str]:
        """A login with no student profile (a teacher's): (login, password)."""
        if self.path is not None:
            return name, PASSWORD
        from quizzes.store.server.logins import add_teacher

        add_teacher(self.store.engine, name, PASSWORD)
        return name, PASSWORD

    def go_away(self) -> str:
        """The server stops accepting connections; what a laptop's driver then says."""
        if self.path is not None:
            self.path.rename(self.path.with_suffix(".away"))
            return "unable to open database file"
        assert self.superuser is not None
        database = make_url(self.url).database
        self.superuser(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS false')
        self.superuser(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
        )
        self.store.engine.dispose()
        return f'database "{database}" is not currently accepting connections'

    def come_back(self) -> None:
        if self.path is not None:
            self.path.with_suffix(".away").rename(self.path)
            return
        assert self.superuser is not None
        database = make_url(self.url).database
        self.superuser(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS true')

    def count(self, table: str) -> int:
        with self.store.engine.connect() as connection:
            rows = select(func.count()).select_from(SQLModel.metadata.tables[table])
            return int(connection.execute(rows).scalar_one())

    def attempt(self, attempt_id: str) -> tuple[str, bool, float | None] | None:
        """The attempt's profile, whether it is finished, and its score; None if absent."""
        with self.store.engine.connect() as connection:
            row = connection.execute(
                select(AttemptRow.profile_id, AttemptRow.finished_at, AttemptRow.score).where(
                    col(AttemptRow.id) == attempt_id
                )
            ).first()
        return None if row is None else (row[0], row[1] is not None, row[2])

    def answers(self) -> list[tuple[bool, float]]:
        """Every answer's mark: correct, score."""
        with self.store.engine.connect() as connection:
            rows = connection.execute(select(ResponseRow.correct, ResponseRow.score)).all()
        return [(bool(correct), float(score)) for correct, score in rows]

    def set_revision(self, revision: str) -> None:
        self.execute(text("update alembic_version set version_num = :r").bindparams(r=revision))


def make_school_server(
    owner_url: str, superuser: Callable[[str], None] | None = None
) -> SchoolServer:
    """The school server at `owner_url` (a migrated database), set up as `server init` does."""
    store = Store.open(owner_url)
    if store.engine.dialect.name != "postgresql":
        path = Path(owner_url.removeprefix("sqlite:///"))
        # mode=rw: a server that has gone away is not silently created again as an empty file.
        return SchoolServer(store, f"sqlite:///file:{path}?mode=rw&uri=true", path)
    from quizzes.store.server.access import set_up_access

    with store.engine.begin() as connection:
        set_up_access(connection)
    return SchoolServer(store, server_address(owner_url), None, superuser)


def add_sample_set(store: Store, title: str = "SCO basics") -> SetSummary:
    return store.add_quizset(parse_quizset(quizset_document(title)))


def configure(laptop: Store, server: SchoolServer, login: str, profile_id: str) -> SyncSettings:
    return save_sync_settings(laptop, server.url, login, profile_id)


class Student:
    """A student answering on a laptop, through the same history calls as the quiz screen."""

    def __init__(self, laptop: Store, profile_id: str) -> None:
        self.laptop = laptop
        self.profile_id = profile_id
        self.minutes = 0

    def start(self, set_id: str) -> str:
        self.minutes += 10
        return self.laptop.history.start_attempt(
            self.profile_id, set_id, "practice", {"seed": 1}, T0 + timedelta(minutes=self.minutes)
        )

    def answer(self, attempt_id: str, set_id: str, external_id: str, given: Any) -> None:
        question = next(q for q in self.laptop.get_quizset(set_id).questions if q.id == external_id)
        grade = grade_response(question, given)
        position = len(self.laptop.history.responses(attempt_id))
        self.record(attempt_id, set_id, external_id, given, grade.correct, grade.score, position)

    def record(
        self,
        attempt_id: str,
        set_id: str,
        external_id: str,
        given: Any,
        correct: bool,
        score: float,
        position: int,
    ) -> None:
        self.laptop.history.record_answer(
            attempt_id,
            self.profile_id,
            set_id,
            StoredResponse(external_id, given, correct, score, 4.0, position),
            T0 + timedelta(minutes=self.minutes, seconds=10 * (position + 1)),
            10.0 * (position + 1),
            lambda _state: ({}, T0),
        )

    def finish(self, attempt_id: str, score: float | None = None) -> None:
        responses = self.laptop.history.responses(attempt_id)
        if score is None:
            score = sum(r.score for r in responses) / len(responses) if responses else 0.0
        self.laptop.history.finish_attempt(
            attempt_id, score, T0 + timedelta(minutes=self.minutes + 5), 300.0
        )

    def quiz(self, set_id: str, answers: dict[str, Any], finish: bool = True) -> str:
        attempt_id = self.start(set_id)
        for external_id, given in answers.items():
            self.answer(attempt_id, set_id, external_id, given)
        if finish:
            self.finish(attempt_id)
        return attempt_id


class FakeKeyring:
    """Stands in for the `keyring` module: passwords by (service, account), in memory."""

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, account: str) -> str | None:
        return self.passwords.get((service, account))

    def set_password(self, service: str, account: str, password: str) -> None:
        self.passwords[(service, account)] = password


class BrokenKeyring:
    """A `keyring` whose back end does not work (as with no desktop keyring running)."""

    def get_password(self, service: str, account: str) -> str | None:
        raise RuntimeError("No recommended backend was available")

    def set_password(self, service: str, account: str, password: str) -> None:
        raise RuntimeError("No recommended backend was available")
