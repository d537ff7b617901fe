"""Reading and writing `.quiz.json` files: errors name the file and line, writes are atomic."""

from __future__ import annotations

import json

import pytest

from quizzes.errors import QuizFileError
from quizzes.exchange.formats.quizjson import dumps_quizset, read_quizset, write_quizset
from quizzes.model import parse_quizset
from tests.conftest import quizset_document


def test_a_file_written_reads_back_equal(tmp_path):
    quizset = parse_quizset(quizset_document())
    path = tmp_path / "set.quiz.json"
    write_quizset(quizset, path)
    assert read_quizset(path) == quizset
    assert not list(tmp_path.glob("*.tmp"))


def test_non_ascii_text_is_written_as_itself():
    document = quizset_document(title="Қазақстан және ШЫҰ")
    assert "Қазақстан және ШЫҰ" in dumps_quizset(parse_quizset(document))


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.quiz.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(quizset_document()).encode())
    assert read_quizset(path).title == "SCO basics"


def test_bad_json_names_the_file_line_and_column(tmp_path):
    path = tmp_path / "broken.quiz.json"
    path.write_text('{\n  "format": "steppe-quiz/quizset",\n  "version": 1,,\n}\n')
    with pytest.raises(QuizFileError) as caught:
        read_quizset(path)
    assert (caught.value.line, caught.value.column) == (3, 16)
    assert str(caught.value).startswith(f"{path}:3:16: not valid JSON")


def test_a_validation_error_names_the_file_and_the_field(tmp_path):
    document = quizset_document()
    document["questions"][3]["tolerance"] = -5
    path = tmp_path / "negative.quiz.json"
    path.write_text(json.dumps(document))
    with pytest.raises(QuizFileError, match=r"negative\.quiz\.json: questions\[3\]\.tolerance"):
        read_quizset(path)


def test_a_missing_file_is_reported(tmp_path):
    with pytest.raises(QuizFileError, match="no such file"):
        read_quizset(tmp_path / "nope.quiz.json")


def test_a_binary_file_is_reported_not_decoded(tmp_path):
    path = tmp_path / "image.quiz.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(QuizFileError, match="not UTF-8"):
        read_quizset(path)


def test_a_folder_is_reported(tmp_path):
    with pytest.raises(QuizFileError, match="folder"):
        read_quizset(tmp_path)
