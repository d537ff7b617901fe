"""Cancelling generation stops it at the next check point of the time budget (paragraphs
parsed, sentences searched), not after the whole article was read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizzes.generate import generate_quiz
from quizzes.progress import CancelledError, Progress

SAMPLE = Path(__file__).parent / "data" / "uzbekistan_neighbours.md"


class CancelAtCheck(Progress):
    """Records every check point and cancels itself at the `at`-th one (never when 0)."""

    def __init__(self, at: int = 0) -> None:
        super().__init__()
        self.at = at
        self.checks: list[str] = []

    def check(self, doing: str) -> None:
        self.checks.append(doing)
        if len(self.checks) == self.at:
            self.cancel()
        super().check(doing)


def test_a_cancel_stops_generation_at_the_next_check_point() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    whole_run = CancelAtCheck()
    generate_quiz(text, progress=whole_run)
    assert len(whole_run.checks) > 5
    stopped = CancelAtCheck(at=3)
    with pytest.raises(CancelledError, match=re.escape(f"cancelled while {whole_run.checks[2]};")):
        generate_quiz(text, progress=stopped)
    assert stopped.checks == whole_run.checks[:3]
