"""Start-up timing for benchmarks: with STEPPE_QUIZ_STARTUP_PROBE=1 the app prints `painted`
when its window is first painted and `listed` when the question sets are listed, then a line
naming which of the libraries only the quiz generator needs were imported on the way (it should
be `deferred modules loaded: none`), then quits.

The benchmark times these lines from outside the process, so the one-file bundle's unpacking
counts too, and compares them with a minimal Qt window started the same way.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PROBE_ENV_VAR = "STEPPE_QUIZ_STARTUP_PROBE"
# Libraries only the quiz generator needs (spaCy alone takes about 0.7 s to import and load):
# starting the app must not import them.
DEFERRED_MODULES = ("spacy", "trafilatura")
DEFERRED_PREFIX = "deferred modules loaded: "


def probe_requested() -> bool:
    return os.environ.get(PROBE_ENV_VAR) == "1"


class FirstPaintProbe(QObject):
    """Prints `painted` at the window's first paint and `listed` on `mark_listed()`, then quits."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._painted = False
        self._listed = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            print("painted", flush=True)
            self._quit_when_done()
        return False

    def mark_listed(self) -> None:
        self._listed = True
        print("listed", flush=True)
        self._quit_when_done()

    def _quit_when_done(self) -> None:
        if self._painted and self._listed:
            loaded = [name for name in DEFERRED_MODULES if name in sys.modules]
            print(DEFERRED_PREFIX + (", ".join(loaded) or "none"), flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main_for_minimal_window() -> int:
    """The baseline: a bare PySide6 window with one label, probed the same way."""
    from PySide6.QtWidgets import QLabel

    app = QApplication(sys.argv)
    window = QLabel("Hello")
    window.resize(400, 200)
    probe = FirstPaintProbe(window)
    window.show()
    probe.mark_listed()  # nothing to list: done at first paint
    return app.exec()
