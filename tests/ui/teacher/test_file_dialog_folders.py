"""Every teacher file dialog starts in the user's Documents folder, not the program's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from ui.teacher.class_results import ClassResultsWindow, ask_csv_path
from ui.teacher.exchange_dialogs import ExportDialog, ImportFlow
from ui.teacher.generate_review import GenerateReviewWindow


@pytest.fixture
def started_in(monkeypatch) -> list[str]:
    """The folder (or suggested file) each file dialog would open with; each is cancelled."""
    seen: list[str] = []

    def one(_parent, _caption="", directory="", _filter="", *_rest, **_kw):
        seen.append(directory)
        return "", ""

    def many(_parent, _caption="", directory="", _filter="", *_rest, **_kw):
        seen.append(directory)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", one)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", one)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", many)
    return seen


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def test_export_browse_suggests_the_file_in_documents(qtbot, store, started_in):
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    [browse] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Browse…"]
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    [start] = started_in
    assert Path(start).parent == documents()
    assert Path(start).name == "questions.gift"  # an empty database: the default name


def test_import_starts_in_documents(qtbot, store, started_in):
    assert ImportFlow(store).choose_and_import() is None
    assert [Path(p) for p in started_in] == [documents()]


def test_class_results_files_start_in_documents(qtbot, store, started_in):
    window = ClassResultsWindow(store)
    qtbot.addWidget(window)
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.export_results_button, Qt.MouseButton.LeftButton)
    assert ask_csv_path(window) is None
    assert [Path(p) for p in started_in] == [
        documents(),
        documents() / "results.json",
        documents() / "class.csv",
    ]


def test_an_article_is_opened_from_documents(qtbot, store, started_in):
    window = GenerateReviewWindow(store)
    qtbot.addWidget(window)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    assert [Path(p) for p in started_in] == [documents()]
