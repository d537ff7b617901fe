"""Background sync with the school server, and its line in the status bar.

Once a school server is set up, a sync runs off the GUI thread when the database is opened and
every few minutes after; it never blocks the window and never opens a dialog: the status bar
says how it went ("Synced 2 min ago", "Server unreachable — working offline"), and File ▸
School server… shows the whole sentence. The password comes from the system keyring or from
the dialog, and is kept in memory only; a password the server refuses is forgotten, so the
timer does not keep trying it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from quizzes.errors import SteppeQuizError
from ui.common.background import BackgroundRunner, JobFailure
from ui.common.labels import plain_label

if TYPE_CHECKING:
    from quizzes.store.repository import Store
    from quizzes.sync.run import SyncOutcome
    from quizzes.sync.settings import SyncSettings

SYNC_INTERVAL_MS = 5 * 60 * 1000
STATUS_REFRESH_MS = 30 * 1000  # "Synced 2 min ago" keeps counting


class SchoolSync(QObject):
    """Runs syncs for the open database and keeps the status bar's line up to date."""

    finished = Signal(str)  # what the last sync did, or why it did not: whole sentences
    received_sets = Signal()  # a sync brought new or changed sets

    def __init__(
        self,
        now: Callable[[], datetime],
        parent: QObject | None = None,
        interval_ms: int = SYNC_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._store: Store | None = None
        self._password: str | None = None
        self._failure: SteppeQuizError | None = None
        self.last_report = ""
        self.status_label = plain_label(object_name="syncStatus")
        self._runner = BackgroundRunner(self)
        self._runner.succeeded.connect(self._synced)
        self._runner.failed.connect(self._not_synced)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sync_in_background)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.show_status)

    def is_available(self) -> bool:
        """Whether the open database is this computer's own, the kind that syncs."""
        return self._store is not None

    def settings(self) -> SyncSettings | None:
        from quizzes.sync.settings import load_sync_settings

        return None if self._store is None else load_sync_settings(self._store)

    def attach(self, store: Store) -> None:
        """Sync `store` (a newly opened database): at once, then every few minutes."""
        from quizzes.sync.password import kept_password

        self._failure = None
        if not store.sync_ledger.is_own_copy():  # the app runs on the server itself
            self._store = None
            self.status_label.hide()
            return
        self._store = store
        settings = self.settings()
        if settings is None:
            self.status_label.hide()
            return
        self._password = kept_password(settings.server_url, settings.login)
        self._timer.start()
        self._status_timer.start()
        self.sync_in_background()

    def detach(self) -> None:
        """Stop syncing (the database is about to close) and wait for a sync under way."""
        self._timer.stop()
        self._status_timer.stop()
        self._runner.wait()
        self._store = None

    def is_syncing(self) -> bool:
        return self._runner.is_running()

    def set_up(self, server_url: str, login: str, password: str, profile_id: str) -> None:
        """Keep the server and login (the password in the keyring if there is one, else in
        memory until the app closes), then sync. `SyncError` if they cannot be used."""
        from quizzes.sync.password import keep_password
        from quizzes.sync.settings import save_sync_settings

        assert self._store is not None
        settings = save_sync_settings(self._store, server_url, login, profile_id)
        if password:
            self._password = password
            keep_password(settings.server_url, settings.login, password)
        self._failure = None
        self._timer.start()
        self._status_timer.start()
        self.sync_in_background()

    @Slot()
    def sync_in_background(self) -> None:
        from quizzes.sync.errors import PasswordNeededError
        from quizzes.sync.run import sync_once

        settings = self.settings()
        if self._store is None or settings is None or self._runner.is_running():
            return
        if self._password is None:
            self._not_synced(
                JobFailure(
                    "",
                    error=PasswordNeededError(
                        f"The school server needs the password of {settings.login!r}: enter it "
                        "in File ▸ School server…."
                    ),
                )
            )
            return
        store, password, now = self._store, self._password, self._now()
        self.status_label.setText("Syncing…")
        self.status_label.show()
        self._runner.start(lambda: sync_once(store, settings, password, now))

    @Slot(object)
    def _synced(self, outcome: SyncOutcome) -> None:
        self._failure = None
        self.last_report = "\n".join(outcome.lines())
        self.show_status()
        self.finished.emit(self.last_report)
        if outcome.sets_added or outcome.sets_updated:
            self.received_sets.emit()

    @Slot(object)
    def _not_synced(self, failure: JobFailure) -> None:
        from quizzes.sync.errors import ServerLoginError

        if failure.unexpected:  # the error hook has told the user
            self._failure = SteppeQuizError(failure.message)
        else:
            self._failure = failure.error
        if isinstance(self._failure, ServerLoginError):
            self._password = None
        self.last_report = str(self._failure) if self._failure else failure.message
        self.show_status()
        self.finished.emit(self.last_report)

    @Slot()
    def show_status(self) -> None:
        """Say in the status bar how the last sync went (and how long ago it was)."""
        from quizzes.sync.settings import last_synced
        from quizzes.sync.status import status_line

        if self._store is None:
            return
        self.status_label.setText(status_line(last_synced(self._store), self._failure, self._now()))
        self.status_label.setToolTip(self.last_report)
        self.status_label.show()
