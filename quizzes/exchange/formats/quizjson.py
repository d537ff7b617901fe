"""The native `.quiz.json` format (version 1): reading files with clear errors, and writing."""

from __future__ import annotations

import json
from pathlib import Path

from quizzes.errors import QuizFileError, QuizFormatError
from quizzes.exchange.formats.textfile import read_text_file
from quizzes.model import MAX_NUMBER_TEXT, OversizedNumber, QuizSet, parse_quizset, quizset_to_dict


def loads_quizset(text: str, file: str = "<text>") -> QuizSet:
    """Parse and validate `.quiz.json` text; errors name `file` and the line or the JSON path."""
    try:
        data = json.loads(text, parse_int=_read_int, parse_float=_read_float)
    except json.JSONDecodeError as err:
        raise QuizFileError(file, f"not valid JSON: {err.msg}", err.lineno, err.colno) from None
    try:
        return parse_quizset(data)
    except QuizFormatError as err:
        raise QuizFileError(file, str(err)) from None


def _read_int(text: str) -> int | OversizedNumber:
    """A JSON integer; one too long to be a sane number stays unconverted (never a slow `int`)."""
    return OversizedNumber(len(text)) if len(text) > MAX_NUMBER_TEXT else int(text)


def _read_float(text: str) -> float | OversizedNumber:
    """A JSON number with a fraction or exponent, bounded like `_read_int`."""
    return OversizedNumber(len(text)) if len(text) > MAX_NUMBER_TEXT else float(text)


def read_quizset(path: Path) -> QuizSet:
    """Read a `.quiz.json` file (UTF-8, with or without a byte-order mark)."""
    return loads_quizset(read_text_file(path), str(path))


def dumps_quizset(quizset: QuizSet) -> str:
    """The set as pretty-printed `.quiz.json` text, ending with a newline."""
    return json.dumps(quizset_to_dict(quizset), ensure_ascii=False, indent=2) + "\n"


def write_quizset(quizset: QuizSet, path: Path) -> None:
    """Write atomically: a half-written file never replaces a good one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dumps_quizset(quizset), encoding="utf-8")
    tmp.replace(path)
