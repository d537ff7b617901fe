"""Where file dialogs start: the user's Documents folder, never the program's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def in_documents(file_name: str = "") -> str:
    """A file dialog's starting place: `file_name` suggested in the Documents folder."""
    return str(documents_folder() / file_name) if file_name else str(documents_folder())
