"""Opening the database off the GUI thread, so the window paints before the slow part.

Importing the storage stack (SQLAlchemy, pydantic), migrating and loading the built-in bank
take several times longer than showing a bare window; doing them in a worker thread lets the
first paint happen at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread

if TYPE_CHECKING:
    from quizzes.store.repository import Store


class StoreOpener(QThread):
    """Runs `open_store` in a thread; `take_store()` then returns its store or re-raises."""

    def __init__(self, open_store: Callable[[], Store]) -> None:
        super().__init__()
        self._open_store = open_store
        self._store: Store | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            self._store = self._open_store()
        except BaseException as err:  # handed to the GUI thread by take_store()
            self._error = err

    def take_store(self) -> Store:
        """The opened store (call after `finished`); raises what opening raised."""
        self.wait()
        if self._error is not None:
            raise self._error
        assert self._store is not None
        return self._store
