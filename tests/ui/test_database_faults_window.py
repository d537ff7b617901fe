"""Database faults in the window: at start-up a damaged database is explained in a dialog and the
app exits with code 2 (never "Opening the database…" for ever); a fault met later, by any screen,
is said in one dialog, not as an unexpected error."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quizzes.app.bank import open_database
from quizzes.errors import DatabaseDamagedError
from quizzes.store.repository import Store
from tests.database_faults import damage, fill_like_a_classroom, run_sql
from tests.ui.driving import when_modal
from ui.app import run_app, show_uncaught_error
from ui.main_window import MainWindow

RESTORE = (
    "Restore a backup with `steppe-quiz backups restore` or File ▸ Restore a backup…; "
    "the damaged file is kept."
)


@pytest.fixture(scope="module")
def classroom_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("classroom") / "classroom.db"
    fill_like_a_classroom(f"sqlite:///{path}")
    return path


@pytest.fixture
def damaged_copy(tmp_path: Path, classroom_template: Path):
    def make(fraction: float) -> Path:
        path = tmp_path / "classroom.db"
        shutil.copyfile(classroom_template, path)
        damage(path, fraction)
        return path

    return make


def read_and_close(shown: list[tuple[str, str]]):
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append((box.windowTitle(), box.text()))
        # A damaged database offers a backup (Restore a backup…) or Quit; others just OK.
        [close] = [b for b in box.buttons() if b.text().replace("&", "") in ("OK", "Quit")]
        close.click()

    return handle


def damaged_sentence(path: Path) -> str:
    return f"The database {path} is damaged (SQLite's quick check found damaged pages). {RESTORE}"


@pytest.mark.parametrize("fraction", [0.1, 0.5])
def test_a_damaged_database_at_start_up_is_explained_and_the_window_stays_empty(
    qtbot, damaged_copy, fraction
):
    path = damaged_copy(fraction)
    url = f"sqlite:///{path}"
    window = MainWindow(lambda: open_database(url), url)
    qtbot.addWidget(window)
    window.show()
    shown: list[tuple[str, str]] = []
    when_modal(qtbot, read_and_close(shown))
    with qtbot.waitSignal(window.load_failed, timeout=10_000) as failed:
        window.load_in_background()
    assert shown == [("Cannot open the database", damaged_sentence(path))]
    assert failed.args == [damaged_sentence(path)]
    assert window.statusBar().currentMessage() == "The database could not be opened."
    assert not window.sets_view.isEnabled()


def test_the_app_exits_with_code_2_after_explaining_a_damaged_database(
    qtbot, damaged_copy, monkeypatch
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    path = damaged_copy(0.5)
    shown: list[tuple[str, str]] = []
    when_modal(qtbot, read_and_close(shown))
    assert run_app(f"sqlite:///{path}") == 2
    assert shown == [("Cannot open the database", damaged_sentence(path))]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()


@pytest.mark.qt_no_exception_capture
def test_a_table_dropped_while_the_app_runs_is_said_in_one_dialog(
    qtbot, db_url, monkeypatch, crash_log
):
    monkeypatch.setattr(sys, "excepthook", show_uncaught_error)
    store = Store.open(db_url)
    store.create_profile("Aigerim")
    store.create_profile("Dana")
    store.close()
    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load()
    run_sql(db_url, "DROP TABLE question")
    shown: list[tuple[str, str]] = []
    when_modal(qtbot, read_and_close(shown))
    window.profile_combo.setFocus()
    qtbot.keyClick(window.profile_combo, Qt.Key.Key_Down)  # switch to Dana: Home reloads
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    path = db_url.removeprefix("sqlite:///")
    assert shown == [
        (
            "Database problem",
            f"The database {path} is damaged (the table 'question' is missing: it was changed "
            f"outside Steppe Quiz). {RESTORE}",
        )
    ]
    assert "[SQL: SELECT" in crash_log.read_text(encoding="utf-8")


def test_a_fault_met_again_while_its_dialog_is_open_adds_no_second_dialog(qtbot, db_url):
    store = Store.open(db_url)
    run_sql(db_url, "DROP TABLE profile")
    with pytest.raises(DatabaseDamagedError) as met:
        store.list_profiles()
    store.close()
    fault = met.value
    visible_while_open: list[int] = []

    def meet_it_again(box: QWidget) -> None:
        visible_while_open.append(visible_windows())
        show_uncaught_error(type(fault), fault, None)  # a timer meets it again: returns at once
        visible_while_open.append(visible_windows())
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Ok).click()

    dialogs = when_modal(qtbot, meet_it_again)
    show_uncaught_error(type(fault), fault, None)
    assert len(dialogs) == 1
    assert visible_while_open[0] == visible_while_open[1]


def visible_windows() -> int:
    return len([w for w in QApplication.topLevelWidgets() if w.isVisible()])


@pytest.mark.qt_no_exception_capture
def test_a_bug_while_opening_leaves_a_window_that_says_so(qtbot, monkeypatch):
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, error, _tb: hooked.append(error))

    def open_store() -> Store:
        raise RuntimeError("a bug while opening")

    window = MainWindow(open_store, "sqlite:///nowhere.db")
    qtbot.addWidget(window)
    window.show()
    window.load_in_background()
    qtbot.waitUntil(lambda: bool(hooked), timeout=10_000)
    assert str(hooked[0]) == "a bug while opening"
    assert window.statusBar().currentMessage() == "The database could not be opened."
    assert not window.sets_view.isEnabled()
