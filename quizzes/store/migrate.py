"""Bringing a database's schema up to date with Alembic, at every start-up.

A database written by a later version of the app (a revision this version does not know) is
refused with `DatabaseTooNewError`; it is never downgraded or touched.

`SCHEMA_HEAD` names the newest revision so that the usual start-up (a database already up to
date) reads one row and skips importing Alembic's machinery; a test keeps it equal to the
migrations' real head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from quizzes import APP_NAME, __version__
from quizzes.app.resources import resource_path
from quizzes.errors import DatabaseTooNewError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCHEMA_HEAD = "0007"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resource_path("quizzes", "store", "migrations")))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder holds no revision"
    return head


def current_revision(connection: Connection) -> str | None:
    """The database's schema revision, or None for a new database (no Alembic import)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply every migration up to `target`; refuse a database newer than this app."""
    if target == "head":
        with engine.connect() as connection:
            if current_revision(connection) == SCHEMA_HEAD:
                return
    from alembic import command
    from alembic.script import ScriptDirectory

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


def missing_tables(engine: Engine) -> list[str]:
    """Tables of the current schema the database lacks (dropped by another program)."""
    from sqlmodel import SQLModel

    import quizzes.store.tables  # noqa: F401 (defines the tables in SQLModel.metadata)

    with engine.connect() as connection:
        present = set(inspect(connection).get_table_names())
    return sorted(set(SQLModel.metadata.tables) - present)


def _refuse_unknown_revision(script: ScriptDirectory, current: str | None) -> None:
    from alembic.util.exc import CommandError

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
