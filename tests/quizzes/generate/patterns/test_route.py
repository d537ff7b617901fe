"""Where a named route goes: its far end asked, its start kept in the stem."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import route
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


@pytest.mark.parametrize(
    ("sentence", "place", "asked"),
    [
        ("The Volga pipeline carries crude oil from the Samara field to the Baltic port of "
         "Ust-Luga.", "Ust-Luga", "the Volga pipeline carries crude oil from the Samara field "
         "to which Baltic port?"),
        ("The Amber pipeline will transport natural gas from Turkmenistan via Iran to India.",
         "India", "the Amber pipeline will transport natural gas from Turkmenistan via Iran to "
         "which country?"),
        ("The North-South pipeline links the fields in western Kazakhstan to the Caspian Sea.",
         "Caspian Sea", "the North-South pipeline links the fields in western Kazakhstan to "
         "which sea?"),
        ("Work began on the Ferghana railway, which connects Andijan with Bishkek.",
         "Bishkek", "the Ferghana railway connects Andijan with which city?"),
        ("The Volga canal will draw water from the Amu Darya border river.", "Amu Darya",
         "the Volga canal will draw water from which river?"),
    ],
)  # fmt: skip
def test_a_routes_far_end_is_asked_with_its_start_in_the_stem(ask, sentence, place, asked):
    context = ask(sentence)
    [fact] = [f for f in context.facts if f.kind == route.KIND]
    [question] = made_by(route, fact, context)
    assert question.type is QuestionType.SHORT_ANSWER
    assert question.prompt == f"According to the article, {asked}"
    assert question.answer[0] == place


def test_what_is_not_a_named_route_to_a_named_place_is_not_asked(parse):
    doc = parse(
        "A new pipeline carries gas from Kazakhstan to China.",  # a route left unnamed
        "The Volga pipeline carries gas from the fields to the coast.",  # an end left unnamed
        "The Volga company ships grain from Kazakhstan to Iran.",  # not a route
        "The Volga pipeline carries oil to Samara and Ust-Luga.",  # no start: which end?
        # a plan, and no verb to ask with: "the pipeline to link … to which place?"
        "It is hoped the deal will pave the way for the Volga pipeline to link Turkmenistan's "
        "gas fields to Europe.",
    )
    assert found_by(route, doc) == []


def test_this_pipeline_is_the_one_pipeline_the_article_names(ask):
    context = ask(
        "The Volga pipeline is 1,500 km long.",
        "This 1,500-kilometre-long pipeline transports crude oil from the Samara field to Iran.",
    )
    [fact] = [f for f in context.facts if f.kind == route.KIND]
    assert (fact.route, fact.place) == ("the Volga pipeline", "Iran")


def test_a_far_end_the_routes_spelled_out_acronym_names_is_not_asked(ask):
    context = ask(
        "The Kazakhstan-Iran (KI) pipeline was proposed in 2010.",
        "The KI pipeline will carry gas from the Tengiz field to Iran.",
    )
    [fact] = [f for f in context.facts if f.kind == route.KIND]
    assert made_by(route, fact, context) == []


def test_a_far_end_an_acronym_said_to_stand_for_names_is_not_asked(ask):
    context = ask(
        "KI stands for Kazakhstan-Iran.",
        "The KI pipeline will carry gas from the Tengiz field to Iran.",
    )
    [fact] = [f for f in context.facts if f.kind == route.KIND]
    assert made_by(route, fact, context) == []


def test_a_participle_is_asked_as_a_verb_in_the_present(ask):
    context = ask(
        "Cargo along the Trans-Andean Route, also known as the Middle Corridor linking Chile "
        "with Europe via Peru, increased by 20% this year.",
        "The Andes pipeline carrying oil from Bolivia to Chile was shut.",
    )
    prompts = [q.prompt for f in context.facts if f.kind == route.KIND
               for q in made_by(route, f, context)]  # fmt: skip
    assert prompts == [
        "According to the article, the Middle Corridor links Chile with which place?",
        "According to the article, the Andes pipeline carries oil from Bolivia to which country?",
    ]
