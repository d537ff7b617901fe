"""What a named project (a pipeline, a railway, a dam) costs: found however the sentence puts it,
asked by the project's name."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import cost
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


@pytest.mark.parametrize(
    ("sentence", "project", "value"),
    [
        ("The $3.2 billion North-South pipeline connects the fields to the coast.",
         "the North-South pipeline", 3.2),
        ("The Volga pipeline is estimated to cost $6.1 billion.", "the Volga pipeline", 6.1),
        ("The Kambarata dam will cost $3 billion.", "the Kambarata dam", 3),
        ("The construction of the Rogun dam will cost $4 billion.", "the Rogun dam", 4),
        ("The cost of the Ural railway is expected to be $5bn.", "the Ural railway", 5),
        ("Peru plans to build the 140 MW Yavan hydroelectric station with an estimated cost of "
         "$282 million.", "the Yavan hydroelectric station", 282),
        ("Work on the Lima thermal power plant was completed in 2016 at a total cost of $349 "
         "million.", "the Lima thermal power plant", 349),
        ("Chile opened the new Arica port at a cost of $80 million.", "the Arica port", 80),
    ],
)  # fmt: skip
def test_a_projects_cost_is_found_however_it_is_put(parse, sentence, project, value):
    [fact] = found_by(cost, parse(sentence))
    assert (fact.project, fact.amount.value) == (project, value)


def test_money_that_is_not_a_projects_cost_is_not_one(parse):
    doc = parse(
        "The Volga pipeline earned $2 billion last year.",
        "A $4 billion plant was opened on Monday.",
        "Kazakhstan's trade with China reached $41 billion.",
        "A new terminal opened at the airport at a cost of $90 million.",  # which terminal?
    )
    assert found_by(cost, doc) == []


def test_the_question_asks_the_cost_in_the_articles_unit(ask):
    context = ask("The Volga pipeline is estimated to cost $6.1 billion.")
    [fact] = [f for f in context.facts if f.kind == cost.KIND]
    [question] = made_by(cost, fact, context)
    assert question.type is QuestionType.NUMERIC
    assert question.prompt == (
        "What figure does the article give for the cost of the Volga pipeline, "
        "in billion US dollars?"
    )
    assert (question.answer, question.unit) == (6.1, "billion US dollars")


def test_a_cost_the_article_gives_as_about_says_so(ask):
    context = ask("The Volga pipeline is estimated to cost around $6 billion.")
    [fact] = [f for f in context.facts if f.kind == cost.KIND]
    [question] = made_by(cost, fact, context)
    assert question.prompt.endswith("in billion US dollars? (The article says “around …”.)")
