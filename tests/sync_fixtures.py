"""A school server for sync tests, and a student answering on a laptop.

The server here is a second SQLite database migrated like any other, with the two columns the
server's schema adds (`question_set.published`, `profile.server_login`); the store is
dialect-neutral, so the sync code is the same against PostgreSQL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Executable, func, select, text
from sqlmodel import SQLModel, col

from quizzes.model import parse_quizset
from quizzes.practice.scoring import grade_response
from quizzes.store.history import StoredResponse
from quizzes.store.repository import SetSummary, Store
from quizzes.store.tables import AttemptRow, ResponseRow
from quizzes.sync.settings import SyncSettings, save_sync_settings
from tests.conftest import quizset_document

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LOGIN = "aigerim"
PASSWORD = "correct horse"


@dataclass
class SchoolServer:
    """The stand-in server: its file, the URL a laptop uses, and a teacher's store on it
    (whose engine the checks below read through, as the server's owner)."""

    path: Path
    store: Store

    @property
    def url(self) -> str:
        # mode=rw: a server that has gone away is not silently created again as an empty file.
        return f"sqlite:///file:{self.path}?mode=rw&uri=true"

    def execute(self, statement: Executable) -> None:
        with self.store.engine.begin() as connection:
            connection.execute(statement)

    def publish(self, summary: SetSummary) -> None:
        self.execute(
            text("update question_set set published = :yes where id = :id").bindparams(
                yes=True, id=summary.id
            )
        )

    def add_student(self, name: str, login: str) -> str:
        profile = self.store.create_profile(name)
        self.execute(
            text("update profile set server_login = :login where id = :id").bindparams(
                login=login, id=profile.id
            )
        )
        return profile.id

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


def make_school_server(path: Path) -> SchoolServer:
    """A migrated server database at `path` with the server schema's two columns added."""
    with sqlite3.connect(path) as raw:
        raw.execute("alter table question_set add column published boolean not null default 0")
        raw.execute("alter table profile add column server_login varchar")
    return SchoolServer(path, Store.open(f"sqlite:///{path}"))


def add_sample_set(store: Store, title: str = "SCO basics") -> SetSummary:
    return store.add_quizset(parse_quizset(quizset_document(title)))


def configure(laptop: Store, server: SchoolServer, profile_id: str) -> SyncSettings:
    return save_sync_settings(laptop, server.url, LOGIN, profile_id)


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
