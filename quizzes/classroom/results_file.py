"""The class results file (`steppe-quiz/results`, version 1): attempts carried between laptops.

A student's laptop writes one with `results export`; the teacher's laptop merges many with
`results import`. The file is plain JSON, validated strictly before anything is stored: every
error names the file and the JSON path of the field (`$.attempts[2].responses[0].score`).
Nothing read is evaluated; `NaN`/`Infinity` are refused.

Layout (all times ISO 8601 with a UTC offset; ids are UUID strings):

    {"format": "steppe-quiz/results", "version": 1, "exported_at": "...", "machine": "..."|null,
     "profiles": [{"id", "name"}],
     "sets": [{"id", "title", "fingerprint"|null}],
     "attempts": [{"id", "profile": {"id", "name"}, "set_id", "mode", "config": {...},
                   "started_at", "finished_at"|null, "score": 0..1|null, "elapsed_seconds"?,
                   "responses": [{"id", "question_id", "question_external_id", "answer",
                                  "correct", "score": 0..1, "seconds", "answered_at",
                                  "position"?}]}]}

Fields marked `?` are optional (default 0). Unknown fields are refused, so a typo is caught.

Records no quiz can produce are refused too, the field named: a mode the app does not have (or a
`config` it cannot resume), `finished_at` before `started_at`, a time outside the years
2000-2099, `correct` that disagrees with the score (only full marks are correct), one question
answered more often in an attempt than a quiz asks it, a position past 100000, and text with a
lone surrogate (which no UTF-8 file can hold).
"""

from __future__ import annotations

import json
import math
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quizzes.errors import SteppeQuizError
from quizzes.files import UnreadableFileError, read_capped
from quizzes.practice.session import MAX_COMEBACKS, Mode, QuizConfig

RESULTS_FORMAT = "steppe-quiz/results"
RESULTS_VERSION = 1
# A class of 40 students with a few hundred answers each is well under a megabyte; anything
# far bigger is not a results file.
MAX_FILE_BYTES = 64 * 1024 * 1024
_MAX_NAME = 60
# A quiz asks a question once and brings a wrong one back at most MAX_COMEBACKS times.
MAX_ANSWERS_PER_QUESTION = 1 + MAX_COMEBACKS
MAX_POSITION = 100_000
FIRST_YEAR, LAST_YEAR = 2000, 2099


class ResultsFileError(SteppeQuizError):
    """A results file that cannot be used: names the file and the JSON path of the field."""

    def __init__(self, file: str, path: str, message: str) -> None:
        where = f"{file}: {path}" if path else file
        super().__init__(f"{where}: {message}")
        self.file = file
        self.path = path
        self.message = message


@dataclass(frozen=True)
class ResultsProfile:
    id: str
    name: str


@dataclass(frozen=True)
class ResultsSet:
    id: str
    title: str
    fingerprint: str | None


@dataclass(frozen=True)
class ResultsResponse:
    id: str
    question_id: str
    question_external_id: str
    answer: Any
    correct: bool
    score: float
    seconds: float
    answered_at: datetime
    position: int = 0  # order of answering within the attempt


@dataclass(frozen=True)
class ResultsAttempt:
    id: str
    profile: ResultsProfile
    set_id: str
    mode: str
    config: dict[str, Any]
    started_at: datetime
    finished_at: datetime | None
    score: float | None
    responses: list[ResultsResponse] = field(default_factory=list)
    elapsed_seconds: float = 0.0  # time the quiz was on screen


@dataclass(frozen=True)
class ResultsFile:
    exported_at: datetime
    machine: str | None
    profiles: list[ResultsProfile]
    sets: list[ResultsSet]
    attempts: list[ResultsAttempt]


# ------------------------------------------------------------------ writing


def results_to_dict(results: ResultsFile) -> dict[str, Any]:
    return {
        "format": RESULTS_FORMAT,
        "version": RESULTS_VERSION,
        "exported_at": results.exported_at.isoformat(),
        "machine": results.machine,
        "profiles": [{"id": p.id, "name": p.name} for p in results.profiles],
        "sets": [
            {"id": s.id, "title": s.title, "fingerprint": s.fingerprint} for s in results.sets
        ],
        "attempts": [_attempt_to_dict(a) for a in results.attempts],
    }


def _attempt_to_dict(attempt: ResultsAttempt) -> dict[str, Any]:
    return {
        "id": attempt.id,
        "profile": {"id": attempt.profile.id, "name": attempt.profile.name},
        "set_id": attempt.set_id,
        "mode": attempt.mode,
        "config": attempt.config,
        "started_at": attempt.started_at.isoformat(),
        "finished_at": attempt.finished_at.isoformat() if attempt.finished_at else None,
        "score": attempt.score,
        "elapsed_seconds": attempt.elapsed_seconds,
        "responses": [
            {
                "id": r.id,
                "question_id": r.question_id,
                "question_external_id": r.question_external_id,
                "answer": r.answer,
                "correct": r.correct,
                "score": r.score,
                "seconds": r.seconds,
                "answered_at": r.answered_at.isoformat(),
                "position": r.position,
            }
            for r in attempt.responses
        ],
    }


def dumps_results(results: ResultsFile) -> str:
    return json.dumps(results_to_dict(results), ensure_ascii=False, indent=1) + "\n"


def write_results_file(results: ResultsFile, path: Path) -> None:
    """Write atomically: a half-written file never replaces a good one."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(dumps_results(results), encoding="utf-8")
        tmp.replace(path)
    except OSError as err:
        raise SteppeQuizError(f"{path}: cannot write: {err.strerror}") from None


# ------------------------------------------------------------------ reading


def read_results_file(path: Path) -> ResultsFile:
    file = str(path)
    try:
        raw = read_capped(path, MAX_FILE_BYTES)
    except UnreadableFileError as err:
        raise ResultsFileError(file, "", str(err)) from None
    return loads_results(raw, file)


def loads_results(raw: bytes | str, file: str) -> ResultsFile:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ResultsFileError(file, "", f"not UTF-8 text (byte {err.start})") from None
    try:
        document = json.loads(raw, parse_constant=_refuse_constant)
        _refuse_surrogates(document, "$", file)
    except json.JSONDecodeError as err:
        raise ResultsFileError(
            file, "", f"not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}"
        ) from None
    except ValueError as err:
        raise ResultsFileError(file, "", str(err)) from None
    except RecursionError:
        raise ResultsFileError(file, "", "nested too deeply to be a results file") from None
    return parse_results(document, file)


def _refuse_surrogates(value: Any, path: str, file: str) -> None:
    """A lone surrogate (JSON's `\\ud800`) is not a character: SQLite and UTF-8 cannot hold it."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ResultsFileError(file, path, "a lone surrogate (not a character)") from None
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _refuse_surrogates(item, f"{path}[{i}]", file)
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_surrogates(key, path, file)
            _refuse_surrogates(item, f"{path}.{key}", file)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a results file")


def parse_results(document: Any, file: str) -> ResultsFile:
    """Validate a decoded JSON document; the first problem raises `ResultsFileError`."""
    return _Parser(file).results(document)


class _Parser:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, path: str, message: str) -> ResultsFileError:
        return ResultsFileError(self.file, path, message)

    def results(self, doc: Any) -> ResultsFile:
        obj = self.fields(
            doc,
            "$",
            {"format", "version", "exported_at", "profiles", "sets", "attempts"},
            {"machine"},
        )
        if obj["format"] != RESULTS_FORMAT:
            raise self.fail("$.format", f"expected {RESULTS_FORMAT!r}, got {obj['format']!r}")
        version = obj["version"]
        if not isinstance(version, int) or isinstance(version, bool):
            raise self.fail("$.version", "must be a whole number")
        if version > RESULTS_VERSION:
            raise self.fail(
                "$.version",
                f"version {version} was written by a newer Steppe Quiz; this one reads "
                f"version {RESULTS_VERSION}",
            )
        if version != RESULTS_VERSION:
            raise self.fail("$.version", f"unknown version {version}")
        machine = obj.get("machine")
        if machine is not None and not isinstance(machine, str):
            raise self.fail("$.machine", "must be text or null")
        profiles = [
            self.profile(p, f"$.profiles[{i}]")
            for i, p in enumerate(self.entries(obj["profiles"], "$.profiles"))
        ]
        self.unique([p.id for p in profiles], "$.profiles", "profile id")
        sets = [
            self.quiz_set(s, f"$.sets[{i}]")
            for i, s in enumerate(self.entries(obj["sets"], "$.sets"))
        ]
        self.unique([s.id for s in sets], "$.sets", "set id")
        attempts = [
            self.attempt(a, f"$.attempts[{i}]")
            for i, a in enumerate(self.entries(obj["attempts"], "$.attempts"))
        ]
        self.unique([a.id for a in attempts], "$.attempts", "attempt id")
        self.unique([r.id for a in attempts for r in a.responses], "$.attempts", "response id")
        self.cross_check(attempts, {p.id: p for p in profiles}, {s.id for s in sets})
        return ResultsFile(
            exported_at=self.time(obj["exported_at"], "$.exported_at"),
            machine=machine,
            profiles=profiles,
            sets=sets,
            attempts=attempts,
        )

    def cross_check(
        self, attempts: list[ResultsAttempt], profiles: dict[str, ResultsProfile], sets: set[str]
    ) -> None:
        for i, attempt in enumerate(attempts):
            if profiles.get(attempt.profile.id) != attempt.profile:
                raise self.fail(
                    f"$.attempts[{i}].profile",
                    f"profile {attempt.profile.id} ({attempt.profile.name!r}) is not listed "
                    "under $.profiles with that name",
                )
            if attempt.set_id not in sets:
                raise self.fail(
                    f"$.attempts[{i}].set_id", f"set {attempt.set_id} is not listed under $.sets"
                )

    def profile(self, value: Any, path: str) -> ResultsProfile:
        obj = self.fields(value, path, {"id", "name"})
        name = self.text(obj["name"], f"{path}.name")
        if len(name) > _MAX_NAME:
            raise self.fail(f"{path}.name", f"at most {_MAX_NAME} characters")
        return ResultsProfile(self.uuid(obj["id"], f"{path}.id"), " ".join(name.split()))

    def quiz_set(self, value: Any, path: str) -> ResultsSet:
        obj = self.fields(value, path, {"id", "title", "fingerprint"})
        fingerprint = obj["fingerprint"]
        if fingerprint is not None and (
            not isinstance(fingerprint, str)
            or len(fingerprint) != 64
            or any(c not in "0123456789abcdef" for c in fingerprint)
        ):
            raise self.fail(f"{path}.fingerprint", "must be a SHA-256 in hex (64 characters)")
        return ResultsSet(
            self.uuid(obj["id"], f"{path}.id"),
            self.text(obj["title"], f"{path}.title"),
            fingerprint,
        )

    def attempt(self, value: Any, path: str) -> ResultsAttempt:
        keys = {
            "id",
            "profile",
            "set_id",
            "mode",
            "config",
            "started_at",
            "finished_at",
            "score",
            "responses",
        }
        obj = self.fields(value, path, keys, {"elapsed_seconds"})
        mode = self.mode(obj["mode"], f"{path}.mode")
        config = self.config(obj["config"], mode, f"{path}.config")
        started = self.time(obj["started_at"], f"{path}.started_at")
        finished = None
        if obj["finished_at"] is not None:
            finished = self.time(obj["finished_at"], f"{path}.finished_at")
            if finished < started:
                raise self.fail(
                    f"{path}.finished_at", f"before the attempt started ({started.astimezone(UTC)})"
                )
        score = obj["score"]
        elapsed = self.number(obj.get("elapsed_seconds", 0), f"{path}.elapsed_seconds")
        if elapsed < 0:
            raise self.fail(f"{path}.elapsed_seconds", "cannot be negative")
        responses = [
            self.response(r, f"{path}.responses[{i}]")
            for i, r in enumerate(self.entries(obj["responses"], f"{path}.responses"))
        ]
        self.answer_counts(responses, f"{path}.responses")
        return ResultsAttempt(
            id=self.uuid(obj["id"], f"{path}.id"),
            profile=self.profile(obj["profile"], f"{path}.profile"),
            set_id=self.uuid(obj["set_id"], f"{path}.set_id"),
            mode=mode,
            config=config,
            started_at=started,
            finished_at=finished,
            score=None if score is None else self.fraction(score, f"{path}.score"),
            responses=responses,
            elapsed_seconds=elapsed,
        )

    def mode(self, value: Any, path: str) -> str:
        mode = self.text(value, path)
        known = [m.value for m in Mode]
        if mode not in known:
            raise self.fail(path, f"unknown mode {mode[:20]!r} (known: {', '.join(known)})")
        return mode

    def config(self, value: Any, mode: str, path: str) -> dict[str, Any]:
        """The attempt's quiz configuration, which Continue and review read back."""
        if not isinstance(value, dict):
            raise self.fail(path, "must be an object")
        if "mode" in value and value["mode"] != mode:
            raise self.fail(
                f"{path}.mode", f"{value['mode']!r}, but the attempt's mode is {mode!r}"
            )
        try:
            QuizConfig.from_dict(value)
        except (ValueError, TypeError, AttributeError, OverflowError) as err:
            raise self.fail(path, f"not a quiz configuration ({err})") from None
        return value

    def answer_counts(self, responses: list[ResultsResponse], path: str) -> None:
        seen: Counter[str] = Counter()
        for i, response in enumerate(responses):
            seen[response.question_external_id] += 1
            if seen[response.question_external_id] > MAX_ANSWERS_PER_QUESTION:
                raise self.fail(
                    f"{path}[{i}]",
                    f"question {response.question_external_id!r} answered "
                    f"{seen[response.question_external_id]} times in one attempt; a quiz asks "
                    f"a question at most {MAX_ANSWERS_PER_QUESTION} times",
                )

    def response(self, value: Any, path: str) -> ResultsResponse:
        keys = {
            "id",
            "question_id",
            "question_external_id",
            "answer",
            "correct",
            "score",
            "seconds",
            "answered_at",
        }
        obj = self.fields(value, path, keys, {"position"})
        if not isinstance(obj["correct"], bool):
            raise self.fail(f"{path}.correct", "must be true or false")
        score = self.fraction(obj["score"], f"{path}.score")
        if obj["correct"] and score < 1:
            raise self.fail(
                f"{path}.correct",
                f"true with a score of {score}; only full marks (1) are correct",
            )
        if not obj["correct"] and score >= 1:
            raise self.fail(f"{path}.correct", "false with full marks; full marks are correct")
        seconds = self.number(obj["seconds"], f"{path}.seconds")
        if seconds < 0:
            raise self.fail(f"{path}.seconds", "cannot be negative")
        return ResultsResponse(
            id=self.uuid(obj["id"], f"{path}.id"),
            question_id=self.uuid(obj["question_id"], f"{path}.question_id"),
            question_external_id=self.text(
                obj["question_external_id"], f"{path}.question_external_id"
            ),
            answer=obj["answer"],
            correct=obj["correct"],
            score=score,
            seconds=seconds,
            answered_at=self.time(obj["answered_at"], f"{path}.answered_at"),
            position=self.position(obj.get("position", 0), f"{path}.position"),
        )

    # -------------------------------------------------------------- field checks

    def fields(
        self,
        value: Any,
        path: str,
        required: set[str],
        optional: frozenset[str] | set[str] = frozenset(),
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "must be an object")
        missing = sorted(required - value.keys())
        if missing:
            raise self.fail(path, f"missing field {missing[0]!r}")
        unknown = sorted(value.keys() - required - set(optional))
        if unknown:
            raise self.fail(f"{path}.{unknown[0]}", "unknown field")
        return value

    def entries(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, "must be a list")
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(path, "must be non-empty text")
        return value

    def uuid(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise self.fail(path, "must be a UUID string")
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise self.fail(path, f"not a UUID: {value[:40]!r}") from None

    def number(self, value: Any, path: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(path, "must be a number")
        try:
            number = float(value)
        except OverflowError:  # a whole number with hundreds of digits
            raise self.fail(path, "must be a number") from None
        if not math.isfinite(number):
            raise self.fail(path, "must be a number")
        return number

    def position(self, value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(path, "must be a whole number, 0 or more")
        if value > MAX_POSITION:
            raise self.fail(path, f"at most {MAX_POSITION}")
        return value

    def fraction(self, value: Any, path: str) -> float:
        number = self.number(value, path)
        if not 0 <= number <= 1:
            raise self.fail(path, f"must be from 0 to 1, got {number}")
        return number

    def time(self, value: Any, path: str) -> datetime:
        if not isinstance(value, str):
            raise self.fail(path, "must be an ISO 8601 date and time")
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(path, f"not an ISO 8601 date and time: {value[:40]!r}") from None
        if moment.tzinfo is None:
            raise self.fail(path, "needs a UTC offset (e.g. +00:00)")
        if not FIRST_YEAR <= moment.year <= LAST_YEAR:
            raise self.fail(path, f"year {moment.year} is outside {FIRST_YEAR} to {LAST_YEAR}")
        return moment

    def unique(self, ids: list[str], path: str, what: str) -> None:
        seen: set[str] = set()
        for item in ids:
            if item in seen:
                raise self.fail(path, f"{what} {item} appears twice")
            seen.add(item)
