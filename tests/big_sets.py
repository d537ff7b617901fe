"""Sets of many questions, written in an exchange format, for tests of imports that report
progress and can be cancelled (sizes stay modest: the large ones belong to bench/)."""

from __future__ import annotations

from pathlib import Path

from quizzes.exchange.formats.registry import export_quizset
from quizzes.model import QuizSet, parse_quizset
from tests.conftest import SAMPLE_QUESTIONS, quizset_document

SUFFIXES = {"json": ".quiz.json", "gift": ".gift", "csv": ".csv", "aiken": ".aiken.txt"}


def many_questions(count: int, title: str = "Many questions") -> QuizSet:
    """`count` questions: the sample questions over and over, each with its own id and prompt."""
    questions = []
    for number in range(count):
        question = dict(SAMPLE_QUESTIONS[number % len(SAMPLE_QUESTIONS)])
        question["id"] = f"{question['id']}-{number}"
        question["prompt"] = f"{question['prompt']} ({number})"
        questions.append(question)
    return parse_quizset(quizset_document(title, questions))


def write_set(quizset: QuizSet, folder: Path, fmt: str, name: str = "many") -> Path:
    """The set exported in `fmt` to a file in `folder` named for the format."""
    path = folder / f"{name}{SUFFIXES[fmt]}"
    content = export_quizset(quizset, fmt).content
    assert isinstance(content, str)
    path.write_text(content, encoding="utf-8")
    return path
