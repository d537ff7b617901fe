"""Sums of money asked in the generator's own words, from the sum's own clause."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import how_much
from tests.quizzes.generate.patterns.conftest import ask_about, found_by, made_by

LEAD = "According to the article, "
OPENING = "Officials met in Bishkek on the matter."


def _asked(sentence: str) -> list[str]:
    context = ask_about(OPENING, sentence)
    facts = context.facts_of(how_much.HowMuchFact)
    return [q.prompt.removeprefix(LEAD) for f in facts for q in made_by(how_much, f, context)]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # The sum is the object: "how much" and "does" with the verb's base form; the opening
        # frame set off by a comma is left out, a rate ("annually") stays.
        ("Under a deal that runs to 2040, China pays Tajikistan $40 million annually for use "
         "of the airfield.",
         "how much does China pay Tajikistan annually for use of the airfield, in million US "
         "dollars?"),
        ("Since 2016, the World Bank has lent €2.5 billion to Kyrgyzstan for roads.",
         "how much has the World Bank lent to Kyrgyzstan for roads, in billion euros?"),
        # The sum sizes the object: the value of that loan, grant or deal.
        ("The Islamic Development Bank approved a $75 million loan for a power line in "
         "Tajikistan.",
         "what is the value of the loan the Islamic Development Bank approved for a power line "
         "in Tajikistan, in million US dollars?"),
    ],
)  # fmt: skip
def test_a_sum_is_asked_from_its_own_clause(sentence, question):
    assert question in _asked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chinese company may invest $200 million in the Kumtor mine next year.",  # a hedge
        "The company paid $30 million for the licence to mine in Tajikistan.",  # which company?
        "Kazakhstan did not pay $50 million to Russia for the base in 2023.",  # a negation
        "It paid $30 million for the licence to mine gold in Tajikistan.",  # points back
        "Turkmenistan plans to spend $3 billion on the pipeline to Afghanistan.",  # a plan
        # two objects: "how much did Georgia receive a record amount of remittances"
        "In total, Georgia received a record amount of remittances in May — $505.7 million.",
    ],
)
def test_a_sum_no_clause_states_as_a_named_doer_s_deed_is_not_asked(sentence):
    assert _asked(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In March 2017, ADB approved a $114 million loan, with another $114 million of "
        "cofinancing provided by the Asian Infrastructure Investment Bank, to build a bypass.",
        "Last month ADB approved a $59 million loan and $500,000 within the Integrated Urban "
        "Development Project for Uzbekistan.",
    ],
)
def test_a_sum_asked_beside_another_sum_is_not_asked(parse, sentence):
    assert found_by(how_much, parse(sentence)) == []
