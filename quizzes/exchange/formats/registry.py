"""Which format a file is in, and one entry point per direction for all formats.

The extension decides when it is specific (`.quiz.json`/`.json`, `.gift`, `.gift.txt`, `.csv`,
`.aiken`, `.aiken.txt`); a plain `.txt` (or any other name) is recognised by its content:
JSON starts with `{`, Aiken has `ANSWER: X` lines, GIFT has an answer block in braces.

Every file exported in a format that can be imported can be imported again: a set whose file
would be larger than an import reads (`textfile.MAX_FILE_BYTES`) is refused, nothing written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from quizzes.errors import QuizFileError, SteppeQuizError
from quizzes.exchange.formats import textfile
from quizzes.exchange.formats.outcome import ExportResult, ImportResult
from quizzes.exchange.formats.textfile import read_text_file
from quizzes.model import QuizSet
from quizzes.progress import Progress

IMPORT_FORMATS = ("json", "gift", "aiken", "csv")
EXPORT_FORMATS = ("json", "gift", "aiken", "csv", "apkg")
# Binary formats cannot go to a terminal.
BINARY_FORMATS = frozenset({"apkg"})

_AIKEN_ANSWER = re.compile(r"^[ \t]*ANSWER:[ \t]*[A-Z][ \t]*$", re.MULTILINE)
_AIKEN_OPTION = re.compile(r"^[ \t]*[A-Z][).]", re.MULTILINE)
_GIFT_BLOCK = re.compile(r"(?<!\\)\{[^}]*(?<!\\)\}")
_SUFFIXES = {
    ".quiz.json": "json",
    ".json": "json",
    ".gift": "gift",
    ".gift.txt": "gift",
    ".aiken": "aiken",
    ".aiken.txt": "aiken",
    ".csv": "csv",
}


def detect_format(path: Path, text: str) -> str:
    """The import format of a file, from its name, else from its text."""
    name = path.name.lower()
    for suffix, fmt in sorted(_SUFFIXES.items(), key=lambda item: -len(item[0])):
        if name.endswith(suffix):
            return fmt
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        return "json"
    if _AIKEN_ANSWER.search(text) and _AIKEN_OPTION.search(text):
        return "aiken"
    if _GIFT_BLOCK.search(text):
        return "gift"
    raise QuizFileError(
        str(path), "cannot tell the format (json, gift, aiken or csv); name it with --format"
    )


def import_file(
    path: Path, fmt: str | None = None, progress: Progress | None = None
) -> ImportResult:
    """Read a file in `fmt` (detected when None), question by question through `progress`
    (which may cancel); a malformed file raises `QuizFileError`."""
    progress = progress or Progress()
    text = read_text_file(path)
    fmt = fmt or detect_format(path, text)
    if fmt == "json":
        from quizzes.exchange.formats.quizjson import loads_quizset

        return ImportResult(loads_quizset(text, str(path), progress))
    readers = _readers()
    if fmt not in readers:
        raise QuizFileError(str(path), f"unknown import format {fmt!r}")
    # Readers take text, so the file is read (and size-checked) once.
    return readers[fmt](path, text, progress)


class ExportTooLargeError(SteppeQuizError):
    """The set's file would be larger than an import reads; nothing was written."""

    def __init__(self, fmt: str, size: int) -> None:
        limit = textfile.MAX_FILE_BYTES / 2**20
        super().__init__(
            f"the set would make a {size / 2**20:.2f} MB {fmt} file, larger than the {limit:g} MB "
            "an import reads, so it could not be imported again; nothing written (split the set "
            "into smaller ones)"
        )


def export_quizset(quizset: QuizSet, fmt: str) -> ExportResult:
    """The set in `fmt`, with warnings about what the format could not carry; a file import
    could not read back raises `ExportTooLargeError`."""
    exported = _export(quizset, fmt)
    if fmt in IMPORT_FORMATS:
        content = exported.content
        size = len(content.encode("utf-8")) if isinstance(content, str) else len(content)
        if size > textfile.MAX_FILE_BYTES:
            raise ExportTooLargeError(fmt, size)
    return exported


def _export(quizset: QuizSet, fmt: str) -> ExportResult:
    if fmt == "json":
        from quizzes.exchange.formats.quizjson import dumps_quizset

        return ExportResult(dumps_quizset(quizset))
    if fmt == "gift":
        from quizzes.exchange.formats.gift import export_gift

        return export_gift(quizset)
    if fmt == "aiken":
        from quizzes.exchange.formats.aiken import export_aiken

        return export_aiken(quizset)
    if fmt == "csv":
        from quizzes.exchange.formats.csvformat import export_csv

        return export_csv(quizset)
    if fmt == "apkg":
        from quizzes.exchange.formats.apkg import export_apkg

        return export_apkg(quizset)
    raise ValueError(f"unknown export format {fmt!r}")


def _readers() -> dict[str, Callable[[Path, str, Progress], ImportResult]]:
    from quizzes.exchange.formats.aiken import read_aiken
    from quizzes.exchange.formats.csvformat import read_csv
    from quizzes.exchange.formats.gift import read_gift

    def gift(path: Path, text: str, progress: Progress) -> ImportResult:
        title = _stem(path, (".gift.txt", ".gift", ".txt"))
        return read_gift(text, title=title, file=str(path), progress=progress)

    def aiken(path: Path, text: str, progress: Progress) -> ImportResult:
        title = _stem(path, (".aiken.txt", ".aiken", ".txt"))
        return read_aiken(text, title=title, file=str(path), progress=progress)

    def csv(path: Path, text: str, progress: Progress) -> ImportResult:
        return read_csv(text, title=_stem(path, (".csv",)), file=str(path), progress=progress)

    return {"gift": gift, "aiken": aiken, "csv": csv}


def _stem(path: Path, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if path.name.lower().endswith(suffix):
            return path.name[: -len(suffix)] or path.name
    return path.stem or path.name
