"""How long a pipeline, railway, road or canal is: found however the sentence puts it, asked by
the route's name."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import length
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


@pytest.mark.parametrize(
    ("sentence", "route", "value"),
    [
        ("The 640-kilometre North-South link carries gas to the coast.",
         "the North-South link", 640),
        ("The Volga pipeline is 1,210 km long.", "the Volga pipeline", 1210),
        ("When completed, the Karakum canal will stretch for 310 kilometres.",
         "the Karakum canal", 310),
        ("Work on a 410km railway between Kazakhstan and China will start soon.",
         "the railway between Kazakhstan and China", 410),
        ("The length of the Ural highway is 95 km.", "the Ural highway", 95),
    ],
)  # fmt: skip
def test_a_routes_length_is_found_however_it_is_put(parse, sentence, route, value):
    [fact] = found_by(length, parse(sentence))
    assert (fact.route, fact.length.value) == (route, value)


def test_a_route_named_once_in_the_article_is_asked_by_its_name(parse):
    doc = parse(
        "The Aral Pipeline Consortium runs the Aral Pipeline.",
        "This 900-kilometre-long pipeline carries oil to the coast.",
    )
    [fact] = found_by(length, doc)
    assert fact.route == "the Aral Pipeline"


def test_an_unnamed_route_is_not_asked(parse):
    doc = parse("A 30-km road was opened on Monday.", "Another 50-km road was closed.")
    assert found_by(length, doc) == []


def test_a_border_or_a_figure_in_brackets_is_not_a_routes_length(parse):
    doc = parse(
        "The Kyrgyz-Tajik border is 972 kilometres long.",
        "The 640-kilometre (398-mile) North-South link carries gas.",
    )
    assert [f.length.value for f in found_by(length, doc)] == [640]


def test_the_question_asks_the_length_in_the_articles_unit(ask):
    context = ask("The 640-kilometre North-South link carries gas to the coast.")
    [fact] = [f for f in context.facts if f.kind == length.KIND]
    [question] = made_by(length, fact, context)
    assert question.type is QuestionType.NUMERIC
    assert question.prompt == (
        "According to the article, what is the length of the North-South link, in kilometres?"
    )
    assert (question.answer, question.unit) == (640, "kilometres")


def test_a_length_the_article_gives_as_about_says_so(ask):
    context = ask("The Volga pipeline is about 1,200 km long.")
    [fact] = [f for f in context.facts if f.kind == length.KIND]
    [question] = made_by(length, fact, context)
    assert question.prompt.endswith("in km? (The article says “about …”.)")


def test_another_route_of_the_named_ones_kind_is_not_taken_for_it(parse):
    doc = parse(
        "The Aral Pipeline Consortium runs the Aral Pipeline.",
        "The second 900-kilometre pipeline carries oil to the coast.",
    )
    assert found_by(length, doc) == []
