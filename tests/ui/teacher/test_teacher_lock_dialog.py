"""The teacher PIN dialogs, used as a teacher would: typing digits and pressing buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from quizzes.classroom.teacher_lock import PIN_KEY, TeacherLock, WrongPinError
from ui.teacher.teacher_lock_dialog import (
    PinEntryDialog,
    TeacherPinDialog,
    require_teacher,
    teacher_session,
)


def _type(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_setting_a_pin_stores_only_its_hash(qtbot, store):
    dialog = TeacherPinDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.current_edit.isVisible()
    _type(qtbot, dialog.new_edit, "5173")
    _type(qtbot, dialog.repeat_edit, "5173")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The new PIN is saved."
    assert "5173" not in store.settings.get_setting(PIN_KEY)
    TeacherLock(store.settings).verify("5173")
    assert dialog.current_edit.isVisible()


def test_letters_cannot_be_typed_into_a_pin(qtbot, store):
    dialog = TeacherPinDialog(store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_edit, "12ab34")
    assert dialog.new_edit.text() == "1234"


def test_mismatched_or_short_pins_are_refused(qtbot, store):
    dialog = TeacherPinDialog(store)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.new_edit, "5173")
    _type(qtbot, dialog.repeat_edit, "5174")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The two new PINs differ."
    _type(qtbot, dialog.new_edit, "517")
    _type(qtbot, dialog.repeat_edit, "517")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "A teacher PIN has 4 to 12 digits."
    assert not TeacherLock(store.settings).is_set()


def test_enter_in_the_repeat_field_saves_or_reports_the_mismatch(qtbot, store):
    dialog = TeacherPinDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.new_edit, "5173")
    _type(qtbot, dialog.repeat_edit, "5174")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "The two new PINs differ."
    _type(qtbot, dialog.new_edit, "5173")
    _type(qtbot, dialog.repeat_edit, "5173")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "The new PIN is saved."
    TeacherLock(store.settings).verify("5173")


def fully_shown(label) -> bool:
    """A word-wrapped label is as tall as its text needs at its width: nothing clipped."""
    return label.height() >= label.heightForWidth(label.width())


def test_after_a_wrong_pin_every_line_of_the_dialog_is_shown(qtbot, store):
    TeacherLock(store.settings).set_pin("5173")
    dialog = PinEntryDialog(store.teacher_lock(), "import results")
    qtbot.addWidget(dialog)
    large = dialog.font()
    large.setPointSize(22)  # a student's Ctrl + text size: the message wraps onto three lines
    dialog.setFont(large)
    dialog.show()
    qtbot.keyClicks(dialog.pin_edit, "1111")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert "more tr" in dialog.message.text()
    qtbot.waitUntil(lambda: fully_shown(dialog.message))
    labels = [w for w in dialog.findChildren(type(dialog.message)) if w.wordWrap()]
    assert len(labels) == 2 and all(fully_shown(label) for label in labels)


@pytest.mark.parametrize("point_size", [11, 22])
def test_the_pin_settings_explanation_is_shown_whole(qtbot, store, point_size):
    dialog = TeacherPinDialog(store)
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSize(point_size)
    dialog.setFont(font)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [w for w in dialog.findChildren(type(dialog.message)) if w.wordWrap() and w.text()]
    assert len(labels) == 2  # the state line and the explanation
    assert all(fully_shown(label) for label in labels)


def test_changing_or_removing_needs_the_current_pin(qtbot, store):
    TeacherLock(store.settings).set_pin("5173")
    dialog = TeacherPinDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.current_edit, "0000")
    _type(qtbot, dialog.new_edit, "8888")
    _type(qtbot, dialog.repeat_edit, "8888")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Wrong teacher PIN")
    TeacherLock(store.settings).verify("5173")  # unchanged

    _type(qtbot, dialog.current_edit, "5173")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The PIN is removed."
    assert not TeacherLock(store.settings).is_set()
    assert not dialog.remove_button.isEnabled()


def test_three_wrong_pins_disable_unlock_until_the_delay_is_over(qtbot, store, clock):
    lock = TeacherLock(store.settings, clock=clock)
    lock.set_pin("5173")
    dialog = PinEntryDialog(lock, "import results")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        qtbot.keyClicks(dialog.pin_edit, "1111")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Wrong teacher PIN; wait 5 seconds before the next try."
    assert not dialog.ok_button.isEnabled()
    assert dialog.isVisible()
    clock.seconds += 5
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)  # the countdown notices
    qtbot.keyClicks(dialog.pin_edit, "5173")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert lock.failures() == 0


def test_a_dialog_opened_during_a_delay_starts_locked(qtbot, store, clock):
    lock = TeacherLock(store.settings, clock=clock)
    lock.set_pin("5173")
    for _ in range(3):
        with pytest.raises(WrongPinError):
            lock.verify("0000")
    clock.seconds += 3
    dialog = PinEntryDialog(lock, "edit question sets")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Too many wrong tries: wait 2 s."


def test_require_teacher_without_a_pin_asks_nothing(qtbot, store):
    assert require_teacher(None, store, "edit question sets") is True


def _answer_modal(qtbot, text: str | None) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PinEntryDialog)
        if text is None:
            dialog.reject()
            return
        qtbot.keyClicks(dialog.pin_edit, text)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)


def test_require_teacher_with_the_right_pin_or_a_cancel(qtbot, store):
    store.teacher_lock().set_pin("5173")
    _answer_modal(qtbot, None)
    assert require_teacher(None, store, "delete a profile") is False
    assert not teacher_session().is_unlocked()
    _answer_modal(qtbot, "5173")
    assert require_teacher(None, store, "delete a profile") is True
    assert teacher_session().is_unlocked()


def test_an_unlocked_session_asks_nothing_until_it_is_locked(qtbot, store):
    store.teacher_lock().set_pin("5173")
    _answer_modal(qtbot, "5173")
    assert require_teacher(None, store, "edit question sets") is True
    assert require_teacher(None, store, "see the class results") is True  # no prompt
    teacher_session().lock()
    _answer_modal(qtbot, None)
    assert require_teacher(None, store, "see the class results") is False
