"""The article development set: gold lists, the coverage rule and the automatic quiz checks.

Shared by `scripts/quality.py` (figures, printed) and `test_dev_set.py` (floors, asserted). It
judges only what the generator hands back (the quiz and its review report), never how it works
inside, so it keeps measuring while the generator is rewritten.

Coverage rule: a gold fact is covered when some question of the quiz asks it, that is

- the question's correct answer matches one of the fact's `answer` strings. Texts are compared
  after `normalise` (casefold, punctuation and quotes dropped, "7,000" written "7000"); a text
  that is one number, with at most a currency or unit word around it ("$41 billion", "7,000 km"),
  also matches that number, so 7000 == "7,000" == "7000" and 41 == "$41 billion"; a year matches
  a gold date of that year (2022 == "14 September 2022"). What counts
  as the answer depends on the type: single_choice the answer string; multiple_choice and
  short_answer any string of the answer list; numeric the number; matching either side of any
  pair; ordering any item; true_false only a *true* statement, whose prompt contains the gold
  answer (as whole words);
  or the question asks another part of the same fact: the gold answer is in its stem and its own
  answer is part of the gold fact's text ("In which year did Moldova become the first observer
  member?" asks "On April 14, 2017, Moldova became the first observer member");
- and every `about` entry appears in the prompt or the answer: its words, in order, each the
  start of a word there once both lose a common inflection ("joined" matches "join"). A cloze
  prompt is the whole sentence with a blank, so any word of that sentence counts.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from quizzes.errors import ArticleError, QuizFormatError
from quizzes.model import Question, QuestionType, QuizSet, parse_quizset, quizset_to_dict

if TYPE_CHECKING:
    from quizzes.generate import GenerationResult

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ROOT / "tests" / "data" / "articles"
HELDOUT = ARTICLES / "heldout"
SEED_GOLD = ARTICLES / "seed-article.gold.json"

GoldAnswer = str | int | float


# ---------------------------------------------------------------- the gold lists


@dataclass(frozen=True)
class GoldFact:
    fact: str
    core: bool
    answers: tuple[GoldAnswer, ...]
    about: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """One article of the set and its gold list; `label` is "dev", "heldout" or "seed"."""

    slug: str
    path: Path
    gold_path: Path
    label: str
    title: str
    facts: tuple[GoldFact, ...]

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def load_gold(path: Path) -> tuple[str, tuple[GoldFact, ...]]:
    """The title and facts of a `<slug>.gold.json` file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    facts = tuple(
        GoldFact(
            fact=item["fact"],
            core=bool(item["core"]),
            answers=tuple(item["answer"]),
            about=tuple(item["about"]),
        )
        for item in data["facts"]
    )
    return data["title"], facts


def _articles_in(folder: Path, label: str) -> list[Article]:
    articles = []
    for path in sorted(folder.glob("*.txt")):
        gold_path = path.with_suffix(".gold.json")
        title, facts = load_gold(gold_path)
        articles.append(Article(path.stem, path, gold_path, label, title, facts))
    return articles


def dev_articles() -> list[Article]:
    return _articles_in(ARTICLES, "dev")


def heldout_articles() -> list[Article]:
    return _articles_in(HELDOUT, "heldout")


def seed_article(path: Path) -> Article | None:
    """The seed article with our gold list for it, or None when the article is not there."""
    if not path.is_file():
        return None
    title, facts = load_gold(SEED_GOLD)
    return Article("seed-article", path, SEED_GOLD, "seed", title, facts)


# ---------------------------------------------------------------- the coverage rule

_QUOTES = str.maketrans({c: " " for c in "“”‘’«»\"'`"})
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_NOT_WORD = re.compile(r"[^\w.]+|_+")
_STRAY_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Words that may stand next to the one number of an answer ("$41 billion", "7,000 km", "17%").
_UNIT_WORDS = frozenset(
    {
        "billion", "million", "thousand", "trillion", "km", "kilometres", "kilometers",
        "kilometre", "kilometer", "mi", "miles", "sq", "percent", "per", "cent", "us", "dollars",
        "usd",
    }
)  # fmt: skip


def normalise(text: str) -> str:
    """Casefolded words separated by single spaces: no punctuation or quotes, "7,000" → "7000"."""
    text = _DIGIT_COMMA.sub("", text.translate(_QUOTES).casefold())
    text = _STRAY_DOT.sub(" ", _NOT_WORD.sub(" ", text))
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return normalise(text).split()


def number_of(value: GoldAnswer) -> float | None:
    """The value of an answer that is one number (with at most unit words), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    rest = [w for w in words(value) if w not in _UNIT_WORDS]
    if len(rest) == 1 and _NUMBER.fullmatch(rest[0]):
        return float(rest[0])
    return None


def answer_matches(answer: object, gold: GoldAnswer) -> bool:
    """Does one answer value of a question (a string or a number) match a gold answer?"""
    if isinstance(answer, bool):
        return False
    if isinstance(answer, int | float):
        expected = number_of(gold)
        if expected is not None:
            return math.isclose(float(answer), expected)
        return _year_of_date(answer, str(gold))
    if not isinstance(answer, str):
        return False
    if normalise(answer) == normalise(str(gold)):
        return True
    value, expected = number_of(answer), number_of(gold)
    return value is not None and expected is not None and math.isclose(value, expected)


_MONTHS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b"
)


def _year_of_date(answer: float, gold: str) -> bool:
    """A year asked for a gold date ("2022" for "14 September 2022") asks the same thing."""
    year = int(answer)
    return (
        float(answer).is_integer()
        and 1800 <= year <= 2100
        and bool(_MONTHS.search(gold.lower()))
        and re.search(rf"\b{year}\b", gold) is not None
    )


def contains_words(text: str, phrase: str) -> bool:
    """Does `phrase` appear in `text` as whole words (after normalising both)?"""
    needle = normalise(phrase)
    return bool(needle) and f" {needle} " in f" {normalise(text)} "


def _stem(word: str) -> str:
    """The word without a common inflection: "recognized" → "recogniz", "joined" → "join"."""
    for ending in ("ing", "ed", "es", "s"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def about_in_prompt(about: str, prompt: str) -> bool:
    """Each word of `about`, in order, starts a word of the prompt once both lose their
    inflection ("join" ~ "joined", "recognized" ~ "recognize")."""
    wanted = [_stem(w) for w in words(about)]
    have = words(prompt)
    if not wanted:
        return True
    return any(
        all(have[i + j].startswith(w) for j, w in enumerate(wanted))
        for i in range(len(have) - len(wanted) + 1)
    )


def answer_values(question: Question) -> list[object]:
    """The values of a question's correct answer that a gold answer may match (see the rule)."""
    answer = question.answer
    match question.type:
        case QuestionType.MATCHING:
            return [side for pair in answer for side in pair]  # type: ignore[union-attr]
        case QuestionType.TRUE_FALSE:
            return []  # judged on the statement itself
        case _:
            return list(answer) if isinstance(answer, list) else [answer]


def asks(fact: GoldFact, question: Question) -> bool:
    """Does this question ask the gold fact (the coverage rule in the module docstring)?"""
    answer_text = " ".join(str(v) for v in answer_values(question))
    if not all(about_in_prompt(a, f"{question.prompt} {answer_text}") for a in fact.about):
        return False
    if question.type is QuestionType.TRUE_FALSE:
        return question.answer is True and any(
            contains_words(question.prompt, str(g)) for g in fact.answers
        )
    values = answer_values(question)
    if any(answer_matches(v, g) for v in values for g in fact.answers):
        return True
    return asks_from_another_angle(fact, question, values)


def asks_from_another_angle(fact: GoldFact, question: Question, values: list[object]) -> bool:
    """The question asks another part of the same statement: the gold answer is in its stem and
    its own answer is part of the gold fact ("In which year did Moldova become the first
    observer member?" asks "On April 14, 2017, Moldova became the first observer member")."""
    if not any(contains_words(question.prompt, str(g)) for g in fact.answers):
        return False
    return any(
        contains_words(fact.fact, str(v))
        or (isinstance(v, int | float) and contains_words(fact.fact, str(int(v))))
        for v in values
        if not isinstance(v, bool)
    )


@dataclass
class Coverage:
    covered: int
    total: int
    core_covered: int
    core_total: int
    missed: list[GoldFact] = field(default_factory=list)

    def __add__(self, other: Coverage) -> Coverage:
        return Coverage(
            self.covered + other.covered,
            self.total + other.total,
            self.core_covered + other.core_covered,
            self.core_total + other.core_total,
            self.missed + other.missed,
        )

    @property
    def share(self) -> float:
        return self.covered / self.total if self.total else 0.0

    @property
    def core_share(self) -> float:
        return self.core_covered / self.core_total if self.core_total else 0.0


def coverage(facts: Iterable[GoldFact], questions: Sequence[Question]) -> Coverage:
    facts = list(facts)
    hit = [f for f in facts if any(asks(f, q) for q in questions)]
    return Coverage(
        covered=len(hit),
        total=len(facts),
        core_covered=sum(f.core for f in hit),
        core_total=sum(f.core for f in facts),
        missed=[f for f in facts if f not in hit],
    )


# ---------------------------------------------------------------- automatic checks

CHECKS = ("structure", "evidence", "chrome", "duplicates", "pronouns", "footnotes")

# The generator's own lead-ins, which come before the stem proper.
_LEAD_IN = re.compile(
    r"^\s*(?:true or false[^?]*\?|fill in the blank[^:]*:|according to the article,)\s*", re.I
)
_PRONOUNS = frozenset(
    {
        "it", "its", "they", "them", "their", "theirs", "this", "these", "those", "that", "he",
        "she", "his", "her", "him", "we", "our", "us",
    }
)  # fmt: skip
_FOOTNOTE = re.compile(r"\[\s*(?:\d+|[a-z]|note \d+|nb \d+|citation needed)\s*\]", re.I)
# A chrome block shorter than this (a title, "Share", "History") is too short to recognise.
_CHROME_MIN_WORDS = 4
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def stem(prompt: str) -> str:
    """The prompt without the generator's lead-ins ("True or false, …?", "Fill in the blank:")."""
    while (match := _LEAD_IN.match(prompt)) and match.end() > 0:
        prompt = prompt[match.end() :]
    return prompt


def leading_pronoun(prompt: str) -> str | None:
    """The pronoun a stem opens with ("It", "They", "This", …), if any."""
    first = stem(prompt).split(maxsplit=1)
    if not first:
        return None
    word = first[0].strip("\"“‘'(,")
    return word if word.casefold() in _PRONOUNS else None


def chrome_fragments(result: GenerationResult) -> list[str]:
    """Sentences (of at least four words) of the blocks left out as page chrome or teasers."""
    fragments = []
    for block in result.report.skipped:
        if "chrome" in block.reason or "teaser" in block.reason:
            for sentence in _SENTENCE_END.split(block.text):
                if len(words(sentence)) >= _CHROME_MIN_WORDS:
                    fragments.append(normalise(sentence))
    return fragments


def _check_structure(quizset: QuizSet) -> list[str]:
    document = json.loads(json.dumps(quizset_to_dict(quizset)))
    try:
        again = parse_quizset(document)
    except QuizFormatError as err:
        return [f"invalid: {err}"]
    if json.loads(json.dumps(quizset_to_dict(again))) != document:
        return ["parse_quizset(quizset_to_dict(quiz)) changes the quiz"]
    return []


def _check_evidence(questions: Sequence[Question], paragraphs: Sequence[str]) -> list[str]:
    problems = []
    for q in questions:
        ev = q.evidence
        if ev is None:
            problems.append(f"no evidence: {q.prompt}")
        elif not 1 <= ev.paragraph <= len(paragraphs):
            problems.append(f"evidence paragraph {ev.paragraph} out of range: {q.prompt}")
        elif ev.quote not in paragraphs[ev.paragraph - 1]:
            problems.append(f"quote not in paragraph {ev.paragraph}: {ev.quote!r}")
    return problems


def _check_chrome(questions: Sequence[Question], fragments: Sequence[str]) -> list[str]:
    problems = []
    for q in questions:
        texts = [q.prompt] + ([q.evidence.quote] if q.evidence else [])
        for text in texts:
            flat = f" {normalise(text)} "
            inside = len(words(text)) >= _CHROME_MIN_WORDS and any(
                f" {flat.strip()} " in f" {frag} " for frag in fragments
            )
            if inside or any(f" {frag} " in flat for frag in fragments):
                problems.append(f"page chrome or teaser text: {text}")
                break
    return problems


def check_quiz(result: GenerationResult) -> dict[str, list[str]]:
    """The problems each automatic check finds in a generated quiz (an empty list: passed)."""
    questions = result.quizset.questions
    prompts = Counter(normalise(q.prompt) for q in questions)
    return {
        "structure": _check_structure(result.quizset),
        "evidence": _check_evidence(questions, result.report.paragraphs),
        "chrome": _check_chrome(questions, chrome_fragments(result)),
        "duplicates": [
            f"asked twice: {q.prompt}" for q in questions if prompts[normalise(q.prompt)] > 1
        ],
        "pronouns": [
            f"opens with {word!r}: {q.prompt}"
            for q in questions
            if (word := leading_pronoun(q.prompt))
        ],
        "footnotes": [
            f"footnote marker: {q.prompt}" for q in questions if _FOOTNOTE.search(q.prompt)
        ],
    }


# ---------------------------------------------------------------- running the generator


@dataclass
class ArticleRun:
    """One article put through the generator: its quiz, or the first line of its refusal."""

    article: Article
    result: GenerationResult | None
    refusal: str | None

    @property
    def questions(self) -> list[Question]:
        return self.result.quizset.questions if self.result else []

    @cached_property
    def coverage(self) -> Coverage:
        return coverage(self.article.facts, self.questions)

    @cached_property
    def checks(self) -> dict[str, list[str]]:
        return check_quiz(self.result) if self.result else {name: [] for name in CHECKS}


def run_article(article: Article, seed: int = 0) -> ArticleRun:
    """Generate with default options; a refusal (`ArticleError`) is kept, anything else raises."""
    from quizzes.generate import generate_from_file

    try:
        result = generate_from_file(article.path, seed=seed)
    except ArticleError as err:
        reason = getattr(err, "reason", None) or str(err)
        first = reason.splitlines()[0] if reason.strip() else "(no reason given)"
        return ArticleRun(article, None, first.replace(f"{article.path}: ", "", 1))
    return ArticleRun(article, result, None)


def median_questions(runs: Sequence[ArticleRun]) -> float:
    return statistics.median(len(r.questions) for r in runs) if runs else 0.0
