"""Dates of events: "the SCO summit, taking place on 3-4 June", "the election, held in March",
"the war broke out in 1992", "independence in December 1991".

The fact ties an event (a noun phrase such as "the SCO summit", read from the parse) to the
date the same clause gives. Two statements of one event in different months or years are a
conflict (`topic_value`): the article is wrong somewhere, and neither is asked. Questions: when
(a choice of nearby dates or years), the year as a number, and across facts the order of events.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.ask import TOPIC_EVENTS, Ask, origin
from quizzes.generate.distractors import wrong_days, wrong_years
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import ORG
from quizzes.generate.questions import Candidate, numeric, ordering, single_choice
from quizzes.generate.referents import country_thing

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "event_date"
# The year of an event the article mentions ("in which year did the war begin?"): none of ten
# passed review (world knowledge, or beside the point); asked only where nothing else is.
LAST_RESORT = True
EVENT_NOUNS = frozenset(
    (
        "summit",
        "election",
        "elections",
        "meeting",
        "visit",
        "talks",
        "conference",
        "forum",
        "referendum",
        "war",
        "invasion",
        "unrest",
        "protests",
        "protest",
        "uprising",
        "independence",
        "collapse",
        "coup",
        "treaty",
        "agreement",
        "accord",
        "ceasefire",
        "clashes",
        "conflict",
        "revolution",
        "session",
        "games",
        "launch",
        "inauguration",
        "negotiations",
        "ceremony",
    )
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
WINDOW = 12  # tokens
# How each kind of event is asked about: wars begin, treaties are signed, summits take place.
BEGUN_NOUNS = frozenset(
    {"war", "invasion", "unrest", "protests", "protest", "uprising", "conflict", "clashes",
     "revolution", "negotiations"}
)  # fmt: skip
SIGNED_NOUNS = frozenset({"treaty", "agreement", "accord", "ceasefire"})
UNASKED_NOUNS = frozenset({"independence", "collapse", "launch", "visit"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_RELATIVE = re.compile(r"\b(last|next|this|ago|earlier|later|recent|today|yesterday|tomorrow|"
                       r"week|weekend|day|days|monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday)\b", re.IGNORECASE)  # fmt: skip


@dataclass(frozen=True)
class EventDateFact(Fact):
    event: str  # "the SCO summit"
    topic: str  # what identifies the event across sentences: "Shanghai Cooperation ... summit"
    date: str  # as written: "3-4 June", "March", "1991"
    year: int | None
    month: str | None

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.topic, self.date)

    def topic_value(self) -> tuple[tuple[object, ...], object] | None:
        value = self.month or (str(self.year) if self.year else None)
        if value is None:
            return None
        return (self.topic, "date"), value

    def describe(self) -> str:
        return f"{self.event}: {self.date}"

    def stated(self) -> str:
        return self.date


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[EventDateFact]:
    span = sentence.span
    for entity in sentence.entities_of("date"):
        if _RELATIVE.search(entity.text):
            continue
        year_match, month_match = _YEAR.search(entity.text), _MONTH.search(entity.text)
        if not year_match and not month_match:
            continue
        if _bounds_a_range(span.doc[entity.first_token]):
            continue  # "since February 1988 until May 1994": the ends of a span, not its date
        event = _event_noun(span.doc[entity.last_token])
        if event is None:
            continue
        phrase, topic = _event_phrase(event, sentence)
        phrase = country_thing(phrase, sentence, doc)  # "Mongolia’s parliamentary elections"
        if len(phrase.split()) < 3 and event.lemma_.lower() in _OFTEN_SEVERAL:
            continue  # "the meeting": which one? An article often reports several
        if _YEAR.search(phrase) or entity.text in phrase:
            continue  # "Russia's 2008 invasion": the stem would give the year away
        if _unnamed(phrase, doc.title_words):
            continue  # "a subsequent war": which one?
        date = entity.text
        if span_of_years := _YEARS_SPAN.fullmatch(date.strip()):
            if event.lemma_.lower() not in BEGUN_NOUNS:
                continue
            date = span_of_years.group(1)  # "the war (1988-1994)" began in 1988
        yield EventDateFact(
            sentence.evidence, sentence.index, sentence.from_caption, phrase, topic, date,
            int(year_match.group()) if year_match else None,
            month_match.group() if month_match else None,
        )  # fmt: skip


_OFTEN_SEVERAL = frozenset({"meeting", "talks", "session", "visit", "ceremony", "negotiations",
                            "conference", "forum"})  # fmt: skip
_YEARS_SPAN = re.compile(r"(\d{4})\s*[-–—]\s*(?:\d{4}|\d{2})")
_RELATIVE_WORDS = frozenset({"subsequent", "previous", "next", "following", "latest", "recent",
                             "new", "later", "earlier", "last", "second", "third"})  # fmt: skip
_SINCE_WORDS = frozenset({"since", "after", "before", "following"})
_RANGE_WORDS = frozenset({"until", "till", "since", "from", "to", "between", "through", "by"})


def _unnamed(phrase: str, titled: frozenset[str]) -> bool:
    """ "a war", "the subsequent war", "the protests", "another summit": an event a stem
    cannot name alone (a name, a number or the quiz's title says which)."""
    words = phrase.split()
    named = any(w[:1].isupper() or w[:1].isdigit() for w in words if w.lower() != "the")
    in_title = words[-1].lower() in titled
    return words[0] in ("a", "an", "another") or not (named or in_title)


def _bounds_a_range(first: Token) -> bool:
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    return before is not None and before.lower_ in _RANGE_WORDS


# Verbs that say when their subject, an event, happened: "the summit took place in June".
# Other verbs date something the event did ("the invasion would slow growth in 2022").
HAPPENING_VERBS = frozenset(
    ("be", "take", "hold", "begin", "start", "break", "end", "open", "close", "happen",
     "occur", "run", "last", "convene", "conclude", "finish", "launch", "come", "erupt",
     "resume", "schedule", "plan", "set", "postpone")
)  # fmt: skip


def _event_noun(date_token: Token) -> Token | None:
    """Walk up from the date: "summit ... on 3 July", "election, held in March"."""
    token = date_token
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ == "NOUN" and head.lemma_.lower() in EVENT_NOUNS:
            return head
        if head.lower_ in _SINCE_WORDS:
            return None  # "the election since the transition in 1990": 1990 dates the transition
        if head.pos_ in ("VERB", "AUX"):
            if head.dep_ in ("acl", "advcl", "relcl") and head.head.lemma_.lower() in EVENT_NOUNS:
                return head.head
            for child in head.children:
                if (
                    child.dep_ in ("nsubj", "nsubjpass")
                    and child.lemma_.lower() in EVENT_NOUNS
                    and head.lemma_.lower() in HAPPENING_VERBS
                ):
                    return child  # "the war broke out in 1992", not "the war would slow ..."
            return _nearest_event_before(date_token)
        token = head
    return None


def _nearest_event_before(date_token: Token) -> Token | None:
    """ "the SCO summit in Astana, Kazakhstan on 3 July": the event noun just before the date,
    when the parser hung the date on a verb; never across a verb of its own clause ("following
    Russia's invasion of Ukraine and was granted candidate status in 2023": 2023 is the
    granting's), only a participle ("the summit, taking place on 3-4 June")."""
    sentence = date_token.sent
    for index in range(date_token.i - 1, max(sentence.start, date_token.i - WINDOW) - 1, -1):
        token = date_token.doc[index]
        if token.text in (";", "–", "—") or _finite(token):
            return None
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in EVENT_NOUNS:
            return token  # "the summit", "the First Karabakh War"
    return None


def _finite(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return token.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") for c in token.children
    )


def _event_phrase(noun: Token, sentence: Sentence) -> tuple[str, str]:
    """ "the SCO summit" and a topic that names the same event however it is written."""
    left = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "det")]
    start = min([t.left_edge.i for t in left] + [noun.i])
    end = noun.i + 1
    for child in noun.rights:  # "the collapse of the Soviet Union", "talks between A and B"
        if child.dep_ == "prep" and child.lower_ in ("of", "between", "on", "over"):
            subtree = list(child.subtree)
            if len(subtree) <= 6 and not any(t.ent_type_ == "DATE" for t in subtree):
                end = subtree[-1].i + 1
        break
    words = sentence.span.doc[start:end]
    phrase = "".join(
        (t.lower_ if t.i == start and t.pos_ == "DET" else t.text) + t.whitespace_ for t in words
    ).strip()
    possessive = any(t.tag_ == "POS" for t in words)
    if not possessive and not phrase.lower().startswith(("the ", "a ", "an ")):
        phrase = "the " + phrase
    org = next((e.name for e in sentence.entities_of(ORG)
                if start <= e.first_token <= noun.i), "")  # fmt: skip
    return phrase.replace(" - ", "-"), f"{org} {noun.lemma_.lower()}".strip()


def questions(fact: EventDateFact, ask: Ask) -> Iterator[Candidate | None]:
    source = origin(fact)
    explanation = f"The article dates {fact.event} to {fact.date}."
    noun = fact.topic.split()[-1]
    if noun in UNASKED_NOUNS:
        return
    future = _future(ask, fact)
    if noun in SIGNED_NOUNS:
        be = "were" if noun.endswith("s") and not noun.endswith("ss") else "was"
        clause = f"will {fact.event} be signed" if future else f"{be} {fact.event} signed"
    else:
        verb = "begin" if noun in BEGUN_NOUNS else "take place"
        clause = f"{'will' if future else 'did'} {fact.event} {verb}"
    when = f"According to the article, when {clause}?"
    if fact.month and not fact.year:
        wrong = wrong_days(fact.date) or _other_months(fact.date, fact.month)
        yield single_choice(origin=source, prompt=when, answer=fact.date, wrong=wrong,
                            explanation=explanation, topic=TOPIC_EVENTS, score=0.6)  # fmt: skip
    elif fact.year and fact.date.strip() == str(fact.year):
        yield numeric(origin=source, prompt=f"According to the article, in which year {clause}?",
                      value=fact.year, unit=None, explanation=explanation, topic=TOPIC_EVENTS,
                      tolerance=0, score=0.7, answer_text=str(fact.year))  # fmt: skip
    elif fact.year:
        years = wrong_years(fact.year, latest=ask.doc.latest_year)
        wrong = [fact.date.replace(str(fact.year), str(y)) for y in years]
        yield single_choice(origin=source, prompt=when, answer=fact.date, wrong=wrong,
                            explanation=explanation, topic=TOPIC_EVENTS, score=0.65)  # fmt: skip


def _future(ask: Ask, fact: EventDateFact) -> bool:
    """Said with "will", or dated after the day the article was published ("the summit
    slated for July 3-4" in an article of May 21)."""
    if any(t.lower_ == "will" for t in ask.doc.sentences[fact.sentence].span):
        return True
    published = ask.doc.published
    if published is None or fact.month is None:
        return False
    day = re.search(r"\b\d{1,2}\b", fact.date)
    when = (fact.year or published.year, MONTHS.index(fact.month) + 1, int(day[0]) if day else 1)
    return when > (published.year, published.month, published.day)


def _other_months(date: str, month: str) -> list[str]:
    index = MONTHS.index(month)
    shifts = (1, -1, 2)
    return [date.replace(month, MONTHS[(index + s) % 12]) for s in shifts]


def combined(facts: list[EventDateFact], ask: Ask) -> Iterator[Candidate | None]:
    """Events with distinct years, put in order (earliest first)."""
    dated: dict[int, EventDateFact] = {}
    for fact in facts:
        seen_events = {f.event.lower() for f in dated.values()}
        fresh = fact.year and fact.year not in dated and fact.event.lower() not in seen_events
        if fresh and fact.year and not fact.from_caption:
            dated[fact.year] = fact
    if len(dated) < 3:
        return
    chosen = [dated[y] for y in sorted(dated)][:5]
    first = chosen[0]
    yield ordering(
        origin=origin(first),
        prompt="According to the article, put these events in the order they happened, "
        "earliest first.",
        in_order=[_capitalised(f.event) for f in chosen],
        explanation="; ".join(f"{_capitalised(f.event)}: {f.date}" for f in chosen) + ".",
        topic=TOPIC_EVENTS,
        score=0.7,
    )


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]
