"""Counting a draft's questions for the editor's list of sets."""

from __future__ import annotations

import dataclasses

from quizzes.authoring.draft import question_count_text, unsaved_questions
from quizzes.model import Question, QuestionType


def question(qid: str, prompt: str = "Which?") -> Question:
    return Question(qid, QuestionType.TRUE_FALSE, prompt, answer=True)


def test_new_and_changed_questions_are_unsaved_and_deleted_ones_are_not_counted() -> None:
    stored = [question("q1"), question("q2"), question("q3")]
    draft = [stored[0], dataclasses.replace(stored[1], prompt="Reworded?"), question("q4")]
    assert unsaved_questions(stored, draft) == 2
    assert unsaved_questions(stored, stored) == 0


def test_the_count_names_the_unsaved_ones_only_when_there_are_some() -> None:
    assert question_count_text(8, 1) == "8 questions (1 unsaved)"
    assert question_count_text(1, 0) == "1 question"
    assert question_count_text(1200, 3) == "1,200 questions (3 unsaved)"
