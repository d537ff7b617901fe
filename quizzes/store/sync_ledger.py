"""The laptop's side of a sync: which attempts and answers are still to send, the marks of
what was sent, and taking in the sets the school server publishes.

Reached through `Store.sync_ledger`. A mark is written only once the server has committed what
it marks, so a sync that dies at any point leaves at worst something sent but not marked: it
is sent again next time, and the server ignores ids it already holds.

Pulled sets: the server wins (title, questions, their keys and order), but the student's own
history is never rewritten: a question the teacher removed that this student answered stays
on the laptop with its answers (deleting it would delete them), and no score is changed; so
does every question of a set with a quiz left unfinished, until that quiz is finished.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, delete, exists, or_
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel, col, select

from quizzes.classroom.results_file import ResultsAttempt, ResultsProfile
from quizzes.practice.session import Mode
from quizzes.store.class_results import responses_by_attempt, results_attempt
from quizzes.store.faults import explain_database_faults
from quizzes.store.school_server import ServerSet
from quizzes.store.tables import (
    AttemptRow,
    ProfileRow,
    QuestionRow,
    QuestionSetRow,
    ResponseRow,
    SyncSentAnswerRow,
    SyncSentAttemptRow,
)


@dataclass(frozen=True)
class PendingAttempt:
    """An attempt with something still to send: itself, answers, or its finishing. It carries
    all its answers (the score is graded again from them), `unsent` naming those to send."""

    attempt: ResultsAttempt
    unsent: frozenset[str]


@dataclass
class PullOutcome:
    added: list[str] = field(default_factory=list)  # titles of sets new on this laptop
    updated: list[str] = field(default_factory=list)  # titles of sets the teacher changed
    kept_questions: int = 0  # removed by the teacher, kept here because the student answered


@explain_database_faults
class SyncLedger:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def is_own_copy(self) -> bool:
        """Whether this database is a computer's own (SQLite) copy, the kind that syncs: one
        on the school server itself has nothing to sync with."""
        return self.engine.dialect.name == "sqlite"

    # ------------------------------------------------------------ pushing

    def pending(self, profile_id: str) -> list[PendingAttempt]:
        """The student's attempts not sent yet, sent unfinished and finished since, or with
        answers not sent yet; oldest first."""
        with self._session() as session:
            unsent_answer = ~exists().where(
                col(SyncSentAnswerRow.response_id) == col(ResponseRow.id)
            )
            # An exam's answers may still change until Submit all: they wait for it, so the
            # server never keeps an answer the student replaced (answers there are final).
            exam_in_progress = (col(AttemptRow.mode) == Mode.EXAM.value) & col(
                AttemptRow.finished_at
            ).is_(None)
            unsent_rows = session.exec(
                select(ResponseRow.id, ResponseRow.attempt_id)
                .join(AttemptRow, col(AttemptRow.id) == col(ResponseRow.attempt_id))
                .where(col(AttemptRow.profile_id) == profile_id)
                .where(unsent_answer)
                .where(~exam_in_progress)
            ).all()
            unsent: dict[str, set[str]] = {}
            for response_id, attempt_id in unsent_rows:
                unsent.setdefault(attempt_id, set()).add(response_id)
            rows = session.exec(
                select(AttemptRow, SyncSentAttemptRow.finished, ProfileRow.name)
                .join(ProfileRow, col(ProfileRow.id) == col(AttemptRow.profile_id))
                .outerjoin(
                    SyncSentAttemptRow,
                    col(SyncSentAttemptRow.attempt_id) == col(AttemptRow.id),
                )
                .where(col(AttemptRow.profile_id) == profile_id)
                .where(
                    or_(
                        col(SyncSentAttemptRow.attempt_id).is_(None),
                        col(SyncSentAttemptRow.finished).is_(False)
                        & col(AttemptRow.finished_at).is_not(None),
                        col(AttemptRow.id).in_(list(unsent)),
                    )
                )
                .order_by(col(AttemptRow.started_at), col(AttemptRow.id))
            ).all()
            responses = responses_by_attempt(session, [attempt.id for attempt, _, _ in rows])
        return [
            PendingAttempt(
                results_attempt(
                    attempt, ResultsProfile(attempt.profile_id, name), responses.get(attempt.id, [])
                ),
                frozenset(unsent.get(attempt.id, set())),
            )
            for attempt, _, name in rows
        ]

    def mark_sent(self, attempts: dict[str, bool], answers: list[str]) -> None:
        """Mark attempts (id -> whether sent finished) and answers as sent, in one transaction.
        A finished mark is never taken back by a sync that read the attempt unfinished."""
        insert = postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert
        sent_attempt = SQLModel.metadata.tables["sync_sent_attempt"]
        sent_answer = SQLModel.metadata.tables["sync_sent_answer"]
        with self.engine.begin() as connection:
            if attempts:
                statement = insert(sent_attempt)
                connection.execute(
                    statement.on_conflict_do_update(
                        index_elements=["attempt_id"],
                        set_={"finished": sent_attempt.c.finished | statement.excluded.finished},
                    ),
                    [{"attempt_id": key, "finished": done} for key, done in attempts.items()],
                )
            if answers:
                connection.execute(
                    insert(sent_answer).on_conflict_do_nothing(),
                    [{"response_id": key} for key in answers],
                )

    def forget_sent(self) -> None:
        """Forget every mark (another server or login): everything is sent again."""
        with self.engine.begin() as connection:
            connection.execute(delete(SyncSentAnswerRow))
            connection.execute(delete(SyncSentAttemptRow))

    # ------------------------------------------------------------ pulling

    def take_published(self, server_sets: list[ServerSet]) -> PullOutcome:
        """Add the server's sets this laptop lacks and bring changed ones up to date, in one
        transaction. A set is up to date when its `updated_at` is the server's."""
        outcome = PullOutcome()
        with self._session() as session:
            for server_set in server_sets:
                local = session.get(QuestionSetRow, server_set.id)
                if local is None:
                    session.add(QuestionSetRow(**_set_values(server_set)))
                    session.flush()
                    for values in server_set.question_rows:
                        session.add(QuestionRow(**values))
                    outcome.added.append(server_set.title)
                elif local.updated_at != server_set.row["updated_at"]:
                    kept = _replace_questions(session, server_set)
                    for name, value in _set_values(server_set).items():
                        setattr(local, name, value)
                    outcome.updated.append(server_set.title)
                    outcome.kept_questions += kept
            session.commit()
        return outcome


def _set_values(server_set: ServerSet) -> dict[str, Any]:
    """The server's set row as this laptop keeps it: no import key (a file imported here
    may hold it) and never built in."""
    columns = QuestionSetRow.model_fields
    values = {name: value for name, value in server_set.row.items() if name in columns}
    return {**values, "import_key": None, "is_builtin": False}


def _replace_questions(session: Session, server_set: ServerSet) -> int:
    """Make the set's questions the server's; a question the server dropped stays if this
    laptop holds answers to it, or while a quiz on the set is unfinished (its next answer may
    be to that question). Returns how many stayed that way."""
    wanted = {values["id"]: values for values in server_set.question_rows}
    local_rows = session.exec(
        select(QuestionRow).where(col(QuestionRow.set_id) == server_set.id)
    ).all()
    answered = set(
        session.exec(
            select(ResponseRow.question_id).where(
                col(ResponseRow.question_id).in_([row.id for row in local_rows])
            )
        ).all()
    )
    # A quiz left unfinished on this set may still ask any of its questions.
    in_progress = session.exec(
        select(AttemptRow.id)
        .where(col(AttemptRow.set_id) == server_set.id)
        .where(col(AttemptRow.finished_at).is_(None))
    ).first()
    kept = 0
    for row in local_rows:
        if row.id in wanted:
            continue
        if row.id in answered or in_progress is not None:
            row.position = len(wanted) + kept
            kept += 1
        else:
            session.delete(row)
    session.flush()
    by_id = {row.id: row for row in local_rows}
    for question_id, values in wanted.items():
        stored = by_id.get(question_id)
        if stored is None:
            session.add(QuestionRow(**values))
        else:
            for name, value in values.items():
                setattr(stored, name, value)
    return kept
