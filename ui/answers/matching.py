"""Matching: each left-hand item beside a drop-down of the right-hand items.

The drop-downs list the distinct right-hand items in an rng-shuffled order (the same order in
every drop-down, so a student can scan them), after an empty "— choose —" entry. After an
answer, each pair is marked at the end of its row: "✓ Right", or "✗ Should be: <right match>".
"""

from __future__ import annotations

import itertools
import random

from PySide6.QtCore import (
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QWidget,
)

from quizzes.model import Question, answer_pairs
from quizzes.practice.marks import AnswerMarks
from ui.answers.base import AnswerWidget, digit_of
from ui.answers.marking import mark_label, right_or_wrong, show_mark
from ui.common.labels import plain_label, plain_tooltip

NO_CHOICE = "— choose —"
HOW_TO_MATCH = "Choose the matching item"


class ElidingComboBox(QComboBox):
    """A drop-down that ends a long choice with "…" instead of cutting it off mid-letter, shows
    the whole text as a tooltip, and opens a list wide enough to read every item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(lambda text: self.setToolTip(plain_tooltip(text)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        del event
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        text_rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        widest = max(
            (self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())),
            default=0,
        )
        screen = self.screen().availableGeometry().width() if self.screen() else 1024
        self.view().setMinimumWidth(min(widest + 48, int(screen * 0.9)))
        super().showPopup()


_RING_WIDTH = 2
_RING_MARGIN = 4  # between the row's text and its ring


class NumberedItems(QStyledItemDelegate):
    """Shows each item after "— choose —" with its number, the key that chooses it."""

    def initStyleOption(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.row() > 0:
            option.text = f"{index.row()}.  {option.text}"

    def sizeHint(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # As roomy as the drop-down's own menu items: a list to read and click, not a table.
        return super().sizeHint(option, index).grownBy(QMargins(4, 3, 4, 3))


class MatchingWidget(AnswerWidget):
    """The given answer is [[left, right], ...] in the question's left order ("" = not picked).

    Keyboard: the items are numbered in the list, and the number keys choose them for the focused
    row (0 clears it); the focused row has a ring in the theme's accent colour. A row left blank
    is named before the answer is submitted (`point_at_missing`).
    """

    def __init__(
        self, question: Question, rng: random.Random, parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        pairs = answer_pairs(question.answer)
        self.lefts = [left for left, _ in pairs]
        self.rights = list(dict.fromkeys(right for _, right in pairs))
        rng.shuffle(self.rights)
        self.combos: list[ElidingComboBox] = []
        self.mark_labels: list[QLabel] = []
        layout = QGridLayout(self)
        margin = _RING_MARGIN + _RING_WIDTH
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(8 + margin)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        for row, left in enumerate(self.lefts):
            label = plain_label(left, wrap=True, parent=self)
            combo = self._make_combo(row + 1, left)
            label.setBuddy(combo)
            layout.addWidget(label, row, 0)
            layout.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.combos.append(combo)
            self.mark_labels.append(mark_label(self))
            layout.addWidget(self.mark_labels[-1], row, 2, Qt.AlignmentFlag.AlignVCenter)
        layout.setRowStretch(len(self.lefts), 1)
        for before, after in itertools.pairwise(self.combos):
            self.setTabOrder(before, after)
        if self.combos:
            self.setFocusProxy(self.combos[0])

    def _make_combo(self, number: int, left: str) -> ElidingComboBox:
        combo = ElidingComboBox(self)
        combo.addItem(NO_CHOICE, "")
        for right in self.rights:
            combo.addItem(right, right)
        combo.setAccessibleName(f"Match {number}: {left}")
        combo.setAccessibleDescription(HOW_TO_MATCH)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.setItemDelegate(NumberedItems(combo))
        combo.currentIndexChanged.connect(self._emit_changed)
        combo.installEventFilter(self)  # before the blocker, which so runs first when frozen
        self._block_input_of(combo)
        return combo

    # ------------------------------------------------------------ keys and focus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched not in getattr(self, "combos", ()):
            return False
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()  # the ring follows the focus
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent) and isinstance(watched, QComboBox)
            return self._choose_by_number(watched, event)
        return False

    def _choose_by_number(self, combo: QComboBox, event: QKeyEvent) -> bool:
        """1..n choose the numbered item for this row, 0 clears it. True if the key was used."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        number = 0 if event.text() == "0" else digit_of(event.key(), event.text())
        if number is None or number > len(self.rights):
            return False
        combo.setCurrentIndex(number)
        return True

    def focused_row(self) -> int | None:
        """The 0-based row whose drop-down has the keyboard focus."""
        return next((row for row, combo in enumerate(self.combos) if combo.hasFocus()), None)

    def focus_ring(self, row: int) -> QRect:
        """Where the ring of `row` is drawn: around its text and drop-down."""
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        area = grid.cellRect(row, 0).united(grid.cellRect(row, 1))
        grow = _RING_MARGIN + _RING_WIDTH // 2
        return area.adjusted(-grow, -grow, grow, grow)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        row = self.focused_row()
        if row is None or self.is_read_only():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), _RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.focus_ring(row), 4, 4)

    # ------------------------------------------------------------ the answer

    def point_at_missing(self) -> str:
        """Focus the first row left blank and say which rows are ("Row 2 has no match yet.");
        "" when every row has a match."""
        blank = [row for row, combo in enumerate(self.combos) if not combo.currentData()]
        if not blank:
            return ""
        self.combos[blank[0]].setFocus(Qt.FocusReason.OtherFocusReason)
        numbers = [str(row + 1) for row in blank]
        if len(numbers) == 1:
            return f"Row {numbers[0]} has no match yet."
        return f"Rows {', '.join(numbers[:-1])} and {numbers[-1]} have no match yet."

    def given(self) -> list[list[str]] | None:
        picked = [str(combo.currentData() or "") for combo in self.combos]
        if not any(picked):
            return None
        return [[left, right] for left, right in zip(self.lefts, picked, strict=True)]

    def set_given(self, given: object | None) -> None:
        wanted: dict[str, str] = {}
        if isinstance(given, list):
            for pair in given:
                if isinstance(pair, list | tuple) and len(pair) == 2:
                    wanted[str(pair[0])] = str(pair[1])
        with self._restoring():
            for left, combo in zip(self.lefts, self.combos, strict=True):
                index = combo.findData(wanted.get(left, ""))
                combo.setCurrentIndex(max(index, 0))

    def show_marks(self, marks: AnswerMarks | None) -> None:
        by_left = {pair.left: pair for pair in marks.pairs} if marks else {}
        for left, combo, label in zip(self.lefts, self.combos, self.mark_labels, strict=True):
            pair = by_left.get(left)
            if pair is None:
                show_mark(label, None)
                combo.setAccessibleDescription(HOW_TO_MATCH)
                continue
            mark = right_or_wrong(pair.right)
            show_mark(label, mark, "" if pair.right else f"✗ Should be: {pair.expected}")
            combo.setAccessibleDescription(
                "Right." if pair.right else f"Wrong: the match is {pair.expected}."
            )
