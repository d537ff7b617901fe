"""Export a quiz set as an Anki deck (`.apkg`, written with `genanki`).

One note per question: the front shows the prompt and whatever the student needs to answer
(choices, items to order or match); the back shows the answer, the explanation and the
evidence. Anki renders fields as HTML, so every text is HTML-escaped and only tags made here
(`<br>`, lists) reach Anki.

A deck name and a tag are plain text in Anki, not HTML, and Anki gives some characters a meaning
there: `::` makes a sub-deck or a child tag, a space separates tags. `anki_name` makes the set's
title one deck and each topic or tag one tag (the rule is in the README's Anki paragraph).

Ids are stable so that a re-exported set updates the deck a student already has instead of
making a second one: the deck id comes from the set's title, each note's guid from the deck
and the question id, the note type id is fixed. The output is byte-for-byte deterministic:
genanki's timestamp is derived from the deck id, and the zip entries get a fixed date.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from quizzes.exchange.formats.outcome import ExportResult
from quizzes.model import Question, QuestionType, QuizSet, answer_pairs

NOTE_TYPE_NAME = "Steppe Quiz question"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_CARD_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; }"
UNNAMED_DECK = "Steppe Quiz set"
# Embeddings, overrides and isolates: their effect runs on past their own text (marks such as
# U+200F do not, and are kept).
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_COLONS = re.compile(":{2,}")


def stable_id(text: str) -> int:
    """A 31-bit id from text, in the range Anki uses for decks and note types."""
    digest = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)
    return (1 << 30) + digest % (1 << 30)


def export_apkg(quizset: QuizSet) -> ExportResult:
    """The set as an `.apkg` export."""
    return ExportResult(write_apkg(quizset))


def write_apkg(quizset: QuizSet) -> bytes:
    """The set as the bytes of an `.apkg` file."""
    import genanki  # heavy-ish, and only needed for this export

    note_type = genanki.Model(
        stable_id("steppe-quiz/anki-note-type/1"),
        NOTE_TYPE_NAME,
        fields=[{"name": "Question"}, {"name": "Answer"}],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Question}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}",
            }
        ],
        css=_CARD_CSS,
    )
    deck_id = stable_id(f"steppe-quiz/deck/{quizset.title}")
    deck = genanki.Deck(deck_id, anki_name(quizset.title, " ") or UNNAMED_DECK)
    for question in quizset.questions:
        deck.add_note(
            genanki.Note(
                model=note_type,
                fields=[front_html(question), back_html(question)],
                guid=genanki.guid_for(deck_id, question.id),
                tags=_tags(question),
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.apkg"
        # Any fixed time works; deriving it from the deck keeps note ids of different decks apart.
        genanki.Package(deck).write_to_file(str(path), timestamp=1_500_000_000 + deck_id % 10**8)
        return _with_fixed_dates(path.read_bytes())


def front_html(question: Question) -> str:
    parts = [_text(question.prompt)]
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            parts.append(_list(question.choices, ordered=True))
        case QuestionType.MULTIPLE_CHOICE:
            parts += [_list(question.choices, ordered=True), "<i>(several answers)</i>"]
        case QuestionType.TRUE_FALSE:
            parts.append("<i>True or false?</i>")
        case QuestionType.NUMERIC if question.unit:
            parts.append(f"<i>(in {_text(question.unit)})</i>")
        case QuestionType.ORDERING:
            assert isinstance(question.answer, list)
            items = sorted(map(str, question.answer), key=str.casefold)
            parts += ["<i>Put in order:</i>", _list(items, ordered=False)]
        case QuestionType.MATCHING:
            pairs = answer_pairs(question.answer)
            lefts = [left for left, _ in pairs]
            rights = sorted((right for _, right in pairs), key=str.casefold)
            parts += [_list(lefts, ordered=False), "<i>Match with:</i>"]
            parts.append(_list(rights, ordered=False))
    return "<br>".join(parts)


def back_html(question: Question) -> str:
    parts = [f"<b>{answer_html(question)}</b>"]
    if question.explanation:
        parts.append(_text(question.explanation))
    if question.evidence:
        quote, paragraph = question.evidence.quote, question.evidence.paragraph
        parts.append(f"<i>Source, paragraph {paragraph}: “{_text(quote)}”</i>")
    return "<br><br>".join(parts)


def answer_html(question: Question) -> str:
    answer = question.answer
    match question.type:
        case QuestionType.TRUE_FALSE:
            return "True" if answer else "False"
        case QuestionType.NUMERIC:
            shown = f"{answer}" + (f" ± {question.tolerance}" if question.tolerance else "")
            return _text(shown + (f" {question.unit}" if question.unit else ""))
        case QuestionType.MULTIPLE_CHOICE | QuestionType.ORDERING:
            assert isinstance(answer, list)
            return _list([str(item) for item in answer], ordered=True)
        case QuestionType.SHORT_ANSWER:
            assert isinstance(answer, list)
            return " / ".join(_text(str(item)) for item in answer)
        case QuestionType.MATCHING:
            return _list(
                [f"{left} → {right}" for left, right in answer_pairs(answer)], ordered=False
            )
        case _:
            return _text(str(answer))


def _text(text: str) -> str:
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _list(items: list[str], ordered: bool) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{_text(item)}</li>" for item in items) + f"</{tag}>"


def anki_name(text: str, space: str) -> str:
    """`text` as one deck name (`space` " ") or one tag (`space` "_") that Anki keeps as it is:
    in NFC, each run of spaces, tabs or line breaks one `space`, without control characters,
    double quotes (Anki drops both) or direction controls, each run of colons one colon (`::`
    would make a sub-deck or a child tag). Empty when nothing is left."""
    kept = "".join(
        char
        for char in unicodedata.normalize("NFC", text)
        if char.isspace()
        or (unicodedata.category(char) != "Cc" and char not in _DIRECTION_CONTROLS and char != '"')
    )
    return _COLONS.sub(":", space.join(kept.split()))


def _tags(question: Question) -> list[str]:
    """The topic and the tags, each one Anki tag; the first of tags equal but for case."""
    tags: dict[str, str] = {}
    for tag in (question.topic, *question.tags):
        name = anki_name(tag, "_")
        if name:
            tags.setdefault(name.casefold(), name)
    return list(tags.values())


def _with_fixed_dates(package: bytes) -> bytes:
    """The same zip with every entry dated `_ZIP_DATE`, so equal decks give equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()
