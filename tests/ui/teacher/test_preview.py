"""Preview as student: Check grades the teacher's answer with the real grader and shows the
feedback a student gets; Try again starts the question afresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from quizzes.model import parse_quizset
from tests.conftest import quizset_document
from ui.teacher.editor.preview import PreviewDialog

QUESTIONS = {q.id: q for q in parse_quizset(quizset_document()).questions}


@pytest.fixture
def preview_of(qtbot):
    def open_preview(question_id: str) -> PreviewDialog:
        dialog = PreviewDialog(QUESTIONS[question_id])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.answer_widget.isVisible)
        return dialog

    return open_preview


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_check_grades_the_answer_and_shows_what_a_student_sees(qtbot, preview_of):
    preview = preview_of("sco-members")
    rows = {row.choice_text: row for row in preview.answer_widget.rows}
    click(qtbot, rows["India"])
    click(qtbot, rows["Turkey"])
    click(qtbot, preview.check_button)
    assert preview.feedback.isVisible()
    assert preview.feedback.verdict_label.text() == "✗ Not this time"  # 1 right − 1 wrong tick
    assert {text: row.mark_label.text() for text, row in rows.items()} == {
        "India": "✓ Right",
        "Iran": "✓ Right answer",
        "Turkey": "✗ Wrong",
        "Pakistan": "✓ Right answer",
    }
    assert preview.feedback.correct_label.text() == "Answer: India, Iran, Pakistan"
    assert preview.answer_widget.is_read_only()
    assert not preview.check_button.isEnabled()


def test_try_again_clears_the_answer_and_the_feedback(qtbot, preview_of):
    preview = preview_of("sco-newest")
    click(qtbot, preview.answer_widget.rows[1])
    click(qtbot, preview.check_button)
    click(qtbot, preview.try_again_button)
    qtbot.waitUntil(preview.answer_widget.isVisible)
    assert preview.feedback.isHidden()
    assert preview.answer_widget.given() is None
    assert not preview.answer_widget.is_read_only()
    assert all(row.mark_label.isHidden() for row in preview.answer_widget.rows)
    click(qtbot, preview.answer_widget.rows[0])  # Belarus this time
    click(qtbot, preview.check_button)
    assert preview.feedback.verdict_label.text() == "✓ Right!"
    assert preview.answer_widget.rows[0].mark_label.text() == "✓ Right"


def test_enter_checks_a_typed_number_and_names_the_exact_value(qtbot, preview_of):
    preview = preview_of("border-length")
    qtbot.keyClicks(preview.answer_widget.line_edit, "6 600")
    qtbot.keyClick(preview.answer_widget.line_edit, Qt.Key.Key_Return)
    assert preview.feedback.verdict_label.text() == "✓ Right!"
    assert preview.feedback.note_label.text() == (
        "Accepted: 6,600 km is within 500 km of 7,000 km (the exact value)."
    )
    assert preview.answer_widget.mark_label.text() == "✓ Right"


def test_check_marks_each_matching_pair_with_one_partial_credit_line(qtbot, preview_of):
    preview = preview_of("leaders")
    widget = preview.answer_widget
    wanted = {"Tokayev": "Kazakhstan", "Xi Jinping": "Russia", "Putin": "China"}
    for left, combo in zip(widget.lefts, widget.combos, strict=True):
        combo.setFocus()
        while combo.currentData() != wanted[left]:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    click(qtbot, preview.check_button)
    assert preview.feedback.verdict_label.text() == (
        "◐ Partly right: 1 of 3 pairs right — 0.33 point"
    )
    assert preview.feedback.note_label.isHidden()
    assert [label.text() for label in widget.mark_labels] == [
        "✓ Right",
        "✗ Should be: China",
        "✗ Should be: Russia",
    ]
