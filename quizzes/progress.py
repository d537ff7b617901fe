"""Cooperative cancel and progress for long work (an import, the generator), without Qt.

The front end makes one `Progress`, hands it to the work and keeps it. The work calls `check`
at its check points (per question read, per batch stored, per paragraph parsed), so `cancel()`,
from any thread, stops it at the next one with `CancelledError`; it reports how far it is with
`advance(done, total, doing)`, which also checks. The callback runs on the worker's thread, at
most about a hundred times per phase, so a front end may forward every call to its screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from quizzes.errors import SteppeQuizError

# done, total, doing (READING, STORING or what the work calls its phase)
ProgressCallback = Callable[[int, int, str], None]
# The phases of an import, counted in questions.
READING = "reading"
STORING = "storing"


class CancelledError(SteppeQuizError):
    """The user cancelled the work; it stopped at a check point and changed nothing."""

    def __init__(self, doing: str) -> None:
        super().__init__(f"cancelled while {doing}; nothing was changed")


class Progress:
    """A cancel flag the work checks, and a progress callback it feeds."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancelled = threading.Event()
        self._on_progress = on_progress
        self._last_shown: tuple[str, int] | None = None

    def cancel(self) -> None:
        """Ask the work to stop at its next check point (safe from any thread)."""
        self._cancelled.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self, doing: str) -> None:
        """Raise `CancelledError` if cancel was asked; `doing` says what the work was busy with."""
        if self._cancelled.is_set():
            raise CancelledError(doing)

    def advance(self, done: int, total: int, doing: str) -> None:
        """A check point that also says how far the work is: `done` of `total` while `doing`.
        The callback hears of it when the phase or the whole percentage changes."""
        self.check(doing)
        if self._on_progress is None:
            return
        shown = (doing, 100 * done // total if total else 100)
        if shown != self._last_shown:
            self._last_shown = shown
            self._on_progress(done, total, doing)
