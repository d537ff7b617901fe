"""The cleaned article, parsed: sentences with their paragraph, their parse and their entities.

Every paragraph goes through the spaCy pipeline once (`nlp.pipe`). A sentence keeps its spaCy
`Span` (tokens, parts of speech, dependencies) and a list of `Entity` objects: the named entities
of the parse, each tied to the knowledge data where it names a known country, city,
organisation or person. People named by surname after their full name ("Tokayev" after
"Kassym-Jomart Tokayev") are resolved to the full name, so facts about a person collect under
one name. Evidence is always the sentence exactly as it stands in the cleaned paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from quizzes.generate.acronyms import defined_acronyms
from quizzes.generate.clean import CleanArticle, Paragraph
from quizzes.generate.knowledge import (
    CITY,
    COUNTRY,
    DEMONYM,
    ORG,
    PERSON,
    Knowledge,
    people_plural,
    takes_the,
)
from quizzes.generate.names import same_person
from quizzes.generate.whole_words import whole_words
from quizzes.model import Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quizzes.generate.deadline import Deadline

# spaCy labels → our kinds, for entities the knowledge data does not know.
_KIND_OF_LABEL = {
    "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group", "ORG": "org",
    "PERSON": PERSON, "DATE": "date", "TIME": "time", "MONEY": "money", "PERCENT": "percent",
    "QUANTITY": "quantity", "CARDINAL": "cardinal", "ORDINAL": "ordinal", "EVENT": "event",
    "LAW": "law", "WORK_OF_ART": "work", "PRODUCT": "product", "LANGUAGE": "language",
}  # fmt: skip
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
DEFAULT_TITLE = "Quiz from an article"  # of a set whose article names no one subject
# Entities that say what a sentence is about; a date or a figure alone does not.
NAMING_KINDS = frozenset({COUNTRY, DEMONYM, CITY, ORG, PERSON, "place", "group", "event", "law",
                          "product", "work", "other"})  # fmt: skip
_NAME_WORD = re.compile(r"[\w.+&’'-]*\w[+.]?")
_NAME_WORD_END = re.compile(r"(?:[’']s|[’'])$")  # "Uzbekistan’s" names Uzbekistan
_LONGEST_NAME = 8  # words: "Organization for Security and Co-operation in Europe"
_POSSESSIVE = ("’s", "'s", "’", "'")
_NOT_A_LETTER = "‘’“”\"'()[]:;,.!?"  # stripped from a headline word before it is looked up


@dataclass(frozen=True)
class Entity:
    """A named thing in a sentence; `name` is the canonical name where the knowledge knows it."""

    kind: str
    text: str
    name: str
    label: str
    known: bool
    start: int  # character offsets in the sentence text
    end: int
    first_token: int  # token offsets in the paragraph's parsed doc
    last_token: int

    @property
    def country(self) -> str | None:
        """The country a country name or demonym stands for."""
        return self.name if self.kind in (COUNTRY, DEMONYM) else None


_COMMON_LEMMAS = frozenset({"say", "country", "year", "state", "government", "official", "also",
                            "time", "new", "make", "take", "include", "accord"})  # fmt: skip


@dataclass
class Sentence:
    index: int
    text: str
    paragraph: Paragraph
    span: Span
    entities: list[Entity] = field(default_factory=list)
    importance: float = 0.0

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.text, self.paragraph.number)

    @property
    def from_caption(self) -> bool:
        return self.paragraph.is_caption

    def entities_of(self, *kinds: str) -> list[Entity]:
        return [e for e in self.entities if e.kind in kinds]

    @cached_property
    def content_words(self) -> frozenset[str]:
        """The lemmas of the words that say what is done or had: nouns, verbs and adjectives,
        not names of places, peoples, dates or figures, nor words every report has ("say",
        "year", "country")."""
        return frozenset(
            t.lemma_.casefold()
            for t in self.span
            if t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN")
            and not t.is_stop
            and len(t.text) > 2
            and t.ent_type_ not in ("GPE", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT")
            and t.lemma_.casefold() not in _COMMON_LEMMAS
        )

    def entity_at(self, token_index: int) -> Entity | None:
        """The entity covering a token of the paragraph's doc, if any (entities are in text
        order and never overlap, so a binary search finds it)."""
        after = bisect_right(self.entities, token_index, key=lambda entity: entity.first_token)
        if after and self.entities[after - 1].last_token >= token_index:
            return self.entities[after - 1]
        return None


@dataclass
class ArticleDoc:
    title: str | None
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    knowledge: Knowledge
    published: date | None = None  # when the page says it was published, where it says

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    def entities(self, *kinds: str) -> list[Entity]:
        return [e for s in self.sentences for e in s.entities if not kinds or e.kind in kinds]

    @cached_property
    def _sentences_by_words(self) -> dict[tuple[str, ...], tuple[Sentence, ...]]:
        return {}

    def sentences_with(self, words: tuple[str, ...]) -> tuple[Sentence, ...]:
        """The sentences whose text holds any of `words` as written (looked up once each)."""
        found = self._sentences_by_words.get(words)
        if found is None:
            found = tuple(s for s in self.sentences if any(w in s.text for w in words))
            self._sentences_by_words[words] = found
        return found

    @cached_property
    def written_words(self) -> frozenset[str]:
        """Every word of letters the article writes, in lower case."""
        return frozenset(t.lower_ for s in self.sentences for t in s.span if t.is_alpha)

    @cached_property
    def kinds_in_names(self) -> frozenset[str]:
        """The kinds of thing the article names, as common nouns it also writes, in lower case:
        "dialogue" of "the Japan–Central Asia Dialogue", "lake" of "Lake Baikal" (so "the lake"
        of a stem is one the article named, and the stem does not say which); not the words
        that only describe the kind ("development" of "Asian Development Bank")."""
        in_names = {
            token.lemma_.lower()
            for sentence in self.sentences
            for name in sentence.span.ents
            if name.label_ in _THING_LABELS and len(name) > 1
            for token in (name.root, name[0])
            if token.pos_ == "PROPN"
            and token.is_title
            and (token == name.root or token.lower_ in _KINDS_BEFORE_A_NAME)
        }
        return frozenset(in_names & self._common_nouns)

    @cached_property
    def _common_nouns(self) -> frozenset[str]:
        return frozenset(t.lemma_ for s in self.sentences for t in s.span
                         if t.pos_ == "NOUN" and t.is_lower)  # fmt: skip

    @cached_property
    def person_name_words(self) -> Counter[str]:
        """How often the article writes each word of people's names."""
        return Counter(w for person in self.entities(PERSON) for w in person.text.split())

    @cached_property
    def countries_of_people(self) -> dict[str, frozenset[str]]:
        """The countries the article gives people by a title before their name ("French
        President Emmanuel Macron", "Peru's foreign minister Ana Cecilia Gervasi"), by the
        people's names as written."""
        found: dict[str, set[str]] = {}
        for sentence in self.sentences:
            places = sentence.entities_of(COUNTRY, DEMONYM)
            for person in sentence.entities_of(PERSON):
                for place in places:
                    between = sentence.text[place.end : person.start]
                    if place.end <= person.start and _TITLE_BETWEEN.fullmatch(between):
                        found.setdefault(person.text, set()).add(place.name)
        return {person: frozenset(countries) for person, countries in found.items()}

    @cached_property
    def countable_nouns(self) -> frozenset[str]:
        """Lemmas of the common nouns that name one thing of many: a country or a thing a name
        can be given, and those the article writes in the plural or after "a"/"an" but for an
        abstract noun ("took legal action" is good English beside "actions")."""
        lemmas: set[str] = set()
        for sentence in self.sentences:
            for token in sentence.span:
                counted = any(c.lower_ in ("a", "an") for c in token.children)
                if token.tag_ == "NNS" or (token.tag_ == "NN" and counted):
                    lemmas.add(token.lemma_.lower())
        concrete = {lemma for lemma in lemmas if not lemma.endswith(_ABSTRACT_ENDINGS)}
        return frozenset(concrete) | COUNTRY_NOUNS | NAMEABLE_THINGS

    @cached_property
    def subjects(self) -> tuple[Entity, ...]:
        """The named things the article is about, each as the article writes it most: the one
        its headline names and its text names most, and a second one joined to it in the
        headline ("Kyrgyzstan and Tajikistan", "U.S. Relations With Georgia")."""
        return tuple(_subjects(self))

    @cached_property
    def subject_forms(self) -> frozenset[str]:
        """Every way the article writes its subjects (casefolded): "Georgia", "Georgian" in
        "U.S. Relations With Georgia". A question whose answer is this is a giveaway."""
        entities = self.entities()
        names = {s.name for s in self.subjects}
        forms = {e.text.casefold() for e in entities if e.name in names}
        forms |= {n.casefold() for n in names}
        return frozenset(forms | {f"the {f}" for f in forms})

    @cached_property
    def headline_countries(self) -> frozenset[str]:
        """The countries the headline names in any of their forms ("Kazakh lands": Kazakhstan)."""
        return countries_named(self.title or "", self.knowledge)

    @cached_property
    def giveaway_forms(self) -> frozenset[str]:
        """The subject forms a student would guess as answers: the one subject's, or where the
        article is about several ("Pakistan, Afghanistan and Uzbekistan signed …"), those its
        headline names (without a headline, which of the three a stem asks is a real question).
        """
        if len(self.subjects) <= 1:
            return self.subject_forms
        title = (self.title or "").casefold()
        return frozenset(f for f in self.subject_forms
                         if whole_words(f).search(title))  # fmt: skip

    @cached_property
    def subject_reference(self) -> str | None:
        """How a stem names the article's one subject (a country, organisation or place): as
        the article writes it most, with "the" where the article puts it ("the SCO")."""
        if len(self.subjects) != 1 or self.subjects[0].kind not in (COUNTRY, ORG, "place", CITY):
            return None
        subject = self.subjects[0]
        title = (self.title or "").casefold()
        in_title = [e.text for e in self.entities(subject.kind)
                    if e.name == subject.name and e.text.casefold() in title]  # fmt: skip
        text = max(in_title, key=len) if in_title else subject.text
        if subject.kind == ORG and " " in text:
            return f"the {text}"  # "the Turkic Council", "the Eurasian Economic Union"
        if subject.kind == COUNTRY and takes_the(text):
            return f"the {text}"  # "the U.S.", "the UK", "the United States"
        organisation = self.knowledge.organisation(subject.name) if subject.kind == ORG else None
        if organisation is not None and text == organisation.acronym:
            return text if organisation.acronym_said_as_word else f"the {text}"  # "the SCO"
        body = self.body_text
        with_the = len(re.findall(rf"\bthe {re.escape(text.casefold())}(?!\w)", body))
        without = len(whole_words(text.casefold()).findall(body)) - with_the
        return f"the {text}" if with_the > without else text

    @cached_property
    def subject_country(self) -> str | None:
        """The one country the article is about, if its subject is a single country."""
        forms = self.subject_forms
        countries = {c for c in self.knowledge.countries if c.casefold() in forms}
        return next(iter(countries)) if len(countries) == 1 else None

    @cached_property
    def home_country(self) -> str | None:
        """The one country the article is about: its subject, where that is one country; where
        its subject is none (a central bank, a port, a minister), the only country it names."""
        if self.subject_country or any(s.kind in (COUNTRY, DEMONYM) for s in self.subjects):
            return self.subject_country
        countries = self.countries()
        return countries[0] if len(countries) == 1 else None

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """The acronyms the article defines in brackets and the names they spell."""
        return defined_acronyms(self.text)

    @cached_property
    def named_things(self) -> dict[str, str]:
        """Things of a kind the article names one of only, by their name: "summit" → "SCO
        summit", "canal" → "Qosh Tepa Canal" (so "the summit" can be named in a stem). Where it
        names several, the one its headline names ("Transit Center at Manas": "Manas Air
        Base", the name written most often)."""
        names: dict[str, Counter[str]] = {}
        for sentence in self.sentences:
            for token in sentence.span:
                noun = thing_noun(token.lower_)
                if noun not in NAMEABLE_THINGS or token.pos_ not in ("NOUN", "PROPN"):
                    continue
                start = name_start(token, sentence.span.start)
                if start < token.i:
                    names.setdefault(noun, Counter())[token.doc[start : token.i + 1].text] += 1
                elif numbered := numbered_by(token):  # "the 44-day war": one of its own
                    names.setdefault(noun, Counter())[f"{numbered} {token.text}"] += 1
                elif noun in _MEETINGS and (org := _organisation_after(token, sentence)):
                    names.setdefault(noun, Counter())[f"{org} {noun}"] += 1  # "Summit of … SCO"
        for noun, name in self._things_named_in_title():
            names.setdefault(noun, Counter({name: 1}))  # the body names none: "the bill"
        named = {}
        for noun, found in names.items():
            if len({n.split()[0] for n in found}) > 1:  # "Roghun HPP", "Roghun hydropower plant"
                found = Counter({n: c for n, c in found.items() if self._in_title(n.split()[0])})
            if len({n.split()[0] for n in found}) == 1:
                named[noun] = max(found, key=lambda n: (found[n], len(n)))
        return named

    def _things_named_in_title(self) -> Iterator[tuple[str, str]]:
        """ "EU accession bill" in the headline "Armenian parliament approves EU accession bill":
        the kind of thing and its name, where the article's text uses each of its words too
        (a headline's terse grammar misleads the parser: "Tajikistan sign border treaty"), a
        common noun among them as a noun ("sign" the body uses only as a verb is no part of it)."""
        if not self.title:
            return
        from quizzes.generate.nlp import pipeline

        for token in pipeline()(self.title):
            noun = thing_noun(token.lower_)
            if noun in NAMEABLE_THINGS and token.pos_ in ("NOUN", "PROPN"):
                start = name_start(token, 0)
                words = token.doc[start : token.i]
                if start < token.i and all(
                    whole_words(w.lower_).search(self.body_text)
                    and (w.pos_ != "NOUN" or w.lower_ in self._body_nouns)
                    and (not w.text[:1].isupper() or w.text in self.body_capitalised)
                    for w in words
                ):
                    yield noun, token.doc[start : token.i + 1].text

    @cached_property
    def body_capitalised(self) -> frozenset[str]:
        """The words the body writes with a capital inside a sentence (its names): "Burst" of
        the headline's "Probe Into Burst Dam" is none where the body says "the dam burst"."""
        return frozenset(t.text for s in self.sentences for t in s.span
                         if t.i > s.span.start and t.text[:1].isupper())  # fmt: skip

    @cached_property
    def _body_nouns(self) -> frozenset[str]:
        """The words the body uses as nouns, in lower case."""
        return frozenset(t.lower_ for s in self.sentences for t in s.span
                         if t.pos_ in ("NOUN", "PROPN"))  # fmt: skip

    def _in_title(self, word: str) -> bool:
        return word[:1].isupper() and word.lower() in self.title_words

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The headline's words, in lower case (a quiz made from the article bears its title)."""
        return frozenset(re.findall(r"[\w’'-]+", (self.title or "").lower()))

    @cached_property
    def names_used(self) -> frozenset[str]:
        """Every name the article uses, as written and canonical, casefolded (also "the X")."""
        entities = self.entities()
        names = {e.text.casefold() for e in entities} | {e.name.casefold() for e in entities}
        return frozenset(names | {f"the {n}" for n in names})

    @cached_property
    def shown_title(self) -> str:
        """The set's title: the headline, or for a page saved without it the country or
        organisation its opening is about, or else the one country it names ("Quiz from an
        article on Georgia"), which tells a student whose the "remittances" of a stem are."""
        if self.title:
            return self.title
        known = any(s.known and s.kind in (COUNTRY, ORG) for s in self.subjects)
        subject = self.subject_reference if known else self.home_country
        return f"{DEFAULT_TITLE} on {subject}" if subject else DEFAULT_TITLE

    @cached_property
    def titled_after_its_subject(self) -> bool:
        """The headline is a name, not a sentence, and names what the article is about ("First
        Nagorno-Karabakh War", "U.S. Relations With Georgia"): a quiz bearing that title says
        what its stems speak of ("When did the war begin?")."""
        if not self.title or not _subjects_named_in(self.title, self):
            return False
        return self.titled_by_a_name

    @cached_property
    def titled_by_a_name(self) -> bool:
        """The headline is a name, not a sentence ("First Karabakh War", not "Erdogan opens new
        pipeline"): its words say which thing a stem's "the war" is."""
        if not self.title:
            return False
        from quizzes.generate.nlp import pipeline

        # A headline in title case hides its verbs ("Caspian Kuryk Seaport Builds Shipment
        # Capacity" is read as one long name): it is read in sentence case too.
        readings = {self.title, self._with_only_names_capitalised(self.title)}
        return not any(
            token.pos_ in ("VERB", "AUX") for title in readings for token in pipeline()(title)
        )

    def _with_only_names_capitalised(self, title: str) -> str:
        """The title with capitals kept only on its first word, acronyms and the words of the
        names the article uses. (`_in_sentence_case` lowers only the words the body writes in
        lower case, keeping offsets for finding the subjects; a headline's verb the body never
        writes, "Builds", it leaves.)"""
        name_words = {word for name in self.name_forms for word in name.split()}
        first, *rest = title.split(" ")
        kept = [
            word if word.isupper() or word.strip(_NOT_A_LETTER).casefold() in name_words
            else word.lower()
            for word in rest
        ]  # fmt: skip
        return " ".join([first, *kept])

    @cached_property
    def name_forms(self) -> frozenset[str]:
        """Every name (casefolded) the article uses for a country, people, place, organisation,
        person or named thing, and every name the knowledge data knows; dates and figures name
        nothing."""
        entities = [e for e in self.entities() if e.kind in NAMING_KINDS]
        names = {e.text for e in entities} | {e.name for e in entities}
        names |= {str(p["pattern"]) for p in self.knowledge.entity_patterns()}
        names |= set(self.named_things.values())  # "the Qosh Tepa canal": a thing named
        return frozenset(n.casefold() for n in names if len(n) >= 2)

    def names_anything(self, text: str) -> bool:
        """Whether the text names something `name_forms` holds, as whole words."""
        lowered = text.casefold()
        # "Kassym-Jomart Tokayev" is one name, "Kyrgyz-Tajik" two.
        for written in (lowered, re.sub(r"(?<=\w)[-–](?=\w)", " ", lowered)):
            words = [_name_word(w) for w in _NAME_WORD.findall(written)]
            if any(" ".join(words[start : start + length]) in self.name_forms
                   for start, word in enumerate(words) if word in self._name_openings
                   for length in range(1, _LONGEST_NAME + 1)):  # fmt: skip
                return True
        return False

    @cached_property
    def _name_openings(self) -> frozenset[str]:
        return frozenset(name.split()[0] for name in self.name_forms)

    @cached_property
    def latest_year(self) -> int | None:
        """The last year the article names (its own time, near enough)."""
        years = [int(y) for e in self.entities("date") for y in _YEAR.findall(e.text)]
        return max(years) if years else None

    @cached_property
    def body_text(self) -> str:
        """The article's text without photo captions, casefolded."""
        return " ".join(p.text for p in self.paragraphs if not p.is_caption).casefold()

    def countries(self) -> list[str]:
        """Countries the article names (by name or demonym), most mentioned first."""
        return list(self._countries_by_mentions)

    def sentences_naming_country(self, country: str) -> list[Sentence]:
        """The sentences that name `country` by name or demonym, in text order."""
        return self._sentences_by_country.get(country, [])

    @cached_property
    def _sentences_by_country(self) -> dict[str, list[Sentence]]:
        by_country: dict[str, list[Sentence]] = {}
        for sentence in self.sentences:
            for name in dict.fromkeys(e.name for e in sentence.entities_of(COUNTRY, DEMONYM)):
                by_country.setdefault(name, []).append(sentence)
        return by_country

    @cached_property
    def _countries_by_mentions(self) -> tuple[str, ...]:
        counts: dict[str, int] = {}
        for entity in self.entities(COUNTRY, DEMONYM):
            counts[entity.name] = counts.get(entity.name, 0) + 1
        return tuple(sorted(counts, key=lambda name: (-counts[name], name)))


# Nouns a country is called by ("the country", "the Central Asian nation").
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "republic"})
# Words for a place that the model may take for its name: "the Kingdom", "the City".
PLACE_WORDS = frozenset({"kingdom", "republic", "city", "state", "country", "capital", "region",
                         "island", "union", "emirate", "federation", "province"})  # fmt: skip
# Things a stem may call "the summit" once the article has named the one it means.
NAMEABLE_THINGS = frozenset({"summit", "canal", "declaration", "corridor", "pipeline", "railway",
                             "dam", "field", "mine", "terminal", "port", "plant",
                             "project", "base", "session", "forum", "council", "treaty",
                             "exercise", "drill", "war", "line", "fund", "agreement",
                             "deal", "plan", "programme", "program", "initiative", "route",
                             "bridge", "station", "company", "party", "commission",
                             "mission", "talks", "strategy", "operation", "reservoir",
                             "bill", "consortium"})  # fmt: skip
# Endings of nouns that name an act or a quality, often written without an article.
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ing", "ness", "ship")
_THING_ALIASES = {"airbase": "base", "hpp": "plant", "npp": "plant", "tpp": "plant"}
# A time of day: "20:00", "4 p.m.", "8.00 p.m." (not the map scale "1:50,000").
CLOCK_TIME = re.compile(
    r"\b\d{1,2}:\d\d\b(?![,.]?\d)|\b\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\.?(?!\w)"
    r"|\b[0-2]\d[0-5]\d\s?(?:GMT|UTC)\b",  # "at 0840 GMT"
    re.IGNORECASE,
)
THING_ABBREVIATIONS = ("HPP", "NPP", "TPP")  # hydro, nuclear and thermal power plants


# The words of a title between a country and a name: "’s foreign minister", " President".
_TITLE_BETWEEN = re.compile(
    r"(?:['’]s)?\s+(?:(?:former|then|deputy|vice|first|prime|foreign|defence|defense|economy|"
    r"finance|acting)\s+)*(?:president|minister|leader|premier|chancellor|king|emir|amir|"
    r"secretary|ambassador|envoy|spokesperson|spokesman|spokeswoman)\s+",
    re.IGNORECASE,
)


def countries_named(text: str, knowledge: Knowledge) -> frozenset[str]:
    """The countries a text names, by name, another name or demonym ("Uzbek citizens")."""
    return frozenset(
        country.name
        for country in knowledge.countries.values()
        if any(whole_words(form).search(text) for form in country.forms)
    )


def thing_noun(word: str) -> str:
    """The kind of thing a word names: "airbase" a base, "HPP-1" a plant."""
    word = re.sub(r"-\d+$", "", word.lower())
    return _THING_ALIASES.get(word, word)


def numbered_by(noun: Token) -> str | None:
    """A time or an ordinal that tells one thing of its kind from others: "44-day" of "the
    44-day war", "second" of "the second pipeline" (not a measure: "the 1,768 km pipeline")."""
    for child in noun.children:
        words = noun.doc[child.left_edge.i : child.i + 1]
        if child.dep_ in ("amod", "compound", "nummod") and (
            child.ent_type_ == "DATE" or child.lower_ in _ORDINAL_WORDS
        ):
            return words.text
    return None


_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth"})
_MEETINGS = frozenset({"summit", "session", "forum"})  # "Summit of … the SCO": the SCO summit
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})
# Names of things, not of people: "Lake Baikal", "Asian Development Bank", "Kant Air Base".
_THING_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
# Kinds of place written before their name: "Lake Baikal", "Mount Elbrus".
_KINDS_BEFORE_A_NAME = frozenset({"lake", "mount", "cape", "gulf"})
_NAMED_KINDS = frozenset({"country", "demonym", "org", "person", "city", "place"})


UNIT_SIGNS = frozenset({"MW", "GW", "kW", "KW", "TW", "MWh", "GWh", "kWh", "TWh", "km", "bcm"})


def name_start(noun: Token, first: int) -> int:
    """Where the proper name before a noun starts: "Tengiz field", "China-Kyrgyzstan-Uzbekistan
    railway" (hyphens and all)."""
    start = noun.i
    named = noun.i  # where the name starts; common nouns count only with a name before them
    doc = noun.doc
    while start > first:
        before = doc[start - 1]
        if start - 2 >= first and doc[start - 2].like_num and before.text in UNIT_SIGNS:
            break  # "the 140 MW Yavan station": a figure's unit, not a word of the name
        if before.dep_ in ("compound", "nmod", "amod") and name_word_token(before, first):
            start -= 1
            named = start
        elif before.dep_ == "compound" and before.pos_ == "NOUN":
            start -= 1  # "Kumtor gold mine", "Kambarata HPP-1 construction project"
        elif (
            before.dep_ == "amod"
            and before.is_lower
            and start - 2 >= first
            and name_word_token(doc[start - 2], first)
            and doc[start - 2].dep_ in ("compound", "nmod")
        ):
            start -= 1  # "Yavan hydroelectric station": a kind word after the name
        elif (
            before.text in ("-", "–")
            and start - 2 >= first
            and name_word_token(doc[start - 2], first)
            and (doc[start].text[:1].isupper() or doc[start].like_num)
        ):  # "China-Kyrgyzstan", "HPP-1"; not "Soviet-era", "Chinese-built": a description
            start -= 2
            named = start
        else:
            break
    return named


def name_word_token(token: Token, first: int) -> bool:
    """A word of a name: a proper noun, a word the parser found a name in ("Kant" read as an
    adjective), an acronym ("TAPI" read as a noun), or a capitalised word joined by a hyphen
    ("Trans-Afghan")."""
    if token.pos_ == "PROPN" or token.ent_type_ in _NAME_LABELS:
        return True
    if len(token.text) > 1 and token.text.isupper() and token.text.isalpha():
        return True
    hyphened = token.i > first and token.doc[token.i - 1].text in ("-", "–")
    return hyphened and token.text[:1].isupper()


def _name_word(word: str) -> str:
    """A word as a name would have it: without a possessive ending, and without a full stop
    unless it is an abbreviation's ("U.S.")."""
    if word.endswith(".") and "." not in word[:-1]:
        word = word[:-1]
    return _NAME_WORD_END.sub("", word)


def _organisation_after(noun: Token, sentence: Sentence) -> str | None:
    """ "the 24th Summit of Heads of State of the SCO" → "SCO": the shortest name of the one
    organisation the noun's "of" phrase names."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            inside = range(child.left_edge.i, child.right_edge.i + 1)
            orgs = [e for e in sentence.entities
                    if e.kind == "org" and e.known and e.first_token in inside]  # fmt: skip
            if orgs and len({e.name for e in orgs}) == 1:
                return min((e.text for e in orgs), key=len)
    return None


def _subjects(doc: ArticleDoc) -> list[Entity]:
    """The headline's subjects; for a page saved without its headline, the lede's: its first
    sentence, or the second where the first names nothing (a page may open with a bare figure,
    "Out of 4,294,243 registered voters, 1,073,000 cast their ballots.")."""
    opening = doc.sentences[:2]
    naming = (s for s in opening if any(e.kind in _NAMED_KINDS for e in s.entities))
    lede = next((s.text for s in naming), None)
    for headline, is_lede in ((doc.title, False), (lede, True)):
        if headline and (found := _subjects_named_in(headline, doc, lede=is_lede)):
            return found
    return []


def _subjects_named_in(headline: str, doc: ArticleDoc, *, lede: bool = False) -> list[Entity]:
    title = headline.casefold()
    entities = [e for e in doc.entities() if e.kind in _NAMED_KINDS]
    counts: dict[str, int] = {}
    for entity in entities:
        counts[entity.name] = counts.get(entity.name, 0) + 1

    def forms_of(name: str) -> set[str]:
        country = doc.knowledge.countries.get(name)  # "Armenian PM", "Uzbeks" name the country
        demonyms = country.demonyms if country else ()
        government = country.government_names if country else ()  # "Kremlin confirms …"
        known = {name, *demonyms, *filter(None, map(people_plural, demonyms)), *government}
        return {e.text.casefold() for e in entities if e.name == name} | {
            form.casefold() for form in known
        }

    def spans(name: str) -> list[tuple[int, int]]:
        # A name is written with a capital: "bank" in "Central bank raises …" is no "Bank".
        return [m.span() for f in forms_of(name) if len(f) >= 3
                for m in whole_words(f).finditer(title)
                if headline[m.start()].isupper()]  # fmt: skip

    found = {name: hits for name in counts if (hits := spans(name))}
    # "Shanghai" inside "Shanghai Cooperation Organisation": the longer name is the subject.
    inside = {name for name, hits in found.items() for other, longer in found.items()
              if other != name and all(any(a <= s and e <= b and (a, b) != (s, e)
                                           for a, b in longer) for s, e in hits)}  # fmt: skip
    in_title = {name: min(s for s, _ in hits) for name, hits in found.items()
                if name not in inside and not _CUT_SHORT.search(name)}  # fmt: skip
    if not in_title:
        return []
    kinds = {e.name: e.kind for e in entities}
    parsed = headline if lede else _in_sentence_case(headline, doc)
    said_of = _named_by_subject(parsed, found, in_title, kinds, lede=lede) or in_title
    subjects = [min(said_of, key=lambda n: (-counts[n], said_of[n]))]
    for name, at in in_title.items():
        # "Tajikistan and Kyrgyzstan ...", "U.S. Relations With Georgia", "Tajik-Kyrgyz ...":
        # two named things joined in the headline are both what it is about.
        first, second = sorted((at, in_title[subjects[0]]))
        if name not in subjects and _JOINED.search(title[first : second + 1]):
            subjects.append(name)
    return [_most_written(name, entities) for name in subjects]


def _in_sentence_case(headline: str, doc: ArticleDoc) -> str:
    """A Title Case headline with the words the body writes only in lower case lowered, so the
    parser reads its verb as one: "Kazakhstan Removed Taliban from Terrorist List" →
    "Kazakhstan removed Taliban from terrorist list" (same length, so offsets hold)."""
    words = re.findall(r"[A-Za-z][\w’'-]*", headline)
    long = [w for w in words if len(w) > 3]
    if not long or sum(w[0].isupper() for w in long) / len(long) < TITLE_CASE_SHARE:
        return headline
    body = " ".join(p.text for p in doc.paragraphs)

    def lowered(match: re.Match[str]) -> str:
        word = match.group()
        small = word[:1].lower() + word[1:]
        if word == small or word in doc.body_capitalised:
            return word
        return small if whole_words(small).search(body) else word

    return re.sub(r"[A-Za-z][\w’'-]*", lowered, headline)


TITLE_CASE_SHARE = 0.75


def _named_by_subject(
    headline: str,
    found: dict[str, list[tuple[int, int]]],
    in_title: dict[str, int],
    kinds: dict[str, str],
    *,
    lede: bool,
) -> dict[str, int]:
    """Of the names in a headline, those its grammatical subject says, other than a person's
    (who is most often the one speaking): "Uzbekistan to deliver water to Kazakhstan",
    "Armenian PM says …" — what the article is about, however often it names the other. In a
    lede, standing in for a missing headline, only a country the subject says directly, and
    only where the subject is not itself another name ("Mongolia has launched a rail line …",
    "Kazakhstan's central bank raised …", but not "China's National Petroleum Corporation is
    preparing …" nor "Scientists from the Institute of Science and Technology Austria …")."""
    subject = _grammatical_subject(headline)
    if subject is None:
        return {}
    start = subject.left_edge.idx
    last = subject if subject.dep_ == "ROOT" else subject.right_edge
    said = {name: at for name, at in in_title.items()
            if start <= at < last.idx + len(last.text) and kinds.get(name) != PERSON}  # fmt: skip
    if not lede:
        return said

    def names_at(token: Token) -> set[str]:
        return {name for name, hits in found.items() if any(a <= token.idx < b for a, b in hits)}

    listed = bool(names_at(subject))  # "Uzbekistan, Kazakhstan and Kyrgyzstan will sign …"
    heads = [subject, *subject.conjuncts] if listed else [subject]
    named_heads = set().union(*map(names_at, heads))
    return {name: at for name, at in said.items()
            if kinds.get(name) in (COUNTRY, DEMONYM)
            and (not named_heads or name in named_heads)
            and _said_directly(subject, at, listed=listed)}  # fmt: skip


_NOT_THE_SUBJECT_ITSELF = frozenset({"prep", "pobj", "appos", "acl", "relcl"})


def _said_directly(subject: Token, at: int, *, listed: bool) -> bool:
    """Whether the word at character `at` belongs to the subject without a preposition or an
    apposition between ("Kazakhstan's central bank", not "Scientists from … Austria"); one
    joined to it by "and" only where the subject is a list of names ("Uzbekistan, Kazakhstan
    and Kyrgyzstan", not "the heads of state of Mongolia … and the Russian Federation")."""
    token = next((t for t in subject.subtree if t.idx <= at < t.idx + len(t.text)), None)
    while token is not None and token != subject:
        if token.dep_ in _NOT_THE_SUBJECT_ITSELF or (token.dep_ == "conj" and not listed):
            return False
        token = token.head
    return token is not None


def _grammatical_subject(headline: str) -> Token | None:
    """The first clause's subject in a headline ("Armenian PM", "Presidents of Armenia and
    Azerbaijan"), or the noun a headline's future is parsed as ("Uzbekistan to deliver …")."""
    from quizzes.generate.nlp import pipeline

    sentence = next(pipeline()(headline).sents, None)
    if sentence is None:
        return None
    for token in sentence:
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token
    root = sentence.root
    if root.pos_ in ("NOUN", "PROPN") and any(
        child.dep_ == "acl" and any(c.lower_ == "to" for c in child.children)
        for child in root.children
    ):  # "Uzbekistan to deliver water to Kazakhstan": a headline's future, parsed as a noun
        return root
    return None


def _most_written(name: str, entities: list[Entity]) -> Entity:
    """The article's commonest mention of a name (the first of them for a tie)."""
    mentions = [e for e in entities if e.name == name]
    written = Counter(e.text for e in mentions)
    text = max(written, key=lambda t: (written[t], -[e.text for e in mentions].index(t)))
    return next(e for e in mentions if e.text == text)


_CUT_SHORT = re.compile(r"\s(?:of|and|the|for)$")  # "National Bank of" (Kazakhstan): no name
_JOINED = re.compile(r"^\S+(?:\s+and\s+|\s*[-–,]\s*|\s+relations\s+with\s+)\S+$")


def parse_article(
    article: CleanArticle, knowledge: Knowledge, deadline: Deadline | None = None
) -> ArticleDoc:
    """Run the pipeline over every paragraph and collect sentences and entities (stopping
    between paragraphs once `deadline` has passed)."""
    from quizzes.generate.nlp import pipeline

    nlp = pipeline()
    sentences: list[Sentence] = []
    texts = [p.text for p in article.paragraphs]
    for paragraph, doc in zip(article.paragraphs, nlp.pipe(texts), strict=True):
        if deadline is not None:
            deadline.check(f"parsing paragraph {paragraph.number} of {len(texts)}")
        _scales_joined(doc)
        for span in doc.sents:
            text = span.text.strip()
            if len(text) < 2:
                continue
            sentence = Sentence(len(sentences), text, paragraph, span)
            # Where the stripped sentence text starts in the doc: computed once per sentence,
            # as building the span's text for every entity grows with entities × length.
            start_char = span.start_char + len(span.text) - len(span.text.lstrip())
            entities = [_entity(ent, span.doc, start_char) for ent in span.ents]
            sentence.entities = _given_names_joined(entities, text, knowledge.aliases_of)
            sentences.append(sentence)
    _resolve_surnames(sentences)
    _organisations_taken_for_people(sentences)
    _capitalised_words_taken_for_people(sentences)
    _known_in_other_spellings(sentences, knowledge)
    return ArticleDoc(article.title, article.paragraphs, sentences, knowledge, article.published)


def _known_in_other_spellings(sentences: list[Sentence], knowledge: Knowledge) -> None:
    """ "President Serdar Berdymukhammedov": a known person in a spelling the data does not
    list, and the mentions of his surname alone after it, are that person."""
    known: dict[str, str | None] = {}
    for sentence in sentences:
        for index, entity in enumerate(sentence.entities):
            if entity.kind != PERSON or entity.known:
                continue
            if entity.name not in known:
                known[entity.name] = next(
                    (leader.name for leader in knowledge.leaders.values()
                     if any(same_person(entity.name, form)
                            for form in (leader.name, *leader.aliases))),
                    None,
                )  # fmt: skip
            name = known[entity.name]
            if name is not None:
                sentence.entities[index] = Entity(PERSON, entity.text, name, entity.label, True,
                                                  entity.start, entity.end, entity.first_token,
                                                  entity.last_token)  # fmt: skip


_FUNCTION_WORDS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART"})
_GLUED_SCALES = frozenset({"m", "bn", "mn", "tn"})


def _scales_joined(doc: Doc) -> None:
    """ "US$200m": the tokeniser cuts the scale off the figure ("200", "m"), and the model may
    leave it outside the sum and hang it on the noun ("the m project"); one token again."""
    pairs = [
        (token.i, token.i + 2)
        for token in doc[:-1]
        if token.like_num and not token.whitespace_ and doc[token.i + 1].lower_ in _GLUED_SCALES
    ]
    if pairs:
        with doc.retokenize() as retokenizer:
            for start, end in pairs:
                retokenizer.merge(doc[start:end])


def _entity(ent: Span, doc: Doc, sentence_start: int) -> Entity:
    """The entity spaCy found, with character offsets into the sentence that starts at
    character `sentence_start` of `doc`."""
    known_kind, _, known_name = ent.ent_id_.partition(":")
    first, last = ent.start, ent.end - 1
    tokens = list(ent)
    if tokens and tokens[0].lower_ == "the" and len(tokens) > 1:
        first += 1
        tokens = tokens[1:]
    while last > first and doc[last].is_lower and doc[last].pos_ in _FUNCTION_WORDS:
        last -= 1  # "the Kingdom on Sunday": the model ran the name on into "on"
    text = doc[first : last + 1].text
    for ending in _POSSESSIVE:
        if text.endswith(ending) and len(text) > len(ending) + 1:
            text = text[: -len(ending)].rstrip()
            break
    start = doc[first].idx - sentence_start
    if known_kind:
        return Entity(known_kind, text, known_name, ent.label_, True, start, start + len(text),
                      first, last)  # fmt: skip
    kind = _KIND_OF_LABEL.get(ent.label_, "other")
    if kind == PERSON and any(c.isdigit() for c in text):
        kind = "other"  # "Kambarata HPP 1", "Kambarata 1": a plant, not a person
    if kind == PERSON and all(word in _HONORIFICS for word in text.split()):
        kind = "honorific"  # "Ayatollah Seyed" of "Ayatollah Seyed Ebrahim Raisi": no name
    return Entity(kind, text, text, ent.label_, False, start, start + len(text), first, last)


# Religious and honorary titles before a name, which the model may tag as a name of its own.
_HONORIFICS = frozenset({"Ayatollah", "Seyed", "Sayyid", "Seyyed", "Sheikh", "Shaikh", "Imam",
                         "Mullah", "Mufti", "Hojatoleslam", "Haji", "Hajji"})  # fmt: skip


def _given_names_joined(
    entities: list[Entity], text: str, aliases: Callable[[str], tuple[str, ...]]
) -> list[Entity]:
    """A given name the model took for a person of its own, right before a known surname
    ("Kasym-Jomart" + "Tokayev", a spelling the data does not list): one person, the known one
    when the given name is theirs however spelled (`aliases`: a known person's other names).
    A known person's given name the model left out or took for a nationality ("Roza", "Almazbek")
    and a given name before a patronymic ("Shukhrat Shavkatovich Yadgarov") join the name too."""
    joined: list[Entity] = []
    for entity in entities:
        word = _GIVEN_NAME_BEFORE.search(text, 0, entity.start)
        previous = joined[-1] if joined else None
        if entity.kind == PERSON and _PATRONYMIC.match(entity.text) and word is not None:
            # "Shukhrat Shavkatovich Yadgarov": no one is called by a patronymic first
            full = text[word.start(1) : entity.end]
            whole = replace(
                entity,
                text=full,
                name=entity.name if entity.known else full,
                start=word.start(1),
                first_token=entity.first_token - 1,
            )
            if previous is not None and previous.end > word.start(1):
                if previous.known or previous.start != word.start(1):
                    joined.append(entity)
                    continue
                joined.pop()  # "Shukhrat" the model took for a nationality
            joined.append(whole)
            continue
        if entity.kind != PERSON or not entity.known or " " in entity.text:
            joined.append(entity)
            continue
        given = joined[-1] if joined else None
        if given is not None and given.last_token + 1 != entity.first_token:
            given = None
        if given is not None and (given.known or " " in given.text):
            joined.append(entity)
            continue
        start = given.start if given is not None else word.start(1) if word else entity.start
        full = text[start : entity.end]
        known = any(same_person(full, form) for form in (entity.name, *aliases(entity.name)))
        if given is not None and given.kind == PERSON:
            # "Yusuf Karimov": a man of the president's surname, not the president
            joined[-1] = Entity(PERSON, full, entity.name if known else full, entity.label,
                                known, start, entity.end, given.first_token,
                                entity.last_token)  # fmt: skip
        elif known and given is not None:  # "Almazbek" the model took for a nationality
            joined[-1] = replace(entity, text=full, start=start, first_token=given.first_token)
        elif known:  # "President Roza Otunbaeva": "Roza" left outside every entity
            joined.append(replace(entity, text=full, start=start,
                                  first_token=entity.first_token - 1))  # fmt: skip
        else:
            joined.append(entity)
    return joined


# One capitalised word (one token) right before a surname: a given name, if the person's.
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")
# A father's name in the middle of a person's: "Shavkatovich", "Kairatovna".
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna) ")


def _person_taken_for_an_organisation(entity: Entity, sentence: Sentence) -> bool:
    """ "presidential spokesperson Berik Uali" read as an organisation: two or three capitalised
    words right after a word of office, none of them a word an organisation's name uses."""
    if entity.kind != ORG or entity.known or entity.first_token == sentence.span.start:
        return False
    words = entity.text.split()
    before = sentence.span.doc[entity.first_token - 1].lower_
    return (
        before in _OFFICE_WORDS
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w.lower() not in _BODY_WORDS for w in words)
    )


_OFFICE_WORDS = frozenset({
    "spokesperson", "spokesman", "spokeswoman", "minister", "president", "ambassador", "envoy",
    "governor", "mayor", "chairman", "deputy", "secretary", "adviser", "advisor", "aide",
    "director", "head",
})  # fmt: skip
_BODY_WORDS = frozenset({
    "ministry", "committee", "bank", "council", "agency", "service", "party", "union",
    "organisation", "organization", "office", "group", "company", "commission", "fund",
    "department", "court", "assembly",
})  # fmt: skip


# Last words of a company's name: "Badrakh Energy", "Kazakhmys Holding", "Kaspi Bank".
_COMPANY_WORDS = frozenset({
    "Energy", "Group", "Holding", "Holdings", "Bank", "Company", "Corporation", "Corp", "LLC",
    "JSC", "Power", "Oil", "Gas", "Mining", "Resources", "Capital", "Fund", "Invest", "Airlines",
    "Airways", "Motors", "Industries", "Partners", "Ventures", "Petroleum", "Metals", "Minerals",
    "Steel", "Telecom", "Logistics", "Construction", "Investments",
})  # fmt: skip


def _organisations_taken_for_people(sentences: list[Sentence]) -> None:
    """ "Badrakh Energy" or "Samruk Kazyna" (the end of "National Welfare Fund Samruk Kazyna",
    which the model tags a body elsewhere in the article) taken for a person: a body."""
    bodies = {e.text for s in sentences for e in s.entities if e.kind == ORG}
    for sentence in sentences:
        sentence.entities = [
            _as_a_body(e) if e.kind == PERSON and not e.known and _a_body_s_name(e.text, bodies)
            else e
            for e in sentence.entities
        ]  # fmt: skip


def _capitalised_words_taken_for_people(sentences: list[Sentence]) -> None:
    """A word the model took for a person's name only because it opens a sentence ("Turnout
    was put at 77.4%", "Flour is up by 33 percent"): one word, unknown to the knowledge data,
    that the article writes nowhere else, names nothing."""
    written = Counter(
        word for s in sentences for word in re.findall(r"[\w’'-]+", s.text) if word[:1].isupper()
    )
    for sentence in sentences:
        sentence.entities = [
            e
            for e in sentence.entities
            if not (e.kind == PERSON and not e.known and e.start == 0 and " " not in e.text
                    and written[e.text] == 1)
        ]  # fmt: skip


def _as_a_body(e: Entity) -> Entity:
    return Entity(ORG, e.text, e.text, "ORG", False, e.start, e.end, e.first_token, e.last_token)


def _a_body_s_name(text: str, bodies: set[str]) -> bool:
    return text.split()[-1] in _COMPANY_WORDS or any(body.endswith(f" {text}") for body in bodies)


def _resolve_surnames(sentences: list[Sentence]) -> None:
    """ "Tokayev" after "Kassym-Jomart Tokayev" is the same person: give it the full name."""
    full_names: dict[str, str] = {}
    for sentence in sentences:
        resolved = []
        for entity in sentence.entities:
            if _person_taken_for_an_organisation(entity, sentence):
                entity = Entity(PERSON, entity.text, entity.name, "PERSON", False, entity.start,
                                entity.end, entity.first_token, entity.last_token)  # fmt: skip
            if entity.kind == PERSON and not entity.known:
                words = entity.text.split()
                if len(words) >= 2:
                    full_names.setdefault(words[-1], entity.text)
                elif entity.text in full_names:
                    entity = Entity(PERSON, entity.text, full_names[entity.text], entity.label,
                                    False, entity.start, entity.end, entity.first_token,
                                    entity.last_token)  # fmt: skip
            elif (
                entity.kind == PERSON and " " not in entity.text
                and entity.text in full_names and full_names[entity.text] != entity.name
            ):  # fmt: skip
                # "Yusuf Karimov …. Karimov has an old passport": the article's Karimov, not
                # the president the data knows by that surname
                entity = Entity(PERSON, entity.text, full_names[entity.text], entity.label, False,
                                entity.start, entity.end, entity.first_token,
                                entity.last_token)  # fmt: skip
            resolved.append(entity)
        sentence.entities = resolved
