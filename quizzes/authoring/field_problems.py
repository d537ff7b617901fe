"""What is wrong with a question in the editor, as a sentence about the field the teacher sees.

The model names a broken field by its JSON path (`question.choices[3]: duplicate choice 'x'
(same as [0])`); the editor shows fields, rows and marks. `check_question` validates a form's
question object with the model's own rules and, when it is broken, says which field (and row)
to mark and what to tell the teacher: "Choice 4 is the same as choice 1."
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from quizzes.errors import QuizFormatError
from quizzes.model import MAX_PARAGRAPH, Question, QuestionType, is_blank, parse_question

QUESTION_PATH = "question"


class FormField(StrEnum):
    """The editor's fields, as the teacher sees them."""

    ID = "id"
    TYPE = "type"
    PROMPT = "prompt"
    CHOICES = "choices"  # the choice texts, one row each
    CORRECT_CHOICES = "correct_choices"  # the "correct" marks beside the choices
    TRUE_FALSE = "true_false"
    VALUE = "value"
    TOLERANCE = "tolerance"
    UNIT = "unit"
    ACCEPTED = "accepted"  # accepted answers of a short-answer question, one row each
    ITEMS = "items"  # ordering items, one row each
    PAIRS = "pairs"  # matching pairs, one row each, column 0 left and 1 right
    TOPIC = "topic"
    DIFFICULTY = "difficulty"
    TAGS = "tags"
    EXPLANATION = "explanation"
    QUOTE = "quote"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class FieldProblem:
    """A broken field: where (`row` and `column` within a list of rows) and one sentence."""

    field: FormField
    sentence: str
    row: int | None = None
    column: int | None = None


# What one row of each list is called in a sentence ("Choice 2", "Accepted answer 3").
_ROW_NOUNS = {
    FormField.CHOICES: "choice",
    FormField.ACCEPTED: "accepted answer",
    FormField.ITEMS: "item",
    FormField.PAIRS: "pair",
    FormField.TAGS: "tag",
}
# How a whole field is named in a sentence.
_FIELD_NAMES = {
    FormField.ID: "the question's id",
    FormField.TYPE: "the question type",
    FormField.PROMPT: "the prompt",
    FormField.CHOICES: "the choices",
    FormField.CORRECT_CHOICES: "the correct choice",
    FormField.TRUE_FALSE: "the answer",
    FormField.VALUE: "the correct value",
    FormField.TOLERANCE: "the tolerance",
    FormField.UNIT: "the unit",
    FormField.ACCEPTED: "the accepted answers",
    FormField.ITEMS: "the items",
    FormField.PAIRS: "the pairs",
    FormField.TOPIC: "the topic",
    FormField.DIFFICULTY: "the difficulty",
    FormField.TAGS: "the tags",
    FormField.EXPLANATION: "the explanation",
    FormField.QUOTE: "the evidence quote",
    FormField.PARAGRAPH: "the paragraph of the evidence",
}
# The field holding a question's `answer`, by type.
_ANSWER_FIELDS = {
    QuestionType.SINGLE_CHOICE: FormField.CORRECT_CHOICES,
    QuestionType.MULTIPLE_CHOICE: FormField.CORRECT_CHOICES,
    QuestionType.TRUE_FALSE: FormField.TRUE_FALSE,
    QuestionType.NUMERIC: FormField.VALUE,
    QuestionType.SHORT_ANSWER: FormField.ACCEPTED,
    QuestionType.ORDERING: FormField.ITEMS,
    QuestionType.MATCHING: FormField.PAIRS,
}
_PLAIN_FIELDS = {
    "id": FormField.ID,
    "type": FormField.TYPE,
    "prompt": FormField.PROMPT,
    "choices": FormField.CHOICES,
    "tolerance": FormField.TOLERANCE,
    "unit": FormField.UNIT,
    "topic": FormField.TOPIC,
    "difficulty": FormField.DIFFICULTY,
    "tags": FormField.TAGS,
    "explanation": FormField.EXPLANATION,
    "evidence": FormField.QUOTE,
    "evidence.quote": FormField.QUOTE,
    "evidence.paragraph": FormField.PARAGRAPH,
}
# `answer[2][1]` → ("answer", 2, 1); `choices` → ("choices", None, None).
_PATH = re.compile(r"(?P<name>[a-z.]+)(?:\[(?P<row>\d+)\])?(?:\[(?P<column>\d+)\])?")
_DUPLICATE = re.compile(r"^duplicate .* \(same as \[(?P<first>\d+)\]\)$")
_AT_LEAST = re.compile(r"needs at least (?P<count>\d+) item|at least two|needs choices")
_SURROGATE = re.compile(r"lone surrogate (?P<code>\\u[0-9a-f]{4})")
_NUMBER_WORDS = {1: "one", 2: "two"}


def check_question(document: dict[str, Any]) -> Question | FieldProblem:
    """The valid question of a form's `.quiz.json` object, or its first problem in the order
    of the form: an empty prompt is named before anything below it."""
    try:
        return parse_question(document, QUESTION_PATH)
    except QuizFormatError as err:
        problem = describe_problem(err, _question_type(document))
    prompt = document.get("prompt")
    if problem.field is not FormField.PROMPT and isinstance(prompt, str) and is_blank(prompt):
        return FieldProblem(FormField.PROMPT, "The prompt is empty.")
    return problem


def describe_problem(err: QuizFormatError, qtype: QuestionType | None) -> FieldProblem:
    """`err`, raised by `parse_question(..., "question")`, as a field and a sentence."""
    path = err.path.removeprefix(QUESTION_PATH).removeprefix(".")
    match = _PATH.fullmatch(path)
    if match is None:
        return FieldProblem(FormField.TYPE, _sentence(f"The question {err.message}"))
    name = match["name"]
    row = None if match["row"] is None else int(match["row"])
    column = None if match["column"] is None else int(match["column"])
    if name == "answer":
        field = _ANSWER_FIELDS.get(qtype or QuestionType.SINGLE_CHOICE, FormField.VALUE)
    else:
        field = _PLAIN_FIELDS.get(name, FormField.TYPE)
    if field is FormField.CORRECT_CHOICES:
        return FieldProblem(field, _correct_choice_sentence(err.message, qtype))
    if field in _ROW_NOUNS:
        return _row_problem(field, err.message, row, column)
    return FieldProblem(field, _field_sentence(field, err.message))


def _question_type(document: dict[str, Any]) -> QuestionType | None:
    return next((t for t in QuestionType if t.value == document.get("type")), None)


def _row_problem(
    field: FormField, message: str, row: int | None, column: int | None
) -> FieldProblem:
    noun = _ROW_NOUNS[field]
    if row is None:
        wanted = _AT_LEAST.search(message)
        if wanted:
            count = int(wanted["count"]) if wanted["count"] else 2
            plural = noun if count == 1 else f"{noun}s"
            sentence = f"Give at least {_NUMBER_WORDS.get(count, str(count))} {plural}."
            return FieldProblem(field, sentence)
        return FieldProblem(field, _field_sentence(field, message))
    duplicate = _DUPLICATE.match(message)
    if duplicate:
        first = int(duplicate["first"]) + 1
        if field is FormField.PAIRS:
            sentence = f"Pair {row + 1} has the same left-hand item as pair {first}."
        else:
            sentence = f"{noun.capitalize()} {row + 1} is the same as {noun} {first}."
        return FieldProblem(field, sentence, row, 0 if field is FormField.PAIRS else None)
    what = f"{noun.capitalize()} {row + 1}"
    if field is FormField.PAIRS:
        side = "left-hand" if column == 0 else "right-hand"
        what = f"The {side} side of pair {row + 1}" if column is not None else what
    if message == "must not be empty":
        return FieldProblem(field, f"{what} is empty.", row, column)
    return FieldProblem(field, f"{what} {_predicate(message)}", row, column)


def _correct_choice_sentence(message: str, qtype: QuestionType | None) -> str:
    if qtype is QuestionType.SINGLE_CHOICE and "as a string" in message:
        return "Mark the correct choice."
    if _AT_LEAST.search(message):
        return "Mark at least one correct choice."
    duplicate = _DUPLICATE.match(message)
    if duplicate:
        return "A correct choice is marked twice."
    if "is not one of the choices" in message:
        return _sentence(f"The marked answer {message}")
    return _field_sentence(FormField.CORRECT_CHOICES, message)


def _field_sentence(field: FormField, message: str) -> str:
    name = _FIELD_NAMES[field].capitalize()
    if field is FormField.TYPE:
        return "Choose one of the question types."
    if field is FormField.TRUE_FALSE:
        return "Pick True or False."
    if field is FormField.PARAGRAPH:
        return f"Give the paragraph of the evidence quote (from 1 to {MAX_PARAGRAPH:,})."
    if message == "must not be empty":
        return f"{name} is empty."
    if message.startswith(("a ", "only ")):  # "a numeric question has no choices"
        return _sentence(message.replace("_", " ").capitalize())
    return f"{name} {_predicate(message)}"


def _predicate(message: str) -> str:
    """The model's message as the end of a sentence about a field."""
    surrogate = _SURROGATE.search(message)
    if surrogate:
        return f"contains a character that is not text ({surrogate['code']})."
    return _sentence(message)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else f"{text}."
