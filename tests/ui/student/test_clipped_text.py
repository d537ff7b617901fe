"""Nothing clipped at the default text size (issue 12, item 15): Results' matching answers and
its per-topic box, Progress's Time and Set columns, topic labels and the chart's dates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QTableWidget

from quizzes.model import parse_quizset
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.repository import Store
from tests.conftest import SAMPLE_QUESTIONS, FakeClock, quizset_document
from tests.ui.student_helpers import (
    answer_by_keyboard,
    finish_exam,
    on_a_question,
    open_window,
    press,
)
from ui.main_window import MainWindow

TITLE = "Central Asia and the 2024 SCO summit"
LONG_TOPICS = {
    "SCO membership": "SCO membership and observers",
    "Borders and geography": "Borders and geography",
    "Organisations": "Organisations and alliances",
    "Leaders": "Leaders and their offices",
}


LONG_PAIRS = [
    ["Kassym-Jomart Tokayev", "President of the Republic of Kazakhstan"],
    ["Xi Jinping", "President of the People's Republic of China"],
    ["Shavkat Mirziyoyev", "President of the Republic of Uzbekistan"],
    ["Vladimir Putin", "President of the Russian Federation"],
]


@pytest.fixture
def summit_db(db_url):
    """The sample questions under a real-length title, topic names and matching pairs."""
    questions = [dict(q, topic=LONG_TOPICS[q["topic"]]) for q in SAMPLE_QUESTIONS]
    for question in questions:
        if question["type"] == "matching":
            question["answer"] = LONG_PAIRS
    store = Store.open(db_url)
    store.add_quizset(parse_quizset(quizset_document(TITLE, questions)))
    store.create_profile("Aigerim")
    store.close()
    return db_url


def take_exam(qtbot, window: MainWindow, fake: FakeClock, seconds: float) -> None:
    """The whole set as an exam, everything right, taking `seconds`."""
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False))
    runner = window.runner
    fake.seconds += seconds
    while on_a_question(window):
        answer_by_keyboard(qtbot, window, runner.attempt.session.current, right=True)
        press(qtbot, window, Qt.Key.Key_Return)
    finish_exam(qtbot, window)


def show_progress(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.progress.stats_shown, timeout=10_000):
        qtbot.mouseClick(window.results.progress_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)  # the tables take their column widths


def cell_fits(table: QTableWidget, row: int, column: int) -> bool:
    """The cell's text is shown whole: its column is at least as wide as the text needs."""
    return table.columnWidth(column) >= table.sizeHintForColumn(column)


def test_results_rows_show_the_whole_matching_answer(qtbot, summit_db):
    window = open_window(qtbot, summit_db)
    take_exam(qtbot, window, FakeClock(), 60)
    table = window.results.review_table
    qtbot.wait(10)
    [prompt] = [q["prompt"] for q in SAMPLE_QUESTIONS if q["type"] == "matching"]
    [matching] = [r for r, row in enumerate(window.results.review_rows()) if row[1] == prompt]
    assert "→" in window.results.review_rows()[matching][2]
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row), row


def test_results_show_every_topic_without_a_small_scroll_box(qtbot, summit_db):
    window = open_window(qtbot, summit_db)
    take_exam(qtbot, window, FakeClock(), 60)
    chart = window.results.topic_chart
    qtbot.wait(10)
    assert len(chart.bars()) == 4
    assert chart.height() >= chart.sizeHint().height()
    shown = chart.visibleRegion().boundingRect()
    assert shown.height() == chart.height()  # not cut by a box around it


def test_progress_time_column_shows_minutes_and_two_digit_seconds(qtbot, summit_db):
    fake = FakeClock()
    window = open_window(qtbot, summit_db, fake)
    take_exam(qtbot, window, fake, 2)
    show_progress(qtbot, window)
    table = window.progress.history_table
    [row] = window.progress.history_rows()
    assert row[5] == "0:02"
    assert cell_fits(table, 0, 5)


def test_progress_set_column_shows_a_normal_title_whole(qtbot, summit_db):
    window = open_window(qtbot, summit_db)
    take_exam(qtbot, window, FakeClock(), 60)
    show_progress(qtbot, window)
    table = window.progress.history_table
    assert window.progress.history_rows()[0][1] == TITLE
    needed = table.fontMetrics().horizontalAdvance(TITLE)
    assert table.columnWidth(1) > needed
    assert cell_fits(table, 0, 1)


def test_progress_topic_labels_are_shown_whole(qtbot, summit_db):
    window = open_window(qtbot, summit_db)
    take_exam(qtbot, window, FakeClock(), 60)
    show_progress(qtbot, window)
    chart = window.progress.mastery_chart
    metrics = QFontMetricsF(chart.font())
    assert {label for label, _ in chart.bars()} == set(LONG_TOPICS.values())
    for label, _ in chart.bars():
        assert chart.label_width() >= metrics.horizontalAdvance(label), label
    shown = chart.visibleRegion().boundingRect()
    assert shown.width() == chart.width()  # the percentages on the right too


def test_three_attempts_on_one_day_get_distinct_labels_inside_the_chart(qtbot, summit_db):
    fake = FakeClock()
    window = open_window(qtbot, summit_db, fake)
    for _ in range(3):
        take_exam(qtbot, window, fake, 600)  # 09:10, 09:20, 09:30 on 2 March
        window.show_home()
    window.show_home()
    with qtbot.waitSignal(window.progress.stats_shown, timeout=10_000):
        qtbot.mouseClick(window.home.progress_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    chart = window.progress.score_chart
    labels = [label for label, _ in chart.points()]
    assert len(set(labels)) == 3, labels
    shown = chart.visibleRegion().boundingRect()
    drawn = chart.x_labels()
    assert drawn[-1][2] == labels[-1]  # the latest, whole
    for _, rect, text in drawn:
        assert shown.contains(rect.toAlignedRect()), (text, rect, shown)
