"""An exam set taken like a student: Home marks it, practice says only "Answer saved", results
show the score only; once the teacher releases the results, the review shows every answer."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from quizzes.model import parse_quizset
from quizzes.practice.session import Mode
from quizzes.store.repository import Store
from tests.conftest import FakeClock, quizset_document
from tests.ui.student_helpers import (
    answer_by_keyboard,
    click_set_button,
    fill_start_dialog,
    open_window,
    press,
)
from ui.student.start_dialog import StartDialog


@pytest.fixture
def exam_db(db_url):
    store = Store.open(db_url)
    summary = store.add_quizset(parse_quizset(quizset_document("Midterm")))
    store.mark_exam(summary.id, True)
    store.create_profile("Aigerim")
    store.close()
    return db_url


def release(db_url: str) -> None:
    store = Store.open(db_url)
    try:
        [summary] = store.list_sets()
        store.release_results(summary.id, datetime(2026, 6, 1, tzinfo=UTC))
    finally:
        store.close()


def practise_with_first_answer_wrong(qtbot, window, fake: FakeClock) -> list[str]:
    """A whole practice quiz, first answer wrong; the feedback verdict after each answer."""
    fill_start_dialog(qtbot, Mode.PRACTICE, count=7)
    click_set_button(qtbot, window)
    runner = window.runner
    verdicts: list[str] = []
    while window.stack.currentWidget() is runner:
        question = runner.attempt.session.current
        fake.seconds += 10
        answer_by_keyboard(qtbot, window, question, right=bool(verdicts))
        press(qtbot, window, Qt.Key.Key_Return)  # submit
        feedback = runner.feedback
        assert feedback.isVisible()
        verdicts.append(feedback.verdict_label.text())
        for label in (feedback.correct_label, feedback.explanation_label, feedback.evidence_label):
            assert label.isHidden() and label.text() == "", label.text()
        assert runner.progress_label.text() == f"{len(verdicts)} / 7"  # nothing comes back
        press(qtbot, window, Qt.Key.Key_Return)  # next
    return verdicts


def test_home_marks_the_exam_set(qtbot, exam_db):
    window = open_window(qtbot, exam_db)
    model = window.set_model
    assert model.data(model.index(0, 0)) == "Midterm  (Exam)"


def test_an_exam_set_offers_only_practice_and_exam(qtbot, exam_db):
    window = open_window(qtbot, exam_db)
    modes: list[str] = []

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StartDialog)
        combo = dialog.mode_combo
        modes.extend(combo.itemText(i) for i in range(combo.count()))
        assert dialog.mode_help.text().startswith("An exam set: each answer is saved")
        dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    click_set_button(qtbot, window)
    assert modes == ["Practice", "Exam"]


def test_practising_an_exam_set_shows_no_answer_and_results_show_the_score_only(qtbot, exam_db):
    fake = FakeClock()
    window = open_window(qtbot, exam_db, fake)
    verdicts = practise_with_first_answer_wrong(qtbot, window, fake)
    assert verdicts == ["Answer saved"] * 7
    results = window.results
    assert window.stack.currentWidget() is results
    assert "Score: 86%" in results.score_text() and "6 of 7 right" in results.score_text()
    assert results.review_rows() == []
    assert results.review_area.isHidden()
    assert results.withheld_label.isVisible()
    assert "once your teacher releases the results" in results.withheld_label.text()
    with sqlite3.connect(exam_db.removeprefix("sqlite:///")) as raw:
        stored = raw.execute("select answer, correct from response order by position").fetchall()
    assert stored[0] == ('"Turkey"', 0) and len(stored) == 7


def test_after_the_teacher_releases_the_results_the_review_shows(qtbot, exam_db):
    fake = FakeClock()
    window = open_window(qtbot, exam_db, fake)
    practise_with_first_answer_wrong(qtbot, window, fake)
    release(exam_db)
    qtbot.mouseClick(window.results.progress_button, Qt.MouseButton.LeftButton)
    progress = window.progress
    qtbot.waitUntil(lambda: progress.history_table.rowCount() == 1)
    first_cell = progress.history_table.visualItemRect(progress.history_table.item(0, 0))
    qtbot.mouseClick(
        progress.history_table.viewport(), Qt.MouseButton.LeftButton, pos=first_cell.center()
    )
    qtbot.mouseDClick(
        progress.history_table.viewport(), Qt.MouseButton.LeftButton, pos=first_cell.center()
    )
    results = window.results
    assert window.stack.currentWidget() is results
    review = results.review_rows()
    assert len(review) == 7
    assert review[0][2:] == ["Turkey", "Belarus", "✗ wrong"]
    assert results.withheld_label.isHidden()
