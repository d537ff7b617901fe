"""Dates of events, and the conflict when an article dates one event two ways."""

from __future__ import annotations

from datetime import date

import pytest

from quizzes.generate.ask import Ask
from quizzes.generate.facts import find_facts
from quizzes.generate.patterns import event_date
from quizzes.model import QuestionType


def test_an_event_dated_by_a_participle(parse):
    doc = parse("The Kyrgyz parliamentary election, held in March 2021, returned the ruling party.")
    [fact] = list(event_date.find(doc.sentences[0], doc))
    assert fact.event == "the Kyrgyz parliamentary election"
    assert (fact.year, fact.month) == (2021, "March")


def test_a_date_hung_on_the_verb_finds_the_event_just_before_it(parse):
    doc = parse("Leaders posed for photos at the SCO summit in Tashkent on 12 September.")
    [fact] = list(event_date.find(doc.sentences[0], doc))
    assert fact.topic == "Shanghai Cooperation Organisation summit"
    assert fact.month == "September"


def test_a_date_of_what_an_event_did_is_not_the_events_date(parse):
    doc = parse("The bank said the war in Ukraine would cut Kazakhstan's growth to 2.9% in 2022.")
    assert list(event_date.find(doc.sentences[0], doc)) == []


def test_a_date_of_when_an_event_happened_is_its_date(parse):
    doc = parse("The Tajik civil war broke out in 1992, the report recalled.")
    [fact] = list(event_date.find(doc.sentences[0], doc))
    assert fact.year == 1992


def test_a_date_after_since_dates_what_came_before_not_the_event(parse):
    doc = parse(
        "In this eighth presidential vote since the country's democratic transition in 1991, "
        "opposition parties won many new seats.",
        title="Mongolian People's Party wins election",
    )
    assert list(event_date.find(doc.sentences[0], doc)) == []


def test_relative_dates_make_no_fact(parse):
    doc = parse("The summit took place last week in Bishkek.")
    assert list(event_date.find(doc.sentences[0], doc)) == []


def test_an_event_the_stem_cannot_name_alone_makes_no_fact(parse):
    for text in ("A subsequent war in 2020 saw Azerbaijan retake most of the land.",
                 "The protests, which began in January 2022, left 238 people dead.",
                 "The next summit, held in March 2021, was short."):  # fmt: skip
        doc = parse(text)
        assert list(event_date.find(doc.sentences[0], doc)) == [], text
    doc = parse("The next SCO summit, held in March 2021, was short.")
    assert len(list(event_date.find(doc.sentences[0], doc))) == 1


def test_a_war_dated_by_a_span_of_years_began_in_the_first(parse):
    doc = parse("The First Karabakh War (1988-1994) left about 30,000 dead.")
    [fact] = list(event_date.find(doc.sentences[0], doc))
    assert (fact.event, fact.date, fact.year) == ("the First Karabakh War", "1988", 1988)
    doc = parse("The SCO summit (2001-2003) was held in Shanghai.")
    assert list(event_date.find(doc.sentences[0], doc)) == []


def test_one_event_in_two_months_is_a_conflict_and_never_a_fact(parse):
    doc = parse(
        "The SCO summit, taking place on 10 June, drew many leaders to Bishkek.",
        "Leaders met at the SCO summit in Bishkek on 11 July and signed a declaration.",
    )
    found = find_facts(doc)
    [conflict] = found.conflicts
    assert set(conflict.statements) == {"10 June", "11 July"}
    assert not [f for f in found.facts if "June" in f.evidence.quote or "July" in f.evidence.quote]


def test_a_year_is_asked_as_a_number_without_tolerance(ask):
    context = ask("The Kazakh referendum, held in 1995, extended the president's term.")
    [fact] = [f for f in context.facts if f.kind == "event_date"]
    [question] = [c for c in event_date.questions(fact, context) if c is not None]
    assert question.type is QuestionType.SINGLE_CHOICE or question.type is QuestionType.NUMERIC
    if question.type is QuestionType.NUMERIC:
        assert (question.answer, question.tolerance) == (1995, 0)


def test_a_date_of_another_clause_is_not_the_events(parse):
    doc = parse(
        "Tbilisi sought to join the EU in 2022 after Russia’s invasion of Ukraine and then "
        "received candidate status in 2023."
    )
    facts = [f for sentence in doc.sentences for f in event_date.find(sentence, doc)]
    assert all(f.date != "2023" for f in facts)


@pytest.mark.parametrize(("published", "verb"), [(date(2024, 5, 21), "will"), (None, "did")])
def test_an_event_dated_after_the_articles_own_date_is_asked_in_the_future(parse, published, verb):
    doc = parse("Kazakhstan prepares for the Astana summit of the SCO, slated for July 3-4.")
    doc.published = published
    context = Ask(doc, find_facts(doc).facts)
    [fact] = [f for f in context.facts if f.kind == "event_date"]
    [question] = [c for c in event_date.questions(fact, context) if c is not None]
    assert question.prompt.startswith(f"According to the article, when {verb} ")


def test_a_day_without_a_year_is_asked_among_days_near_it(ask):
    context = ask("The CSTO summit took place in Minsk on November 23, its leaders said.")
    [fact] = [f for f in context.facts if f.kind == "event_date"]
    [question] = [c for c in event_date.questions(fact, context) if c is not None]
    assert question.answer == "November 23"
    assert set(question.choices) == {"November 23", "November 16", "November 30", "October 26"}


def test_an_event_s_year_is_asked_only_as_a_last_resort(ask):
    from quizzes.generate.patterns import candidates_from_facts

    context = ask(
        "The Kyrgyz parliamentary election, held in March 2021, returned the ruling party.",
        "Observers from the OSCE watched the vote in Bishkek and Osh.",
    )
    dated = [c for c in candidates_from_facts(context.facts, context)
             if c.fact_kind == event_date.KIND]  # fmt: skip
    assert dated and all(c.last_resort for c in dated)
