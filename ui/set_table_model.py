"""A read-only table model of question sets, for the main window's list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:  # the storage stack is imported only once the window is up
    from quizzes.store.repository import SetSummary

Index = QModelIndex | QPersistentModelIndex


class SetTableModel(QAbstractTableModel):
    COLUMNS = ("Title", "Questions", "Topics", "Source")

    def __init__(self, sets: list[SetSummary] | None = None) -> None:
        super().__init__()
        self._sets: list[SetSummary] = list(sets or [])

    def set_sets(self, sets: list[SetSummary]) -> None:
        self.beginResetModel()
        self._sets = list(sets)
        self.endResetModel()

    def summary_at(self, row: int) -> SetSummary:
        return self._sets[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._sets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        summary = self._sets[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return summary.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    @staticmethod
    def _display(summary: SetSummary, column: int) -> str | int:
        if column == 0:
            return f"{summary.title}  (built-in)" if summary.is_builtin else summary.title
        if column == 1:
            return summary.question_count
        if column == 2:
            return ", ".join(summary.topics)
        return summary.source_label
