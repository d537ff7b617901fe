"""Descriptions in apposition: read as a sentence of their own, asked only when specific."""

from __future__ import annotations

from quizzes.generate.patterns import appositive
from quizzes.generate.patterns.appositive import AppositiveFact
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by

CSTO = "Collective Security Treaty Organization"


def test_a_description_set_off_by_commas_reads_as_its_own_sentence(parse):
    doc = parse("Yerevan argues that the CSTO, a military alliance of six former Soviet states, "
                "left Armenia alone when it was attacked.")  # fmt: skip
    [fact] = found_by(appositive, doc)
    assert (fact.canonical, fact.number, fact.value) == (CSTO, "six", 6)
    assert fact.statement() == "The CSTO is a military alliance of six former Soviet states."


def test_what_is_not_a_description_makes_no_fact(parse):
    doc = parse(
        "The Shanghai Cooperation Organisation (SCO), based in Beijing, met in July.",
        "Kyrgyzstan and Tajikistan signed a deal in Bishkek, a move that follows decades of "
        "conflict over land and water.",
        "Leaders of Kazakhstan, Uzbekistan and Armenia met in Astana on Friday.",
        "The SCO, whose members include India, met in Astana.",
        "The ministers will discuss Russia’s aggression against Ukraine, the situation in "
        "Afghanistan, and other international issues.",  # a list
    )
    assert found_by(appositive, doc) == []


def test_a_specific_description_asks_which_organisation_with_its_neighbours(ask):
    context = ask("Armenia says the CSTO, a military alliance of six former Soviet states, has "
                  "failed it.")  # fmt: skip
    [fact] = context.facts_of(AppositiveFact)
    which, figure = made_by(appositive, fact, context)
    assert which.prompt == (
        "According to the article, which organisation is a military alliance of six former "
        "Soviet states?"
    )
    assert which.answer == "CSTO" and len(which.choices) == 4
    banks = {"EDB", "AIIB", "EBRD", "IMF", "World Bank"}
    assert not banks & set(which.choices)  # no bank is a believable alliance
    assert "CIS" in which.choices  # the organisation sharing most members with it
    assert figure.type is QuestionType.NUMERIC and (figure.answer, figure.tolerance) == (6, 0)
    assert figure.prompt.endswith("The CSTO is a military alliance of _____ former Soviet states.")


def test_a_description_that_fits_many_is_not_asked_as_which_one(ask):
    context = ask("Officials said that Kyrgyzstan, a former Soviet republic, will vote in May.")
    [fact] = context.facts_of(AppositiveFact)
    assert made_by(appositive, fact, context) == []


def test_a_name_the_data_does_not_know_as_a_body_is_not_described(parse):
    doc = parse("Trains will run from Towrgondi, a town of 12,000 people on the border, to Herat.")
    facts = found_by(appositive, doc)
    assert all(f.entity_kind != "org" for f in facts)


def test_a_person_described_with_a_or_an_is_not_asked_who(ask):
    context = ask(
        "Putin and Khurelsukh met in Ulaanbaatar. Leaders are seldom arrested on official "
        "visits, according to Enkhgerel Seded, a student in Moscow, writing on Mongolia's duties."
    )
    made = [c for f in context.facts if f.kind == "appositive"
            for c in appositive.questions(f, context) if c is not None]  # fmt: skip
    assert [f for f in context.facts if f.kind == "appositive"]
    assert not any(c.prompt.startswith("According to the article, who is") for c in made)


def test_a_description_naming_its_kind_again_is_asked_as_a_description(ask):
    context = ask("Officials said that Chile, a country with 19 million people on the Pacific "
                  "coast of South America, will vote in May.")  # fmt: skip
    [fact] = context.facts_of(AppositiveFact)
    [which, *_] = made_by(appositive, fact, context)
    assert which.prompt == (
        "According to the article, which country is described as a country with 19 million "
        "people on the Pacific coast of South America?"
    )
