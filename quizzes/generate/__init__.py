"""Article → quiz: the public entry points of the generator.

`generate_quiz(text)` cleans the article (`clean`), extracts facts with their evidence
(`facts`, helped by the data in `seeds/knowledge/` through `knowledge`), turns them into
candidate questions of all seven types (`questions`), ranks and picks them (`rank`) and returns a
valid `QuizSet` together with a `GenerationReport` for the teacher's review: facts found,
questions per type, what was skipped as page chrome or teasers, conflicts, and the cleaned
paragraphs that evidence numbers refer to. `generate_from_file` reads the article first
(`reader`). Errors a user can cause raise `ArticleError`.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quizzes.errors import ArticleError, QuizFormatError
from quizzes.generate.clean import SkippedText, clean_article
from quizzes.generate.facts import Conflict, Fact, extract_facts
from quizzes.generate.knowledge import load_knowledge
from quizzes.generate.questions import Candidate, Context, build_candidates
from quizzes.generate.rank import select
from quizzes.generate.reader import MAX_ARTICLE_BYTES, read_article
from quizzes.model import Question, QuestionType, QuizSet, Source, parse_quizset, quizset_to_dict

__all__ = [
    "ArticleError",
    "GenerationReport",
    "GenerationResult",
    "generate_from_file",
    "generate_quiz",
]

DEFAULT_TITLE = "Quiz from an article"


@dataclass
class GenerationReport:
    """What the generator found and did, for the teacher who reviews the quiz."""

    title: str | None
    facts_found: int
    facts: list[Fact] = field(default_factory=list)
    questions_by_type: dict[str, int] = field(default_factory=dict)
    candidates_made: int = 0
    skipped: list[SkippedText] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """A short plain-text review report (the CLI prints it to stderr)."""
        made = sum(self.questions_by_type.values())
        per_type = ", ".join(f"{n} {t}" for t, n in self.questions_by_type.items())
        lines = [
            f"Facts found: {self.facts_found} in {len(self.paragraphs)} paragraphs",
            f"Questions made: {made} of {self.candidates_made} candidates ({per_type})",
            f"Skipped {len(self.skipped)} blocks of the page:",
            *(f"  - {s.reason}: {_short(s.text)}" for s in self.skipped),
        ]
        if self.conflicts:
            lines.append(f"Conflicts flagged for review ({len(self.conflicts)}); not asked:")
            for conflict in self.conflicts:
                where = ", ".join(f"paragraph {e.paragraph}" for e in conflict.evidence)
                lines.append(
                    f"  - {conflict.topic}: " + " vs ".join(conflict.statements) + f" ({where})"
                )
        return "\n".join(lines) + "\n"


@dataclass
class GenerationResult:
    quizset: QuizSet
    report: GenerationReport


def generate_quiz(
    text: str,
    *,
    seed: int = 0,
    count: int | None = None,
    types: set[QuestionType] | None = None,
    title: str | None = None,
    source: Source | None = None,
) -> GenerationResult:
    """Make a quiz from an article's text; the same text and seed give the same quiz."""
    if len(text.encode("utf-8", errors="replace")) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"the article is larger than {MAX_ARTICLE_BYTES // 2**20} MB")
    if not text.strip():
        raise ArticleError("the article is empty")
    if count is not None and count < 1:
        raise ArticleError(f"the number of questions must be at least 1, not {count}")
    article = clean_article(text)
    if not article.paragraphs:
        raise ArticleError("no article text is left once page chrome and teasers are removed")
    knowledge = load_knowledge()
    found = extract_facts(article.paragraphs, knowledge)
    if not found.facts:
        raise ArticleError(
            "no usable facts found: the article names no known countries, organisations or "
            "office-holders in statements the generator can read"
        )
    cleaned = "\n\n".join(p.text for p in article.paragraphs)
    candidates = build_candidates(Context(knowledge, found, cleaned))
    if types:
        candidates = [c for c in candidates if c.type in types]
    if not candidates:
        wanted = ", ".join(sorted(t.value for t in types)) if types else "any type"
        raise ArticleError(f"no questions of {wanted} could be made from this article's facts")
    rng = random.Random(seed)
    picked = select(candidates, count, rng)
    quiz_title = title or article.title or DEFAULT_TITLE
    quizset = QuizSet(
        title=quiz_title,
        description="Generated from an article; review every question before use.",
        source=source
        or Source(title=article.title, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest()),
        questions=[_question(c, rng) for c in picked],
    )
    try:
        quizset = parse_quizset(quizset_to_dict(quizset))
    except QuizFormatError as err:  # a bug in a template, not the user's fault
        raise AssertionError(f"the generator made an invalid question: {err}") from err
    report = GenerationReport(
        title=article.title,
        facts_found=len(found.facts),
        facts=list(found.facts),
        questions_by_type=dict(Counter(q.type.value for q in quizset.questions)),
        candidates_made=len(candidates),
        skipped=list(article.skipped),
        conflicts=list(found.conflicts),
        paragraphs=[p.text for p in article.paragraphs],
    )
    return GenerationResult(quizset, report)


def generate_from_file(
    path: Path,
    *,
    seed: int = 0,
    count: int | None = None,
    types: set[QuestionType] | None = None,
    title: str | None = None,
    source: Source | None = None,
) -> GenerationResult:
    """Read an article file (.txt, .md or .html) and make a quiz from it."""
    path = Path(path)
    text = read_article(path)
    try:
        return generate_quiz(text, seed=seed, count=count, types=types, title=title, source=source)
    except ArticleError as err:
        raise ArticleError(f"{path}: {err}") from None


def _question(candidate: Candidate, rng: random.Random) -> Question:
    choices = list(candidate.choices)
    rng.shuffle(choices)
    digest = hashlib.sha256(f"{candidate.type.value}|{candidate.prompt}".encode()).hexdigest()
    return Question(
        id=f"gen-{digest[:12]}",
        type=candidate.type,
        prompt=candidate.prompt,
        answer=candidate.answer,
        choices=choices,
        tolerance=candidate.tolerance,
        unit=candidate.unit,
        explanation=candidate.explanation,
        evidence=candidate.evidence,
        topic=candidate.topic,
        difficulty=candidate.difficulty,
        tags=["generated", candidate.fact_kind.replace("_", "-")],
    )


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
