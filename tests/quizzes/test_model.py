"""Validation of the `.quiz.json` format: every rule, accepted and rejected, with its JSON path."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.errors import QuizFormatError
from quizzes.model import (
    DEFAULT_DIFFICULTY,
    DEFAULT_TOPIC,
    QuestionType,
    parse_quizset,
    quizset_to_dict,
)
from tests.conftest import quizset_document


def test_a_valid_document_with_every_type_parses():
    quizset = parse_quizset(quizset_document())
    assert [q.type for q in quizset.questions] == list(QuestionType)
    numeric = quizset.questions[3]
    assert (numeric.answer, numeric.tolerance, numeric.unit) == (7000, 500, "km")
    assert quizset.questions[6].answer == [
        ("Tokayev", "Kazakhstan"),
        ("Xi Jinping", "China"),
        ("Putin", "Russia"),
    ]
    assert quizset.topics == ["SCO membership", "Borders and geography", "Organisations", "Leaders"]


def test_writing_gives_back_the_document_read():
    document = quizset_document()
    assert quizset_to_dict(parse_quizset(document)) == document


def test_unknown_extra_fields_are_ignored():
    document = quizset_document()
    document["generator"] = {"name": "other tool"}
    document["questions"][0]["hint"] = "think of the newest member"
    assert parse_quizset(document).questions[0].id == "sco-newest"


def test_optional_fields_take_their_defaults():
    document = quizset_document(
        questions=[
            {"id": "a", "type": "true_false", "prompt": "Astana is a capital.", "answer": True}
        ]
    )
    del document["description"], document["source"]
    question = parse_quizset(document).questions[0]
    assert (question.topic, question.difficulty, question.tags) == (
        DEFAULT_TOPIC,
        DEFAULT_DIFFICULTY,
        [],
    )
    assert question.evidence is None and question.explanation == ""


def test_numeric_tolerance_defaults_to_exact():
    document = quizset_document(
        questions=[{"id": "n", "type": "numeric", "prompt": "How many?", "answer": 10}]
    )
    question = parse_quizset(document).questions[0]
    assert (question.tolerance, question.unit) == (0, None)


def test_an_empty_set_is_valid():
    assert parse_quizset(quizset_document(questions=[])).questions == []


def _set(document: dict, path: list[Any], value: Any) -> None:
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value


_DELETE = object()

# (what is changed, new value, expected JSON path in the message, words expected in the message)
BAD_DOCUMENTS = [
    (["format"], "moodle", "format", "expected 'steppe-quiz/quizset'"),
    (["version"], 2, "version", "unsupported version 2"),
    (["version"], True, "version", "unsupported version"),
    (["version"], _DELETE, "version", "unsupported version None"),
    (["title"], "   ", "title", "must not be empty"),
    (["title"], 5, "title", "must be a string"),
    (["source"], "Byline", "source", "JSON object"),
    (["source", "url"], 3, "source.url", "must be a string"),
    (["questions"], {}, "questions", "must be a list"),
    (["questions", 0], "q", "questions[0]", "JSON object"),
    (["questions", 1, "id"], "sco-newest", "questions[1]", "duplicate question id"),
    (["questions", 0, "id"], "", "questions[0].id", "must not be empty"),
    (["questions", 0, "type"], "essay", "questions[0].type", "unknown question type 'essay'"),
    (["questions", 0, "prompt"], "", "questions[0].prompt", "must not be empty"),
    (["questions", 0, "prompt"], _DELETE, "questions[0].prompt", "must be a string"),
    (["questions", 0, "answer"], "Russia", "questions[0].answer", "not one of the choices"),
    (["questions", 0, "answer"], ["Belarus"], "questions[0].answer", "one of the choices"),
    (["questions", 0, "choices"], ["Belarus"], "questions[0].choices", "at least 2"),
    (
        ["questions", 0, "choices"],
        ["Belarus", "Turkey", "belarus "],
        "questions[0].choices[2]",
        "duplicate choice",
    ),
    (["questions", 0, "choices"], _DELETE, "questions[0].choices", "needs choices"),
    (["questions", 0, "choices", 1], "", "questions[0].choices[1]", "must not be empty"),
    (["questions", 1, "answer"], [], "questions[1].answer", "at least 1"),
    (["questions", 1, "answer"], ["India", "Nepal"], "questions[1].answer", "'Nepal' is not one"),
    (["questions", 1, "answer"], ["India", "India"], "questions[1].answer[1]", "duplicate"),
    (["questions", 2, "answer"], "false", "questions[2].answer", "must be true or false"),
    (["questions", 2, "choices"], ["True", "False"], "questions[2].choices", "has no choices"),
    (["questions", 3, "answer"], "7000", "questions[3].answer", "must be a number"),
    (["questions", 3, "answer"], float("nan"), "questions[3].answer", "must be a number"),
    (["questions", 3, "tolerance"], -1, "questions[3].tolerance", "must be 0 or more"),
    (["questions", 3, "unit"], 5, "questions[3].unit", "string or null"),
    (["questions", 2, "tolerance"], 1, "questions[2].tolerance", "only numeric"),
    (["questions", 4, "answer"], [], "questions[4].answer", "at least 1"),
    (["questions", 4, "answer"], "EAEU", "questions[4].answer", "list of strings"),
    (["questions", 4, "answer"], ["EAEU", "eaeu"], "questions[4].answer[1]", "duplicate"),
    (["questions", 5, "answer"], ["Russia"], "questions[5].answer", "at least 2"),
    (["questions", 5, "answer"], ["A", "B", "A"], "questions[5].answer[2]", "duplicate item"),
    (["questions", 6, "answer"], [["a", "b"]], "questions[6].answer", "at least two"),
    (["questions", 6, "answer", 1], ["Xi"], "questions[6].answer[1]", "[left, right] pair"),
    (["questions", 6, "answer", 1, 0], "Tokayev", "questions[6].answer[1]", "duplicate left"),
    (["questions", 6, "answer", 2, 1], " ", "questions[6].answer[2][1]", "must not be empty"),
    (["questions", 0, "difficulty"], 4, "questions[0].difficulty", "must be 1, 2 or 3"),
    (["questions", 0, "difficulty"], True, "questions[0].difficulty", "must be 1, 2 or 3"),
    (["questions", 0, "topic"], "", "questions[0].topic", "must not be empty"),
    (["questions", 0, "tags"], "sco", "questions[0].tags", "list of strings"),
    (["questions", 0, "explanation"], ["x"], "questions[0].explanation", "must be a string"),
    (["questions", 0, "evidence"], "para 3", "questions[0].evidence", "JSON object"),
    (["questions", 0, "evidence", "paragraph"], 0, "questions[0].evidence.paragraph", "from 1"),
    (["questions", 0, "evidence", "paragraph"], "3", "questions[0].evidence.paragraph", "whole"),
    (["questions", 0, "evidence", "quote"], "", "questions[0].evidence.quote", "not be empty"),
]


@pytest.mark.parametrize(
    ("path", "value", "where", "words"),
    BAD_DOCUMENTS,
    ids=[f"{r[2]}:{r[3]}" for r in BAD_DOCUMENTS],
)
def test_a_broken_field_is_rejected_with_its_path(path, value, where, words):
    document = quizset_document()
    _set(document, path, value)
    with pytest.raises(QuizFormatError) as caught:
        parse_quizset(document)
    assert caught.value.path == where
    assert str(caught.value).startswith(f"{where}: ")
    assert words in caught.value.message


@pytest.mark.parametrize("document", [None, [], "quiz", 3])
def test_a_document_that_is_not_an_object_is_rejected(document):
    with pytest.raises(QuizFormatError, match="must be a JSON object"):
        parse_quizset(document)


# Arbitrary JSON never crashes validation: it either parses or raises QuizFormatError.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children)
    ),
    max_leaves=20,
)


@given(st.dictionaries(st.sampled_from(list(quizset_document()["questions"][0])), json_values))
def test_arbitrary_question_fields_never_crash_validation(fields):
    document = quizset_document()
    document["questions"][0].update(fields)
    try:
        quizset = parse_quizset(document)
    except QuizFormatError:
        return
    # Whatever was accepted writes back to JSON that validates again to the same set.
    again = parse_quizset(json.loads(json.dumps(quizset_to_dict(quizset))))
    assert again == quizset
