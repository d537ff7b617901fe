"""Grading rules: right/wrong types, partial credit, forgiving short answers, review texts."""

from __future__ import annotations

import pytest

from quizzes.model import parse_quizset
from quizzes.practice.scoring import (
    answer_key_text,
    correct_answer_text,
    given_answer_text,
    grade_response,
    is_one_typo,
    normalise_text,
)
from tests.conftest import quizset_document

QUESTIONS = {q.id: q for q in parse_quizset(quizset_document()).questions}


@pytest.mark.parametrize(
    ("qid", "given", "score"),
    [
        ("sco-newest", "Belarus", 1.0),
        ("sco-newest", "Turkey", 0.0),
        ("turkey-member", False, 1.0),
        ("turkey-member", True, 0.0),
        ("turkey-member", "False", 0.0),
        ("border-length", 7000.0, 1.0),
        ("border-length", 7500.0, 1.0),  # tolerance 500 is inclusive
        ("border-length", 7500.5, 0.0),
        ("border-length", 6400.0, 0.0),
    ],
)
def test_all_or_nothing_types(qid, given, score):
    grade = grade_response(QUESTIONS[qid], given)
    assert (grade.score, grade.correct) == (score, score == 1.0)


@pytest.mark.parametrize(
    ("ticked", "score"),
    [
        (["India", "Iran", "Pakistan"], 1.0),
        (["India", "Iran"], 2 / 3),
        (["India", "Iran", "Turkey"], 1 / 3),  # two right, one wrong
        (["India", "Turkey"], 0.0),
        (["India", "Iran", "Turkey", "Pakistan"], 2 / 3),  # ticking all costs the wrong one
        (["Turkey"], 0.0),  # floored at zero, never negative
        ([], 0.0),
    ],
)
def test_multiple_choice_counts_right_minus_wrong_ticks(ticked, score):
    grade = grade_response(QUESTIONS["sco-members"], ticked)
    assert grade.score == pytest.approx(score)
    assert grade.correct is (score == 1.0)
    if 0 < score < 1:
        assert "right choices ticked" in grade.note


@pytest.mark.parametrize(
    ("order", "score"),
    [
        (["Russia", "Kazakhstan", "China"], 1.0),
        (["Kazakhstan", "Russia", "China"], 2 / 3),  # one swapped pair of three
        (["China", "Kazakhstan", "Russia"], 0.0),  # reversed
        (["Russia", "China"], 0.0),  # not the same items
    ],
)
def test_ordering_counts_pairs_in_the_right_order(order, score):
    assert grade_response(QUESTIONS["neighbours"], order).score == pytest.approx(score)


def test_matching_counts_each_pair():
    question = QUESTIONS["leaders"]
    all_right = [["Tokayev", "Kazakhstan"], ["Xi Jinping", "China"], ["Putin", "Russia"]]
    one_right = [["Tokayev", "Kazakhstan"], ["Xi Jinping", "Russia"], ["Putin", ""]]
    assert grade_response(question, all_right).correct
    assert grade_response(question, one_right).score == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("typed", "correct", "typo_note"),
    [
        ("Eurasian Economic Union", True, False),
        ("  eurasian   economic union. ", True, False),
        ("EAEU", True, False),
        ("eaeu!", True, False),
        ("Eurasian Economc Union", True, True),  # one letter missing, long answer
        ("Eurasain Economic Union", True, True),  # two neighbours swapped
        ("EAU", False, False),  # short answers must be exact
        ("Eurasian Econmc Union", False, False),  # two typos
        ("", False, False),
    ],
)
def test_short_answers_forgive_case_punctuation_and_one_typo_in_long_answers(
    typed, correct, typo_note
):
    grade = grade_response(QUESTIONS["eaeu"], typed)
    assert grade.correct is correct
    assert ("small typo" in grade.note) is typo_note


def test_accents_and_case_are_ignored():
    assert normalise_text("Tokayév, K.!") == "tokayevk"


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [("U.N.", "UN"), ("multi vector", "multi-vector"), ("Kassym Jomart", "Kassym-Jomart")],
)
def test_punctuation_and_spaces_are_ignored_even_in_short_answers(typed, accepted):
    assert normalise_text(typed) == normalise_text(accepted)


def test_a_changed_digit_is_not_a_typo():
    [question] = parse_quizset(
        quizset_document(
            questions=[
                {
                    "id": "un",
                    "type": "short_answer",
                    "prompt": "Which article?",
                    "answer": ["Article 51"],
                }
            ]
        )
    ).questions
    assert not grade_response(question, "Article 50").correct
    assert grade_response(question, "Artcle 51").correct
    assert is_one_typo("almaty", "almayt")
    assert not is_one_typo("astana", "astana")


def test_not_answered_scores_nothing():
    for question in QUESTIONS.values():
        grade = grade_response(question, None)
        assert (grade.score, grade.correct) == (0.0, False)


def test_review_texts_show_both_answers_plainly():
    assert correct_answer_text(QUESTIONS["border-length"]) == "7,000 km (± 500)"
    assert given_answer_text(QUESTIONS["border-length"], 6800.0) == "6,800 km"
    assert correct_answer_text(QUESTIONS["neighbours"]) == "Russia → Kazakhstan → China"
    assert correct_answer_text(QUESTIONS["turkey-member"]) == "False"
    assert correct_answer_text(QUESTIONS["eaeu"]) == "Eurasian Economic Union / EAEU"
    assert given_answer_text(QUESTIONS["leaders"], [["Putin", ""]]) == "Putin → ?"
    assert given_answer_text(QUESTIONS["sco-newest"], None) == "(not answered)"


def test_the_answer_key_a_teacher_reviews_shows_every_choice_and_one_item_a_line():
    assert answer_key_text(QUESTIONS["sco-members"]).splitlines() == [
        "✓ India",
        "✓ Iran",
        "   Turkey",
        "✓ Pakistan",
    ]
    assert answer_key_text(QUESTIONS["sco-newest"]).splitlines()[0] == "✓ Belarus"
    assert answer_key_text(QUESTIONS["eaeu"]) == "Accepted: Eurasian Economic Union; EAEU"
    assert answer_key_text(QUESTIONS["neighbours"]) == "1. Russia\n2. Kazakhstan\n3. China"
    assert answer_key_text(QUESTIONS["leaders"]).splitlines()[-1] == "Putin → Russia"
    border = QUESTIONS["border-length"]
    assert answer_key_text(border) == correct_answer_text(border) == "7,000 km (± 500)"
