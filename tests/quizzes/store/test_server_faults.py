"""A school server's faults, each in one sentence naming the server (never the password), with
the driver's own error kept for the crash log: a server that cannot be reached, a wrong
password, a database that is not there, a read-only database, a login without permission."""

from __future__ import annotations

import socket

import pytest

from quizzes.errors import DatabaseError
from quizzes.store.repository import Store
from tests.raw_sql import run_sql

pytestmark = pytest.mark.postgresql_only


def _refusal(url: str) -> str:
    with pytest.raises(DatabaseError) as refused:
        Store.open(url)
    return str(refused.value)


def test_a_server_that_is_not_running_is_named_with_what_to_check(postgres, crash_log):
    url = postgres.url("quiz").replace(f":{postgres.port}/", ":1/")
    assert _refusal(url) == (
        "The database server 127.0.0.1:1 cannot be reached (connection refused): check the "
        "address in the URL and that PostgreSQL runs there, then try again."
    )
    assert crash_log.is_file()


def test_a_wrong_password_is_named_without_the_password(postgres, postgres_databases):
    postgres_databases.create("quiz")
    url = postgres.url(postgres_databases.names[-1], password="not-the-password")
    message = _refusal(url)
    assert message == (
        "The database server 127.0.0.1:"
        f"{postgres.port} refused the login 'postgres': the user name or password is wrong."
    )
    assert "not-the-password" not in message


def test_a_database_that_does_not_exist_says_how_to_make_it(postgres):
    assert _refusal(postgres.url("no_such_quiz")) == (
        f"The database server 127.0.0.1:{postgres.port} has no database 'no_such_quiz': "
        "create it (createdb) and set it up with `steppe-quiz server init URL`, or check the URL."
    )


def test_a_read_only_database_keeps_everything_and_says_so(postgres_databases, new_db_url):
    url = new_db_url("readonly")
    run_sql(
        url,
        "alter database "
        + postgres_databases.names[-1]
        + " set default_transaction_read_only = on",
    )
    store = Store.open(url)
    try:
        with pytest.raises(DatabaseError) as refused:
            store.create_profile("Asel")
        assert str(refused.value).endswith(
            "is read-only, so nothing can be saved in it: ask the server's administrator."
        )
    finally:
        store.close()


def test_a_login_without_permission_is_told_so(postgres, new_db_url, postgres_databases):
    url = new_db_url("locked")
    run_sql(url, "create role nobody_here login password 'secret-1'")
    try:
        message = _refusal(postgres.url(postgres_databases.names[-1], "nobody_here", "secret-1"))
    finally:
        run_sql(url, "drop role nobody_here")
    assert message == (
        f"The database server 127.0.0.1:{postgres.port} does not allow the login "
        "'nobody_here' to do this (permission denied for table alembic_version): ask the "
        "teacher or the server's administrator."
    )


def test_a_table_dropped_on_the_server_points_to_the_servers_own_backup(new_db_url):
    url = new_db_url("dropped")
    run_sql(url, "drop table app_setting")
    message = _refusal(url)
    assert "the table 'app_setting' is missing" in message
    assert message.endswith(
        "Ask the server's administrator to restore the server's own backup of it."
    )


def test_a_server_that_never_answers_is_given_up_on_and_named(monkeypatch):
    # A port that accepts connections and then says nothing, as a half-dead server does.
    monkeypatch.setattr("quizzes.store.engine.SERVER_CONNECT_TIMEOUT_SECONDS", 1)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        message = _refusal(f"postgresql+psycopg://teacher:pw-1@127.0.0.1:{port}/quiz")
    assert message == (
        f"The database server 127.0.0.1:{port} did not answer in time: check the network and "
        "that PostgreSQL runs there, then try again."
    )
