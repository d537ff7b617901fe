"""The native `.quiz.json` format (version 1): reading files with clear errors, and writing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quizzes.errors import QuizFileError, QuizFormatError
from quizzes.exchange.formats.textfile import read_text_file
from quizzes.model import (
    DEFAULT_DIFFICULTY,
    DEFAULT_TOPIC,
    MAX_NUMBER_TEXT,
    OversizedNumber,
    QuizSet,
    parse_quizset,
    quizset_to_dict,
)
from quizzes.progress import READING, Progress


def loads_quizset(text: str, file: str = "<text>", progress: Progress | None = None) -> QuizSet:
    """Parse and validate `.quiz.json` text; errors name `file` and the line or the JSON path.
    Questions are checked one by one through `progress` (which may cancel)."""
    progress = progress or Progress()
    progress.check(READING)
    repeated: list[_RepeatedKeyObject] = []
    try:
        data = json.loads(
            text,
            parse_int=_read_int,
            parse_float=_read_float,
            object_pairs_hook=lambda pairs: _read_object(pairs, repeated),
        )
    except json.JSONDecodeError as err:
        raise QuizFileError(file, f"not valid JSON: {err.msg}", err.lineno, err.colno) from None
    except RecursionError:
        raise QuizFileError(file, "not a quiz set: lists or objects nested too deeply") from None
    if repeated:
        first = repeated[0]
        where = _path_of(data, first)
        field = f"{where}.{first.key}" if where else first.key
        raise QuizFileError(file, f"{field}: given twice in one object (say each field once)")
    try:
        return parse_quizset(data, progress)
    except QuizFormatError as err:
        raise QuizFileError(file, str(err)) from None


class _RepeatedKeyObject(dict[str, Any]):
    """A decoded JSON object that was given `key` more than once."""

    def __init__(self, pairs: list[tuple[str, Any]], key: str) -> None:
        super().__init__(pairs)
        self.key = key


def _read_object(
    pairs: list[tuple[str, Any]], repeated: list[_RepeatedKeyObject]
) -> dict[str, Any]:
    """A JSON object; one with a repeated key is marked and noted in `repeated`."""
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            marked = _RepeatedKeyObject(pairs, key)
            repeated.append(marked)
            return marked
        seen.add(key)
    return obj


def _path_of(data: object, target: object) -> str:
    """The JSON path (`questions[0].evidence`) of the value `target` inside `data`, "" for the
    whole document; walked without recursion, since decoding allowed deep nesting."""
    stack: list[tuple[object, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if value is target:
            return path
        if isinstance(value, dict):
            stack.extend((item, f"{path}.{key}" if path else key) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{index}]") for index, item in enumerate(value))
    return ""


def _read_int(text: str) -> int | OversizedNumber:
    """A JSON integer; one too long to be a sane number stays unconverted (never a slow `int`)."""
    return OversizedNumber(len(text)) if len(text) > MAX_NUMBER_TEXT else int(text)


def _read_float(text: str) -> float | OversizedNumber:
    """A JSON number with a fraction or exponent, bounded like `_read_int`."""
    return OversizedNumber(len(text)) if len(text) > MAX_NUMBER_TEXT else float(text)


def read_quizset(path: Path) -> QuizSet:
    """Read a `.quiz.json` file (UTF-8, with or without a byte-order mark)."""
    return loads_quizset(read_text_file(path), str(path))


# Question fields a file may leave out, and the value they then have.
_DEFAULTS: dict[str, object] = {
    "tolerance": 0,
    "unit": None,
    "explanation": "",
    "evidence": None,
    "topic": DEFAULT_TOPIC,
    "difficulty": DEFAULT_DIFFICULTY,
    "tags": [],
}


def dumps_quizset(quizset: QuizSet) -> str:
    """The set as `.quiz.json` text ending with a newline: the set's own fields one per line, then
    each question compact on a line of its own, without the fields that only repeat their
    default. Indenting every field of every question and writing every default, as before, made
    a compact 9.9 MB file of many small questions a 29 MB export, too large to import again; a
    question per line is still easy to read and to compare."""
    document = quizset_to_dict(quizset)
    questions = [
        {key: value for key, value in question.items() if _DEFAULTS.get(key, ...) != value}
        for question in document.pop("questions")
    ]
    lines = [json.dumps(q, ensure_ascii=False, separators=(",", ":")) for q in questions]
    listed = ("[\n    " + ",\n    ".join(lines) + "\n  ]") if lines else "[]"
    head = json.dumps(document, ensure_ascii=False, indent=2).removesuffix("\n}")
    return f'{head},\n  "questions": {listed}\n}}\n'


def write_quizset(quizset: QuizSet, path: Path) -> None:
    """Write atomically: a half-written file never replaces a good one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dumps_quizset(quizset), encoding="utf-8")
    tmp.replace(path)
