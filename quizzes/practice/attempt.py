"""A quiz being taken, tied to the database: every answer is committed the moment it is given,
and the quiz moves on only once it is (an answer the database refused can be submitted again).

`LiveAttempt` joins a `QuizSession` (the rules) to `Store.history` (the record) and the
spaced-repetition scheduler. The GUI and the kill-and-resume test driver both use it, so what
the test proves is what the app does.

In an exam the answer on screen is stored whenever it changes (`save_answer`): the stored answer
is always the latest, so one selected but never "submitted" survives a closed window, a power
cut or the time running out. Flags are stored with the attempt (`set_flagged`). The exam is
scored, and its review cards updated, only by `finish` ("Submit all and finish") or `expire`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from fsrs import Rating

from quizzes.ids import utc_now
from quizzes.model import Question
from quizzes.practice.schedule import ReviewScheduler, comes_back_text, rating_for
from quizzes.practice.session import (
    MODES_WITH_ANSWERS_HIDDEN,
    Answered,
    Clock,
    Mode,
    ModeClosedError,
    NothingToAskError,
    QuizConfig,
    QuizSession,
    QuizSummary,
    draw_questions,
)
from quizzes.store.history import AttemptInfo, CardReview, QuestionReview, StoredResponse
from quizzes.store.repository import Store

WallClock = Callable[[], datetime]


@dataclass(frozen=True)
class AnswerReview:
    """How one answer rated its question's review card, and what the card was before it (kept
    so that another rating the student chooses replaces this one instead of adding to it)."""

    question_id: str
    previous: dict[str, Any] | None  # the FSRS state before the answer; None for a new card
    seconds: float
    answered_at: datetime
    automatic: Rating  # from right/wrong and the time taken
    rating: Rating  # the one in force: the automatic one, or the student's choice
    due: datetime

    @property
    def comes_back(self) -> str:
        """ "Comes back in 10 minutes", "Comes back tomorrow", ..."""
        return f"Comes back {comes_back_text(self.due, self.answered_at)}"


class LiveAttempt:
    """Start with `LiveAttempt.start(...)` or `LiveAttempt.resume(...)`; then `submit(given)`."""

    def __init__(
        self,
        store: Store,
        attempt_id: str,
        profile_id: str,
        set_id: str,
        set_title: str,
        session: QuizSession,
        now: WallClock,
    ) -> None:
        self.store = store
        self.attempt_id = attempt_id
        self.profile_id = profile_id
        self.set_id = set_id
        self.set_title = set_title
        self.session = session
        self._now = now
        self._scheduler = ReviewScheduler()
        self.last_review: AnswerReview | None = None  # of the latest answer given in this run

    @classmethod
    def start(
        cls,
        store: Store,
        profile_id: str,
        set_id: str,
        config: QuizConfig,
        *,
        clock: Clock,
        now: WallClock = utc_now,
    ) -> LiveAttempt:
        """Draw the questions, record the attempt (with the draw) and return it ready to answer.

        On an exam set whose results are not released the answers stay hidden, and a mode that
        would tell which were right is refused (`ModeClosedError`)."""
        summary = store.find_set(set_id)
        if summary.answers_hidden and config.mode not in MODES_WITH_ANSWERS_HIDDEN:
            raise ModeClosedError(
                f"{config.mode.label} is closed on the exam set {summary.title!r} until the "
                "teacher releases its results"
            )
        config = replace(config, answers_hidden=summary.answers_hidden)
        questions = store.get_quizset(set_id).questions
        history = store.history
        wrong: set[str] = set()
        card_due = {}
        if config.mode is Mode.REVIEW:
            wrong = history.wrong_last_time(profile_id, set_id)
        if config.mode is Mode.SPACED:
            card_due = {
                qid: due for qid, (_, due) in history.card_states(profile_id, set_id).items()
            }
        order = draw_questions(
            questions, config, wrong_last_time=wrong, card_due=card_due, now=now()
        )
        if not order:
            raise NothingToAskError(_nothing_to_ask(config.mode))
        attempt_id = history.start_attempt(
            profile_id,
            set_id,
            config.mode.value,
            {**config.to_dict(), "question_ids": order},
            now(),
        )
        session = QuizSession(questions, config, order, clock=clock)
        return cls(store, attempt_id, profile_id, set_id, summary.title, session, now)

    @classmethod
    def resume(
        cls, store: Store, attempt_id: str, *, clock: Clock, now: WallClock = utc_now
    ) -> LiveAttempt:
        """Rebuild an unfinished attempt exactly where it was, from its stored answers."""
        info = store.history.attempt(attempt_id)
        questions = store.get_quizset(info.set_id).questions
        session = rebuild_session(info, questions, store.history.responses(attempt_id), clock)
        # Marked an exam since the attempt began: its answers are hidden from here on.
        if store.find_set(info.set_id).answers_hidden:
            session.config.answers_hidden = True
        return cls(store, info.id, info.profile_id, info.set_id, info.set_title, session, now)

    # ------------------------------------------------------------ answering

    def submit(self, given: object | None) -> Answered:
        """Grade the answer and store it with the attempt's time and the question's review card,
        in one transaction committed before this returns; only then does the session move on.
        In an exam the answer is saved as the question's (`save_answer`), then the next
        question shown.

        If the database refuses the write, `AnswerNotSavedError` is raised and nothing moved:
        the same question is current, the score is as it was, and submitting again retries.
        """
        if self.session.is_exam:
            answer = self.save_answer(given)
            self.session.next()
            return answer
        answer = self.session.grade(given)
        when = self._now()
        automatic = rating_for(answer.grade.correct, answer.seconds)
        reviews: list[AnswerReview] = []

        def review_card(previous: dict[str, Any] | None) -> tuple[dict[str, Any], datetime]:
            card = self._scheduler.rate(previous, automatic, answer.seconds, when)
            reviews.append(
                AnswerReview(
                    answer.question_id,
                    previous,
                    answer.seconds,
                    when,
                    automatic,
                    automatic,
                    card.due,
                )
            )
            return card.state, card.due

        self.store.history.record_answer(
            self.attempt_id,
            self.profile_id,
            self.set_id,
            StoredResponse(
                answer.question_id,
                given,
                answer.grade.correct,
                answer.grade.score,
                answer.seconds,
                answer.position,
            ),
            when,
            self.session.elapsed_seconds(),
            review_card,
        )
        self.session.accept(answer)
        self.last_review = reviews[-1]
        return answer

    def rerate(self, rating: Rating) -> AnswerReview:
        """Replace the rating of the latest answer with the student's `rating`: its card is
        computed again from the state before that answer and stored at once. The answer itself
        (right or wrong, score) stays as it was. Raises `AnswerNotSavedError` if the database
        refuses the write; the card then keeps the rating it had."""
        review = self.last_review
        if review is None:
            raise RuntimeError("no answer of this run to rate")
        card = self._scheduler.rate(review.previous, rating, review.seconds, review.answered_at)
        self.store.history.replace_card(
            self.profile_id, self.set_id, review.question_id, card.state, card.due
        )
        self.last_review = replace(review, rating=rating, due=card.due)
        return self.last_review

    def save_answer(self, given: object | None) -> Answered:
        """Exam: store `given` as the current question's answer at once, replacing the one
        before (None: the question has no answer); the question stays on screen. A refused
        write raises `AnswerNotSavedError` and changes nothing."""
        answer = self.session.grade(given)
        response = (
            None
            if given is None
            else StoredResponse(
                answer.question_id,
                given,
                answer.grade.correct,
                answer.grade.score,
                answer.seconds,
                answer.position,
            )
        )
        self.store.history.save_exam_answer(
            self.attempt_id,
            self.set_id,
            answer.question_id,
            response,
            self._now(),
            self.session.elapsed_seconds(),
        )
        self.session.keep(answer)
        return answer

    def set_flagged(self, question_id: str, flagged: bool) -> None:
        """Exam: flag a question for later (or not), stored with the attempt at once."""
        wanted = set(self.session.flagged)
        if flagged:
            wanted.add(question_id)
        else:
            wanted.discard(question_id)
        stored = [qid for qid in self.session.order if qid in wanted]
        self.store.history.save_flags(self.attempt_id, stored)
        self.session.set_flagged(question_id, flagged)

    def _card_review(self, answer: Answered, when: datetime) -> CardReview:
        """How the question's review card changes for a submitted exam's `answer` (rated from
        right or wrong and the time the question was on screen)."""

        def review(previous: dict[str, Any] | None) -> tuple[dict[str, Any], datetime]:
            card = self._scheduler.review(previous, answer.grade.correct, answer.seconds, when)
            return card.state, card.due

        return review

    def heartbeat(self) -> None:
        """Save the time on screen, so a crash costs the student at most one heartbeat."""
        self.store.history.save_elapsed(self.attempt_id, self.session.elapsed_seconds())

    def finish(self) -> QuizSummary:
        """Record the final score (call once the session is finished or time is up). An exam is
        submitted here ("Submit all and finish"): its answers are scored and each answered
        question's review card updated, in the same transaction."""
        session = self.session
        if session.is_exam and not session.finished:
            session.submit_all()
        summary = session.summary()
        when = self._now()
        reviews: list[QuestionReview] = (
            [(a.question_id, self._card_review(a, when)) for a in session.answers]
            if session.is_exam
            else []
        )
        self.store.history.finish_attempt(
            self.attempt_id, summary.score, when, summary.seconds, reviews
        )
        return summary

    def expire(self) -> QuizSummary:
        """Time is up: submit the attempt with what was answered."""
        self.session.expire()
        return self.finish()

    def abandon(self) -> None:
        """Throw the attempt away (the student chose to, after a confirmation)."""
        self.store.history.delete_attempt(self.attempt_id)


def rebuild_session(
    info: AttemptInfo, questions: list[Question], responses: list[StoredResponse], clock: Clock
) -> QuizSession:
    """The session of a stored attempt, with its stored answers replayed."""
    from quizzes.practice.scoring import Grade

    config = QuizConfig.from_dict(info.config)
    answered = [
        Answered(r.question_id, r.answer, Grade(r.score, r.correct), r.seconds, r.position)
        for r in responses
    ]
    return QuizSession(
        questions,
        config,
        list(info.config.get("question_ids", [])),
        clock=clock,
        elapsed_before=info.elapsed_seconds,
        answered=answered,
        flagged=info.flagged,
    )


def _nothing_to_ask(mode: Mode) -> str:
    if mode is Mode.REVIEW:
        return "No mistakes to review in these topics: every question was right last time."
    if mode is Mode.SPACED:
        return "Nothing is due for review in these topics. Come back later!"
    return "These topics have no questions."
