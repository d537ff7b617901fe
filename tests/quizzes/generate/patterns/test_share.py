"""Shares written in words, asked with other fractions far enough apart."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import share
from tests.quizzes.generate.patterns.conftest import found_by


def _facts(parse, text):
    return found_by(share, parse(text))


def test_a_fraction_of_something_is_a_share(parse):
    [fact] = _facts(parse, "The pipeline carries more than two-thirds of Kazakhstan's oil exports.")
    assert (fact.fraction, round(fact.value, 2), fact.of) == (
        "two-thirds",
        0.67,
        "Kazakhstan's oil exports",
    )


def test_half_at_the_start_of_a_sentence_keeps_its_capital(ask):
    context = ask("Half of the country's electricity comes from coal plants in the north.")
    [fact] = [f for f in context.facts if f.kind == "share"]
    [question] = [c for c in share.questions(fact, context) if c is not None]
    assert question.answer == "Half"
    assert "Two-thirds" in question.choices and "half" not in question.choices


def test_a_fraction_without_of_is_not_a_share(parse):
    assert _facts(parse, "Exports fell by half in 2022 after the sanctions began.") == []


def test_wrong_options_are_never_close_to_the_answer(ask):
    context = ask(
        "Remittances are worth about a third of the economy of Tajikistan, officials say."
    )
    [fact] = [f for f in context.facts if f.kind == "share"]
    [question] = [c for c in share.questions(fact, context) if c is not None]
    assert question.answer == "a third"
    assert all(abs(share.FRACTIONS[c.lower()] - 1 / 3) >= 0.1 for c in question.choices
               if c != "a third")  # fmt: skip


def test_the_first_half_of_a_year_is_a_period_not_a_share(parse):
    text = "Cargo through the port grew by 23% in the first half of the year, to 2.8 million t."
    assert _facts(parse, text) == []
    century = "In the 1st half of the 10th century, the Inca state included half of the Andes."
    assert [f.fraction for f in _facts(parse, century)] == ["half"]  # the Andes' half only


@pytest.mark.parametrize(
    "sentence",
    [
        "More than half of the offering (58%) was placed on Kazakhstan’s stock market.",
        "More than half of Tajikistan’s exchange offices - 818 out of a total 1,581 - were shut.",
    ],
)
def test_a_share_whose_figures_follow_it_is_not_asked(parse, sentence):
    assert found_by(share, parse(sentence)) == []
