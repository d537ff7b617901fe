"""The exam's "Review your answers" page: every question with its status (answered, not
answered, flagged); clicking one goes back to it; "Submit all and finish" ends the exam (the
runner asks first)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizzes.practice.session import QuestionStatus
from quizzes.wording import count_of
from ui.common.labels import plain_tooltip, wrapping_label
from ui.common.theme import status_colours
from ui.common.type_scale import TextRole, set_text_role
from ui.student.exam_navigator import FLAGGED_MARK

COLUMNS = ("#", "Question", "Status")


def status_cell_text(status: QuestionStatus) -> str:
    answered = "Answered" if status.answered else "Not answered"
    return f"{answered}   {FLAGGED_MARK} Flagged" if status.flagged else answered


class ExamReviewPage(QWidget):
    question_chosen = Signal(int)  # 0-based place in the exam
    return_requested = Signal()
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statuses: list[QuestionStatus] = []
        self.heading = wrapping_label("Review your answers", object_name="examReviewHeading")
        set_text_role(self.heading, TextRole.HEADING)
        self.summary_label = wrapping_label(object_name="examReviewSummary")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Every question of the exam with its status")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        # A click (or Enter on a row) goes back to that question.
        self.table.clicked.connect(lambda index: self.question_chosen.emit(index.row()))
        self.table.activated.connect(lambda index: self.question_chosen.emit(index.row()))

        self.return_button = QPushButton("Return to the exam")
        self.return_button.setAccessibleName("Return to the question you were on")
        self.return_button.clicked.connect(self.return_requested)
        self.submit_button = QPushButton("Submit all and finish")
        self.submit_button.setObjectName("submitAll")
        self.submit_button.setAccessibleName("Submit all answers and finish the exam")
        self.submit_button.clicked.connect(self.submit_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_statuses(self, statuses: list[QuestionStatus]) -> None:
        self._statuses = statuses
        answered = sum(s.answered for s in statuses)
        flagged = sum(s.flagged for s in statuses)
        summary = f"{answered} of {count_of(len(statuses), 'question')} answered"
        if flagged:
            summary += f", {flagged} flagged for later"
        self.summary_label.setText(
            f"{summary}. Click a question to go back to it; nothing is marked until you submit."
        )
        colours = status_colours(self.palette())
        self.table.setRowCount(len(statuses))
        for row, status in enumerate(statuses):
            cells = (str(status.number), status.prompt, status_cell_text(status))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text) if column == 1 else "")
                if column == 2 and status.flagged:
                    item.setBackground(QColor(colours.flagged_back))
                    item.setForeground(QColor(colours.flagged_text))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Rows filled before the first layout were fitted to a narrower column.
        self.table.resizeRowsToContents()

    def rows(self) -> list[list[str]]:
        table = self.table
        return [
            [
                "" if (item := table.item(row, column)) is None else item.text()
                for column in range(table.columnCount())
            ]
            for row in range(table.rowCount())
        ]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange and self._statuses:
            self.show_statuses(self._statuses)  # the other theme's flag colours
        super().changeEvent(event)
