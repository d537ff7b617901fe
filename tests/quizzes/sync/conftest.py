"""A school server with one published set and one student, and that student's laptop.

The server runs on SQLite and on PostgreSQL (the test modules are marked `both_engines`); a
laptop's database is always its own SQLite file.
"""

from __future__ import annotations

import shutil
import socket
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from quizzes.store.repository import SetSummary, Store
from quizzes.sync.settings import SyncSettings
from tests.sync_fixtures import SchoolServer, Student, add_sample_set, configure, make_school_server


@pytest.fixture(autouse=True)
def no_system_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the keyring of the machine it runs on."""
    monkeypatch.setitem(sys.modules, "keyring", None)


@dataclass
class Classroom:
    server: SchoolServer
    published: SetSummary  # on the server, published
    hidden: SetSummary  # on the server, not published
    student_id: str  # the student's profile on the server
    login: str
    password: str


@pytest.fixture
def classroom(
    db_engine: str, new_db_url: Callable[[str], str], request: pytest.FixtureRequest
) -> Iterator[Classroom]:
    superuser = None
    if db_engine == "postgresql":
        superuser = request.getfixturevalue("postgres").execute
    server = make_school_server(new_db_url("server"), superuser)
    published = add_sample_set(server.store, "SCO basics")
    hidden = add_sample_set(server.store, "Teacher's draft")
    server.publish(published)
    student_id, login, password = server.add_student("Aigerim")
    yield Classroom(server, published, hidden, student_id, login, password)
    server.store.close()


@dataclass
class Laptop:
    store: Store
    student: Student
    settings: SyncSettings
    password: str


@pytest.fixture
def laptop_db_url(tmp_path: Path, migrated_database: Path) -> Callable[[str], str]:
    """Makes the URL of a new laptop database (always SQLite) named `name`."""

    def make(name: str) -> str:
        path = tmp_path / name
        shutil.copyfile(migrated_database, path)
        return f"sqlite:///{path}"

    return make


def make_laptop(url: str, classroom: Classroom) -> Laptop:
    laptop = Store.open(url)
    profile = laptop.create_profile("Aigerim")
    settings = configure(laptop, classroom.server, classroom.login, profile.id)
    return Laptop(laptop, Student(laptop, profile.id), settings, classroom.password)


@pytest.fixture
def laptop(laptop_db_url: Callable[[str], str], classroom: Classroom) -> Iterator[Laptop]:
    made = make_laptop(laptop_db_url("laptop.db"), classroom)
    yield made
    made.store.close()


@pytest.fixture
def free_port() -> int:
    """A TCP port on this machine where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
