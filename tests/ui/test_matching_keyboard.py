"""Matching by keyboard: number keys choose the option for the focused row, the focused row has
a ring in the theme's accent, and a row left blank is named before the answer is submitted
(submitting again confirms a partial answer; an exam whose time runs out does not ask)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.repository import Store
from tests.conftest import FakeClock, quizset_document
from ui.answers import MatchingWidget, make_answer_widget
from ui.student.quiz_runner import QuizRunner

LEADERS = next(q for q in parse_quizset(quizset_document()).questions if q.id == "leaders")


def matching(qtbot) -> MatchingWidget:
    widget = make_answer_widget(LEADERS, random.Random(4))
    assert isinstance(widget, MatchingWidget)
    qtbot.addWidget(widget)
    widget.resize(640, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_number_keys_choose_the_option_for_the_focused_row(qtbot):
    widget = matching(qtbot)
    focus(qtbot, widget.combos[1])
    with qtbot.waitSignal(widget.answer_changed):
        qtbot.keyClick(widget.combos[1], Qt.Key.Key_2)
    assert widget.combos[1].currentData() == widget.rights[1]
    assert [c.currentData() for c in (widget.combos[0], widget.combos[2])] == ["", ""]
    qtbot.keyClick(widget.combos[1], Qt.Key.Key_9)  # no ninth option: nothing changes
    assert widget.combos[1].currentData() == widget.rights[1]
    qtbot.keyClick(widget.combos[1], Qt.Key.Key_0)  # 0 clears the row
    assert widget.combos[1].currentData() == ""
    qtbot.keyClick(widget.combos[1], Qt.Key.Key_Tab)
    qtbot.keyClick(widget.combos[2], Qt.Key.Key_3)
    assert widget.given() == [
        ["Tokayev", ""],
        ["Xi Jinping", ""],
        ["Putin", widget.rights[2]],
    ]


def test_number_keys_change_nothing_once_the_answer_is_submitted(qtbot):
    widget = matching(qtbot)
    focus(qtbot, widget.combos[0])
    widget.set_read_only(True)
    qtbot.keyClick(widget.combos[0], Qt.Key.Key_1)
    assert widget.given() is None


def test_the_options_are_numbered_in_the_list(qtbot):
    widget = matching(qtbot)
    combo = widget.combos[0]
    texts = []
    for row in range(combo.count()):
        option = QStyleOptionViewItem()
        combo.itemDelegate().initStyleOption(option, combo.model().index(row, 0))
        texts.append(option.text)
    assert texts == ["— choose —"] + [f"{n}.  {combo.itemText(n)}" for n in range(1, combo.count())]


def test_the_focused_row_has_a_ring_in_the_accent_colour(qtbot):
    widget = matching(qtbot)
    accent = widget.palette().color(QPalette.ColorRole.Highlight)

    def ring_colour(row: int):
        image = widget.grab().toImage()
        ring = widget.focus_ring(row)
        return image.pixelColor(ring.left(), ring.center().y())

    focus(qtbot, widget.combos[1])
    assert widget.focused_row() == 1
    assert ring_colour(1) == accent
    assert ring_colour(0) != accent
    qtbot.keyClick(widget.combos[1], Qt.Key.Key_Tab)
    assert widget.focused_row() == 2
    assert ring_colour(2) == accent and ring_colour(1) != accent


@pytest.fixture
def runner_on_matching(qtbot, store, clock):
    def start(config: QuizConfig) -> QuizRunner:
        set_id = store.add_quizset(parse_quizset(quizset_document())).id
        profile_id = store.create_profile("Aigerim").id
        attempt = LiveAttempt.start(
            store, profile_id, set_id, config, clock=clock.clock, now=clock.now
        )
        runner = QuizRunner()
        qtbot.addWidget(runner)
        runner.resize(800, 600)
        runner.show()
        runner.begin(attempt)
        qtbot.waitExposed(runner)
        runner.activateWindow()
        return runner

    return start


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def stored(store: Store, runner: QuizRunner) -> list:
    assert runner.attempt is not None
    return [r.answer for r in store.history.responses(runner.attempt.attempt_id)]


def test_a_blank_row_is_named_and_a_second_enter_submits_the_partial_answer(
    qtbot, store, runner_on_matching
):
    runner = runner_on_matching(QuizConfig(Mode.PRACTICE, topics=["Leaders"]))
    widget = runner.answer_widget
    assert isinstance(widget, MatchingWidget)
    qtbot.waitUntil(widget.combos[0].hasFocus)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return)
    assert runner.hint_label.text() == ("Row 2 has no match yet. Enter again submits it as it is.")
    assert stored(store, runner) == [] and not runner.feedback.isVisible()
    assert widget.focused_row() == 1  # the blank row, ready for a number
    press(qtbot, Qt.Key.Key_Return)
    assert stored(store, runner) == [
        [["Tokayev", widget.rights[0]], ["Xi Jinping", ""], ["Putin", widget.rights[1]]]
    ]
    assert runner.feedback.isVisible()


def test_every_row_matched_submits_at_once(qtbot, store, runner_on_matching):
    runner = runner_on_matching(QuizConfig(Mode.PRACTICE, topics=["Leaders"]))
    widget = runner.answer_widget
    qtbot.waitUntil(widget.combos[0].hasFocus)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Tab, Qt.Key.Key_2, Qt.Key.Key_Tab, Qt.Key.Key_3):
        press(qtbot, key)
    press(qtbot, Qt.Key.Key_Return)
    assert len(stored(store, runner)) == 1 and runner.feedback.isVisible()


def test_a_partial_answer_on_screen_when_the_exam_time_runs_out_is_submitted_unasked(
    qtbot, store, clock: FakeClock, runner_on_matching
):
    config = QuizConfig(Mode.EXAM, topics=["Leaders"], time_limit_seconds=60)
    runner = runner_on_matching(config)
    qtbot.waitUntil(runner.answer_widget.combos[0].hasFocus)
    press(qtbot, Qt.Key.Key_1)
    with qtbot.waitSignal(runner.quiz_finished) as done:
        clock.seconds = 61
    assert done.args[0].timed_out
    [answer] = stored(store, runner)
    assert answer[1:] == [["Xi Jinping", ""], ["Putin", ""]]
