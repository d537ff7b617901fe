"""`Store`: the one facade through which the app reads and writes its database.

Callers get plain data classes (`SetSummary`, `Profile`, `QuizSet`), never rows or sessions,
so the GUI holds no database connection and queries live in this module only. Every query is
a SQLAlchemy expression, so the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, delete, func, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from quizzes.errors import SetNotFoundError, SteppeQuizError
from quizzes.ids import unused_id, utc_now
from quizzes.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Question,
    QuizSet,
    Source,
    content_fingerprint,
    parse_quizset,
    question_to_dict,
)
from quizzes.progress import STORING, Progress
from quizzes.store import faults, migrate
from quizzes.store.engine import make_engine, quick_check_problems
from quizzes.store.rules import clean_profile_name, name_taken, question_uuid
from quizzes.store.tables import (
    AttemptRow,
    ProfileRow,
    QuestionRow,
    QuestionSetRow,
    ResponseRow,
    ReviewCardRow,
    question_from_row,
)

if TYPE_CHECKING:
    from quizzes.classroom.teacher_lock import TeacherLock
    from quizzes.store.class_results import ClassResults
    from quizzes.store.history import History
    from quizzes.store.settings import AppSettings
    from quizzes.store.sync_ledger import SyncLedger

# Keys of a question's `.quiz.json` object kept in the row's `data` column.
_DATA_KEYS = ("choices", "answer", "tolerance", "unit")
# Questions inserted per statement when a set is stored: a cancel is seen between batches.
_STORE_BATCH = 1000


@dataclass(frozen=True)
class SetSummary:
    """A question set as listed on screen or by `sets`: its question count and topics."""

    id: str
    title: str
    description: str
    question_count: int
    topics: list[str]
    source: Source
    is_builtin: bool
    fingerprint: str | None
    created_at: datetime
    updated_at: datetime
    is_exam: bool = False
    results_released_at: datetime | None = None
    published: bool = False

    @property
    def answers_hidden(self) -> bool:
        """An exam set whose results the teacher has not released: students see no answers."""
        return self.is_exam and self.results_released_at is None

    @property
    def source_label(self) -> str:
        parts = [p for p in (self.source.title, self.source.publisher) if p]
        return " — ".join(parts) if parts else "no source"


class NotAnExamError(SteppeQuizError):
    """Results were released for a set that is not an exam."""


class SetAlreadyStoredError(SteppeQuizError):
    """A set was stored under the same id or import key at the same moment; nothing was added."""

    def __init__(self, existing: SetSummary) -> None:
        super().__init__(
            f"these questions are already stored as set {existing.id} ({existing.title!r})"
        )
        self.existing = existing


class SetTitleTakenError(SteppeQuizError):
    """Another set has that title (case ignored): two such sets would look alike on Home."""


class BuiltinSetError(SteppeQuizError):
    """The built-in set comes with the app: it can be renamed, not deleted."""

    @classmethod
    def about(cls, title: str) -> BuiltinSetError:
        return cls(f"{title!r} comes with the app and cannot be deleted; it can be renamed.")


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    preferences: dict[str, Any] = field(default_factory=dict)


@faults.explain_database_faults
class Store:
    """An open, migrated database. Create with `Store.open(url)`; `close()` when done."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating if needed), check and migrate the database at `url`. A fault ends in
        a `DatabaseError` saying what to do (see `quizzes.store.faults`)."""
        engine = make_engine(url)
        try:
            with faults.faults_explained(engine):
                _check_and_migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def on_school_server(self) -> bool:
        """Whether this is a school server's database, shared by many computers (not a
        computer's own SQLite file)."""
        return self.engine.dialect.name != "sqlite"

    @property
    def history(self) -> History:
        """Students' attempts, answers, statistics, review cards and profile upkeep."""
        from quizzes.store.history import History

        return History(self.engine)

    @property
    def class_results(self) -> ClassResults:
        """Results files from other laptops, the class view and question statistics."""
        from quizzes.store.class_results import ClassResults

        return ClassResults(self.engine)

    @property
    def settings(self) -> AppSettings:
        """App-wide key/value settings (the teacher PIN's hash lives here)."""
        from quizzes.store.settings import AppSettings

        return AppSettings(self.engine)

    @property
    def sync_ledger(self) -> SyncLedger:
        """What this laptop still has to send to its school server, and the sets it pulls."""
        from quizzes.store.sync_ledger import SyncLedger

        return SyncLedger(self.engine)

    def teacher_lock(self) -> TeacherLock:
        """The optional teacher PIN of this database."""
        from quizzes.classroom.teacher_lock import TeacherLock

        return TeacherLock(self.settings)

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # ------------------------------------------------------------ question sets

    def list_sets(self) -> list[SetSummary]:
        """All sets, built-in first, then by title."""
        with self._session() as session:
            counts = dict(
                session.exec(
                    select(QuestionRow.set_id, func.count()).group_by(col(QuestionRow.set_id))
                ).all()
            )
            topic_rows = session.exec(
                select(QuestionRow.set_id, QuestionRow.topic, func.min(QuestionRow.position))
                .group_by(col(QuestionRow.set_id), col(QuestionRow.topic))
                .order_by(func.min(QuestionRow.position))
            ).all()
            topics: dict[str, list[str]] = {}
            for set_id, topic, _ in topic_rows:
                topics.setdefault(set_id, []).append(topic)
            rows = session.exec(
                select(QuestionSetRow).order_by(
                    col(QuestionSetRow.is_builtin).desc(), func.lower(QuestionSetRow.title)
                )
            ).all()
            return [_summary(row, counts.get(row.id, 0), topics.get(row.id, [])) for row in rows]

    def find_set(self, reference: str) -> SetSummary:
        """A set by its id (or a unique prefix of it, as `sets` prints) or its exact title."""
        sets = self.list_sets()
        ref = reference.strip()
        by_id = [s for s in sets if s.id == ref] or [
            s for s in sets if len(ref) >= 4 and s.id.startswith(ref)
        ]
        matches = by_id or [s for s in sets if s.title.casefold() == ref.casefold()]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise SetNotFoundError(f"no question set with id or title {reference!r} (see `sets`)")
        ids = ", ".join(s.id for s in matches)
        raise SetNotFoundError(f"{len(matches)} sets match {reference!r}; use an id: {ids}")

    def add_quizset(
        self,
        quizset: QuizSet,
        *,
        builtin: bool = False,
        set_id: str | None = None,
        imported: bool = False,
        progress: Progress | None = None,
    ) -> SetSummary:
        """Store a validated set and all its questions in one transaction (all or nothing),
        batch by batch through `progress`: once it is cancelled, nothing is stored.

        An `imported` set (read from a file, not "as new") is keyed by its questions'
        fingerprint: if another set took that key, or `set_id`, first (two imports or two
        start-ups at the same moment), `SetAlreadyStoredError` names that set.
        """
        progress = progress or Progress()
        now = utc_now()
        fingerprint = content_fingerprint(quizset)
        set_row = QuestionSetRow(
            id=set_id or str(uuid.uuid4()),
            title=quizset.title,
            description=quizset.description,
            source_title=quizset.source.title,
            source_publisher=quizset.source.publisher,
            source_url=quizset.source.url,
            source_sha256=quizset.source.sha256,
            is_builtin=builtin,
            content_sha256=fingerprint,
            import_key=fingerprint if imported else None,
            created_at=now,
            updated_at=now,
            is_exam=quizset.exam,
        )
        questions = quizset.questions
        with self._session() as session:
            session.add(set_row)
            try:
                # The unique keys decide, not a look beforehand: the insert waits for a
                # concurrent one and fails once that one is committed.
                session.flush()
            except IntegrityError:
                session.rollback()
                existing = self._set_taking_the_place_of(set_row)
                if existing is None:
                    raise
                raise SetAlreadyStoredError(existing) from None
            # Plain inserts in batches: building an ORM object per question cost most of the
            # time of a large import.
            for start in range(0, len(questions), _STORE_BATCH):
                progress.advance(start, len(questions), STORING)
                batch = questions[start : start + _STORE_BATCH]
                values = [
                    _question_values(set_row.id, start + offset, question)
                    for offset, question in enumerate(batch)
                ]
                session.execute(insert(QuestionRow), values)
            progress.advance(len(questions), len(questions), STORING)
            session.commit()
        return _summary(set_row, len(questions), quizset.topics)

    def _set_taking_the_place_of(self, row: QuestionSetRow) -> SetSummary | None:
        """The stored set with `row`'s id or import key, if there is one."""
        with self._session() as session:
            existing = session.get(QuestionSetRow, row.id)
            if existing is None and row.import_key is not None:
                existing = session.exec(
                    select(QuestionSetRow).where(QuestionSetRow.import_key == row.import_key)
                ).first()
        return None if existing is None else self.find_set(existing.id)

    def get_quizset(self, set_id: str) -> QuizSet:
        """The whole set, questions in their stored order."""
        with self._session() as session:
            set_row = session.get(QuestionSetRow, set_id)
            if set_row is None:
                raise SetNotFoundError(f"no question set with id {set_id!r}")
            rows = session.exec(
                select(QuestionRow)
                .where(QuestionRow.set_id == set_id)
                .order_by(col(QuestionRow.position))
            ).all()
        return QuizSet(
            title=set_row.title,
            description=set_row.description,
            source=_source(set_row),
            questions=[question_from_row(row) for row in rows],
            exam=set_row.is_exam,
        )

    def sets_with_same_questions(self, quizset: QuizSet) -> list[SetSummary]:
        """Stored sets whose questions are exactly those of `quizset` (an import seen before)."""
        fingerprint = content_fingerprint(quizset)
        return [s for s in self.list_sets() if s.fingerprint == fingerprint]

    def delete_set(self, set_id: str) -> None:
        """Delete a set with its questions and every student's attempts, answers and review
        cards of it, in one transaction: all of it or, on any failure, none of it. The built-in
        set is refused (`BuiltinSetError`); it would come back, empty, at the next start."""
        with self._session() as session:
            row = self._set_row(session, set_id)
            if row.is_builtin:
                raise BuiltinSetError(
                    f"{row.title!r} comes with the app and cannot be deleted; it can be renamed."
                )
            attempts = select(AttemptRow.id).where(col(AttemptRow.set_id) == set_id)
            questions = select(QuestionRow.id).where(col(QuestionRow.set_id) == set_id)
            session.execute(delete(ResponseRow).where(col(ResponseRow.attempt_id).in_(attempts)))
            session.execute(delete(ResponseRow).where(col(ResponseRow.question_id).in_(questions)))
            session.execute(
                delete(ReviewCardRow).where(col(ReviewCardRow.question_id).in_(questions))
            )
            session.execute(delete(AttemptRow).where(col(AttemptRow.set_id) == set_id))
            session.execute(delete(QuestionRow).where(col(QuestionRow.set_id) == set_id))
            session.execute(delete(QuestionSetRow).where(col(QuestionSetRow.id) == set_id))
            session.commit()

    # ------------------------------------------------------------ editing sets (teacher)

    def create_set(self, title: str, description: str = "") -> SetSummary:
        """A new, empty set; the title follows the file format's rules."""
        checked = _checked_quizset(title, description, [])
        return self.add_quizset(checked)

    def rename_set(self, set_id: str, title: str) -> SetSummary:
        """Give the set a new title; one another set has (case ignored) is refused with
        `SetTitleTakenError`, and nothing changes."""
        checked = _checked_quizset(title.strip(), "", [])
        wanted = checked.title.casefold()
        if any(s.id != set_id and s.title.casefold() == wanted for s in self.list_sets()):
            raise SetTitleTakenError(
                f"There is already a set called {checked.title!r}; choose another title."
            )
        return self._update_set_row(set_id, title=checked.title)

    def update_description(self, set_id: str, description: str) -> SetSummary:
        checked = _checked_quizset("-", description, [])
        return self._update_set_row(set_id, description=checked.description)

    def duplicate_set(self, set_id: str, title: str | None = None) -> SetSummary:
        """A copy under a new id (so new question ids too); never built-in, no history."""
        original = self.get_quizset(set_id)
        copy_title = title if title is not None else f"{original.title} (copy)"
        checked = _checked_quizset(copy_title, original.description, original.questions)
        checked.source = original.source
        checked.exam = original.exam
        return self.add_quizset(checked)

    def mark_exam(self, set_id: str, exam: bool) -> SetSummary:
        """Make the set an exam (answers hidden from students, results not yet released) or an
        ordinary set again. Marking it anew hides results released earlier."""
        return self._update_set_row(set_id, is_exam=exam, results_released_at=None)

    def publish_set(self, set_id: str, published: bool) -> SetSummary:
        """On a school server: let students read the set (or no longer)."""
        return self._update_set_row(set_id, published=published)

    def release_results(self, set_id: str, when: datetime) -> SetSummary:
        """Show students the answers and their per-question results of an exam set."""
        summary = self.find_set(set_id)
        if not summary.is_exam:
            raise NotAnExamError(f"{summary.title!r} is not an exam set: its results are open")
        return self._update_set_row(set_id, results_released_at=when)

    def replace_questions(self, set_id: str, questions: list[Question]) -> SetSummary:
        """Make the set's questions exactly `questions`, in that order, in one transaction.

        A question whose id is still present keeps its row (and so its students' history); only
        questions that are gone are deleted, and new ones inserted. All or nothing.
        """
        checked = _checked_quizset("-", "", questions).questions
        with self._session() as session:
            set_row = self._set_row(session, set_id)
            rows = session.exec(select(QuestionRow).where(QuestionRow.set_id == set_id)).all()
            existing = {row.external_id: row for row in rows}
            wanted = {q.id for q in checked}
            for row in rows:
                if row.external_id not in wanted:
                    session.delete(row)
            session.flush()
            for position, question in enumerate(checked):
                fresh = _question_row(set_id, position, question)
                kept = existing.get(question.id)
                if kept is None:
                    session.add(fresh)
                else:
                    _copy_question_fields(fresh, kept)
            fingerprint = content_fingerprint(QuizSet("-", questions=checked))
            if set_row.import_key != fingerprint:
                set_row.import_key = None  # no longer the file's questions: it may come again
            set_row.content_sha256 = fingerprint
            set_row.updated_at = utc_now()
            session.commit()
        return self.find_set(set_id)

    def append_questions(self, set_id: str, questions: list[Question]) -> list[str]:
        """Add `questions` after the set's own, in one transaction; returns their stored ids.

        An id already used in the set gets a `-2`, `-3`... suffix, so nothing is overwritten.
        """
        current = self.get_quizset(set_id).questions
        taken = {q.id for q in current}
        added: list[Question] = []
        for question in questions:
            new_id = unused_id(question.id, taken)
            taken.add(new_id)
            added.append(dataclasses.replace(question, id=new_id))
        self.replace_questions(set_id, current + added)
        return [q.id for q in added]

    def _set_row(self, session: Session, set_id: str) -> QuestionSetRow:
        row = session.get(QuestionSetRow, set_id)
        if row is None:
            raise SetNotFoundError(f"no question set with id {set_id!r}")
        return row

    def _update_set_row(self, set_id: str, **values: object) -> SetSummary:
        with self._session() as session:
            row = self._set_row(session, set_id)
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = utc_now()
            session.commit()
        return self.find_set(set_id)

    # ------------------------------------------------------------ profiles

    def list_profiles(self) -> list[Profile]:
        with self._session() as session:
            rows = session.exec(select(ProfileRow).order_by(func.lower(ProfileRow.name))).all()
            return [Profile(row.id, row.name, dict(row.preferences)) for row in rows]

    def create_profile(self, name: str) -> Profile:
        clean = clean_profile_name(name)
        row = ProfileRow(name=clean, preferences={}, created_at=utc_now())
        try:
            with self._session() as session:
                session.add(row)
                session.commit()
        except IntegrityError:
            raise name_taken(clean) from None
        return Profile(row.id, row.name, {})


def _check_and_migrate(engine: Engine) -> None:
    """Refuse a damaged file before anything reads or writes it, then bring the schema up to
    date and make sure no table was dropped behind the app's back."""
    problems = quick_check_problems(engine)
    if problems:
        raise faults.failed_check(engine.url, problems)
    migrate.upgrade(engine)
    missing = migrate.missing_tables(engine)
    if missing:
        raise faults.missing_tables(engine.url, missing)


def _summary(row: QuestionSetRow, count: int, topics: list[str]) -> SetSummary:
    return SetSummary(
        id=row.id,
        title=row.title,
        description=row.description,
        question_count=count,
        topics=topics,
        source=_source(row),
        is_builtin=row.is_builtin,
        fingerprint=row.content_sha256,
        created_at=row.created_at,
        updated_at=row.updated_at,
        is_exam=row.is_exam,
        results_released_at=row.results_released_at,
        published=row.published,
    )


def _source(row: QuestionSetRow) -> Source:
    return Source(row.source_title, row.source_publisher, row.source_url, row.source_sha256)


def _question_row(set_id: str, position: int, question: Question) -> QuestionRow:
    return QuestionRow(**_question_values(set_id, position, question))


def _question_values(set_id: str, position: int, question: Question) -> dict[str, Any]:
    """The columns of a question's row."""
    as_dict = question_to_dict(question)
    evidence = question.evidence
    return {
        "id": question_uuid(set_id, question.id),
        "set_id": set_id,
        "external_id": question.id,
        "position": position,
        "type": question.type.value,
        "prompt": question.prompt,
        "data": {key: as_dict[key] for key in _DATA_KEYS if key in as_dict},
        "explanation": question.explanation,
        "evidence_quote": evidence.quote if evidence else None,
        "evidence_paragraph": evidence.paragraph if evidence else None,
        "topic": question.topic,
        "difficulty": question.difficulty,
        "tags": list(question.tags),
    }


def _checked_quizset(title: str, description: str, questions: list[Question]) -> QuizSet:
    """Pass edited data through the file format's own validation (`parse_quizset`)."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": title,
        "description": description,
        "questions": [question_to_dict(q) for q in questions],
    }
    return parse_quizset(document)


def _copy_question_fields(source: QuestionRow, target: QuestionRow) -> None:
    """Update a stored question in place: its row id (and history) stays."""
    for name in (
        "position",
        "type",
        "prompt",
        "data",
        "explanation",
        "evidence_quote",
        "evidence_paragraph",
        "topic",
        "difficulty",
        "tags",
    ):
        setattr(target, name, getattr(source, name))
