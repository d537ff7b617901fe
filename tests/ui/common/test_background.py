"""The background runner: a result, a refusal for the user, a bug for the error hook, progress,
and a cancel that stops the work and drops the late result, each arriving on the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QThreadPool

from quizzes.errors import SteppeQuizError
from quizzes.progress import Progress
from ui.common.background import BackgroundRunner, JobFailure


@pytest.fixture
def pool():
    own = QThreadPool()
    own.setMaxThreadCount(4)  # a held job never keeps the next one from starting
    yield own
    own.waitForDone(10_000)


class Recorder:
    """What a runner reported, and on which thread."""

    def __init__(self, runner: BackgroundRunner) -> None:
        self.results: list[object] = []
        self.failures: list[JobFailure] = []
        self.threads: list[QThread] = []
        runner.succeeded.connect(self.succeeded)
        runner.failed.connect(self.failed)

    def succeeded(self, result: object) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(result)

    def failed(self, failure: JobFailure) -> None:
        self.threads.append(QThread.currentThread())
        self.failures.append(failure)


def test_the_result_arrives_on_the_gui_thread(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    seen = Recorder(runner)
    workers: list[QThread] = []

    def work() -> list[int]:
        workers.append(QThread.currentThread())
        return [1, 2, 3]

    with qtbot.waitSignal(runner.succeeded, timeout=10_000):
        runner.start(work)
        assert runner.is_running()
    assert seen.results == [[1, 2, 3]] and seen.failures == []
    assert workers[0] is not QThread.currentThread()
    assert seen.threads == [QThread.currentThread()]
    assert not runner.is_running()


def test_an_expected_error_gives_its_message_and_nothing_for_the_error_hook(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    seen = Recorder(runner)

    refusal = SteppeQuizError("The file is not a quiz set.\nLine 3: no prompt.")

    def refuse() -> None:
        raise refusal

    with (
        qtbot.captureExceptions() as exceptions,
        qtbot.waitSignal(runner.failed, timeout=10_000),
    ):
        runner.start(refuse)
    assert seen.failures == [JobFailure(str(refusal), error=refusal)]  # the error itself too
    assert not seen.failures[0].unexpected
    assert exceptions == [] and seen.results == []
    assert not runner.is_running()


def test_an_unexpected_error_goes_to_the_error_hook_too(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    seen = Recorder(runner)

    def broken() -> None:
        raise KeyError("missing")

    with (
        qtbot.captureExceptions() as exceptions,
        qtbot.waitSignal(runner.failed, timeout=10_000),
    ):
        runner.start(broken)
    assert seen.failures == [JobFailure("'missing'", unexpected=True)]
    [(kind, error, traceback)] = exceptions
    assert kind is KeyError and str(error) == "'missing'"
    assert traceback is not None  # the crash report gets where it happened
    assert not runner.is_running()


def test_cancel_stops_waiting_and_drops_the_late_result(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    seen = Recorder(runner)
    release = threading.Event()

    def slow() -> str:
        release.wait(10)
        return "late"

    runner.start(slow)
    runner.cancel()
    assert not runner.is_running()
    release.set()
    runner.wait()
    qtbot.wait(50)  # let the late result arrive, to be dropped
    assert seen.results == [] and seen.failures == []


def test_a_cancelled_crash_is_dropped_too(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    seen = Recorder(runner)
    release = threading.Event()

    def slow_bug() -> None:
        release.wait(10)
        raise RuntimeError("a bug nobody waits for")

    with qtbot.captureExceptions() as exceptions:
        runner.start(slow_bug)
        runner.cancel()
        release.set()
        runner.wait()
        qtbot.wait(50)
    assert exceptions == [] and seen.failures == []


def test_starting_again_forgets_the_job_running(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    seen = Recorder(runner)
    release = threading.Event()

    def first() -> str:
        release.wait(10)
        return "first"

    runner.start(first)
    with qtbot.waitSignal(runner.succeeded, timeout=10_000):
        runner.start(lambda: "second")
    release.set()
    runner.wait()
    qtbot.wait(50)
    assert seen.results == ["second"]


def test_wait_returns_once_every_job_has_stopped(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    release = threading.Event()
    finished: list[str] = []

    def slow() -> None:
        release.wait(10)
        finished.append("done")

    runner.start(slow)
    runner.cancel()
    threading.Timer(0.05, release.set).start()
    runner.wait()
    assert finished == ["done"]


class CountingWork:
    """Work of `steps` steps that checks its progress token at each; `started` is set once it
    runs, and each step waits a little so a cancel lands halfway."""

    def __init__(self, steps: int = 2000) -> None:
        self.steps = steps
        self.done = 0
        self.started = threading.Event()

    def __call__(self, progress: Progress) -> int:
        self.started.set()
        for step in range(self.steps):
            progress.advance(step, self.steps, "counting")
            self.done += 1
            time.sleep(0.001)
        return self.done


def test_progress_reaches_the_gui_thread(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    heard: list[tuple[int, int, str, QThread]] = []
    runner.progressed.connect(
        lambda done, total, doing: heard.append((done, total, doing, QThread.currentThread()))
    )
    with qtbot.waitSignal(runner.succeeded, timeout=30_000):
        runner.start_with_progress(CountingWork(steps=200))
    qtbot.wait(50)
    assert [h[:3] for h in heard[:2]] == [(0, 200, "counting"), (2, 200, "counting")]
    assert len(heard) == 100
    assert {h[3] for h in heard} == {QThread.currentThread()}


def test_cancel_really_stops_the_work_and_forgets_it(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    seen = Recorder(runner)
    work = CountingWork()
    runner.start_with_progress(work)
    assert work.started.wait(10)
    runner.cancel()
    assert not runner.is_running()
    runner.wait()
    qtbot.wait(50)
    assert 0 < work.done < work.steps  # the work saw the cancel and stopped early
    assert seen.results == [] and seen.failures == []


def test_cancel_without_forgetting_reports_that_the_work_stopped(qtbot, pool):
    runner = BackgroundRunner(pool=pool)
    seen = Recorder(runner)
    work = CountingWork()
    runner.start_with_progress(work)
    assert work.started.wait(10)
    with qtbot.waitSignal(runner.failed, timeout=10_000):
        runner.cancel(forget=False)
        assert runner.is_running()
    assert seen.failures == [
        JobFailure("cancelled while counting; nothing was changed", cancelled=True)
    ]
    assert 0 < work.done < work.steps
    assert not runner.is_running()
