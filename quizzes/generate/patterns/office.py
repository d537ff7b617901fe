"""Offices: who holds (or held) which office of a country or an organisation.

Phrasings: a title before the name ("Kazakh President Kassym-Jomart Tokayev", "CSTO Secretary
General ...", "former president Nursultan Nazarbayev", "President Shavkat Mirziyoyev" with the
country from the knowledge data), an apposition after it ("Roman Vassilienko, Kazakhstan's
deputy foreign minister," / "X, the president of Y,"), a name in apposition to the title
("Kazakhstan's president, X,"), a copula ("X was the president of Y"), "his Kazakh counterpart
X" (the office of the other person, when the sentence says who that is and the data knows
their office) and "X, who ruled Kazakhstan from 1991 to 2019" (a former holder of the office
the data gives). Titles are the office words of the knowledge data; the fact keeps the name as
the article gives it, the title as the data spells it, the country and/or organisation, and
whether the article speaks of a former holder.

Questions: who holds the office (wrong options are people whose office, by the data or the
article, is a different one), which office a person holds (only among offices the data says
someone else holds), and across facts a matching of people to offices and a true-or-false
statement with another office-holder's country swapped in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_LEADERS, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import (
    COUNTRY,
    DEMONYM,
    ORG,
    PERSON,
    Knowledge,
    Leader,
    country_as_written,
)
from quizzes.generate.names import same_surname
from quizzes.generate.questions import (
    Candidate,
    Origin,
    matching,
    single_choice,
    true_false,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "office"

_FORMER = frozenset({"former", "ex", "ex-", "erstwhile"})
# A title of a body below the state's ("parliamentary speaker", "regional governor").
_BODY_OF_A_PART = frozenset({"parliamentary", "regional", "provincial", "municipal", "local"})
_RANK_WORDS = frozenset(
    {"deputy", "vice", "first", "second", "third", "acting", "assistant", "chief", "senior"}
)
# "former interim president Sadyr Japarov", now the president: a former stand-in, not former.
_STAND_IN = frozenset({"interim", "caretaker", "provisional"})
_STOP_DEPS = frozenset({"det", "punct", "cc", "prep", "predet", "preconj"})
_RULE_VERBS = frozenset({"rule", "lead", "govern"})
_COUNTERPART = "counterpart"
_MAX_MATCHING = 5


@dataclass(frozen=True)
class OfficeFact(Fact):
    person: str  # the full name as the article gives it
    title: str  # as the knowledge data spells it: "President", "Deputy Foreign Minister"
    country: str | None = None
    organisation: str | None = None  # canonical name where the data knows the organisation
    former: bool = False  # the article says so: "former president", "was the president"
    canonical: str = ""  # the data's name for a known person, else the article's
    ended: bool = False  # the data says this holder has since left the office

    @property
    def past(self) -> bool:
        return self.former or self.ended

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.canonical or self.person, self.title, self.country, self.organisation,
                self.former)  # fmt: skip

    def describe(self) -> str:
        former = "former " if self.former else ""
        return f"{self.person}: {former}{self.title} of {self.office_of()}"

    def office_of(self) -> str:
        return self.country or self.organisation or "?"


# --- finding -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Office:
    title: str
    country: str | None
    organisation: str | None
    former: bool


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[OfficeFact]:
    knowledge = doc.knowledge
    titles = _titles(knowledge)
    found: dict[str, OfficeFact] = {}
    counterparts: list[tuple[Entity, Token, Token]] = []
    for entity in sentence.entities:
        name_tokens = _name_tokens(entity, sentence, titles)
        if name_tokens is None:
            continue
        root = _root(name_tokens)
        person = _person_name(entity, name_tokens, doc.knowledge)
        if _initials_only(person):
            continue  # "N. A." cut from "N. A. Nazarbayev": no name to ask
        office = _office_before(name_tokens, root, sentence, doc, titles)
        office = office or _office_of_a_place_before(name_tokens, sentence, doc, titles)
        office = office or _office_in_apposition(root, sentence, doc, titles)
        office = office or _office_by_copula(root, sentence, doc, titles)
        office = office or _office_ruled(entity, root, sentence, doc)
        office = office or _minister_with_portfolio(name_tokens, sentence)
        if office is None and root.dep_ == "appos" and root.head.lemma_.lower() == _COUNTERPART:
            counterparts.append((entity, root.head, root))
            continue
        if office is None or _AIDE_BEFORE.search(sentence.text[: entity.start]):
            continue  # "Assistant to the Kazakh president Ruslan Zheldibay": the aide's name
        fact = _fact(sentence, entity, person, office, knowledge)
        if fact is not None:
            found[fact.canonical] = fact
    for entity, counterpart, root in counterparts:
        fact = _counterpart(entity, counterpart, root, sentence, doc, found)
        if fact is not None:
            found[fact.canonical] = fact
    for fact in found.values():
        if fact.title.casefold() in _PORTFOLIO_UNSAID:
            continue  # "Minister of Ecology ... Mukhtar Babayev" is no "Minister of Azerbaijan"
        if not _contradicts_data(fact, knowledge):
            yield fact


# "Assistant to the Kazakh president", "adviser to the prime minister": a title of the one the
# person named after it serves.
_AIDE_BEFORE = re.compile(
    r"\b(?:assistant|adviser|advisor|aide|spokes(?:man|woman|person)|counsell?or|envoy|"
    r"representative|chief of staff)\s+(?:to|of)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}$",
    re.IGNORECASE,
)
# Titles that need a portfolio the data does not know: "Minister" of what?
_PORTFOLIO_UNSAID = frozenset({"minister", "deputy minister"})


def _contradicts_data(fact: OfficeFact, knowledge: Knowledge) -> bool:
    """The data knows this person with the same title of another country: the parse paired
    the name with the wrong country in a list ("Kyrgyz President Sadyr Japarov,
    the Tajik President ..."), or the sentence also gives the
    title the data knows and the parse took another one. Better no fact than a wrong key."""
    leader = knowledge.leaders.get(fact.canonical)
    if leader is None:
        return False
    title = leader.title.casefold()
    if title != fact.title.casefold() and title in fact.evidence.quote.casefold():
        return True  # "the Secretary General of the OTS Ambassador Omuraliev": the data's title
    if not fact.country or not leader.country:
        return False
    return title == fact.title.casefold() and leader.country != fact.country


def _fact(
    sentence: Sentence, entity: Entity, person: str, office: _Office, knowledge: Knowledge
) -> OfficeFact | None:
    canonical = entity.name if entity.known else person
    leader = knowledge.leaders.get(canonical) if entity.kind == PERSON else None
    country, organisation = office.country, office.organisation
    if leader is not None and country is None and organisation is None:
        same_title = leader.title.casefold() == office.title.casefold()  # the country from the data
        country = (leader.country or None) if same_title else None
        organisation = _org_name(leader, knowledge) if same_title else None
    if country is None and organisation is None:
        return None
    if country and organisation and knowledge.organisation(organisation) is None:
        return None  # "Turkmenistan's People's Council Chairman X": the council's, no "Chairman
        # of Turkmenistan"
    if any(_NAME_AFTER_A_BODY.search(name) for name in (person, organisation or "")):
        return None  # "Chairman of the Democratic Party Saidjafar Ismonov": the parse ran a
        # list of titles and names into one name
    ended = (
        not office.former
        and leader is not None
        and (
            (
                leader.until is not None
                and leader.title.casefold() == office.title.casefold()
                and (leader.country or None, _org_name(leader, knowledge))
                == (country, organisation)
            )
            or _moved_to_the_other_top_office(leader, office.title, country)
        )
    ) or (
        not office.former
        and leader is None
        and _held_now_by_another(person, office.title, (country, organisation), knowledge)
    )
    return OfficeFact(sentence.evidence, sentence.index, sentence.from_caption, person,
                      office.title, country, organisation, office.former, canonical,
                      ended)  # fmt: skip


def _held_now_by_another(
    person: str, title: str, office_of: tuple[str | None, str | None], knowledge: Knowledge
) -> bool:
    """The data has someone else in this one-holder office today ("Prime Minister Temir
    Sariyev" in an article of 2015; Kyrgyzstan's head of government is now another): the
    article speaks of its own time, and "who is …?" would have two right answers."""
    titles = _HEAD_OF_GOVERNMENT if title.casefold() in _HEAD_OF_GOVERNMENT else {title.casefold()}
    return any(
        leader.in_office
        and leader.title.casefold() in titles
        and (leader.country or None, _org_name(leader, knowledge)) == office_of
        and not any(same_surname(name, person) for name in (leader.name, *leader.aliases))
        for leader in knowledge.leaders.values()
    )


# One office under two names: Kyrgyzstan's prime minister has chaired the Cabinet since 2021.
_HEAD_OF_GOVERNMENT = frozenset({"prime minister", "chairman of the cabinet of ministers"})


def _moved_to_the_other_top_office(leader: Leader, title: str, country: str | None) -> bool:
    """The data has the person in the country's other top office ("Prime Minister Shavkat
    Mirziyoyev" in an article of 2012, President since 2016): the office has since been left."""
    offices = {leader.title.casefold(), title.casefold()}
    return leader.country == country and offices == _TOP_OFFICES


_TOP_OFFICES = frozenset({"president", "prime minister"})


_NAME_AFTER_A_BODY = re.compile(
    r"\b(?:Party|Union|Movement|Front|Council|Committee|Reform)(?: [A-Z][a-z]+)+$"
)


def _titles(knowledge: Knowledge) -> dict[tuple[str, ...], str]:
    """Every office word sequence, casefolded, to the data's spelling of it."""
    spelled = [*knowledge.titles, *(leader.title for leader in knowledge.leaders.values())]
    return {tuple(title.casefold().split()): title for title in spelled if title}


def _title_words(titles: dict[tuple[str, ...], str]) -> frozenset[str]:
    return frozenset(word for words in titles for word in words)


def _name_tokens(
    entity: Entity, sentence: Sentence, titles: dict[tuple[str, ...], str]
) -> list[Token] | None:
    """The tokens of a person's name, without title words the model took into the name."""
    doc = sentence.span.doc
    tokens = [doc[i] for i in range(entity.first_token, entity.last_token + 1)]
    if entity.kind == PERSON:
        words = _title_words(titles) | _FORMER
        k = 0
        while k < len(tokens) - 1 and tokens[k].lower_ in words:
            k += 1
        return tokens[k:]
    # A name the model mistook for a place or an organisation ("Roman Vassilienko" as a GPE):
    # only unknown, of two or more proper nouns, and only with a title right next to it.
    if entity.known or entity.kind not in ("place", "org", "other") or len(tokens) < 2:
        return None
    if not all(t.pos_ == "PROPN" for t in tokens):
        return None
    root = _root(tokens)
    beside = [doc[entity.first_token - 1]] if entity.first_token > sentence.span.start else []
    beside += [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        beside.append(root.head)
    if any(_title_at(t, titles) for t in beside):
        return tokens
    return None


def _title_at(token: Token, titles: dict[tuple[str, ...], str]) -> bool:
    return any(words[-1] == token.lower_ for words in titles)


def _root(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _initials_only(name: str) -> bool:
    """ "N. A.", "S. Sh": no word of the name longer than an initial."""
    return all(len(word.strip(".")) <= 2 for word in name.split())


def _person_name(entity: Entity, tokens: list[Token], knowledge: Knowledge) -> str:
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    for ending in ("’s", "'s"):
        if text.endswith(ending):
            text = text[: -len(ending)]
    if entity.known and len(text.split()) < 2:
        return entity.name  # "Tokayev" alone: the full name the data knows
    if entity.known and text not in (entity.name, *knowledge.aliases_of(entity.name)):
        return entity.name  # "Shavkat Mirzieva", a slip: the name as the data spells it
    if not entity.known and entity.kind == PERSON and len(text.split()) < 2:
        return entity.name  # the full name given earlier in the article
    return text


def _left_modifiers(head: Token, start: int) -> list[Token]:
    """Contiguous tokens before `start` that belong to `head`'s phrase ("Kazakh President")."""
    found: list[Token] = []
    i = start - 1
    doc = head.doc
    while i >= head.sent.start:
        token = doc[i]
        hyphen = token.dep_ == "punct" and token.text == "-"
        outside = token.dep_ in _STOP_DEPS or token.pos_ == "PRON" or not head.is_ancestor(token)
        if outside and not hyphen:
            break
        found.append(token)
        i -= 1
    found.reverse()
    return found


def _read_office(
    words: list[Token], sentence: Sentence, doc: ArticleDoc, titles: dict[tuple[str, ...], str]
) -> _Office | None:
    """An office from the words of a title phrase ending in the title's last word."""
    lowered = [t.lower_ for t in words]
    best = 0
    for length in range(1, min(len(words), 5) + 1):
        if tuple(lowered[-length:]) in titles:
            best = length
    if best == 0:
        return None
    title = titles[tuple(lowered[-best:])]
    first = words[-best]
    if first.i > 0 and first.doc[first.i - 1].text in ("-", "‑", "–"):
        return None  # "Under-Secretary General", "Vice-President": another office
    rest = words[:-best]
    if rest and rest[-1].lower_ == "of":
        return None  # "Deputy Press Secretary of Foreign Minister": the minister's aide
    if rest:
        before = rest[-1]
        named = sentence.entity_at(before.i)
        of_place = named is not None and (_country(named) or _organisation(named, doc))
        if not of_place and before.lower_ not in _FORMER:
            if before.pos_ in ("NOUN", "PROPN") or before.lower_ in _RANK_WORDS:
                return None  # part of a title the data does not know ("First Deputy ...")
            if before.pos_ == "ADJ" and before.text[:1].isupper():
                return None
            if before.lower_ in _BODY_OF_A_PART:
                return None  # "the Russian parliamentary speaker": no Speaker of Russia
    country, organisation = None, None
    former = False
    title_start = words[-best].i
    if any(t.lower_ in _FORMER for t in rest) and any(t.lower_ in _STAND_IN for t in rest):
        return None
    for token in reversed(rest):  # the place nearest the title is its own: "X - French President"
        if token.lower_ in _FORMER:
            former = True
            continue
        entity = sentence.entity_at(token.i)
        if entity is None or entity.last_token >= title_start:
            continue  # "Presidential Spokesman" taken for an organisation is the title itself
        country = country or _country(entity)
        organisation = organisation or _organisation(entity, doc)
    head = words[-1]
    while head.head in words and head.head.i != head.i:
        head = head.head  # "Affairs" of "Minister of Foreign Affairs": the title is the minister
    # "of Kyrgyzstan" after the title, or after its portfolio ("of Foreign Affairs of ...")
    for prep in (c for t in dict.fromkeys((head, words[-1])) for c in t.children):
        if prep.dep_ == "prep" and prep.lower_ == "of" and not _after_a_second_title(prep):
            for obj in prep.children:
                entity = sentence.entity_at(obj.i) if obj.dep_ == "pobj" else None
                if entity is not None:
                    country = country or _country(entity)
                    organisation = organisation or _organisation(entity, doc)
    return _Office(title, country, organisation, former)


def _after_a_second_title(prep: Token) -> bool:
    """ "deputy prime minister and chair of the Commission": an "of" after a title joined to
    the one it hangs from is the joined title's ("chair of the Commission"), not the first's."""
    return any(c.dep_ == "conj" and c.i < prep.i for c in prep.head.children)


def _country(entity: Entity) -> str | None:
    if entity.kind in (COUNTRY, DEMONYM):
        return entity.name
    if entity.kind == "place" and entity.label == "GPE":
        return entity.text
    return None


def _organisation(entity: Entity, doc: ArticleDoc) -> str | None:
    if entity.kind != ORG:
        return None
    if entity.known:
        return entity.name
    return entity.text


def _office_before(
    name: list[Token], root: Token, sentence: Sentence, doc: ArticleDoc,
    titles: dict[tuple[str, ...], str],
) -> _Office | None:  # fmt: skip
    """ "Kazakh President X", "former president X", "CSTO Secretary General X"."""
    start = name[0].i
    entity_start = start
    # Title words the model put inside the name's entity count as words before the name.
    words = _left_modifiers(root, start)
    doc_tokens = root.doc
    first = sentence.entity_at(start)
    if first is not None and first.first_token < start:
        entity_start = first.first_token
        words = _left_modifiers(root, entity_start) + [
            doc_tokens[i] for i in range(entity_start, start)
        ]
    if not words:
        return None
    return _read_office(words, sentence, doc, titles)


def _office_of_a_place_before(
    name: list[Token], sentence: Sentence, doc: ArticleDoc, titles: dict[tuple[str, ...], str]
) -> _Office | None:
    """ "President of Mongolia Kh. Battulga": a title, "of", a country or organisation, and the
    name right after it (the parser takes the country for part of the name)."""
    tokens = name[0].doc
    place = sentence.entity_at(name[0].i - 1) if name[0].i > sentence.span.start else None
    if place is None or place.first_token - 1 <= sentence.span.start:
        return None
    country, organisation = _country(place), _organisation(place, doc)
    start = place.first_token - (2 if tokens[place.first_token - 1].lower_ == "the" else 1)
    if not (country or organisation) or tokens[start].lower_ != "of":
        return None
    words: list[Token] = []
    for i in range(start - 1, max(sentence.span.start, start - 5) - 1, -1):
        if not tokens[i].is_title or sentence.entity_at(i) is not None:
            break
        words.insert(0, tokens[i])
    office = _read_office(words, sentence, doc, titles) if words else None
    if office is None:
        return None
    return replace(office, country=country, organisation=organisation)


_MINISTER = "minister"
_TITLE_JOINS = frozenset({"of", "for", "and", "&", "-"})
_MAX_TITLE_TOKENS = 12
_POSSESSIVE = ("’s", "'s")


def _minister_with_portfolio(name: list[Token], sentence: Sentence) -> _Office | None:
    """ "the Minister of Water Resources and Irrigation of Kazakhstan X", "Pakistan's Railways
    Minister X", "Indonesian Energy and Mineral Resources Minister X": a minister's title with
    its portfolio, which no list of titles can hold; the country is the one named in the
    title's phrase. The title is read from the words before the name (the parser often takes
    the whole title for one organisation's name)."""
    tokens = name[0].doc
    phrase: list[Token] = []
    i = name[0].i - 1
    while i >= sentence.span.start and len(phrase) < _MAX_TITLE_TOKENS:
        token = tokens[i]
        after = phrase[0].lower_ if phrase else ""
        capitalised = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
        portfolio = token.pos_ == "NOUN" and after == _MINISTER  # "energy minister"
        if not (
            capitalised or portfolio or token.lower_ in (*_TITLE_JOINS, _MINISTER, *_POSSESSIVE)
        ):
            break
        phrase.insert(0, token)
        i -= 1
        entity = sentence.entity_at(token.i)
        opens = entity is not None and _country(entity) and entity.first_token == token.i
        if opens and tokens[i].lower_ != "of":
            break  # "Pakistan's Railways Minister": the country opens the phrase
    countries = {c for t in phrase if (e := sentence.entity_at(t.i)) and (c := _country(e))}
    if len(countries) != 1:
        return None
    title = [t for t in phrase if not _names_a_country(t, sentence) and t.lower_ not in _POSSESSIVE]
    while title and title[-1].lower_ in _TITLE_JOINS:
        title.pop()  # "Minister of Energy of": the country came after
    while title and title[0].lower_ in _TITLE_JOINS:
        title.pop(0)
    if any((e := sentence.entity_at(t.i)) is not None and e.kind != ORG for t in title):
        return None  # a place or a date beside the title is no part of it
    words = [t.lower_ for t in title]
    if _MINISTER not in words or _MINISTER not in (words[0], words[-1]):
        return None
    if _RANK_WORDS & set(words) or set(words) <= {_MINISTER, *_TITLE_JOINS}:
        return None  # a rank the data does not know ("Second Deputy ..."), or no portfolio
    spelled = " ".join(t.text if t.lower_ in _TITLE_JOINS else t.text[:1].upper() + t.text[1:]
                       for t in title)  # fmt: skip
    return _Office(spelled.replace(" - ", "-"), next(iter(countries)), None, False)


def _names_a_country(token: Token, sentence: Sentence) -> bool:
    entity = sentence.entity_at(token.i)
    return entity is not None and _country(entity) is not None


def _title_phrase(head: Token) -> list[Token]:
    """The title's words: those before its head and a portfolio after it ("Deputy Minister of
    Foreign Affairs"), never the country or organisation an "of" names ("of Kazakhstan")."""
    return [*_left_modifiers(head, head.i), head, *_portfolio(head)]


def _portfolio(head: Token) -> list[Token]:
    """ "of Foreign Affairs" after "Minister": the first "of" phrase, when it names no country,
    organisation or other named thing and is written in capitals, as a portfolio is."""
    prep = next((c for c in head.children if c.dep_ == "prep"), None)
    portfolio = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or portfolio is None or prep.lower_ != "of" or prep.i != head.i + 1:
        return []
    whose = {t.i for c in portfolio.children if c.dep_ == "prep" for t in c.subtree}
    words = [prep, *(t for t in portfolio.subtree if t.i not in whose)]  # not "of Kyrgyzstan"
    if any(t.ent_type_ or t.pos_ == "DET" for t in words[1:]):
        return []  # "of Kazakhstan", "of the Republic of Kazakhstan", "of the federation"
    if not all(t.text[:1].isupper() or t.lower_ in _TITLE_JOINS for t in words[1:]):
        return []
    return words


def _office_in_apposition(
    root: Token, sentence: Sentence, doc: ArticleDoc, titles: dict[tuple[str, ...], str]
) -> _Office | None:
    """ "X, Kazakhstan's deputy foreign minister," and "Kazakhstan's president, X,"."""
    for child in root.children:
        if child.dep_ == "appos" and _title_at(child, titles):
            office = _read_office(_title_phrase(child), sentence, doc, titles)
            if office is not None:
                return office
    if root.dep_ == "appos" and _title_at(root.head, titles):
        return _read_office(_title_phrase(root.head), sentence, doc, titles)
    return None


def _office_by_copula(
    root: Token, sentence: Sentence, doc: ArticleDoc, titles: dict[tuple[str, ...], str]
) -> _Office | None:
    """ "X is the president of Y"; "X was ..." (simple past) is a former holder."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for child in verb.children:
        if child.dep_ == "attr" and _title_at(child, titles):
            office = _read_office(_title_phrase(child), sentence, doc, titles)
            if office is None:
                return None
            past = verb.tag_ == "VBD"
            return _Office(office.title, office.country, office.organisation,
                           office.former or past)  # fmt: skip
    return None


def _office_ruled(
    entity: Entity, root: Token, sentence: Sentence, doc: ArticleDoc
) -> _Office | None:
    """ "X, who ruled Kazakhstan from 1991 to 2019": a former holder; the title from the data."""
    leader = doc.knowledge.leaders.get(entity.name) if entity.known else None
    if leader is None or leader.title.casefold() not in _RULERS:
        return None  # "Gurbanguly Berdymukhammedov, who ruled from 2006 to 2022": a president
        # then, chairman of the People's Council now; "former chairman" would be false
    for child in root.children:
        if child.dep_ != "relcl" or child.lemma_ not in _RULE_VERBS or child.tag_ != "VBD":
            continue
        country = None
        objects = [obj for obj in child.children if obj.dep_ == "dobj"]
        for obj in objects:
            found = sentence.entity_at(obj.i)
            country = country or (_country(found) if found else None)
        if objects and country is None:
            return None  # "who previously led the country's anti-corruption agency": no state
        if country is not None and leader.country and country != leader.country:
            return None
        return _Office(leader.title, country or leader.country or None,
                       leader.organisation or None, True)  # fmt: skip
    return None


_RULERS = frozenset({"president", "king", "emir", "sultan", "supreme leader", "head of state"})


def _counterpart(
    entity: Entity, counterpart: Token, root: Token, sentence: Sentence, doc: ArticleDoc,
    found: dict[str, OfficeFact],
) -> OfficeFact | None:  # fmt: skip
    """ "his Kazakh counterpart X": X holds the other person's office, of the country named."""
    country = None
    for token in _left_modifiers(counterpart, counterpart.i):
        named = sentence.entity_at(token.i)
        country = country or (_country(named) if named else None)
    if country is None:
        return None
    other = _other_person(counterpart, sentence)
    if other is None or other.name == entity.name:
        return None
    title = None
    if other.name in found:
        title = found[other.name].title
    elif other.known and other.name in doc.knowledge.leaders:
        title = doc.knowledge.leaders[other.name].title
    if title is None:
        return None
    leader = doc.knowledge.leaders.get(entity.name) if entity.known else None
    if leader is not None and (leader.title != title or leader.country != country):
        return None  # the data says otherwise: no guess
    tokens = _name_tokens(entity, sentence, _titles(doc.knowledge)) or [root]
    person = _person_name(entity, tokens, doc.knowledge)
    office = _Office(title, country, None, False)
    return _fact(sentence, entity, person, office, doc.knowledge)


def _other_person(counterpart: Token, sentence: Sentence) -> Entity | None:
    """Whose counterpart: "Xi's counterpart", or "his counterpart" with Xi the subject."""
    for child in counterpart.children:
        if child.dep_ == "poss":
            named = sentence.entity_at(child.i)
            if named is not None:
                return named if named.kind == PERSON else None
            if child.lower_ not in ("his", "her"):
                return None
    verb = counterpart.head
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    people = []
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            named = sentence.entity_at(child.i)
            if named is not None and named.kind == PERSON:
                people.append(named)
    return people[0] if len(people) == 1 else None


# --- questions ----------------------------------------------------------------------------


def questions(fact: OfficeFact, ask: Ask) -> Iterator[Candidate | None]:
    if _an_aide(fact):
        return
    # "who is the President of Turkey?" from a list of who attended: trivia; and "who is the
    # Economy Minister of Azerbaijan?": a name check beside the point (none of ten passed
    # review). Both are asked only where the article offers nothing else.
    # A head of state named once beside the story is worth asking all the same (29 of 34 votes),
    # unless the article lists many of them (who attended a summit).
    incidental = _incidental(fact, ask) and (not _heads(fact) or _many_heads(ask))
    background = incidental or _world_knowledge(fact, ask)
    for candidate in (_who_holds(fact, ask), _which_office(fact, ask)):
        if candidate is not None and (background or not _heads(fact)):
            candidate = replace(candidate, last_resort=True)
        yield candidate


def _an_aide(fact: OfficeFact) -> bool:
    """A post on a leader's staff ("Dmitry Peskov, the Kremlin's press secretary"): the
    president's, not the country's, so "Press Secretary of Russia" would be wrong."""
    return fact.country is not None and fact.title.casefold() in _AIDES


_AIDES = frozenset({"press secretary", "spokesperson", "spokesman", "spokeswoman",
                    "chief of staff", "national security adviser",
                    "head of the presidential administration"})  # fmt: skip


def _incidental(fact: OfficeFact, ask: Ask) -> bool:
    """A person the article names once, outside its headline, beside other office-holders:
    their office is background knowledge, not what the article teaches (they can still be
    matched with their office). The one office-holder an article names, unknown to the data
    (the official an interview is with), is its voice, and their office worth learning; a
    head of state the data knows is world knowledge all the same."""
    mentions = sum(1 for e in ask.doc.entities() if e.name == fact.canonical)
    surname = fact.person.split()[-1].casefold()
    alone = fact.canonical not in ask.knowledge.leaders and all(
        f.canonical == fact.canonical for f in ask.facts_of(OfficeFact)
    )
    return mentions <= 1 and surname not in (ask.doc.title or "").casefold() and not alone


_HEAD_TITLES = frozenset({"president", "prime minister", "chancellor", "king", "emir",
                          "secretary general", "secretary-general", "chairman",
                          "chair"})  # fmt: skip


MANY_HEADS = 4  # heads of states or bodies one article names: a list of who attended


def _many_heads(ask: Ask) -> bool:
    return len({f.canonical for f in ask.facts_of(OfficeFact) if _heads(f)}) >= MANY_HEADS


def _heads(fact: OfficeFact) -> bool:
    """The office heads a state or an organisation: a teacher asks who leads a country or the
    SCO; a minister or a deputy the article quotes is a name in passing (a matching question
    may still pair them with their office)."""
    return fact.title.casefold() in _HEAD_TITLES


def _world_knowledge(fact: OfficeFact, ask: Ask) -> bool:
    """The head of a major power in office ("which office does Donald Trump hold?"): what a
    student knows without the article (a matching question may still pair them)."""
    country = ask.knowledge.countries.get(fact.country or "")
    heads = ("president", "prime minister", "chancellor")
    major = country is not None and "major power" in country.tags
    return major and not fact.former and fact.title.casefold() in heads


# A title that names its body by a proper name ("Honorary Chairman of Georgian Dream"; not
# "Chairman of the Cabinet of Ministers", a body every state has).
_NAMES_ITS_BODY = re.compile(r"^(?:(?! of ).)* of (?!the\b)[A-Z]")


def label(fact: OfficeFact, knowledge: Knowledge, *, with_article: bool = False) -> str:
    """ "President of Kazakhstan", "Secretary General of the CSTO"."""
    if " of " in fact.title and not fact.country:
        office = fact.title  # "President of the European Commission" names its body
    else:
        office = f"{fact.title} of {_where(fact, knowledge)}"
    if not with_article:
        return office
    if fact.former:
        return f"a former {office}"
    return f"{'the' if _unique(fact.title, knowledge) else 'a'} {office}"


def _where(fact: OfficeFact, knowledge: Knowledge) -> str:
    if fact.country:
        return country_as_written(fact.country)
    org = knowledge.organisation(fact.organisation or "")
    if org is not None:
        return f"the {org.acronym}" if org.acronym else f"the {org.name}"
    name = fact.organisation or ""
    return name if name.lower().startswith("the ") else f"the {name}"


def _unique(title: str, knowledge: Knowledge) -> bool:
    """An office one person holds at a time: one the data gives a named holder, or a title of
    several words that is not a rank below another ("Foreign Minister", not "Deputy ...")."""
    folded = title.casefold()
    if any(leader.title.casefold() == folded for leader in knowledge.leaders.values()):
        return True
    words = folded.split()
    return len(words) > 1 and words[0] not in _RANK_WORDS


def _same_office(fact: OfficeFact, other: OfficeFact) -> bool:
    return (fact.title.casefold(), fact.country, fact.organisation) == (
        other.title.casefold(), other.country, other.organisation)  # fmt: skip


def _names_of(fact: OfficeFact, knowledge: Knowledge) -> set[str]:
    """Every name the fact's person goes by."""
    names = {fact.person, fact.canonical}
    leader = knowledge.leaders.get(fact.canonical)
    if leader is not None:
        names |= {leader.name, *leader.aliases}
    return {n for n in names if n}


def _offices_known(ask: Ask) -> dict[str, set[tuple[str, str | None, str | None]]]:
    """Person → the offices the data or the article gives them (title casefolded)."""
    known: dict[str, set[tuple[str, str | None, str | None]]] = {}
    for leader in ask.knowledge.leaders.values():
        office = _office_of(leader, ask.knowledge)
        for name in (leader.name, *leader.aliases):
            known.setdefault(name, set()).add(office)
    for other in ask.facts_of(OfficeFact):
        office = (other.title.casefold(), other.country, other.organisation)
        for name in _names_of(other, ask.knowledge):
            known.setdefault(name, set()).add(office)
    return known


def _office_of(leader: Leader, knowledge: Knowledge) -> tuple[str, str | None, str | None]:
    """A data office-holder's office as facts write it: the organisation by its full name."""
    return (leader.title.casefold(), leader.country or None, _org_name(leader, knowledge))


def _org_name(leader: Leader, knowledge: Knowledge) -> str | None:
    if not leader.organisation:
        return None
    org = knowledge.organisation(leader.organisation)
    return org.name if org is not None else leader.organisation


MIN_COMPATRIOTS = 2  # wrong options from the office's own country


def _who_holds(fact: OfficeFact, ask: Ask) -> Candidate | None:
    if fact.ended and not fact.former:
        return None  # "who was the President of Kazakhstan?" has had several right answers
    knowledge = ask.knowledge
    if not _unique(fact.title, knowledge):
        return None  # "who is a Deputy Foreign Minister of Russia?": one of several, incidental
    holders = [f for f in ask.facts_of(OfficeFact) if _same_office(f, fact)]
    if any(f.canonical != fact.canonical and f.past == fact.past for f in holders):
        return None  # two people named for one office: no single right answer
    avoid = set()
    for other in holders:
        avoid |= _names_of(other, knowledge)
    office = (fact.title.casefold(), fact.country, fact.organisation)
    for leader in knowledge.leaders.values():
        if _office_of(leader, knowledge) == office:
            avoid |= {leader.name, *leader.aliases}
    known = _offices_known(ask)
    home = knowledge.leaders_of(fact.country, in_office=True) if fact.country else []
    # never the answer spelt another way ("Berdimuhamedow" for the article's "Berdymukhammedov")
    compatriots = distractors.distinct_people(
        [name for name in home if name not in avoid], answer=fact.person
    )
    pool = compatriots + distractors.wrong_people(
        ask.doc,
        answer=fact.person,
        avoid=avoid | set(compatriots),
        count=40,
        title=fact.title,
        country=fact.country,
    )
    # Only people whose office is known and is another one: surely not the answer. People of
    # the same kind of office (of a country, of an organisation); the country's other office-
    # holders first (Mongolia's prime minister for its president, not China's), then the same
    # title elsewhere.
    of_country = fact.country is not None

    def fit(person: str) -> tuple[bool, bool, bool]:
        same_kind = [t for t, c, _ in known[person] if (c is not None) == of_country]
        compatriot = of_country and any(c == fact.country for _, c, _ in known[person])
        return (not same_kind, not compatriot, fact.title.casefold() not in same_kind)

    wrong = [p for p in pool if known.get(p) and office not in known[p] and not fit(p)[0]]
    if fact.former:  # "a former Prime Minister": not Tokayev, the president, who was one
        wrong = [p for p in wrong if not _risen_above(known[p], fact)]
    wrong = sorted(wrong, key=fit)[:3]
    if of_country and sum(not fit(p)[1] for p in wrong) < MIN_COMPATRIOTS:
        return None  # Kishida among Xi and Modi for Japan's prime minister: no question at all
    wrong = [_as_written(p, ask) for p in wrong]
    where = label(fact, knowledge, with_article=True)
    prompt = f"According to the article, who {'was' if fact.ended else 'is'} {where}?"
    head = knowledge.leaders.get(fact.canonical) is not None or _unique(fact.title, knowledge)
    return single_choice(
        origin=origin(fact),
        prompt=prompt,
        answer=fact.person,
        wrong=wrong,
        explanation=f"The article names {fact.person} as {where}"
        f"{' (an office the person has since left)' if fact.ended else ''}.",
        topic=TOPIC_LEADERS,
        difficulty=1 if head else 2,
        score=0.75 if head else 0.6,
    )


def _risen_above(offices: set[tuple[str, str | None, str | None]], fact: OfficeFact) -> bool:
    """Whether a person's known office in the fact's country is one people often reach after
    holding the fact's office (a president, once a prime minister or a foreign minister)."""
    asked = fact.title.casefold()
    ranks = _OFFICES_FROM_THE_TOP
    above = ranks[: ranks.index(asked)] if asked in ranks else ranks
    return any(title in above and country == fact.country for title, country, _ in offices)


# The offices of a state from the top: one who holds one may have held any below it before.
_OFFICES_FROM_THE_TOP = ("supreme leader", "president", "prime minister")


def _as_written(name: str, ask: Ask) -> str:
    """A person's name as the article writes it in full, where that is a spelling the data
    knows ("Oljas Bektenov"), else the data's ("Shavkat Mirziyoyev", not a slip such as
    "Shavkat Mirzieva")."""
    spellings = {name, *ask.doc.knowledge.aliases_of(name)}
    for entity in ask.doc.entities(PERSON):
        if entity.name == name and len(entity.text.split()) >= 2 and entity.text in spellings:
            return entity.text
    return name


def _which_office(fact: OfficeFact, ask: Ask) -> Candidate | None:
    """Only a current office, among offices the data or the article gives to someone else."""
    if fact.past or not fact.country:
        return None
    knowledge = ask.knowledge
    names = _names_of(fact, knowledge)
    mine = {f.title.casefold() for f in ask.facts_of(OfficeFact)
            if f.country == fact.country and _names_of(f, knowledge) & names}  # fmt: skip
    mine |= {t for t, c, _ in _offices_known(ask).get(fact.canonical, set()) if c == fact.country}
    right_words = set(fact.title.casefold().split())
    wrong: list[str] = []
    holders = [(leader.title, leader.name) for leader in knowledge.leaders.values()
               if leader.country == fact.country and leader.in_office]  # fmt: skip
    holders += [(f.title, f.canonical) for f in ask.facts_of(OfficeFact)
                if f.country == fact.country and not f.past]  # fmt: skip
    for title, holder in holders:
        folded = title.casefold()
        if holder in names or folded in mine or not _unique(title, knowledge):
            continue
        if same_surname(holder, fact.person):
            continue  # the person in the data's spelling, or a namesake: not surely another's
        if set(folded.split()) <= right_words or right_words <= set(folded.split()):
            continue  # "Foreign Minister" against "Deputy Foreign Minister": not surely false
        if _NAMES_ITS_BODY.search(title):
            continue  # "Honorary Chair of Georgian Dream": "… of Georgia" after it is garbled
        option = f"{distractors.sex_neutral_title(title)} of {country_as_written(fact.country)}"
        if option not in wrong:
            wrong.append(option)
    return single_choice(
        origin=origin(fact),
        prompt=f"According to the article, which office does {fact.person} hold?",
        answer=label(fact, knowledge),
        wrong=wrong[:3],
        explanation=f"The article names {fact.person} as "
        f"{label(fact, knowledge, with_article=True)}.",
        topic=TOPIC_LEADERS,
        difficulty=2,
        score=0.45,
    )


def combined(facts: list[OfficeFact], ask: Ask) -> Iterator[Candidate | None]:
    pairs = _unambiguous([f for f in facts if not _an_aide(f)], ask.knowledge)
    yield _matching(pairs, ask)
    yield _swapped_country(pairs, ask)


def _unambiguous(facts: list[OfficeFact], knowledge: Knowledge) -> list[OfficeFact]:
    """One fact per person and per office, body text first; offices held by two people and
    people with two offices are left out."""
    ordered = sorted(facts, key=lambda f: (f.from_caption, f.sentence))
    by_office: dict[tuple[object, ...], set[str]] = {}
    by_person: dict[str, set[tuple[object, ...]]] = {}
    for fact in ordered:
        office = (label(fact, knowledge).casefold(), fact.former)
        by_office.setdefault(office, set()).add(fact.canonical)
        by_person.setdefault(fact.canonical, set()).add(office)
    kept: list[OfficeFact] = []
    seen: set[str] = set()
    for fact in ordered:
        office = (label(fact, knowledge).casefold(), fact.former)
        if len(by_office[office]) > 1 or len(by_person[fact.canonical]) > 1:
            continue
        if fact.canonical not in seen:
            seen.add(fact.canonical)
            kept.append(fact)
    return kept


def _combined_origin(facts: list[OfficeFact], what: str) -> Origin:
    first = facts[0]
    key = (what, *sorted(f.canonical for f in facts))
    return Origin(first.evidence, first.sentence, first.from_caption, KIND, key)


def _matching(facts: list[OfficeFact], ask: Ask) -> Candidate | None:
    chosen = facts[:_MAX_MATCHING]
    if len(chosen) < 3:
        return None
    knowledge = ask.knowledge
    offices = [("Former " if f.former else "") + label(f, knowledge) for f in chosen]
    pairs = [(f.person, office) for f, office in zip(chosen, offices, strict=True)]
    said = "; ".join(f"{f.person}, {label(f, knowledge, with_article=True)}" for f in chosen)
    return matching(
        origin=_combined_origin(chosen, "matching"),
        prompt="According to the article, match each person with an office held.",
        pairs=pairs,
        explanation=f"The article names these office-holders: {said}.",
        topic=TOPIC_LEADERS,
        difficulty=2,
        score=0.7,
    )


def _swapped_country(facts: list[OfficeFact], ask: Ask) -> Candidate | None:
    """ "X is the President of Russia" where the article makes someone else President of
    Russia and X President of another country: surely false."""
    knowledge = ask.knowledge
    for fact in facts:
        if fact.past or not fact.country or not _unique(fact.title, knowledge):
            continue
        if _world_knowledge(fact, ask):
            continue  # "Putin is the President of Azerbaijan": false without the article
        for other in facts:
            if (other is fact or other.past or not other.country or _world_knowledge(other, ask)
                    or other.country == fact.country
                    or other.title.casefold() != fact.title.casefold()):  # fmt: skip
                continue
            statement = f"{fact.person} is the {fact.title} of {country_as_written(other.country)}."
            return true_false(
                origin=_combined_origin([fact, other], "swapped"),
                statement=statement,
                truth=False,
                explanation=f"The article names {fact.person} as the {fact.title} of "
                f"{country_as_written(fact.country)}, and {other.person} as the {other.title} "
                f"of {country_as_written(other.country)}.",
                topic=TOPIC_LEADERS,
                difficulty=1,
                score=0.45,
                answer_texts=(fact.person, other.person),
            )
    return None
