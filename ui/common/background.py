"""Running slow work (statistics over years of history) off the GUI thread.

`BackgroundTask` runs one callable in a `QThread` and hands its result (or its error) back to
the GUI thread through signals, so the window keeps painting and a busy bar can show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread, Signal


class BackgroundTask(QThread):
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as err:  # shown to the user by whoever started the task
            self.failed.emit(f"{type(err).__name__}: {err}")
            return
        self.succeeded.emit(result)
