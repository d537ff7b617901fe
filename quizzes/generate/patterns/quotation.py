"""Who said it: a quotation and the person the article gives it to.

Forms: “...,” Japarov said. / “...,” said Antonella Bassani, ... / Pashinyan said: “...”. The
quotation is whole (it opens and closes in the sentence), says something (6–40 words), and its
speaker is a named person (not "Japarov's office", not "he"). The question quotes it and asks who
said it, with people the article names (and, failing that, people the data knows from the same
region, of the same office) as the other options; never when the quotation names its speaker, and
among compatriots when it names the speaker's country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_LEADERS, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import PERSON
from quizzes.generate.questions import Candidate, single_choice

KIND = "quotation"
# "Who said: ...?": one of six passed review (a stock phrase, or who said it is beside the
# point); asked only where nothing else is.
LAST_RESORT = True

MIN_WORDS, MAX_WORDS = 6, 40
MAX_ATTRIBUTION_WORDS = 14
_SPEECH = r"(?:said|says|added|stressed|noted|declared|wrote|told\s+[\w ]{1,30}?)"
# “...,” Japarov said (on Thursday). / “...” – said Antonella Bassani, the bank's president.
_QUOTE_FIRST = re.compile(r"^[“\"](?P<quote>[^”\"]+?)[,.]?[”\"],?\s*(?:[–—-]\s*)?(?P<rest>.+)$")
# Pashinyan said on Telegram: “...”.
_QUOTE_LAST = re.compile(r"^(?P<rest>[^“\"]+?)[:,]\s*[“\"](?P<quote>[^”\"]+?)[.!]?[”\"]\.?$")


@dataclass(frozen=True)
class QuotationFact(Fact):
    quote: str  # without its quotation marks and closing comma
    speaker: str  # the name the article or the data gives the person, in full

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.quote.casefold(),)

    def describe(self) -> str:
        return f"{self.speaker}: “{self.quote}”"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[QuotationFact]:
    text = sentence.text
    match = _QUOTE_FIRST.match(text) or _QUOTE_LAST.match(text)
    if match is None:
        return
    quote, rest = match.group("quote").strip(), match.group("rest")
    if not MIN_WORDS <= len(quote.split()) <= MAX_WORDS or "“" in quote or "”" in quote:
        return
    if len(rest.split()) > MAX_ATTRIBUTION_WORDS or not re.search(rf"\b{_SPEECH}\b", rest):
        return
    offset = match.start("rest")
    people = [e for e in sentence.entities_of(PERSON)
              if offset <= e.start < offset + len(rest)]  # fmt: skip
    if len(people) != 1 or _possessive(people[0], text):
        return  # "Japarov's office said": not the person's own words
    speaker = people[0]
    if not (speaker.known or len(speaker.name.split()) > 1):
        return
    yield QuotationFact(sentence.evidence, sentence.index, sentence.from_caption, quote,
                        _full_name(speaker, doc))  # fmt: skip


def _possessive(entity: Entity, text: str) -> bool:
    return text[entity.end : entity.end + 2] in ("’s", "'s")


def _full_name(speaker: Entity, doc: ArticleDoc) -> str:
    """The fullest way the article writes the person ("Sadyr Japarov" for "Japarov")."""
    written = [e.text for e in doc.entities(PERSON) if e.name == speaker.name]
    fullest = max(written, key=lambda t: len(t.split()), default=speaker.text)
    return speaker.name if speaker.known else fullest


def _countries_named(quote: str, ask: Ask) -> set[str]:
    return {name for name, country in ask.knowledge.countries.items()
            if re.search(rf"\b(?:{'|'.join(map(re.escape, country.forms))})\b", quote)}  # fmt: skip


def questions(fact: QuotationFact, ask: Ask) -> Iterator[Candidate | None]:
    doc = ask.doc
    surname = fact.speaker.split()[-1]
    if surname.casefold() in fact.quote.casefold():
        return  # the quotation names its speaker
    others = [e.name if e.known else e.text for e in doc.entities(PERSON)
              if e.name != fact.speaker and len(e.name.split()) > 1]  # fmt: skip
    wrong = list(dict.fromkeys(others))
    leader = ask.knowledge.leaders.get(fact.speaker)
    home = ask.knowledge.countries.get(leader.country) if leader else None
    if home is not None and re.search(rf"\b(?:{'|'.join(map(re.escape, home.forms))})\b",
                                      fact.quote):  # fmt: skip
        # "the border between Kyrgyzstan and ...": compatriots only, or the country tells
        wrong = [n for n in ask.knowledge.leaders_of(home.name) if n != fact.speaker]
    elif leader is None and (named := _countries_named(fact.quote, ask)):
        # "… entered into force for Armenia": not Putin or Peskov beside an unknown Armenian
        leaders = ask.knowledge.leaders
        wrong = [w for w in wrong if w not in leaders or leaders[w].country in named]
    elif len(wrong) < 3 and leader is not None:  # a known person: others of that standing
        wrong += distractors.wrong_people(doc, answer=fact.speaker, avoid=set(wrong), count=6,
                                          title=leader.title)  # fmt: skip
    wrong = distractors.distinct_people(wrong, answer=fact.speaker)  # "Akylbek Japarov" for Sadyr's
    yield single_choice(
        origin=origin(fact),
        prompt=f"According to the article, who said: “{fact.quote}”?",
        answer=fact.speaker,
        wrong=wrong[:3],
        explanation=f"The article quotes {fact.speaker} (paragraph {fact.evidence.paragraph}).",
        topic=TOPIC_LEADERS,
        score=0.55,
    )
