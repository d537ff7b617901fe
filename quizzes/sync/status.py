"""The status bar's line about the school server, from the last sync's outcome.

"Synced 2 min ago", "Server unreachable — working offline", "Wrong password — open File ▸
School server…": short, and never a dialog; the full sentence is in File ▸ School server….
"""

from __future__ import annotations

from datetime import datetime, timedelta

from quizzes.errors import SteppeQuizError
from quizzes.sync.errors import (
    SETTINGS_PLACE,
    PasswordNeededError,
    ServerLoginError,
    ServerUnreachableError,
)


def status_line(
    last_synced: datetime | None, failure: SteppeQuizError | None, now: datetime
) -> str:
    """What the status bar says: the last failure if the last sync failed, else how long ago
    the last one succeeded."""
    if isinstance(failure, ServerUnreachableError):
        return "Server unreachable — working offline"
    if isinstance(failure, ServerLoginError):
        return f"Wrong password — open {SETTINGS_PLACE}"
    if isinstance(failure, PasswordNeededError):
        return f"Password needed to sync — open {SETTINGS_PLACE}"
    if failure is not None:
        return f"Not synced — see {SETTINGS_PLACE}"
    if last_synced is None:
        return "Not synced yet"
    return f"Synced {_ago(now - last_synced)}"


def _ago(elapsed: timedelta) -> str:
    minutes = int(elapsed.total_seconds() // 60)
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min ago"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} h ago"
    days = hours // 24
    return "1 day ago" if days == 1 else f"{days} days ago"
