"""Anki export: one note per question, escaped HTML, stable ids, identical bytes each time."""

from __future__ import annotations

import html
import io
import json
import sqlite3
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes.exchange.formats.apkg import anki_name, stable_id, write_apkg
from quizzes.model import Question, QuestionType, QuizSet, parse_quizset
from tests.conftest import quizset_document
from tests.strategies import quizsets


def notes_of(
    package: bytes, tmp_path: Path, deck_name: str | None = "SCO basics"
) -> list[tuple[str, list[str], str]]:
    """(guid, fields, tags) of every note, read back from the package's SQLite collection (and
    a check that the deck is called `deck_name`, unless None)."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        rows = connection.execute("SELECT guid, flds, tags FROM notes ORDER BY id").fetchall()
        decks = connection.execute("SELECT decks FROM col").fetchone()[0]
    finally:
        connection.close()
    assert deck_name is None or deck_name in {deck["name"] for deck in json.loads(decks).values()}
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
        notes = notes_of(write_apkg(quizset), Path(folder), deck_name=None)
    assert len(notes) == len(quizset.questions)
    for (_, (front, back), _), question in zip(notes, quizset.questions, strict=True):
        prompt_html = front.split("<br><ol>")[0].split("<br><i>")[0].split("<br><ul>")[0]
        assert html.unescape(prompt_html.replace("<br>", "\n")) == question.prompt
        assert back.startswith("<b>")


def stored_deck_names_and_tags(package: bytes, tmp_path: Path) -> tuple[set[str], list[str]]:
    """The deck names and each note's tags (split as Anki splits them) in the package."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        decks = json.loads(connection.execute("SELECT decks FROM col").fetchone()[0])
        tags = [row[0] for row in connection.execute("SELECT tags FROM notes ORDER BY id")]
    finally:
        connection.close()
    names = {deck["name"] for deck in decks.values()} - {"Default"}
    return names, [tag for line in tags for tag in line.split()]


def test_a_title_becomes_one_deck_name_that_anki_keeps_as_it_is(tmp_path):
    title = 'Borders::Kazakhstan\n\tpart\x07 2 \u202e"East"\u2066 ::: end'
    question = Question("q", QuestionType.TRUE_FALSE, "Plain?", True)
    names, _ = stored_deck_names_and_tags(
        write_apkg(QuizSet(title, questions=[question])), tmp_path
    )
    # No sub-deck (`::`), no line break, control character, quote or direction control.
    assert names == {"Borders:Kazakhstan part 2 East : end"}


def test_a_title_of_nothing_anki_would_keep_gets_a_name(tmp_path):
    question = Question("q", QuestionType.TRUE_FALSE, "Plain?", True)
    names, _ = stored_deck_names_and_tags(
        write_apkg(QuizSet('"\x07"', questions=[question])), tmp_path
    )
    assert names == {"Steppe Quiz set"}


def test_tags_are_single_anki_tags_without_control_characters(tmp_path):
    question = Question(
        "q",
        QuestionType.TRUE_FALSE,
        "Plain?",
        True,
        topic="Central Asia",
        tags=[
            "a b",  # a space would make two tags
            "wide\u3000space",  # so would Anki's other separator, the ideographic space
            "x::y",  # a child tag y of x
            "bell\x07\x1b[31m",
            "\u202eevil",
            '"quoted"',
            "SCO",
            "sco",  # Anki's tags ignore case: the first one stays
            "\x07",  # nothing left
        ],
    )
    _, tags = stored_deck_names_and_tags(write_apkg(QuizSet("T", questions=[question])), tmp_path)
    assert tags == ["Central_Asia", "a_b", "wide_space", "x:y", "bell[31m", "evil", "quoted", "SCO"]


@given(st.text(), st.sampled_from([" ", "_"]))
def test_a_name_made_for_anki_has_nothing_anki_would_change_or_split(text, space):
    name = anki_name(text, space)
    assert "::" not in name and '"' not in name and name == name.strip()
    assert not any(unicodedata.category(c) == "Cc" for c in name)
    assert not set(name) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    if space == "_":
        assert not any(c.isspace() for c in name)
