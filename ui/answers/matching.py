"""Matching: each left-hand item beside a drop-down of the right-hand items.

The drop-downs list the distinct right-hand items in an rng-shuffled order (the same order in
every drop-down, so a student can scan them), after an empty "— choose —" entry. After an
answer, each pair is marked at the end of its row: "✓ Right", or "✗ Should be: <right match>".
"""

from __future__ import annotations

import itertools
import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from quizzes.model import Question, answer_pairs
from quizzes.practice.marks import AnswerMarks
from ui.answers.base import AnswerWidget
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


class MatchingWidget(AnswerWidget):
    """The given answer is [[left, right], ...] in the question's left order ("" = not picked)."""

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
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(8)
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
        combo.currentIndexChanged.connect(self._emit_changed)
        self._block_input_of(combo)
        return combo

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
