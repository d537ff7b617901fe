"""Which backups to keep: the rule alone, on dates, so a table of dates tests it exactly."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

LAST_KEPT = 10
WEEKS_KEPT = 4


def backups_to_keep(
    taken: Iterable[datetime], now: datetime, *, last: int = LAST_KEPT, weeks: int = WEEKS_KEPT
) -> set[datetime]:
    """Of backups taken at the times `taken`, those to keep: the `last` newest, plus the newest
    of each calendar week (Monday to Sunday, UTC) from `weeks` weeks before the current one on.

    Weeks are fixed on the calendar, not counted back from `now`, so a week's newest backup
    stays its newest: keeping it today means keeping it until its week is too old.
    """
    newest_first = sorted(set(taken), reverse=True)
    keep = set(newest_first[:last])
    oldest_week = _monday(now) - timedelta(weeks=weeks)
    weeks_seen: set[date] = set()
    for when in newest_first:
        week = _monday(when)
        if week >= oldest_week and week not in weeks_seen:
            weeks_seen.add(week)
            keep.add(when)
    return keep


def _monday(when: datetime) -> date:
    day = when.astimezone(UTC).date()
    return day - timedelta(days=day.weekday())
