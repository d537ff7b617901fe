"""Moodle's GIFT text format, both ways.

Reading follows Moodle's own importer (`question/format/gift/format.php`): questions are separated
by blank lines, `//` lines are comments, `$CATEGORY:` sets the topic (its last path segment),
`::title::` names a question, `{...}` holds the answers and `####` the general feedback.

What our model cannot carry is reported, never guessed:
- an essay `{}` or a description (no braces) is skipped and named by number and title;
- partial-credit answers (`~%50%...` in a single-answer question, `=%75%...` short answers,
  `=%50%...` numerical answers) are dropped with a warning; only full-credit answers count;
- per-answer feedback `#...` is folded into the explanation, after the general feedback, as
  lines `answer: feedback`;
- `[html]`/`[moodle]` text is reduced to plain text (tags stripped, entities decoded),
  `[markdown]` loses its emphasis marks: markup is never rendered;
- a missing-word question (text after the answer block) becomes a prompt with a blank `_____`,
  except for stray punctuation after a question that already ended (`...?{#4}.`), which is
  dropped with a warning.

Writing: titles are the question ids, `$CATEGORY:` lines carry topics, the explanation is the
general feedback. GIFT has no ordering question: an ordering question is written as a matching
question pairing each position (`1`, `2`, ...) with its item, which Moodle asks the same way;
it comes back as a matching question. Units, evidence, difficulty and tags are not carried
(one warning each names the questions concerned).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser
from pathlib import Path
from typing import NoReturn

from quizzes.errors import QuizFileError, QuizFormatError
from quizzes.exchange.formats.outcome import (
    ExportResult,
    ImportResult,
    SkippedQuestion,
    question_label,
)
from quizzes.exchange.formats.textfile import source_name
from quizzes.model import (
    DEFAULT_TOPIC,
    MAX_NUMBER,
    MAX_NUMBER_TEXT,
    Question,
    QuestionType,
    QuizSet,
    answer_texts,
    answer_to_json,
    parse_question,
)
from quizzes.progress import READING, Progress

BLANK = "_____"
# Moodle's matching question needs at least three answers (two pairs are refused on import).
MOODLE_MIN_MATCHING_PAIRS = 3
TEXT_FORMATS = ("html", "moodle", "plain", "markdown")
_MARKER = re.compile(r"\[(html|moodle|plain|markdown)\]")
_WEIGHT = re.compile(r"\s*%(-?\d+(?:\.\d+)?)%")
_ESCAPABLE = "~=#{}:\\"
_SENTENCE_END = (".", "?", "!", ":")
# Only real line breaks end a line: `str.splitlines` would also split on \u2028 and friends.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LARGEST = Decimal(MAX_NUMBER)
_ESCAPE = re.compile(r"\\([n" + re.escape(_ESCAPABLE) + "])")


# ---------------------------------------------------------------- reading


def read_gift(
    source: Path | str,
    title: str | None = None,
    file: str = "<text>",
    progress: Progress | None = None,
) -> ImportResult:
    """Import GIFT from a file (a `Path`) or from text, question by question through `progress`
    (which may cancel); a malformed file raises `QuizFileError`."""
    text, name = source_name(source, file)
    if title is None:
        title = _title_from_name(source) if isinstance(source, Path) else "GIFT questions"
    return _GiftReader(name).read(text, title, progress or Progress())


def _title_from_name(path: Path) -> str:
    name = path.name
    for suffix in (".txt", ".gift"):
        name = name.removesuffix(suffix)
    return name or path.name


@dataclass
class _Chunk:
    """One question's source lines (comments removed) and where each starts in the file."""

    lines: list[tuple[int, str]]

    @property
    def text(self) -> str:
        return "\n".join(line for _, line in self.lines)

    @property
    def first_line(self) -> int:
        return self.lines[0][0]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both from 1, of a character offset into `text`."""
        for number, line in self.lines:
            if offset <= len(line):
                return number, offset + 1
            offset -= len(line) + 1
        last_number, last_line = self.lines[-1]
        return last_number, len(last_line) + 1


def _chunks(text: str) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if not line.strip():
            if current:
                chunks.append(_Chunk(current))
            current = []
        elif not line.lstrip().startswith("//"):
            current.append((number, line))
    if current:
        chunks.append(_Chunk(current))
    return chunks


def _questions_by_topic(chunks: list[_Chunk]) -> list[tuple[str, _Chunk]]:
    """Each question's chunk with the topic its last `$CATEGORY:` line set (category lines are
    taken off; a chunk of a category line alone is no question)."""
    topic = DEFAULT_TOPIC
    found: list[tuple[str, _Chunk]] = []
    for chunk in chunks:
        body = chunk.text.lstrip()
        if body.startswith("$CATEGORY:"):
            first, _, rest = body.partition("\n")
            topic = _topic_from_category(first.removeprefix("$CATEGORY:")) or topic
            if not rest.strip():
                continue
            chunk = _Chunk(chunk.lines[1:])
        found.append((topic, chunk))
    return found


@dataclass
class _Answer:
    """One `=` or `~` answer of a block: raw (still escaped) text, weight in percent, feedback."""

    marker: str
    text: str
    weight: Decimal | None
    feedback: str
    offset: int


class _GiftReader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.skipped: list[SkippedQuestion] = []
        self.warnings: list[str] = []
        self.used_ids: set[str] = set()

    def read(self, text: str, title: str, progress: Progress) -> ImportResult:
        questions: list[Question] = []
        chunks = _questions_by_topic(_chunks(text))
        for number, (topic, chunk) in enumerate(chunks, start=1):
            progress.advance(number - 1, len(chunks), READING)
            question = self._question(chunk, number, topic)
            if question is not None:
                questions.append(question)
        quizset = QuizSet(title=title, description="Imported from GIFT.", questions=questions)
        return ImportResult(quizset, self.skipped, self.warnings)

    # -- one question

    def _question(self, chunk: _Chunk, number: int, topic: str) -> Question | None:
        text = chunk.text
        title, body_start = self._title(chunk, text)
        label = f"question {number}" + (f" {title!r}" if title else "")
        label += f" (line {chunk.first_line})"
        open_at = _find_unescaped(text, "{", body_start)
        close_at = _find_unescaped(text, "}", body_start)
        if open_at < 0:
            if close_at >= 0:
                self._fail(chunk, close_at, "'}' without an opening '{' (escape it as \\})")
            self._skip(number, title, chunk, "a description with no answer (nothing to ask)")
            return None
        close_at = _find_unescaped(text, "}", open_at + 1)
        if close_at < 0:
            self._fail(chunk, open_at, "the answer block opened here is never closed with '}'")
        nested = _find_unescaped(text, "{", open_at + 1)
        if 0 <= nested < close_at:
            self._fail(chunk, nested, "'{' inside an answer block (escape it as \\{)")
        after = text[close_at + 1 :]
        extra = _find_unescaped(after, "{", 0)
        if extra >= 0:
            self._fail(chunk, close_at + 1 + extra, "a second answer block in one question")
        before = text[body_start:open_at]
        prompt_raw = self._prompt_raw(before, after, label)
        block = text[open_at + 1 : close_at]
        general_at = block.find("####")
        general_raw = ""
        while general_at >= 0 and _is_escaped(block, general_at):
            general_at = block.find("####", general_at + 1)
        if general_at >= 0:
            block, general_raw = block[:general_at], block[general_at + 4 :]
        block_offset = open_at + 1
        data = self._answer_block(chunk, block, block_offset, number, title, label)
        if data is None:
            return None
        prompt = _clean(prompt_raw)
        if not prompt:
            self._skip(number, title, chunk, "no question text")
            return None
        feedback_lines = data.pop("feedback_lines")
        general = _clean(general_raw)
        data["explanation"] = "\n".join(([general] if general else []) + feedback_lines)
        data.update(
            id=self._new_id(title, number), prompt=prompt, topic=topic, tags=[], difficulty=2
        )
        try:
            return parse_question(data, label)
        except QuizFormatError as err:
            field = err.path.removeprefix(label).lstrip(".")
            self._skip(number, title, chunk, f"cannot be carried: {field}: {err.message}")
            return None

    def _title(self, chunk: _Chunk, text: str) -> tuple[str, int]:
        start = len(text) - len(text.lstrip())
        if not text.startswith("::", start):
            return "", 0
        end = start + 2
        while True:
            end = text.find("::", end)
            if end < 0:
                self._fail(chunk, start, "the title started here is never closed with '::'")
            if not _is_escaped(text, end):
                break
            end += 1
        return _clean(text[start + 2 : end]), end + 2

    def _prompt_raw(self, before: str, after: str, label: str) -> str:
        tail = after.strip()
        if not tail:
            return before
        stray = not any(ch.isalnum() for ch in tail)
        if stray and _clean(before).endswith(_SENTENCE_END):
            self.warnings.append(f"{label}: ignored {tail!r} after the answer block")
            return before
        return f"{before}{BLANK}{after}"

    def _answer_block(
        self, chunk: _Chunk, block: str, offset: int, number: int, title: str, label: str
    ) -> dict | None:
        stripped = block.strip()
        lead = offset + len(block) - len(block.lstrip())
        if not stripped:
            self._skip(number, title, chunk, "an essay (free-text answer): no type of ours fits")
            return None
        if stripped.startswith("#"):
            return self._numerical(chunk, block, offset, number, title, label)
        if _find_unescaped(block, "~", 0) >= 0:
            return self._choice(chunk, block, offset, number, title, label)
        if _find_unescaped(block, "=", 0) >= 0 and "->" in block:
            return self._matching(chunk, block, offset, label)
        head, *feedbacks = _split_unescaped(stripped, "#")
        if head.strip().upper() in ("T", "TRUE", "F", "FALSE"):
            if len(feedbacks) > 2:
                self._fail(chunk, lead, "true/false takes at most two feedbacks")
            lines = [
                f"{when}: {_clean(text)}"
                for when, text in zip(
                    ("If answered wrongly", "If answered rightly"), feedbacks, strict=False
                )
                if _clean(text)
            ]
            value = head.strip().upper() in ("T", "TRUE")
            return {"type": "true_false", "answer": value, "feedback_lines": lines}
        return self._short_answer(chunk, block, offset, number, title, label)

    def _answers(self, chunk: _Chunk, block: str, offset: int) -> list[_Answer]:
        """Split a block into `=`/`~` answers; text before the first marker is an error."""
        answers: list[_Answer] = []
        starts = [i for i in _unescaped_positions(block, "=~")]
        if not starts or block[: starts[0]].strip():
            first_text = len(block) - len(block.lstrip())
            self._fail(chunk, offset + first_text, "each answer must start with '=' or '~'")
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else len(block)
            rest = block[start + 1 : end]
            weight = None
            match = _WEIGHT.match(rest)
            if match:
                weight = Decimal(match.group(1))
                rest = rest[match.end() :]
            elif rest.lstrip().startswith("%"):
                self._fail(chunk, offset + start + 1, "a weight must look like %50% or %-33.3%")
            text, _, feedback = _partition_unescaped(rest, "#")
            answers.append(_Answer(block[start], text, weight, feedback, offset + start))
        return answers

    def _choice(
        self, chunk: _Chunk, block: str, offset: int, number: int, title: str, label: str
    ) -> dict | None:
        answers = self._answers(chunk, block, offset)
        if len(answers) < 2:
            self._fail(chunk, offset - 1, "a multiple-choice question needs at least two answers")
        choices = [_clean(a.text) for a in answers]
        feedback = _feedback_lines(choices, answers)
        right = [a for a in answers if a.marker == "="]
        if len(right) > 1:
            reason = "several answers marked '=' (any one of them right): no type of ours fits"
            self._skip(number, title, chunk, reason)
            return None
        if right:
            partial = [
                c
                for c, a in zip(choices, answers, strict=True)
                if a.marker == "~" and (a.weight or 0)
            ]
            if partial:
                self.warnings.append(
                    f"{label}: partial credit dropped for {', '.join(map(repr, partial))}"
                )
            return {
                "type": "single_choice",
                "choices": choices,
                "answer": _clean(right[0].text),
                "feedback_lines": feedback,
            }
        correct = [c for c, a in zip(choices, answers, strict=True) if (a.weight or 0) > 0]
        if not correct:
            self._skip(number, title, chunk, "no answer has a positive weight")
            return None
        return {
            "type": "multiple_choice",
            "choices": choices,
            "answer": correct,
            "feedback_lines": feedback,
        }

    def _short_answer(
        self, chunk: _Chunk, block: str, offset: int, number: int, title: str, label: str
    ) -> dict | None:
        answers = self._answers(chunk, block, offset)
        accepted: list[str] = []
        feedback: list[str] = []
        for answer in answers:
            text = _clean(answer.text)
            full = answer.weight is None or answer.weight == 100
            shown = "Any other answer" if text == "*" else text
            if _clean(answer.feedback):
                feedback.append(f"{shown}: {_clean(answer.feedback)}")
            if "*" in text:
                self.warnings.append(f"{label}: wildcard answer {text!r} not carried")
            elif not full:
                self.warnings.append(
                    f"{label}: partial-credit answer {text!r} ({answer.weight}%) not carried"
                )
            elif text.casefold() not in (a.casefold() for a in accepted):
                accepted.append(text)
        if not accepted:
            self._skip(number, title, chunk, "no fully correct answer that our model can carry")
            return None
        return {"type": "short_answer", "answer": accepted, "feedback_lines": feedback}

    def _matching(self, chunk: _Chunk, block: str, offset: int, label: str) -> dict:
        answers = self._answers(chunk, block, offset)
        pairs: list[list[str]] = []
        for answer in answers:
            left, arrow, right = answer.text.partition("->")
            if not arrow or not _clean(right):
                self._fail(chunk, answer.offset, "a matching pair must look like '=left -> right'")
            if not _clean(left):
                self.warnings.append(f"{label}: distractor {_clean(right)!r} not carried")
                continue
            pairs.append([_clean(left), _clean(right)])
        if len(pairs) < 2:
            self._fail(chunk, offset - 1, "a matching question needs at least two pairs")
        return {"type": "matching", "answer": pairs, "feedback_lines": []}

    def _numerical(
        self, chunk: _Chunk, block: str, offset: int, number: int, title: str, label: str
    ) -> dict | None:
        hash_at = block.index("#")
        content = block[hash_at + 1 :]
        base = offset + hash_at + 1
        wrong_at = _find_unescaped(content, "~", 0)
        wrong_feedback = ""
        if wrong_at >= 0:
            _, _, wrong_feedback = _partition_unescaped(content[wrong_at + 1 :], "#")
            content = content[:wrong_at]
        pieces: list[tuple[int, str]] = []
        positions = [-1, *_unescaped_positions(content, "=")]
        for index, start in enumerate(positions):
            end = positions[index + 1] if index + 1 < len(positions) else len(content)
            piece = content[start + 1 : end]
            if start >= 0 or piece.strip():
                pieces.append((base + start + 1, piece))
        if not pieces:
            self._fail(chunk, base, "a numerical question needs a number")
        options: list[tuple[Decimal, Decimal, Decimal]] = []
        feedback: list[str] = []
        for piece_offset, piece in pieces:
            weight = Decimal(100)
            match = _WEIGHT.match(piece)
            if match:
                weight, piece = Decimal(match.group(1)), piece[match.end() :]
            value_text, _, note = _partition_unescaped(piece, "#")
            value, tolerance = self._number_answer(chunk, value_text, piece_offset)
            options.append((weight, value, tolerance))
            if _clean(note):
                feedback.append(f"{_show_number(value, tolerance)}: {_clean(note)}")
        if _clean(wrong_feedback):
            feedback.append(f"Any other answer: {_clean(wrong_feedback)}")
        full = [o for o in options if o[0] == 100]
        if not full:
            self._skip(number, title, chunk, "no numerical answer gets full credit")
            return None
        for weight, value, tolerance in options:
            if (weight, value, tolerance) != full[0]:
                self.warnings.append(
                    f"{label}: answer {_show_number(value, tolerance)} ({weight}%) not carried"
                )
        _, value, tolerance = full[0]
        return {
            "type": "numeric",
            "answer": _as_number(value),
            "tolerance": _as_number(tolerance),
            "unit": None,
            "feedback_lines": feedback,
        }

    def _number_answer(self, chunk: _Chunk, raw: str, offset: int) -> tuple[Decimal, Decimal]:
        text = raw.strip()
        at = offset + len(raw) - len(raw.lstrip())
        try:
            if ".." in text:
                low_text, high_text = text.split("..", 1)
                low, high = _decimal(low_text), _decimal(high_text)
                if high < low:
                    self._fail(chunk, at, f"range {text!r} ends below its start")
                return (low + high) / 2, (high - low) / 2
            value_text, _, tolerance_text = text.partition(":")
            tolerance = _decimal(tolerance_text) if tolerance_text.strip() else Decimal(0)
            if tolerance < 0:
                self._fail(chunk, at, f"negative tolerance in {text!r}")
            return _decimal(value_text), tolerance
        except _OutOfRangeError as err:
            self._fail(
                chunk,
                at,
                f"{_shorten(err.args[0])} is out of range: numbers run from "
                f"{-MAX_NUMBER:g} to {MAX_NUMBER:g}, written with at most {MAX_NUMBER_TEXT} "
                "characters",
            )
        except (InvalidOperation, ValueError):
            self._fail(
                chunk, at, f"{_shorten(text)} is not a number, 'value:tolerance' or 'low..high'"
            )

    # -- bookkeeping

    def _new_id(self, title: str, number: int) -> str:
        base = _slug(title) or f"q{number}"
        candidate, suffix = base, 2
        while candidate in self.used_ids:
            candidate, suffix = f"{base}-{suffix}", suffix + 1
        if candidate != base:
            self.warnings.append(
                f"question {number}: the id {base!r} is already used; stored as {candidate!r}"
            )
        self.used_ids.add(candidate)
        return candidate

    def _skip(self, number: int, title: str, chunk: _Chunk, reason: str) -> None:
        self.skipped.append(SkippedQuestion(number, title, reason, chunk.first_line))

    def _fail(self, chunk: _Chunk, offset: int, message: str) -> NoReturn:
        line, column = chunk.position(offset)
        raise QuizFileError(self.file, message, line, column)


# ---------------------------------------------------------------- text helpers


def _is_escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


@functools.cache
def _unescaped_pattern(chars: str) -> re.Pattern[str]:
    """Matches an escape (a backslash and the character after it) or one of `chars`."""
    return re.compile(r"\\.|[" + re.escape(chars) + "]", re.DOTALL)


def _iter_unescaped(text: str, chars: str) -> Iterator[int]:
    """Positions of `chars` not escaped by a backslash, from the start of `text` (escapes
    depend on what comes before, so the scan always starts there)."""
    for match in _unescaped_pattern(chars).finditer(text):
        if match.end() - match.start() == 1:
            yield match.start()


def _unescaped_positions(text: str, chars: str) -> list[int]:
    return list(_iter_unescaped(text, chars))


def _find_unescaped(text: str, char: str, start: int) -> int:
    return next((at for at in _iter_unescaped(text, char) if at >= start), -1)


def _partition_unescaped(text: str, char: str) -> tuple[str, str, str]:
    at = _find_unescaped(text, char, 0)
    return (text, "", "") if at < 0 else (text[:at], char, text[at + 1 :])


def _split_unescaped(text: str, char: str) -> list[str]:
    parts, last = [], 0
    for position in _unescaped_positions(text, char):
        parts.append(text[last:position])
        last = position + 1
    return [*parts, text[last:]]


def _unescape(text: str) -> str:
    """`\\n` becomes a line break and `\\~` (any of `_ESCAPABLE`) the character; any other
    backslash stays."""
    return _ESCAPE.sub(_unescaped_char, text)


def _unescaped_char(match: re.Match[str]) -> str:
    following = match.group(1)
    return "\n" if following == "n" else following


class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment; block-level tags become line breaks."""

    _BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _strip_html(text: str) -> str:
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _strip_markdown(text: str) -> str:
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return re.sub(r"`([^`]*)`", r"\1", text)


def _clean(raw: str) -> str:
    """Raw GIFT text to plain text: format marker, line breaks, escapes, markup."""
    text = raw.strip()
    text_format = "plain"
    marker = _MARKER.match(text)
    if marker:
        text_format, text = marker.group(1), text[marker.end() :].strip()
    # Line breaks in the file are layout; `\n` escapes are the text's own line breaks.
    text = _unescape(re.sub(r"[ \t]*\n[ \t]*", " ", text))
    if text_format in ("html", "moodle"):
        text = _strip_html(text)
    elif text_format == "markdown":
        text = _strip_markdown(text)
    return text.strip()


def _feedback_lines(choices: list[str], answers: list[_Answer]) -> list[str]:
    return [
        f"{choice}: {_clean(answer.feedback)}"
        for choice, answer in zip(choices, answers, strict=True)
        if _clean(answer.feedback)
    ]


def _topic_from_category(path: str) -> str:
    segments = [s.replace("\0", "/").strip() for s in path.replace("//", "\0").split("/")]
    segments = [s for s in segments if s and not (s.startswith("$") and s.endswith("$"))]
    return segments[-1] if segments else ""


def _slug(title: str) -> str:
    return re.sub(r"\W+", "-", title.casefold()).strip("-_")


class _OutOfRangeError(ValueError):
    """A number too long or too large for a quiz (args: the number's text)."""


def _decimal(text: str) -> Decimal:
    """A finite number within range; the length is checked before converting, the size before
    any arithmetic (`int(Decimal("1e999999"))` alone takes half a minute)."""
    stripped = text.strip()
    if len(stripped) > MAX_NUMBER_TEXT:
        raise _OutOfRangeError(stripped)
    value = Decimal(stripped)
    if not value.is_finite():
        raise ValueError(text)
    # `copy_abs` and comparisons are exact and quiet: no context to overflow.
    if value.copy_abs() > _LARGEST:
        raise _OutOfRangeError(stripped)
    return value


def _shorten(text: str) -> str:
    """`text` quoted for a message, cut short when long."""
    return repr(text) if len(text) <= 40 else f"{text[:20]!r}… ({len(text)} characters)"


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _show_number(value: Decimal, tolerance: Decimal) -> str:
    shown = str(_as_number(value))
    return shown if tolerance == 0 else f"{shown} ± {_as_number(tolerance)}"


# ---------------------------------------------------------------- writing


def write_gift(quizset: QuizSet) -> str:
    """The set as GIFT text (see `export_gift` for what is lost)."""
    return str(export_gift(quizset).content)


def export_gift(quizset: QuizSet) -> ExportResult:
    """GIFT text and warnings naming the questions whose details GIFT cannot carry."""
    blocks: list[str] = [f"// {_one_line(quizset.title)}"]
    warnings: list[str] = []
    lost: dict[str, list[int]] = {"unit": [], "evidence": [], "difficulty": [], "tags": []}
    topic = None
    for number, question in enumerate(quizset.questions, start=1):
        label = question_label(number, question)
        answer_block = _answer_block_text(question, label, warnings)
        if answer_block is None:
            continue
        if question.topic != topic:
            topic = question.topic
            blocks.append(f"$CATEGORY: $course$/top/{_one_line(topic).replace('/', '//')}")
        explanation = f"####{_escape(question.explanation)}" if question.explanation else ""
        blocks.append(
            f"::{_escape(question.id)}::{_escape(question.prompt)}{{{answer_block}{explanation}}}"
        )
        for detail, present in (
            ("unit", question.unit),
            ("evidence", question.evidence),
            ("difficulty", question.difficulty != 2),
            ("tags", question.tags),
        ):
            if present:
                lost[detail].append(number)
    for detail, numbers in lost.items():
        if numbers:
            which = "question" if len(numbers) == 1 else "questions"
            listed = ", ".join(map(str, numbers))
            warnings.append(f"GIFT does not carry the {detail} of {which} {listed}")
    return ExportResult("\n\n".join(blocks) + "\n", warnings)


def _answer_block_text(question: Question, label: str, warnings: list[str]) -> str | None:
    answer = question.answer
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            return " ".join(
                ("=" if choice == answer else "~") + _escape(choice) for choice in question.choices
            )
        case QuestionType.MULTIPLE_CHOICE:
            assert isinstance(answer, list)
            share = _weight_text(Decimal(100) / len(answer))
            return " ".join(
                (f"~%{share}%" if choice in answer else "~%-100%") + _escape(choice)
                for choice in question.choices
            )
        case QuestionType.TRUE_FALSE:
            return "TRUE" if answer else "FALSE"
        case QuestionType.NUMERIC:
            return f"#{_number_text(answer)}:{_number_text(question.tolerance or 0)}"
        case QuestionType.SHORT_ANSWER:
            accepted = answer_texts(answer)
            if any("->" in text for text in accepted):
                warnings.append(f"skipped short answer {label}: '->' reads as matching")
                return None
            if any("*" in text for text in accepted):
                warnings.append(f"skipped short answer {label}: '*' is a GIFT wildcard")
                return None
            return " ".join("=" + _escape(text) for text in accepted)
        case QuestionType.ORDERING:
            assert isinstance(answer, list)
            warnings.append(f"ordering {label} written as matching (position -> item)")
            pairs = [(str(position), item) for position, item in enumerate(answer, start=1)]
            return _pairs_text(pairs, label, warnings)
        case QuestionType.MATCHING:
            return _pairs_text(answer_to_json(answer), label, warnings)


def _pairs_text(pairs: list, label: str, warnings: list[str]) -> str | None:
    if any("->" in side for pair in pairs for side in pair):
        warnings.append(f"skipped matching {label}: an item contains '->'")
        return None
    if len(pairs) < MOODLE_MIN_MATCHING_PAIRS:
        warnings.append(
            f"matching {label} has {len(pairs)} pairs: Moodle refuses a matching question "
            f"with fewer than {MOODLE_MIN_MATCHING_PAIRS} answers; add a pair before importing it"
        )
    return " ".join(f"={_escape(left)} -> {_escape(right)}" for left, right in pairs)


def _escape(text: str) -> str:
    """Escape GIFT's control characters; a leading marker or `%` is protected by `[plain]`."""
    escaped = text.replace("\\", "\\\\")
    for char in "~=#{}:":
        escaped = escaped.replace(char, "\\" + char)
    escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    if _MARKER.match(text) or text.startswith("%"):
        escaped = "[plain]" + escaped
    return escaped


def _number_text(value: object) -> str:
    assert isinstance(value, int | float) and not isinstance(value, bool)
    return repr(value)


def _weight_text(weight: Decimal) -> str:
    text = f"{weight:.5f}".rstrip("0").rstrip(".")
    return text


def _one_line(text: str) -> str:
    return " ".join(text.split())
