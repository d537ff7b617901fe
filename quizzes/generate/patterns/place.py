"""Places of events: where a summit, a meeting or talks happened, happen or will happen.

Phrasings: an event noun with its place ("the SCO summit in Astana"), an event as the subject
of a verb of happening ("talks were held in Tashkent", "the summit will take place in
Bishkek"), an event hosted or held somewhere ("the forum, hosted by Kazakhstan in Astana",
"Kazakhstan hosted the summit in Astana"), people travelling to a place for an event ("came to
Astana for the summit") and meetings ("Putin met Erdogan in Astana", "X held talks with Y in
Z"). An unnamed event of an organisation's leaders is that organisation's ("Leaders of the
CSTO gathered in Dushanbe for a summit": the CSTO summit). The place is a city or a country
(or another named place the model tags as one), never a region ("in Central Asia"). The fact
keeps a short noun phrase for the event, the place, the date when the same clause states one,
and the tense of the verb.

Questions: where the event was (is, will be) held (but not where two people met when it is the
capital of a country their sentence names: the host's own capital), with other cities or
countries as wrong options (never a place the article gives for an event of the same kind, nor
the visitor's own country or capital for a visit), and a harder short answer accepting the
place's other names from the knowledge data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_PLACES, Ask, origin
from quizzes.generate.document import PLACE_WORDS, ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import CITY, COUNTRY, DEMONYM, ORG, PERSON, Knowledge
from quizzes.generate.questions import Candidate, and_list, short_answer, single_choice
from quizzes.generate.relative_year import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "place"

PAST, PRESENT, FUTURE = "past", "present", "future"

# Nouns that name something that happens somewhere (the vocabulary, not any particular event).
EVENT_NOUNS = frozenset({
    "summit", "talk", "meeting", "conference", "forum", "session", "negotiation", "ceremony",
    "election", "exercise", "drill", "games", "festival", "congress", "rally", "protest",
    "parade", "expo", "exhibition", "signing", "consultation", "visit", "trip", "assembly",
    "convention", "tournament", "championship", "competition", "celebration", "funeral",
    "inauguration", "meet", "gathering", "round", "dialogue",
})  # fmt: skip
_TRAVEL_NOUNS = frozenset({"visit", "trip"})
# Events that happen rather than are held: "where did the civil war take place?"
_HAPPENINGS = frozenset({"war", "conflict", "battle", "uprising", "revolution", "clash",
                         "earthquake", "attack", "crisis", "riot", "protest", "fire"})  # fmt: skip
_HAPPEN_VERBS = frozenset({"hold", "take", "happen", "open", "convene", "begin", "start", "end",
                           "close", "be", "run", "continue", "conclude", "unfold"})  # fmt: skip
_HOST_VERBS = frozenset({"host", "hold", "organise", "organize", "stage", "convene"})
_TRAVEL_VERBS = frozenset({"come", "travel", "arrive", "gather", "fly", "head", "go", "converge"})
_ATTEND_VERBS = frozenset({"attend", "join"})
_MEET_VERBS = frozenset({"meet"})
_GATHER_VERBS = _TRAVEL_VERBS | _MEET_VERBS  # "met in Astana for a summit"
_PLACE_PREPS = frozenset({"in", "at"})
_SETTLEMENT_NOUNS = frozenset({"city", "capital", "town", "village", "port"})
_VENUE_NOUNS = frozenset({"stadium", "arena", "hall", "palace", "centre", "center", "square",
                          "park", "theatre", "theater", "museum", "building"})  # fmt: skip
_KEEP_PREPS = frozenset({"between", "of", "with", "on", "among"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_DATE_PREPS = frozenset({"on", "in", "at", "during", "from", "between", "until", "by"})


@dataclass(frozen=True)
class PlaceFact(Fact):
    event: str  # "the SCO summit", "the meeting between Vladimir Putin and Recep Tayyip Erdogan"
    event_head: str  # lemma of the event noun: "summit", "meeting"
    place: str  # as the article writes it
    place_name: str  # the canonical name where the data knows the place
    place_kind: str  # city, country or place
    tense: str = PAST
    date: str | None = None
    plural: bool = False
    participants: tuple[str, ...] = ()  # for "A met B": the two sides
    specific: bool = True  # the event phrase says which event it is

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.event.casefold(), self.place_name, self.tense)

    def describe(self) -> str:
        date = f" ({self.date})" if self.date else ""
        return f"{self.event} in {self.place} [{self.tense}]{date}"


# --- finding -------------------------------------------------------------------------------


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[PlaceFact]:
    seen: set[tuple[object, ...]] = set()
    for token in sentence.span:
        for fact in _facts_at(token, sentence, doc):
            if fact.key() not in seen:
                seen.add(fact.key())
                yield fact


def _facts_at(token: Token, sentence: Sentence, doc: ArticleDoc) -> Iterator[PlaceFact]:
    if token.pos_ == "VERB" and token.lemma_.lower() in _MEET_VERBS:
        yield from _meeting(token, sentence, doc)
        return
    if not _is_event(token, sentence) or _a_backdrop(token):
        return
    found = _places_of_event(token, sentence, doc)
    if not found:
        return
    verb = _governing_verb(token)
    with_whom = _talks_with(token, verb, sentence, doc) if verb is not None else None
    event, specific = _event_phrase(token, sentence, doc)
    if with_whom:
        event, specific = f"the {token.text.lower()} between {and_list(with_whom)}", True
    if not specific and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        years = _years_naming(token)  # "the 2015 summit": another of the series named before
        placed = set() if years else {entity.name for _, entity in found}
        named = _earlier_name(token, sentence, doc, placed)
        if named is not None and years:  # "the 2015 summit" after "the SCO summit"
            named = (re.sub(r"^the ", f"the {years[0]} ", named[0]), True)
        event, specific = named or (event, specific)
    if not specific and verb is not None:
        event, specific = _of_members(token, verb, sentence, doc) or (event, specific)
    tense = _tense(verb) if verb is not None else PRESENT
    if sentence.from_caption and tense == PRESENT:
        tense = PAST  # captions tell what the photo shows in the present tense
    date = _date(sentence, token, verb)
    if tense == PRESENT and not _happens(token) and date and _has_year(date[0]):
        tense = PAST  # "Kazakhstan's part in the 2010 summit in Washington is ...": a past event
    if tense == PRESENT and _named_by_an_earlier_year(token, doc):
        tense = PAST  # "Nazarbayev's 2009 visit to India is remembered as …"
    if tense == PRESENT and _after_it(token, verb):
        tense = PAST  # "said at a briefing following the talks in Berlin", "comes after the trip"
    if _ahead(token, date, doc):
        tense = FUTURE  # "the importance of the upcoming meeting in Tashkent in March 2019"
    for place_token, entity in found:
        if place_token.i in range(token.left_edge.i, token.i):
            continue  # "the Astana summit": the place is part of the event's name
        if entity.text.casefold() in event.casefold():
            continue
        if not specific and date:
            event, specific = " ".join(w for w in (event, date[1], date[0]) if w), True
        yield PlaceFact(
            sentence.evidence, sentence.index, sentence.from_caption, event,
            token.lemma_.lower(), entity.text, entity.name, _place_kind(entity),
            tense, date[0] if date else None,
            token.tag_ in ("NNS", "NNPS") or token.lower_ == "talks", (), specific,
        )  # fmt: skip


def _named_by_an_earlier_year(event: Token, doc: ArticleDoc) -> bool:
    """ "the 2009 visit" in a story of 2011: an event the article dates before its own time."""
    now = distractors.article_year(doc)
    return now is not None and any(int(year) < now for year in _years_naming(event))


def _years_naming(event: Token) -> list[str]:
    """The years written before the event's noun: "the 2015 summit"."""
    return [c.text for c in event.lefts if c.shape_ == "dddd" and c.n_lefts == 0]


def _earlier_name(
    event: Token, sentence: Sentence, doc: ArticleDoc, places: set[str]
) -> tuple[str, bool] | None:
    """ "the summit" after "the SCO summit": the one named event of that kind the article
    spoke of up to here (none when it named two, or named it in a sentence placing it
    elsewhere: "the summit in Astana in 2023" after "in Shusha, the informal summit of the OTS
    concluded")."""
    lemma = event.lemma_.lower()
    names: set[str] = set()
    for earlier in doc.sentences[: sentence.index + 1]:
        for token in earlier.span:
            if token.lemma_.lower() == lemma and token.pos_ in ("NOUN", "PROPN"):
                text, specific = _event_phrase(token, earlier, doc)
                if specific:
                    names.add(text)
                    there = {e.name for e in earlier.entities_of(CITY, "place")}
                    if places and earlier is not sentence and there and not there & places:
                        return None
    if len(names) != 1:
        return None
    return names.pop(), True


_MEMBER_NOUNS = frozenset({"leader", "head", "president", "minister", "member", "delegation",
                           "chief", "official", "representative"})  # fmt: skip


def _of_members(
    event: Token, verb: Token, sentence: Sentence, doc: ArticleDoc
) -> tuple[str, bool] | None:
    """ "Leaders of the CSTO gathered in Dushanbe for a summit", "SCO leaders came to Astana
    for the summit": an event of an organisation's leaders (or ministers, delegations) is that
    organisation's ("the CSTO summit")."""
    if any(c.dep_ not in ("det", "punct") for c in event.lefts):
        return None  # "a bilateral summit", "their summit": not the organisation's own
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in _MEMBER_NOUNS:
        return None
    for token in subject.subtree:
        entity = sentence.entity_at(token.i)
        if entity is not None and entity.kind == ORG and entity.known:
            org = doc.knowledge.organisation(entity.name)
            if org is not None:
                return f"the {org.acronym or org.name} {event.lower_}", True
    return None


def _happens(event: Token) -> bool:
    """The event is the subject of a verb of happening (the verb's tense is the event's)."""
    return event.dep_ in ("nsubj", "nsubjpass") and event.head.lemma_.lower() in _HAPPEN_VERBS


def _ahead(event: Token, date: tuple[str, str] | None, doc: ArticleDoc) -> bool:
    """The event is called upcoming ("the upcoming meeting", "the next summit"), or dated in a
    year after the page was published."""
    if any(c.lower_ in _AHEAD for c in event.children if c.i < event.i):
        return True
    years = [int(w) for w in re.findall(r"\b\d{4}\b", date[0])] if date else []
    return doc.published is not None and any(year > doc.published.year for year in years)


_AHEAD = frozenset({"upcoming", "next", "forthcoming", "coming"})


def _a_backdrop(event: Token) -> bool:
    """ "met … on the sidelines of the University Games in Chengdu": where the backdrop of a
    meeting was is not what the story tells."""
    return event.head.lower_ == "of" and event.head.head.lemma_.lower() in ("sideline", "margin")


def _has_year(text: str) -> bool:
    return any(len(word) == 4 and word.isdigit() for word in text.replace(",", " ").split())


def _is_event(token: Token, sentence: Sentence) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    entity = sentence.entity_at(token.i)
    if entity is not None and entity.kind == "event":
        # "the Olympic Stadium" may be tagged an event: a venue is where events are held
        return token.i == entity.last_token and token.lemma_.lower() not in _VENUE_NOUNS
    return token.lemma_.lower() in EVENT_NOUNS or token.lower_ in EVENT_NOUNS


def _place(token: Token, sentence: Sentence, knowledge: Knowledge) -> Entity | None:
    """A city, a country or another named place; never a region ("Central Asia"); "the
    Russian city of Kazan" is Kazan."""
    entity = sentence.entity_at(token.i)
    if entity is None:
        return city_named_by(token, sentence)
    if entity.kind in (CITY, COUNTRY):
        return entity
    if entity.kind == "place" and entity.label in ("GPE", "FAC"):
        if entity.text.casefold() in PLACE_WORDS:
            return None  # "the Kingdom", "the City": a word for the place, not its name
        regions = {c.region.casefold() for c in knowledge.countries.values() if c.region}
        if entity.text.casefold() not in regions and entity.name.casefold() not in regions:
            return entity
    return None


def city_named_by(token: Token, sentence: Sentence) -> Entity | None:
    """The city a noun of settlement names: "the Russian city of Kazan", "the Uzbek capital,
    Tashkent"; None for any other word."""
    if token.lemma_.lower() not in _SETTLEMENT_NOUNS:
        return None
    named = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    named += [c for c in token.children if c.dep_ == "appos"]
    entity = sentence.entity_at(named[0].i) if len(named) == 1 else None
    return entity if entity is not None and entity.kind == CITY else None


def _place_kind(entity: Entity) -> str:
    return entity.kind if entity.kind in (CITY, COUNTRY) else "place"


def _places_after(
    head: Token, preps: frozenset[str], sentence: Sentence, doc: ArticleDoc
) -> list[tuple[Token, Entity]]:
    found = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    entity = _place(obj, sentence, doc.knowledge)
                    if entity is not None:
                        found.append((obj, entity))
    return found


def _places_of_event(
    event: Token, sentence: Sentence, doc: ArticleDoc
) -> list[tuple[Token, Entity]]:
    """Where the sentence puts the event, by the paths the module docstring lists."""
    preps = _PLACE_PREPS | {"to"} if event.lemma_.lower() in _TRAVEL_NOUNS else _PLACE_PREPS
    found = _places_after(event, preps, sentence, doc)
    if found:
        return found
    head = event.head
    lemma = head.lemma_.lower()
    if event.dep_ in ("nsubj", "nsubjpass") and lemma in _HAPPEN_VERBS:
        return _places_after(head, _PLACE_PREPS, sentence, doc)
    if event.dep_ in ("dobj", "nsubjpass") and lemma in _HOST_VERBS:
        found = _places_after(head, _PLACE_PREPS, sentence, doc)
        for partner in _with_objects(event, head):  # "talks with X in Samarkand"
            found += _places_after(partner, _PLACE_PREPS, sentence, doc)
        return found or _host(head, sentence, doc)
    for child in event.children:  # "the forum, hosted by Kazakhstan in Astana"
        if child.dep_ == "acl" and child.lemma_.lower() in _HOST_VERBS:
            found = _places_after(child, _PLACE_PREPS, sentence, doc)
            return found or _host(child, sentence, doc)
    if event.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in _GATHER_VERBS:
        return _places_after(head.head, _PLACE_PREPS | {"to"}, sentence, doc)
    attend = event.dep_ == "dobj" and lemma in _ATTEND_VERBS and head.dep_ in ("xcomp", "advcl")
    if attend and head.head.lemma_ in _TRAVEL_VERBS:  # "came to Astana to attend the summit"
        return _places_after(head.head, _PLACE_PREPS | {"to"}, sentence, doc)
    return []


def _with_objects(*heads: Token) -> list[Token]:
    return [o for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


def _host(verb: Token, sentence: Sentence, doc: ArticleDoc) -> list[tuple[Token, Entity]]:
    """The host of "Kazakhstan hosted the summit" or "hosted by Kazakhstan": a country."""
    if verb.lemma_.lower() != "host":
        return []
    found = []
    for child in verb.children:
        candidates = [child] if child.dep_ == "nsubj" else []
        if child.dep_ == "agent":
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        for candidate in candidates:
            entity = _place(candidate, sentence, doc.knowledge)
            if entity is not None and entity.kind == COUNTRY:
                found.append((candidate, entity))
    return found


def _governing_verb(token: Token) -> Token | None:
    """The verb whose clause the token is in (for the tense and the date)."""
    current = token
    for _ in range(len(token.sent)):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


_AFTER = frozenset({"after", "following", "since"})


def _after_it(token: Token, verb: Token | None) -> bool:
    """The event is what something came after ("a week after the Nov. 1 trip to Astana",
    "following the talks with Merkel"): it has happened, whatever the tense of the sentence."""
    current = token
    while current.head.i != current.i and (verb is None or current.i != verb.i):
        current = current.head
        if current.lower_ in _AFTER and current.dep_ in ("prep", "mark", "advcl", "acl"):
            return True
    return False


def _tense(verb: Token) -> str:
    """past ("was held", "met", "has taken place"), future ("will take place", "is to be
    held", "is set to"), or present."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return FUTURE
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("be", "set", "expect", "schedule"):
        head_tense = _tense(verb.head)
        return FUTURE if head_tense != PAST else PAST
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if any(a.lemma_ == "have" for a in auxes) and verb.tag_ == "VBN":
        return PAST
    if verb.tag_ in ("VB", "VBN", "VBG") and verb.dep_ in ("acl", "relcl", "advcl", "xcomp"):
        return _tense(verb.head) if verb.head.i != verb.i else PRESENT
    if verb.tag_ == "VBN" and not auxes:
        return PAST
    return PRESENT


def _date(sentence: Sentence, event: Token, verb: Token | None) -> tuple[str, str] | None:
    """A date entity in the event's phrase or its clause, with its preposition ("on")."""
    doc = event.doc
    for entity in sentence.entities_of("date"):
        first = doc[entity.first_token]
        top = doc[entity.last_token]
        if not (event.is_ancestor(top) or (verb is not None and verb.is_ancestor(top))):
            continue
        prep = top.head if top.dep_ == "pobj" else None
        if prep is not None and prep.dep_ == "prep" and prep.lower_ in _DATE_PREPS:
            return entity.text, prep.lower_
        if top.dep_ == "npadvmod" and first.lower_ in ("this", "last", "next"):
            return entity.text, ""  # "this week"; not a length of time ("two days")
    return None
    return None


def _event_phrase(event: Token, sentence: Sentence, doc: ArticleDoc) -> tuple[str, bool]:
    """ "the SCO summit", "talks between Uzbek and Kazakh officials"; and whether it says which
    event it is (a name, a number, a participant), not just "the meeting"."""
    tokens: list[Token] = []
    separators: dict[int, str] = {}  # what goes before a listed name: ", " or " and "
    list_words: set[int] = set()  # the commas and "and" between listed names
    for child in event.lefts:
        if child.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod", "case"):
            tokens.extend(child.subtree)
    tokens.append(event)
    for child in event.rights:
        if child.dep_ == "prep" and child.lower_ in _KEEP_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if any(_is_date_or_place(o, sentence, doc) for o in objects):
                continue
            asides = {t.i for a in child.subtree if a.dep_ == "appos" for t in a.subtree}
            tokens.extend(t for t in child.subtree if t.i not in asides)  # "X, head of Y"
            for listed in objects:
                tokens.extend(_list_of(listed, sentence, separators, list_words))
        elif child.dep_ == "case":
            tokens.append(child)
    tokens.sort(key=lambda t: t.i)
    named = _named_by_org(event, tokens, sentence, doc)
    if named is not None:
        return named, True
    bracketed = {t.i for t in tokens if _in_brackets(t)}  # "(SCO)" after the name
    words = [t for t in dict.fromkeys(tokens) if t.i not in bracketed and t.i not in list_words
             and (t.dep_ != "punct" or t.text in "-’'")]  # fmt: skip
    specific = any(t.i != event.i and _names_it(t, sentence) for t in words)
    entity = sentence.entity_at(event.i)
    specific = specific or (entity is not None and entity.kind == "event")
    specific = specific and not any(t.pos_ == "PRON" for t in words)  # "their meeting"
    text = _join(words, separators)
    if words and words[0].lower_ in ("a", "an"):
        text = "the " + _join(words[1:], separators)
    elif not words or (words[0].dep_ not in ("det", "poss") and words[0].lower_ != "the"):
        first = words[0] if words else event
        owner = next((c for c in event.lefts if c.dep_ == "poss"), None)
        owned = (  # "Minister X’s visit"; not "Foreign Ministers' Meeting"
            owner is not None
            and first.i == owner.left_edge.i
            and sentence.entity_at(owner.i) is not None
        )
        if not owned and (sentence.entity_at(first.i) is None or first.dep_ != "poss"):
            text = "the " + text
    if text.startswith("The "):
        text = "the " + text[4:]
    return text, specific


def _names_it(token: Token, sentence: Sentence) -> bool:
    """A word that says which event: a name or a number ("the 24th summit", "the SCO summit"),
    not a date alone ("the July 2023 meeting": between whom?)."""
    entity = sentence.entity_at(token.i)
    if entity is not None:
        return entity.kind not in ("date", "time")
    return token.pos_ in ("PROPN", "NUM") and token.ent_type_ not in ("DATE", "TIME")


def _in_brackets(token: Token) -> bool:
    before = token.doc[max(0, token.i - 1)]
    after = token.doc[min(len(token.doc) - 1, token.i + 1)]
    return before.text == "(" and after.text == ")"


def _named_by_org(
    event: Token, tokens: list[Token], sentence: Sentence, doc: ArticleDoc
) -> str | None:
    """ "the China-dominated Shanghai Cooperation Organization (SCO) summit" → "the SCO
    summit": an event named after an organisation the data knows, by its acronym."""
    org = None
    for token in tokens:
        entity = sentence.entity_at(token.i)
        if token.i < event.i and entity is not None and entity.kind == ORG and entity.known:
            org = org or doc.knowledge.organisation(entity.name)
    if org is None:
        return None
    plain = [c.lower_ for c in event.lefts
             if c.dep_ in ("amod", "nummod") and c.pos_ in ("ADJ", "NUM") and c.is_lower
             and sentence.entity_at(c.i) is None and c.n_lefts == 0]  # fmt: skip
    after = [t for t in tokens if t.i > event.i]
    head = event.text if event.pos_ == "PROPN" else event.lower_
    words = ["the", *plain, org.acronym or org.name, head]
    return " ".join(words) + (" " + _join(after) if after else "")


def _join(tokens: list[Token], separators: dict[int, str] | None = None) -> str:
    """The tokens' words as written, or with `separators` before the names of a list."""
    separators = separators or {}
    text = ""
    for k, token in enumerate(tokens):
        if k:
            before = tokens[k - 1]
            written = before.whitespace_ if before.i + 1 == token.i else " "
            text += separators.get(token.i, written)
        word = token.text
        if token.is_sent_start and token.pos_ != "PROPN" and not token.ent_type_:
            word = word.lower()  # "Talks between ..." opening the sentence; not "Armenian"
        text += word
    return text.strip()


def _list_of(
    first: Token, sentence: Sentence, separators: dict[int, str], list_words: set[int]
) -> list[Token]:
    """ "between A, B, and C": the names listed, said again as a list ("A, B and C") — also
    when the parse lost the last one ("A, B, and US President C" taken for a second subject):
    the name after ", and" of the same kind as those before it. Returns the names' words the
    phrase does not hold yet; notes what goes between the names and which words go."""
    members = [first, *first.conjuncts]
    doc = first.doc
    last = members[-1]
    after = last.right_edge.i + 1
    extra: list[Token] = []
    if after + 2 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "and":
        continuation = _name_after(doc[after + 2], sentence, kind_of=last)
        if continuation is not None:
            extra = continuation
            members.append(continuation[-1])
            list_words.update((after, after + 1))
    if len(members) < 2:
        return extra
    for member in members[:-1]:
        list_words.update(c.i for c in member.children if c.dep_ in ("cc", "punct"))
    for k, member in enumerate(members[1:], start=2):
        separators[member.left_edge.i] = " and " if k == len(members) else ", "
    return extra


def _name_after(start: Token, sentence: Sentence, *, kind_of: Token) -> list[Token] | None:
    """The words of a name from `start` to the name's head ("US President Donald Trump"), when
    the head is a conjunct that names the same kind of thing as `kind_of`."""
    listed = sentence.entity_at(kind_of.i)
    words = []
    for token in start.doc[start.i : sentence.span.end]:
        words.append(token)
        if token.dep_ != "compound":
            break
    head = words[-1]
    entity = sentence.entity_at(head.i)
    if head.dep_ != "conj" or listed is None or entity is None or entity.kind != listed.kind:
        return None
    return words


def _is_date_or_place(token: Token, sentence: Sentence, doc: ArticleDoc) -> bool:
    entity = sentence.entity_at(token.i)
    if entity is not None and entity.kind == "date":
        return True
    return _place(token, sentence, doc.knowledge) is not None


def _side(token: Token, sentence: Sentence) -> str | None:
    """A participant: a person or a country, by its name in the data where known."""
    entity = sentence.entity_at(token.i)
    if entity is None or entity.kind not in (PERSON, COUNTRY, DEMONYM):
        return None
    if entity.kind == DEMONYM:
        return None
    return entity.name


def _talks_with(event: Token, verb: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    """ "X held talks with Y": the two sides, when both are named."""
    if event.dep_ != "dobj" or verb.lemma_.lower() != "hold":
        return []
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in event.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    partners = _with_objects(event, verb)
    sides = [s for s in (_side(t, sentence) for t in (*subjects, *partners)) if s]
    return sides if len(sides) == 2 else []


def _meeting(verb: Token, sentence: Sentence, doc: ArticleDoc) -> Iterator[PlaceFact]:
    """ "Putin met Erdogan in Astana", "Putin met with Erdogan in Astana"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"] + _with_objects(verb)
    if len(subjects) == 1 and not objects:
        gathering = _office_holders(subjects[0], sentence)
        if gathering is not None:  # "the heads of state of Mongolia, China and Russia met"
            yield from _gathering(verb, gathering, sentence, doc)
            return
        objects = [c for c in subjects[0].children if c.dep_ == "conj"]  # "Putin and Xi met"
    sides = [_side(t, sentence) for t in (*subjects, *objects)]
    if len(subjects) != 1 or len(objects) != 1 or None in sides or sides[0] == sides[1]:
        return
    people = [s for s in sides if s]
    found = _places_after(verb, _PLACE_PREPS, sentence, doc)
    for obj in objects:  # the parser often hangs "in Astana" on the object
        found += _places_after(obj, _PLACE_PREPS, sentence, doc)
    date = _date(sentence, verb, verb)
    for _, entity in found:
        yield PlaceFact(
            sentence.evidence, sentence.index, sentence.from_caption,
            f"the meeting between {people[0]} and {people[1]}", "meeting", entity.text,
            entity.name, _place_kind(entity), _tense(verb), date[0] if date else None, False,
            (people[0], people[1]), True,
        )  # fmt: skip


MAX_GATHERING_WORDS = 20


def _office_holders(subject: Token, sentence: Sentence) -> str | None:
    """A plural noun of people named by the countries they serve ("the foreign ministers of
    Kazakhstan, Uzbekistan and Turkmenistan"): two countries at least, no pronoun."""
    if subject.tag_ != "NNS" or sentence.entity_at(subject.i) is not None:
        return None
    tokens = list(subject.subtree)
    countries = {name for t in tokens if (name := _country(t, sentence))}
    if len(countries) < 2 or len(tokens) > MAX_GATHERING_WORDS:
        return None
    if any(t.pos_ == "PRON" or t.dep_ in ("relcl", "acl") for t in tokens):
        return None
    if any(t.dep_ == "appos" and _country(t, sentence) is None for t in tokens):
        return None  # "the ministers, both veterans, ...": an aside (a country's name is kept)
    text = _join(tokens)
    return text if text.startswith("the ") else f"the {text}"


def _country(token: Token, sentence: Sentence) -> str | None:
    entity = sentence.entity_at(token.i)
    return entity.name if entity is not None and entity.kind == COUNTRY else None


def _gathering(
    verb: Token, people: str, sentence: Sentence, doc: ArticleDoc
) -> Iterator[PlaceFact]:
    date = _date(sentence, verb, verb)
    for _, entity in _places_after(verb, _PLACE_PREPS, sentence, doc):
        yield PlaceFact(
            sentence.evidence, sentence.index, sentence.from_caption, f"the meeting of {people}",
            "meeting", entity.text, entity.name, _place_kind(entity), _tense(verb),
            date[0] if date else None,
        )  # fmt: skip


# --- questions ----------------------------------------------------------------------------


def questions(fact: PlaceFact, ask: Ask) -> Iterator[Candidate | None]:
    if not fact.specific or _in_the_hosts_capital(fact, ask.doc):
        return
    places = [f for f in ask.facts_of(PlaceFact) if _same_event(f, fact)]
    if any(f.place_kind == fact.place_kind and f.place_name != fact.place_name for f in places):
        return  # the article gives two places of one kind: no single right answer
    # a meeting or a visit without its year or edition: which one? (teachers passed 69 of 212
    # votes on such stems, 35 of 52 on dated ones): asked where the article gives nothing else
    dated = _DATED.search(stem(fact)) is not None
    for asked in (_which_place(fact, ask, places), _short(fact, ask)):
        yield asked if dated or asked is None else replace(asked, last_resort=True)


_DATED = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    rf"seventh|eighth|ninth|tenth|{'|'.join(sorted(MONTHS))})\b|\b[IVX]{{1,5}} (?=[A-Z])"
)


def _in_the_hosts_capital(fact: PlaceFact, doc: ArticleDoc) -> bool:
    """Two people met in the capital of a country their sentence names ("X, Chairman of
    Kyrgyzstan's security committee, met with Y, head of Tajikistan's, in Bishkek"): the host
    received a visitor at home, and where is a side detail of what they agreed."""
    if not fact.participants or fact.place_kind != CITY:
        return False
    city = doc.knowledge.cities.get(fact.place_name)
    if city is None or not city.is_capital:
        return False
    sentence = doc.sentences[fact.sentence]
    return city.country in {e.country for e in sentence.entities_of(COUNTRY, DEMONYM)}


def _same_event(one: PlaceFact, other: PlaceFact) -> bool:
    if one.participants or other.participants:
        return set(one.participants) == set(other.participants)
    return one.event.casefold() == other.event.casefold()


def stem(fact: PlaceFact, where: str = "where") -> str:
    """ "where was the SCO summit held", "where will Putin meet Erdogan"."""
    if fact.participants:
        first, second = fact.participants
        verb = {PAST: "did", PRESENT: "does", FUTURE: "will"}[fact.tense]
        return f"{where} {verb} {first} meet {second}"
    if fact.event_head in _TRAVEL_NOUNS | _HAPPENINGS:
        verb = {PAST: "did", PRESENT: "does", FUTURE: "will"}[fact.tense]
        return f"{where} {verb} {fact.event} take place"
    if fact.tense == FUTURE:
        return f"{where} will {fact.event} be held"
    if fact.tense == PAST:
        return f"{where} {'were' if fact.plural else 'was'} {fact.event} held"
    # A news story's present ("The meeting in Cholpon-Ata aims to …") may be over by the time a
    # class reads it: "is … held" does not say it is going on now, "is … taking place" does.
    return f"{where} {'are' if fact.plural else 'is'} {fact.event} held"


def _statement(fact: PlaceFact) -> str:
    if fact.participants:
        verb = {PAST: "met", PRESENT: "meet", FUTURE: "will meet"}[fact.tense]
        return f"{fact.participants[0]} {verb} {fact.participants[1]} in {fact.place}"
    event = f"{fact.event[:1].upper()}{fact.event[1:]}"
    if fact.event_head in _HAPPENINGS:
        happened = {PAST: "took", FUTURE: "will take", PRESENT: "take" if fact.plural else "takes"}
        return f"{event} {happened[fact.tense]} place in {fact.place}"
    be = {PAST: "were" if fact.plural else "was", FUTURE: "will be",
          PRESENT: "are" if fact.plural else "is"}[fact.tense]  # fmt: skip
    return f"{event} {be} held in {fact.place}"


def _explanation(fact: PlaceFact) -> str:
    date = f" ({fact.date})" if fact.date else ""
    return f"According to the article, {_lower_first(_statement(fact))}{date}."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text.startswith("The ") else text


def _places_near_mentions(fact: PlaceFact, doc: ArticleDoc) -> set[str]:
    """Every city and country named in a sentence that speaks of an event of this kind: a
    series of summits ("in Washington in 2010 and again in Seoul") must not give a wrong
    option that is another of its places."""
    found: set[str] = set()
    for sentence in doc.sentences:
        if any(t.lemma_.lower() == fact.event_head for t in sentence.span):
            found |= {e.name for e in sentence.entities_of(CITY, COUNTRY)
                      if _where_something_happened(e, sentence)}  # fmt: skip
    return found


def _where_something_happened(entity: Entity, sentence: Sentence) -> bool:
    """ "in Seoul", "at Astana", "and again in Seoul": a place an event was at, not a country
    in a list of members."""
    token = sentence.span.doc[entity.last_token]
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at")


def _visitors_home(fact: PlaceFact, ask: Ask) -> set[str]:
    """The country a visit's visitor comes from ("the Uzbek President's trip") and its capital:
    no one visits home, so neither is a plausible wrong place."""
    if fact.event_head not in _TRAVEL_NOUNS:
        return set()
    knowledge = ask.knowledge
    sentence = ask.doc.sentences[fact.sentence]
    countries = {e.country for e in sentence.entities_of(COUNTRY, DEMONYM) if e.text in fact.event}
    countries |= {knowledge.leaders[e.name].country for e in sentence.entities_of(PERSON)
                  if e.text in fact.event and e.name in knowledge.leaders}  # fmt: skip
    capitals = {knowledge.countries[c].capital for c in countries if c in knowledge.countries}
    return {name for name in countries | capitals if name}


def _which_place(fact: PlaceFact, ask: Ask, places: list[PlaceFact]) -> Candidate | None:
    doc = ask.doc
    knowledge = doc.knowledge
    # Every place the article gives for an event of this kind, and what they stand for.
    said = {f.place_name for f in ask.facts_of(PlaceFact)
            if f.event_head == fact.event_head or _same_event(f, fact)}  # fmt: skip
    said |= {f.place for f in places}
    said |= _places_near_mentions(fact, doc)
    said |= _visitors_home(fact, ask)
    if fact.place_kind == CITY:
        wrong = distractors.wrong_cities(doc, answer=fact.place_name, avoid=said | {fact.place})
    elif fact.place_kind == COUNTRY:
        countries = {knowledge.cities[p].country for p in said if p in knowledge.cities}
        wrong = distractors.wrong_countries(doc, answer=fact.place_name,
                                            avoid=said | countries | {fact.place})  # fmt: skip
    else:
        return None  # the data cannot tell which other places are wrong
    where = "in which city" if fact.place_kind == CITY else "in which country"
    prompt = f"According to the article, {stem(fact, where)}?"
    if fact.place.casefold() in prompt.casefold():
        return None
    return single_choice(
        origin=origin(fact),
        prompt=prompt,
        answer=fact.place,
        wrong=wrong,
        explanation=_explanation(fact),
        topic=TOPIC_PLACES,
        difficulty=1,
        score=0.7 if fact.event_head != "meeting" else 0.6,
    )


_IN_BETWEEN = re.compile(r"\s*(?:,|in|,\s*in)\s+")


def _city_around(fact: PlaceFact, ask: Ask) -> list[str]:
    """The city, with its other names, that the sentence places a building or a venue in ("at
    the White House in Washington, D.C."): where the event was held is rightly answered by the
    city too."""
    if fact.place_kind != "place":
        return []
    sentence = ask.doc.sentences[fact.sentence]
    at = sentence.text.find(fact.place)
    if at < 0:
        return []
    after = at + len(fact.place)
    for city in sentence.entities_of(CITY):
        if city.start > after and _IN_BETWEEN.fullmatch(sentence.text[after : city.start]):
            known = ask.knowledge.cities.get(city.name)
            return [city.text, city.name, *(known.aliases if known else ())]
    return []


def _short(fact: PlaceFact, ask: Ask) -> Candidate | None:
    knowledge = ask.knowledge
    accepted = [fact.place, fact.place_name]
    city = knowledge.cities.get(fact.place_name) if fact.place_kind == CITY else None
    if city is not None:
        accepted += list(city.aliases)
    country = knowledge.countries.get(fact.place_name) if fact.place_kind == COUNTRY else None
    if country is not None:
        accepted += list(country.aliases)
    accepted += _city_around(fact, ask)
    noun = {CITY: "city", COUNTRY: "country"}.get(fact.place_kind, "place")
    prompt = f"According to the article, {stem(fact)}? Name the {noun}."
    if any(a.casefold() in prompt.casefold() for a in accepted if a):
        return None
    asked = short_answer(
        origin=origin(fact),
        prompt=prompt,
        accepted=accepted,
        explanation=_explanation(fact),
        topic=TOPIC_PLACES,
        difficulty=3,
        score=0.5,
    )
    # The country a visit went to (13 of 42 votes: a tour has several, or the headline says)
    # or the building a meeting was in (7 of 22: a palace's name is trivia): asked only where
    # nothing else is; a city is where a reader looks for an event.
    return replace(asked, last_resort=True) if asked is not None and noun != "city" else asked
