"""Running the article generator off the GUI thread, with a cancel that really lets go.

The generator cannot be interrupted halfway, so cancelling forgets the job: its result, when it
comes, carries a stale ticket and is dropped. The window never waits for it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from quizzes.errors import SteppeQuizError


class _JobSignals(QObject):
    finished = Signal(int, object)  # ticket, result
    failed = Signal(int, str)  # ticket, message for the teacher
    crashed = Signal(int, object)  # ticket, unexpected exception


class _Job(QRunnable):
    """One run of the work. Its signals object has no parent, so it outlives a window that is
    closed (and deleted) while the work is still running."""

    def __init__(self, ticket: int, work: Callable[[], object]) -> None:
        super().__init__()
        self._ticket, self._work = ticket, work
        self._signals = _JobSignals()

    @property
    def signals(self) -> _JobSignals:
        return self._signals

    def run(self) -> None:
        try:
            result = self._work()
        except SteppeQuizError as err:
            self._signals.failed.emit(self._ticket, str(err))
        except Exception as err:  # handed to the GUI thread's error hook
            self._signals.crashed.emit(self._ticket, err)
        else:
            self._signals.finished.emit(self._ticket, result)


class BackgroundRunner(QObject):
    """Runs one piece of work at a time in a thread pool; `cancel()` ignores the one running.

    `failed` carries an error the user can act on (a `SteppeQuizError`'s message); `crashed`
    carries a one-line note about a bug, whose details the error hook then shows."""

    finished = Signal(object)
    failed = Signal(str)
    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ticket = 0
        self._running = False

    def is_running(self) -> bool:
        return self._running

    def start(self, work: Callable[[], object]) -> None:
        self._ticket += 1
        self._running = True
        job = _Job(self._ticket, work)
        job.signals.finished.connect(self._job_finished)
        job.signals.failed.connect(self._job_failed)
        job.signals.crashed.connect(self._job_crashed)
        self._pool.start(job)

    def cancel(self) -> None:
        self._ticket += 1
        self._running = False

    def _is_current(self, ticket: int) -> bool:
        if ticket != self._ticket or not self._running:
            return False
        self._running = False
        return True

    @Slot(int, object)
    def _job_finished(self, ticket: int, result: object) -> None:
        if self._is_current(ticket):
            self.finished.emit(result)

    @Slot(int, str)
    def _job_failed(self, ticket: int, message: str) -> None:
        if self._is_current(ticket):
            self.failed.emit(message)

    @Slot(int, object)
    def _job_crashed(self, ticket: int, error: BaseException) -> None:
        if self._is_current(ticket):
            self.crashed.emit(f"the generator failed unexpectedly: {error}")
            sys.excepthook(type(error), error, error.__traceback__)
