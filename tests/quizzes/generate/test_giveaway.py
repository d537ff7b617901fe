"""A stem that lets a student count the answer is cut before what gives it away (issue 9)."""

from __future__ import annotations

from quizzes.generate.giveaway import without_counted_list
from quizzes.generate.questions import Candidate, Origin
from quizzes.model import Evidence, QuestionType


def _figure(prompt: str, answer: int) -> Candidate:
    origin = Origin(Evidence(quote=prompt, paragraph=1), 0, False, "quantity", ())
    options = [str(answer), "3", "9", "12"]
    return Candidate(QuestionType.SINGLE_CHOICE, prompt, str(answer), origin, "", "",
                     choices=options, answer_texts=(str(answer),))  # fmt: skip


def test_a_count_followed_by_the_list_it_counts_loses_the_list():
    counted = _figure(
        "Fill in the blank (a figure): The CSTO consists of _____ states: Russia, Belarus, "
        "Kazakhstan, Kyrgyzstan, Armenia and Tajikistan.",
        6,
    )
    repaired = without_counted_list(counted)
    assert repaired.prompt == "Fill in the blank (a figure): The CSTO consists of _____ states."
    assert repaired.answer == "6" and repaired.choices == ["6", "3", "9", "12"]


def test_a_list_in_brackets_is_cut_too_and_a_list_of_another_length_is_kept():
    bracketed = _figure(
        "Fill in the blank (a figure): The _____ founders (Kazakhstan, Russia and Belarus) met.", 3
    )
    assert without_counted_list(bracketed).prompt == (
        "Fill in the blank (a figure): The _____ founders met."
    )
    uncounted = _figure(
        "Fill in the blank (a figure): _____ states joined: Iran and Belarus among them.", 4
    )
    assert without_counted_list(uncounted).prompt == uncounted.prompt
