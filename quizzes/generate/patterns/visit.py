"""Visits: "President Khurelsukh paid a state visit to Japan", "Tokayev visited Baku", "Xi
arrived in Dushanbe". The fact: who travelled (a person the knowledge data knows, so the stem can
give their office and country), where to (a country or a city abroad), and whether it was done
or is still to come. The question asks where; never when the article has the same person travel
to two places, since both would be right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_EVENTS, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import CITY, COUNTRY, DEMONYM, PERSON, country_as_written
from quizzes.generate.questions import Candidate, single_choice
from quizzes.generate.referents import country_of

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "visit"
_TRAVEL = re.compile(r"\b(?:visit|visits|visited|visiting|trip|trips|travel\w*|tour\w*)\b", re.I)


@dataclass(frozen=True)
class VisitFact(Fact):
    visitor: str  # canonical name of a person the knowledge data knows
    place: str  # canonical name of the country or city visited
    place_kind: str  # country or city
    arrived: bool  # "arrived in" rather than "visited"
    to_come: bool  # "will visit"

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.visitor, self.place)

    def describe(self) -> str:
        return f"{self.visitor} visits {self.place}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[VisitFact]:
    for token in sentence.span:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        if lemma == "visit":
            where = next((c for c in token.children if c.dep_ == "dobj"), None)
        elif lemma == "pay":
            where = _place_after(token, noun="visit", preposition="to")
        elif lemma == "arrive":
            where = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                          for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
        else:
            continue
        fact = _visit(token, where, sentence, doc, arrived=lemma == "arrive")
        if fact is not None:
            yield fact


def _place_after(verb: Token, *, noun: str, preposition: str) -> Token | None:
    """ "paid a state visit to Japan": Japan."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() == noun:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == preposition:
                    return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _visit(
    verb: Token, where: Token | None, sentence: Sentence, doc: ArticleDoc, *, arrived: bool
) -> VisitFact | None:
    if where is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    to_come = "will" in auxiliaries
    done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxiliaries & {"has", "have"})
    if not done and not to_come:
        return None  # "is visiting", "was invited to visit": no plain event to ask
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    visitor = sentence.entity_at(subject.i) if subject is not None else None
    if visitor is None or visitor.kind != PERSON or subject is None or subject.conjuncts:
        return None
    leader = doc.knowledge.leaders.get(visitor.name)
    if leader is None or not leader.country:
        return None
    place = _place(where, sentence, doc)
    if place is None:
        return None
    name, kind = place
    home = name if kind == COUNTRY else doc.knowledge.cities[name].country
    if home == leader.country:
        return None  # a trip at home: any of its cities could be meant
    return VisitFact(sentence.evidence, sentence.index, sentence.from_caption, visitor.name,
                     name, kind, arrived, to_come)  # fmt: skip


def _place(token: Token, sentence: Sentence, doc: ArticleDoc) -> tuple[str, str] | None:
    entity: Entity | None = sentence.entity_at(token.i)
    if entity is not None and entity.kind == CITY and entity.name in doc.knowledge.cities:
        return entity.name, CITY
    country = country_of(token, sentence, doc)
    if country is not None and country in doc.knowledge.countries:
        return country, COUNTRY
    return None


def questions(fact: VisitFact, ask: Ask) -> Iterator[Candidate | None]:
    doc = ask.doc
    trips = {f.place for f in ask.facts_of(VisitFact) if f.visitor == fact.visitor}
    if len(trips) > 1:
        return  # two places this person went to: both would be right
    leader = doc.knowledge.leaders[fact.visitor]
    owner = country_as_written(leader.country)  # "the United States’ Secretary of State"
    visitor = f"{owner}{'’' if owner.endswith('s') else '’s'} {leader.title} {fact.visitor}"
    word = "country" if fact.place_kind == COUNTRY else "city"
    if fact.place_kind == COUNTRY:
        # Never a country the article names beside a trip ("Putin has visited China and
        # Kazakhstan in recent months"): it may be another place the visitor went to.
        travelled = {e.name for s in doc.sentences if _TRAVEL.search(s.text)
                     for e in s.entities_of(COUNTRY, DEMONYM)}  # fmt: skip
        wrong = distractors.wrong_countries(
            doc, answer=fact.place, avoid={leader.country, *travelled}
        )
        answer = country_as_written(fact.place)
        wrong = [country_as_written(w) for w in wrong]
    else:
        avoid = {c for c, city in doc.knowledge.cities.items() if city.country == leader.country}
        wrong = distractors.wrong_cities(doc, answer=fact.place, avoid=avoid)
        answer = fact.place
    auxiliary = "will" if fact.to_come else "did"
    if fact.arrived:
        prompt = f"According to the article, in which {word} {auxiliary} {visitor} arrive?"
    else:
        prompt = f"According to the article, which {word} {auxiliary} {visitor} visit?"
    went = "will visit" if fact.to_come else "visited"
    yield single_choice(
        origin=origin(fact),
        prompt=prompt,
        answer=answer,
        wrong=wrong,
        explanation=f"{visitor[:1].upper()}{visitor[1:]} {went} {answer} "
        f"(paragraph {fact.evidence.paragraph}).",
        topic=TOPIC_EVENTS,
        score=0.6,
    )
