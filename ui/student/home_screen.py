"""Home: who is practising, what is unfinished, what is due, and the question sets as cards,
each with its progress and its study actions (see `set_cards`).

The screen shows data it is given (`show_sets`, `show_profiles`, `show_unfinished`...) and says
what the student (or the teacher: rename, delete, export) asked for through signals; the main
window talks to the store and asks for the teacher PIN.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizzes import APP_NAME
from quizzes.wording import count_of
from ui.common.icons import IconName, action_icon
from ui.common.labels import plain_tooltip, wrapping_label
from ui.common.table_model import RIGHT_ALIGNED, RowsModel
from ui.common.type_scale import TextRole, set_text_role
from ui.student.set_cards import (
    ROW_ROLE,
    SetAction,
    SetListView,
    card_texts,
    percent_text,
    review_available,
)

if TYPE_CHECKING:
    from quizzes.store.history import AttemptInfo, SetScores
    from quizzes.store.repository import Profile, SetSummary


@dataclass(frozen=True)
class HomeRow:
    summary: SetSummary
    best: float | None
    last: float | None
    due: int
    mastery: float | None = None  # share of the set's questions mastered (see History)


class HomeSetsModel(RowsModel[HomeRow]):
    """The sets with this student's best and last score and the questions due; `ROW_ROLE`
    gives a set's whole row, which its card on Home draws."""

    COLUMNS = ("Title", "Questions", "Topics", "Best", "Last", "Due")

    def headers(self) -> tuple[str, ...]:
        return self.COLUMNS

    def cell(self, row: HomeRow, position: int, column: int, role: int) -> Any:
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return card_texts(row).spoken()
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
    start_requested = Signal(str)  # set id: practise (the Start dialog, practice chosen)
    start_in_mode_requested = Signal(str, str)  # set id, Mode value: review due, exam
    rename_set_requested = Signal(str)  # set id
    delete_set_requested = Signal(str)  # set id
    export_set_requested = Signal(str)  # set id
    import_requested = Signal()
    article_requested = Signal()
    continue_requested = Signal(str)  # attempt id
    discard_requested = Signal(str)  # attempt id
    progress_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_model = HomeSetsModel()
        self.set_menu: QMenu | None = None
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
        self.progress_button = QPushButton("My progress")
        self.progress_button.setIcon(action_icon(IconName.PROGRESS))
        self.progress_button.setAccessibleName("Show my progress")
        self.progress_button.clicked.connect(self.progress_requested)
        # The title above the profile controls: the header fits the window even at 200 % text.
        profile_row = QHBoxLayout()
        profile_row.addWidget(profile_label)
        profile_row.addWidget(self.profile_combo)
        profile_row.addWidget(self.new_profile_button)
        profile_row.addWidget(self.rename_profile_button)
        profile_row.addWidget(self.delete_profile_button)
        profile_row.addStretch(1)
        profile_row.addWidget(self.progress_button)
        header = QVBoxLayout()
        header.addWidget(title)
        header.addLayout(profile_row)

        self.continue_card = QFrame()
        self.continue_card.setObjectName("continueCard")
        self.continue_card.setFrameShape(QFrame.Shape.StyledPanel)
        self.continue_label = wrapping_label()
        self.continue_button = QPushButton("Continue")
        self.continue_button.setIcon(action_icon(IconName.PRACTISE))
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

        self.sets_view = SetListView()
        self.sets_view.setObjectName("setsView")
        self.sets_view.setAccessibleName("Question sets")
        self.sets_view.setModel(self.set_model)
        self.sets_view.activated.connect(lambda _index: self._on_start())
        self.sets_view.card_delegate.action_clicked.connect(self._on_card_action)
        self.sets_view.customContextMenuRequested.connect(self._on_context_menu)
        self.sets_view.rename_pressed.connect(
            lambda: self._emit_for_selected(self.rename_set_requested)
        )
        self.sets_view.delete_pressed.connect(
            lambda: self._emit_for_selected(self.delete_set_requested)
        )

        self.sets_stack = QStackedWidget()
        self.sets_stack.addWidget(self._build_empty_state())
        self.sets_stack.addWidget(self.sets_view)

        sets_heading = QLabel("Question sets")
        set_text_role(sets_heading, TextRole.SECTION)
        heading_row = QHBoxLayout()
        heading_row.addWidget(sets_heading)
        heading_row.addSpacing(12)
        heading_row.addWidget(self.due_label, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.continue_card)
        layout.addSpacing(6)
        layout.addLayout(heading_row)
        layout.addWidget(self.sets_stack, 1)
        self.setTabOrder(self.profile_combo, self.new_profile_button)
        self.setTabOrder(self.new_profile_button, self.rename_profile_button)
        self.setTabOrder(self.rename_profile_button, self.delete_profile_button)
        self.setTabOrder(self.delete_profile_button, self.progress_button)
        self.setTabOrder(self.progress_button, self.continue_button)
        self.setTabOrder(self.continue_button, self.discard_button)
        self.setTabOrder(self.discard_button, self.sets_view)
        self.set_enabled(False)
        self._fit_icons()

    def _build_empty_state(self) -> QWidget:
        """No sets yet: say where they come from, with the two ways as buttons."""
        self.empty_label = wrapping_label(
            "No question sets yet.\n\nA teacher adds one with Teacher ▸ Import questions… "
            "(a .quiz.json, GIFT, Aiken or CSV file) or Teacher ▸ New set from article…"
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton("Import questions…")
        self.import_button.setIcon(action_icon(IconName.IMPORT))
        self.import_button.clicked.connect(self.import_requested)
        self.article_button = QPushButton("New set from article…")
        self.article_button.setIcon(action_icon(IconName.ARTICLE))
        self.article_button.clicked.connect(self.article_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.article_button)
        buttons.addStretch(1)
        self.empty_state = QWidget()
        layout = QVBoxLayout(self.empty_state)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return self.empty_state

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_icons()

    def _fit_icons(self) -> None:
        """Icons as tall as a capital letter and a bit: they grow with the text size."""
        side = round(self.fontMetrics().height() * 0.9)
        for button in (
            self.progress_button,
            self.continue_button,
            self.import_button,
            self.article_button,
        ):
            button.setIconSize(QSize(side, side))

    # ------------------------------------------------------------ filling in

    def set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.profile_combo,
            self.new_profile_button,
            self.sets_view,
            self.import_button,
            self.article_button,
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
        mastery: dict[str, float] | None = None,
    ) -> None:
        selected = self.selected_set_id()
        mastery = mastery or {}
        rows = []
        for summary in sets:
            score = scores.get(summary.id)
            rows.append(
                HomeRow(
                    summary,
                    score.best if score else None,
                    score.last if score else None,
                    due.get(summary.id, 0),
                    mastery.get(summary.id),
                )
            )
        self.set_model.set_rows(rows)
        self.sets_stack.setCurrentIndex(1 if rows else 0)
        ids = [r.summary.id for r in rows]
        if rows:
            self.sets_view.select_row(ids.index(selected) if selected in ids else 0)
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
        row = self.sets_view.selected_row()
        return None if row is None else self.set_model.row_at(row).summary.id

    def select_set(self, set_id: str) -> None:
        for row in range(self.set_model.rowCount()):
            if self.set_model.row_at(row).summary.id == set_id:
                self.sets_view.select_row(row)

    # ------------------------------------------------------------ the set's menu

    def open_set_menu(self, row: int, where: QPoint) -> QMenu:
        """The set's actions as a menu at `where` (global); kept in `set_menu` until closed."""
        self.sets_view.select_row(row)
        home_row = self.set_model.row_at(row)
        set_id = home_row.summary.id
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        practise = menu.addAction(action_icon(IconName.PRACTISE), "Practise…")
        practise.triggered.connect(lambda: self.start_requested.emit(set_id))
        review = menu.addAction(action_icon(IconName.REVIEW), "Review due questions…")
        review.setEnabled(review_available(home_row))
        review.triggered.connect(lambda: self.start_in_mode_requested.emit(set_id, "spaced"))
        exam = menu.addAction(action_icon(IconName.EXAM), "Exam…")
        exam.triggered.connect(lambda: self.start_in_mode_requested.emit(set_id, "exam"))
        menu.addSeparator()
        rename = menu.addAction(action_icon(IconName.RENAME), "Rename…")
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        rename.triggered.connect(lambda: self.rename_set_requested.emit(set_id))
        export = menu.addAction("Export…")
        export.triggered.connect(lambda: self.export_set_requested.emit(set_id))
        delete = menu.addAction(action_icon(IconName.DELETE), "Delete…")
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        if home_row.summary.is_builtin:
            delete.setEnabled(False)
            delete.setToolTip("The built-in set comes with the app and cannot be deleted.")
        delete.triggered.connect(lambda: self.delete_set_requested.emit(set_id))
        for action in menu.actions():
            action.setShortcutVisibleInContextMenu(True)
        self.set_menu = menu
        menu.aboutToHide.connect(self._forget_menu)
        menu.popup(where)
        return menu

    def _forget_menu(self) -> None:
        self.set_menu = None

    # ------------------------------------------------------------ signals out

    def _on_profile_activated(self, _index: int) -> None:
        profile_id = self.current_profile_id()
        self._update_profile_buttons()
        if profile_id is not None:
            self.profile_changed.emit(profile_id)

    def _on_start(self) -> None:
        self._emit_for_selected(self.start_requested)

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        set_id = self.selected_set_id()
        if set_id is not None:
            signal.emit(set_id)

    @Slot(int, str, QPoint)
    def _on_card_action(self, row: int, action: str, where: QPoint) -> None:
        self.sets_view.select_row(row)
        set_id = self.set_model.row_at(row).summary.id
        chosen = SetAction(action)
        if chosen is SetAction.PRACTISE:
            self.start_requested.emit(set_id)
        elif chosen is SetAction.REVIEW:
            self.start_in_mode_requested.emit(set_id, "spaced")
        elif chosen is SetAction.EXAM:
            self.start_in_mode_requested.emit(set_id, "exam")
        else:
            self.open_set_menu(row, where)

    @Slot(QPoint)
    def _on_context_menu(self, position: QPoint) -> None:
        index = self.sets_view.indexAt(position)
        if not index.isValid():
            row = self.sets_view.selected_row()
            if row is None:
                return
            index = self.set_model.index(row, 0)
            position = self.sets_view.visualRect(index).center()
        self.open_set_menu(index.row(), self.sets_view.viewport().mapToGlobal(position))

    def _on_continue(self) -> None:
        if self._unfinished_id is not None:
            self.continue_requested.emit(self._unfinished_id)

    def _on_discard(self) -> None:
        if self._unfinished_id is not None:
            self.discard_requested.emit(self._unfinished_id)
