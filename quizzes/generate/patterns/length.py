"""Lengths of routes: how long a pipeline, railway, road, canal or corridor is ("the
773-kilometre East-West link", "this 1,500-kilometre-long pipeline", "the TAPI pipeline is 1,814
km long", "the canal will stretch for 285 kilometres", "the length of the highway is 95 km").
The fact: the route, named as the article names it, and its length. A border's length is the
border pattern's; a route the article does not name ("a 30-km road") is not asked. Question:
its length (numeric, in the article’s unit).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.amounts import Amount, read_amount
from quizzes.generate.ask import TOPIC_GEOGRAPHY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence, thing_noun
from quizzes.generate.facts import Fact
from quizzes.generate.patterns._named import subject_of, thing_named
from quizzes.generate.patterns.quantity import in_units, qualifier_note
from quizzes.generate.questions import Candidate, numeric

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "length"
ROUTE_NOUNS = frozenset({"pipeline", "railway", "railroad", "line", "link", "road", "highway",
                         "motorway", "expressway", "canal", "corridor", "route", "tunnel",
                         "bridge", "cable", "interconnector"})  # fmt: skip
_LENGTH_UNITS = frozenset({"km", "kilometre", "kilometres", "kilometer", "kilometers", "miles",
                           "mile"})  # fmt: skip
_EXTENDING_VERBS = frozenset({"stretch", "extend", "run", "span"})


@dataclass(frozen=True)
class RouteLengthFact(Fact):
    route: str  # "the East-West link", "the railway between China and Uzbekistan"
    length: Amount

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.route.lower(), self.length.value, self.length.unit)

    def describe(self) -> str:
        return f"{self.route}: {self.length.text} long"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[RouteLengthFact]:
    for entity in sentence.entities_of("quantity", "cardinal"):
        amount = read_amount(entity.text, entity.label)
        if amount is None or amount.unit not in _LENGTH_UNITS:
            continue
        before = sentence.text[: entity.start]
        if before.count("(") > before.count(")"):
            continue  # "(483-mile)": a conversion of the figure before it
        noun = _route_measured(sentence.span.doc[entity.last_token])
        if noun is None or thing_noun(noun.lemma_) not in ROUTE_NOUNS:
            continue
        route = thing_named(noun, sentence, doc)
        if route is not None:
            yield RouteLengthFact(sentence.evidence, sentence.index, sentence.from_caption,
                                  route, amount)  # fmt: skip


def _route_measured(unit: Token) -> Token | None:
    """The noun whose length the unit gives, from the parse: "773-kilometre link" (a modifier),
    "1,500-kilometre-long pipeline", "the pipeline is 1,814 km long", "the canal will stretch
    for 285 kilometres", "the length of the highway is 95 km"."""
    head = unit.head
    if unit.dep_ in ("compound", "nmod") and head.pos_ == "NOUN":
        return head
    if unit.dep_ == "npadvmod" and head.lower_ == "long":
        if head.dep_ == "amod":
            return head.head
        if head.dep_ == "acomp":
            return subject_of(head.head)
    if unit.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in _EXTENDING_VERBS:
        return subject_of(head.head)
    if unit.dep_ in ("dobj", "npadvmod") and head.lemma_ in _EXTENDING_VERBS:
        return subject_of(head)
    if unit.dep_ == "attr":
        subject = subject_of(head)
        if subject is not None and subject.lower_ == "length":
            of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
            return next((c for o in of for c in o.children if c.dep_ == "pobj"), None)
    return None


def questions(fact: RouteLengthFact, ask: Ask) -> Iterator[Candidate | None]:
    unit = in_units(fact.length.unit or "")
    yield numeric(
        origin=origin(fact),
        prompt=f"According to the article, what is the length of {fact.route}, {unit}?"
        f"{qualifier_note(fact.length)}",
        value=fact.length.value,
        unit=unit.removeprefix("in "),
        explanation=f"The article gives {fact.length.text} for {fact.route}.",
        topic=TOPIC_GEOGRAPHY,
        score=0.85 if fact.length.is_exact else 0.7,
        answer_text=fact.length.number_text,
    )
