"""The report's "check these first": the questions of the quiz the acceptance model expects
teachers to send back, by their place in the quiz, with the faults it sees."""

from __future__ import annotations

import pytest

from quizzes.generate.acceptance import Asked, answers_of, shipped_model
from quizzes.generate.report import CHECK_FIRST, Doubt, GenerationReport
from quizzes.model import Question
from tests.conftest import SEED_ARTICLE


def _as_reviewed(question: Question, title: str) -> Asked:
    assert question.evidence is not None
    return Asked(prompt=question.prompt, type=question.type.value, kind=question.tags[-1],
                 answers=answers_of(question.answer), choices=tuple(question.choices),
                 evidence=question.evidence.quote, paragraph=question.evidence.paragraph,
                 title=title, false_statement=question.answer is False)  # fmt: skip


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_doubted_questions_are_those_below_the_bar_in_quiz_order(seed_result):
    quiz, report = seed_result.quizset, seed_result.report
    model = shipped_model()
    chances = [model.likelihood(_as_reviewed(q, quiz.title)) for q in quiz.questions]
    doubted = [d.number for d in report.to_check_first]
    assert doubted == [n for n, chance in enumerate(chances, 1) if chance < CHECK_FIRST]
    assert doubted, "the seed article's quiz has questions teachers often send back"
    for doubt in report.to_check_first:
        assert doubt.prompt == quiz.questions[doubt.number - 1].prompt
        assert doubt.chance == pytest.approx(chances[doubt.number - 1])
    assert len(doubted) < len(quiz.questions)


def test_the_summary_lists_them_with_the_faults_seen():
    report = GenerationReport(title="A railway opens")
    report.to_check_first = [
        Doubt(3, "Fill in the blank: ASTANA, May 3: a railway links _____.", 0.21,
              ("a colon in the stem",)),
        Doubt(5, "How does the article describe the railway?", 0.35, ()),
    ]  # fmt: skip
    lines = report.summary().splitlines()
    start = lines.index("Check these first: teachers sent back most questions like them:")
    assert lines[start + 1] == (
        "  - question 3: Fill in the blank: ASTANA, May 3: a railway links _____. — teachers "
        "accepted about 21% of questions like it (a colon in the stem)"
    )
    assert lines[start + 2] == (
        "  - question 5: How does the article describe the railway? — teachers accepted about "
        "35% of questions like it"
    )


def test_a_quiz_with_nothing_doubted_says_nothing_about_it():
    report = GenerationReport(title="A railway opens")
    assert "Check these first" not in report.summary()
