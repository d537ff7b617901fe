"""Feedback on each part of an answer, as a student sees it in practice: every option marked
with ✓ or ✗ in words (not only colour), each matching pair and ordering position marked, the
exact value of a number accepted within its tolerance, one line for partial credit, and the
answer locked once given."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizzes.practice.session import Mode
from tests.conftest import FakeClock
from tests.ui.student_helpers import (
    answer_by_keyboard,
    click_set_button,
    fill_start_dialog,
    open_window,
)
from ui.answers.choices import ChoiceRow
from ui.student.quiz_runner import QuizRunner


def shown_mark(row: ChoiceRow) -> tuple[str, str]:
    """What a choice says after the answer: the mark's words and what a screen reader hears."""
    text = row.mark_label.text() if row.mark_label.isVisible() else ""
    return text, row.button.accessibleDescription()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick_in_combo(qtbot, combo, wanted: str) -> None:
    combo.setFocus()
    while combo.currentData() != wanted:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def answer(qtbot, runner: QuizRunner, question_id: str) -> None:
    """Answer each question as the test below expects, with the mouse and the keyboard."""
    widget = runner.answer_widget
    qtbot.waitUntil(widget.isVisible)  # a widget added to a shown layout shows a moment later
    match question_id:
        case "sco-newest":
            click(qtbot, widget.rows[1])  # Turkey: wrong
        case "sco-members":
            click(qtbot, widget.rows[0])  # India
            click(qtbot, widget.rows[1])  # Iran; Pakistan left out
        case "turkey-member":
            click(qtbot, widget.true_button)  # wrong
        case "border-length":
            qtbot.keyClicks(widget.line_edit, "7 400")  # within 500 of 7,000
        case "eaeu":
            qtbot.keyClicks(widget.line_edit, "NATO")
        case "neighbours":
            pass  # the starting order, never the right one
        case "leaders":
            pick_in_combo(qtbot, widget.combos[0], "Kazakhstan")
            pick_in_combo(qtbot, widget.combos[1], "China")
            click(qtbot, runner.action_button)  # asks about the blank row: submit it as it is
    click(qtbot, runner.action_button)


def check_feedback(qtbot, runner: QuizRunner, question_id: str) -> None:
    widget = runner.answer_widget
    feedback = runner.feedback
    verdict = feedback.verdict_label.text()
    match question_id:
        case "sco-newest":
            assert [shown_mark(row) for row in widget.rows] == [
                ("✓ Right answer", "The right answer, not chosen."),
                ("✗ Wrong", "Your choice: wrong."),
                ("", "Press 3 to choose"),
                ("", "Press 4 to choose"),
            ]
            assert verdict == "✗ Not this time"
            click(qtbot, widget.rows[0])  # locked: the answer given stays
            assert widget.given() == "Turkey"
        case "sco-members":
            assert [shown_mark(row)[0] for row in widget.rows] == [
                "✓ Right",
                "✓ Right",
                "",
                "✓ Right answer",
            ]
            assert verdict == "◐ Partly right: 2 of 3 right choices ticked — 0.67 point"
            assert feedback.note_label.isHidden()  # one line, not two
        case "turkey-member":
            assert widget.true_button.shown_text() == "True   (T)   ✗ Wrong"
            assert widget.false_button.shown_text() == "False   (F)   ✓ Right answer"
            assert widget.true_button.accessibleDescription() == "Your choice: wrong."
            click(qtbot, widget.false_button)
            assert widget.given() is True
        case "border-length":
            assert verdict == "✓ Right!"
            assert feedback.note_label.text() == (
                "Accepted: 7,400 km is within 500 km of 7,000 km (the exact value)."
            )
            assert widget.mark_label.text() == "✓ Right"
            assert widget.line_edit.isReadOnly()
        case "eaeu":
            assert widget.mark_label.text() == "✗ Wrong"
            assert widget.line_edit.accessibleDescription() == "Your answer is wrong."
        case "neighbours":
            correct = ["Russia", "Kazakhstan", "China"]
            for row, item in enumerate(widget.order()):
                text = widget.list_widget.item(row).text()
                if item == correct[row]:
                    assert text == f"✓ {row + 1}.  {item}"
                else:
                    belongs = correct.index(item) + 1
                    assert text == f"✗ {row + 1}.  {item} — belongs at {belongs}"
        case "leaders":
            assert [label.text() for label in widget.mark_labels] == [
                "✓ Right",
                "✓ Right",
                "✗ Should be: Russia",
            ]
            assert widget.combos[2].accessibleDescription() == "Wrong: the match is Russia."
            assert verdict == "◐ Partly right: 2 of 3 pairs right — 0.67 point"
            assert feedback.note_label.isHidden()


def test_each_part_of_each_answer_is_marked_after_submitting(qtbot, quiz_db):
    fake = FakeClock()
    window = open_window(qtbot, quiz_db, fake)
    fill_start_dialog(qtbot, Mode.PRACTICE, count=7)
    click_set_button(qtbot, window)
    runner = window.runner
    checked: set[str] = set()
    while window.stack.currentWidget() is runner:
        question = runner.attempt.session.current
        question_id = question.id
        if question_id in checked:  # a mistake coming back: answered right this time
            answer_by_keyboard(qtbot, window, question, right=True)
            click(qtbot, runner.action_button)
            click(qtbot, runner.action_button)
            continue
        answer(qtbot, runner, question_id)
        assert runner.answer_widget.is_read_only()
        check_feedback(qtbot, runner, question_id)
        checked.add(question_id)
        click(qtbot, runner.action_button)  # next
    assert len(checked) == 7
