"""The optional teacher PIN: set, verify, clear; wrong tries slow the next ones down.

The PIN is never stored: only a salted `hashlib.scrypt` hash with its parameters (n, r, p,
salt), so the cost can be raised later without breaking old records. Comparison uses
`hmac.compare_digest`. After three wrong tries in a row each further try must wait, and the
wait doubles (5 s, 10 s, 20 s... up to 5 minutes). The failure count and the time of the last
failure are stored too, so closing and reopening the app does not reset them.

What this protects: casual use of teacher functions on a shared laptop. What it cannot: anyone
who can edit the database file can delete the PIN record (see the README).

Storage goes through a small `SettingStorage` protocol (the `Store` implements it), and the
clock is injected, so tests are exact. A wrong try is counted by one atomic increment in the
store, so tries made at the same moment (several processes on one database) are each counted.
Whatever is read back is bounded before use: a tampered failure count means the longest wait,
and a PIN record whose scrypt parameters are out of range is refused with the way to reset it,
never checked.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from quizzes.errors import SteppeQuizError

PIN_KEY = "teacher_pin"
FAILURES_KEY = "teacher_pin_failures"
RESET_COMMAND = "steppe-quiz pin reset"
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12
FREE_TRIES = 3
FIRST_DELAY_SECONDS = 5.0
MAX_DELAY_SECONDS = 300.0

# scrypt cost: about 16 MiB and a few tens of milliseconds per check on a school laptop.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_HASH_BYTES = 32
_SALT_BYTES = 16
# Bounds for parameters read back from the database, so a tampered record cannot make a check
# take minutes or gigabytes (at most 128 * n * r = 64 MiB, and p passes over it).
_N_RANGE = (2**10, 2**16)
_R_RANGE = (1, 8)
_P_RANGE = (1, 4)
_SALT_RANGE = (8, 64)
_HASH_RANGE = (16, 64)
# The count beyond which the delay no longer grows: larger stored counts are read as this one.
_MAX_COUNTED = FREE_TRIES + math.ceil(math.log2(MAX_DELAY_SECONDS / FIRST_DELAY_SECONDS))


class SettingStorage(Protocol):
    def get_setting(self, key: str) -> str | None: ...

    def set_setting(self, key: str, value: str) -> None: ...

    def delete_setting(self, key: str) -> None: ...

    def count_up(self, key: str, at: float) -> int:
        """Add one to the counter `key` (created at 0) and stamp it `at`, in one atomic step;
        returns the new count."""
        ...

    def read_counter(self, key: str) -> tuple[object, object] | None:
        """The counter's count and stamp as stored (unchecked), or None if there is none."""
        ...

    def reset_counter(self, key: str) -> None: ...


class TeacherLockError(SteppeQuizError):
    """A PIN that is malformed, wrong, or tried too soon after wrong ones."""


class WrongPinError(TeacherLockError):
    def __init__(self, tries_before_delay: int, wait_seconds: float) -> None:
        if wait_seconds > 0:
            detail = f"wait {_seconds_text(wait_seconds)} before the next try"
        else:
            detail = f"{tries_before_delay} more tries before a delay"
        super().__init__(f"wrong teacher PIN; {detail}")
        self.tries_before_delay = tries_before_delay
        self.wait_seconds = wait_seconds


class PinLockedOutError(TeacherLockError):
    def __init__(self, wait_seconds: float) -> None:
        super().__init__(
            f"too many wrong teacher PINs: wait {_seconds_text(wait_seconds)} and try again"
        )
        self.wait_seconds = wait_seconds


def _seconds_text(seconds: float) -> str:
    whole = math.ceil(seconds)
    return f"{whole} second" + ("" if whole == 1 else "s")


@dataclass(frozen=True)
class PinRecord:
    """What is stored: the scrypt parameters, the salt and the hash (never the PIN)."""

    n: int
    r: int
    p: int
    salt: bytes
    hash: bytes

    def to_json(self) -> str:
        return json.dumps(
            {
                "algorithm": "scrypt",
                "n": self.n,
                "r": self.r,
                "p": self.p,
                "salt": self.salt.hex(),
                "hash": self.hash.hex(),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> PinRecord:
        """The stored record, checked: `UnusablePinRecordError` if it is damaged or asks for
        scrypt parameters outside the bounds above (nothing is hashed with them)."""
        try:
            data = json.loads(text)
            fields = {name: data[name] for name in ("algorithm", "n", "r", "p", "salt", "hash")}
        except (ValueError, KeyError, TypeError):
            raise UnusablePinRecordError("it is damaged") from None
        if fields["algorithm"] != "scrypt":
            raise UnusablePinRecordError(f"its algorithm {fields['algorithm']!r} is not scrypt")
        for name, (low, high) in (("n", _N_RANGE), ("r", _R_RANGE), ("p", _P_RANGE)):
            value = fields[name]
            if type(value) is not int or not low <= value <= high:
                raise UnusablePinRecordError(
                    f"its scrypt {name} {_short(value)} is outside {low}..{high}"
                )
        if fields["n"] & (fields["n"] - 1):
            raise UnusablePinRecordError(f"its scrypt n {fields['n']} is not a power of two")
        salt = _hex_bytes(fields["salt"], "salt", _SALT_RANGE)
        digest = _hex_bytes(fields["hash"], "hash", _HASH_RANGE)
        return cls(fields["n"], fields["r"], fields["p"], salt, digest)


class UnusablePinRecordError(TeacherLockError):
    """The stored PIN record cannot be checked: it names why and the documented reset."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"the stored teacher PIN record is unusable ({reason}); remove it with "
            f"`{RESET_COMMAND}` and set a new PIN"
        )


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 24 else text[:20] + "..."


def _hex_bytes(value: object, name: str, length_range: tuple[int, int]) -> bytes:
    low, high = length_range
    if not isinstance(value, str) or not 2 * low <= len(value) <= 2 * high:
        raise UnusablePinRecordError(f"its {name} is not {low} to {high} bytes of hex")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise UnusablePinRecordError(f"its {name} is not hex") from None


def hash_pin(pin: str, salt: bytes, n: int, r: int, p: int, length: int = _HASH_BYTES) -> bytes:
    # OpenSSL needs 128 * r * (n + p + 2) bytes; the margin covers its bookkeeping.
    memory = 128 * r * (n + p + 2) + 2**20
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=length
    )


def check_pin_format(pin: str) -> str:
    """A PIN is 4 to 12 digits; returns it without surrounding spaces."""
    clean = pin.strip()
    if not clean.isdigit() or not clean.isascii():
        raise TeacherLockError("a teacher PIN is made of digits only")
    if not MIN_PIN_DIGITS <= len(clean) <= MAX_PIN_DIGITS:
        raise TeacherLockError(f"a teacher PIN has {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits")
    return clean


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0.0
    doublings = min(failures, _MAX_COUNTED) - FREE_TRIES
    return min(FIRST_DELAY_SECONDS * 2**doublings, MAX_DELAY_SECONDS)


class TeacherLock:
    """The PIN of one database. `clock` returns seconds since the epoch (wall time, so a
    restart keeps the delay running)."""

    def __init__(
        self,
        storage: SettingStorage,
        clock: Callable[[], float] = time.time,
        salt_source: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self._storage = storage
        self._clock = clock
        self._salt_source = salt_source

    def is_set(self) -> bool:
        return self._storage.get_setting(PIN_KEY) is not None

    def set_pin(self, new_pin: str) -> None:
        """Store a new PIN (replacing any). Changing an existing one needs `verify` first:
        the caller (a settings dialog) does that."""
        clean = check_pin_format(new_pin)
        salt = self._salt_source(_SALT_BYTES)
        record = PinRecord(
            SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, hash_pin(clean, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        )
        self._storage.set_setting(PIN_KEY, record.to_json())
        self._storage.reset_counter(FAILURES_KEY)

    def clear(self, current_pin: str) -> None:
        """Remove the PIN; the current one must be given."""
        self.verify(current_pin)
        self._remove()

    def reset_unusable(self) -> bool:
        """Remove a stored record that cannot be checked (damaged or out of range), with no PIN:
        none could be checked against it. Returns False, changing nothing, when the record is
        usable (removing a working PIN needs that PIN: `clear`) or there is none."""
        stored = self._storage.get_setting(PIN_KEY)
        if stored is None:
            return False
        try:
            PinRecord.from_json(stored)
        except UnusablePinRecordError:
            self._remove()
            return True
        return False

    def _remove(self) -> None:
        self._storage.delete_setting(PIN_KEY)
        self._storage.reset_counter(FAILURES_KEY)

    def failures(self) -> int:
        return self._failure_state()[0]

    def seconds_to_wait(self) -> float:
        """How long before the next try is accepted (0 when it can be made now)."""
        failures, last_failure = self._failure_state()
        delay = delay_after(failures)
        if delay == 0:
            return 0.0
        # Never more than the delay itself, even if the clock was turned back.
        return max(0.0, min(delay, last_failure + delay - self._clock()))

    def verify(self, pin: str) -> None:
        """Accept the PIN (no PIN set: anything is accepted) or raise `TeacherLockError`.

        During a delay, tries are refused without being checked, so waiting cannot be skipped.
        """
        stored = self._storage.get_setting(PIN_KEY)
        if stored is None:
            return
        wait = self.seconds_to_wait()
        if wait > 0:
            raise PinLockedOutError(wait)
        record = PinRecord.from_json(stored)
        candidate = hash_pin(
            pin.strip(), record.salt, record.n, record.r, record.p, len(record.hash)
        )
        if hmac.compare_digest(candidate, record.hash):
            if self.failures():
                self._storage.reset_counter(FAILURES_KEY)
            return
        failures = self._storage.count_up(FAILURES_KEY, self._clock())
        raise WrongPinError(max(0, FREE_TRIES - failures), delay_after(failures))

    def _failure_state(self) -> tuple[int, float]:
        """The failure count and the time of the last failure, checked: a count that is not a
        whole number from 0 up (tampered, or garbage) means the longest wait from now, and so
        does a time that is not a finite number. `delay_after` bounds any count."""
        stored = self._storage.read_counter(FAILURES_KEY)
        if stored is None:
            return 0, 0.0
        count, last_failure = stored
        if type(count) is not int or count < 0:
            return _MAX_COUNTED, self._clock()
        if not isinstance(last_failure, int | float) or not math.isfinite(last_failure):
            return max(count, _MAX_COUNTED), self._clock()
        return count, float(last_failure)
