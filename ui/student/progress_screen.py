"""Progress: every finished attempt (sortable), score over time, mastery per topic, and the
questions this student misses most. Statistics are computed off the GUI thread."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizzes.practice.session import Mode
from quizzes.wording import count_of
from ui.common.background import BackgroundRunner, JobFailure
from ui.common.charts import BarChart, LineChart
from ui.common.labels import plain_tooltip, scrolling, wrapping_label
from ui.common.type_scale import TextRole, set_text_role
from ui.student.quiz_runner import clock_text

if TYPE_CHECKING:
    from quizzes.store.history import ProgressStats

HISTORY_COLUMNS = ("Date", "Set", "Mode", "Score", "Questions", "Time")
MISSED_COLUMNS = ("Question", "Wrong")


class SortableItem(QTableWidgetItem):
    """A cell shown as text but sorted by a value (dates, percentages, durations)."""

    def __init__(self, text: str, sort_value: float | str, *, whole_text: bool = False) -> None:
        super().__init__(text)
        self.sort_value = sort_value
        if whole_text:  # for when a narrow column elides it
            self.setToolTip(plain_tooltip(text))
        horizontal = (
            Qt.AlignmentFlag.AlignRight
            if isinstance(sort_value, int | float)
            else Qt.AlignmentFlag.AlignLeft
        )
        self.setTextAlignment(horizontal | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortableItem) and type(self.sort_value) is type(other.sort_value):
            mine, theirs = self.sort_value, other.sort_value
            if isinstance(mine, str) or isinstance(theirs, str):
                return str(mine) < str(theirs)  # both text: the types are the same
            return mine < theirs
        return super().__lt__(other)


def mode_label(mode: str) -> str:
    try:
        return Mode(mode).label
    except ValueError:
        return mode


def point_labels(times: list[datetime]) -> list[str]:
    """The score chart's x labels, in local time: the day ("02 Dec"), and the time of day too
    where one day has several attempts, so no two points share a label."""
    local = [time.astimezone() for time in times]
    per_day = Counter(time.date() for time in local)
    return [time.strftime("%d %b %H:%M" if per_day[time.date()] > 1 else "%d %b") for time in local]


def heading(text: str) -> QLabel:
    label = QLabel(text)
    set_text_role(label, TextRole.SECTION)
    return label


def read_only_table(columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    return table


ATTEMPT_ID_ROLE = Qt.ItemDataRole.UserRole


class ProgressScreen(QWidget):
    home_requested = Signal()
    stats_shown = Signal()
    attempt_review_requested = Signal(str)  # attempt id: show that attempt's results again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = BackgroundRunner(self)
        self._jobs.succeeded.connect(self.show_stats)
        self._jobs.failed.connect(self._show_failure)
        self.title = wrapping_label(object_name="progressHeading")
        set_text_role(self.title, TextRole.HEADING)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName("Computing statistics")
        self.busy.hide()
        self.status_label = wrapping_label()

        self.score_chart = LineChart()
        self.score_chart.setAccessibleName("Score over time, practice and exam")
        self.mastery_chart = BarChart()
        self.mastery_chart.setAccessibleName("Mastery per topic")
        self.history_table = read_only_table(HISTORY_COLUMNS, "History of attempts")
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.history_table.setToolTip("Double-click (or Enter) to review an attempt")
        self.history_table.activated.connect(self._on_history_activated)
        self.history_table.doubleClicked.connect(self._on_history_activated)
        self.missed_table = read_only_table(MISSED_COLUMNS, "Questions missed most often")
        missed_header = self.missed_table.horizontalHeader()
        missed_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        missed_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.missed_table.setWordWrap(True)

        # The charts side by side; each table the whole width, so its columns show their text.
        grid = QGridLayout()
        grid.addWidget(heading("Score over time (practice and exam)"), 0, 0)
        grid.addWidget(heading("Mastery per topic"), 0, 1)
        grid.addWidget(self.score_chart, 1, 0)
        grid.addWidget(scrolling(self.mastery_chart), 1, 1)
        grid.addWidget(heading("History"), 2, 0, 1, 2)
        grid.addWidget(self.history_table, 3, 0, 1, 2)
        grid.addWidget(heading("Missed most often"), 4, 0, 1, 2)
        grid.addWidget(self.missed_table, 5, 0, 1, 2)
        for row in (1, 3, 5):
            grid.setRowStretch(row, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.home_button = QPushButton("Back to home")
        self.home_button.setAccessibleName("Back to the home screen")
        self.home_button.clicked.connect(self.home_requested)
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.home_button)
        content = QWidget()
        content.setLayout(grid)
        # Below this height the screen scrolls rather than squeezing charts and tables.
        content.setMinimumHeight(max(760, self.fontMetrics().height() * 46))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.busy)
        layout.addWidget(scrolling(content), 1)
        layout.addLayout(footer)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.home_requested.emit()  # Esc goes back home, like the button
            event.accept()
            return
        super().keyPressEvent(event)

    def load(self, profile_name: str, compute: Callable[[], ProgressStats]) -> None:
        """Compute the statistics in a worker thread; the screen fills in when they arrive."""
        self.title.setText(f"Progress — {profile_name}")
        self.busy.show()
        self.status_label.setText("Computing statistics…")
        self._jobs.start(compute)

    def wait_for_work(self) -> None:
        self._jobs.wait()

    def _show_failure(self, failure: JobFailure) -> None:
        self.busy.hide()
        self.status_label.setText(f"Could not compute the statistics: {failure.message}")

    def show_stats(self, stats: ProgressStats) -> None:
        self.busy.hide()
        attempts = stats.attempts
        self.status_label.setText(f"{count_of(len(attempts), 'finished attempt')}.")
        scored = [a for a in stats.scored_attempts if a.finished_at]
        labels = point_labels([a.finished_at for a in scored if a.finished_at])
        self.score_chart.set_points(
            [(label, a.score or 0.0) for label, a in zip(labels, scored, strict=True)]
        )
        self.mastery_chart.set_bars([(topic, score) for topic, score, _ in stats.topic_mastery])
        self._fill_history(stats)
        self._fill_missed(stats)
        self.stats_shown.emit()

    def _fill_history(self, stats: ProgressStats) -> None:
        table = self.history_table
        table.setSortingEnabled(False)
        table.setRowCount(len(stats.attempts))
        for row, attempt in enumerate(reversed(stats.attempts)):  # newest first
            finished = attempt.finished_at or attempt.started_at
            total = len(attempt.config.get("question_ids", []))
            mode = mode_label(attempt.mode)
            cells = [
                SortableItem(
                    finished.astimezone().strftime("%d %b %Y %H:%M"), finished.isoformat()
                ),
                SortableItem(attempt.set_title, attempt.set_title.casefold(), whole_text=True),
                SortableItem(mode, mode),
                SortableItem(f"{round((attempt.score or 0) * 100)}%", attempt.score or 0.0),
                SortableItem(str(total), float(total)),
                SortableItem(clock_text(attempt.elapsed_seconds), attempt.elapsed_seconds),
            ]
            cells[0].setData(ATTEMPT_ID_ROLE, attempt.id)
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        table.setSortingEnabled(True)

    def _on_history_activated(self, index: object) -> None:
        row = self.history_table.currentRow()
        item = self.history_table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.attempt_review_requested.emit(str(item.data(ATTEMPT_ID_ROLE)))

    def _fill_missed(self, stats: ProgressStats) -> None:
        table = self.missed_table
        table.setRowCount(len(stats.most_missed))
        for row, missed in enumerate(stats.most_missed):
            cells = [
                SortableItem(missed.prompt, missed.prompt),
                SortableItem(f"{missed.wrong} of {missed.answered}", float(missed.wrong)),
            ]
            cells[0].setToolTip(
                plain_tooltip(f"{missed.prompt}\n({missed.set_title} · {missed.topic})")
            )
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def history_rows(self) -> list[list[str]]:
        table = self.history_table
        return [
            [
                "" if (item := table.item(row, column)) is None else item.text()
                for column in range(table.columnCount())
            ]
            for row in range(table.rowCount())
        ]
