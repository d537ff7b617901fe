"""Setting up and upgrading a school server's database: the schema (the app's own migrations),
then the roles, grants and row-level security (`access`). Both steps are safe to run again and
say what they did, or that it was already done."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from quizzes.errors import SteppeQuizError
from quizzes.store import migrate
from quizzes.store.engine import make_engine
from quizzes.store.faults import faults_explained
from quizzes.store.server.access import set_up_access


class NotAServerError(SteppeQuizError):
    """A `server` command given a URL that is not a PostgreSQL server's."""


def server_engine(url: str) -> Engine:
    """The engine of a PostgreSQL URL; `NotAServerError` for any other kind of database."""
    engine = make_engine(url)
    if engine.dialect.name != "postgresql":
        engine.dispose()
        shown = make_url(url).render_as_string(hide_password=True)
        raise NotAServerError(
            f"{shown} is not a PostgreSQL server: give its URL, such as "
            "postgresql+psycopg://owner:password@server/steppe_quiz"
        )
    return engine


def upgrade_schema(engine: Engine) -> str:
    """Migrate the schema to this version's newest (a newer one is refused); one line."""
    with faults_explained(engine):
        with engine.connect() as connection:
            before = migrate.current_revision(connection)
        migrate.upgrade(engine)
        head = migrate.head_revision()
    if before is None:
        return f"Schema: created at revision {head}."
    if before == head:
        return f"Schema: already at revision {head}, the newest this version knows."
    return f"Schema: upgraded from revision {before} to {head}."


def set_up_server(engine: Engine, *, new: bool = True) -> list[str]:
    """The schema, then the roles and policies (new tables get theirs); a line for each. Unless
    the database may be `new`, one that was never set up is refused."""
    if not new:
        with faults_explained(engine), engine.connect() as connection:
            if migrate.current_revision(connection) is None:
                shown = engine.url.render_as_string(hide_password=True)
                raise SteppeQuizError(
                    f"{shown} has not been set up yet: run `steppe-quiz server init URL` first"
                )
    lines = [upgrade_schema(engine)]
    with faults_explained(engine), engine.begin() as connection:
        lines.extend(set_up_access(connection))
    return lines
