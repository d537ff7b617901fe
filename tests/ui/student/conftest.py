"""Shared fixtures of the student screens' tests."""

from __future__ import annotations

import sqlite3

import pytest

from quizzes.model import parse_quizset
from quizzes.store.repository import Store
from tests.conftest import quizset_document


@pytest.fixture
def quiz_db(db_url: str) -> str:
    """A database with the sample set and one student, Aigerim."""
    store = Store.open(db_url)
    store.add_quizset(parse_quizset(quizset_document()))
    store.create_profile("Aigerim")
    store.close()
    return db_url


def rows(db_url: str, sql: str) -> list[tuple]:
    """What a query finds in a test's SQLite database, read past the app."""
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        return raw.execute(sql).fetchall()
