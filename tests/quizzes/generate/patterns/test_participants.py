"""Countries doing one thing together, asked as "which countries ...?" (choose every right one)."""

from __future__ import annotations

from quizzes.generate.patterns import participants
from quizzes.generate.patterns.participants import ParticipantsFact
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def test_a_subject_listing_countries_and_what_they_do(parse):
    doc = parse(
        "Uzbekistan, Kazakhstan and Kyrgyzstan will sign an agreement on the Kambarata "
        "hydropower plant, Azernews reports, citing the Ministry of Energy of Kazakhstan.",
        "Armenia and Azerbaijan agreed on the text of a peace treaty in March.",
    )
    found = [(f.countries, f.predicate) for f in found_by(participants, doc)]
    assert found == [
        (
            ("Uzbekistan", "Kazakhstan", "Kyrgyzstan"),
            "will sign an agreement on the Kambarata hydropower plant",
        ),
        (("Armenia", "Azerbaijan"), "agreed on the text of a peace treaty in March"),
    ]


def test_a_clause_with_its_own_subject_after_and_is_no_part_of_what_they_do(parse):
    doc = parse(
        "Azerbaijan, Belarus and Georgia joined the Collective Security Treaty in 1993 and the "
        "pact came into force in 1994."
    )
    assert [f.predicate for f in found_by(participants, doc)] == [
        "joined the Collective Security Treaty in 1993"
    ]


def test_one_country_a_list_of_more_than_countries_or_a_vague_stem_is_not_asked(parse):
    doc = parse(
        "Kazakhstan will sign an agreement on the plant in May.",
        "Kazakhstan's and Uzbekistan's railways will build a new line to China.",
        "Russia and the European Union signed a memorandum on energy trade.",
        "Armenia and Azerbaijan welcomed it.",
        "Kyrgyzstan and Tajikistan said “the border is settled for good” on Friday.",
        "But Peru and Bolivia, both are littoral states to Titicaca, are opposed to such pipeline "
        "based on environmental concerns.",
        "Bolivia and Peru hope to boost trade, tapping the latter's rich copper deposits.",
        "Chile and Peru are different countries that count their exports in different ways.",
    )
    assert found_by(participants, doc) == []


def test_the_question_offers_countries_the_sentence_does_not_name(ask):
    context = ask(
        "Uzbekistan, Kazakhstan and Kyrgyzstan will build the Kambarata hydropower plant on "
        "the Naryn River, unlike Tajikistan."
    )
    [fact] = context.facts_of(ParticipantsFact)
    [question] = made_by(participants, fact, context)
    assert question.type is QuestionType.MULTIPLE_CHOICE
    assert question.prompt == (
        "According to the article, which countries will build the Kambarata hydropower plant "
        "on the Naryn River, unlike Tajikistan?"
    )
    assert question.answer == ["Uzbekistan", "Kazakhstan", "Kyrgyzstan"]
    wrong = set(question.choices) - set(question.answer)
    assert wrong and not wrong & {"Uzbekistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan"}
