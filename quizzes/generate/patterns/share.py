"""Shares written in words: "more than two-thirds of Kazakhstan's oil exports", "about half of
GDP", "a third of the river's flow", "three-quarters of the population".

The fact is the fraction (as the article writes it, with its qualifier) and what it is a share
of. The question blanks the fraction in its sentence and offers other fractions, far enough from
the answer that only one can be right ("half" against "a quarter", never "about half" against
"nearly half").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizzes.generate.ask import TOPIC_FIGURES, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.questions import Candidate, cloze_prompt, single_choice
from quizzes.generate.referents import standalone_text

KIND = "share"
# The fraction words, with their value; the first spelling is the one offered as an option.
FRACTIONS: dict[str, float] = {
    "a tenth": 0.1, "one-tenth": 0.1, "a fifth": 0.2, "one-fifth": 0.2, "a quarter": 0.25,
    "one-quarter": 0.25, "a third": 1 / 3, "one-third": 1 / 3, "one third": 1 / 3,
    "half": 0.5, "a half": 0.5, "two-thirds": 2 / 3, "two thirds": 2 / 3,
    "three-quarters": 0.75, "three quarters": 0.75, "four-fifths": 0.8,
}  # fmt: skip
OPTIONS = ("a tenth", "a quarter", "a third", "half", "two-thirds", "three-quarters")
_FRACTION = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True))
    + r")\s+of\b",
    re.IGNORECASE,
)
_PART_OF_A_PERIOD = re.compile(
    r"\b(?:first|second|third|last|latter|final|1st|2nd|3rd)\s+$", re.IGNORECASE
)
MIN_GAP = 0.1  # wrong options differ from the answer by at least this much
_AT_LEAST = ("more than", "over", "at least", "above", "upwards of")
_AT_MOST = ("less than", "under", "at most", "below", "fewer than")


@dataclass(frozen=True)
class ShareFact(Fact):
    fraction: str  # as written: "two-thirds"
    value: float
    of: str  # what it is a share of: "Kazakhstan's oil exports"
    start: int  # the fraction's offsets in the sentence
    end: int

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (round(self.value, 3), self.of.lower())

    def describe(self) -> str:
        return f"{self.fraction} of {self.of}"


# The figures the share rounds, given right after it.
_FIGURES_GIVEN = re.compile(r"^[^.;]{0,60}?(?:\(\d[\d.,]*\s?(?:%|per ?cent)\)|\d[\d,]* out of )")


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[ShareFact]:
    for match in _FRACTION.finditer(sentence.text):
        if _PART_OF_A_PERIOD.search(sentence.text[: match.start()]):
            continue  # "the first half of the year": a period, not a share
        if _FIGURES_GIVEN.search(sentence.text[match.end() :]):
            continue  # "more than half of the offering (58%)", "- 818 out of 1,581 -": given
        fraction = match.group(1)
        of = _what_of(sentence, match.end())
        if of:
            value = FRACTIONS[fraction.lower()]
            yield ShareFact(sentence.evidence, sentence.index, sentence.from_caption, fraction,
                            value, of, match.start(1), match.end(1))  # fmt: skip


def _what_of(sentence: Sentence, of_end: int) -> str:
    """The object of that "of", from the parse: "Kazakhstan's oil exports"."""
    offset = sentence.span.start_char + (len(sentence.span.text) - len(sentence.span.text.lstrip()))
    for token in sentence.span:
        if token.idx - offset == of_end - 2 and token.lower_ == "of":
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if len(objects) != 1:
                return ""
            words = [t for t in objects[0].subtree if t.dep_ not in ("relcl", "acl")]
            text = " ".join(t.text for t in words).replace(" 's", "'s").replace(" ’s", "’s")
            return text if len(words) <= 8 else ""
    return ""


def questions(fact: ShareFact, ask: Ask) -> Iterator[Candidate | None]:
    standalone = standalone_text(ask.doc.sentences[fact.sentence], ask.doc)
    if standalone is None:
        return
    text = standalone.text
    placed = standalone.place(fact.start, fact.end)
    if placed is None:
        return
    start, end = placed
    before = text[:start].lower().rstrip()
    wrong = [o for o in OPTIONS if abs(FRACTIONS[o] - fact.value) >= MIN_GAP]
    if before.endswith(_AT_LEAST):  # "more than a quarter": a tenth would be true as well
        wrong = [o for o in wrong if FRACTIONS[o] > fact.value]
    elif before.endswith(_AT_MOST):
        wrong = [o for o in wrong if FRACTIONS[o] < fact.value]
    wrong.sort(key=lambda o: abs(FRACTIONS[o] - fact.value))
    answer = fact.fraction
    if answer[:1].isupper():  # at the start of a sentence: "Half of ..."
        wrong = [w[:1].upper() + w[1:] for w in wrong]
    yield single_choice(
        origin=origin(fact),
        prompt=cloze_prompt(text, start, end, hint="a share"),
        answer=answer,
        wrong=wrong,
        explanation=f"The article says {fact.fraction} of {fact.of}.",
        topic=TOPIC_FIGURES,
        score=0.7,
    )
