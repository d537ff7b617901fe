"""Driving the student app like a person: keys into the focused widget, clicks, dialogs."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox

from quizzes.model import Question, QuestionType
from quizzes.practice.session import Mode
from quizzes.store.repository import Store
from tests.conftest import FakeClock
from ui.main_window import MainWindow
from ui.student.set_cards import SetAction
from ui.student.start_dialog import StartDialog


def open_window(qtbot, db_url: str, fake: FakeClock | None = None) -> MainWindow:
    fake = fake or FakeClock()
    window = MainWindow(
        lambda: Store.open(db_url),
        db_url,
        clock=fake.clock,
        now=fake.now,
        seed_source=random.Random(1),
    )
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load()
    return window


def click_set_button(
    qtbot, window: MainWindow, action: SetAction = SetAction.PRACTISE, row: int | None = None
) -> None:
    """Click a button on a set's card on Home: the selected set's, or row `row`'s."""
    view = window.home.sets_view
    row = view.selected_row() if row is None else row
    assert row is not None, "no set is selected on Home"
    view.scrollTo(view.model().index(row, 0))
    button = view.card_delegate.button_rect(row, action)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=button.center())


def press(qtbot, window: MainWindow, key: Qt.Key, text: str = "") -> None:
    """A key press where the student's focus is (the runner when nothing inside has focus)."""
    target = window.focusWidget() or window.runner
    qtbot.keyClick(target, key)


def fill_start_dialog(
    qtbot, mode: Mode, *, count: int | None = None, minutes: int = 0, shuffle: bool = False
) -> None:
    """Answer the Start dialog that is about to open, by typing and clicking."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StartDialog)
        dialog.mode_combo.setFocus()
        while dialog.mode() is not mode:
            qtbot.keyClick(dialog.mode_combo, Qt.Key.Key_Down)
        if count is not None:
            dialog.count_spin.selectAll()
            qtbot.keyClicks(dialog.count_spin, str(count))
        if mode is Mode.EXAM:
            dialog.minutes_spin.selectAll()
            qtbot.keyClicks(dialog.minutes_spin, str(minutes))
        if dialog.shuffle_check.isChecked() != shuffle:
            qtbot.mouseClick(dialog.shuffle_check, Qt.MouseButton.LeftButton)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)


def click_in_dialog(qtbot, button_text: str) -> None:
    """Click the button labelled `button_text` in the modal dialog about to open."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.text() == button_text]
        assert buttons, f"no button {button_text!r} in {dialog.windowTitle()!r}"
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def answer_by_keyboard(qtbot, window: MainWindow, question: Question, right: bool) -> None:
    """Answer the question on screen the way a student would, rightly or wrongly."""
    widget = window.runner.answer_widget
    assert widget is not None
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            wanted = (
                question.answer
                if right
                else next(c for c in question.choices if c != question.answer)
            )
            press(qtbot, window, Qt.Key(Qt.Key.Key_1 + question.choices.index(wanted)))
        case QuestionType.MULTIPLE_CHOICE:
            wanted = question.answer if right else question.answer[:1]
            for choice in wanted:
                press(qtbot, window, Qt.Key(Qt.Key.Key_1 + question.choices.index(choice)))
        case QuestionType.TRUE_FALSE:
            truth = question.answer if right else not question.answer
            press(qtbot, window, Qt.Key.Key_T if truth else Qt.Key.Key_F)
        case QuestionType.NUMERIC:
            qtbot.keyClicks(widget.line_edit, "7 000" if right else "12")
        case QuestionType.SHORT_ANSWER:
            qtbot.keyClicks(widget.line_edit, "eurasian economc union" if right else "NATO")
        case QuestionType.ORDERING:
            target = list(question.answer) if right else list(reversed(question.answer))
            for index, item in enumerate(target):
                widget.list_widget.setCurrentRow(widget.order().index(item))
                while widget.order().index(item) > index:
                    qtbot.mouseClick(widget.move_up_button, Qt.MouseButton.LeftButton)
        case QuestionType.MATCHING:
            pairs = dict(question.answer)
            rights = [r for _, r in question.answer]
            wrong = dict(zip(pairs, rights[1:] + rights[:1], strict=True))  # each one off by one
            for left, combo in zip(widget.lefts, widget.combos, strict=True):
                wanted = pairs[left] if right else wrong[left]
                combo.setFocus()
                while combo.currentData() != wanted:
                    qtbot.keyClick(combo, Qt.Key.Key_Down)


def on_a_question(window: MainWindow) -> bool:
    """The quiz runner shows a question (not the results, nor an exam's review page)."""
    runner = window.runner
    return (
        window.stack.currentWidget() is runner
        and runner.attempt is not None
        and runner.attempt.session.current is not None
    )


def finish_exam(qtbot, window: MainWindow) -> None:
    """From anywhere in an exam: Review answers, then Submit all and finish (confirmed)."""
    from tests.ui.driving import click_in_turn

    runner = window.runner
    qtbot.mouseClick(runner.navigator.review_button, Qt.MouseButton.LeftButton)
    assert runner.pages.currentWidget() is runner.review_page
    answered = click_in_turn(qtbot, ("submitAllDialog", "Submit all and finish"))
    qtbot.mouseClick(runner.review_page.submit_button, Qt.MouseButton.LeftButton)
    assert answered == ["submitAllDialog"]
