"""Ordering: a list to put in order by dragging, by Alt+Up / Alt+Down, or by the Move buttons.

Items start shuffled by the session's random generator and never in the correct order. Each row
shows its position ("2.  Kazakhstan"); the raw item text is kept in the item's UserRole. After
an answer each position is marked: "✓ 1.  Russia", or "✗ 2.  China — belongs at 3", on the
colour of its mark.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizzes.model import Question
from quizzes.practice.marks import AnswerMarks, PlaceMark
from ui.answers.base import AnswerWidget
from ui.answers.marking import mark_fill, right_or_wrong
from ui.common.labels import plain_label
from ui.common.theme import status_colours

ITEM_TEXT_ROLE = Qt.ItemDataRole.UserRole
_WRAP = int(Qt.TextFlag.TextWordWrap)


def starting_order(correct: list[str], rng: random.Random) -> list[str]:
    """A shuffle of `correct` that is never `correct` itself (when it has two or more items)."""
    order = list(correct)
    rng.shuffle(order)
    if order == correct and len(order) > 1:
        order = order[1:] + order[:1]
    return order


class ReorderList(QListWidget):
    """A list whose rows move by drag and drop and by Alt+Up / Alt+Down."""

    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSpacing(3)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        # Tall enough to show every item, wrapped at this width, so the order is seen at once.
        metrics = self.fontMetrics()
        text_width = max(40, width - 2 * self.frameWidth() - 2 * self.spacing() - 16)
        total = 0
        for row in range(self.count()):
            text = self.item(row).text()
            bounds = metrics.boundingRect(QRect(0, 0, text_width, 1 << 20), _WRAP, text)
            total += max(bounds.height(), metrics.height()) + 4 + 2 * self.spacing()
        return total + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = super().sizeHint().width()
        return QSize(width, self.heightForWidth(width))


class OrderingWidget(AnswerWidget):
    """The given answer is the items in the order shown, moved or not: the order on screen is
    what Enter submits (the starting order is never the correct one)."""

    def __init__(
        self, question: Question, rng: random.Random, parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        items = [str(item) for item in question.answer] if isinstance(question.answer, list) else []
        self.list_widget = ReorderList(self)
        self.list_widget.setAccessibleName("Items to put in order")
        self.list_widget.setAccessibleDescription(
            "First at the top. Alt+Up and Alt+Down move the selected item; you can also drag it."
        )
        self.move_up_button = QPushButton("Move up", self)
        self.move_down_button = QPushButton("Move down", self)
        self.move_up_button.setAccessibleName("Move the selected item up")
        self.move_down_button.setAccessibleName("Move the selected item down")
        self.move_up_button.setToolTip("Alt+Up")
        self.move_down_button.setToolTip("Alt+Down")
        self.hint_label = plain_label(
            "Drag, or select an item and press Alt+Up / Alt+Down.", wrap=True, parent=self
        )
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        buttons = QVBoxLayout()
        buttons.addWidget(self.move_up_button)
        buttons.addWidget(self.move_down_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list_widget, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self._fill(starting_order(items, rng))
        self.list_widget.setCurrentRow(0)

        self.list_widget.move_requested.connect(self._move_current)
        self.move_up_button.clicked.connect(lambda: self._move_current(-1))
        self.move_down_button.clicked.connect(lambda: self._move_current(1))
        self.list_widget.model().rowsMoved.connect(self._dropped)
        self.list_widget.currentRowChanged.connect(self._update_buttons)
        self.setTabOrder(self.list_widget, self.move_up_button)
        self.setTabOrder(self.move_up_button, self.move_down_button)
        self.setFocusProxy(self.list_widget)
        self._update_buttons()

    # ------------------------------------------------------------ contents

    def order(self) -> list[str]:
        """The items as shown, top to bottom."""
        return [
            str(self.list_widget.item(row).data(ITEM_TEXT_ROLE))
            for row in range(self.list_widget.count())
        ]

    def _fill(self, order: list[str]) -> None:
        self.list_widget.clear()
        for text in order:
            item = QListWidgetItem()
            item.setData(ITEM_TEXT_ROLE, text)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            self.list_widget.addItem(item)
        self._renumber()

    def _renumber(self) -> None:
        count = self.list_widget.count()
        for row in range(count):
            item = self.list_widget.item(row)
            text = item.data(ITEM_TEXT_ROLE)
            item.setText(f"{row + 1}.  {text}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"Position {row + 1} of {count}: {text}"
            )
        self.list_widget.updateGeometry()

    # ------------------------------------------------------------ moving

    def _move_current(self, step: int) -> None:
        row = self.list_widget.currentRow()
        target = row + step
        if self.is_read_only() or row < 0 or not 0 <= target < self.list_widget.count():
            return
        item = self.list_widget.takeItem(row)
        self.list_widget.insertItem(target, item)
        self.list_widget.setCurrentRow(target)
        self._changed_by_student()

    def _dropped(self, *_args: QModelIndex | int) -> None:
        self._changed_by_student()

    def _changed_by_student(self) -> None:
        self._renumber()
        self._update_buttons()
        self._emit_changed()

    def _update_buttons(self) -> None:
        row = self.list_widget.currentRow()
        editable = not self.is_read_only()
        self.move_up_button.setEnabled(editable and row > 0)
        self.move_down_button.setEnabled(editable and 0 <= row < self.list_widget.count() - 1)

    # ------------------------------------------------------------ the contract

    def given(self) -> list[str] | None:
        return self.order()

    def set_given(self, given: object | None) -> None:
        current = self.order()
        if isinstance(given, list) and sorted(map(str, given)) == sorted(current):
            with self._restoring():
                self._fill([str(item) for item in given])
        self._update_buttons()

    def show_marks(self, marks: AnswerMarks | None) -> None:
        places = marks.places if marks else ()
        if len(places) != self.list_widget.count():
            self._renumber()
            for row in range(self.list_widget.count()):
                self.list_widget.item(row).setBackground(QBrush())
            return
        colours = status_colours(self.palette())
        for row, place in enumerate(places):
            item = self.list_widget.item(row)
            item.setText(self._marked_text(place))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._marked_text(place, spoken=True))
            fill = mark_fill(right_or_wrong(place.right), colours, self.palette())
            item.setBackground(QColor(fill))
        self.list_widget.updateGeometry()

    @staticmethod
    def _marked_text(place: PlaceMark, *, spoken: bool = False) -> str:
        if spoken:
            where = "right" if place.right else f"wrong, it belongs at {place.belongs_at}"
            return f"Position {place.position}: {place.item}, {where}."
        if place.right:
            return f"✓ {place.position}.  {place.item}"
        return f"✗ {place.position}.  {place.item} — belongs at {place.belongs_at}"

    def _freeze(self, read_only: bool) -> None:
        mode = (
            QAbstractItemView.DragDropMode.NoDragDrop
            if read_only
            else (QAbstractItemView.DragDropMode.InternalMove)
        )
        self.list_widget.setDragDropMode(mode)
        # Frozen (feedback, review): only the order matters; no selection, no moving aids.
        for aid in (self.move_up_button, self.move_down_button, self.hint_label):
            aid.setVisible(not read_only)
        if read_only:
            self.list_widget.clearSelection()
        self._update_buttons()
