"""Anki export: one note per question, escaped HTML, stable ids, identical bytes each time."""

from __future__ import annotations

import html
import io
import json
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from hypothesis import given, settings

from quizzes.exchange.formats.apkg import stable_id, write_apkg
from quizzes.model import Question, QuestionType, QuizSet, parse_quizset
from tests.conftest import quizset_document
from tests.strategies import quizsets


def notes_of(
    package: bytes, tmp_path: Path, deck_name: str = "SCO basics"
) -> list[tuple[str, list[str], str]]:
    """(guid, fields, tags) of every note, read back from the package's SQLite collection."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        rows = connection.execute("SELECT guid, flds, tags FROM notes ORDER BY id").fetchall()
        decks = connection.execute("SELECT decks FROM col").fetchone()[0]
    finally:
        connection.close()
    assert deck_name in {deck["name"] for deck in json.loads(decks).values()}
    return [(guid, fields.split("\x1f"), tags.strip()) for guid, fields, tags in rows]


def test_one_note_per_question_with_answer_and_explanation_on_the_back(tmp_path):
    quizset = parse_quizset(quizset_document())
    notes = notes_of(write_apkg(quizset), tmp_path)
    assert len(notes) == 7
    front, back = notes[0][1]
    assert front.startswith("Which country was the newest member of the SCO at the 2024 summit?")
    assert "<li>Belarus</li><li>Turkey</li>" in front
    assert back.startswith("<b>Belarus</b>")
    assert "Belarus joined in 2024" in back
    assert "paragraph 12" in back
    assert notes[0][2] == "SCO_membership sco 2024"
    numeric_front, numeric_back = notes[3][1]
    assert "(in km)" in numeric_front and "<b>7000 ± 500 km</b>" in numeric_back


def test_text_is_html_escaped(tmp_path):
    question = Question(
        "x",
        QuestionType.SHORT_ANSWER,
        "Is <b>this</b> & that shown?",
        ["<script>alert(1)"],
        explanation="a < b\nnext line",
    )
    doc_set = QuizSet(
        title="SCO basics",
        questions=[question, question.__class__("y", QuestionType.TRUE_FALSE, "plain", True)],
    )
    [(_, (front, back), _), _] = notes_of(write_apkg(doc_set), tmp_path)
    assert front == "Is &lt;b&gt;this&lt;/b&gt; &amp; that shown?"
    assert "&lt;script&gt;alert(1)" in back and "<script>" not in back
    assert "a &lt; b<br>next line" in back


def test_output_is_deterministic_and_ids_are_stable(tmp_path):
    quizset = parse_quizset(quizset_document())
    assert write_apkg(quizset) == write_apkg(parse_quizset(quizset_document()))
    renamed = parse_quizset(quizset_document("Another title"))
    assert write_apkg(renamed) != write_apkg(quizset)
    assert stable_id("a") == stable_id("a") and stable_id("a") != stable_id("b")
    assert (1 << 30) <= stable_id("anything") < (1 << 31)
    first = [guid for guid, _, _ in notes_of(write_apkg(quizset), tmp_path)]
    quizset.questions[0].prompt = "Edited prompt"
    again = [guid for guid, _, _ in notes_of(write_apkg(quizset), tmp_path)]
    assert first == again and len(set(first)) == 7


@settings(max_examples=25)
@given(quizsets())
def test_every_question_becomes_one_note_showing_its_prompt(quizset):
    with tempfile.TemporaryDirectory() as folder:
        notes = notes_of(write_apkg(quizset), Path(folder), deck_name=quizset.title)
    assert len(notes) == len(quizset.questions)
    for (_, (front, back), _), question in zip(notes, quizset.questions, strict=True):
        prompt_html = front.split("<br><ol>")[0].split("<br><i>")[0].split("<br><ul>")[0]
        assert html.unescape(prompt_html.replace("<br>", "\n")) == question.prompt
        assert back.startswith("<b>")
