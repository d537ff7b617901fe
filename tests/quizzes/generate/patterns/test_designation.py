"""A city given a title: found in the passive, the active and a decision "on declaring" it;
asked as which city, among other cities."""

from __future__ import annotations

from quizzes.generate.patterns import designation
from quizzes.generate.patterns.designation import DesignationFact
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def titles(*sentences: str, parse) -> list[tuple[str, str, str, str]]:
    doc = parse(*sentences)
    return [(f.city, f.verb, f.title, f.period) for f in found_by(designation, doc)]


def test_a_city_declared_a_capital_in_the_passive_with_its_year(parse):
    assert titles("Turkistan was declared the spiritual capital of the Turkic world in 2020.",
                  parse=parse) == [
        ("Turkistan", "declared", "the spiritual capital of the Turkic world", "in 2020")
    ]  # fmt: skip


def test_a_city_named_a_capital_by_an_active_verb(parse):
    assert titles(
        "In 2019 the government declared Turkistan the spiritual capital of the Turkic world.",
        parse=parse,
    ) == [("Turkistan", "declared", "the spiritual capital of the Turkic world", "in 2019")]


def test_a_decision_on_declaring_the_city_of_a_name_a_capital_for_a_year(parse):
    # The parser hangs the title on the city's name, as an apposition.
    found = titles(
        "The leaders signed a decision on declaring the city of Bukhara the SCO tourist and "
        "cultural capital for 2026.",
        parse=parse,
    )
    assert found == [("Bukhara", "declared", "the SCO tourist and cultural capital", "for 2026")]


def test_no_title_given_when_hedged_negated_to_come_or_already_held(parse):
    assert (
        titles(
            "Kazakhstan plans to declare Shymkent the cultural capital of the country.",
            "The ministers did not declare Bishkek the youth capital of Asia.",
            "Bishkek will be named the youth capital of Asia.",
            "They visited the city of Osh, the southern capital of Kyrgyzstan.",
            "The council named Samarkand its host for the next summit.",
            "Astana was declared the new capital in 1997.",  # whose capital?
            parse=parse,
        )
        == []
    )


def test_which_city_with_other_cities_as_wrong_options(ask):
    context = ask("Turkistan was declared the spiritual capital of the Turkic world in 2020.")
    [fact] = context.facts_of(DesignationFact)
    [question] = made_by(designation, fact, context)
    assert question.prompt == (
        "According to the article, which city was declared the spiritual capital of the Turkic "
        "world in 2020?"
    )
    assert question.answer == "Turkistan"
    wrong = set(question.choices) - {"Turkistan"}
    assert len(wrong) == 3 and wrong <= set(context.knowledge.cities)


def test_two_cities_with_one_title_are_not_asked(ask):
    context = ask(
        "Turkistan was declared the spiritual capital of the Turkic world.",
        "Some say Bukhara was declared the spiritual capital of the Turkic world.",
    )
    assert all(made_by(designation, f, context) == [] for f in context.facts_of(DesignationFact))
