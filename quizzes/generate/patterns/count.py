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
more men"). The question keeps the clause's objects and setting (or the phrase opening the
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
from quizzes.generate.patterns.event_date import MONTHS
from quizzes.generate.patterns.quantity import QuantityFact, qualifier_note, recall_tolerance
from quizzes.generate.questions import Candidate, numeric
from quizzes.generate.relative_year import dates_itself_relatively

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "count"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# How a clause may hang on the sentence and still state a fact: the main clause, one joined to
# it ("…; 18 people died"), or what someone said.
_CLAUSE_LINKS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
_OBJECT_OF = frozenset({"pobj", "pcomp", "prep"})  # "in Osh", "as of May 2"
# Prepositions a question may leave at its end: "how many countries does it trade with?"
_STRANDED = frozenset({"with", "to", "for", "from", "into"})
# A count in a span of time: "every day", "a year", "annually" (never left out of its question).
_EVERY = frozenset({"every", "each", "per", "a", "an"})
_RATES = frozenset({"annually", "yearly", "daily", "weekly", "monthly", "hourly"})
_OBJECTS = frozenset({"dobj", "dative", "prt", "acomp", "oprd"})
# The phrases of a clause a question keeps after its verb: objects and settings, not adverbs
# ("also", "reportedly"), clauses hung on it or its punctuation.
_KEPT = frozenset({"dobj", "dative", "prep", "agent", "npadvmod", "prt", "acomp", "oprd"})
# Words that make a figure no fact: a hedge, a plan, a forecast, a denial or a condition,
# wherever they govern it.
_HEDGES = frozenset({"may", "might", "could", "can", "should", "must", "will", "would", "shall",
                     "expect", "plan", "aim", "intend", "hope", "forecast", "predict", "project",
                     "estimate", "believe", "claim", "allege", "fear", "suggest", "likely",
                     "possibly", "reportedly", "allegedly", "deny", "dispute", "doubt",
                     "rumor", "rumour", "if", "whether", "unless"})  # fmt: skip
# A negation, or a complement without which the verb says nothing a question may ask ("has
# become a home country for ...", "were forced to leave").
_UNFINISHED = frozenset({"neg", "attr", "xcomp"})
_REFERRING = frozenset({"PRP", "PRP$", "WP", "WP$", "WDT", "EX"})
_POINTING = frozenset({"this", "that", "these", "those", "such", "same", "former", "latter",
                       "there", "here", "then"})  # fmt: skip
_NAMED_ENTITIES = frozenset({"GPE", "LOC", "FAC", "EVENT", "NORP", "ORG", "PERSON"})
_BASE_AUX = {"VBD": "did", "VBZ": "does", "VBP": "do"}


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
        clause = _clause_of(things)
        if clause is None or not _states_a_fact(clause.verb):
            continue
        asked = _asked(things, number, clause, sentence)
        if asked is not None:
            yield CountFact(sentence.evidence, sentence.index, sentence.from_caption, figure,
                            asked, clause.verb.lemma_.lower())  # fmt: skip


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
    if noun.dep_ in (*_SUBJECTS, "dobj"):
        return _Clause(noun.head, noun.dep_, noun)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _STRANDED:
        return None
    owner = prep.head
    verb = owner.head if owner.dep_ == "dobj" else owner
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return _Clause(verb, "prep", prep)


def _number_token(sentence: Sentence, figure: QuantityFact) -> Token | None:
    """The figure's last number word ("243", "million" of "1.5 million")."""
    start = sentence.span.start_char + figure.start
    end = sentence.span.start_char + figure.end
    numbers = [t for t in sentence.span if start <= t.idx < end and t.like_num]
    return numbers[-1] if numbers else None


def _states_a_fact(verb: Token) -> bool:
    """A finite verb in the past or present (or a helper's), said as a fact: not negated, not
    hedged, planned or forecast by anything above it, and whole without a complement."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = verb.tag_ in _FINITE or any(h.tag_ in _FINITE for h in helpers)
    if verb.pos_ != "VERB" or not finite:
        return False
    if verb.dep_ not in _CLAUSE_LINKS and not _said_of_its_antecedent(verb):
        return False
    if any(c.dep_ in _UNFINISHED for c in verb.children) or _does_more(verb):
        return False
    # A relative clause says its own fact, whatever the clause its noun stands in says of it.
    governing = [verb] if verb.dep_ == "relcl" else [verb, *verb.ancestors]
    words = {w.lemma_.lower() for v in governing for w in (v, *v.children) if w.dep_ != "conj"}
    return not words & _HEDGES


def _said_of_its_antecedent(verb: Token) -> bool:
    """A relative clause whose subject is its relative pronoun ("the attack in Moscow that
    killed 150 people"): what it says, it says of the noun it hangs on. Not one set off by a
    comma ("the floods in Osh, which destroyed ..."): the parse often hangs it on the wrong
    noun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "relcl" or subject is None or subject.tag_ not in ("WDT", "WP"):
        return False
    return verb.doc[subject.i - 1].text != ","  # ", which ...": an aside, hung anywhere


def _does_more(verb: Token) -> bool:
    """The clause's subject goes on to do something to something else ("three states pursued
    integration and founded the Customs Union"): a question on the first verb leaves that
    news out. A second verb without an object ("were arrested and detained for two months")
    adds a detail."""
    return any(
        c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in _SUBJECTS for g in c.children)
        and any(g.dep_ == "dobj" for g in c.children)
        for c in verb.children
    )  # fmt: skip


def _asked(things: Token, number: Token, clause: _Clause, sentence: Sentence) -> str | None:
    """ "how many people were injured in Nukus", "how many Tajik citizens did Russian police
    detain after the attack", "how many countries does Mongolia maintain ties with"; None when
    the counted things or the doer refer back, or nothing places the count. A phrase of the
    setting that refers back is left out ("died as a result of their injuries"): what is left
    still holds."""
    verb, role, holder = clause.verb, clause.role, clause.holder
    counted = [t for t in _phrase(things, drop={number.i}) if t.i > number.i]
    kept = [
        c for c in verb.children
        if (c.dep_ in _KEPT or c.lower_ in _RATES) and c.i != holder.i and c.lower_ not in _LISTING
        and not _across_a_break(verb, c)
    ]  # fmt: skip
    kept.sort(key=lambda c: (c.dep_ not in _OBJECTS, c.i))  # "attacked the station on May 2"
    objects = [_setting(c, drop={holder.i}) for c in kept if c.dep_ in _OBJECTS]
    if role == "prep" and not all(objects):
        return None  # an object that refers back, asked before its preposition
    stranded = [[holder]] if role == "prep" else []
    others = [_setting(c) for c in kept if c.dep_ not in _OBJECTS]
    setting = [tokens for tokens in (*objects, *stranded, *others) if tokens]
    doer = _doer(verb) if role in ("dobj", "prep") else []
    if not any(_named(tokens) for tokens in setting):
        setting = [*setting, *filter(None, [_opening(sentence, verb)])]
    if role in ("dobj", "prep"):
        verb_group = _asked_of_an_object(verb, _said(doer, opening=True)) if doer else None
    else:
        verb_group = _verb_group(verb)
    placed = _named([t for t in counted if t.i > things.i])  # "people in Osh"
    if verb_group is None or not _counted_alone(counted, things):
        return None
    if doer and (_refers_back(doer) or not _whole(doer)):
        return None
    if not (placed or _named(doer) or any(map(_places, setting))):
        return None
    rest = " ".join(_said(tokens) for tokens in setting)
    return " ".join(p for p in ("how many", _said(counted), verb_group, rest) if p)


def _counted_alone(counted: list[Token], things: Token) -> bool:
    """What is counted, said whole and on its own: not pointing back ("these people"), not
    beside another figure ("65 trains carrying 6,200 containers"), not things counted together
    ("300 students and teachers") nor a count added to another ("five more men")."""
    if not counted or _refers_back(counted) or not _whole(counted):
        return False
    return not any(
        t.like_num or (t.dep_ == "cc" and t.head.i == things.i) or t.lower_ in _ADDED
        for t in counted
    )


def _setting(phrase: Token, drop: frozenset[int] | set[int] = frozenset()) -> list[Token]:
    """A phrase of the clause's setting as a question keeps it: whole, without the clauses and
    lists hung inside it ("including ...", "when armed men ..."); [] for one that refers back,
    that only the article's date places, or that the parse leaves in pieces."""
    tokens = _phrase(phrase, drop)
    if phrase.dep_ == "prep" and not any(c.dep_ in _OBJECT_OF for c in phrase.children):
        return []  # a preposition the parse left without its object
    if phrase.dep_ == "prep" and _set_phrase(phrase):
        return []
    if not tokens or _refers_back(tokens) or _dated_only(tokens) or not _whole(tokens):
        return []
    return tokens


def _across_a_break(verb: Token, phrase: Token) -> bool:
    """A colon or semicolon stands between the verb and the phrase: the phrase belongs to a
    list or another clause the parse hung on the verb ("including Russia: in Moscow")."""
    low, high = sorted((verb.i, phrase.i))
    return any(t.text in (":", ";") for t in verb.doc[low:high])


def _whole(tokens: list[Token]) -> bool:
    """The words stand together in the sentence, with no mark of a list or an aside in them."""
    return tokens[-1].i - tokens[0].i + 1 == len(tokens) and not any(
        t.text in (",", ":", ";", "(", ")", "—", "–") for t in tokens
    )


def _doer(verb: Token) -> list[Token]:
    """The subject of a verb whose object is counted ("Russian police"), or the noun a
    relative clause's "that" stands for ("the attack in Moscow that killed ..."); [] when
    none."""
    if _said_of_its_antecedent(verb):
        return _phrase(verb.head)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _phrase(subject) if subject is not None else []


def _phrase(head: Token, drop: frozenset[int] | set[int] = frozenset()) -> list[Token]:
    """The head's words, without the figure and the clauses, lists, asides and other counts
    hung anywhere inside it ("including ...", ", which ...", "when ...", "Khorgos, known as
    ..., connects", "and 11 European cities"); a participle naming or placing a thing stays
    ("a group called the Defense Committee"), and so do the other things of a pair ("at
    colleges and universities")."""
    doc = head.doc
    left_out = {t.i for index in drop for t in doc[index].subtree}
    for token in head.subtree:
        inside = token.i != head.i
        hung = inside and (token.dep_ in _HUNG or token.lower_ in _LISTING or _another_count(token))
        if hung:
            left_out |= {t.i for t in token.subtree}
        if _set_off(token):  # with its commas
            after = token.right_edge.i + 1
            closing = after < len(doc) and doc[after].text == ","
            left_out |= {t.i for t in token.subtree} | {token.left_edge.i - 1}
            left_out |= {after} if closing else set()
    tokens = [t for t in head.subtree if t.i not in left_out]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def _another_count(token: Token) -> bool:
    """The second of a pair counted on its own ("27 Chinese cities and 11 European cities"),
    or the "and" before it; "students and teachers" are counted together and stay."""
    pair = [c for c in token.head.children if c.dep_ == "conj"] if token.dep_ == "cc" else [token]
    return any(
        second.dep_ == "conj" and any(c.dep_ == "nummod" for c in second.children)
        for second in pair
    )


def _set_phrase(phrase: Token) -> bool:
    """ "in addition", "in total", "for example": a preposition and a bare singular noun,
    a link between sentences rather than where or when."""
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    return (
        len(objects) == 1
        and objects[0].tag_ == "NN"
        and not objects[0].ent_type_
        and not any(objects[0].children)
    )


def _set_off(token: Token) -> bool:
    """A participle's phrase set off by a comma: an aside ("Khorgos, known as ...,")."""
    before = token.left_edge.i - 1
    return token.dep_ == "acl" and before >= 0 and token.doc[before].text == ","


_HUNG = frozenset({"relcl", "appos", "advcl", "parataxis"})
_ADDED = frozenset({"more", "additional", "further", "other", "extra"})
# "including ...": a list inside the count; "according to ...": who says it, not where.
_LISTING = frozenset({"including", "includes", "such", "according"})


def _dated_only(tokens: list[Token]) -> bool:
    """ "on Monday", "last week", "currently": a time only the article's date places, left
    out of a question read without it ("in 2023", "in May", "as of March 28" stay, and so does
    a rate: "every day", "a year")."""
    if any(t.lower_ in _EVERY or t.lower_ in _RATES or t.text in MONTHS for t in tokens):
        return False
    words = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "NUM", "ADV")]
    return (
        bool(words)
        and all(t.ent_type_ in ("DATE", "TIME") for t in words)
        and not any(t.like_num for t in tokens)
    )


def _opening(sentence: Sentence, verb: Token) -> list[Token]:
    """The phrase opening the sentence before a comma ("As a result of riots in Nukus, ..."),
    which frames each of its clauses; [] when the clause itself opens the sentence."""
    first = sentence.span[0]
    if first.dep_ != "prep" or first.head.i == verb.i:
        return []
    phrase = _setting(first)
    end = first.right_edge.i + 1
    set_off = end < sentence.span.end and sentence.span.doc[end].text == ","
    return phrase if set_off else []


def _places(tokens: list[Token]) -> bool:
    """The phrase says where, to what or in what the count stands: a name, or a thing it
    points to ("in Bishkek", "in connection with the attack", "the dry port"); not a bare noun
    ("in hospitals": which?) nor a time."""
    return _named(tokens) or any(
        t.pos_ == "NOUN"
        and t.ent_type_ not in ("DATE", "TIME")
        and any(c.dep_ in ("det", "poss") for c in t.children)
        for t in tokens
    )


def _named(tokens: list[Token]) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTITIES for t in tokens)


def _refers_back(tokens: list[Token]) -> bool:
    return any(t.tag_ in _REFERRING or t.lower_ in _POINTING for t in tokens)


def _said(tokens: list[Token], *, opening: bool = False) -> str:
    """The words as written; a sentence's first word lower-cased unless it is a name."""
    text = "".join(t.text_with_ws for t in tokens).strip()
    first = tokens[0] if tokens else None
    named = first is not None and (first.pos_ == "PROPN" or bool(first.ent_type_))
    if first is not None and (first.is_sent_start or opening) and not named:
        text = text[:1].lower() + text[1:]
    return text


def _verb_group(verb: Token) -> str:
    """ "were injured", "have been detained", "died"."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return " ".join([*(h.text for h in helpers), verb.text])


def _asked_of_an_object(verb: Token, doer: str) -> str | None:
    """ "did Russian police detain", "have the authorities detained", "were police holding";
    None for a verb whose base form the parse does not give."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if helpers:
        first, *more = helpers
        return " ".join([first.text.lower(), doer, *(h.text for h in more), verb.text])
    base = verb.lemma_.lower()
    if verb.tag_ not in _BASE_AUX or not base.isalpha():
        return None
    return f"{_BASE_AUX[verb.tag_]} {doer} {base}"


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
        prompt=f"According to the article, {fact.asked}?{qualifier_note(amount)}",
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
