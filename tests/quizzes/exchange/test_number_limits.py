"""Numbers no quiz needs (huge, endless digits, beyond a float) are refused at once, by field."""

from __future__ import annotations

import json

import pytest

from quizzes.errors import QuizFileError
from quizzes.exchange.formats.csvformat import read_csv
from quizzes.exchange.formats.gift import read_gift
from quizzes.exchange.formats.quizjson import loads_quizset
from quizzes.model import MAX_NUMBER, parse_quizset
from tests.conftest import quizset_document

NUMERIC = {"id": "n", "type": "numeric", "prompt": "How many?", "answer": 7, "tolerance": 0}


def _json_with(field: str, number_text: str) -> str:
    """A `.quiz.json` text whose numeric question has `number_text` (raw JSON) in `field`."""
    question = dict(NUMERIC, **{field: "@NUMBER@"})
    return json.dumps(quizset_document(questions=[question])).replace('"@NUMBER@"', number_text)


@pytest.mark.parametrize(
    ("field", "number_text"),
    [
        ("answer", "1" + "0" * 309),
        ("answer", "1" + "0" * 5000),
        ("answer", "-" + "9" * 400),
        ("answer", "1e400"),
        ("answer", "1" + "0" * 5000 + ".5"),
        ("answer", "2e100"),
        ("tolerance", "1" + "0" * 309),
        ("tolerance", "1e5000"),
    ],
)
def test_json_numbers_beyond_a_sane_float_name_the_field(field, number_text):
    with pytest.raises(QuizFileError) as caught:
        loads_quizset(_json_with(field, number_text), "big.quiz.json")
    message = str(caught.value)
    assert message.startswith(f"big.quiz.json: questions[0].{field}: ")
    assert "number" in message
    assert len(message) < 200


def test_json_numbers_up_to_the_limit_are_kept_exactly():
    text = _json_with("answer", "123456789012345678901234567890")
    assert loads_quizset(text).questions[0].answer == 123456789012345678901234567890
    assert loads_quizset(_json_with("answer", repr(MAX_NUMBER))).questions[0].answer == MAX_NUMBER


@pytest.mark.parametrize("paragraph", [2**63, 10**400])
def test_an_evidence_paragraph_beyond_any_article_is_refused(paragraph):
    question = dict(NUMERIC, evidence={"quote": "Seven", "paragraph": paragraph})
    with pytest.raises(QuizFileError) as caught:
        loads_quizset(json.dumps(quizset_document(questions=[question])), "p.quiz.json")
    assert str(caught.value).startswith("p.quiz.json: questions[0].evidence.paragraph: ")


def test_a_huge_number_in_an_ignored_field_does_no_harm():
    document = quizset_document(questions=[NUMERIC])
    text = json.dumps(document).replace(
        '"version": 1', '"extra": 1' + "0" * 5000 + ', "version": 1'
    )
    assert loads_quizset(text).questions[0].answer == 7


def test_the_model_refuses_numbers_beyond_the_limit_whoever_builds_them():
    question = dict(NUMERIC, answer=MAX_NUMBER * 10)
    with pytest.raises(Exception, match=r"questions\[0\]\.answer: .*number"):
        parse_quizset(quizset_document(questions=[question]))


@pytest.mark.parametrize(
    "block",
    [
        "{#1e400}",
        "{#1:1e5000}",
        "{#1e999999}",
        "{#0..1e999999}",
        "{#1e999999999999}",
        "{#-1e999999999999..0}",
        "{#1" + "0" * 5000 + "}",
        "{#=%100%1e999999 =%50%2}",
    ],
)
def test_gift_numbers_beyond_a_sane_float_are_refused_with_their_line(block):
    text = "// a comment\n\n::big::How far?" + block + "\n"
    with pytest.raises(QuizFileError) as caught:
        read_gift(text, file="big.gift")
    assert caught.value.line == 3
    assert str(caught.value).startswith("big.gift:3:")
    assert len(str(caught.value)) < 300


def test_gift_numbers_up_to_the_limit_still_import():
    result = read_gift("::ok::How far?{#1e100:1e-5}\n\n::tiny::How small?{#0..1e-999999999999}\n")
    big, tiny = result.quizset.questions
    assert (big.answer, big.tolerance) == (10**100, 1e-5)
    assert (tiny.answer, tiny.tolerance) == (0, 0)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("answer", "1" + "0" * 5000),
        ("answer", "1e400"),
        ("answer", "9" * 400),
        ("tolerance", "1" + "0" * 5000),
    ],
)
def test_a_huge_csv_number_is_refused_naming_its_column(column, value):
    text = f"type,prompt,answer,tolerance\nnumeric,How many?,{value if column == 'answer' else 7}"
    text += f",{value if column == 'tolerance' else 0}\n"
    with pytest.raises(QuizFileError) as caught:
        read_csv(text, file="big.csv")
    column_number = 3 if column == "answer" else 4
    assert str(caught.value).startswith(f"big.csv:2:{column_number}: {column}: ")
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("difficulty", "²"),
        ("difficulty", "١"),
        ("difficulty", "1" + "0" * 5000),
        ("evidence_paragraph", "²"),
        ("evidence_paragraph", "1" + "0" * 5000),
        ("evidence_paragraph", str(2**63)),
    ],
)
def test_csv_whole_numbers_that_are_not_plain_digits_are_refused(column, value):
    text = f"type,prompt,answer,evidence_quote,{column}\nnumeric,How many?,7,Seven,{value}\n"
    with pytest.raises(QuizFileError) as caught:
        read_csv(text, file="odd.csv")
    assert str(caught.value).startswith(f"odd.csv:2:5: {column}: ")
    assert len(str(caught.value)) < 300
