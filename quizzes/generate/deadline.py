"""A time budget for generation: checked between steps, sentences and paragraphs, so an article
that would take too long to read stops with a clear message instead of hanging the program. The
same check points stop generation when the user cancels (`quizzes.progress.Progress`)."""

from __future__ import annotations

import time
from collections.abc import Callable

from quizzes.errors import ArticleError
from quizzes.progress import Progress


class Deadline:
    """Raises `ArticleError` from `check` once `seconds` have passed since it was made, and
    `CancelledError` once `progress` was cancelled."""

    def __init__(
        self,
        seconds: float,
        clock: Callable[[], float] = time.monotonic,
        progress: Progress | None = None,
    ) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds
        self._progress = progress or Progress()

    def check(self, doing: str) -> None:
        """Stop generation if it was cancelled or the budget is spent; `doing` says what it was
        busy with."""
        self._progress.check(doing)
        if self._clock() > self._end:
            raise ArticleError(
                f"the article took too long to read: stopped after {self.seconds:g} s while "
                f"{doing}; try a shorter article, or only its main text"
            )
