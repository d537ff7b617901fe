"""Where a document was signed: the signers, the document and the city, asked as "in which city"."""

from __future__ import annotations

from quizzes.generate.patterns import signing
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def test_two_leaders_sign_a_named_agreement_in_a_city(parse):
    doc = parse(
        "Kazakh President Kassym-Jomart Tokayev and his Kyrgyz counterpart Sadyr Japarov "
        "have signed a Treaty on Allied Relations in Bishkek, the agency reported."
    )
    [fact] = found_by(signing, doc)
    assert fact.signers == ("Kassym-Jomart Tokayev", "Sadyr Japarov")
    assert fact.document == "a Treaty on Allied Relations"
    assert (fact.place, fact.tense) == ("Bishkek", "past")


def test_countries_that_will_sign_an_agreement_on_something(parse):
    doc = parse("Uzbekistan and Turkmenistan will sign an agreement on water sharing in Ashgabat.")
    [fact] = found_by(signing, doc)
    assert fact.signers == ("Uzbekistan", "Turkmenistan")
    assert (fact.place, fact.tense) == ("Ashgabat", "future")


def test_the_question_asks_for_the_city_with_other_cities_as_options(ask):
    context = ask(
        "Kazakh President Kassym-Jomart Tokayev and his Kyrgyz counterpart Sadyr Japarov "
        "have signed a Treaty on Allied Relations in Bishkek."
    )
    [fact] = [f for f in context.facts if isinstance(f, signing.SigningFact)]
    [choice] = [c for c in made_by(signing, fact, context) if c.type is QuestionType.SINGLE_CHOICE]
    assert choice.prompt == (
        "According to the article, in which city did Kassym-Jomart Tokayev and Sadyr Japarov "
        "sign a Treaty on Allied Relations?"
    )
    assert choice.answer == "Bishkek"
    assert len(choice.choices) == 4 and "Bishkek" in choice.choices


def test_a_place_of_what_the_agreement_is_about_is_not_where_it_was_signed(parse):
    doc = parse(
        "Uzbekistan and Afghanistan signed an agreement on the construction of a railway "
        "in Afghanistan.",
        "Russia and Uzbekistan signed a contract on a power plant in Bukhara.",
    )
    assert found_by(signing, doc) == []


def test_one_signer_alone_or_an_unnamed_document_is_not_asked(parse):
    doc = parse(
        "The agreement was signed in Kabul on Thursday.",
        "Tokayev signed a decree in Astana on Monday.",
    )
    assert found_by(signing, doc) == []


def test_a_city_named_after_a_noun_of_settlement_is_the_place(parse):
    doc = parse(
        "Kazakhstan and Kyrgyzstan signed a Treaty on Allied Relations in the Kyrgyz capital, "
        "Bishkek.",
        "Uzbekistan and Tajikistan signed the Fergana Water Agreement in the city of Khujand.",
    )
    assert [f.place for f in found_by(signing, doc)] == ["Bishkek", "Khujand"]


def test_a_named_document_signed_in_the_passive_needs_no_signers(ask):
    context = ask("The Trans-Caspian Protocol was signed in Baku on Tuesday.")
    [fact] = [f for f in context.facts if f.kind == signing.KIND]
    assert (fact.signers, fact.document, fact.place) == ((), "the Trans-Caspian Protocol", "Baku")
    [question] = made_by(signing, fact, context)
    assert question.prompt == (
        "According to the article, in which city was the Trans-Caspian Protocol signed?"
    )
    assert question.answer == "Baku"


def test_the_agreement_signed_is_the_one_agreement_the_article_names(parse):
    doc = parse(
        "Uzbekistan and Afghanistan drafted the Termez Transit Agreement for months.",
        "The agreement was signed in Kabul on July 17.",
    )
    [fact] = found_by(signing, doc)
    assert (fact.document, fact.place) == ("the Termez Transit Agreement", "Kabul")


def test_an_unnamed_document_signed_in_the_passive_is_not_asked(parse):
    assert found_by(signing, parse("The agreement was signed in Kabul on July 17.")) == []


def test_a_clause_about_the_document_is_left_out_of_its_name(parse):
    doc = parse(
        "The joint protocol for the Trans-Caspian project, which aims to link the two railways, "
        "was signed in Baku on Tuesday."
    )
    [fact] = found_by(signing, doc)
    assert (fact.document, fact.place) == (
        "the joint protocol for the Trans-Caspian project",
        "Baku",
    )
