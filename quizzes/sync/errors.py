"""Why a sync with the school server did not happen, each in one sentence for the student.

A failed sync changes nothing that matters: what was not marked as sent is sent next time.
"""

from __future__ import annotations

from quizzes.errors import SteppeQuizError

SETTINGS_PLACE = "File ▸ School server…"


class SyncError(SteppeQuizError):
    """A sync that could not be done; the message says why and what to do."""


class ServerUnreachableError(SyncError):
    """The server did not answer (no network, wrong address, server down)."""

    def __init__(self, server: str, reason: str) -> None:
        super().__init__(
            f"The school server {server} cannot be reached ({reason}): working offline; "
            "what is waiting is sent at the next sync."
        )


class ServerLoginError(SyncError):
    """The server refused the login: a wrong password, or a login expired or disabled."""

    def __init__(self, server: str, login: str) -> None:
        super().__init__(
            f"The school server {server} refused the login {login!r}: the password is wrong or "
            f"the login has expired. Enter it again in {SETTINGS_PLACE} (your teacher can set a "
            "new one)."
        )


class SchemaMismatchError(SyncError):
    """The laptop's app and the server's database are of different versions."""


class NotAStudentError(SyncError):
    """The login has no student profile on the server."""


ON_THE_SERVER = (
    "This computer works on the school server's database directly: every answer is stored "
    "there at once, so there is nothing to sync."
)


class SyncNotConfiguredError(SyncError):
    """No school server is set up on this laptop."""


class PasswordNeededError(SyncError):
    """No password was given and none is kept in the system keyring."""
