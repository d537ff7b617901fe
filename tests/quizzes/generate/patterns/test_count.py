"""Counts asked in the generator's own words, from the count's own clause: each figure of a
sentence its own question, only where the parse makes it safe."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from quizzes.generate.facts import FoundFacts
from quizzes.generate.patterns import candidates_from_facts, count
from quizzes.generate.rank import choose
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import ask_about, made_by

LEAD = "According to the article, "


def _asked(*sentences: str) -> list[str]:
    context = ask_about(*sentences)
    facts = [f for f in context.facts if f.kind == count.KIND]
    return [q.prompt.removeprefix(LEAD) for f in facts for q in made_by(count, f, context)]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Kyrgyz police detained 12 Uzbek traders after the protest in Bishkek.",
         "how many Uzbek traders did Kyrgyz police detain after the protest in Bishkek?"),
        ("The Almaty forum hosts 300 delegates from Europe.",
         "how many delegates does the Almaty forum host from Europe?"),
        ("Tajik border guards have detained 25 smugglers in the Pamirs.",
         "how many smugglers have Tajik border guards detained in the Pamirs?"),
        # A name's own "The" is not capitalised inside the question.
        ("The National Unity Party won 29 seats in the parliament of Uzbekistan.",
         "how many seats in the parliament of Uzbekistan did the National Unity Party win?"),
        ("Some 5,000 tourists visited Khiva in 2023.",
         "how many tourists visited Khiva in 2023? (The article says “some …”.)"),
        # the phrase opening a quotation, asked inside the question
        ("\"In 2023, Peru sent 19,758 workers to South Korea, but this figure dropped to 7,081 "
         "in 2024.", "how many workers did Peru send to South Korea in 2023?"),
        # what follows "including" is the listed one's, not all nine's
        ("In 2011, Peruvian airlines made nine emergency landings, including the crash landing "
         "of a Tu-134A with 88 people aboard in Arequipa during a foggy December night.",
         "how many emergency landings did Peruvian airlines make in 2011?"),
        # "over" the model left outside the figure
        ("Furthermore, Russia and China are currently building over 20 reactors both "
         "domestically and abroad, while France is constructing just a few.",
         "how many reactors are Russia and China building? (The article says “over …”.)"),
        # a party's name the source wrote without its "the"
        ("Police in Tbilisi detained 14 members of United Opposition Movement in 2024.",
         "how many members of the United Opposition Movement did police in Tbilisi detain in "
         "2024?"),
        # a public body's name the source wrote without its "the"
        ("Cabinet of Ministers of Turkmenistan includes 17 ministers.",
         "how many ministers does the Cabinet of Ministers of Turkmenistan include?"),
        ("Total nine candidates competed in the election in Ashgabat.",
         "how many candidates competed in the election in Ashgabat?"),
        ("More than 20 members of a group called the Aral Committee were arrested in Nukus.",
         "how many members of a group called the Aral Committee were arrested in Nukus? (The "
         "article says “more than …”.)"),
        # a setting the sentence gives twice is asked once
        ("In 2031, Chilean authorities issued 6,000 work visas to workers from Peru as part of "
         "the seasonal worker route in 2031.",
         "how many work visas did Chilean authorities issue to workers from Peru as part of the "
         "seasonal worker route in 2031?"),
    ],
)  # fmt: skip
def test_a_count_is_asked_in_its_own_words_with_its_setting(sentence, question):
    assert _asked(sentence) == [question]


def test_each_clause_of_one_sentence_is_asked_with_the_setting_that_opens_it():
    asked = _asked(
        "During the clashes in Osh, 120 people were injured, including 10 police officers; "
        "14 people died as a result of their wounds; 300 people were detained."
    )
    assert asked == [
        "how many people were injured during the clashes in Osh?",
        "how many people died during the clashes in Osh?",
        "how many people were detained during the clashes in Osh?",
    ]


def test_both_of_a_pair_of_objects_are_asked():
    asked = _asked("Khorgos, a Silk Road hub, connects 27 Chinese cities and 11 European cities.")
    assert asked == [
        "how many Chinese cities does Khorgos connect?",
        "how many European cities does Khorgos connect?",
    ]


def test_a_day_only_the_articles_date_places_is_left_out_and_a_list_after_a_colon_too():
    assert _asked(
        "On Monday, 74 polling stations were opened for Kazakhs in 59 countries, including "
        "Russia: in Moscow and Omsk."
    ) == ["how many polling stations were opened for Kazakhs in 59 countries?"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said 40 workers would be hired in Aktau.",  # a plan, not a fact
        "The TAPI project is expected to create 12,000 jobs in Herat.",  # a forecast
        "The company did not hire 50 workers in Atyrau.",  # negated
        "Officials denied that 30 people died in the floods in Osh.",  # denied
        "If 30 people died in the floods in Osh, the minister will resign.",  # a condition
        "They detained 30 people in Almaty.",  # who?
        "These 30 people were detained in Almaty.",  # which?
        "About 65 trains carrying 6,200 containers pass Khorgos every month.",  # two figures
        "Currently, 94 patients are being treated.",  # where?
        "Currently, 94 patients are being treated in hospitals.",  # which?
        "Police detained 14 people yesterday.",  # where, and what for?
        "Security forces have killed five more men in Khorog.",  # more than what?
        "Police in Osh held a trader for two days together with 29 others.",  # others of what?
        "Every month, Peru receives from 12 to 14 tankers of oil from Chile.",  # a range
        "Peru receives 12-14 tankers of oil from Chile every month.",  # a range
        "Only 44 of 130 lawmakers in Lima backed the prime minister in the vote.",  # a whole
        "More than 100 people were injured, mostly in Arica, a port near the border.",  # some
        "Chile saw a violent uprising in October 2019 which left 30 people dead.",  # of a date
        # shared: two seats each
        "In Peru, the remaining eight seats went to the Green Party, the Farmers Party and the "
        "Workers Party.",
        # one seat each, the parse taking the list for descriptions of the first
        "In Peru, the Green Party won the vote and the remaining three seats were taken up by "
        "an independent N.Altankhuyag (former Prime Minister and DP leader), T.Dorjkhand, leader "
        "of the Right Person Coalition (National Labor Party and Justice Party) and S.Ganbaatar, "
        "Vice Chairman of the Our Coalition respectively.",
        "At least 300 people died as a result in Arica alone.",  # of what?
        # the value of "the number of deaths", not people who came
        "On the other hand, the number of deaths in the period came up to 36,100 people.",
        "In Lima, 15 cases registered so far, the Health Ministry says.",  # said, not counted
        "Arica leads with 170 establishments, followed by Iquique.",  # a ranking
    ],
)
def test_no_count_is_asked_where_the_parse_does_not_make_it_safe(sentence):
    assert _asked(sentence) == []


def test_the_dead_are_no_tail_of_the_injured_but_a_small_count_of_one_verb_is():
    assert len(_asked("In Osh, 400 people were injured and 12 people died.")) == 2
    assert _asked("In Osh, 400 people were injured and 12 people were injured in Jalal-Abad.") == [
        "how many people were injured in Osh?"
    ]


def test_the_answer_is_the_count_with_what_it_counts():
    context = ask_about("Kyrgyz police detained 12 Uzbek traders after the protest in Bishkek.")
    [fact] = [f for f in context.facts if f.kind == count.KIND]
    [question] = made_by(count, fact, context)
    assert question.type is QuestionType.NUMERIC
    assert (question.answer, question.unit, question.tolerance) == (12, "traders", 0)


def test_every_count_of_one_sentence_is_kept_in_the_quiz():
    """No stem shows another's answer, and each asks a count of its own (not three figures
    of one measure, "people")."""
    context = ask_about(
        "Kyrgyzstan held a vote on a new constitution in June.",
        "During the riots in Nukus, 243 people were injured; 18 people died; 516 people were "
        "detained.",
    )
    candidates = list(candidates_from_facts(context.facts, context))
    picked = choose(candidates, context.doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(0), dropped=Counter())  # fmt: skip
    prompts = {c.prompt.removeprefix(LEAD) for c in picked}
    assert {
        "how many people were injured during the riots in Nukus?",
        "how many people died during the riots in Nukus?",
        "how many people were detained during the riots in Nukus?",
    } <= prompts


def test_a_running_total_keeps_its_date_and_a_preposition_without_its_object_asks_nothing():
    assert _asked("As of April 3, 14 people had been detained in connection with the blast.") == [
        "how many people had been detained as of April 3 in connection with the blast?"
    ]
    assert _asked("In 2000 six states created the Eurasian Economic Community.") == []


def test_a_count_whose_subject_goes_on_to_do_something_else_is_not_asked_by_one_verb():
    assert _asked("In 2010 three states pursued integration and founded the Andean Union.") == []
    assert _asked("In Osh, 30 activists were arrested and held for two months.") == [
        "how many activists were arrested in Osh?"
    ]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Mongolia maintains diplomatic ties with 192 countries of the world.",
         "how many countries of the world does Mongolia maintain diplomatic ties with?"),
        ("Uzbekistan exported gas to 12 countries in 2023.",
         "how many countries did Uzbekistan export gas to in 2023?"),
    ],
)  # fmt: skip
def test_things_counted_after_a_preposition_are_asked_with_it_at_the_end(sentence, question):
    assert _asked(sentence) == [question]


@pytest.mark.parametrize(
    "sentence",
    [
        "They sent aid to 30 villages in Osh.",  # who?
        "Kazakhstan sent its troops to 30 villages in Osh.",  # whose troops?
        "Kazakh wheat was sold to 40 countries in Asia.",  # sold by whom?
        "Uzbekistan held talks on 12 projects in Tashkent.",  # "on" is not left at the end
        "Kyrgyzstan remains among the worst-hit countries of the world, with 1,400 new cases "
        "of tuberculosis a year.",  # an aside after a comma
    ],
)
def test_no_preposition_is_left_at_the_end_without_a_doer_or_a_whole_object(sentence):
    assert _asked(sentence) == []


def test_things_counted_in_an_aside_with_with_are_not_asked():
    asked = _asked("The Mongolian army hosted 17 nations with 3,000 participants in Khaan Quest.")
    assert not [q for q in asked if q.startswith("how many participants")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan has become a home for 600 American companies.",
        "In Osh, 40 families were forced to leave their homes.",
        "The January 2022 unrest in Kazakhstan left at least 238 people, including 19 police "
        "officers, dead.",
    ],
)
def test_a_verb_that_needs_its_complement_asks_nothing(sentence):
    assert _asked(sentence) == []


def test_a_pair_in_the_setting_stays_whole_and_a_link_between_sentences_is_left_out():
    asked = _asked(
        "In addition, 1,300 Mongolian students study at colleges and universities in Ohio."
    )
    assert asked == ["how many Mongolian students study at colleges and universities in Ohio?"]
    assert _asked("Kazakhstan exported wheat to 40 countries in Europe and Asia.") == [
        "how many countries in Europe and Asia did Kazakhstan export wheat to?"
    ]
    assert _asked("In Osh, 300 students and teachers were evacuated.") == []  # counted as one


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("About 200 trucks cross the Dostyk border every day.",
         "how many trucks cross the Dostyk border every day? (The article says “about …”.)"),
        ("Kyrgyz customs registered 300 trucks at Torugart annually.",
         "how many trucks did Kyrgyz customs register at Torugart annually?"),
    ],
)  # fmt: skip
def test_a_count_in_a_span_of_time_keeps_its_span(sentence, question):
    assert _asked(sentence) == [question]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("According to the ministry, 300 people were detained in Osh.",
         "how many people were detained in Osh?"),
        ("The report says that 1,500 migrants left Tajikistan for Russia in May.",
         "how many migrants left Tajikistan for Russia in May?"),
        ("Police detained 14 people in Osh on Monday.",
         "how many people in Osh did police detain?"),
    ],
)  # fmt: skip
def test_who_says_it_and_a_weekday_are_left_out_a_month_and_a_place_on_the_noun_stay(
    sentence, question
):
    assert _asked(sentence) == [question]


def test_a_relative_clause_is_asked_of_the_noun_it_hangs_on_unless_set_off_as_an_aside():
    assert _asked(
        "Migrants fear a backlash after the March 22 attack in Moscow that killed 140 people."
    ) == ["how many people did the March 22 attack in Moscow kill?"]
    assert _asked("The floods in Osh, which destroyed 300 houses, began in May.") == []


def test_a_relative_clause_hung_on_one_of_a_list_is_not_asked_of_it():
    sentence = (
        "The government blamed the rebels for attacks on September 4 against a police station "
        "and an arsenal near Dushanbe that killed 26 people."
    )
    assert _asked(sentence) == []


def test_a_count_the_parse_ran_into_a_change_of_state_is_not_asked(parse):
    doc = parse(
        "Since its inception in Shanghai in 2001, the SCO has evolved from a regional "
        "cooperative entity with six founding members into the world’s most extensive and "
        "populous regional institution."
    )
    assert [f for s in doc.sentences for f in count.find(s, doc)] == []
