"""Class results: export a laptop's attempts, merge other laptops' files, the class view and
the data behind question statistics. Reached through `Store.class_results`.

Merging rules (also in the README):
- an attempt whose id is already stored is skipped, so importing a file twice changes nothing;
- so is an attempt already stored under another id (the same student, set, start time and
  answers: a file exported again with fresh ids), and a second copy inside one file;
- each file is imported in one transaction: all of its new attempts, or none; imports of one
  file at the same moment store each attempt and each new student once (see `import_results`);
- every answer is graded again with the stored question's key (`quizzes.practice.scoring`) and
  the attempt's score recomputed as the quiz computes it; the file's own figures are only
  compared, and each attempt where they differ is listed in `ImportOutcome.regraded`;
- a set is matched by its id, else by its content fingerprint (the same questions imported on
  both laptops under different ids), questions then by their id inside the set; a set found
  neither way stops the whole file with a message naming it;
- a student is matched by name (case, spacing and invisible characters such as zero-width
  spaces and bidi controls ignored), since each laptop gives its own profile a new id; an unknown
  name becomes a new profile. Two different students with the same name on different laptops are
  therefore merged: give profiles distinct names. Every merge is listed in
  `ImportOutcome.merged`, lookalike names marked as such.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from quizzes.classroom.report import ClassRow, percent
from quizzes.classroom.results_file import (
    ResultsAttempt,
    ResultsFile,
    ResultsProfile,
    ResultsResponse,
    ResultsSet,
)
from quizzes.classroom.stats import QuestionStatistic, StatQuestion, question_statistics
from quizzes.errors import SetNotFoundError, SteppeQuizError
from quizzes.model import Question
from quizzes.practice.scoring import Grade, grade_response
from quizzes.store.faults import explain_database_faults
from quizzes.store.tables import (
    AttemptRow,
    ProfileRow,
    QuestionRow,
    QuestionSetRow,
    ResponseRow,
    question_from_row,
)

# Scores differing by less than this are the same score written with float noise.
_SCORE_SLACK = 1e-9
# Each import that loses a race to another one starts again once, seeing what that one stored;
# three tries leave room for three imports of one file at once.
_IMPORT_TRIES = 3
_LOOKALIKE = "a lookalike name: it differs in case, spacing or invisible characters"


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
    duplicates: int = 0  # attempts skipped: already stored under another id
    regraded: list[str] = field(default_factory=list)  # attempts the file scored otherwise
    merged: list[str] = field(default_factory=list)  # file students merged with another by name

    def summary(self) -> str:
        text = f"{self.file}: {self.added} attempts added, {self.already_present} already present"
        if self.duplicates:
            text += (
                f", {self.duplicates} already stored under another id "
                "(same student, set, start and answers)"
            )
        if self.profiles_created:
            text += f"; new students: {', '.join(self.profiles_created)}"
        if self.merged:
            text += f"; {len(self.merged)} students merged by name"
        if self.regraded:
            text += f"; {len(self.regraded)} attempts scored otherwise in the file (graded again)"
        return text


@dataclass
class _SetMapping:
    local_set_id: str
    questions: dict[str, str]  # external id -> local question row id
    keys: dict[str, Question]  # external id -> the stored question, with its answer key


@dataclass(frozen=True)
class _ProfileMatch:
    local_id: str
    remark: str | None  # how it was merged with a student of another id, if it was


@dataclass(frozen=True)
class _Graded:
    """An attempt's answers graded again, and its score as the quiz computes it."""

    grades: list[Grade]
    score: float | None
    remark: str | None  # how the file's figures differ, if they do


def _name_key(name: str) -> str:
    """The name as matching sees it: compatibility forms, case, spacing and invisible (format)
    characters such as zero-width spaces and bidi controls folded away."""
    visible = "".join(
        c for c in unicodedata.normalize("NFKC", name) if unicodedata.category(c) != "Cf"
    )
    return " ".join(visible.split()).casefold()


@explain_database_faults
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
            responses = responses_by_attempt(session, [a.id for a in attempts])
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
                results_attempt(a, by_id[a.profile_id], responses.get(a.id, [])) for a in attempts
            ],
        )

    # ------------------------------------------------------------ import

    def import_results(self, results: ResultsFile, file: str) -> ImportOutcome:
        """Merge one file's attempts in one transaction, their answers graded again; raises
        `ResultsImportError` (storing nothing) if a set or question it needs is not in this
        database.

        Imports running at the same moment (the same file, or files sharing a new student) are
        kept apart by the unique keys, not by looking first: an insert waits for the other
        import and fails once that one commits (a student's name, an attempt's id), which rolls
        this one back; it then starts again and finds what the other stored."""
        for _ in range(_IMPORT_TRIES):
            try:
                return self._import_once(results, file)
            except IntegrityError:
                continue
        raise ResultsImportError(
            f"{file}: other imports kept storing the same students or attempts at the same "
            "moment; nothing was imported from this file. Import it again."
        )

    def _import_once(self, results: ResultsFile, file: str) -> ImportOutcome:
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
            for attempt in new:
                for response in attempt.responses:
                    _refuse_unknown_question(attempt, response, mappings[attempt.set_id], file)
            profiles, created = self._map_profiles(session, [a.profile for a in new])
            fresh = self._without_copies(session, new, profiles, mappings)
            if not fresh:  # every new id was a copy: nothing is committed
                return ImportOutcome(file, 0, len(present), duplicates=len(new))
            self._refuse_clashing_responses(session, fresh, file)
            kept_profiles = {a.profile.id for a in fresh}
            merged = [
                match.remark
                for profile_id, match in profiles.items()
                if match.remark and profile_id in kept_profiles
            ]
            graded = {a.id: _grade(a, mappings[a.set_id]) for a in fresh}
            attempt_rows = [
                _attempt_row(
                    a, profiles[a.profile.id].local_id, mappings[a.set_id], graded[a.id].score
                )
                for a in fresh
            ]
            response_rows = [
                _response_row(a, r, grade, mappings[a.set_id])
                for a in fresh
                for r, grade in zip(a.responses, graded[a.id].grades, strict=True)
            ]
            # Bulk inserts: a class's file (thousands of answers) goes in in well under a second.
            session.execute(insert(AttemptRow), attempt_rows)
            if response_rows:
                session.execute(insert(ResponseRow), response_rows)
            session.commit()
        return ImportOutcome(
            file,
            len(fresh),
            len(present),
            len(response_rows),
            created,
            notes,
            duplicates=len(new) - len(fresh),
            regraded=[g.remark for g in graded.values() if g.remark],
            merged=merged,
        )

    def _without_copies(
        self,
        session: Session,
        attempts: list[ResultsAttempt],
        profiles: dict[str, _ProfileMatch],
        mappings: dict[str, _SetMapping],
    ) -> list[ResultsAttempt]:
        """`attempts` less those already stored under another id, or earlier in the file: the
        same student, set, start time and answers (in order)."""
        local_profiles = sorted({m.local_id for m in profiles.values()})
        stored = session.exec(
            select(AttemptRow.id, AttemptRow.profile_id, AttemptRow.set_id, AttemptRow.started_at)
            .where(col(AttemptRow.profile_id).in_(local_profiles))
            .where(col(AttemptRow.set_id).in_([m.local_set_id for m in mappings.values()]))
            # One of these very ids, stored by an import running at the same moment, is not a
            # copy: inserting it fails on the key and the retry counts it as already present.
            .where(col(AttemptRow.id).not_in([a.id for a in attempts]))
        ).all()
        answers: dict[str, list[tuple[str, str]]] = {}
        for row in session.exec(
            select(ResponseRow.attempt_id, ResponseRow.question_id, ResponseRow.answer)
            .where(col(ResponseRow.attempt_id).in_([row[0] for row in stored]))
            .order_by(col(ResponseRow.position), col(ResponseRow.answered_at))
        ).all():
            answers.setdefault(row[0], []).append((row[1], _answer_key(row[2])))
        seen = {
            (profile_id, set_id, started_at, tuple(answers.get(attempt_id, [])))
            for attempt_id, profile_id, set_id, started_at in stored
        }
        fresh = []
        for attempt in attempts:
            mapping = mappings[attempt.set_id]
            in_order = sorted(attempt.responses, key=lambda r: (r.position, r.answered_at))
            key = (
                profiles[attempt.profile.id].local_id,
                mapping.local_set_id,
                attempt.started_at,
                tuple(
                    (mapping.questions[r.question_external_id], _answer_key(r.answer))
                    for r in in_order
                ),
            )
            if key not in seen:
                seen.add(key)
                fresh.append(attempt)
        return fresh

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
        rows = session.exec(select(QuestionRow).where(col(QuestionRow.set_id) == local.id)).all()
        return _SetMapping(
            local.id,
            {row.external_id: row.id for row in rows},
            {row.external_id: question_from_row(row) for row in rows},
        )

    def _refuse_clashing_responses(
        self, session: Session, attempts: list[ResultsAttempt], file: str
    ) -> None:
        ids = [r.id for a in attempts for r in a.responses]
        clash = session.exec(
            select(ResponseRow.id)
            .where(col(ResponseRow.id).in_(ids))
            # Stored with its own attempt by an import running at the same moment: not a
            # clash; inserting that attempt fails on its key and the retry finds it present.
            .where(col(ResponseRow.attempt_id).not_in([a.id for a in attempts]))
            .limit(1)
        ).first()
        if clash is not None:
            raise ResultsImportError(
                f"{file}: answer {clash} is already stored under another attempt; the file "
                "is inconsistent with this database. Nothing was imported from this file."
            )

    def _map_profiles(
        self, session: Session, wanted: Iterable[ResultsProfile]
    ) -> tuple[dict[str, _ProfileMatch], list[str]]:
        """File profile id -> local profile, creating profiles for unknown names; with the
        names created."""
        local = session.exec(select(ProfileRow)).all()
        # name key -> (local id, name, that student as a merge remark names them)
        by_name = {
            _name_key(p.name): (p.id, p.name, f"the stored student {p.name!r}") for p in local
        }
        taken_ids = {p.id for p in local}
        mapping: dict[str, _ProfileMatch] = {}
        created: list[str] = []
        for profile in wanted:
            if profile.id in mapping:
                continue
            key = _name_key(profile.name)
            if key in by_name:
                local_id, name, student = by_name[key]
                remark = None
                if local_id != profile.id or name != profile.name:
                    how = "the same name" if name == profile.name else _LOOKALIKE
                    remark = f"{profile.name!r} merged with {student} ({how})"
                mapping[profile.id] = _ProfileMatch(local_id, remark)
                continue
            row = ProfileRow(name=profile.name, preferences={})
            if profile.id not in taken_ids:
                row.id = profile.id
            session.add(row)
            session.flush()
            by_name[key] = (
                row.id,
                profile.name,
                f"the student {profile.name!r} of the same file",
            )
            taken_ids.add(row.id)
            mapping[profile.id] = _ProfileMatch(row.id, None)
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


def _answer_key(answer: Any) -> str:
    """An answer as comparable text: the same JSON value gives the same text."""
    return json.dumps(answer, sort_keys=True)


def _grade(attempt: ResultsAttempt, mapping: _SetMapping) -> _Graded:
    """Grade every answer with the stored key; score the attempt as `QuizSession.summary` does:
    each drawn question (`config.question_ids`, else each question answered) once, with its
    first answer; an unfinished attempt has no score yet."""
    grades = [
        grade_response(mapping.keys[r.question_external_id], r.answer) for r in attempt.responses
    ]
    first: dict[str, float] = {}
    for response, grade in sorted(
        zip(attempt.responses, grades, strict=True),
        key=lambda pair: (pair[0].position, pair[0].answered_at),
    ):
        first.setdefault(response.question_external_id, grade.score)
    drawn = attempt.config.get("question_ids")
    total = len(drawn) if isinstance(drawn, list) and drawn else len(first)
    score = None
    if attempt.finished_at is not None:
        score = sum(first.values()) / total if total else 0.0
    differences = []
    if not _same_score(attempt.score, score):
        differences.append(
            f"score {percent(attempt.score) or 'none'} in the file, "
            f"{percent(score) or 'none (unfinished)'} graded from the answers"
        )
    otherwise = [
        f"{r.question_external_id!r} ({percent(g.score)}, not {percent(r.score)})"
        for r, g in zip(attempt.responses, grades, strict=True)
        if not _same_score(r.score, g.score)
    ]
    if otherwise:
        differences.append(f"answers graded otherwise than the file says: {', '.join(otherwise)}")
    remark = None
    if differences:
        remark = f"attempt {attempt.id} of {attempt.profile.name!r}: {'; '.join(differences)}"
    return _Graded(grades, score, remark)


def grade_attempt(
    attempt: ResultsAttempt, questions: dict[str, Question]
) -> tuple[list[Grade], float | None]:
    """Each answer of `attempt` graded with `questions` (by id inside the set, every question
    answered among them) and its score as the quiz computes it, as an import does."""
    graded = _grade(attempt, _SetMapping("", {}, questions))
    return graded.grades, graded.score


def _same_score(first: float | None, second: float | None) -> bool:
    if first is None or second is None:
        return first is second
    return abs(first - second) <= _SCORE_SLACK


def _attempt_row(
    attempt: ResultsAttempt, profile_id: str, mapping: _SetMapping, score: float | None
) -> dict[str, Any]:
    return dict(
        id=attempt.id,
        profile_id=profile_id,
        set_id=mapping.local_set_id,
        mode=attempt.mode,
        config=attempt.config,
        started_at=attempt.started_at,
        finished_at=attempt.finished_at,
        score=score,
        elapsed_seconds=attempt.elapsed_seconds,
    )


def _refuse_unknown_question(
    attempt: ResultsAttempt, response: ResultsResponse, mapping: _SetMapping, file: str
) -> None:
    """`ResultsImportError` if the stored set lacks the question `response` answers."""
    if response.question_external_id not in mapping.questions:
        raise ResultsImportError(
            f"{file}: attempt {attempt.id} answers question "
            f"{response.question_external_id!r}, which the stored set no longer has. "
            "Nothing was imported from this file."
        )


def _response_row(
    attempt: ResultsAttempt, response: ResultsResponse, grade: Grade, mapping: _SetMapping
) -> dict[str, Any]:
    return dict(
        id=response.id,
        attempt_id=attempt.id,
        question_id=mapping.questions[response.question_external_id],
        answer=response.answer,
        correct=grade.correct,
        score=grade.score,
        seconds=response.seconds,
        answered_at=response.answered_at,
        position=response.position,
    )


def responses_by_attempt(
    session: Session, attempt_ids: list[str]
) -> dict[str, list[ResultsResponse]]:
    """The answers of these attempts as a results file holds them, in the order given."""
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


def results_attempt(
    row: AttemptRow, profile: ResultsProfile, responses: list[ResultsResponse]
) -> ResultsAttempt:
    """A stored attempt as a results file holds it."""
    return ResultsAttempt(
        id=row.id,
        profile=profile,
        set_id=row.set_id,
        mode=row.mode,
        config=dict(row.config),
        started_at=row.started_at,
        finished_at=row.finished_at,
        score=row.score,
        responses=responses,
        elapsed_seconds=row.elapsed_seconds,
    )
