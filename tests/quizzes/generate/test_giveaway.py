"""A stem that lets a student count the answer is cut before what gives it away (issue 9)."""

from __future__ import annotations

import pytest

from quizzes.generate.distractors import NameForms
from quizzes.generate.giveaway import (
    a_bygone_state_after_former,
    computed_from_the_stem,
    counted_in_the_stem,
    given_by_a_national_firm,
    given_by_a_place_name,
    given_by_its_sibling,
    named_by_its_own_word,
    without_counted_list,
)
from quizzes.generate.knowledge import load_knowledge
from quizzes.generate.questions import Candidate, Origin
from quizzes.model import Evidence, QuestionType


def _figure(prompt: str, answer: float) -> Candidate:
    origin = Origin(Evidence(quote=prompt, paragraph=1), 0, False, "quantity", ())
    options = [str(answer), "3", "9", "12"]
    return Candidate(QuestionType.SINGLE_CHOICE, prompt, str(answer), origin, "", "",
                     choices=options, answer_texts=(str(answer),))  # fmt: skip


def test_a_count_followed_by_the_list_it_counts_loses_the_list():
    counted = _figure(
        "Fill in the blank (a figure): The CSTO consists of _____ states: Russia, Belarus, "
        "Kazakhstan, Kyrgyzstan, Armenia and Tajikistan.",
        6,
    )
    repaired = without_counted_list(counted)
    assert repaired.prompt == "Fill in the blank (a figure): The CSTO consists of _____ states."
    assert repaired.answer == "6" and repaired.choices == ["6", "3", "9", "12"]


def test_a_list_in_brackets_is_cut_too_and_a_list_of_another_length_is_kept():
    bracketed = _figure(
        "Fill in the blank (a figure): The _____ founders (Kazakhstan, Russia and Belarus) met.", 3
    )
    assert without_counted_list(bracketed).prompt == (
        "Fill in the blank (a figure): The _____ founders met."
    )
    uncounted = _figure(
        "Fill in the blank (a figure): _____ states joined: Iran and Belarus among them.", 4
    )
    assert without_counted_list(uncounted).prompt == uncounted.prompt


def test_a_list_between_dashes_or_after_namely_is_cut_too():
    dashed = _figure(
        "Fill in the blank (a figure): Another _____ parties – the Green Party (GP), the Farmers "
        "Party and Liberal Union (LU) – failed to enter the parliament of Chile.",
        3,
    )
    assert without_counted_list(dashed).prompt == (
        "Fill in the blank (a figure): Another _____ parties failed to enter the parliament of "
        "Chile."
    )
    named = _figure(
        "Fill in the blank (a figure): The pact links _____ Andean states, namely Peru, Bolivia, "
        "Ecuador and Colombia.",
        4,
    )
    assert without_counted_list(named).prompt == (
        "Fill in the blank (a figure): The pact links _____ Andean states."
    )


def test_a_list_after_including_that_names_them_all_is_cut_too():
    flooded = _figure(
        "Fill in the blank (a figure): _____ villages were flooded, including Zhana Turmys, "
        "Zhenis, Firdousi, Orgebas and Dostyk.",
        5,
    )
    assert without_counted_list(flooded).prompt == (
        "Fill in the blank (a figure): _____ villages were flooded."
    )
    some = _figure(
        "Fill in the blank (a figure): _____ villages were flooded, including Zhenis and Dostyk.",
        5,
    )
    assert without_counted_list(some).prompt == some.prompt


def test_a_list_of_quoted_names_or_after_a_double_dash_is_cut_too():
    quoted = _figure(
        "Fill in the blank (a figure): The party asks the court to ban _____ opposition groups: "
        '"United National Movement", "Coalition for Change" ("Akhali") and "Strong Georgia".',
        3,
    )
    assert without_counted_list(quoted).prompt == (
        "Fill in the blank (a figure): The party asks the court to ban _____ opposition groups."
    )
    dashed = _figure(
        "Fill in the blank (a figure): The CSTO is an alliance of _____ ex-Soviet states -- "
        "Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.",
        6,
    )
    assert without_counted_list(dashed).prompt == (
        "Fill in the blank (a figure): The CSTO is an alliance of _____ ex-Soviet states."
    )


def test_counts_listed_after_the_blank_that_add_up_to_it_give_it_away():
    routes = _figure(
        "Fill in the blank (a figure): The airline will fly _____ routes, including four taken "
        "over from its parent, two shared routes and one new route.",
        7,
    )
    assert counted_in_the_stem(routes)
    more = _figure(
        "Fill in the blank (a figure): The airline will fly _____ routes, including four taken "
        "over from its parent and two shared routes.",
        9,
    )
    assert not counted_in_the_stem(more)


def _numeric(prompt: str, answer: float, unit: str | None) -> Candidate:
    origin = Origin(Evidence(quote=prompt, paragraph=1), 0, False, "quantity", ())
    return Candidate(QuestionType.NUMERIC, prompt, answer, origin, "", "", unit=unit)


def test_a_figure_the_stem_lets_a_student_work_out_from_the_others_is_not_asked():
    rest = _numeric(
        "Fill in the blank (in km): The canal is 410 km long in all. 220 km of it run through "
        "the plain, 150 km through the hills and _____ km through the marsh.",
        40,
        "km",
    )
    assert computed_from_the_stem(rest)
    total = _numeric(
        "Fill in the blank (in km): The road's 35 km and 25 km sections make _____ km in all.",
        60,
        "km",
    )
    assert computed_from_the_stem(total)
    left = _numeric(
        "Fill in the blank (a number): More than half of the exchange offices - 818 out of a total "
        "1,581 - were shut, leaving _____ operating.",
        763,
        "operating",
    )
    assert computed_from_the_stem(left)
    changed = _numeric(
        "Fill in the blank (in billion US dollars): In April, the fund shrank by $_____ billion "
        "from $64.9 billion to $64.4 billion.",
        0.5,
        "billion US dollars",
    )
    assert computed_from_the_stem(changed)
    after_a_fall = _numeric(
        "Fill in the blank (a number): The number of migrants decreased by 43% — to _____ million "
        "people from 2.9 million at the end of 2022.",
        1.7,
        "million people",
    )
    assert computed_from_the_stem(after_a_fall)
    parts_after = _numeric(
        "Fill in the blank (in kilometers): The power line will be about _____ kilometers, 45 "
        "kilometers of which are in Uzbekistan and 215 - in Afghanistan.",
        260,
        "kilometers",
    )
    assert computed_from_the_stem(parts_after)
    before_a_change = _numeric(
        "Fill in the blank (in million US dollars): The two governments agreed to quadruple the "
        "fund's capital from $_____ million to $100 million.",
        25,
        "million US dollars",
    )
    assert computed_from_the_stem(before_a_change)
    after_a_surge = _numeric(
        "Fill in the blank (in tons): The route saw a 75% surge in oil transport, rising from "
        "246,000 tons to _____ tons.",
        431000,
        "tons",
    )
    assert computed_from_the_stem(after_a_surge)
    before_a_rise = _numeric(
        "Fill in the blank (in tons): Exports to China rose by 17%, from _____ tons in 2023 to "
        "355,000 tons in 2024.",
        304000,
        "tons",
    )
    assert computed_from_the_stem(before_a_rise)
    between_two_sums = _numeric(
        "Fill in the blank (in %): Exports to Kazakhstan amounted to $426.8 million, up by _____ "
        "percent compared to 2022 ($366.5 million).",
        16.4,
        "%",
    )
    assert computed_from_the_stem(between_two_sums)
    after_a_rise_compared = _numeric(
        "Fill in the blank (in million US dollars): Exports to Kazakhstan amounted to $_____ "
        "million, up by 16.4 percent compared to January-April 2022 ($366.5 million).",
        426.8,
        "million US dollars",
    )
    assert computed_from_the_stem(after_a_rise_compared)
    alone = _numeric(
        "Fill in the blank (in %): Exports grew by _____ percent to $5 billion.", 12, "%"
    )
    assert not computed_from_the_stem(alone)
    share = _figure(
        "Fill in the blank (a figure): Farms use 62% of the water, towns 27% and industry _____%.",
        11,
    )
    assert computed_from_the_stem(share)


def test_parts_listed_after_the_blank_or_a_share_of_a_figure_in_another_scale_give_it():
    listed = _numeric(
        "Fill in the blank (a number): In all, _____ Kazakh nationals, including 57 men, 220 "
        "women and 547 children, were returned from Syria.",
        824,
        "",
    )
    assert computed_from_the_stem(listed)
    sections = _numeric(
        "Fill in the blank (in km): The _____-kilometer road has a northern section of 27.12 km, "
        "a tunnel of 8.65 km and a southern one of 24.25 km.",
        60,
        "km",
    )
    assert computed_from_the_stem(sections)
    doses = _numeric(
        "Fill in the blank (a number): Over 1.346 million doses have been used, of which "
        "ZF-UZ-VAC2001 account for 62%, or _____ thousand doses.",
        842,
        "thousand doses",
    )
    assert computed_from_the_stem(doses)


def test_a_figure_beside_others_that_do_not_add_up_to_it_is_asked():
    unrelated = _numeric(
        "Fill in the blank (in km): The canal is 410 km long; 220 km of it run through the "
        "plain and _____ km through the marsh.",
        90,
        "km",
    )
    assert not computed_from_the_stem(unrelated)
    other_unit = _numeric(
        "Fill in the blank (in km): 30 trains a day use the 50 km line and its _____ km branch.",
        20,
        "km",
    )
    assert not computed_from_the_stem(other_unit)


def test_a_country_blanked_at_the_end_of_a_region_s_own_name_is_not_asked():
    forms = NameForms(load_knowledge())
    region = _country(
        "Fill in the blank: The river waters Kazakhstan and the Xinjiang Uyghur Autonomous "
        "Region of _____.",
        "China",
    )
    assert given_by_a_place_name(region, forms)
    office = _country("Fill in the blank: He met the Prime Minister of _____ in Baku.", "Georgia")
    assert not given_by_a_place_name(office, forms)
    plain = _country("Fill in the blank: The pipeline runs from the Caspian to _____.", "China")
    assert not given_by_a_place_name(plain, forms)


@pytest.mark.parametrize(("prompt", "answer", "given"), [
    ("Fill in the blank: _____’s national oil company, KazMunayGas, signed the deal.",
     "Kazakhstan", True),
    ("Fill in the blank: Upgrades were led by _____ state nuclear corporation Rosatom.",
     "Russian", True),
    ("Fill in the blank: The agreements were signed with Azerenergy by _____.", "Azerbaijan",
     True),
    ("Fill in the blank: Kazakhstan's president met _____ officials in Astana.", "Kazakh", False),
    ("Fill in the blank: Flights from Kazan to _____ resumed in May.", "Kazakhstan", False),
])  # fmt: skip
def test_a_state_firm_named_on_the_answers_country_gives_it_away(prompt, answer, given):
    assert given_by_a_national_firm(_country(prompt, answer), NameForms(load_knowledge())) is given


def test_a_place_blanked_inside_its_own_name_beside_its_country_is_not_asked():
    forms = NameForms(load_knowledge())
    inside = _country(
        "Fill in the blank: The river waters the _____ Uyghur Autonomous Region of China.",
        "Xinjiang",
    )
    assert given_by_a_place_name(inside, forms)
    corridor = _country("Fill in the blank: Baku pursued the _____ Corridor to Turkey.", "Zangezur")
    assert not given_by_a_place_name(corridor, forms)
    common = _country("Fill in the blank: Oil lies in the _____ region of Kazakhstan.", "Atyrau")
    assert not given_by_a_place_name(common, forms)
    titled = _country("Fill in the blank: Oil lies in the _____ Region of Kazakhstan.", "Atyrau")
    assert not given_by_a_place_name(titled, forms)


def _country(prompt: str, answer: str) -> Candidate:
    origin = Origin(Evidence(quote=prompt, paragraph=1), 0, False, "statement", ())
    return Candidate(QuestionType.SINGLE_CHOICE, prompt, answer, origin, "", "",
                     choices=[answer, "Russia", "India", "Iran"],
                     answer_texts=(answer,))  # fmt: skip


def test_a_figure_the_stem_gives_as_a_share_of_another_is_not_asked():
    part = _figure(
        "Fill in the blank (a figure): Of the 12.28 million voters, _____ million voted, a "
        "turnout of 63.66%.",
        7.82,
    )
    assert computed_from_the_stem(part)
    share = _numeric(
        "Fill in the blank (in %): Of the 12.28 million voters, 7.82 million voted, a turnout "
        "of _____%.",
        63.66,
        "%",
    )
    assert computed_from_the_stem(share)
    other_year = _figure(
        "Fill in the blank (a figure): Of the 12.28 million voters, _____ million voted; in "
        "2019 the turnout was 49%.",
        7.82,
    )
    assert not computed_from_the_stem(other_year)


@pytest.mark.parametrize(
    ("prompt", "answer", "given"),
    [
        ("Fill in the blank: Ships from the Eastern Black Sea ports sail to the _____ Sea.",
         "Western Black", True),
        ("Fill in the blank: North Korea sent envoys to _____ last week.", "South Korea", True),
        ("Fill in the blank: North Korea sent envoys to _____ last week.", "Mongolia", False),
        ("Fill in the blank: Ships from Aktau sail to the _____ Sea.", "Southern Caspian", False),
    ],
)  # fmt: skip
def test_a_name_the_stem_gives_with_another_compass_word_gives_the_answer(prompt, answer, given):
    assert given_by_its_sibling(_country(prompt, answer)) is given


def _organisation(prompt: str, answer: str, wrong: list[str]) -> Candidate:
    origin = Origin(Evidence(quote=prompt, paragraph=1), 0, False, "statement", ())
    return Candidate(QuestionType.SINGLE_CHOICE, prompt, answer, origin, "", "",
                     choices=[answer, *wrong], answer_texts=(answer,))  # fmt: skip


def test_an_organisation_a_word_of_its_own_name_in_the_stem_gives_is_not_asked():
    forms = NameForms(load_knowledge())
    council = _organisation(
        "According to the article, which organisation sent the head of the European Council to "
        "the talks?",
        "EU",
        ["UN", "OSCE", "WTO"],
    )
    assert named_by_its_own_word(council, forms)
    shared = _organisation(  # a bank for Europe is "European" too
        "According to the article, which organisation sent the head of the European Council to "
        "the talks?",
        "EU",
        ["EBRD", "UN", "OSCE"],
    )
    assert not named_by_its_own_word(shared, forms)
    kind = _organisation(  # "Union" names a kind of body, not this one
        "Fill in the blank: After the Soviet Union broke up, Armenia joined the _____.",
        "EAEU",
        ["CSTO", "CIS", "SCO"],
    )
    assert not named_by_its_own_word(kind, forms)
    plain = _organisation(
        "According to the article, which organisation sent observers to the Kyrgyz vote?",
        "EU",
        ["UN", "OSCE", "WTO"],
    )
    assert not named_by_its_own_word(plain, forms)


def test_a_bygone_state_after_former_is_given_by_the_set_phrase():
    forms = NameForms(load_knowledge())
    bygone = _country(
        "Fill in the blank: The base is an outpost in the former _____.", "Soviet Union"
    )
    assert a_bygone_state_after_former(bygone, forms)
    today = _country("Fill in the blank: The base lies in the former _____ capital.", "Almaty")
    assert not a_bygone_state_after_former(today, forms)
    country = _country("Fill in the blank: He toured the former _____, now Türkiye.", "Turkey")
    assert not a_bygone_state_after_former(country, forms)


def test_a_figure_the_stem_says_doubles_another_is_given_away():
    doubled = _numeric(
        "Fill in the blank (in million tons): The new line may double the port's capacity, "
        "raising coal exports from 40 million tons a year to _____ million tons.",
        81,
        "million tons",
    )
    assert computed_from_the_stem(doubled)
    grown = _numeric(
        "Fill in the blank (in million tons): Coal exports grew from 40 million tons a year to "
        "_____ million tons.",
        81,
        "million tons",
    )
    assert not computed_from_the_stem(grown)


def test_a_figure_the_headline_rounds_is_credited():
    from quizzes.generate.giveaway import crediting_the_headline

    dam = _numeric("Fill in the blank: the dam is a $_____ billion project.", 3.9, "billion")
    dam.tolerance = 0.05
    assert crediting_the_headline(dam, "Tajikistan opens $4bn dam").tolerance == 0.1
    assert crediting_the_headline(dam, "Tajikistan opens $4m dam").tolerance == 0.05
    assert crediting_the_headline(dam, "Tajikistan opens 4 dams").tolerance == 0.05
    assert crediting_the_headline(dam, "Tajikistan opens $5bn dam").tolerance == 0.05
    road = _numeric("Fill in the blank: the road is _____ km long.", 773, "km")
    road.tolerance = 7
    assert crediting_the_headline(road, "A 800 km road opens").tolerance == 7
    assert crediting_the_headline(road, "Some 780 km of road open").tolerance == 7
    share = _numeric("Fill in the blank: turnout was _____%.", 61.56, "%")
    share.tolerance = 0.3
    assert crediting_the_headline(share, "Turnout hits 62 per cent").tolerance == 0.44
    assert crediting_the_headline(share, "Turnout tops 60 per cent").tolerance == 0.3


def test_a_tolerance_never_credits_another_figure_of_the_sentence_or_article():
    from quizzes.generate.giveaway import clear_of_the_others

    seats = _numeric("According to the article, how many seats did the Unity Party win?", 20, None)
    seats.tolerance = 1
    seats.origin = Origin(
        Evidence(quote="The Unity Party won 20 seats and the Green Party 21 seats.", paragraph=1),
        0, False, "election", (),
    )  # fmt: skip
    assert clear_of_the_others(seats).tolerance == 0
    alone = _numeric("According to the article, how many seats did the Unity Party win?", 20, None)
    alone.tolerance = 1
    alone.origin = Origin(Evidence(quote="The Unity Party won 20 seats.", paragraph=1), 0, False,
                          "election", ())  # fmt: skip
    assert clear_of_the_others(alone).tolerance == 1
    article = "The Unity Party won 20 seats. The Green Party won 21 seats."
    assert clear_of_the_others(alone, article).tolerance == 0  # another sentence's figure
    growth = _numeric("By how many percent did the harvest grow?", 8.3, "%")
    growth.tolerance = 0.5
    growth.origin = Origin(Evidence(quote="It grew 8.3%, and 8.2 tonnes of grain came in.",
                                    paragraph=1), 0, False, "quantity", ())  # fmt: skip
    assert clear_of_the_others(growth).tolerance == 0  # not 1.4e-15, a float's rounding error
    share = _numeric("What share of the vote did he win, in %?", 72.97, "%")
    share.tolerance = 0.5
    article = "He won 72.97% of the vote. The commission said he secured nearly 73 percent."
    assert clear_of_the_others(share, article).tolerance == 0.5  # one share, rounded


def test_the_rest_of_a_hundred_per_cent_split_two_ways_is_not_asked():
    split = _figure(
        "Fill in the blank (a figure): The mine is run by a venture in which the state company "
        "holds _____ percent and a Chinese firm another 60 percent.",
        40,
    )
    assert computed_from_the_stem(split)
    unrelated = _figure(
        "Fill in the blank (a figure): Exports rose _____ percent while imports rose 60 percent.",
        40,
    )
    assert not computed_from_the_stem(unrelated)


def test_a_noun_in_the_singular_after_the_blank_gives_away_a_one():
    from quizzes.generate.giveaway import one_by_its_noun

    assert one_by_its_noun(_figure("Fill in the blank (a figure): It aims to produce _____ tonne "
                                   "of gold by 2026.", 1))  # fmt: skip
    assert not one_by_its_noun(_figure("Fill in the blank (a figure): It lent $_____ million in "
                                       "2026.", 1))  # fmt: skip
    assert not one_by_its_noun(_figure("Fill in the blank (a figure): It produced _____ tonne "
                                       "in May.", 5))  # fmt: skip


def test_a_name_the_stem_writes_beside_its_blank_is_given_away():
    from quizzes.generate.giveaway import written_beside_the_blank

    def choice(prompt: str, answer: str) -> Candidate:
        origin = Origin(Evidence(quote=prompt, paragraph=1), 0, False, "statement", ())
        return Candidate(QuestionType.SINGLE_CHOICE, prompt, answer, origin, "", "",
                         choices=[answer, "Armenia", "Georgia"])  # fmt: skip

    assert written_beside_the_blank(choice(
        "Fill in the blank: The Speaker of Parliament of Kyrgyzstan emphasized _____’s interest "
        "in developing cooperation with Armenia.", "Kyrgyzstan"))  # fmt: skip
    assert not written_beside_the_blank(choice(
        "Fill in the blank: The Speaker of Parliament of Kyrgyzstan visited _____.",
        "Mongolia"))  # fmt: skip


def test_a_count_before_the_next_one_s_ordinal_is_given_away():
    three = _numeric(
        "Fill in the blank (a number): _____ more exercises will be held near the border in "
        "October, with a fourth scheduled for November.",
        3,
        "exercises",
    )
    assert computed_from_the_stem(three)
    two = _numeric(
        "Fill in the blank (a number): _____ more exercises will be held near the border in "
        "October, with a fourth scheduled for November.",
        2,
        "exercises",
    )
    assert not computed_from_the_stem(two)
