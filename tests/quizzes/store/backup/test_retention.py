"""Which backups are kept: the last 10, plus the newest of each of the four calendar weeks
(Monday to Sunday, UTC) before the current one. Dates in a table, the rule alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from quizzes.store.backup.retention import backups_to_keep

# Wednesday 4 March 2026, noon UTC; its week began on Monday 2 March.
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def at(text: str) -> datetime:
    """'2026-03-04 11:00' as a UTC time."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def hourly(first: str, count: int) -> list[datetime]:
    return [at(first) + timedelta(hours=hour) for hour in range(count)]


def daily(first: str, count: int) -> list[datetime]:
    return [at(first) + timedelta(days=day) for day in range(count)]


CASES = [
    pytest.param([], set(), id="no backups"),
    pytest.param(
        hourly("2026-03-04 00:00", 3),
        set(hourly("2026-03-04 00:00", 3)),
        id="fewer than ten: all kept",
    ),
    pytest.param(
        hourly("2026-03-04 00:00", 12),
        set(hourly("2026-03-04 02:00", 10)),
        id="twelve today: the ten newest",
    ),
    pytest.param(
        # Daily from Sunday 25 January to Wednesday 4 March (39 days).
        daily("2026-01-25 18:00", 39),
        {
            *daily("2026-02-23 18:00", 10),  # the last ten: 23 February to 4 March
            at("2026-02-22 18:00"),  # the Sunday ending the week of 16 February
            at("2026-02-15 18:00"),  # ... of 9 February
            at("2026-02-08 18:00"),  # ... of 2 February (four weeks before this one)
        },
        id="daily for five weeks: ten, then one a week for four weeks",
    ),
    pytest.param(
        [at("2026-02-01 23:59"), at("2026-02-02 00:00"), *hourly("2026-03-04 00:00", 10)],
        {at("2026-02-02 00:00"), *hourly("2026-03-04 00:00", 10)},
        id="Sunday is the week before's: only Monday's week is young enough",
    ),
    pytest.param(
        [at("2026-02-16 09:00"), at("2026-02-18 09:00"), *hourly("2026-03-04 00:00", 10)],
        {at("2026-02-18 09:00"), *hourly("2026-03-04 00:00", 10)},
        id="two in one week: the newer",
    ),
    pytest.param(
        [at("2025-12-01 09:00"), at("2026-01-05 09:00")],
        {at("2025-12-01 09:00"), at("2026-01-05 09:00")},
        id="months old but among the last ten: kept",
    ),
    pytest.param(
        [at("2026-03-09 09:00"), *hourly("2026-03-04 00:00", 10)],
        {at("2026-03-09 09:00"), *hourly("2026-03-04 01:00", 9)},
        id="one dated after now (a clock put back) counts as the newest",
    ),
]


@pytest.mark.parametrize(("taken", "kept"), CASES)
def test_backups_to_keep(taken, kept):
    assert backups_to_keep(taken, NOW) == kept


def test_weeks_are_counted_in_utc_whatever_the_time_zone():
    almaty = timezone(timedelta(hours=5))
    taken = [when.astimezone(almaty) for when in daily("2026-01-25 20:00", 39)]
    kept = backups_to_keep(taken, NOW.astimezone(almaty))
    # Sunday 22 February 20:00 UTC is already Monday 01:00 in Almaty: still Sunday's week.
    assert at("2026-02-22 20:00") in kept
    assert at("2026-02-21 20:00") not in kept
    assert len(kept) == 13
