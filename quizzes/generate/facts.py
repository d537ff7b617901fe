"""What every kind of fact has in common, and the search for facts over a parsed article.

A fact is a typed statement of the article (one dataclass per kind, in `patterns/`), always with
its evidence: the verbatim sentence and its paragraph. `find_facts` asks every pattern about
every sentence, drops repeats (the same statement said twice), and sets aside conflicts: when
the article states one thing two ways (a summit in June and in July), both statements are
reported and neither is asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from quizzes.generate.deadline import Deadline
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.model import Evidence


@dataclass(frozen=True)
class Fact:
    """Base of every typed fact. Subclasses add their own fields and say what they are about."""

    evidence: Evidence
    sentence: int  # index of the sentence in the article
    from_caption: bool

    kind = "fact"

    def key(self) -> tuple[object, ...]:
        """Two facts with the same key state the same thing (said twice in the article)."""
        raise NotImplementedError

    def topic_value(self) -> tuple[tuple[object, ...], object] | None:
        """(what it is about, what it says) where two different values cannot both be true."""
        return None

    def describe(self) -> str:
        """One line for the review report."""
        raise NotImplementedError

    def stated(self) -> str:
        """The disputed value as the article writes it (for a conflict's report)."""
        stated = self.topic_value()
        return str(stated[1]) if stated else ""


@dataclass(frozen=True)
class Conflict:
    """Statements of the article that cannot all be true; nothing is asked about them."""

    topic: str
    statements: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    values: tuple[str, ...] = ()


@dataclass
class FoundFacts:
    facts: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    sentences_with_facts: set[int] = field(default_factory=set)


def find_facts(doc: ArticleDoc, deadline: Deadline | None = None) -> FoundFacts:
    """Every fact the patterns find, de-duplicated, with conflicting statements set aside
    (stopping between sentences once `deadline` has passed)."""
    from quizzes.generate.patterns import PATTERNS

    found = FoundFacts()
    stated: list[Fact] = []
    for sentence in doc.sentences:
        if deadline is not None:
            deadline.check(f"looking for facts in sentence {sentence.index + 1}")
        stated.extend(fact for pattern in PATTERNS for fact in pattern.find(sentence, doc))
    found.conflicts = _conflicts(stated, doc.sentences)
    # Repeats are dropped after the conflict step, so a fact said again in a clean sentence
    # survives when its first statement was in a conflicting one.
    seen: set[tuple[object, ...]] = set()
    for fact in stated:
        key = (fact.kind, *fact.key())
        if key not in seen and not _touches_conflict(fact, found.conflicts):
            seen.add(key)
            found.facts.append(fact)
            found.sentences_with_facts.add(fact.sentence)
    return found


def _touches_conflict(fact: Fact, conflicts: list[Conflict]) -> bool:
    """Stated in a conflicting sentence, or in a sentence naming a disputed value."""
    for conflict in conflicts:
        if fact.evidence in conflict.evidence:
            return True
        words = set(re.findall(r"\w+", fact.evidence.quote))
        if any(value in words for value in conflict.values):
            return True
    return False


def _conflicts(facts: Iterable[Fact], sentences: list[Sentence]) -> list[Conflict]:
    """Facts about one topic with different values: prefer nothing, report them all."""
    by_topic: dict[tuple[object, ...], dict[object, list[Fact]]] = {}
    for fact in facts:
        stated = fact.topic_value()
        if stated is not None:
            topic, value = stated
            by_topic.setdefault(topic, {}).setdefault(value, []).append(fact)
    conflicts = []
    for topic, values in by_topic.items():
        if len(values) < 2:
            continue
        statements = tuple(
            " / ".join(dict.fromkeys(f.stated() for f in group)) for group in values.values()
        )
        evidence = tuple(f.evidence for group in values.values() for f in group)
        conflicts.append(Conflict(" ".join(str(part) for part in topic), statements, evidence,
                                  tuple(str(value) for value in values)))  # fmt: skip
    return conflicts
