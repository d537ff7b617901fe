"""An answer is one transaction: a process stopped between writing the response and writing
the review card leaves that answer wholly unstored, and everything before it intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.store.repository import Store
from tests.answer_crash_driver import SECONDS_PER_ANSWER
from tests.conftest import FakeClock, quizset_document

ROOT = Path(__file__).resolve().parents[3]


def run_driver_until_stopped(db_url: str, set_id: str, profile_id: str, how: str) -> list[str]:
    """The driver's lines up to the fault; it is dead when this returns."""
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.answer_crash_driver", db_url, set_id, profile_id, how],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    lines: list[str] = []
    try:
        assert driver.stdout is not None
        for line in driver.stdout:
            lines.append(line.strip())
            if lines[-1] == "response written":
                break
        if how == "kill":
            driver.send_signal(signal.SIGKILL)
        driver.wait(timeout=30)
    finally:
        if driver.poll() is None:
            driver.kill()
            driver.wait(timeout=10)
        assert driver.stdout is not None
        driver.stdout.close()
    expected_code = -signal.SIGKILL if how == "kill" else 3
    assert driver.returncode == expected_code, lines
    return lines


@pytest.mark.parametrize("how", ["kill", "exit"])
def test_an_answer_stopped_before_its_card_is_stored_not_at_all(db_url, how):
    store = Store.open(db_url)
    set_id = store.add_quizset(parse_quizset(quizset_document())).id
    profile_id = store.create_profile("Aigerim").id
    store.close()

    lines = run_driver_until_stopped(db_url, set_id, profile_id, how)
    assert lines[1:] == ["answered 1", "response written"], lines
    attempt_id = lines[0].removeprefix("attempt ")

    store = Store.open(db_url)
    try:
        history = store.history
        # The first answer is all there: response, time on screen and card.
        [response] = history.responses(attempt_id)
        assert (response.question_id, response.correct) == ("sco-newest", True)
        info = history.attempt(attempt_id)
        assert info.answered == 1
        assert info.elapsed_seconds == SECONDS_PER_ANSWER
        assert set(history.card_states(profile_id, set_id)) == {"sco-newest"}
        # The second answer left nothing, so resuming asks that question again.
        resumed = LiveAttempt.resume(store, attempt_id, clock=FakeClock().clock)
        assert resumed.session.current is not None
        assert resumed.session.current.id == "sco-members"
    finally:
        store.close()
