"""Sums of money asked in the generator's own words, from the sum's own clause: "Under a deal
that runs to 2040, China pays Tajikistan $40 million annually for use of the airfield" → "how
much does China pay Tajikistan annually for use of the airfield, in million US dollars?"; "The
Islamic Development Bank approved a $75 million loan for a power line in Tajikistan" → "what is
the value of the loan the Islamic Development Bank approved for a power line in Tajikistan, in
million US dollars?".

As with counts (`count`), a gap-fill copies its whole sentence, with the sentence's other
figures and what hangs on it; a question built from the sum's clause shows its payer, its
objects and its setting only. Only where the parse makes it safe: the sum is the object of a
verb that states a fact (`_clause.states_a_fact`: no hedge, plan or negation), or sizes that
object ("an $86 million loan": a loan, grant, investment, deal or the like); the doer is named,
said whole and points back to nothing; every phrase kept says what it says without pointing
back, and something in the question places the sum (a name, or a thing it points to).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.amounts import CURRENCIES
from quizzes.generate.ask import TOPIC_ECONOMY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.patterns import quantity
from quizzes.generate.patterns._clause import (
    as_written,
    asked_of_an_object,
    kept_phrases,
    names_something,
    places_it,
    refers_back,
    stands_whole,
    states_a_fact,
    verb_group_of,
    words_of,
)
from quizzes.generate.patterns.quantity import QuantityFact, in_units, qualifier_note
from quizzes.generate.questions import Candidate, numeric

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "how_much"
# Things a sum sizes: "an $86 million loan", "a $2 billion deal".
_SIZED = frozenset({"loan", "grant", "investment", "deal", "contract", "credit", "package",
                    "budget", "fund", "tranche", "aid", "order", "programme",
                    "program"})  # fmt: skip
_CURRENCY_UNITS = frozenset(CURRENCIES.values()) | {"soms", "manat"}


@dataclass(frozen=True)
class HowMuchFact(Fact):
    figure: QuantityFact
    asked: str  # "how much does Russia pay Kazakhstan annually for use of the cosmodrome"

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.asked.casefold(), self.figure.amount.value)

    def describe(self) -> str:
        return f"{self.asked}: {self.figure.amount.text}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[HowMuchFact]:
    for figure in quantity.find(sentence, doc):
        if not _a_sum_of_money(figure.amount.unit):
            continue
        head = _figure_head(sentence, figure)
        asked = _asked(head) if head is not None else None
        if asked is not None:
            yield HowMuchFact(sentence.evidence, sentence.index, sentence.from_caption, figure,
                              asked)  # fmt: skip


def _a_sum_of_money(unit: str | None) -> bool:
    """ "million US dollars", "euros": a currency, scaled or not."""
    return unit is not None and any(unit.endswith(currency) for currency in _CURRENCY_UNITS)


def _figure_head(sentence: Sentence, figure: QuantityFact) -> Token | None:
    """The one word of the sum the rest of the sentence hangs it on ("million" of "$115
    million")."""
    start = sentence.span.start_char + figure.start
    end = sentence.span.start_char + figure.end
    tokens = [t for t in sentence.span if start <= t.idx < end]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside]
    return heads[0] if len(heads) == 1 else None


def _asked(head: Token) -> str | None:
    """The question's words after "According to the article,", or None."""
    sized = None
    if head.dep_ == "dobj":
        verb = head.head
    elif head.dep_ in ("nummod", "compound", "amod") and head.head.dep_ == "dobj":
        sized, verb = head.head, head.head.head
        if sized.lemma_.lower() not in _SIZED:
            return None
    else:
        return None
    if verb.pos_ != "VERB" or not states_a_fact(verb):
        return None
    if sized is None and any(c.dep_ == "dobj" and c.i != head.i for c in verb.children):
        return None  # "received a record amount of remittances in May — $505.7 million"
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return None
    doer_words = words_of(doer)
    if not doer_words or refers_back(doer_words) or not stands_whole(doer_words):
        return None
    if not names_something(doer_words):
        return None  # "the company pays ...": which?
    asked = sized if sized is not None else head
    if any(c.dep_ == "conj" for c in asked.children):
        return None  # "approved a $59 million loan and $500,000 within …": which sum?
    parts = kept_phrases(verb, asked, with_rates=True, after=doer)  # no opening frame
    if parts is None:
        return None
    if any(t.ent_type_ == "MONEY" for part in parts for t in part):
        return None  # "… with another $114 million of cofinancing": a second sum asked about
    rest = [as_written(p) for p in parts]
    if sized is None:
        group = asked_of_an_object(verb, as_written(doer_words, opening=True))
        if group is None or not any(map(places_it, parts)):
            return None
        return " ".join(["how much", group, *rest])
    thing = [t for t in words_of(sized, drop={head.i}) if not _determiner_of(t, sized)]
    if not thing or refers_back(thing) or not stands_whole(thing):
        return None
    before = [t for t in thing if t.i <= sized.i]
    after = [t for t in thing if t.i > sized.i]
    if not (after or any(map(places_it, parts))):
        return None  # "the value of the loan the bank approved": for what?
    return " ".join(
        p for p in ("what is the value of the", as_written(before),
                    as_written(doer_words, opening=True), verb_group_of(verb),
                    as_written(after) if after else "", *rest) if p
    )  # fmt: skip


def _determiner_of(token: Token, noun: Token) -> bool:
    return token.head.i == noun.i and token.dep_ in ("det", "poss")


def questions(fact: HowMuchFact, ask: Ask) -> Iterator[Candidate | None]:
    amount = fact.figure.amount
    unit = amount.unit or ""
    yield numeric(
        origin=origin(fact),
        prompt=f"According to the article, {fact.asked}, {in_units(unit)}?{qualifier_note(amount)}",
        value=amount.value,
        unit=unit,
        tolerance=quantity.recall_tolerance(amount.value, unit, exact=amount.is_exact),
        explanation=f"The article gives {amount.text}.",
        topic=TOPIC_ECONOMY,
        score=0.8 if amount.is_exact else 0.65,
        answer_text=amount.number_text,
    )
