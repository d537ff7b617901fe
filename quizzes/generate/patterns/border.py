"""Borders: "X shares a 7,000-km border with Y", "X and Y share a border of 1,700 km",
"X borders Y", "bordering Russia in the north", "the Kyrgyz-Tajik border extends 980 km" (a
hyphenated pair names the two sides; asked only with its length). The fact: two countries and,
when stated, the border's length. Questions: which country (wrong options are countries the
knowledge data says do not border the other one), how long (numeric, in the article's unit),
true or false.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.amounts import Amount, read_amount
from quizzes.generate.ask import TOPIC_GEOGRAPHY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.patterns.quantity import recall_tolerance
from quizzes.generate.questions import Candidate, numeric, single_choice
from quizzes.generate.referents import country_of
from quizzes.numbers import format_number

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "border"


@dataclass(frozen=True)
class BorderFact(Fact):
    country: str
    neighbour: str
    length: Amount | None = None

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (*sorted((self.country, self.neighbour)), self.length.value if self.length else None)

    def describe(self) -> str:
        length = f" ({self.length.text})" if self.length else ""
        return f"{self.country} borders {self.neighbour}{length}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[BorderFact]:
    for token in sentence.span:
        if token.lemma_.lower() != "border" or _denied(token):
            continue
        length = _length(sentence, token)
        countries = _countries_around(token, sentence, doc)
        if len(countries) < 2 and length is not None:
            countries = _hyphenated_pair(token, sentence, doc)
        if len(countries) < 2:
            continue
        yield BorderFact(sentence.evidence, sentence.index, sentence.from_caption,
                         countries[0], countries[1], length)  # fmt: skip


def _denied(border: Token) -> bool:
    """ "Kazakhstan does not share a border with Afghanistan", "has no border with": no border."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in border.children):
        return True
    verb = border if border.pos_ in ("VERB", "AUX") else border.head
    return any(c.dep_ == "neg" for c in verb.children)


_CLAUSE_ROLES = frozenset({"advcl", "ccomp", "ROOT", "relcl", "xcomp"})
# What people do to a border, which says nothing of whose side they are on.
_CROSSED = frozenset({"cross", "violate", "breach", "enter", "patrol", "guard", "reach",
                      "approach", "storm"})  # fmt: skip


def _countries_around(token: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    """The subject side first, then the other side ("with Y", "between X and Y", object)."""
    if token.pos_ == "NOUN" and token.dep_ in _CLAUSE_ROLES:
        # "while Hungary borders Romania" read as a noun "borders": its own words, not the
        # subjects of the clause it hangs on
        own: list[str] = []
        for child in token.children:
            if child.dep_ in ("compound", "nsubj", "npadvmod", "dobj", "appos"):
                _add(own, country_of(child, sentence, doc))
        return own
    found: list[str] = []
    owners = [c for c in token.children if c.dep_ == "poss"] if token.pos_ == "NOUN" else []
    for owner in owners:
        _add(found, country_of(owner, sentence, doc))  # "Kazakhstan's border with China"
    verb = token if token.pos_ == "VERB" else token.head
    if token.dep_ == "dobj" and verb.lemma_.lower() in _CROSSED:
        return found  # "the Uzbeks crossed the border of Ukraine": not a side of it
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if not found else []
    for subject in subjects:
        for part in [subject, *subject.conjuncts]:
            _add(found, country_of(part, sentence, doc))
    if subjects and not found:
        return []  # "It (the Caspian) is bordered by Kazakhstan, Russia, ...": not each other
    if token.pos_ == "VERB" and not subjects and token.dep_ in ("advcl", "acl", "pcomp"):
        # "Bordering two giant neighbours – Russia ..., China ...": the sentence's subject.
        for child in token.head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                _add(found, country_of(child, sentence, doc))
    if not found and not any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children):
        return []  # "men fled to the borders with Finland, Georgia and Mongolia": Russia's
    others = [t for t in token.subtree if t.dep_ in ("pobj", "dobj", "appos", "conj")]
    for other in others:
        _add(found, country_of(other, sentence, doc))
    return found


def _hyphenated_pair(token: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    """ "the Kyrgyz-Tajik border": the two peoples or countries joined before the noun."""
    if token.pos_ != "NOUN":
        return []
    found: list[str] = []
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod"):
            for part in child.subtree:
                if part.pos_ != "PUNCT":
                    _add(found, country_of(part, sentence, doc))
    joined = sentence.span.doc[token.left_edge.i : token.i].text
    return found if len(found) == 2 and re.search(r"\w[-–]\w", joined) else []


def _add(found: list[str], country: str | None) -> None:
    if country and country not in found:
        found.append(country)


_PART_OF = re.compile(r"\s+of\b")


_DISTANCE = re.compile(
    r"\s+(?:from|away|outside|off|inside|into|beyond|short of|(?:to the )?(?:north|south|east|"
    r"west)(?:east|west)?(?:ern)?(?: of)?)\b",
    re.IGNORECASE,
)


def _length(sentence: Sentence, token: Token) -> Amount | None:
    for entity in sentence.entities_of("quantity", "cardinal"):
        if _PART_OF.match(sentence.text[entity.end :]):
            continue  # "12 kilometers of the border": a section, not its length
        if _DISTANCE.match(sentence.text[entity.end :]):
            continue  # "on the border about 10 kilometers from the town": how far, not how long
        amount = read_amount(entity.text, entity.label)
        if amount is None or amount.unit not in ("km", "kilometres", "kilometers", "miles", "mi"):
            continue
        if _measures(sentence.span.doc[entity.last_token], token):
            return amount
    return None


def _measures(figure: Token, border: Token) -> bool:
    """The figure is said of the border: within its phrase ("a border of 1,700 km", "a 7,000-km
    border", "a border … that stretches for 7,644 km") or in the clause the border is an
    argument of ("the border extends 980 km", "the length of the border is 804 km"); not in
    another clause ("shortens the route along the border by 600 kilometres")."""
    clause = _clause_of(figure, stop=border)[0]
    if clause.i == border.i or clause.head.i == border.i:
        return True
    reached, argument = _clause_of(border, stop=clause)
    return reached.i == clause.i and argument.dep_ in _ARGUMENTS


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def _clause_of(word: Token, *, stop: Token) -> tuple[Token, Token]:
    """The first verb above the word (or `stop`, where the way up meets it first), and the
    word just below it on the way."""
    below = word
    while word.i != stop.i and word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        below, word = word, word.head
    return word, below


def questions(fact: BorderFact, ask: Ask) -> Iterator[Candidate | None]:
    doc = ask.doc
    source = origin(fact)
    neighbours = doc.knowledge.countries.get(fact.neighbour)
    true_neighbours = set(neighbours.neighbours) if neighbours else set()
    known = neighbours is not None and fact.country in doc.knowledge.countries
    if known and fact.country not in true_neighbours:
        return  # "Uzbekistan borders China": the parse paired the wrong countries
    borders = ask.facts_of(BorderFact)
    said = {f.country for f in borders if f.neighbour == fact.neighbour}
    said |= {f.neighbour for f in borders if f.country == fact.neighbour}
    # "a border of 972 kilometers": "a 972 kilometers border" is not English
    length = f" of {format_number(fact.length.value)} {fact.length.unit}" if fact.length else ""
    explanation = f"The article says {fact.country} shares a border{length} with {fact.neighbour}."
    if neighbours is not None:  # only when the data can tell which countries do not border it
        # which country borders another is a map's fact more than the article's: asked only
        # where the article gives nothing else (13 of 40 votes accepting)
        asked = single_choice(
            origin=source,
            prompt=f"According to the article, which country shares a border{length} with "
            f"{fact.neighbour}?",
            answer=fact.country,
            wrong=distractors.wrong_countries(
                doc, answer=fact.country, avoid=true_neighbours | said | {fact.neighbour}
            ),
            explanation=explanation,
            topic=TOPIC_GEOGRAPHY,
            difficulty=1,
            score=0.75,
        )
        yield replace(asked, last_resort=True) if asked is not None else None
    if fact.length is not None and fact.length.unit:
        yield numeric(
            origin=source,
            prompt=f"According to the article, how long is the border between {fact.country} "
            f"and {fact.neighbour}, in {fact.length.unit}?",
            value=fact.length.value,
            unit=fact.length.unit,
            tolerance=recall_tolerance(
                fact.length.value, fact.length.unit, exact=fact.length.is_exact
            ),
            explanation=explanation,
            topic=TOPIC_GEOGRAPHY,
            score=0.85 if fact.length.is_exact else 0.6,
            answer_text=fact.length.number_text,
        )
