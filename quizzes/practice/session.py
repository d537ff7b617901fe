"""One quiz from the first question to the summary: which questions, in what order, and the
state machine that walks through them. Pure Python; the clock and randomness are injected.

Modes:
- practice: feedback after every answer; a wrong question comes back `REQUEUE_GAP` questions
  later (at most `MAX_COMEBACKS` times), so the student meets it again once the feedback sank in.
- exam: a seeded draw (the seed and the drawn ids are recorded with the attempt, so the same
  exam can be reviewed and drawn again), optional per-topic quotas, no feedback until the end,
  and a time limit. As in Moodle the student moves freely: `go_to` any question, `previous` and
  `next`, flags questions for later, and after the last question comes the "review your
  answers" page (`reviewing`). Each question holds one answer, the latest: `answer_current`
  replaces it (None clears it). Nothing is scored until `submit_all` (or time running out),
  which submits every answer held.
- review: only the questions this student got wrong the last time they answered them; behaves
  like practice.
- spaced: questions whose spaced-repetition card is due (most overdue first), then questions
  never seen; behaves like practice.

The score of an attempt counts each drawn question once, with its FIRST answer (a question that
came back in practice cannot raise the score; an exam holds one answer per question), and
unanswered questions as 0.

An exam set whose results the teacher has not released hides its answers (`answers_hidden`):
only practice and exam are open (review and spaced repetition choose questions by past
mistakes), and in practice a wrong answer does not come back, since that would tell.

Exam timer rule: the clock runs only while the quiz is on screen. Elapsed time is saved with
every answer and by a heartbeat every few seconds; after a crash, a power cut or a closed
laptop, the exam resumes with the time it had left at the last save. A student whose machine
dies must not lose their exam to it, and at most one heartbeat interval is given back.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from quizzes.errors import SteppeQuizError
from quizzes.model import Question
from quizzes.practice.scoring import Grade, grade_response

REQUEUE_GAP = 3
MAX_COMEBACKS = 2

Clock = Callable[[], float]


class Mode(StrEnum):
    PRACTICE = "practice"
    EXAM = "exam"
    REVIEW = "review"
    SPACED = "spaced"

    @property
    def label(self) -> str:
        return {
            Mode.PRACTICE: "Practice",
            Mode.EXAM: "Exam",
            Mode.REVIEW: "Review mistakes",
            Mode.SPACED: "Spaced repetition",
        }[self]

    @property
    def counts_towards_scores(self) -> bool:
        """Best and Last score and the score chart: practice and exam only. A review of
        mistakes or a spaced-repetition round picks the questions, so its score says little."""
        return self in (Mode.PRACTICE, Mode.EXAM)

    @property
    def gives_feedback(self) -> bool:
        """Feedback after each answer (and wrong questions come back): all but the exam."""
        return self is not Mode.EXAM


# The modes that tell nothing about which answers were right.
MODES_WITH_ANSWERS_HIDDEN = (Mode.PRACTICE, Mode.EXAM)


class NothingToAskError(SteppeQuizError):
    """The chosen mode and topics leave no question to ask (e.g. no mistakes to review)."""


class ModeClosedError(SteppeQuizError):
    """The mode would tell a student which answers of an unreleased exam set were right."""


@dataclass
class QuizConfig:
    """How a quiz is drawn; stored with the attempt (JSON) so it can be resumed and reproduced."""

    mode: Mode = Mode.PRACTICE
    count: int | None = None  # None: every question available
    topics: list[str] = field(default_factory=list)  # empty: every topic
    time_limit_seconds: int | None = None  # exam only
    shuffle: bool = True
    seed: int = 0
    topic_quotas: dict[str, int] = field(default_factory=dict)
    answers_hidden: bool = False  # an unreleased exam set: no answers, no comebacks

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode.value,
            "count": self.count,
            "topics": list(self.topics),
            "time_limit_seconds": self.time_limit_seconds,
            "shuffle": self.shuffle,
            "seed": self.seed,
            "topic_quotas": dict(self.topic_quotas),
            "answers_hidden": self.answers_hidden,
        }

    @property
    def shows_answers(self) -> bool:
        """Feedback with the right answer after each answer (and wrong questions come back)."""
        return self.mode.gives_feedback and not self.answers_hidden

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuizConfig:
        return cls(
            mode=Mode(data.get("mode", Mode.PRACTICE.value)),
            count=data.get("count"),
            topics=list(data.get("topics") or []),
            time_limit_seconds=data.get("time_limit_seconds"),
            shuffle=bool(data.get("shuffle", True)),
            seed=int(data.get("seed", 0)),
            topic_quotas={str(k): int(v) for k, v in (data.get("topic_quotas") or {}).items()},
            answers_hidden=bool(data.get("answers_hidden", False)),
        )


# ---------------------------------------------------------------- drawing the questions


def draw_questions(
    questions: list[Question],
    config: QuizConfig,
    *,
    wrong_last_time: Iterable[str] = (),
    card_due: dict[str, datetime] | None = None,
    now: datetime | None = None,
) -> list[str]:
    """The ids of the questions to ask, in order. Same inputs and seed, same draw.

    `wrong_last_time` (review mode): ids the student got wrong when they last answered them.
    `card_due` (spaced mode): due time of every question the student has a card for; `now`
    decides which are due.
    """
    rng = random.Random(config.seed)
    pool = [q for q in questions if not config.topics or q.topic in config.topics]
    if config.mode is Mode.REVIEW:
        wrong = set(wrong_last_time)
        pool = [q for q in pool if q.id in wrong]
    if config.mode is Mode.SPACED:
        chosen = _spaced_order(pool, config, rng, card_due or {}, now)
    elif config.topic_quotas:
        chosen = _draw_with_quotas(pool, config, rng)
    else:
        count = len(pool) if config.count is None else min(config.count, len(pool))
        chosen = rng.sample(pool, count) if count < len(pool) else list(pool)
        if config.shuffle:
            rng.shuffle(chosen)
        else:
            chosen = _in_set_order(chosen, questions)
    return [q.id for q in chosen]


def _spaced_order(
    pool: list[Question],
    config: QuizConfig,
    rng: random.Random,
    card_due: dict[str, datetime],
    now: datetime | None,
) -> list[Question]:
    if now is None:
        raise ValueError("spaced repetition needs the current time")
    due = sorted(
        (q for q in pool if q.id in card_due and card_due[q.id] <= now),
        key=lambda q: card_due[q.id],
    )
    unseen = [q for q in pool if q.id not in card_due]
    if config.shuffle:
        rng.shuffle(unseen)
    chosen = due + unseen
    return chosen if config.count is None else chosen[: config.count]


def _draw_with_quotas(
    pool: list[Question], config: QuizConfig, rng: random.Random
) -> list[Question]:
    """Each topic's quota first (as many as it has), then the rest of `count` from anywhere."""
    chosen: list[Question] = []
    for topic, quota in config.topic_quotas.items():
        candidates = [q for q in pool if q.topic == topic]
        chosen += rng.sample(candidates, min(max(quota, 0), len(candidates)))
    if config.count is not None and config.count > len(chosen):
        picked = {q.id for q in chosen}
        rest = [q for q in pool if q.id not in picked]
        chosen += rng.sample(rest, min(config.count - len(chosen), len(rest)))
    if config.shuffle:
        rng.shuffle(chosen)
        return chosen
    return _in_set_order(chosen, pool)


def _in_set_order(chosen: list[Question], questions: list[Question]) -> list[Question]:
    position = {q.id: i for i, q in enumerate(questions)}
    return sorted(chosen, key=lambda q: position[q.id])


def presented(question: Question, config: QuizConfig) -> Question:
    """The question as shown: with shuffle on, its choices in a per-question seeded order."""
    if not config.shuffle or not question.type.has_choices:
        return question
    choices = list(question.choices)
    random.Random(f"{config.seed}/{question.id}").shuffle(choices)
    return replace(question, choices=choices)


# ---------------------------------------------------------------- the quiz in progress


@dataclass(frozen=True)
class Answered:
    """One answer given: to which question, what, its grade, and the seconds it took."""

    question_id: str
    given: object | None
    grade: Grade
    seconds: float
    # Practice: 0 for the first answer of the attempt, then 1, 2... Exam: the question's place in
    # the drawn order (an exam holds one answer per question, the latest).
    position: int


@dataclass(frozen=True)
class TopicResult:
    topic: str
    score: float  # 0..1
    correct: int
    total: int


@dataclass(frozen=True)
class QuestionStatus:
    """One exam question as the navigator and the review page show it."""

    number: int  # 1-based place in the exam
    question_id: str
    prompt: str
    answered: bool
    flagged: bool


@dataclass(frozen=True)
class QuizSummary:
    score: float  # 0..1 over every drawn question, first answers only
    correct: int
    total: int
    answered: int
    seconds: float
    topics: list[TopicResult]
    timed_out: bool


class QuizSession:
    """Walks through the drawn questions: `current`, `submit(given)`, `finished`, `summary()`.

    Practice-like modes go forward, answer after answer. An exam is navigated instead (`go_to`,
    `previous`, `next`, `set_flagged`), holds one answer per question (`keep`), and ends with
    `submit_all` or when time runs out.

    Build with the drawn `order`; to resume, pass the answers already given as `answered` (and
    an exam's `flagged` questions): they are replayed (with their stored grades) so the session
    is exactly where it was. A resumed exam opens at its first unanswered question, or at the
    review page when every question has an answer.
    """

    def __init__(
        self,
        questions: list[Question],
        config: QuizConfig,
        order: list[str],
        *,
        clock: Clock,
        elapsed_before: float = 0.0,
        answered: Iterable[Answered] = (),
        flagged: Iterable[str] = (),
    ) -> None:
        self.config = config
        self._by_id = {q.id: q for q in questions}
        # A question deleted from the set since the attempt began is skipped.
        self.order = [qid for qid in order if qid in self._by_id]
        self._queue = list(self.order)
        self._index = 0
        self._comebacks: Counter[str] = Counter()
        self.answers: list[Answered] = []
        self._clock = clock
        self._elapsed_before = elapsed_before
        self._running_since: float | None = clock()
        self._shown_at = clock()
        self._timed_out = False
        self._submitted = False  # an exam: "Submit all and finish"
        self._paused_at = 0.0
        self._flagged = {qid for qid in flagged if qid in self._by_id}
        self._seconds_on: dict[str, float] = {}  # an exam: time on each question, earlier visits
        for answer in answered:
            if answer.question_id in self._by_id:
                self._replay(answer)
        if self.is_exam:
            held = {a.question_id for a in self.answers}
            self._index = next(
                (i for i, qid in enumerate(self.order) if qid not in held), len(self.order)
            )

    # ------------------------------------------------------------ where we are

    @property
    def is_exam(self) -> bool:
        return self.config.mode is Mode.EXAM

    @property
    def current(self) -> Question | None:
        """The question on screen; None once finished and on an exam's review page."""
        question_id = self.current_id
        if question_id is None:
            return None
        return presented(self._by_id[question_id], self.config)

    @property
    def current_id(self) -> str | None:
        if self.finished or self._index >= len(self._queue):
            return None
        return self._queue[self._index]

    @property
    def index(self) -> int:
        """0-based place of the question on screen (an exam's review page: `len(order)`)."""
        return self._index

    @property
    def reviewing(self) -> bool:
        """An exam on its "review your answers" page."""
        return self.is_exam and not self.finished and self._index >= len(self._queue)

    @property
    def position(self) -> int:
        """1-based number of the question on screen (the last one once finished)."""
        return min(self._index + 1, len(self._queue))

    @property
    def total(self) -> int:
        """Questions in this session, counting those that came back."""
        return len(self._queue)

    @property
    def progress_text(self) -> str:
        return f"{self.position} / {self.total}"

    @property
    def finished(self) -> bool:
        if self._timed_out:
            return True
        return self._submitted if self.is_exam else self._index >= len(self._queue)

    @property
    def timed_out(self) -> bool:
        return self._timed_out

    def question(self, question_id: str) -> Question:
        return self._by_id[question_id]

    # ------------------------------------------------------------ time

    def elapsed_seconds(self) -> float:
        """Time on screen: what earlier runs saved plus this run so far (pauses excluded)."""
        if self._running_since is None:
            return self._elapsed_before
        return self._elapsed_before + (self._clock() - self._running_since)

    @property
    def paused(self) -> bool:
        return self._running_since is None

    def pause(self) -> None:
        """Stop the clock (the student paused); the time so far is kept."""
        if self._running_since is not None:
            self._elapsed_before = self.elapsed_seconds()
            self._running_since = None
            self._paused_at = self._clock()

    def resume(self) -> None:
        """Start the clock again; the pause counts neither to the exam nor to the question."""
        if self._running_since is None:
            now = self._clock()
            self._shown_at += now - self._paused_at
            self._running_since = now

    def remaining_seconds(self) -> float | None:
        limit = self.config.time_limit_seconds
        if limit is None or not self.is_exam:
            return None
        return max(0.0, limit - self.elapsed_seconds())

    def time_is_up(self) -> bool:
        remaining = self.remaining_seconds()
        return remaining is not None and remaining <= 0

    def expire(self) -> None:
        """Time ran out: the attempt ends with what was answered."""
        self._timed_out = True

    # ------------------------------------------------------------ answering

    def submit(self, given: object | None) -> Answered:
        """Grade `given` for the current question and move on (see `accept`)."""
        answer = self.grade(given)
        self.accept(answer)
        return answer

    def grade(self, given: object | None) -> Answered:
        """The answer `given` to the current question, graded, without moving on (`accept`).
        In an exam its seconds are all the time the question has been on screen so far."""
        question = self.current
        if question is None:
            raise RuntimeError("no question is on screen")
        now = self._clock()
        seconds = max(0.0, now - self._shown_at)
        if self.is_exam:
            seconds += self._seconds_on.get(question.id, 0.0)
        return Answered(
            question_id=question.id,
            given=given,
            grade=grade_response(question, given),
            seconds=seconds,
            position=self._index if self.is_exam else len(self.answers),
        )

    def accept(self, answer: Answered) -> None:
        """Move on past `answer`, from `grade` (once it is stored, for a live attempt). In an
        exam the answer is kept as its question's (`keep`) and the next question shown."""
        if self.is_exam:
            self.keep(answer)
            self.next()
        else:
            self._record(answer)

    def _record(self, answer: Answered) -> None:
        if self.finished or self._queue[self._index] != answer.question_id:
            raise ValueError(f"answer to {answer.question_id!r} does not fit the quiz here")
        self.answers.append(answer)
        if self.config.shows_answers and not answer.grade.correct:
            self._bring_back_later(answer.question_id)
        self._index += 1
        self._shown_at = self._clock()

    def _replay(self, answer: Answered) -> None:
        """Put a stored answer back. If a teacher deleted a question since, a re-asked question
        may have moved: the answer is taken where it was given rather than refused."""
        if self.is_exam:
            self._hold(answer)
            self._seconds_on[answer.question_id] = answer.seconds
            return
        if self.finished:
            return
        if self._queue[self._index] != answer.question_id:
            try:
                later = self._queue.index(answer.question_id, self._index)
            except ValueError:
                self._queue.insert(self._index, answer.question_id)
            else:
                self._queue.insert(self._index, self._queue.pop(later))
        self._record(answer)

    def _bring_back_later(self, question_id: str) -> None:
        if self._comebacks[question_id] >= MAX_COMEBACKS:
            return
        self._comebacks[question_id] += 1
        slot = min(self._index + 1 + REQUEUE_GAP, len(self._queue))
        self._queue.insert(slot, question_id)

    # ------------------------------------------------------------ an exam: moving around

    def keep(self, answer: Answered) -> None:
        """Exam: `answer` (from `grade`) becomes its question's answer, replacing the one
        before; an answer of None leaves the question unanswered. The question stays on screen."""
        if not self.is_exam or self.current_id != answer.question_id:
            raise ValueError(f"answer to {answer.question_id!r} does not fit the exam here")
        self._hold(answer)

    def _hold(self, answer: Answered) -> None:
        self.answers = [a for a in self.answers if a.question_id != answer.question_id]
        if answer.given is not None:
            self.answers.append(answer)

    def answer_to(self, question_id: str) -> Answered | None:
        """The answer an exam holds for the question (the latest given), if any."""
        return next((a for a in self.answers if a.question_id == question_id), None)

    def go_to(self, index: int) -> None:
        """Exam: show the question at `index` (0-based), or the review page at `len(order)`."""
        if not self.is_exam or self.finished:
            raise RuntimeError("only an exam in progress moves between questions")
        if not 0 <= index <= len(self._queue):
            raise IndexError(f"the exam has no question {index + 1}")
        now = self._clock()
        question_id = self.current_id
        if question_id is not None and not self.paused:
            spent = max(0.0, now - self._shown_at)
            self._seconds_on[question_id] = self._seconds_on.get(question_id, 0.0) + spent
        self._shown_at = now
        self._index = index

    def next(self) -> None:
        """Exam: the next question; after the last one, the review page."""
        self.go_to(min(self._index + 1, len(self._queue)))

    def previous(self) -> None:
        """Exam: the question before (from the review page: the last question)."""
        self.go_to(max(self._index - 1, 0))

    @property
    def flagged(self) -> frozenset[str]:
        return frozenset(self._flagged)

    def set_flagged(self, question_id: str, flagged: bool) -> None:
        """Exam: flag a question for later, or take the flag off."""
        if question_id not in self._by_id:
            raise ValueError(f"no question {question_id!r} in this exam")
        if flagged:
            self._flagged.add(question_id)
        else:
            self._flagged.discard(question_id)

    def statuses(self) -> list[QuestionStatus]:
        """Every exam question in order: answered, flagged (the navigator, the review page)."""
        held = {a.question_id for a in self.answers}
        return [
            QuestionStatus(number, qid, self._by_id[qid].prompt, qid in held, qid in self._flagged)
            for number, qid in enumerate(self.order, 1)
        ]

    def unanswered(self) -> int:
        held = {a.question_id for a in self.answers}
        return sum(qid not in held for qid in self.order)

    def submit_all(self) -> None:
        """Exam: "Submit all and finish": the answers held are final and scored."""
        if not self.is_exam:
            raise RuntimeError("only an exam is submitted all at once")
        if self.current_id is not None:
            self.go_to(len(self._queue))  # the time on the last question is counted
        self._submitted = True

    # ------------------------------------------------------------ the end

    def first_answers(self) -> dict[str, Answered]:
        first: dict[str, Answered] = {}
        for answer in self.answers:
            first.setdefault(answer.question_id, answer)
        return first

    def summary(self) -> QuizSummary:
        first = self.first_answers()
        by_topic: dict[str, list[float]] = {}
        for qid in self.order:
            answer = first.get(qid)
            by_topic.setdefault(self._by_id[qid].topic, []).append(
                answer.grade.score if answer else 0.0
            )
        topics = [
            TopicResult(
                topic, sum(scores) / len(scores), sum(s >= 1.0 for s in scores), len(scores)
            )
            for topic, scores in by_topic.items()
        ]
        total = len(self.order)
        return QuizSummary(
            score=sum(a.grade.score for a in first.values()) / total if total else 0.0,
            correct=sum(a.grade.correct for a in first.values()),
            total=total,
            answered=len(first),
            seconds=self.elapsed_seconds(),
            topics=topics,
            timed_out=self._timed_out,
        )
