"""What a sync sends, checked against the server's own sets, as a results file is on import.

Each pending attempt goes through the results file's validation (modes, configurations, times,
scores, answer counts) and is then graded again with the questions the server holds: its
answers' marks and its score are the server's, never the laptop's. An attempt that fails
(an answer to a question the server's set lacks, an impossible score...) is not sent, with a
sentence saying why; it stays on this laptop. An attempt on a set the server does not
publish stays on this laptop too, without a word: it is the student's own practice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from quizzes.classroom.results_file import (
    ResultsAttempt,
    ResultsFile,
    ResultsFileError,
    ResultsSet,
    parse_results,
    results_to_dict,
)
from quizzes.store.class_results import grade_attempt
from quizzes.store.school_server import Outgoing, ServerSet
from quizzes.store.sync_ledger import PendingAttempt


@dataclass
class Prepared:
    """The rows to send, the marks to write once they are committed, and what was refused."""

    outgoing: Outgoing = field(default_factory=Outgoing)
    sent_attempts: dict[str, bool] = field(default_factory=dict)  # id -> sent finished
    sent_answers: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    kept_here: int = 0  # attempts on sets the server does not publish


def prepare(
    pending: list[PendingAttempt],
    server_sets: list[ServerSet],
    student_id: str,
    now: datetime,
) -> Prepared:
    by_id = {server_set.id: server_set for server_set in server_sets}
    prepared = Prepared()
    for item in pending:
        server_set = by_id.get(item.attempt.set_id)
        if server_set is None:
            prepared.kept_here += 1
            continue
        problem = _problem(item.attempt, server_set, now)
        if problem is not None:
            prepared.refused.append(problem)
            continue
        _add(prepared, item, server_set, student_id)
    return prepared


def _problem(attempt: ResultsAttempt, server_set: ServerSet, now: datetime) -> str | None:
    """Why the attempt cannot be sent, in one sentence; None when it can."""
    label = f"attempt {attempt.id} on {server_set.title!r}"
    single = ResultsFile(
        exported_at=now,
        machine=None,
        profiles=[attempt.profile],
        sets=[ResultsSet(server_set.id, server_set.title, None)],
        attempts=[attempt],
    )
    try:
        parse_results(results_to_dict(single), label)
    except ResultsFileError as err:
        return f"Not sent: {err}."
    for response in attempt.responses:
        if response.question_external_id not in server_set.questions:
            return (
                f"Not sent: {label} answers question {response.question_external_id!r}, "
                "which the set on the school server does not have; it stays on this laptop."
            )
    return None


def _add(prepared: Prepared, item: PendingAttempt, server_set: ServerSet, student: str) -> None:
    attempt = item.attempt
    grades, score = grade_attempt(attempt, server_set.questions)
    prepared.outgoing.attempts.append(
        {
            "id": attempt.id,
            "profile_id": student,
            "set_id": server_set.id,
            "mode": attempt.mode,
            "config": attempt.config,
            "started_at": attempt.started_at,
            # Sent in progress, then finished below once its answers are in: the server lets a
            # student add answers only to an attempt still in progress.
            "finished_at": None,
            "score": None,
            "elapsed_seconds": attempt.elapsed_seconds,
        }
    )
    for response, grade in zip(attempt.responses, grades, strict=True):
        if response.id not in item.unsent:
            continue
        prepared.outgoing.answers.append(
            {
                "id": response.id,
                "attempt_id": attempt.id,
                "question_id": server_set.question_id(response.question_external_id),
                "answer": response.answer,
                "correct": grade.correct,
                "score": grade.score,
                "seconds": response.seconds,
                "answered_at": response.answered_at,
                "position": response.position,
            }
        )
        prepared.sent_answers.append(response.id)
    if attempt.finished_at is not None:
        prepared.outgoing.finishing.append(
            {
                "id": attempt.id,
                "finished_at": attempt.finished_at,
                "score": score,
                "elapsed_seconds": attempt.elapsed_seconds,
            }
        )
    prepared.sent_attempts[attempt.id] = attempt.finished_at is not None
