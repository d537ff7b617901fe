"""Small rules every part of the app shares: the current time, and picking a free id or title.

`utc_now` is the one wall clock of the app: the store stamps rows with it and the quiz screens
use it unless a test passes its own clock (`now=`), so there is one place to swap it.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC (the store refuses naive times)."""
    return datetime.now(UTC)


def unused_id(wanted: str, taken: set[str]) -> str:
    """`wanted` if no id in `taken` is that, else the first free `wanted-2`, `wanted-3`..."""
    if wanted not in taken:
        return wanted
    suffix = 2
    while f"{wanted}-{suffix}" in taken:
        suffix += 1
    return f"{wanted}-{suffix}"


def unused_title(wanted: str, taken: set[str]) -> str:
    """`wanted` if no title in `taken` is that (ignoring case), else "wanted (2)", "(3)"..."""
    folded = {title.casefold() for title in taken}
    if wanted.casefold() not in folded:
        return wanted
    suffix = 2
    while f"{wanted} ({suffix})".casefold() in folded:
        suffix += 1
    return f"{wanted} ({suffix})"
