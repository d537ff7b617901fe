"""Kill-and-resume driver: starts an exam through the app's own session code against a database,
answers some questions, prints `answered N` after each commit, then waits to be killed.

Usage: python -m tests.resume_driver DB_URL SET_ID PROFILE_ID ANSWERS
"""

from __future__ import annotations

import sys
import time

from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.repository import Store


def main(db_url: str, set_id: str, profile_id: str, answers: int) -> None:
    store = Store.open(db_url)
    config = QuizConfig(Mode.EXAM, time_limit_seconds=600, shuffle=False, seed=11)
    attempt = LiveAttempt.start(store, profile_id, set_id, config, clock=time.monotonic)
    print(f"attempt {attempt.attempt_id}", flush=True)
    for number in range(1, answers + 1):
        question = attempt.session.current
        assert question is not None
        attempt.submit(question.answer)  # the first three: single, multiple choice, true/false
        print(f"answered {number}", flush=True)
    attempt.heartbeat()
    print("waiting", flush=True)
    while True:  # killed here, mid-quiz
        time.sleep(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
