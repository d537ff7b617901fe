"""Which school server this laptop syncs with, as whom: kept in the laptop's own settings.

The server's address and the student's login are kept, with the local profile they sync;
the password never is (see `quizzes.sync.password`). Changing the server or the login forgets
what was marked as sent, so everything is sent to the new one.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from quizzes.store.repository import Store
from quizzes.store.school_server import server_address
from quizzes.sync.errors import SyncError

SETTINGS_KEY = "school_server"
SYNCED_AT_KEY = "school_server.synced_at"


@dataclass(frozen=True)
class SyncSettings:
    server_url: str
    login: str
    profile_id: str  # the profile on this laptop whose attempts are sent


def load_sync_settings(store: Store) -> SyncSettings | None:
    """The laptop's school server, or None when none is set up (or the setting is unreadable)."""
    text = store.settings.get_setting(SETTINGS_KEY)
    if text is None:
        return None
    try:
        values = json.loads(text)
        return SyncSettings(
            str(values["server_url"]), str(values["login"]), str(values["profile_id"])
        )
    except (ValueError, TypeError, KeyError):
        return None


def save_sync_settings(store: Store, server_url: str, login: str, profile_id: str) -> SyncSettings:
    """Keep the server (its URL without any password), login and profile; a new server or
    login forgets what was sent, so everything goes to it."""
    login = login.strip()
    if not login:
        raise SyncError("Enter the login your teacher gave you.")
    settings = SyncSettings(server_address(server_url), login, profile_id)
    previous = load_sync_settings(store)
    if previous is None or (previous.server_url, previous.login) != (settings.server_url, login):
        store.sync_ledger.forget_sent()
        store.settings.delete_setting(SYNCED_AT_KEY)
    store.settings.set_setting(SETTINGS_KEY, json.dumps(asdict(settings)))
    return settings


def last_synced(store: Store) -> datetime | None:
    text = store.settings.get_setting(SYNCED_AT_KEY)
    try:
        return None if text is None else datetime.fromisoformat(text)
    except ValueError:
        return None


def record_synced(store: Store, when: datetime) -> None:
    store.settings.set_setting(SYNCED_AT_KEY, when.isoformat())
