"""The Aiken format (Moodle): single-answer multiple-choice questions, one per group of lines.

```
Which country joined the SCO in 2024?
A) Belarus
B) Turkey
ANSWER: A
```
Options are `A) text` or `A. text`; `ANSWER: X` ends a question. There are no ids, topics or
explanations: imported questions are numbered `q1`, `q2`, ... in the default topic. Export
writes single-choice questions only (at most 26 options, every text on one line) and names
each question it leaves out in a warning.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from quizzes.errors import QuizFileError, QuizFormatError
from quizzes.exchange.formats.outcome import (
    ExportResult,
    ImportResult,
    SkippedQuestion,
    question_label,
)
from quizzes.exchange.formats.textfile import source_name
from quizzes.model import Question, QuestionType, QuizSet, parse_question
from quizzes.progress import READING, Progress

_OPTION = re.compile(r"([A-Z])[).][ \t]?(.*)")
_ANSWER = re.compile(r"ANSWER:[ \t]*(\S*)[ \t]*$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ANSWER_LINE = re.compile(r"^[ \t]*ANSWER:", re.MULTILINE)


@dataclass
class _Pending:
    prompt: str
    line: int
    options: dict[str, str] = field(default_factory=dict)


def read_aiken(
    source: Path | str,
    title: str | None = None,
    file: str = "<text>",
    progress: Progress | None = None,
) -> ImportResult:
    """Import Aiken questions, one by one through `progress` (which may cancel); any break of
    the format raises `QuizFileError` with its line."""
    progress = progress or Progress()
    text, name = source_name(source, file)
    # Every question ends with one answer line: their count is the number of questions.
    total = len(_ANSWER_LINE.findall(text))
    if title is None:
        title = source.name.removesuffix(".txt") if isinstance(source, Path) else "Aiken questions"
    questions: list[Question] = []
    skipped: list[SkippedQuestion] = []
    pending: _Pending | None = None
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        line = raw.strip()
        if not line:
            continue
        option = _OPTION.fullmatch(line)
        answer = _ANSWER.match(line)
        if answer:
            if pending is None:
                raise QuizFileError(name, "ANSWER without a question before it", number, 1)
            progress.advance(len(questions) + len(skipped), total, READING)
            _finish(pending, answer.group(1), name, number, raw, questions, skipped)
            pending = None
        elif option and pending is not None:
            letter, option_text = option.groups()
            if letter in pending.options:
                raise QuizFileError(name, f"option {letter} given twice", number, 1)
            pending.options[letter] = option_text.strip()
        elif pending is not None:
            raise QuizFileError(
                name, f"question on line {pending.line} has no 'ANSWER: X' line", number, 1
            )
        else:
            pending = _Pending(line, number)
    if pending is not None:
        raise QuizFileError(name, "the last question has no 'ANSWER: X' line", pending.line)
    return ImportResult(
        QuizSet(title=title, description="Imported from Aiken.", questions=questions), skipped
    )


def _finish(
    pending: _Pending,
    letter: str,
    file: str,
    line_number: int,
    raw_line: str,
    questions: list[Question],
    skipped: list[SkippedQuestion],
) -> None:
    column = raw_line.index("ANSWER:") + 8
    column += len(raw_line[column - 1 :]) - len(raw_line[column - 1 :].lstrip(" \t"))
    if len(pending.options) < 2:
        raise QuizFileError(file, "a question needs at least two options", line_number, 1)
    if letter not in pending.options:
        given = ", ".join(pending.options)
        raise QuizFileError(
            file, f"answer {letter!r} is not one of the options ({given})", line_number, column
        )
    number = len(questions) + len(skipped) + 1
    data = {
        "id": f"q{number}",
        "type": "single_choice",
        "prompt": pending.prompt,
        "choices": list(pending.options.values()),
        "answer": pending.options[letter],
    }
    try:
        questions.append(parse_question(data, f"question {number}"))
    except QuizFormatError as err:
        reason = f"cannot be carried: {err.message}"
        skipped.append(SkippedQuestion(number, pending.prompt[:60], reason, pending.line))


def write_aiken(quizset: QuizSet) -> str:
    """The set's single-choice questions as Aiken text."""
    return str(export_aiken(quizset).content)


def export_aiken(quizset: QuizSet) -> ExportResult:
    blocks: list[str] = []
    warnings: list[str] = []
    for number, question in enumerate(quizset.questions, start=1):
        problem = _unwritable(question)
        if problem:
            warnings.append(f"skipped {question_label(number, question)}: {problem}")
            continue
        lines = [question.prompt]
        for letter, choice in zip(string.ascii_uppercase, question.choices, strict=False):
            lines.append(f"{letter}) {choice}")
        correct = string.ascii_uppercase[question.choices.index(str(question.answer))]
        lines.append(f"ANSWER: {correct}")
        blocks.append("\n".join(lines))
    return ExportResult("\n\n".join(blocks) + ("\n" if blocks else ""), warnings)


def _unwritable(question: Question) -> str | None:
    """Why Aiken cannot hold this question, or None if it can."""
    if question.type is not QuestionType.SINGLE_CHOICE:
        return f"a {question.type.label.lower()} question (Aiken holds single choice only)"
    if len(question.choices) > 26:
        return "more than 26 options"
    texts = [question.prompt, *question.choices]
    if any(_LINE_BREAK.search(text) or text != text.strip() for text in texts):
        return "a text spans several lines or has surrounding spaces"
    if _OPTION.fullmatch(question.prompt) or _ANSWER.match(question.prompt):
        return "the question text would read as an option or an answer line"
    if any(not choice for choice in question.choices):
        return "an empty option"
    return None
