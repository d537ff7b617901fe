"""Backups in the app, used as a teacher would: File ▸ Restore a backup…, the PIN, choosing a
backup, confirming, and the restored sets on Home; and the backups the app takes by itself."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from quizzes.classroom.teacher_lock import TeacherLock
from quizzes.practice.session import Mode
from quizzes.store.backup.folder import backup_place, list_backups, take_backup
from quizzes.store.repository import Store
from tests.conftest import FakeClock
from tests.quizzes.store.backup.damage import overwrite_header
from tests.quizzes.store.backup.test_backups import add_set, db_path
from tests.ui.student_helpers import (
    answer_by_keyboard,
    click_set_button,
    fill_start_dialog,
    finish_exam,
    on_a_question,
    open_window,
    press,
)
from ui.main_window import MainWindow
from ui.teacher.restore_dialog import RestoreBackupDialog, offer_restore
from ui.teacher.teacher_lock_dialog import PinEntryDialog


@pytest.fixture
def backed_up(db_url, clock) -> str:
    """Backups of ["Old"] at 09:00 and ["New", "Old"] at 10:00; the database then also holds
    "Newest", and a profile. The clock stands at 11:00."""
    store = Store.open(db_url)
    add_set(store, "Old")
    take_backup(db_url, clock.now())
    clock.seconds += 3600
    add_set(store, "New")
    take_backup(db_url, clock.now())
    clock.seconds += 3600
    add_set(store, "Newest")
    store.create_profile("Aigerim")
    store.close()
    return db_url


def when_modal_of(qtbot, kind: type[QWidget], handle: Callable[[QWidget], None]) -> list[QWidget]:
    """Handle the next modal dialog of type `kind` once it is the active one."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, poll)
    return seen


def click_button(qtbot, box: QWidget, text: str) -> None:
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def home_titles(window: MainWindow) -> list[str]:
    model = window.sets_view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def trigger_file_menu(window: MainWindow, text: str) -> None:
    """Open the File menu and choose the entry `text`, as a click on it does."""
    [file_menu] = [
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File"
    ]
    assert isinstance(file_menu, QMenu)
    [action] = [a for a in file_menu.actions() if a.text().replace("&", "") == text]
    action.trigger()


def choose_row_and_restore(
    qtbot, row: int, confirm: str, shown: list[list[str]] | None = None
) -> list[QWidget]:
    """Pick `row` in the backups dialog, press Restore…, answer the confirmation `confirm`, then
    press OK on the message saying what was done (returned in the list, once shown)."""
    told: list[QWidget] = []

    def press_ok(box: QWidget) -> None:
        told.append(box)
        click_button(qtbot, box, "OK")

    def confirmed(box: QWidget) -> None:
        click_button(qtbot, box, confirm)
        if confirm == "Restore":
            when_modal_of(qtbot, QMessageBox, press_ok)

    def in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreBackupDialog)
        table = dialog.table
        if shown is not None:
            shown.extend(
                [table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())
            )
        rect = table.visualRect(table.model().index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        when_modal_of(qtbot, QMessageBox, confirmed)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        if confirm == "Cancel":
            dialog.reject()

    when_modal_of(qtbot, RestoreBackupDialog, in_dialog)
    return told


def test_restoring_from_the_file_menu_shows_the_restored_sets(qtbot, backed_up, clock):
    window = open_window(qtbot, backed_up, clock)
    assert home_titles(window) == ["New", "Newest", "Old"]
    shown: list[list[str]] = []
    told = choose_row_and_restore(qtbot, 1, "Restore", shown)
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        trigger_file_menu(window, "Restore a backup…")
    nine = (clock.now().replace(hour=9)).astimezone()
    assert shown[1][0] == f"{nine:%Y-%m-%d %H:%M}"
    assert [row[2:] for row in shown] == [
        ["2 sets, 0 attempts", "test-2026-03-02T100000Z.db"],
        ["1 set, 0 attempts", "test-2026-03-02T090000Z.db"],
    ]
    assert home_titles(window) == ["Old"]
    assert window.store is not None
    aside = db_path(backed_up).with_name("test.damaged-2026-03-02T110000Z.db")
    assert aside.is_file()
    [box] = told
    assert isinstance(box, QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert f"Kept the database that was in use beside it: {aside.name}" in box.text()
    assert "Restored the backup test-2026-03-02T090000Z.db" in box.text()


def test_cancelling_the_confirmation_changes_nothing(qtbot, backed_up, clock):
    window = open_window(qtbot, backed_up, clock)
    before = set(db_path(backed_up).parent.iterdir())
    choose_row_and_restore(qtbot, 0, "Cancel")
    trigger_file_menu(window, "Restore a backup…")
    assert home_titles(window) == ["New", "Newest", "Old"]
    assert window.store is not None
    assert set(db_path(backed_up).parent.iterdir()) == before


def test_the_teacher_pin_is_asked_before_the_backups_are_shown(qtbot, backed_up, clock):
    store = Store.open(backed_up)
    TeacherLock(store.settings).set_pin("5173")
    store.close()
    window = open_window(qtbot, backed_up, clock)

    def cancel_the_pin(dialog: QWidget) -> None:
        assert isinstance(dialog, PinEntryDialog)
        dialog.reject()

    when_modal_of(qtbot, PinEntryDialog, cancel_the_pin)
    trigger_file_menu(window, "Restore a backup…")
    assert home_titles(window) == ["New", "Newest", "Old"]

    def type_the_pin(dialog: QWidget) -> None:
        assert isinstance(dialog, PinEntryDialog)
        qtbot.keyClicks(dialog.pin_edit, "5173")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)

    when_modal_of(qtbot, PinEntryDialog, type_the_pin)
    choose_row_and_restore(qtbot, 0, "Restore")
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        trigger_file_menu(window, "Restore a backup…")
    assert home_titles(window) == ["New", "Old"]


def test_without_backups_the_teacher_is_told_where_they_will_be(qtbot, db_url, clock):
    window = open_window(qtbot, db_url, clock)
    qtbot.waitUntil(lambda: not window._backups.is_running())  # the first one, at start-up
    for backup in list_backups(backup_place(db_url)):
        backup.path.unlink()
    told = when_modal_of(qtbot, QMessageBox, lambda box: click_button(qtbot, box, "OK"))
    trigger_file_menu(window, "Restore a backup…")
    [box] = told
    assert isinstance(box, QMessageBox)
    assert box.text().startswith(f"There are no backups of {db_path(db_url)} yet.")


def test_a_quiz_in_progress_is_left_first(qtbot, backed_up, clock):
    window = open_window(qtbot, backed_up, clock)
    fill_start_dialog(qtbot, Mode.PRACTICE, count=2)
    window.sets_view.select_row(0)
    click_set_button(qtbot, window)
    assert window.stack.currentWidget() is window.runner
    told = when_modal_of(qtbot, QMessageBox, lambda box: click_button(qtbot, box, "OK"))
    trigger_file_menu(window, "Restore a backup…")
    [box] = told
    assert isinstance(box, QMessageBox)
    assert box.text() == (
        "Leave the quiz first (Esc pauses it; its answers are saved), then restore."
    )
    assert window.store is not None


def test_a_damaged_database_is_restored_by_offer_restore(qtbot, backed_up, clock):
    overwrite_header(db_path(backed_up))
    choose_row_and_restore(qtbot, 0, "Restore")
    report = offer_restore(None, backed_up, now=clock.now)
    assert report is not None
    assert report.restored.name == "test-2026-03-02T100000Z.db"
    store = Store.open(backed_up)
    assert [s.title for s in store.list_sets()] == ["New", "Old"]
    store.close()


def test_a_database_damaged_at_start_up_offers_the_last_good_copy(qtbot, backed_up, clock):
    overwrite_header(db_path(backed_up))
    window = MainWindow(lambda: Store.open(backed_up), backed_up, clock=clock.clock, now=clock.now)
    qtbot.addWidget(window)
    window.show()
    offered: list[str] = []

    def restore_from_the_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "damagedDatabase"
        offered.append(box.text())
        choose_row_and_restore(qtbot, 0, "Restore")
        click_button(qtbot, box, "Restore a backup…")

    when_modal_of(qtbot, QMessageBox, restore_from_the_message)
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load_in_background()
    assert len(offered) == 1 and "is damaged" in offered[0]
    assert home_titles(window) == ["New", "Old"]  # the newest backup, opened at once


def test_quitting_at_the_damaged_database_message_ends_the_app(qtbot, backed_up, clock):
    overwrite_header(db_path(backed_up))
    window = MainWindow(lambda: Store.open(backed_up), backed_up, clock=clock.clock, now=clock.now)
    qtbot.addWidget(window)
    window.show()
    when_modal_of(qtbot, QMessageBox, lambda box: click_button(qtbot, box, "Quit"))
    with qtbot.waitSignal(window.load_failed, timeout=10_000):
        window.load_in_background()
    assert window.store is None


# ---------------------------------------------------------------- backups the app takes itself


def backup_names(db_url: str) -> list[str]:
    return [backup.name for backup in list_backups(backup_place(db_url))]


def test_at_start_up_a_backup_is_taken_when_none_is_a_day_old(qtbot, backed_up, clock):
    window = open_window(qtbot, backed_up, clock)
    qtbot.waitUntil(lambda: not window._backups.is_running())
    assert backup_names(backed_up) == ["test-2026-03-02T100000Z.db", "test-2026-03-02T090000Z.db"]
    window.close()
    later = FakeClock(clock.seconds + 24 * 3600)
    window = open_window(qtbot, backed_up, later)
    qtbot.waitUntil(lambda: len(backup_names(backed_up)) == 3)
    assert backup_names(backed_up)[0] == "test-2026-03-03T110000Z.db"


def test_a_finished_quiz_is_backed_up(qtbot, backed_up, clock):
    window = open_window(qtbot, backed_up, clock)
    fill_start_dialog(qtbot, Mode.EXAM, count=2)
    window.sets_view.select_row(0)
    click_set_button(qtbot, window)
    runner = window.runner
    while on_a_question(window):
        clock.seconds += 5
        answer_by_keyboard(qtbot, window, runner.attempt.session.current, right=True)
        press(qtbot, window, Qt.Key.Key_Return)
    finish_exam(qtbot, window)
    qtbot.waitUntil(lambda: len(backup_names(backed_up)) == 3)
    newest = list_backups(backup_place(backed_up))[0]
    contents = newest.contents()
    assert newest.name == "test-2026-03-02T110010Z.db"
    assert contents is not None and contents.attempts == 1
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Backup saved: {newest.name}")


def test_a_failed_backup_is_said_in_the_status_bar(qtbot, backed_up, clock):
    window = open_window(qtbot, backed_up, clock)
    qtbot.waitUntil(lambda: not window._backups.is_running())
    folder = Path(db_path(backed_up).parent / "backups")
    for backup in folder.iterdir():
        backup.unlink()
    folder.rmdir()
    folder.write_text("a file where the backups folder should be")
    fill_start_dialog(qtbot, Mode.EXAM, count=1)
    window.sets_view.select_row(0)
    click_set_button(qtbot, window)
    answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, right=True)
    finish_exam(qtbot, window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("No backup was made"))
    assert window.statusBar().currentMessage() == (
        f"No backup was made: cannot write in the backups folder {folder}: File exists"
    )
