"""Prison sentences handed down: found however the sentence puts them, asked in the program's
own words as a whole number of years."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import sentencing
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


@pytest.mark.parametrize(
    ("sentence", "person", "years"),
    [
        ("The Supreme Court of Peru sentenced Pedro Castillo, a former president, to 11 years "
         "in prison.", "Pedro Castillo", 11),
        ("Alberto Fujimori was sentenced to 25 years in prison in Lima.", "Alberto Fujimori", 25),
        ("On Monday, Ollanta Humala, a former president, received a 15-year prison term.",
         "Ollanta Humala", 15),
        ("Martin Vizcarra was jailed for twenty years for taking bribes.", "Martin Vizcarra",
         20),
        ("Now another critic, Duman Ortega, has been slapped with a seven-year prison sentence "
         "for financing extremism.", "Duman Ortega", 7),
        ("Lima's former mayor Jorge Munoz was handed a 12-year sentence on Friday.",
         "Jorge Munoz", 12),
    ],
)  # fmt: skip
def test_a_sentence_handed_down_is_found_however_it_is_put(parse, sentence, person, years):
    [fact] = found_by(sentencing, parse(sentence))
    assert (fact.person, fact.years) == (person, years)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prosecutor asked for 17 years in prison for Keiko Fujimori.",  # asked, not given
        "Keiko Fujimori could be sentenced to 30 years in prison.",  # a possibility
        "Keiko Fujimori faces up to 30 years in prison.",  # a threat
        "He was sentenced to 15 years in prison in Lima.",  # who?
        "Fujimori was sentenced to 25 years in prison in Lima.",  # a name not given in full
        "Sergio Paredes was sentenced to a six-year suspended sentence.",  # no years in prison
        "In 2012 Sergio Paredes was sentenced to a further four years and eight months in prison.",
        "Keiko Fujimori received another nine years on new convictions of bribery.",  # added
        "Opposition leader Sergio Paredes has been jailed for seven and a half years.",  # a half
        "Keiko Fujimori in August 2015 was sentenced to five years of house arrest.",  # at home
        "Opposition leader Sergio Paredes was sentenced to six years' probation.",  # not jailed
        "Now Keiko Fujimori has been jailed for seven years, seven months.",  # and months
    ],
)
def test_what_is_no_sentence_handed_down_to_a_named_person_is_not_found(parse, sentence):
    assert found_by(sentencing, parse(sentence)) == []


def test_a_surname_after_the_full_name_and_a_second_verb_of_one_subject_are_read(parse):
    doc = parse(
        "Lawyer Jorge Ortiz defended members of a banned party in Lima.",
        "Ortiz was arrested in 2015 for agreeing to defend them and sentenced to 23 years of "
        "imprisonment.",
    )
    [fact] = found_by(sentencing, doc)
    assert (fact.person, fact.years) == ("Jorge Ortiz", 23)


def test_the_question_asks_the_years_in_the_programs_own_words(ask):
    context = ask("Alberto Fujimori was sentenced to 25 years in prison in Lima.")
    [fact] = context.facts_of(sentencing.SentencingFact)
    [question] = made_by(sentencing, fact, context)
    assert question.type is QuestionType.NUMERIC
    assert question.prompt == (
        "According to the article, how many years in prison was Alberto Fujimori sentenced to?"
    )
    assert (question.answer, question.unit, question.tolerance) == (25, "years", 0)


def test_a_name_before_the_subject_s_description_is_the_person_sentenced(parse):
    doc = parse(
        "In the southern city of Chiclayo, Ramon Quispe, a 63-year-old editor-in-chief of a "
        "local newspaper Voz, was sentenced to 10 years in prison on January 10 on bribery, "
        "extortion, and extremism charges, all of which he denies."
    )
    [fact] = found_by(sentencing, doc)
    assert (fact.person, fact.years) == ("Ramon Quispe", 10)


def test_she_or_he_is_the_one_person_a_trial_story_keeps_naming(parse):
    story = [
        "Rosa Huaman, 65, had been accused of organising a street protest in Puno.",
        "Huaman denied the allegations, and the lawyer Carlos Vega took her case.",
        "Huaman was tried behind closed doors.",
        "She was handed a 21-year jail sentence in early December.",
    ]
    [fact] = found_by(sentencing, parse(*story))
    assert (fact.person, fact.years) == ("Rosa Huaman", 21)
    # Two people named as often: "she" says not which.
    rival = "Vega said that Vega would appeal."
    assert found_by(sentencing, parse(*story[:3], rival, story[3])) == []


def test_two_terms_of_one_person_are_not_asked(ask):
    context = ask(
        "Alberto Fujimori was sentenced to 25 years in prison in Lima in 2009.",
        "In a second case, Alberto Fujimori was sentenced to six years in prison.",
    )
    facts = context.facts_of(sentencing.SentencingFact)
    assert {f.years for f in facts} == {25, 6}
    assert [q for f in facts for q in made_by(sentencing, f, context)] == []


def test_a_name_at_the_end_of_a_chain_of_descriptions_is_not_taken_for_the_one_sentenced(parse):
    doc = parse(
        "Makhabat Tazhibek kyzy, the director of Temirov Live and the wife of its founder, the "
        "exiled Bolot Temirov – whose citizenship was revoked in another case – was given a "
        "six-year prison term."
    )
    assert "Bolot Temirov" not in [f.person for f in found_by(sentencing, doc)]


def test_two_terms_in_one_sentence_are_not_asked(parse):
    doc = parse(
        "Alberto Fujimori was sentenced in absentia to three years in jail in the case of abuse "
        "of power when pardoning those convicted of a murder and six years in the case of the "
        "2005 beating of a member of parliament."
    )
    assert found_by(sentencing, doc) == []


def test_a_person_named_after_a_list_of_descriptions_is_the_one_sentenced(parse):
    [fact] = found_by(
        sentencing,
        parse(
            "The Baku Grave Crimes Court has sentenced Azerbaijani researcher, peace activist, "
            "and OC Media contributor Bahruz Samadov to 15 years in prison on charges of treason."
        ),
    )
    assert (fact.person, fact.years) == ("Bahruz Samadov", 15)


def test_her_or_him_sentenced_is_the_one_person_a_trial_story_keeps_naming(parse):
    story = [
        "Rosa Huaman, 65, had been accused of organising a street protest in Puno.",
        "Huaman denied the allegations. Huaman was tried behind closed doors.",
        "A judge in Puno reclassified the charge against Huaman and sentenced her to two years "
        "in prison.",
    ]
    assert [(f.person, f.years) for f in found_by(sentencing, parse(*story))] == [
        ("Rosa Huaman", 2)
    ]


def test_he_after_another_person_of_the_story_is_not_its_protagonist(parse):
    story = [
        "Rosa Huaman, 65, was found guilty of fraud. Huaman denied the charges.",
        "Huaman was tried behind closed doors. Huaman will appeal.",
        "One casualty of the purge was Huaman’s husband, Pedro. In September, he was sentenced "
        "to six years in prison.",
    ]
    assert found_by(sentencing, parse(*story)) == []
