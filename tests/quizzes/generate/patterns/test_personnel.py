"""Appointments and dismissals: who was put in or taken out of which post, and by whom."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import personnel
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


@pytest.mark.parametrize(
    ("sentence", "person", "post", "change", "doer"),
    [
        (
            "President Askar Temirov dismissed Nurlan Bekov, head of the State Border Service "
            "(SBS), after twelve years in the job.",
            "Nurlan Bekov",
            "head of the State Border Service",
            personnel.DISMISSED,
            "Askar Temirov",
        ),
        (
            "Tokayev appointed Alikhan Smailov as prime minister on Tuesday.",
            "Alikhan Smailov",
            "prime minister",
            personnel.APPOINTED,
            "Tokayev",
        ),
        (
            "President Mirziyoyev named Abdulla Aripov prime minister.",
            "Abdulla Aripov",
            "prime minister",
            personnel.APPOINTED,
            "Mirziyoyev",
        ),
        (
            "Olzhas Bektenov was appointed prime minister of Kazakhstan in February 2024.",
            "Olzhas Bektenov",
            "prime minister of Kazakhstan",
            personnel.APPOINTED,
            None,
        ),
        (
            "Nurlan Bekov was dismissed from the post of head of the border service.",
            "Nurlan Bekov",
            "head of the border service",
            personnel.DISMISSED,
            None,
        ),
        (
            "President Nazarbayev also sacked the minister's deputy, Kairbek Uskenbayev, for "
            "failing to explain the reform.",
            "Kairbek Uskenbayev",
            "minister's deputy",
            personnel.DISMISSED,
            "Nazarbayev",
        ),
    ],
)
def test_an_appointment_or_dismissal_is_found_with_its_post_and_doer(
    parse, sentence, person, post, change, doer
):
    [fact] = found_by(personnel, parse(sentence, title="Reshuffle"))
    assert (fact.person, fact.post, fact.change, fact.doer) == (person, post, change, doer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokayev is expected to appoint Alikhan Smailov as prime minister next week.",
        "Tokayev did not dismiss Alikhan Smailov, the prime minister.",
        "Tokayev appointed Alikhan Smailov to that post in 2019.",
        "The court dismissed the company's petition to postpone the case.",
        "Police fired tear gas to disperse the crowd near the square.",
    ],
)
def test_plans_denials_posts_pointing_back_and_other_senses_are_not_asked(parse, sentence):
    assert found_by(personnel, parse(sentence, title="Reshuffle")) == []


def test_the_question_asks_for_the_person_by_the_post_and_the_doer(ask):
    context = ask(
        "President Askar Temirov dismissed Nurlan Bekov, head of the State Border Service, on "
        "Monday. Temirov also met Prime Minister Adylbek Kasymaliev and Foreign Minister "
        "Jeenbek Kulubaev in Bishkek.",
    )
    [fact] = [f for f in context.facts if f.kind == personnel.KIND]
    [question] = made_by(personnel, fact, context)
    assert question.type is QuestionType.SINGLE_CHOICE
    assert question.prompt == (
        "According to the article, who did Askar Temirov dismiss from the post of head of the "
        "State Border Service?"
    )
    assert question.answer == "Nurlan Bekov"
    wrong = [c for c in question.choices if c != "Nurlan Bekov"]
    assert len(wrong) == 3 and "Askar Temirov" not in wrong
