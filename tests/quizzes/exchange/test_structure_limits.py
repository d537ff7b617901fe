"""Documents that decode but say something odd (deep nesting, lone surrogates, repeated keys,
1.0 for 1, invisible titles, ids differing in spaces) are refused with the field named."""

from __future__ import annotations

import json
import re

import pytest

from quizzes.errors import QuizFileError
from quizzes.exchange.formats.csvformat import read_csv
from quizzes.exchange.formats.quizjson import loads_quizset
from quizzes.model import content_fingerprint
from tests.conftest import quizset_document

QUESTION = {"id": "a", "type": "true_false", "prompt": "Is it?", "answer": True}


def _load(document: dict) -> None:
    loads_quizset(json.dumps(document), "odd.quiz.json")


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_json_nested_far_too_deep_is_refused(opening):
    closing = "]" if opening == "[" else "}"
    text = opening * 100_000 + "1" + closing * 100_000
    with pytest.raises(QuizFileError, match=r"^odd\.quiz\.json: .*nested too deeply"):
        loads_quizset(text, "odd.quiz.json")


@pytest.mark.parametrize(
    ("place", "where"),
    [
        ({"prompt": "Is it\ud800?"}, "questions[0].prompt"),
        ({"explanation": "\udfff"}, "questions[0].explanation"),
        ({"tags": ["ok", "x\ud83d"]}, "questions[0].tags[1]"),
    ],
)
def test_a_lone_surrogate_is_refused_before_it_reaches_the_fingerprint(place, where):
    document = quizset_document(questions=[dict(QUESTION, **place)])
    with pytest.raises(QuizFileError) as caught:
        _load(document)
    assert str(caught.value).startswith(f"odd.quiz.json: {where}: ")
    assert "surrogate" in str(caught.value)


@pytest.mark.parametrize(
    ("place", "where"),
    [
        ({"prompt": "Is it\x00?"}, "questions[0].prompt"),
        (
            {"type": "single_choice", "choices": ["Belarus\x00", "Turkey"], "answer": "Turkey"},
            "questions[0].choices[0]",
        ),
        ({"tags": ["ok", "\x00"]}, "questions[0].tags[1]"),
    ],
)
def test_a_nul_character_is_refused_as_no_database_can_store_it(place, where):
    document = quizset_document(questions=[dict(QUESTION, **place)])
    with pytest.raises(QuizFileError) as caught:
        _load(document)
    assert str(caught.value) == (
        f"odd.quiz.json: {where}: contains a NUL character (\\u0000), which is not text"
    )


def test_a_surrogate_pair_is_text_and_fingerprints():
    document = quizset_document(questions=[dict(QUESTION, prompt="Is it \U0001f600?")])
    text = json.dumps(document)  # ASCII JSON writes the emoji as the pair "\ud83d\ude00"
    assert "\\ud83d\\ude00" in text
    quizset = loads_quizset(text)
    assert quizset.questions[0].prompt == "Is it \U0001f600?"
    assert len(content_fingerprint(quizset)) == 64


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            '{"format": "steppe-quiz/quizset", "version": 1, "title": "A", "title": "B",'
            ' "questions": []}',
            "title",
        ),
        (
            '{"format": "steppe-quiz/quizset", "version": 1, "title": "A", "questions": '
            '[{"id": "a", "type": "true_false", "prompt": "P", "answer": true, "answer": false}]}',
            "questions[0].answer",
        ),
        (
            '{"format": "steppe-quiz/quizset", "version": 1, "title": "A", "questions": '
            '[{"id": "a", "type": "numeric", "prompt": "P", "answer": 1,'
            ' "evidence": {"quote": "q", "paragraph": 1, "paragraph": 2}}]}',
            "questions[0].evidence.paragraph",
        ),
    ],
)
def test_a_key_given_twice_is_refused_naming_it(text, where):
    with pytest.raises(QuizFileError) as caught:
        loads_quizset(text, "odd.quiz.json")
    assert str(caught.value).startswith(f"odd.quiz.json: {where}: ")
    assert "twice" in str(caught.value)


def test_version_one_point_oh_is_not_version_one():
    text = json.dumps(quizset_document()).replace('"version": 1,', '"version": 1.0,')
    with pytest.raises(QuizFileError, match=r"^odd\.quiz\.json: version: .*1\.0"):
        loads_quizset(text, "odd.quiz.json")


@pytest.mark.parametrize("difficulty", [1.0, 2.0, 3.0])
def test_a_difficulty_written_as_a_float_is_refused(difficulty):
    with pytest.raises(QuizFileError, match=r"questions\[0\]\.difficulty: must be 1, 2 or 3"):
        _load(quizset_document(questions=[dict(QUESTION, difficulty=difficulty)]))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "\u200b"),
        ("title", " \u200b\u2060 \ufeff"),
        ("prompt", "\u200d"),
        ("id", "\u00ad"),
    ],
)
def test_text_of_invisible_characters_only_is_empty(field, value):
    if field == "title":
        document = quizset_document(title=value, questions=[QUESTION])
        where = "title"
    else:
        document = quizset_document(questions=[dict(QUESTION, **{field: value})])
        where = f"questions[0].{field}"
    with pytest.raises(
        QuizFileError, match=rf"^odd\.quiz\.json: {re.escape(where)}: must not be empty"
    ):
        _load(document)


def test_a_visible_title_with_a_zero_width_joiner_is_kept():
    document = quizset_document(title="👩\u200d🏫 Teachers", questions=[QUESTION])
    assert loads_quizset(json.dumps(document)).title == "👩\u200d🏫 Teachers"


@pytest.mark.parametrize("other_id", ["a ", " a", "a\t", "a\u00a0"])
def test_ids_differing_only_in_spaces_are_refused(other_id):
    questions = [QUESTION, dict(QUESTION, id=other_id)]
    with pytest.raises(QuizFileError, match=r"questions\[1\]: duplicate question id"):
        _load(quizset_document(questions=questions))


def test_ids_differing_in_case_are_still_distinct():
    questions = [QUESTION, dict(QUESTION, id="A")]
    assert len(loads_quizset(json.dumps(quizset_document(questions=questions))).questions) == 2


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('type,prompt,answer\ntrue_false,"Is it?,true\n', 2, 12),
        ('type,prompt,answer\ntrue_false,Is it?,true\ntrue_false,Is it?,"true\n', 3, 19),
        ('type,prompt,answer\ntrue_false,"Say ""hi"", 2,true\n', 2, 12),
        ('type,prompt,answer\ntrue_false,"One\nTwo",true\ntrue_false,"Three,true\n', 4, 12),
    ],
)
def test_an_unclosed_csv_quote_is_named_where_it_opens(text, line, column):
    with pytest.raises(QuizFileError) as caught:
        read_csv(text, file="q.csv")
    assert (caught.value.line, caught.value.column) == (line, column)
    assert "never closed" in str(caught.value)
    assert "true or false" not in str(caught.value)
