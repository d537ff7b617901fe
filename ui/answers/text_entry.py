"""Typed answers: a number field (with its unit, and how the number was understood) and a
short-answer text field; after an answer, "✓ Right" or "✗ Wrong" beside the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from quizzes.model import Question
from quizzes.numbers import format_number, parse_number
from quizzes.practice.marks import AnswerMarks
from ui.answers.base import AnswerWidget
from ui.answers.marking import mark_label, right_or_wrong, show_mark
from ui.common.labels import plain_label

MAX_ANSWER_LENGTH = 200
_NUMBER_CHARACTERS = frozenset("0123456789-+.,\u2212")


NUMBER_HINT = "Type a number; spaces or commas between thousands are fine"
TEXT_HINT = "Spelling with or without accents is accepted"


def _show_typed_mark(
    label: QLabel, line_edit: QLineEdit, marks: AnswerMarks | None, hint: str
) -> None:
    """The mark beside a field, and what a screen reader hears on it (`hint` when unmarked)."""
    right = marks.typed_right if marks else None
    show_mark(label, None if right is None else right_or_wrong(right))
    line_edit.setAccessibleDescription(
        hint if right is None else "Your answer is right." if right else "Your answer is wrong."
    )


def _type_into(line_edit: QLineEdit, text: str) -> None:
    """Focus the field and add `text` at the end, as if it had had focus all along."""
    line_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    line_edit.end(False)
    line_edit.insert(text)


class NumericWidget(AnswerWidget):
    """A number field that accepts "7000", "7,000" and "7 000"; the given answer is a float."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        unit = (question.unit or "").strip()
        self.line_edit = QLineEdit(self)
        self.line_edit.setMaxLength(40)
        self.line_edit.setPlaceholderText("Type a number")
        self.line_edit.setAccessibleName(f"Number answer in {unit}" if unit else "Number answer")
        self.line_edit.setAccessibleDescription(NUMBER_HINT)
        self._size_field()
        self.unit_label = plain_label(unit, parent=self)
        self.unit_label.setVisible(bool(unit))
        self.unit_label.setBuddy(self.line_edit)
        self.mark_label = mark_label(self)
        # Saying how the number was read catches "7.000" meant as seven thousand, and typos.
        self.reading_label = plain_label(wrap=True, parent=self)
        self.reading_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.line_edit)
        row.addWidget(self.unit_label)
        row.addWidget(self.mark_label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.reading_label)
        layout.addStretch(1)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textChanged.connect(self._text_changed)

    def _size_field(self) -> None:
        digit = self.line_edit.fontMetrics().horizontalAdvance("0")
        self.line_edit.setMinimumWidth(digit * 16)
        self.line_edit.setMaximumWidth(digit * 30)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._size_field()  # the field grows with Ctrl+ like the text in it
        super().changeEvent(event)

    def _text_changed(self, text: str) -> None:
        value = parse_number(text)
        if not text.strip():
            self.reading_label.setText("")
        elif value is None:
            self.reading_label.setText(
                "Not a number yet: use digits (spaces or commas between thousands are fine)"
            )
        else:
            unit = f" {self.question.unit}" if self.question.unit else ""
            self.reading_label.setText(f"Read as {format_number(value)}{unit}")
        self._emit_changed()

    def given(self) -> float | None:
        return parse_number(self.line_edit.text())

    def handle_key(self, key: int, text: str) -> bool:
        # Typing a number while the field lacks focus still types it (keyboard first).
        if self.is_read_only() or len(text) != 1 or text not in _NUMBER_CHARACTERS:
            return False
        _type_into(self.line_edit, text)
        return True

    def set_given(self, given: object | None) -> None:
        text = ""
        if isinstance(given, int | float) and not isinstance(given, bool):
            text = format_number(float(given))
            if parse_number(text) != given:  # keep every digit rather than a rounded display
                text = repr(float(given))
        with self._restoring():
            self.line_edit.setText(text)

    def show_marks(self, marks: AnswerMarks | None) -> None:
        _show_typed_mark(self.mark_label, self.line_edit, marks, NUMBER_HINT)

    def _freeze(self, read_only: bool) -> None:
        self.line_edit.setReadOnly(read_only)


class ShortAnswerWidget(AnswerWidget):
    """A one-line text field; the given answer is the text as typed (None while blank)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setMaxLength(MAX_ANSWER_LENGTH)
        self.line_edit.setPlaceholderText("Type your answer")
        self.line_edit.setAccessibleName("Short answer")
        self.line_edit.setAccessibleDescription(TEXT_HINT)
        self._size_field()
        self.line_edit.textChanged.connect(self._emit_changed)
        self.mark_label = mark_label(self)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.line_edit)
        row.addWidget(self.mark_label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setFocusProxy(self.line_edit)

    def _size_field(self) -> None:
        letter = self.line_edit.fontMetrics().horizontalAdvance("M")
        self.line_edit.setMinimumWidth(letter * 14)
        self.line_edit.setMaximumWidth(letter * 36)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._size_field()
        super().changeEvent(event)

    def given(self) -> str | None:
        text = self.line_edit.text()
        return text if text.strip() else None

    def handle_key(self, key: int, text: str) -> bool:
        if self.is_read_only() or len(text) != 1 or not text.isprintable() or text.isspace():
            return False
        _type_into(self.line_edit, text)
        return True

    def set_given(self, given: object | None) -> None:
        with self._restoring():
            self.line_edit.setText(given if isinstance(given, str) else "")

    def show_marks(self, marks: AnswerMarks | None) -> None:
        _show_typed_mark(self.mark_label, self.line_edit, marks, TEXT_HINT)

    def _freeze(self, read_only: bool) -> None:
        self.line_edit.setReadOnly(read_only)
