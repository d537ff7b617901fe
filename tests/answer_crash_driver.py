"""Crash-mid-answer driver: answers the first question of a practice quiz (where each answer
reviews its card at once) through the app's own
`LiveAttempt`, then answers the second one with a fault injected after that answer's response is
written and before its review card is: the process stops there, killed (`kill`: it prints
`response written` and waits for SIGKILL) or gone at once (`exit`: `os._exit(3)`).

The fault is patched into this process only: `ReviewScheduler.rate`, which `LiveAttempt`
calls to work out the card once the response is written, prints and stops instead.

Every answer takes 5 seconds on its clock, so the attempt's time on screen after the first
answer is 5.0. Usage: python -m tests.answer_crash_driver DB_URL SET_ID PROFILE_ID kill|exit
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, NoReturn

from quizzes.practice import schedule
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.repository import Store
from tests.conftest import FakeClock

SECONDS_PER_ANSWER = 5.0


def answer_current(attempt: LiveAttempt, clock: FakeClock) -> None:
    question = attempt.session.current
    assert question is not None
    clock.seconds += SECONDS_PER_ANSWER
    attempt.submit(question.answer)


def main(db_url: str, set_id: str, profile_id: str, how: str) -> None:
    store = Store.open(db_url)
    clock = FakeClock()
    config = QuizConfig(Mode.PRACTICE, shuffle=False, seed=3)
    attempt = LiveAttempt.start(store, profile_id, set_id, config, clock=clock.clock, now=clock.now)
    print(f"attempt {attempt.attempt_id}", flush=True)
    answer_current(attempt, clock)
    print("answered 1", flush=True)

    def stop_before_the_card(*_args: Any, **_kwargs: Any) -> NoReturn:
        print("response written", flush=True)
        if how == "exit":
            os._exit(3)
        while True:  # killed here, inside the answer's transaction
            time.sleep(1)

    # The fault, patched into this process only.
    schedule.ReviewScheduler.rate = stop_before_the_card  # type: ignore[method-assign]
    answer_current(attempt, clock)
    print("answered 2: the fault was never reached", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
