"""The review report: what the generator found, what it asked, what it left out and why.

It is printed on success and on refusal. A refusal (`NoQuestionsError`) says what was found and
why nothing passed ("12 sentences with facts; 9 questions dropped: 5 unresolved pronoun, ..."),
and what the teacher can do about it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizzes.errors import ArticleError
from quizzes.model import Question, QuestionType, QuizSet

if TYPE_CHECKING:
    from quizzes.generate.clean import SkippedText
    from quizzes.generate.document import ArticleDoc
    from quizzes.generate.facts import Conflict, Fact, FoundFacts

ADVICE = (
    "What you can do: check that the file holds the article's text (not only its headline or "
    "a list of links); allow more question types; or write the questions in the set editor."
)


# The acceptance model's chance below which a question is to be checked first: on three rounds
# of articles it was not fit on, teachers accepted 26–41 % of the questions below it (the rest
# 55–61 %).
CHECK_FIRST = 0.4


@dataclass(frozen=True)
class Doubt:
    """A question of the quiz teachers would likely send back, and why the model thinks so."""

    number: int  # its place in the quiz, from 1
    prompt: str
    chance: float  # that a teacher accepts it unchanged
    reasons: tuple[str, ...]

    @property
    def note(self) -> str:
        """ "teachers accepted about 31% of questions like it (a colon in the stem)"."""
        why = f" ({', '.join(self.reasons)})" if self.reasons else ""
        return f"teachers accepted about {100 * self.chance:.0f}% of questions like it{why}"


@dataclass
class GenerationReport:
    """What the generator found and did, for the teacher who reviews the quiz."""

    title: str | None
    skipped: list[SkippedText] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    sentences: int = 0
    facts: list[Fact] = field(default_factory=list)
    facts_by_kind: dict[str, int] = field(default_factory=dict)
    sentences_with_facts: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    candidates_made: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    questions_by_type: dict[str, int] = field(default_factory=dict)
    requested: int | None = None
    to_check_first: list[Doubt] = field(default_factory=list)

    @property
    def facts_found(self) -> int:
        return len(self.facts)

    def note_facts(self, doc: ArticleDoc, found: FoundFacts) -> None:
        self.sentences = len(doc.sentences)
        self.facts = list(found.facts)
        self.facts_by_kind = dict(Counter(f.kind for f in found.facts))
        self.sentences_with_facts = len(found.sentences_with_facts)
        self.conflicts = list(found.conflicts)

    def note_questions(self, questions: list[Question], *, requested: int | None) -> None:
        self.questions_by_type = dict(Counter(q.type.value for q in questions))
        self.requested = requested

    def refusal_reason(self, types: set[QuestionType] | None) -> str:
        wanted = ", ".join(sorted(t.value for t in types)) if types else ""
        found = (
            f"{_count(self.sentences, 'sentence')} read, {self.sentences_with_facts} with facts "
            f"({_count(self.facts_found, 'fact')}); "
            f"{_count(self.candidates_made, 'question')} proposed"
        )
        if self.candidates_made == 0:
            why = "no sentence states a fact the generator can ask about"
        else:
            why = "every proposed question was dropped"
        if wanted:
            why += f" (only {wanted} questions were allowed)"
        return f"no questions could be made: {found}; {why}"

    def summary(self) -> str:
        """The plain-text review report (the CLI prints it to stderr, the GUI shows it)."""
        made = sum(self.questions_by_type.values())
        per_type = ", ".join(f"{n} {t}" for t, n in sorted(self.questions_by_type.items()))
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.facts_by_kind.items()))
        lines = [
            f"Read {_count(len(self.paragraphs), 'paragraph')}, "
            f"{_count(self.sentences, 'sentence')}; {self.sentences_with_facts} state facts.",
            f"Facts found: {self.facts_found}" + (f" ({kinds})" if kinds else ""),
            f"Questions made: {made} of {self.candidates_made} proposed"
            + (f" ({per_type})" if per_type else ""),
        ]
        if self.requested is not None and made < self.requested:
            lines.append(
                f"Asked for {self.requested} questions; the article gave {made} good ones."
            )
        if self.to_check_first:
            lines.append("Check these first: teachers sent back most questions like them:")
            lines += [
                f"  - question {d.number}: {_short(d.prompt)} — {d.note}"
                for d in self.to_check_first
            ]
        if self.dropped:
            reasons = ", ".join(f"{n} {why}" for why, n in self.dropped.most_common())
            lines.append(f"Dropped: {reasons}")
        lines.append(f"Left out {_count(len(self.skipped), 'block')} of the page:")
        lines += [f"  - {s.reason}: {_short(s.text)}" for s in self.skipped]
        if self.conflicts:
            lines.append(f"Conflicts flagged for review ({len(self.conflicts)}); not asked:")
            for conflict in self.conflicts:
                where = ", ".join(f"paragraph {e.paragraph}" for e in conflict.evidence)
                statements = " vs ".join(conflict.statements)
                lines.append(f"  - {conflict.topic}: {statements} ({where})")
        return "\n".join(lines) + "\n"


@dataclass
class GenerationResult:
    quizset: QuizSet
    report: GenerationReport


class NoQuestionsError(ArticleError):
    """The article gave no question worth asking; `report` says what was found and why."""

    def __init__(self, reason: str, report: GenerationReport) -> None:
        super().__init__(f"{reason}\n\n{report.summary()}\n{ADVICE}")
        self.reason = reason
        self.report = report


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
