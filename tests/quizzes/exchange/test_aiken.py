"""Aiken import and export of single-choice questions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from quizzes.errors import QuizFileError
from quizzes.exchange.formats.aiken import export_aiken, read_aiken, write_aiken
from quizzes.exchange.formats.outcome import question_label
from quizzes.model import QuestionType, parse_quizset
from tests.conftest import quizset_document
from tests.strategies import quizsets

DATA = Path(__file__).parent / "data"


def test_reads_both_option_styles():
    result = read_aiken(DATA / "sco.aiken.txt")
    first, second = result.quizset.questions
    assert result.quizset.title == "sco.aiken"
    assert (first.id, first.type) == ("q1", QuestionType.SINGLE_CHOICE)
    assert first.choices == ["Belarus", "Turkey", "Mongolia"]
    assert first.answer == "Belarus"
    assert (second.choices, second.answer) == (["Tashkent", "Astana"], "Astana")


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("Q?\nA) x\nB) y\nANSWER: C\n", 4, 9, "not one of the options"),
        ("Q?\nA) x\nANSWER: A\n", 3, 1, "at least two options"),
        ("Q?\nA) x\nB) y\nNext question?\n", 4, 1, "has no 'ANSWER: X' line"),
        ("Q?\nA) x\nB) y\n", 1, None, "the last question"),
        ("ANSWER: A\n", 1, 1, "without a question"),
        ("Q?\nA) x\nA) y\nANSWER: A\n", 3, 1, "given twice"),
    ],
)
def test_malformed_aiken_names_the_line(text, line, column, words):
    with pytest.raises(QuizFileError) as caught:
        read_aiken(text, file="bad.txt")
    assert (caught.value.line, caught.value.column) == (line, column)
    assert words in str(caught.value) and str(caught.value).startswith("bad.txt:")


def test_a_valid_aiken_question_the_model_refuses_is_skipped_and_named():
    result = read_aiken("Pick one\nA) Same\nB) same\nANSWER: A\n\nQ2?\nA) x\nB) y\nANSWER: B\n")
    assert [q.answer for q in result.quizset.questions] == ["y"]
    [skipped] = result.skipped
    assert (skipped.number, skipped.title, skipped.line) == (1, "Pick one", 1)
    assert "duplicate" in skipped.reason


def test_export_writes_single_choice_and_names_the_rest():
    result = export_aiken(parse_quizset(quizset_document()))
    assert str(result.content).startswith(
        "Which country was the newest member of the SCO at the 2024 summit?\n"
        "A) Belarus\nB) Turkey\nC) Azerbaijan\nD) Mongolia\nANSWER: A\n"
    )
    assert len(result.warnings) == 6
    assert result.warnings[0] == (
        "skipped question 2 'Which of these attended as SCO members?': "
        "a multiple choice question (Aiken holds single choice only)"
    )


@given(quizsets(types=(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE)))
def test_aiken_round_trip(quizset):
    result = export_aiken(quizset)
    back = read_aiken(write_aiken(quizset)).quizset.questions
    written = [
        q
        for number, q in enumerate(quizset.questions, start=1)
        if not any(w.startswith(f"skipped {question_label(number, q)}:") for w in result.warnings)
    ]
    assert [(q.prompt, q.choices, q.answer) for q in back] == [
        (q.prompt, q.choices, q.answer) for q in written
    ]
    assert len(written) + len(result.warnings) == len(quizset.questions)
    assert all(q.type is QuestionType.SINGLE_CHOICE for q in written)
