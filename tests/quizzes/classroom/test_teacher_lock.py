"""The teacher PIN: only a salted scrypt hash is stored; wrong tries slow down, and persist."""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading

import pytest

from quizzes.classroom.teacher_lock import (
    FAILURES_KEY,
    MAX_DELAY_SECONDS,
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
    assert store.settings.read_counter(FAILURES_KEY) is None


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
    with pytest.raises(TeacherLockError, match=r"scrypt n 1073741824 is outside 1024\.\.65536"):
        TeacherLock(store.settings).verify("4821")


def test_the_store_gives_the_lock_of_its_database(store):
    store.teacher_lock().set_pin("4821")
    assert TeacherLock(store.settings).is_set()


def _wrong_tries_at_once(db_url: str, tries: int) -> list[str]:
    """`tries` wrong PINs started together, each through its own engine on the database file;
    the name of what each one raised."""
    barrier = threading.Barrier(tries)
    # Each look at the clock is far later than the one before, and a try reads the count before
    # the clock: any failure it sees was stamped earlier, so no try waits out a delay. Every try
    # is checked and must be counted.
    moments = itertools.count(step=100_000)
    outcomes: list[str] = []

    def try_wrong_pin() -> None:
        own = Store.open(db_url)
        try:
            lock = TeacherLock(own.settings, clock=lambda: float(next(moments)))
            barrier.wait()
            lock.verify("0000")
        except Exception as err:  # the test records whatever escapes
            outcomes.append(type(err).__name__)
        finally:
            own.close()

    threads = [threading.Thread(target=try_wrong_pin) for _ in range(tries)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_twelve_wrong_pins_at_once_are_each_counted_and_none_crashes(store, db_url):
    store.teacher_lock().set_pin("4821")
    outcomes = _wrong_tries_at_once(db_url, 12)
    assert outcomes == ["WrongPinError"] * 12
    assert store.teacher_lock().failures() == 12


def _tamper_counter(db_url: str, count: object, last_at: object) -> None:
    """Write the failure count as someone editing the database file could (old or new layout)."""
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        raw.execute(
            "insert or replace into app_counter (key, count, last_at) values (?, ?, ?)",
            (FAILURES_KEY, count, last_at),
        )


NOW = 1_000_000.0


@pytest.mark.parametrize(
    ("count", "last_at"),
    [(5000, NOW), (2**62, NOW), ("many", NOW), (-4, NOW), (7, "yesterday"), (7, "nan")],
)
def test_a_tampered_failure_count_means_the_longest_wait_and_never_crashes(
    store, db_url, clock, count, last_at
):
    lock = TeacherLock(store.settings, clock=clock)
    lock.set_pin("4821")
    _tamper_counter(db_url, count, last_at)
    clock.seconds = NOW
    assert lock.seconds_to_wait() == MAX_DELAY_SECONDS
    with pytest.raises(PinLockedOutError, match="wait 300 seconds"):
        lock.verify("4821")


def test_a_huge_count_after_the_wait_gives_the_longest_next_wait(store, db_url, clock):
    lock = TeacherLock(store.settings, clock=clock)
    lock.set_pin("4821")
    _tamper_counter(db_url, 5000, 0.0)
    clock.seconds = 1_000.0  # the longest wait (300 s) after the stamp has passed
    with pytest.raises(WrongPinError) as wrong:
        lock.verify("0000")
    assert wrong.value.wait_seconds == MAX_DELAY_SECONDS
    clock.seconds += MAX_DELAY_SECONDS
    lock.verify("4821")
    assert lock.failures() == 0


def test_delays_stay_finite_for_any_count():
    assert delay_after(5000) == delay_after(10**30) == MAX_DELAY_SECONDS


def _stored_record(store: Store) -> dict:
    return json.loads(store.settings.get_setting(PIN_KEY))


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"n": 2**20, "r": 32, "p": 16}, "scrypt n 1048576 is outside 1024..65536"),
        ({"r": 10**6}, "scrypt r 1000000 is outside 1..8"),
        ({"p": 0}, "scrypt p 0 is outside 1..4"),
        ({"n": 3000}, "scrypt n 3000 is not a power of two"),
        ({"n": "16384"}, "scrypt n '16384' is outside 1024..65536"),
        ({"n": 2.5e300}, "scrypt n 2.5e+300 is outside 1024..65536"),
        ({"salt": "ab"}, "salt is not 8 to 64 bytes of hex"),
        ({"hash": "00" * 10_000_000}, "hash is not 16 to 64 bytes of hex"),
        ({"hash": "zz" * 32}, "hash is not hex"),
        ({"algorithm": "md5"}, "algorithm 'md5' is not scrypt"),
    ],
)
def test_a_record_with_out_of_range_parameters_is_refused_naming_the_reset(store, change, reason):
    lock = TeacherLock(store.settings)
    lock.set_pin("4821")
    record = _stored_record(store)
    record.update(change)
    store.settings.set_setting(PIN_KEY, json.dumps(record))
    with pytest.raises(TeacherLockError) as refused:
        lock.verify("4821")
    assert str(refused.value) == (
        f"the stored teacher PIN record is unusable (its {reason}); "
        "remove it with `steppe-quiz pin reset` and set a new PIN"
    )
    assert lock.failures() == 0


@pytest.mark.parametrize("stored", ["not json", "[]", '{"n": 16384}'])
def test_a_damaged_record_is_refused_naming_the_reset(store, stored):
    store.settings.set_setting(PIN_KEY, stored)
    with pytest.raises(TeacherLockError, match=r"unusable \(it is damaged\); remove it with"):
        TeacherLock(store.settings).verify("4821")


def test_an_unusable_record_can_be_reset_without_a_pin_and_a_working_one_cannot(store):
    lock = TeacherLock(store.settings)
    assert not lock.reset_unusable()  # nothing to reset
    lock.set_pin("4821")
    assert not lock.reset_unusable()
    assert lock.is_set()
    record = _stored_record(store)
    record["r"] = 10**6
    store.settings.set_setting(PIN_KEY, json.dumps(record))
    assert lock.reset_unusable()
    assert not lock.is_set()
