"""Driving widgets as a person would: answering modal dialogs and typing over fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


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
