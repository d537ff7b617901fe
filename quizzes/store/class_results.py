"""Class results: export a laptop's attempts, merge other laptops' files, the class view and
the data behind question statistics. Reached through `Store.class_results`.

Merging rules (also in the README):
- an attempt whose id is already stored is skipped, so importing a file twice changes nothing;
- each file is imported in one transaction: all of its new attempts, or none;
- a set is matched by its id, else by its content fingerprint (the same questions imported on
  both laptops under different ids), questions then by their id inside the set; a set found
  neither way stops the whole file with a message naming it;
- a student is matched by name (case and spacing ignored), since each laptop gives its own
  profile a new id; an unknown name becomes a new profile. Two different students with the same
  name on different laptops are therefore merged: give profiles distinct names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, insert
from sqlmodel import Session, col, select

from quizzes.classroom.report import ClassRow
from quizzes.classroom.results_file import (
    ResultsAttempt,
    ResultsFile,
    ResultsProfile,
    ResultsResponse,
    ResultsSet,
)
from quizzes.classroom.stats import QuestionStatistic, StatQuestion, question_statistics
from quizzes.errors import SetNotFoundError, SteppeQuizError
from quizzes.store.tables import AttemptRow, ProfileRow, QuestionRow, QuestionSetRow, ResponseRow


class ResultsImportError(SteppeQuizError):
    """A results file that cannot be merged into this database; nothing of it was stored."""


@dataclass(frozen=True)
class ImportOutcome:
    file: str
    added: int  # attempts stored now
    already_present: int  # attempts skipped: their id was already stored
    responses_added: int = 0
    profiles_created: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. a set matched by its content

    def summary(self) -> str:
        text = f"{self.file}: {self.added} attempts added, {self.already_present} already present"
        if self.profiles_created:
            text += f"; new students: {', '.join(self.profiles_created)}"
        return text


@dataclass
class _SetMapping:
    local_set_id: str
    questions: dict[str, str]  # external id -> local question row id


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


class ClassResults:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # ------------------------------------------------------------ export

    def export(
        self, exported_at: datetime, profile: str | None = None, machine: str | None = None
    ) -> ResultsFile:
        """Every attempt with its answers (only `profile`'s, by name or id, if given)."""
        with self._session() as session:
            profiles = list(session.exec(select(ProfileRow)).all())
            if profile is not None:
                profiles = [_find_profile(profiles, profile)]
            by_id = {p.id: ResultsProfile(p.id, p.name) for p in profiles}
            query = select(AttemptRow).order_by(col(AttemptRow.started_at), col(AttemptRow.id))
            if profile is not None:
                query = query.where(col(AttemptRow.profile_id).in_(list(by_id)))
            attempts = session.exec(query).all()
            responses = self._responses_by_attempt(session, [a.id for a in attempts])
            set_ids = sorted({a.set_id for a in attempts})
            set_rows = session.exec(
                select(QuestionSetRow).where(col(QuestionSetRow.id).in_(set_ids))
            ).all()
        used_profiles = {a.profile_id for a in attempts} | (set(by_id) if profile else set())
        return ResultsFile(
            exported_at=exported_at,
            machine=machine,
            profiles=sorted(
                (p for pid, p in by_id.items() if pid in used_profiles), key=lambda p: p.name
            ),
            sets=[ResultsSet(s.id, s.title, s.content_sha256) for s in set_rows],
            attempts=[
                ResultsAttempt(
                    id=a.id,
                    profile=by_id[a.profile_id],
                    set_id=a.set_id,
                    mode=a.mode,
                    config=dict(a.config),
                    started_at=a.started_at,
                    finished_at=a.finished_at,
                    score=a.score,
                    responses=responses.get(a.id, []),
                    elapsed_seconds=a.elapsed_seconds,
                )
                for a in attempts
            ],
        )

    def _responses_by_attempt(
        self, session: Session, attempt_ids: list[str]
    ) -> dict[str, list[ResultsResponse]]:
        rows = session.exec(
            select(ResponseRow, QuestionRow.external_id)
            .join(QuestionRow, col(QuestionRow.id) == col(ResponseRow.question_id))
            .where(col(ResponseRow.attempt_id).in_(attempt_ids))
            .order_by(col(ResponseRow.position), col(ResponseRow.answered_at))
        ).all()
        grouped: dict[str, list[ResultsResponse]] = {}
        for row, external_id in rows:
            grouped.setdefault(row.attempt_id, []).append(
                ResultsResponse(
                    id=row.id,
                    question_id=row.question_id,
                    question_external_id=external_id,
                    answer=row.answer,
                    correct=row.correct,
                    score=row.score,
                    seconds=row.seconds,
                    answered_at=row.answered_at,
                    position=row.position,
                )
            )
        return grouped

    # ------------------------------------------------------------ import

    def import_results(self, results: ResultsFile, file: str) -> ImportOutcome:
        """Merge one file's attempts in one transaction; raises `ResultsImportError` (storing
        nothing) if a set or question it needs is not in this database."""
        with self._session() as session:
            attempt_ids = [a.id for a in results.attempts]
            present = set(
                session.exec(select(AttemptRow.id).where(col(AttemptRow.id).in_(attempt_ids)))
            )
            new = [a for a in results.attempts if a.id not in present]
            if not new:
                return ImportOutcome(file, 0, len(present))
            notes: list[str] = []
            sets = {s.id: s for s in results.sets}
            mappings = {
                set_id: self._map_set(session, sets[set_id], file, notes)
                for set_id in sorted({a.set_id for a in new})
            }
            self._refuse_clashing_responses(session, new, file)
            profile_ids, created = self._map_profiles(session, [a.profile for a in new])
            attempt_rows = [
                _attempt_row(a, profile_ids[a.profile.id], mappings[a.set_id]) for a in new
            ]
            response_rows = [
                _response_row(a, r, mappings[a.set_id], file) for a in new for r in a.responses
            ]
            # Bulk inserts: a class's file (thousands of answers) goes in in well under a second.
            session.execute(insert(AttemptRow), attempt_rows)
            if response_rows:
                session.execute(insert(ResponseRow), response_rows)
            session.commit()
        return ImportOutcome(file, len(new), len(present), len(response_rows), created, notes)

    def _map_set(
        self, session: Session, wanted: ResultsSet, file: str, notes: list[str]
    ) -> _SetMapping:
        local = session.get(QuestionSetRow, wanted.id)
        if local is None and wanted.fingerprint:
            same_content = session.exec(
                select(QuestionSetRow)
                .where(col(QuestionSetRow.content_sha256) == wanted.fingerprint)
                .order_by(col(QuestionSetRow.created_at), col(QuestionSetRow.id))
            ).first()
            if same_content is not None:
                local = same_content
                notes.append(
                    f"set {wanted.title!r} matched by its questions to the stored set "
                    f"{local.title!r} ({local.id})"
                )
        if local is None:
            raise ResultsImportError(
                f"{file}: results for the set {wanted.title!r} ({wanted.id}), which is not in "
                "this database (no set with that id or with the same questions); import the "
                "set first. Nothing was imported from this file."
            )
        rows = session.exec(
            select(QuestionRow.external_id, QuestionRow.id).where(
                col(QuestionRow.set_id) == local.id
            )
        ).all()
        return _SetMapping(local.id, dict(rows))

    def _refuse_clashing_responses(
        self, session: Session, attempts: list[ResultsAttempt], file: str
    ) -> None:
        ids = [r.id for a in attempts for r in a.responses]
        clash = session.exec(
            select(ResponseRow.id).where(col(ResponseRow.id).in_(ids)).limit(1)
        ).first()
        if clash is not None:
            raise ResultsImportError(
                f"{file}: answer {clash} is already stored under another attempt; the file "
                "is inconsistent with this database. Nothing was imported from this file."
            )

    def _map_profiles(
        self, session: Session, wanted: Iterable[ResultsProfile]
    ) -> tuple[dict[str, str], list[str]]:
        """File profile id -> local profile id, creating profiles for unknown names."""
        local = session.exec(select(ProfileRow)).all()
        by_name = {_name_key(p.name): p.id for p in local}
        taken_ids = {p.id for p in local}
        mapping: dict[str, str] = {}
        created: list[str] = []
        for profile in wanted:
            if profile.id in mapping:
                continue
            key = _name_key(profile.name)
            if key in by_name:
                mapping[profile.id] = by_name[key]
                continue
            row = ProfileRow(name=profile.name, preferences={})
            if profile.id not in taken_ids:
                row.id = profile.id
            session.add(row)
            session.flush()
            by_name[key] = row.id
            taken_ids.add(row.id)
            mapping[profile.id] = row.id
            created.append(profile.name)
        return mapping, created

    # ------------------------------------------------------------ class view

    def class_rows(self, set_id: str | None = None) -> list[ClassRow]:
        """One row per student and set with any attempt, by student then set title."""
        with self._session() as session:
            attempts_query = (
                select(AttemptRow, ProfileRow.name, QuestionSetRow.title)
                .join(ProfileRow, col(ProfileRow.id) == col(AttemptRow.profile_id))
                .join(QuestionSetRow, col(QuestionSetRow.id) == col(AttemptRow.set_id))
                .order_by(col(AttemptRow.finished_at))
            )
            mastery_query = (
                # sqlmodel's select() is typed for at most four columns; tests run this query.
                select(  # type: ignore[call-overload]
                    AttemptRow.profile_id,
                    AttemptRow.set_id,
                    QuestionRow.topic,
                    func.avg(ResponseRow.score),
                    func.min(QuestionRow.position),
                )
                .select_from(ResponseRow)
                .join(AttemptRow, col(AttemptRow.id) == col(ResponseRow.attempt_id))
                .join(QuestionRow, col(QuestionRow.id) == col(ResponseRow.question_id))
                .group_by(
                    col(AttemptRow.profile_id), col(AttemptRow.set_id), col(QuestionRow.topic)
                )
                .order_by(func.min(QuestionRow.position))
            )
            if set_id is not None:
                attempts_query = attempts_query.where(col(AttemptRow.set_id) == set_id)
                mastery_query = mastery_query.where(col(AttemptRow.set_id) == set_id)
            attempt_rows = session.exec(attempts_query).all()
            mastery_rows = session.exec(mastery_query).all()
        mastery: dict[tuple[str, str], dict[str, float]] = {}
        for profile_id, row_set_id, topic, mean, _ in mastery_rows:
            mastery.setdefault((profile_id, row_set_id), {})[topic] = float(mean or 0.0)
        grouped: dict[tuple[str, str], list[tuple[AttemptRow, str, str]]] = {}
        for attempt, name, title in attempt_rows:
            grouped.setdefault((attempt.profile_id, attempt.set_id), []).append(
                (attempt, name, title)
            )
        rows = []
        for key, items in grouped.items():
            finished = [a for a, _, _ in items if a.finished_at is not None]
            scores = [a.score or 0.0 for a in finished]
            _, name, title = items[0]
            rows.append(
                ClassRow(
                    profile_id=key[0],
                    student=name,
                    set_id=key[1],
                    set_title=title,
                    attempts=len(finished),
                    best=max(scores) if scores else None,
                    last=scores[-1] if scores else None,
                    last_finished_at=finished[-1].finished_at if finished else None,
                    mastery=mastery.get(key, {}),
                )
            )
        rows.sort(key=lambda r: (r.student.casefold(), r.set_title.casefold(), r.set_id))
        return rows

    # ------------------------------------------------------------ question statistics

    def question_statistics(
        self, set_id: str, all_attempts: bool = False
    ) -> list[QuestionStatistic]:
        """Facility and discrimination of each question of the set, over finished attempts:
        each student's first one (as Moodle does by default) or, with `all_attempts`, all."""
        questions, attempt_scores = self.statistics_data(set_id, all_attempts)
        return question_statistics(questions, attempt_scores)

    def statistics_data(
        self, set_id: str, all_attempts: bool = False
    ) -> tuple[list[StatQuestion], list[dict[str, float]]]:
        with self._session() as session:
            if session.get(QuestionSetRow, set_id) is None:
                raise SetNotFoundError(f"no question set with id {set_id!r}")
            question_rows = session.exec(
                select(QuestionRow)
                .where(col(QuestionRow.set_id) == set_id)
                .order_by(col(QuestionRow.position))
            ).all()
            attempts = session.exec(
                select(AttemptRow)
                .where(col(AttemptRow.set_id) == set_id)
                .where(col(AttemptRow.finished_at).is_not(None))
                .order_by(col(AttemptRow.finished_at), col(AttemptRow.id))
            ).all()
            if not all_attempts:
                first: dict[str, AttemptRow] = {}
                for attempt in attempts:
                    first.setdefault(attempt.profile_id, attempt)
                attempts = list(first.values())
            responses = session.exec(
                select(ResponseRow.attempt_id, ResponseRow.question_id, ResponseRow.score)
                .where(col(ResponseRow.attempt_id).in_([a.id for a in attempts]))
                .order_by(col(ResponseRow.position).desc(), col(ResponseRow.answered_at).desc())
            ).all()
        # Rows come last answer first, so the first answer to a question that came back in
        # the same attempt is the one that stays.
        scores: dict[str, dict[str, float]] = {a.id: {} for a in attempts}
        for attempt_id, question_id, score in responses:
            scores[attempt_id][question_id] = score
        questions = [StatQuestion(q.id, q.external_id, q.prompt, q.topic) for q in question_rows]
        return questions, [scores[a.id] for a in attempts if scores[a.id]]


def _find_profile(profiles: list[ProfileRow], reference: str) -> ProfileRow:
    key = _name_key(reference)
    matches = [p for p in profiles if p.id == reference.strip()] or [
        p for p in profiles if _name_key(p.name) == key
    ]
    if not matches:
        names = ", ".join(sorted(p.name for p in profiles)) or "none yet"
        raise SteppeQuizError(f"no student profile called {reference!r} (profiles: {names})")
    return matches[0]


def _attempt_row(attempt: ResultsAttempt, profile_id: str, mapping: _SetMapping) -> dict[str, Any]:
    return dict(
        id=attempt.id,
        profile_id=profile_id,
        set_id=mapping.local_set_id,
        mode=attempt.mode,
        config=attempt.config,
        started_at=attempt.started_at,
        finished_at=attempt.finished_at,
        score=attempt.score,
        elapsed_seconds=attempt.elapsed_seconds,
    )


def _response_row(
    attempt: ResultsAttempt, response: ResultsResponse, mapping: _SetMapping, file: str
) -> dict[str, Any]:
    question_id = mapping.questions.get(response.question_external_id)
    if question_id is None:
        raise ResultsImportError(
            f"{file}: attempt {attempt.id} answers question "
            f"{response.question_external_id!r}, which the stored set no longer has. "
            "Nothing was imported from this file."
        )
    return dict(
        id=response.id,
        attempt_id=attempt.id,
        question_id=question_id,
        answer=response.answer,
        correct=response.correct,
        score=response.score,
        seconds=response.seconds,
        answered_at=response.answered_at,
        position=response.position,
    )
