"""`ProposalReview`: a teacher's decisions on the questions a generator proposed.

Each proposal starts undecided, those the generator doubts (`Doubt`: teachers sent back most
questions like it) marked to check first; the teacher accepts, rejects or edits it (an edited
question is checked by the file format's rules and counts as accepted), or accepts every
undecided one at once. The accepted questions are then saved through the `Store`, into a new set
(its title and questions checked like a `.quiz.json` file) or after the questions of an existing
set; saved proposals are final, so saving again stores nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from quizzes.ids import unused_title
from quizzes.model import (
    Question,
    QuizSet,
    Source,
    parse_question,
    parse_quizset,
    question_to_dict,
    quizset_to_dict,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from quizzes.generate.report import Doubt
    from quizzes.store.repository import Store

NEW_SET_DESCRIPTION = "Made from an article and reviewed by a teacher."


class Decision(Enum):
    """What the teacher made of one proposal; `SAVED` is an accepted one stored in a set."""

    UNDECIDED = "undecided"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    SAVED = "saved"


@dataclass(frozen=True)
class NewSet:
    """Save into a new set with this title (surrounding spaces are dropped)."""

    title: str


@dataclass(frozen=True)
class ExistingSet:
    """Save after the questions of the stored set `set_id`."""

    set_id: str


SaveTarget = NewSet | ExistingSet


@dataclass(frozen=True)
class ReviewCounts:
    """How many proposals there are, and how many of them have each decision."""

    proposed: int
    accepted: int
    rejected: int
    undecided: int
    saved: int


@dataclass(frozen=True)
class SavedQuestions:
    """Where a save went: the set's id and title, and how many questions were stored."""

    set_id: str
    title: str
    count: int


class ProposalReview:
    """The proposals of one generator run, the teacher's decision on each, and saving."""

    def __init__(
        self,
        store: Store,
        proposals: list[Question] | None = None,
        source: Source | None = None,
        doubts: Sequence[Doubt] = (),
    ) -> None:
        self._store = store
        self._proposals = list(proposals or [])
        self._decisions = [Decision.UNDECIDED] * len(self._proposals)
        self._source = source or Source()
        self._doubts = {d.number - 1: d for d in doubts if 0 < d.number <= len(self._proposals)}

    @property
    def proposals(self) -> list[Question]:
        """The proposals in the generator's order, edited ones replaced (a copy of the list)."""
        return list(self._proposals)

    def proposal(self, row: int) -> Question:
        return self._proposals[self._checked(row)]

    def decision(self, row: int) -> Decision:
        return self._decisions[self._checked(row)]

    def doubt(self, row: int) -> Doubt | None:
        """Why teachers would likely send the proposal back, as the generator saw it; None once
        the teacher has edited it (or when nothing was doubted)."""
        return self._doubts.get(self._checked(row))

    def is_open(self, row: int) -> bool:
        """Whether `row` is a proposal that can still be decided (it exists and is not saved)."""
        return 0 <= row < len(self._proposals) and self._decisions[row] is not Decision.SAVED

    def accept(self, row: int) -> None:
        """Accept one proposal (a saved one stays saved)."""
        self._decide(row, Decision.ACCEPTED)

    def reject(self, row: int) -> None:
        """Reject one proposal (a saved one stays saved)."""
        self._decide(row, Decision.REJECTED)

    def accept_all(self) -> None:
        """Accept every undecided proposal; accepted, rejected and saved ones keep theirs."""
        for row, decision in enumerate(self._decisions):
            if decision is Decision.UNDECIDED:
                self._decisions[row] = Decision.ACCEPTED

    def has_undecided(self) -> bool:
        return Decision.UNDECIDED in self._decisions

    def replace(self, row: int, edited: Question) -> None:
        """Put the teacher's edit of a proposal in its place and accept it. The edit is checked
        as a question of a `.quiz.json` file (`QuizFormatError` if broken); a saved proposal
        stays as it was saved."""
        if not self.is_open(self._checked(row)):
            return
        self._proposals[row] = parse_question(question_to_dict(edited), "question")
        self._decisions[row] = Decision.ACCEPTED
        self._doubts.pop(row, None)

    def next_undecided(self, after: int) -> int | None:
        """The first undecided proposal after row `after`, wrapping round to the first row and
        ending with `after` itself; None when every proposal is decided."""
        count = len(self._proposals)
        for row in [*range(after + 1, count), *range(min(after + 1, count))]:
            if self._decisions[row] is Decision.UNDECIDED:
                return row
        return None

    def counts(self) -> ReviewCounts:
        return ReviewCounts(
            proposed=len(self._proposals),
            accepted=self._decisions.count(Decision.ACCEPTED),
            rejected=self._decisions.count(Decision.REJECTED),
            undecided=self._decisions.count(Decision.UNDECIDED),
            saved=self._decisions.count(Decision.SAVED),
        )

    def accepted_questions(self) -> list[Question]:
        """The accepted proposals not saved yet, in order."""
        return [
            question
            for question, decision in zip(self._proposals, self._decisions, strict=True)
            if decision is Decision.ACCEPTED
        ]

    def has_unsaved(self) -> bool:
        """Whether some accepted proposal is not saved yet."""
        return Decision.ACCEPTED in self._decisions

    def discard_unsaved(self) -> None:
        """Forget the acceptances not saved yet: those proposals are undecided again."""
        self._decisions = [
            Decision.UNDECIDED if decision is Decision.ACCEPTED else decision
            for decision in self._decisions
        ]

    def save(self, target: SaveTarget) -> SavedQuestions | None:
        """Store the accepted proposals into `target` and mark them saved; None (and nothing
        stored) when none is accepted. A new set whose title is taken gets "(2)" added. A title
        or question the file format refuses, or a set that is gone, raises its
        `SteppeQuizError` and leaves every decision as it was."""
        accepted = self.accepted_questions()
        if not accepted:
            return None
        if isinstance(target, NewSet):
            taken = {summary.title for summary in self._store.list_sets()}
            draft = QuizSet(
                # Two sets of one title would be two identical rows on Home.
                title=unused_title(target.title.strip(), taken),
                description=NEW_SET_DESCRIPTION,
                source=self._source,
                questions=accepted,
            )
            summary = self._store.add_quizset(parse_quizset(quizset_to_dict(draft)))
        else:
            self._store.append_questions(target.set_id, accepted)
            summary = self._store.find_set(target.set_id)
        self._decisions = [
            Decision.SAVED if decision is Decision.ACCEPTED else decision
            for decision in self._decisions
        ]
        return SavedQuestions(summary.id, summary.title, len(accepted))

    def _decide(self, row: int, decision: Decision) -> None:
        if self.is_open(self._checked(row)):
            self._decisions[row] = decision

    def _checked(self, row: int) -> int:
        """`row` itself, or IndexError when no proposal has that row (negative ones included)."""
        if not 0 <= row < len(self._proposals):
            raise IndexError(f"no proposal at row {row}")
        return row
