"""`main.py generate`, run as a user runs it: quiz JSON out, review report on stderr, exit 2 on
bad input, --save storing the quiz, and the built-in bank listed once in a new database."""

from __future__ import annotations

import json

import pytest

from quizzes.app.bank import bank_files, builtin_set_id
from tests.conftest import SEED_ARTICLE


@pytest.mark.shared_files(SEED_ARTICLE)
def test_generate_prints_a_quiz_and_a_review_report(cli):
    result = cli("generate", str(SEED_ARTICLE), "--count", "12", "--seed", "4")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["format"] == "steppe-quiz/quizset"
    assert len(document["questions"]) == 12
    for expected in ("Facts found:", "Questions made: 12", "teaser", "Conflicts flagged"):
        assert expected in result.stderr


@pytest.mark.shared_files(SEED_ARTICLE)
def test_generate_to_a_file_with_types_and_save(cli, tmp_path, db_url):
    out = tmp_path / "quiz.json"
    result = cli(
        "generate", str(SEED_ARTICLE), "--types", "numeric,single_choice", "--out", str(out),
        "--save", db=db_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    types = {q["type"] for q in json.loads(out.read_text(encoding="utf-8"))["questions"]}
    assert types == {"numeric", "single_choice"}
    listed = json.loads(cli("sets", "--json", db=db_url).stdout)
    saved = [row for row in listed if not row["builtin"]]
    assert [row["title"][:17] for row in saved] == ["China Increases I"]


@pytest.mark.shared_files(SEED_ARTICLE)
def test_bad_input_exits_2_with_one_line_and_stores_nothing(cli, tmp_path, db_url):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    for args in (
        [str(empty)],
        [str(binary)],
        [str(tmp_path / "missing.txt")],
        [str(SEED_ARTICLE), "--types", "essay"],
    ):
        result = cli("generate", *args, "--save", db=db_url)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    rows = json.loads(cli("sets", "--json", db=db_url).stdout)
    assert [r for r in rows if not r["builtin"]] == []


def test_a_new_database_lists_the_built_in_set_once(cli, db_url):
    ids = {builtin_set_id(path) for path in bank_files()}
    for _ in range(2):
        rows = json.loads(cli("sets", "--json", db=db_url).stdout)
        builtin = [r for r in rows if r["builtin"]]
        assert {r["id"] for r in builtin} == ids
        assert [r["title"] for r in builtin].count("Central Asia and the 2024 SCO summit") == 1
        assert all(r["questions"] >= 40 for r in builtin)
