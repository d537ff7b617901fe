"""The main window: the question sets in the database and the student (profile) in use.

The window is shown before the storage stack is imported; `load()` then opens the database
through the factory it was given and fills the window in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizzes import APP_NAME, __version__
from quizzes.errors import SteppeQuizError
from ui.profile_dialog import NewProfileDialog
from ui.set_table_model import SetTableModel

if TYPE_CHECKING:
    from quizzes.store.repository import Profile, Store

StoreFactory = Callable[[], "Store"]


def plain_label(text: str = "") -> QLabel:
    """A label that never interprets its text as HTML (text may come from imported files)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MainWindow(QMainWindow):
    sets_loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, open_store: StoreFactory, db_description: str) -> None:
        super().__init__()
        self._open_store = open_store
        self._db_description = db_description
        self.store: Store | None = None
        self.profiles: list[Profile] = []
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.resize(900, 560)
        self.set_model = SetTableModel()
        self._build_widgets()
        self._build_menu()
        self.statusBar().showMessage("Opening the database…")

    # ------------------------------------------------------------ layout

    def _build_widgets(self) -> None:
        title = QLabel(APP_NAME)
        title.setObjectName("appTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName("Student profile")
        self.profile_combo.setMinimumContentsLength(16)
        self.profile_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.new_profile_button = QPushButton("New profile…")
        self.new_profile_button.setAccessibleName("Create a new student profile")
        self.new_profile_button.clicked.connect(self.ask_new_profile)
        profile_label = QLabel("&Student:")
        profile_label.setBuddy(self.profile_combo)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(profile_label)
        header.addWidget(self.profile_combo)
        header.addWidget(self.new_profile_button)

        self.sets_view = QTableView()
        self.sets_view.setObjectName("setsView")
        self.sets_view.setAccessibleName("Question sets")
        self.sets_view.setModel(self.set_model)
        self.sets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sets_view.setAlternatingRowColors(True)
        self.sets_view.verticalHeader().hide()
        self.sets_view.setWordWrap(False)
        columns = self.sets_view.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)

        self.empty_label = plain_label(
            "No question sets yet.\n\nImport one from the command line:\n"
            "python main.py import FILE.quiz.json"
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.sets_stack = QStackedWidget()
        self.sets_stack.addWidget(self.empty_label)
        self.sets_stack.addWidget(self.sets_view)

        sets_heading = QLabel("Question sets")
        heading_font = sets_heading.font()
        heading_font.setBold(True)
        sets_heading.setFont(heading_font)

        layout = QVBoxLayout()
        layout.addLayout(header)
        layout.addSpacing(8)
        layout.addWidget(sets_heading)
        layout.addWidget(self.sets_stack, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self._set_enabled(False)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction(f"&About {APP_NAME}", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.profile_combo, self.new_profile_button, self.sets_view):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------ behaviour

    @Slot()
    def load(self) -> None:
        """Open the database and show its contents; on failure, say why and emit load_failed."""
        try:
            self.store = self._open_store()
            self.refresh()
        except SteppeQuizError as err:
            self.statusBar().showMessage("The database could not be opened.")
            self._show_error("Cannot open the database", str(err))
            self.load_failed.emit(str(err))
            return
        self._set_enabled(True)
        self.statusBar().showMessage(f"Database: {self._db_description}")
        self.sets_loaded.emit()

    def refresh(self) -> None:
        assert self.store is not None
        sets = self.store.list_sets()
        self.set_model.set_sets(sets)
        self.sets_stack.setCurrentWidget(self.sets_view if sets else self.empty_label)
        self._fill_profiles(self.store.list_profiles())

    def _fill_profiles(self, profiles: list[Profile], select_id: str | None = None) -> None:
        current = select_id or self.current_profile_id()
        self.profiles = profiles
        self.profile_combo.clear()
        if not profiles:
            self.profile_combo.addItem("(no profile yet)", None)
            return
        for profile in profiles:
            self.profile_combo.addItem(profile.name, profile.id)
        index = self.profile_combo.findData(current)
        self.profile_combo.setCurrentIndex(max(index, 0))

    def current_profile_id(self) -> str | None:
        return self.profile_combo.currentData()

    @Slot()
    def ask_new_profile(self) -> None:
        dialog = NewProfileDialog(self)
        if dialog.exec() != NewProfileDialog.DialogCode.Accepted:
            return
        self.create_profile(dialog.name())

    def create_profile(self, name: str) -> None:
        assert self.store is not None
        try:
            profile = self.store.create_profile(name)
        except SteppeQuizError as err:
            self._show_error("Cannot create the profile", str(err))
            return
        self._fill_profiles(self.store.list_profiles(), select_id=profile.id)

    @Slot()
    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(f"About {APP_NAME}")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            f"{APP_NAME} {__version__}\n\n"
            "Quizzes on Central Asian geopolitics, made from news articles, "
            "for practice offline.\n\n"
            f"Database: {self._db_description}"
        )
        box.exec()

    def _show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)
