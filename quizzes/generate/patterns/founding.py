"""Foundings, renamings and moves, with their dates: "The organisation was founded in 2001",
"established in Shanghai in 2001", "created in 1992 as a military alliance", "renamed the
Organization of Turkic States in 2021", "Astana, formerly Nur-Sultan", "the capital was moved
from Almaty to Astana in 1997"; and the seat of a named body set up without a date ("a
joint secretariat in Almaty will also be set up", "the SCO Energy Hub was
established in Tashkent"). The fact: the thing (an organisation, city or country; or a body
named by the noun phrase), the event (founded, renamed, moved, set up), the year, the place,
the old and the new name, and for a body set up the verb's words ("would", "be set up").
"The organisation" or "the bloc" stands for an organisation only when the sentences just
before name exactly one. Questions: the year (numeric, exact; or a choice of nearby years), the
former name (other names of the same kind, never another name the thing really had), the new
seat of a capital, the city a body is set up in, and the order of three or more foundings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_EVENTS, TOPIC_ORGANISATIONS, TOPIC_PLACES, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import CITY, COUNTRY, ORG
from quizzes.generate.questions import (
    Candidate,
    Origin,
    and_list,
    numeric,
    ordering,
    short_answer,
    single_choice,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "founding"

FOUNDED, RENAMED, MOVED, SET_UP = "founded", "renamed", "moved", "set up"
BODY = "body"  # a thing named by its noun phrase ("an India-Central Asia Secretariat")
_FOUND_VERBS = frozenset({"found", "establish", "create", "form", "launch"})
_RENAME_VERBS = frozenset({"rename"})
_MOVE_VERBS = frozenset({"move", "transfer", "relocate"})
_FORMERLY = frozenset({"formerly", "previously", "once"})
_ORG_NOUNS = frozenset({"organisation", "organization", "bloc", "alliance", "grouping", "union",
                        "body", "group", "association", "council"})  # fmt: skip
_CAPITAL_NOUNS = frozenset({"capital"})
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_THING_KINDS = (ORG, CITY, COUNTRY)
_PLACES = (CITY, COUNTRY, "place")
LOOK_BACK = 3  # sentences searched for the organisation "the bloc" stands for


@dataclass(frozen=True)
class FoundingFact(Fact):
    thing: str  # canonical name: "Shanghai Cooperation Organisation", "Astana"
    thing_text: str  # as a question names it: "the Shanghai Cooperation Organisation"
    thing_kind: str  # org, city, country or capital (a country's capital, for a move)
    event: str  # founded, renamed, moved
    year: int | None = None
    place: str | None = None
    old_name: str | None = None
    new_name: str | None = None
    verb_words: tuple[str, ...] = ()  # a body set up: ("would", "be set up"), ("was", "set up")

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.thing, self.event, self.year, self.old_name, self.new_name)

    def topic_value(self) -> tuple[tuple[object, ...], object] | None:
        if self.event == FOUNDED and self.year is not None:
            return (self.thing, "founded in"), self.year
        return None

    def describe(self) -> str:
        parts = [self.thing, self.event]
        if self.old_name and self.event == MOVED:
            parts.append(f"from {self.old_name} to {self.new_name}")
        elif self.old_name:
            parts.append(f"(formerly {self.old_name})")
        if self.place:
            parts.append(f"in {self.place}")
        if self.year:
            parts.append(f"in {self.year}")
        return " ".join(parts)


# --- finding -------------------------------------------------------------------------------


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[FoundingFact]:
    for token in sentence.span:
        lemma = token.lemma_.lower()
        fact: FoundingFact | None = None
        if token.pos_ == "VERB" and lemma in _FOUND_VERBS:
            yield from _founded(token, sentence, doc)
        if token.pos_ == "VERB" and (lemma in _FOUND_VERBS or _set_up(token)):
            fact = _seat_of_a_body(token, sentence)
        elif token.pos_ == "VERB" and lemma in _RENAME_VERBS:
            fact = _renamed(token, sentence, doc)
        elif token.pos_ == "VERB" and lemma in _MOVE_VERBS:
            fact = _moved(token, sentence, doc)
        elif token.lower_ in _FORMERLY and token.dep_ == "advmod":
            fact = _formerly(token, sentence, doc)
        if fact is not None:
            yield fact


def _founded(verb: Token, sentence: Sentence, doc: ArticleDoc) -> list[FoundingFact]:
    """ "X was founded in 2001", "founded X and Y in 2010", "an organisation established in
    2001" said of the sentence's subject."""
    if _negated(verb) or verb.tag_ not in ("VBN", "VBD"):
        return []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_.lower() == "form" and not passive and verb.dep_ != "acl":
        return []  # "they formed a view": only "was formed in ..." is a founding
    thing_token = _thing_token(verb)
    year = _year(verb, sentence)
    if thing_token is None or year is None:
        return []
    facts = []
    for part in (thing_token, *thing_token.conjuncts):
        thing = _thing(part, sentence, doc)
        if thing is not None:
            name, text, kind = thing
            where = _place(verb, sentence)
            origin_ = (sentence.evidence, sentence.index, sentence.from_caption)
            facts.append(FoundingFact(*origin_, name, text, kind, FOUNDED, year, where))
    return facts


def _set_up(verb: Token) -> bool:
    return verb.lemma_.lower() == "set" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    )


def _seat_of_a_body(verb: Token, sentence: Sentence) -> FoundingFact | None:
    """ "An India-Central Asia Secretariat in New Delhi would be set up", "the X Hub was
    established in Tashkent": a body the passive's subject names (with a name of its own, not
    "a new office"), in a city the data knows; none dated (a founding's year is asked instead),
    negated or hedged."""
    if _negated(verb) or _year(verb, sentence) is not None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(a.dep_ == "auxpass" for a in auxes):
        return None
    if any(a.lower_ in _HEDGES for a in auxes) or verb.dep_ in ("xcomp", "ccomp", "advcl"):
        return None  # "might be set up", "is expected to be set up"
    place_prep, city = _city_in(verb, sentence) or _city_in(subject, sentence) or (None, None)
    if city is None or place_prep is None:
        return None
    body = _body_phrase(subject, place_prep)
    if body is None:
        return None
    particle = [c.text for c in verb.children if c.dep_ == "prt"]
    rest = [a.text for a in auxes[1:]] + [verb.text, *particle]
    return FoundingFact(sentence.evidence, sentence.index, sentence.from_caption,
                        body, body, BODY, SET_UP, None, city.text,
                        verb_words=(auxes[0].lower_, " ".join(rest)))  # fmt: skip


_HEDGES = frozenset({"may", "might", "could", "can"})
MAX_BODY_WORDS = 10


def _city_in(head: Token, sentence: Sentence) -> tuple[Token, Entity] | None:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                entity = sentence.entity_at(obj.i) if obj.dep_ == "pobj" else None
                if entity is not None and entity.kind == CITY:
                    return prep, entity
    return None


def _body_phrase(subject: Token, place_prep: Token) -> str | None:
    """The body as written, without where it is ("in New Delhi") nor a clause; only a body
    with a name ("an India-Central Asia Secretariat", not "a secretariat" nor "it")."""
    cut = {t.i for t in place_prep.subtree}
    cut |= {t.i for c in subject.children if c.dep_ in ("relcl", "acl", "appos")
            for t in c.subtree}  # fmt: skip
    words = [t for t in subject.subtree if t.i not in cut and not (t.is_punct and t.text != "-")]
    if not words or len(words) > MAX_BODY_WORDS or subject.pos_ == "PRON":
        return None
    if any(b.i + 1 != a.i for b, a in pairwise(words)):
        return None
    if not any(t.pos_ == "PROPN" for t in words if t.i != subject.i):
        return None  # "the secretariat", "a new office": which body is not said
    text = subject.doc[words[0].i : words[-1].i + 1].text
    return text[:1].lower() + text[1:] if words[0].pos_ == "DET" else text


def _renamed(verb: Token, sentence: Sentence, doc: ArticleDoc) -> FoundingFact | None:
    """ "X was renamed Y in 2021" / "they renamed X Y" / "X, renamed Y in 2019"."""
    if _negated(verb):
        return None
    new_token = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")), None)
    if new_token is None:
        as_to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "to")),
                     None)  # fmt: skip
        new_token = next((c for c in as_to.children if c.dep_ == "pobj"), None) if as_to else None
    old_token = _thing_token(verb)
    if new_token is None or old_token is None:
        return None
    old_entity = sentence.entity_at(old_token.i)
    new_entity = sentence.entity_at(new_token.i)
    if old_entity is None or new_entity is None or old_entity.text == new_entity.text:
        return None
    if old_entity.kind not in _THING_KINDS or new_entity.kind not in (*_THING_KINDS, "place"):
        return None
    thing = new_entity.name if new_entity.known else old_entity.name
    return FoundingFact(
        sentence.evidence, sentence.index, sentence.from_caption, thing,
        _named(new_entity, sentence),
        new_entity.kind if new_entity.known else old_entity.kind, RENAMED, _year(verb, sentence),
        None, old_entity.text, new_entity.text,
    )  # fmt: skip


def _moved(verb: Token, sentence: Sentence, doc: ArticleDoc) -> FoundingFact | None:
    """ "The capital was moved from Almaty to Astana in 1997"."""
    if _negated(verb):
        return None
    thing_token = _thing_token(verb)
    if thing_token is None or thing_token.lemma_.lower() not in _CAPITAL_NOUNS:
        return None
    places: dict[str, Entity] = {}
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "to"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            entity = sentence.entity_at(pobj.i) if pobj is not None else None
            if entity is not None and entity.kind in (CITY, "place"):
                places[prep.lower_] = entity
    if "from" not in places or "to" not in places:
        return None
    country = _capital_of(thing_token, places["to"], sentence, doc)
    if country is None:
        return None
    return FoundingFact(
        sentence.evidence, sentence.index, sentence.from_caption, country, f"{country}'s capital",
        "capital", MOVED, _year(verb, sentence), None, places["from"].text, places["to"].text,
    )  # fmt: skip


def _formerly(adverb: Token, sentence: Sentence, doc: ArticleDoc) -> FoundingFact | None:
    """ "Astana, formerly Nur-Sultan, ..." / "Astana (previously known as Akmola)"."""
    head = adverb.head
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > adverb.i), None)
    if head.dep_ == "appos":
        old_token, new_token = head, head.head
    elif appos is not None and head.pos_ == "PROPN":  # "Astana, formerly Nur-Sultan"
        old_token, new_token = appos, head
    elif head.pos_ == "VERB" and head.lemma_.lower() in ("know", "call") and head.dep_ != "acl":
        # "X, formerly called Y, is ..." parsed as a clause of its own
        called = next((c for c in head.children if c.dep_ in ("dobj", "oprd")), None)
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if called is None or subject is None:
            return None
        old_token, new_token = called, subject
    elif head.pos_ == "VERB" and head.lemma_.lower() in ("know", "call") and head.dep_ == "acl":
        prep = next((c for c in head.children if c.dep_ in ("prep", "oprd")), None)
        pobj: Token | None
        if prep is not None and prep.dep_ == "oprd":
            pobj = prep
        else:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if pobj is None:
            return None
        old_token, new_token = pobj, head.head
    else:
        return None
    old_entity = sentence.entity_at(old_token.i)
    new_entity = sentence.entity_at(new_token.i)
    if old_entity is None or new_entity is None or old_entity.text == new_entity.text:
        return None
    if new_entity.kind not in _THING_KINDS:
        return None
    if old_entity.kind not in (*_THING_KINDS, "place"):
        return None
    return FoundingFact(sentence.evidence, sentence.index, sentence.from_caption,
                        new_entity.name, _named(new_entity, sentence), new_entity.kind, RENAMED,
                        None, None,
                        old_entity.text, new_entity.text)  # fmt: skip


def _thing_token(verb: Token) -> Token | None:
    """What was founded: the passive subject, the object, or the noun a participle describes
    ("the SCO, founded in 2001"; "Founded in 2001, the SCO ...")."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    has_subject = any(c.dep_ == "nsubj" for c in verb.children)
    joined = verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.head.children)
    if has_subject or joined:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.dep_ == "acl":
        noun = verb.head
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":  # "X is an organisation founded in"
            return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return noun
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


_LEGAL_FORMS = frozenset({"LLC", "JSC", "OJSC", "CJSC", "LTD", "PLC", "INC", "LLP", "AG", "GMBH"})


def _thing(token: Token, sentence: Sentence, doc: ArticleDoc) -> tuple[str, str, str] | None:
    entity = sentence.entity_at(token.i)
    if entity is None:  # "the Shanghai Five group", "the EEU's predecessor, the EurAsEC"
        named = [c for c in token.children if c.dep_ in ("compound", "appos")]
        entity = next((e for c in named if (e := sentence.entity_at(c.i)) is not None
                       and not (c.dep_ == "compound" and (e.country or e.kind in _PLACES))),
                      None)  # fmt: skip
        # ("a US agency founded in 1983": the agency's country, not what was founded; "the
        # Tashkent office", "the Minsk Group": not the city)
    if entity is not None:
        if entity.kind not in _THING_KINDS or _A_NAME_S_ARTICLE.match(entity.text):
            return None  # "created an Intergovernmental Commission": which, it does not say
        if entity.text.strip("“”\"' ").upper() in _LEGAL_FORMS:
            return None  # "“Tajik-Chinese Mining Company” LLC": the model kept only "LLC"
        return _thing_name(entity, doc), _named(entity, sentence), entity.kind
    if token.lemma_.lower() in _ORG_NOUNS and any(c.lower_ in ("the", "this") for c in
                                                  token.children):  # fmt: skip
        found = _recent_org(token, sentence, doc)
        if found is not None:
            org, where = found
            return _thing_name(org, doc), _named(org, where), ORG
    return None


_A_NAME_S_ARTICLE = re.compile(r"^an?\s", re.IGNORECASE)


def _named(entity: Entity, sentence: Sentence) -> str:
    """How a question names a thing, as the article does: "the SCO", "NATO", "Astana"."""
    if entity.kind != ORG:
        return entity.text
    before = sentence.span.doc[entity.first_token - 1] if entity.first_token > 0 else None
    if (before is not None and before.lower_ == "the") or len(entity.text.split()) > 1:
        return f"the {entity.text}"
    return entity.text


def _thing_name(entity: Entity, doc: ArticleDoc) -> str:
    """The canonical name, unless the article uses a former name: the Shanghai Five is not
    the organisation it became, and its founding is not that organisation's founding."""
    org = doc.knowledge.organisation(entity.name) if entity.kind == ORG else None
    if org is not None and entity.text in org.former_names:
        return entity.text
    return entity.name


def _recent_org(
    token: Token, sentence: Sentence, doc: ArticleDoc
) -> tuple[Entity, Sentence] | None:
    """The one organisation named in this sentence (before the noun) or the few before."""
    start = max(0, sentence.index - LOOK_BACK)
    found: dict[str, tuple[Entity, Sentence]] = {}
    for earlier in doc.sentences[start : sentence.index + 1]:
        for entity in earlier.entities:
            if entity.kind == ORG and (earlier is not sentence or entity.last_token < token.i):
                found.setdefault(entity.name, (entity, earlier))
    return next(iter(found.values())) if len(found) == 1 else None


def _year(verb: Token, sentence: Sentence) -> int | None:
    """The year of a date said of the verb (or of the verb it is joined to: "In 2010 they
    met and founded ...")."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for child in (c for head in heads for c in head.children):
        candidates = [child] if child.dep_ in ("npadvmod", "tmod") else []
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during"):
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        for candidate in candidates:
            entity = sentence.entity_at(candidate.i)
            if entity is not None and entity.kind == "date":
                match = _YEAR.search(entity.text)
                if match and len(entity.text) <= 25:
                    return int(match.group())
    return None


def _place(verb: Token, sentence: Sentence) -> str | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            entity = sentence.entity_at(pobj.i) if pobj is not None else None
            if entity is not None and entity.kind in (CITY, COUNTRY, "place"):
                return entity.text
    return None


def _capital_of(token: Token, new_seat: Entity, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The country whose capital moved: its name before "capital", else the new seat's
    country from the knowledge data."""
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod"):
            entity = sentence.entity_at(child.i)
            if entity is not None and entity.country:
                return entity.country
    city = doc.knowledge.cities.get(new_seat.name)
    return city.country if city is not None and city.is_capital else None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


# --- questions -----------------------------------------------------------------------------


def questions(fact: FoundingFact, ask: Ask) -> Iterator[Candidate | None]:
    source = origin(fact)
    topic = _topic(fact)
    explanation = _explanation(fact)
    if fact.event == FOUNDED and fact.year is not None:
        prompt = f"According to the article, in which year was {fact.thing_text} {_verb(fact)}?"
        yield numeric(
            origin=source, prompt=prompt, value=fact.year, unit=None, explanation=explanation,
            topic=topic, tolerance=0, difficulty=2, score=0.75, answer_text=str(fact.year),
        )  # fmt: skip
        other_years = {f.year for f in ask.facts_of(FoundingFact)
                       if f.thing == fact.thing and f.event == FOUNDED and f.year}  # fmt: skip
        yield single_choice(
            origin=source, prompt=prompt, answer=str(fact.year),
            wrong=[str(y) for y in distractors.wrong_years(fact.year, avoid=other_years,
                                                       latest=ask.doc.latest_year)],
            explanation=explanation, topic=topic, difficulty=1, score=0.65,
        )  # fmt: skip
    if fact.event == RENAMED and fact.old_name and fact.new_name:
        yield from _former_name(fact, ask, source, topic, explanation)
    if fact.event == SET_UP and fact.place and len(fact.verb_words) == 2:
        yield _seat(fact, ask, source, topic, explanation)
    if fact.event == MOVED and fact.old_name and fact.new_name:
        when = f" in {fact.year}" if fact.year else ""
        cities = _wrong_cities(ask.doc, fact.new_name, {fact.new_name})
        wrong = [fact.old_name, *[c for c in cities if c != fact.old_name]]
        yield single_choice(
            origin=source,
            prompt=f"According to the article, to which city was {fact.thing_text} moved{when}?",
            answer=fact.new_name, wrong=wrong, explanation=explanation, topic=topic,
            difficulty=2, score=0.7,
        )  # fmt: skip
        if fact.year is not None:
            yield numeric(
                origin=source,
                prompt=f"According to the article, in which year was {fact.thing_text} moved "
                f"from {fact.old_name} to {fact.new_name}?",
                value=fact.year, unit=None, explanation=explanation, topic=TOPIC_EVENTS,
                tolerance=0, difficulty=3, score=0.65, answer_text=str(fact.year),
            )  # fmt: skip


def _seat(
    fact: FoundingFact, ask: Ask, source: Origin, topic: str, explanation: str
) -> Candidate | None:
    """ "In which city would an India-Central Asia Secretariat be set up?", never among
    cities the article gives another body."""
    assert fact.place is not None
    auxiliary, rest = fact.verb_words
    prompt = f"According to the article, in which city {auxiliary} {fact.thing_text} {rest}?"
    if fact.place.casefold() in prompt.casefold():
        return None
    seats = {f.place for f in ask.facts_of(FoundingFact) if f.event == SET_UP and f.place}
    return single_choice(
        origin=source, prompt=prompt, answer=fact.place,
        wrong=_wrong_cities(ask.doc, fact.place, seats), explanation=explanation, topic=topic,
        difficulty=2, score=0.7,
    )  # fmt: skip


def _former_name(
    fact: FoundingFact, ask: Ask, source: Origin, topic: str, explanation: str
) -> Iterator[Candidate | None]:
    assert fact.old_name is not None and fact.new_name is not None
    when = f" before {fact.year}" if fact.year else " before"
    called = "called" if fact.year else "formerly called"
    prompt = f"According to the article, what was {fact.thing_text} {called}"
    prompt += f"{when}?" if fact.year else "?"
    if fact.old_name.casefold() in prompt.casefold():
        return
    true_names = _all_names(fact, ask.doc)
    known = ask.doc.knowledge.organisation(fact.thing) or ask.doc.knowledge.cities.get(
        fact.thing) or ask.doc.knowledge.countries.get(fact.thing)  # fmt: skip
    wrong = _wrong_names(fact, ask.doc, true_names) if known else []
    if len(wrong) >= 2:
        yield single_choice(
            origin=source, prompt=prompt, answer=fact.old_name, wrong=wrong,
            explanation=explanation, topic=topic, difficulty=2, score=0.7,
        )  # fmt: skip
    else:
        yield short_answer(
            origin=source, prompt=prompt, accepted=[fact.old_name], explanation=explanation,
            topic=topic, difficulty=3, score=0.55,
        )  # fmt: skip
    if fact.year is not None:
        yield numeric(
            origin=source,
            prompt=f"According to the article, in which year did {fact.thing_text} get its "
            "present name?",
            value=fact.year, unit=None, explanation=explanation, topic=TOPIC_EVENTS, tolerance=0,
            difficulty=3, score=0.6, answer_text=str(fact.year),
        )  # fmt: skip


def _all_names(fact: FoundingFact, doc: ArticleDoc) -> set[str]:
    """Every name the thing really had or has, from the data and the article."""
    names = {fact.thing, fact.new_name or "", fact.old_name or ""}
    org = doc.knowledge.organisation(fact.thing)
    if org is not None:
        names |= {org.name, org.acronym, *org.aliases, *org.former_names}
    city = doc.knowledge.cities.get(fact.thing)
    if city is not None:
        names |= {city.name, *city.aliases, *city.former_names}
    country = doc.knowledge.countries.get(fact.thing)
    if country is not None:
        names |= {country.name, *country.aliases}
    return {n for n in names if n}


def _wrong_names(fact: FoundingFact, doc: ArticleDoc, true_names: set[str]) -> list[str]:
    if fact.thing_kind == ORG:
        found = distractors.wrong_organisations(doc, answer=fact.old_name or "",
                                                avoid=true_names, label="name")  # fmt: skip
    elif fact.thing_kind == CITY:
        found = _wrong_cities(doc, fact.thing, true_names)
    elif fact.thing_kind == COUNTRY:
        found = distractors.wrong_countries(doc, answer=fact.thing, avoid=true_names)
    else:
        found = []
    folded = {n.casefold() for n in true_names}
    return [n for n in found if n.casefold() not in folded]


def _wrong_cities(doc: ArticleDoc, answer: str, avoid: set[str]) -> list[str]:
    """Cities, the article's own first (also places the data does not know as cities)."""
    known = distractors.wrong_cities(doc, answer=answer, avoid=avoid, count=6)
    return [c for c in known if c != answer][:3]


def combined(facts: list[FoundingFact], ask: Ask) -> Iterator[Candidate | None]:
    """Three or more foundings in different years: put them in order."""
    dated: dict[str, FoundingFact] = {}
    for fact in facts:
        if fact.event == FOUNDED and fact.year is not None:
            dated.setdefault(fact.thing, fact)
    if len(dated) < 3:
        return
    chosen = sorted(dated.values(), key=lambda f: f.year or 0)[:5]
    if len({f.year for f in chosen}) != len(chosen):
        return
    first = chosen[0]
    names = [_capitalised(f.thing_text) for f in chosen]
    explanation = "The article dates the foundings: " + and_list(
        [f"{f.thing_text} in {f.year}" for f in chosen]
    ) + "."  # fmt: skip
    yield ordering(
        origin=origin(first),
        prompt="According to the article, put these in the order they were founded, "
        "earliest first.",
        in_order=names,
        explanation=explanation,
        topic=TOPIC_ORGANISATIONS if all(f.thing_kind == ORG for f in chosen) else TOPIC_EVENTS,
        difficulty=3,
        score=0.65,
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _verb(fact: FoundingFact) -> str:
    """The article's own word for a founding ("established", "created"), else "founded"."""
    if fact.event != FOUNDED:
        return fact.event
    words = set(fact.evidence.quote.lower().split())
    return next((w for w in _FOUNDING_WORDS if w in words), "founded")


_FOUNDING_WORDS = ("founded", "established", "created", "formed", "launched")


def _topic(fact: FoundingFact) -> str:
    if fact.thing_kind == ORG:
        return TOPIC_ORGANISATIONS
    if fact.thing_kind in (CITY, "capital") or fact.event == SET_UP:
        return TOPIC_PLACES
    return TOPIC_EVENTS


def _explanation(fact: FoundingFact) -> str:
    thing = _capitalised(fact.thing_text)
    if fact.event == FOUNDED:
        where = f" in {fact.place}" if fact.place else ""
        return f"{thing} was founded{where} in {fact.year}, as the article says."
    if fact.event == SET_UP:
        return f"The article says {fact.thing_text} {' '.join(fact.verb_words)} in {fact.place}."
    if fact.event == MOVED:
        when = f" in {fact.year}" if fact.year else ""
        return f"The article says {fact.thing_text} moved from {fact.old_name} to " \
            f"{fact.new_name}{when}."  # fmt: skip
    if fact.year:
        return f"The article says {fact.thing_text} was called {fact.old_name} until " \
            f"{fact.year}."  # fmt: skip
    return f"The article says {fact.thing_text} was formerly called {fact.old_name}."
