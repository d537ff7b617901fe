"""Moving a set between the database and a file in any exchange format (CLI and GUI share it).

Importing is all or nothing, and the same questions are never stored twice by accident: a set
whose questions are already stored raises `DuplicateSetError` unless `as_new` is given (the
CLI's `--as-new`; the GUI asks). Reading and storing report their progress, and stop when it is
cancelled, through one `Progress` (the GUI's Cancel; a cancelled import stores nothing).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quizzes.errors import SteppeQuizError
from quizzes.exchange.formats.outcome import ExportResult, ImportResult
from quizzes.exchange.formats.registry import export_quizset, import_file
from quizzes.progress import Progress

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


def read_import(
    path: Path, fmt: str | None = None, progress: Progress | None = None
) -> ImportResult:
    """Read and check `path` (format detected when `fmt` is None) without touching a database;
    `NothingToImportError` when every question was skipped."""
    result = import_file(path, fmt, progress)
    if not result.quizset.questions:
        raise NothingToImportError(path, result)
    return result


def store_import(
    store: Store,
    path: Path,
    result: ImportResult,
    as_new: bool = False,
    progress: Progress | None = None,
) -> SetSummary:
    """Store what `read_import` read from `path` as a new set (all or nothing)."""
    from quizzes.store.repository import SetAlreadyStoredError

    existing = store.sets_with_same_questions(result.quizset)
    if existing and not as_new:
        raise DuplicateSetError(path, existing[0])
    try:
        return store.add_quizset(result.quizset, imported=not as_new, progress=progress)
    except SetAlreadyStoredError as err:  # the same file, imported at the same moment
        raise DuplicateSetError(path, err.existing) from None


def import_into_store(
    store: Store,
    path: Path,
    fmt: str | None = None,
    as_new: bool = False,
    progress: Progress | None = None,
) -> tuple[SetSummary, ImportResult]:
    """Read `path` (format detected when `fmt` is None) and store it as a new set."""
    result = read_import(path, fmt, progress)
    return store_import(store, path, result, as_new, progress), result


def export_set(store: Store, set_id: str, fmt: str) -> ExportResult:
    """A stored set in `fmt` (not pdf), with the format's warnings, ready to write."""
    quizset = store.get_quizset(set_id)
    exported = export_quizset(quizset, fmt)
    if quizset.exam and fmt != "json":
        exported.warnings.append(
            f"{fmt} cannot carry the exam mark: imported again, this is an ordinary set"
        )
    return exported


def export_to_file(store: Store, set_id: str, fmt: str, path: Path) -> list[str]:
    """Write a stored set to `path` in `fmt` (not pdf); returns the format's warnings."""
    exported = export_set(store, set_id, fmt)
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
