"""Windows that fit the screen and come back at the size and place the user left them, and the
look the app last had (theme and text size), so its first paint already has it.

Sizes are remembered per computer, not per database, with QSettings (Qt's store for such
things: an INI file in the user's configuration folder, e.g. ~/.config/SteppeQuiz/windows.ini
on Linux). A remembered place that no longer fits (a smaller screen) is fitted again.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from quizzes.app.paths import APP_DIR_NAME

_SCREEN_SHARE = 0.95  # a new window leaves a margin of the available screen around it


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_DIR_NAME, "windows")


def _available(window: QWidget) -> QRect:
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place_window(window: QWidget, key: str, preferred: QSize) -> None:
    """Give `window` its remembered geometry, else `preferred` fitted to the screen and centred
    on it; either way it ends inside the available screen (no button off screen)."""
    saved = _settings().value(f"{key}/geometry")
    if not (isinstance(saved, QByteArray) and window.restoreGeometry(saved)):
        window.resize(preferred)
    available = _available(window)
    largest = QSize(int(available.width() * _SCREEN_SHARE), int(available.height() * _SCREEN_SHARE))
    if not isinstance(saved, QByteArray) or not available.contains(window.frameGeometry()):
        window.resize(window.size().boundedTo(largest))
        frame = window.frameGeometry()
        frame.moveCenter(available.center())
        window.move(frame.topLeft())


def remember_appearance(theme: str, font_size: float) -> None:
    """The theme mode and text size in use, so the next start paints with them at once."""
    settings = _settings()
    settings.setValue("appearance/theme", theme)
    settings.setValue("appearance/font_size", font_size)


def last_appearance() -> tuple[str, float | None]:
    """The theme mode ("system" when none was kept) and text size (None) last in use."""
    settings = _settings()
    theme = str(settings.value("appearance/theme", "system"))
    try:
        size: float | None = float(str(settings.value("appearance/font_size")))
    except ValueError:
        size = None
    return theme, size


def remember_window(window: QWidget, key: str) -> None:
    """Keep the window's size, place and state (maximised) for the next time it opens."""
    _settings().setValue(f"{key}/geometry", window.saveGeometry())
