"""Spaced repetition: when should this student see this question again? FSRS via `fsrs`.

Every answer (in any mode) is one review of the (profile, question) card. The student does not
rate themselves; the rating comes from the grade and the time taken:

- wrong (not full marks)                      -> Again
- right, slower than `SLOW_SECONDS`           -> Hard   (recalled, with effort)
- right, faster than `FAST_SECONDS`           -> Easy   (instant recall)
- right otherwise                             -> Good

After the feedback the student may choose another rating for that answer (`rate`): the card is
then computed again from its state before the answer, so a rating is never applied twice.

The thresholds suit questions read on screen: a 20-word prompt takes a few seconds to read.

Card state is kept as FSRS's own JSON-able dict (`Card.to_dict()`), never pickled. Fuzzing of
intervals is off so that the same answers always give the same schedule (tests, and two laptops
merging history agree).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from fsrs import Card, Rating, Scheduler, State
from fsrs.card import CardDict

from quizzes.model import Question

FAST_SECONDS = 8.0
SLOW_SECONDS = 30.0
# Cards are identified by (profile, question) in the database; FSRS's own id is not used, and a
# fixed one avoids `Card()` sleeping a millisecond to make ids unique.
_CARD_ID = 1


def rating_for(correct: bool, seconds: float) -> Rating:
    """The FSRS rating for an answer that was `correct` (or not) after `seconds`."""
    if not correct:
        return Rating.Again
    if seconds > SLOW_SECONDS:
        return Rating.Hard
    if seconds < FAST_SECONDS:
        return Rating.Easy
    return Rating.Good


@dataclass(frozen=True)
class CardState:
    """One card's FSRS state (JSON-able) and when it is next due."""

    state: dict[str, Any]
    due: datetime


class ReviewScheduler:
    """Applies reviews to card states with a deterministic FSRS scheduler."""

    def __init__(self, desired_retention: float = 0.9) -> None:
        self._scheduler = Scheduler(desired_retention=desired_retention, enable_fuzzing=False)

    def review(
        self, previous: dict[str, Any] | None, correct: bool, seconds: float, when: datetime
    ) -> CardState:
        """The card after one answer at `when` (aware UTC); `previous` None for a new card."""
        return self.rate(previous, rating_for(correct, seconds), seconds, when)

    def rate(
        self, previous: dict[str, Any] | None, rating: Rating, seconds: float, when: datetime
    ) -> CardState:
        """The card after one review rated `rating` at `when` (aware UTC)."""
        if when.tzinfo is None:
            raise ValueError("review times must be timezone-aware")
        when = when.astimezone(UTC)
        # `previous` is what `to_dict` gave on the last review, stored as JSON in between.
        card = (
            Card.from_dict(cast(CardDict, previous))
            if previous
            else Card(card_id=_CARD_ID, due=when)
        )
        updated, _log = self._scheduler.review_card(
            card,
            rating,
            review_datetime=when,
            review_duration=round(seconds * 1000),
        )
        return CardState({**updated.to_dict()}, updated.due)


def is_new(state: dict[str, Any] | None) -> bool:
    """A card never reviewed."""
    return state is None or state.get("last_review") is None


def card_stage(state: dict[str, Any]) -> str:
    """ "learning", "review" or "relearning", for display."""
    return State(int(state["state"])).name.lower()


def comes_back_text(due: datetime, now: datetime) -> str:
    """When a card due at `due` comes back, said to a student at `now`: "in 10 minutes",
    "in 3 hours", "tomorrow", "in 4 days", "in about 2 months", "in about a year"."""
    minutes = max(1, round((due - now) / timedelta(minutes=1)))
    if minutes < 60:
        return f"in {_plural(minutes, 'minute')}"
    hours = round(minutes / 60)
    if hours < 20:
        return f"in {_plural(hours, 'hour')}"
    days = max(1, round(hours / 24))
    if days == 1:
        return "tomorrow"
    if days < 45:
        return f"in {days} days"
    if days < 330:
        return f"in about {round(days / 30.44)} months"
    years = round(days / 365.25)
    return "in about a year" if years == 1 else f"in about {years} years"


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


@dataclass(frozen=True)
class ReviewCounts:
    """What a spaced-repetition round would ask, by stage: questions never answered, cards
    being learnt (or relearnt after a lapse) that are due, and learnt cards that are due."""

    new: int
    learning: int
    due: int


def review_counts(
    questions: Iterable[Question],
    cards: Mapping[str, tuple[dict[str, Any], datetime]],
    now: datetime,
) -> ReviewCounts:
    """The counts over `questions` for a student whose cards (id -> FSRS state, due) are
    `cards`; a card not yet due counts in none of them. Together they are what the spaced mode
    asks: due cards, then questions without a card."""
    new = learning = due = 0
    for question in questions:
        card = cards.get(question.id)
        if card is None:
            new += 1
        elif card[1] <= now:
            if card_stage(card[0]) == "review":
                due += 1
            else:
                learning += 1
    return ReviewCounts(new, learning, due)
