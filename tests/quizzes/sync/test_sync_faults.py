"""Faults of a sync: it dies between any two steps, the server goes away midway, the server's
schema is of another version, two syncs of one student run at once. Nothing is lost, nothing
is sent twice, and the next sync completes the job."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

import pytest

from quizzes.store.school_server import SchoolServer
from quizzes.sync.errors import SchemaMismatchError, ServerLoginError, ServerUnreachableError
from quizzes.sync.run import STEPS, SyncOutcome, sync_once
from tests.quizzes.sync.conftest import Classroom, Laptop, make_laptop
from tests.sync_fixtures import T0

pytestmark = pytest.mark.both_engines

NOW = T0 + timedelta(days=1)


class KilledError(Exception):
    """The sync stopped here, as if its process had been killed."""


def sync(laptop: Laptop, checkpoint: Callable[[str], None] | None = None) -> SyncOutcome:
    if checkpoint is None:
        return sync_once(laptop.store, laptop.settings, laptop.password, NOW)
    return sync_once(laptop.store, laptop.settings, laptop.password, NOW, checkpoint)


def killed_at(step: str) -> Callable[[str], None]:
    def checkpoint(reached: str) -> None:
        if reached == step:
            raise KilledError(step)

    return checkpoint


def play(laptop: Laptop, classroom: Classroom) -> list[str]:
    """A finished attempt of two answers and an unfinished one of one answer."""
    set_id = classroom.published.id
    return [
        laptop.student.quiz(set_id, {"sco-newest": "Belarus", "turkey-member": False}),
        laptop.student.quiz(set_id, {"eaeu": "EAEU"}, finish=False),
    ]


def assert_all_sent_once(classroom: Classroom, laptop: Laptop, attempts: list[str]) -> None:
    server = classroom.server
    assert (server.count("attempt"), server.count("response")) == (len(attempts), 3)
    assert [server.attempt(a) for a in attempts] == [
        (classroom.student_id, True, 1.0),
        (classroom.student_id, False, None),
    ]
    assert laptop.store.sync_ledger.pending(laptop.student.profile_id) == []


@pytest.mark.parametrize("step", STEPS)
def test_a_sync_that_dies_after_any_step_is_completed_by_the_next(
    classroom: Classroom, laptop: Laptop, step: str
):
    sync(laptop)
    attempts = play(laptop, classroom)

    with pytest.raises(KilledError):
        sync(laptop, killed_at(step))
    sync(laptop)

    assert_all_sent_once(classroom, laptop, attempts)


def test_a_sync_killed_after_the_server_committed_sends_again_harmlessly(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    attempts = play(laptop, classroom)
    with pytest.raises(KilledError):
        sync(laptop, killed_at("sent"))
    assert classroom.server.count("response") == 3  # on the server, not marked on the laptop

    again = sync(laptop)

    assert (again.attempts_sent, again.answers_sent) == (2, 3)
    assert_all_sent_once(classroom, laptop, attempts)


def test_the_server_going_away_mid_sync_marks_nothing_and_the_next_sync_completes(
    classroom: Classroom, laptop: Laptop, monkeypatch: pytest.MonkeyPatch
):
    sync(laptop)
    attempts = play(laptop, classroom)
    opened: list[SchoolServer] = []
    connect = SchoolServer.connect

    def recording_connect(*args: str) -> SchoolServer:
        opened.append(connect(*args))
        return opened[-1]

    monkeypatch.setattr(SchoolServer, "connect", recording_connect)

    def server_goes_away(step: str) -> None:
        if step == "pulled":
            classroom.server.go_away()
            opened[-1].close()  # its connections are gone with it

    with pytest.raises(ServerUnreachableError, match="cannot be reached"):
        sync(laptop, server_goes_away)
    classroom.server.come_back()
    assert len(laptop.store.sync_ledger.pending(laptop.student.profile_id)) == 2

    sync(laptop)

    assert_all_sent_once(classroom, laptop, attempts)


@pytest.mark.parametrize(
    ("revision", "sentence"),
    [
        (
            "0005",
            "runs an older version of Steppe Quiz (schema '0005'; this app writes '0009'): ask "
            "the administrator to run `server upgrade`. Nothing was sent.",
        ),
        (
            "0042",
            "runs a newer version of Steppe Quiz (schema '0042'; this app knows up to '0009'): "
            "update Steppe Quiz on this laptop to sync. Nothing was sent.",
        ),
    ],
)
def test_a_server_of_another_schema_version_gets_nothing(
    classroom: Classroom, laptop: Laptop, revision: str, sentence: str
):
    sync(laptop)
    play(laptop, classroom)
    classroom.server.publish(classroom.hidden)
    classroom.server.set_revision(revision)

    with pytest.raises(SchemaMismatchError) as refused:
        sync(laptop)

    assert str(refused.value) == f"The school server {classroom.server.name} {sentence}"
    assert classroom.server.count("attempt") == 0
    assert "Teacher's draft" not in {s.title for s in laptop.store.list_sets()}


def run_together(*syncs: Callable[[], object]) -> None:
    """Start the syncs at the same moment in threads; re-raise the first failure."""
    start = threading.Barrier(len(syncs))
    failures: list[BaseException] = []

    def run(work: Callable[[], object]) -> None:
        start.wait()
        try:
            work()
        except BaseException as err:  # handed back to the test
            failures.append(err)

    threads = [threading.Thread(target=run, args=(work,)) for work in syncs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]


def test_two_laptops_of_one_student_syncing_at_once_lose_and_double_nothing(
    classroom: Classroom, laptop: Laptop, laptop_db_url: Callable[[str], str]
):
    other = make_laptop(laptop_db_url("other-laptop.db"), classroom)
    try:
        sync(laptop)
        sync(other)
        mine, theirs = play(laptop, classroom), play(other, classroom)

        for _ in range(3):
            run_together(lambda: sync(laptop), lambda: sync(other))

        server = classroom.server
        assert (server.count("attempt"), server.count("response")) == (4, 6)
        finished = {a: (server.attempt(a) or ("", None, None))[1] for a in mine + theirs}
        assert finished == {mine[0]: True, mine[1]: False, theirs[0]: True, theirs[1]: False}
    finally:
        other.store.close()


def test_two_syncs_of_one_laptop_at_once_send_everything_once(classroom: Classroom, laptop: Laptop):
    sync(laptop)
    attempts = play(laptop, classroom)

    run_together(lambda: sync(laptop), lambda: sync(laptop))

    assert_all_sent_once(classroom, laptop, attempts)


@pytest.mark.postgresql_only
def test_a_wrong_password_is_refused_and_nothing_is_sent(classroom: Classroom, laptop: Laptop):
    sync(laptop)
    play(laptop, classroom)

    with pytest.raises(ServerLoginError) as refused:
        sync_once(laptop.store, laptop.settings, "not-the-password", NOW)

    assert str(refused.value) == (
        f"The school server {classroom.server.name} refused the login {classroom.login!r}: the "
        "password is wrong or the login has expired. Enter it again in File ▸ School server… "
        "(your teacher can set a new one)."
    )
    assert classroom.server.count("attempt") == 0
    assert len(laptop.store.sync_ledger.pending(laptop.student.profile_id)) == 2


@pytest.mark.postgresql_only
def test_an_expired_login_is_refused_and_the_next_sync_after_renewal_completes(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    attempts = play(laptop, classroom)
    assert classroom.server.superuser is not None
    classroom.server.superuser(f"ALTER ROLE \"{classroom.login}\" VALID UNTIL '2020-01-01'")

    with pytest.raises(ServerLoginError, match="the password is wrong or the login has expired"):
        sync(laptop)
    assert classroom.server.count("attempt") == 0
    classroom.server.superuser(f"ALTER ROLE \"{classroom.login}\" VALID UNTIL 'infinity'")
    sync(laptop)

    assert_all_sent_once(classroom, laptop, attempts)
