"""Format detection from names and contents, and the common import/export entry points."""

from __future__ import annotations

import json

import pytest

from quizzes.errors import QuizFileError
from quizzes.exchange.formats.registry import (
    EXPORT_FORMATS,
    detect_format,
    export_quizset,
    import_file,
)
from quizzes.model import parse_quizset
from tests.conftest import quizset_document

AIKEN = "Which?\nA) x\nB) y\nANSWER: B\n"
GIFT = "::q::Which?{=x ~y}\n"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("set.quiz.json", "", "json"),
        ("set.JSON", "", "json"),
        ("moodle.gift", "", "gift"),
        ("moodle.gift.txt", AIKEN, "gift"),
        ("sheet.csv", "", "csv"),
        ("questions.txt", AIKEN, "aiken"),
        ("questions.txt", GIFT, "gift"),
        ("questions.txt", '\ufeff  {"format": 1}', "json"),
        ("noext", AIKEN, "aiken"),
    ],
)
def test_detects_format_from_name_then_content(tmp_path, name, text, expected):
    assert detect_format(tmp_path / name, text) == expected


def test_undetectable_content_is_a_clear_error(tmp_path):
    with pytest.raises(QuizFileError, match="cannot tell the format"):
        detect_format(tmp_path / "notes.txt", "just some notes\n")


def test_import_file_reads_each_format_and_names_the_set_after_the_file(tmp_path):
    (tmp_path / "a.quiz.json").write_text(json.dumps(quizset_document("J")), encoding="utf-8")
    (tmp_path / "b.gift.txt").write_text(GIFT, encoding="utf-8")
    (tmp_path / "c.txt").write_text(AIKEN, encoding="utf-8")
    (tmp_path / "d.csv").write_bytes("\ufefftype;prompt;answer\ntrue_false;Q?;true\n".encode())
    assert import_file(tmp_path / "a.quiz.json").quizset.title == "J"
    assert import_file(tmp_path / "b.gift.txt").quizset.title == "b"
    assert import_file(tmp_path / "c.txt").quizset.questions[0].answer == "y"
    assert import_file(tmp_path / "d.csv").quizset.questions[0].answer is True
    assert import_file(tmp_path / "c.txt", "aiken").quizset.title == "c"


def test_errors_from_a_file_name_the_file(tmp_path):
    path = tmp_path / "broken.gift"
    path.write_text("::q::Which?{=x ~y\n", encoding="utf-8")
    with pytest.raises(QuizFileError) as caught:
        import_file(path)
    assert str(caught.value).startswith(f"{path}:1:12: ")


def test_every_export_format_produces_content():
    quizset = parse_quizset(quizset_document())
    for fmt in EXPORT_FORMATS:
        assert export_quizset(quizset, fmt).content
