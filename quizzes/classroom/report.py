"""The class view's rows (one per student and set) and their CSV export. Pure: no database.

The rows themselves are computed by `quizzes.store.class_results`; this module only holds them
and writes them for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

# A cell starting with one of these is run as a formula by Excel and LibreOffice; student
# names come from other laptops, so such cells are written with a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ClassRow:
    """One student's results on one set."""

    profile_id: str
    student: str
    set_id: str
    set_title: str
    attempts: int  # finished attempts
    best: float | None  # 0..1, best finished score
    last: float | None  # 0..1, most recent finished score
    last_finished_at: datetime | None
    # Per topic: the mean score (0..1) of every answer the student gave to that topic's questions.
    mastery: dict[str, float] = field(default_factory=dict)


def topics_in(rows: list[ClassRow]) -> list[str]:
    """Every topic that appears in the rows, in order of first appearance."""
    seen: dict[str, None] = {}
    for row in rows:
        for topic in row.mastery:
            seen.setdefault(topic, None)
    return list(seen)


def percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


def class_rows_csv(rows: list[ClassRow]) -> str:
    """A CSV (comma-separated, header row, percentages as numbers 0-100) for a spreadsheet."""
    topics = topics_in(rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [
            "Student",
            "Set",
            "Attempts",
            "Best %",
            "Last %",
            "Last finished (UTC)",
            *(f"Mastery: {t}" for t in topics),
        ]
    )
    for row in rows:
        writer.writerow(
            [
                _safe_cell(row.student),
                _safe_cell(row.set_title),
                row.attempts,
                _number(row.best),
                _number(row.last),
                row.last_finished_at.strftime("%Y-%m-%d %H:%M") if row.last_finished_at else "",
                *(_number(row.mastery.get(t)) for t in topics),
            ]
        )
    return buffer.getvalue()


def _number(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f}"


def _safe_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
