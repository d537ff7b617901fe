"""Feedback per part of an answer: each choice, each matching pair, each ordering position, and
the one line that explains partial credit or a number accepted within its tolerance."""

from __future__ import annotations

import pytest

from quizzes.model import parse_quizset
from quizzes.practice.marks import Mark, mark_answer
from quizzes.practice.scoring import Grade, explained, grade_response
from tests.conftest import quizset_document

QUESTIONS = {q.id: q for q in parse_quizset(quizset_document()).questions}


def choice_marks(qid: str, given: object) -> dict[str, Mark | None]:
    return {c.choice: c.mark for c in mark_answer(QUESTIONS[qid], given).choices}


def test_single_choice_marks_the_chosen_wrong_option_and_the_right_one():
    assert choice_marks("sco-newest", "Turkey") == {
        "Belarus": Mark.MISSED,
        "Turkey": Mark.WRONG,
        "Azerbaijan": None,
        "Mongolia": None,
    }
    assert choice_marks("sco-newest", "Belarus")["Belarus"] is Mark.RIGHT


def test_multiple_choice_marks_every_tick_and_every_right_choice_left_unticked():
    assert choice_marks("sco-members", ["India", "Turkey"]) == {
        "India": Mark.RIGHT,
        "Iran": Mark.MISSED,
        "Turkey": Mark.WRONG,
        "Pakistan": Mark.MISSED,
    }


def test_true_false_marks_both_buttons():
    assert choice_marks("turkey-member", True) == {"True": Mark.WRONG, "False": Mark.MISSED}
    assert choice_marks("turkey-member", False) == {"True": None, "False": Mark.RIGHT}


def test_not_answered_marks_the_right_choice_as_missed():
    assert choice_marks("sco-newest", None)["Belarus"] is Mark.MISSED


def test_matching_marks_each_pair_with_its_right_match():
    given = [["Tokayev", "Kazakhstan"], ["Xi Jinping", "Russia"], ["Putin", ""]]
    pairs = mark_answer(QUESTIONS["leaders"], given).pairs
    assert [(p.left, p.given, p.expected, p.right) for p in pairs] == [
        ("Tokayev", "Kazakhstan", "Kazakhstan", True),
        ("Xi Jinping", "Russia", "China", False),
        ("Putin", "", "Russia", False),
    ]


def test_ordering_marks_each_position_and_where_a_misplaced_item_belongs():
    places = mark_answer(QUESTIONS["neighbours"], ["Kazakhstan", "Russia", "China"]).places
    assert [(p.position, p.item, p.right, p.belongs_at) for p in places] == [
        (1, "Kazakhstan", False, 2),
        (2, "Russia", False, 1),
        (3, "China", True, 3),
    ]


@pytest.mark.parametrize(
    ("qid", "given", "right"),
    [
        ("border-length", 7400.0, True),
        ("border-length", 9000.0, False),
        ("eaeu", "EAEU", True),
        ("eaeu", "NATO", False),
    ],
)
def test_typed_answers_are_marked_as_a_whole(qid, given, right):
    assert mark_answer(QUESTIONS[qid], given).typed_right is right


@pytest.mark.parametrize(
    ("qid", "given", "line"),
    [
        (
            "leaders",
            [["Tokayev", "Kazakhstan"], ["Xi Jinping", "China"], ["Putin", ""]],
            "2 of 3 pairs right — 0.67 point",
        ),
        ("sco-members", ["India", "Iran"], "2 of 3 right choices ticked — 0.67 point"),
        (
            "sco-members",
            ["India", "Iran", "Turkey"],
            "2 of 3 right choices ticked, 1 wrong tick — 0.33 point",
        ),
        (
            "neighbours",
            ["Kazakhstan", "Russia", "China"],
            "2 of 3 pairs of items in the right order — 0.67 point",
        ),
    ],
)
def test_partial_credit_is_explained_in_one_line(qid, given, line):
    grade = grade_response(QUESTIONS[qid], given)
    assert not grade.correct and grade.note == line


@pytest.mark.parametrize(
    ("given", "note"),
    [
        (7400.0, "Accepted: 7,400 km is within 500 km of 7,000 km (the exact value)."),
        (6500.0, "Accepted: 6,500 km is within 500 km of 7,000 km (the exact value)."),
        (7000.0, ""),  # exact: nothing to explain
    ],
)
def test_a_number_accepted_within_tolerance_names_the_exact_value(given, note):
    grade = grade_response(QUESTIONS["border-length"], given)
    assert grade.correct and grade.note == note


def test_a_stored_grade_gets_its_note_back_when_the_question_grades_it_the_same():
    question = QUESTIONS["leaders"]
    given = [["Tokayev", "Kazakhstan"], ["Xi Jinping", "Russia"], ["Putin", "China"]]
    stored = Grade(1 / 3, False)  # as an attempt read back from the database holds it
    assert explained(question, given, stored).note == "1 of 3 pairs right — 0.33 point"


def test_a_stored_grade_of_a_question_edited_since_keeps_its_score_and_gets_no_note():
    question = QUESTIONS["leaders"]
    given = [["Tokayev", "Kazakhstan"], ["Xi Jinping", "Russia"], ["Putin", "China"]]
    stored = Grade(2 / 3, False)  # graded before the teacher changed the pairs
    assert explained(question, given, stored) == stored
