"""Where a named route goes: what a pipeline, railway or canal carries from one place to another
("the CPC pipeline transports crude oil from Kazakhstan's Tengiz field to the Black Sea port of
Novorossiysk", "the TAPI pipeline will transport gas from Turkmenistan to India") or which places
it links ("the East-West pipeline links gas fields in eastern Turkmenistan to the Caspian Sea"),
or where a canal takes its water from ("the Qosh Tepa canal will draw water from the Amu Darya").
The fact: the route, named as the article names it, the words that say what it does, and the
named place at its far end. A route the article does not name, or an end that is not a named
place, is not asked. Question: the far end, its start kept in the stem ("... from Kazakhstan's
Tengiz field to which Black Sea port?"), answered in the student's own words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.ask import TOPIC_GEOGRAPHY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence, thing_noun
from quizzes.generate.facts import Fact
from quizzes.generate.patterns._named import subject_of, thing_named
from quizzes.generate.patterns.acronym import AcronymFact
from quizzes.generate.patterns.length import ROUTE_NOUNS
from quizzes.generate.questions import Candidate, short_answer

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quizzes.generate.knowledge import Knowledge

KIND = "route"
_CARRYING_VERBS = frozenset({"carry", "transport", "deliver", "ship", "pump", "take", "bring",
                             "supply", "send", "run", "stretch", "extend", "lead",
                             "go"})  # fmt: skip
_LINKING_VERBS = frozenset({"link", "connect", "join"})
_SOURCE_VERBS = frozenset({"draw", "take", "divert"})  # "the canal draws water from the Amu Darya"
# The far end named by what kind of place it is: "to the Caspian Sea" asks "to which sea".
_PLACE_NOUNS = frozenset({"sea", "ocean", "lake", "river", "gulf", "bay", "port", "field",
                          "border", "crossing", "province", "region", "city", "town",
                          "village", "station", "terminal", "coast"})  # fmt: skip
MAX_STEM_WORDS = 30


@dataclass(frozen=True)
class RouteEndFact(Fact):
    route: str  # "the CPC pipeline"
    goes: str  # "transports crude oil from Kazakhstan's Tengiz field to"
    end: str  # the far end as the article names it: "the Black Sea port of Novorossiysk"
    place: str  # the place a student names: "Novorossiysk"
    place_word: str  # what it is: "Black Sea port", "country", "sea"

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.route.lower(), self.place.lower())

    def describe(self) -> str:
        return f"{self.route} {self.goes} {self.end}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[RouteEndFact]:
    for verb in sentence.span:
        if (
            verb.pos_ != "VERB"
            or verb.lemma_ not in _CARRYING_VERBS | _LINKING_VERBS | _SOURCE_VERBS
        ):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue  # "hopes for a pipeline to link … to Europe": a plan, and no verb to ask with
        far = _far_end(verb)
        subject = _route_of(verb)
        if far is None or subject is None or thing_noun(subject.lemma_) not in ROUTE_NOUNS:
            continue
        route = thing_named(subject, sentence, doc)
        named = _named_place(far.children, doc.knowledge)
        if route is None or named is None:
            continue
        place, place_word = named
        start = min([verb.i, *(c.i for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod"))])
        goes = verb.doc[start : far.i + 1].text
        if verb.tag_ == "VBG" and start == verb.i:  # "the Middle Corridor linking China with"
            plural = subject.tag_ in ("NNS", "NNPS")
            goes = (
                _present(verb.lemma_, plural=plural)
                + verb.doc[verb.i : far.i + 1].text[len(verb.text) :]
            )
        if len(goes.split()) > MAX_STEM_WORDS:
            continue
        end_phrase = verb.doc[far.i + 1 : max(t.i for t in far.subtree) + 1].text
        yield RouteEndFact(sentence.evidence, sentence.index, sentence.from_caption, route,
                           goes, end_phrase, place, place_word)  # fmt: skip


def _present(lemma: str, *, plural: bool) -> str:
    """ "link" → "links", "carry" → "carries", "pass" → "passes"; the lemma for a plural."""
    if plural:
        return lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _route_of(verb: Token) -> Token | None:
    """What goes there: the verb's subject, or the noun a clause describes ("a pipeline, which
    connects …", "a line connecting …")."""
    subject = subject_of(verb)
    if verb.dep_ in ("relcl", "acl") and (subject is None or subject.tag_ == "WDT"):
        return verb.head
    return subject


def _far_end(verb: Token) -> Token | None:
    """The preposition before the route's far end: "from … to", or "links A to / with B"."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if verb.lemma_ in _LINKING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        preps += [c for o in objects for c in o.children if c.dep_ == "prep"]
        return next((p for p in preps if p.lower_ in ("to", "with")), None)
    start = next((p for p in preps if p.lower_ == "from"), None)
    end = next((p for p in preps if p.lower_ == "to"), None)
    if start is not None and end is None and verb.lemma_ in _SOURCE_VERBS:
        return start  # where a canal takes its water from is the end asked
    return end if start is not None else None


def _named_place(objects: Iterator[Token], knowledge: Knowledge) -> tuple[str, str] | None:
    """The place a student names and what it is: "the Black Sea port of Novorossiysk" is
    Novorossiysk, a Black Sea port; "India" a country; "the Caspian Sea" a sea."""
    end = next((c for c in objects if c.dep_ == "pobj"), None)
    if end is None:
        return None
    if end.pos_ == "NOUN" and end.lower_ in _PLACE_NOUNS:
        of = [c for c in end.children if c.dep_ == "prep" and c.lower_ == "of"]
        name = next((c for o in of for c in o.children if c.dep_ == "pobj"), None)
        if name is None:  # "the Amu Darya border river": named by the proper nouns before it
            names = [t for t in end.lefts if t.pos_ == "PROPN" and t.dep_ in ("compound", "amod")]
            return (_phrase(names[-1]), end.lower_) if names else None
        if name.pos_ != "PROPN" or any(c.dep_ == "conj" for c in name.children):
            return None
        return _phrase(name), _phrase(end)
    if end.pos_ != "PROPN" or any(c.dep_ == "conj" for c in end.children):
        return None
    place = _phrase(end)
    if place in knowledge.countries:
        return place, "country"
    if end.lower_ in _PLACE_NOUNS:
        return place, end.lower_
    if place in knowledge.cities:
        return place, "city"
    return (place, "place") if end.ent_type_ in ("GPE", "LOC", "FAC") else None


def _phrase(head: Token) -> str:
    """The words a noun heads up to itself, without its article: "Caspian Sea", "Black Sea
    port"."""
    left = [t.i for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "punct")]
    return head.doc[min(left) : head.i + 1].text


def questions(fact: RouteEndFact, ask: Ask) -> Iterator[Candidate | None]:
    prompt = f"According to the article, {fact.route} {fact.goes} which {fact.place_word}?"
    # "the TAPI pipeline … to which country?": the acronym the article spells out names India
    words = fact.route.split()
    spelled = [ask.doc.acronyms.get(word, "") for word in words]
    spelled += [f.full_name for f in ask.facts if isinstance(f, AcronymFact) and f.acronym in words]
    if any(fact.place.casefold() in text.casefold() for text in (prompt, *spelled)):
        return
    yield short_answer(
        origin=origin(fact),
        prompt=prompt,
        accepted=[fact.place, *_other_names(fact.place, ask.knowledge)],
        explanation=f"The article says that {fact.route} {fact.goes} {fact.end}.",
        topic=TOPIC_GEOGRAPHY,
        score=0.6,
    )


def _other_names(place: str, knowledge: Knowledge) -> tuple[str, ...]:
    country = knowledge.countries.get(place)
    if country is not None:
        return tuple(country.aliases)
    city = knowledge.cities.get(place)
    return tuple(city.aliases) if city is not None else ()
