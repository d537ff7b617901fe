"""The teacher PIN on screen: asking for it before a teacher-only action, and setting it.

Other screens call `require_teacher(parent, store, "edit question sets")` and go on only if it
returns True. With no PIN set it returns True at once, so students never see a prompt. One right
PIN unlocks the app's teacher session (`quizzes.classroom.session`): until it locks, no teacher
action asks again. The main window installs its session with `use_teacher_session`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizzes.classroom.session import TeacherSession
from quizzes.errors import SteppeQuizError
from ui.common.labels import plain_label

if TYPE_CHECKING:
    from quizzes.classroom.teacher_lock import TeacherLock
    from quizzes.store.repository import Store

_PIN_PATTERN = r"[0-9]{0,12}"
_session = TeacherSession()


def teacher_session() -> TeacherSession:
    """The teacher session every PIN prompt of this app consults."""
    return _session


def use_teacher_session(session: TeacherSession) -> None:
    """Make `session` the one consulted from now on (the main window's, with its clock)."""
    global _session
    _session = session


def _sentence(text: str) -> str:
    """An error message as a sentence on screen: capital first, full stop last."""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def show_message(dialog: QDialog, label: QLabel, text: str) -> None:
    """Set a wrapped message and grow the dialog to fit it, so no line is ever clipped."""
    label.setText(text)
    fit_wrapped_text(dialog)


def fit_wrapped_text(dialog: QDialog) -> None:
    """Grow the dialog to the height its wrapped labels need at its width (Qt sizes a window
    from its labels' one-line hints, which clips a paragraph)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.heightForWidth(dialog.width()) if layout.hasHeightForWidth() else 0
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def pin_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(_PIN_PATTERN))
    field.setMaxLength(12)
    field.setAccessibleName(accessible_name)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


class PinEntryDialog(QDialog):
    """Asks for the PIN; accepts only when it is right. During a delay after wrong tries, the
    OK button is disabled and the remaining seconds are counted down."""

    def __init__(self, lock: TeacherLock, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.setWindowTitle("Teacher PIN")
        self.pin_edit = pin_field("Teacher PIN")
        self.message = plain_label(wrap=True, object_name="pinMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Unlock")
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        prompt = plain_label(f"Enter the teacher PIN to {purpose}.", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(340)
        self._tick()

    @Slot()
    def try_pin(self) -> None:
        try:
            self._lock.verify(self.pin_edit.text())
        except SteppeQuizError as err:
            self.pin_edit.clear()
            show_message(self, self.message, _sentence(str(err)))
            self._tick(keep_message=True)
            return
        self.accept()

    @Slot()
    def _tick(self, keep_message: bool = False) -> None:
        wait = self._lock.seconds_to_wait()
        self.ok_button.setEnabled(wait <= 0)
        self.pin_edit.setEnabled(wait <= 0)
        if wait > 0:
            if not self._countdown.isActive():
                self._countdown.start()
            if not keep_message:
                show_message(self, self.message, f"Too many wrong tries: wait {math.ceil(wait)} s.")
            return
        self._countdown.stop()
        self.pin_edit.setFocus()
        if not keep_message and self.message.text().startswith("Too many"):
            show_message(self, self.message, "")


def unlock_teacher(parent: QWidget | None, lock: TeacherLock, purpose: str) -> bool:
    """True if no PIN is set, the teacher session is unlocked, or the right PIN was entered
    now (which unlocks the session); False if the teacher cancelled."""
    if not lock.is_set() or _session.is_unlocked():
        return True
    dialog = PinEntryDialog(lock, purpose, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _session.unlock()
    return True


def require_teacher(parent: QWidget | None, store: Store, purpose: str = "continue") -> bool:
    """`unlock_teacher` with the PIN of `store`'s database."""
    return unlock_teacher(parent, store.teacher_lock(), purpose)


class TeacherPinDialog(QDialog):
    """Settings: set, change or remove the teacher PIN (changing or removing needs the old one)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = store.teacher_lock()
        self.setWindowTitle("Teacher PIN")
        self.state_label = plain_label(wrap=True)
        self.current_edit = pin_field("Current PIN")
        self.new_edit = pin_field("New PIN")
        self.repeat_edit = pin_field("Repeat the new PIN")
        self.message = plain_label(wrap=True, object_name="pinMessage")
        self.save_button = QPushButton("Save PIN")
        self.save_button.clicked.connect(self.save_pin)
        self.remove_button = QPushButton("Remove PIN")
        self.remove_button.clicked.connect(self.remove_pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        # Enter in a PIN field saves (and reports a mismatch); it never closes the dialog.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.save_button.setDefault(True)

        explanation = plain_label(
            "The PIN guards the question editor, making and importing sets, answer keys, "
            "exporting exam sets, the class results, profile deletion and results import on "
            "this computer. It "
            "keeps students out of teacher functions on a shared laptop; it does not encrypt "
            "anything, and someone who can edit the database file can remove it.",
            wrap=True,
        )
        self.form = QFormLayout()
        self.form.addRow("&Current PIN:", self.current_edit)
        self.form.addRow("&New PIN (4–12 digits):", self.new_edit)
        self.form.addRow("&Repeat new PIN:", self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._show_state()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        fit_wrapped_text(self)

    def _show_state(self) -> None:
        is_set = self._lock.is_set()
        self.state_label.setText(
            "A teacher PIN is set."
            if is_set
            else "No teacher PIN is set: anyone can use the teacher functions."
        )
        self.form.setRowVisible(self.current_edit, is_set)
        self.remove_button.setEnabled(is_set)
        for field in (self.current_edit, self.new_edit, self.repeat_edit):
            field.clear()

    @Slot()
    def save_pin(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            show_message(self, self.message, "The two new PINs differ.")
            return
        try:
            if self._lock.is_set():
                self._lock.verify(self.current_edit.text())
            self._lock.set_pin(self.new_edit.text())
        except SteppeQuizError as err:
            show_message(self, self.message, _sentence(str(err)))
            return
        self._show_state()
        show_message(self, self.message, "The new PIN is saved.")

    @Slot()
    def remove_pin(self) -> None:
        try:
            self._lock.clear(self.current_edit.text())
        except SteppeQuizError as err:
            show_message(self, self.message, _sentence(str(err)))
            return
        self._show_state()
        show_message(self, self.message, "The PIN is removed.")
