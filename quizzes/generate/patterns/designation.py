"""A city given a title, often for a period: "Turkistan was declared the spiritual capital of
the Turkic world", "decisions on declaring the city of Qingdao the SCO tourist and cultural
capital in 2024-2025", "they named Samarkand the tourism capital of the region for 2025".

The fact: the city, the verb of giving the title (declared, named, designated, proclaimed),
the title as written (a noun phrase whose head is "capital", naming whose capital it is: not
"the new capital") and the period when the verb or the title gives one. Nothing hedged ("plans
to declare"), negated or future is taken. Question: which city was given the title, with
other cities as wrong options (those of the answer's own country first, never a word of the
question); none where the article gives two cities one title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_PLACES, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import CITY
from quizzes.generate.patterns.place import city_named_by
from quizzes.generate.questions import Candidate, single_choice

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "designation"

# The verbs that give a title, as a question writes them: "which city was declared ...?"
PARTICIPLES = {"declare": "declared", "name": "named", "designate": "designated",
               "proclaim": "proclaimed"}  # fmt: skip
TITLE_NOUNS = frozenset({"capital"})
_TITLE_DEPS = frozenset({"dobj", "oprd", "attr", "xcomp", "ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "oprd"})
_PERIOD_PREPS = frozenset({"in", "for"})
MAX_TITLE_WORDS = 12
_WHOSE = frozenset({"ORG", "NORP", "GPE", "LOC"})  # a name saying whose capital it is
_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:\s*[-–−]\s*(?:(?:1[89]|20)?\d\d))?$")


@dataclass(frozen=True)
class DesignationFact(Fact):
    city: str  # canonical name
    city_text: str  # as the article writes it
    verb: str  # past participle: "declared"
    title: str  # "the SCO tourist and cultural capital"
    period: str = ""  # "in 2024-2025", as written with its preposition

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.city, self.title.casefold(), self.period)

    def topic_value(self) -> tuple[tuple[object, ...], object] | None:
        return (self.title.casefold(), self.period), self.city

    def describe(self) -> str:
        return f"{self.city_text} {self.verb} {self.title}{_spaced(self.period)}"


def _spaced(text: str) -> str:
    return f" {text}" if text else ""


# --- finding -------------------------------------------------------------------------------


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[DesignationFact]:
    for verb in sentence.span:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in PARTICIPLES or not _stated(verb):
            continue
        title_token = _title_token(verb)
        city_token = _city_token(verb, title_token) if title_token is not None else None
        if city_token is None or title_token is None:
            continue
        city = _city(city_token, sentence)
        title = _title(title_token, sentence)
        if city is None or title is None:
            continue
        yield DesignationFact(sentence.evidence, sentence.index, sentence.from_caption,
                              city.name, city.text, PARTICIPLES[lemma], title,
                              _period(verb, title_token, sentence))  # fmt: skip


def _stated(verb: Token) -> bool:
    """Done, or decided on ("was declared", "declared", "on declaring"); not negated, not to
    come ("will be named") and not hedged ("plans to declare")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would", "may", "might", "could")
           for c in verb.children):  # fmt: skip
        return False
    return verb.tag_ in ("VBD", "VBN", "VBG")


def _city_token(verb: Token, title: Token) -> Token | None:
    """Who is given the title: the subject of a passive, the object before the title
    ("declared Turkistan the capital"), or the subject the parser gave the title ("declared
    [Turkistan the capital]")."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.i < title.i]
    if len(objects) == 1:
        return objects[0]
    return next((c for c in title.children if c.dep_ == "nsubj"), None)


def _title_token(verb: Token) -> Token | None:
    """The title's head ("capital"), or the first of its conjuncts ("tourist and cultural
    capital" parsed as "tourist" with "capital" joined to it); also one the parser hung on the
    city's name ("declaring the city of Qingdao (China) the SCO capital"), unless a comma
    sets it off as what the city already is ("the city of Qingdao, a former capital")."""
    for child in verb.children:
        if child.dep_ in _TITLE_DEPS and _a_title(child):
            return child
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        for token in child.subtree:
            after_comma = token.i > 0 and token.doc[token.left_edge.i - 1].text == ","
            if token.dep_ == "appos" and _a_title(token) and not after_comma:
                return token
    return None


def _a_title(token: Token) -> bool:
    return any(t.lemma_.lower() in TITLE_NOUNS for t in (token, *token.conjuncts))


def _city(token: Token, sentence: Sentence) -> Entity | None:
    """A city the data knows, by name or as "the city of Qingdao"."""
    entity = sentence.entity_at(token.i)
    if entity is None:
        entity = city_named_by(token, sentence)
    return entity if entity is not None and entity.kind == CITY else None


def _title(head: Token, sentence: Sentence) -> str | None:
    """The title as written, without a clause after it nor its period; with "the" when the
    article leaves it out ("named Samarkand tourism capital")."""
    cut = {t.i for c in head.subtree if c is not head and _an_aside(c, sentence)
           for t in c.subtree}  # fmt: skip
    words = [t for t in head.subtree if t.i not in cut]
    words = [t for t in words if not t.is_punct or t.text in ("-", "–")]
    if not words or len(words) > MAX_TITLE_WORDS or any(t.pos_ == "PRON" for t in words):
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ in _WHOSE for t in words):
        return None  # "the new capital", "the capital of the country": whose is not said
    if any(b.i + 1 != a.i for b, a in pairwise(words)):
        return None  # an aside inside the title: not one piece of text
    text = head.doc[words[0].i : words[-1].i + 1].text
    if words[0].lower_ not in ("the", "a", "an"):
        text = f"the {text}"
    return text


def _an_aside(token: Token, sentence: Sentence) -> bool:
    """A clause or an apposition after the title, the period it is given for, or the city
    the parser made its subject."""
    return token.dep_ in ("relcl", "acl", "appos", "nsubj") or _a_date_phrase(token, sentence)


def _a_date_phrase(prep: Token, sentence: Sentence) -> bool:
    return _date_of(prep, sentence) is not None


def _date_of(prep: Token, sentence: Sentence) -> str | None:
    """The date of "in 2020", "for 2024-2025" (a range of years the model may take for a mere
    number), as written."""
    if prep.dep_ != "prep" or prep.lower_ not in _PERIOD_PREPS:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    entity = sentence.entity_at(obj.i) if obj is not None else None
    if entity is None:
        return None
    return entity.text if entity.kind == "date" or _YEARS.match(entity.text) else None


def _period(verb: Token, title: Token, sentence: Sentence) -> str:
    """ "in 2024-2025", "for 2025": a date the verb or the title is given for."""
    for prep in (*verb.children, *title.children):
        date = _date_of(prep, sentence)
        if date is not None:
            return f"{prep.lower_} {date}"
    return ""


# --- questions -----------------------------------------------------------------------------


def questions(fact: DesignationFact, ask: Ask) -> Iterator[Candidate | None]:
    yield _which_city(fact, ask)


def _which_city(fact: DesignationFact, ask: Ask) -> Candidate | None:
    same = {f.city for f in ask.facts_of(DesignationFact)
            if f.title.casefold() == fact.title.casefold()}  # fmt: skip
    if len(same) > 1:
        return None  # two cities with one title: which one a question means is not said
    prompt = f"According to the article, which city was {fact.verb} {fact.title}" \
        f"{_spaced(fact.period)}?"  # fmt: skip
    if fact.city_text.casefold() in prompt.casefold():
        return None
    named = {w.casefold() for w in prompt.replace("?", " ").split()}
    wrong = [c for c in distractors.wrong_cities(ask.doc, answer=fact.city, count=6)
             if c.casefold() not in named]  # fmt: skip
    return single_choice(
        origin=origin(fact),
        prompt=prompt,
        answer=fact.city_text,
        wrong=wrong[:3],
        explanation=f"According to the article, {fact.describe()}.",
        topic=TOPIC_PLACES,
        score=0.7,
    )
