"""Any sentence that states something checkable, asked generically, so recall does not depend on
the patterns knowing a phrasing.

The fact is one key entity (a country, city, organisation, person, year or figure) in an
important, self-contained sentence. Questions: a gap-fill (cloze) with wrong options of the key's
kind written the way the key is written (a demonym for a demonym, an acronym for an acronym), a
wh-question when the key is the sentence's subject ("Who received ...?"), and true/false with the
key swapped for a same-kind one. Keys inside lists ("China, Russia and India") are never asked:
another item of the list could be just as true.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, cast

from quizzes.generate import distractors
from quizzes.generate.ask import (
    TOPIC_EVENTS,
    TOPIC_GEOGRAPHY,
    TOPIC_LEADERS,
    TOPIC_ORGANISATIONS,
    TOPIC_POLICY,
    Ask,
    origin,
)
from quizzes.generate.document import (
    NAMEABLE_THINGS,
    PLACE_WORDS,
    ArticleDoc,
    Entity,
    Sentence,
    name_start,
    name_word_token,
    thing_noun,
)
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import (
    CITY,
    COUNTRY,
    DEMONYM,
    ORG,
    PERSON,
    country_as_written,
    people_plural,
    takes_the,
)
from quizzes.generate.nlp import english_words
from quizzes.generate.patterns._clause import asked_of, has_tense
from quizzes.generate.questions import Candidate, cloze_prompt, short_answer, single_choice
from quizzes.generate.questions import true_false as true_false_question
from quizzes.generate.referents import TITLE_WORDS, Stem, clause_stems, standalone_text
from quizzes.generate.slips import misspelt_country
from quizzes.generate.whole_words import whole_words

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Token

KIND = "statement"
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
LONG_QUOTATION = 8  # words
_ANY_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^‘]*?’(?![A-Za-z])")
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|stated|added|noted|according|claimed|claims|called|urged|"
    r"urging|described|warned|insisted|argued|stressed|emphasi[sz]ed)\b"
)
_SPEAKING = re.compile(
    _REPORTED.pattern + r"|\b(?:pointed out|highlighted|explained|commented|announced|believes?)\b"
)
_FEATURES = frozenset({"Ocean", "Sea", "Gulf", "Empire", "Plateau", "Mountains", "Steppe",
                       "Basin", "River", "Lake", "Peninsula", "Highlands",
                       # a document or a process named after a city: "the Paris Agreement"
                       "Agreement", "Accord", "Accords", "Declaration", "Treaty", "Protocol",
                       "Charter", "Convention", "Process", "Format",
                       # a building or a body named after a person or a city: "the Heydar Aliyev
                       # Centre", "the Nursultan Nazarbayev International Airport"
                       "International", "Airport", "Centre", "Center", "University", "Stadium",
                       "Avenue", "Street", "Square", "Palace", "Museum", "Foundation", "Prize",
                       "Award", "City"})  # fmt: skip
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_RELATIVE = re.compile(r"\b(?:ago|last|next|this)\b", re.IGNORECASE)
# A town or province the data does not know ("Buston", "Herat"); not a region or a natural
# feature (labelled LOC: "Central Asia", "the Aral Sea").
PLACE = "place"
_PLACE_LABELS = frozenset({"GPE"})  # a venue ("the Orbeliani Palace") is seldom the point
KEY_KINDS = (COUNTRY, DEMONYM, CITY, ORG, PERSON, "date", PLACE)
# A named thing: the name of a project, place or document before the word for its kind ("the
# Qosh Tepa Canal", "the Tengiz field", "a Strategic Partnership Agreement"), the key a teacher
# blanks first; the word for its kind stays in the stem and says what is asked.
THING = "thing"
MIN_LIKE_THINGS = 3  # other named things of the kind the article names, to be offered as options
# A sentence's other questions first: the named thing is asked where nothing else in it is.
NAMED_THING_SCORE = 0.0
MIN_WORDS, MAX_WORDS = 8, 55
LONGEST_SENTENCE = 90  # words; a longer one is asked only if an aside can be left out
MIN_IMPORTANCE = 0.3
KEYS_PER_CLAUSE = 2
MIN_COMPATRIOTS = 3
_AUXILIARY_ALSO = re.compile(r"^((?:has|have|had|is|was|were|will|would|can|could)) also\b")
# "… is to meet Raisi as well": as well as whom? Said of the subject, it points to another.
_ALSO_AT_THE_END = re.compile(r",? (?:as well|too|also)$")
WH = {PERSON: "Who", COUNTRY: "Which country", ORG: "Which organisation", CITY: "Which city"}
_TOPIC = {PERSON: TOPIC_LEADERS, COUNTRY: TOPIC_POLICY, DEMONYM: TOPIC_POLICY,
          ORG: TOPIC_ORGANISATIONS, CITY: TOPIC_GEOGRAPHY, "date": TOPIC_EVENTS,
          THING: TOPIC_POLICY, PLACE: TOPIC_GEOGRAPHY}  # fmt: skip
# Dates and named things a student should learn first; the article's main country last.
_KIND_PRIORITY = {THING: 0, "date": 0, ORG: 1, PERSON: 2, CITY: 3, COUNTRY: 4, DEMONYM: 5, PLACE: 6}


@dataclass(frozen=True)
class StatementFact(Fact):
    key_entity: Entity  # offsets into `stem`
    is_subject: bool  # the whole subject opening the sentence: "who" can stand for it
    stem: str  # the sentence, with a leading pronoun replaced by what it stands for
    in_list: bool = False  # the last item of a complete list; the others stay in the stem

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.sentence, self.key_entity.name, self.key_entity.start)

    def describe(self) -> str:
        return f"{self.key_entity.text} in: {self.evidence.quote}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[StatementFact]:
    words = len(sentence.text.split())
    if not MIN_WORDS <= words <= LONGEST_SENTENCE or sentence.importance < MIN_IMPORTANCE:
        return
    if (
        sentence.text.endswith(("?", ":"))
        or sentence.text[:1] in "“\"‘'…"
        or (sentence.text.startswith("..."))
    ):
        return  # a question, a lead-in to a list, a quotation or a fragment
    if sentence.text.count("“") != sentence.text.count("”"):
        return  # a piece of a quotation cut by the sentence splitter
    reported = _REPORTED.search(_QUOTATION.sub(" ", sentence.text))
    if reported and any(len(q.group().split()) >= LONG_QUOTATION
                        for q in _QUOTATION.finditer(sentence.text)):  # fmt: skip
        return  # reported speech: "who said ...?" asks for a speaker, not a fact
    standalone = standalone_text(sentence, doc)
    if standalone is None:
        return
    subject = doc.subject_forms
    parts = clause_stems(sentence, standalone)
    # A name said twice would leave the answer in the stem, unless the sentence is split at a
    # clause of its own and each part says it once (checked on the part's stem below).
    keys = [
        e
        for e in sentence.entities
        if _askable(e, sentence)
        and e.text.casefold() not in subject
        and (len(parts) > 1 or sentence.text.count(e.text) == 1)
    ]
    listed = _last_items_of_lists(sentence, subject)
    keys += listed
    keys += [t for t in named_things(sentence) if t.text.casefold() not in subject]
    keys.sort(key=lambda e: (_KIND_PRIORITY.get(e.kind, 9), e.start))
    asked: dict[int, int] = {}  # keys per part of the sentence
    for entity in keys:
        token = sentence.span.doc[entity.last_token]
        start, part = next((at, part) for at, part in reversed(parts) if entity.start >= at)
        if asked.get(start, 0) == KEYS_PER_CLAUSE and entity.kind != THING:
            continue
        if _a_wh_fragment(sentence, start):
            continue  # "… and what the U.S. has perceived as …": no statement of its own
        placed = part.place(entity.start, entity.end)
        if placed is None:
            continue  # the words a replacement or a dropped connective stood for
        root = sentence.span.root
        verb = part.place(root.idx - sentence.span.start_char, root.idx - sentence.span.start_char)
        after = max(placed[1], verb[0] if verb else len(part.text))
        stem = _without_trailing_aside(part, sentence, after=after)
        if len(stem.split()) > MAX_WORDS:
            continue
        moved = replace(entity, start=placed[0], end=placed[1])
        if stem[moved.start : moved.end] != moved.text or stem.count(moved.text) != 1:
            continue
        if _named_another_way(moved, stem, doc):
            continue  # "ties with Russia and an ethnic _____ minority"
        if re.match(r"[-‑][A-Z]", stem[moved.end : moved.end + 2]) or re.search(
            r"[A-Z]\w*[-‑]$", stem[: moved.start]
        ):
            continue  # "the Termez-Kokand road": a piece of a longer name
        if re.match(r"[-‑]\w", stem[moved.end : moved.end + 2]) and moved.label == "PERSON":
            continue  # "President Moon Jae-in": the parse cut the name at its hyphen
        if _half_of_a_pair(moved, stem, doc) or _in_a_byword(moved, stem):
            continue  # "_____-Azerbaijani talks", "Russia's invasion of _____": nothing to learn
        if any(q.start() < moved.start < q.end() for q in _ANY_QUOTATION.finditer(stem)):
            continue  # "chanting ‘_____ slaves’": someone's words, not a fact to recall
        if stem[: moved.start].rstrip().endswith("("):
            continue  # "the Organization for Security and Cooperation in Europe (_____)"
        if re.match(r"\s*\([A-Z][A-Z+\d]{1,7}\)", stem[moved.end :]):
            continue  # "the Russian-led _____ (CSTO)": the acronym spells the answer
        wh = _is_subject(token, sentence) and part.only_trimmed and start == 0
        wh = wh and _whole_subject(entity, token)
        # A named thing leaves the clause's other keys to be asked: its question may not pass.
        asked[start] = asked.get(start, 0) + (entity.kind != THING)
        in_list = entity in listed
        yield StatementFact(sentence.evidence, sentence.index, sentence.from_caption, moved,
                            wh and not in_list, stem, in_list)  # fmt: skip


def _a_wh_fragment(sentence: Sentence, start: int) -> bool:
    """The part of the sentence from `start` is a clause opening with "what" or "which" that
    is no one's subject: it has no main clause ("What began as a protest became ..." has)."""
    at = sentence.span.start_char + start
    first = next((t for t in sentence.span if t.idx == at), None)
    return (
        first is not None
        and first.tag_ in ("WP", "WDT")
        and first.head.dep_ not in ("csubj", "csubjpass")
    )


def _stands_for_a_government(entity: Entity, doc: ArticleDoc) -> bool:
    """ "Baku accused Tehran …": a capital as the subject speaks for its government; "which
    city accused Tehran?" reads as a riddle about a city (the gap-fill stays)."""
    city = doc.knowledge.cities.get(entity.name) if entity.kind == CITY else None
    return city is not None and city.is_capital


def _a_venue(entity: Entity, sentence: Sentence) -> bool:
    """ "The summit took place in Minsk": a capital where something happens is a place, not
    its government, so the story's other capitals are good wrong options."""
    token = sentence.span.doc[entity.last_token]
    return token.dep_ == "pobj" and token.head.lower_ in _VENUE_PREPOSITIONS


_VENUE_PREPOSITIONS = frozenset({"in", "at"})


def _half_of_a_pair(entity: Entity, stem: str, doc: ArticleDoc) -> bool:
    """ "Armenian-Azerbaijani", "Turkmen-Uzbek": the key hyphenated to another people or
    country (the stem's other half and the story name the pair)."""
    if entity.kind not in (COUNTRY, DEMONYM):
        return False
    after = re.match(r"[-–]([A-Z][\w]+)", stem[entity.end :])
    before = re.search(r"([A-Z][\w]+)[-–]$", stem[: entity.start])
    pair = after or before
    other = pair.group(1) if pair else ""
    return bool(other) and any(other in c.forms for c in doc.knowledge.countries.values())


def _in_a_byword(entity: Entity, stem: str) -> bool:
    """ "Russia's invasion of _____", "_____'s invasion of Ukraine": a phrase everyone knows."""
    return bool(_BYWORD_BEFORE.search(stem[: entity.start]) or
                _BYWORD_AFTER.match(stem[entity.end :]))  # fmt: skip


_OWN_LEADER = re.compile(
    r"[’']s\s+(?:(?:[a-z]+\s+)?(?:[Pp]resident|[Pp]rime [Mm]inister|"
    r"[Ll]eader)\s+)?[A-Z][a-z]+\s+[A-Z]"
)
_BYWORD_BEFORE = re.compile(r"\b(?:invasion|fall|collapse|break-?up) of (?:the )?$|\bwar in $")
_BYWORD_AFTER = re.compile(r"[’']s (?:full-scale )?(?:invasion|war) (?:of|in|on|against)\b")


def _without_trailing_aside(part: Stem, sentence: Sentence, *, after: int) -> str:
    """The stem without an aside that trails the key and the main verb (", where ...", ",
    which ...", ", marking ..."): it adds nothing to what is asked and makes the stem long. The
    evidence keeps it. An aside the sentence goes on after ("a volume that Azerbaijan, which
    supplies 13 bcm, cannot meet alone") is no trailing one."""
    text = part.text
    aside = _TRAILING_ASIDE.search(text, after)
    if aside is None or _sentence_goes_on_after(aside, part, sentence):
        return text
    kept = text[: aside.start()].rstrip() + "."
    if len(kept.split()) < MIN_WORDS or len(text[aside.end() :].split()) < MIN_ASIDE_WORDS:
        return text
    return kept


def _sentence_goes_on_after(aside: re.Match[str], part: Stem, sentence: Sentence) -> bool:
    """The relative clause the aside opens (", which …") ends before the sentence does."""
    span = sentence.span
    if aside.group().split()[-1].lower() not in ("which", "who", "where"):
        return False
    word_at = aside.end() - len(aside.group().split()[-1])
    for token in span:
        offset = token.idx - span.start_char
        if part.place(offset, offset + len(token.text)) != (word_at, aside.end()):
            continue
        clause = token.head if token.dep_ in ("nsubj", "nsubjpass", "advmod", "dobj") else token
        last = max(t.i for t in clause.subtree)
        return any(not t.is_punct for t in span.doc[last + 1 : span.end])
    return False


_TRAILING_ASIDE = re.compile(
    r",\s+(?:where|which|who|while|including|during|marking|following|with|although|though)\b"
)
MIN_ASIDE_WORDS = 4


def _part_of_a_name(following: Token | None) -> bool:
    """A people word before a capitalised word other than a title: the first word of a name
    ("Georgian Dream", "Georgian Technical University"), not a people's own."""
    return (
        following is not None
        and following.text[:1].isupper()
        and following.lemma_.lower() not in TITLE_WORDS | _A_PEOPLES_BODIES
        and following.ent_type_ != "PERSON"
    )


# "the Kazakh Government", "the Kazakhstani Ground Force": a people's own body, not a name's word
_A_PEOPLES_BODIES = frozenset({"government", "parliament", "cabinet", "senate", "ministry",
                               "army", "embassy", "embassies", "navy", "armed", "air", "ground",
                               "foreign", "defence", "defense", "interior", "border",
                               "authorities"})  # fmt: skip


def _before_a_titled_name(token: Token, sentence: Sentence) -> bool:
    """ "French President Emmanuel Macron", "Armenian businessman Samvel Karapetyan", "a Russian
    author – Larisa Burakova": a people word, a title or a trade, then a person's name."""
    doc = sentence.span.doc
    index = token.i + 1
    while (
        index < sentence.span.end
        and index <= token.i + _MAX_WORDS_BEFORE_A_NAME
        and (doc[index].pos_ in ("PROPN", "NOUN", "ADJ") or doc[index].text in ("–", "—"))
    ):
        entity = sentence.entity_at(index)
        if entity is not None and entity.kind == PERSON:
            return index > token.i + 1
        index += 1
    return False


_MAX_WORDS_BEFORE_A_NAME = 4  # "foreign ministry spokeswoman –"


def _named_another_way(entity: Entity, stem: str, doc: ArticleDoc) -> bool:
    """The stem names the key's country in another form: its name beside a demonym key, a
    demonym beside a country key, its capital ("the Kazakh capital Astana"); or it names the
    country of a city key where the options cannot be other cities of that country ("U.S.
    President ... diversify _____'s supply": Washington; "the Kazakh capital _____")."""
    knowledge = doc.knowledge
    if entity.kind == CITY:
        if _PLACED_WITHIN.match(stem[entity.end :]):
            return True  # "_____, northwest China's Xinjiang region": only its cities would do
        if _leader_of_its_country_named(entity, stem, doc):
            return True  # "Putin told Tokayev that relations between Moscow and _____ ..."
        if not _city_country_named(entity, stem, doc):
            return False
        # A capital stands for its government ("one of Moscow's bases"): its own country's
        # other cities would be no answer at all.
        is_capital = knowledge.cities[entity.name].is_capital
        return is_capital or len(_same_country_cities(entity, doc, set(), as_port=False)) < 3
    if entity.kind == PERSON:
        # "accused Russia of calling on the Armenian population ...": the Armenian among them
        return _person_country_named(entity, stem, doc) and len(_compatriots(entity, doc)) < 3
    country = knowledge.countries.get(entity.name) if entity.kind in (COUNTRY, DEMONYM) else None
    if country is None:
        return False
    forms = _country_forms(country.name, doc)
    capital = knowledge.cities.get(country.capital or "")
    if capital is not None:
        forms |= {capital.name, *capital.aliases}
    # Its leader ("Sadyr Japarov ... other _____ leaders") or its own initiative ("_____'s Belt
    # and Road Initiative") says which country just as well.
    forms |= {form for leader in knowledge.leaders.values() if leader.country == country.name
              for form in (leader.name, *leader.aliases)}  # fmt: skip
    forms |= {form for org in knowledge.organisations.values() if org.led_by == country.name
              for form in (org.name, org.acronym, *org.aliases)}  # fmt: skip
    return _names_any(_without_key(entity, stem), forms - {entity.text})


_PLACED_WITHIN = re.compile(
    r",\s+(?:in\s+)?(?:the\s+)?(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\b",
    re.IGNORECASE,
)


def _leader_of_its_country_named(entity: Entity, stem: str, doc: ArticleDoc) -> bool:
    """A capital key whose country's leader the stem names (by a name the data knows)."""
    city = doc.knowledge.cities.get(entity.name)
    if city is None or not city.is_capital:
        return False
    names = {form for leader in doc.knowledge.leaders.values() if leader.country == city.country
             for form in (leader.name, *leader.aliases)}  # fmt: skip
    return _names_any(_without_key(entity, stem), names)


def _city_country_named(entity: Entity, stem: str, doc: ArticleDoc) -> bool:
    """ "Turkey's _____", "_____, Kyrgyzstan", "Shymkent … after _____": the stem says which
    country the city is in, or names another city of it."""
    city = doc.knowledge.cities.get(entity.name) if entity.kind == CITY else None
    if city is None:
        return False
    forms = _country_forms(city.country, doc)
    forms |= {other.name for other in doc.knowledge.cities.values()
              if other.country == city.country and other.name != city.name}  # fmt: skip
    return _names_any(_without_key(entity, stem), forms)


def _person_country_named(entity: Entity, stem: str, doc: ArticleDoc) -> bool:
    leader = doc.knowledge.leaders.get(entity.name) if entity.kind == PERSON else None
    if leader is None or not leader.country:
        return False
    forms = _country_forms(leader.country, doc)
    # "_____ called Tashkent Moscow's ally", "… the emergence of the Turkistan region": a city of
    # the country says whose
    for city in doc.knowledge.cities.values():
        if city.country == leader.country:
            forms |= {city.name, *city.aliases}
    return _names_any(_without_key(entity, stem), forms)


def _compatriots(entity: Entity, doc: ArticleDoc) -> list[str]:
    """Other people the data knows from the key person's country, surname first if the key is
    a surname."""
    knowledge = doc.knowledge
    country = knowledge.leaders[entity.name].country
    names = [name for name in knowledge.leaders_of(country) if name != entity.name]
    if len(entity.text.split()) == 1:
        names = [knowledge.short_name(name) for name in names]
    own_names = set(entity.name.split())  # "Emomali" is Rahmon's first name, not another man
    return [name for name in dict.fromkeys(names) if name not in own_names]


def _same_country_cities(
    entity: Entity, doc: ArticleDoc, avoid: set[str], *, as_port: bool
) -> list[str]:
    """Other cities the data knows in the key city's country, most plausible first; ports
    where the sentence speaks of ports ("Izmir", "Samsun" for Istanbul among "other ports")."""
    cities = doc.knowledge.cities
    country = cities[entity.name].country
    ranked = distractors.wrong_cities(doc, answer=entity.name, avoid=avoid, count=len(cities),
                                      as_port=as_port)  # fmt: skip
    return [name for name in ranked if cities[name].country == country]


def _country_forms(name: str, doc: ArticleDoc) -> set[str]:
    country = doc.knowledge.countries.get(name)
    return set(country.forms) if country else {name}


def _without_key(entity: Entity, stem: str) -> str:
    return stem[: entity.start] + " " + stem[entity.end :]


def _names_any(text: str, forms: set[str]) -> bool:
    return any(whole_words(form).search(text) for form in forms)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")  # fmt: skip
_DAY_MONTH_YEAR = re.compile(
    rf"(?i)\b(?:(\d{{1,2}}) ({'|'.join(_MONTHS)})|({'|'.join(_MONTHS)}) (\d{{1,2}}),?) (\d{{4}})\b"
)


def _impossible_date(text: str) -> bool:
    """A day the calendar does not have: "February 29, 2014", "31 April 2020"."""
    found = _DAY_MONTH_YEAR.search(text)
    if found is None:
        return False
    day = int(found[1] or found[4])
    month = _MONTHS.index((found[2] or found[3]).lower()) + 1
    try:
        datetime.date(int(found[5]), month, day)
    except ValueError:
        return True
    return False


# Words of going or sending somewhere: what follows their "to" or "from" is a place.
_ROUTE_WORDS = frozenset({"route", "corridor", "transport", "export", "exports", "import",
                          "imports", "shipment", "shipments", "cargo", "freight", "train", "trains",
                          "flight", "flights", "link", "connect", "ship", "send", "travel",
                          "deliver", "delivery", "deliveries", "supply", "supplies", "goods",
                          "trade", "pipeline", "road", "railway", "gateway"})  # fmt: skip


def _a_destination(name: Token) -> bool:
    """ "transport routes from China to the EU", "exports to the EAEU": the organisation stands
    for the lands it holds, a place a route goes to or comes from."""
    preposition = name.head
    if name.dep_ != "pobj" or preposition.lower_ not in ("to", "from", "into", "towards"):
        return False
    head = preposition.head  # "routes to the EU", or "diversifying routes … to the EU"
    words = [head, *(c for c in head.children if c.dep_ == "dobj")]
    return any(word.lemma_.lower() in _ROUTE_WORDS for word in words)


_PART_OF_A_YEAR = re.compile(
    r"(?i)\b(?:spring|summer|autumn|fall|winter|quarter|half|semester|season)\b"
)


def _askable(entity: Entity, sentence: Sentence) -> bool:
    if entity.kind not in KEY_KINDS or (entity.kind == "date" and _year_in(entity.text) is None):
        return False
    if entity.kind == "date" and _impossible_date(entity.text):
        return False  # "February 29, 2014": the source slipped; no answer is right
    if entity.kind == "date" and _PART_OF_A_YEAR.search(entity.text):
        return False  # "since the summer of 2024", "in the third quarter": a side date (0 of 6)
    if entity.kind == ORG and not entity.known:
        return False
    if entity.kind == ORG and _A_COUNTRY_S.search(sentence.text[: entity.start]):
        return False  # "China's _____ of trade infrastructure": other bodies are not China's
    if entity.kind == ORG and _a_destination(sentence.span.doc[entity.last_token]):
        return False  # "routes from China to the EU": other organisations are no places to go
    if entity.kind == PLACE and (entity.known or entity.label not in _PLACE_LABELS):
        return False
    if entity.text.casefold() in PLACE_WORDS:
        return False  # "a visit to the Kingdom": a word for the place, not its name
    speaker = sentence.span.doc[entity.last_token]
    if _a_source(speaker) and not (entity.kind == PERSON and speaker.dep_ == "nsubj"):
        return False  # "CABAR.asia reported", "an analyst at a bank in _____ said": the source
    if entity.kind == PLACE and sentence.text[entity.end : entity.end + 1] in ("-", "–"):
        return False  # "the Toronto-listed Centerra Gold": a detail of another name
    if entity.kind == PERSON and not entity.known and len(entity.text.split()) < 2:
        return False  # a lone capitalised word the model took for a name
    token = sentence.span.doc[entity.last_token]
    following = sentence.span.doc[token.i + 1] if token.i + 1 < sentence.span.end else None
    if following is not None and following.text in _FEATURES:
        return False  # "the Indian Ocean", "the Naryn River": a feature, not a people or town
    if (
        entity.kind == PLACE
        and following is not None
        and (thing_noun(following.lower_) in NAMEABLE_THINGS)
    ):
        return False  # "the Kambarata dam": the name of a thing, asked as one (or not at all)
    if following is not None and following.like_num and entity.kind in (COUNTRY, CITY):
        return False  # "France 24", "Astana 2025": the name of a channel or an event
    if entity.kind in (COUNTRY, DEMONYM) and _OWN_LEADER.match(sentence.text[entity.end :]):
        return False  # "_____’s Vladimir Putin": everyone knows whose
    if sentence.text[max(0, entity.start - 1) : entity.start] == "-":
        return False  # "Anglo-Australian": half of a word
    if entity.kind == PERSON and not entity.known and _SPEAKING.search(sentence.text):
        return False  # "_____, an expert from Kabul, pointed out ...": who said it is trivia
    if entity.kind == PERSON and _TITLE_BEFORE.search(sentence.text[: entity.start]):
        return False  # "ministry spokesperson _____": options would need that post
    if entity.kind == PERSON and _first_name_before(entity, sentence):
        return False  # "Kassym-Zhomart _____": the first name the parse left out gives it away
    if (
        entity.kind in (COUNTRY, DEMONYM)
        and following is not None
        and following.lower_ in ("border", "frontier")
    ):
        return False  # "near the _____ border": a border has two sides, both right
    if entity.kind == DEMONYM and _part_of_a_name(following):
        return False  # "_____ Dream", "Royal _____ Shell", "the _____ Criminal Code" (10 of 30)
    if entity.kind == DEMONYM and _before_a_titled_name(token, sentence):
        return False  # "_____ President Emmanuel Macron": the office pattern asks that; whose
        # businessman, singer or author a named person is, their name tells (0 of 10 votes)
    if entity.kind == DEMONYM and _TONGUE_OR_MONEY_AFTER.match(sentence.text[entity.end :]):
        return False  # "_____ languages", "the _____ currency": options must be languages
    if _PORT_AFTER.match(sentence.text[entity.end :]):
        return False  # "_____ deep water port": the options would have to be on a coast
    if _CONSTRAINED_PLACE.search(sentence.text[max(0, entity.start - 30) : entity.start]):
        # "four times the size of _____", "the port of _____", "neighbouring _____": the
        # options would have to be of a size, on a coast or next door, which the data cannot say
        return False
    if entity.kind in (COUNTRY, ORG) and token.dep_ in ("compound", "amod", "nmod"):
        return False  # "U.S. support", "SCO leaders": another name there is seldom grammatical
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return False  # a list: another item may be just as true
    owned = token.head
    if token.dep_ == "poss" and (owned.dep_ == "conj" or any(c.dep_ == "conj" for c in
                                                              owned.children)):  # fmt: skip
        return False  # "China's CNNC, South Korea's KHNP and _____'s EDF": whose firm is trivia
    if _next_to_same_kind(entity, sentence):
        return False
    # "the CSTO did not intervene": nor did the EU, so every option is true.
    return not _negated(token)


_A_COUNTRY_S = re.compile(r"\b[A-Z][a-z]+[’']s\s+(?:the\s+)?$")
# After a nationality: "Chinese languages", "the Russian currency", "Russian-speaking" — the
# options would have to be languages or currencies, not peoples ("American", "Indian").
_TONGUE_OR_MONEY_AFTER = re.compile(
    r"[ -](?:languages?|tongues?|currency|currencies|speakers?|speaking|language-)\b",
    re.IGNORECASE,
)


def _a_source(token: Token) -> bool:
    """The word names who said or reported it, or describes them: within "according to ...",
    or in the subject of "reported", "said", "wrote" ("The Moscow Times reported", "an analyst
    at a bank in London said")."""
    if any(a.lower_ == "according" for a in token.ancestors):
        return True
    return any(
        word.dep_ == "nsubj" and word.head.lemma_ in _SOURCE_VERBS
        for word in (token, *token.ancestors)
    )


_SOURCE_VERBS = frozenset({"report", "say", "tell", "write", "note", "cite", "quote", "claim"})


def _negated(token: Token) -> bool:
    """The key's own clause says what did not happen ("_____ did not intervene", "never
    joined _____")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "neg" for c in verb.children)


def _first_name_before(entity: Entity, sentence: Sentence) -> bool:
    first = sentence.span.doc[entity.first_token]
    before = sentence.span.doc[first.i - 1] if first.i > sentence.span.start else None
    if before is None or before.pos_ != "PROPN" or not before.text[:1].isupper():
        return False
    named = sentence.entity_at(before.i)  # "Kassym-Zhomart" the model may take for a body
    return before.lower_ not in TITLE_WORDS and (named is None or not named.known)


def _next_to_same_kind(entity: Entity, sentence: Sentence) -> bool:
    """ "China, Russia and India": a neighbour across a comma or "and" is of the same kind."""
    doc = sentence.span.doc
    for step, edge in ((-1, entity.first_token), (1, entity.last_token)):
        index = edge + step
        while sentence.span.start <= index < sentence.span.end and doc[index].text in (
            ",", "and", "or", "as", "well", "–",
        ):  # fmt: skip
            index += step
        if not sentence.span.start <= index < sentence.span.end or index == edge + step:
            continue
        neighbour = sentence.entity_at(index)
        if neighbour is not None and _city_and_its_country(entity, neighbour, sentence):
            # "Bishkek, Kyrgyzstan" says where the city is: the city can be asked, not the
            # country (the city's name would give it away).
            return entity.kind != CITY
        if neighbour is not None and (
            neighbour.kind == entity.kind or {neighbour.kind, entity.kind} <= _LISTED_TOGETHER
        ):
            return True
        if doc[index].lower_ == "the" and index + step < sentence.span.end:
            after = sentence.entity_at(index + 1)  # "Russia, the EU, the US and Turkey"
            if after is not None and {after.kind, entity.kind} <= _LISTED_TOGETHER:
                return True
    return False


def _last_items_of_lists(sentence: Sentence, subject: frozenset[str]) -> list[Entity]:
    """The last item of each complete list of countries, cities or people ("between Russia and
    China", "Azerbaijan, China, Georgia, Kazakhstan and Turkey"): asked with the other items in
    the stem, only one answer is left. A list that only gives examples ("including", "such as",
    "among them") is never asked."""
    doc = sentence.span.doc
    items: list[Entity] = []
    for entity in sentence.entities:
        token = doc[entity.last_token]
        if entity.kind not in _LISTABLE or token.dep_ != "conj":
            continue
        if any(c.dep_ == "conj" for c in token.children):
            continue  # not the last item
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        found = [sentence.entity_at(t.i) for t in first.subtree
                 if t.i == first.i or t.dep_ == "conj"]  # fmt: skip
        members = [m for m in found if m is not None]
        same_kind = len(members) == len(found) and all(m.kind == entity.kind for m in members)
        if not same_kind or not entity.known:
            continue
        if any(m.text.casefold() in subject for m in members):
            continue  # the article's subject among the items: the stem would give it away
        opening = doc[max(sentence.span.start, first.left_edge.i - 3) : first.left_edge.i]
        if _EXAMPLES.search(opening.text) or first.head.lemma_.lower() == "include":
            continue
        items.append(entity)
    return items


_LISTABLE = frozenset({COUNTRY, CITY, PERSON})
_EXAMPLES = re.compile(r"\b(?:including|include|includes|such as|among|like|e\.g\.)\b", re.I)


def _city_and_its_country(one: Entity, other: Entity, sentence: Sentence) -> bool:
    city, country = (one, other) if one.kind == CITY else (other, one)
    if city.kind != CITY or country.kind != COUNTRY or city.start > country.start:
        return False
    return sentence.text[city.end : country.start] == ", "


# Countries, organisations and places stand side by side in lists ("Russia, the EU and Turkey").
_LISTED_TOGETHER = frozenset({COUNTRY, ORG, "place", CITY})
_TITLE_BEFORE = re.compile(
    r"\b(?:spokes(?:person|man|woman)|minister|ambassador|envoy|secretary|chairman|chairwoman|"
    r"director|governor|mayor|speaker|head|chief)\s+$"
    # "Spokesman for the President of Kyrgyzstan _____ said": read as the spokesman's name
    r"|\b(?:spokes(?:person|man|woman)|press secretary|aide|advis[eo]r)\s+(?:for|to|of)\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|the)\s+){1,6}$",
    re.IGNORECASE,
)
_PORT_AFTER = re.compile(r"\s+(?:deep[- ](?:sea|water)\s+|sea\s+)?(?:port|harbou?r)\b", re.I)
_CONSTRAINED_PLACE = re.compile(
    r"(?:the size of|times (?:as large as|bigger than|larger than)|larger than|bigger than|"
    r"smaller than|port of|port in|neighbou?ring|neighbou?rs?,?|borders?(?: with)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _year_in(text: str) -> int | None:
    """The year of a date written with one ("1991", "December 25, 1991"), else None."""
    years = _YEAR.findall(text)
    return int(years[0]) if len(years) == 1 and not _RELATIVE.search(text) else None


def _whole_subject(entity: Entity, token: Token) -> bool:
    """The name is the whole of its subject's right part, so "who" can stand for it: not
    "President X of Turkmenistan told ...", where "who of Turkmenistan told ...?" would be
    left."""
    return token.right_edge.i == entity.last_token


def _is_subject(token: Token, sentence: Sentence) -> bool:
    head = token
    return (
        head.dep_ in ("nsubj", "nsubjpass")
        and head.head.dep_ == "ROOT"
        and (sentence.span.doc[sentence.span.start : head.left_edge.i].text.strip() in ("", "The"))
    )


def questions(fact: StatementFact, ask: Ask) -> Iterator[Candidate | None]:
    if fact.key_entity.kind in (THING, PLACE):
        yield _named_thing_question(fact, ask.doc)
        return
    entity = _with_article(fact.key_entity, fact.stem)
    text = fact.stem
    if entity.start == 0 and text[entity.end :].startswith(" also "):
        text = text[: entity.end] + text[entity.end + len(" also") :]  # "X also said": as what?
    source = origin(fact)
    topic = _TOPIC.get(entity.kind, TOPIC_POLICY)
    in_sentence = {e.name for s in ask.doc.sentences if s.index == fact.sentence
                   for e in s.entities}  # fmt: skip
    in_sentence |= {c for c in ask.doc.knowledge.countries if c in text}
    if entity.kind in (COUNTRY, DEMONYM):  # "The _____ Foreign Ministry said Yerevan needed
        cities = ask.doc.knowledge.cities  # ...": not Armenian
        in_sentence |= {cities[n].country for n in in_sentence if n in cities}
    if entity.kind == PERSON:  # "who welcomed the Turkmen president?": not Berdimuhamedov
        in_sentence |= holders_the_stem_describes(entity, text, ask.doc)
    if fact.in_list:  # any other name the article uses might belong to the list in truth
        in_sentence |= {e.name for e in ask.doc.entities(entity.kind)}
    bordered = _bordered(entity, text, ask.doc)
    if bordered is not None:  # "Kyrgyzstan, bordering _____": none of its other neighbours
        wrong = _not_neighbours(entity.name, bordered, ask.doc, avoid=in_sentence)
        if len(wrong) < 3:
            return
        wrong = [country_as_written(w) for w in wrong[:3]]
    elif _city_country_named(entity, text, ask.doc):  # "in Turkey's _____": Ankara, Izmir
        as_port = any(t.lemma_ == "port" for t in ask.doc.sentences[fact.sentence].span)
        wrong = _same_country_cities(entity, ask.doc, in_sentence, as_port=as_port)[:3]
    elif (fellows := _fellow_leaders(entity, text, ask.doc, in_sentence)) is not None:
        wrong = fellows
    elif (
        _person_country_named(entity, text, ask.doc)
        and _title_before(entity, text, ask.doc) is None
    ):
        # "the Armenian population": Armenians; but "Turkish President _____" is a president
        wrong = [n for n in _compatriots(entity, ask.doc) if n not in in_sentence][:3]
    else:
        if entity.kind == CITY:  # "the Saudi crown prince will visit _____": not Riyadh
            sentence = ask.doc.sentences[fact.sentence]
            countries = {e.name for e in sentence.entities_of(COUNTRY, DEMONYM)}
            # "_____ has put talks on hold": not Tbilisi in a story about Georgia; but "the
            # summit took place in _____" is a venue, where the story's capitals are wrong.
            if _stands_for_a_government(entity, ask.doc) and not _a_venue(entity, sentence):
                countries |= set(ask.doc.countries())
            in_sentence |= {c for c, city in ask.doc.knowledge.cities.items()
                            if city.country in countries}  # fmt: skip
        forecast = _forecasts(ask.doc.sentences[fact.sentence], entity)
        wrong = wrong_as_written(ask.doc, entity, text, avoid=in_sentence, forecast=forecast)
        if _too_short_to_tell(entity, wrong):  # "Xi" among "Li", "Qin", "Wang": whole names
            entity = replace(entity, text=entity.name)
            wrong = wrong_as_written(ask.doc, entity, text, avoid=in_sentence)
        if fact.in_list and not _same_region(entity, wrong, ask.doc, fact.sentence):
            return  # "Kyrgyzstan and _____" among Armenia and India: the region gives it away
    explanation = f"The answer is {entity.text}, as the article states in paragraph " \
        f"{fact.evidence.paragraph}."  # fmt: skip
    sentence = ask.doc.sentences[fact.sentence]
    asked = None if fact.in_list else asked_in_own_words(entity, sentence, ask.doc)
    if asked is not None:  # the clause's own words: nothing the copied sentence hangs on it
        yield single_choice(
            origin=source, prompt=f"According to the article, {asked}?",
            answer=entity.text, wrong=wrong, explanation=explanation, topic=topic, score=0.55,
        )  # fmt: skip
    else:
        cloze = single_choice(
            origin=source, prompt=cloze_prompt(text, entity.start, entity.end),
            answer=entity.text, wrong=wrong, explanation=explanation, topic=topic, score=0.45,
        )  # fmt: skip
        if cloze is not None and _seldom_worth_a_blank(entity, text):
            cloze = replace(cloze, last_resort=True)
        yield cloze
    if asked is None and fact.is_subject and entity.kind in WH \
            and not _stands_for_a_government(entity, ask.doc):  # fmt: skip
        rest = text[entity.end :].strip().rstrip(".!").replace(".”", "”").replace('."', '"')
        rest = _AUXILIARY_ALSO.sub(r"\1", rest)  # "who has also allowed ...": also as whom?
        rest = _ALSO_AT_THE_END.sub("", rest)
        named = [e.text for e in sentence.entities
                 if e.name != entity.name and e.label in _NAME_LABELS]  # fmt: skip
        if (
            rest
            and not rest.startswith((",", "’", "'"))
            and any(n in rest for n in named)
            and not _speaks_of_the_answer_again(rest, WH[entity.kind])
            and has_tense(sentence.span.doc[entity.last_token].head)
        ):
            yield single_choice(
                origin=source, prompt=f"According to the article, {WH[entity.kind].lower()} "
                f"{rest}?", answer=entity.text, wrong=wrong, explanation=explanation,
                topic=topic, score=0.55,
            )  # fmt: skip
    in_article = ask.doc.names_used
    swaps = [w for w in wrong if w.casefold() in in_article or entity.kind == "date"]
    if swaps and not fact.in_list:
        wrong = swaps
        # Half the statements are the article's own (true), half swap the key (false); which
        # half is fixed by the sentence, so the same article always gives the same quiz.
        truth = (fact.sentence + entity.start) % 2 == 0
        if not truth and entity.kind != "date":
            return  # a swapped name too often gives itself away ("Xi, deputy director-general")
        stated = entity.text if truth else wrong[0]
        yield true_false_question(
            origin=source, statement=f"{text[: entity.start]}{stated}{text[entity.end :]}",
            truth=truth, explanation=explanation, topic=topic, score=0.35,
            answer_texts=(entity.text,),
        )  # fmt: skip


def _fellow_leaders(
    entity: Entity, stem: str, doc: ArticleDoc, avoid: set[str]
) -> list[str] | None:
    """ "the _____ administration": the country's other holders of the leader's office, not
    "Rubio" or "Xi"; None where the key is no known leader's name before such a word."""
    leader = doc.knowledge.leaders.get(entity.name) if entity.kind == PERSON else None
    if leader is None or not _GOVERNMENT_AFTER.match(stem[entity.end :]):
        return None
    names = _compatriots_titled(entity, doc, leader.title, avoid)
    if len(entity.text.split()) == 1:
        names = [doc.knowledge.short_name(n) for n in names]
    return distractors.distinct_people(names, answer=entity.text)[:3]


_GOVERNMENT_AFTER = re.compile(r"[’']?s? (?:administration|government|cabinet)\b")
_SHORTEST_SURNAME = 4  # "Xi", "Li", "Qin": surnames too short to tell people apart


def _too_short_to_tell(entity: Entity, wrong: list[str]) -> bool:
    """A known person called by a surname, among options some of which are surnames so short
    that a student cannot tell whose they are."""
    return (
        entity.kind == PERSON
        and entity.known
        and " " not in entity.text
        and " " in entity.name
        and any(len(name) < _SHORTEST_SURNAME for name in [entity.text, *wrong])
    )


# "… Caspian Sea, and just like its neighbour, it became …": a second clause on the answer.
_AND_AGAIN = re.compile(r"\band\b.*\b(?:it|he|she|they)\b")


def _speaks_of_the_answer_again(rest: str, wh: str) -> bool:
    """ "which country is a country located …", "which country … and it became …": what the
    question goes on to say names its answer's kind again, or opens a clause of its own on it."""
    noun = wh.split()[-1].lower()  # "country"; "who" for a person
    if re.match(rf"(?:is|was) (?:a|an|the) (?:\w+ )?{noun}\b", rest):
        return True
    return _AND_AGAIN.search(re.sub(r"“[^”]*”|\"[^\"]*\"", " ", rest)) is not None


def _seldom_worth_a_blank(entity: Entity, stem: str) -> bool:
    """A city blanked in a copied sentence (5 of 32 passed review: where a meeting or a trip
    was is trivia, or the stem does not say of what) or a date with its month or day (26 of
    112 votes: the month a decree was signed or an office opened is trivia, and options a
    month apart are guesses) but a war's; asked only where nothing else is."""
    if entity.kind == "date":
        return _MONTH_OR_DAY.search(entity.text) is not None and not _A_WAR.search(stem)
    return entity.kind == CITY


_A_WAR = re.compile(r"\b(?:war|conflict)\b", re.IGNORECASE)


_MONTH_WORDS = [m.capitalize() for m in _MONTHS] + [m[:3].capitalize() for m in _MONTHS]
_MONTH_OR_DAY = re.compile(
    r"(?<![\d.])\d{1,2}(?:st|nd|rd|th)?(?![\d.])"  # "12" of "December 12, 1995"
    rf"|\b(?:{'|'.join(_MONTH_WORDS)}|Sept)\b"  # "December", "Dec", "Sept"
)


_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "PRODUCT", "EVENT",
                          "LAW", "WORK_OF_ART"})  # fmt: skip


def asked_in_own_words(entity: Entity, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """A question on the key in its clause's own words ("which country resumed gas deliveries
    to China", "in which city did the presidents sign the treaty"), leaving out what the
    copied sentence hangs on the clause ("On Monday", "passing through Uzbekistan", "officials
    said"). None for a key that is not a whole name in such a clause, stands for its
    government by its capital, or that the question names again, and for a question that
    names nothing else (a place, a body, a thing), which a student could not tell apart."""
    token = sentence.span.doc[entity.last_token]
    if entity.kind not in WH or _stands_for_a_government(entity, doc):
        return None
    if not _whole_subject(entity, token) or _described_as_the_subject(token, sentence):
        return None
    asked = asked_of(token, WH[entity.kind].lower())
    if asked is None or _names_any(asked, _country_forms(entity.name, doc) | {entity.text}):
        return None
    if _ONE_SIDE_OF_BETWEEN.search(asked):
        return None  # "the first summit between the Gulf Cooperation Council": and whom?
    named = [e for e in sentence.entities if e.name != entity.name and e.label in _NAME_LABELS]
    if not any(e.text in asked for e in named):
        return None  # "which country cruised to the election win in Round 2?": which election?
    return asked


def _described_as_the_subject(token: Token, sentence: Sentence) -> bool:
    """ "In Almaty, Kazakhstan’s biggest city, Republic Square was closed": the parse took the
    place's description after its comma for the clause's subject."""
    root = sentence.span.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    before = subject.left_edge.i - 1
    return before - 1 == token.i and token.doc[before].text == ","


# "between" with one side only: the parse hung the other on the noun before it.
_ONE_SIDE_OF_BETWEEN = re.compile(r"\bbetween\b(?![^,?]*\band\b)")


def _same_region(entity: Entity, wrong: list[str], doc: ArticleDoc, sentence: int) -> bool:
    """A list of one region's countries ("Kyrgyzstan and _____") has a wrong option from that
    region; a list across regions ("between Russia and _____") needs none."""
    countries = doc.knowledge.countries
    home = countries.get(entity.name)
    if entity.kind != COUNTRY or home is None:
        return True
    listed = _other_items(entity, doc.sentences[sentence])
    if not any(countries[name].region == home.region for name in listed if name in countries):
        return True
    names = {country_as_written(name): name for name in countries}
    return any(countries[names[w]].region == home.region for w in wrong if w in names)


def _other_items(entity: Entity, sentence: Sentence) -> set[str]:
    """The names of the list the key ends ("Kyrgyzstan" of "Kyrgyzstan and _____")."""
    token = sentence.span.doc[entity.last_token]
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items = [first, *(t for t in first.subtree if t.dep_ == "conj")]
    found = (sentence.entity_at(t.i) for t in items)
    return {e.name for e in found if e is not None and e.name != entity.name}


def _with_article(entity: Entity, text: str) -> Entity:
    """ "the United States": a country name written with "the" keeps it in the blank, so the
    options can say "the Philippines" and "Canada" alike."""
    article = text[max(0, entity.start - 4) : entity.start]
    if entity.kind != COUNTRY or article not in ("the ", "The "):
        return entity
    return replace(entity, text=article + entity.text, start=entity.start - 4)


def _bordered(entity: Entity, stem: str, doc: ArticleDoc) -> str | None:
    """The country a "bordering _____" or "borders with _____" blank is the neighbour of: the
    last country the stem names before it."""
    if entity.kind != COUNTRY or not _BORDERING.search(stem[: entity.start]):
        return None
    head = stem[: entity.start]
    before = [c for c in doc.knowledge.countries
              if c != entity.name and _names_any(head, _country_forms(c, doc))]  # fmt: skip
    if not before:
        return None
    return max(before, key=lambda c: max(stem.rfind(f) for f in _country_forms(c, doc)))


_BORDERING = re.compile(r"\b(?:border(?:s|ing|ed)?|neighbou?r(?:s|ing)?)(?:\s+(?:on|with))?\s*$")


def _not_neighbours(answer: str, bordered: str, doc: ArticleDoc, *, avoid: set[str]) -> list[str]:
    """Countries near the answer that do not border `bordered`: its neighbours first."""
    countries = doc.knowledge.countries
    home = countries[bordered]
    near = countries[answer].neighbours if answer in countries else frozenset()
    region = {c for c, country in countries.items() if country.region == home.region}
    ranked = sorted(near | region, key=lambda c: (c not in near, c not in region,
                                                  -(countries[c].population or 0), c))  # fmt: skip
    return [c for c in ranked if c not in home.neighbours and c not in (answer, bordered)
            and c not in avoid]  # fmt: skip


def _forecasts(sentence: Sentence, key: Entity) -> bool:
    """ "The bank predicted that the economy would grow 6% in 2024": a forecast; so is what
    the key dates "will" happen ("three plants will come onstream by the end of 2013"), where
    years before it would be ruled out by the tense."""
    if any(t.lemma_ in _FORECAST_VERBS and t.pos_ == "VERB" for t in sentence.span):
        return True
    token = sentence.span.doc[key.first_token]
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "aux" and c.lower_ in _FUTURE_AUXILIARIES for c in verb.children
    )


_FORECAST_VERBS = frozenset({"predict", "forecast", "project", "expect", "anticipate"})
_FUTURE_AUXILIARIES = frozenset({"will", "shall"})


def _title_before(entity: Entity, stem: str, doc: ArticleDoc) -> str | None:
    """The office written right before a person's name ("President _____"), as the data
    writes it."""
    before = stem[: entity.start].rstrip()
    titles = sorted(doc.knowledge.titles, key=len, reverse=True)
    return next((t for t in titles if before.endswith(t) and not
                 before[: -len(t)][-1:].isalpha()), None)  # fmt: skip


_UNDER_SOMEONE = ("deputy", "successor", "predecessor", "government", "cabinet", "administration")


def _a_country_before_the_title(entity: Entity, stem: str, title: str, doc: ArticleDoc) -> bool:
    """ "Mongolian President _____", "Kazakhstan's President _____": the stem says whose office,
    so a president of another country is no believable option (Xi Jinping)."""
    before = stem[: entity.start].rstrip()
    word = re.search(r"([A-Z][\w-]+)(?:['’]s)?$", before[: len(before) - len(title)].rstrip())
    if word is None:
        return False
    said = word.group(1)
    return any(said == c.name or said in c.demonyms for c in doc.knowledge.countries.values())


def _title_over(entity: Entity, stem: str, doc: ArticleDoc) -> str | None:
    """The office of a person whose own office-holder the stem names ("served as _____'s prime
    minister", "_____'s successor"), as the data writes it: whoever is in that blank held it,
    so only people who held it are believable (presidents, not his daughter nor another prime
    minister)."""
    leader = doc.knowledge.leaders.get(entity.name)
    after = re.match(r"['’]s\s+(.*)", stem[entity.end :])
    if leader is None or after is None:
        return None
    offices = [t.casefold() for t in doc.knowledge.titles] + list(_UNDER_SOMEONE)
    follows = after.group(1).casefold()
    return leader.title if any(re.match(rf"{re.escape(o)}\b", follows) for o in offices) else None


def _compatriots_titled(entity: Entity, doc: ArticleDoc, title: str, avoid: set[str]) -> list[str]:
    """Others who held the same office in the key person's country, before the article and
    not long before it (Saakashvili beside Zourabichvili; not Yeltsin beside Putin)."""
    leaders = doc.knowledge.leaders
    if entity.name not in leaders or not leaders[entity.name].country:
        return []
    latest = distractors.article_year(doc) or 0
    country = leaders[entity.name].country
    return [name for name in doc.knowledge.leaders_of(country)
            if name != entity.name and name not in avoid
            and leaders[name].title.casefold() == title.casefold()
            and (leaders[name].since or 0) <= (latest or 9999)
            and (leaders[name].until or 9999) >= latest - SAME_OFFICE_PAST_YEARS]  # fmt: skip


SAME_OFFICE_PAST_YEARS = 15  # a former holder of the very office is remembered longer


def _of_a_region_the_stem_names(stem: str, doc: ArticleDoc) -> set[str]:
    """The countries of a region the stem names as one ("Central Asian countries have sought
    to balance ties with Russia, the United States and _____": not Tajikistan)."""
    countries = doc.knowledge.countries.values()
    regions = {c.region for c in countries if c.region in _REGIONS_NAMED_AS_ONE}
    named = {region for region in regions if region in stem}  # "Central Asia(n)"
    return {c.name for c in countries if c.region in named}


_REGIONS_NAMED_AS_ONE = frozenset({"Central Asia", "South Caucasus"})


# Games held every four years: their year's wrong options are other years they were held in.
_GAMES = re.compile(
    r"\b(?:Olympics?|Olympic Games|Paralympics?|Paralympic Games|World Cup|Asian Games|"
    r"European Games)\b"
)
_GAMES_EVERY_FOUR_YEARS = 4


def wrong_as_written(
    doc: ArticleDoc, entity: Entity, stem: str, *, avoid: set[str], forecast: bool = False
) -> list[str]:
    """Wrong options in the form the key takes in the sentence `stem`."""
    if entity.kind == COUNTRY:
        region = _of_a_region_the_stem_names(_without_key(entity, stem), doc)
        if entity.name not in region:  # else the one option from the region would stand out
            avoid = avoid | region
        names = distractors.wrong_countries(doc, answer=entity.name, avoid=avoid, count=3)
        if entity.text.startswith(("the ", "The ")) or any(takes_the(n) for n in names):
            written = [country_as_written(n) for n in names]
            if entity.text.startswith("The "):
                written = [w[:1].upper() + w[1:] for w in written]
            return written
        return names
    if entity.kind == "date":
        year = _year_in(entity.text) or 0
        every = _GAMES_EVERY_FOUR_YEARS if _GAMES.search(stem) else 1  # "the _____ Olympics"
        years = distractors.wrong_years(year, latest=doc.latest_year, count=13,
                                        forecast=forecast, every=every)  # fmt: skip
        # "replaced in _____ by a holding set up in December 2021": a year before 2021 rules
        # itself out; the options keep the answer's side of every other year the stem gives.
        other_years = [int(y) for y in _YEAR.findall(_without_key(entity, stem))]
        years = [y for y in years if all((y > o) == (year > o) and (y < o) == (year < o)
                                         for o in other_years)]  # fmt: skip
        if year >= _SOVIET_END and _names_a_former_soviet_republic(stem, doc):
            years = [y for y in years if y >= _SOVIET_END]  # "Kazakhstan's … note sold in 1985"
        options = [entity.text.replace(str(year), str(y)) for y in years]
        return [o for o in options if not _impossible_date(o)][:3]  # no February 29, 2013
    if entity.kind == DEMONYM:
        names = distractors.wrong_countries(doc, answer=entity.name, avoid=avoid, count=6)
        demonyms = [doc.knowledge.countries[n].demonyms[0] for n in names
                    if doc.knowledge.countries[n].demonyms]  # fmt: skip
        if entity.text not in doc.knowledge.countries[entity.name].demonyms:
            # a people in the plural ("120,000 Armenians"): the options are plural too
            plurals = [people_plural(d) for d in demonyms]
            return [p for p in plurals if p][:3]
        return demonyms[:3]
    if entity.kind == PERSON and not entity.known:
        # Someone the data does not know: only other people the article names are believable.
        surname = entity.text.split()[-1]
        named: dict[str, str] = {}  # one option per person, by surname, the fullest name
        for other in doc.entities(PERSON):
            if not other.known and len(other.name.split()) < 2:
                continue  # "Arpa", "Torugart": places the model took for people
            if other.known:
                continue  # "Genghis Khan" is no riddle among today's presidents
            last = other.text.split()[-1]
            if last.lower() in english_words("noun"):
                continue  # "Park Complex" of "… Cultural and Park Complex": no person
            fuller = len(other.text) > len(named.get(last, ""))
            if last != surname and other.text not in avoid and fuller:
                named[last] = other.text
        return distractors.distinct_people(list(named.values()), answer=entity.text)[:3]
    title = (
        _title_before(entity, stem, doc) or _title_over(entity, stem, doc)
        if entity.kind == PERSON
        else None
    )
    if title is None and (fellows := _fellow_leaders(entity, stem, doc, avoid)) is not None:
        return fellows
    if title is not None:  # "President _____": presidents of the same country, then others;
        # never "President Rubio"; only the country's own after "Mongolian President _____" or
        # where the stem names the country or a city of it ("the Turkistan region")
        names = _compatriots_titled(entity, doc, title, avoid)
        own = _a_country_before_the_title(entity, stem, title, doc)
        if not own and not _person_country_named(entity, stem, doc):
            names += distractors.wrong_people(doc, answer=entity.name, avoid=avoid, count=6,
                                              title=title, title_only=True)  # fmt: skip
        names = distractors.people_the_article_names(doc, names)
        if len(entity.text.split()) == 1:
            names = [doc.knowledge.short_name(n) for n in names]
        return distractors.distinct_people(names, answer=entity.text)[:3]
    if entity.kind == PERSON:
        # Compatriots where the data knows enough of them ("outgoing President _____" in a
        # story about Georgia: Georgians); else the article's own known people first
        # ("Pashinyan" against "Trump", not "Banga", nor a student the article quotes).
        leader = doc.knowledge.leaders.get(entity.name)
        compatriots = [n for n in _compatriots(entity, doc) if n not in avoid] if (
            leader is not None and leader.country) else []  # fmt: skip
        others = [e.name for e in doc.entities(PERSON) if e.name != entity.name
                  and e.name not in avoid and e.text not in avoid and e.known]  # fmt: skip
        names = [*dict.fromkeys(others), *distractors.wrong_same_kind(doc, entity, avoid=avoid,
                                                                     count=6)]  # fmt: skip
        if len(compatriots) >= MIN_COMPATRIOTS:
            names = compatriots
        else:
            names = distractors.people_the_article_names(doc, names)
        if len(entity.text.split()) == 1:
            names = [doc.knowledge.short_name(n) for n in names if n.split()]
        own_names = set(entity.name.split())  # "Emomali" is Rahmon's first name, not another man
        names = [n for n in dict.fromkeys(names) if n not in own_names]
        return distractors.distinct_people(names, answer=entity.text)[:3]
    return distractors.wrong_same_kind(doc, entity, avoid=avoid, count=3)


# "the Turkmen president", "President of Turkmenistan": an office-holder the stem speaks of.
_DESCRIBED_LEADER = re.compile(
    r"\b([A-Z][a-z]+) (?:[Pp]resident|[Ll]eader|[Pp]rime [Mm]inister)\b"
    r"|\b(?:President|Prime Minister) of (?:the )?([A-Z][a-z]+)"
)


def holders_the_stem_describes(entity: Entity, stem: str, doc: ArticleDoc) -> set[str]:
    """Everyone, in every spelling, who held an office the stem names by its country, another
    country than the key person's own: no wrong option for the person who welcomed him."""
    own = doc.knowledge.leaders.get(entity.name)
    held: set[str] = set()
    for match in _DESCRIBED_LEADER.finditer(_without_key(entity, stem)):
        word = match.group(1) or match.group(2)
        country = next((c.name for c in doc.knowledge.countries.values() if word in c.forms), None)
        if country is None or (own is not None and own.country == country):
            continue
        for name in doc.knowledge.leaders_of(country):
            held |= {name, doc.knowledge.short_name(name), *doc.knowledge.aliases_of(name)}
    return held


_SOVIET_END = 1991


def _names_a_former_soviet_republic(stem: str, doc: ArticleDoc) -> bool:
    """The stem names a state that did nothing of its own before 1991 (or its people)."""
    return any(
        "former Soviet republic" in country.tags and _names_any(stem, set(country.forms))
        for country in doc.knowledge.countries.values()
    )


def named_things(sentence: Sentence) -> list[Entity]:
    """The names of things before the word for their kind ("the _____ Canal", "the _____ gold
    mine") that can be keys: never an item of a list ("the Rogun dam and the Kambarata dam":
    another item is just as true; nor where the sentence names another thing of its kind), nor
    a name said twice or in a negated clause."""
    keys = []
    named = list(_thing_names(sentence))
    for thing, noun in named:
        if sentence.text.count(thing.text) != 1:
            continue
        if any(other.label == thing.label and other != thing for other, _ in named):
            continue
        if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
            continue
        if noun.lower_ in _BODIES or _a_source(noun):
            continue  # "the Kumtor Gold Company"; "according to the director of the Kuryk Port"
        if not _negated(noun):
            keys.append(thing)
    return keys


# Things whose names are worth learning: those a stem may name ("the canal") and waters.
_NAMED_KINDS = NAMEABLE_THINGS | {"river", "sea", "lake"}
# Bodies and gatherings are named with ordinary words and asked as organisations, if at all.
_BODIES = frozenset({"company", "party", "commission", "council", "fund", "session", "forum",
                     "mission", "talks", "summit"})  # fmt: skip


def _thing_names(sentence: Sentence) -> Iterator[tuple[Entity, Token]]:
    """Each named thing and the word for its kind; never a name the data knows as a country,
    people, city or organisation ("the China-Kyrgyzstan-Uzbekistan railway": those are asked
    as what they are) nor a people word ("the Central Asian summit")."""
    span = sentence.span
    doc = span.doc
    for token in span:
        if thing_noun(token.lower_) not in _NAMED_KINDS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        first = name_start(token, span.start)
        last = first
        while last + 1 < token.i and (name_word_token(doc[last + 1], span.start)
                                      or doc[last + 1].text in ("-", "–")):  # fmt: skip
            last += 1
        if first == token.i or not name_word_token(doc[last], span.start):
            continue
        start = doc[first].idx - span.start_char
        end = doc[last].idx + len(doc[last]) - span.start_char
        text = sentence.text[start:end]
        inside = [e for e in sentence.entities if e.start < end and e.end > start]
        if any(e.known or e.kind in (COUNTRY, DEMONYM, CITY) for e in inside):
            continue
        if any(doc[i].ent_type_ == "NORP" and doc[i].pos_ == "ADJ" for i in range(first, last + 1)):
            continue
        if not any(_proper_word(doc[i]) for i in range(first, last + 1)):
            continue  # "the Central Election Commission", "the Democratic Party": no name to learn
        if re.search(r"[A-Za-z]{3}", text):
            kind = thing_noun(token.lower_)
            yield Entity(THING, text, text, kind, False, start, end, first, last), token


_KIN_AFTER = re.compile(
    r"['’]s (?:husband|wife|son|daughter|father|mother|brother|sister|children|family|lawyer)\b"
)


def _named_thing_question(fact: StatementFact, doc: ArticleDoc) -> Candidate | None:
    """A gap-fill on a named thing or a place the data does not know: among other things of its
    kind ("the _____ field": Kashagan, Karachaganak) or places of its label the article names,
    where it names three; else to be written in."""
    entity = fact.key_entity
    if _KIN_AFTER.match(fact.stem[entity.end :]):
        return None  # "_____'s husband": a person the parse took for a place or a thing
    prompt = cloze_prompt(fact.stem, entity.start, entity.end)
    explanation = f"The answer is {entity.text}, as the article states in paragraph " \
        f"{fact.evidence.paragraph}."  # fmt: skip
    source = origin(fact)
    stem = fact.stem.casefold()
    if entity.kind == THING:
        like = [
            t.text for s in doc.sentences for t, _ in _thing_names(s) if t.label == entity.label
        ]
    else:
        like = [e.text for e in doc.entities(PLACE) if e.label == entity.label and not e.known]
    wrong = [w for w in dict.fromkeys(like) if w.casefold() not in stem]
    topic = _TOPIC[entity.kind]
    if len(wrong) >= MIN_LIKE_THINGS:
        return single_choice(origin=source, prompt=prompt, answer=entity.text, wrong=wrong,
                             explanation=explanation, topic=topic,
                             score=NAMED_THING_SCORE)  # fmt: skip
    if not _typed_whole(entity, fact.stem) or misspelt_country(entity.text, doc.knowledge):
        return None  # "Turkenistan", "Kazak": a student writing today's spelling is right
    return short_answer(origin=source, prompt=prompt, accepted=[entity.text],
                        explanation=explanation, topic=topic, score=NAMED_THING_SCORE)  # fmt: skip


def _typed_whole(entity: Entity, stem: str) -> bool:
    """A name a student can write as the article does: one word, not part of a longer name
    ("the Majlisi _____": Namoyandagon; "_____ Baizhanov"), though it may stand before the word
    for its kind ("the _____ Canal"). "Trans-Caspian International Transport" of "the _____
    Route" or "Kumtor Gold" of "the _____ Mine" is written some other way as often as not."""
    if " " in entity.text:
        return False
    before, after = stem[: entity.start].split(), stem[entity.end :].split()
    if (
        after
        and after[0][:1].isupper()
        and thing_noun(after[0].strip(".,;")) not in NAMEABLE_THINGS
    ):
        return False  # "_____ Baizhanov": a given name, a person the parse took for a thing
    return not before or not before[-1][:1].isupper() or before[-1] in ("The", "A", "An")


def _proper_word(token: Token) -> bool:
    """A word no English dictionary holds: a name ("Qosh", "Kumtor", "TAPI"), not a capitalised
    ordinary word ("Central", "Election", "Polling")."""
    return token.is_alpha and not any(
        _is_english(word) for word in (token.lower_, token.lemma_.lower())
    )


def _is_english(word: str) -> bool:
    """The word, or a base form the lemmatizer's suffix rules make of it ("polling": "poll"),
    is an English word of that part of speech."""
    return any(
        word in words
        or any(
            word.endswith(old) and word[: len(word) - len(old)] + new in words for old, new in rules
        )
        for words, rules in _english_words()
    )


@cache
def _english_words() -> tuple[tuple[frozenset[str], tuple[tuple[str, str], ...]], ...]:
    """The base forms of ordinary English words by part of speech, each with its suffix rules:
    the model lemmatizer's own tables."""
    from quizzes.generate.nlp import pipeline

    lookups = cast("Lemmatizer", pipeline().get_pipe("lemmatizer")).lookups
    index, rules = lookups.get_table("lemma_index"), lookups.get_table("lemma_rules")
    return tuple(
        (frozenset(index[pos]), tuple((old, new) for old, new in rules.get(pos, [])))
        for pos in index
    )
