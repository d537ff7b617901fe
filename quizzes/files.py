"""Reading a file the user chose, safely: only regular files, and never more than a cap.

The size a file reports is not trusted (`/dev/zero` reports 0 and never ends; a named pipe
reports 0 and blocks until someone writes): what is not a regular file is refused before it is
opened, and reading stops one byte past the cap.
"""

from __future__ import annotations

import stat
from pathlib import Path


class UnreadableFileError(Exception):
    """Why a file could not be read, in words for the user (the caller names the file)."""


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of the regular file `path`; at most `limit` bytes, or `UnreadableFileError`."""
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise UnreadableFileError("is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise UnreadableFileError("is not a regular file (a device, pipe or socket)")
        with path.open("rb") as file:
            raw = file.read(limit + 1)
    except FileNotFoundError:
        raise UnreadableFileError("no such file") from None
    except IsADirectoryError:
        raise UnreadableFileError("is a folder, not a file") from None
    except OSError as err:
        raise UnreadableFileError(f"cannot read: {err.strerror}") from None
    if len(raw) > limit:
        raise UnreadableFileError(f"file is larger than {limit // 2**20} MB")
    return raw
