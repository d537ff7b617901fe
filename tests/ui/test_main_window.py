"""The main window, driven as a person would: Home lists the sets and creates profiles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from quizzes import __version__
from quizzes.model import parse_quizset
from quizzes.store.repository import Store
from tests.conftest import quizset_document
from tests.ui.driving import when_modal
from ui.main_window import MainWindow
from ui.student.profile_dialog import NewProfileDialog


@pytest.fixture
def two_sets_db(db_url):
    store = Store.open(db_url)
    store.add_quizset(parse_quizset(quizset_document("Trade and rankings")))
    store.add_quizset(parse_quizset(quizset_document("SCO summit <b>2024</b>", questions=[])))
    store.close()
    return db_url


def open_window(qtbot, db_url: str) -> MainWindow:
    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load()
    return window


def visible_rows(window: MainWindow) -> list[list[str]]:
    model = window.sets_view.model()
    return [
        [str(model.index(row, col).data()) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_window_lists_both_sets_from_the_database(qtbot, two_sets_db):
    window = open_window(qtbot, two_sets_db)
    assert window.windowTitle() == f"Steppe Quiz {__version__}"
    assert window.sets_stack.currentWidget() is window.sets_view
    assert window.stack.currentWidget() is window.home
    # Title, questions, topics, then this student's best and last score and the questions due.
    assert visible_rows(window) == [
        ["SCO summit <b>2024</b>", "0", "", "—", "—", ""],
        [
            "Trade and rankings",
            "7",
            "SCO membership, Borders and geography, Organisations, Leaders",
            "—",
            "—",
            "",
        ],
    ]


def test_the_set_model_passes_qts_model_checks(qtbot, qtmodeltester, two_sets_db):
    window = open_window(qtbot, two_sets_db)
    qtmodeltester.check(window.set_model)


def test_an_empty_database_says_how_to_add_a_set(qtbot, db_url):
    window = open_window(qtbot, db_url)
    assert window.sets_stack.currentWidget() is window.home.empty_state
    assert window.empty_label.isVisible()
    assert "Teacher ▸ Import questions…" in window.empty_label.text()
    assert "Teacher ▸ New set from article…" in window.empty_label.text()
    assert window.empty_label.textFormat() == Qt.TextFormat.PlainText
    assert window.profile_combo.currentText() == "(no profile yet)"


def test_the_empty_home_opens_new_set_from_article(qtbot, db_url):
    from ui.teacher.generate_review import GenerateReviewWindow

    window = open_window(qtbot, db_url)
    qtbot.mouseClick(window.home.article_button, Qt.MouseButton.LeftButton)
    [review] = window.findChildren(GenerateReviewWindow)
    assert review.isVisible()
    review.close()


def _answer_dialog(qtbot, type_text: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewProfileDialog)
        qtbot.keyClicks(dialog.name_edit, type_text)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)


def test_a_new_profile_is_typed_in_stored_and_selected(qtbot, db_url):
    window = open_window(qtbot, db_url)
    _answer_dialog(qtbot, "Aigerim")
    qtbot.mouseClick(window.new_profile_button, Qt.MouseButton.LeftButton)
    assert window.profile_combo.currentText() == "Aigerim"
    _answer_dialog(qtbot, "Bolat")
    qtbot.mouseClick(window.new_profile_button, Qt.MouseButton.LeftButton)
    assert window.profile_combo.currentText() == "Bolat"
    store = Store.open(db_url)
    assert [p.name for p in store.list_profiles()] == ["Aigerim", "Bolat"]
    assert window.current_profile_id() == store.list_profiles()[1].id
    store.close()
    # The next start opens on the profile in use when the app was closed, not the first one.
    window.close()
    assert open_window(qtbot, db_url).profile_combo.currentText() == "Bolat"


def test_the_ok_button_waits_for_a_name(qtbot):
    dialog = NewProfileDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Dana")
    assert ok.isEnabled() and dialog.name() == "Dana"


def test_a_newer_database_is_refused_with_a_dialog(qtbot, db_url):
    Store.open(db_url).close()
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        raw.execute("update alembic_version set version_num = 'ffff'")
    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, read_and_close)
    with qtbot.waitSignal(window.load_failed, timeout=10_000):
        window.load()
    assert "newer version of Steppe Quiz" in shown[0]
    assert not window.sets_view.isEnabled()


def test_the_database_opens_in_the_background_while_the_window_shows(qtbot, two_sets_db):
    opened_on: list[QThread] = []

    def open_store() -> Store:
        opened_on.append(QThread.currentThread())
        return Store.open(two_sets_db)

    window = MainWindow(open_store, two_sets_db)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load_in_background()
        assert window.statusBar().currentMessage() == "Opening the database…"
    assert opened_on and opened_on[0] is not QThread.currentThread()
    assert [row[0] for row in visible_rows(window)] == [
        "SCO summit <b>2024</b>",
        "Trade and rankings",
    ]
    assert window.sets_view.isEnabled()


def test_a_database_refused_in_the_background_is_explained_with_a_dialog(qtbot, db_url):
    Store.open(db_url).close()
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        raw.execute("update alembic_version set version_num = 'ffff'")
    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append((box.windowTitle(), box.text()))
        box.done(QDialog.DialogCode.Accepted)

    when_modal(qtbot, read_and_close)
    with qtbot.waitSignal(window.load_failed, timeout=10_000) as failed:
        window.load_in_background()
    assert shown[0][0] == "Cannot open the database"
    assert "newer version of Steppe Quiz" in shown[0][1]
    assert failed.args == [shown[0][1]]
    assert window.statusBar().currentMessage() == "The database could not be opened."
    assert not window.sets_view.isEnabled()


def test_every_menu_gives_each_item_its_own_access_key(qtbot, two_sets_db):
    import re

    from PySide6.QtWidgets import QMenu

    window = open_window(qtbot, two_sets_db)
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert {m.title().replace("&", "") for m in menus} >= {"File", "View", "Teacher", "Help"}
    for menu in [*menus, None]:
        actions = window.menuBar().actions() if menu is None else menu.actions()
        keys = [
            match.group(1).lower()
            for action in actions
            if (match := re.search(r"&(\w)", action.text()))
        ]
        assert len(keys) == len(set(keys)), (menu.title() if menu else "menu bar", keys)


def test_the_first_paint_has_the_theme_and_text_size_last_used(qtbot, qapp, db_url):
    from PySide6.QtGui import QPalette

    from ui.app import paint_as_last_time
    from ui.common.theme import DEFAULT_FONT_SIZE, apply_font_size, apply_theme, current_scheme

    style, palette, font = qapp.style().name(), qapp.palette(), qapp.font()
    try:
        window = open_window(qtbot, db_url)
        window.set_theme("dark")
        window.change_font_size(+2)
        window.close()
        apply_theme(qapp, "light")  # a new start: nothing applied yet
        apply_font_size(qapp, DEFAULT_FONT_SIZE)
        paint_as_last_time(qapp)  # what run_app does before the window is shown
        assert current_scheme(qapp) == "dark"
        assert qapp.font().pointSizeF() == DEFAULT_FONT_SIZE + 2
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette if palette is not None else QPalette())
        qapp.setFont(font)


def test_the_status_bar_names_the_database_file_not_its_url(qtbot, db_url):
    window = open_window(qtbot, db_url)
    path = Path(db_url.removeprefix("sqlite:///"))
    message = window.statusBar().currentMessage()
    assert message == f"Database: {path.name} in {path.parent}"
    assert "sqlite:" not in message
