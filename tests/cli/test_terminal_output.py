"""Titles, topics and messages from files never drive the terminal: escape sequences and
bidirectional overrides are printed as escapes."""

from __future__ import annotations

import json

from cli.commands import shown
from tests.conftest import quizset_document

ESC_RED = "\x1b[31m"
RIGHT_TO_LEFT = "\u202e"


def test_control_and_format_characters_are_written_as_escapes():
    assert shown(f"a{ESC_RED}b{RIGHT_TO_LEFT}c\td") == "a\\x1b[31mb\\u202ec\td"
    assert shown("Астана — 2024") == "Астана — 2024"


def test_sets_and_the_import_summary_escape_what_the_file_says(tmp_path, db_url, cli):
    document = quizset_document(f"Evil{ESC_RED} title{RIGHT_TO_LEFT}")
    document["questions"][0]["topic"] = f"Topic{ESC_RED}"
    path = tmp_path / "evil.quiz.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    imported = cli("import", str(path), db=db_url)
    assert imported.returncode == 0, imported.stderr
    listed = cli("sets", db=db_url)
    printed = imported.stdout + listed.stdout
    assert "\x1b" not in printed and RIGHT_TO_LEFT not in printed
    assert "Evil\\x1b[31m title\\u202e" in listed.stdout
    assert "Topic\\x1b[31m" in imported.stdout
