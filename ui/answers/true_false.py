"""True / False as two large checkable buttons that exclude each other; T and F pick them.
After an answer each button carries its mark ("✓ Right", "✗ Wrong", "✓ Right answer")."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizzes.model import Question
from quizzes.practice.marks import TRUE_FALSE_CHOICES, AnswerMarks, Mark
from ui.answers.base import AnswerWidget
from ui.answers.marking import MARK_SPOKEN, MARK_WORDS, mark_colour, mark_fill
from ui.common.theme import status_colours


class AnswerButton(QPushButton):
    """A checkable button whose chosen state is unmistakable: filled with the accent colour.

    Fusion only darkens a checked push button slightly, too subtle to read as "my answer".
    Once marked, it is filled and outlined in the mark's colour and says the mark after its text.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.mark: Mark | None = None

    def shown_text(self) -> str:
        """The text painted on the button: its own, then its mark's words when marked."""
        return f"{self.text()}   {MARK_WORDS[self.mark]}" if self.mark else self.text()

    def set_mark(self, mark: Mark | None) -> None:
        self.mark = mark
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Big targets that grow with the font: bold text plus generous padding.
        font = self.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        return QSize(
            metrics.horizontalAdvance(self.shown_text()) + metrics.height() * 3,
            metrics.height() * 2 + 10,
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        del event
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isChecked():
            fill, text, border = accent, palette.color(QPalette.ColorRole.HighlightedText), accent
        else:
            fill = palette.color(QPalette.ColorRole.Button)
            if self.underMouse() and self.isEnabled():
                fill = QColor(fill).lighter(108)
            text = palette.color(QPalette.ColorRole.ButtonText)
            border = palette.color(QPalette.ColorRole.Mid)
        width = 1.0
        if self.hasFocus():
            border, width = (text if self.isChecked() else accent), 2.0
        if self.mark is not None:
            colours = status_colours(palette)
            if self.mark is not Mark.MISSED:
                fill = QColor(mark_fill(self.mark, colours, palette))
                text = palette.color(QPalette.ColorRole.Text)
            border, width = QColor(mark_colour(self.mark, colours)), width + 1.0
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        inset = width / 2 + 0.5
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 6, 6)
        font = self.font()
        font.setBold(self.isChecked())
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.shown_text())


class TrueFalseWidget(AnswerWidget):
    """The given answer is a bool."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.true_button = self._make_button("True", "T")
        self.false_button = self._make_button("False", "F")
        self.group = QButtonGroup(self)
        self.group.addButton(self.true_button)
        self.group.addButton(self.false_button)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.true_button)
        row.addWidget(self.false_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setTabOrder(self.true_button, self.false_button)
        self.setFocusProxy(self.true_button)

    def _make_button(self, label: str, key: str) -> AnswerButton:
        button = AnswerButton(f"{label}   ({key})", self)
        button.setAccessibleName(label)
        button.setAccessibleDescription(self._how_to_answer(button))
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        button.toggled.connect(self._emit_changed)
        self._block_input_of(button)
        return button

    def given(self) -> bool | None:
        if self.true_button.isChecked():
            return True
        if self.false_button.isChecked():
            return False
        return None

    def set_given(self, given: object | None) -> None:
        self.group.setExclusive(False)
        with self._restoring():
            self.true_button.setChecked(given is True)
            self.false_button.setChecked(given is False)
        self.group.setExclusive(True)

    @staticmethod
    def _how_to_answer(button: AnswerButton) -> str:
        label = button.accessibleName()
        return f"Press {label[0]} to answer {label.lower()}"

    def show_marks(self, marks: AnswerMarks | None) -> None:
        by_choice = {mark.choice: mark.mark for mark in marks.choices} if marks else {}
        for button, choice in zip(
            (self.true_button, self.false_button), TRUE_FALSE_CHOICES, strict=True
        ):
            mark = by_choice.get(choice)
            button.set_mark(mark)
            spoken = MARK_SPOKEN[mark] if mark is not None else self._how_to_answer(button)
            button.setAccessibleDescription(spoken)

    def handle_key(self, key: int, text: str) -> bool:
        letter = text.upper() if text else ""
        if key == Qt.Key.Key_T or letter == "T":
            button = self.true_button
        elif key == Qt.Key.Key_F or letter == "F":
            button = self.false_button
        else:
            return False
        if self.is_read_only():
            return False
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True
