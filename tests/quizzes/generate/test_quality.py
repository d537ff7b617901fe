"""The teacher's checks on the seed article: conflicting dates are flagged and never asked,
nothing is asked from page chrome or teasers, a caption printed twice is kept once.
(Gold coverage on the development set is in test_dev_set.py.)"""

from __future__ import annotations

import pytest

from quizzes.generate import generate_quiz
from tests.conftest import SEED_ARTICLE


@pytest.mark.shared_files(SEED_ARTICLE)
def test_conflicting_summit_dates_are_flagged_and_never_asked(seed_result):
    [conflict] = seed_result.report.conflicts
    assert "summit" in conflict.topic
    assert "3-4 June" in conflict.statements
    assert any("July" in s for s in conflict.statements)
    for question in seed_result.quizset.questions:
        text = " ".join(
            [question.prompt, str(question.answer), *question.choices, question.explanation]
        )
        assert "June" not in text and "July" not in text, question.prompt


@pytest.mark.shared_files(SEED_ARTICLE)
def test_no_question_comes_from_chrome_or_teasers(seed_result):
    report = seed_result.report
    reasons = {s.reason for s in report.skipped}
    assert {"site chrome", "teaser for another article"} <= reasons
    skipped_text = " ".join(
        s.text for s in report.skipped if s.reason == "site chrome" or "teaser" in s.reason
    )
    assert "newsletter" in skipped_text and "700,000" in skipped_text
    for question in seed_result.quizset.questions:
        evidence = question.evidence
        assert evidence is not None
        assert evidence.quote in report.paragraphs[evidence.paragraph - 1]
        assert evidence.quote not in skipped_text
        assert "700,000" not in question.prompt and "newsletter" not in question.prompt.lower()


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_repeated_caption_and_the_standfirst_are_kept_once(seed_result):
    paragraphs = seed_result.report.paragraphs
    handshake = [p for p in paragraphs if "shake hands" in p]
    assert len(handshake) == 1
    assert "Photo:" not in handshake[0]
    assert sum("$41 billion" in p for p in paragraphs) == 1


def test_a_teaser_between_body_paragraphs_is_dropped_but_a_section_heading_is_harmless():
    body = (
        "Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in "
        "Astana. Kazakhstan shares a 2,300-km border with Uzbekistan, officials said.\n\n"
        "Why the Caspian Sea Matters More Than Ever to the Oil Markets of Europe\n\n"
        "Tankers are queueing at Aktau as Turkey and Azerbaijan sign new deals.\n\n"
        "Kazakhstan is known for its cautious “multi-vector” foreign policy."
    )
    result = generate_quiz(body)
    teaser = [s for s in result.report.skipped if s.reason.startswith("teaser")]
    assert len(teaser) == 2
    assert all("Tankers" not in p for p in result.report.paragraphs)
    assert not any("Azerbaijan" in q.prompt for q in result.quizset.questions)
