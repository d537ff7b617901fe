"""The cooperative cancel token: `check` raises once cancelled, `advance` reports how far the
work is (once per whole percentage and phase) and checks too."""

from __future__ import annotations

import threading

import pytest

from quizzes.progress import CancelledError, Progress


def test_check_passes_until_cancelled_then_names_what_was_stopped() -> None:
    progress = Progress()
    progress.check("reading")
    progress.cancel()
    assert progress.is_cancelled
    with pytest.raises(CancelledError) as stopped:
        progress.check("storing")
    assert str(stopped.value) == "cancelled while storing; nothing was changed"


def test_cancel_from_another_thread_is_seen_by_the_work() -> None:
    progress = Progress()
    worker = threading.Thread(target=progress.cancel)
    worker.start()
    worker.join()
    with pytest.raises(CancelledError):
        progress.advance(1, 10, "reading")


def test_advance_reports_each_percentage_and_phase_once() -> None:
    heard: list[tuple[int, int, str]] = []
    progress = Progress(lambda done, total, doing: heard.append((done, total, doing)))
    for done in range(1000):
        progress.advance(done, 1000, "reading")
    progress.advance(0, 1000, "storing")
    progress.advance(0, 0, "storing")
    assert len(heard) == 100 + 2
    assert heard[:3] == [(0, 1000, "reading"), (10, 1000, "reading"), (20, 1000, "reading")]
    assert heard[-2:] == [(0, 1000, "storing"), (0, 0, "storing")]
