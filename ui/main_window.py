"""The main window: a stack of screens (home, quiz, results, progress) and the View menu.

The window is shown before the storage stack is imported; `load()` then opens the database
through the factory it was given and fills Home in. The window is the one place that talks to
the `Store`; screens show what they are given and signal what the student asked for.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from quizzes import APP_NAME, __version__
from quizzes.app.paths import database_place
from quizzes.classroom.session import TeacherSession
from quizzes.errors import DatabaseDamagedError, SteppeQuizError
from quizzes.ids import utc_now
from quizzes.wording import count_of
from ui.common.activity import InputWatcher
from ui.common.background import BackgroundRunner, JobFailure
from ui.common.messages import ask, choose, show_error, show_information
from ui.common.window_memory import place_window, remember_appearance, remember_window
from ui.student.home_screen import HomeScreen, HomeSetsModel
from ui.student.profile_dialog import NewProfileDialog
from ui.student.school_sync import SchoolSync
from ui.student.set_cards import SetListView

if TYPE_CHECKING:
    from quizzes.practice.attempt import LiveAttempt
    from quizzes.practice.session import QuizConfig, QuizSummary
    from quizzes.store.backup.folder import Backup
    from quizzes.store.repository import Profile, Store
    from ui.student.progress_screen import ProgressScreen
    from ui.student.quiz_runner import QuizRunner
    from ui.student.results_screen import ResultsScreen
    from ui.teacher.exchange_dialogs import ImportFlow

StoreFactory = Callable[[], "Store"]


LAST_PROFILE_KEY = "last_profile"  # app setting: the profile in use when the app closed
IDLE_CHECK_MS = 15_000  # how often an unlocked teacher session is checked for idleness


class MainWindow(QMainWindow):
    sets_loaded = Signal()
    load_failed = Signal(str)

    def __init__(
        self,
        open_store: StoreFactory,
        db_url: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = utc_now,
        seed_source: random.Random | None = None,
    ) -> None:
        super().__init__()
        self._open_store = open_store
        self._db_url = db_url
        self._clock = clock
        self._now = now
        self._seed_source = seed_source or random.Random()
        self.store: Store | None = None
        self.profiles: list[Profile] = []
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        place_window(self, "main", QSize(1000, 640))
        self.stack = QStackedWidget()
        self.home = HomeScreen()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        # The quiz screens import the core; built on first use so the window paints first.
        self._runner: QuizRunner | None = None
        self._results: ResultsScreen | None = None
        self._progress: ProgressScreen | None = None
        self._import: ImportFlow | None = None
        self._loader = BackgroundRunner(self)
        self._loader.succeeded.connect(self._show_store)
        self._loader.failed.connect(self._show_load_failure)
        self._backups = BackgroundRunner(self)
        self._backups.succeeded.connect(self._show_backup_taken)
        self._backups.failed.connect(self._show_backup_failure)
        self.school_sync = SchoolSync(now, self)
        self.school_sync.received_sets.connect(self._show_received_sets)
        self.statusBar().addPermanentWidget(self.school_sync.status_label)
        self.school_sync.status_label.hide()
        self._connect_home()
        self._build_menu()
        self._start_teacher_session()
        self.statusBar().showMessage("Opening the database…")

    # ------------------------------------------------------------ Home's widgets, by name

    @property
    def sets_view(self) -> SetListView:
        return self.home.sets_view

    @property
    def set_model(self) -> HomeSetsModel:
        return self.home.set_model

    @property
    def profile_combo(self) -> QComboBox:
        return self.home.profile_combo

    @property
    def new_profile_button(self) -> QPushButton:
        return self.home.new_profile_button

    @property
    def empty_label(self) -> QLabel:
        return self.home.empty_label

    @property
    def sets_stack(self) -> QStackedWidget:
        return self.home.sets_stack

    # ------------------------------------------------------------ building

    def _connect_home(self) -> None:
        home = self.home
        home.new_profile_requested.connect(self.ask_new_profile)
        home.rename_profile_requested.connect(self.ask_rename_profile)
        home.delete_profile_requested.connect(self.ask_delete_profile)
        home.profile_changed.connect(self._on_profile_changed)
        home.start_requested.connect(self.ask_start)
        home.start_in_mode_requested.connect(self.ask_start)
        home.rename_set_requested.connect(self.ask_rename_set)
        home.delete_set_requested.connect(self.ask_delete_set)
        home.export_set_requested.connect(self.show_export)
        home.import_requested.connect(self.import_questions)
        home.article_requested.connect(self.show_generate_review)
        home.continue_requested.connect(self.resume_attempt)
        home.discard_requested.connect(self.ask_discard)
        home.progress_requested.connect(self.show_progress)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.connect_action = QAction("&Connect to school server…", self)
        self.connect_action.triggered.connect(self.show_connect_to_server)
        file_menu.addAction(self.connect_action)
        self.restore_action = QAction("&Restore a backup…", self)
        self.restore_action.triggered.connect(self.show_restore_backup)
        file_menu.addAction(self.restore_action)
        self.school_server_action = QAction("School &server…", self)
        self.school_server_action.triggered.connect(self.show_school_server)
        file_menu.addAction(self.school_server_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for mode, label in (
            ("system", "Follow the &system"),
            ("light", "&Light"),
            ("dark", "&Dark"),
        ):
            action = QAction(f"Theme: {label}", self, checkable=True)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_theme(m))
            group.addAction(action)
            view_menu.addAction(action)
            self.theme_actions[mode] = action
        self.theme_actions["system"].setChecked(True)
        toggle = QAction("&Toggle light/dark", self)
        toggle.setShortcut(QKeySequence("Ctrl+Shift+L"))
        toggle.triggered.connect(self.toggle_theme)
        view_menu.addAction(toggle)
        view_menu.addSeparator()
        bigger = QAction("&Bigger text", self)
        bigger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        bigger.triggered.connect(lambda: self.change_font_size(+1))
        smaller = QAction("S&maller text", self)
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self.change_font_size(-1))
        reset = QAction("&Normal text size", self)
        reset.setShortcut(QKeySequence("Ctrl+0"))
        reset.triggered.connect(lambda: self.change_font_size(0))
        for action in (bigger, smaller, reset):
            view_menu.addAction(action)

        self._add_authoring_actions()
        self._add_class_results_actions()
        self._add_exchange_actions()
        self._add_publish_action()

        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction(f"&About {APP_NAME}", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _quiz_screens(self) -> tuple[QuizRunner, ResultsScreen]:
        if self._runner is None or self._results is None:
            from ui.student.quiz_runner import QuizRunner
            from ui.student.results_screen import ResultsScreen

            self._runner = QuizRunner()
            self._runner.quiz_finished.connect(self._on_quiz_finished)
            self._runner.quiz_left.connect(self.show_home)
            self._results = ResultsScreen()
            self._results.home_requested.connect(self.show_home)
            self._results.progress_requested.connect(self.show_progress)
            self.stack.addWidget(self._runner)
            self.stack.addWidget(self._results)
        return self._runner, self._results

    @property
    def runner(self) -> QuizRunner:
        return self._quiz_screens()[0]

    @property
    def results(self) -> ResultsScreen:
        return self._quiz_screens()[1]

    @property
    def progress(self) -> ProgressScreen:
        if self._progress is None:
            from ui.student.progress_screen import ProgressScreen

            self._progress = ProgressScreen()
            self._progress.home_requested.connect(self.show_home)
            self._progress.attempt_review_requested.connect(self.review_attempt)
            self.stack.addWidget(self._progress)
        return self._progress

    # ------------------------------------------------------------ loading

    def load_in_background(self) -> None:
        """Open the database in a worker thread while the window paints, then do what `load`
        does with it. A bug while opening goes to the error hook and the window stays empty,
        saying so."""
        self._loader.start(self._open_store)

    @Slot()
    def load(self) -> None:
        """Open the database and show its contents; on failure, say why and emit load_failed."""
        try:
            store = self._open_store()
        except SteppeQuizError as err:
            self._show_load_failure(JobFailure(str(err), error=err))
            return
        self._show_store(store)

    @Slot(object)
    def _show_store(self, store: Store) -> None:
        try:
            self.store = store
            self.refresh()
        except SteppeQuizError as err:
            self._show_load_failure(JobFailure(str(err), error=err))
            return
        self.home.set_enabled(True)
        if self.stack.currentWidget() is self.home:
            self.home.sets_view.setFocus()  # Enter starts a quiz on the selected set
        self.teacher_session.lock()  # a newly opened database (a restored one) has its own PIN
        self.statusBar().showMessage(f"Database: {database_place(self._db_url)}")
        self.publish_action.setVisible(not self._db_url.startswith("sqlite"))
        self._apply_preferences()
        self.sets_loaded.emit()
        self._start_backup(only_if_due=True)
        self.school_sync.attach(store)

    @Slot(object)
    def _show_load_failure(self, failure: JobFailure) -> None:
        self.statusBar().showMessage("The database could not be opened.")
        if failure.unexpected:  # the error hook shows it
            return
        if isinstance(failure.error, DatabaseDamagedError):
            if self._restored_after(failure):
                self.load()  # the restored copy
                return
        else:
            show_error(self, "Cannot open the database", failure.message)
        self.load_failed.emit(failure.message)

    def _restored_after(self, failure: JobFailure) -> bool:
        """A damaged database at start-up: say so, and offer the last good copy at once;
        whether a backup was restored."""
        from ui.teacher.restore_dialog import offer_restore

        choice = choose(
            self,
            "Cannot open the database",
            failure.message,
            [
                ("Restore a backup…", QMessageBox.ButtonRole.AcceptRole),
                ("Quit", QMessageBox.ButtonRole.RejectRole),
            ],
            default="Restore a backup…",
            icon=QMessageBox.Icon.Warning,
            object_name="damagedDatabase",
        )
        if choice != "Restore a backup…":
            return False
        return offer_restore(self, self._db_url, now=self._now) is not None

    def refresh(self, select_profile: str | None = None) -> None:
        """Fill Home in from the database for the profile in use."""
        assert self.store is not None
        self.profiles = self.store.list_profiles()
        current = (
            select_profile
            or self.current_profile_id()
            or self.store.settings.get_setting(LAST_PROFILE_KEY)  # who used it last
        )
        if current not in {p.id for p in self.profiles}:
            current = self.profiles[0].id if self.profiles else None
        self.home.show_profiles(self.profiles, current)
        sets = self.store.list_sets()
        history = self.store.history
        profile_id = self.current_profile_id()
        scores = history.set_scores(profile_id) if profile_id else {}
        due = history.due_counts(profile_id, self._now()) if profile_id else {}
        mastery = history.set_mastery(profile_id) if profile_id else {}
        self.home.show_sets(sets, scores, due, mastery)
        self.home.show_unfinished(history.unfinished_attempt(profile_id) if profile_id else None)

    def current_profile_id(self) -> str | None:
        return self.home.current_profile_id()

    @Slot()
    def show_home(self) -> None:
        if self.store is not None:
            self.refresh()
        self.stack.setCurrentWidget(self.home)
        self.home.sets_view.setFocus()

    # ------------------------------------------------------------ profiles

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
            show_error(self, "Cannot create the profile", str(err))
            return
        self.refresh(select_profile=profile.id)
        self._apply_preferences()

    @Slot()
    def ask_rename_profile(self) -> None:
        profile_id = self.current_profile_id()
        if self.store is None or profile_id is None:
            return
        name, ok = QInputDialog.getText(
            self,
            "Rename profile",
            "New name:",
            QLineEdit.EchoMode.Normal,
            self.home.current_profile_name(),
        )
        if not ok:
            return
        try:
            self.store.history.rename_profile(profile_id, name)
        except SteppeQuizError as err:
            show_error(self, "Cannot rename the profile", str(err))
            return
        self.refresh(select_profile=profile_id)

    @Slot()
    def ask_delete_profile(self) -> None:
        profile_id = self.current_profile_id()
        if self.store is None or profile_id is None:
            return
        name = self.home.current_profile_name()
        choice = choose(
            self,
            "Delete profile",
            f"Delete the profile “{name}”?",
            [
                ("Delete", QMessageBox.ButtonRole.DestructiveRole),
                ("Keep", QMessageBox.ButtonRole.RejectRole),
            ],
            default="Keep",
            informative="All of this student's quizzes, scores and reviews go with it.",
            icon=QMessageBox.Icon.Warning,
        )
        if choice != "Delete":
            return
        from ui.teacher.teacher_lock_dialog import require_teacher

        if not require_teacher(self, self.store, f"delete the profile “{name}”"):
            return
        self.store.history.delete_profile(profile_id)
        self.refresh()
        self._apply_preferences()

    @Slot(str)
    def _on_profile_changed(self, profile_id: str) -> None:
        self.teacher_session.lock()  # another student sits down
        self.refresh(select_profile=profile_id)
        self._apply_preferences()

    def _require_profile(self) -> str | None:
        if self.current_profile_id() is None:
            self.ask_new_profile()
        return self.current_profile_id()

    # ------------------------------------------------------------ renaming and deleting sets

    @Slot(str)
    def ask_rename_set(self, set_id: str) -> None:
        """Rename… on Home: behind the teacher PIN; a title another set has is refused."""
        from ui.teacher.teacher_lock_dialog import require_teacher

        if self.store is None:
            return
        title = self.store.find_set(set_id).title
        if not require_teacher(self, self.store, f"rename the set “{title}”"):
            return
        new_title, ok = QInputDialog.getText(
            self, "Rename question set", "New title:", QLineEdit.EchoMode.Normal, title
        )
        if not ok or new_title.strip() == title:
            return
        try:
            self.store.rename_set(set_id, new_title)
        except SteppeQuizError as err:
            show_error(self, "Cannot rename the set", str(err), object_name="renameSetRefused")
            return
        self.refresh()
        self.home.select_set(set_id)

    @Slot(str)
    def ask_delete_set(self, set_id: str) -> None:
        """Delete… (or Del) on Home: behind the teacher PIN, after a confirmation that says what
        goes with the set. The built-in set is refused before the PIN is asked for."""
        from quizzes.store.repository import BuiltinSetError
        from ui.teacher.teacher_lock_dialog import require_teacher

        if self.store is None:
            return
        summary = self.store.find_set(set_id)
        title = summary.title
        if summary.is_builtin:
            show_error(self, "Cannot delete the set", str(BuiltinSetError.about(title)))
            return
        if not require_teacher(self, self.store, f"delete the set “{title}”"):
            return
        usage = self.store.history.set_usage(set_id)
        if usage.attempts:
            consequence = (
                f"{count_of(usage.attempts, 'attempt')} by "
                f"{count_of(usage.students, 'student')} go with it: their answers, scores and "
                "reviews of this set. This cannot be undone."
            )
        else:
            consequence = "No student has taken it yet. This cannot be undone."
        choice = choose(
            self,
            "Delete question set",
            f"Delete the set “{title}” and its {count_of(summary.question_count, 'question')}?",
            [
                ("Delete", QMessageBox.ButtonRole.DestructiveRole),
                ("Keep", QMessageBox.ButtonRole.RejectRole),
            ],
            default="Keep",
            informative=consequence,
            icon=QMessageBox.Icon.Warning,
            object_name="confirmDeleteSet",
        )
        if choice != "Delete":
            return
        try:
            self.store.delete_set(set_id)
        except SteppeQuizError as err:
            show_error(self, "Cannot delete the set", str(err))
            return
        self.refresh()
        self.statusBar().showMessage(f"Deleted the set “{title}”.", 10_000)

    # ------------------------------------------------------------ taking a quiz

    @Slot(str)
    @Slot(str, str)
    def ask_start(self, set_id: str, mode: str = "practice") -> None:
        """The Start dialog for the set, with `mode` (a `Mode` value) chosen."""
        from quizzes.practice.overview import StartOverview
        from quizzes.practice.session import Mode
        from ui.student.start_dialog import StartDialog

        assert self.store is not None
        profile_id = self._require_profile()
        if profile_id is None:
            return
        summary = self.store.find_set(set_id)
        if summary.question_count == 0:
            show_error(self, "Nothing to ask", "This set has no questions yet.")
            return
        dialog = StartDialog(
            summary.title,
            summary.topics,
            summary.question_count,
            StartOverview.load(self.store, profile_id, set_id, self._now()),
            parent=self,
            seed_source=self._seed_source,
            answers_hidden=summary.answers_hidden,
        )
        dialog.select_mode(Mode(mode))
        if dialog.exec() != StartDialog.DialogCode.Accepted:
            return
        self.start_quiz(set_id, dialog.config())

    def start_quiz(self, set_id: str, config: QuizConfig) -> None:
        from quizzes.practice.attempt import LiveAttempt

        assert self.store is not None
        profile_id = self.current_profile_id()
        assert profile_id is not None
        try:
            attempt = LiveAttempt.start(
                self.store, profile_id, set_id, config, clock=self._clock, now=self._now
            )
        except SteppeQuizError as err:
            show_error(self, "Cannot start the quiz", str(err))
            return
        self._run(attempt)

    @Slot(str)
    def resume_attempt(self, attempt_id: str) -> None:
        from quizzes.practice.attempt import LiveAttempt

        assert self.store is not None
        try:
            attempt = LiveAttempt.resume(self.store, attempt_id, clock=self._clock, now=self._now)
        except SteppeQuizError as err:
            show_error(self, "Cannot continue the quiz", str(err))
            self.refresh()
            return
        self._run(attempt)

    def _run(self, attempt: LiveAttempt) -> None:
        runner = self.runner
        self.stack.setCurrentWidget(runner)
        runner.begin(attempt)

    @Slot(str)
    def ask_discard(self, attempt_id: str) -> None:
        assert self.store is not None
        answer = ask(
            self,
            "Discard the quiz",
            "Discard the unfinished quiz and the answers given in it?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            default=QMessageBox.StandardButton.Cancel,
            icon=QMessageBox.Icon.Question,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.store.history.delete_attempt(attempt_id)
            self.refresh()

    @Slot(object)
    def _on_quiz_finished(self, summary: QuizSummary) -> None:
        runner, results = self._quiz_screens()
        attempt = runner.attempt
        assert attempt is not None
        results.show_results(
            attempt.set_title, attempt.session, summary, self._answers_hidden(attempt.set_id)
        )
        self.stack.setCurrentWidget(results)
        self._start_backup(only_if_due=False)

    def _answers_hidden(self, set_id: str) -> bool:
        """An exam set whose results the teacher has not released (as it stands now)."""
        assert self.store is not None
        return self.store.find_set(set_id).answers_hidden

    @Slot(str)
    def review_attempt(self, attempt_id: str) -> None:
        """A finished attempt's results again: its questions with both answers, from the store."""
        from quizzes.practice.attempt import rebuild_session

        assert self.store is not None
        history = self.store.history
        try:
            info = history.attempt(attempt_id)
            questions = self.store.get_quizset(info.set_id).questions
        except SteppeQuizError as err:
            show_error(self, "Cannot show the attempt", str(err))
            return
        session = rebuild_session(info, questions, history.responses(attempt_id), lambda: 0.0)
        results = self.results
        hidden = self._answers_hidden(info.set_id)
        results.show_results(info.set_title, session, session.summary(), hidden)
        self.stack.setCurrentWidget(results)

    @Slot()
    def show_progress(self) -> None:
        profile_id = self.current_profile_id()
        if self.store is None or profile_id is None:
            return
        history = self.store.history
        screen = self.progress
        self.stack.setCurrentWidget(screen)
        screen.load(self.home.current_profile_name(), lambda: history.progress(profile_id))
        screen.home_button.setFocus()

    # ------------------------------------------------------------ theme and text size

    def _preferences(self) -> dict:
        profile_id = self.current_profile_id()
        if self.store is None or profile_id is None:
            return {}
        return self.store.history.preferences(profile_id)

    def _save_preferences(self, **values: object) -> None:
        profile_id = self.current_profile_id()
        if self.store is not None and profile_id is not None:
            self.store.history.update_preferences(profile_id, **values)

    def _apply_preferences(self) -> None:
        from ui.common.theme import DEFAULT_FONT_SIZE, apply_font_size, apply_theme

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        preferences = self._preferences()
        theme = str(preferences.get("theme", "system"))
        if theme not in self.theme_actions:
            theme = "system"
        apply_theme(app, theme)
        self.theme_actions[theme].setChecked(True)
        apply_font_size(app, float(preferences.get("font_size", DEFAULT_FONT_SIZE)))

    def set_theme(self, mode: str) -> None:
        from ui.common.theme import apply_theme

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, mode)
        self.theme_actions[mode].setChecked(True)
        self._save_preferences(theme=mode)

    @Slot()
    def toggle_theme(self) -> None:
        from ui.common.theme import current_scheme

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.set_theme("light" if current_scheme(app) == "dark" else "dark")

    def change_font_size(self, step: int) -> None:
        """Ctrl+ / Ctrl−: one point bigger or smaller; 0 resets. Remembered per profile."""
        from ui.common.theme import (
            DEFAULT_FONT_SIZE,
            FONT_SIZE_STEP,
            apply_font_size,
            current_font_size,
        )

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        wanted = DEFAULT_FONT_SIZE if step == 0 else current_font_size(app) + step * FONT_SIZE_STEP
        size = apply_font_size(app, wanted)
        self._save_preferences(font_size=size)

    # ------------------------------------------------------------ teacher: class results, PIN

    def teacher_menu(self) -> QMenu:
        """The "Teacher" menu, shared by the teacher screens: found by its title, else made."""
        for action in self.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.text().replace("&", "") == "Teacher":
                return menu
        return self.menuBar().addMenu("&Teacher")

    def _add_authoring_actions(self) -> None:
        menu = self.teacher_menu()
        editor_action = QAction("&Edit question sets…", self)
        editor_action.triggered.connect(self.show_set_editor)
        article_action = QAction("&New set from article…", self)
        article_action.triggered.connect(self.show_generate_review)
        menu.addAction(editor_action)
        menu.addAction(article_action)
        menu.addSeparator()

    @Slot()
    def show_set_editor(self) -> None:
        if self.store is None:
            return
        from ui.teacher.editor import SetEditorWindow
        from ui.teacher.teacher_lock_dialog import require_teacher

        if not require_teacher(self, self.store, "edit question sets"):
            return
        window = SetEditorWindow(self.store, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.sets_changed.connect(self.refresh)
        window.show()

    @Slot()
    def show_generate_review(self) -> None:
        if self.store is None:
            return
        from ui.teacher.generate_review import GenerateReviewWindow
        from ui.teacher.teacher_lock_dialog import require_teacher

        if not require_teacher(self, self.store, "make a set from an article"):
            return
        window = GenerateReviewWindow(self.store, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.sets_changed.connect(self.refresh)
        window.show()

    def _add_exchange_actions(self) -> None:
        menu = self.teacher_menu()
        import_action = QAction("&Import questions…", self)
        import_action.triggered.connect(self.import_questions)
        export_action = QAction("E&xport a set…", self)
        export_action.triggered.connect(self.show_export)
        menu.addAction(import_action)
        menu.addAction(export_action)

    def _add_publish_action(self) -> None:
        """Teacher ▸ Publish or hide the selected set…: shown on a school server only."""
        self.publish_action = QAction("P&ublish or hide the selected set…", self)
        self.publish_action.triggered.connect(self.publish_selected_set)
        self.publish_action.setVisible(False)
        self.teacher_menu().addAction(self.publish_action)

    @Slot()
    def publish_selected_set(self) -> None:
        """Let the school server's students read the set chosen on Home, or hide it again."""
        from ui.teacher.teacher_lock_dialog import require_teacher

        title = "Publish a set"
        set_id = self.home.selected_set_id()
        if self.store is None or set_id is None:
            show_error(self, title, "Choose a set on Home first.")
            return
        if not require_teacher(self, self.store, "publish sets"):
            return
        try:
            summary = self.store.find_set(set_id)
            question = (
                f"Students can read '{summary.title}' now. Hide it from them?"
                if summary.published
                else f"Students cannot see '{summary.title}' yet. Publish it to them?"
            )
            yes = QMessageBox.StandardButton.Yes
            if ask(self, title, question, yes | QMessageBox.StandardButton.Cancel) != yes:
                return
            changed = self.store.publish_set(set_id, not summary.published)
        except SteppeQuizError as err:
            show_error(self, title, str(err))
            return
        state = "published to students" if changed.published else "hidden from students"
        self.statusBar().showMessage(f"'{changed.title}' is {state}.", 10_000)

    @Slot()
    def import_questions(self) -> None:
        if self.store is None:
            return
        from ui.teacher.exchange_dialogs import ImportFlow
        from ui.teacher.teacher_lock_dialog import require_teacher

        if not require_teacher(self, self.store, "import question sets"):
            return
        if self._import is None:
            self._import = ImportFlow(self.store, self)
            self._import.imported.connect(lambda _summary: self.refresh())
            self._import.set_renamed.connect(lambda _summary: self.refresh())
        self._import.choose_and_import()

    @Slot()
    @Slot(str)
    def show_export(self, set_id: str | None = None) -> None:
        if self.store is None:
            return
        from ui.teacher.exchange_dialogs import ExportDialog

        chosen = set_id or self.home.selected_set_id()
        dialog = ExportDialog(self.store, self, selected_set_id=chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _add_class_results_actions(self) -> None:
        menu = self.teacher_menu()
        class_action = QAction("&Class results…", self)
        class_action.triggered.connect(self.show_class_results)
        pin_action = QAction("Teacher &PIN…", self)
        pin_action.triggered.connect(self.show_teacher_pin)
        self.lock_session_action = QAction("&Lock teacher session", self)
        self.lock_session_action.setEnabled(False)
        self.lock_session_action.triggered.connect(lambda: self.teacher_session.lock())
        menu.addAction(class_action)
        menu.addAction(pin_action)
        menu.addAction(self.lock_session_action)

    @Slot()
    def show_class_results(self) -> None:
        if self.store is None:
            return
        from ui.teacher.class_results import ClassResultsWindow
        from ui.teacher.teacher_lock_dialog import require_teacher

        if not require_teacher(self, self.store, "see the class results"):
            return  # every student's scores: for the teacher only
        window = ClassResultsWindow(self.store, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.results_imported.connect(self.refresh)
        window.show()

    def _start_teacher_session(self) -> None:
        """One right PIN unlocks the teacher functions until 10 idle minutes pass (no key or
        click anywhere in the app), the profile changes, or Teacher ▸ Lock teacher session."""
        from ui.teacher.teacher_lock_dialog import use_teacher_session

        self.teacher_session = TeacherSession(self._clock)
        use_teacher_session(self.teacher_session)
        self.session_label = QLabel("Teacher session unlocked")
        self.session_label.setObjectName("teacherSessionLabel")
        self.session_label.hide()
        self.statusBar().addPermanentWidget(self.session_label)
        self.teacher_session.add_listener(self._show_session_state)
        self._input_watcher = InputWatcher(self)
        self._input_watcher.input_seen.connect(self.teacher_session.note_activity)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._input_watcher)
        self.idle_check = QTimer(self)
        self.idle_check.setInterval(IDLE_CHECK_MS)
        self.idle_check.timeout.connect(self.teacher_session.lock_if_idle)
        self.idle_check.start()

    def _show_session_state(self, unlocked: bool) -> None:
        self.session_label.setVisible(unlocked)
        self.lock_session_action.setEnabled(unlocked)

    @Slot()
    def show_teacher_pin(self) -> None:
        if self.store is None:
            return
        from ui.teacher.teacher_lock_dialog import TeacherPinDialog

        TeacherPinDialog(self.store, self).exec()

    # ------------------------------------------------------------ backups

    def _start_backup(self, *, only_if_due: bool) -> None:
        """Back the database up off the UI thread (a big one takes a second or two): after a
        finished attempt, or at start-up when the newest backup is a day old."""
        from quizzes.store.backup.folder import backup_if_due, backups_available, take_backup

        if not backups_available(self._db_url):
            return
        url, now = self._db_url, self._now()
        if only_if_due:
            self._backups.start(lambda: backup_if_due(url, now))
        else:
            self._backups.start(lambda: take_backup(url, now))

    @Slot(object)
    def _show_backup_taken(self, backup: Backup | None) -> None:
        if backup is not None:
            self.statusBar().showMessage(f"Backup saved: {backup.name}", 10_000)

    @Slot(object)
    def _show_backup_failure(self, failure: JobFailure) -> None:
        if not failure.unexpected:
            self.statusBar().showMessage(f"No backup was made: {failure.message}")

    @Slot()
    def show_restore_backup(self) -> None:
        """File ▸ Restore a backup…: behind the teacher PIN; the restored database is opened."""
        from ui.teacher.restore_dialog import TITLE, offer_restore

        if self._loader.is_running():
            show_error(self, TITLE, "The database is still being opened: try again in a moment.")
            return
        if self._runner is not None and self.stack.currentWidget() is self._runner:
            show_error(
                self,
                TITLE,
                "Leave the quiz first (Esc pauses it; its answers are saved), then restore.",
            )
            return
        offer_restore(
            self, self._db_url, now=self._now, close_database=self._close_database_for_restore
        )
        if self.store is None:
            self.load()

    @Slot()
    def show_connect_to_server(self) -> None:
        """File ▸ Connect to school server…: the app then runs on the server's database (this
        computer's stays as it is). A server that refuses changes nothing here."""
        from quizzes.app.bank import open_database
        from ui.connect_dialog import TITLE, ConnectDialog

        if self._loader.is_running():
            show_error(self, TITLE, "The database is still being opened: try again in a moment.")
            return
        if self._runner is not None and self.stack.currentWidget() is self._runner:
            show_error(self, TITLE, "Leave the quiz first (Esc pauses it; its answers are saved).")
            return
        dialog = ConnectDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        url = dialog.url()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = open_database(url)
        except SteppeQuizError as err:
            show_error(self, TITLE, str(err))
            return
        finally:
            QApplication.restoreOverrideCursor()
        dialog.remember()
        if not self._close_database("Connecting to the school server…"):
            store.close()
            return
        self._db_url = url
        self._open_store = lambda: open_database(url)
        self._show_store(store)

    def _close_database_for_restore(self) -> bool:
        return self._close_database("Restoring a backup…")

    def _close_database(self, doing: str) -> bool:
        """Close the teacher windows and every connection to the database, saying `doing` in
        the status bar; False if a window would not close (nothing changes then)."""
        for window in self.findChildren(QWidget):
            if window.isWindow() and window.isVisible():
                window.close()
                if window.isVisible():
                    return False
        self._loader.wait()  # a database still opening must not outlive the window
        self._backups.wait()
        self.school_sync.detach()
        if self._progress is not None:
            self._progress.wait_for_work()
        if self._import is not None:  # bound to the store about to be replaced
            self._import.stop_and_wait()
            self._import = None
        if self.store is not None:
            self.store.close()
            self.store = None
        self.home.set_enabled(False)
        self.statusBar().showMessage(doing)
        return True

    # ------------------------------------------------------------ school server

    @Slot()
    def show_school_server(self) -> None:
        """File ▸ School server…: address, login, password and Sync now, for the student whose
        profile is in use."""
        from ui.student.school_server_dialog import SchoolServerDialog

        if self.store is None:
            return
        if not self.school_sync.is_available():
            from quizzes.sync.errors import ON_THE_SERVER

            show_error(self, "School server", ON_THE_SERVER)
            return
        profile_id = self._require_profile()
        if profile_id is None:
            return
        SchoolServerDialog(
            self.school_sync, profile_id, self.home.current_profile_name(), self
        ).exec()

    @Slot()
    def _show_received_sets(self) -> None:
        """Sets came from the school server: Home shows them (a quiz under way is left alone)."""
        if self.store is not None and self.stack.currentWidget() is self.home:
            self.refresh()

    # ------------------------------------------------------------ the rest

    @Slot()
    def show_about(self) -> None:
        show_information(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\n"
            "Quizzes on Central Asian geopolitics, made from news articles, "
            "for practice offline.\n\n"
            f"Database: {database_place(self._db_url)}",
            pixmap=self.windowIcon().pixmap(64, 64),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        remember_window(self, "main")
        theme = next(
            (m for m, action in self.theme_actions.items() if action.isChecked()), "system"
        )
        remember_appearance(theme, QApplication.font().pointSizeF())
        if self._runner is not None:
            self._runner.save_before_close()
        if self._progress is not None:
            self._progress.wait_for_work()
        self._loader.wait()  # a database still opening must not outlive the window
        self._backups.wait()
        self.school_sync.detach()
        if self._import is not None:
            self._import.stop_and_wait()
        if self.store is not None:
            profile_id = self.current_profile_id()
            if profile_id is not None:
                with suppress(SteppeQuizError):  # closing never fails for a preference
                    self.store.settings.set_setting(LAST_PROFILE_KEY, profile_id)
            self.store.close()
            self.store = None
        super().closeEvent(event)
