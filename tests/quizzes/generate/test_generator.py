"""The generator's contract: valid output, determinism, seeds, --count and --types, ranking."""

from __future__ import annotations

import json
import random

import pytest

from quizzes.errors import ArticleError
from quizzes.formats.quizjson import dumps_quizset
from quizzes.generate import generate_quiz
from quizzes.generate.questions import Candidate
from quizzes.generate.rank import quality_score, select
from quizzes.model import Evidence, QuestionType, parse_quizset, quizset_to_dict
from tests.conftest import SEED_ARTICLE


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


def test_the_output_is_a_valid_quiz_set(seed_text):
    result = generate_quiz(seed_text)
    again = parse_quizset(json.loads(dumps_quizset(result.quizset)))
    assert again == result.quizset
    assert result.quizset.title.startswith("China Increases Influence")
    assert result.quizset.source.sha256 is not None


def test_the_same_text_and_seed_give_byte_identical_json(seed_text):
    first = dumps_quizset(generate_quiz(seed_text, seed=7).quizset)
    second = dumps_quizset(generate_quiz(seed_text, seed=7).quizset)
    assert first == second


def test_another_seed_gives_another_order_and_with_count_another_selection(seed_text):
    one = generate_quiz(seed_text, seed=1).quizset.questions
    two = generate_quiz(seed_text, seed=2).quizset.questions
    assert [q.id for q in one] != [q.id for q in two]
    assert {q.id for q in one} == {q.id for q in two}
    picks = {
        frozenset(q.id for q in generate_quiz(seed_text, seed=s, count=12).quizset.questions)
        for s in range(6)
    }
    assert len(picks) > 1


def test_count_keeps_that_many_questions_and_types_limits_the_types(seed_text):
    assert len(generate_quiz(seed_text, count=10).quizset.questions) == 10
    wanted = {QuestionType.NUMERIC, QuestionType.MATCHING}
    result = generate_quiz(seed_text, types=wanted)
    assert {q.type for q in result.quizset.questions} == wanted
    assert result.report.questions_by_type.keys() == {"numeric", "matching"}


def test_count_picks_higher_scored_questions_first(seed_text):
    everything = generate_quiz(seed_text).quizset.questions
    few = generate_quiz(seed_text, count=8).quizset.questions
    assert sum(q.type is QuestionType.TRUE_FALSE for q in few) <= 2
    assert len({q.topic for q in few}) >= 4
    assert len(everything) > len(few)


def _candidate(score: float, kind: str, qtype: QuestionType, caption: bool = False) -> Candidate:
    return Candidate(
        qtype, f"Prompt {kind} {score} {qtype}", True if qtype is QuestionType.TRUE_FALSE else 1,
        "", Evidence("A sentence.", 1), "Topic", 2, score, kind, from_caption=caption,
    )  # fmt: skip


def test_quality_score_prefers_body_text_and_richer_types():
    body = _candidate(2.0, "a", QuestionType.NUMERIC)
    caption = _candidate(2.0, "a", QuestionType.NUMERIC, caption=True)
    coin_toss = _candidate(2.0, "a", QuestionType.SINGLE_CHOICE)
    assert quality_score(body) > quality_score(coin_toss) > quality_score(caption)


def test_select_avoids_piling_up_one_kind_of_fact():
    same = [_candidate(3.0, "border", QuestionType.NUMERIC) for _ in range(3)]
    other = _candidate(2.5, "trade", QuestionType.NUMERIC)
    picked = select([*same, other], 2, random.Random(0))
    assert other in picked


def test_every_evidence_quote_is_a_sentence_of_its_cleaned_paragraph(seed_text):
    result = generate_quiz(seed_text)
    for question in result.quizset.questions:
        assert question.evidence is not None
        assert question.evidence.quote in result.report.paragraphs[question.evidence.paragraph - 1]


def test_no_answer_is_among_its_own_wrong_options(seed_text):
    for question in generate_quiz(seed_text).quizset.questions:
        if question.type is QuestionType.SINGLE_CHOICE:
            assert question.choices.count(question.answer) == 1
            folded = [c.casefold() for c in question.choices]
            assert len(set(folded)) == len(folded)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        ("The weather was mild and the market was busy on Sunday morning.", "no usable facts"),
        ("Free from fear or favour\n\nSign up to our newsletter", "no article text"),
    ],
)
def test_unusable_text_raises_article_error(text, message):
    with pytest.raises(ArticleError, match=message):
        generate_quiz(text)


def test_an_oversized_text_is_refused():
    with pytest.raises(ArticleError, match="larger than 5 MB"):
        generate_quiz("Kazakhstan borders Russia. " * 200_000)


def test_asking_for_no_questions_is_refused(seed_text):
    with pytest.raises(ArticleError, match="at least 1"):
        generate_quiz(seed_text, count=0)


def test_the_dict_round_trip_holds_for_every_question(seed_text):
    quizset = generate_quiz(seed_text, seed=3).quizset
    assert parse_quizset(quizset_to_dict(quizset)) == quizset
