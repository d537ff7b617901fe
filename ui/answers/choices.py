"""Single choice (radio buttons) and multiple choice (check boxes), one card-like row per choice.

Each row holds the real QRadioButton/QCheckBox (without text, so Qt does not treat "&" as a
mnemonic), the digit that picks it from the keyboard, and the choice text in a plain-text label
that wraps. Clicking anywhere on the row acts like clicking the button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFocusEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizzes.model import Question
from quizzes.practice.marks import AnswerMarks, Mark
from ui.answers.base import AnswerWidget, bold_font, digit_of
from ui.answers.marking import MARK_SPOKEN, mark_colour, mark_fill, mark_label, show_mark
from ui.common.labels import plain_label
from ui.common.theme import paint_indicator, status_colours

MAX_DIGIT_CHOICES = 9

# The mixin below only ever sits in front of a QRadioButton or QCheckBox: the type checker
# sees it as a button, while at run time it stays a plain class that adds no Qt base.
if TYPE_CHECKING:
    _ButtonMixinBase = QAbstractButton
else:
    _ButtonMixinBase = object


class _ChoiceIndicator(_ButtonMixinBase):
    """Mixed into a text-less QRadioButton / QCheckBox: a font-sized indicator painted for
    contrast (the same in every style), clickable over its whole area, and a repaint of the
    row around it when focus moves (the row draws the focus ring around the whole choice)."""

    round_mark = False

    def _side(self) -> int:
        # Scales with the font, so Ctrl+ makes the targets bigger too.
        return max(14, round(self.fontMetrics().height() * 0.95))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self._repaint_row()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self._repaint_row()

    def _repaint_row(self) -> None:
        row = self.parentWidget()
        if row is not None:
            row.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        side = self._side() + 4
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        del event
        side = self._side()
        width, height = self.width(), self.height()
        box = QRectF((width - side) / 2, (height - side) / 2, side, side)
        painter = QPainter(self)
        paint_indicator(
            painter,
            box,
            self.palette(),
            checked=self.isChecked(),
            round_mark=self.round_mark,
        )


class ChoiceRadioButton(_ChoiceIndicator, QRadioButton):
    """The radio button of a single-choice row."""

    round_mark = True


class ChoiceCheckBox(_ChoiceIndicator, QCheckBox):
    """The check box of a multiple-choice row."""


class ChoiceRow(QWidget):
    """A choice as a rounded card: button, shortcut digit and wrapping plain text; after an
    answer, its mark ("✓ Right", "✗ Wrong", "✓ Right answer") at the end, and the card filled
    and outlined in the mark's colour."""

    def __init__(
        self, number: int, text: str, button: QAbstractButton, owner: AnswerWidget
    ) -> None:
        super().__init__(owner)
        self.button = button
        self.choice_text = text
        self._owner = owner
        self._hovered = False
        self.mark: Mark | None = None
        button.setParent(self)
        button.setAccessibleName(f"Choice {number}: {text}")
        self._how_to_choose = f"Press {number} to choose" if number <= MAX_DIGIT_CHOICES else ""
        button.setAccessibleDescription(self._how_to_choose)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.toggled.connect(self.update)

        shortcut = str(number) if number <= MAX_DIGIT_CHOICES else ""
        self.shortcut_label = plain_label(shortcut, parent=self)
        self.shortcut_label.setFont(bold_font())
        self.shortcut_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.shortcut_label.setMinimumWidth(
            self.shortcut_label.fontMetrics().horizontalAdvance("9")
        )
        self.text_label = plain_label(text, wrap=True, parent=self)
        self.mark_label = mark_label(self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 7, 10, 7)
        layout.setSpacing(8)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.shortcut_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.mark_label, 0, Qt.AlignmentFlag.AlignTop)
        self.shortcut_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._align_first_line()
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_mark(self, mark: Mark | None) -> None:
        """Show how this choice was marked (None: no mark, as before answering)."""
        self.mark = mark
        show_mark(self.mark_label, mark)
        spoken = MARK_SPOKEN[mark] if mark is not None else self._how_to_choose
        self.button.setAccessibleDescription(spoken)
        self.update()

    def _align_first_line(self) -> None:
        """Centre the first line of text on the indicator (both are top-aligned for long text)."""
        offset = max(
            0, (self.button.sizeHint().height() - self.text_label.fontMetrics().height()) // 2
        )
        for label in (self.shortcut_label, self.text_label, self.mark_label):
            label.setContentsMargins(0, offset, 0, 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._align_first_line()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.HoverEnter, QEvent.Type.HoverLeave):
            self._hovered = event.type() == QEvent.Type.HoverEnter
            self.update()
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        inside = self.rect().contains(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and inside
            and not self._owner.is_read_only()
        ):
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        event.accept()  # claim the press so the release comes here too

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        del event
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self.button.isChecked():
            fill = QColor(accent)
            fill.setAlpha(48)
        elif self._hovered and not self._owner.is_read_only():
            fill = palette.color(QPalette.ColorRole.AlternateBase)
        else:
            fill = palette.color(QPalette.ColorRole.Base)
        border = accent if self.button.isChecked() else palette.color(QPalette.ColorRole.Mid)
        width = 1.0
        if self.button.hasFocus():
            border, width = accent, 2.0
        if self.mark is not None:
            colours = status_colours(palette)
            fill = QColor(mark_fill(self.mark, colours, palette))
            border, width = QColor(mark_colour(self.mark, colours)), width + 1.0
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2), 6, 6)


class _ChoiceListWidget(AnswerWidget):
    """Rows of choices in `question.choices` order; subclasses pick the button type."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.rows: list[ChoiceRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for number, text in enumerate(question.choices, start=1):
            row = ChoiceRow(number, text, self._make_button(), self)
            row.button.toggled.connect(self._emit_changed)
            self._block_input_of(row.button)
            self.rows.append(row)
            layout.addWidget(row)
        layout.addStretch(1)
        if self.rows:
            self.setFocusProxy(self.rows[0].button)

    @property
    def buttons(self) -> list[QAbstractButton]:
        return [row.button for row in self.rows]

    def _make_button(self) -> QAbstractButton:
        raise NotImplementedError

    def _checked_texts(self) -> list[str]:
        return [row.choice_text for row in self.rows if row.button.isChecked()]

    def _set_checked_texts(self, texts: set[str]) -> None:
        for row in self.rows:
            row.button.setChecked(row.choice_text in texts)

    def show_marks(self, marks: AnswerMarks | None) -> None:
        by_choice = {mark.choice: mark.mark for mark in marks.choices} if marks else {}
        for row in self.rows:
            row.set_mark(by_choice.get(row.choice_text))

    def _freeze(self, read_only: bool) -> None:
        for row in self.rows:
            row.setCursor(
                Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.PointingHandCursor
            )
            row.update()


class SingleChoiceWidget(_ChoiceListWidget):
    """Radio buttons; the given answer is the chosen choice's text."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        for button in self.buttons:
            self.group.addButton(button)

    def _make_button(self) -> QAbstractButton:
        return ChoiceRadioButton()

    def given(self) -> str | None:
        checked = self._checked_texts()
        return checked[0] if checked else None

    def set_given(self, given: object | None) -> None:
        # An exclusive group refuses to uncheck its last button, so clearing needs it lifted.
        self.group.setExclusive(False)
        with self._restoring():
            self._set_checked_texts({given} if isinstance(given, str) else set())
        self.group.setExclusive(True)

    def handle_key(self, key: int, text: str) -> bool:
        number = digit_of(key, text)
        if self.is_read_only() or number is None or number > len(self.rows):
            return False
        button = self.rows[number - 1].button
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True


class MultipleChoiceWidget(_ChoiceListWidget):
    """Check boxes; the given answer lists the ticked choices in the question's order."""

    def _make_button(self) -> QAbstractButton:
        return ChoiceCheckBox()

    def given(self) -> list[str] | None:
        return self._checked_texts() or None

    def set_given(self, given: object | None) -> None:
        texts = (
            {item for item in given if isinstance(item, str)} if isinstance(given, list) else set()
        )
        with self._restoring():
            self._set_checked_texts(texts)

    def handle_key(self, key: int, text: str) -> bool:
        number = digit_of(key, text)
        if self.is_read_only() or number is None or number > len(self.rows):
            return False
        button = self.rows[number - 1].button
        button.toggle()
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True
