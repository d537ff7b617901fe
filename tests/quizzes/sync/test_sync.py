"""One sync of a laptop with its school server: what is pulled, what is sent, and that sending
twice sends nothing twice."""

from __future__ import annotations

from datetime import timedelta

from quizzes.sync.run import sync_once
from tests.quizzes.sync.conftest import Classroom, Laptop
from tests.sync_fixtures import PASSWORD, T0

NOW = T0 + timedelta(days=1)
RIGHT = {"sco-newest": "Belarus", "turkey-member": False}
WRONG_THEN_RIGHT = {"sco-newest": "Turkey", "turkey-member": False}


def sync(laptop: Laptop, **kwargs):
    return sync_once(laptop.store, laptop.settings, PASSWORD, NOW, **kwargs)


def test_the_first_sync_pulls_only_published_sets(classroom: Classroom, laptop: Laptop):
    outcome = sync(laptop)

    titles = {s.title for s in laptop.store.list_sets()}
    assert "SCO basics" in titles
    assert "Teacher's draft" not in titles
    assert outcome.sets_added == ["SCO basics"]
    pulled = laptop.store.get_quizset(classroom.published.id)
    assert pulled.questions == classroom.server.store.get_quizset(classroom.published.id).questions


def test_finished_and_unfinished_attempts_are_sent_once(classroom: Classroom, laptop: Laptop):
    sync(laptop)
    set_id = classroom.published.id
    finished = laptop.student.quiz(set_id, RIGHT)
    unfinished = laptop.student.quiz(set_id, {"sco-newest": "Belarus"}, finish=False)

    outcome = sync(laptop)
    again = sync(laptop)

    server = classroom.server
    assert (outcome.attempts_sent, outcome.answers_sent, outcome.finished_sent) == (2, 3, 1)
    assert (again.attempts_sent, again.answers_sent) == (0, 0)
    assert server.attempt(finished) == (classroom.student_id, 1, 1.0)
    assert server.attempt(unfinished) == (classroom.student_id, 0, None)
    assert (server.count("attempt"), server.count("response")) == (2, 3)


def test_later_answers_and_the_finishing_of_a_sent_attempt_follow(
    classroom: Classroom, laptop: Laptop
):
    sync(laptop)
    set_id = classroom.published.id
    attempt_id = laptop.student.quiz(set_id, {"sco-newest": "Belarus"}, finish=False)
    sync(laptop)
    laptop.student.answer(attempt_id, set_id, "turkey-member", True)
    laptop.student.finish(attempt_id)

    outcome = sync(laptop)

    assert (outcome.attempts_sent, outcome.answers_sent, outcome.finished_sent) == (1, 1, 1)
    assert classroom.server.attempt(attempt_id) == (classroom.student_id, 1, 0.5)
    assert classroom.server.count("response") == 2
