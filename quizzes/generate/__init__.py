"""Article → quiz: the public entry points of the generator.

The pipeline: read the file (`reader`), clean the page into numbered paragraphs (`clean`), parse
them with spaCy (`document`, `nlp`), find typed facts with the pattern plug-ins (`facts`,
`patterns/`), let each fact (and each important sentence) propose questions (`patterns/`,
`questions`, `distractors`), then filter and rank them (`rank`) into a valid `QuizSet` and a
`GenerationReport` for the teacher's review (`report`). The same text and seed give the same quiz.
Errors a user can cause raise `ArticleError`; a refusal carries the report of what was found.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from typing import TYPE_CHECKING

from quizzes.errors import ArticleError, QuizFormatError
from quizzes.generate.report import (
    CHECK_FIRST,
    Doubt,
    GenerationReport,
    GenerationResult,
    NoQuestionsError,
)
from quizzes.model import Question, QuestionType, QuizSet, Source, parse_quizset, quizset_to_dict
from quizzes.progress import Progress

if TYPE_CHECKING:
    from quizzes.generate.document import ArticleDoc
    from quizzes.generate.questions import Candidate

__all__ = [
    "ArticleError",
    "GenerationReport",
    "GenerationResult",
    "NoQuestionsError",
    "generate_from_file",
    "generate_quiz",
]

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# Seconds generation may take before it stops with a message (checked between steps).
TIME_LIMIT_SECONDS = 20.0


def generate_quiz(
    text: str,
    *,
    seed: int = 0,
    count: int | None = None,
    types: set[QuestionType] | None = None,
    title: str | None = None,
    source: Source | None = None,
    time_limit: float | None = None,
    progress: Progress | None = None,
) -> GenerationResult:
    """Make a quiz from an article's text; the same text and seed give the same quiz.

    Reading stops with an `ArticleError` after `time_limit` seconds (`TIME_LIMIT_SECONDS` when
    not given), and with `CancelledError` at the same check points once `progress` is cancelled.
    """
    from quizzes.generate.ask import Ask
    from quizzes.generate.clean import clean_article
    from quizzes.generate.deadline import Deadline
    from quizzes.generate.document import parse_article
    from quizzes.generate.facts import find_facts
    from quizzes.generate.knowledge import load_knowledge
    from quizzes.generate.patterns import candidates_from_facts
    from quizzes.generate.rank import choose, score_sentences

    if len(text.encode("utf-8", errors="replace")) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"the article is larger than {MAX_ARTICLE_BYTES // 2**20} MB")
    if not text.strip():
        raise ArticleError("the article is empty")
    if count is not None and count < 1:
        raise ArticleError(f"the number of questions must be at least 1, not {count}")
    deadline = Deadline(TIME_LIMIT_SECONDS if time_limit is None else time_limit, progress=progress)
    article = clean_article(text)
    deadline.check("cleaning the page")
    report = GenerationReport(title=article.title, skipped=list(article.skipped))
    report.paragraphs = [p.text for p in article.paragraphs]
    if not article.paragraphs:
        raise NoQuestionsError(
            "no article text is left once page chrome and teasers are removed", report
        )
    doc = parse_article(article, load_knowledge(), deadline)
    score_sentences(doc)
    deadline.check("weighing the sentences")
    found = find_facts(doc, deadline)
    report.note_facts(doc, found)
    candidates = list(candidates_from_facts(found.facts, Ask(doc, found.facts)))
    report.candidates_made = len(candidates)
    deadline.check("writing questions")
    picked = choose(candidates, doc, found, count=count, types=types,
                    rng=random.Random(seed), dropped=report.dropped)  # fmt: skip
    if not picked:
        raise NoQuestionsError(report.refusal_reason(types), report)
    rng = random.Random(seed)
    quizset = QuizSet(
        title=title or _set_title(doc, picked),
        description="Generated from an article; review every question before use.",
        source=source
        or Source(title=article.title, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest()),
        questions=[_question(c, rng) for c in picked],
    )
    try:
        quizset = parse_quizset(quizset_to_dict(quizset))
    except QuizFormatError as err:  # a bug in a builder, not the user's fault
        raise AssertionError(f"the generator made an invalid question: {err}") from err
    report.note_questions(quizset.questions, requested=count)
    report.to_check_first = _doubts(picked, doc)
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
    from quizzes.generate.reader import read_article

    path = Path(path)
    text = read_article(path)
    try:
        return generate_quiz(text, seed=seed, count=count, types=types, title=title, source=source)
    except NoQuestionsError as err:
        raise NoQuestionsError(f"{path}: {err.reason}", err.report) from None
    except ArticleError as err:
        raise ArticleError(f"{path}: {err}") from None


def _set_title(doc: ArticleDoc, picked: list[Candidate]) -> str:
    """The headline; for a page without one, the title naming what it is about, unless a
    question asks for that ("which country has left the grain pact?": the lede's main fact)."""
    from quizzes.generate.document import DEFAULT_TITLE
    from quizzes.generate.rank import named_by_the_title

    title = doc.shown_title
    if doc.title is None and any(named_by_the_title(c, doc, title) for c in picked):
        return DEFAULT_TITLE
    return title


def _doubts(picked: list[Candidate], doc: ArticleDoc) -> list[Doubt]:
    """The questions, in quiz order, the acceptance model expects teachers to send back."""
    from quizzes.generate.acceptance import asked, shipped_model

    model = shipped_model()
    found = []
    for number, candidate in enumerate(picked, 1):
        question = asked(candidate, doc.shown_title)
        chance = model.likelihood(question)
        if chance < CHECK_FIRST:
            found.append(Doubt(number, candidate.prompt, chance, tuple(model.doubts(question))))
    return found


def _question(candidate: object, rng: random.Random) -> Question:
    from quizzes.generate.questions import Candidate

    assert isinstance(candidate, Candidate)
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
