"""Every error the model raises about one question becomes a sentence about the editor's field
(and row) that holds the problem: one table row per `QuizFormatError` in `parse_question`."""

from __future__ import annotations

from typing import Any

import pytest

from quizzes.authoring.field_problems import (
    FieldProblem,
    FormField,
    check_question,
    describe_problem,
)
from quizzes.errors import QuizFormatError
from quizzes.model import OversizedNumber, Question, QuestionType, parse_question

BASE: dict[str, dict[str, Any]] = {
    "single_choice": {
        "choices": ["Belarus", "Turkey", "Mongolia", "Iran"],
        "answer": "Belarus",
    },
    "multiple_choice": {"choices": ["India", "Turkey", "Iran"], "answer": ["India", "Iran"]},
    "true_false": {"answer": False},
    "numeric": {"answer": 7000, "tolerance": 500, "unit": "km"},
    "short_answer": {"answer": ["Eurasian Economic Union", "EAEU"]},
    "ordering": {"answer": ["Russia", "Kazakhstan", "China"]},
    "matching": {"answer": [["Tokayev", "Kazakhstan"], ["Xi Jinping", "China"]]},
}


def document(qtype: str, **changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": "q1",
        "type": qtype,
        "prompt": "Which?",
        **BASE.get(qtype, {}),
        "topic": "SCO",
        "difficulty": 2,
        "tags": [],
    }
    doc.update(changes)
    return {key: value for key, value in doc.items() if value is not ...}


F = FormField
# (question type, changed fields (... removes one), field, row, column, sentence)
CASES: list[tuple[str, dict[str, Any], FormField, int | None, int | None, str]] = [
    ("single_choice", {"id": ...}, F.ID, None, None,
     "The question's id must be a string, found NoneType."),
    ("single_choice", {"id": " "}, F.ID, None, None, "The question's id is empty."),
    ("essay", {}, F.TYPE, None, None, "Choose one of the question types."),
    ("numeric", {"choices": ["a", "b"]}, F.CHOICES, None, None,
     "A numeric question has no choices."),
    ("single_choice", {"choices": ...}, F.CHOICES, None, None, "Give at least two choices."),
    ("single_choice", {"choices": "Belarus"}, F.CHOICES, None, None,
     "The choices must be a list of strings."),
    ("single_choice", {"choices": ["Belarus"]}, F.CHOICES, None, None,
     "Give at least two choices."),
    ("single_choice", {"choices": ["Belarus", 7]}, F.CHOICES, 1, None,
     "Choice 2 must be a string, found int."),
    ("single_choice", {"choices": ["Belarus", "Tur\ud800key"]}, F.CHOICES, 1, None,
     "Choice 2 contains a character that is not text (\\ud800)."),
    ("single_choice", {"choices": ["Belarus", " "]}, F.CHOICES, 1, None, "Choice 2 is empty."),
    ("single_choice", {"choices": ["Belarus", "Turkey", "Iran", "belarus "]}, F.CHOICES, 3, None,
     "Choice 4 is the same as choice 1."),
    ("single_choice", {"answer": None}, F.CORRECT_CHOICES, None, None,
     "Mark the correct choice."),
    ("single_choice", {"answer": "Kazakhstan"}, F.CORRECT_CHOICES, None, None,
     "The marked answer 'Kazakhstan' is not one of the choices."),
    ("multiple_choice", {"answer": "India"}, F.CORRECT_CHOICES, None, None,
     "The correct choice must be a list of strings."),
    ("multiple_choice", {"answer": []}, F.CORRECT_CHOICES, None, None,
     "Mark at least one correct choice."),
    ("multiple_choice", {"answer": ["India", ""]}, F.CORRECT_CHOICES, None, None,
     "The correct choice is empty."),
    ("multiple_choice", {"answer": ["India", "india"]}, F.CORRECT_CHOICES, None, None,
     "A correct choice is marked twice."),
    ("multiple_choice", {"answer": ["Chile"]}, F.CORRECT_CHOICES, None, None,
     "The marked answer 'Chile' is not one of the choices."),
    ("true_false", {"answer": None}, F.TRUE_FALSE, None, None, "Pick True or False."),
    ("numeric", {"answer": "about 7000"}, F.VALUE, None, None,
     "The correct value must be a number, found 'about 7000'."),
    ("numeric", {"answer": OversizedNumber(300)}, F.VALUE, None, None,
     "The correct value must be written with at most 100 characters, "
     "found a number written with 300 characters."),
    ("numeric", {"answer": 1e101}, F.VALUE, None, None,
     "The correct value must be a number from -1e+100 to 1e+100, found 1e+101."),
    ("short_answer", {"answer": "EAEU"}, F.ACCEPTED, None, None,
     "The accepted answers must be a list of strings."),
    ("short_answer", {"answer": []}, F.ACCEPTED, None, None,
     "Give at least one accepted answer."),
    ("short_answer", {"answer": ["EAEU", ""]}, F.ACCEPTED, 1, None, "Accepted answer 2 is empty."),
    ("short_answer", {"answer": ["EAEU", "Union", "eaeu"]}, F.ACCEPTED, 2, None,
     "Accepted answer 3 is the same as accepted answer 1."),
    ("ordering", {"answer": ["Russia"]}, F.ITEMS, None, None, "Give at least two items."),
    ("ordering", {"answer": ["Russia", ""]}, F.ITEMS, 1, None, "Item 2 is empty."),
    ("ordering", {"answer": ["Russia", "China", "Russia"]}, F.ITEMS, 2, None,
     "Item 3 is the same as item 1."),
    ("matching", {"answer": [["a", "b"]]}, F.PAIRS, None, None, "Give at least two pairs."),
    ("matching", {"answer": [["a", "b"], ["c"]]}, F.PAIRS, 1, None,
     "Pair 2 must be a [left, right] pair."),
    ("matching", {"answer": [["a", "b"], ["", "d"]]}, F.PAIRS, 1, 0,
     "The left-hand side of pair 2 is empty."),
    ("matching", {"answer": [["a", "b"], ["c", 4]]}, F.PAIRS, 1, 1,
     "The right-hand side of pair 2 must be a string, found int."),
    ("matching", {"answer": [["a", "b"], ["c", "d"], ["A", "e"]]}, F.PAIRS, 2, 0,
     "Pair 3 has the same left-hand item as pair 1."),
    ("ordering", {"tolerance": 5}, F.TOLERANCE, None, None,
     "Only numeric questions have a tolerance."),
    ("ordering", {"unit": "km"}, F.UNIT, None, None, "Only numeric questions have a unit."),
    ("numeric", {"tolerance": "x"}, F.TOLERANCE, None, None,
     "The tolerance must be a number, found 'x'."),
    ("numeric", {"tolerance": -5}, F.TOLERANCE, None, None,
     "The tolerance must be 0 or more, found -5."),
    ("numeric", {"unit": 3}, F.UNIT, None, None, "The unit must be a string or null."),
    ("numeric", {"unit": "k\udc00m"}, F.UNIT, None, None,
     "The unit contains a character that is not text (\\udc00)."),
    ("single_choice", {"difficulty": 5}, F.DIFFICULTY, None, None,
     "The difficulty must be 1, 2 or 3, found 5."),
    ("single_choice", {"prompt": 7}, F.PROMPT, None, None,
     "The prompt must be a string, found int."),
    ("single_choice", {"explanation": 7}, F.EXPLANATION, None, None,
     "The explanation must be a string, found int."),
    ("single_choice", {"evidence": "para 3"}, F.QUOTE, None, None,
     "The evidence quote must be a JSON object."),
    ("single_choice", {"evidence": {"quote": "It joined.", "paragraph": 0}}, F.PARAGRAPH,
     None, None, "Give the paragraph of the evidence quote (from 1 to 1,000,000)."),
    ("single_choice", {"evidence": {"quote": "", "paragraph": 3}}, F.QUOTE, None, None,
     "The evidence quote is empty."),
    ("single_choice", {"topic": " "}, F.TOPIC, None, None, "The topic is empty."),
    ("single_choice", {"topic": 4}, F.TOPIC, None, None, "The topic must be a string, found int."),
    ("single_choice", {"tags": "sco"}, F.TAGS, None, None, "The tags must be a list of strings."),
    ("single_choice", {"tags": ["sco", ""]}, F.TAGS, 1, None, "Tag 2 is empty."),
]  # fmt: skip


@pytest.mark.parametrize(("qtype", "changes", "field", "row", "column", "sentence"), CASES)
def test_each_model_error_is_a_sentence_about_its_field(
    qtype: str,
    changes: dict[str, Any],
    field: FormField,
    row: int | None,
    column: int | None,
    sentence: str,
) -> None:
    assert check_question(document(qtype, **changes)) == FieldProblem(field, sentence, row, column)


def test_a_valid_form_gives_the_question() -> None:
    checked = check_question(document("single_choice"))
    assert isinstance(checked, Question)
    assert checked.answer == "Belarus"


def test_an_empty_prompt_is_named_before_the_answer_below_it() -> None:
    checked = check_question(document("single_choice", prompt="", choices=["", ""], answer=None))
    assert checked == FieldProblem(F.PROMPT, "The prompt is empty.")


def test_a_question_that_is_not_an_object_is_named_as_such() -> None:
    with pytest.raises(QuizFormatError) as raised:
        parse_question(["not", "an", "object"], "question")
    problem = describe_problem(raised.value, None)
    assert problem == FieldProblem(F.TYPE, "The question must be a JSON object.")


def test_no_sentence_speaks_json_paths() -> None:
    for qtype, changes, *_ in CASES:
        checked = check_question(document(qtype, **changes))
        assert isinstance(checked, FieldProblem)
        assert "[" not in checked.sentence.replace("[left, right]", "")
        assert "question." not in checked.sentence
        assert checked.sentence[0].isupper() and checked.sentence.endswith(".")


def test_every_question_type_has_a_base_that_is_valid() -> None:
    for qtype in QuestionType:
        assert isinstance(check_question(document(qtype.value)), Question)
