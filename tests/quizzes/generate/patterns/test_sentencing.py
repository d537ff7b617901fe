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
    ],
)
def test_what_is_no_sentence_handed_down_to_a_named_person_is_not_found(parse, sentence):
    assert found_by(sentencing, parse(sentence)) == []


def test_the_question_asks_the_years_in_the_programs_own_words(ask):
    context = ask("Alberto Fujimori was sentenced to 25 years in prison in Lima.")
    [fact] = context.facts_of(sentencing.SentencingFact)
    [question] = made_by(sentencing, fact, context)
    assert question.type is QuestionType.NUMERIC
    assert question.prompt == (
        "According to the article, how many years in prison was Alberto Fujimori sentenced to?"
    )
    assert (question.answer, question.unit, question.tolerance) == (25, "years", 0)
