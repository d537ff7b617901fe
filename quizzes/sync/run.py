"""One sync of this laptop with its school server, step by step.

Order: connect as the student; refuse a server of another schema version (nothing sent);
find the student's profile there; pull the published sets (so the server's questions grade
what is sent); send what is pending, checked and graded again against those questions, in one
server transaction; only then mark it sent on the laptop. A sync that dies between any two
steps leaves both sides consistent, and the next one completes the job without duplicates.

`checkpoint(step)` is called after each step (tests make a sync die there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from quizzes.store.repository import Store
from quizzes.store.school_server import SchoolServer
from quizzes.sync.errors import ON_THE_SERVER, NotAStudentError, SyncError
from quizzes.sync.outgoing import prepare
from quizzes.sync.settings import SyncSettings, record_synced
from quizzes.wording import count_of

Checkpoint = Callable[[str], None]
STEPS = ("connected", "checked", "pulled", "sent", "marked")


def _no_checkpoint(_step: str) -> None:
    return None


@dataclass(frozen=True)
class SyncOutcome:
    """What one sync did, for the status bar and the command line."""

    sets_added: list[str] = field(default_factory=list)
    sets_updated: list[str] = field(default_factory=list)
    attempts_sent: int = 0
    answers_sent: int = 0
    finished_sent: int = 0
    kept_here: int = 0  # attempts on sets the server does not publish
    notes: list[str] = field(default_factory=list)  # refusals and sets not taken, a sentence each

    def lines(self) -> list[str]:
        sent = (
            f"Sent {count_of(self.attempts_sent, 'attempt')} "
            f"({self.finished_sent} finished) and {count_of(self.answers_sent, 'answer')}."
        )
        received = (
            f"Received {count_of(len(self.sets_added), 'new set')}"
            + "".join(f", {title!r}" for title in self.sets_added)
            + f"; {count_of(len(self.sets_updated), 'set')} updated"
            + "".join(f", {title!r}" for title in self.sets_updated)
            + "."
        )
        lines = [sent, received]
        if self.kept_here:
            lines.append(
                f"{count_of(self.kept_here, 'attempt')} on sets the school server does not "
                "publish stay on this laptop."
            )
        return lines + self.notes


def sync_once(
    store: Store,
    settings: SyncSettings,
    password: str,
    now: datetime,
    checkpoint: Checkpoint = _no_checkpoint,
) -> SyncOutcome:
    """Run one sync; a `SyncError` says why it could not (what was not marked is sent later)."""
    if not store.sync_ledger.is_own_copy():
        raise SyncError(ON_THE_SERVER)
    server = SchoolServer.connect(settings.server_url, settings.login, password)
    try:
        checkpoint("connected")
        server.check_schema()
        student_id = server.student_profile_id(settings.login)
        if student_id is None:
            raise NotAStudentError(
                f"The school server {server.name} has no student with the login "
                f"{settings.login!r}: ask your teacher to create your login from the class list."
            )
        published = server.published_sets()
        checkpoint("checked")
        ledger = store.sync_ledger
        pulled = ledger.take_published(published.sets)
        checkpoint("pulled")
        prepared = prepare(ledger.pending(settings.profile_id), published.sets, student_id, now)
        outgoing = prepared.outgoing
        if outgoing.attempts:
            server.push(outgoing)
        checkpoint("sent")
        ledger.mark_sent(prepared.sent_attempts, prepared.sent_answers)
        checkpoint("marked")
    finally:
        server.close()
    record_synced(store, now)
    notes = published.unreadable + prepared.refused
    if pulled.kept_questions:
        notes.append(
            f"{count_of(pulled.kept_questions, 'question')} the teacher removed stay on this "
            "laptop with your answers to them."
        )
    return SyncOutcome(
        sets_added=pulled.added,
        sets_updated=pulled.updated,
        attempts_sent=len(outgoing.attempts),
        answers_sent=len(outgoing.answers),
        finished_sent=len(outgoing.finishing),
        kept_here=prepared.kept_here,
        notes=notes,
    )
