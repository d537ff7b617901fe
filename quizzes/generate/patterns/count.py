"""Counts asked in the generator's own words, from the count's own clause: "As a result of riots
in Nukus, 243 people were injured; 18 people died" → "how many people were injured as a result
of riots in Nukus?" and "how many people died as a result of riots in Nukus?"; "Russian police
detained 11 Tajik citizens after the attack" → "how many Tajik citizens did Russian police
detain after the attack?"; "Mongolia maintains diplomatic ties with 192 countries" → "how many
countries does Mongolia maintain diplomatic ties with?".

A gap-fill copies its whole sentence, so it shows the sentence's other figures and a sentence
gives one at most; a question built from the count's clause alone shows none of them, so two
counts of one sentence can both be asked. Only where the parse makes it safe: the count (a
whole number of people or things, as the quantity pattern reads it, with its rules for a figure
not worth asking) is the subject or the object of a clause with a finite verb in the past or
present, or follows a preposition a question may leave at its end ("with", "to"); the clause
is said as a fact (no modal verb, no negation, not under "expect", "plan", "say it may"), whole
without a complement ("has become a home for ...") and without a second verb doing something
else ("pursued integration and founded the Union"); every word the question takes from it
names what it says (no pronoun, no "this"), and the count is not one added to another ("five
more men"), nor an end of a range ("from 12 to 14 tankers") or a count of unnamed "others".
The question keeps the clause's objects and setting (or the phrase opening the
sentence, which frames each of its clauses), a rate's span ("every day") and a date, but not a
day only the article's date places ("on Monday"), who says it ("according to ...") or a list
("including ..."); it asks nothing when no place, thing or named doer is left: "how many people
died?" asks of no place or event. An object is asked with "do" and the verb's base form ("did
police detain"), or with its own helper ("have police detained"); a subject with the verb as
written ("were injured").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.ask import TOPIC_FIGURES, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.patterns import quantity
from quizzes.generate.patterns._clause import (
    KEPT,
    LISTING,
    OBJECTS,
    RATES,
    SUBJECTS,
    across_a_break,
    as_written,
    asked_of_an_object,
    names_something,
    opening_of,
    places_it,
    refers_back,
    said_of_its_antecedent,
    setting_of,
    stands_whole,
    states_a_fact,
    verb_group_of,
    words_of,
)
from quizzes.generate.patterns.quantity import QuantityFact, qualifier_note, recall_tolerance
from quizzes.generate.questions import Candidate, numeric, with_the_before_a_body
from quizzes.generate.relative_year import dates_itself_relatively

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "count"
# Prepositions a question may leave at its end: "how many countries does it trade with?"
_STRANDED = frozenset({"with", "to", "for", "from", "into"})


@dataclass(frozen=True)
class CountFact(Fact):
    figure: QuantityFact
    asked: str  # "how many people were injured as a result of riots in Nukus"
    verb: str  # the clause's verb, as a lemma: "injure"

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.asked.casefold(), self.figure.amount.value)

    def describe(self) -> str:
        return f"{self.asked}: {self.figure.amount.text}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[CountFact]:
    for figure in quantity.find(sentence, doc):
        if not quantity.counts_things(figure.amount):
            continue
        number = _number_token(sentence, figure)
        if number is None or number.dep_ != "nummod" or number.head.tag_ != "NNS":
            continue
        things = number.head
        if any(c.dep_ == "nummod" and c.i != number.i for c in things.children):
            continue  # "In 2000 six states": the parse took the year for a second count
        if any(c.dep_ == "prep" and c.lower_ in _MOTION for c in things.children):
            continue  # "evolved from an entity with six members into the world's largest …"
        if things.lower_ in _UNNAMED or _in_a_range(number):
            continue  # "together with 29 others": others of what?; "from 12 to 14 tankers"
        clause = _clause_of(things)
        if clause is None or not states_a_fact(clause.verb):
            continue
        if _a_number_of(clause.verb):
            continue  # "the number of deaths came up to 36,100 people": "how many people came"
        if clause.verb.lemma_.lower() in _NOT_WHAT_IS_COUNTED:
            continue  # "15 cases registered, the Health Ministry says": "how many … does it say?"
        asked = _asked(things, number, clause, sentence)
        if asked is not None:
            yield CountFact(sentence.evidence, sentence.index, sentence.from_caption, figure,
                            asked, clause.verb.lemma_.lower())  # fmt: skip


_UNNAMED = frozenset({"others", "more", "ones"})
# A motion hung on the counted things is the parse's slip: "with six members into the world's".
_MOTION = frozenset({"into", "onto", "toward", "towards"})
_LIST_OPENERS = frozenset({"including", "includes", "such"})
# Verbs whose object is no count of things they did: saying ("says 15 cases registered") and
# ranking ("Karakol leads with 170 establishments": "how many … does Karakol lead with?").
_NOT_WHAT_IS_COUNTED = frozenset({"say", "report", "tell", "note", "announce", "state", "claim",
                                  "add", "lead", "top", "rank", "follow"})  # fmt: skip
_RANGE_WORDS = frozenset({"to", "and", "-", "–", "—", "or", "of", "out"})


def _in_a_range(number: Token) -> bool:
    """The number ends or opens a range ("from 12 to 14 tankers", "12-14 tankers") or is the
    whole of a part ("44 of 82 lawmakers backed him": the 82 did not): no one figure is the
    answer."""
    doc = number.doc
    before = doc[number.i - 2 : number.i]
    after = doc[number.i + 1 : number.i + 3]
    ends = len(before) == 2 and before[1].lower_ in _RANGE_WORDS and before[0].like_num
    opens = len(after) == 2 and after[0].lower_ in _RANGE_WORDS and after[1].like_num
    return ends or opens


@dataclass(frozen=True)
class _Clause:
    """Where the counted things stand in their clause: its verb, their role ("nsubj",
    "nsubjpass", "dobj" or "prep", the object of a preposition left at the question's end),
    and the verb's word that holds them (their noun, or the preposition)."""

    verb: Token
    role: str
    holder: Token


def _clause_of(things: Token) -> _Clause | None:
    """The clause whose subject or object the counted things are, themselves or as the second
    of a pair ("connects 27 Chinese cities and 11 European cities"), or whose verb or object
    takes them after a preposition ("maintains ties with 192 countries")."""
    noun = things.head if things.dep_ == "conj" and things.head.pos_ == "NOUN" else things
    if noun.dep_ in (*SUBJECTS, "dobj"):
        return _Clause(noun.head, noun.dep_, noun)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _STRANDED:
        return None
    owner = prep.head
    verb = owner.head if owner.dep_ == "dobj" else owner
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if owner is verb and prep.lower_ == "with" and _with_an_aside(prep):
        return None  # "hosted 17 nations, with 3,000 participants": how many … host … with?
    return _Clause(verb, "prep", prep)


def _with_an_aside(prep: Token) -> bool:
    """ "with" adds to a clause whole without it: after its object ("hosted 17 other nations
    with 3,000 participants") or after a comma ("remains among the 30 countries …, with 1,400
    new cases a year")."""
    verb = prep.head
    after_comma = prep.i > 0 and prep.doc[prep.i - 1].text == ","
    return after_comma or any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children)


def _number_token(sentence: Sentence, figure: QuantityFact) -> Token | None:
    """The figure's last number word ("243", "million" of "1.5 million")."""
    start = sentence.span.start_char + figure.start
    end = sentence.span.start_char + figure.end
    numbers = [t for t in sentence.span if start <= t.idx < end and t.like_num]
    return numbers[-1] if numbers else None


def _asked(things: Token, number: Token, clause: _Clause, sentence: Sentence) -> str | None:
    """ "how many people were injured in Nukus", "how many Tajik citizens did Russian police
    detain after the attack", "how many countries does Mongolia maintain ties with"; None when
    the counted things or the doer refer back, or nothing places the count. A phrase of the
    setting that refers back is left out ("died as a result of their injuries"): what is left
    still holds."""
    verb, role, holder = clause.verb, clause.role, clause.holder
    counted = [t for t in words_of(things, drop={number.i}) if t.i > number.i]
    kept = [
        c for c in verb.children
        if (c.dep_ in KEPT or c.lower_ in RATES) and c.i != holder.i and c.lower_ not in LISTING
        and not across_a_break(verb, c) and not _in_part(c)
    ]  # fmt: skip
    listing = next((t.i for t in sentence.span if t.lower_ in _LIST_OPENERS and t.i > things.i),
                   None)  # fmt: skip
    if listing is not None:  # "nine landings, including a crash in Osh during a foggy night":
        kept = [c for c in kept if c.i < listing]  # what follows is the listed one's
    if any(c.dep_ in ("oprd", "acomp") and c not in kept for c in verb.children):
        return None  # "left at least 238 people, including 19 officers, dead": "left" alone lies
    if any(_to_several(c) for c in kept):
        return None  # "eight seats went to the Agrarian Party, the Communist Party and …": shared
    if any(_as_a_result(c) for c in kept):
        return None  # "300 people died as a result in Turkmenabat": of what, the sentence before
        # says
    kept.sort(key=lambda c: (c.dep_ not in OBJECTS, c.i))  # "attacked the station on May 2"
    objects = [setting_of(c, drop={holder.i}) for c in kept if c.dep_ in OBJECTS]
    if role == "prep" and not all(objects):
        return None  # an object that refers back, asked before its preposition
    stranded = [[holder]] if role == "prep" else []
    others = [setting_of(c) for c in kept if c.dep_ not in OBJECTS]
    setting = _said_once([tokens for tokens in (*objects, *stranded, *others) if tokens])
    doer = _doer(verb) if role in ("dobj", "prep") else []
    if not any(names_something(tokens) for tokens in setting):
        setting = [*setting, *filter(None, [opening_of(sentence, verb)])]
    if role in ("dobj", "prep"):
        verb_group = asked_of_an_object(verb, as_written(doer, opening=True)) if doer else None
    else:
        verb_group = verb_group_of(verb)
    placed = names_something([t for t in counted if t.i > things.i])  # "people in Osh"
    if verb_group is None or not _counted_alone(counted, things):
        return None
    if doer and (refers_back(doer) or not stands_whole(doer)):
        return None
    if not (placed or names_something(doer) or any(map(places_it, setting))):
        return None
    rest = " ".join(as_written(tokens) for tokens in setting)
    return " ".join(p for p in ("how many", as_written(counted), verb_group, rest) if p)


def _said_once(phrases: list[list[Token]]) -> list[list[Token]]:
    """The phrases without one that another says again ("In 2022, … as part of the route in
    2022": "in 2022" once)."""
    said = [f" {' '.join(t.lower_ for t in phrase)} " for phrase in phrases]
    return [
        phrase for i, phrase in enumerate(phrases)
        if not any(j != i and said[i] in said[j] and (said[i] != said[j] or j < i)
                   for j in range(len(said)))
    ]  # fmt: skip


_NUMBER_NOUNS = frozenset({"number", "total", "figure", "count", "amount", "tally"})


def _a_number_of(verb: Token) -> bool:
    """The verb's subject is "the number of …": the figure after the verb is that number's
    value, not things the verb did something to."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _NUMBER_NOUNS
        for c in verb.children
    )


def _as_a_result(phrase: Token) -> bool:
    """ "as a result" (of nothing the sentence says): what caused the count came before."""
    results = [c for c in phrase.children if c.dep_ == "pobj" and c.lower_ == "result"]
    return phrase.lower_ == "as" and any(
        not any(g.lower_ == "of" for g in r.children) for r in results
    )


def _to_several(phrase: Token) -> bool:
    """ "went to the Agrarian Party (APT), the Communist Party (CPT) and …", "were taken up by an
    independent, T. Dorj and S. Ganbaatar": the things counted go to several at once, so the
    count is none's alone."""
    return (
        phrase.dep_ in ("prep", "agent")
        and phrase.lower_ in ("to", "between", "among", "by")
        and any(
            obj.dep_ == "pobj" and any(_another_of_a_list(g, phrase) for g in obj.children)
            for obj in phrase.children
        )
    )


def _another_of_a_list(word: Token, phrase: Token) -> bool:
    """A second name after the first: joined by "and", or (after "by") set beside it with a
    comma, as the parse takes a list of doers ("by N. Altankhuyag, T. Dorjkhand and …")."""
    listed = word.dep_ == "appos" and word.pos_ == "PROPN" and word.nbor(-1).text == ","
    return word.dep_ == "conj" or (phrase.lower_ == "by" and listed)


# "injured, mostly in Nura": a place of some of those counted, not of all.
_IN_PART = frozenset({"mostly", "mainly", "largely", "partly", "primarily", "chiefly",
                      "especially", "particularly"})  # fmt: skip


def _in_part(phrase: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _IN_PART for c in phrase.children)


def _counted_alone(counted: list[Token], things: Token) -> bool:
    """What is counted, said whole and on its own: not pointing back ("these people"), not
    beside another figure ("65 trains carrying 6,200 containers"), not things counted together
    ("300 students and teachers") nor a count added to another ("five more men")."""
    if not counted or refers_back(counted) or not stands_whole(counted):
        return False
    return not any(
        t.like_num or (t.dep_ == "cc" and t.head.i == things.i) or t.lower_ in _ADDED
        for t in counted
    )


def _doer(verb: Token) -> list[Token]:
    """The subject of a verb whose object is counted ("Russian police"), or the noun a
    relative clause's "that" stands for ("the attack in Moscow that killed ..."); [] when
    none."""
    if said_of_its_antecedent(verb):
        return words_of(verb.head)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return words_of(subject) if subject is not None else []


_ADDED = frozenset({"more", "additional", "further", "other", "extra"})


def questions(fact: CountFact, ask: Ask) -> Iterator[Candidate | None]:
    figure = fact.figure
    sentence = ask.doc.sentences[fact.sentence]
    if ask.doc.published is None and dates_itself_relatively(sentence.text):
        return
    if quantity.count_beside_a_measure(figure, ask) or _tail_of_a_tally(fact, ask):
        return
    amount = figure.amount
    unit = amount.unit or ""
    yield numeric(
        origin=origin(fact),
        prompt=with_the_before_a_body(
            f"According to the article, {fact.asked}?{qualifier_note(amount)}"
        ),
        value=amount.value,
        unit=unit,
        tolerance=recall_tolerance(amount.value, unit, exact=amount.is_exact),
        explanation=f"The article gives {amount.text}.",
        topic=TOPIC_FIGURES,
        score=0.8 if amount.is_exact else 0.65,
        answer_text=amount.number_text,
    )


TAIL_SHARE = quantity.TAIL_SHARE


def _tail_of_a_tally(fact: CountFact, ask: Ask) -> bool:
    """A count under a quarter of the largest of the same things the same verb counts ("the
    Hun Party won 8 seats" beside "the People's Party won 68 seats"): the tail of a list. The
    dead beside the injured are no tail: another verb counts them."""
    unit = fact.figure.amount.unit
    largest = max(
        other.figure.amount.value
        for other in ask.facts_of(CountFact)
        if other.figure.amount.unit == unit and other.verb == fact.verb
    )
    return fact.figure.amount.value < TAIL_SHARE * largest
