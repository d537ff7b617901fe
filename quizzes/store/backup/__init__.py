"""Backups of an SQLite database file, as Anki keeps them: consistent copies in a `backups/`
folder beside the database, taken after a finished attempt and at least daily, thinned to the
last ten plus one a week for a month, and restored with the damaged file kept aside.

`sqlite_file` holds the only SQLite-specific code (the online backup API, the integrity
check, opening a copy read-only); `retention` the pure rule of which copies to keep; `folder`
taking and listing backups; `restore` putting one back, and which teacher PIN guards that.
"""

from quizzes.errors import SteppeQuizError


class BackupError(SteppeQuizError):
    """A backup that could not be taken, read or restored; nothing was changed."""


class BackupsUnavailableError(BackupError):
    """Backups need an SQLite database file: not a server database, not one in memory."""
