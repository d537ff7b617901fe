"""How likely a teacher is to hand a question to the class unchanged.

A logistic model over features of the question as the teacher sees it (its stem, type, kind,
answer, options, the sentence it quotes, where that sentence stands, the quiz's title). Its
weights are fit by `scripts/fit_acceptance.py` on teachers' verdicts on generated questions and
ship as data (`seeds/models/acceptance.json`); the verdicts themselves quote publishers' text
and stay out of the repo. Each feature is a plain reading of one thing teachers said when they
rejected a question: a stem that leans on what came before ("also", "For comparison"), a row
of figures ("5.1 per cent, _____ per cent and 41 per cent, respectively"), a stem naming no
country, a day of the week with no date, an answer the title shows.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from quizzes.app.resources import resource_path
from quizzes.generate.knowledge import load_knowledge
from quizzes.generate.questions import BLANK, Candidate
from quizzes.model import Answer

_LEAD_IN = re.compile(
    r"^(?:Fill in the blank(?: \([^)]*\))?: |True or false, according to the article\? |"
    r"According to the article, )"
)
_CONNECTIVE = re.compile(
    r"^(?:Also|However|But|And|Subsequently|Meanwhile|In addition|Additionally|"
    r"For comparison|Moreover|Furthermore|Thus|Therefore|At the same time|In turn|Earlier|"
    r"Later|Then|Instead|Still|Yet|Besides|Nevertheless|In this regard|In particular|"
    r"As a result|Accordingly)\b"
)
_ALSO = re.compile(r"\balso\b")
_PRONOUN = re.compile(
    r"\b(?:it|its|they|their|them|he|his|she|her|this|these|those)\b", re.IGNORECASE
)
_THE_THING = re.compile(r"^The [a-z]")
_FIGURE = re.compile(r"\d[\d,.]*")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_QUOTE = re.compile(r"[\"“”]")
_REPORTED = re.compile(
    r"\b(?:said|says|noted|added|stated|emphasi[sz]ed|stressed|according to)\b", re.IGNORECASE
)
_DASH = re.compile(r" [–-] ")
_TWO_SIDES = re.compile(
    r"\b(?:the two countries|both countries|bilateral|the (?:two )?sides|both sides|"
    r"the parties)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]{4,}")


# The features that are faults a teacher can see and mend, named as reasons for doubt.
FAULTS = frozenset(
    {
        "a stem over 35 words",
        "a row of three or more figures",
        "‘respectively’",
        "an opening connective (‘However’, ‘Also’)",
        "‘also’",
        "a pronoun",
        "an opening ‘The’ and a common noun",
        "a weekday with no year",
        "‘the two sides’ or ‘bilateral’",
        "a dash in the stem",
        "a colon in the stem",
        "a blank opening the stem",
        "a stem copying the whole sentence",
        "an answer the title shows",
        "a nationality for an answer",
    }
)
DOUBT = 0.2  # the least pull on the log-odds worth naming as a reason for doubt


@dataclass(frozen=True)
class Asked:
    """A question as the teacher reviewing it sees it."""

    prompt: str
    type: str  # a `QuestionType` value
    kind: str  # the fact kind that made it: "office", "dated-action", ...
    answers: tuple[str, ...]
    choices: tuple[str, ...]
    evidence: str
    paragraph: int
    title: str
    false_statement: bool = False


def asked(candidate: Candidate, title: str) -> Asked:
    return Asked(
        prompt=candidate.prompt,
        type=candidate.type.value,
        kind=candidate.origin.kind,
        answers=answers_of(candidate.answer),
        choices=tuple(candidate.choices),
        evidence=candidate.evidence.quote,
        paragraph=candidate.evidence.paragraph,
        title=title,
        false_statement=candidate.answer is False,
    )


def answers_of(answer: Answer) -> tuple[str, ...]:
    """The answer as the reviewing teacher reads it: the right option or options, the accepted
    spellings, the items in order, the right-hand side of each pair, the figure; nothing for a
    statement to judge."""
    if isinstance(answer, bool):
        return ()
    if isinstance(answer, list):
        return tuple(item[-1] if isinstance(item, tuple) else item for item in answer)
    return (str(answer),)


def features(question: Asked) -> dict[str, float]:
    """The question's features by name; a feature not listed is 0."""
    body = _LEAD_IN.sub("", question.prompt)
    words = body.split()
    kind = question.kind.replace("_", "-")
    figures = _FIGURE.findall(body.replace(BLANK, " "))
    title = question.title.lower()
    title_words = set(_WORD.findall(title))
    found = {
        f"its kind: {kind}/{question.type}": 1.0,
        f"its type: {question.type}": 1.0,
        "stem length": min(len(words), 60) / 60,
        "a stem over 35 words": len(words) > 35,
        "a stem under 10 words": len(words) < 10,
        "other figures in the stem": min(len(figures), 5) / 5,
        "a row of three or more figures": len(figures) >= 3,
        "‘respectively’": "respectively" in body,
        "an opening connective (‘However’, ‘Also’)": bool(_CONNECTIVE.match(body)),
        "‘also’": bool(_ALSO.search(body)),
        "a pronoun": bool(_PRONOUN.search(body)),
        "an opening ‘The’ and a common noun": bool(_THE_THING.match(body)),
        "names in the stem": min(len(_CAPITALISED.findall(body)), 10) / 10,
        "acronyms in the stem": min(len(_ACRONYM.findall(body)), 4) / 4,
        "a year in the stem": bool(_YEAR.search(body)),
        "a weekday with no year": bool(_WEEKDAY.search(body)) and not _YEAR.search(body),
        "a country named in the stem": _names_a_country(body),
        "‘the two sides’ or ‘bilateral’": bool(_TWO_SIDES.search(body)),
        "brackets in the stem": "(" in body,
        "quotation marks in the stem": bool(_QUOTE.search(body)),
        "reported speech (‘said’, ‘noted’)": bool(_REPORTED.search(body)),
        "a dash in the stem": bool(_DASH.search(body)),
        "a colon in the stem": ":" in body,
        "a stem that is a question": body.rstrip().endswith("?"),
        "a blank opening the stem": body.startswith(BLANK),
        "evidence deep in the article": min(question.paragraph, 20) / 20,
        "evidence from the first two paragraphs": question.paragraph <= 2,
        "a long evidence sentence": min(len(question.evidence.split()), 80) / 80,
        "a stem copying the whole sentence": len(body) > 0.8 * len(question.evidence),
        "an answer the title shows": any(a and a.lower() in title for a in question.answers),
        "the title’s words in the stem": (
            len(title_words & set(_WORD.findall(body.lower()))) / (len(title_words) + 1)
        ),
        "options offered": len(question.choices) / 6,
        "a nationality for an answer": any(a in _demonyms() for a in question.answers),
        "a country for an answer": any(a in _country_names() for a in question.answers),
        "a long answer": min(max((len(a.split()) for a in question.answers), default=0), 6) / 6,
        "a false statement to judge": question.false_statement,
    }
    return {name: float(value) for name, value in found.items() if value}


def _names_a_country(text: str) -> bool:
    return any(form in text for form in _country_forms() if len(form) > 3)


@cache
def _country_forms() -> frozenset[str]:
    return frozenset(f for c in load_knowledge().countries.values() for f in c.forms)


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d for c in load_knowledge().countries.values() for d in c.demonyms)


@cache
def _country_names() -> frozenset[str]:
    return frozenset(c.name for c in load_knowledge().countries.values())


@dataclass(frozen=True)
class AcceptanceModel:
    bias: float
    weights: dict[str, float]

    def likelihood(self, question: Asked) -> float:
        """The chance (0–1) that a teacher accepts the question unchanged."""
        found = features(question)
        logit = self.bias + sum(self.weights.get(n, 0.0) * v for n, v in found.items())
        return 1.0 / (1.0 + math.exp(-logit))

    def doubts(self, question: Asked, limit: int = 2) -> list[str]:
        """The faults a teacher can see that lower the question's chance most, worst first ("a
        colon in the stem"); what only goes with rejects (its kind, a short stem) is not named."""
        found = features(question)
        pulls = sorted((self.weights.get(n, 0.0) * v, n) for n, v in found.items() if n in FAULTS)
        return [name for pull, name in pulls[:limit] if pull <= -DOUBT]

    def to_dict(self, **about: Any) -> dict[str, Any]:
        return {**about, "bias": self.bias, "weights": dict(sorted(self.weights.items()))}


def model_from_dict(data: dict[str, Any]) -> AcceptanceModel:
    weights = data.get("weights")
    if not isinstance(weights, dict) or not isinstance(data.get("bias"), int | float):
        raise ValueError("an acceptance model needs a number 'bias' and a 'weights' table")
    return AcceptanceModel(float(data["bias"]), {str(k): float(v) for k, v in weights.items()})


def load_model(path: Path) -> AcceptanceModel:
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))


@cache
def shipped_model() -> AcceptanceModel:
    return load_model(resource_path("seeds", "models", "acceptance.json"))
