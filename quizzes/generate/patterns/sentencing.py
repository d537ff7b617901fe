"""Prison sentences a court handed down: "Kuandyk Bishimbayev was sentenced to 24 years in
prison", "the court sentenced Hamrokhon Zarifi to 27 years", "Bishimbayev received a 24-year
prison term", "the blogger was jailed for ten years", "Mamay was handed a five-year sentence".
A trial story opens with this. The fact
holds the person (a name the article gives in full) and the term in years.

The question asks the term in the program's own words: "how many years in prison was Kuandyk
Bishimbayev sentenced to?", a whole number of years with no tolerance. Who got a term is not
asked: a trial often gives several people the same one. Only sentences already handed down are
asked (`_clause.states_a_fact`): not what a prosecutor asked for, nor a term someone faces.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.amounts import word_number
from quizzes.generate.ask import TOPIC_EVENTS, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import PERSON
from quizzes.generate.patterns._clause import states_a_fact
from quizzes.generate.patterns._named import person_named
from quizzes.generate.questions import Candidate, numeric

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "sentencing"
# "sentenced X to ...", "X was jailed for ...": the verb names the term after "to" or "for".
_SENTENCING_VERBS = frozenset({"sentence", "jail", "imprison"})
# "X received a 24-year prison term", "X got 18 years in prison": the term is the object.
_RECEIVING_VERBS = frozenset({"receive", "get"})
# "X was handed a 12-year sentence", "X was given 11 years", "X was slapped with a seven-year
# prison sentence": the term is the object, or follows "with".
_HANDING_VERBS = frozenset({"hand", "give", "slap"})
_TERM_NOUNS = frozenset({"term", "sentence"})
_YEAR = "year"
_ADDED = frozenset({"another", "further", "additional", "extra"})
MAX_YEARS = 50  # beyond this a number is no prison term the parse read right
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})  # "sentenced her to two years"
_NOT_IN_PRISON = re.compile(
    r"\b(?:house arrest|probation|restricted freedom|limited freedom|restriction of freedom|"
    r"suspended|correctional labou?r)\b",
    re.IGNORECASE,
)
PROTAGONIST_MENTIONS = 3


@dataclass(frozen=True)
class SentencingFact(Fact):
    person: str  # as the article names the person: "Kuandyk Bishimbayev"
    years: int

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.person.casefold(), self.years)

    def describe(self) -> str:
        return f"{self.person} was sentenced to {self.years} years in prison"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[SentencingFact]:
    for verb in sentence.span:
        lemma = verb.lemma_.lower()
        shares_a_helper = verb.dep_ == "conj" and verb.tag_ == "VBN"  # "was arrested and jailed"
        if verb.pos_ != "VERB" or not states_a_fact(verb.head if shares_a_helper else verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if lemma in _SENTENCING_VERBS:
            convicted = _child(verb, "nsubjpass" if passive else "dobj")
            if convicted is None and shares_a_helper and not _child(verb, "nsubj"):
                convicted = _child(verb.head, "nsubjpass")  # "was arrested … and sentenced to"
            years = _term_after(verb)
        elif lemma in _RECEIVING_VERBS or (lemma in _HANDING_VERBS and passive):
            convicted = _child(verb, "nsubjpass" if passive else "nsubj")
            term = _child(verb, "dobj") or _object_of(verb, "with")
            years = _years_of(term) if term is not None else None
        else:
            continue
        person = _convicted(convicted, sentence, doc) if convicted is not None else None
        full_name = person is not None and len(person.split()) >= 2
        if years is not None and _another_term(verb):
            continue  # "three years in one case and six years in another": which is asked?
        if full_name and years is not None and 0 < years <= MAX_YEARS:
            yield SentencingFact(sentence.evidence, sentence.index, sentence.from_caption,
                                 str(person), years)  # fmt: skip


def _another_term(verb: Token) -> bool:
    """The verb's words give a second number of years: two terms, in two cases (an age, "a
    63-year-old editor", is none)."""
    counts = [_number_before(t) for t in verb.subtree
              if t.lemma_.lower() == _YEAR and not _an_age(t)]  # fmt: skip
    return len([c for c in counts if c is not None]) > 1


def _an_age(year: Token) -> bool:
    after = year.doc[year.i + 1 : year.i + 3]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ == "old"


def _child(verb: Token, dep: str) -> Token | None:
    return next((c for c in verb.children if c.dep_ == dep), None)


def _object_of(verb: Token, preposition: str) -> Token | None:
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    return _child(prep, "pobj") if prep is not None else None


def _convicted(token: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The person's name in full: "Yorov" after "Buzurgmehr Yorov", the name beside a common
    noun ("another critic, Duman Mukhammedkarim,"; "Ahmad Ibrohim, a 63-year-old editor, was
    sentenced", which the parse may take for the subject's neighbour), or the one person a
    trial story keeps naming, where it says "she" or "he"."""
    if token.lower_ in _PERSONAL_PRONOUNS:
        protagonist = _protagonist(doc)
        last = _last_person_before(token, sentence, doc)
        if protagonist is None or (last is not None and last not in protagonist.split()):
            return None  # "Satybaldy’s husband, Kairat. … he was sentenced": not she
        return protagonist
    if token.pos_ == "PROPN" and _another_person_opens_the_subject(token, sentence):
        return None  # "Makhabat Tazhibek kyzy, the wife of its founder, the exiled Bolot
        # Temirov – …, was given": the parse took the last name of the chain for the subject
    named = next((c for c in token.children if c.dep_ == "appos"), None)
    if token.pos_ == "NOUN" and named is None:
        named = _named_after_descriptions(token, sentence)
    if token.pos_ == "NOUN" and named is not None:
        token = named
    elif token.pos_ == "NOUN":
        return _named_before_description(token, sentence)
    entity = sentence.entity_at(token.i)
    if entity is not None and entity.kind == PERSON and len(entity.name.split()) >= 2:
        return entity.name
    name = person_named(token, sentence)
    alone = not any(c.dep_ == "compound" for c in token.lefts)
    if name is None and token.pos_ == "PROPN" and alone:
        full = {e.name for e in doc.entities(PERSON) if e.name.split()[-1] == token.text}
        name = full.pop() if len(full) == 1 else None
    return name


def _named_after_descriptions(noun: Token, sentence: Sentence) -> Token | None:
    """ "sentenced Azerbaijani researcher, peace activist, and OC Media contributor Bahruz
    Samadov": descriptions one after another, the person's name closing the list (the parse
    joins them as a list); only where the list names one person."""
    listed = [t for t in noun.subtree if t.dep_ == "conj" and t.i > noun.i]
    people = [t for t in listed if (e := sentence.entity_at(t.i)) is not None and e.kind == PERSON]
    if len(people) != 1 or listed[-1] != people[0]:
        return None
    return people[0]


def _another_person_opens_the_subject(token: Token, sentence: Sentence) -> bool:
    """A person is named before the subject with nothing but commas and descriptions between:
    the subject is one of a chain of names, and which one was sentenced the parse cannot say."""
    start = token.left_edge.i
    earlier = [e for e in sentence.entities if e.kind == PERSON and e.last_token < start]
    if not earlier:
        return False
    between = token.doc[earlier[-1].last_token + 1 : start]
    clause = any(t.pos_ == "AUX" or (t.pos_ == "VERB" and t.dep_ != "amod") for t in between)
    return any(t.text == "," for t in between) and not clause


def _named_before_description(noun: Token, sentence: Sentence) -> str | None:
    """ "Ahmad Ibrohim, a 63-year-old editor-in-chief, was sentenced": the person named in full
    just before the comma that opens the subject's description."""
    comma = noun.left_edge.i - 1
    if comma <= sentence.span.start or noun.doc[comma].text != ",":
        return None
    entity = sentence.entity_at(comma - 1)
    if entity is None or entity.kind != PERSON or entity.last_token != comma - 1:
        return None
    return entity.name if len(entity.name.split()) >= 2 else None


def _protagonist(doc: ArticleDoc) -> str | None:
    """The person a story is about: named in full, and by surname more often than anyone else
    (at least `PROTAGONIST_MENTIONS` times)."""
    surnames = {
        e.name: e.name.split()[-1] for e in doc.entities(PERSON) if len(e.name.split()) >= 2
    }
    said = Counter(t.text for s in doc.sentences for t in s.span if t.text in surnames.values())
    ranked = sorted(surnames, key=lambda name: -said[surnames[name]])
    if not ranked or said[surnames[ranked[0]]] < PROTAGONIST_MENTIONS:
        return None
    if len(ranked) > 1 and said[surnames[ranked[1]]] == said[surnames[ranked[0]]]:
        return None
    return ranked[0]


def _last_person_before(pronoun: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The last word of a person's name written before the pronoun, in its sentence or the few
    before it ("… husband, Kairat. He was arrested … he was sentenced": Kairat)."""
    names = doc.person_name_words
    earlier = doc.sentences[max(0, sentence.index - _PRONOUN_REACH) : sentence.index]
    spans = [sentence.span[: pronoun.i - sentence.span.start], *(s.span for s in reversed(earlier))]
    for span in spans:
        found = [t.text for t in span if t.pos_ == "PROPN" and names[t.text]]
        if found:
            return found[-1]
    return None


_PRONOUN_REACH = 3  # sentences back a "he" may reach for its person


def _term_after(verb: Token) -> int | None:
    """ "to 27 years (in prison)", "for ten years": the years after "to" or "for"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for")):
        for term in (c for c in prep.children if c.dep_ == "pobj"):
            years = _years_of(term)
            if years is not None:
                return years
    return None


_AND_MONTHS = re.compile(r"^(?:,|and|,\s*and)?\s*(?:\w+(?:-\w+)?\s+)?months?\b", re.IGNORECASE)


def _years_of(term: Token) -> int | None:
    """ "27 years", "ten years", "a 24-year (prison) term": the number of years it counts; not
    a term added to another ("another nine years", "a further four years") nor one in years
    and months."""
    if any(c.lower_ in _ADDED for c in term.children) or any(
        c.dep_ == "conj" for c in term.children
    ):
        return None
    if _NOT_IN_PRISON.search(term.doc[term.i : term.right_edge.i + 4].text):
        return None  # "five years of house arrest", "six years' probation": no prison term
    if _AND_MONTHS.match(term.doc[term.i + 1 : term.i + 5].text):
        return None  # "seven years, seven months": no whole number of years
    if term.lemma_.lower() == _YEAR:
        return _number_before(term)
    if term.lemma_.lower() in _TERM_NOUNS:
        if any(c.lower_ == "suspended" for c in term.children):
            return None  # "a six-year suspended sentence": no years in prison
        for year in (t for t in term.subtree if t.lemma_.lower() == _YEAR and t.i < term.i):
            return _number_before(year)
    return None


def _number_before(year: Token) -> int | None:
    numbers = [c for c in year.children if c.dep_ == "nummod" or c.like_num]
    if len(numbers) != 1 or any(c.dep_ == "conj" for c in numbers[0].children):
        return None  # "seven and a half years": no whole number of years
    value = word_number(numbers[0].text)
    return int(value) if value is not None and value == int(value) else None


def questions(fact: SentencingFact, ask: Ask) -> Iterator[Candidate | None]:
    terms = {f.years for f in ask.facts_of(SentencingFact) if f.person == fact.person}
    if len(terms) > 1:
        return  # "three years in one case and six in another": which is asked is not said
    yield numeric(
        origin=origin(fact),
        prompt=f"According to the article, how many years in prison was {fact.person} "
        "sentenced to?",
        value=fact.years,
        unit="years",
        tolerance=0,
        explanation=f"The article says {fact.describe()}.",
        topic=TOPIC_EVENTS,
        score=0.8,  # the verdict is the news of a trial story
        answer_text=str(fact.years),
    )
