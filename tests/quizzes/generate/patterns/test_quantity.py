"""Quantities: money, volumes, populations and percentages with their unit and what they measure."""

from __future__ import annotations

from datetime import date

import pytest

from quizzes.generate.amounts import read_amount
from quizzes.generate.ask import Ask
from quizzes.generate.clean import CleanArticle, Paragraph
from quizzes.generate.document import parse_article
from quizzes.generate.facts import find_facts
from quizzes.generate.knowledge import load_knowledge
from quizzes.generate.patterns import quantity
from quizzes.generate.questions import precision_tolerance
from quizzes.generate.rank import score_sentences
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by, parse_paragraphs


@pytest.mark.parametrize(
    ("text", "label", "value", "unit", "qualifier"),
    [
        ("$41 billion", "MONEY", 41, "billion US dollars", ""),
        ("more than $900 million", "MONEY", 900, "million US dollars", "more than"),
        ("55 billion cubic metres", "QUANTITY", 55, "billion cubic metres", ""),
        ("nearly 7 million", "CARDINAL", 7, "million", "nearly"),
        ("12,5%", "PERCENT", 12.5, "%", ""),
        ("1,700 km", "QUANTITY", 1700, "km", ""),
        ("$1.2bn", "MONEY", 1.2, "billion US dollars", ""),
        ("about US$3·2bn", "MONEY", 3.2, "billion US dollars", "about"),
        ("12 500 tonnes", "QUANTITY", 12500, "tonnes", ""),
        ("an estimated $43.54 million", "MONEY", 43.54, "million US dollars", "an estimated"),
        ("a total of $5 million", "MONEY", 5, "million US dollars", ""),
        ("Some 6.000", "CARDINAL", 6000, None, "some"),
        ("3.173 million", "CARDINAL", 3.173, "million", ""),
    ],
)
def test_amounts_are_read_with_their_scale_unit_and_qualifier(text, label, value, unit, qualifier):
    amount = read_amount(text, label)
    assert amount is not None
    assert (amount.value, amount.unit, amount.qualifier) == (value, unit, qualifier)


def test_a_count_the_model_took_for_a_percentage_is_no_percentage():
    """ "Around 17,500 Uzbeks": labelled PERCENT with no sign or word of one."""
    amount = read_amount("Around 17,500", "PERCENT", following="migrants")
    assert amount is not None and (amount.value, amount.unit) == (17500, "migrants")
    assert read_amount("Around 17,500", "PERCENT", following="Uzbeks").unit is None


def test_a_scale_written_short_after_the_figure_is_its_scale():
    assert read_amount("$4.5", "MONEY", following="bln").unit == "billion US dollars"
    assert read_amount("$4.5", "MONEY", following="from").unit == "US dollars"


def test_people_counted_before_their_name_are_no_percentage(parse):
    doc = parse("Approximately 22,200 Uzbeks will be dispatched to enterprises in South Korea.")
    [fact] = quantity.find(doc.sentences[0], doc)
    assert fact.amount.value == 22_200 and fact.amount.unit != "%"


def test_thousands_grouped_by_a_space_are_one_figure(parse):
    doc = parse("Around 7 600 tonnes of copper left the port of Arica.")
    [fact] = found_by(quantity, doc)
    assert (fact.amount.value, fact.amount.number_text) == (7600, "7 600")
    assert doc.sentences[0].text[fact.start : fact.end] == "7 600 tonnes"


def test_text_without_a_number_is_no_amount():
    assert read_amount("several hundred", "CARDINAL") is None


@pytest.mark.parametrize(
    ("value", "tolerance"),
    [(7000, 350), (41, 0), (12.5, 0.05), (1991, 0), (900, 45), (2.5, 0.05), (1006.84, 1)],
)
def test_the_tolerance_fits_the_figures_precision(value, tolerance):
    assert precision_tolerance(value) == pytest.approx(tolerance)


def test_money_and_what_it_measures(parse):
    doc = parse("Trade between Uzbekistan and Turkey exceeded $900 million in 2023.")
    [fact] = list(quantity.find(doc.sentences[0], doc))
    assert (fact.amount.value, fact.amount.unit) == (900, "million US dollars")
    assert fact.measure == "trade between Uzbekistan and Turkey"


def test_a_population_is_measured_by_the_noun_it_follows(parse):
    doc = parse("Tajikistan has a population of nearly 10 million.")
    [fact] = list(quantity.find(doc.sentences[0], doc))
    assert fact.measure == "population" and fact.amount.qualifier == "nearly"


def test_a_comparison_after_a_count_is_not_its_unit(parse):
    doc = parse(
        "In early May there were just under 1 million Kyrgyz workers in Russia, 150,000 fewer "
        "than half a year earlier, according to the ministry."
    )
    units = {f.amount.value: f.amount.unit for f in quantity.find(doc.sentences[0], doc)}
    assert units.get(150_000) != "year"  # it counts workers, not years


def test_a_multiplier_and_the_top_of_a_split_range_are_no_facts(parse):
    doc = parse(
        "Methane traps 80 times more heat than carbon dioxide, scientists say. "
        "Turkmenistan will sell 5 to 6 million cubic meters of gas a day to Azerbaijan. "
        "The rate went from 4,210 to 8,100 soms."
    )
    multiplier, range_, change = (list(quantity.find(s, doc)) for s in doc.sentences)
    assert multiplier == [] and range_ == []
    assert 8100 in [f.amount.value for f in change]


def test_a_hyphened_noun_is_counted_whole_and_a_list_is_not_what_is_measured(parse):
    doc = parse("The Congress would have 145 seats, three vice-presidents and eight committees.")
    facts = {f.amount.value: f for f in quantity.find(doc.sentences[0], doc)}
    assert facts[3].amount.unit == "vice-presidents"
    assert facts[145].measure == ""  # not "seatspresidentsand eight committees"


def test_a_figure_in_an_aside_in_brackets_is_not_the_sentences_fact(parse):
    doc = parse(
        "Kyrgyzstan's exports grew by 7.1% in the first half (in the same months of 2021 they "
        "had grown by 4.3%, and in 2020 they fell)."
    )
    values = [f.amount.value for f in quantity.find(doc.sentences[0], doc)]
    assert values == [7.1]


def test_years_and_bare_counts_are_not_quantities(parse):
    doc = parse("In 2019 the two countries held talks in Bishkek.")
    assert list(quantity.find(doc.sentences[0], doc)) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Askar Temirov resigned after nearly 28 years in office.", 28),
        ("Askar Temirov has been in power for 31 years.", 31),
        ("Askar Temirov ruled the country for 26 years.", 26),
        ("Askar Temirov served as prime minister for 13 years.", 13),
    ],
)
def test_how_long_someone_held_power_is_asked(ask, sentence, value):
    context = ask(sentence)
    [fact] = [f for f in context.facts if f.kind == "quantity"]
    made = [c for c in quantity.questions(fact, context) if c is not None]
    assert {c.answer for c in made if c.type is QuestionType.NUMERIC} == {value}


def test_other_spans_of_time_are_not_quantities(parse):
    doc = parse(
        "The talks in Bishkek lasted for 12 hours.",
        "The office in Almaty was closed for 14 years.",
        "The two leaders met after 15 years of tension.",
        "The old pipeline served the region for 40 years.",
    )
    assert found_by(quantity, doc) == []


def test_a_sentence_too_long_for_a_stem_is_cut_to_the_figures_clause(ask):
    context = ask(
        "With nearly all precincts counted, official results published by the Central Election "
        "Commission of Oxiana on Sunday show the ruling Green Party winning the parliamentary "
        "elections in Oxiana with 58.3% of the vote, while the opposition parties that entered "
        "parliament after a long and bitter campaign won 31.2% of the vote."
    )
    prompts = {
        c.answer: c.prompt
        for fact in context.facts_of(quantity.QuantityFact)
        for c in made_by(quantity, fact, context)
        if c.type is QuestionType.NUMERIC
    }
    assert prompts[58.3].endswith("in Oxiana with _____% of the vote.")
    assert prompts[31.2] == (
        "Fill in the blank (in %): The opposition parties that entered parliament after a long "
        "and bitter campaign won _____% of the vote."
    )


def test_questions_ask_the_figure_with_its_unit_and_never_offer_it_twice(ask):
    context = ask("Turkmenistan exports about 30 billion cubic metres of gas to China each year.")
    [fact] = [f for f in context.facts if f.kind == "quantity"]
    made = [c for c in quantity.questions(fact, context) if c is not None]
    choice = next(c for c in made if c.type is QuestionType.SINGLE_CHOICE)
    assert choice.answer == "30" and choice.choices.count("30") == 1
    assert "_____" in choice.prompt and "30 billion" not in choice.prompt
    assert choice.last_resort  # the numeric question types it in its unit instead


def test_a_currency_sign_outside_the_entity_and_a_loss_are_read(ask):
    context = ask(
        "Centerra Gold ran the Kumtor mine in Kyrgyzstan.",
        "Centerra Gold said this week that it has recognised a $926mn loss on the change of "
        "control.",
    )
    [fact] = [f for f in context.facts if f.kind == "quantity"]
    assert (fact.amount.value, fact.amount.unit) == (926, "million US dollars")
    assert fact.measure == "loss on the change of control"


def test_figures_of_one_unit_are_put_in_order_of_size(ask):
    context = ask(
        "Trade between Kazakhstan and China reached $41 billion in 2023. "
        "Trade between Kazakhstan and Russia reached $28 billion in 2023. "
        "The budget of Kyrgyzstan was $3 billion in 2023."
    )
    facts = context.facts_of(quantity.QuantityFact)
    [question] = [c for c in quantity.combined(facts, context) if c is not None]
    assert question.type is QuestionType.ORDERING
    assert question.answer == [
        "The trade between Kazakhstan and China",
        "The trade between Kazakhstan and Russia",
        "The budget of Kyrgyzstan",
    ]


def test_a_count_of_three_or_more_said_as_news_is_a_fact(parse):
    doc = parse(
        "The U.S.-Georgia Strategic Partnership Commission has four bilateral working groups. "
        "Over 1300 Mongolian students study at American colleges each year. "
        "The five Central Asian states met in Astana in 2023. "
        "Mongolia has held six presidential and six legislative elections. "
        "Officials from two countries met in Batken for talks on the border."
    )
    found = {(f.amount.value, f.amount.unit) for f in found_by(quantity, doc)}
    assert found == {(4, "groups"), (1300, "students")}


def test_a_count_in_words_is_asked_as_a_number(ask):
    context = ask("The U.S.-Georgia Strategic Partnership Commission has four bilateral working "
                  "groups on priority areas.")  # fmt: skip
    [fact] = context.facts_of(quantity.QuantityFact)
    made = made_by(quantity, fact, context)
    number = next(c for c in made if c.type is QuestionType.NUMERIC)
    assert number.answer == 4 and number.tolerance == 0
    assert "_____ bilateral working groups" in number.prompt


def test_a_rate_a_model_number_and_a_noun_after_the_unit(parse):
    doc = parse(
        "Trains on the new line through Kyrgyzstan will run at up to 120 km/h by 2030.",
        "The Embraer 190 aircraft was flying from Baku to Grozny with 62 passengers on board.",
        "A joint venture will build the 260 km section in Kyrgyzstan for about $4.7 billion.",
        "The history of the Kyrgyz people was shown in 4D format at the Games in Kyrgyzstan.",
    )
    found = {(f.amount.value, f.amount.unit) for f in found_by(quantity, doc)}
    assert (120, "km") not in found and not any(value in (190, 4) for value, _ in found)
    assert (260, "km") in found and (62, "passengers") in found


def test_a_unit_sign_before_the_noun_a_figure_sizes_is_its_unit(ask):
    context = ask("Each of the three wind projects in Uzbekistan will also incorporate a 100 MW "
                  "capacity battery energy storage system.")  # fmt: skip
    [fact] = [f for f in context.facts_of(quantity.QuantityFact) if f.amount.value == 100]
    assert fact.amount.unit == "MW"  # not "systems"
    prompts = [c.prompt for c in made_by(quantity, fact, context)]
    assert prompts and not any(p.startswith("What figure") for p in prompts)


def test_containers_counted_in_teus_are_a_measure(parse):
    doc = parse("The port of Aktau in Kazakhstan will handle 90,000 TEUs of containers by 2030.")
    found = {(f.amount.value, f.amount.unit) for f in found_by(quantity, doc)}
    assert (90000, "TEUs") in found


def test_a_year_is_no_count_and_a_recalled_figure_is_credited_near_enough():
    from quizzes.generate.patterns.quantity import recall_tolerance
    from tests.quizzes.generate.patterns.conftest import parse_paragraphs

    doc = parse_paragraphs("Ibrayev said that 2024 marks a milestone for the energy sector of "
                           "Kyrgyzstan, which has 14 power plants.")  # fmt: skip
    values = {f.amount.value for f in found_by(quantity, doc)}
    assert 2024 not in values
    assert recall_tolerance(61.56, "%") == 0.5
    assert recall_tolerance(0.44, "%") == 0.022  # not 0 to 0.94
    assert recall_tolerance(7358, "citizens") == 73
    assert recall_tolerance(74, "stations") == 0
    assert recall_tolerance(30, "constituencies", exact=True) == 0
    assert recall_tolerance(30, "km", exact=True) == 1.5  # a measurement may be rounded


def test_part_of_a_time_or_a_longer_figure_and_a_figure_the_stem_repeats_are_not_asked(ask):
    doc = ask(
        "Guards blocked the road from 5:30 on Thursday, officials in Bishkek said.",
        "In total 16 million 667 thousand 97 voted out of 19 million 722 thousand 809 voters.",
        "The turnout at Uzbekistan's referendum was 84.5% (84.54% was reported earlier).",
    )
    made = [c for f in doc.facts_of(quantity.QuantityFact) for c in made_by(quantity, f, doc)]
    blanks = [c.prompt for c in made]
    assert not any("_____:" in p or "_____ million 722" in p for p in blanks)
    assert not any("84.54%" in p and "_____" in p for p in blanks)


def test_the_days_of_a_date_are_no_figure_that_gives_the_answer_away(ask):
    doc = ask(
        "Kazakhstan and China signed $14 billion worth of accords on Dec. 14-15 in Astana, "
        "the government of Kazakhstan said in 2014."
    )
    made = [c for f in doc.facts_of(quantity.QuantityFact) for c in made_by(quantity, f, doc)]
    assert any("$_____ billion worth of accords on Dec. 14-15" in c.prompt for c in made)


def test_the_same_figure_in_another_unit_after_the_blank_is_left_out(ask):
    context = ask("The Kant airbase lies some 20 kilometers (12 miles) outside Bishkek.")
    made = [c for f in context.facts if f.kind == "quantity"
            for c in quantity.questions(f, context) if c is not None]  # fmt: skip
    clozes = [c for c in made if "_____" in c.prompt]
    assert clozes and all("12 miles" not in c.prompt for c in clozes)
    assert all("outside Bishkek" in c.prompt for c in clozes)


def test_a_year_in_brackets_after_the_blank_stays(ask):
    context = ask("Kazakhstan's real GDP growth reached 9.7% (2005 est.), the embassy said.")
    made = [c for f in context.facts if f.kind == "quantity"
            for c in quantity.questions(f, context) if c is not None]  # fmt: skip
    clozes = [c for c in made if "_____" in c.prompt]
    assert clozes and all("(2005 est.)" in c.prompt for c in clozes)


def test_a_figure_is_asked_by_what_it_measures_only_when_that_names_something(ask):
    def measure_questions(*paragraphs: str) -> list[str]:
        return _measure_questions(ask(*paragraphs))

    assert measure_questions("Trade between Uzbekistan and Turkey exceeded $900 million in 2023.")
    assert not measure_questions(
        "Turkmenistan and Iran signed a swap deal with Iraq in July.",
        "The annual supply will reach 9 billion cubic metres from 2025.",
    )  # the annual supply of what, from whom?
    assert not measure_questions(
        "Under the plan the share of Kyrgyzstan is to be 34%, the ministry said."
    )  # a share of what?
    assert measure_questions("China's share of Kazakhstan's foreign trade reached 21% in 2023.")
    capacity = measure_questions(
        "Turkmenistan opened a gas pipeline from its eastern fields to the Caspian coast.",
        "The East-West link, which has a capacity of 30 billion cubic metres a year, cost "
        "$2.5 billion.",
    )
    assert not any("Turkmenistan’s capacity" in prompt for prompt in capacity), capacity


def test_an_area_of_their_own_or_inside_a_clause_about_something_else_is_not_the_countrys(ask):
    def measure_questions(*paragraphs: str) -> list[str]:
        return _measure_questions(ask(*paragraphs))

    glaciers = (
        "Kyrgyzstan counted more than 9,000 glaciers in the Tien Shan mountains in 2020.",
        "Their total area was 6,683 square kilometres, the ministry said.",
        "Glaciers of Kyrgyzstan, which are located on an area of 8,100 square kilometres, feed "
        "its rivers.",
        "In 1970 Kyrgyzstan had 8,166 glaciers with a total area of 7,945 square kilometres.",
    )
    asked = measure_questions(*glaciers)
    assert not any("Kyrgyzstan’s" in prompt and "area" in prompt for prompt in asked), asked
    explored = measure_questions(
        glaciers[0],
        "In the next seven years, 10 billion soms is to be allocated from the state budget for "
        "mineral exploration work across an area of 60,000 square kilometres.",
    )
    assert not any("Kyrgyzstan’s" in prompt for prompt in explored), explored
    own = measure_questions(
        "Mongolia is a landlocked country between Russia and China.",
        "Its total area is 1,564,116 square kilometres, officials said.",
    )
    assert any("Mongolia’s total area" in prompt for prompt in own), own  # "its": the country


def test_a_figure_of_a_sentence_naming_other_countries_is_not_given_to_the_articles_country(ask):
    def measure_questions(*paragraphs: str) -> list[str]:
        return _measure_questions(ask(*paragraphs))

    about_mongolia = "Mongolia is a landlocked country of nomads and mines."
    own = measure_questions(about_mongolia, "Its foreign trade was $24 billion in 2023.")
    assert any("Mongolia’s foreign trade" in prompt for prompt in own), own
    pair = measure_questions(
        about_mongolia,
        "Mongolia's mines draw investors from afar.",
        "China overtook Russia as Mongolia's main partner, with two-way trade topping $14 billion.",
    )
    assert not any("Mongolia’s" in prompt for prompt in pair), pair


def test_a_line_of_a_results_table_is_no_gap_fill(ask):
    context = ask(
        "Georgian Dream won 53.9% of the vote in the October election, officials said.",
        "Labor Party 0.75%.",
    )
    made = [c for f in context.facts if f.kind == "quantity"
            for c in quantity.questions(f, context) if c is not None]  # fmt: skip
    assert made and not any("Labor Party" in c.prompt for c in made)


@pytest.mark.parametrize(
    ("value", "unit", "tolerance"),
    [(153, "km", 1), (21.6, "million kwh", 0.2), (7, "km", 0), (30, "constituencies", 0)],
)
def test_a_measure_is_credited_within_one_percent_to_its_last_digit(value, unit, tolerance):
    assert quantity.recall_tolerance(value, unit, exact=True) == pytest.approx(tolerance)


def _answers_asked(context):
    return {
        c.answer
        for fact in context.facts_of(quantity.QuantityFact)
        for c in made_by(quantity, fact, context)
        if c.type is QuestionType.NUMERIC
    }


def test_a_small_partys_seats_are_the_tail_of_the_results_not_their_news(ask):
    context = ask(
        "The ruling Steppe Party won 70 seats in the new parliament of Oxiana.",
        "The Green Alliance won six seats in the election.",
    )
    assert _answers_asked(context) == {70}


def test_a_small_count_of_people_who_underwent_something_else_is_no_tail(ask):
    context = ask(
        "After the riots in Oxiana, police detained 480 people in the capital.",
        "At least 21 people died in the riots in Oxiana.",  # no tail of the detentions
        "In the north of Oxiana, police detained 30 people.",  # a tail of them
    )
    assert _answers_asked(context) == {480, 21}


def test_the_smallest_share_of_a_list_in_one_sentence_is_not_asked(ask):
    context = ask("Now 52% of Oxiana's exports go to Russia, 20% to China and 9% to Turkey.")
    assert 9 not in _answers_asked(context) and 52 in _answers_asked(context)


def test_a_small_figure_beside_a_large_one_of_another_measure_is_still_asked(ask):
    context = ask(
        "Turnout in the Kazakh referendum reached 64% on Sunday.",
        "Inflation in Kazakhstan slowed to 8% in August.",
    )
    assert {64, 8} <= _answers_asked(context)


def test_a_figure_added_to_a_larger_one_is_still_asked(ask):
    context = ask(
        "With U.S. help, Oxiana sealed 200 nuclear test tunnels by 2000.",
        "In the following decade the two countries sealed 30 more nuclear test tunnels.",
    )
    assert {200, 30} <= _answers_asked(context)


def test_a_part_of_a_larger_measure_is_still_asked(ask):
    context = ask(
        "The pipeline to Herat in Afghanistan spans 150 kilometers, of which 12 kilometers "
        "have already been built, the ministry said."
    )
    assert {150, 12} <= _answers_asked(context)


def test_a_handful_of_things_beside_their_measure_is_not_asked(ask):
    context = ask(
        "Four gas treatment units with a joint yearly capacity of 25 bcm will open at "
        "the Oxiana field in Turkmenistan by the end of 2026."
    )
    assert _answers_asked(context) == {25}


def test_a_large_count_beside_a_measure_is_still_asked(ask):
    context = ask(
        "According to the catalogue, Kyrgyzstan had 8,166 glaciers with a total area of "
        "6,500 square kilometres."
    )
    assert 8166 in _answers_asked(context)


@pytest.mark.parametrize(
    ("unit", "said"),
    [
        ("million", "in millions"),
        ("kilometer", "in kilometers"),
        ("billion US dollars", "in billion US dollars"),
        ("km", "in km"),
        ("tonnes", "in tonnes"),
        ("%", "in %"),
        ("square meter", "in square meters"),  # the last word of two
        ("mw", "in MW"),  # an abbreviation as it is written
        ("twh", "in TWh"),
        ("tenge", "in tenge"),  # a currency whose plural is its singular
    ],
)
def test_a_unit_of_one_word_is_asked_in_the_plural(unit, said):
    assert quantity.in_units(unit) == said


def test_a_figure_in_millions_is_asked_in_millions(ask):
    context = ask(
        "Mongolia has a population of around 3.4 million. Mongolia’s population grows fast."
    )
    prompts = [
        c.prompt
        for f in context.facts
        if f.kind == "quantity"
        for c in quantity.questions(f, context)
        if c is not None
    ]
    assert prompts and not any("in million?" in p or "in million)" in p for p in prompts)


def test_a_figure_is_not_asked_by_what_it_measures_when_the_article_gives_another_for_it(ask):
    def measure_questions(*paragraphs: str) -> list[str]:
        return _measure_questions(ask(*paragraphs))

    alone = "Kazakhstan's food inflation reached 11.4% in August, the bank said."
    assert measure_questions(alone)
    # The target is a second figure for food inflation: "what figure for food inflation?" has
    # two defensible answers.
    assert not measure_questions(
        alone, "The government wants to bring food inflation down to 8% by December."
    )
    # A range is no one figure: 8 or 8.5 is as right as 7.5.
    assert not measure_questions(
        "The bank expects Kazakhstan's average inflation rate at 7.5 to 8.5 percent in 2021."
    )


def test_a_count_in_millions_is_counted_by_its_whole_size(ask):
    context = ask(
        "About 1.5 million people left Kyrgyzstan in 2022. "
        "More than 2 million livestock died in Mongolia this winter."
    )
    facts = [f for f in context.facts if f.kind == "quantity"]
    assert [(f.amount.value, f.amount.unit) for f in facts] == [
        (1.5, "million people"),
        (2, "million livestock"),
    ]
    prompts = [c.prompt for c in quantity.questions(facts[0], context) if c is not None]
    assert any("About _____ million people left Kyrgyzstan in 2022." in p for p in prompts)


def test_a_unit_the_model_took_for_a_name_is_still_the_unit(parse):
    doc = parse("The capacity of the Rogun plant will be 3,780 MW.")
    assert [(f.amount.value, f.amount.unit) for f in found_by(quantity, doc)] == [(3780, "MW")]
    doc = parse("The resources include 20.79bn tonnes of coal; 83.55m tonnes of copper.")
    assert all(f.amount.unit != "m" for f in found_by(quantity, doc))


def test_a_part_of_a_counted_whole_counts_the_wholes_noun(ask):
    context = ask("The Democratic Party won 68 of the 126 seats in the State Great Khural.")
    facts = [f for f in context.facts if f.kind == "quantity"]
    assert [(f.amount.value, f.amount.unit) for f in facts] == [(68, "seats")]
    prompts = [c.prompt for c in quantity.questions(facts[0], context) if c is not None]
    assert any("won _____ of the 126 seats" in p for p in prompts)
    doc = parse_paragraphs("Uzbekistan closed 12 out of 15 border crossings with Kyrgyzstan.")
    assert [(f.amount.value, f.amount.unit) for f in found_by(quantity, doc)][:1] == [
        (12, "crossings")
    ]


def _dated_ask(*paragraphs: str, published: date | None, title: str | None = None) -> Ask:
    article = CleanArticle(title, [Paragraph(i + 1, p) for i, p in enumerate(paragraphs)])
    article.published = published
    doc = parse_article(article, load_knowledge())
    score_sentences(doc)
    return Ask(doc, find_facts(doc).facts)


def _prompts(context: Ask) -> list[str]:
    return [c.prompt for fact in context.facts_of(quantity.QuantityFact)
            for c in made_by(quantity, fact, context)]  # fmt: skip


def test_a_figure_asked_by_what_it_measures_names_the_year_its_sentence_gives(ask):
    prompts = _prompts(ask("Uzbekistan's annual inflation was 8.8 percent in 2023."))
    assert "What figure does the article give for Uzbekistan's annual inflation in 2023, in %?" in (
        prompts
    )


def test_a_per_cent_of_a_whole_is_not_asked_as_the_whole_s_figure(ask):
    loss = _prompts(
        ask(
            "Experts suggest that climate change, causing Uzbekistan to lose 15% of its water, "
            "combined with an additional 10% reduction due to canal construction, could result "
            "in a total 25% water loss for Uzbekistan."
        )
    )
    assert any(p.startswith("What figure does the article give for") for p in loss), loss
    prompts = _prompts(ask("In 2023, the population of Tajikistan was 98 percent Muslim."))
    assert not any(
        p.startswith("What figure does the article give for the population") for p in prompts
    )


def test_a_figure_of_a_month_is_not_asked_as_the_years(ask):
    context = ask(
        "In December 2023, Uzbekistan recorded an inflation rate of 1.24%. "
        "In 2023, Uzbekistan's annual inflation was 8.8 percent."
    )
    asked = {(c.prompt, c.answer) for fact in context.facts_of(quantity.QuantityFact)
             for c in made_by(quantity, fact, context)}  # fmt: skip
    by_year = {answer for prompt, answer in asked if prompt.startswith("What figure")
               and " in 2023, " in prompt}  # fmt: skip
    assert by_year == {8.8}  # not December's 1.24


def test_the_growth_of_what_the_sentence_before_spoke_of_is_not_the_countrys(ask):
    prompts = _prompts(
        ask(
            "Kazakhstan is a key link of the Middle Corridor. In 2022, cargo on the corridor "
            "reached 1.5 million tons. For the first half of 2023, the growth was 77 percent."
        )
    )
    assert not any("Kazakhstan’s growth" in p for p in prompts)


def test_a_figure_compared_with_a_year_takes_the_year_of_the_headline_that_gives_it():
    context = _dated_ask(
        "The growth of the Uzbek economy reached 6% compared to the level of 2022.",
        "The Uzbek economy grew by 1.6 percent in 2020 and by 7 percent in 2021.",
        published=None,
        title="Uzbekistan's economic growth in 2023 amounted to 6%",
    )
    asked = [p for p in _prompts(context) if p.startswith("What figure")]
    assert asked == ["What figure does the article give for the growth of the Uzbek economy in "
                     "2023, in %?"]  # fmt: skip


def test_an_undated_figure_beside_other_figures_for_its_measure_is_not_asked_by_its_measure(ask):
    prompts = _prompts(
        ask(
            "The growth of the Uzbek economy reached 6% compared to the level of 2022.",
            "The Uzbek economy grew by 1.6 percent in 2020 and by 7 percent in 2021.",
        )
    )
    assert not [p for p in prompts if p.startswith("What figure")]  # which year's growth?
    assert any("reached _____% compared to the level of 2022" in p for p in prompts)


def test_trade_beside_a_partnership_is_asked_as_the_trade_of_the_pair(ask):
    prompts = _prompts(
        ask(
            "Last year Chile overtook Peru to become Bolivia's biggest trading partner, with "
            "two-way trade topping $9 billion."
        )
    )
    assert prompts == ["What figure does the article give for the two-way trade between Bolivia "
                       "and its biggest trading partner, in billion US dollars?"]  # fmt: skip


def test_bilateral_trade_is_the_trade_of_the_sentence_s_two_countries(ask):
    prompts = _prompts(ask("Chile and Peru said bilateral trade reached $4.2 billion in 2023."))
    assert (
        "What figure does the article give for the bilateral trade between Chile and Peru in "
        "2023, in billion US dollars?" in prompts
    )
    undated = _prompts(ask("This year bilateral trade of Chile and Peru may top $5 billion."))
    assert not undated  # a target, in a year the article does not say


def test_a_target_for_the_same_measure_leaves_the_figure_asked(ask):
    prompts = _prompts(
        ask(
            "The volume of water in the Northern Aral Sea has reached 24.1 billion cubic meters.",
            "By 2030, Kazakhstan aims to increase the volume of the sea to 27 billion cubic "
            "meters.",
        )
    )
    assert any(p.startswith("What figure does the article give for the volume of water")
               for p in prompts)  # fmt: skip


def test_this_year_in_a_figures_stem_is_named_from_the_articles_date():
    said = ("Trade between Uzbekistan and Kazakhstan is expected to reach $5 billion by the end "
            "of this year.")  # fmt: skip
    dated_prompts = _prompts(_dated_ask(said, published=date(2022, 12, 22)))
    assert dated_prompts and all("by the end of 2022." in p for p in dated_prompts)
    assert _prompts(_dated_ask(said, published=None)) == []  # which year?


def test_a_relative_year_left_out_of_the_opening_comes_back_named():
    prompts = _prompts(
        _dated_ask(
            "Last year, Uzbekistan's annual inflation was 8.8 percent.", published=date(2024, 2, 1)
        )
    )
    assert (
        "Fill in the blank (in %): In 2023, Uzbekistan's annual inflation was _____ percent."
        in (prompts)
    )
    assert "What figure does the article give for Uzbekistan's annual inflation in 2023, in %?" in (
        prompts
    )


def test_a_year_the_same_period_is_compared_with_is_not_put_before_the_stem():
    prompts = _prompts(
        _dated_ask(
            "In the first half of 2023, the volume of foreign trade turnover of Tajikistan "
            "amounted to more than 4 billion dollars, which is 5 percent more than the same "
            "period last year.",
            published=date(2023, 8, 2),
        )
    )
    assert prompts and not any("In 2022," in p for p in prompts)


def test_a_year_a_figure_is_compared_with_does_not_date_it(ask):
    prompts = _prompts(
        ask(
            "From the Shardara Reservoir, 4.5 billion cubic meters of water have been released, "
            "which is 1 billion cubic meters more than last year."
        )
    )
    assert any("_____ billion cubic meters of water have been released" in p for p in prompts)


def test_a_range_is_asked_as_a_whole_never_by_one_end(ask):
    context = ask(
        "Surveys indicate that 30 to 40 percent of households in Tajikistan have at least "
        "one member working abroad."
    )
    made = [c for fact in context.facts_of(quantity.QuantityFact)
            for c in made_by(quantity, fact, context)]  # fmt: skip
    assert not any("_____ to 40 percent" in c.prompt or "30 to _____" in c.prompt for c in made)
    (whole,) = made
    assert whole.prompt == (
        "Fill in the blank (a range): Surveys indicate that _____ percent of households in "
        "Tajikistan have at least one member working abroad."
    )
    assert whole.answer == "30 to 40" and "30 to 40" not in whole.choices[1:]
    assert len(whole.choices) == 4 and all(" to " in choice for choice in whole.choices)


def test_a_range_the_stem_s_own_figure_falls_in_is_not_asked(ask):
    context = ask(
        "Inflation in Kazakhstan rose to 6.1 percent in September and is forecast to remain "
        "within the 2018 target of 5 to 7 percent."
    )
    made = [c for fact in context.facts_of(quantity.QuantityFact)
            for c in made_by(quantity, fact, context)]  # fmt: skip
    assert not [c for c in made if "(a range)" in c.prompt]


def test_a_figure_for_another_kind_of_the_same_measure_leaves_the_figure_asked(ask):
    prompts = _prompts(
        ask(
            "Uzbekistan's gas production reached 655 thousand tons in the first half of the year.",
            "Uzbekistan's oil production fell to 383 thousand tons in 2021.",
        )
    )
    assert any(p.startswith("What figure does the article give for Uzbekistan's gas production")
               for p in prompts)  # fmt: skip


def test_a_superlative_before_the_measure_does_not_make_it_another_kind(ask):
    prompts = _prompts(
        ask(
            "Uzbekistan's lowest growth was 2.7% during the pandemic.",
            "The Uzbek economy grew by 7 percent in 2021 and by 5.7 percent in 2022.",
        )
    )
    assert not [p for p in prompts if p.startswith("What figure")]  # which year's growth?


def test_a_running_total_as_of_a_date_is_not_given_a_year(ask):
    prompts = _prompts(
        ask(
            "Since March 2011, Kazakh gas sales to China have totalled almost 40 billion "
            "cubic metres as of the end of June 2015."
        )
    )
    assert not any(" in 2015" in p or " in 2011" in p for p in prompts)


def test_a_count_of_people_is_offered_whole_numbers(ask):
    context = ask(
        "Tajikistan and Afghanistan are investigating a border clash that killed five people.",
    )
    choices = [
        choice
        for f in context.facts
        if f.kind == "quantity"
        for c in quantity.questions(f, context)
        if c is not None and c.type is QuestionType.SINGLE_CHOICE
        for choice in c.choices
    ]
    assert choices and all(choice.isdigit() for choice in choices), choices


def _measure_questions(context) -> list[str]:
    """The prompts of the "What figure does the article give for …" questions of an article."""
    return [c.prompt for f in context.facts if f.kind == "quantity"
            for c in quantity.questions(f, context)
            if c is not None and c.prompt.startswith("What figure")]  # fmt: skip


def test_a_figure_is_not_asked_alone_beside_another_for_the_same_measure_in_short_units(ask):
    prompts = _prompts(
        ask(
            "Since 2015, Kazakh oil exports to Italy have totalled 90 million tonnes (mt).",
            "Official data show 2020 oil exports to Italy stood at 9 mt.",
        )
    )
    assert not [p for p in prompts if p.startswith("What figure") and "tonnes" in p]
    assert any("totalled _____ million tonnes" in p for p in prompts)  # asked where it stands


def test_a_distance_someone_travelled_is_not_asked(ask):
    context = ask(
        "Two suspects were caught in Kazakhstan after driving almost 300 kilometres to Taraz.",
        "The new pipeline in Kazakhstan runs 300 kilometres to Taraz.",
    )
    asked = [
        c.origin.sentence
        for f in context.facts_of(quantity.QuantityFact)
        for c in quantity.questions(f, context)
        if c is not None
    ]
    assert 0 not in asked and 1 in asked


def test_an_area_in_square_meters_keeps_its_unit_whole(parse):
    doc = parse("The 5,000-square-meter pavilion of Peru stands in Lima's expo park.")
    units = [f.amount.unit for f in found_by(quantity, doc)]
    assert units == ["square meter"]


def test_a_unit_of_cubic_meters_after_a_scaled_number_keeps_its_shape(parse):
    from quizzes.generate.patterns import quantity

    doc = parse("Gas supplies to Mongolia will amount to up to 100 million cubic meters in 2031.")
    units = [f.amount.unit for s in doc.sentences for f in quantity.find(s, doc)]
    assert "million cubic meters" in units


def test_a_country_s_measure_is_not_read_into_a_thing_a_pronoun_stands_for(ask):
    def asked(*sentences: str) -> list[str]:
        context = ask(*sentences)
        return [c.prompt for f in context.facts if f.kind == "quantity"
                for c in quantity.questions(f, context) if c is not None]  # fmt: skip

    owned = asked("Mongolia is a vast country. Mongolia covers a total area of 1.56 million "
                  "square kilometres.")  # fmt: skip
    assert any("Mongolia’s total area" in p for p in owned)
    thing = asked("Mongolia is building a new airport terminal in Ulaanbaatar. It will have two "
                  "floors, covering a total area of 25,443 square meters.")  # fmt: skip
    assert not any("Mongolia’s total area" in p for p in thing)
    its = asked("Mongolia is building a new parliament complex in Ulaanbaatar. The main "
                "building will be 49.7 meters high and its total area will be 42,874 square "
                "meters.")  # fmt: skip
    assert not any("Mongolia’s total area" in p for p in its)


def test_half_of_a_figure_written_in_words_and_digits_is_not_asked(parse):
    from quizzes.generate.patterns import quantity

    doc = parse(
        "By the end of 2031, the private sector imported 2 million 771 thousand tons of wheat, "
        "mainly from Kazakhstan."
    )
    assert [f for s in doc.sentences for f in quantity.find(s, doc)] == []


def test_a_change_from_one_figure_to_another_asks_the_new_figure(ask):
    context = ask(
        "Peru cut its profit tax from 20% to 9% in 2031 to attract investors from Chile.",
        "The central bank of Peru lowered its key rate from 16 percent to 14.5 percent in 2031.",
    )
    made = [c for fact in context.facts if fact.kind == quantity.KIND
            for c in made_by(quantity, fact, context)]  # fmt: skip
    blanks = {c.answer: c.prompt for c in made if "_____" in c.prompt}
    assert "from 20% to _____%" in blanks[9]  # one change, written as one figure by the model
    assert "from 16 percent to _____ percent" in blanks[14.5]  # written as two figures
    assert 16 not in {c.answer for c in made}  # the value it changed from is no news


def test_a_rate_changed_by_a_step_is_credited_less_than_half_the_step(ask):
    context = ask("Chile's central bank raised its base rate by 25 basis points to 9.25 percent.")
    [fact] = context.facts_of(quantity.QuantityFact)
    [asked] = [c for c in made_by(quantity, fact, context) if c.type is QuestionType.NUMERIC]
    assert asked.answer == 9.25 and asked.tolerance == pytest.approx(0.1)


def test_a_distance_from_a_place_is_asked_in_its_sentence_not_as_a_size(ask):
    away = _prompts(
        ask(
            "A landslide hit a resort in Georgia. The area, which tourists admire for its "
            "mountain views, is about 150 kilometres (93 miles) northwest of the capital city of "
            "Tbilisi."
        )
    )
    assert not any(p.startswith("What figure") for p in away)
    road = _prompts(ask("The length of the new road in Georgia is about 150 kilometres."))
    assert any(p.startswith("What figure") for p in road)


def test_a_rank_among_the_top_few_is_no_amount(ask):
    assert not ask("Turkey is among the top five trade partners of Kazakhstan.").facts_of(
        quantity.QuantityFact
    )


def test_a_change_in_per_cent_between_two_figures_the_stem_gives_is_not_asked(ask):
    facts = ask(
        "Remittances from Russia to Tajikistan fell by 40% over the year, from $5 billion to "
        "$3 billion."
    ).facts_of(quantity.QuantityFact)
    assert facts and all(f.amount.unit != "%" for f in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "He broke the record of six-time flier Sergei Krikalev, who has spent 803 days in space.",
        "Press staff will be housed in spectacular new 5-star hotels in Ashgabat, Turkmenistan.",
        "Kazakhstan has 12 oil and gas-producing regions, the ministry said.",
    ],
)
def test_a_figure_that_says_what_kind_a_thing_is_is_no_amount(parse, sentence):
    doc = parse(sentence)
    assert list(quantity.find(doc.sentences[0], doc)) == []


def test_a_figure_joined_to_its_unit_is_still_an_amount(parse):
    doc = parse("Kazakhstan will build a 300-km road to Kyrgyzstan by 2027.")
    [fact] = quantity.find(doc.sentences[0], doc)
    assert (fact.amount.value, fact.amount.unit) == (300, "km")


def test_a_nationality_opening_the_measure_keeps_its_capital(ask):
    context = ask("Chinese aid to Armenia has totaled at least $50 million since 2012.")
    [fact] = [f for f in context.facts if f.kind == quantity.KIND]
    prompts = [q.prompt for q in made_by(quantity, fact, context)]
    assert any("for the Chinese aid to Armenia" in p for p in prompts), prompts


def test_the_over_of_handed_over_is_no_qualifier(parse):
    doc = parse("UNICEF handed over 16 vehicles to the Ministry of Health of Uzbekistan in 2021.")
    [fact] = quantity.find(doc.sentences[0], doc)
    assert fact.amount.qualifier == ""


def test_a_whole_hundred_per_cent_is_no_figure_to_ask(parse):
    doc = parse("Every minister in Kazakhstan should guarantee 100% fulfilment of tasks in 2023.")
    assert list(quantity.find(doc.sentences[0], doc)) == []
