"""Results rows: filled with the colour of their result and saying it in words; a row opened by
double-click or Enter shows the question, both answers, the explanation and the evidence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from quizzes.model import parse_quizset
from quizzes.practice.session import Mode, QuizConfig, QuizSession
from tests.conftest import FakeClock, quizset_document
from ui.common.theme import make_palette, status_colours
from ui.student.results_screen import ResultsScreen

QUESTIONS = parse_quizset(quizset_document()).questions


@pytest.fixture
def results(qtbot) -> ResultsScreen:
    """Results of an exam: right, partly right, wrong, skipped, then the rest not reached."""
    order = ["sco-newest", "leaders", "turkey-member", "border-length", "eaeu"]
    session = QuizSession(QUESTIONS, QuizConfig(Mode.EXAM, shuffle=False), order, clock=FakeClock())
    session.submit("Belarus")
    session.submit([["Tokayev", "Kazakhstan"], ["Xi Jinping", "China"], ["Putin", ""]])
    session.submit(True)
    session.submit(None)
    screen = ResultsScreen()
    screen.setPalette(make_palette("light"))
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    screen.show_results("SCO basics", session, session.summary())
    return screen


def test_rows_say_and_show_their_result(results):
    colours = status_colours(make_palette("light"))
    table = results.review_table
    assert [row[4] for row in results.review_rows()] == [
        "✓ right",
        "◐ 67%",
        "✗ wrong",
        "– skipped",
        "– skipped",
    ]
    fills = [table.item(row, 1).background().color().name() for row in range(table.rowCount())]
    assert fills == [
        colours.right_back,
        colours.partly_back,
        colours.wrong_back,
        colours.skipped_back,
        colours.skipped_back,
    ]
    text = make_palette("light").color(QPalette.ColorRole.Text)
    assert table.item(1, 2).foreground().color() == text


def open_row_by_double_click(qtbot, results: ResultsScreen, row: int):
    table = results.review_table
    cell = table.visualItemRect(table.item(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = results.question_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def shown_texts(dialog) -> list[str]:
    return [label.text() for label in dialog.text_labels() if label.isVisible()]


def test_double_clicking_a_row_opens_its_question_with_explanation_and_evidence(qtbot, results):
    dialog = open_row_by_double_click(qtbot, results, 0)
    assert dialog.windowTitle() == "Question 1"
    assert shown_texts(dialog) == [
        "Which country was the newest member of the SCO at the 2024 summit?",
        "Your answer: Belarus",
        "✓ Right!",
        "Right answer: Belarus",
        "Belarus joined in 2024, the organisation's most recent member.",
        "From the article, paragraph 12: “Belarus joined as the newest member.”",
    ]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dialog.text_labels())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert results.isVisible()  # Esc closed the question, not the results


def test_enter_on_a_row_opens_it_and_partial_credit_is_explained_in_one_line(qtbot, results):
    table = results.review_table
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = results.question_dialog
    assert dialog is not None and dialog.isVisible()
    assert shown_texts(dialog)[1:4] == [
        "Your answer: Tokayev → Kazakhstan; Xi Jinping → China; Putin → ?",
        "◐ Partly right: 2 of 3 pairs right — 0.67 point",
        "Right answer: Tokayev → Kazakhstan; Xi Jinping → China; Putin → Russia",
    ]


def test_a_skipped_question_opens_as_not_answered(qtbot, results):
    dialog = open_row_by_double_click(qtbot, results, 3)
    assert shown_texts(dialog)[1:4] == [
        "Your answer: (not answered)",
        "– Not answered",
        "Right answer: 7,000 km (± 500)",
    ]
