"""The news the article opens with, asked of its doer in the clause's own words, even where the
doer is the article's own subject.

The lede (the first sentence that names something) says what happened: "Turkey on Monday opened
a plant in Samarkand to assemble its Bayraktar drones". A teacher asks that first: "which country
opened a plant in Samarkand to assemble its Bayraktar drones?". Elsewhere an
answer that is the article's subject gives itself away (every reader knows whom the article is
about, and "_____ said the talks went well" asks nothing); of the lede's main clause it asks
what the news is. Only the subject of the lede's main clause (or of what it reports: "Turkey
opened a plant ..., officials said"), asked in its own words where the question names what
the news is about (`statement.asked_in_own_words`), never a gap-fill of the copied sentence; a
headline that names the doer gives it away, and the ranking drops the question then. Its wrong
options are names the article does not use: another country it speaks of may have done the
same.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from quizzes.generate.ask import TOPIC_EVENTS, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import COUNTRY, ORG, PERSON
from quizzes.generate.patterns.statement import asked_in_own_words, wrong_as_written
from quizzes.generate.questions import Candidate, single_choice

KIND = "main_event"
_DOERS = (COUNTRY, ORG, PERSON)


@dataclass(frozen=True)
class MainEventFact(Fact):
    doer: Entity
    asked: str  # "which country opened a plant in Samarkand to assemble its drones"

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.sentence, self.doer.name)

    def describe(self) -> str:
        return f"{self.doer.text}: {self.asked}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[MainEventFact]:
    if sentence.index != _lede(doc):
        return
    root = sentence.span.root
    for entity in sentence.entities_of(*_DOERS):
        token = sentence.span.doc[entity.last_token]
        verb = token.head
        reported = verb.dep_ in ("ccomp", "parataxis") and verb.head.i == root.i
        if not (verb.i == root.i or reported) or entity.text.casefold() not in doc.subject_forms:
            continue  # a side clause's doer; another name the statement pattern asks
        asked = asked_in_own_words(entity, sentence, doc)
        if asked is None or asked.split()[0] not in ("which", "who"):
            continue  # not its subject, asked
        yield MainEventFact(sentence.evidence, sentence.index, sentence.from_caption, entity,
                            asked)  # fmt: skip


def _lede(doc: ArticleDoc) -> int:
    """The index of the first of the article's first two sentences that names something."""
    opening = doc.sentences[:2]
    return next((s.index for s in opening if s.entities_of(*_DOERS)), -1)


def questions(fact: MainEventFact, ask: Ask) -> Iterator[Candidate | None]:
    sentence = ask.doc.sentences[fact.sentence]
    # No country or body the article names: another it speaks of may have done the same
    # ("Azerbaijan used the drones in 2020" beside "Kyrgyzstan is buying the drones").
    named = {e.name for e in ask.doc.entities()}
    wrong = wrong_as_written(ask.doc, fact.doer, sentence.text, avoid=named)
    yield single_choice(
        origin=origin(fact), prompt=f"According to the article, {fact.asked}?",
        answer=fact.doer.text, wrong=wrong, topic=TOPIC_EVENTS, score=0.7,
        explanation=f"The article opens with this news (paragraph {fact.evidence.paragraph}).",
    )  # fmt: skip
