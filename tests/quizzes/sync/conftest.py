"""A school server with one published set and one student, and that student's laptop."""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from quizzes.store.repository import SetSummary, Store
from quizzes.sync.settings import SyncSettings
from tests.sync_fixtures import (
    LOGIN,
    SchoolServer,
    Student,
    add_sample_set,
    configure,
    make_school_server,
)


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


@pytest.fixture
def classroom(new_db_url: Callable[[str], str]) -> Iterator[Classroom]:
    server = make_school_server(Path(new_db_url("server.db").removeprefix("sqlite:///")))
    published = add_sample_set(server.store, "SCO basics")
    hidden = add_sample_set(server.store, "Teacher's draft")
    server.publish(published)
    student_id = server.add_student("Aigerim", LOGIN)
    yield Classroom(server, published, hidden, student_id)
    server.store.close()


@dataclass
class Laptop:
    store: Store
    student: Student
    settings: SyncSettings


def make_laptop(url: str, classroom: Classroom) -> Laptop:
    laptop = Store.open(url)
    profile = laptop.create_profile("Aigerim")
    settings = configure(laptop, classroom.server, profile.id)
    return Laptop(laptop, Student(laptop, profile.id), settings)


@pytest.fixture
def laptop(new_db_url: Callable[[str], str], classroom: Classroom) -> Iterator[Laptop]:
    made = make_laptop(new_db_url("laptop.db"), classroom)
    yield made
    made.store.close()


@pytest.fixture
def free_port() -> int:
    """A TCP port on this machine where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
