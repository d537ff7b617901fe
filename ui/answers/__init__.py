"""Answer widgets, one per question type, built for a question by `make_answer_widget`.

Every widget is an `AnswerWidget`: `given()` / `set_given()` in the shapes documented there,
`set_read_only()`, `handle_key()` for keys the runner forwards, and the signals
`answer_changed` and `submit_requested`.
"""

from __future__ import annotations

import random

from quizzes.model import Question, QuestionType, answer_pairs
from ui.answers.base import AnswerWidget
from ui.answers.choices import MultipleChoiceWidget, SingleChoiceWidget
from ui.answers.matching import MatchingWidget
from ui.answers.ordering import OrderingWidget
from ui.answers.text_entry import NumericWidget, ShortAnswerWidget
from ui.answers.true_false import TrueFalseWidget

__all__ = [
    "AnswerWidget",
    "MatchingWidget",
    "MultipleChoiceWidget",
    "NumericWidget",
    "OrderingWidget",
    "ShortAnswerWidget",
    "SingleChoiceWidget",
    "TrueFalseWidget",
    "correct_given",
    "make_answer_widget",
]


def make_answer_widget(question: Question, rng: random.Random) -> AnswerWidget:
    """The answer widget for `question`; `rng` shuffles ordering items and matching options."""
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            return SingleChoiceWidget(question)
        case QuestionType.MULTIPLE_CHOICE:
            return MultipleChoiceWidget(question)
        case QuestionType.TRUE_FALSE:
            return TrueFalseWidget(question)
        case QuestionType.NUMERIC:
            return NumericWidget(question)
        case QuestionType.SHORT_ANSWER:
            return ShortAnswerWidget(question)
        case QuestionType.ORDERING:
            return OrderingWidget(question, rng)
        case QuestionType.MATCHING:
            return MatchingWidget(question, rng)
    raise ValueError(f"no answer widget for question type {question.type!r}")


def correct_given(question: Question) -> object:
    """The question's correct answer in the given-answer shape, e.g. to show it in a second,
    read-only widget beside the student's (`widget.set_given(correct_given(question))`).

    Short answers give the first accepted answer; numeric answers a float.
    """
    answer = question.answer
    match question.type:
        case QuestionType.NUMERIC:
            return float(answer) if isinstance(answer, int | float) else answer
        case QuestionType.SHORT_ANSWER:
            return answer[0] if isinstance(answer, list) and answer else str(answer)
        case QuestionType.MULTIPLE_CHOICE:
            chosen = set(answer) if isinstance(answer, list) else set()
            return [choice for choice in question.choices if choice in chosen]
        case QuestionType.MATCHING:
            return [[left, right] for left, right in answer_pairs(answer)]
        case QuestionType.ORDERING:
            return list(answer) if isinstance(answer, list) else answer
    return answer
