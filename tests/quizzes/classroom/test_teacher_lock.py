"""The teacher PIN: only a salted scrypt hash is stored; wrong tries slow down, and persist."""

from __future__ import annotations

import json

import pytest

from quizzes.classroom.teacher_lock import (
    FAILURES_KEY,
    PIN_KEY,
    PinLockedOutError,
    TeacherLock,
    TeacherLockError,
    WrongPinError,
    delay_after,
    hash_pin,
)
from quizzes.store.repository import Store


def test_only_a_salted_scrypt_hash_is_stored(store):
    TeacherLock(store.settings).set_pin("4821")
    stored = store.settings.get_setting(PIN_KEY)
    assert "4821" not in stored
    record = json.loads(stored)
    assert record["algorithm"] == "scrypt"
    assert (record["n"], record["r"], record["p"]) == (2**14, 8, 1)
    salt = bytes.fromhex(record["salt"])
    assert len(salt) == 16
    assert bytes.fromhex(record["hash"]) == hash_pin("4821", salt, 2**14, 8, 1)


def test_the_same_pin_gets_a_different_salt_each_time(store):
    lock = TeacherLock(store.settings)
    lock.set_pin("4821")
    first = json.loads(store.settings.get_setting(PIN_KEY))
    lock.set_pin("4821")
    second = json.loads(store.settings.get_setting(PIN_KEY))
    assert first["salt"] != second["salt"]
    assert first["hash"] != second["hash"]


def test_without_a_pin_everything_is_allowed(store):
    lock = TeacherLock(store.settings)
    assert not lock.is_set()
    lock.verify("")


def test_the_right_pin_passes_and_a_wrong_one_does_not(store):
    lock = TeacherLock(store.settings)
    lock.set_pin(" 4821 ")
    lock.verify("4821")
    with pytest.raises(WrongPinError, match="wrong teacher PIN; 2 more tries"):
        lock.verify("1234")


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "", "١٢٣٤"])
def test_a_malformed_pin_is_refused(store, pin):
    with pytest.raises(TeacherLockError):
        TeacherLock(store.settings).set_pin(pin)
    assert store.settings.get_setting(PIN_KEY) is None


def test_delays_grow_after_three_wrong_tries():
    assert [delay_after(n) for n in range(0, 8)] == [0, 0, 0, 5, 10, 20, 40, 80]
    assert delay_after(20) == 300


def test_three_wrong_tries_then_a_delay_even_for_the_right_pin(store, clock):
    lock = TeacherLock(store.settings, clock=clock)
    lock.set_pin("4821")
    for _ in range(2):
        with pytest.raises(WrongPinError):
            lock.verify("0000")
    with pytest.raises(WrongPinError) as third:
        lock.verify("0000")
    assert third.value.wait_seconds == 5
    assert lock.seconds_to_wait() == 5
    clock.seconds += 4
    with pytest.raises(PinLockedOutError, match="wait 1 second"):
        lock.verify("4821")  # refused unchecked during the delay
    clock.seconds += 1
    with pytest.raises(WrongPinError) as fourth:
        lock.verify("0000")
    assert fourth.value.wait_seconds == 10
    clock.seconds += 10
    lock.verify("4821")
    assert lock.failures() == 0
    assert store.settings.get_setting(FAILURES_KEY) is None


def test_restarting_does_not_reset_the_count(db_url, clock):
    store = Store.open(db_url)
    lock = TeacherLock(store.settings, clock=clock)
    lock.set_pin("4821")
    for _ in range(3):
        with pytest.raises(WrongPinError):
            lock.verify("0000")
    store.close()
    reopened = Store.open(db_url)
    try:
        again = TeacherLock(reopened.settings, clock=clock)
        assert again.failures() == 3
        assert again.seconds_to_wait() == 5
        with pytest.raises(PinLockedOutError):
            again.verify("4821")
    finally:
        reopened.close()


def test_a_clock_turned_back_never_extends_the_wait(store, clock):
    lock = TeacherLock(store.settings, clock=clock)
    lock.set_pin("4821")
    for _ in range(3):
        with pytest.raises(WrongPinError):
            lock.verify("0000")
    clock.seconds -= 10_000
    assert lock.seconds_to_wait() == 5


def test_clearing_needs_the_current_pin(store):
    lock = TeacherLock(store.settings)
    lock.set_pin("4821")
    with pytest.raises(WrongPinError):
        lock.clear("1111")
    assert lock.is_set()
    lock.clear("4821")
    assert not lock.is_set()


def test_a_tampered_record_with_huge_cost_is_refused(store):
    TeacherLock(store.settings).set_pin("4821")
    record = json.loads(store.settings.get_setting(PIN_KEY))
    record["n"] = 2**30
    store.settings.set_setting(PIN_KEY, json.dumps(record))
    with pytest.raises(TeacherLockError, match="damaged"):
        TeacherLock(store.settings).verify("4821")


def test_the_store_gives_the_lock_of_its_database(store):
    store.teacher_lock().set_pin("4821")
    assert TeacherLock(store.settings).is_set()
