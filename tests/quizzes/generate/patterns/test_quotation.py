"""Who said it: whole quotations given to a named person, asked with believable other speakers."""

from __future__ import annotations

from quizzes.generate.patterns import quotation
from quizzes.generate.patterns.quotation import QuotationFact
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def test_a_quotation_before_or_after_its_speaker(parse):
    doc = parse(
        "“We will open new air routes and reopen the checkpoints this spring,” Sadyr Japarov "
        "said on Friday.",
        "Kazakh President Kassym-Jomart Tokayev said: “Our region must speak with one voice "
        "on water.”",
    )
    facts = found_by(quotation, doc)
    assert [(f.speaker, f.quote) for f in facts] == [
        ("Sadyr Japarov", "We will open new air routes and reopen the checkpoints this spring"),
        ("Kassym-Jomart Tokayev", "Our region must speak with one voice on water"),
    ]


def test_what_is_not_a_named_persons_own_quotation(parse):
    doc = parse(
        "“The accord will strengthen security across the whole region,” Japarov's office said.",
        "“The talks were useful and will continue next month in Bishkek,” he said.",
        "“Yes,” Japarov said.",
        "The minister called the deal “historic” and said more would follow.",
    )
    assert found_by(quotation, doc) == []


def test_who_said_it_offers_people_of_the_same_standing(ask):
    context = ask(
        "Uzbek President Shavkat Mirziyoyev met Tokayev in Tashkent.",
        "“We will open new air routes and reopen the checkpoints this spring,” Sadyr Japarov said.",
    )
    [fact] = context.facts_of(QuotationFact)
    [question] = made_by(quotation, fact, context)
    assert question.prompt == (
        "According to the article, who said: “We will open new air routes and reopen the "
        "checkpoints this spring”?"
    )
    assert question.answer == "Sadyr Japarov"
    assert {"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"} <= set(question.choices)


def test_a_quotation_naming_the_speakers_country_is_asked_among_compatriots(ask):
    context = ask(
        "Kyrgyzstan and Tajikistan signed the deal in Bishkek with Tokayev present.",
        "“The border between Kyrgyzstan and Tajikistan will be a border of friendship,” "
        "Sadyr Japarov said.",
    )
    [fact] = context.facts_of(QuotationFact)
    [question] = made_by(quotation, fact, context)
    leaders = context.knowledge.leaders
    assert all(leaders[c].country == "Kyrgyzstan" for c in question.choices)
    assert not any(c.endswith("Japarov") for c in question.choices[1:])  # not his namesake


def test_a_quotation_that_names_its_speaker_or_an_unknown_speaker_alone_is_not_asked(ask):
    named = ask("“Japarov has kept every promise he made to the people,” Tokayev said.")
    [fact] = named.facts_of(QuotationFact)
    assert made_by(quotation, fact, named) != []
    itself = ask("“Tokayev keeps every promise he makes to the people of this region,” Tokayev "
                 "said.")  # fmt: skip
    [fact] = itself.facts_of(QuotationFact)
    assert made_by(quotation, fact, itself) == []
    unknown = ask("“Our new data confirms that the corridor is viable,” said Antonella Bassani.")
    [fact] = unknown.facts_of(QuotationFact)
    assert made_by(quotation, fact, unknown) == []


def test_an_unknown_speaker_of_a_quotation_naming_a_country_gets_no_foreign_leaders(ask):
    context = ask(
        "Armenia joined the International Criminal Court, angering Vladimir Putin's Kremlin.",
        "“The Rome Statute came into force for Armenia this month,” Armenia's legal "
        "representative Yeghishe Kirakosyan told reporters in Yerevan.",
        "Kremlin spokesman Dmitry Peskov called the move unfriendly.",
    )
    made = [q for f in context.facts_of(QuotationFact) for q in made_by(quotation, f, context)]
    for question in made:
        assert "Vladimir Putin" not in question.choices
        assert "Dmitry Peskov" not in question.choices


def test_a_man_named_twice_is_one_wrong_option_under_his_fullest_name(ask):
    context = ask(
        "Deputy Prime Minister Duishenbek Zilaliev led the delegation from Bishkek, while the "
        "governor of the Andijon region, Rustam Usmonov, led the Uzbek one.",
        "Zilaliev thanked the hosts, and Ambassador Aybek Karimov read a message.",
        "“People on both sides will soon be able to visit their relatives again,” Usmonov said.",
    )
    [fact] = context.facts_of(QuotationFact)
    [question] = made_by(quotation, fact, context)
    assert question.answer == "Rustam Usmonov"
    wrong = [c for c in question.choices if c != question.answer]
    assert "Duishenbek Zilaliev" in wrong
    assert "Zilaliev" not in wrong
