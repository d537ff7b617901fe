"""Candidate questions and the builders that make them, one per question type.

Builders take keyword arguments only and return `None` when the question cannot be made well
(too few wrong options, a list too short to order): a pattern then simply offers fewer
questions. Every candidate remembers where it came from (`Origin`): the evidence, the sentence,
the fact it asks, so ranking can keep one question per fact and prefer important sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from quizzes.model import Answer, Evidence, QuestionType

MAX_WRONG = 3
MIN_WRONG = 2


@dataclass(frozen=True)
class Origin:
    """Where a question comes from: its evidence and the fact (kind and key) it asks about."""

    evidence: Evidence
    sentence: int
    from_caption: bool
    kind: str
    key: tuple[object, ...]


@dataclass
class Candidate:
    """A question before ranking; `score` is the builder's judgement of its worth (0–1)."""

    type: QuestionType
    prompt: str
    answer: Answer
    origin: Origin
    explanation: str
    topic: str
    difficulty: int = 2
    score: float = 0.5
    choices: list[str] = field(default_factory=list)
    tolerance: float | None = None
    unit: str | None = None
    answer_texts: tuple[str, ...] = ()  # what a student must know: never given away elsewhere
    # Worth asking only where the article gives nothing better: a quiz of one such question
    # beats no quiz (a minister's office, in an article with no other fact to ask).
    last_resort: bool = False

    @property
    def fact_kind(self) -> str:
        return self.origin.kind

    @property
    def evidence(self) -> Evidence:
        return self.origin.evidence


def single_choice(
    *, origin: Origin, prompt: str, answer: str, wrong: list[str], explanation: str, topic: str,
    difficulty: int = 2, score: float = 0.6,
) -> Candidate | None:  # fmt: skip
    wrong = [w for w in wrong if w[:1].isalnum() or w[:1] in "$€£"]  # no "’s son" fragments
    wrong = [w for w in wrong if not _same_name(w, answer) and not _cut_off(w)]
    options = _distinct([answer, *wrong])[: MAX_WRONG + 1]
    if len(options) < MIN_WRONG + 1 or options[0] != answer:
        return None
    return Candidate(
        QuestionType.SINGLE_CHOICE, prompt, answer, origin, explanation, topic, difficulty, score,
        choices=options, answer_texts=(answer,),
    )  # fmt: skip


def multiple_choice(
    *, origin: Origin, prompt: str, right: list[str], wrong: list[str], explanation: str,
    topic: str, difficulty: int = 2, score: float = 0.7, size: int = 5,
) -> Candidate | None:  # fmt: skip
    right = _distinct(right)
    wrong = [w for w in _distinct(wrong) if w.casefold() not in {r.casefold() for r in right}]
    if not right or len(wrong) < 1:
        return None
    kept_right = right[: max(1, size - min(len(wrong), 2))]
    kept_wrong = wrong[: size - len(kept_right)]
    if len(kept_right) + len(kept_wrong) < 3:
        return None
    return Candidate(
        QuestionType.MULTIPLE_CHOICE, prompt, kept_right, origin, explanation, topic, difficulty,
        score, choices=kept_right + kept_wrong, answer_texts=tuple(kept_right),
    )  # fmt: skip


def true_false(
    *, origin: Origin, statement: str, truth: bool, explanation: str, topic: str,
    difficulty: int = 1, score: float = 0.4, answer_texts: tuple[str, ...] = (),
) -> Candidate:  # fmt: skip
    prompt = f"True or false, according to the article? {statement}"
    return Candidate(
        QuestionType.TRUE_FALSE, prompt, truth, origin, explanation, topic, difficulty, score,
        answer_texts=answer_texts,
    )  # fmt: skip


def numeric(
    *, origin: Origin, prompt: str, value: float, unit: str | None, explanation: str, topic: str,
    tolerance: float | None = None, difficulty: int = 2, score: float = 0.7,
    answer_text: str = "",
) -> Candidate:  # fmt: skip
    answer = int(value) if float(value).is_integer() else value
    return Candidate(
        QuestionType.NUMERIC, prompt, answer, origin, explanation, topic, difficulty, score,
        tolerance=precision_tolerance(value) if tolerance is None else tolerance, unit=unit,
        answer_texts=(answer_text,) if answer_text else (),
    )  # fmt: skip


def short_answer(
    *, origin: Origin, prompt: str, accepted: list[str], explanation: str, topic: str,
    difficulty: int = 3, score: float = 0.55,
) -> Candidate | None:  # fmt: skip
    accepted = _each_once(accepted)  # every spelling a student may write, each once
    if not accepted:
        return None
    return Candidate(
        QuestionType.SHORT_ANSWER, prompt, accepted, origin, explanation, topic, difficulty, score,
        answer_texts=tuple(accepted),
    )  # fmt: skip


def ordering(
    *, origin: Origin, prompt: str, in_order: list[str], explanation: str, topic: str,
    difficulty: int = 3, score: float = 0.6,
) -> Candidate | None:  # fmt: skip
    if len(in_order) < 3 or len(_distinct(in_order)) != len(in_order):
        return None
    return Candidate(
        QuestionType.ORDERING, prompt, list(in_order), origin, explanation, topic, difficulty,
        score,
    )  # fmt: skip


def matching(
    *, origin: Origin, prompt: str, pairs: list[tuple[str, str]], explanation: str, topic: str,
    difficulty: int = 2, score: float = 0.6,
) -> Candidate | None:  # fmt: skip
    lefts = _distinct([left for left, _ in pairs])
    rights = _distinct([right for _, right in pairs])
    if len(pairs) < 3 or len(lefts) != len(pairs) or len(rights) != len(pairs):
        return None
    return Candidate(
        QuestionType.MATCHING, prompt, list(pairs), origin, explanation, topic, difficulty, score,
    )  # fmt: skip


def precision_tolerance(value: float) -> float:
    """Half a unit of the figure's last significant digit, at most 5% of it: 7,000 ± 350,
    41 ± 0.5, 12.5 ± 0.05, 1991 ± 0 (a whole number below 10,000 that is not round is exact);
    a figure with decimals is also allowed 0.1% of itself (1,006.84 km ± 1)."""
    magnitude = abs(value)
    if magnitude == 0:
        return 0.0
    if float(value).is_integer():
        whole = int(magnitude)
        place = 1
        while whole % (place * 10) == 0:
            place *= 10
        if place == 1:
            return 0.0
        return min(place / 2, magnitude * 0.05)
    decimals = len(f"{magnitude:.6f}".rstrip("0").split(".")[1])
    half_digit = min(0.5 * 10**-decimals, magnitude * 0.05)
    return round(max(half_digit, _relative_floor(magnitude)), decimals + 1)


def _relative_floor(magnitude: float) -> float:
    """0.1% of a figure, to one significant digit (1,006.84 → 1)."""
    floor = magnitude * 0.001
    return float(f"{floor:.1g}")


def and_list(items: list[str]) -> str:
    """ "a, b and c" """
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _another_spelling(one: str, other: str) -> bool:
    """ "Berdimuhamedow" and "Berdimuhamedov", "Serdar Berdimuhamedo" and "Serdar
    Berdimuhamedov": one name spelled two ways, not two names (word by word: "Prime Minister
    of Belarus" is not "Prime Minister of Russia")."""
    words, other_words = one.casefold().split(), other.casefold().split()
    if words == other_words or len(words) != len(other_words):
        return False
    pairs = zip(words, other_words, strict=True)
    return all(a == b or _one_word_spelled_two_ways(a, b) for a, b in pairs)


def _one_word_spelled_two_ways(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 6 or not a.isalpha() or not b.isalpha():
        return False
    return SequenceMatcher(None, a, b).ratio() >= SAME_NAME_SIMILARITY


SAME_NAME_SIMILARITY = 0.85


def _shortened(short: str, full: str) -> bool:
    """ "Serdar Gurbangulyyevich" is "Serdar Gurbangulyyevich Berdimuhamedov" cut short: its
    first two or more words, and nothing else."""
    words, full_words = short.casefold().split(), full.casefold().split()
    return 2 <= len(words) < len(full_words) and full_words[: len(words)] == words


def _last_word_alone(short: str, full: str) -> bool:
    """ "Berdimuhamedov" beside "Gurbanguly Berdimuhamedov": a surname alone may be that man
    (or his son): the same name for all a student can tell."""
    words, full_words = short.casefold().split(), full.casefold().split()
    return (
        len(words) == 1
        and len(full_words) >= 2
        and (words[0] == full_words[-1] or _one_word_spelled_two_ways(words[0], full_words[-1]))
    )


# Words naming a place's kind, written or not: "Xinjiang" and "Xinjiang province" are one place.
_PLACE_KINDS = frozenset({"province", "region", "oblast", "district", "city", "river", "lake",
                          "sea", "valley", "mountains", "county", "prefecture"})  # fmt: skip


def _without_place_kind(name: str) -> str:
    words = name.casefold().split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _PLACE_KINDS else " ".join(words)


def _same_name(one: str, other: str) -> bool:
    """One thing however written: in other letters, another spelling, cut short, by its last
    word alone or without the word for its kind."""
    return (
        _without_place_kind(one) == _without_place_kind(other)
        or _another_spelling(one, other)
        or _shortened(one, other)
        or _shortened(other, one)
        or _last_word_alone(one, other)
        or _last_word_alone(other, one)
    )


def _cut_off(option: str) -> bool:
    """A name cut off before its noun: "Section 907 of the 1992" (… Freedom Support Act), "the
    Treaty of"."""
    words = option.split()
    return bool(words) and (
        words[-1].casefold() in _FUNCTION_WORDS or bool(_YEAR_AS_MODIFIER.search(option))
    )


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "to", "in", "for", "on", "at",
                             "by", "with", "from"})  # fmt: skip
_YEAR_AS_MODIFIER = re.compile(r"\bthe \d{4}$")


def _each_once(items: list[str]) -> list[str]:
    """The items without empty ones and repeats in other letter case."""
    kept: dict[str, str] = {}
    for item in items:
        if item.strip():
            kept.setdefault(item.casefold().strip(), item)
    return list(kept.values())


def _distinct(items: list[str]) -> list[str]:
    """Each option once, and never twice in two spellings ("Berdimuhamedov", "Berdimuhamedow")
    or whole and cut short (the whole name kept, where the first form stood)."""
    kept: list[str] = []
    for item in items:
        if not item:
            continue
        same = next((i for i, k in enumerate(kept) if _same_name(item, k)), None)
        if same is None:
            kept.append(item)
        elif _shortened(kept[same], item):
            kept[same] = item
    return kept


BLANK = "_____"


def blank_out(text: str, start: int, end: int) -> str:
    """The sentence with characters start–end replaced by a blank; "a" or "an" just before the
    blank becomes "a(n)" ("an _____ shortage" would rule out "gas"), but not before a figure
    ("a _____-kilometre border": the article says next to nothing about a number). A word the
    source ran into the answer ("200,000tons") is set apart from the blank."""
    before, after = text[:start], text[end:]
    if not text[start:end][:1].isdigit():
        before = _ARTICLE_BEFORE.sub(lambda m: f"{m.group(1)}{m.group(2)[0]}(n) ", before)
    if after[:1].isalpha() and not _SUFFIX.match(after):  # but "the _____th", "the _____s"
        after = f" {after}"
    after = _DOUBLED_STOP.sub(".", after)  # "… of Centerra Gold Inc..": the abbreviation's stop
    return f"{before}{BLANK}{after}"


_DOUBLED_STOP = re.compile(r"(?<!\.)\.\.$")


_ARTICLE_BEFORE = re.compile(r"(^|\s)([Aa]n?) $")
_SUFFIX = re.compile(r"(?:st|nd|rd|th|s|m|bn|mn)\b")  # "the _____th", "US$_____m"


# "a(n) _____" before a blank whose options all take one article: written as that article.
_EITHER_ARTICLE = re.compile(rf"\b([Aa])\(n\) (?={re.escape(BLANK)})")
# Words whose first letter is a vowel but whose first sound is not ("a European", "a Ukrainian",
# "a Uyghur", "a one-off"), and numbers said with a vowel first ("an 8", "an 80", "an 11", "an
# 18,000"; not "a 110").
_CONSONANT_SOUND = re.compile(r"eu|uk|uy|ug|uni|uru|uran|one\b|once\b", re.IGNORECASE)
_VOWEL_NUMBER = re.compile(r"8|1[18](?:,\d{3})*(?![\d,])")
MIN_CHOICES = 3  # the answer and two wrong options: fewer is a guess between two


def indefinite_article(word: str) -> str:
    """ "a" or "an" before the word: "an Uzbek", "an Afghan", "a European", "a Tajik"."""
    if word[:1].isdigit():
        return "an" if _VOWEL_NUMBER.match(word) else "a"
    if word[:1].lower() in "aeiou" and not _CONSONANT_SOUND.match(word):
        return "an"
    return "a"


def with_its_article(candidate: Candidate) -> Candidate:
    """A stem's "a(n) _____" written as "a" or "an": the article the answer takes, keeping only
    the wrong options that take it too ("an _____ company": Uzbek, Iranian, Afghan), where
    enough remain; otherwise the stem is left as it is."""
    found = _EITHER_ARTICLE.search(candidate.prompt)
    if found is None or not candidate.answer_texts:
        return candidate
    article = indefinite_article(candidate.answer_texts[0])
    choices = candidate.choices
    if candidate.type is QuestionType.SINGLE_CHOICE:
        choices = [c for c in choices if indefinite_article(c) == article]
        if len(choices) < MIN_CHOICES:
            return candidate
    elif candidate.type is not QuestionType.SHORT_ANSWER:
        return candidate
    written = found.group(1) + article[1:]  # "A" or "An" at the start of a sentence
    prompt = candidate.prompt[: found.start()] + written + " " + candidate.prompt[found.end() :]
    return replace(candidate, prompt=prompt, choices=choices)


def with_the_before_a_body(question: str) -> str:
    """ "how many seats did People's Democratic Party win?" → "did the People's Democratic Party
    win?", "how many ministers does Cabinet of Ministers include?" → "does the Cabinet of
    Ministers include?": a party's, movement's or public body's name asked about takes "the"
    (as the stem of a question the generator writes, not the article's sentence)."""
    question = _BARE_PARTY.sub(lambda m: f"{m.group(1)} the {m.group(2)}", question)
    return _BARE_BODY.sub(lambda m: f"{m.group(1)} the {m.group(2)}", question)


_BARE_PARTY = re.compile(
    r"\b(did|does|do|has|have|had|was|were|by|of|for)\s+"
    r"(?!the\b|[Tt]he\s)((?:[A-Z][\w’'-]*(?:\s+\([^()]{1,30}\))?\s+){1,5}"
    r"(?:Party|Movement|Front|Bloc|Alliance|Coalition))\b"
)


_BARE_BODY = re.compile(
    r"\b(did|does|do|has|have|had|was|were|by|of|for)\s+"
    r"((?:Cabinet|Office|Ministry|Council|Committee|Commission|Agency|Assembly|Senate|Court|"
    r"Government|Parliament|Bank|Academy|Union)\s+(?:of|for)\s+[A-Z])"
)


def cloze_prompt(text: str, start: int, end: int, hint: str = "") -> str:
    """ "Fill in the blank (hint): sentence with _____." """
    where = f" ({hint})" if hint else ""
    return f"Fill in the blank{where}: {blank_out(text, start, end)}"
