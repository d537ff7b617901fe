"""What the Start dialog tells before a quiz: for the topics chosen, how many mistakes "Review
mistakes" would ask, and the spaced-repetition counts (new, learning, due)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quizzes.model import Question
from quizzes.practice.schedule import ReviewCounts, review_counts
from quizzes.practice.session import Mode, QuizConfig, draw_questions
from quizzes.store.repository import Store


@dataclass(frozen=True)
class StartOverview:
    """One student's standing on one set at `now`; `topics` empty means every topic."""

    questions: list[Question]
    wrong_last_time: frozenset[str]
    cards: dict[str, tuple[dict[str, Any], datetime]]
    now: datetime

    @classmethod
    def load(cls, store: Store, profile_id: str, set_id: str, now: datetime) -> StartOverview:
        history = store.history
        return cls(
            store.get_quizset(set_id).questions,
            frozenset(history.wrong_last_time(profile_id, set_id)),
            history.card_states(profile_id, set_id),
            now,
        )

    def mistakes(self, topics: Sequence[str] = ()) -> int:
        """The questions "Review mistakes" would ask in these topics."""
        config = QuizConfig(mode=Mode.REVIEW, topics=list(topics))
        return len(draw_questions(self.questions, config, wrong_last_time=self.wrong_last_time))

    def answered(self, topics: Sequence[str] = ()) -> int:
        """The questions in these topics this student has answered at least once."""
        return sum(1 for q in self._in(topics) if q.id in self.cards)

    def review_counts(self, topics: Sequence[str] = ()) -> ReviewCounts:
        """New, learning and due questions for spaced repetition in these topics."""
        return review_counts(self._in(topics), self.cards, self.now)

    def _in(self, topics: Sequence[str]) -> list[Question]:
        return [q for q in self.questions if not topics or q.topic in topics]
