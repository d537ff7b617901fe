"""Wrong options never name the right person again, however the surname is spelt."""

from __future__ import annotations

import pytest

from quizzes.generate.distractors import (
    NameForms,
    article_year,
    as_the_stem_describes,
    distance_km,
    distinct_people,
    listed_with,
    of_the_answers_standing,
    said_of_another,
    sound_options,
    wrong_cities,
    wrong_countries,
    wrong_numbers,
    wrong_organisations,
    wrong_people,
    wrong_years,
)
from quizzes.generate.knowledge import load_knowledge
from quizzes.generate.questions import Candidate, Origin
from quizzes.model import Evidence, QuestionType
from tests.quizzes.generate.patterns.conftest import parse_paragraphs


def test_distinct_people_drop_the_answers_namesakes_and_keep_the_fullest_name():
    names = ["Zilaliev", "Berdimuhamedow", "Duishenbek Zilaliev", "Rashid Meredov", "Meredov"]
    assert distinct_people(names, answer="Berdymukhamedov") == [
        "Duishenbek Zilaliev",
        "Rashid Meredov",
    ]


# --- options of the answer's own kind and scale (issue 9, item 4) ---------------------------


@pytest.fixture
def parse():
    return parse_paragraphs


def test_a_regional_country_gets_its_neighbours_before_a_far_power_the_article_names(parse):
    doc = parse(
        "The United States welcomed the plan. Georgia and Armenia took part in the talks.",
        "The corridor would link Azerbaijan to Nakhchivan and then to Turkey.",
    )
    wrong = wrong_countries(doc, answer="Turkey", avoid={"Azerbaijan"})  # the sentence's own
    assert "United States" not in wrong
    assert {"Georgia", "Armenia"} <= set(wrong)


def test_a_titled_blank_gets_only_people_with_that_title(parse):
    doc = parse(
        "President Donald Trump met Secretary of State Marco Rubio and JD Vance in 2025.",
        "President Trump announced new sanctions.",
    )
    wrong = wrong_people(doc, answer="Donald Trump", title="President", title_only=True)
    leaders = doc.knowledge.leaders
    assert len(wrong) == 3
    assert all(leaders[name].title == "President" for name in wrong)


def test_an_article_naming_a_president_of_today_is_not_dated_by_an_old_treaty(parse):
    doc = parse(
        "President Vahagn Khachaturyan signed the bill, which refers to the 1991 declaration."
    )
    assert article_year(doc) == doc.knowledge.leaders["Vahagn Khachaturyan"].since
    wrong = wrong_people(doc, answer="Vahagn Khachaturyan", title="President", count=6)
    assert not {"Boris Yeltsin", "Askar Akayev"} & set(wrong)


def test_a_percentage_gets_options_a_step_or_two_away_not_half_or_double():
    assert wrong_numbers(5.5, unit="%") == [5.0, 6.0, 4.5]
    assert all(0 < w <= 100 for w in wrong_numbers(98, unit="%"))
    assert wrong_numbers(40, avoid=set()) == [20, 80, 60]  # a count keeps halves and doubles


def test_a_forecast_year_gets_the_years_around_it_later_first():
    assert wrong_years(2024, forecast=True, latest=2024) == [2025, 2026, 2023]


def test_a_group_named_by_a_common_noun_is_never_offered_against_proper_names(parse):
    doc = parse("Kazakhstan, Iran and Turkmenistan boost trade between the three Caspian states.")
    wrong = wrong_organisations(doc, answer="Caspian littoral states", label="name")
    assert all(name.split()[-1].islower() for name in wrong)


def _choice(prompt: str, answer: str, choices: list[str], kind=QuestionType.SINGLE_CHOICE):
    evidence = Evidence(quote=prompt, paragraph=1)
    origin = Origin(evidence, 0, False, "test", ())
    right = answer if kind is QuestionType.SINGLE_CHOICE else [answer]
    return Candidate(kind, prompt, right, origin, "", "", choices=choices,
                     answer_texts=(answer,))  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "answer", "choices", "kept"),
    [
        ("Where did the first official visit of an Uzbek president take place?", "Kyrgyzstan",
         ["Kyrgyzstan", "Uzbekistan", "Tajikistan", "Kazakhstan"],
         ["Kyrgyzstan", "Tajikistan", "Kazakhstan"]),
        # a person the stem names in another spelling
        ("Fill in the blank: Pedro Castiyo's visit came after he was elected to succeed _____.",
         "Martin Vizcarra", ["Martin Vizcarra", "Pedro Castillo", "Ollanta Humala", "Alan Garcia"],
         ["Martin Vizcarra", "Ollanta Humala", "Alan Garcia"]),
        # by a surname alone, where the answer is a person the data knows
        ("Fill in the blank: _____'s successor, Gurganguly Berdymukhamedov, built a new city.",
         "Niyazov", ["Niyazov", "Meredov", "Berdimuhamedov", "Rahmon"],
         ["Niyazov", "Meredov", "Rahmon"]),

        # the answer by her given name and patronymic
        ("Fill in the blank: A second defendant, _____, was fined 260,000 soms.", "Mira Torres",
         ["Mira Torres", "Mira Ivanovna", "Pedro Castillo", "Alan Garcia"],
         ["Mira Torres", "Pedro Castillo", "Alan Garcia"]),
    ],
)  # fmt: skip
def test_an_option_the_stem_names_another_way_is_dropped(prompt, answer, choices, kept):
    sound = sound_options(_choice(prompt, answer, choices), NameForms(load_knowledge()))
    assert sound is not None and sound.choices == kept


def test_a_stem_naming_most_right_answers_gives_them_away():
    forms = NameForms(load_knowledge())
    evidence = Evidence(quote="x", paragraph=1)
    candidate = Candidate(
        QuestionType.MULTIPLE_CHOICE,
        "Which countries signed for the Uzbekistan-Afghanistan-Pakistan railway?",
        ["Uzbekistan", "Afghanistan", "Pakistan"],
        Origin(evidence, 0, False, "test", ()), "", "",
        choices=["Uzbekistan", "Afghanistan", "Pakistan", "China", "India"],
        answer_texts=("Uzbekistan", "Afghanistan", "Pakistan"),
    )  # fmt: skip
    assert sound_options(candidate, forms) is None


def test_a_figure_is_never_taken_for_a_name_the_stem_gives():
    forms = NameForms(load_knowledge())
    candidate = _choice(
        "Fill in the blank (a figure): growth of 5.3% in 2024 and _____% in 2025.",
        "5.5",
        ["5.5", "5", "7", "4.5"],
    )
    sound = sound_options(candidate, forms)
    assert sound is not None and sound.choices == ["5.5", "5", "7", "4.5"]


def test_a_shortened_or_misspelt_form_of_another_option_is_not_a_second_option():
    from quizzes.generate.questions import single_choice

    source = Origin(Evidence("Sentence.", 1), 0, False, "a", ("a",))
    made = single_choice(
        origin=source, prompt="Who came second?", answer="Hydyr Nunnayev",
        wrong=["Serdar Gurbangulyyevich", "Serdar Gurbangulyyevich Berdimuhamedo",
               "Serdar Gurbangulyyevich Berdimuhamedov", "Agajan Bekmyradov", "Maksat Atayev"],
        explanation="", topic="Topic",
    )  # fmt: skip
    assert made is not None
    assert made.choices == ["Hydyr Nunnayev", "Serdar Gurbangulyyevich Berdimuhamedo",
                            "Agajan Bekmyradov", "Maksat Atayev"]  # fmt: skip


def test_a_name_cut_off_before_its_noun_is_not_an_option():
    from quizzes.generate.questions import single_choice

    source = Origin(Evidence("Sentence.", 1), 0, False, "a", ("a",))
    made = single_choice(
        origin=source, prompt="Which document did they sign?", answer="the Washington Accord",
        wrong=["Section 907 of the 1992", "the Freedom Support Act", "the Treaty of", "the Pact"],
        explanation="", topic="Topic",
    )  # fmt: skip
    assert made is not None
    assert made.choices == ["the Washington Accord", "the Freedom Support Act", "the Pact"]


def test_the_country_of_a_leader_the_stem_names_is_no_wrong_option():
    forms = NameForms(load_knowledge())
    candidate = _choice(
        "Fill in the blank: The court accused Putin of deporting children from _____.",
        "Ukraine",
        ["Ukraine", "Russia", "Moldova", "Belarus", "Georgia"],
    )
    sound = sound_options(candidate, forms)
    assert sound is not None and sound.choices == ["Ukraine", "Moldova", "Belarus", "Georgia"]


def test_a_blank_the_sentence_calls_a_wife_gets_only_women_the_article_calls_so():
    from quizzes.generate.distractors import of_the_answers_sex

    text = (
        "President Japarov and his wife Aygul Japarova voted in Bishkek. Ahmet Yener of the "
        "Turkish election board watched. The Jogorku Kenesh met later."
    )
    prompt = "Fill in the blank: President Japarov and his wife _____ voted in Bishkek."
    options = ["Aygul Japarova", "Ahmet Yener", "Jogorku Kenesh"]
    assert of_the_answers_sex(_choice(prompt, "Aygul Japarova", options), text) is None
    women = (
        f"{text} The minister's wife, Dinara Saparova, and her sister Elmira Ibraimova "
        "came too, as did Mrs Gulnara Bakirova."
    )
    more = ["Dinara Saparova", "Elmira Ibraimova", "Gulnara Bakirova"]
    candidate = _choice(prompt, "Aygul Japarova", [*options, *more])
    sound = of_the_answers_sex(candidate, women)
    assert sound is not None
    assert sound.choices == ["Aygul Japarova", "Dinara Saparova", "Elmira Ibraimova",
                             "Gulnara Bakirova"]  # fmt: skip
    # A blank the sentence gives no sex keeps every option.
    plain = _choice("Fill in the blank: _____ voted in Bishkek.", "Aygul Japarova", options)
    assert of_the_answers_sex(plain, text) is plain
    # A question asking for a daughter, too.
    daughter = _choice("According to the article, who is the eldest daughter of Nursultan "
                       "Nazarbayev?", "Dariga Nazarbayeva", ["Dariga Nazarbayeva", "Karim Masimov",
                       "Ahmet Yener", "Askar Mamin"])  # fmt: skip
    assert of_the_answers_sex(daughter, text) is None


def test_a_round_year_gets_round_years_so_it_does_not_stand_out():
    assert wrong_years(2050, latest=2100) == [2045, 2055, 2040]
    assert wrong_years(2030, forecast=True, latest=2024) == [2035, 2040, 2025]
    assert wrong_years(2020, latest=2024) == [2015, 2010, 2005]  # never after the article
    assert wrong_years(2013, latest=2024) == [2011, 2016, 2008]  # any other year: near ones


def test_the_article_s_own_office_holders_come_before_other_powers_leaders(parse):
    doc = parse(
        "President Xi Jinping, President Vladimir Putin and President Khurelsukh met in Beijing.",
        "President Xi Jinping highlighted progress on the Central Railway Corridor.",
    )
    wrong = wrong_people(doc, answer="Xi Jinping", title="President", title_only=True)
    assert set(wrong[:2]) == {"Ukhnaagiin Khurelsukh", "Vladimir Putin"}  # who was there


def test_a_blank_that_is_one_of_several_gets_no_option_the_article_names():
    from quizzes.generate.distractors import one_of_several

    prompt = "Fill in the blank: Putin will hold several talks, including one with _____."
    text = f"{prompt} Putin is also set to meet Prime Minister Oyun-Erdene."
    options = ["Khurelsukh", "Oyun-Erdene", "Zandanshatar", "Battsetseg"]
    sound = one_of_several(_choice(prompt, "Khurelsukh", options), text)
    assert sound is not None and sound.choices == ["Khurelsukh", "Zandanshatar", "Battsetseg"]
    everyone = f"{text} Zandanshatar and Battsetseg attended."
    assert one_of_several(_choice(prompt, "Khurelsukh", options), everyone) is None
    plain = _choice("Fill in the blank: Putin held talks with _____.", "Khurelsukh", options)
    assert one_of_several(plain, everyone) is plain  # the one partner the sentence names


def test_the_head_of_a_power_after_the_title_and_country_is_known_without_the_article():
    from quizzes.generate.distractors import known_without_the_article

    knowledge = load_knowledge()
    forms = NameForms(knowledge)
    options = ["Xi Jinping", "Li Qiang", "Wang Yi", "Qin Gang"]
    china = _choice("Fill in the blank: Production starts when China’s President _____ visits "
                    "Turkmenistan.", "Xi Jinping", options)  # fmt: skip
    assert known_without_the_article(china, forms)
    met = _choice("Fill in the blank: Tokayev met _____ in Astana.", "Xi Jinping", options)
    assert not known_without_the_article(met, forms)  # who he met is the article's news
    kazakh = _choice(
        "Fill in the blank: Kazakhstan’s President _____ visited Turkmenistan.",
        "Kassym-Jomart Tokayev",
        ["Kassym-Jomart Tokayev", "Olzhas Bektenov", "Murat Nurtleu"],
    )
    assert not known_without_the_article(kazakh, forms)  # what a class on the region learns


def test_a_country_of_the_region_the_stem_trades_with_is_no_option_for_a_country_outside_it():
    forms = NameForms(load_knowledge())
    candidate = _choice(
        "According to the article, which country has become the main importer of gas from "
        "Central Asia?",
        "China",
        ["China", "Turkmenistan", "South Korea", "India", "Japan"],
    )
    sound = sound_options(candidate, forms)
    assert sound is not None and sound.choices == ["China", "South Korea", "India", "Japan"]
    inside = _choice(
        "According to the article, which country of Central Asia exports the most gas?",
        "Turkmenistan",
        ["Turkmenistan", "Uzbekistan", "Kazakhstan", "Russia"],
    )
    sound = sound_options(inside, forms)
    assert sound is not None and sound.choices == inside.choices  # the answer's own region


def test_where_someone_went_is_not_asked_beside_other_trips_the_article_gives(parse):
    from quizzes.generate.distractors import several_trips

    forms = NameForms(load_knowledge())
    prompt = "According to the article, which country will Russia’s President Vladimir Putin visit?"
    question = _choice(prompt, "Mongolia", ["Mongolia", "Georgia", "Armenia", "Azerbaijan"])
    trips = parse(
        "Putin will visit Mongolia in September despite the court's warrant.",
        "In recent months he has visited China and Kazakhstan without being arrested.",
    )
    assert several_trips(question, trips, forms)  # China and Kazakhstan are right too
    one = parse("Putin will visit Mongolia amid fears over the invasion of Ukraine.")
    assert not several_trips(question, one, forms)  # Ukraine is no place he goes to
    army = parse(
        "Putin's trip marked the victory over Japan's army in 1939.",
        "In recent months he has visited China and Kazakhstan without being arrested.",
    )
    victory = _choice("Fill in the blank: Putin's trip marked the victory over _____'s army in "
                      "1939.", "Japan", ["Japan", "China", "Germany", "Turkey"])  # fmt: skip
    assert not several_trips(victory, army, forms)  # the blank is no place he went to


def test_a_port_gets_ports_on_the_same_sea(parse):
    from quizzes.generate.distractors import wrong_cities

    doc = parse(
        "Georgia's government met in Tbilisi and Kutaisi to discuss the new port.",
        "Anaklia will handle more containers than the ports of Batumi and Poti.",
    )
    wrong = wrong_cities(doc, answer="Poti", avoid={"Batumi", "Anaklia"})
    seas = {doc.knowledge.cities[name].sea for name in wrong}
    assert len(wrong) == 3 and seas == {"Black Sea"}, wrong  # not inland Kutaisi or Caspian Baku


def test_a_short_answer_accepts_every_spelling_it_is_given():
    from quizzes.generate.questions import short_answer

    source = Origin(Evidence("Sentence.", 1), 0, False, "a", ("a",))
    made = short_answer(
        origin=source, prompt="Who?", explanation="", topic="Topic",
        accepted=["Shavkat Mirziyoyev", "Shavkat Mirziyoev", "Mirziyoev", "shavkat mirziyoyev"],
    )  # fmt: skip
    assert made is not None  # a student may write any of them: none is merged into another
    assert made.answer == ["Shavkat Mirziyoyev", "Shavkat Mirziyoev", "Mirziyoev"]


@pytest.mark.parametrize(
    ("prompt", "answer", "offered", "kept"),
    [
        ("For Kazakhstan, the pipeline carries oil to Europe through _____ territory.", "Russian",
         ["Russian", "Omani", "Ukrainian", "Chinese"], ["Russian", "Ukrainian", "Chinese"]),
        ("Mongolia, which is surrounded by Russia and _____, votes today.", "China",
         ["China", "the United States", "India", "Kazakhstan"], ["China", "India", "Kazakhstan"]),
        # the other side of a border: only neighbours of the country the stem names
        ("A bridge links a town in Kazakhstan with one on the _____ side of the border.",
         "Chinese", ["Chinese", "Kyrgyz", "Iranian", "Russian"], ["Chinese", "Kyrgyz", "Russian"]),
    ],
)  # fmt: skip
def test_a_blank_on_a_route_or_border_gets_only_countries_near_the_ones_it_names(
    prompt, answer, offered, kept
):
    sound = sound_options(
        _choice(f"Fill in the blank: {prompt}", answer, offered), NameForms(load_knowledge())
    )
    assert sound is not None and sound.choices == kept


def test_a_country_the_article_lists_beside_the_answer_is_no_wrong_option(parse):
    doc = parse(
        "The pipeline would carry gas to Turkmenistan, Afghanistan, Pakistan and India.",
        "Turkmenistan wants the pipeline that runs through India finished.",
    )
    through = _choice(
        "Fill in the blank: Turkmenistan wants the pipeline that runs through _____ finished.",
        "India",
        ["India", "Pakistan", "China", "Afghanistan"],
    )
    sound = sound_options(through, NameForms(load_knowledge()), doc)
    assert sound is not None and len(sound.choices) == 4
    assert not {"Afghanistan", "Pakistan"} & set(sound.choices)  # the pipeline runs there too


def test_countries_joined_by_hyphens_count_as_one_list(parse):
    doc = parse("The Turkmenistan-Afghanistan-Pakistan-India pipeline runs through India.")
    assert listed_with(doc, "India", stem="a pipeline through _____") == {
        "Turkmenistan", "Afghanistan", "Pakistan"
    }  # fmt: skip


def test_members_listed_in_a_sentence_on_another_subject_stay_good_options(parse):
    doc = parse(
        "The CSTO is an alliance of Russia, Armenia, Belarus, Kazakhstan and Kyrgyzstan.",
        "Russia will assume the chairmanship of the CSTO in January.",
    )
    stem = "_____ will assume the CSTO's chairmanship"
    assert listed_with(doc, "Russia", stem=stem) == set()
    grouping = parse(
        "His country expected support from the SCO, a grouping that comprises China, India, "
        "Kazakhstan and Russia."
    )
    stem = "His country expects a(n) _____ delegation at the water conference."
    assert listed_with(grouping, "Russia", stem=stem) == set()  # "country" is not the list's


def test_a_country_the_stem_rules_out_is_replaced_by_one_it_allows(parse):
    doc = parse("Turkmenistan says the pipeline will run through India, not Russia.")
    route = _choice(
        "Fill in the blank: Turkmenistan says the pipeline will run through _____.",
        "India",
        ["India", "China", "Russia", "the United States"],
    )
    sound = sound_options(route, NameForms(load_knowledge()), doc)
    assert sound is not None and len(sound.choices) == 4, route.choices
    assert not {"Russia", "the United States"} & set(sound.choices)  # far from both


def test_fellow_members_of_a_lending_programme_are_not_the_answer_s_neighbourhood(parse):
    doc = parse("Mongolia wants a railway to China, and Russia is watching.")
    wrong = wrong_countries(doc, answer="Mongolia", count=4)
    # Afghanistan, Azerbaijan and Georgia share only a development bank's programme with it
    assert not {"Afghanistan", "Azerbaijan", "Georgia"} & set(wrong), wrong
    assert {"China", "Russia"} <= set(wrong)


def test_a_city_asked_as_a_port_gets_its_country_s_ports_not_an_inland_capital(parse):
    from quizzes.generate.distractors import wrong_cities

    doc = parse(
        "Georgia's ports of Batumi and Poti take small ships.",
        "Larger vessels use other ports in the region, mostly Turkey's Istanbul.",
    )
    assert "Ankara" in wrong_cities(doc, answer="Istanbul")  # a summit in Istanbul: fine
    wrong = wrong_cities(doc, answer="Istanbul", as_port=True)
    assert "Ankara" not in wrong  # inland: no port
    assert all(doc.knowledge.cities[name].country == "Turkey" for name in wrong), wrong
    assert all(doc.knowledge.cities[name].sea for name in wrong), wrong


def test_a_replacement_is_no_country_already_offered_and_is_written_like_the_others(parse):
    doc = parse("China has replaced Russia as the main buyer of gas from Central Asia.")
    buyer = _choice(
        "According to the article, which country replaced Russia as the main buyer of gas from "
        "Central Asia?",
        "China",
        ["China", "the United States", "Turkmenistan", "India"],
    )
    sound = sound_options(buyer, NameForms(load_knowledge()), doc)
    assert sound is not None and len(sound.choices) == 4
    assert "Turkmenistan" not in sound.choices  # itself in Central Asia
    assert "United States" not in sound.choices  # offered already as "the United States"


def test_a_day_of_the_year_gets_days_near_it_not_the_same_day_of_other_months():
    from quizzes.generate.distractors import wrong_days

    wrong = wrong_days("November 23")
    assert wrong == ["November 16", "November 30", "October 26"]
    assert wrong_days("23 November") == ["16 November", "30 November", "26 October"]
    assert wrong_days("3-4 July") == ["26-27 June", "10-11 July", "5-6 June"]
    assert wrong_days("early July") == []  # no day: nothing to move


def test_a_power_meeting_a_region_in_a_summit_format_is_not_its_neighbour(parse):
    doc = parse(
        "Tajikistan's economy depends on remittances from Russia.",
        "The United States and Ukraine were also named.",
    )
    wrong = wrong_countries(doc, answer="Tajikistan", avoid={"Russia"}, count=3)
    assert "United States" not in wrong, wrong  # the C5+1 is a meeting, not a neighbourhood


def _office(prompt: str, answer: str, choices: list[str]) -> Candidate:
    origin = Origin(Evidence(quote=prompt, paragraph=1), 0, False, "office", ())
    return Candidate(QuestionType.SINGLE_CHOICE, prompt, answer, origin, "", "",
                     choices=choices, answer_texts=(answer,))  # fmt: skip


def test_a_power_s_head_every_student_knows_is_no_option_for_another_country_s_office():
    from quizzes.generate.distractors import no_power_s_head

    forms = NameForms(load_knowledge())
    asked = _office(
        "According to the article, who is the President of Turkmenistan?",
        "Serdar Berdimuhamedov",
        ["Rashid Meredov", "Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov", "Vladimir Putin"],
    )
    kept = no_power_s_head(asked, forms)
    assert kept is not None
    assert kept.choices == ["Rashid Meredov", "Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov"]
    own = _office(
        "According to the article, who is the Prime Minister of Russia?",
        "Mikhail Mishustin",
        ["Mikhail Mishustin", "Vladimir Putin", "Sergey Lavrov", "Xi Jinping"],
    )
    kept = no_power_s_head(own, forms)  # Russia's own president is a fair option for it
    assert kept is not None
    assert kept.choices == ["Mikhail Mishustin", "Vladimir Putin", "Sergey Lavrov"]


def test_a_wrong_option_sharing_a_surname_with_the_article_s_name_is_spelt_like_it():
    from quizzes.generate.distractors import spelled_as_the_article

    forms = NameForms(load_knowledge())
    text = "Putin met President Serdar Berdimuhamedov and Rashid Meredov in Moscow."
    asked = _office(
        "According to the article, who is the President of Turkmenistan?",
        "Serdar Berdimuhamedov",
        ["Rashid Meredov", "Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedow"],
    )
    spelled = spelled_as_the_article(asked, forms, text)
    assert spelled.choices == [
        "Rashid Meredov", "Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov"
    ]  # fmt: skip
    assert spelled.answer == "Serdar Berdimuhamedov"


def test_a_short_answer_accepts_the_other_names_the_data_gives_what_it_asks():
    from quizzes.generate.distractors import with_other_names
    from quizzes.generate.questions import short_answer

    forms = NameForms(load_knowledge())
    source = Origin(Evidence("Sentence.", 1), 0, False, "statement", ("x",))

    def asked(answer: str) -> Candidate:
        made = short_answer(origin=source, prompt="Fill in the blank: _____ was named.",
                            accepted=[answer], explanation="", topic="Topic")  # fmt: skip
        assert made is not None
        return with_other_names(made, forms)

    group = asked("Daesh")
    assert {"Daesh", "Islamic State", "ISIS", "ISIL"} <= set(group.answer)
    assert group.answer[0] == "Daesh" and group.answer_texts == ("Daesh",)
    assert {"Turkey", "Türkiye"} <= set(asked("Turkey").answer)
    assert {"SCO", "Shanghai Cooperation Organisation"} <= set(asked("SCO").answer)
    assert "Shanghai Five" not in asked("SCO").answer  # a former name is no right answer today
    assert asked("Uzbek").answer == ["Uzbek", "Uzbekistani"]  # not the country's name
    assert asked("the Kashagan field").answer == ["the Kashagan field"]


def test_a_short_answer_accepts_a_name_without_the_kind_of_thing_it_names():
    from quizzes.generate.distractors import with_other_names
    from quizzes.generate.questions import short_answer

    forms = NameForms(load_knowledge())
    source = Origin(Evidence("Sentence.", 1), 0, False, "statement", ("x",))

    def accepted(answer: str) -> list[str | float]:
        made = short_answer(origin=source, prompt="Fill in the blank: the _____ is late.",
                            accepted=[answer], explanation="", topic="Topic")  # fmt: skip
        assert made is not None
        return with_other_names(made, forms).answer

    assert accepted("Zangezur Corridor") == ["Zangezur Corridor", "Zangezur"]
    assert accepted("Qosh Tepa Canal") == ["Qosh Tepa Canal", "Qosh Tepa"]
    assert accepted("Amu Darya") == ["Amu Darya"]
    assert accepted("Canal") == ["Canal"]
    # A word every sentence uses names nothing alone: "Middle" is no corridor, "Black" no sea.
    assert accepted("Middle Corridor") == ["Middle Corridor"]
    assert accepted("the Black Sea") == ["the Black Sea"]
    assert accepted("the Caspian Sea") == ["the Caspian Sea", "the Caspian"]


def test_a_wrong_option_whose_surname_the_article_writes_for_someone_else_keeps_its_own():
    from quizzes.generate.distractors import spelled_as_the_article

    forms = NameForms(load_knowledge())
    text = "President Ilham Aliyev met Heydar Aliyev's statue."
    asked = _office(
        "According to the article, who is the President of Azerbaijan?",
        "Ilham Aliyev",
        ["Ilham Aliyev", "Mehriban Aliyeva", "Jeyhun Bayramov"],
    )
    assert spelled_as_the_article(asked, forms, text).choices == [
        "Ilham Aliyev", "Mehriban Aliyeva", "Jeyhun Bayramov"
    ]  # fmt: skip


def test_a_country_s_own_state_body_in_the_stem_names_that_country():
    forms = NameForms(load_knowledge())
    given_away = _choice(
        "Fill in the blank: A deputy of the Oliy Majlis called on migrants from _____ to return.",
        "Uzbekistan",
        ["Uzbekistan", "Kyrgyzstan", "Kazakhstan", "Tajikistan"],
    )
    assert sound_options(given_away, forms) is None
    ruled_out = _choice(
        "Fill in the blank: The Kremlin said the talks with _____ went well.",
        "Kazakhstan",
        ["Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan"],
    )
    sound = sound_options(ruled_out, forms)
    assert sound is not None and sound.choices == ["Kazakhstan", "Uzbekistan", "Kyrgyzstan"]


def test_a_blank_placed_by_a_compass_point_gets_only_countries_near_the_ones_it_names():
    forms = NameForms(load_knowledge())
    compass = _choice(
        "Fill in the blank: Central Asia has ties with the West: _____ to the north, China to "
        "the east.",
        "Russia",
        ["Russia", "the United States", "Azerbaijan", "Mongolia"],
    )
    sound = sound_options(compass, forms)
    assert sound is not None and sound.choices == ["Russia", "Azerbaijan", "Mongolia"]


def test_a_capital_is_offered_the_story_s_capitals_near_it_before_the_powers(parse):
    from quizzes.generate.distractors import wrong_cities

    doc = parse(
        "Tajikistan, Uzbekistan and Kyrgyzstan invited China and India to a water conference.",
        "The meeting in Dushanbe is scheduled for June.",
    )
    wrong = wrong_cities(doc, answer="Dushanbe")
    assert {"Tashkent", "Bishkek"} <= set(wrong), wrong  # not Beijing and New Delhi first


def test_where_a_railway_or_pipeline_goes_is_offered_only_countries_near_its_ends(parse):
    doc = parse("Mongolia has opened a rail line that will help its coal exports to China grow.")
    rail = _choice(
        "Fill in the blank: Mongolia has opened a rail line that will help its coal exports to "
        "_____ grow.",
        "China",
        ["China", "Russia", "the United States", "India"],
    )
    sound = sound_options(rail, NameForms(load_knowledge()), doc)
    assert sound is not None and len(sound.choices) == 4, rail.choices
    assert "the United States" not in sound.choices  # no railway runs there from Mongolia
    backed = _choice(  # who backs a pipeline may be anyone
        "Fill in the blank: The pipeline, which Turkmenistan said is backed by _____, is late.",
        "the United States",
        ["the United States", "Russia", "China", "Japan"],
    )
    sound = sound_options(backed, NameForms(load_knowledge()), doc)
    assert sound is not None and sound.choices == backed.choices


def test_a_blank_holding_a_man_s_first_names_before_his_surname_is_not_asked(parse):
    doc = parse(
        "Serdar Gurbangulyyevich Berdimuhamedov won the election against Agajan Bekmyradov.",
        "Serdar Gurbangulyyevich Berdimuhamedov is a young Turkmen politician.",
    )
    first_names = _choice(  # "Agajan Bekmyradov Berdimuhamedov" is no man's name
        "Fill in the blank: _____ Berdimuhamedov is a young Turkmen politician.",
        "Serdar Gurbangulyyevich",
        ["Serdar Gurbangulyyevich", "Agajan Bekmyradov", "Hydyr Nunnayev", "Rashid Meredov"],
    )
    assert sound_options(first_names, NameForms(load_knowledge()), doc) is None
    whole = _choice(
        "Fill in the blank: _____ is a young Turkmen politician.",
        "Serdar Gurbangulyyevich Berdimuhamedov",
        ["Serdar Gurbangulyyevich Berdimuhamedov", "Agajan Bekmyradov", "Hydyr Nunnayev",
         "Rashid Meredov"],
    )  # fmt: skip
    assert sound_options(whole, NameForms(load_knowledge()), doc) is not None


def test_a_blank_before_a_capitalised_word_that_is_no_surname_is_asked(parse):
    doc = parse("Azerbaijan Railways and Georgian Railway will found a joint venture.")
    # (the model takes "Railway" for a person)
    railway = _choice(
        "Fill in the blank: Azerbaijan Railways and _____ Railway will found a joint venture.",
        "Georgian",
        ["Georgian", "Armenian", "Turkish", "Russian"],
    )
    assert sound_options(railway, NameForms(load_knowledge()), doc) is not None


def test_a_city_s_former_name_is_recognised_but_no_right_answer_today(parse):
    from quizzes.generate.distractors import with_other_names
    from quizzes.generate.knowledge import CITY
    from quizzes.generate.questions import short_answer

    doc = parse("Soviet leaders met in Frunze in 1990.")
    assert [e.name for e in doc.entities(CITY)] == ["Bishkek"]
    source = Origin(Evidence("Sentence.", 1), 0, False, "place", ("x",))
    made = short_answer(origin=source, prompt="Where did the leaders meet in 2024?",
                        accepted=["Bishkek"], explanation="", topic="Topic")  # fmt: skip
    assert made is not None
    accepted = with_other_names(made, NameForms(load_knowledge())).answer
    assert "Frunze" not in accepted and "Pishpek" not in accepted


def test_a_capital_is_offered_capitals_before_other_cities_the_article_names(parse):
    from quizzes.generate.distractors import wrong_cities

    doc = parse(
        "The court in The Hague wants Putin arrested.",
        "Putin met the leaders of China and Turkey at the SCO summit in Astana.",
    )
    wrong = wrong_cities(doc, answer="Astana")
    assert "The Hague" not in wrong, wrong  # no capital, and no venue of an SCO summit
    assert {"Beijing", "Ankara"} <= set(wrong), wrong


def test_a_route_around_the_answer_is_offered_only_the_answer_s_neighbours(parse):
    doc = parse("The new line gives Kazakh grain a way to Iran that avoids Russia.")
    around = _choice(
        "Fill in the blank: The new line gives Mongolia a way from China to Iran avoiding _____.",
        "Russia",
        ["Russia", "India", "the United States", "Azerbaijan"],
    )
    sound = sound_options(around, NameForms(load_knowledge()), doc)
    assert sound is not None and len(sound.choices) == 4, around.choices
    assert not {"India", "the United States"} & set(sound.choices)  # India borders China only
    assert "Azerbaijan" in sound.choices


def test_a_country_named_alike_but_for_a_compass_point_is_no_wrong_option(parse):
    doc = parse("Firms from Japan and South Korea built the plant. North Korea was not asked.")
    wrong = wrong_countries(doc, answer="South Korea", count=6)
    assert "North Korea" not in wrong
    assert "Japan" in wrong


def test_after_the_neighbours_come_countries_bordering_them_not_far_fellow_members(parse):
    doc = parse("Pakistan signed the deal in Karachi.")
    neighbours = {"India", "China", "Afghanistan", "Iran"}
    taken = {"Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Azerbaijan"}
    wrong = wrong_countries(doc, answer="Pakistan", avoid=neighbours | taken, count=2)
    assert "Belarus" not in wrong  # a fellow member of the SCO, far off
    assert all(neighbours & load_knowledge().countries[name].neighbours for name in wrong)


def test_an_alliance_is_offered_blocs_alike_in_members_not_a_world_body_holding_them_all(parse):
    doc = parse("Armenia froze its part in the alliance this spring.")
    wrong = wrong_organisations(doc, answer="CSTO", like="CSTO", avoid={"CSTO"})
    assert "UN" not in wrong and "OSCE" not in wrong
    assert {"CIS", "EAEU"} <= set(wrong)


@pytest.mark.parametrize("near", [None, "Azerbaijan"])
def test_a_union_that_buys_gas_is_offered_blocs_of_trade_not_alliances(parse, near):
    doc = parse("The European Union will buy more gas from Azerbaijan, officials said in Baku.")
    wrong = wrong_organisations(doc, answer="EU", avoid={"EU"}, near=near)
    assert not {"NATO", "OSCE", "UN", "C5+1", "ASEAN"} & set(wrong)
    assert len(wrong) == 3


def test_the_articles_own_alliances_are_no_options_for_a_union_one_trades_with(parse):
    doc = parse(
        "Kazakhstan works with NATO and the OSCE on security. In 2024, trade with the European "
        "Union reached $48.8 billion."
    )
    wrong = wrong_organisations(doc, answer="EU", avoid={"EU"})
    assert not {"NATO", "OSCE"} & set(wrong) and len(wrong) == 3


def test_a_place_the_stem_calls_landlocked_gets_only_places_of_landlocked_countries(parse):
    doc = parse("A centre for landlocked countries opened in Tashkent, Moscow said.")
    forms = NameForms(load_knowledge())
    landlocked = _choice(
        "Fill in the blank: A centre for landlocked countries opened in _____ this year.",
        "Tashkent",
        ["Tashkent", "Moscow", "Beijing", "Bishkek"],
    )
    kept = as_the_stem_describes(landlocked, forms, doc)
    assert kept is not None and len(kept.choices) == 4, landlocked.choices
    assert not {"Moscow", "Beijing"} & set(kept.choices)
    cities, countries = forms.knowledge.cities, forms.knowledge.countries
    assert all("landlocked" in countries[cities[c].country].tags for c in kept.choices)
    plain = _choice(
        "Fill in the blank: A centre for trade opened in _____ this year.",
        "Tashkent",
        ["Tashkent", "Moscow", "Beijing", "Bishkek"],
    )
    assert as_the_stem_describes(plain, forms, doc) == plain


def test_a_country_the_stem_calls_former_soviet_gets_only_former_soviet_states(parse):
    doc = parse("Kazakhstan is a big oil producer, the ministry said in Astana.")
    forms = NameForms(load_knowledge())
    soviet = _choice(
        "Fill in the blank: Kazakhstan is the biggest former Soviet oil producer after _____.",
        "Russia",
        ["Russia", "China", "India", "the United Kingdom"],
    )
    kept = as_the_stem_describes(soviet, forms, doc)
    assert kept is not None and "Russia" in kept.choices and len(kept.choices) >= 3
    assert not {"China", "India", "the United Kingdom", "Kazakhstan"} & set(kept.choices)


def test_a_province_named_for_a_city_gets_only_cities_provinces_of_its_country_are_named_for(
    parse,
):
    doc = parse("Work began in Herat, Kabul and Mazar-i-Sharif.")
    forms = NameForms(load_knowledge())
    province = _choice(
        "Fill in the blank: The pipeline will help the economy of _____ province.",
        "Herat",
        ["Herat", "Kabul", "Mazar-i-Sharif", "Kandahar"],
    )
    kept = as_the_stem_describes(province, forms, doc)
    assert kept is not None and set(kept.choices) == {"Herat", "Kabul", "Kandahar"}
    city = _choice(
        "Fill in the blank: The pipeline will help the economy of _____ city.",
        "Herat",
        ["Herat", "Kabul", "Mazar-i-Sharif", "Kandahar"],
    )
    assert as_the_stem_describes(city, forms, doc) == city


def test_a_city_is_offered_the_cities_of_its_country_nearest_it_after_its_capital(parse):
    doc = parse("The line will run from Kashgar to the border.")
    wrong = wrong_cities(doc, answer="Kashgar", count=3)
    assert wrong[0] == "Beijing" and set(wrong[1:]) == {"Yining", "Khorgos"}  # not Chengdu
    cities = load_knowledge().cities
    assert 900 < distance_km(cities["Astana"], cities["Almaty"]) < 1050


def test_a_city_where_a_line_starts_gets_only_cities_near_it(parse):
    doc = parse("The line will run from Kashgar to the border.")
    forms = NameForms(load_knowledge())
    route = _choice(
        "Fill in the blank: The railway will run 300 km from _____ to the Kyrgyz border.",
        "Kashgar",
        ["Kashgar", "Beijing", "Chengdu", "Yining"],
    )
    kept = as_the_stem_describes(route, forms, doc)
    assert kept is not None and len(kept.choices) == 4, route.choices
    assert not {"Beijing", "Chengdu"} & set(kept.choices)
    summit = _choice(  # no line, no stretch: the capital is a fine option
        "Fill in the blank: The governor of _____ met the visitors.",
        "Kashgar",
        ["Kashgar", "Beijing", "Chengdu", "Yining"],
    )
    assert as_the_stem_describes(summit, forms, doc) == summit


def test_a_country_s_friend_is_not_offered_its_enemies_nor_itself(parse):
    doc = parse(
        "Armenia fought a long war with Azerbaijan in the 1990s.",
        "Georgia traded with everyone.",
    )
    friend = _choice(
        "Fill in the blank: Yerevan turned to _____ as its security guarantor.",
        "Russia",
        ["Russia", "Azerbaijan", "France", "Georgia"],
    )
    sound = sound_options(friend, NameForms(load_knowledge()), doc)
    assert sound is not None and len(sound.choices) == 4, friend.choices
    assert not {"Azerbaijan", "Armenia"} & set(sound.choices)
    assert {"France", "Georgia"} <= set(sound.choices)  # no word of hostility beside them


def test_a_stem_placing_the_answer_in_its_region_gets_only_countries_of_that_region(parse):
    doc = parse("Kyrgyzstan is a mountainous country in Central Asia, next to China.")
    placed = _choice(
        "Fill in the blank: _____ is a mountainous country in Central Asia, next to China.",
        "Kyrgyzstan",
        ["Kyrgyzstan", "Russia", "Tajikistan", "Mongolia"],
    )
    sound = sound_options(placed, NameForms(load_knowledge()), doc)
    assert sound is not None
    regions = {NameForms(load_knowledge()).country(c).region for c in sound.choices}
    assert regions == {"Central Asia"}, sound.choices


def test_a_meeting_the_stem_gives_to_the_caspian_countries_is_in_one_of_them(parse):
    doc = parse("The leaders of the Caspian countries met in Baku, Azerbaijan, in August.")
    met = _choice(
        "Fill in the blank: The leaders of the Caspian countries met in _____ in August.",
        "Azerbaijan",
        ["Azerbaijan", "Kyrgyzstan", "Russia", "Armenia"],
    )
    forms = NameForms(load_knowledge())
    kept = as_the_stem_describes(met, forms, doc)
    assert kept is not None and "Kyrgyzstan" not in kept.choices, kept
    assert all("Caspian littoral state" in forms.country(c).tags for c in kept.choices)


def test_a_province_by_its_kind_gets_only_provinces(parse):
    doc = parse("The port lies in China's Jiangsu Province, far from Urumqi.")
    province = _choice(
        "Fill in the blank: The port lies in China's _____, far from the border.",
        "Jiangsu Province",
        ["Jiangsu Province", "Urumqi", "Xinjiang Uygur Autonomous Region", "Cargos",
         "Hebei Province"],
    )  # fmt: skip
    sound = sound_options(province, NameForms(load_knowledge()), doc)
    assert sound is not None
    assert sound.choices == ["Jiangsu Province", "Xinjiang Uygur Autonomous Region",
                             "Hebei Province"]  # fmt: skip


MIGRANTS = (
    "Tajikistan depends on money sent home by its citizens abroad.",
    "There are many Tajik migrant workers in Russia, the ministry said.",
    "Some Tajik migrant workers also go to Kazakhstan each spring.",
)


@pytest.mark.parametrize(
    ("other", "offered"),
    [(MIGRANTS[2], False), ("Kazakhstan exports wheat to Tajikistan each spring.", True)],
)
def test_a_country_the_article_says_the_same_of_is_no_wrong_option(other, offered):
    doc = parse_paragraphs(MIGRANTS[0], MIGRANTS[1], other)
    source = Origin(Evidence(MIGRANTS[1], 2), 1, False, "statement", ("key",))
    prompt = "Fill in the blank: There are many Tajik migrant workers in _____."
    candidate = Candidate(QuestionType.SINGLE_CHOICE, prompt, "Russia", source, "", "Migration",
                          choices=["Russia", "Kazakhstan", "China", "India"],
                          answer_texts=("Russia",))  # fmt: skip
    checked = said_of_another(candidate, doc, NameForms(load_knowledge()))
    assert checked is not None and {"Russia", "China", "India"} <= set(checked.choices)
    assert ("Kazakhstan" in checked.choices) is offered


@pytest.mark.parametrize(
    ("prompt", "answer", "wrong", "members"),
    [("Fill in the blank: In 2031, _____ received observer status in the EAEU.", "Mongolia",
      ["Russia", "China", "Armenia"], False),
     ("According to the article, which country defied OPEC+ production targets in 2031?",
      "Kazakhstan", ["Kyrgyzstan", "Uzbekistan", "Russia"], True)],
)  # fmt: skip
def test_wrong_countries_stand_towards_the_stem_s_organisation_as_the_answer_does(
    prompt, answer, wrong, members
):
    knowledge = load_knowledge()
    doc = parse_paragraphs("Officials met in Moscow in 2031.", "Trade grew in 2031.")
    source = Origin(Evidence("Trade grew in 2031.", 2), 1, False, "statement", ("key",))
    candidate = Candidate(QuestionType.SINGLE_CHOICE, prompt, answer, source, "", "Trade",
                          choices=[answer, *wrong], answer_texts=(answer,))  # fmt: skip
    checked = of_the_answers_standing(candidate, doc, NameForms(knowledge))
    org = knowledge.organisation("OPEC+" if members else "EAEU")
    assert checked is not None and len(checked.choices) == 4
    assert all((c in org.members) is members for c in checked.choices)


def test_a_member_asked_as_a_member_is_asked_among_countries_that_are_not():
    knowledge = load_knowledge()
    doc = parse_paragraphs("Officials met in Moscow in 2031.", "Trade grew in 2031.")
    source = Origin(Evidence("Trade grew in 2031.", 2), 1, False, "membership", ("key",))
    prompt = "According to the article, which country is a full member of the EAEU?"
    candidate = Candidate(QuestionType.SINGLE_CHOICE, prompt, "Kazakhstan", source, "", "Trade",
                          choices=["Kazakhstan", "Russia", "China", "Turkmenistan"],
                          answer_texts=("Kazakhstan",))  # fmt: skip
    checked = of_the_answers_standing(candidate, doc, NameForms(knowledge))
    members = knowledge.organisation("EAEU").members
    assert checked is not None and len(checked.choices) == 4
    assert [c for c in checked.choices if c in members] == ["Kazakhstan"]


def test_a_leader_in_office_is_offered_leaders_in_office_before_former_ones(parse):
    doc = parse("Xi Jinping congratulated the three countries on the railway deal.")
    wrong = wrong_people(doc, answer="Xi Jinping")
    leaders = doc.knowledge.leaders
    assert len(wrong) == 3 and all(leaders[name].in_office for name in wrong), wrong


def test_a_major_power_s_rivals_are_the_other_permanent_powers_then_turkey_and_iran():
    # "the _____ military base in Armenia": China, the United States, then Turkey or Iran;
    # India, far from the region, is no rival reviewers believed.
    doc = parse_paragraphs("Armenia hosts a foreign military base in Gyumri.")
    wrong = wrong_countries(doc, answer="Russia", avoid={"Armenia"}, count=4)
    assert set(wrong[:2]) == {"China", "United States"}
    assert set(wrong[2:]) == {"Iran", "Turkey"}
