"""Question types and the `.quiz.json` quiz-set format (version 1): data classes and validation.

`parse_quizset` is the one gate through which outside data becomes a `QuizSet`; every rule of
the format lives there, and each failure names the JSON path of the offending field
(`questions[3].answer: ...`). `quizset_to_dict` writes the same shape back.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from quizzes.errors import QuizFormatError
from quizzes.progress import READING, Progress

FORMAT_NAME = "steppe-quiz/quizset"
FORMAT_VERSION = 1
DEFAULT_TOPIC = "General"
DEFAULT_DIFFICULTY = 2
# Numbers (answers, tolerances) run from -MAX_NUMBER to MAX_NUMBER: far beyond any quiz, and far
# from where floats overflow. Readers refuse a number written with more than MAX_NUMBER_TEXT
# characters before converting it, so a 5,000-digit number costs nothing.
MAX_NUMBER = 1e100
MAX_NUMBER_TEXT = 100
MAX_PARAGRAPH = 1_000_000


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    NUMERIC = "numeric"
    SHORT_ANSWER = "short_answer"
    ORDERING = "ordering"
    MATCHING = "matching"

    @property
    def has_choices(self) -> bool:
        return self in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


# The Python shape of `Question.answer`, by type:
#   single_choice: str        multiple_choice: list[str]    true_false: bool
#   numeric: int | float      short_answer: list[str]       ordering: list[str]
#   matching: list[tuple[str, str]]
Answer = str | bool | int | float | list[str] | list[tuple[str, str]]


def answer_texts(answer: Answer) -> list[str]:
    """The texts of a list answer (ticked choices, accepted answers, items in order), else []."""
    return [item for item in answer if isinstance(item, str)] if isinstance(answer, list) else []


def answer_pairs(answer: Answer) -> list[tuple[str, str]]:
    """The (left, right) pairs of a matching answer, else []."""
    return [item for item in answer if isinstance(item, tuple)] if isinstance(answer, list) else []


@dataclass(frozen=True)
class Evidence:
    """Where in the source article a question's answer is stated (paragraphs count from 1)."""

    quote: str
    paragraph: int


@dataclass(frozen=True)
class Source:
    """The article a set was made from; every field may be unknown."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    sha256: str | None = None


@dataclass
class Question:
    id: str
    type: QuestionType
    prompt: str
    answer: Answer
    choices: list[str] = field(default_factory=list)
    tolerance: float | None = None
    unit: str | None = None
    explanation: str = ""
    evidence: Evidence | None = None
    topic: str = DEFAULT_TOPIC
    difficulty: int = DEFAULT_DIFFICULTY
    tags: list[str] = field(default_factory=list)


@dataclass
class QuizSet:
    title: str
    description: str = ""
    source: Source = field(default_factory=Source)
    questions: list[Question] = field(default_factory=list)
    # Marked by the teacher as an exam: students get no answers until its results are released.
    exam: bool = False

    @property
    def topics(self) -> list[str]:
        """Topics in order of first appearance."""
        return list(dict.fromkeys(q.topic for q in self.questions))


# ---------------------------------------------------------------- reading and validating


class OversizedNumber:
    """A number a reader left unconverted because it is written with too many characters."""

    def __init__(self, length: int) -> None:
        self.length = length

    def __repr__(self) -> str:
        return f"a number written with {self.length} characters"


def parse_quizset(data: object, progress: Progress | None = None) -> QuizSet:
    """Validate a decoded `.quiz.json` document and build a `QuizSet`, question by question
    through `progress` (which may cancel it).

    Unknown extra fields are ignored. Raises `QuizFormatError` naming the offending field.
    """
    progress = progress or Progress()
    doc = _expect_object(data, "")
    if doc.get("format") != FORMAT_NAME:
        raise QuizFormatError("format", f"expected {FORMAT_NAME!r}, found {doc.get('format')!r}")
    version = doc.get("version")
    if type(version) is not int or version != FORMAT_VERSION:
        raise QuizFormatError(
            "version", f"unsupported version {version!r}; this app reads version {FORMAT_VERSION}"
        )
    questions_data = doc.get("questions")
    if not isinstance(questions_data, list):
        raise QuizFormatError("questions", "must be a list of questions")
    questions: list[Question] = []
    for i, question in enumerate(questions_data):
        progress.advance(i, len(questions_data), READING)
        questions.append(parse_question(question, f"questions[{i}]"))
    _check_unique([q.id for q in questions], "questions", "question id", fold_case=False)
    exam = doc.get("exam", False)
    if type(exam) is not bool:
        raise QuizFormatError("exam", f"must be true or false, found {_describe(exam)}")
    return QuizSet(
        title=_text(doc, "title", ""),
        description=_optional_str(doc, "description", "") or "",
        source=_parse_source(doc.get("source"), "source"),
        questions=questions,
        exam=exam,
    )


def parse_question(data: object, path: str) -> Question:
    """Validate one question object; `path` prefixes error messages (e.g. `questions[3]`)."""
    obj = _expect_object(data, path)
    qid = _text(obj, "id", path)
    raw_type = obj.get("type")
    qtype = next((t for t in QuestionType if t.value == raw_type), None)
    if qtype is None:
        allowed = ", ".join(t.value for t in QuestionType)
        raise QuizFormatError(
            f"{path}.type", f"unknown question type {raw_type!r} (expected one of: {allowed})"
        )
    choices = _parse_choices(obj, qtype, path)
    answer = _parse_answer(obj.get("answer"), qtype, choices, f"{path}.answer")
    tolerance, unit = _parse_numeric_extras(obj, qtype, path)
    difficulty = obj.get("difficulty", DEFAULT_DIFFICULTY)
    if type(difficulty) is not int or difficulty not in (1, 2, 3):
        raise QuizFormatError(
            f"{path}.difficulty", f"must be 1, 2 or 3, found {_describe(difficulty)}"
        )
    return Question(
        id=qid,
        type=qtype,
        prompt=_text(obj, "prompt", path),
        answer=answer,
        choices=choices,
        tolerance=tolerance,
        unit=unit,
        explanation=_optional_str(obj, "explanation", path) or "",
        evidence=_parse_evidence(obj.get("evidence"), f"{path}.evidence"),
        topic=_optional_str(obj, "topic", path, allow_empty=False) or DEFAULT_TOPIC,
        difficulty=difficulty,
        tags=_string_list(obj.get("tags", []), f"{path}.tags", min_items=0),
    )


def _parse_choices(obj: dict[str, Any], qtype: QuestionType, path: str) -> list[str]:
    raw = obj.get("choices")
    if not qtype.has_choices:
        if raw not in (None, []):
            raise QuizFormatError(f"{path}.choices", f"a {qtype.value} question has no choices")
        return []
    if raw is None:
        raise QuizFormatError(f"{path}.choices", f"a {qtype.value} question needs choices")
    choices = _string_list(raw, f"{path}.choices", min_items=2)
    _check_unique(choices, f"{path}.choices", "choice")
    return choices


def _parse_answer(raw: object, qtype: QuestionType, choices: list[str], path: str) -> Answer:
    match qtype:
        case QuestionType.SINGLE_CHOICE:
            if not isinstance(raw, str):
                raise QuizFormatError(path, "must be one of the choices, as a string")
            if raw not in choices:
                raise QuizFormatError(path, f"{raw!r} is not one of the choices")
            return raw
        case QuestionType.MULTIPLE_CHOICE:
            picked = _string_list(raw, path, min_items=1)
            _check_unique(picked, path, "answer")
            for item in picked:
                if item not in choices:
                    raise QuizFormatError(path, f"{item!r} is not one of the choices")
            return picked
        case QuestionType.TRUE_FALSE:
            if not isinstance(raw, bool):
                raise QuizFormatError(path, f"must be true or false, found {raw!r}")
            return raw
        case QuestionType.NUMERIC:
            return _finite_number(raw, path)
        case QuestionType.SHORT_ANSWER:
            accepted = _string_list(raw, path, min_items=1)
            _check_unique(accepted, path, "accepted answer")
            return accepted
        case QuestionType.ORDERING:
            items = _string_list(raw, path, min_items=2)
            _check_unique(items, path, "item")
            return items
        case QuestionType.MATCHING:
            return _parse_pairs(raw, path)


def _parse_pairs(raw: object, path: str) -> list[tuple[str, str]]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise QuizFormatError(path, "must be a list of at least two [left, right] pairs")
    pairs: list[tuple[str, str]] = []
    for i, pair in enumerate(raw):
        if not isinstance(pair, list) or len(pair) != 2:
            raise QuizFormatError(f"{path}[{i}]", "must be a [left, right] pair")
        left, right = (_nonempty_str(v, f"{path}[{i}][{j}]") for j, v in enumerate(pair))
        pairs.append((left, right))
    _check_unique([left for left, _ in pairs], path, "left-hand item")
    return pairs


def _parse_numeric_extras(
    obj: dict[str, Any], qtype: QuestionType, path: str
) -> tuple[float | None, str | None]:
    if qtype is not QuestionType.NUMERIC:
        for key in ("tolerance", "unit"):
            if obj.get(key) is not None:
                raise QuizFormatError(f"{path}.{key}", f"only numeric questions have a {key}")
        return None, None
    tolerance = _finite_number(obj.get("tolerance", 0), f"{path}.tolerance")
    if tolerance < 0:
        raise QuizFormatError(f"{path}.tolerance", f"must be 0 or more, found {tolerance!r}")
    unit = obj.get("unit")
    if unit is not None and not isinstance(unit, str):
        raise QuizFormatError(f"{path}.unit", "must be a string or null")
    if unit is not None:
        _check_text(unit, f"{path}.unit")
    return tolerance, (unit.strip() or None) if unit is not None else None


def _parse_evidence(raw: object, path: str) -> Evidence | None:
    if raw is None:
        return None
    obj = _expect_object(raw, path)
    paragraph = obj.get("paragraph")
    if (
        isinstance(paragraph, bool)
        or not isinstance(paragraph, int)
        or not 1 <= paragraph <= MAX_PARAGRAPH
    ):
        raise QuizFormatError(
            f"{path}.paragraph",
            f"must be a whole number from 1 to {MAX_PARAGRAPH:,}, found {_describe(paragraph)}",
        )
    return Evidence(quote=_text(obj, "quote", path), paragraph=paragraph)


def _parse_source(raw: object, path: str) -> Source:
    if raw is None:
        return Source()
    obj = _expect_object(raw, path)
    fields = {key: _optional_str(obj, key, path) for key in ("title", "publisher", "url", "sha256")}
    return Source(**fields)


def _expect_object(raw: object, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise QuizFormatError(path or "(document)", "must be a JSON object")
    return raw


def _nonempty_str(raw: object, path: str) -> str:
    if not isinstance(raw, str):
        raise QuizFormatError(path, f"must be a string, found {type(raw).__name__}")
    _check_text(raw, path)
    if is_blank(raw):
        raise QuizFormatError(path, "must not be empty")
    return raw


# Half of a UTF-16 pair on its own: JSON can write one ("\ud800"), but it is not text.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Characters that show nothing: spaces and controls (Z*, Cc) and format characters (Cf: zero
# width space, joiners, soft hyphen, byte-order mark).
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def _check_text(raw: str, path: str) -> None:
    """Refuse a string that cannot be stored or written as UTF-8, or that PostgreSQL cannot
    keep in a text column (a NUL character)."""
    surrogate = _LONE_SURROGATE.search(raw)
    if surrogate:
        code = f"\\u{ord(surrogate.group()):04x}"
        raise QuizFormatError(path, f"contains a lone surrogate {code}, which is not text")
    if "\x00" in raw:
        raise QuizFormatError(path, "contains a NUL character (\\u0000), which is not text")


def is_blank(text: str) -> bool:
    """True when `text` shows nothing: empty, spaces, or invisible characters such as U+200B."""
    return all(unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in text)


def _text(obj: dict[str, Any], key: str, path: str) -> str:
    """A required, non-empty string field."""
    return _nonempty_str(obj.get(key), f"{path}.{key}" if path else key)


def _optional_str(obj: dict[str, Any], key: str, path: str, allow_empty: bool = True) -> str | None:
    raw = obj.get(key)
    where = f"{path}.{key}" if path else key
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise QuizFormatError(where, f"must be a string, found {type(raw).__name__}")
    _check_text(raw, where)
    if not allow_empty and is_blank(raw):
        raise QuizFormatError(where, "must not be empty")
    return raw


def _string_list(raw: object, path: str, min_items: int) -> list[str]:
    if not isinstance(raw, list):
        raise QuizFormatError(path, "must be a list of strings")
    if len(raw) < min_items:
        raise QuizFormatError(path, f"needs at least {min_items} item(s), found {len(raw)}")
    return [_nonempty_str(item, f"{path}[{i}]") for i, item in enumerate(raw)]


def _finite_number(raw: object, path: str) -> int | float:
    """A JSON number from -MAX_NUMBER to MAX_NUMBER (big integers are compared, never converted)."""
    if isinstance(raw, OversizedNumber):
        raise QuizFormatError(
            path, f"must be written with at most {MAX_NUMBER_TEXT} characters, found {raw!r}"
        )
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise QuizFormatError(path, f"must be a number, found {_describe(raw)}")
    if (isinstance(raw, float) and not math.isfinite(raw)) or abs(raw) > MAX_NUMBER:
        raise QuizFormatError(
            path, f"must be a number from {-MAX_NUMBER:g} to {MAX_NUMBER:g}, found {_describe(raw)}"
        )
    return raw


def _describe(raw: object) -> str:
    """`raw` for an error message, short however long the value."""
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) >= 10**30:
        return "a number with more than 30 digits"
    text = repr(raw)
    return text if len(text) <= 60 else f"{text[:40]}… ({len(text)} characters)"


def _check_unique(items: list[str], path: str, what: str, fold_case: bool = True) -> None:
    """Reject repeats: two strings differing only in spacing (and, by default, case) count as
    one."""
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        key = " ".join((item.casefold() if fold_case else item).split())
        if key in seen:
            raise QuizFormatError(
                f"{path}[{i}]", f"duplicate {what} {item!r} (same as [{seen[key]}])"
            )
        seen[key] = i


# ---------------------------------------------------------------- writing


def question_to_dict(question: Question) -> dict[str, Any]:
    """The `.quiz.json` object of one question (only the fields its type uses)."""
    out: dict[str, Any] = {
        "id": question.id,
        "type": question.type.value,
        "prompt": question.prompt,
    }
    if question.type.has_choices:
        out["choices"] = list(question.choices)
    out["answer"] = answer_to_json(question.answer)
    if question.type is QuestionType.NUMERIC:
        out["tolerance"] = question.tolerance or 0
        out["unit"] = question.unit
    evidence = question.evidence
    out["explanation"] = question.explanation
    out["evidence"] = (
        None if evidence is None else {"quote": evidence.quote, "paragraph": evidence.paragraph}
    )
    out["topic"] = question.topic
    out["difficulty"] = question.difficulty
    out["tags"] = list(question.tags)
    return out


def quizset_to_dict(quizset: QuizSet) -> dict[str, Any]:
    """The whole `.quiz.json` document, in the documented key order. `exam` is written only
    for an exam set, so an ordinary set's file is what earlier versions wrote."""
    source = quizset.source
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": quizset.title,
        "description": quizset.description,
        **({"exam": True} if quizset.exam else {}),
        "source": {
            "title": source.title,
            "publisher": source.publisher,
            "url": source.url,
            "sha256": source.sha256,
        },
        "questions": [question_to_dict(q) for q in quizset.questions],
    }


def answer_to_json(answer: Answer) -> Any:
    """Answers as plain JSON values (matching pairs become two-item lists)."""
    if isinstance(answer, list):
        return [list(item) if isinstance(item, tuple) else item for item in answer]
    return answer


def content_fingerprint(quizset: QuizSet) -> str:
    """A SHA-256 over the set's questions, to recognise the same set imported twice."""
    canonical = json.dumps(
        [question_to_dict(q) for q in quizset.questions], sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
