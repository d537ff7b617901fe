"""A student's history: attempts, answers (each committed the moment it is given), statistics,
spaced-repetition cards, and profile upkeep (rename, delete, preferences).

An exam keeps one answer per question, the latest: each change replaces the stored one
(`save_exam_answer`), its flags are stored with the attempt (`save_flags`), and its review
cards are updated only when it is submitted (`finish_attempt` with the final answers).

Reached through `Store.history`. Like the rest of the store it returns plain data classes, and
every query is a SQLAlchemy expression (SQLite and PostgreSQL alike). Question ids outside the
store are the questions' ids inside their set (`Question.id`); rows use `question_uuid`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Integer, and_, case, cast, delete, func, null, or_, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, col, select

from quizzes.errors import AnswerNotSavedError, SteppeQuizError
from quizzes.practice.session import Mode
from quizzes.store.faults import explain_database_faults
from quizzes.store.rules import ProfileNameError, clean_profile_name, name_taken, question_uuid
from quizzes.store.tables import (
    AttemptRow,
    ProfileRow,
    QuestionRow,
    QuestionSetRow,
    ResponseRow,
    ReviewCardRow,
)

# The review card after an answer: previous FSRS state (None if new) -> (new state, next due).
CardReview = Callable[[dict[str, Any] | None], tuple[dict[str, Any], datetime]]
# A question's id in its set, with how its review card changes for the answer given to it.
QuestionReview = tuple[str, CardReview]


class AttemptNotFoundError(SteppeQuizError):
    """No attempt with that id (deleted with its profile or set)."""


@dataclass(frozen=True)
class AttemptInfo:
    id: str
    profile_id: str
    set_id: str
    set_title: str
    mode: str
    config: dict[str, Any]
    started_at: datetime
    finished_at: datetime | None
    score: float | None
    elapsed_seconds: float
    answered: int | None  # responses stored (None where not counted: finished attempts)
    flagged: list[str]  # an exam's questions flagged for later (ids in the set)


@dataclass(frozen=True)
class StoredResponse:
    question_id: str  # the question's id in its set
    answer: Any
    correct: bool
    score: float
    seconds: float
    position: int


@dataclass(frozen=True)
class SetScores:
    best: float | None
    last: float | None
    attempts: int


@dataclass(frozen=True)
class SetUsage:
    """What deleting a set would take with it."""

    attempts: int
    students: int


@dataclass(frozen=True)
class MissedQuestion:
    set_title: str
    prompt: str
    topic: str
    wrong: int
    answered: int


@dataclass(frozen=True)
class QuestionStats:
    question_id: str
    answered: int
    score_sum: float
    wrong: int
    topic: str
    prompt: str
    set_title: str


def mastery_from(stats: list[QuestionStats]) -> list[tuple[str, float, int]]:
    """(topic, mean score, answers) per topic, topics in alphabetical order."""
    totals: dict[str, list[float]] = {}
    for item in stats:
        entry = totals.setdefault(item.topic, [0.0, 0.0])
        entry[0] += item.score_sum
        entry[1] += item.answered
    return [
        (topic, total / count if count else 0.0, int(count))
        for topic, (total, count) in sorted(totals.items())
    ]


def most_missed_from(stats: list[QuestionStats], limit: int) -> list[MissedQuestion]:
    """Most wrong answers first; ties: the larger share wrong, then the prompt."""
    missed = sorted(
        (s for s in stats if s.wrong > 0),
        key=lambda s: (-s.wrong, -s.wrong / s.answered, s.prompt),
    )
    return [
        MissedQuestion(s.set_title, s.prompt, s.topic, wrong=s.wrong, answered=s.answered)
        for s in missed[:limit]
    ]


@dataclass(frozen=True)
class ProgressStats:
    """Everything the progress screen shows, computed in one go (off the GUI thread)."""

    attempts: list[AttemptInfo]  # finished, oldest first
    topic_mastery: list[tuple[str, float, int]]  # topic, mean score, responses
    most_missed: list[MissedQuestion]

    @property
    def scored_attempts(self) -> list[AttemptInfo]:
        """The attempts the score chart plots: practice and exam (as Best and Last count)."""
        return [a for a in self.attempts if Mode(a.mode).counts_towards_scores]


@contextmanager
def _answer_not_saved_if_refused(what: str = "Your answer") -> Iterator[None]:
    """Turn the database refusing an answer's write (or failing it: a damaged file) into
    `AnswerNotSavedError` for the student, so the answer stays on screen to retry."""
    try:
        yield
    except DBAPIError as err:
        raise AnswerNotSavedError(
            f"{what} was not saved: the database is busy or cannot be written to."
        ) from err


def _review_card(
    session: Session, profile_id: str, question_id: str, review: CardReview, when: datetime
) -> None:
    """Update (or create) the student's review card of a question after an answer to it."""
    card = session.get(ReviewCardRow, (profile_id, question_id))
    state, due = review(dict(card.state) if card is not None else None)
    if card is None:
        card = ReviewCardRow(profile_id=profile_id, question_id=question_id, due=due)
        session.add(card)
    card.state = state
    card.due = due
    card.updated_at = when


@explain_database_faults
class History:
    """Queries and writes about what students did; one instance per open `Store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # ------------------------------------------------------------ attempts and responses

    def start_attempt(
        self, profile_id: str, set_id: str, mode: str, config: dict[str, Any], now: datetime
    ) -> str:
        row = AttemptRow(
            profile_id=profile_id, set_id=set_id, mode=mode, config=config, started_at=now
        )
        with self._session() as session:
            session.add(row)
            session.commit()
        return row.id

    def record_answer(
        self,
        attempt_id: str,
        profile_id: str,
        set_id: str,
        response: StoredResponse,
        answered_at: datetime,
        elapsed_seconds: float,
        review_card: CardReview,
    ) -> None:
        """Store one answer, the attempt's time on screen and the question's review card after
        the answer, in one transaction: a crash midway keeps all of the answer or none of it.

        `review_card` gets the card's stored FSRS state (None for a new card) once the answer is
        written, and returns the new state and when it is next due. A write the database refuses
        (locked past the busy timeout, disk full, read-only, I/O error) stores nothing and raises
        `AnswerNotSavedError`, chained to the database's error.
        """
        question_id = question_uuid(set_id, response.question_id)
        with _answer_not_saved_if_refused(), self._session() as session:
            session.add(_response_row(attempt_id, question_id, response, answered_at))
            session.execute(
                update(AttemptRow)
                .where(col(AttemptRow.id) == attempt_id)
                .values(elapsed_seconds=elapsed_seconds)
            )
            session.flush()
            _review_card(session, profile_id, question_id, review_card, answered_at)
            session.commit()

    def save_exam_answer(
        self,
        attempt_id: str,
        set_id: str,
        question_id: str,
        response: StoredResponse | None,
        answered_at: datetime,
        elapsed_seconds: float,
    ) -> None:
        """An exam question's answer as it now stands, with the attempt's time on screen, in
        one transaction: it replaces the answer stored before (None: the question has none).
        Review cards wait for the exam to be submitted. A refused write stores nothing and
        raises `AnswerNotSavedError`."""
        question = question_uuid(set_id, question_id)
        with _answer_not_saved_if_refused(), self._session() as session:
            _withdraw_exam_answer(session, attempt_id, question)
            if response is not None:
                session.add(_response_row(attempt_id, question, response, answered_at))
            session.execute(
                update(AttemptRow)
                .where(col(AttemptRow.id) == attempt_id)
                .values(elapsed_seconds=elapsed_seconds)
            )
            session.commit()

    def save_flags(self, attempt_id: str, flagged: list[str]) -> None:
        """The exam's questions flagged for later (ids in the set), replacing those before."""
        with _answer_not_saved_if_refused("Your flag"), self._session() as session:
            session.execute(
                update(AttemptRow).where(col(AttemptRow.id) == attempt_id).values(flagged=flagged)
            )
            session.commit()

    def save_elapsed(self, attempt_id: str, elapsed_seconds: float) -> None:
        """The heartbeat: how long the quiz has been on screen so far."""
        with self._session() as session:
            session.execute(
                update(AttemptRow)
                .where(col(AttemptRow.id) == attempt_id)
                .values(elapsed_seconds=elapsed_seconds)
            )
            session.commit()

    def finish_attempt(
        self,
        attempt_id: str,
        score: float,
        finished_at: datetime,
        elapsed_seconds: float,
        reviews: Sequence[QuestionReview] = (),
    ) -> None:
        """Record the attempt's score and end and, for a submitted exam, the review card of each
        question answered (`reviews`), all in one transaction."""
        with self._session() as session:
            attempt = session.get(AttemptRow, attempt_id)
            if attempt is None:
                raise AttemptNotFoundError(f"no attempt with id {attempt_id!r}")
            for question_id, review in reviews:
                question = question_uuid(attempt.set_id, question_id)
                _review_card(session, attempt.profile_id, question, review, finished_at)
            attempt.score = score
            attempt.finished_at = finished_at
            attempt.elapsed_seconds = elapsed_seconds
            session.commit()

    def delete_attempt(self, attempt_id: str) -> None:
        """Abandon an attempt: it and its answers are removed."""
        with self._session() as session:
            session.execute(delete(ResponseRow).where(col(ResponseRow.attempt_id) == attempt_id))
            session.execute(delete(AttemptRow).where(col(AttemptRow.id) == attempt_id))
            session.commit()

    def attempt(self, attempt_id: str) -> AttemptInfo:
        with self._session() as session:
            rows = session.exec(_attempt_query().where(col(AttemptRow.id) == attempt_id)).all()
        if not rows:
            raise AttemptNotFoundError(f"no attempt with id {attempt_id!r}")
        return _attempt_info(*rows[0])

    def responses(self, attempt_id: str) -> list[StoredResponse]:
        """The attempt's answers in the order they were given."""
        with self._session() as session:
            rows = session.exec(
                select(ResponseRow, QuestionRow.external_id)
                .join(QuestionRow, col(QuestionRow.id) == col(ResponseRow.question_id))
                .where(col(ResponseRow.attempt_id) == attempt_id)
                .order_by(col(ResponseRow.position), col(ResponseRow.answered_at))
            ).all()
        return [
            StoredResponse(external, r.answer, r.correct, r.score, r.seconds, r.position)
            for r, external in rows
        ]

    def unfinished_attempt(self, profile_id: str) -> AttemptInfo | None:
        """The student's most recent quiz left unfinished, to offer to continue it."""
        with self._session() as session:
            rows = session.exec(
                _attempt_query()
                .where(col(AttemptRow.profile_id) == profile_id)
                .where(col(AttemptRow.finished_at).is_(None))
                .order_by(col(AttemptRow.started_at).desc())
                .limit(1)
            ).all()
        return _attempt_info(*rows[0]) if rows else None

    def finished_attempts(self, profile_id: str) -> list[AttemptInfo]:
        """Finished attempts, oldest first."""
        with self._session() as session:
            rows = session.exec(
                _attempt_query(count_answers=False)
                .where(col(AttemptRow.profile_id) == profile_id)
                .where(col(AttemptRow.finished_at).is_not(None))
                .order_by(col(AttemptRow.finished_at))
            ).all()
        return [_attempt_info(*row) for row in rows]

    def set_scores(self, profile_id: str) -> dict[str, SetScores]:
        """Best and last finished score per set for this student, of the modes that count
        towards scores (practice and exam)."""
        scored_modes = [mode.value for mode in Mode if mode.counts_towards_scores]
        with self._session() as session:
            rows = session.exec(
                select(AttemptRow.set_id, AttemptRow.score)
                .where(col(AttemptRow.profile_id) == profile_id)
                .where(col(AttemptRow.finished_at).is_not(None))
                .where(col(AttemptRow.mode).in_(scored_modes))
                .order_by(col(AttemptRow.finished_at))
            ).all()
        scores: dict[str, list[float]] = {}
        for set_id, score in rows:
            scores.setdefault(set_id, []).append(score or 0.0)
        return {sid: SetScores(max(s), s[-1], len(s)) for sid, s in scores.items()}

    def set_usage(self, set_id: str) -> SetUsage:
        """Every student's attempts at the set (finished or not), and how many students."""
        with self._session() as session:
            attempts, students = session.exec(
                select(func.count(), func.count(col(AttemptRow.profile_id).distinct())).where(
                    col(AttemptRow.set_id) == set_id
                )
            ).one()
        return SetUsage(int(attempts), int(students))

    def wrong_last_time(self, profile_id: str, set_id: str) -> set[str]:
        """Questions of the set whose latest answer by this student was not fully right."""
        with self._session() as session:
            rows = session.exec(
                select(QuestionRow.external_id, ResponseRow.correct)
                .join(ResponseRow, col(ResponseRow.question_id) == col(QuestionRow.id))
                .join(AttemptRow, col(AttemptRow.id) == col(ResponseRow.attempt_id))
                .where(col(AttemptRow.profile_id) == profile_id)
                .where(col(QuestionRow.set_id) == set_id)
                .order_by(
                    col(ResponseRow.answered_at),
                    col(AttemptRow.started_at),
                    col(ResponseRow.position),
                )
            ).all()
        latest: dict[str, bool] = {}
        for external_id, correct in rows:
            latest[external_id] = correct
        return {qid for qid, correct in latest.items() if not correct}

    # ------------------------------------------------------------ statistics

    def question_stats(self, profile_id: str) -> list[QuestionStats]:
        """Per question this student answered: answers, total score, wrong answers.

        One pass over the student's answers (through the covering `ix_response_statistics`
        index); topic mastery and most-missed questions are both derived from it. Answers to an
        exam set whose results are not released are left out: per question, they would tell
        which answers were right.
        """
        wrong = func.sum(cast(case((col(ResponseRow.correct), 0), else_=1), Integer))
        per_question = (
            select(
                ResponseRow.question_id,
                func.count().label("answered"),
                func.sum(ResponseRow.score).label("score_sum"),
                wrong.label("wrong"),
            )
            .join(AttemptRow, col(AttemptRow.id) == col(ResponseRow.attempt_id))
            .where(col(AttemptRow.profile_id) == profile_id)
            .group_by(col(ResponseRow.question_id))
            .subquery()
        )
        with self._session() as session:
            rows = session.exec(
                # sqlmodel's select() is typed for at most four columns; tests run this query.
                select(  # type: ignore[call-overload]
                    per_question.c.question_id,
                    per_question.c.answered,
                    per_question.c.score_sum,
                    per_question.c.wrong,
                    QuestionRow.topic,
                    QuestionRow.prompt,
                    QuestionSetRow.title,
                )
                .join(QuestionRow, col(QuestionRow.id) == per_question.c.question_id)
                .join(QuestionSetRow, col(QuestionSetRow.id) == col(QuestionRow.set_id))
                .where(
                    or_(
                        col(QuestionSetRow.is_exam).is_(False),
                        col(QuestionSetRow.results_released_at).is_not(None),
                    )
                )
            ).all()
        return [
            QuestionStats(qid, int(n), float(total or 0.0), int(n_wrong or 0), topic, prompt, title)
            for qid, n, total, n_wrong, topic, prompt, title in rows
        ]

    def topic_mastery(self, profile_id: str) -> list[tuple[str, float, int]]:
        """Per topic: the mean score of every answer this student gave, and how many answers."""
        return mastery_from(self.question_stats(profile_id))

    def most_missed(self, profile_id: str, limit: int = 10) -> list[MissedQuestion]:
        """The questions this student got wrong most often."""
        return most_missed_from(self.question_stats(profile_id), limit)

    def progress(self, profile_id: str, missed_limit: int = 10) -> ProgressStats:
        stats = self.question_stats(profile_id)
        return ProgressStats(
            attempts=self.finished_attempts(profile_id),
            topic_mastery=mastery_from(stats),
            most_missed=most_missed_from(stats, missed_limit),
        )

    # ------------------------------------------------------------ spaced repetition

    def card_states(
        self, profile_id: str, set_id: str
    ) -> dict[str, tuple[dict[str, Any], datetime]]:
        """This student's cards for the set's questions: id in set -> (FSRS state, due)."""
        with self._session() as session:
            rows = session.exec(
                select(QuestionRow.external_id, ReviewCardRow.state, ReviewCardRow.due)
                .join(QuestionRow, col(QuestionRow.id) == col(ReviewCardRow.question_id))
                .where(col(ReviewCardRow.profile_id) == profile_id)
                .where(col(QuestionRow.set_id) == set_id)
            ).all()
        return {external: (dict(state), due) for external, state, due in rows}

    def replace_card(
        self,
        profile_id: str,
        set_id: str,
        question_id: str,
        state: dict[str, Any],
        due: datetime,
    ) -> None:
        """Overwrite the state and due time of a card an answer already stored (the student
        chose another rating for it). Raises `AnswerNotSavedError` if the write is refused."""
        with _answer_not_saved_if_refused("Your rating"), self._session() as session:
            session.execute(
                update(ReviewCardRow)
                .where(col(ReviewCardRow.profile_id) == profile_id)
                .where(col(ReviewCardRow.question_id) == question_uuid(set_id, question_id))
                .values(state=state, due=due)
            )
            session.commit()

    def set_mastery(self, profile_id: str) -> dict[str, float]:
        """Per set with questions: the share of them this student has mastered, i.e. whose
        review card has reached the review stage (answered right at growing intervals, not
        forgotten since). Sets never practised have 0.0."""
        from quizzes.practice.schedule import card_stage

        with self._session() as session:
            totals = session.exec(
                select(QuestionRow.set_id, func.count()).group_by(col(QuestionRow.set_id))
            ).all()
            cards = session.exec(
                select(QuestionRow.set_id, ReviewCardRow.state)
                .join(QuestionRow, col(QuestionRow.id) == col(ReviewCardRow.question_id))
                .where(col(ReviewCardRow.profile_id) == profile_id)
            ).all()
        mastered: dict[str, int] = {}
        for set_id, state in cards:
            if card_stage(dict(state)) == "review":
                mastered[set_id] = mastered.get(set_id, 0) + 1
        return {set_id: mastered.get(set_id, 0) / int(total) for set_id, total in totals}

    def due_counts(self, profile_id: str, now: datetime) -> dict[str, int]:
        """Cards due now, per set id."""
        with self._session() as session:
            rows = session.exec(
                select(QuestionRow.set_id, func.count())
                .select_from(ReviewCardRow)
                .join(QuestionRow, col(QuestionRow.id) == col(ReviewCardRow.question_id))
                .where(
                    and_(
                        col(ReviewCardRow.profile_id) == profile_id,
                        col(ReviewCardRow.due) <= now,
                    )
                )
                .group_by(col(QuestionRow.set_id))
            ).all()
        return {set_id: int(count) for set_id, count in rows}

    # ------------------------------------------------------------ profiles

    def rename_profile(self, profile_id: str, name: str) -> str:
        clean = clean_profile_name(name)
        try:
            with self._session() as session:
                row = session.get(ProfileRow, profile_id)
                if row is None:
                    raise ProfileNameError("that profile no longer exists")
                row.name = clean
                session.commit()
        except IntegrityError:
            raise name_taken(clean) from None
        return clean

    def delete_profile(self, profile_id: str) -> None:
        """Delete a student and, with them, every attempt, answer and card of theirs."""
        with self._session() as session:
            attempt_ids = select(AttemptRow.id).where(col(AttemptRow.profile_id) == profile_id)
            session.execute(delete(ResponseRow).where(col(ResponseRow.attempt_id).in_(attempt_ids)))
            session.execute(delete(AttemptRow).where(col(AttemptRow.profile_id) == profile_id))
            session.execute(
                delete(ReviewCardRow).where(col(ReviewCardRow.profile_id) == profile_id)
            )
            session.execute(delete(ProfileRow).where(col(ProfileRow.id) == profile_id))
            session.commit()

    def preferences(self, profile_id: str) -> dict[str, Any]:
        with self._session() as session:
            row = session.get(ProfileRow, profile_id)
            return dict(row.preferences) if row is not None else {}

    def update_preferences(self, profile_id: str, **values: Any) -> dict[str, Any]:
        """Merge `values` into the profile's preferences; returns them all."""
        with self._session() as session:
            row = session.get(ProfileRow, profile_id)
            if row is None:
                return {}
            merged = {**row.preferences, **values}
            row.preferences = merged  # a new dict, so the JSON column sees the change
            session.commit()
            return merged


_ATTEMPT_COLUMNS = (
    AttemptRow.id,
    AttemptRow.profile_id,
    AttemptRow.set_id,
    AttemptRow.mode,
    AttemptRow.config,
    AttemptRow.started_at,
    AttemptRow.finished_at,
    AttemptRow.score,
    AttemptRow.elapsed_seconds,
    AttemptRow.flagged,
)


def _attempt_query(count_answers: bool = True) -> Any:
    """Attempts as plain columns (no ORM objects: a thousand of them load several times faster)
    with their set's title and, when asked, how many answers they hold."""
    answered = (
        select(func.count())
        .where(col(ResponseRow.attempt_id) == col(AttemptRow.id))
        .correlate(AttemptRow)
        .scalar_subquery()
        if count_answers
        else null()
    )
    # sqlmodel's select() is typed for at most four columns; tests run this query.
    return select(*_ATTEMPT_COLUMNS, QuestionSetRow.title, answered).join(  # type: ignore[call-overload]
        QuestionSetRow, col(QuestionSetRow.id) == col(AttemptRow.set_id)
    )


def _attempt_info(*row: Any) -> AttemptInfo:
    (
        attempt_id,
        profile_id,
        set_id,
        mode,
        config,
        started_at,
        finished_at,
        score,
        elapsed,
        flagged,
        set_title,
        answered,
    ) = row
    return AttemptInfo(
        id=attempt_id,
        profile_id=profile_id,
        set_id=set_id,
        set_title=set_title,
        mode=mode,
        config=dict(config),
        started_at=started_at,
        finished_at=finished_at,
        score=score,
        elapsed_seconds=elapsed,
        answered=None if answered is None else int(answered),
        flagged=[str(qid) for qid in flagged or []],
    )


def _response_row(
    attempt_id: str, question_id: str, response: StoredResponse, answered_at: datetime
) -> ResponseRow:
    return ResponseRow(
        attempt_id=attempt_id,
        question_id=question_id,
        answer=response.answer,
        correct=response.correct,
        score=response.score,
        seconds=response.seconds,
        answered_at=answered_at,
        position=response.position,
    )


def _withdraw_exam_answer(session: Session, attempt_id: str, question_id: str) -> None:
    """Remove the answer an exam in progress holds for a question. On a school server students
    may not delete answers, so the server's own function does it for them, and only for their
    own exam still in progress (see `quizzes.store.server.access`)."""
    if (
        session.get_bind().dialect.name == "postgresql"
        and not session.execute(select(func.has_table_privilege("response", "DELETE"))).scalar_one()
    ):
        session.execute(select(func.steppe_withdraw_exam_answer(attempt_id, question_id)))
        return
    session.execute(
        delete(ResponseRow)
        .where(col(ResponseRow.attempt_id) == attempt_id)
        .where(col(ResponseRow.question_id) == question_id)
    )
