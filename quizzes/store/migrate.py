"""Bringing a database's schema up to date with Alembic, at every start-up.

A database written by a later version of the app (a revision this version does not know) is
refused with `DatabaseTooNewError`; it is never downgraded or touched.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from quizzes import APP_NAME, __version__
from quizzes.errors import DatabaseTooNewError
from quizzes.resources import resource_path


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resource_path("quizzes", "store", "migrations")))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder holds no revision"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply every migration up to `target`; refuse a database newer than this app."""
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    with engine.begin() as connection:
        current = current_revision(connection)
        _refuse_unknown_revision(script, current)
        wanted = script.get_current_head() if target == "head" else target
        if current == wanted:
            return
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def _refuse_unknown_revision(script: ScriptDirectory, current: str | None) -> None:
    if current is None:
        return
    try:
        script.get_revision(current)
    except CommandError:
        raise DatabaseTooNewError(
            f"This database was written by a newer version of {APP_NAME} "
            f"(schema revision {current!r}); version {__version__} only knows revisions up to "
            f"{script.get_current_head()!r}. Install the newer version, or choose another "
            "database with --db. The database has not been changed."
        ) from None
