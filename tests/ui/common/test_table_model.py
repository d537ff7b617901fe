"""The one table-model base: rows in, counts, headers and cells out, as Qt's views ask."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from ui.common.table_model import RowsModel


class CitiesModel(RowsModel[tuple[str, int]]):
    def headers(self) -> tuple[str, ...]:
        return ("City", "People")

    def header_tooltip(self, section: int) -> str | None:
        return "Residents, latest census" if section == 1 else None

    def cell(self, row: tuple[str, int], position: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{position + 1}. {row[0]}" if column == 0 else row[1]
        return None


def test_rows_give_counts_headers_and_cells(qtbot):
    model = CitiesModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (0, 2)
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([("Almaty", 2_200_000), ("Osh", 360_000)])
    assert model.rowCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children
    assert model.data(model.index(1, 0)) == "2. Osh"
    assert model.data(model.index(0, 1)) == 2_200_000
    assert model.row_at(1) == ("Osh", 360_000)
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(1, horizontal) == "People"
    assert model.headerData(1, horizontal, Qt.ItemDataRole.ToolTipRole).startswith("Residents")
    assert model.headerData(0, Qt.Orientation.Vertical) is None
