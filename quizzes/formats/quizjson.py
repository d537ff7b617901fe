"""The native `.quiz.json` format (version 1): reading files with clear errors, and writing."""

from __future__ import annotations

import json
from pathlib import Path

from quizzes.errors import QuizFileError, QuizFormatError
from quizzes.model import QuizSet, parse_quizset, quizset_to_dict

MAX_FILE_BYTES = 20 * 1024 * 1024


def loads_quizset(text: str, file: str = "<text>") -> QuizSet:
    """Parse and validate `.quiz.json` text; errors name `file` and the line or the JSON path."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise QuizFileError(file, f"not valid JSON: {err.msg}", err.lineno, err.colno) from None
    try:
        return parse_quizset(data)
    except QuizFormatError as err:
        raise QuizFileError(file, str(err)) from None


def read_quizset(path: Path) -> QuizSet:
    """Read a `.quiz.json` file (UTF-8, with or without a byte-order mark)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise QuizFileError(str(path), f"file is larger than {MAX_FILE_BYTES // 2**20} MB")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise QuizFileError(str(path), "no such file") from None
    except IsADirectoryError:
        raise QuizFileError(str(path), "is a folder, not a file") from None
    except OSError as err:
        raise QuizFileError(str(path), f"cannot read: {err.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise QuizFileError(str(path), f"not UTF-8 text (bad byte at offset {err.start})") from None
    return loads_quizset(text, str(path))


def dumps_quizset(quizset: QuizSet) -> str:
    """The set as pretty-printed `.quiz.json` text, ending with a newline."""
    return json.dumps(quizset_to_dict(quizset), ensure_ascii=False, indent=2) + "\n"


def write_quizset(quizset: QuizSet, path: Path) -> None:
    """Write atomically: a half-written file never replaces a good one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dumps_quizset(quizset), encoding="utf-8")
    tmp.replace(path)
