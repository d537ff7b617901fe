"""The student's server password in the system keyring, when there is one that works.

`keyring` is optional: without it (or with no working back end, as on a bare Linux desktop)
nothing is kept and the password is asked at sync time. The password never goes into the
database.
"""

from __future__ import annotations

import importlib
from typing import Any

from quizzes import APP_NAME

SERVICE = f"{APP_NAME} school server"


def _keyring() -> Any | None:
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def _account(server_url: str, login: str) -> str:
    return f"{login}@{server_url}"


def kept_password(server_url: str, login: str) -> str | None:
    """The password kept for this login on this server, or None."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        password = keyring.get_password(SERVICE, _account(server_url, login))
    except Exception:  # any keyring back end failing means: no password kept
        return None
    return password if isinstance(password, str) and password else None


def keep_password(server_url: str, login: str, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none that works."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, _account(server_url, login), password)
    except Exception:  # no usable back end (e.g. no desktop keyring running)
        return False
    return True
