"""Hostile input: text built to make the generator slow (runs of Markdown markers, a bracket run,
two names repeated thousands of times, a long line of title-case tags) still ends in a quiz or
a reasoned refusal; the time budget stops generation with a message. Timings belong to
bench/bench_hostile.py, not here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quizzes.errors import ArticleError
from quizzes.generate import generate_quiz
from quizzes.generate.deadline import Deadline
from quizzes.generate.facts import find_facts
from quizzes.generate.report import NoQuestionsError
from tests.quizzes.generate.patterns.conftest import parse_paragraphs

SAMPLE = Path(__file__).parent / "data" / "uzbekistan_neighbours.md"
TAGS = ["Kazakhstan", "China", "Central", "Asia", "Russia", "Trade", "Border", "Energy", "Astana"]
HOSTILE = {
    "emphasis stars": "*a " * 400,
    "emphasis underscores": "_a " * 400,
    "open brackets": "[" * 2000,
    "two names repeated": "Kazakhstan China " * 300,
    "tags line": "Tags: " + " ".join(TAGS[i % len(TAGS)] for i in range(600)),
}


@pytest.fixture(scope="module")
def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_text_alone_gives_a_quiz_or_a_reasoned_refusal(text: str) -> None:
    try:
        result = generate_quiz(text)
    except NoQuestionsError as refusal:
        assert refusal.reason.strip()
        assert refusal.report.summary().strip()
    else:
        assert result.quizset.questions


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_paragraph_in_a_real_article_still_gives_the_article_s_quiz(
    text: str, sample: str
) -> None:
    plain = generate_quiz(sample)
    result = generate_quiz(f"{sample}\n\n{text}.\n")
    assert len(result.quizset.questions) == len(plain.quizset.questions)
    quoted = {q.evidence.quote for q in result.quizset.questions if q.evidence}
    assert not any(text.strip()[:20] in quote for quote in quoted)


def test_a_spent_time_budget_stops_generation_with_a_clear_message(sample: str) -> None:
    with pytest.raises(ArticleError, match="the article took too long to read: stopped after 0 s"):
        generate_quiz(sample, time_limit=0.0)


def _ticking_clock(step: float) -> Iterator[float]:
    now = 0.0
    while True:
        yield now
        now += step


def test_the_budget_is_checked_between_sentences_while_looking_for_facts() -> None:
    doc = parse_paragraphs(
        "Kazakhstan and China signed a trade agreement in Astana.",
        "Uzbekistan joined the talks in June.",
        "The leaders met again in Beijing in 2024.",
    )
    ticks = _ticking_clock(1.0)
    deadline = Deadline(1.5, clock=lambda: next(ticks))  # made at 0; sentence 1 at 1, 2 at 2
    with pytest.raises(ArticleError, match="looking for facts in sentence 2"):
        find_facts(doc, deadline)


def test_entity_at_finds_the_entity_covering_each_token(sample: str) -> None:
    doc = parse_paragraphs(*[p for p in sample.split("\n\n") if len(p.split()) > 8])
    for sentence in doc.sentences:
        for token in sentence.span:
            covering = [e for e in sentence.entities if e.first_token <= token.i <= e.last_token]
            assert sentence.entity_at(token.i) == (covering[0] if covering else None)


def test_a_date_written_with_dots_in_a_dateline_and_a_stem_breaks_nothing():
    text = (
        "DUSHANBE, 23.12.2021 (Agency) – A private company will raise tolls on the road from "
        "Dushanbe to the Uzbek border on 1 January 2022.\n\n"
        "The road was rebuilt in 2010 with a loan of $300 million from a Chinese bank, and the "
        "company collects the tolls until 23.12.2040 under its contract with the government."
    )
    result = generate_quiz(text, title="Toll road prices rise on 23.12.2021")
    assert result.quizset.questions
    assert not any("DUSHANBE" in p for p in result.report.paragraphs)
