"""The class results window: one row per student and set, and question statistics.

"Import results…" merges results files from the students' laptops (behind the teacher PIN);
"Export CSV…" writes the class view for a spreadsheet. The "Question statistics" tab shows each
question's facility and discrimination and marks the questions worth a second look.

File choosers are injected so tests (and a future drag-and-drop) can pass paths directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizzes.classroom.report import ClassRow, class_rows_csv, percent, topics_in
from quizzes.classroom.stats import MIN_ANSWERS_TO_TRUST, QuestionStatistic
from quizzes.errors import SteppeQuizError
from quizzes.wording import count_of
from ui.common.folders import in_documents
from ui.common.labels import plain_label, plain_tooltip
from ui.common.table_model import RIGHT_ALIGNED, RowsModel
from ui.common.theme import status_colours
from ui.common.window_memory import place_window, remember_window
from ui.teacher.teacher_lock_dialog import require_teacher

if TYPE_CHECKING:
    from quizzes.store.repository import Store

SortRole = Qt.ItemDataRole.UserRole
# How often the class view on a school server reloads itself (a teacher watching a session).
LIVE_REFRESH_MS = 5000
OpenFiles = Callable[[QWidget], list[Path]]
SaveFile = Callable[[QWidget], Path | None]


def ask_results_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, "Import results files", in_documents(), "Results files (*.json);;All files (*)"
    )
    return [Path(name) for name in names]


def ask_csv_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, "Export the class view", in_documents("class.csv"), "CSV (*.csv)"
    )
    return Path(name) if name else None


def ask_results_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        "Export this computer's results",
        in_documents("results.json"),
        "Results files (*.json)",
    )
    return Path(name) if name else None


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _sortable(model: QAbstractTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


class ClassTableModel(RowsModel[ClassRow]):
    """Rows of the class view; one mastery column per topic. Sorts on raw values (UserRole)."""

    FIXED = ("Student", "Set", "Attempts", "Best", "Last", "Last finished")

    def __init__(self) -> None:
        super().__init__()
        self._topics: list[str] = []

    def rows_changed(self) -> None:
        self._topics = topics_in(self._rows)

    def headers(self) -> tuple[str, ...]:
        return (*self.FIXED, *self._topics)

    def header_tooltip(self, section: int) -> str | None:
        if section >= len(self.FIXED):
            return "Mastery: the mean score of every answer to this topic's questions"
        return None

    def cell(self, row: ClassRow, position: int, column: int, role: int) -> Any:
        raw = self._raw(row, column)
        if role == SortRole:
            return -1.0 if raw is None else raw
        if role == Qt.ItemDataRole.DisplayRole:
            if column in (0, 1, 2):
                return raw
            if column == 5:
                finished = row.last_finished_at
                return finished.strftime("%Y-%m-%d %H:%M") if finished else "—"
            return percent(raw) or "—"
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return RIGHT_ALIGNED
        return None

    def _raw(self, row: ClassRow, column: int) -> Any:
        if column >= len(self.FIXED):
            return row.mastery.get(self._topics[column - len(self.FIXED)])
        fixed = (
            row.student,
            row.set_title,
            row.attempts,
            row.best,
            row.last,
            row.last_finished_at.timestamp() if row.last_finished_at else None,
        )
        return fixed[column]


class QuestionStatsModel(RowsModel[QuestionStatistic]):
    COLUMNS = ("#", "Question", "Topic", "Answers", "Facility", "Discrimination", "Flags")

    def set_statistics(self, stats: list[QuestionStatistic]) -> None:
        self.set_rows(stats)

    def headers(self) -> tuple[str, ...]:
        return self.COLUMNS

    def cell(self, stat: QuestionStatistic, position: int, column: int, role: int) -> Any:
        if role == SortRole:
            raw = self._raw(position, stat, column)
            return -2.0 if raw is None else raw
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(position, stat, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return plain_tooltip(stat.question.prompt)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and stat.too_few_answers:
            return (
                f"Only {count_of(stat.answers, 'answer')}: at least {MIN_ANSWERS_TO_TRUST} are "
                "needed before the discrimination means anything."
            )
        if role == Qt.ItemDataRole.BackgroundRole and stat.flagged:
            return QBrush(QColor(status_colours().flagged_back))
        if role == Qt.ItemDataRole.ForegroundRole and stat.flagged:
            return QBrush(QColor(status_colours().flagged_text))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 4, 5):
            return RIGHT_ALIGNED
        return None

    @staticmethod
    def _raw(row: int, stat: QuestionStatistic, column: int) -> Any:
        return (
            row + 1,
            stat.question.label,
            stat.question.topic,
            stat.answers,
            stat.facility,
            stat.discrimination,
            ", ".join(stat.flags),
        )[column]

    @staticmethod
    def _display(row: int, stat: QuestionStatistic, column: int) -> Any:
        if column == 1:
            prompt = " ".join(stat.question.prompt.split())
            short = prompt if len(prompt) <= 70 else prompt[:69] + "…"
            return f"{stat.question.label} — {short}"
        if column == 4:
            return "—" if stat.facility is None else f"{stat.facility * 100:.0f}%"
        if column == 5:
            if stat.discrimination is None or stat.too_few_answers:
                return "—"
            return f"{stat.discrimination * 100:.1f}%"
        return QuestionStatsModel._raw(row, stat, column)


class ClassResultsWindow(QWidget):
    """A top-level window over an open `Store` (which it does not close)."""

    results_imported = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        choose_results_files: OpenFiles = ask_results_files,
        choose_csv_path: SaveFile = ask_csv_path,
        choose_results_path: SaveFile = ask_results_path,
        live_refresh_ms: int = LIVE_REFRESH_MS,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self._choose_results_files = choose_results_files
        self._choose_csv_path = choose_csv_path
        self._choose_results_path = choose_results_path
        self.setWindowTitle("Class results")
        self.class_model = ClassTableModel()
        self.stats_model = QuestionStatsModel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_class_tab(), "&Students")
        self.tabs.addTab(self._build_stats_tab(), "&Question statistics")
        # On a school server results arrive while the window is open: it reloads itself.
        self.live_label = plain_label()
        self.live_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(live_refresh_ms)
        self.live_timer.timeout.connect(self._refresh_live)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.live_label)
        self.refresh()
        self.live_label.setVisible(store.on_school_server())
        if store.on_school_server():
            self.live_timer.start()
        place_window(self, "class-results", QSize(980, 560))

    # ------------------------------------------------------------ layout

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        remember_window(self, "class-results")
        super().closeEvent(event)

    def _build_class_tab(self) -> QWidget:
        self.class_set_combo = QComboBox()
        self.class_set_combo.setAccessibleName("Show results of")
        self.class_set_combo.currentIndexChanged.connect(self.show_class_rows)
        self.import_button = QPushButton("&Import results…")
        self.import_button.clicked.connect(self.import_results)
        self.export_button = QPushButton("&Export CSV…")
        self.export_button.clicked.connect(self.export_csv)
        self.export_results_button = QPushButton("Export &this computer's results…")
        self.export_results_button.setToolTip(
            "Write every attempt stored on this computer to a results file for the teacher"
        )
        self.export_results_button.clicked.connect(self.export_results)
        label = QLabel("S&et:")
        label.setBuddy(self.class_set_combo)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.class_set_combo, 1)
        top.addStretch(1)
        top.addWidget(self.export_results_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.class_view = _table("Class results")
        self.class_view.setModel(_sortable(self.class_model))
        self.class_empty = plain_label(
            "No results yet.\n\nOn each student laptop, open Teacher → Class results… and "
            "choose \u201cExport this computer's results…\u201d; then import those files here.",
            wrap=True,
        )
        self.class_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.class_stack = QStackedWidget()
        self.class_stack.addWidget(self.class_empty)
        self.class_stack.addWidget(self.class_view)
        self.status = plain_label(wrap=True, selectable=True, object_name="importStatus")

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.class_stack, 1)
        layout.addWidget(self.status)
        return tab

    def _build_stats_tab(self) -> QWidget:
        self.stats_set_combo = QComboBox()
        self.stats_set_combo.setAccessibleName("Statistics of set")
        self.stats_set_combo.currentIndexChanged.connect(self.show_statistics)
        self.all_attempts_check = QCheckBox("Count every attempt (default: each student's first)")
        self.all_attempts_check.toggled.connect(self.show_statistics)
        label = QLabel("Se&t:")
        label.setBuddy(self.stats_set_combo)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.stats_set_combo, 1)
        top.addWidget(self.all_attempts_check)

        self.stats_view = _table("Question statistics")
        self.stats_view.setModel(_sortable(self.stats_model))
        self.stats_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.stats_summary = plain_label(wrap=True, object_name="statsSummary")
        legend = plain_label(
            "Facility: the share of the marks won (very hard below 10%, very easy above 90%). "
            "Discrimination: how well the question separates students who do well on the rest "
            "of the quiz from those who do not, as Moodle computes it (weak below 20%; "
            "negative means stronger students got it wrong more often: check the answer key).",
            wrap=True,
        )

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.stats_view, 1)
        layout.addWidget(self.stats_summary)
        layout.addWidget(legend)
        return tab

    # ------------------------------------------------------------ behaviour

    def refresh(self) -> None:
        """Reload the list of sets and both tables."""
        sets = self.store.list_sets()
        for combo, with_all in ((self.class_set_combo, True), (self.stats_set_combo, False)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if with_all:
                combo.addItem("All sets", None)
            for summary in sets:
                combo.addItem(summary.title, summary.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.show_class_rows()
        self.show_statistics()

    @Slot()
    def _refresh_live(self) -> None:
        if not self.isVisible():
            return
        self.refresh()
        self.live_label.setText(
            f"Live from the school server: refreshed at {datetime.now():%H:%M:%S}, every "
            f"{self.live_timer.interval() / 1000:g} s."
        )

    @Slot()
    def show_class_rows(self) -> None:
        rows = self.store.class_results.class_rows(self.class_set_combo.currentData())
        self.class_model.set_rows(rows)
        self.class_stack.setCurrentWidget(self.class_view if rows else self.class_empty)
        self.export_button.setEnabled(bool(rows))

    @Slot()
    def show_statistics(self) -> None:
        set_id = self.stats_set_combo.currentData()
        stats = (
            self.store.class_results.question_statistics(
                set_id, all_attempts=self.all_attempts_check.isChecked()
            )
            if set_id
            else []
        )
        self.stats_model.set_statistics(stats)
        answered = [s for s in stats if s.answers]
        flagged = [s for s in stats if s.flagged]
        if not answered:
            self.stats_summary.setText("No finished attempts on this set yet.")
            return
        summary = (
            f"{len(answered)} of {len(stats)} questions answered; {len(flagged)} flagged "
            "(tinted) for a second look."
        )
        most = max(s.answers for s in stats)
        if most < MIN_ANSWERS_TO_TRUST:
            who = "attempt" if self.all_attempts_check.isChecked() else "student"
            summary += (
                f"\nToo few to trust: only {count_of(most, who)} answered, and at least "
                f"{MIN_ANSWERS_TO_TRUST} are needed before the discrimination means anything, "
                "so it is shown as “—” and not flagged."
            )
        self.stats_summary.setText(summary)

    @Slot()
    def import_results(self) -> None:
        if not require_teacher(self, self.store, "import results"):
            return
        paths = self._choose_results_files(self)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        """Merge each file (all or nothing per file) and say what happened to each."""
        from quizzes.classroom.results_file import read_results_file

        lines = []
        for path in paths:
            try:
                outcome = self.store.class_results.import_results(
                    read_results_file(path), path.name
                )
            except SteppeQuizError as err:
                lines.append(f"Not imported — {err}")
                continue
            lines.append(outcome.summary())
        self.status.setText("\n".join(lines))
        self.refresh()
        self.results_imported.emit()

    @Slot()
    def export_results(self) -> None:
        path = self._choose_results_path(self)
        if path is not None:
            self.write_results(path)

    def write_results(self, path: Path) -> None:
        import platform
        from datetime import UTC, datetime

        from quizzes.classroom.results_file import write_results_file

        try:
            results = self.store.class_results.export(
                datetime.now(UTC), machine=platform.node() or None
            )
            write_results_file(results, path)
        except SteppeQuizError as err:
            self.status.setText(str(err))
            return
        self.status.setText(f"Wrote {len(results.attempts)} attempts to {path}")

    @Slot()
    def export_csv(self) -> None:
        path = self._choose_csv_path(self)
        if path is not None:
            self.write_csv(path)

    def write_csv(self, path: Path) -> None:
        rows = self.store.class_results.class_rows(self.class_set_combo.currentData())
        try:
            # utf-8-sig: Excel reads a CSV as UTF-8 only when it starts with a BOM.
            path.write_text(class_rows_csv(rows), encoding="utf-8-sig", newline="")
        except OSError as err:
            self.status.setText(f"Cannot write {path}: {err.strerror}")
            return
        self.status.setText(f"Wrote {len(rows)} rows to {path}")
