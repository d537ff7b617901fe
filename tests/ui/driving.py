"""Driving widgets as a person would: answering modal dialogs and typing over fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget


def when_modal(qtbot, handle: Callable[[QWidget], None]) -> list[QWidget]:
    """Answer the next modal dialog with `handle` once it is up; returns [dialog] afterwards."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, poll)
    return seen


def click_in_turn(qtbot, *steps: tuple[str, str]) -> list[str]:
    """Answer modal dialogs one after another: for each (dialog object name, button text), wait
    until that dialog is up, then click that button. Returns the names of the dialogs answered."""
    answered: list[str] = []
    pending = list(steps)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not pending:
            return
        name, button_text = pending[0]
        if dialog is None or dialog.objectName() != name:
            QTimer.singleShot(20, poll)
            return
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.text() == button_text]
        assert buttons, f"no button {button_text!r} in {name!r}"
        pending.pop(0)
        answered.append(name)
        QTimer.singleShot(20, poll)
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, poll)
    return answered


def press(button_name: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button_name).click()

    return handle


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Select everything in a field and type over it, as a person would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
