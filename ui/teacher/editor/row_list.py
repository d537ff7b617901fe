"""`RowListEditor`: an editable list of rows of text fields (choices, accepted answers, ordering
items, matching pairs), each row optionally with a "correct" mark, with add, remove and move.

The marks are check boxes, or radio buttons when only one row may be marked (single choice):
an exclusive group, so a click or an arrow key moves the one mark."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class _Row(QWidget):
    """One row: its text fields, the optional mark, and its buttons."""

    def __init__(
        self, placeholders: list[str], mark_label: str | None, movable: bool, radio: bool
    ) -> None:
        super().__init__()
        self._mark_label = mark_label
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits = [QLineEdit() for _ in placeholders]
        for edit, placeholder in zip(self.edits, placeholders, strict=True):
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(placeholder)
            layout.addWidget(edit, 1)
        self.mark: QAbstractButton | None = None
        if mark_label is not None:
            self.mark = _mark_button(mark_label, radio)
            layout.addWidget(self.mark)
        self.up_button = self._tool_button("↑", "Move up") if movable else None
        self.down_button = self._tool_button("↓", "Move down") if movable else None
        self.remove_button = self._tool_button("✕", "Remove")
        for button in (self.up_button, self.down_button, self.remove_button):
            if button is not None:
                layout.addWidget(button)

    @staticmethod
    def _tool_button(text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        return button

    def replace_mark(self, radio: bool, checked: bool) -> QAbstractButton | None:
        """Swap the mark for a radio button or a check box, ticked as `checked`."""
        old = self.mark
        if old is None or self._mark_label is None:
            return None
        self.mark = _mark_button(self._mark_label, radio)
        self.mark.setChecked(checked)
        self._layout.replaceWidget(old, self.mark)
        old.hide()
        old.deleteLater()
        return self.mark

    def values(self) -> tuple[str, ...]:
        return tuple(edit.text().strip() for edit in self.edits)

    def set_values(self, values: tuple[str, ...] | list[str]) -> None:
        for edit, value in zip(self.edits, values, strict=True):
            edit.setText(value)


def _mark_button(label: str, radio: bool) -> QAbstractButton:
    return QRadioButton(label) if radio else QCheckBox(label)


class RowListEditor(QWidget):
    """Rows of `placeholders` text fields; `mark_label` adds a mark to each row."""

    changed = Signal()

    def __init__(
        self,
        placeholders: list[str],
        add_label: str,
        *,
        mark_label: str | None = None,
        movable: bool = False,
    ) -> None:
        super().__init__()
        self._placeholders = placeholders
        self._mark_label = mark_label
        self._movable = movable
        self._rows: list[_Row] = []
        self._single = False
        self._marks = QButtonGroup(self)
        self._marks.setExclusive(False)
        self._marks.buttonToggled.connect(self._mark_toggled)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(self._add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(add_row)

    # ------------------------------------------------------------ reading and filling

    def rows(self) -> list[tuple[str, ...]]:
        return [row.values() for row in self._rows]

    def marked(self) -> list[bool]:
        return [row.mark is not None and row.mark.isChecked() for row in self._rows]

    def row_widgets(self) -> list[_Row]:
        return list(self._rows)

    def set_rows(self, rows: list[tuple[str, ...]], marked: list[bool] | None = None) -> None:
        """Replace every row (without emitting `changed` for each one)."""
        self.blockSignals(True)
        try:
            while self._rows:
                self._remove(self._rows[-1])
            for i, values in enumerate(rows):
                self.add_row(values, bool(marked and marked[i]))
        finally:
            self.blockSignals(False)

    def set_single_mark(self, single: bool) -> None:
        """Radio buttons when only one row may be marked (keeping the first mark), else check
        boxes keeping every mark."""
        if single == self._single:
            return
        self._single = single
        self._marks.setExclusive(False)
        kept_one = False
        for row in self._rows:
            if row.mark is None:
                continue
            checked = row.mark.isChecked() and not (single and kept_one)
            kept_one = kept_one or checked
            self._marks.removeButton(row.mark)
            mark = row.replace_mark(single, checked)
            if mark is not None:
                self._marks.addButton(mark)
        self._marks.setExclusive(single)

    # ------------------------------------------------------------ rows

    def add_row(self, values: tuple[str, ...] | None = None, marked: bool = False) -> _Row:
        row = _Row(self._placeholders, self._mark_label, self._movable, self._single)
        if values is not None:
            row.set_values(values)
        for edit in row.edits:
            edit.textChanged.connect(self.changed)
        if row.mark is not None:
            row.mark.setChecked(marked)
            self._marks.addButton(row.mark)
        row.remove_button.clicked.connect(lambda: self._remove_clicked(row))
        if row.up_button is not None and row.down_button is not None:
            row.up_button.clicked.connect(lambda: self._move(row, -1))
            row.down_button.clicked.connect(lambda: self._move(row, +1))
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        self.changed.emit()
        return row

    @Slot()
    def _add_clicked(self) -> None:
        row = self.add_row()
        row.edits[0].setFocus()

    def _remove_clicked(self, row: _Row) -> None:
        self._remove(row)
        self.changed.emit()

    def _remove(self, row: _Row) -> None:
        if row.mark is not None:
            self._marks.removeButton(row.mark)
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _move(self, row: _Row, step: int) -> None:
        index = self._rows.index(row)
        target = index + step
        if not 0 <= target < len(self._rows):
            return
        self._rows.insert(target, self._rows.pop(index))
        self._rows_layout.removeWidget(row)
        self._rows_layout.insertWidget(target, row)
        self.changed.emit()

    @Slot(QAbstractButton, bool)
    def _mark_toggled(self, button: QAbstractButton, checked: bool) -> None:
        # Moving a radio mark unticks one button and ticks another: report the end state once.
        if checked or not self._single:
            self.changed.emit()
