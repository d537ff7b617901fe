"""Reading a text file to import: size limit, UTF-8 (with or without a byte-order mark), and
errors that name the file."""

from __future__ import annotations

from pathlib import Path

from quizzes.errors import QuizFileError
from quizzes.files import UnreadableFileError, read_capped

MAX_FILE_BYTES = 20 * 1024 * 1024


def read_text_file(path: Path) -> str:
    """The file's text; universal newlines are left to the caller (`str.splitlines`)."""
    try:
        raw = read_capped(path, MAX_FILE_BYTES)
    except UnreadableFileError as err:
        raise QuizFileError(str(path), str(err)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise QuizFileError(str(path), f"not UTF-8 text (bad byte at offset {err.start})") from None


def source_name(source: Path | str, text_name: str = "<text>") -> tuple[str, str]:
    """(text, name for messages) of a path or of text given directly."""
    if isinstance(source, Path):
        return read_text_file(source), str(source)
    return source.removeprefix("\ufeff"), text_name
