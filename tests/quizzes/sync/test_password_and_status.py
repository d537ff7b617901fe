"""The password in the system keyring when one works (else asked), and the status bar's line."""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest

from quizzes.sync.errors import (
    PasswordNeededError,
    SchemaMismatchError,
    ServerLoginError,
    ServerUnreachableError,
)
from quizzes.sync.password import SERVICE, keep_password, kept_password
from quizzes.sync.status import status_line
from tests.sync_fixtures import T0, BrokenKeyring, FakeKeyring

URL = "postgresql+psycopg://school:5432/steppe"


def test_without_the_keyring_library_nothing_is_kept(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "keyring", None)  # import fails, as when not installed

    assert keep_password(URL, "dana", "pw") is False
    assert kept_password(URL, "dana") is None


def test_a_working_keyring_keeps_the_password_per_server_and_login(
    monkeypatch: pytest.MonkeyPatch,
):
    keyring = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", keyring)

    assert keep_password(URL, "dana", "pw") is True

    assert kept_password(URL, "dana") == "pw"
    assert kept_password(URL, "aigerim") is None
    assert keyring.passwords == {(SERVICE, f"dana@{URL}"): "pw"}


def test_a_keyring_without_a_working_back_end_is_as_none(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "keyring", BrokenKeyring())

    assert keep_password(URL, "dana", "pw") is False
    assert kept_password(URL, "dana") is None


NOW = T0 + timedelta(hours=5)


@pytest.mark.parametrize(
    ("synced", "failure", "line"),
    [
        (None, None, "Not synced yet"),
        (NOW - timedelta(seconds=40), None, "Synced just now"),
        (NOW - timedelta(minutes=2, seconds=5), None, "Synced 2 min ago"),
        (NOW - timedelta(hours=3, minutes=1), None, "Synced 3 h ago"),
        (NOW - timedelta(days=1, hours=2), None, "Synced 1 day ago"),
        (NOW - timedelta(days=4), None, "Synced 4 days ago"),
        (NOW, ServerUnreachableError("s", "x"), "Server unreachable — working offline"),
        (NOW, ServerLoginError("s", "dana"), "Wrong password — open File ▸ School server…"),
        (
            None,
            PasswordNeededError("x"),
            "Password needed to sync — open File ▸ School server…",
        ),
        (NOW, SchemaMismatchError("x"), "Not synced — see File ▸ School server…"),
    ],
)
def test_the_status_line_says_how_the_last_sync_went(synced, failure, line):
    assert status_line(synced, failure, NOW) == line
