"""Builders for class-results tests: a stored sample set and results files made from scores.

Each response carries an answer that earns its score against the sample set's key, since an
import grades the answers again rather than trusting the file's figures.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from quizzes.classroom.results_file import (
    ResultsAttempt,
    ResultsFile,
    ResultsProfile,
    ResultsResponse,
    ResultsSet,
)
from quizzes.model import parse_quizset
from quizzes.store.repository import SetSummary, Store, question_uuid
from tests.conftest import quizset_document

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
_THIRD, _TWO_THIRDS = 1 / 3, 2 / 3
# For each sample question (tests/conftest.py), an answer earning each score it can earn.
SAMPLE_ANSWERS: dict[str, dict[float, Any]] = {
    "sco-newest": {1: "Belarus", 0: "Turkey"},
    "sco-members": {
        1: ["India", "Iran", "Pakistan"],
        _TWO_THIRDS: ["India", "Iran"],
        _THIRD: ["India"],
        0: [],
    },
    "turkey-member": {1: False, 0: True},
    "border-length": {1: 7100, 0: 4000},
    "eaeu": {1: "EAEU", 0: "NATO"},
    "neighbours": {
        1: ["Russia", "Kazakhstan", "China"],
        _TWO_THIRDS: ["Kazakhstan", "Russia", "China"],
        _THIRD: ["China", "Russia", "Kazakhstan"],
        0: ["China", "Kazakhstan", "Russia"],
    },
    "leaders": {
        1: [["Tokayev", "Kazakhstan"], ["Xi Jinping", "China"], ["Putin", "Russia"]],
        _TWO_THIRDS: [["Tokayev", "Kazakhstan"], ["Xi Jinping", "China"], ["Putin", "China"]],
        _THIRD: [["Tokayev", "Kazakhstan"], ["Xi Jinping", "Russia"], ["Putin", "China"]],
        0: [["Tokayev", "China"], ["Xi Jinping", "Russia"], ["Putin", "Kazakhstan"]],
    },
}


def sample_answer(external_id: str, score: float) -> Any:
    """An answer to the sample question earning `score`; None for a question the set lacks."""
    if external_id not in SAMPLE_ANSWERS:
        return None
    return SAMPLE_ANSWERS[external_id][score]


def add_sample_set(
    store: Store, title: str = "SCO basics", set_id: str | None = None
) -> SetSummary:
    return store.add_quizset(parse_quizset(quizset_document(title)), set_id=set_id)


def profile(name: str) -> ResultsProfile:
    return ResultsProfile(str(uuid.uuid5(uuid.NAMESPACE_OID, name)), name)


def attempt(
    who: ResultsProfile,
    summary: SetSummary,
    scores: dict[str, float],
    minutes: int = 0,
    finished: bool = True,
) -> ResultsAttempt:
    """An attempt answering the questions in `scores` (external id -> score), in that order."""
    started = T0 + timedelta(minutes=minutes)
    responses = [
        ResultsResponse(
            id=str(uuid.uuid4()),
            question_id=question_uuid(summary.id, external_id),
            question_external_id=external_id,
            answer=sample_answer(external_id, score),
            correct=score == 1,
            score=score,
            seconds=5.0,
            answered_at=started + timedelta(seconds=10 * (i + 1)),
            position=i,
        )
        for i, (external_id, score) in enumerate(scores.items())
    ]
    total = sum(scores.values()) / len(scores) if scores else 0.0
    return ResultsAttempt(
        id=str(uuid.uuid4()),
        profile=who,
        set_id=summary.id,
        mode="exam",
        config={"seed": 1},
        started_at=started,
        finished_at=started + timedelta(minutes=5) if finished else None,
        score=total if finished else None,
        responses=responses,
        elapsed_seconds=300.0,
    )


def results_of(attempts: list[ResultsAttempt], sets: list[SetSummary]) -> ResultsFile:
    profiles = {a.profile.id: a.profile for a in attempts}
    return ResultsFile(
        exported_at=T0 + timedelta(days=1),
        machine="laptop-7",
        profiles=list(profiles.values()),
        sets=[ResultsSet(s.id, s.title, s.fingerprint) for s in sets],
        attempts=attempts,
    )
