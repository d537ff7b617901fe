"""How much a named pipeline, port or railway can carry: found however the sentence puts it,
asked by the project's name, a year where the article says so."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import capacity
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


@pytest.mark.parametrize(
    ("sentence", "project", "value", "yearly"),
    [
        ("The 640-kilometre North-South link, which has a capacity of 20 billion cubic metres "
         "a year, feeds the coast.", "the North-South link", 20, True),
        ("The Kuryk port has a total throughput capacity of nearly 8 million tons.",
         "the Kuryk port", 8, False),
        ("The Volga pipeline would deliver 25 billion cubic metres of gas per year.",
         "the Volga pipeline", 25, True),
        ("The Volga pipeline's expected annual capacity is 25 billion cubic meters of gas.",
         "the Volga pipeline", 25, True),
        ("The annual capacity of the Volga pipeline is expected to reach 25 billion cubic meters.",
         "the Volga pipeline", 25, True),
        ("With a total throughput capacity of nearly 8 million tons, the Kuryk port mainly "
         "exports grain.", "the Kuryk port", 8, False),
        ("The Volga railway is designed to handle up to 20 million tons of cargo annually.",
         "the Volga railway", 20, True),
        ("When complete, the Volga pipeline will be able to carry 30 billion cubic meters of gas "
         "annually.", "the Volga pipeline", 30, True),
    ],
)  # fmt: skip
def test_a_projects_capacity_is_found_however_it_is_put(parse, sentence, project, value, yearly):
    [fact] = found_by(capacity, parse(sentence))
    assert (fact.project, fact.amount.value, fact.yearly) == (project, value, yearly)


def test_what_a_project_carried_once_is_no_capacity(parse):
    doc = parse(
        "The Volga pipeline delivered 25 billion cubic metres of gas last year.",
        "A new port has a capacity of 8 million tons.",
    )
    assert found_by(capacity, doc) == []


def test_the_question_asks_the_annual_capacity_in_the_articles_unit(ask):
    context = ask("The Volga pipeline would deliver 25 billion cubic metres of gas per year.")
    [fact] = [f for f in context.facts if f.kind == capacity.KIND]
    [question] = made_by(capacity, fact, context)
    assert question.type is QuestionType.NUMERIC
    assert question.prompt == (
        "According to the article, what is the annual capacity of the Volga pipeline, "
        "in billion cubic metres?"
    )
    assert (question.answer, question.unit) == (25, "billion cubic metres")


def test_a_figure_the_article_gives_as_about_says_so(ask):
    context = ask("The Kuryk port has a total throughput capacity of nearly 8 million tons.")
    [fact] = [f for f in context.facts if f.kind == capacity.KIND]
    [question] = made_by(capacity, fact, context)
    assert question.prompt.endswith("in million tons? (The article says “nearly …”.)")


def test_a_flow_keeps_its_rate_in_the_unit(ask):
    context = ask("The capacity of the Rimac canal will be 650 cubic metres per second.")
    [fact] = [f for f in context.facts if f.kind == capacity.KIND]
    [question] = made_by(capacity, fact, context)
    assert question.prompt == (
        "According to the article, what is the capacity of the Rimac canal, "
        "in cubic metres per second?"
    )
    assert (question.answer, question.unit) == (650, "cubic metres per second")


def test_a_capacity_expected_later_is_asked_as_expected(ask):
    context = ask(
        "As a result, the capacity of the Baku-Tbilisi-Kars railway is expected to reach 10 "
        "million tons by 2027.",
        "The Baku-Tbilisi-Kars railway has a capacity of 5 million tons.",
    )
    prompts = {q.prompt for f in context.facts_of(capacity.CapacityFact)
               for q in made_by(capacity, f, context)}  # fmt: skip
    assert any("expected to reach" in p for p in prompts), prompts
    assert any("what is the capacity of" in p for p in prompts), prompts
