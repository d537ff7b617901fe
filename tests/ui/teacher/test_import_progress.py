"""A large import on screen: Teacher ▸ Import shows how far reading and storing are, the window
keeps running, the report follows; Cancel stops the work and leaves the set list unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from quizzes.store.repository import Store
from tests.big_sets import many_questions, write_set
from ui.teacher.exchange_dialogs import ImportFlow, ImportProgressDialog, ImportReportDialog


def sets_shown(window) -> list[str]:
    model = window.set_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_teacher_import_of_a_big_file_shows_progress_then_the_report(
    qtbot, db_url, tmp_path, monkeypatch
):
    from ui.main_window import MainWindow

    path = write_set(many_questions(3000, "Big bank"), tmp_path, "gift")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load()
    action = next(a for a in window.teacher_menu().actions() if a.text() == "&Import questions…")
    shown: list[str] = []
    action.trigger()
    flow = window.findChild(ImportFlow)
    dialog = window.findChild(ImportProgressDialog)
    assert dialog.isVisible() and dialog.isModal()
    flow.runner.progressed.connect(lambda *_: shown.append(dialog.label.text()))
    qtbot.waitSignal(flow.finished, timeout=60_000).wait()  # the window's event loop runs
    assert "Reading… 0 of 3,000 questions" in shown
    assert "Reading… 1,500 of 3,000 questions" in shown
    assert "Storing… 2,000 of 3,000 questions" in shown
    assert not dialog.isVisible()
    [report] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportReportDialog)]
    assert report.report.toPlainText().startswith("Stored 3,000 questions as 'many'.")
    assert "many" in sets_shown(window)
    report.close()


def test_cancel_stops_the_import_and_stores_nothing(qtbot, store, tmp_path):
    path = write_set(many_questions(10_000), tmp_path, "json")
    before = [(s.title, s.question_count) for s in store.list_sets()]
    flow = ImportFlow(store, show_error=lambda _p, message: pytest.fail(message))
    counts: list[int] = []
    labels: list[str] = []

    def cancel_at_first_count(done: int, total: int, doing: str) -> None:
        counts.append(done)
        if len(counts) == 1:
            qtbot.mouseClick(flow.progress_dialog.cancel_button, Qt.MouseButton.LeftButton)
            labels.append(flow.progress_dialog.label.text())

    flow.runner.progressed.connect(cancel_at_first_count)
    with qtbot.waitSignal(flow.finished, timeout=60_000):
        flow.import_path(path)
    assert labels == ["Cancelling…"]
    # How far reading got before the click reached the worker depends on the machine; that the
    # token stops reading early is tested in the core (tests/quizzes/exchange/test_import_progress)
    assert counts[0] == 0
    assert not flow.progress_dialog.isVisible()
    assert [(s.title, s.question_count) for s in store.list_sets()] == before
    assert flow.report_dialog is None
