"""The editor's draft of a set against what is stored: how many questions are not saved yet."""

from __future__ import annotations

from collections.abc import Sequence

from quizzes.model import Question
from quizzes.wording import count_of


def unsaved_questions(stored: Sequence[Question], draft: Sequence[Question]) -> int:
    """The questions of `draft` that are new or changed since `stored` was saved."""
    saved = {question.id: question for question in stored}
    return sum(1 for question in draft if saved.get(question.id) != question)


def question_count_text(total: int, unsaved: int) -> str:
    """ "8 questions (1 unsaved)", or "8 questions" when everything is saved."""
    text = count_of(total, "question")
    return f"{text} ({unsaved:,} unsaved)" if unsaved else text
