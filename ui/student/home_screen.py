"""Home: who is practising, what is unfinished, what is due, and the question sets to choose.

The screen shows data it is given (`show_sets`, `show_profiles`, `show_unfinished`...) and says
what the student asked for through signals; the main window talks to the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizzes import APP_NAME
from quizzes.wording import count_of
from ui.common.labels import plain_tooltip, wrapping_label
from ui.common.table_model import RIGHT_ALIGNED, RowsModel
from ui.common.type_scale import TextRole, set_text_role

if TYPE_CHECKING:
    from quizzes.store.history import AttemptInfo, SetScores
    from quizzes.store.repository import Profile, SetSummary


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


@dataclass(frozen=True)
class HomeRow:
    summary: SetSummary
    best: float | None
    last: float | None
    due: int


class HomeSetsModel(RowsModel[HomeRow]):
    """The sets with this student's best and last score and the questions due."""

    COLUMNS = ("Title", "Questions", "Topics", "Best", "Last", "Due")

    def headers(self) -> tuple[str, ...]:
        return self.COLUMNS

    def cell(self, row: HomeRow, position: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 2):
            return plain_tooltip(row.summary.description or ", ".join(row.summary.topics)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 3, 4, 5):
            return RIGHT_ALIGNED
        return None

    @staticmethod
    def _display(row: HomeRow, column: int) -> str | int:
        summary = row.summary
        if column == 0:
            flags = (("built-in", summary.is_builtin), ("Exam", summary.is_exam))
            marks = [label for label, shown in flags if shown]
            return f"{summary.title}  ({', '.join(marks)})" if marks else summary.title
        if column == 1:
            return summary.question_count
        if column == 2:
            return ", ".join(summary.topics)
        if column == 3:
            return percent_text(row.best)
        if column == 4:
            return percent_text(row.last)
        return row.due or ""


class HomeScreen(QWidget):
    new_profile_requested = Signal()
    rename_profile_requested = Signal()
    delete_profile_requested = Signal()
    profile_changed = Signal(str)  # profile id
    start_requested = Signal(str)  # set id
    continue_requested = Signal(str)  # attempt id
    discard_requested = Signal(str)  # attempt id
    progress_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_model = HomeSetsModel()
        self._unfinished_id: str | None = None
        self._build()

    def _build(self) -> None:
        title = QLabel(APP_NAME)
        title.setObjectName("appTitle")
        set_text_role(title, TextRole.TITLE)

        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName("Student profile")
        self.profile_combo.setMinimumContentsLength(12)
        self.profile_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.profile_combo.activated.connect(self._on_profile_activated)
        profile_label = QLabel("&Student:")
        profile_label.setBuddy(self.profile_combo)
        self.new_profile_button = QPushButton("New…")
        self.new_profile_button.setAccessibleName("Create a new student profile")
        self.new_profile_button.clicked.connect(self.new_profile_requested)
        self.rename_profile_button = QPushButton("Rename…")
        self.rename_profile_button.setAccessibleName("Rename this student profile")
        self.rename_profile_button.clicked.connect(self.rename_profile_requested)
        self.delete_profile_button = QPushButton("Delete…")
        self.delete_profile_button.setAccessibleName("Delete this student profile")
        self.delete_profile_button.clicked.connect(self.delete_profile_requested)
        # The title above the profile controls: the header fits the window even at 200 % text.
        profile_row = QHBoxLayout()
        profile_row.addWidget(profile_label)
        profile_row.addWidget(self.profile_combo)
        profile_row.addWidget(self.new_profile_button)
        profile_row.addWidget(self.rename_profile_button)
        profile_row.addWidget(self.delete_profile_button)
        profile_row.addStretch(1)
        header = QVBoxLayout()
        header.addWidget(title)
        header.addLayout(profile_row)

        self.continue_card = QFrame()
        self.continue_card.setObjectName("continueCard")
        self.continue_card.setFrameShape(QFrame.Shape.StyledPanel)
        self.continue_label = wrapping_label()
        self.continue_button = QPushButton("Continue")
        self.continue_button.setAccessibleName("Continue the unfinished quiz")
        self.continue_button.clicked.connect(self._on_continue)
        self.discard_button = QPushButton("Discard")
        self.discard_button.setAccessibleName("Discard the unfinished quiz")
        self.discard_button.clicked.connect(self._on_discard)
        card_layout = QHBoxLayout(self.continue_card)
        card_layout.addWidget(self.continue_label, 1)
        card_layout.addWidget(self.discard_button)
        card_layout.addWidget(self.continue_button)
        self.continue_card.hide()

        self.due_label = wrapping_label(object_name="dueLabel")

        self.sets_view = QTableView()
        self.sets_view.setObjectName("setsView")
        self.sets_view.setAccessibleName("Question sets")
        self.sets_view.setModel(self.set_model)
        self.sets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sets_view.setAlternatingRowColors(True)
        self.sets_view.setTabKeyNavigation(False)
        self.sets_view.verticalHeader().hide()
        self.sets_view.setWordWrap(False)
        self.sets_view.doubleClicked.connect(lambda _index: self._on_start())
        self.sets_view.activated.connect(lambda _index: self._on_start())
        columns = self.sets_view.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4, 5):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.empty_label = wrapping_label(
            "No question sets yet.\n\nA teacher adds one with Teacher ▸ Import questions… "
            "(a .quiz.json, GIFT, Aiken or CSV file) or Teacher ▸ New set from article…"
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sets_stack = QStackedWidget()
        self.sets_stack.addWidget(self.empty_label)
        self.sets_stack.addWidget(self.sets_view)

        sets_heading = QLabel("Question sets")
        set_text_role(sets_heading, TextRole.SECTION)

        self.progress_button = QPushButton("My progress")
        self.progress_button.setAccessibleName("Show my progress")
        self.progress_button.clicked.connect(self.progress_requested)
        self.start_button = QPushButton("Start quiz…")
        self.start_button.setObjectName("primaryAction")
        self.start_button.setAccessibleName("Start a quiz on the selected set")
        self.start_button.clicked.connect(self._on_start)
        footer = QHBoxLayout()
        footer.addWidget(self.due_label, 1)
        footer.addWidget(self.progress_button)
        footer.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.continue_card)
        layout.addSpacing(4)
        layout.addWidget(sets_heading)
        layout.addWidget(self.sets_stack, 1)
        layout.addLayout(footer)
        self.setTabOrder(self.profile_combo, self.new_profile_button)
        self.setTabOrder(self.new_profile_button, self.rename_profile_button)
        self.setTabOrder(self.rename_profile_button, self.delete_profile_button)
        self.setTabOrder(self.delete_profile_button, self.continue_button)
        self.setTabOrder(self.continue_button, self.discard_button)
        self.setTabOrder(self.discard_button, self.sets_view)
        self.setTabOrder(self.sets_view, self.start_button)
        self.setTabOrder(self.start_button, self.progress_button)
        self.set_enabled(False)

    # ------------------------------------------------------------ filling in

    def set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.profile_combo,
            self.new_profile_button,
            self.sets_view,
            self.start_button,
        ):
            widget.setEnabled(enabled)
        self._update_profile_buttons(enabled)

    def _update_profile_buttons(self, enabled: bool = True) -> None:
        has_profile = self.current_profile_id() is not None
        for widget in (
            self.rename_profile_button,
            self.delete_profile_button,
            self.progress_button,
        ):
            widget.setEnabled(enabled and has_profile)

    def show_profiles(self, profiles: list[Profile], select_id: str | None) -> None:
        self.profile_combo.clear()
        if not profiles:
            self.profile_combo.addItem("(no profile yet)", None)
        for profile in profiles:
            self.profile_combo.addItem(profile.name, profile.id)
        index = self.profile_combo.findData(select_id)
        self.profile_combo.setCurrentIndex(max(index, 0))
        self._update_profile_buttons(self.profile_combo.isEnabled())

    def current_profile_id(self) -> str | None:
        return self.profile_combo.currentData()

    def current_profile_name(self) -> str:
        return self.profile_combo.currentText()

    def show_sets(
        self,
        sets: list[SetSummary],
        scores: dict[str, SetScores],
        due: dict[str, int],
    ) -> None:
        selected = self.selected_set_id()
        rows = []
        for summary in sets:
            score = scores.get(summary.id)
            rows.append(
                HomeRow(
                    summary,
                    score.best if score else None,
                    score.last if score else None,
                    due.get(summary.id, 0),
                )
            )
        self.set_model.set_rows(rows)
        self.sets_stack.setCurrentWidget(self.sets_view if rows else self.empty_label)
        ids = [r.summary.id for r in rows]
        if rows:
            self.sets_view.selectRow(ids.index(selected) if selected in ids else 0)
        total_due = sum(due.values())
        self.due_label.setText(
            f"Spaced repetition: {count_of(total_due, 'question')} due for review."
            if total_due
            else "Spaced repetition: nothing due right now."
        )

    def show_unfinished(self, attempt: AttemptInfo | None) -> None:
        self._unfinished_id = attempt.id if attempt else None
        if attempt is None:
            self.continue_card.hide()
            return
        total = len(attempt.config.get("question_ids", []))
        mode = str(attempt.mode).capitalize()
        self.continue_label.setText(
            f"Unfinished {mode.lower()}: {attempt.set_title} — "
            f"{count_of(attempt.answered or 0, 'answer')} given of {count_of(total, 'question')}."
            " Continue where you left off?"
        )
        self.continue_card.show()

    def selected_set_id(self) -> str | None:
        rows = self.sets_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.set_model.row_at(rows[0].row()).summary.id

    def select_set(self, set_id: str) -> None:
        for row in range(self.set_model.rowCount()):
            if self.set_model.row_at(row).summary.id == set_id:
                self.sets_view.selectRow(row)

    # ------------------------------------------------------------ signals out

    def _on_profile_activated(self, _index: int) -> None:
        profile_id = self.current_profile_id()
        self._update_profile_buttons()
        if profile_id is not None:
            self.profile_changed.emit(profile_id)

    def _on_start(self) -> None:
        set_id = self.selected_set_id()
        if set_id is not None:
            self.start_requested.emit(set_id)

    def _on_continue(self) -> None:
        if self._unfinished_id is not None:
            self.continue_requested.emit(self._unfinished_id)

    def _on_discard(self) -> None:
        if self._unfinished_id is not None:
            self.discard_requested.emit(self._unfinished_id)
