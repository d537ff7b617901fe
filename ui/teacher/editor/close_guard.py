"""`ParentCloseGuard`: a teacher window that asks before its parent window closes.

When the main window closes, the app quits and its child windows go without a close event, so
an editor with unsaved work watches its parent's close and gets the chance to ask first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class ParentCloseGuard(QObject):
    """Stops `parent` from closing while `window` is open and `may_close()` says no."""

    def __init__(self, window: QWidget, parent: QWidget, may_close: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._may_close = may_close
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Close or not self._window.isVisible():
            return False
        if self._may_close():
            return False
        event.ignore()
        return True
