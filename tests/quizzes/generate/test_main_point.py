"""A sentence's main point, read from its parse, on sentences of our own."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from quizzes.generate.facts import FoundFacts
from quizzes.generate.main_point import (
    centrality,
    counts_the_doers,
    describes_the_subject,
    in_a_with_aside,
)
from quizzes.generate.questions import BLANK, Candidate, Origin
from quizzes.generate.rank import choose, rejection
from quizzes.model import Evidence, QuestionType
from tests.quizzes.generate.patterns.conftest import parse_paragraphs

PRODUCES = (
    "Norway catches around 9,000 tonnes of salmon, supplying over 30 percent of the fish sold "
    "in France."
)
OWNS = "Acme owns 60 percent of the mine, with Globex at 25 percent and Initech 15 percent."


@pytest.mark.parametrize(
    ("sentence", "main", "side"),
    [(PRODUCES, "9,000", "30"), (OWNS, "60", "25")],
)
def test_the_main_clause_states_the_main_point_and_a_hung_on_detail_does_not(sentence, main, side):
    parsed = parse_paragraphs(sentence).sentences[0]
    assert centrality(parsed, main) == 1.0
    assert 0.0 < centrality(parsed, side) < centrality(parsed, main)


def test_an_answer_the_sentence_does_not_state_is_no_point_of_it():
    parsed = parse_paragraphs(OWNS).sentences[0]
    assert centrality(parsed, "Hooli") == 0.0


def _gap(sentence: str, answer: str, score: float) -> Candidate:
    origin = Origin(Evidence(sentence, 1), 0, False, "quantity", (answer,))
    prompt = f"Fill in the blank: {sentence.replace(answer, BLANK, 1)}"
    return Candidate(QuestionType.NUMERIC, prompt, float(answer.replace(",", "")), origin, "",
                     "Topic", score=score, answer_texts=(answer,))  # fmt: skip


@pytest.mark.parametrize("seed", range(8))
def test_of_two_questions_that_give_each_other_away_the_main_point_is_kept(seed):
    doc = parse_paragraphs(PRODUCES)
    # The side detail's builder liked it a little more; the teacher still keeps the main point.
    side, main = _gap(PRODUCES, "30", 0.65), _gap(PRODUCES, "9,000", 0.6)
    dropped: Counter[str] = Counter()
    picked = choose([side, main], doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(seed), dropped=dropped)  # fmt: skip
    assert picked == [main]
    assert dropped["stem gives away another answer"] == 1


RAISED = "The central bank of Norway raised its key rate by 75 basis points to 11.25 percent."
CLIMBED = "Prices in Chile climbed to 9.4 percent in May from 6.1 percent in January."
REACHED = "Unemployment in Peru reached 7.2 percent in March, up from 5.8 percent a year ago."


@pytest.mark.parametrize(
    ("sentence", "level", "change_or_earlier"),
    [(RAISED, "11.25", "75"), (CLIMBED, "9.4", "6.1"), (REACHED, "7.2", "5.8")],
)
def test_the_level_reached_is_the_main_point_and_the_change_or_earlier_level_a_side(
    sentence, level, change_or_earlier
):
    """ "raised its rate by 75 points to 11.25 percent": a teacher asks the new rate."""
    parsed = parse_paragraphs(sentence).sentences[0]
    assert centrality(parsed, level) == 1.0
    assert 0.0 < centrality(parsed, change_or_earlier) <= 0.5


@pytest.mark.parametrize("seed", range(8))
def test_of_the_change_and_the_level_reached_the_level_is_asked(seed):
    doc = parse_paragraphs(RAISED)
    change, level = _gap(RAISED, "75", 0.65), _gap(RAISED, "11.25", 0.6)
    picked = choose([change, level], doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(seed), dropped=Counter())  # fmt: skip
    assert picked == [level]


@pytest.mark.parametrize(
    ("sentence", "figure", "colour"),
    [
        ("On Monday, five trucks blocked the bridge near Osh.", "five", True),
        ("On Monday, five trucks blocked the bridge near Osh.", "5", True),
        ("Three people were killed in the clashes near Osh.", "Three", False),
        ("In 1994 four states founded the customs union.", "four", False),
        ("On Monday, 4,000 trucks blocked the roads near Osh.", "4,000", False),
        ("Kyrgyzstan exported five tonnes of honey to Japan.", "five", False),
    ],
)
def test_a_small_count_of_those_who_did_it_is_colour(sentence, figure, colour):
    parsed = parse_paragraphs(sentence).sentences[0]
    assert counts_the_doers(parsed, figure) is colour


@pytest.mark.parametrize(
    ("sentence", "figure", "background"),
    [
        ("Mongolia, a nation of 3.4 million, holds large reserves of copper.", "3.4", True),
        ("Mongolia holds large reserves of copper, a metal worth $9 billion a year.", "9", False),
        ("Mongolia has a population of 3.4 million.", "3.4", False),
    ],
)
def test_a_figure_describing_the_subject_is_background(sentence, figure, background):
    parsed = parse_paragraphs(sentence).sentences[0]
    assert describes_the_subject(parsed, figure) is background


@pytest.mark.parametrize(
    ("sentence", "answer", "why"),
    [
        ("On Monday, 5 trucks blocked the bridge near Osh.", "5",
         "a count of those who did it (what they did is the point)"),
        ("Mongolia, a nation of 3.4 million, holds large reserves of copper.", "3.4",
         "a figure describing the subject (what it does is the point)"),
        ("Mongolia has a population of 3.4 million.", "3.4", None),
    ],
)  # fmt: skip
def test_a_figure_beside_its_sentences_point_is_not_asked(sentence, answer, why):
    doc = parse_paragraphs(sentence)
    candidate = _gap(sentence, answer, 0.6)
    assert rejection(candidate, doc) == why


@pytest.mark.parametrize(
    ("sentence", "figure", "aside"),
    [
        ("The road in Tajikistan will have 9 tunnels totalling 30 km, with the longest being "
         "the 6 km Shar Tunnel.", "6", True),
        ("The road in Tajikistan will have 9 tunnels totalling 30 km, with the longest being "
         "the 6 km Shar Tunnel.", "30", False),
        ("Tajikistan built the road with 30 million dollars from China.", "30", False),
        ("Chile overtook Peru to become Bolivia's biggest trading partner, with two-way trade "
         "reaching $9 billion.", "9", False),
    ],
)  # fmt: skip
def test_a_figure_in_an_aside_opened_by_with_and_a_verb_is_a_detail(sentence, figure, aside):
    parsed = parse_paragraphs(sentence).sentences[0]
    assert in_a_with_aside(parsed, figure) is aside


def test_who_says_it_is_less_the_point_than_a_place_or_time_of_what_is_said():
    parsed = parse_paragraphs(
        "According to the Asian Development Bank, trade through Aktau will double by 2030."
    ).sentences[0]
    assert centrality(parsed, "Asian Development Bank") < centrality(parsed, "Aktau")
    assert centrality(parsed, "Asian Development Bank") < centrality(parsed, "2030")
    assert centrality(parsed, "Asian Development Bank") < 0.5  # more than two plain phrases


def test_the_total_beside_the_part_it_counts_is_less_the_point_than_the_part():
    parsed = parse_paragraphs(
        "The opposition leader won the votes of 59 of the 101 deputies in the chamber."
    ).sentences[0]
    # the total is a side detail of the part, as a clause hung on the figure would be
    assert centrality(parsed, "101") <= centrality(parsed, "59") / 2
