"""Alembic environment: runs on the connection handed over by `quizzes.store.migrate`."""

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from quizzes.store import tables  # noqa: F401  (registers the tables on the metadata)
from quizzes.store.engine import make_engine

config = context.config
connection = config.attributes.get("connection")


def run_migrations(conn: Connection) -> None:
    # Batch mode lets ALTER TABLE work on SQLite; it is a no-op for other dialects.
    context.configure(connection=conn, target_metadata=SQLModel.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run_migrations(connection)
else:
    # Run from the `alembic` command line by a developer: -x db=URL or sqlalchemy.url.
    url = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option(
        "sqlalchemy.url"
    )
    if url is None:
        raise RuntimeError("no database: pass -x db=URL or set sqlalchemy.url")
    with make_engine(url).begin() as conn:
        run_migrations(conn)
