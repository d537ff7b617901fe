"""Kill-mid-exam driver: the real window (offscreen) takes an exam the way a student does, by
keys and clicks: question 1 answered and Next, question 2 ticked (never "submitted") and flagged.
It then prints `ready` and stops processing events (no heartbeat, no closing), to be killed.

The fake clock gives 30 s to each question and 3 more after the flag, which are never saved.
Usage: python -m tests.exam_kill_driver DB_URL
"""

from __future__ import annotations

import random
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.repository import Store
from tests.conftest import FakeClock
from ui.main_window import MainWindow


def main(db_url: str) -> None:
    app = QApplication([])
    fake = FakeClock()
    window = MainWindow(
        lambda: Store.open(db_url),
        db_url,
        clock=fake.clock,
        now=fake.now,
        seed_source=random.Random(1),
    )
    window.show()
    loaded: list[bool] = []
    window.sets_loaded.connect(lambda: loaded.append(True))
    window.load()
    deadline = time.monotonic() + 10
    while not loaded and time.monotonic() < deadline:
        app.processEvents()
    assert window.store is not None
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False, time_limit_seconds=600))
    runner = window.runner

    def key(which: Qt.Key) -> None:
        QTest.keyClick(window.focusWidget() or runner, which)

    fake.seconds += 30
    key(Qt.Key.Key_1)  # Belarus
    key(Qt.Key.Key_Return)  # Next
    fake.seconds += 30
    key(Qt.Key.Key_3)  # Turkey ticked: on screen, never "submitted"
    QTest.mouseClick(runner.flag_button, Qt.MouseButton.LeftButton)
    fake.seconds += 3
    print("ready", flush=True)
    while True:  # killed here, mid-exam, with no event processed after the last click
        time.sleep(1)


if __name__ == "__main__":
    main(sys.argv[1])
