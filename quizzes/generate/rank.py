"""Ranking candidate questions and choosing the best `count` of them, reproducibly.

The quality score starts from each template's judgement of its question (a membership or trade
question outranks a month of an aside) and is adjusted for what makes questions weaker in class:
facts taken from photo captions rather than the body, very long prompts, and true/false (a coin
toss) against richer types. Selection is greedy with a small seeded jitter, and it penalises
picking the same kind of fact or the same question type again, so a short quiz stays varied.
"""

from __future__ import annotations

import random

from quizzes.generate.questions import Candidate
from quizzes.model import QuestionType

CAPTION_PENALTY = 0.5
LONG_PROMPT_CHARS = 160
LONG_PROMPT_PENALTY = 0.3
RICH_TYPE_BONUS = 0.2
JITTER = 0.4
SAME_FACT_PENALTY = 0.8
SAME_TYPE_PENALTY = 0.25
RICH_TYPES = frozenset(
    {
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.NUMERIC,
        QuestionType.ORDERING,
        QuestionType.MATCHING,
        QuestionType.SHORT_ANSWER,
    }
)


def quality_score(candidate: Candidate) -> float:
    """Higher is better; see the module docstring for what counts."""
    score = candidate.base_score
    if candidate.from_caption:
        score -= CAPTION_PENALTY
    if len(candidate.prompt) > LONG_PROMPT_CHARS:
        score -= LONG_PROMPT_PENALTY
    if candidate.type in RICH_TYPES:
        score += RICH_TYPE_BONUS
    return score


def select(candidates: list[Candidate], count: int | None, rng: random.Random) -> list[Candidate]:
    """The best `count` candidates (all if None), varied, in a seeded order."""
    if count is None or count >= len(candidates):
        everything = list(candidates)
        rng.shuffle(everything)
        return everything
    jittered = [quality_score(c) + rng.uniform(0, JITTER) for c in candidates]
    limit = max(0, count)
    chosen: list[int] = []
    kinds: dict[str, int] = {}
    types: dict[QuestionType, int] = {}
    remaining = set(range(len(candidates)))
    while len(chosen) < limit:
        best = max(
            sorted(remaining),
            key=lambda i: (
                jittered[i]
                - SAME_FACT_PENALTY * kinds.get(candidates[i].fact_kind, 0)
                - SAME_TYPE_PENALTY * types.get(candidates[i].type, 0)
            ),
        )
        remaining.discard(best)
        chosen.append(best)
        kinds[candidates[best].fact_kind] = kinds.get(candidates[best].fact_kind, 0) + 1
        types[candidates[best].type] = types.get(candidates[best].type, 0) + 1
    picked = [candidates[i] for i in chosen]
    rng.shuffle(picked)
    return picked
