"""A stem that leans on the sentence before it is asked with that sentence shown ahead of it."""

from __future__ import annotations

from collections import Counter
from random import Random

from quizzes.generate import _question
from quizzes.generate.facts import FoundFacts
from quizzes.generate.questions import Candidate, Origin
from quizzes.generate.rank import choose
from quizzes.model import Evidence, QuestionType
from tests.quizzes.generate.patterns.conftest import parse_paragraphs


def _fill_in(sentence: int, prompt: str, answer: str) -> Candidate:
    origin = Origin(Evidence("", 1), sentence, False, "statement", (answer,))
    return Candidate(
        QuestionType.SHORT_ANSWER, prompt, [answer], origin, "", "Trade", answer_texts=(answer,)
    )


def _kept(candidates: list[Candidate], *paragraphs: str) -> tuple[list[str], Counter[str]]:
    doc = parse_paragraphs(*paragraphs, title="Trade in the Andes")
    dropped: Counter[str] = Counter()
    picked = choose(candidates, doc, FoundFacts(), count=None, types=None, rng=Random(0),
                    dropped=dropped)  # fmt: skip
    return [_question(c, Random(0)).prompt for c in picked], dropped


def test_a_stem_opening_on_the_agreement_is_asked_after_the_sentence_that_brings_it_in():
    prompts, _ = _kept(
        [_fill_in(1, "Fill in the blank: The agreement covers about _____ separate deals.", "40")],
        "Peru and Chile signed a mining partnership in Lima on Monday. "
        "The agreement covers about 40 separate deals.",
    )
    assert prompts == [
        "The article says: “Peru and Chile signed a mining partnership in Lima on Monday.” "
        "Fill in the blank: The agreement covers about _____ separate deals."
    ]


def test_the_sentence_before_naming_the_thing_of_a_bare_noun_is_shown():
    prompts, _ = _kept(
        [_fill_in(1, "Fill in the blank: The canal will carry water to _____.", "Arequipa")],
        "Peru is building a canal from the Colca river. The canal will carry water to Arequipa.",
    )
    assert prompts[0].startswith("The article says: “Peru is building a canal from the Colca ")


def test_a_sentence_before_that_states_the_answer_is_no_context():
    prompts, dropped = _kept(
        [_fill_in(1, "Fill in the blank: The agreement covers about _____ separate deals.", "40")],
        "Peru and Chile signed 40 deals in Lima on Monday. "
        "The agreement covers about 40 separate deals.",
    )
    assert prompts == []
    assert dropped["a thing named earlier in the article"] == 1


def test_a_sentence_before_that_leans_on_another_is_no_context():
    prompts, dropped = _kept(
        [_fill_in(2, "Fill in the blank: The agreement covers about _____ separate deals.", "40")],
        "Peru and Chile met in Lima. "
        "They signed it on Monday. "
        "The agreement covers about 40 separate deals.",
    )
    assert prompts == []
    assert dropped.total() == 1


def test_the_country_of_a_stem_needs_a_country_named_in_the_sentence_before():
    stem = "Fill in the blank: The country exports about _____ tonnes of copper a year."
    named, _ = _kept(
        [_fill_in(1, stem, "2,000")],
        "Chile is the largest copper producer. The country exports about 2,000 tonnes of copper "
        "a year.",
    )
    unnamed, _ = _kept(
        [_fill_in(1, stem, "2,000")],
        "Copper prices rose sharply in May. The country exports about 2,000 tonnes of copper "
        "a year.",
    )
    assert named == [f"The article says: “Chile is the largest copper producer.” {stem}"]
    assert unnamed == []


def test_a_question_is_not_asked_after_a_sentence_that_gives_another_s_answer():
    first = _fill_in(1, "Fill in the blank: Peru and _____ signed a mining partnership.", "Chile")
    second = _fill_in(
        2, "Fill in the blank: The agreement covers about _____ separate deals.", "40"
    )
    prompts, _ = _kept(
        [first, second],
        "Lima hosted talks on copper. Peru and Chile signed a mining partnership. "
        "The agreement covers about 40 separate deals.",
    )
    assert len(prompts) == 1


def test_a_thing_of_the_sentence_before_in_a_phrase_of_the_stem_is_shown_with_it():
    stem = (
        "Fill in the blank (a number): _____ workers of Southern Copper were hurt in the strikes."
    )
    prompts, _ = _kept(
        [_fill_in(1, stem, "9")],
        "Strikes broke out at two copper mines in Peru in May. 9 workers of Southern Copper were "
        "hurt in the strikes.",
    )
    assert prompts == [
        f"The article says: “Strikes broke out at two copper mines in Peru in May.” {stem}"
    ]


def test_a_heading_or_a_quotation_before_the_stem_is_no_context():
    stem = "Fill in the blank: The agreement covers about _____ separate deals."
    for before in (
        "Mining in Peru.",
        "“Copper is our future,” Peru’s mining minister told reporters in Lima on Monday.",
    ):
        prompts, dropped = _kept(
            [_fill_in(1, stem, "40")], f"{before} {stem[19:].replace('_____', '40')}"
        )
        assert prompts == [], before
        assert dropped["a thing named earlier in the article"] == 1
