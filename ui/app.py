"""Starting the GUI: the application object, the icon, the error hook, the main window."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from quizzes import APP_NAME, __version__
from quizzes.app.resources import resource_path
from quizzes.errors import DatabaseError, SteppeQuizError
from ui.common.messages import show_error
from ui.main_window import MainWindow
from ui.startup_probe import FirstPaintProbe, probe_requested

if TYPE_CHECKING:
    from quizzes.store.repository import Store

EXIT_DATABASE_ERROR = 2
FAULT_DIALOG = "faultDialog"


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("icon-64.png", "icon.png"):
        icon.addFile(str(resource_path("assets", name)))
    return icon


def show_uncaught_error(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The one place errors no screen caught end up. A fault the user can act on (a
    `SteppeQuizError`: the database turned read-only, full or damaged while the app ran) is
    said as it is, in one dialog at a time: a timer meeting the fault again adds no second one.
    Anything else is a bug: logged, then shown."""
    if not isinstance(exc, SteppeQuizError):
        show_unexpected_error(exc_type, exc, tb)
        return
    if any(
        w.objectName() == FAULT_DIALOG and w.isVisible() for w in QApplication.topLevelWidgets()
    ):
        return
    title = "Database problem" if isinstance(exc, DatabaseError) else APP_NAME
    show_error(None, title, str(exc), object_name=FAULT_DIALOG)


def show_unexpected_error(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Where bugs end up in the GUI: logged, then shown in a dialog (without the SQL a database
    error carries: that is in the log)."""
    from quizzes.app.crash_report import error_summary, write_crash_report

    log = write_crash_report(exc_type, exc, tb)
    show_error(
        None,
        f"{APP_NAME}: unexpected error",
        f"Something went wrong: {error_summary(exc)}\n\n"
        "Your answers are saved as you give them."
        + (f"\nThe details were written to {log}." if log else ""),
    )


def paint_as_last_time(app: QApplication) -> None:
    """Theme and text size as the app last had them, before the first paint: the window never
    shows unstyled and then jumps to its theme while the database opens."""
    from ui.common.theme import THEME_MODES, apply_font_size, apply_theme
    from ui.common.window_memory import last_appearance

    theme, size = last_appearance()
    apply_theme(app, theme if theme in THEME_MODES else "system")
    if size is not None:
        apply_font_size(app, size)


def run_app(db_url: str) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    sys.excepthook = show_uncaught_error
    paint_as_last_time(app)

    def open_store() -> Store:
        from quizzes.app.bank import open_database

        return open_database(db_url)

    window = MainWindow(open_store, db_url)
    window.load_failed.connect(lambda _message: app.exit(EXIT_DATABASE_ERROR))
    if probe_requested():
        probe = FirstPaintProbe(window)
        window.sets_loaded.connect(probe.mark_listed)
    window.show()
    window.load_in_background()
    return app.exec()
