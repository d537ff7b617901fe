"""Foundings, renamings and moves: the year exact, former names never another true name."""

from __future__ import annotations

from quizzes.generate.patterns import founding
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def test_founded_with_place_and_year(parse):
    doc = parse("The Eurasian Economic Union was established in Minsk in 2014.")
    [fact] = found_by(founding, doc)
    assert (fact.thing, fact.event, fact.year, fact.place) == (
        "Eurasian Economic Union",
        "founded",
        2014,
        "Minsk",
    )


def test_a_body_named_with_a_or_an_is_no_name(parse):
    doc = parse(
        "In 2000, Tajikistan and Uzbekistan created an Intergovernmental Commission on "
        "Delimitation and Demarcation of the State Border."
    )
    assert found_by(founding, doc) == []


def test_participles_and_the_bloc(parse):
    doc = parse(
        "Founded in 1949, NATO now has more members.",
        "The CSTO, created in 2002, meets every year.",
    )
    found = {(f.thing, f.year) for f in found_by(founding, doc)}
    assert found == {
        ("North Atlantic Treaty Organization", 1949),
        ("Collective Security Treaty Organization", 2002),
    }
    doc = parse("The EAEU held talks in Moscow. The bloc was formed in 2015.")
    assert [(f.thing, f.thing_text, f.year) for f in found_by(founding, doc)] == [
        ("Eurasian Economic Union", "the EAEU", 2015)
    ]


def test_the_bloc_is_not_guessed_between_two_organisations(parse):
    doc = parse("The EAEU and the CSTO met in Minsk.", "The bloc was founded in 2015.")
    assert found_by(founding, doc) == []


def test_renamings_moves_and_former_names(parse):
    doc = parse(
        "The Turkic Council was renamed the Organization of Turkic States in 2021.",
        "The capital was moved from Almaty to Astana in 1997.",
        "Astana, formerly Nur-Sultan, welcomed the delegates.",
    )
    facts = found_by(founding, doc)
    renamed = next(f for f in facts if f.thing == "Organization of Turkic States")
    assert (renamed.event, renamed.old_name, renamed.year) == ("renamed", "Turkic Council", 2021)
    moved = next(f for f in facts if f.event == "moved")
    assert (moved.thing, moved.old_name, moved.new_name, moved.year) == (
        "Kazakhstan",
        "Almaty",
        "Astana",
        1997,
    )
    formerly = next(f for f in facts if f.thing == "Astana")
    assert (formerly.event, formerly.old_name) == ("renamed", "Nur-Sultan")


def test_near_misses(parse):
    doc = parse(
        "The ministers formed a working group.",
        "NATO was not founded in 1950.",
        "The office was moved to a new building.",
        "Members of the Andean Fund (AF), a US agency founded in 1983 with the goal of promoting "
        "trade, wrote the report.",
        "The Tashkent office in Uzbekistan was launched in 1994 and has run 900 projects.",
        "The talks may end the OSCE's Minsk Group, created in 1992 to resolve the conflict.",
    )
    assert found_by(founding, doc) == []


def test_year_questions_are_exact(ask):
    context = ask("The Eurasian Economic Union was established in Minsk in 2014.")
    [fact] = context.facts_of(founding.FoundingFact)
    made = made_by(founding, fact, context)
    number = next(c for c in made if c.type is QuestionType.NUMERIC)
    assert (number.answer, number.tolerance) == (2014, 0)
    choice = next(c for c in made if c.type is QuestionType.SINGLE_CHOICE)
    assert choice.answer == "2014" and len(set(choice.choices)) == 4
    assert "2014" not in choice.prompt


def test_former_name_options_are_never_another_real_name(ask):
    context = ask("Astana, formerly Nur-Sultan, welcomed the delegates.")
    [fact] = context.facts_of(founding.FoundingFact)
    [choice] = [c for c in made_by(founding, fact, context) if c.type is QuestionType.SINGLE_CHOICE]
    assert choice.answer == "Nur-Sultan"
    astana = context.knowledge.cities["Astana"]
    assert not set(choice.choices) & ({"Astana", *astana.aliases} - {"Nur-Sultan"})
    assert "Nur-Sultan" not in choice.prompt


def test_three_foundings_make_an_ordering(ask):
    context = ask(
        "The EAEU was established in 2015.",
        "NATO was founded in 1949.",
        "The CSTO was created in 2002.",
    )
    [order] = [
        c
        for c in founding.combined(context.facts_of(founding.FoundingFact), context)
        if c is not None
    ]
    assert order.answer == ["NATO", "The CSTO", "The EAEU"]


def test_founded_said_of_the_subject_and_of_two_objects(parse):
    doc = parse(
        "The CSTO is a military alliance established in 2002.",
        "In 2015 the presidents met and founded the EAEU and the Eurasian Development Bank.",
    )
    found = {(f.thing, f.year) for f in found_by(founding, doc)}
    assert ("Collective Security Treaty Organization", 2002) in found
    assert ("Eurasian Economic Union", 2015) in found


def test_a_named_body_set_up_in_a_city_without_a_date(parse):
    doc = parse(
        "A Kazakh-Uzbek Water Secretariat in Tashkent would also be set up to run the new "
        "commission.",
        "The SCO Energy Hub was established in Bishkek.",
    )
    found = [(f.thing_text, f.event, f.place, f.verb_words) for f in found_by(founding, doc)]
    assert found == [
        ("a Kazakh-Uzbek Water Secretariat", "set up", "Tashkent", ("would", "be set up")),
        ("the SCO Energy Hub", "set up", "Bishkek", ("was", "established")),
    ]


def test_no_seat_for_a_body_without_a_name_hedged_or_dated(parse):
    doc = parse(
        "A new office will be set up in Bishkek.",
        "The Central Asian Water Centre might be set up in Almaty.",
        "The Eurasian Economic Union was established in Minsk in 2014.",
    )
    assert [f.event for f in found_by(founding, doc)] == ["founded"]  # the dated one, by its year


def test_the_seat_of_a_body_asked_among_other_cities(ask):
    context = ask("A Kazakh-Uzbek Water Secretariat in Tashkent would also be set up.")
    [fact] = [f for f in context.facts if isinstance(f, founding.FoundingFact)]
    [question] = made_by(founding, fact, context)
    assert question.prompt == (
        "According to the article, in which city would a Kazakh-Uzbek Water Secretariat be set up?"
    )
    assert question.answer == "Tashkent"
    assert len(question.choices) == 4 and set(question.choices) <= set(context.knowledge.cities)


def test_a_company_s_legal_form_alone_is_no_founded_thing(parse):
    doc = parse("“Tajik-Chinese Mining Company” LLC was established in 2007 in Tajikistan.")
    assert not any(f.thing == "LLC" for f in found_by(founding, doc))
