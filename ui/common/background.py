"""Running slow work (opening the database, statistics, the article generator) off the GUI thread.

`BackgroundRunner` runs one piece of work at a time in a thread pool and hands the result back to
the GUI thread as `succeeded(result)`, or `failed(JobFailure)` when the work raised. A
`SteppeQuizError`'s message is for the user; any other exception is a bug, handed to the GUI
thread's error hook (which writes the crash report and tells the user) as well.

Work started with `start_with_progress` gets a `quizzes.progress.Progress`: what it reports
arrives on the GUI thread as `progressed(done, total, doing)`, and `cancel()` sets it, so work
that checks it stops at its next check point. `cancel()` also forgets the job: its result, when
it comes, carries a stale ticket and is dropped. `cancel(forget=False)` keeps listening instead,
for work whose outcome matters (an import): the job then ends with a `JobFailure` marked
`cancelled`, or with its result if it had finished first. The window never waits for a job
unless it asks to (`wait`).
"""

from __future__ import annotations

import dataclasses
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from quizzes.errors import SteppeQuizError
from quizzes.progress import CancelledError, Progress


@dataclasses.dataclass(frozen=True)
class JobFailure:
    """Why a job gave no result. `message` is the `SteppeQuizError`'s, or for a bug
    (`unexpected`) the exception's text: the error hook has shown that one already. A job
    stopped by `cancel(forget=False)` is `cancelled`."""

    message: str
    unexpected: bool = False
    error: SteppeQuizError | None = None  # the user's error itself, when it is one
    cancelled: bool = False


class _JobSignals(QObject):
    succeeded = Signal(int, object)  # ticket, result
    failed = Signal(int, object)  # ticket, the SteppeQuizError for the user
    cancelled = Signal(int, str)  # ticket, message
    crashed = Signal(int, object)  # ticket, unexpected exception
    progressed = Signal(int, int, int, str)  # ticket, done, total, doing


class _Job(QRunnable):
    """One run of the work. Its signals object belongs to the application, not to the window
    that started the work, so it outlives a window closed (and deleted) while the work is still
    running; it is deleted on the GUI thread once it has reported, never by the worker."""

    def __init__(self, ticket: int, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self._ticket, self._work = ticket, work
        self.signals = _JobSignals(QCoreApplication.instance())
        self.progress = Progress(self._report)
        self.done = threading.Event()

    def _report(self, done: int, total: int, doing: str) -> None:
        self.signals.progressed.emit(self._ticket, done, total, doing)

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except CancelledError as err:
            self.signals.cancelled.emit(self._ticket, str(err))
        except SteppeQuizError as err:
            self.signals.failed.emit(self._ticket, err)
        except Exception as err:  # handed to the GUI thread's error hook
            self.signals.crashed.emit(self._ticket, err)
        else:
            self.signals.succeeded.emit(self._ticket, result)
        finally:
            self.signals.deleteLater()
            self.done.set()


class BackgroundRunner(QObject):
    """Runs one piece of work at a time; starting another or `cancel()` forgets the one running."""

    succeeded = Signal(object)
    failed = Signal(object)  # JobFailure
    progressed = Signal(int, int, str)  # done, total, doing

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ticket = 0
        self._running = False
        self._progress: Progress | None = None
        self._unfinished: list[threading.Event] = []

    def is_running(self) -> bool:
        """Whether the current job is still to report (a cancelled one no longer counts)."""
        return self._running

    def start(self, work: Callable[[], object]) -> None:
        self.start_with_progress(lambda _progress: work())

    def start_with_progress(self, work: Callable[[Progress], object]) -> None:
        """Run `work(progress)`: it reports through `progress` and stops when it is cancelled."""
        self._ticket += 1
        self._running = True
        job = _Job(self._ticket, work)
        job.signals.succeeded.connect(self._job_succeeded)
        job.signals.failed.connect(self._job_failed)
        job.signals.cancelled.connect(self._job_cancelled)
        job.signals.crashed.connect(self._job_crashed)
        job.signals.progressed.connect(self._job_progressed)
        self._progress = job.progress
        self._unfinished = [done for done in self._unfinished if not done.is_set()]
        self._unfinished.append(job.done)
        self._pool.start(job)

    def cancel(self, forget: bool = True) -> None:
        """Ask the current job to stop at its next check point; unless `forget` is False, its
        outcome is dropped and the runner is free at once."""
        if self._progress is not None:
            self._progress.cancel()
        if forget:
            self._ticket += 1
            self._running = False

    def wait(self) -> None:
        """Block until every job started here has stopped running, cancelled ones included
        (before closing what they use). Their signals still arrive through the event loop."""
        for done in self._unfinished:
            done.wait()
        self._unfinished.clear()

    def _is_current(self, ticket: int) -> bool:
        if ticket != self._ticket or not self._running:
            return False
        self._running = False
        return True

    @Slot(int, object)
    def _job_succeeded(self, ticket: int, result: object) -> None:
        if self._is_current(ticket):
            self.succeeded.emit(result)

    @Slot(int, object)
    def _job_failed(self, ticket: int, error: SteppeQuizError) -> None:
        if self._is_current(ticket):
            self.failed.emit(JobFailure(str(error), error=error))

    @Slot(int, str)
    def _job_cancelled(self, ticket: int, message: str) -> None:
        if self._is_current(ticket):
            self.failed.emit(JobFailure(message, cancelled=True))

    @Slot(int, int, int, str)
    def _job_progressed(self, ticket: int, done: int, total: int, doing: str) -> None:
        if ticket == self._ticket and self._running:
            self.progressed.emit(done, total, doing)

    @Slot(int, object)
    def _job_crashed(self, ticket: int, error: Exception) -> None:
        if self._is_current(ticket):
            self.failed.emit(JobFailure(str(error), unexpected=True))
            sys.excepthook(type(error), error, error.__traceback__)
