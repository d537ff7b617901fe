"""`SetEditorWindow`: the teacher's question-set editor.

Left, the sets (create, rename, duplicate, delete). Middle, the chosen set's exam mark, its
questions with a search and filters. Right, the form of the selected question. Edits go to a
draft through an undo stack; "Save" writes the draft to the database in one transaction. The
exam mark and releasing results are written at once, like renaming.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizzes.authoring.draft import question_count_text, unsaved_questions
from quizzes.authoring.field_problems import check_question
from quizzes.errors import SteppeQuizError
from quizzes.ids import unused_id, utc_now
from quizzes.model import DEFAULT_TOPIC, Question, QuestionType, question_to_dict
from quizzes.wording import count_of
from ui.common.growing_text import GrowingTextEdit
from ui.common.labels import plain_label, plain_tooltip
from ui.common.messages import ask, show_error
from ui.common.window_memory import place_window, remember_window
from ui.teacher.editor.close_guard import ParentCloseGuard
from ui.teacher.editor.commands import DeleteQuestion, EditQuestion, InsertQuestion, MoveQuestion
from ui.teacher.editor.exam_controls import ExamControls
from ui.teacher.editor.question_form import DIFFICULTY_LABELS, QuestionForm
from ui.teacher.editor.question_list import QuestionFilter, QuestionListModel

if TYPE_CHECKING:
    from quizzes.store.repository import SetSummary, Store

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def empty_question(question_id: str, topic: str) -> Question:
    """A new question with nothing filled in (two empty choices): it cannot be saved until the
    teacher writes it."""
    return Question(
        id=question_id,
        type=QuestionType.SINGLE_CHOICE,
        prompt="",
        choices=["", ""],
        answer=[],  # no choice marked correct
        topic=topic,
    )


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class SetEditorWindow(QMainWindow):
    """Edits the sets of `store`. `sets_changed` fires after anything is written."""

    sets_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Question-set editor")
        self.undo_stack = QUndoStack(self)
        self.model = QuestionListModel()
        self.filter = QuestionFilter()
        self.filter.setSourceModel(self.model)
        # Filter again only when the criteria change: a question being edited must not vanish
        # from the list (and from the form) while its topic or prompt is retyped.
        self.filter.setDynamicSortFilter(False)
        self._set_id: str | None = None
        self._stored_description = ""
        self._stored_questions: list[Question] = []
        self._shown_row = -1
        self._edit_session = 0
        self._sets: list[SetSummary] = []
        self.preview_dialog: QWidget | None = None
        self._build_sets_pane()
        self._build_questions_pane()
        self._build_form_pane()
        splitter = QSplitter()
        splitter.addWidget(self.sets_pane)
        splitter.addWidget(self.questions_pane)
        splitter.addWidget(self.form_pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([200, 400, 560])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._build_actions()
        self._connect()
        self.reload_sets()
        if parent is not None:
            ParentCloseGuard(self, parent, self.resolve_unsaved_changes)
        place_window(self, "editor", QSize(1180, 720))  # once the layout sets its minimum

    # ------------------------------------------------------------ layout

    def _build_sets_pane(self) -> None:
        self.set_list = QListWidget()
        self.set_list.setAccessibleName("Question sets")
        self.set_list.setWordWrap(True)
        self.set_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.set_list.setSpacing(2)
        self.new_set_button = QPushButton("New…")
        self.rename_set_button = QPushButton("Rename…")
        self.duplicate_set_button = QPushButton("Duplicate")
        self.delete_set_button = QPushButton("Delete…")
        buttons = QVBoxLayout()
        first_row, second_row = QHBoxLayout(), QHBoxLayout()
        first_row.addWidget(self.new_set_button)
        first_row.addWidget(self.rename_set_button)
        second_row.addWidget(self.duplicate_set_button)
        second_row.addWidget(self.delete_set_button)
        buttons.addLayout(first_row)
        buttons.addLayout(second_row)
        layout = QVBoxLayout()
        layout.addWidget(_bold(plain_label("Question sets")))
        layout.addWidget(self.set_list, 1)
        layout.addLayout(buttons)
        self.sets_pane = QWidget()
        self.sets_pane.setLayout(layout)
        self.sets_pane.setMinimumWidth(170)

    def _build_questions_pane(self) -> None:
        self.set_title_label = _bold(plain_label("No set selected", wrap=True))
        self.description_edit = GrowingTextEdit("Set description", min_lines=2, max_lines=6)
        self.description_edit.setPlaceholderText("Description of the set (optional)")
        self.exam_controls = ExamControls()
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName("Search questions")
        self.search_edit.setPlaceholderText("Search questions…")
        self.search_edit.setClearButtonEnabled(True)
        self.topic_filter = QComboBox()
        self.topic_filter.setAccessibleName("Filter by topic")
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName("Filter by type")
        self.type_filter.addItem("All types", None)
        for qtype in QuestionType:
            self.type_filter.addItem(qtype.label, qtype.value)
        self.difficulty_filter = QComboBox()
        self.difficulty_filter.setAccessibleName("Filter by difficulty")
        self.difficulty_filter.addItem("Any level", None)
        self.difficulty_filter.setToolTip("Filter by difficulty")
        for value, label in DIFFICULTY_LABELS.items():
            self.difficulty_filter.addItem(label, value)
        self._fill_topic_filter([])
        filters = QHBoxLayout()
        for combo in (self.topic_filter, self.type_filter, self.difficulty_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            filters.addWidget(combo, 1)

        self.question_view = QListView()
        self.question_view.setAccessibleName("Questions")
        self.question_view.setModel(self.filter)
        self.question_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.question_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.question_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.question_view.setDragEnabled(True)
        self.question_view.setAlternatingRowColors(True)
        self.question_view.setWordWrap(True)
        self.question_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.question_view.setSpacing(1)

        self.add_button = QPushButton("Add")
        self.add_button.setToolTip("Add a question after the selected one (Ctrl+N)")
        self.duplicate_button = QPushButton("Duplicate")
        self.delete_button = QPushButton("Delete")
        self.up_button = QPushButton("↑")
        self.up_button.setAccessibleName("Move up")
        self.up_button.setToolTip("Move the question up (Ctrl+Up)")
        self.down_button = QPushButton("↓")
        self.down_button.setAccessibleName("Move down")
        self.down_button.setToolTip("Move the question down (Ctrl+Down)")
        self.preview_button = QPushButton("Preview as student")
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.up_button)
        row_buttons.addWidget(self.down_button)
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("↑") + 28)

        layout = QVBoxLayout()
        description_row = QHBoxLayout()
        description_label = plain_label("&Description:")
        description_label.setBuddy(self.description_edit)
        description_row.addWidget(description_label, 0, Qt.AlignmentFlag.AlignTop)
        description_row.addWidget(self.description_edit, 1)
        layout.addWidget(self.set_title_label)
        layout.addLayout(description_row)
        layout.addWidget(self.exam_controls)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.question_view, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.preview_button)
        self.questions_pane = QWidget()
        self.questions_pane.setLayout(layout)
        self.questions_pane.setMinimumWidth(300)

    def _build_form_pane(self) -> None:
        self.form = QuestionForm()
        self.no_question_label = plain_label("Choose a question, or add one with “Add”.", wrap=True)
        self.no_question_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_stack = QStackedWidget()
        self.form_stack.addWidget(self.no_question_label)
        self.form_stack.addWidget(self.form)
        self.form_pane = self.form_stack
        self.form_pane.setMinimumWidth(380)

    def _build_actions(self) -> None:
        self.save_action = QAction("&Save", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        close_action = QAction("&Close", self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        self.add_action = QAction("&Add question", self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.duplicate_action = QAction("D&uplicate question", self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.delete_action = QAction("&Delete question", self)
        self.move_up_action = QAction("Move &up", self)
        self.move_up_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.move_down_action = QAction("Move do&wn", self)
        self.move_down_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.preview_action = QAction("&Preview as student", self)
        self.preview_action.setShortcut(QKeySequence("Ctrl+P"))

        set_menu = self.menuBar().addMenu("&Set")
        set_menu.addAction(self.save_action)
        set_menu.addSeparator()
        set_menu.addAction(close_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (
            self.add_action,
            self.duplicate_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            self.preview_action,
        ):
            edit_menu.addAction(action)
        self.toolbar = self.addToolBar("Editing")
        self.toolbar.setObjectName("editingToolbar")
        self.toolbar.setMovable(False)
        for action in (self.save_action, self.undo_action, self.redo_action):
            self.toolbar.addAction(action)
        # The Delete key deletes only while the question list has the focus, never while typing.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.question_view.addAction(self.delete_action)

    def _connect(self) -> None:
        self.set_list.currentItemChanged.connect(self._set_chosen)
        self.new_set_button.clicked.connect(self.ask_new_set)
        self.rename_set_button.clicked.connect(self.ask_rename_set)
        self.duplicate_set_button.clicked.connect(self.duplicate_set)
        self.delete_set_button.clicked.connect(self.ask_delete_set)
        self.exam_controls.exam_toggled.connect(self.mark_exam)
        self.exam_controls.release_requested.connect(self.ask_release_results)
        self.save_action.triggered.connect(self.save)
        self.add_action.triggered.connect(self.add_question)
        self.add_button.clicked.connect(self.add_question)
        self.duplicate_action.triggered.connect(self.duplicate_question)
        self.duplicate_button.clicked.connect(self.duplicate_question)
        self.delete_action.triggered.connect(self.delete_question)
        self.delete_button.clicked.connect(self.delete_question)
        self.move_up_action.triggered.connect(self.move_up)
        self.up_button.clicked.connect(self.move_up)
        self.move_down_action.triggered.connect(self.move_down)
        self.down_button.clicked.connect(self.move_down)
        self.preview_action.triggered.connect(self.preview)
        self.preview_button.clicked.connect(self.preview)
        self.model.move_requested.connect(self._move_requested)
        self.question_view.selectionModel().currentChanged.connect(self._question_chosen)
        self.form.changed.connect(self._form_changed)
        self.form.validity_changed.connect(self._update_actions)
        self.undo_stack.indexChanged.connect(self._draft_changed)
        self.undo_stack.cleanChanged.connect(self._update_actions)
        self.description_edit.textChanged.connect(self._update_actions)
        self.search_edit.textChanged.connect(self._apply_filter)
        for combo in (self.topic_filter, self.type_filter, self.difficulty_filter):
            combo.currentIndexChanged.connect(self._apply_filter)

    # ------------------------------------------------------------ sets

    def reload_sets(self, select_id: str | None = None) -> None:
        """Refill the list of sets from the database, keeping (or moving) the selection."""
        self._sets = self.store.list_sets()
        known = {s.id for s in self._sets}
        wanted = select_id or self._set_id
        if wanted not in known:
            wanted = self._sets[0].id if self._sets else None
        self.set_list.blockSignals(True)
        try:
            self.set_list.clear()
            for summary in self._sets:
                item = QListWidgetItem(_set_item_text(summary, summary.question_count, 0))
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                item.setToolTip(plain_tooltip(summary.title))
                self.set_list.addItem(item)
                if summary.id == wanted:
                    self.set_list.setCurrentItem(item)
        finally:
            self.set_list.blockSignals(False)
        if wanted != self._set_id or self.set_list.currentItem() is None:
            current = self.set_list.currentItem()
            self._load_set(current.data(Qt.ItemDataRole.UserRole) if current else None)
        self.exam_controls.show_set(self._current_summary())
        self._update_actions()

    def save_button(self) -> QWidget:
        return self.toolbar.widgetForAction(self.save_action)

    def current_set_id(self) -> str | None:
        return self._set_id

    @Slot(QListWidgetItem, QListWidgetItem)
    def _set_chosen(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        set_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        if set_id == self._set_id:
            return
        if not self.resolve_unsaved_changes():
            self.set_list.blockSignals(True)
            if previous is None:
                self.set_list.setCurrentRow(-1)
            else:
                self.set_list.setCurrentItem(previous)
            self.set_list.blockSignals(False)
            return
        self._load_set(set_id)

    def _load_set(self, set_id: str | None) -> None:
        self._set_id = set_id
        self.undo_stack.clear()
        if set_id is None:
            self._stored_description = ""
            self._stored_questions = []
            self.model.set_questions([])
            self.set_title_label.setText("No set selected")
        else:
            quizset = self.store.get_quizset(set_id)
            self._stored_description = quizset.description
            self._stored_questions = list(quizset.questions)
            self.model.set_questions(quizset.questions)
            self.set_title_label.setText(quizset.title)
        self.description_edit.setPlainText(self._stored_description)
        self.exam_controls.show_set(self._current_summary())
        self.undo_stack.setClean()
        self._refresh_topics()
        self._show_row(0 if self.model.rowCount() else -1)
        self._update_actions()

    @Slot()
    def ask_new_set(self) -> None:
        if not self.resolve_unsaved_changes():
            return
        title, ok = QInputDialog.getText(self, "New question set", "Title of the new set:")
        if ok:
            self._run(lambda: self.store.create_set(title.strip()), then_select=True)

    @Slot()
    def ask_rename_set(self) -> None:
        summary = self._current_summary()
        if summary is None:
            return
        title, ok = QInputDialog.getText(
            self, "Rename question set", "New title:", text=summary.title
        )
        if ok and title.strip() != summary.title:
            self._run(lambda: self.store.rename_set(summary.id, title.strip()), then_select=True)
            renamed = self._current_summary()
            if renamed is not None:
                self.set_title_label.setText(renamed.title)
                self._update_actions()

    @Slot()
    def duplicate_set(self) -> None:
        summary = self._current_summary()
        if summary is None or not self.resolve_unsaved_changes():
            return
        self._run(lambda: self.store.duplicate_set(summary.id), then_select=True)

    @Slot()
    def ask_delete_set(self) -> None:
        summary = self._current_summary()
        if summary is None:
            return
        answer = ask(
            self,
            "Delete question set",
            f"Delete the set “{summary.title}” and its "
            f"{count_of(summary.question_count, 'question')}?\n\n"
            "The students' results for this set are deleted with it. This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            default=QMessageBox.StandardButton.Cancel,
            object_name="confirmDeleteSet",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # The confirmation covers the draft too: a deleted set has nothing left to save.
        self._run(lambda: self.store.delete_set(summary.id))

    @Slot(bool)
    def mark_exam(self, exam: bool) -> None:
        summary = self._current_summary()
        if summary is not None:
            self._run(lambda: self.store.mark_exam(summary.id, exam))

    @Slot()
    def ask_release_results(self) -> None:
        summary = self._current_summary()
        if summary is None:
            return
        answer = ask(
            self,
            "Release results",
            f"Release the results of “{summary.title}”?\n\n"
            "Students will see every answer, their result per question, and feedback in "
            "practice. To hide them again, clear “Exam set” and tick it again.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            default=QMessageBox.StandardButton.Cancel,
            object_name="confirmRelease",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.store.release_results(summary.id, utc_now()))

    def _current_summary(self) -> SetSummary | None:
        return next((s for s in self._sets if s.id == self._set_id), None)

    def _run(self, change: Callable[[], SetSummary | None], then_select: bool = False) -> None:
        """Write through the store; a refused change is explained and nothing else happens."""
        try:
            result = change()
        except SteppeQuizError as err:
            show_error(self, "The change was not made", str(err))
            return
        selected = result.id if then_select and result is not None else None
        if selected is not None and selected != self._set_id:
            self._set_id = None  # force a fresh load of the chosen set
        self.reload_sets(select_id=selected)
        self.sets_changed.emit()

    # ------------------------------------------------------------ saving

    def is_dirty(self) -> bool:
        """Unsaved changes: edits in the draft, a new description, or a broken form."""
        if self._set_id is None:
            return False
        described = self.description_edit.toPlainText() != self._stored_description
        broken = self._shown_row >= 0 and not self.form.is_valid()
        return not self.undo_stack.isClean() or described or broken

    def can_save(self) -> bool:
        return self._set_id is not None and (self._shown_row < 0 or self.form.is_valid())

    def unsaved_question_count(self) -> int:
        """Questions added or changed since the last save, the one in a broken form included."""
        unsaved = unsaved_questions(self._stored_questions, self.model.questions())
        row = self._shown_row
        if (
            row >= 0
            and not self.form.is_valid()
            and self.model.question(row) in self._stored_questions
        ):
            unsaved += 1
        return unsaved

    def _problem_text(self) -> str:
        return f"Question {self._shown_row + 1}: {self.form.error()}"

    @Slot()
    def save(self) -> bool:
        if self._set_id is None:
            return False
        if not self.can_save():
            show_error(
                self, "The set was not saved", f"{self._problem_text()}\n\nNothing was saved."
            )
            self.form.focus_problem()
            return False
        set_id = self._set_id
        try:
            if self.description_edit.toPlainText() != self._stored_description:
                self.store.update_description(set_id, self.description_edit.toPlainText())
            self.store.replace_questions(set_id, self.model.questions())
        except SteppeQuizError as err:
            show_error(self, "The set was not saved", str(err))
            return False
        self._stored_description = self.description_edit.toPlainText()
        self._stored_questions = self.model.questions()
        self.undo_stack.setClean()
        self.statusBar().showMessage("Saved.", 4000)
        self.reload_sets()
        self.sets_changed.emit()
        return True

    def resolve_unsaved_changes(self) -> bool:
        """Ask what to do with unsaved changes; True when it is fine to go on."""
        if not self.is_dirty():
            return True
        answer = self._ask_unsaved()
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.discard_changes()
            return True
        return False

    def discard_changes(self) -> None:
        """Forget the draft and show the set as stored."""
        self._load_set(self._set_id)

    def _ask_unsaved(self) -> str:
        title = self.set_title_label.text()
        message = f"The set “{title}” has changes that are not saved."
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if self.can_save():
            buttons |= QMessageBox.StandardButton.Save
        else:
            message += f"\n\nIt cannot be saved yet. {self._problem_text()}"
        choice = ask(
            self,
            "Unsaved changes",
            message,
            buttons,
            default=QMessageBox.StandardButton.Cancel,
            object_name="unsavedChangesBox",
        )
        if choice == QMessageBox.StandardButton.Save:
            return SAVE
        return DISCARD if choice == QMessageBox.StandardButton.Discard else CANCEL

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.resolve_unsaved_changes():
            remember_window(self, "editor")
            if self.preview_dialog is not None:
                self.preview_dialog.close()
            event.accept()
        else:
            event.ignore()

    # ------------------------------------------------------------ questions

    def current_row(self) -> int:
        """The source row of the question in the form, or -1."""
        return self._shown_row

    @Slot()
    def add_question(self) -> None:
        if self._set_id is None or not self._form_allows_leaving():
            return
        topic = self.model.question(self._shown_row).topic if self._shown_row >= 0 else None
        question = empty_question(self._new_id("q"), topic or DEFAULT_TOPIC)
        row = self._shown_row + 1 if self._shown_row >= 0 else self.model.rowCount()
        self._clear_filters()
        self.undo_stack.push(
            InsertQuestion(self.model, row, question, self._show_row, "Add question")
        )
        self.form.prompt_edit.setFocus()
        self.form.prompt_edit.selectAll()

    @Slot()
    def duplicate_question(self) -> None:
        row = self._shown_row
        if row < 0 or not self._form_allows_leaving():
            return
        original = self.model.question(row)
        copy = dataclasses.replace(original, id=self._new_id(original.id))
        self.undo_stack.push(
            InsertQuestion(self.model, row + 1, copy, self._show_row, "Duplicate question")
        )

    @Slot()
    def delete_question(self) -> None:
        if self._shown_row >= 0:
            self.undo_stack.push(DeleteQuestion(self.model, self._shown_row, self._show_row))

    @Slot()
    def move_up(self) -> None:
        self._move_requested(self._shown_row, self._shown_row - 1)

    @Slot()
    def move_down(self) -> None:
        self._move_requested(self._shown_row, self._shown_row + 1)

    @Slot(int, int)
    def _move_requested(self, source: int, target: int) -> None:
        count = self.model.rowCount()
        if self.filter.is_active() or not self.form.is_valid():
            return
        if 0 <= source < count and 0 <= target < count and source != target:
            self.undo_stack.push(MoveQuestion(self.model, source, target, self._show_row))

    @Slot()
    def preview(self) -> None:
        question = self.form.question() if self._shown_row >= 0 else None
        if question is None:
            return
        from ui.teacher.editor.preview import PreviewDialog

        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = PreviewDialog(question, self)
        self.preview_dialog.show()

    def _new_id(self, base: str) -> str:
        taken = {q.id for q in self.model.questions()}
        if base == "q":
            number = len(taken) + 1
            while f"q{number}" in taken:
                number += 1
            return f"q{number}"
        return unused_id(f"{base}-copy", taken)

    def _form_allows_leaving(self) -> bool:
        """Leaving a broken question loses its unfinished edits: ask first. A new question that
        was never complete is removed (its "Add" is undone)."""
        if self._shown_row < 0 or self.form.is_valid():
            return True
        answer = ask(
            self,
            "Unfinished question",
            f"Question {self._shown_row + 1} is not complete yet: {self.form.error()}\n\n"
            "Discard your unfinished changes to it?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            object_name="unfinishedQuestionBox",
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        if not _is_complete(self.model.question(self._shown_row)):
            # Only complete versions of a question reach the undo stack after its "Add", so
            # that "Add" is the last command: undoing it removes the question.
            self.undo_stack.undo()
        return True

    @Slot(QModelIndex, QModelIndex)
    def _question_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = self.filter.mapToSource(current).row() if current.isValid() else -1
        if row == self._shown_row or row < 0:
            return
        chosen = self.model.question(row)
        if not self._form_allows_leaving():
            self._select_in_view(self._shown_row)
            return
        # Leaving may have removed an unfinished new question above the chosen one.
        self._show_row(next(i for i, q in enumerate(self.model.questions()) if q is chosen))

    def _show_row(self, row: int) -> None:
        """Put question `row` (source row, -1 for none) in the form and select it in the list."""
        self.model.show_draft(None)
        self._shown_row = row
        self._edit_session += 1
        if row < 0 or row >= self.model.rowCount():
            self._shown_row = -1
            self.form_stack.setCurrentWidget(self.no_question_label)
            self.question_view.selectionModel().clearSelection()
        else:
            self.form.set_topics([t for t in self._topics() if t])
            self.form.load(self.model.question(row))
            self.form_stack.setCurrentIndex(1)
            self._select_in_view(row)
        self._update_actions()

    def _select_in_view(self, row: int) -> None:
        index = self.filter.mapFromSource(self.model.index(row))
        if index.isValid():
            self.question_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.question_view.scrollTo(index)

    @Slot()
    def _form_changed(self) -> None:
        row = self._shown_row
        question = self.form.question()
        if row >= 0 and question is not None and question != self.model.question(row):
            self.undo_stack.push(
                EditQuestion(self.model, row, question, self._edit_session, self._show_row)
            )
        if row >= 0:
            # The list follows the form at once, even while the question is not complete.
            draft = self.form.document()
            self.model.show_draft(
                None if question else (row, self.form.question_type(), draft["prompt"])
            )
        self._update_actions()

    @Slot()
    def _draft_changed(self) -> None:
        self._refresh_topics()
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        has_set = self._set_id is not None
        has_question = has_set and self._shown_row >= 0
        can_move = has_question and not self.filter.is_active() and self.form.is_valid()
        # Save stays enabled on a broken question: pressing it says what is missing and where.
        self.save_action.setEnabled(self.is_dirty())
        for widget in (self.add_action, self.add_button, self.description_edit):
            widget.setEnabled(has_set)
        for widget in (self.rename_set_button, self.duplicate_set_button, self.delete_set_button):
            widget.setEnabled(has_set)
        for widget in (self.duplicate_action, self.duplicate_button):
            widget.setEnabled(has_question and self.form.is_valid())
        for widget in (self.delete_action, self.delete_button):
            widget.setEnabled(has_question)
        for widget in (self.preview_action, self.preview_button):
            widget.setEnabled(has_question and self.form.is_valid())
        last = self.model.rowCount() - 1
        for widget in (self.move_up_action, self.up_button):
            widget.setEnabled(can_move and self._shown_row > 0)
        for widget in (self.move_down_action, self.down_button):
            widget.setEnabled(can_move and self._shown_row < last)
        self._show_question_count()
        marker = "*" if self.is_dirty() else ""
        title = self.set_title_label.text() if has_set else "no set"
        self.setWindowTitle(f"Question-set editor — {title}{marker}")

    def _show_question_count(self) -> None:
        """The chosen set's row in the list counts the draft's questions, unsaved ones too."""
        summary, item = self._current_summary(), self.set_list.currentItem()
        if summary is not None and item is not None:
            total = self.model.rowCount()
            item.setText(_set_item_text(summary, total, self.unsaved_question_count()))

    # ------------------------------------------------------------ search and filters

    def _topics(self) -> list[str]:
        return list(dict.fromkeys(q.topic for q in self.model.questions()))

    def _refresh_topics(self) -> None:
        self._fill_topic_filter(self._topics())

    def _fill_topic_filter(self, topics: list[str]) -> None:
        chosen = self.topic_filter.currentData()
        self.topic_filter.blockSignals(True)
        try:
            self.topic_filter.clear()
            self.topic_filter.addItem("All topics", None)
            for topic in topics:
                self.topic_filter.addItem(topic, topic)
            index = self.topic_filter.findData(chosen) if chosen is not None else 0
            self.topic_filter.setCurrentIndex(max(index, 0))
        finally:
            self.topic_filter.blockSignals(False)
        if chosen is not None and self.topic_filter.currentData() is None:
            self._apply_filter()

    @Slot()
    def _apply_filter(self) -> None:
        self.filter.set_criteria(
            self.search_edit.text(),
            self.topic_filter.currentData(),
            None
            if self.type_filter.currentData() is None
            else QuestionType(self.type_filter.currentData()),
            self.difficulty_filter.currentData(),
        )
        if self._shown_row >= 0:
            self._select_in_view(self._shown_row)
        self._update_actions()

    def _clear_filters(self) -> None:
        for combo in (self.topic_filter, self.type_filter, self.difficulty_filter):
            combo.setCurrentIndex(0)
        self.search_edit.clear()

    def visible_prompts(self) -> list[str]:
        """The prompts the list shows now, in order (for tests and accessibility checks)."""
        return [
            self.filter.index(row, 0).data(Qt.ItemDataRole.UserRole).prompt
            for row in range(self.filter.rowCount())
        ]


def _set_item_text(summary: SetSummary, total: int, unsaved: int) -> str:
    suffix = " (built-in)" if summary.is_builtin else ""
    suffix += " (exam)" if summary.is_exam else ""
    return f"{summary.title}{suffix}\n{question_count_text(total, unsaved)}"


def _is_complete(question: Question) -> bool:
    """Whether `question` passes the format's rules (a new question does not until written)."""
    return isinstance(check_question(question_to_dict(question)), Question)
