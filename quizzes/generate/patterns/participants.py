"""Countries doing one thing together: "Uzbekistan, Kazakhstan and Kyrgyzstan will sign an
agreement on the Kambarata HPP-1", "Armenia and Azerbaijan agreed on the text of a peace treaty".
The fact: the countries of a list that is the whole subject of the sentence's main verb, and what
the sentence says they do. The question: which countries do it (choose every right one), among
countries the sentence does not name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_POLICY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import COUNTRY, country_as_written
from quizzes.generate.questions import Candidate, and_list, multiple_choice
from quizzes.generate.referents import standalone_text

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "participants"
MAX_COUNTRIES = 5
MIN_PREDICATE_WORDS = 4
_LIST_WORDS = frozenset({"and", "both", ","})
_REPORTING = frozenset({"report", "say", "announce", "state", "note", "write", "add"})


@dataclass(frozen=True)
class ParticipantsFact(Fact):
    countries: tuple[str, ...]  # canonical names, in the article's order
    predicate: str  # what they do, as the stem says it: "will sign an agreement on ..."

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.countries, self.predicate)

    def describe(self) -> str:
        return f"{and_list(list(self.countries))} {self.predicate}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[ParticipantsFact]:
    root = sentence.span.root
    reported = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    if root.lemma_.lower() in _REPORTING and reported:
        root = reported[0]  # "A and B will sign ..., Azernews reports"
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() == "be":
        return  # "Armenia and Russia are different countries": what they are, not do
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    countries = _countries_listed(subject, sentence) if subject is not None else None
    if subject is None or countries is None:
        return
    stem = standalone_text(sentence, doc)
    if stem is None:
        return
    offset = sentence.span.start_char
    last = root.right_edge
    clause = next((c for c in root.rights if c.dep_ == "conj" and _has_own_subject(c)), None)
    if clause is not None:  # "… joined in 1993 and the treaty came into force in 1994"
        last = clause.left_edge.nbor(-1)
    while (last.is_punct or last.dep_ == "cc") and last.i > root.i:
        last = last.nbor(-1)
    start = stem.place(*(subject.right_edge.idx + len(subject.right_edge) - offset,) * 2)
    end = stem.place(*(last.idx + len(last) - offset,) * 2)
    if start is None or end is None:
        return
    predicate = stem.text[start[0] : end[0]].strip().rstrip(".,;").strip()
    if len(predicate.split()) < MIN_PREDICATE_WORDS or any(q in predicate for q in '“”"'):
        return
    if predicate.startswith(",") or _ORDER_OF_THE_LIST.search(predicate):
        return  # "Russia and Iran, both littoral states, are …"; "… tapping the latter's gas"
    yield ParticipantsFact(sentence.evidence, sentence.index, sentence.from_caption,
                           countries, predicate)  # fmt: skip


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


_ORDER_OF_THE_LIST = re.compile(r"\bthe (?:former|latter)\b", re.IGNORECASE)


def _countries_listed(subject: Token, sentence: Sentence) -> tuple[str, ...] | None:
    """The countries of a subject that is a list of countries and nothing else."""
    if not subject.conjuncts:
        return None
    names: list[str] = []
    for token in subject.subtree:
        entity = sentence.entity_at(token.i)
        if entity is not None and entity.kind == COUNTRY:
            if entity.name not in names:
                names.append(entity.name)
        elif token.lower_ not in _LIST_WORDS:
            return None  # "Kazakhstan's and Uzbekistan's railways", "the leaders of ..."
    return tuple(names) if 2 <= len(names) <= MAX_COUNTRIES else None


def questions(fact: ParticipantsFact, ask: Ask) -> Iterator[Candidate | None]:
    doc = ask.doc
    named = {e.name for e in doc.sentences[fact.sentence].entities}
    wrong = distractors.wrong_countries(
        doc, answer=fact.countries[0], avoid=named | set(fact.countries), count=3
    )
    right = [country_as_written(c) for c in fact.countries]
    listed = and_list(right)
    yield multiple_choice(
        origin=origin(fact),
        prompt=f"According to the article, which countries {fact.predicate}?",
        right=right,
        wrong=[country_as_written(w) for w in wrong],
        explanation=f"{listed[:1].upper()}{listed[1:]} {fact.predicate} "
        f"(paragraph {fact.evidence.paragraph}).",
        topic=TOPIC_POLICY,
        score=0.65,
    )
