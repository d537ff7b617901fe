"""Where the app keeps its data, and which database to use. Cheap to import (no SQLAlchemy).

The database URL comes from, in order: `--db URL`, the `STEPPE_QUIZ_DB` environment variable,
or the file `steppe-quiz.db` in the per-user data folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote, urlsplit

DB_ENV_VAR = "STEPPE_QUIZ_DB"
DB_FILE_NAME = "steppe-quiz.db"
APP_DIR_NAME = "SteppeQuiz"


def data_dir() -> Path:
    """The per-user data folder, e.g. ~/.local/share/SteppeQuiz on Linux."""
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False)


def resolve_db_url(cli_url: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Pick the database URL: command line, then environment, then the per-user data folder."""
    env = os.environ if environ is None else environ
    if cli_url:
        return cli_url
    if env.get(DB_ENV_VAR):
        return env[DB_ENV_VAR]
    return f"sqlite:///{data_dir() / DB_FILE_NAME}"


def database_place(db_url: str, home: Path | None = None) -> str:
    """The database for a person, without the URL: "steppe-quiz.db in ~/.local/share/SteppeQuiz"
    for a file, "a postgresql server database on db.school.kz" for a server (never its user or
    password)."""
    scheme, _, rest = db_url.partition(":")
    backend = scheme.split("+")[0].lower()
    if backend != "sqlite":
        host = urlsplit(db_url).hostname
        return f"a {backend} server database" + (f" on {host}" if host else "")
    database = rest[3:].split("?")[0] if rest.startswith("///") else ""
    if database in ("", ":memory:"):
        return "an in-memory database"
    path = Path(database).absolute()
    folder = str(path.parent)
    home_text = str(home if home is not None else Path.home())
    if folder == home_text or folder.startswith(home_text + os.sep):
        folder = "~" + folder[len(home_text) :]
    return f"{path.name} in {folder}"


def server_url(server: str, database: str, user: str, password: str) -> str:
    """The URL of a school server's database: `server` is a host name, optionally with
    `:port`; the user name and password are quoted, so any character is safe in them."""
    host, _, port = server.strip().partition(":")
    if port and not port.isdigit():
        raise ValueError(f"{server!r}: the port after ':' must be a number")
    login = f"{quote(user, safe='')}:{quote(password, safe='')}"
    place = f"{host}:{port}" if port else host
    return f"postgresql+psycopg://{login}@{place}/{quote(database.strip(), safe='')}"
