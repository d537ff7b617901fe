"""Dated actions: the clause turned into "In which year did ...?"."""

from __future__ import annotations

from quizzes.generate.patterns import dated_action
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def _facts(parse, *paragraphs):
    return found_by(dated_action, parse(*paragraphs))


def test_an_active_past_verb_takes_did_and_its_lemma(parse):
    [fact] = _facts(
        parse, "The United States established diplomatic relations with Georgia in 1992."
    )
    assert fact.question_clause() == (
        "did the United States establish diplomatic relations with Georgia"
    )
    assert fact.year == 1992


def test_words_either_side_of_a_left_out_comma_keep_their_space(parse):
    [fact] = _facts(
        parse, "In FY 2006, the EU provided $43 million in assistance to Czech Republic, including:"
    )
    assert "Czech Republic including" in fact.question_clause()


def test_a_participle_the_parse_gave_an_object_is_no_dated_action(parse):
    doc = parse(
        "The Gatchinskaya 201st motor-rifled division formed in 1943 forms the bulk of the "
        "Russian military base in Tajikistan."
    )
    assert found_by(dated_action, doc) == []


def test_a_passive_keeps_its_auxiliary(parse):
    [fact] = _facts(parse, "The Shanghai Five group was created on 26 April 1996 in Shanghai.")
    assert fact.question_clause().startswith("was the Shanghai Five group created")


def test_it_takes_the_named_subject_of_the_sentence_before(parse):
    facts = _facts(
        parse,
        "Kyrgyzstan hosted the talks in Bishkek. "
        "It signed a water agreement with Tajikistan in 2021.",
    )
    assert [f.question_clause() for f in facts] == [
        "did Kyrgyzstan sign a water agreement with Tajikistan"
    ]


def test_the_organisation_in_an_article_about_one_is_named(parse):
    facts = _facts(parse, "The CSTO met in Minsk. The organisation was founded in 2002.")
    assert [f.question_clause() for f in facts] == ["was the CSTO founded"]


def test_dates_that_are_not_the_time_of_the_action_are_not_asked(parse):
    assert _facts(parse, "The base was used by American troops until 2014.") == []
    assert (
        _facts(parse, "Talks were held in Almaty in 1998, Bishkek in 1999 and Dushanbe in 2000.")
        == []
    )
    assert _facts(parse, "Officials did not sign the treaty in 2019.") == []


def test_the_year_is_asked_exactly_and_a_full_date_as_a_choice(ask):
    context = ask("Kazakhstan signed the Comprehensive Test Ban Treaty on 30 September 2001.")
    [fact] = [f for f in context.facts if f.kind == "dated_action"]
    made = [c for c in dated_action.questions(fact, context) if c is not None]
    year = next(c for c in made if c.type is QuestionType.NUMERIC)
    assert (year.answer, year.tolerance) == (2001, 0)
    assert "2001" not in year.prompt
    date = next(c for c in made if c.type is QuestionType.SINGLE_CHOICE)
    assert date.answer == "30 September 2001" and date.choices.count("30 September 2001") == 1


def test_a_participle_with_a_date_is_asked_about_its_noun(parse):
    sentence = "President Serdar Berdimuhamedov, elected in March 2022, has yet to enact reforms."
    [fact] = _facts(parse, sentence)
    assert fact.question_clause() == "was President Serdar Berdimuhamedov elected"
    assert fact.year == 2022


def test_a_thing_named_back_keeps_its_possessive(parse):
    facts = _facts(
        parse,
        "Armenia will upgrade the Metsamor nuclear power plant with Russian help.",
        "The plant's sole functioning reactor went into service in 1980.",
    )
    assert [f.question_clause() for f in facts] == [
        "did the Metsamor nuclear power plant’s sole functioning reactor go into service"
    ]


def test_a_participle_of_a_state_now_is_no_dated_action(parse):
    sentence = (
        "Lawmakers want to bring forward the date when Mongolia starts receiving dividends from "
        "Oyu Tolgoi, currently set at 2041."
    )
    assert _facts(parse, sentence) == []


def test_a_participle_s_noun_keeps_its_of_complement(parse):
    sentence = "Iran and Iraq amended the Memorandum of Understanding signed in May 2019."
    [fact] = _facts(parse, sentence)
    assert fact.question_clause() == "was the Memorandum of Understanding signed"


def test_three_dated_actions_make_an_ordering_question_earliest_first(ask):
    context = ask(
        "Kazakhstan joined the United Nations in 1992. Kazakhstan signed the test ban treaty in "
        "2001. Kazakhstan opened a new capital in 1997."
    )
    facts = context.facts_of(dated_action.DatedActionFact)
    [question] = [c for c in dated_action.combined(facts, context) if c is not None]
    assert question.type is QuestionType.ORDERING
    assert question.answer == [
        "Kazakhstan joined the United Nations",
        "Kazakhstan opened a new capital",
        "Kazakhstan signed the test ban treaty",
    ]
    assert question.origin.key != facts[0].key()  # its own fact, not the first year's


def test_the_country_after_two_countries_of_its_sentence_is_not_guessed(parse):
    facts = _facts(
        parse,
        "Japan has supported Mongolia since the country moved to a market economy in 1990.",
    )
    assert not any("Japan" in f.question_clause() for f in facts)


def test_an_action_dated_in_two_years_has_no_one_year_to_ask(parse):
    assert (
        _facts(
            parse,
            "Kazakhstan suspended oil shipments through the Caspian pipeline in December 2023 and "
            "April 2024.",
        )
        == []
    )


def test_both_republics_are_the_two_countries_the_sentence_names(parse):
    facts = _facts(
        parse,
        "Armenia and Azerbaijan have clashed since both republics declared independence from "
        "the Soviet Union in 1991.",
    )
    assert [f.question_clause() for f in facts] == [
        "did Armenia and Azerbaijan declare independence from the Soviet Union"
    ]


def test_the_two_countries_are_the_two_the_sentence_before_names(parse):
    facts = _facts(
        parse,
        "Armenia and Azerbaijan have clashed for decades. "
        "The two countries fought a war over Nagorno-Karabakh in 2020.",
    )
    assert [f.question_clause() for f in facts] == [
        "did Armenia and Azerbaijan fight a war over Nagorno-Karabakh"
    ]


def test_two_countries_that_could_be_any_two_of_three_are_not_asked(parse):
    facts = _facts(
        parse,
        "Armenia, Georgia and Azerbaijan met in Tbilisi. "
        "The two countries signed a border deal in 2021.",
    )
    assert facts == []


def test_the_province_is_the_one_region_the_sentence_named(parse):
    facts = _facts(
        parse,
        "The war was fought over the republic of Nagorno-Karabakh in 2020, and Azerbaijani "
        "forces clashed with the province’s separatist forces in 2023.",
    )
    assert "did Azerbaijani forces clash with Nagorno-Karabakh’s separatist forces" in [
        f.question_clause() for f in facts
    ]


def test_the_consortium_is_the_one_the_article_names(parse):
    facts = _facts(
        parse,
        "The Caspian Pipeline Consortium links Kazakhstan to the Black Sea. "
        "The consortium was established in 1992.",
    )
    assert [f.question_clause() for f in facts] == [
        "was the Caspian Pipeline Consortium established"
    ]


def test_a_forecast_is_not_dated_by_the_year_it_foresees(parse):
    doc = parse(
        "The National Bank of Tajikistan forecast an average inflation rate of 6 percent in 2026.",
        "The Asian Development Bank expected growth of 5 percent for Kyrgyzstan in 2025.",
    )
    assert (
        found_by(dated_action, doc) == []
    )  # "in which year did the bank forecast ...": when made?
    made = parse("The National Bank of Tajikistan published an inflation forecast in 2024.")
    assert [f.year for f in found_by(dated_action, made)] == [2024]


def test_an_action_dated_by_a_span_of_years_has_no_one_year_to_ask(parse):
    doc = parse(
        "Kyrgyzstan introduced the new land tax in the 2023/24 financial year.",
        "Armenia and Azerbaijan fought the first war over the region in 1988-1994.",
    )
    assert found_by(dated_action, doc) == []
    one = parse("Kyrgyzstan introduced the new land tax in the 2023 financial year.")
    assert [f.year for f in found_by(dated_action, one)] == [2023]


def test_a_passive_with_nothing_after_its_verb_is_asked_with_its_adverb_of_order(parse):
    [fact] = _facts(
        parse, "The Roghun dam was first proposed in 1959 and a scheme was drawn up by 1965."
    )
    assert fact.question_clause() == "was the Roghun dam first proposed"
    assert fact.year == 1959


def test_an_active_verb_with_nothing_after_it_is_still_not_asked(parse):
    assert _facts(parse, "The ministry announced in 2019.") == []


def test_a_future_action_dated_by_effective_is_asked_with_will(parse):
    [fact] = _facts(parse, "Kazakhstan will assume the bloc's chairmanship effective Jan. 1, 2027.")
    assert fact.question_clause() == "will Kazakhstan assume the bloc's chairmanship"
    assert fact.year == 2027


def test_what_a_forecast_says_will_happen_is_not_dated_as_an_action(parse):
    assert (
        _facts(parse, "The World Bank forecasts that Kazakhstan's GDP will grow 5% in 2026.") == []
    )


def test_a_thing_brought_in_with_a_is_not_asked_after_as_if_the_reader_knew_which(ask):
    # "In which year was a UN report published?" — which report? The stem cannot say.
    for sentence in (
        "A UN report published in 2019 called the canal a lifeline for farmers.",
        "A delegation from Almaty visited Tashkent in 2017.",
    ):
        context = ask(sentence)
        [fact] = context.facts_of(dated_action.DatedActionFact)
        assert made_by(dated_action, fact, context) == []


def test_the_thing_brought_in_with_the_is_still_asked(ask):
    context = ask("The UN report published in 2019 called the canal a lifeline.")
    [fact] = context.facts_of(dated_action.DatedActionFact)
    [year, *_] = made_by(dated_action, fact, context)
    assert year.prompt == "According to the article, in which year was the UN report published?"


def test_the_year_of_a_cited_source_is_not_asked(parse):
    # "(as reported in Ismailov et al, 2016)": bibliography, not what the article tells.
    assert (
        _facts(
            parse,
            "The 2012 census data (as reported in Ismailov et al, 2016) shows that most "
            "herders live in the north.",
        )
        == []
    )


def test_a_quoted_sentence_s_first_word_is_lower_cased_in_the_question(parse):
    facts = _facts(parse, '"The lease agreement on Gwadar adopted in 1996 has run its course.')
    assert facts
    assert all("The lease" not in fact.question_clause() for fact in facts)


def test_a_hedged_action_is_no_dated_fact(parse):
    assert _facts(parse, "An official said Armenia will likely join the alliance in 2027.") == []
    assert _facts(parse, "Armenia reportedly signed the treaty in 2019.") == []
    assert _facts(parse, "Armenia signed the treaty in 2019.")


def test_what_was_done_for_the_last_time_in_a_year_is_no_dated_fact(parse):
    assert _facts(parse, "Trade has grown since the Taliban last held control in 2001.") == []
    assert _facts(parse, "Garibashvili recalled China's recognition of Georgia in 1992.") == []
    assert _facts(parse, "The Taliban seized control of Kabul in 2021.")


def test_a_list_the_question_would_cut_short_is_not_asked(parse):
    facts = _facts(
        parse,
        "The union was first formed by the leaders of Kazakhstan (Kazakh SSR), Kyrgyzstan "
        "(Kirghiz SSR), and Tajikistan (Tajik SSR) on March 3, 1996, when they signed a treaty.",
    )
    assert all(
        "Tajikistan" in f.question_clause() or "leaders" not in f.question_clause() for f in facts
    )


def test_a_year_after_an_anniversary_is_not_the_year_of_marking_it(parse):
    marked = "Last week Tajikistan celebrated the 25th anniversary of the peace accord in 1997."
    assert _facts(parse, marked) == []
    held = "Kyrgyzstan held a parade for the 80th anniversary of the victory in 2025."
    assert [f.year for f in _facts(parse, held)] in ([2025], [])


def test_an_action_placed_by_here_or_there_is_not_asked(parse):
    doc = ("The steppe near the town saw many blasts.",
           "The first Soviet atomic bomb was tested here in 1949.")  # fmt: skip
    assert _facts(parse, *doc) == []


def test_a_name_the_parse_cuts_before_its_participle_is_not_asked(parse):
    cut = (
        "It said Mongolia has been admitted to Treaty on the Foundation of an International "
        "Transit Network between Iran, Oman, Turkmenistan and Uzbekistan signed on May 12, 2014."
    )
    assert [f.question_clause() for f in _facts(parse, cut)] == []  # not "was Treaty on signed"


def test_a_phrase_cut_before_its_verb_s_object_is_not_asked(parse):
    doc = parse(
        "A riot broke out in a prison near Dushanbe on Sunday.",
        "The young man was jailed for eight years in May 2019 for trying to join IS in Syria.",
    )
    assert not [f for f in found_by(dated_action, doc) if "trying" in f.rest]


def test_it_never_stands_for_the_person_the_sentence_before_was_about(parse):
    doc = parse(
        "Antony Blinken met the foreign ministers of the five Central Asian states in Astana. "
        "It was founded in 2015 to bring them together.",
    )
    assert not [f for f in found_by(dated_action, doc) if "Blinken" in f.subject]


def test_the_date_a_document_bears_is_no_action(parse):
    assert not _facts(
        parse,
        "Chile amended the agreement with Peru on the transit of copper to Bolivia dated "
        "December 24, 2013.",
    )


def test_the_object_a_relative_clause_hangs_on_is_named_or_nothing_is_asked(parse):
    [fact] = _facts(
        parse,
        "He also advocated for bolstering cooperation on the Belt and Road Initiative that Xi "
        "launched in Kazakhstan in 2013.",
    )
    assert fact.question_clause() == "did Xi launch the Belt and Road Initiative in Kazakhstan"
    assert _facts(parse, "He also praised the new plan that Boric launched in Chile in 2013.") == []


def test_a_participle_set_off_after_the_subject_is_no_action_of_it(parse):
    doc = parse(
        "Azerbaijan, granted dialogue partner status at the 2015 Ufa summit, has expressed its "
        "desire for deeper integration."
    )
    assert [f.question_clause() for f in found_by(dated_action, doc)] == []


def test_a_leader_elected_more_than_once_is_asked_when_first_elected_and_never_re_elected(ask):
    def asked(sentence: str) -> list[str]:
        context = ask(sentence)
        facts = context.facts_of(dated_action.DatedActionFact)
        return [c.prompt for f in facts for c in made_by(dated_action, f, context)]

    assert asked("Serzh Sargsyan was elected President of Armenia in 2008.") == [
        "According to the article, in which year was Serzh Sargsyan first elected President of "
        "Armenia?"
    ]
    assert asked("Serzh Sargsyan was elected President of Armenia in 2013.") == []


def test_when_a_figure_was_recorded_is_no_dated_action(parse):
    assert _facts(parse, "Re-exports were the main force behind the doubling of Russian-Armenian "
                  "trade recorded in January-October 2024.") == []  # fmt: skip
    assert _facts(parse, "Kazakhstan opened a consulate in Kazan in 2024.") != []


def test_a_year_the_parse_joined_to_the_office_that_follows_it_is_no_dated_action(parse):
    doc = parse(
        "As Chairman of the Senate, Tokayev was elected in 2008 Vice-President of the "
        "Parliamentary Assembly of the Organization for Security and Co-operation in Europe."
    )
    assert not any("in Europe" in f.question_clause() for f in found_by(dated_action, doc))


def test_a_verb_whose_clause_was_left_out_is_no_dated_action(parse):
    doc = parse(
        "It is a reminder that in February 2022, Gurbanguly Berdymukhamedov announced that he "
        "would resign, and on March 12, his son Serdar won the election."
    )
    assert not any(f.question_clause().endswith("announce") for f in found_by(dated_action, doc))


def test_an_adjective_opening_the_sentence_loses_its_capital_inside_the_question(parse):
    [fact] = _facts(
        parse,
        "Neighboring Tajikistan raised $500 million in an oversubscribed Eurobond sale in 2017.",
    )
    assert fact.question_clause().startswith("did neighboring Tajikistan raise")


def test_a_second_time_beside_the_date_is_left_out_of_the_action(parse):
    facts = _facts(
        parse,
        "The first oil from Kashagan was extracted in September 2013—eight years later than "
        "planned and $45 billion over the initial budget.",
    )
    assert all("later" not in fact.question_clause() for fact in facts)
    assert any(
        fact.question_clause() == "was the first oil from Kashagan extracted" for fact in facts
    )


def test_the_year_of_an_action_on_one_thing_brought_in_with_a_is_not_asked(ask):
    # "In which year did Rahmon sign a decree?": which decree? The dated ceremony is asked.
    context = ask(
        "President Emomali Rahmon signed a decree on December 4, 2024. "
        "President Emomali Rahmon opened the Rogun dam on November 16, 2018."
    )
    facts = [f for f in context.facts if f.kind == "dated_action"]
    asked = [c.prompt for f in facts for c in made_by(dated_action, f, context)
             if c.type is QuestionType.NUMERIC]  # fmt: skip
    assert asked == [
        "According to the article, in which year did President Emomali Rahmon open the Rogun dam?"
    ]
