"""Borders: found however the sentence puts it, asked with countries that really do not border."""

from __future__ import annotations

from quizzes.generate.patterns import border
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by


def test_a_border_with_its_length_in_a_compound(parse):
    doc = parse("Kazakhstan shares a 7,000-km border with Russia.")
    [fact] = list(border.find(doc.sentences[0], doc))
    assert (fact.country, fact.neighbour) == ("Kazakhstan", "Russia")
    assert fact.length is not None and (fact.length.value, fact.length.unit) == (7000, "km")


def test_two_subjects_and_a_length_after_the_noun(parse):
    doc = parse("Uzbekistan and Kyrgyzstan share a border of 1,300 km.")
    [fact] = list(border.find(doc.sentences[0], doc))
    assert {fact.country, fact.neighbour} == {"Uzbekistan", "Kyrgyzstan"}
    assert fact.length is not None and fact.length.value == 1300


def test_the_central_asian_nation_is_resolved_from_the_sentence_before(parse):
    doc = parse(
        "Tokayev spoke in Astana.", "The Central Asian nation shares a long border with China."
    )
    facts = found_by(border, doc)
    assert [(f.country, f.neighbour) for f in facts] == [("Kazakhstan", "China")]


def test_the_country_is_the_one_whose_capital_the_sentence_names_before_it(parse):
    doc = parse(
        "China will lend $2 billion to the region, Chinese officials said.",
        "The money will fund a 640-km highway linking Ashgabat, the capital, to Turkmenabat, "
        "near the country's border with Uzbekistan.",
    )
    facts = found_by(border, doc)
    assert [(f.country, f.neighbour) for f in facts] == [("Turkmenistan", "Uzbekistan")]


def test_a_sentence_without_two_countries_states_no_border(parse):
    doc = parse("The border was closed for two weeks in March.")
    assert list(border.find(doc.sentences[0], doc)) == []


def test_questions_never_offer_a_real_neighbour_as_wrong(ask):
    context = ask("Kazakhstan shares a 7,000-km border with Russia.")
    [fact] = context.facts_of(border.BorderFact)
    made = [c for c in border.questions(fact, context) if c is not None]
    choice = next(c for c in made if c.type is QuestionType.SINGLE_CHOICE)
    russia = context.knowledge.countries["Russia"]
    assert choice.answer == "Kazakhstan"
    assert choice.last_resort  # a map's fact: asked where the article gives nothing else
    assert not set(choice.choices) & (set(russia.neighbours) - {"Kazakhstan"})
    number = next(c for c in made if c.type is QuestionType.NUMERIC)
    assert (number.answer, number.unit) == (7000, "km")
    assert number.tolerance is not None and 0 < number.tolerance <= 350


def test_a_border_given_to_a_tenth_of_a_kilometre_is_not_asked_to_the_tenth(ask):
    context = ask("Tajikistan shares a 1,332.9-km border with Uzbekistan, the commission said.")
    [fact] = context.facts_of(border.BorderFact)
    [number] = [c for c in border.questions(fact, context)
                if c is not None and c.type is QuestionType.NUMERIC]  # fmt: skip
    assert number.answer == 1332.9 and number.tolerance is not None and number.tolerance >= 10


def test_no_question_on_a_border_the_data_says_the_two_countries_do_not_share(ask):
    context = ask("Uzbekistan shares a border with China, the ministry said in 2023.")
    facts = context.facts_of(border.BorderFact)
    assert [c for f in facts for c in border.questions(f, context) if c is not None] == []


def test_it_is_not_the_last_country_the_sentence_before_named(parse):
    doc = parse(
        "The Caspian Sea is the largest inland body of water. It is about the size of Japan.",
        "It is bordered by Kazakhstan, Russia, Azerbaijan, Iran and Turkmenistan.",
    )
    countries = {c for f in found_by(border, doc) for c in (f.country, f.neighbour)}
    assert "Japan" not in countries


def test_countries_bordering_something_else_do_not_border_each_other(parse):
    doc = parse("The sea is the largest lake. It is bordered by Kazakhstan, Russia and Iran.")
    assert found_by(border, doc) == []


def test_borders_read_as_a_noun_keeps_its_own_countries(parse):
    doc = parse("Bulgaria and Romania lie on the Black Sea coast, while Hungary borders Romania.")
    facts = found_by(border, doc)
    assert facts and all({f.country, f.neighbour} == {"Hungary", "Romania"} for f in facts)


def test_a_hyphenated_pair_of_peoples_names_the_two_sides_of_a_measured_border(parse):
    doc = parse("The Uzbek-Kazakh border stretches approximately 2,300 km.")
    [fact] = list(border.find(doc.sentences[0], doc))
    assert {fact.country, fact.neighbour} == {"Uzbekistan", "Kazakhstan"}
    assert fact.length is not None and fact.length.value == 2300


def test_the_length_of_a_hyphenated_border_is_its_length(parse):
    doc = parse("The total length of the Turkmen-Afghan border is 804 kilometers, officials said.")
    [fact] = list(border.find(doc.sentences[0], doc))
    assert {fact.country, fact.neighbour} == {"Turkmenistan", "Afghanistan"}
    assert fact.length is not None and fact.length.value == 804


def test_a_section_of_a_border_is_not_its_length(parse):
    doc = parse("Surveyors described some 45 kilometers of the Uzbek-Kazakh border in May.")
    assert list(border.find(doc.sentences[0], doc)) == []


def test_how_far_a_place_on_a_border_lies_from_a_town_is_not_its_length(parse):
    doc = parse(
        "The hill lies on the Uzbek-Kazakh border about 10 kilometers from the town of Saryagash."
    )
    assert all(f.length is None for f in border.find(doc.sentences[0], doc))


def test_a_hyphenated_border_without_a_length_states_nothing_new(parse):
    doc = parse("Guards exchanged fire on the Uzbek-Kazakh border on Monday night.")
    assert list(border.find(doc.sentences[0], doc)) == []


def test_the_length_in_a_stem_reads_as_english_in_any_unit(ask):
    context = ask("The Uzbek-Kazakh border stretches approximately 2,300 kilometers.")
    [fact] = [f for f in context.facts if isinstance(f, border.BorderFact)]
    made = [c for c in border.questions(fact, context) if c is not None]
    choice = next(c for c in made if c.type is QuestionType.SINGLE_CHOICE)
    assert "a border of 2,300 kilometers with" in choice.prompt


def test_a_list_of_borders_of_a_country_the_sentence_does_not_name_pairs_none(parse):
    doc = parse(
        "Thousands of men headed for the borders with Finland, Georgia, Kazakhstan and Mongolia.",
        "Kazakhstan's border with China runs through the Dzungarian Gate.",
    )
    pairs = {(f.country, f.neighbour) for f in found_by(border, doc)}
    assert pairs == {("Kazakhstan", "China")}


def test_a_border_the_sentence_denies_is_no_border(parse):
    doc = parse(
        "Although Chile does not share a border with Venezuela, Santiago has an interest in "
        "trade routes.",
        "Bolivia has no border with Uruguay.",
    )
    assert [f for s in doc.sentences for f in border.find(s, doc)] == []


def test_people_who_crossed_a_border_are_not_a_side_of_it(parse):
    doc = parse("The Chileans illegally crossed the state border of Bolivia to work in the mines.")
    assert not list(border.find(doc.sentences[0], doc))


def test_a_figure_of_another_clause_is_not_the_border_s_length(parse):
    doc = parse(
        "The link shortens the route that ran along the Turkmen-Uzbek border by 600 kilometres.",
        "Kazakhstan has a border with Russia that stretches for 7,644 kilometres.",
    )
    found = [f for s in doc.sentences for f in border.find(s, doc)]
    assert [(f.neighbour, f.length.value if f.length else None) for f in found] == [
        ("Russia", 7644)
    ]
