"""Grading a student's answer to one question, and the answer texts a review table shows.

Rules (the README repeats them for students and teachers):

- single choice, true/false, numeric, short answer: right (1) or wrong (0).
- numeric: right when within the question's absolute `tolerance` of the answer.
- short answer: compared after folding case, accents, punctuation and spacing ("Eurasian
  economic union!" = "Eurasian Economic Union"). One small typo (one letter added, missing,
  changed, or two neighbours swapped) is forgiven when the accepted answer has at least
  `TYPO_MIN_LETTERS` letters, and `Grade.note` says so; short answers ("EAEU") must be exact.
- multiple choice: (right ticks − wrong ticks) / number of right choices, never below 0. Ticking
  everything therefore earns nothing, and a missed right choice costs its share.
- ordering: the share of item pairs the student put in the right relative order (Kendall-style).
  One item out of place costs a little, a reversed list earns 0. Fairer than "items in the exact
  position", where moving the first item to the end would score 0.
- matching: the share of left-hand items matched to the right right-hand item.

A question counts as correct only with the full score (1.0). `None` means "not answered": 0.
`Grade.note` explains partial credit in one line ("2 of 3 pairs right — 0.67 point") and names
the exact value of a number accepted within its tolerance.
"""

from __future__ import annotations

import math
import string
import unicodedata
from dataclasses import dataclass

from quizzes.model import Question, QuestionType, answer_pairs, answer_texts
from quizzes.numbers import format_number

TYPO_MIN_LETTERS = 6
NOT_ANSWERED = "(not answered)"
# Numbers typed as text are compared after parsing; this absorbs float noise such as 0.1 + 0.2.
_FLOAT_SLACK = 1e-9


@dataclass(frozen=True)
class Grade:
    """The outcome of one answer: `score` 0..1, `correct` only when full marks, a note to show."""

    score: float
    correct: bool
    note: str = ""


RIGHT = Grade(1.0, True)
WRONG = Grade(0.0, False)


def grade_response(question: Question, given: object | None) -> Grade:
    """Grade `given` (in the shape the answer widgets return) against `question`'s answer."""
    if given is None:
        return Grade(0.0, False, "Not answered.")
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            return RIGHT if given == question.answer else WRONG
        case QuestionType.TRUE_FALSE:
            return RIGHT if isinstance(given, bool) and given == question.answer else WRONG
        case QuestionType.NUMERIC:
            return _grade_numeric(question, given)
        case QuestionType.SHORT_ANSWER:
            return _grade_short_answer(question, given)
        case QuestionType.MULTIPLE_CHOICE:
            return _partial(_multiple_choice_credit(question, given))
        case QuestionType.ORDERING:
            return _partial(_ordering_credit(question, given))
        case QuestionType.MATCHING:
            return _partial(_matching_credit(question, given))
    raise ValueError(f"cannot grade a question of type {question.type!r}")


@dataclass(frozen=True)
class _Credit:
    """A partial-credit score and what earned it ("2 of 3 pairs right")."""

    score: float
    parts: str


def explained(question: Question, given: object | None, grade: Grade) -> Grade:
    """A stored `grade` with the note grading `given` again gives ("2 of 3 pairs right — …"),
    when `question` still grades it the same; a question edited since keeps the stored score
    and gets no note rather than one that contradicts it."""
    again = grade_response(question, given)
    if grade.note or (again.score, again.correct) != (grade.score, grade.correct):
        return grade
    return Grade(grade.score, grade.correct, again.note)


def _partial(credit: _Credit) -> Grade:
    score = min(1.0, max(0.0, credit.score))
    if score >= 1.0:
        return RIGHT
    if score > 0:
        return Grade(score, False, f"{credit.parts} — {format_number(round(score, 2))} point")
    return WRONG


def _grade_numeric(question: Question, given: object) -> Grade:
    if isinstance(given, bool) or not isinstance(given, int | float) or not math.isfinite(given):
        return WRONG
    assert isinstance(question.answer, int | float)
    tolerance = question.tolerance or 0.0
    off_by = abs(given - question.answer)
    if off_by > tolerance + _FLOAT_SLACK:
        return WRONG
    if off_by <= _FLOAT_SLACK:
        return RIGHT
    given_text = _number_text(question, float(given), with_tolerance=False)
    exact_text = _number_text(question, float(question.answer), with_tolerance=False)
    tolerance_text = _number_text(question, tolerance, with_tolerance=False)
    return Grade(
        1.0,
        True,
        f"Accepted: {given_text} is within {tolerance_text} of {exact_text} (the exact value).",
    )


def normalise_text(text: str) -> str:
    """Case, accents, punctuation and spacing folded away: "Tokayév, K.!" -> "tokayevk",
    "U.N." -> "un", "multi-vector" and "multi vector" -> "multivector"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    no_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(
        c
        for c in no_accents
        if not (c.isspace() or c in string.punctuation or unicodedata.category(c)[0] in "PS")
    )


def _grade_short_answer(question: Question, given: object) -> Grade:
    if not isinstance(given, str):
        return WRONG
    typed = normalise_text(given)
    if not typed:
        return WRONG
    accepted = list(question.answer) if isinstance(question.answer, list) else []
    for answer in accepted:
        if typed == normalise_text(str(answer)):
            return RIGHT
    for answer in accepted:
        target = normalise_text(str(answer))
        letters = sum(c.isalpha() for c in target)
        same_digits = [c for c in typed if c.isdigit()] == [c for c in target if c.isdigit()]
        # A typo is a slip in a word; a changed digit ("Article 50" for "51") is another answer.
        if letters >= TYPO_MIN_LETTERS and same_digits and is_one_typo(typed, target):
            return Grade(1.0, True, f"Accepted with a small typo: it is spelt “{answer}”.")
    return WRONG


def is_one_typo(first: str, second: str) -> bool:
    """True when one letter added, missing or changed, or two neighbours swapped, turns `first`
    into `second` (optimal string alignment distance exactly 1). Linear in the texts' length:
    past the common start, the rest must match once the one slip is skipped."""
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    if len(first) != len(second):
        longer, shorter = (first, second) if len(first) > len(second) else (second, first)
        return longer[start + 1 :] == shorter[start:]
    changed = first[start + 1 :] == second[start + 1 :]
    swapped = (
        first[start : start + 2] == second[start : start + 2][::-1]
        and first[start + 2 :] == second[start + 2 :]
    )
    return changed or swapped


_NO_CREDIT = _Credit(0.0, "")


def _multiple_choice_credit(question: Question, given: object) -> _Credit:
    right = set(answer_texts(question.answer))
    if not isinstance(given, list) or not right:
        return _NO_CREDIT
    ticked = {item for item in given if isinstance(item, str)}
    hits, misses = len(ticked & right), len(ticked - right)
    parts = f"{hits} of {len(right)} right choices ticked"
    if misses:
        parts += f", {misses} wrong tick{'s' if misses > 1 else ''}"
    return _Credit((hits - misses) / len(right), parts)


def _ordering_credit(question: Question, given: object) -> _Credit:
    correct = [str(item) for item in question.answer] if isinstance(question.answer, list) else []
    if not isinstance(given, list) or sorted(map(str, given)) != sorted(correct):
        return _NO_CREDIT
    rank = {item: i for i, item in enumerate(given)}
    pairs = len(correct) * (len(correct) - 1) // 2
    in_order = _pairs_in_order([rank[item] for item in correct])
    return _Credit(in_order / pairs, f"{in_order} of {pairs} pairs of items in the right order")


def _pairs_in_order(positions: list[int]) -> int:
    """How many pairs i < j have positions[i] < positions[j], in O(n log n) with a Fenwick tree
    over the positions (each in range(len(positions))) rather than by listing every pair."""
    counts = [0] * (len(positions) + 1)
    in_order = 0
    for position in positions:
        index = position  # count the earlier positions below this one: prefix sum of [0, position)
        while index > 0:
            in_order += counts[index]
            index -= index & -index
        index = position + 1
        while index <= len(positions):
            counts[index] += 1
            index += index & -index
    return in_order


def _matching_credit(question: Question, given: object) -> _Credit:
    correct = dict(answer_pairs(question.answer))
    if not isinstance(given, list) or not correct:
        return _NO_CREDIT
    chosen = given_pairs(given)
    right = sum(1 for left, answer in correct.items() if chosen.get(left) == answer)
    return _Credit(right / len(correct), f"{right} of {len(correct)} pairs right")


def given_pairs(given: object) -> dict[str, str]:
    """A matching answer as {left: the right-hand item chosen}, ignoring malformed entries."""
    chosen: dict[str, str] = {}
    if isinstance(given, list):
        for pair in given:
            if isinstance(pair, list | tuple) and len(pair) == 2:
                chosen[str(pair[0])] = str(pair[1])
    return chosen


# ---------------------------------------------------------------- texts for review tables


def correct_answer_text(question: Question) -> str:
    """The correct answer as one line of plain text."""
    answer = question.answer
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            return str(answer)
        case QuestionType.MULTIPLE_CHOICE:
            return ", ".join(answer_texts(answer))
        case QuestionType.TRUE_FALSE:
            return "True" if answer else "False"
        case QuestionType.NUMERIC if isinstance(answer, int | float):
            return _number_text(question, float(answer), with_tolerance=True)
        case QuestionType.SHORT_ANSWER:
            return " / ".join(answer_texts(answer))
        case QuestionType.ORDERING:
            return " → ".join(answer_texts(answer))
        case QuestionType.MATCHING:
            return "; ".join(f"{left} → {right}" for left, right in answer_pairs(answer))
    return str(answer)


def answer_key_text(question: Question) -> str:
    """The answer key as a teacher reviews it: every choice with the right ones ticked, the
    accepted answers, the order or the pairs one a line; numbers and truth as students see them."""
    match question.type:
        case QuestionType.SINGLE_CHOICE | QuestionType.MULTIPLE_CHOICE:
            answer = question.answer
            correct = {answer} if isinstance(answer, str) else set(answer_texts(answer))
            return "\n".join(f"{'✓' if c in correct else '  '} {c}" for c in question.choices)
        case QuestionType.SHORT_ANSWER:
            return "Accepted: " + "; ".join(answer_texts(question.answer))
        case QuestionType.ORDERING:
            return "\n".join(
                f"{i}. {item}" for i, item in enumerate(answer_texts(question.answer), 1)
            )
        case QuestionType.MATCHING:
            return "\n".join(f"{left} → {right}" for left, right in answer_pairs(question.answer))
    return correct_answer_text(question)


def given_answer_text(question: Question, given: object | None) -> str:
    """What the student answered, as one line of plain text ("(not answered)" for None)."""
    if given is None:
        return NOT_ANSWERED
    match question.type:
        case QuestionType.TRUE_FALSE:
            return "True" if given is True else "False" if given is False else str(given)
        case QuestionType.NUMERIC if isinstance(given, int | float) and not isinstance(given, bool):
            return _number_text(question, float(given), with_tolerance=False)
        case QuestionType.MULTIPLE_CHOICE if isinstance(given, list):
            return ", ".join(map(str, given)) if given else "(nothing ticked)"
        case QuestionType.ORDERING if isinstance(given, list):
            return " → ".join(map(str, given))
        case QuestionType.MATCHING if isinstance(given, list):
            return "; ".join(
                f"{pair[0]} → {pair[1] or '?'}"
                for pair in given
                if isinstance(pair, list | tuple) and len(pair) == 2
            )
    return str(given)


def _number_text(question: Question, value: float, *, with_tolerance: bool) -> str:
    text = format_number(value)
    if question.unit:
        text += f" {question.unit}"
    if with_tolerance and question.tolerance:
        text += f" (± {format_number(question.tolerance)})"
    return text
