"""A spreadsheet-friendly CSV layout for quiz sets, both ways (documented in the README).

One header row, then one row per question. Columns (any order, names case-insensitive):
`id, type, prompt, choices, answer, tolerance, unit, explanation, evidence_quote,
evidence_paragraph, topic, difficulty, tags`; only `type`, `prompt` and `answer` are required.
Lists (choices, several answers, ordering items, matching pairs, tags) are separated by `|`;
a matching pair is `left -> right`; `\\|`, `\\>` and `\\\\` put a literal `|`, `>` or backslash
in a list item. Spaces around every cell and list item are trimmed on import, so a round trip
keeps texts exactly only when they have none (the README says so). Files may use `,`, `;` or
tab as delimiter (sniffed from the header) and may start with a UTF-8 byte-order mark, as Excel
and LibreOffice write them.

Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, so on export such a
cell (unless it is a plain number) is prefixed with `'`, as spreadsheets themselves do; import
removes that one apostrophe again. Every row is checked with the same rules as `.quiz.json`;
the first broken row stops the import and is named by line and column.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from quizzes.errors import QuizFileError, QuizFormatError
from quizzes.exchange.formats.outcome import ExportResult, ImportResult
from quizzes.exchange.formats.textfile import source_name
from quizzes.model import (
    DEFAULT_DIFFICULTY,
    DEFAULT_TOPIC,
    MAX_NUMBER_TEXT,
    Question,
    QuestionType,
    QuizSet,
    answer_pairs,
    parse_question,
)
from quizzes.progress import READING, Progress

COLUMNS = (
    "id",
    "type",
    "prompt",
    "choices",
    "answer",
    "tolerance",
    "unit",
    "explanation",
    "evidence_quote",
    "evidence_paragraph",
    "topic",
    "difficulty",
    "tags",
)
REQUIRED = ("type", "prompt", "answer")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}
# A difficulty or paragraph: ASCII digits only ("²" and "١" pass `str.isdigit`), never so many
# that converting them costs anything; the model then checks the range.
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")


class _CellError(ValueError):
    """A cell that cannot be read: args are (column name, message)."""


# ---------------------------------------------------------------- reading


def read_csv(
    source: Path | str,
    title: str | None = None,
    file: str = "<text>",
    progress: Progress | None = None,
) -> ImportResult:
    """Import a CSV file (a `Path`) or CSV text, row by row through `progress` (which may
    cancel); a broken row raises `QuizFileError`."""
    progress = progress or Progress()
    text, name = source_name(source, file)
    if title is None:
        title = source.name.removesuffix(".csv") if isinstance(source, Path) else "CSV questions"
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    header, rows = _rows(text, delimiter, name)
    columns = _columns(header, name)
    questions: list[Question] = []
    seen_ids: dict[str, int] = {}
    for index, (row_line, row) in enumerate(rows):
        progress.advance(index, len(rows), READING)
        question = _question(row, columns, name, row_line, len(questions) + 1, delimiter != ",")
        if question.id in seen_ids:
            raise QuizFileError(
                name,
                f"id {question.id!r} is used twice (also on line {seen_ids[question.id]})",
                row_line,
                columns["id"] + 1,
            )
        seen_ids[question.id] = row_line
        questions.append(question)
    if not questions:
        raise QuizFileError(name, "no questions below the header row", 2)
    return ImportResult(QuizSet(title=title, description="Imported from CSV.", questions=questions))


def _rows(text: str, delimiter: str, name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and every row that is not blank, with the line it starts on."""
    # Strict: a quote left open runs to the end of the file and is reported, not swallowed.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    row_line = 1
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise QuizFileError(name, "empty file: expected a header row", 1)
        row_line = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((row_line, row))
            row_line = reader.line_num + 1
    except csv.Error as err:
        opening = _unclosed_quote(text, row_line, delimiter)
        if opening is not None:
            message = "the quoted cell opened here is never closed (a '\"' is missing)"
            raise QuizFileError(name, message, *opening) from None
        raise QuizFileError(name, f"not valid CSV: {err}", reader.line_num) from None
    return header, rows


def _unclosed_quote(text: str, first_line: int, delimiter: str) -> tuple[int, int] | None:
    """(line, column) of the quote that opens a cell on or after `first_line` and is never
    closed, or None. Lines are counted as the CSV reader counts them."""
    lines = io.StringIO(text, newline="").readlines()[first_line - 1 :]
    opened: tuple[int, int] | None = None
    at_cell_start = True
    for number, line in enumerate(lines, start=first_line):
        column = 0
        while column < len(line):
            char = line[column]
            if opened is not None:
                if char == '"' and line[column + 1 : column + 2] == '"':
                    column += 1  # an escaped quote inside the cell
                elif char == '"':
                    opened, at_cell_start = None, False
            elif char == '"' and at_cell_start:
                opened = (number, column + 1)
            else:
                at_cell_start = char in (delimiter, "\r", "\n")
            column += 1
    return opened


def _columns(header: list[str], file: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = cell.strip().casefold().replace(" ", "_")
        if key not in COLUMNS:
            known = ", ".join(COLUMNS)
            raise QuizFileError(file, f"unknown column {cell!r} (known: {known})", 1, index + 1)
        if key in columns:
            raise QuizFileError(file, f"column {key!r} appears twice", 1, index + 1)
        columns[key] = index
    missing = [key for key in REQUIRED if key not in columns]
    if missing:
        raise QuizFileError(file, f"missing column(s): {', '.join(missing)}", 1)
    return columns


def _question(
    row: list[str],
    columns: dict[str, int],
    file: str,
    line: int,
    number: int,
    decimal_comma: bool,
) -> Question:
    def cell(key: str) -> str:
        index = columns.get(key)
        if index is None or index >= len(row):
            return ""
        return _from_cell(row[index]).strip()

    def fail(key: str, message: str) -> QuizFileError:
        column = columns.get(key)
        return QuizFileError(
            file, f"{key}: {message}", line, None if column is None else column + 1
        )

    raw_type = cell("type").casefold().replace(" ", "_").replace("-", "_")
    data: dict[str, object] = {
        "id": cell("id") or f"q{number}",
        "type": raw_type,
        "prompt": cell("prompt"),
        "explanation": cell("explanation"),
        "topic": cell("topic") or DEFAULT_TOPIC,
        "tags": _split_list(cell("tags")),
    }
    try:
        qtype = QuestionType(raw_type)
    except ValueError:
        allowed = ", ".join(t.value for t in QuestionType)
        raise fail("type", f"unknown type {cell('type')!r} (expected one of: {allowed})") from None
    if qtype.has_choices:
        data["choices"] = _split_list(cell("choices"))
    elif cell("choices"):
        raise fail("choices", f"a {qtype.value} question has no choices")
    try:
        data["answer"] = _answer(qtype, cell("answer"), decimal_comma)
        if qtype is QuestionType.NUMERIC:
            tolerance = cell("tolerance")
            data["tolerance"] = _number(tolerance, "tolerance", decimal_comma) if tolerance else 0
            data["unit"] = cell("unit") or None
    except _CellError as err:
        raise fail(err.args[0], err.args[1]) from None
    difficulty = cell("difficulty")
    if difficulty and not _WHOLE_NUMBER.fullmatch(difficulty):
        raise fail("difficulty", f"must be 1, 2 or 3, found {_shown(difficulty)}")
    data["difficulty"] = int(difficulty) if difficulty else DEFAULT_DIFFICULTY
    for key in ("tolerance", "unit"):
        if qtype is not QuestionType.NUMERIC and cell(key):
            raise fail(key, f"only numeric questions have a {key}")
    quote, paragraph = cell("evidence_quote"), cell("evidence_paragraph")
    if quote or paragraph:
        if not _WHOLE_NUMBER.fullmatch(paragraph):
            raise fail(
                "evidence_paragraph", f"must be a whole number from 1, found {_shown(paragraph)}"
            )
        data["evidence"] = {"quote": quote, "paragraph": int(paragraph)}
    try:
        return parse_question(data, "row")
    except QuizFormatError as err:
        field = err.path.removeprefix("row.")
        key = field.split(".")[0].split("[")[0]
        if key == "evidence":
            key = "evidence_paragraph" if field.endswith(".paragraph") else "evidence_quote"
        raise fail(key, err.message) from None


def _answer(qtype: QuestionType, text: str, decimal_comma: bool) -> object:
    match qtype:
        case QuestionType.SINGLE_CHOICE:
            return text
        case QuestionType.TRUE_FALSE:
            folded = text.casefold()
            if folded in _TRUE or folded in _FALSE:
                return folded in _TRUE
            raise _CellError("answer", f"must be true or false, found {_shown(text)}")
        case QuestionType.NUMERIC:
            return _number(text, "answer", decimal_comma)
        case QuestionType.MATCHING:
            pairs = []
            for item in _split_list(text, unescape=False):
                left, arrow, right = item.partition("->")
                if not arrow:
                    raise _CellError(
                        "answer", f"matching pair {_shown(item)} needs 'left -> right'"
                    )
                pairs.append([_unescape(left).strip(), _unescape(right).strip()])
            return pairs
        case _:
            return _split_list(text)


def _number(text: str, key: str, decimal_comma: bool) -> int | float:
    """A number cell; `decimal_comma` accepts 3,5 (a `;` file from a comma-decimal locale).
    Its length is bounded before converting; the model checks its size."""
    cleaned = text.strip()
    if len(cleaned) > MAX_NUMBER_TEXT:
        raise _CellError(
            key,
            f"must be a number written with at most {MAX_NUMBER_TEXT} characters, found "
            f"{_shown(text)}",
        )
    if decimal_comma and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        raise _CellError(key, f"must be a number, found {_shown(text)}")
    return int(cleaned) if re.fullmatch(r"[+-]?\d+", cleaned) else float(cleaned)


def _shown(text: str) -> str:
    """A cell's text quoted for a message, cut short when long."""
    return repr(text) if len(text) <= 40 else f"{text[:20]!r}… ({len(text)} characters)"


def _split_list(text: str, unescape: bool = True) -> list[str]:
    """Split at unescaped `|`; items are stripped, empty items dropped."""
    items: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if char == "|":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    items.append("".join(current))
    cleaned = [(_unescape(item) if unescape else item).strip() for item in items]
    return [item for item in cleaned if item]


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text, flags=re.DOTALL)


def _from_cell(text: str) -> str:
    if text.startswith("'") and text[1:2] and text[1] in (*_FORMULA_START, "'"):
        return text[1:]
    return text


# ---------------------------------------------------------------- writing


def write_csv(quizset: QuizSet) -> str:
    """The set as CSV text with a byte-order mark, so spreadsheets read it as UTF-8."""
    return str(export_csv(quizset).content)


def export_csv(quizset: QuizSet) -> ExportResult:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for question in quizset.questions:
        writer.writerow([_to_cell(value) for value in _row(question)])
    return ExportResult("\ufeff" + buffer.getvalue())


def _row(question: Question) -> list[str]:
    answer = question.answer
    if question.type is QuestionType.MATCHING:
        answer_text = " | ".join(
            f"{_escape(left)} -> {_escape(right)}" for left, right in answer_pairs(answer)
        )
    elif isinstance(answer, list):
        answer_text = _join(answer)
    elif isinstance(answer, bool):
        answer_text = "true" if answer else "false"
    elif isinstance(answer, int | float):
        answer_text = repr(answer)
    else:
        answer_text = str(answer)
    numeric = question.type is QuestionType.NUMERIC
    evidence = question.evidence
    return [
        question.id,
        question.type.value,
        question.prompt,
        _join(question.choices),
        answer_text,
        repr(question.tolerance or 0) if numeric else "",
        (question.unit or "") if numeric else "",
        question.explanation,
        evidence.quote if evidence else "",
        str(evidence.paragraph) if evidence else "",
        question.topic,
        str(question.difficulty),
        _join(question.tags),
    ]


def _escape(item: str) -> str:
    return item.replace("\\", "\\\\").replace("|", "\\|").replace(">", "\\>")


def _join(items: list) -> str:
    return " | ".join(_escape(str(item)) for item in items)


def _to_cell(text: str) -> str:
    needs_guard = text.startswith((*_FORMULA_START, "'")) and not _NUMBER.fullmatch(text)
    return "'" + text if needs_guard else text
