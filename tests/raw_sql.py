"""Reading and writing a test database behind the store's back, on SQLite or PostgreSQL: rows
the way an older version wrote them, counts, a sabotaging trigger."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, inspect, text


def run_sql(url: str, statement: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run one statement (named parameters `:name`) and commit; the rows it returns."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            result = connection.execute(text(statement), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def count_rows(url: str, table: str) -> int:
    """How many rows `table` holds (a name from the test, never from input)."""
    [(count,)] = run_sql(url, f"select count(*) from {table}")
    return int(count)


def table_names(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def column_names(url: str, table: str) -> set[str]:
    engine = create_engine(url)
    try:
        return {column["name"] for column in inspect(engine).get_columns(table)}
    finally:
        engine.dispose()


def refuse_every_insert_as_a_duplicate(url: str, table: str) -> None:
    """From now on every insert into `table` fails as when another process had just stored the
    same row (a unique-key clash, as each engine reports it)."""
    if url.startswith("sqlite"):
        run_sql(
            url,
            f"create trigger always_taken before insert on {table}"
            f" begin select raise(abort, 'UNIQUE constraint failed: {table}.id'); end",
        )
        return
    run_sql(
        url,
        "create function always_taken() returns trigger language plpgsql as $$ begin"
        " raise unique_violation using message = 'duplicate key value violates unique"
        f' constraint "{table}_pkey"\'; end $$',
    )
    run_sql(
        url,
        f"create trigger always_taken before insert on {table}"
        " for each row execute function always_taken()",
    )
