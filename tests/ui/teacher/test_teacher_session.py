"""The teacher session in the app: one right PIN, then no more prompts until it locks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from quizzes.classroom.session import IDLE_LOCK_SECONDS
from quizzes.store.repository import Store
from tests.conftest import FakeClock
from tests.ui.driving import when_modal
from tests.ui.student_helpers import open_window
from ui.main_window import MainWindow
from ui.teacher.teacher_lock_dialog import PinEntryDialog

PIN = "5173"


def _type_pin(qtbot):
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, PinEntryDialog)
        qtbot.keyClicks(dialog.pin_edit, PIN)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)

    return when_modal(qtbot, handle)


def _unlocked_window(qtbot, db_url: str, fake: FakeClock) -> MainWindow:
    store = Store.open(db_url)
    store.teacher_lock().set_pin(PIN)
    for name in ("Asel", "Bolat"):
        store.create_profile(name)
    store.close()
    window = open_window(qtbot, db_url, fake)
    assert not window.session_label.isVisible()
    asked = _type_pin(qtbot)
    window.show_class_results()
    assert [type(d) for d in asked] == [PinEntryDialog]
    return window


def _asks_for_the_pin(monkeypatch, window: MainWindow) -> bool:
    """Whether Teacher ▸ Class results… asks for the PIN now (the prompt is cancelled)."""
    asked: list[str] = []

    def cancel(dialog: PinEntryDialog) -> int:
        asked.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    with monkeypatch.context() as patch:
        patch.setattr(PinEntryDialog, "exec", cancel)
        window.show_class_results()
    return bool(asked)


def test_one_right_pin_unlocks_every_teacher_action(qtbot, monkeypatch, db_url):
    window = _unlocked_window(qtbot, db_url, FakeClock())
    assert window.session_label.isVisible()
    assert window.session_label.text() == "Teacher session unlocked"
    assert window.lock_session_action.isEnabled()
    assert not _asks_for_the_pin(monkeypatch, window)
    window.grab().save("/tmp/ts/session_unlocked.png")


def test_ten_idle_minutes_lock_the_session(qtbot, monkeypatch, db_url):
    fake = FakeClock()
    window = _unlocked_window(qtbot, db_url, fake)
    fake.seconds += IDLE_LOCK_SECONDS - 1
    window.idle_check.timeout.emit()
    assert window.session_label.isVisible()
    fake.seconds += 1
    window.idle_check.timeout.emit()
    assert not window.session_label.isVisible()
    assert not window.lock_session_action.isEnabled()
    assert _asks_for_the_pin(monkeypatch, window)


def test_a_key_press_in_the_app_keeps_the_session_open(qtbot, monkeypatch, db_url):
    fake = FakeClock()
    window = _unlocked_window(qtbot, db_url, fake)
    fake.seconds += IDLE_LOCK_SECONDS - 60
    qtbot.keyClick(window.sets_view, Qt.Key.Key_Down)
    fake.seconds += IDLE_LOCK_SECONDS - 60
    window.idle_check.timeout.emit()
    assert window.session_label.isVisible()
    assert not _asks_for_the_pin(monkeypatch, window)


def test_switching_the_student_profile_locks_the_session(qtbot, monkeypatch, db_url):
    window = _unlocked_window(qtbot, db_url, FakeClock())
    combo = window.profile_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Bolat"
    assert not window.session_label.isVisible()
    assert _asks_for_the_pin(monkeypatch, window)


def test_the_teacher_menu_locks_the_session(qtbot, monkeypatch, db_url):
    window = _unlocked_window(qtbot, db_url, FakeClock())
    window.lock_session_action.trigger()
    assert not window.session_label.isVisible()
    assert not window.lock_session_action.isEnabled()
    assert _asks_for_the_pin(monkeypatch, window)
