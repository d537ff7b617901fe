"""What a pattern needs to write its questions: the parsed article, every fact found, and the
origin of a fact (its evidence and key) for the candidates it makes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from quizzes.generate.document import ArticleDoc
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import Knowledge
from quizzes.generate.questions import Origin

F = TypeVar("F", bound=Fact)

TOPIC_GEOGRAPHY = "Borders and geography"
TOPIC_ECONOMY = "Trade and economy"
TOPIC_LEADERS = "Leaders and office-holders"
TOPIC_ORGANISATIONS = "Organisations and alliances"
TOPIC_EVENTS = "Dates and events"
TOPIC_POLICY = "Foreign policy"
TOPIC_FIGURES = "Facts and figures"
TOPIC_PLACES = "Places"


@dataclass
class Ask:
    doc: ArticleDoc
    facts: list[Fact]

    @property
    def knowledge(self) -> Knowledge:
        return self.doc.knowledge

    def facts_of(self, kind: type[F]) -> list[F]:
        """The article's facts of one kind (a `Fact` subclass)."""
        return [f for f in self.facts if isinstance(f, kind)]


def origin(fact: Fact) -> Origin:
    return Origin(fact.evidence, fact.sentence, fact.from_caption, fact.kind, fact.key())
