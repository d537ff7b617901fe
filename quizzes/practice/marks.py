"""What feedback marks in an answer, part by part: each choice (chosen or not, right or not),
each matching pair, each ordering position, and a typed answer as a whole.

The answer widgets and the review dialogs display these marks; the decisions are made here, from
the question and the answer as given, with the same rules as `scoring.grade_response`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from quizzes.model import Question, QuestionType, answer_pairs, answer_texts
from quizzes.practice.scoring import given_pairs, grade_response

TRUE_FALSE_CHOICES = ("True", "False")


class Mark(Enum):
    """How feedback marks one choice."""

    RIGHT = "right"  # chosen, and right
    WRONG = "wrong"  # chosen, and wrong
    MISSED = "missed"  # right, and not chosen


@dataclass(frozen=True)
class ChoiceMark:
    """One choice of a single-choice, multiple-choice or true/false question."""

    choice: str
    chosen: bool
    right: bool

    @property
    def mark(self) -> Mark | None:
        """None for a wrong choice left alone: there is nothing to say about it."""
        if self.chosen:
            return Mark.RIGHT if self.right else Mark.WRONG
        return Mark.MISSED if self.right else None


@dataclass(frozen=True)
class PairMark:
    """One left-hand item of a matching question: what was picked and what belongs with it."""

    left: str
    given: str  # "" when nothing was picked
    expected: str

    @property
    def right(self) -> bool:
        return self.given == self.expected


@dataclass(frozen=True)
class PlaceMark:
    """One position of an ordering answer (positions count from 1)."""

    position: int
    item: str
    belongs_at: int

    @property
    def right(self) -> bool:
        return self.position == self.belongs_at


@dataclass(frozen=True)
class AnswerMarks:
    """The marks of one answer; only the field for the question's type is filled."""

    choices: tuple[ChoiceMark, ...] = ()
    pairs: tuple[PairMark, ...] = ()
    places: tuple[PlaceMark, ...] = ()
    typed_right: bool | None = None  # numeric and short answers: does the typed answer count


def mark_answer(question: Question, given: object | None) -> AnswerMarks:
    """The marks of `given` (in the shape the answer widgets return; None: not answered)."""
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            chosen = {given} if isinstance(given, str) else set()
            return _choices(question.choices, chosen, {str(question.answer)})
        case QuestionType.MULTIPLE_CHOICE:
            ticked = (
                {item for item in given if isinstance(item, str)}
                if isinstance(given, list)
                else set()
            )
            return _choices(question.choices, ticked, set(answer_texts(question.answer)))
        case QuestionType.TRUE_FALSE:
            picked = {_truth_text(given)} if isinstance(given, bool) else set()
            return _choices(TRUE_FALSE_CHOICES, picked, {_truth_text(question.answer is True)})
        case QuestionType.MATCHING:
            return _pairs(question, given)
        case QuestionType.ORDERING:
            return _places(question, given)
        case QuestionType.NUMERIC | QuestionType.SHORT_ANSWER:
            return AnswerMarks(typed_right=grade_response(question, given).correct)
    raise ValueError(f"cannot mark a question of type {question.type!r}")


def _truth_text(value: bool) -> str:
    return TRUE_FALSE_CHOICES[0] if value else TRUE_FALSE_CHOICES[1]


def _choices(
    choices: tuple[str, ...] | list[str], chosen: set[str], right: set[str]
) -> AnswerMarks:
    return AnswerMarks(
        choices=tuple(ChoiceMark(choice, choice in chosen, choice in right) for choice in choices)
    )


def _pairs(question: Question, given: object | None) -> AnswerMarks:
    chosen = given_pairs(given)
    return AnswerMarks(
        pairs=tuple(
            PairMark(left, chosen.get(left, ""), right)
            for left, right in answer_pairs(question.answer)
        )
    )


def _places(question: Question, given: object | None) -> AnswerMarks:
    correct = answer_texts(question.answer)
    if not isinstance(given, list) or sorted(map(str, given)) != sorted(correct):
        return AnswerMarks()
    return AnswerMarks(
        places=tuple(
            PlaceMark(position, str(item), correct.index(str(item)) + 1)
            for position, item in enumerate(given, start=1)
        )
    )
