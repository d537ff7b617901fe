"""Capacities: how much a named pipeline, port, railway or plant can carry or handle ("the
East-West link, which has a capacity of 30 billion cubic metres a year", "the port has a total
throughput capacity of nearly 12 million tons", "the TAPI pipeline would deliver 33 billion
cubic metres of gas per year", "the pipeline's expected annual capacity is 33 billion cubic
meters"). The fact: the project, named as the article names it, the amount and whether the
article gives it a year. What a project carried once ("delivered 25 bcm last year") is no
capacity, nor is an unnamed project's ("a new port"). Question: the (annual) capacity, numeric,
in the article's unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizzes.generate.amounts import Amount, read_amount
from quizzes.generate.ask import TOPIC_ECONOMY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence, thing_noun
from quizzes.generate.facts import Fact
from quizzes.generate.patterns._named import subject_of, thing_named
from quizzes.generate.patterns.cost import PROJECT_NOUNS
from quizzes.generate.patterns.quantity import in_units, qualifier_note
from quizzes.generate.questions import Candidate, numeric

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "capacity"
CARRY_VERBS = frozenset({"carry", "deliver", "handle", "transport", "pump", "ship", "supply",
                         "export", "process", "produce", "generate"})  # fmt: skip
_MODALS = frozenset({"can", "could", "would", "will"})  # what it is able to do, not what it did
_ABLE = frozenset({"able", "capable", "design"})  # "is designed to handle", "will be able to carry"
_SHORT_RATE = re.compile(r"\s+(?:per|a|an|each)\s+(?P<span>second|minute|hour|day|week|month)\b")
# A capacity still to come: "is expected to reach 10 million tons by 2027".
_EXPECTED = re.compile(
    r"\b(?:expected|planned|projected|set|due|forecast) to (?:reach|rise|grow|"
    r"increase|double|triple|expand)\b|\bwill (?:reach|rise to|grow to|"
    r"increase to|double to|expand to)\b|\bexpected (?:annual |total )?capacity\b"
)
_YEARLY = re.compile(r"\b(?:a|per|each) year\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b", re.I)


@dataclass(frozen=True)
class CapacityFact(Fact):
    project: str  # "the East-West link"
    amount: Amount
    yearly: bool
    expected: bool = False  # "is expected to reach 10 million tons by 2027": not yet

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.project.lower(), self.amount.value, self.amount.unit)

    def describe(self) -> str:
        return f"{self.project} capacity: {self.amount.text}" + (" a year" if self.yearly else "")


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[CapacityFact]:
    for entity in sentence.entities_of("quantity"):
        amount = read_amount(entity.text, entity.label)
        if amount is None or amount.unit is None:
            continue
        found = _project_and_clause(sentence.span.doc[entity.last_token])
        if found is None:
            continue
        noun, clause = found
        if thing_noun(noun.lemma_) not in PROJECT_NOUNS:
            continue
        project = thing_named(noun, sentence, doc)
        if project is not None:
            said = "".join(t.text_with_ws for t in clause.subtree)
            yearly = _YEARLY.search(said) is not None
            rate = _SHORT_RATE.match(sentence.text[entity.end :])
            if rate is not None:  # "650 cubic metres per second": a flow, not a volume
                amount = replace(amount, unit=f"{amount.unit} per {rate['span']}")
            expected = _EXPECTED.search(sentence.text[: entity.start]) is not None
            yield CapacityFact(sentence.evidence, sentence.index, sentence.from_caption,
                               project, amount, yearly, expected)  # fmt: skip


def _project_and_clause(unit: Token) -> tuple[Token, Token] | None:
    """The noun whose capacity the amount is, and the word whose phrase says it, from the
    parse: "has a capacity of 30 bcm", "with a capacity of 12 million tons, the port ...", "the
    pipeline's capacity is 33 bcm", "the annual capacity of the pipeline is expected to reach
    33 bcm", "the pipeline would deliver 33 bcm per year", "the railway is designed to handle
    20 million tons"."""
    head = unit.head
    if unit.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ == "capacity":
        capacity = head.head
        if capacity.dep_ == "dobj" and capacity.head.lemma_ == "have":
            have = capacity.head
            owner = have.head if have.dep_ == "relcl" else subject_of(have)
            return (owner, capacity) if owner is not None else None
        if capacity.dep_ == "pobj" and capacity.head.lower_ == "with":
            owner = capacity.head.head
            if owner.pos_ in ("VERB", "AUX"):
                owner = subject_of(owner)  # "With a capacity of ..., the port exports ..."
            return (owner, capacity) if owner is not None else None
    if unit.dep_ in ("attr", "dobj"):
        subject = subject_of(head)
        if subject is not None and subject.lemma_ == "capacity":
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            return (owner, subject) if owner is not None else _of(subject, subject)
    if unit.dep_ == "dobj" and head.lemma_ in CARRY_VERBS:
        able = head.head if head.dep_ == "xcomp" and head.head.lemma_ in _ABLE else None
        modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children)
        subject = subject_of(head)
        if subject is None and able is not None and able.dep_ == "acomp":
            subject = subject_of(able.head)  # "the pipeline will be able to carry"
        return (subject, head) if (modal or able) and subject is not None else None
    return None


def _of(noun: Token, clause: Token) -> tuple[Token, Token] | None:
    """ "the capacity of the pipeline": the pipeline."""
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    owner = next((c for o in of for c in o.children if c.dep_ == "pobj"), None)
    return (owner, clause) if owner is not None else None


def questions(fact: CapacityFact, ask: Ask) -> Iterator[Candidate | None]:
    unit = (fact.amount.unit or "").replace("teu", "TEU")
    what = "annual capacity" if fact.yearly else "capacity"
    asked = (
        f"what {what} is {fact.project} expected to reach"
        if fact.expected
        else f"what is the {what} of {fact.project}"
    )
    yield numeric(
        origin=origin(fact),
        prompt=f"According to the article, {asked}, {in_units(unit)}?{qualifier_note(fact.amount)}",
        value=fact.amount.value,
        unit=unit,
        explanation=f"The article gives {fact.amount.text} for the {what} of {fact.project}.",
        topic=TOPIC_ECONOMY,
        score=0.8 if fact.amount.is_exact else 0.65,
        answer_text=fact.amount.number_text,
    )
