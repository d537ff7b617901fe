"""The database tables (SQLModel). Rows are built only by `quizzes.store.repository`.

`table=True` models do not validate their input, so data reaches them only after passing
`quizzes.model` validation. Ids are UUID strings so sets, questions and attempts can move
between machines without clashes. Times are stored as UTC.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Index,
    String,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel

from quizzes.ids import utc_now
from quizzes.model import Question, parse_question


def new_id() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every dialect (SQLite keeps no zone: stored naive, read aware)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store times as UTC-aware values")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _time_column(nullable: bool = False) -> Any:
    column: Column[datetime] = Column(UTCDateTime(), nullable=nullable)
    if nullable:
        return Field(default=None, sa_column=column)
    return Field(default_factory=utc_now, sa_column=column)


def _foreign_key(target: str, nullable: bool = False) -> Any:
    return Field(
        sa_column=Column(
            String(36), ForeignKey(target, ondelete="CASCADE"), nullable=nullable, index=True
        )
    )


class QuestionSetRow(SQLModel, table=True):
    __tablename__ = "question_set"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    title: str
    description: str = ""
    source_title: str | None = None
    source_publisher: str | None = None
    source_url: str | None = None
    source_sha256: str | None = None
    is_builtin: bool = False
    content_sha256: str | None = Field(default=None, index=True)
    # The fingerprint of the file a set was imported from (not "as new") while the set still
    # holds exactly those questions: unique, so two imports of one file at once store one set.
    import_key: str | None = Field(default=None, index=True, unique=True)
    created_at: datetime = _time_column()
    updated_at: datetime = _time_column()
    # An exam set hides answers from students until the teacher releases its results (then set).
    is_exam: bool = False
    results_released_at: datetime | None = _time_column(nullable=True)
    # On a school server: students may read the set (row-level security checks it). On a
    # laptop: the set came from the school server.
    published: bool = False


class QuestionRow(SQLModel, table=True):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("set_id", "external_id"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    set_id: str = _foreign_key("question_set.id")
    external_id: str  # the question's id inside its `.quiz.json` set
    position: int
    type: str
    prompt: str
    # Type-specific data: {"choices", "answer", "tolerance", "unit"} as in the file format.
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    explanation: str = ""
    evidence_quote: str | None = None
    evidence_paragraph: int | None = None
    topic: str
    difficulty: int
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class ProfileRow(SQLModel, table=True):
    __tablename__ = "profile"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    name: str = Field(unique=True)
    # The PostgreSQL login of this student on a school server (None until one is made).
    server_login: str | None = Field(default=None, index=True, unique=True)
    # Per-student preferences (font size, theme, ...), free-form so adding one needs no migration.
    preferences: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False)
    )
    created_at: datetime = _time_column()


class AttemptRow(SQLModel, table=True):
    __tablename__ = "attempt"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    profile_id: str = _foreign_key("profile.id")
    set_id: str = _foreign_key("question_set.id")
    mode: str  # practice | exam | review | spaced
    # How the attempt was drawn (seed, question order, time limit...), so it can be resumed
    # and reproduced exactly.
    config: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    started_at: datetime = _time_column()
    finished_at: datetime | None = _time_column(nullable=True)
    score: float | None = None  # points earned / points possible, 0..1, once finished
    # Seconds the quiz has been on screen (saved with each answer and by a heartbeat): an exam's
    # timer resumes from here, so time the app was not running is never counted.
    elapsed_seconds: float = 0.0
    # An exam's questions flagged "for later" (their ids in the set), so a resumed exam shows
    # them; None when none ever were.
    flagged: list[str] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class ResponseRow(SQLModel, table=True):
    __tablename__ = "response"
    # Statistics read every answer of a student's attempts: this index covers those reads, so
    # SQLite never visits the table itself (progress over 100,000 answers stays fast).
    __table_args__ = (
        Index("ix_response_statistics", "attempt_id", "question_id", "score", "correct"),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    attempt_id: str = _foreign_key("attempt.id")
    question_id: str = _foreign_key("question.id")
    answer: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    correct: bool
    score: float  # 0..1; partial credit where the question type allows it
    seconds: float
    answered_at: datetime = _time_column()
    position: int = 0  # order of answering within the attempt (a question may come back)


class ReviewCardRow(SQLModel, table=True):
    """Spaced-repetition state of one question for one student (FSRS card as JSON)."""

    __tablename__ = "review_card"

    profile_id: str = Field(
        sa_column=Column(String(36), ForeignKey("profile.id", ondelete="CASCADE"), primary_key=True)
    )
    question_id: str = Field(
        sa_column=Column(
            String(36), ForeignKey("question.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    due: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    updated_at: datetime = _time_column()


class AppSettingRow(SQLModel, table=True):
    """App-wide settings (not per student), e.g. the teacher PIN's salted hash, as JSON text."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: str
    updated_at: datetime = _time_column()


class AppCounterRow(SQLModel, table=True):
    """App-wide counters raised by one atomic UPDATE (the teacher PIN's wrong tries), with the
    time of the last increment in seconds since the epoch."""

    __tablename__ = "app_counter"

    key: str = Field(primary_key=True)
    count: int
    last_at: float


def question_from_row(row: QuestionRow) -> Question:
    """Rebuild a question through the same validation as a file, so a stored row is never trusted
    blindly."""
    evidence = (
        {"quote": row.evidence_quote, "paragraph": row.evidence_paragraph}
        if row.evidence_quote is not None
        else None
    )
    obj = {
        "id": row.external_id,
        "type": row.type,
        "prompt": row.prompt,
        **row.data,
        "explanation": row.explanation,
        "evidence": evidence,
        "topic": row.topic,
        "difficulty": row.difficulty,
        "tags": row.tags,
    }
    return parse_question(obj, f"question {row.id}")


class SyncSentAttemptRow(SQLModel, table=True):
    """An attempt this laptop sent to its school server, and whether it was finished then."""

    __tablename__ = "sync_sent_attempt"

    attempt_id: str = Field(
        sa_column=Column(String(36), ForeignKey("attempt.id", ondelete="CASCADE"), primary_key=True)
    )
    finished: bool


class SyncSentAnswerRow(SQLModel, table=True):
    """An answer this laptop sent to its school server."""

    __tablename__ = "sync_sent_answer"

    response_id: str = Field(
        sa_column=Column(
            String(36), ForeignKey("response.id", ondelete="CASCADE"), primary_key=True
        )
    )
