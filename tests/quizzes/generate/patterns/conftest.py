"""Parsing a few sentences of our own, as a pattern's unit tests need them."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from quizzes.generate.ask import Ask
from quizzes.generate.clean import CleanArticle, Paragraph
from quizzes.generate.document import ArticleDoc, parse_article
from quizzes.generate.facts import Fact, find_facts
from quizzes.generate.knowledge import load_knowledge
from quizzes.generate.questions import Candidate
from quizzes.generate.rank import score_sentences


def parse_paragraphs(*paragraphs: str, title: str | None = None) -> ArticleDoc:
    article = CleanArticle(title, [Paragraph(i + 1, p) for i, p in enumerate(paragraphs)])
    doc = parse_article(article, load_knowledge())
    score_sentences(doc)
    return doc


def ask_about(*paragraphs: str, title: str | None = None) -> Ask:
    doc = parse_paragraphs(*paragraphs, title=title)
    return Ask(doc, find_facts(doc).facts)


@pytest.fixture
def parse() -> Callable[..., ArticleDoc]:
    return parse_paragraphs


@pytest.fixture
def ask() -> Callable[..., Ask]:
    return ask_about


def found_by(pattern: ModuleType, doc: ArticleDoc) -> list[Fact]:
    """Every fact one pattern finds in the parsed sentences."""
    return [fact for sentence in doc.sentences for fact in pattern.find(sentence, doc)]


def made_by(pattern: ModuleType, fact: Fact, context: Ask) -> list[Candidate]:
    """The questions one pattern makes from one fact."""
    return [c for c in pattern.questions(fact, context) if c is not None]
