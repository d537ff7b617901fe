"""The spreadsheet CSV layout: a file as LibreOffice writes it, errors, round trips."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given

from quizzes.errors import QuizFileError
from quizzes.exchange.formats.csvformat import COLUMNS, read_csv, write_csv
from quizzes.model import Evidence, Question, QuestionType, QuizSet, parse_quizset
from tests.conftest import quizset_document
from tests.strategies import quizsets

DATA = Path(__file__).parent / "data"


def test_reads_a_semicolon_file_with_bom_and_decimal_commas():
    result = read_csv(DATA / "teacher.csv")
    questions = {q.id: q for q in result.quizset.questions}
    assert result.quizset.title == "teacher"
    assert list(questions) == ["newest", "q2", "q3", "border", "pi", "q6", "q7", "leaders"]
    newest = questions["newest"]
    assert (newest.choices, newest.answer) == (["Belarus", "Turkey", "Mongolia"], "Belarus")
    assert newest.evidence == Evidence("Belarus joined", 12)
    assert (newest.topic, newest.difficulty, newest.tags) == ("SCO membership", 1, ["sco", "2024"])
    assert questions["q2"].type is QuestionType.MULTIPLE_CHOICE
    assert questions["q2"].answer == ["India", "Iran"]
    assert questions["q3"].answer is False
    assert (questions["border"].answer, questions["border"].tolerance) == (7000, 500)
    assert questions["border"].unit == "km"
    assert (questions["pi"].answer, questions["pi"].tolerance) == (3.14, 0.005)
    assert questions["q6"].prompt == "Name the bloc; two names accepted"
    assert questions["q6"].answer == ["Eurasian Economic Union", "EAEU"]
    assert questions["q6"].explanation == "Line one\nline two"
    assert questions["q7"].answer == ["Russia", "Kazakhstan", "China"]
    assert questions["leaders"].answer == [("Tokayev", "Kazakhstan"), ("Xi Jinping", "China")]


HEADER = "id,type,prompt,choices,answer\n"


@pytest.mark.parametrize(
    ("body", "line", "column", "words"),
    [
        ("a,single_choice,Q?,x|y,z\n", 2, 5, "answer: 'z' is not one of the choices"),
        ("a,essay,Q?,,x\n", 2, 2, "type: unknown type 'essay'"),
        ("a,numeric,Q?,,many\n", 2, 5, "answer: must be a number"),
        ("a,true_false,Q?,,perhaps\n", 2, 5, "answer: must be true or false"),
        ("a,true_false,Q?,,true\na,true_false,Q2?,,true\n", 3, 1, "used twice"),
        ("a,true_false,,,true\n", 2, 3, "prompt: must not be empty"),
        ("a,matching,Q?,,x -> y | z\n", 2, 5, "needs 'left -> right'"),
        ('a,true_false,"Q\nover two lines",,true\nb,true_false,Q?,x|y,true\n', 4, 4, "choices"),
    ],
)
def test_broken_rows_name_line_and_column(body, line, column, words):
    with pytest.raises(QuizFileError) as caught:
        read_csv(HEADER + body, file="bad.csv")
    assert (caught.value.line, caught.value.column) == (line, column)
    assert words in str(caught.value)


def test_header_problems_are_reported():
    with pytest.raises(QuizFileError, match="unknown column 'colour'"):
        read_csv("type,prompt,answer,colour\ntrue_false,Q?,true,red\n")
    with pytest.raises(QuizFileError, match="missing column"):
        read_csv("type,prompt\ntrue_false,Q?\n")
    with pytest.raises(QuizFileError, match="no questions"):
        read_csv("type,prompt,answer\n")


def test_export_guards_cells_spreadsheets_would_run_as_formulas():
    quizset = QuizSet(
        title="t",
        questions=[
            Question("f", QuestionType.NUMERIC, '=HYPERLINK("x")', -5, tolerance=0),
            Question("g", QuestionType.SHORT_ANSWER, "'quoted", ["+1", "@me"]),
        ],
    )
    text = write_csv(quizset)
    assert text.startswith("\ufeffid,type,prompt")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[1][2] == '\'=HYPERLINK("x")' and rows[1][4] == "-5"
    assert rows[2][2] == "''quoted"
    back = read_csv(text).quizset.questions
    assert back[0].prompt == '=HYPERLINK("x")' and back[0].answer == -5
    assert (back[1].prompt, back[1].answer) == ("'quoted", ["+1", "@me"])


def test_export_has_every_documented_column():
    text = write_csv(parse_quizset(quizset_document()))
    header = next(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert tuple(header) == COLUMNS


@given(quizsets())
def test_csv_round_trip_keeps_everything(quizset):
    back = read_csv(write_csv(quizset), title=quizset.title).quizset
    assert back.questions == quizset.questions


@given(quizsets())
def test_csv_round_trip_through_semicolons(quizset):
    rows = list(csv.reader(io.StringIO(write_csv(quizset).removeprefix("\ufeff"))))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    assert read_csv(buffer.getvalue()).quizset.questions == quizset.questions


def test_the_round_trip_trims_surrounding_spaces_and_nothing_else():
    """What the README's CSV section says it normalises: spaces around every cell and list item."""
    spaced = QuizSet(
        title="Spaces",
        questions=[
            Question(
                id=" padded ",
                type=QuestionType.SINGLE_CHOICE,
                prompt="  Which one?\n",
                answer=" Belarus",
                choices=[" Belarus", "Turkey  "],
                explanation="\tBecause. ",
                evidence=Evidence(" Belarus joined ", 3),
                topic=" SCO ",
                tags=[" sco", "2024 "],
            ),
            Question(
                id="n",
                type=QuestionType.NUMERIC,
                prompt="How long?",
                answer=7000,
                tolerance=500,
                unit=" km",
            ),
            Question(
                id="pairs",
                type=QuestionType.MATCHING,
                prompt="Match",
                answer=[(" Tokayev", "Kazakhstan "), ("Xi", " China")],
            ),
        ],
    )
    back = read_csv(write_csv(spaced)).quizset
    padded, numeric, pairs = back.questions
    assert (padded.id, padded.prompt, padded.answer) == ("padded", "Which one?", "Belarus")
    assert (padded.choices, padded.explanation) == (["Belarus", "Turkey"], "Because.")
    assert (padded.evidence, padded.topic, padded.tags) == (
        Evidence("Belarus joined", 3),
        "SCO",
        ["sco", "2024"],
    )
    assert (numeric.answer, numeric.tolerance, numeric.unit) == (7000, 500, "km")
    assert pairs.answer == [("Tokayev", "Kazakhstan"), ("Xi", "China")]
