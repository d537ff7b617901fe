"""The quiz runner when the database refuses an answer (locked by another connection): the answer
stays on screen, a line says it was not saved, Submit becomes Retry, nothing moves on, and Retry
once the lock is gone stores it once and goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.repository import Store
from tests.conftest import FakeClock, quizset_document
from tests.database_faults import database_locked, give_up_on_locks_quickly
from ui.student import quiz_runner
from ui.student.quiz_runner import QuizRunner

REFUSED = (
    "Your answer was not saved: the database is busy or cannot be written to. "
    "It is still here: Retry saves it."
)


@pytest.fixture
def crash_log(monkeypatch, tmp_path: Path) -> Path:
    """Where the app's crash log goes during the test."""
    monkeypatch.setattr("quizzes.app.crash_report.data_dir", lambda: tmp_path)
    return tmp_path / "crash.log"


def start_runner(qtbot, store: Store, clock: FakeClock, config: QuizConfig) -> QuizRunner:
    set_id = store.add_quizset(parse_quizset(quizset_document())).id
    profile_id = store.create_profile("Aigerim").id
    give_up_on_locks_quickly(store)
    attempt = LiveAttempt.start(store, profile_id, set_id, config, clock=clock.clock, now=clock.now)
    runner = QuizRunner()
    qtbot.addWidget(runner)
    runner.resize(800, 600)
    runner.show()
    runner.begin(attempt)
    qtbot.waitExposed(runner)
    return runner


def press(qtbot, runner: QuizRunner, key: Qt.Key) -> None:
    """A key where the student's focus is (the runner when nothing inside has focus)."""
    qtbot.keyClick(runner.focusWidget() or runner, key)


def stored(store: Store, runner: QuizRunner) -> list[tuple[str, object, int]]:
    assert runner.attempt is not None
    return [
        (r.question_id, r.answer, r.position)
        for r in store.history.responses(runner.attempt.attempt_id)
    ]


def test_a_refused_answer_stays_on_screen_until_retry_stores_it(
    qtbot, store, clock, db_url, crash_log, monkeypatch
):
    monkeypatch.setattr(quiz_runner, "HEARTBEAT_MS", 20)  # heartbeats during the refusal too
    runner = start_runner(qtbot, store, clock, QuizConfig(Mode.PRACTICE, shuffle=False))
    first_prompt = runner.prompt_label.text()
    press(qtbot, runner, Qt.Key.Key_1)  # Belarus
    with database_locked(db_url) as other:
        for _ in range(2):  # Enter on the refused answer retries; still locked, still refused
            press(qtbot, runner, Qt.Key.Key_Return)
            assert runner.not_saved_label.isVisible()
            assert runner.not_saved_label.text() == REFUSED
            assert runner.action_button.text() == "Retry"
            assert runner.hint_label.text() == "Enter retry   ·   Esc pause"
            assert not runner.feedback.isVisible()
            assert runner.prompt_label.text() == first_prompt
            assert runner.progress_label.text() == "1 / 7"
            assert runner.answer_widget is not None and runner.answer_widget.given() == "Belarus"
            assert other.execute("select count(*) from response").fetchone() == (0,)
        qtbot.wait(150)  # the heartbeat waits for the retry rather than failing on the lock
    log = crash_log.read_text(encoding="utf-8")
    assert log.count("quizzes.errors.AnswerNotSavedError: Your answer was not saved") == 2
    assert "database is locked" in log  # the database's own words, for whoever reads the log

    qtbot.mouseClick(runner.action_button, Qt.MouseButton.LeftButton)  # Retry, lock gone
    assert not runner.not_saved_label.isVisible()
    assert runner.feedback.isVisible() and "Right" in runner.feedback.verdict_label.text()
    assert runner.action_button.text() == "Next"
    assert stored(store, runner) == [("sco-newest", "Belarus", 0)]

    press(qtbot, runner, Qt.Key.Key_Return)  # next: the second question, answered as usual
    assert runner.prompt_label.text() != first_prompt
    assert runner.progress_label.text() == "2 / 7"
    assert runner.action_button.text() == "Submit"
    press(qtbot, runner, Qt.Key.Key_1)  # India
    press(qtbot, runner, Qt.Key.Key_Return)
    assert stored(store, runner) == [("sco-newest", "Belarus", 0), ("sco-members", ["India"], 1)]


def test_an_exam_selection_refused_when_the_time_runs_out_ends_the_exam_once_stored(
    qtbot, store, clock, db_url, crash_log
):
    config = QuizConfig(Mode.EXAM, shuffle=False, time_limit_seconds=60)
    runner = start_runner(qtbot, store, clock, config)
    press(qtbot, runner, Qt.Key.Key_1)  # Belarus: stored at once
    press(qtbot, runner, Qt.Key.Key_Return)  # next
    finished: list[object] = []
    runner.quiz_finished.connect(finished.append)
    with database_locked(db_url):
        press(qtbot, runner, Qt.Key.Key_1)  # India, refused
        assert runner.not_saved_label.text() == REFUSED
        assert runner.action_button.text() == "Retry"
        press(qtbot, runner, Qt.Key.Key_Return)  # Retry, still refused: nothing moves
        assert runner.progress_label.text() == "2 / 7"
        clock.seconds = 61  # the time runs out: tried once more, still refused
        qtbot.waitUntil(lambda: crash_log.read_text(encoding="utf-8").count("not saved") == 3)
        assert runner.not_saved_label.isVisible()
        assert finished == []

    with qtbot.waitSignal(runner.quiz_finished) as done:
        press(qtbot, runner, Qt.Key.Key_Return)  # Retry: stored, then the exam ends
    summary = done.args[0]
    assert (summary.answered, summary.correct, summary.timed_out) == (2, 1, True)
    assert stored(store, runner) == [("sco-newest", "Belarus", 0), ("sco-members", ["India"], 1)]
    assert runner.attempt is not None
    assert store.history.attempt(runner.attempt.attempt_id).finished_at is not None
    assert len(finished) == 1
