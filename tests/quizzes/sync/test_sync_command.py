"""`python main.py sync`: one sync, what was sent and received printed; a failure is one line
on stderr with exit code 2."""

from __future__ import annotations

import pytest

from quizzes.store.repository import Store
from quizzes.sync.settings import load_sync_settings
from tests.quizzes.sync.conftest import Classroom, Laptop

pytestmark = pytest.mark.both_engines


def laptop_url(laptop: Laptop) -> str:
    return str(laptop.store.engine.url)


def test_sync_prints_what_was_sent_and_received(cli, classroom: Classroom, laptop: Laptop):
    first = cli("sync", "--password", laptop.password, db=laptop_url(laptop))
    laptop.student.quiz(classroom.published.id, {"sco-newest": "Belarus"})

    second = cli("sync", "--password", laptop.password, db=laptop_url(laptop))

    assert (first.returncode, first.stderr) == (0, "")
    assert first.stdout.splitlines() == [
        "Sent 0 attempts (0 finished) and 0 answers.",
        "Received 1 new set, 'SCO basics'; 0 sets updated.",
    ]
    assert second.stdout.splitlines() == [
        "Sent 1 attempt (1 finished) and 1 answer.",
        "Received 0 new sets; 0 sets updated.",
    ]
    assert classroom.server.count("response") == 1


def test_setting_the_server_up_keeps_no_password_and_a_dead_port_is_unreachable(
    cli, laptop: Laptop, free_port: int
):
    server = f"postgresql+psycopg://teacher:secret@127.0.0.1:{free_port}/steppe"

    result = cli(
        "sync", "--server", server, "--login", "dana", "--password", "pw", db=laptop_url(laptop)
    )

    assert result.returncode == 2
    assert result.stderr == (
        f"steppe-quiz: error: The school server 127.0.0.1:{free_port}/steppe cannot be reached "
        "(Connection refused): working offline; what is waiting is sent at the next sync.\n"
    )
    settings = load_sync_settings(laptop.store)
    assert settings is not None
    assert (settings.server_url, settings.login) == (
        f"postgresql+psycopg://127.0.0.1:{free_port}/steppe",
        "dana",
    )


def test_sync_without_a_server_set_up_says_how_to_set_one(cli, laptop_db_url):
    result = cli("sync", "--password", "pw", db=laptop_db_url("new-laptop.db"))

    assert result.returncode == 2
    assert result.stderr == (
        "steppe-quiz: error: No school server is set up on this laptop: run `steppe-quiz sync "
        "--server URL --login LOGIN`, or use File ▸ School server… in the app.\n"
    )


def test_sync_without_a_password_off_a_terminal_says_how_to_give_it(
    cli, classroom: Classroom, laptop: Laptop
):
    result = cli("sync", db=laptop_url(laptop))

    assert result.returncode == 2
    assert result.stderr == (
        f"steppe-quiz: error: The school server needs the password of {classroom.login!r}: give "
        "it with "
        "--password, or run this at a terminal to be asked for it.\n"
    )


def test_an_unreachable_server_is_one_line_and_exit_2(cli, classroom: Classroom, laptop: Laptop):
    reason = classroom.server.go_away()

    result = cli("sync", "--password", laptop.password, db=laptop_url(laptop))

    assert result.returncode == 2
    assert result.stderr == (
        f"steppe-quiz: error: The school server {classroom.server.name} cannot be reached "
        f"({reason}): working offline; what is waiting is sent at the next sync.\n"
    )


def test_a_new_laptop_with_no_student_yet_is_told_to_name_one(
    cli, classroom: Classroom, laptop_db_url
):
    setup = ("sync", "--server", classroom.server.url, "--login", classroom.login)
    result = cli(*setup, "--password", classroom.password, db=laptop_db_url("new-laptop.db"))

    assert result.returncode == 2
    assert result.stderr == (
        "steppe-quiz: error: No student on this laptop yet: give your name with --profile NAME "
        "(it is added), or start the app and choose New… beside the student list.\n"
    )


def test_a_new_laptop_adds_the_student_named_and_receives_the_published_sets(
    cli, classroom: Classroom, laptop_db_url
):
    url = laptop_db_url("new-laptop.db")
    setup = ("sync", "--server", classroom.server.url, "--login", classroom.login)

    result = cli(*setup, "--profile", "Aigerim", "--password", classroom.password, db=url)

    assert (result.returncode, result.stderr) == (0, "")
    assert "Received 1 new set, 'SCO basics'; 0 sets updated." in result.stdout
    store = Store.open(url)
    try:
        assert [p.name for p in store.list_profiles()] == ["Aigerim"]
        assert "SCO basics" in [s.title for s in store.list_sets()]
    finally:
        store.close()
