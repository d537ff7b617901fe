"""The built-in set "Central Asia and the 2024 SCO summit": loaded once into a new database,
valid, varied, correct against our gold list, and written in our own words."""

from __future__ import annotations

import re

import pytest

from quizzes.app.bank import bank_files, builtin_set_id, open_database
from quizzes.exchange.formats.quizjson import read_quizset
from quizzes.model import QuestionType
from tests.conftest import SEED_ARTICLE
from tests.quizzes.generate.gold import SEED_ARTICLE_GOLD, coverage

BANK_TITLE = "Central Asia and the 2024 SCO summit"


def bank_path():
    [path] = [p for p in bank_files() if p.name == "central-asia-sco-2024.quiz.json"]
    return path


def test_a_new_database_gets_the_bank_exactly_once(db_url):
    for _ in range(2):
        store = open_database(db_url)
        try:
            builtin = [s for s in store.list_sets() if s.is_builtin]
            stored = store.get_quizset(builtin_set_id(bank_path()))
        finally:
            store.close()
        assert [s.title for s in builtin].count(BANK_TITLE) == 1
        assert stored.questions == read_quizset(bank_path()).questions


def test_the_bank_has_40_questions_of_all_seven_types_and_names_its_source():
    quizset = read_quizset(bank_path())
    assert quizset.title == BANK_TITLE
    assert len(quizset.questions) >= 40
    assert {q.type for q in quizset.questions} == set(QuestionType)
    assert quizset.source.publisher == "Byline Times"
    assert quizset.source.title and "Strategic Partnership" in quizset.source.title
    assert len({q.topic for q in quizset.questions}) >= 6


def test_the_bank_answers_agree_with_the_gold_list():
    share, missed = coverage(SEED_ARTICLE_GOLD, read_quizset(bank_path()).questions)
    assert share >= 0.9, missed


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9$'-]+", text.lower().replace("’", "'"))


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_bank_paraphrases_the_article_and_cites_real_paragraphs(seed_result):
    article = _words(SEED_ARTICLE.read_text(encoding="utf-8"))
    runs = {" ".join(article[i : i + 10]) for i in range(len(article) - 9)}
    paragraphs = seed_result.report.paragraphs
    for question in read_quizset(bank_path()).questions:
        assert question.evidence is not None
        quote = _words(question.evidence.quote)
        copied = [" ".join(quote[i : i + 10]) for i in range(len(quote) - 9)]
        assert not set(copied) & runs, question.evidence.quote
        assert 1 <= question.evidence.paragraph <= len(paragraphs)


def test_the_bank_never_asks_for_the_disputed_summit_date():
    for question in read_quizset(bank_path()).questions:
        text = " ".join([question.prompt, str(question.answer), *question.choices])
        assert "June" not in text and "July" not in text
