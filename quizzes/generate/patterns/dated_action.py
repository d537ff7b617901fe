"""Dated actions: something a named actor did in a stated year ("The United States established
diplomatic relations with Azerbaijan in 1992", "The war began in February 1988", "The SCO was
founded in 2001", "Both countries signed a peace deal on 20 September 2022").

The fact is the clause itself, read from the parse: its subject, its verb and the rest of the
verb phrase without the date. The question turns the clause around the year ("In which year did
the United States establish diplomatic relations with Azerbaijan?"), which needs only the verb's
lemma: a past-tense verb takes "did", a passive keeps its "was"/"were", a future keeps its "will"
("In which year will Russia assume the chairmanship?"); a passive needs nothing after its verb
("In which year was the dam first proposed?"), an active verb does unless it is whole alone
("the war began"). Dates after "until",
"since", "by", "before" or "after" are not the time of the action, so they are not asked; nor
is a span of years ("in 2023/24") or the year a forecast foresees ("the bank forecast inflation
of 8 percent in 2021" dates the inflation, not the forecast), nor the year of a cited source
("(as reported in Ismailov et al, 2016)"). A thing brought in with "a" ("A UN study
released in 2019") is one the question cannot name ("in which year was a study released?":
which study?), so its year is not asked, nor that of an action on one ("signed a decree":
which decree?); an ordering of the article's events may still show it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.ask import TOPIC_EVENTS, Ask, origin
from quizzes.generate.distractors import wrong_years
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import PERSON
from quizzes.generate.patterns._clause import is_a_name
from quizzes.generate.questions import Candidate, Origin, numeric, ordering, single_choice
from quizzes.generate.referents import phrase_named, previous_subject, subject_named

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "dated_action"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_TIME_PREPOSITIONS = frozenset({"in", "on", "during", "at"})
_PHRASE_DEPS = frozenset({"dobj", "prep", "prt", "dative", "attr", "oprd", "acomp", "agent",
                          "xcomp", "advmod", "npadvmod"})  # fmt: skip
_ASIDE_PREPOSITIONS = frozenset({"following", "after", "before", "since", "amid", "despite",
                                 "during", "until", "as", "because"})  # fmt: skip
_STOP_DEPS = frozenset({"punct", "cc", "conj", "advcl", "relcl", "mark", "parataxis"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "this", "these", "that", "its", "their",
                       "here", "there"})  # fmt: skip
_COMPLETE_ALONE = frozenset({"begin", "start", "end", "escalate", "erupt", "collapse", "resume",
                             "occur", "happen", "die", "open", "close", "break", "fall",
                             "create", "found", "establish", "form", "launch"})  # fmt: skip
# Verbs of foreseeing: a date in their clause is the time of what is foreseen.
_RECALLING = frozenset({"recall", "remember", "recollect", "remind"})
_MEASURING = frozenset({"record", "register", "observe", "measure", "estimate", "count"})
_FORESEE = frozenset({"forecast", "predict", "project", "expect", "anticipate", "estimate"})
_FUTURE_AUX = frozenset({"will", "shall"})
# Adverbs that say which time of several the date is ("was first proposed in 1959").
_ORDER_ADVERBS = frozenset({"first", "originally", "initially", "officially", "formally"})
MAX_SUBJECT_WORDS = 8
MAX_PHRASE_WORDS = 16


@dataclass(frozen=True)
class DatedActionFact(Fact):
    subject: str
    verb: str  # the lemma ("establish") or, for a passive, the participle ("founded")
    rest: str  # the verb phrase without the date ("diplomatic relations with Azerbaijan")
    passive_aux: str  # the auxiliary a question starts with: "was"/"were", "will"; "" for "did"
    date: str  # as written
    year: int
    past: str = ""  # the verb as the article puts it: "established", "was founded"
    # "a UN study", "signed a decree": one of many, which a question cannot name
    indefinite: bool = False

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.subject.lower(), self.verb, self.rest.lower(), self.year)

    def describe(self) -> str:
        return f"{self.subject} {self.verb} {self.rest} ({self.date})"

    def statement(self) -> str:
        """ "The United States established diplomatic relations with Azerbaijan" """
        text = f"{self.subject} {self.past} {self.rest}".strip()
        return text[:1].upper() + text[1:]

    def question_clause(self) -> str:
        """ "did the United States establish diplomatic relations with Azerbaijan" """
        if self.passive_aux:
            return f"{self.passive_aux} {self.subject} {self.verb} {self.rest}".strip()
        return f"did {self.subject} {self.verb} {self.rest}".strip()


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[DatedActionFact]:
    dated: dict[int, list[tuple[Token, Entity, int]]] = {}
    for entity in sentence.entities_of("date"):
        match = _YEAR.search(entity.text)
        if match is None:
            continue
        if _joined_to_another_date(entity, sentence) or _span_of_years(entity.text):
            continue  # "in December 2023 and April 2024", "in 2023/24": no one year to ask
        if _in_citation(entity, sentence):
            continue  # "(as reported in Ismailov et al, 2016)": the source's year, not the fact's
        verb = _verb_of_date(sentence.span.doc[entity.last_token])
        if verb is not None:
            dated.setdefault(verb.i, []).append((verb, entity, int(match.group())))
    for found in dated.values():
        if len(found) != 1:
            continue  # "in Almaty in 1998, Bishkek in 1999": which year goes with what?
        verb, entity, year = found[0]
        if _hedged(verb):
            continue  # "asserting that Uzbekistan will likely join in 2020": a forecast, no fact
        if _marks_an_anniversary(verb, entity):
            continue  # "celebrated the 30th anniversary of the closure in 1991": whose year?
        if verb.lemma_ == "date":
            continue  # "the agreement on oil transit to China dated December 24, 2013": a label
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and any(c.dep_ == "dobj" for c in verb.children)
        ):
            continue  # "the division formed in 1943 forms the bulk …" misread: a participle
            # takes no object
        if verb.lemma_.lower() in _RECALLING:
            continue  # "Garibashvili recalled China's recognition of Georgia in 1992": not his
        if verb.lemma_.lower() in _MEASURING:
            continue  # "the doubling of trade recorded in 2024": when a figure was counted
        if any(c.dep_ == "advmod" and c.lower_ == "last" for c in verb.children):
            continue  # "since the Taliban last held control in 2001": the end of a long while
        fact = _fact(verb, entity, year, sentence, doc)
        if fact is not None:
            yield fact


_HEDGES = frozenset({"likely", "probably", "possibly", "perhaps", "reportedly", "allegedly",
                     "presumably", "maybe"})  # fmt: skip


def _comma_between(subject: Token, verb: Token) -> bool:
    """Only a comma between the subject and its verb: the verb opens a participle's aside the
    parse took for the main verb."""
    return subject.i + 2 == verb.i and verb.doc[verb.i - 1].text == ","


_RELATIVE_OBJECTS = frozenset({"that", "which", "whom"})


def _object_is_its_antecedent(verb: Token) -> bool:
    """ "the Belt and Road Initiative that Xi launched in 2013": the verb's object is the noun
    its clause hangs on, which the clause's own words do not say."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS for c in verb.children
    )


def _antecedent_named(verb: Token, sentence: Sentence) -> str | None:
    """The name just before the relative pronoun, as written ("the Belt and Road Initiative");
    None for a noun that is no name. (The parse may hang the clause on a noun further left.)"""
    pronoun = next(c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS)
    entity = sentence.entity_at(pronoun.i - 1)
    if entity is None or entity.kind in ("date", "cardinal", "quantity", "money", "percent"):
        return None
    before = sentence.text[max(0, entity.start - 4) : entity.start]
    return f"the {entity.text}" if before.lower() == "the " else entity.text


def _hedged(verb: Token) -> bool:
    """The verb's own adverbs say the writer (or the one quoted) is not sure: "will likely
    acquire", "reportedly signed"."""
    return any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children)


_MARKING = frozenset({"anniversary", "jubilee", "centenary", "centennial"})


def _marks_an_anniversary(verb: Token, date: Entity) -> bool:
    """The verb's object is an anniversary of something, and the date follows it: the date may
    be the year of the thing marked, which the parse hangs on the verb all the same."""
    marked = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
              and c.lemma_.lower() in _MARKING]  # fmt: skip
    return any(date.first_token > noun.i for noun in marked)


def _span_of_years(date: str) -> bool:
    """ "1988-1994", "2023/24", "2019–20": a span of years, not one year; "2024/11" is a month."""
    for match in _YEAR_AND_AFTER.finditer(date):
        year, after = int(match.group(1)), match.group(2)
        if len(after) == 4 or int(after) == (year + 1) % 100:
            return True
    return False


_YEAR_AND_AFTER = re.compile(r"\b(1[89]\d\d|20\d\d)\s?[-–/]\s?(\d{4}|\d{2})\b")


_CITATION = re.compile(r"\bet al\b|\b(?:reported|cited|quoted) in\b", re.IGNORECASE)


def _in_citation(entity: Entity, sentence: Sentence) -> bool:
    """The date is inside brackets that cite a source ("(Ismailov et al, 2016)")."""
    text, start = sentence.text, entity.start
    opening = text.rfind("(", 0, start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", start)
    inside = text[opening + 1 : closing if closing >= 0 else len(text)]
    return _CITATION.search(inside) is not None


def _joined_to_another_date(entity: Entity, sentence: Sentence) -> bool:
    """The date is one of a pair or list of dates ("December 2023 and April 2024")."""
    doc = sentence.span.doc
    own = range(entity.first_token, entity.last_token + 1)
    others = {
        i
        for other in sentence.entities_of("date")
        if other is not entity
        for i in range(other.first_token, other.last_token + 1)
    }
    return any(
        (doc[i].dep_ == "conj" and doc[i].head.i in others)
        or any(c.dep_ == "conj" and c.i in others for c in doc[i].children)
        for i in own
    )


def _verb_of_date(token: Token) -> Token | None:
    """The verb the date is the time of: through "in/on/during" or directly."""
    while token.dep_ in ("pobj", "nummod", "compound", "appos") and token.head.i != token.i:
        if token.dep_ == "nummod" and token.head.pos_ == "PROPN" and not token.head.ent_type_:
            return None  # "was elected in 2008 Vice-President of …" misread as one phrase
        if token.dep_ == "pobj":
            preposition = token.head
            if preposition.lower_ not in _TIME_PREPOSITIONS:
                return None
            token = preposition
            break
        token = token.head
    head = token.head
    if token.dep_ == "npadvmod" and head.lower_ == "effective" and head.dep_ == "advcl":
        head = head.head  # "will assume the chairmanship effective 1 January 2026"
    if token.dep_ not in ("prep", "npadvmod") or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def _plural(noun_phrase: str | None) -> bool:
    """ "the economic agreements" (not "the United States", a name)."""
    last = (noun_phrase or "").split()[-1:] or [""]
    word = last[0]
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_NOW = frozenset({"currently", "now", "still", "presently"})


def _fact(
    verb: Token, date: Entity, year: int, sentence: Sentence, doc: ArticleDoc
) -> DatedActionFact | None:
    if any(child.dep_ == "neg" for child in verb.children) or verb.lemma_ == "be":
        return None  # "China was the first to ...": no "did China be"
    if any(v.lemma_.lower() in _FORESEE for v in (verb, *verb.ancestors)):
        return None  # "forecast growth in 2025", "forecasts that GDP will grow 6% in 2025"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and _comma_between(subjects[0], verb):
        return None  # "Azerbaijan, granted dialogue partner status in 2015, has …": an aside
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children)
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "President X, elected in March 2022, ...", "the summit held in Seoul in 2012"
        if any(c.dep_ == "advmod" and c.lower_ in _NOW for c in verb.children):
            return None  # "dividends from Oyu Tolgoi, currently set at 2041": a state, no event
        subject = _noun_before_participle(verb, sentence)
        aux = "were" if verb.head.tag_ in ("NNS", "NNPS") or _plural(subject) else "was"
        verb_word = verb.text
    elif len(subjects) != 1:
        return None
    else:
        subject = _subject_text(subjects[0], sentence, doc)
        aux, verb_word = "", ""
    if subject is None:
        return None
    if verb_word:
        pass  # a participle: its tense is already settled
    elif auxiliaries and future and auxiliaries[0].lower_ == "be":
        aux, verb_word = "will", f"be {verb.text}"  # "will the summit be held"
    elif auxiliaries:
        aux = auxiliaries[0].lower_
        if aux not in ("was", "were"):
            return None
        verb_word = verb.text
    elif verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children):
        aux, verb_word = "", verb.lemma_
    elif verb.tag_ == "VB" and future:
        aux, verb_word = "will", verb.lemma_  # "will Kazakhstan assume the chairmanship"
    else:
        return None
    order = [c.lower_ for c in verb.lefts if c.dep_ == "advmod" and c.lower_ in _ORDER_ADVERBS]
    verb_word = " ".join([*order, verb_word])  # "was the dam first proposed"
    rest = _rest_of_phrase(verb, date, sentence)
    if rest is None or _YEAR.search(rest):
        return None
    holder = subjects[0] if subjects else verb.head
    rest = phrase_named(rest, sentence, doc)  # "the province’s forces": which province?
    if rest is None:
        return None
    if _object_is_its_antecedent(verb):
        thing = _antecedent_named(verb, sentence)
        if thing is None:
            return None  # "the plan that Xi launched in 2013": launched what?
        rest = f"{thing} {rest}".strip()  # "did Xi launch the Belt and Road Initiative in …"
    participle = verb.dep_ == "acl"
    alone = participle or auxiliaries or verb.lemma_.lower() in _COMPLETE_ALONE
    if not rest and not alone:
        return None  # "officials announced": announced what? ("the dam was built" is whole)
    past = " ".join([aux, *order, verb.text]) if aux else " ".join([*order, verb.text])
    if aux == "will" and auxiliaries:
        past = " ".join(["will", *order, "be", verb.text])
    one_of_many = _indefinite(holder) or _BARE_INDEFINITE.match(rest) is not None
    return DatedActionFact(sentence.evidence, sentence.index, sentence.from_caption, subject,
                           verb_word, rest, aux, date.text, year, past, one_of_many)  # fmt: skip


def _noun_before_participle(verb: Token, sentence: Sentence) -> str | None:
    """The noun phrase a participle hangs on, up to the noun and its "of" complement before the
    participle: "President Serdar Berdimuhamedov", "the Heads of Agreement" (not "the Heads")."""
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i < sentence.span.start:
        return None
    end = noun.i + 1
    while (
        end < verb.i
        and sentence.span.doc[end].dep_ != "punct"
        and sentence.span.doc[end].head.i in range(noun.i, end)
    ):
        end += 1  # "of Agreement": the noun's complement, each word hanging on one before it
    tokens = list(sentence.span.doc[noun.left_edge.i : end])
    if len(tokens) > MAX_SUBJECT_WORDS or any(t.lower_ in _PRONOUNS for t in tokens):
        return None
    if tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PART"):
        return None  # "Agreement on": a long name the parse cut before the participle
    specific = any(t.lower_ == "the" or sentence.entity_at(t.i) for t in tokens)
    if not specific and noun.pos_ != "PROPN":
        return None
    return _phrase_text(tokens, sentence)


# An action's whole object is one thing brought in with "a": "sign a decree", "approve a bill",
# "reject a proposed law" (teachers passed 2 of 16 votes on such questions: which decree?);
# "announce a reorganization program" says which.
_BARE_INDEFINITE = re.compile(r"^an? (?:(?:new|proposed|draft|special|separate|joint) )?[\w-]+$")


def _indefinite(noun: Token) -> bool:
    """ "a UN study": one of many, which a question cannot name ("was a study released")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _subject_text(subject: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The subject as a stem can use it: a name, or a noun phrase without pronouns."""
    if subject.lower_ in _PRONOUNS:
        if subject.lower_ not in ("it", "they"):
            return None
        return previous_subject(sentence, doc, thing=True)
    tokens = list(subject.subtree)
    if len(tokens) > MAX_SUBJECT_WORDS or any(t.dep_ in ("relcl", "acl", "appos") for t in tokens):
        return None
    text = _phrase_text(tokens, sentence)
    named = phrase_named(text, sentence, doc)
    if named != text:
        return named  # "both republics" → "Armenia and Azerbaijan", or None where it cannot say
    if any(t.lower_ in _PRONOUNS for t in tokens):
        return None
    if any(t.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") for t in tokens):
        return None  # "63 million tons of oil": the figure is the fact, asked by its own pattern
    # A common-noun subject needs a determiner or a name to be specific ("the war").
    specific = any(t.lower_ in ("the", "both") or sentence.entity_at(t.i) for t in tokens)
    if sentence.entity_at(subject.i) is None and subject.pos_ != "PROPN" and not specific:
        return None
    return subject_named(text, sentence, doc)


def _phrase_text(tokens: list[Token], sentence: Sentence) -> str:
    """The tokens' words, the sentence's first word lower-cased unless it is a name."""
    text = "".join(t.text_with_ws for t in tokens).strip()
    first = tokens[0]
    opening = next((t.i for t in sentence.span if not t.is_punct), sentence.span.start)
    if first.i == opening and not is_a_name(first) and not sentence.entity_at(first.i):
        text = first.lower_ + text[len(first.text) :]
    return text


def _rest_of_phrase(verb: Token, date: Entity, sentence: Sentence) -> str | None:
    """The verb's right-hand complements without the date and without trailing clauses."""
    kept: list[Token] = []
    for child in verb.rights:
        if child.dep_ in _STOP_DEPS:
            break
        if child.dep_ not in _PHRASE_DEPS:
            continue
        subtree = list(child.subtree)
        if any(date.first_token <= t.i <= date.last_token for t in subtree):
            continue
        if child.dep_ == "prep" and child.lower_ in _ASIDE_PREPOSITIONS:
            break  # "following its independence", "after the war": an aside, not the action
        if child.lower_ in _RELATIVE_TIMES and any(c.dep_ == "npadvmod" for c in child.children):
            continue  # "extracted in 2013 — eight years later than planned": another time
        if any(t.dep_ in ("relcl", "advcl") for t in subtree):
            subtree = [t for t in subtree if t.i < _first_clause(subtree)]
        kept.extend(subtree)
    if len(kept) > MAX_PHRASE_WORDS or any(t.lower_ in _PRONOUNS for t in kept):
        return None
    if not kept and any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return None  # "announced that he would resign": "did X announce?" asks nothing
    inside = {t.i for t in kept}
    dangling = [c for t in kept for c in t.children if c.dep_ == "conj" and c.i not in inside]
    # the parser may hang a list's last item on the verb: "formed by A, B, and C"
    dangling += [
        c for c in verb.rights if c.dep_ in ("conj", "npadvmod", "appos") and c.pos_ == "PROPN"
    ]
    if kept and dangling:
        return None  # "by the leaders of Russia, Belarus and Ukraine" cut short: false
    if kept and _verb_without_its_object(max(kept, key=lambda t: t.i)):
        return None  # "for attempting to join", its object hung elsewhere by the parse
    kept.sort(key=lambda t: t.i)
    # A token left out between two kept ones leaves a space: "Republic" + "including", not
    # "Republicincluding" where the comma between them went.
    text = "".join(
        t.text_with_ws if i + 1 == len(kept) or kept[i + 1].i == t.i + 1 else t.text + " "
        for i, t in enumerate(kept)
    ).strip(" ,;:")
    text = re.sub(r"\s*\([^()]*\)", "", text)  # "Russia (Russian SFSR), Belarus": a list goes on
    return re.split(r"\s*[—–(]", text)[0].strip(" ,;:")  # "— a rank in Soviet order": an aside


_RELATIVE_TIMES = frozenset({"later", "earlier", "ago", "before", "after"})
_OBJECTS = frozenset({"dobj", "prep", "attr", "ccomp", "xcomp", "prt"})


def _verb_without_its_object(last: Token) -> bool:
    """The phrase ends on a verb that takes an object but has none ("to join")."""
    return (
        last.pos_ == "VERB"
        and last.dep_ in ("xcomp", "pcomp")
        and not any(c.dep_ in _OBJECTS for c in last.children)
    )


def _first_clause(tokens: list[Token]) -> int:
    starts = [min(x.i for x in t.subtree) for t in tokens if t.dep_ in ("relcl", "advcl")]
    return min(starts) if starts else tokens[-1].i + 1


def questions(fact: DatedActionFact, ask: Ask) -> Iterator[Candidate | None]:
    if fact.indefinite:
        return  # "in which year was a UN study released?": which study? (an ordering
        # of the article's events may still show it)
    source = origin(fact)
    clause = fact.question_clause()
    if fact.verb == "elected":
        term = _term_of_the_elected(fact, ask)
        if term == _A_LATER_TERM:
            return  # "was Sargsyan elected President?" of 2013: he was first elected in 2008
        if term == _THE_FIRST_TERM:
            clause = clause.replace(" elected", " first elected", 1)
    explanation = f"The article dates this to {fact.date}."
    yield numeric(
        origin=source,
        prompt=f"According to the article, in which year {clause}?",
        value=fact.year,
        unit=None,
        tolerance=0,
        explanation=explanation,
        topic=TOPIC_EVENTS,
        score=0.8,
        answer_text=str(fact.year),
    )
    if fact.date.strip() != str(fact.year):
        years = wrong_years(fact.year, latest=ask.doc.latest_year)
        wrong = [fact.date.replace(str(fact.year), str(y)) for y in years]
        yield single_choice(
            origin=source,
            prompt=f"According to the article, when {clause}?",
            answer=fact.date,
            wrong=wrong,
            explanation=explanation,
            topic=TOPIC_EVENTS,
            score=0.7,
        )


_THE_FIRST_TERM = "first"
_A_LATER_TERM = "later"
TERM_YEARS = 5  # a leader this long in office or longer was most likely elected more than once


def _term_of_the_elected(fact: DatedActionFact, ask: Ask) -> str | None:
    """Whether the leader the sentence says was elected took the office that year for the first
    time ("first elected" then, not asked at all for a later year), where the data knows the
    leader held it long enough to have been elected again; None otherwise."""
    sentence = ask.doc.sentences[fact.sentence]
    for entity in sentence.entities_of(PERSON):
        leader = ask.knowledge.leaders.get(entity.name) if entity.known else None
        if leader is None or leader.since is None or entity.text not in fact.subject:
            continue
        held = (leader.until or ask.doc.latest_year or leader.since) - leader.since
        if held < TERM_YEARS:
            return None
        return _THE_FIRST_TERM if fact.year == leader.since else _A_LATER_TERM
    return None


MAX_ORDERED = 4


def combined(facts: list[DatedActionFact], ask: Ask) -> Iterator[Candidate | None]:
    """The article's dated actions in the order they happened, earliest first (three or four,
    each in a different year, none from a caption nor still to come)."""
    by_year: dict[int, DatedActionFact] = {}
    for fact in facts:
        happened = fact.passive_aux != "will"
        if (
            happened
            and not fact.from_caption
            and fact.year not in by_year
            and len(fact.statement()) <= 90
        ):
            by_year[fact.year] = fact
    if len(by_year) < 3:
        return
    chosen = [by_year[year] for year in sorted(by_year)]
    if len(chosen) > MAX_ORDERED:  # the most important sentences, still in time order
        importance = {s.index: s.importance for s in ask.doc.sentences}
        kept = sorted(chosen, key=lambda f: -importance.get(f.sentence, 0))[:MAX_ORDERED]
        chosen = [f for f in chosen if f in kept]
    first = chosen[0]
    key = ("order", *(f.year for f in chosen))
    yield ordering(
        origin=Origin(first.evidence, first.sentence, False, KIND, key),
        prompt="According to the article, put these in the order they happened, earliest first.",
        in_order=[f.statement() for f in chosen],
        explanation="; ".join(f"{f.statement()}: {f.date}" for f in chosen) + ".",
        topic=TOPIC_EVENTS,
        score=0.75,
    )
