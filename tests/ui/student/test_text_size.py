"""Text size (issue 12, item 2): Ctrl + / Ctrl − scale every text on the student's screens —
question, headings, verdict and score line included — headings stay larger than body text, and at
200 % nothing on the window at its size is clipped: text wraps or the screen scrolls."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from quizzes.practice.session import Mode, QuizConfig
from tests.ui.student_helpers import answer_by_keyboard, open_window, press
from ui.common.theme import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, apply_font_size
from ui.common.type_scale import SCALE, TextRole, text_role
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def normal_text_afterwards(qapp) -> Iterator[None]:
    yield
    apply_font_size(qapp, DEFAULT_FONT_SIZE)


def base_size() -> float:
    return QApplication.font().pointSizeF()


def text_size_action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def set_text_size(window: MainWindow, percent: int) -> None:
    """View ▸ Normal text size, then Bigger text as often as it takes to reach `percent`."""
    text_size_action(window, "&Normal text size").trigger()
    while base_size() < DEFAULT_FONT_SIZE * percent / 100:
        text_size_action(window, "&Bigger text").trigger()
    assert base_size() == DEFAULT_FONT_SIZE * percent / 100
    QApplication.processEvents()  # Qt hands the new font to the widgets in a posted event


def describe(label: QLabel) -> str:
    return label.objectName() or repr(label.text()[:40])


def clipped_texts(screen: QWidget) -> list[str]:
    """Each visible label of `screen` whose text does not fit the room it was given."""
    problems = []
    for label in screen.findChildren(QLabel):
        if not label.isVisibleTo(screen) or not label.text():
            continue
        room = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                problems.append(f"{describe(label)}: {label.height()} px high, needs {needed}")
        else:
            text = label.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, label.text())
            if room.width() < text.width() or room.height() < text.height():
                problems.append(f"{describe(label)}: {room.size()} for text of {text}")
    return problems


def wrong_fonts(screen: QWidget) -> list[str]:
    """Each visible label whose size is not the one its role asks of the current text size."""
    base = base_size()
    problems = []
    for label in screen.findChildren(QLabel):
        if not label.isVisibleTo(screen) or not label.text():
            continue
        role = text_role(label)
        wanted = base * SCALE[role][0] if role else base
        if label.font().pointSizeF() != pytest.approx(wanted):
            problems.append(f"{describe(label)}: {label.font().pointSizeF()} pt, not {wanted}")
    return problems


def check(window: MainWindow, qtbot, where: str, size: tuple[int, int]) -> None:
    screen = window.stack.currentWidget()
    # Layouts settle in posted events (a wrapped label's height follows its width).
    with suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not clipped_texts(screen), timeout=500)
    clipped = clipped_texts(screen)
    assert not clipped, f"{where}: " + "; ".join(clipped)
    fonts = wrong_fonts(screen)
    assert not fonts, f"{where}: " + "; ".join(fonts)
    assert (window.width(), window.height()) == size, f"{where}: the window grew to fit"


def every_student_screen(window: MainWindow, qtbot, where: str) -> list[str]:
    """Home, each question and its feedback, Results and Progress, each checked in turn;
    returns the question types seen."""
    size = (window.width(), window.height())
    window.show_home()
    check(window, qtbot, f"home at {where}", size)
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.PRACTICE, shuffle=False))
    runner = window.runner
    seen = []
    while window.stack.currentWidget() is runner:
        question = runner.attempt.session.current
        seen.append(question.type.value)
        check(window, qtbot, f"{question.type.value} at {where}", size)
        answer_by_keyboard(qtbot, window, question, right=True)
        press(qtbot, window, Qt.Key.Key_Return)
        check(window, qtbot, f"feedback on {question.type.value} at {where}", size)
        press(qtbot, window, Qt.Key.Key_Return)
    check(window, qtbot, f"results at {where}", size)
    with qtbot.waitSignal(window.progress.stats_shown, timeout=10_000):
        qtbot.mouseClick(window.results.progress_button, Qt.MouseButton.LeftButton)
    check(window, qtbot, f"progress at {where}", size)
    return seen


def test_nothing_is_clipped_and_every_text_scales_at_100_and_200_percent(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    set_text_size(window, 100)
    seen = every_student_screen(window, qtbot, "100%")
    assert len(set(seen)) == 7  # every answer type
    # The screens exist now: 200 % must reach them too, not only screens built afterwards.
    set_text_size(window, 200)
    every_student_screen(window, qtbot, "200%")


def test_headings_question_verdict_and_score_grow_with_ctrl_plus(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.PRACTICE, shuffle=False, count=1))
    runner = window.runner
    answer_by_keyboard(qtbot, window, runner.attempt.session.current, right=True)
    press(qtbot, window, Qt.Key.Key_Return)
    assert runner.feedback.verdict_label.text() == "✓ Right!"
    press(qtbot, window, Qt.Key.Key_Return)
    results = window.results
    standing_out = {
        "prompt": runner.prompt_label,
        "verdict": runner.feedback.verdict_label,
        "results heading": results.heading,
        "score line": results.score_label,
    }
    set_text_size(window, 100)
    for _ in range(int(MAX_FONT_SIZE - DEFAULT_FONT_SIZE)):
        text_size_action(window, "&Bigger text").trigger()  # Ctrl +
        QApplication.processEvents()
        body = base_size()
        for name, label in standing_out.items():
            role = text_role(label)
            assert role is not None, name
            assert label.font().pointSizeF() == pytest.approx(body * SCALE[role][0]), name
            assert label.font().pointSizeF() > body, f"{name} at {body} pt"
    assert base_size() == MAX_FONT_SIZE
    assert text_role(results.heading) is TextRole.HEADING
