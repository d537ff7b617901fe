"""A real process is killed mid-exam; the app then offers to resume exactly where it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from quizzes.model import parse_quizset
from quizzes.store.repository import Store
from tests.conftest import quizset_document
from tests.ui.student_helpers import open_window
from ui.student.quiz_runner import clock_text

ROOT = Path(__file__).resolve().parents[3]


def test_a_killed_exam_resumes_at_the_next_question_with_its_time(qtbot, db_url):
    store = Store.open(db_url)
    set_id = store.add_quizset(parse_quizset(quizset_document())).id
    profile_id = store.create_profile("Aigerim").id
    store.close()
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.resume_driver", db_url, set_id, profile_id, "3"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        lines = []
        for line in driver.stdout:
            lines.append(line.strip())
            if line.strip() == "waiting":
                break
        assert lines[-2:] == ["answered 3", "waiting"], lines
    finally:
        driver.send_signal(signal.SIGKILL)
        driver.wait(timeout=10)
        driver.stdout.close()
    assert driver.returncode == -signal.SIGKILL

    window = open_window(qtbot, db_url)
    home = window.home
    assert home.continue_card.isVisible()
    assert "3 answers given of 7" in home.continue_label.text()
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    runner = window.runner
    assert window.stack.currentWidget() is runner
    assert runner.progress_label.text() == "4 / 7"
    assert runner.attempt.session.current.id == "border-length"  # set order, 4th question
    # Time only counts while the exam was on screen: well under a minute was used.
    remaining = runner.attempt.session.remaining_seconds()
    assert 540 < remaining <= 600
    assert runner.timer_label.text() == f"Time left {clock_text(remaining)}"
    [first, second, third] = window.store.history.responses(runner.attempt.attempt_id)
    assert (first.question_id, first.correct) == ("sco-newest", True)
    assert (second.question_id, third.question_id) == ("sco-members", "turkey-member")
