"""Acronyms: defined in brackets either way round, for known organisations and for bodies the
knowledge data does not know; asked best as one matching question."""

from __future__ import annotations

from quizzes.generate.acronyms import is_acronym, spells
from quizzes.generate.document import ArticleDoc
from quizzes.generate.patterns import acronym
from quizzes.generate.patterns.acronym import AcronymFact
from quizzes.model import QuestionType


def definitions(doc: ArticleDoc) -> list[tuple[str, str, str | None]]:
    return [(f.acronym, f.full_name, f.organisation) for s in doc.sentences
            for f in acronym.find(s, doc)]  # fmt: skip


def test_a_known_full_name_then_its_acronym(parse):
    doc = parse("The Eurasian Economic Union (EAEU) held talks in Minsk.")
    assert definitions(doc) == [("EAEU", "Eurasian Economic Union", "Eurasian Economic Union")]


def test_a_known_acronym_then_its_full_name(parse):
    doc = parse("The OTS (Organization of Turkic States) met in Baku.")
    assert definitions(doc) == [("OTS", "Organization of Turkic States",
                                 "Organization of Turkic States")]  # fmt: skip


def test_another_name_of_a_known_organisation_counts_as_written(parse):
    doc = parse("Kyrgyzstan belongs to the Collective Security Organisation (CSTO).")
    assert definitions(doc) == [("CSTO", "Collective Security Organisation",
                                 "Collective Security Treaty Organization")]  # fmt: skip


def test_an_unknown_body_whose_initials_spell_the_acronym(parse):
    doc = parse(
        "The bloc runs the Regional Antiterrorist Structure (RATS) in Tashkent.",
        "It is led by the Council of National Coordinators (CNC).",
    )
    assert definitions(doc) == [
        ("RATS", "Regional Antiterrorist Structure", None),
        ("CNC", "Council of National Coordinators", None),
    ]


def test_near_misses_define_nothing(parse):
    doc = parse(
        "Putin (pictured) spoke in Astana.",
        "The talks (held in May) failed.",
        "The United States (US) sent aid.",
        "The Council of Foreign Ministers (XYZ) met twice.",
    )
    assert definitions(doc) == []


def test_letters_must_follow_the_initials_of_every_major_word():
    assert spells("RATS", ["Regional", "Antiterrorist", "Structure"])
    assert spells("OTS", ["Organization", "of", "Turkic", "States"])
    assert spells("ASEAN", ["Association", "of", "Southeast", "Asian", "Nations"])
    assert not spells("SCO", ["Collective", "Security", "Organisation"])
    assert not spells("HS", ["Heads", "of", "State", "Council"])
    assert is_acronym("EAEU") and is_acronym("G20") and not is_acronym("May")


def test_three_definitions_make_one_matching_question_and_nothing_else(ask):
    context = ask(
        "The Eurasian Economic Union (EAEU) met in Minsk.",
        "The bloc runs the Regional Antiterrorist Structure (RATS) in Tashkent.",
        "It is led by the Council of National Coordinators (CNC).",
    )
    facts = context.facts_of(AcronymFact)
    assert all(list(acronym.questions(f, context)) == [] for f in facts)
    [match] = [c for c in acronym.combined(facts, context) if c is not None]
    assert match.type is QuestionType.MATCHING
    assert sorted(match.answer) == [
        ("CNC", "Council of National Coordinators"),
        ("EAEU", "Eurasian Economic Union"),
        ("RATS", "Regional Antiterrorist Structure"),
    ]
    assert match.prompt.startswith("According to the article,")


def test_two_definitions_are_padded_only_with_organisations_the_article_names(ask):
    context = ask(
        "The Eurasian Economic Union (EAEU) met in Minsk with the CIS.",
        "The bloc runs the Regional Antiterrorist Structure (RATS) in Tashkent.",
    )
    facts = context.facts_of(AcronymFact)
    [match] = [c for c in acronym.combined(facts, context) if c is not None]
    assert dict(match.answer) == {
        "EAEU": "Eurasian Economic Union",
        "RATS": "Regional Antiterrorist Structure",
        "CIS": "Commonwealth of Independent States",
    }
    unpadded = ask(
        "The Eurasian Economic Union (EAEU) met in Minsk.",
        "The bloc runs the Regional Antiterrorist Structure (RATS) in Tashkent.",
    )
    made = acronym.combined(unpadded.facts_of(AcronymFact), unpadded)
    assert [c for c in made if c is not None] == []  # not ASEAN from nowhere


def test_one_definition_makes_no_question(ask):
    """The full name stands beside the acronym in the sentence: asking it tests nothing."""
    context = ask("The Collective Security Organisation (CSTO) met in Minsk.")
    [fact] = context.facts_of(AcronymFact)
    assert [c for c in acronym.combined([fact], context) if c is not None] == []
    assert [c for c in acronym.questions(fact, context) if c is not None] == []


def test_a_name_the_article_explains_with_stands_for_is_asked(ask):
    """ "TAPI stands for ..." is the article explaining its subject's name: a teacher asks it,
    with wrong options that spell the same letters with another country."""
    context = ask(
        "The pipeline is called KUTA.",
        "KUTA stands for Kazakhstan-Uzbekistan-Turkmenistan-Afghanistan, the countries it crosses.",
    )
    [fact] = context.facts_of(AcronymFact)
    assert (fact.acronym, fact.full_name) == (
        "KUTA",
        "Kazakhstan-Uzbekistan-Turkmenistan-Afghanistan",
    )
    [question] = [c for c in acronym.questions(fact, context) if c is not None]
    assert question.type is QuestionType.SINGLE_CHOICE
    assert question.prompt == "According to the article, what does KUTA stand for?"
    assert question.answer == "Kazakhstan-Uzbekistan-Turkmenistan-Afghanistan"
    wrong = [c for c in question.choices if c != question.answer]
    assert len(wrong) >= 2
    for option in wrong:
        countries = option.split("-")
        assert [c[0] for c in countries] == ["K", "U", "T", "A"]
        assert sum(a != b for a, b in zip(countries, question.answer.split("-"), strict=True)) == 1


def test_stands_for_a_name_whose_letters_do_not_follow_defines_nothing(parse):
    doc = parse("ZUKA stands for Kazakhstan-Tajikistan, the two owners.")
    assert definitions(doc) == []
