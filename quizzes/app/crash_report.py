"""Recording unexpected errors: the full traceback goes to a log file in the data folder."""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from quizzes import __version__
from quizzes.app.paths import data_dir


def write_crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    """Append the traceback to `crash.log`; returns its path, or None if it cannot be written."""
    path = data_dir() / "crash.log"
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp} Steppe Quiz {__version__}\n{text}\n")
    except OSError:
        return None
    return path


def error_summary(exc: BaseException) -> str:
    """The error for the screen: its type and first line. Database errors carry their SQL and
    its parameters on the lines after; those stay in the crash log."""
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
