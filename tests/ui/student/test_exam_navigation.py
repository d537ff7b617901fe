"""An exam taken as Moodle students know it, by mouse and keyboard: the navigator, Flag for
later, going back and changing an answer, the review page and Submit all; then what was stored.
Also: the app killed mid-exam (a real process) comes back with its answers, flags and time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from quizzes.model import parse_quizset
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.repository import Store
from tests.conftest import FakeClock, quizset_document
from tests.ui.driving import when_modal
from tests.ui.student.conftest import rows
from tests.ui.student_helpers import open_window, press
from ui.common.theme import status_colours
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
PROMPTS = [q.prompt for q in parse_quizset(quizset_document()).questions]


def stored_answers(db_url: str) -> list[tuple[str, object]]:
    """The exam's stored answers, read by another connection, in question order."""
    [(attempt_id,)] = rows(db_url, "select id from attempt")
    store = Store.open(db_url)
    try:
        return [(r.question_id, r.answer) for r in store.history.responses(attempt_id)]
    finally:
        store.close()


def stored_flags(db_url: str) -> list[str] | None:
    [(flagged,)] = rows(db_url, "select flagged from attempt")
    return None if flagged is None else json.loads(flagged)


def start_exam(qtbot, window: MainWindow) -> None:
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False, time_limit_seconds=600))


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_review_row(qtbot, window: MainWindow, row: int) -> None:
    table = window.runner.review_page.table
    point = table.visualItemRect(table.item(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def answer_submit_dialog(qtbot, button_text: str) -> list[str]:
    """Click `button_text` in the "Submit all" confirmation about to open; returns its text."""
    seen: list[str] = []

    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "submitAllDialog"
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    when_modal(qtbot, handle)
    return seen


def test_select_flag_go_back_change_review_and_submit_all(qtbot, quiz_db):
    fake = FakeClock()
    window = open_window(qtbot, quiz_db, fake)
    start_exam(qtbot, window)
    runner = window.runner
    navigator = runner.navigator

    # Question 1: a choice selected and never "submitted" is stored at once; then flagged.
    press(qtbot, window, Qt.Key.Key_2)  # Turkey
    assert stored_answers(quiz_db) == [("sco-newest", "Turkey")]
    click(qtbot, runner.flag_button)
    assert stored_flags(quiz_db) == ["sco-newest"]
    assert navigator.buttons[0].text() == "▸1 ✓⚑"
    click(qtbot, runner.action_button)  # Next
    assert runner.prompt_label.text() == PROMPTS[1]
    assert navigator.buttons[0].text() == "1 ✓⚑"

    # Question 2: two ticks; then the navigator jumps to question 4, a number typed there.
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_2)
    click(qtbot, navigator.buttons[3])
    assert runner.prompt_label.text() == PROMPTS[3]
    qtbot.keyClicks(runner.answer_widget.line_edit, "7 000")
    assert ("border-length", 7000.0) in stored_answers(quiz_db)

    # Previous: question 3, still unanswered; then back to question 1, whose choice is shown.
    click(qtbot, runner.previous_button)
    assert runner.prompt_label.text() == PROMPTS[2]
    assert runner.answer_widget.given() is None
    assert navigator.buttons[2].text() == "▸3"
    click(qtbot, navigator.buttons[0])
    assert runner.answer_widget.given() == "Turkey" and runner.flag_button.isChecked()
    press(qtbot, window, Qt.Key.Key_1)  # changed to Belarus: replaces Turkey
    click(qtbot, runner.flag_button)  # and the flag taken off
    assert stored_flags(quiz_db) == []
    click(qtbot, navigator.buttons[6])
    click(qtbot, runner.flag_button)  # the last question flagged, left unanswered

    # The review page: every question's status; a click goes back to one.
    click(qtbot, navigator.review_button)
    page = runner.review_page
    assert runner.pages.currentWidget() is page
    assert [row[2] for row in page.rows()] == [
        "Answered",
        "Answered",
        "Not answered",
        "Answered",
        "Not answered",
        "Not answered",
        "Not answered   ⚑ Flagged",
    ]
    assert page.summary_label.text().startswith("3 of 7 questions answered, 1 flagged")
    click_review_row(qtbot, window, 2)
    assert runner.prompt_label.text() == PROMPTS[2]
    press(qtbot, window, Qt.Key.Key_F)  # right: Turkey is not a member
    press(qtbot, window, Qt.Key.Key_Return)  # Next
    assert runner.prompt_label.text() == PROMPTS[3]
    assert runner.answer_widget.given() == 7000.0

    # Submit all: the confirmation counts the unanswered; Cancel changes nothing.
    click(qtbot, navigator.review_button)
    asked = answer_submit_dialog(qtbot, "Cancel")
    click(qtbot, page.submit_button)
    assert asked == ["3 questions have no answer. Submit anyway?"]
    assert runner.pages.currentWidget() is page
    assert rows(quiz_db, "select score, finished_at from attempt") == [(None, None)]
    answer_submit_dialog(qtbot, "Submit all and finish")
    click(qtbot, page.submit_button)

    assert window.stack.currentWidget() is window.results
    assert "Score: 52%" in window.results.score_text()  # 3 right and two thirds of one, of 7
    assert stored_answers(quiz_db) == [
        ("sco-newest", "Belarus"),
        ("sco-members", ["India", "Iran"]),
        ("turkey-member", False),
        ("border-length", 7000.0),
    ]
    [(score, finished)] = rows(quiz_db, "select score, finished_at from attempt")
    assert score == pytest.approx((3 + 2 / 3) / 7) and finished is not None
    assert stored_flags(quiz_db) == ["leaders"]


def test_with_every_question_answered_submit_all_still_asks(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False, topics=["Leaders"]))
    runner = window.runner
    for combo in runner.answer_widget.combos:
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)  # Next, after the last question: the review page
    assert runner.pages.currentWidget() is runner.review_page
    asked = answer_submit_dialog(qtbot, "Submit all and finish")
    click(qtbot, runner.review_page.submit_button)
    assert asked == ["Every question has an answer. Submit all and finish?"]
    assert window.stack.currentWidget() is window.results


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_navigator_tells_each_state_by_text_and_by_the_themes_colours(qtbot, quiz_db, theme):
    window = open_window(qtbot, quiz_db)
    window.set_theme(theme)
    start_exam(qtbot, window)
    runner = window.runner
    press(qtbot, window, Qt.Key.Key_1)  # 1 answered
    press(qtbot, window, Qt.Key.Key_Return)
    click(qtbot, runner.flag_button)  # 2 flagged
    click(qtbot, runner.action_button)  # 3 on screen, 4 unanswered
    buttons = runner.navigator.buttons
    assert [b.text() for b in buttons[:4]] == ["1 ✓", "2 ⚑", "▸3", "4"]
    assert [b.accessibleName() for b in buttons[:3]] == [
        "Question 1: answered",
        "Question 2: not answered, flagged",
        "Question 3: not answered, on screen",
    ]
    colours = status_colours(window.palette())
    styles = [b.styleSheet() for b in buttons[:4]]
    assert colours.saved in styles[0]
    assert colours.flagged_back in styles[1] and colours.flagged_text in styles[1]
    assert "palette(highlight)" in styles[2]
    assert len(set(styles)) == 4
    window.set_theme("light")


def test_an_exam_killed_mid_way_comes_back_with_its_answers_flags_and_time(qtbot, quiz_db):
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.exam_kill_driver", quiz_db],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert driver.stdout is not None
        assert driver.stdout.readline().strip() == "ready"
    finally:
        driver.send_signal(signal.SIGKILL)  # the power fails: nothing closed or saved
        driver.wait(timeout=10)
        if driver.stdout is not None:
            driver.stdout.close()
    assert driver.returncode == -signal.SIGKILL

    window = open_window(qtbot, quiz_db, FakeClock())
    home = window.home
    assert "2 answers given of 7" in home.continue_label.text()
    click(qtbot, home.continue_button)
    runner = window.runner
    assert runner.prompt_label.text() == PROMPTS[2]  # the first unanswered question
    assert runner.timer_label.text() == "Time left 9:00"  # as of the last answer stored
    assert [b.text() for b in runner.navigator.buttons[:3]] == ["1 ✓", "2 ✓⚑", "▸3"]
    click(qtbot, runner.navigator.buttons[1])
    assert runner.answer_widget.given() == ["Turkey"] and runner.flag_button.isChecked()
