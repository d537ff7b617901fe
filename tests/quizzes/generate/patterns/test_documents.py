"""How many documents or agreements named signers signed or adopted: asked as "how many", with
whole numbers of the same order as the wrong options."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import documents
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


@pytest.mark.parametrize(
    ("sentence", "signers", "count", "noun"),
    [
        ("The leaders of the SCO countries — China, India and Iran — have adopted 18 documents "
         "after the summit.", "the leaders of the SCO countries", 18, "documents"),
        ("Uzbekistan and Tajikistan signed 12 agreements worth $3 billion.",
         "Uzbekistan and Tajikistan", 12, "agreements"),
        ("Kazakhstan and Kyrgyzstan will sign nine intergovernmental and other documents.",
         "Kazakhstan and Kyrgyzstan", 9, "documents"),
    ],
)  # fmt: skip
def test_a_count_of_documents_signed_is_found(parse, sentence, signers, count, noun):
    [fact] = found_by(documents, parse(sentence))
    assert (fact.signers, fact.count, fact.noun) == (signers, count, noun)


def test_unnamed_signers_or_a_count_of_other_things_are_not_asked(parse):
    doc = parse(
        "They signed 12 agreements on Monday.",
        "Uzbekistan and Tajikistan opened 12 border crossings.",
        "Kazakhstan signed two agreements with Russia.",
    )
    assert found_by(documents, doc) == []


def test_the_question_asks_how_many_with_whole_numbers_as_wrong_options(ask):
    context = ask("Uzbekistan and Tajikistan signed 12 agreements worth $3 billion.")
    [fact] = [f for f in context.facts if f.kind == documents.KIND]
    [question] = made_by(documents, fact, context)
    assert question.type is QuestionType.SINGLE_CHOICE
    assert question.prompt == (
        "According to the article, how many agreements did Uzbekistan and Tajikistan sign?"
    )
    assert question.answer == "12"
    assert all(choice.isdigit() for choice in question.choices)


def test_a_future_signing_is_asked_in_the_future(ask):
    context = ask("Kazakhstan and Kyrgyzstan will sign nine intergovernmental documents.")
    [fact] = [f for f in context.facts if f.kind == documents.KIND]
    [question] = made_by(documents, fact, context)
    assert question.prompt == (
        "According to the article, how many documents will Kazakhstan and Kyrgyzstan sign?"
    )
    assert question.answer == "9"


def test_a_signing_only_expected_or_planned_is_no_tally(parse):
    doc = parse(
        "The leaders of Kazakhstan and Kyrgyzstan are expected to sign 14 documents.",
        "Uzbekistan and Tajikistan plan to sign 12 agreements.",
    )
    assert found_by(documents, doc) == []


def test_a_count_the_article_qualifies_says_so_after_the_question(ask):
    context = ask("Uzbekistan and Tajikistan signed more than 20 agreements on Monday.")
    [fact] = [f for f in context.facts if f.kind == documents.KIND]
    [question] = made_by(documents, fact, context)
    assert question.prompt == (
        "According to the article, how many agreements did Uzbekistan and Tajikistan sign? "
        "(The article says “more than …”.)"
    )
    assert question.answer == "20"
