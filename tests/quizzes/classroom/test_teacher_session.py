"""The teacher session: unlocked by one right PIN, locked after ten idle minutes or by hand."""

from __future__ import annotations

from quizzes.classroom.session import IDLE_LOCK_SECONDS, TeacherSession


def test_a_new_session_is_locked(clock):
    assert not TeacherSession(clock).is_unlocked()


def test_unlocked_until_ten_idle_minutes_have_passed(clock):
    session = TeacherSession(clock)
    session.unlock()
    clock.seconds += IDLE_LOCK_SECONDS - 1
    assert session.is_unlocked()
    clock.seconds += 1
    assert not session.is_unlocked()


def test_input_starts_the_idle_time_again(clock):
    session = TeacherSession(clock)
    session.unlock()
    clock.seconds += IDLE_LOCK_SECONDS - 10
    session.note_activity()
    clock.seconds += IDLE_LOCK_SECONDS - 10
    assert session.is_unlocked()


def test_input_after_the_idle_limit_does_not_unlock_again(clock):
    session = TeacherSession(clock)
    session.unlock()
    clock.seconds += IDLE_LOCK_SECONDS
    session.note_activity()
    assert not session.is_unlocked()


def test_input_while_locked_keeps_it_locked(clock):
    session = TeacherSession(clock)
    session.note_activity()
    assert not session.is_unlocked()


def test_lock_by_hand(clock):
    session = TeacherSession(clock)
    session.unlock()
    session.lock()
    assert not session.is_unlocked()


def test_listeners_hear_each_change_once(clock):
    session = TeacherSession(clock)
    heard: list[bool] = []
    session.add_listener(heard.append)
    session.unlock()
    session.unlock()
    clock.seconds += IDLE_LOCK_SECONDS
    assert session.lock_if_idle()
    assert not session.lock_if_idle()
    session.lock()
    assert heard == [True, False]
