"""The optional teacher PIN: set, verify, clear; wrong tries slow the next ones down.

The PIN is never stored: only a salted `hashlib.scrypt` hash with its parameters (n, r, p,
salt), so the cost can be raised later without breaking old records. Comparison uses
`hmac.compare_digest`. After three wrong tries in a row each further try must wait, and the
wait doubles (5 s, 10 s, 20 s... up to 5 minutes). The failure count and the time of the last
failure are stored too, so closing and reopening the app does not reset them.

What this protects: casual use of teacher functions on a shared laptop. What it cannot: anyone
who can edit the database file can delete the PIN record (see the README).

Storage goes through a small `SettingStorage` protocol (the `Store` implements it), and the
clock is injected, so tests are exact.
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
# take minutes or gigabytes.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16


class SettingStorage(Protocol):
    def get_setting(self, key: str) -> str | None: ...

    def set_setting(self, key: str, value: str) -> None: ...

    def delete_setting(self, key: str) -> None: ...


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
        try:
            data = json.loads(text)
            record = cls(
                n=int(data["n"]),
                r=int(data["r"]),
                p=int(data["p"]),
                salt=bytes.fromhex(data["salt"]),
                hash=bytes.fromhex(data["hash"]),
            )
        except (ValueError, KeyError, TypeError):
            raise TeacherLockError("the stored teacher PIN record is damaged") from None
        if (
            data.get("algorithm") != "scrypt"
            or not 2 <= record.n <= _MAX_N
            or record.n & (record.n - 1)
            or not 1 <= record.r <= _MAX_R
            or not 1 <= record.p <= _MAX_P
            or not record.salt
            or not record.hash
        ):
            raise TeacherLockError("the stored teacher PIN record is damaged")
        return record


def hash_pin(pin: str, salt: bytes, n: int, r: int, p: int, length: int = _HASH_BYTES) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r * p, dklen=length
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
    return min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_TRIES), MAX_DELAY_SECONDS)


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
        self._storage.delete_setting(FAILURES_KEY)

    def clear(self, current_pin: str) -> None:
        """Remove the PIN; the current one must be given."""
        self.verify(current_pin)
        self._storage.delete_setting(PIN_KEY)
        self._storage.delete_setting(FAILURES_KEY)

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
                self._storage.delete_setting(FAILURES_KEY)
            return
        failures = self.failures() + 1
        self._storage.set_setting(
            FAILURES_KEY, json.dumps({"count": failures, "last_failure": self._clock()})
        )
        raise WrongPinError(max(0, FREE_TRIES - failures), delay_after(failures))

    def _failure_state(self) -> tuple[int, float]:
        text = self._storage.get_setting(FAILURES_KEY)
        if text is None:
            return 0, 0.0
        try:
            data = json.loads(text)
            return max(0, int(data["count"])), float(data["last_failure"])
        except (ValueError, KeyError, TypeError):
            # A damaged counter must not unlock anything: treat it as many failures just now.
            return FREE_TRIES + 3, self._clock()
