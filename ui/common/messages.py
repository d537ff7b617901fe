"""Message boxes for every screen. Their text is always plain text: messages may quote file
content (a set's title, a line of an imported file), which must never be read as HTML."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    informative: str = "",
    object_name: str = "",
) -> QMessageBox:
    box = QMessageBox(icon, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if object_name:
        box.setObjectName(object_name)
    return box


def show_error(parent: QWidget | None, title: str, text: str, *, object_name: str = "") -> None:
    """Say what went wrong and wait for OK."""
    _box(parent, QMessageBox.Icon.Critical, title, text, object_name=object_name).exec()


def show_information(
    parent: QWidget | None, title: str, text: str, *, pixmap: QPixmap | None = None
) -> None:
    """Tell something and wait for OK; `pixmap` replaces the usual icon."""
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    if pixmap is not None:
        box.setIconPixmap(pixmap)
    box.exec()


def open_information(parent: QWidget, title: str, text: str, *, object_name: str = "") -> None:
    """Tell something window-modally without waiting (no nested event loop in the caller): the
    text can be selected for copying, and the box deletes itself when closed."""
    box = _box(parent, QMessageBox.Icon.Information, title, text, object_name=object_name)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    *,
    default: QMessageBox.StandardButton | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    object_name: str = "",
) -> QMessageBox.StandardButton:
    """Ask with standard buttons (Yes, Discard, Cancel…); returns the one pressed."""
    box = _box(parent, icon, title, text, object_name=object_name)
    box.setStandardButtons(buttons)
    if default is not None:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: Sequence[tuple[str, QMessageBox.ButtonRole]],
    *,
    default: str,
    informative: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    object_name: str = "",
) -> str:
    """Ask with buttons named after what they do; returns the name of the one pressed.
    `default` is the button Enter presses and Esc (or closing the box) means."""
    box = _box(parent, icon, title, text, informative=informative, object_name=object_name)
    buttons = {name: box.addButton(name, role) for name, role in choices}
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return next((name for name, button in buttons.items() if button is clicked), default)
