"""Moving a set between the database and a file in any exchange format (CLI and GUI share it).

Importing is all or nothing, and the same questions are never stored twice by accident: a set
whose questions are already stored raises `DuplicateSetError` unless `as_new` is given (the
CLI's `--as-new`; the GUI asks).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quizzes.errors import SteppeQuizError
from quizzes.exchange.formats.outcome import ImportResult
from quizzes.exchange.formats.registry import export_quizset, import_file

if TYPE_CHECKING:
    from quizzes.store.repository import SetSummary, Store


class DuplicateSetError(SteppeQuizError):
    """The file's questions are already stored; nothing was imported."""

    def __init__(self, file: Path, existing: SetSummary) -> None:
        super().__init__(
            f"{file}: these questions are already stored as set {existing.id} "
            f"({existing.title!r}); nothing imported. Use --as-new to store another copy."
        )
        self.existing = existing


class NothingToImportError(SteppeQuizError):
    """Every question of the file was skipped; `result` says why."""

    def __init__(self, file: Path, result: ImportResult) -> None:
        super().__init__(f"{file}: no question could be imported; nothing stored")
        self.result = result


def import_into_store(
    store: Store, path: Path, fmt: str | None = None, as_new: bool = False
) -> tuple[SetSummary, ImportResult]:
    """Read `path` (format detected when `fmt` is None) and store it as a new set."""
    result = import_file(path, fmt)
    if not result.quizset.questions:
        raise NothingToImportError(path, result)
    existing = store.sets_with_same_questions(result.quizset)
    if existing and not as_new:
        raise DuplicateSetError(path, existing[0])
    return store.add_quizset(result.quizset), result


def export_to_file(store: Store, set_id: str, fmt: str, path: Path) -> list[str]:
    """Write a stored set to `path` in `fmt` (not pdf); returns the format's warnings."""
    exported = export_quizset(store.get_quizset(set_id), fmt)
    write_content(path, exported.content)
    return exported.warnings


def write_content(path: Path, content: str | bytes) -> None:
    """Write text (UTF-8) or bytes; errors become a `SteppeQuizError` naming the file."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)  # a half-written file never replaces a good one
    except OSError as err:
        raise SteppeQuizError(f"{path}: cannot write: {err.strerror}") from None
