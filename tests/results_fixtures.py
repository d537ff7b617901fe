"""Builders for class-results tests: a stored sample set and results files made from scores."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

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
            answer=None,
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
