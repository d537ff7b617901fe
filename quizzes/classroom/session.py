"""The teacher session: one right PIN unlocks the teacher functions until the session locks.

It locks after `IDLE_LOCK_SECONDS` without any input in the app, when the student profile
changes, or when the teacher locks it by hand. The front end reports input with
`note_activity` and checks `lock_if_idle` now and then; the clock is injected (monotonic
seconds), so tests are exact. No Qt here: the app's windows and timers drive it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

# Moodle's habit, and long enough for a lesson's teacher tasks: ten minutes with no key press
# or click, and a student who sits down at the laptop finds it locked again.
IDLE_LOCK_SECONDS = 10 * 60


class TeacherSession:
    """Whether the teacher functions are unlocked now; `listeners` hear every change."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        idle_limit: float = IDLE_LOCK_SECONDS,
    ) -> None:
        self._clock = clock
        self._idle_limit = idle_limit
        self._unlocked = False
        self._last_activity = 0.0
        self._listeners: list[Callable[[bool], None]] = []

    def add_listener(self, listener: Callable[[bool], None]) -> None:
        """`listener(unlocked)` is called each time the session locks or unlocks."""
        self._listeners.append(listener)

    def is_unlocked(self) -> bool:
        self.lock_if_idle()
        return self._unlocked

    def unlock(self) -> None:
        """After a right PIN: unlocked, and the idle time counts from now."""
        self._last_activity = self._clock()
        self._set(True)

    def lock(self) -> None:
        self._set(False)

    def note_activity(self) -> None:
        """An input event: the idle time starts again (unless it has already run out)."""
        if self._unlocked and not self.lock_if_idle():
            self._last_activity = self._clock()

    def lock_if_idle(self) -> bool:
        """Lock when the idle limit has passed; whether it locked now."""
        if self._unlocked and self._clock() - self._last_activity >= self._idle_limit:
            self._set(False)
            return True
        return False

    def _set(self, unlocked: bool) -> None:
        if unlocked == self._unlocked:
            return
        self._unlocked = unlocked
        for listener in self._listeners:
            listener(unlocked)
