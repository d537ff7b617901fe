"""Visits: who travelled where, asked as "which country did ... visit?"."""

from __future__ import annotations

from quizzes.generate.patterns import visit
from quizzes.generate.patterns.visit import VisitFact
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def test_visited_paid_a_visit_to_and_arrived_in_are_visits(parse):
    doc = parse(
        "Mongolian President Khurelsukh paid a state visit to Japan for the 50th anniversary.",
        "Tokayev visited Baku in 2023.",
        "Xi Jinping has arrived in Dushanbe for talks.",
        "Putin will visit Mongolia in September.",
    )
    found = {(f.visitor, f.place, f.arrived, f.to_come) for f in found_by(visit, doc)}
    assert found == {
        ("Ukhnaagiin Khurelsukh", "Japan", False, False),
        ("Kassym-Jomart Tokayev", "Baku", False, False),
        ("Xi Jinping", "Dushanbe", True, False),
        ("Vladimir Putin", "Mongolia", False, True),
    }


def test_a_trip_at_home_an_unknown_traveller_or_a_denial_is_no_visit(parse):
    doc = parse(
        "Tokayev visited Astana in May.",
        "A group of tourists visited Japan in May.",
        "Putin did not visit Mongolia in 2023.",
        "Kazakhstan and China visited each other often.",
    )
    assert found_by(visit, doc) == []


def test_the_question_names_the_visitor_by_office_and_asks_where(ask):
    context = ask("Mongolian President Khurelsukh paid a state visit to Japan for the anniversary.")
    [fact] = context.facts_of(VisitFact)
    [question] = made_by(visit, fact, context)
    assert question.type is QuestionType.SINGLE_CHOICE
    assert question.prompt == (
        "According to the article, which country did Mongolia’s President Ukhnaagiin Khurelsukh "
        "visit?"
    )
    assert question.answer == "Japan" and "Mongolia" not in question.choices
    assert len(question.choices) == 4


def test_a_visitor_of_a_country_named_with_the_is_written_as_a_sentence_writes_it(ask):
    context = ask("U.S. Secretary of State Antony Blinken arrived in Astana on Tuesday.")
    [fact] = context.facts_of(VisitFact)
    [question] = made_by(visit, fact, context)
    assert question.prompt == (
        "According to the article, in which city did the United States’ Secretary of State "
        "Antony Blinken arrive?"
    )


def test_a_person_going_to_two_places_is_not_asked_where(ask):
    context = ask("Xi Jinping visited Astana in July.", "Xi Jinping visited Dushanbe in July.")
    facts = context.facts_of(VisitFact)
    assert len(facts) == 2
    assert all(made_by(visit, f, context) == [] for f in facts)


def test_a_country_named_beside_another_trip_is_never_a_wrong_option(ask):
    context = ask(
        "Putin will visit Mongolia in September despite the court's warrant.",
        "Putin's recent trips to China and Kazakhstan drew no arrests either.",
    )
    [fact] = context.facts_of(VisitFact)
    [question] = made_by(visit, fact, context)
    assert not {"China", "Kazakhstan"} & set(question.choices)
