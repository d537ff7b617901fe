"""What a project costs: a pipeline, a railway, a dam, a port ("the $2.5 billion East-West
pipeline", "the TAPI pipeline is estimated to cost $9.6 billion", "the dam will cost $3
billion", "the cost of the line is expected to be $8bn", "the Yavan station with an estimated
cost of $282 million", "opened the Arica port at a cost of $80 million"). The fact: the
project, named as the
article names it, and the sum. A project the article does not name ("a $4 billion plant") is
not asked. Question: the figure the article gives for its cost (numeric, in the article's unit),
in words that fit a cost paid, estimated or planned alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.amounts import Amount, read_amount
from quizzes.generate.ask import TOPIC_ECONOMY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence, thing_noun
from quizzes.generate.facts import Fact
from quizzes.generate.patterns._named import subject_of, thing_named
from quizzes.generate.patterns.length import ROUTE_NOUNS
from quizzes.generate.patterns.quantity import in_units, qualifier_note
from quizzes.generate.questions import Candidate, numeric

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "cost"
PROJECT_NOUNS = ROUTE_NOUNS | {"project", "port", "plant", "dam", "station", "mine", "terminal",
                               "factory", "refinery", "airport", "reactor", "facility"}  # fmt: skip
_COST_NOUNS = frozenset({"cost", "price", "value"})
_COSTED_PREPOSITIONS = frozenset({"at", "with"})
_WORK_NOUNS = frozenset(
    {"construction", "building", "work", "modernisation", "modernization", "rehabilitation"}
)  # "the construction of the dam"
_CURRENCY_SIGNS = ("$", "€", "£", "¥", "₸", "₽")


@dataclass(frozen=True)
class CostFact(Fact):
    project: str  # "the East-West pipeline"
    amount: Amount

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.project.lower(), self.amount.value, self.amount.unit)

    def describe(self) -> str:
        return f"{self.project} costs {self.amount.text}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[CostFact]:
    for entity in sentence.entities_of("money"):
        before = sentence.text[entity.start - 1 : entity.start] if entity.start else ""
        written = before + entity.text if before in _CURRENCY_SIGNS else entity.text
        amount = read_amount(written, entity.label)
        if amount is None or amount.unit is None:
            continue
        noun = _project_costed(sentence.span.doc[entity.last_token])
        if noun is None or thing_noun(noun.lemma_) not in PROJECT_NOUNS:
            continue
        project = thing_named(noun, sentence, doc)
        if project is not None:
            yield CostFact(sentence.evidence, sentence.index, sentence.from_caption,
                           project, amount)  # fmt: skip


def _project_costed(money: Token) -> Token | None:
    """The noun whose cost the sum is, from the parse: "the $2.5 billion pipeline" (a
    modifier), "the pipeline (is estimated to) cost(s) $9.6 billion", "the construction of the
    dam will cost $3 billion", "the cost of the line is $8bn"."""
    head = money.head
    if money.dep_ in ("nummod", "compound", "nmod") and head.pos_ == "NOUN":
        return head
    if money.dep_ in ("dobj", "npadvmod") and head.lemma_ == "cost" and head.pos_ == "VERB":
        subject = subject_of(head)
        if subject is not None and subject.lower_ in _WORK_NOUNS:
            return _of_what(subject)
        return subject
    if money.dep_ == "attr":
        subject = subject_of(head)
        if subject is not None and subject.lower_ in _COST_NOUNS:
            return _of_what(subject)
    if money.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in _COST_NOUNS:
        return _costed_at(head.head)
    return None


def _costed_at(cost: Token) -> Token | None:
    """What "at a cost of" or "with an estimated cost of" is said of: the noun it follows ("the
    HPP with an estimated cost of $282 million"), or the thing its verb builds or opens ("will
    build the station at a cost of ...", "a terminal has opened at a cost of ...")."""
    prep = cost.head
    if cost.dep_ != "pobj" or prep.lower_ not in _COSTED_PREPOSITIONS:
        return None
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN"):
        return _of_what(owner) if owner.lower_ in _WORK_NOUNS else owner
    if owner.pos_ != "VERB":
        return None
    built = next((c for c in owner.children if c.dep_ == "dobj"), None) or subject_of(owner)
    if built is not None and built.lower_ in _WORK_NOUNS:
        return _of_what(built)
    return built


def _of_what(noun: Token) -> Token | None:
    """ "the cost of the line", "work on the plant": the line, the plant."""
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on")]
    return next((c for o in of for c in o.children if c.dep_ == "pobj"), None)


def questions(fact: CostFact, ask: Ask) -> Iterator[Candidate | None]:
    unit = fact.amount.unit or ""
    yield numeric(
        origin=origin(fact),
        prompt=f"What figure does the article give for the cost of {fact.project}, "
        f"{in_units(unit)}?{qualifier_note(fact.amount)}",
        value=fact.amount.value,
        unit=unit,
        explanation=f"The article gives {fact.amount.text} for the cost of {fact.project}.",
        topic=TOPIC_ECONOMY,
        score=0.8 if fact.amount.is_exact else 0.65,
        answer_text=fact.amount.number_text,
    )
