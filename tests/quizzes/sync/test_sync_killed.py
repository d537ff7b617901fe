"""A sync process killed with SIGKILL, at a chosen step and at random moments: the next sync
completes the job, with nothing lost and nothing sent twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizzes.sync.run import STEPS
from tests.quizzes.sync.conftest import Classroom, Laptop
from tests.quizzes.sync.test_sync_faults import assert_all_sent_once, play, sync

pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parents[3]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def kill_driver_at(laptop_url: str, step: str, password: str) -> list[str]:
    """The driver's lines up to `step`, where it is killed with SIGKILL."""
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.sync_kill_driver", laptop_url, step, password],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    lines: list[str] = []
    try:
        assert driver.stdout is not None
        for line in driver.stdout:
            lines.append(line.strip())
            if lines[-1] == "waiting":
                break
        driver.send_signal(signal.SIGKILL)
        driver.wait(timeout=30)
    finally:
        if driver.poll() is None:
            driver.kill()
            driver.wait(timeout=10)
        assert driver.stdout is not None
        driver.stdout.close()
    assert driver.returncode == -signal.SIGKILL, lines
    return lines


@pytest.mark.parametrize("step", ["pulled", "sent"])
def test_a_sync_killed_with_sigkill_is_completed_by_the_next(
    classroom: Classroom, laptop: Laptop, step: str
):
    sync(laptop)
    attempts = play(laptop, classroom)

    lines = kill_driver_at(str(laptop.store.engine.url), step, laptop.password)
    sync(laptop)

    assert lines == [*STEPS[: STEPS.index(step) + 1], "waiting"]
    assert_all_sent_once(classroom, laptop, attempts)


def test_the_sync_command_killed_at_random_moments_loses_and_doubles_nothing(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    chosen = random.Random()
    command = [sys.executable, str(ROOT / "main.py"), "sync", "--password", laptop.password]
    command += ["--db", str(laptop.store.engine.url)]
    attempts = []

    for _ in range(3):
        attempts.append(laptop.student.quiz(classroom.published.id, {"eaeu": "EAEU"}))
        # A run of the command takes a few seconds here: the kill lands anywhere in it.
        delay = chosen.uniform(0.5, 4.5)
        process = subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    sync(laptop)

    server = classroom.server
    assert (server.count("attempt"), server.count("response")) == (3, 3)
    assert [server.attempt(a) for a in attempts] == [(classroom.student_id, True, 1.0)] * 3
    assert laptop.store.sync_ledger.pending(laptop.student.profile_id) == []
