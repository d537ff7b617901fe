"""Spaced repetition: when should this student see this question again? FSRS via `fsrs`.

Every answer (in any mode) is one review of the (profile, question) card. The student does not
rate themselves; the rating comes from the grade and the time taken:

- wrong (not full marks)                      -> Again
- right, slower than `SLOW_SECONDS`           -> Hard   (recalled, with effort)
- right, faster than `FAST_SECONDS`           -> Easy   (instant recall)
- right otherwise                             -> Good

The thresholds suit questions read on screen: a 20-word prompt takes a few seconds to read.

Card state is kept as FSRS's own JSON-able dict (`Card.to_dict()`), never pickled. Fuzzing of
intervals is off so that the same answers always give the same schedule (tests, and two laptops
merging history agree).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from fsrs import Card, Rating, Scheduler, State
from fsrs.card import CardDict

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
            rating_for(correct, seconds),
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
