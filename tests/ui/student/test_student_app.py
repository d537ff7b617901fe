"""The student app taken like a student: whole quizzes by keyboard and mouse, then the rows in
the database and the score on screen are checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from quizzes.model import parse_quizset
from quizzes.practice.session import Mode, QuizConfig, draw_questions
from quizzes.store.repository import Store
from tests.conftest import FakeClock, quizset_document
from tests.ui.driving import click_in_turn
from tests.ui.student.conftest import rows
from tests.ui.student_helpers import (
    answer_by_keyboard,
    click_in_dialog,
    click_set_button,
    fill_start_dialog,
    finish_exam,
    on_a_question,
    open_window,
    press,
)
from ui.main_window import MainWindow
from ui.student.quiz_runner import QuizRunner
from ui.student.results_screen import ResultsScreen


def test_a_whole_practice_quiz_with_feedback_and_a_mistake_coming_back(qtbot, quiz_db):
    fake = FakeClock()
    window = open_window(qtbot, quiz_db, fake)
    fill_start_dialog(qtbot, Mode.PRACTICE, count=7)
    click_set_button(qtbot, window)
    runner = window.runner
    assert window.stack.currentWidget() is runner
    assert runner.progress_label.text() == "1 / 7"
    seen: list[str] = []
    while window.stack.currentWidget() is runner:
        question = runner.attempt.session.current
        first_time = question.id not in seen
        seen.append(question.id)
        fake.seconds += 10
        # The first question is answered wrongly once; it must come back.
        answer_by_keyboard(qtbot, window, question, right=not (first_time and len(seen) == 1))
        press(qtbot, window, Qt.Key.Key_Return)  # submit
        assert runner.feedback.isVisible()
        verdict = runner.feedback.verdict_label.text()
        if len(seen) == 1:
            assert "Not this time" in verdict
            assert "Answer: Belarus" in runner.feedback.correct_label.text()
            assert "paragraph 12" in runner.feedback.evidence_label.text()
            assert runner.progress_label.text() == "1 / 8"
        else:
            assert "Right" in verdict, (question.id, verdict)
        if question.id == "eaeu":
            assert "small typo" in runner.feedback.note_label.text()
        press(qtbot, window, Qt.Key.Key_Return)  # next
    assert seen.count("sco-newest") == 2 and len(seen) == 8
    results = window.results
    assert window.stack.currentWidget() is results
    assert "Score: 86%" in results.score_text() and "6 of 7 right" in results.score_text()
    review = results.review_rows()
    assert review[0][2:] == ["Turkey", "Belarus", "✗ wrong"]
    assert review[3][2:] == ["7,000 km", "7,000 km (± 500)", "✓ right"]
    [(mode, score, finished)] = rows(quiz_db, "select mode, score, finished_at from attempt")
    assert mode == "practice" and score == pytest.approx(6 / 7) and finished is not None
    answers = rows(quiz_db, "select position, correct from response order by position")
    assert answers == [(0, 0)] + [(i, 1) for i in range(1, 8)]


def test_at_launch_enter_starts_a_quiz_on_the_selected_set(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is window.home.sets_view)
    fill_start_dialog(qtbot, Mode.PRACTICE, count=3)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.runner
    assert window.runner.progress_label.text() == "1 / 3"


def test_a_whole_exam_without_feedback_and_partial_credit(qtbot, quiz_db):
    fake = FakeClock()
    window = open_window(qtbot, quiz_db, fake)
    fill_start_dialog(qtbot, Mode.EXAM, count=7, minutes=20, shuffle=True)
    click_set_button(qtbot, window)
    runner = window.runner
    assert runner.timer_label.text() == "Time left 20:00"
    answered = 0
    while on_a_question(window):
        question = runner.attempt.session.current
        fake.seconds += 30
        # Everything right except the multiple choice, where only one of three is ticked.
        answer_by_keyboard(qtbot, window, question, right=question.id != "sco-members")
        press(qtbot, window, Qt.Key.Key_Return)  # next
        answered += 1
        kept = runner.attempt.session.answer_to(question.id)
        assert kept.grade.correct is (question.id != "sco-members"), (question, kept)
        assert not runner.feedback.isVisible()
    assert answered == 7
    finish_exam(qtbot, window)
    results = window.results
    assert "Score: 90%" in results.score_text()  # 6 + 1/3 of 7
    assert "time 3:30" in results.score_text()
    [(config_json, score)] = rows(quiz_db, "select config, score from attempt")
    assert score == pytest.approx((6 + 1 / 3) / 7)
    import json

    config = json.loads(config_json)
    assert config["mode"] == "exam" and config["time_limit_seconds"] == 1200
    # The recorded seed reproduces the recorded draw.
    questions = parse_quizset(quizset_document()).questions
    assert draw_questions(questions, QuizConfig.from_dict(config)) == config["question_ids"]
    assert len(rows(quiz_db, "select id from response")) == 7


def test_when_exam_time_runs_out_what_was_answered_is_submitted(qtbot, quiz_db):
    fake = FakeClock()
    window = open_window(qtbot, quiz_db, fake)
    fill_start_dialog(qtbot, Mode.EXAM, count=7, minutes=1)
    click_set_button(qtbot, window)
    runner = window.runner
    for _ in range(2):
        answer_by_keyboard(qtbot, window, runner.attempt.session.current, right=True)
        press(qtbot, window, Qt.Key.Key_Return)
    # The third answer is on screen, not yet submitted, when the time runs out: it counts.
    answer_by_keyboard(qtbot, window, runner.attempt.session.current, right=True)
    fake.seconds += 61
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), ResultsScreen))
    text = window.results.score_text()
    assert "Time ran out: 3 of 7" in text and "Score: 43%" in text
    [(score, finished)] = rows(quiz_db, "select score, finished_at from attempt")
    assert score == pytest.approx(3 / 7) and finished is not None
    assert rows(quiz_db, "select count(*) from response") == [(3,)]


def test_esc_pauses_and_home_offers_to_continue_exactly_there(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    fill_start_dialog(qtbot, Mode.PRACTICE, count=7)
    click_set_button(qtbot, window)
    runner = window.runner
    for _ in range(3):
        answer_by_keyboard(qtbot, window, runner.attempt.session.current, right=True)
        press(qtbot, window, Qt.Key.Key_Return)
        press(qtbot, window, Qt.Key.Key_Return)
    click_in_dialog(qtbot, "Continue later")
    press(qtbot, window, Qt.Key.Key_Escape)
    home = window.home
    assert window.stack.currentWidget() is home
    assert home.continue_card.isVisible()
    assert "3 answers given of 7" in home.continue_label.text()
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.stack.currentWidget(), QuizRunner)
    assert runner.progress_label.text() == "4 / 7"
    assert runner.attempt.session.current.id == "border-length"
    # Abandoning asks first; Cancel keeps the attempt and its three answers.
    answered = click_in_turn(qtbot, ("pauseDialog", "Abandon quiz"), ("abandonDialog", "Cancel"))
    press(qtbot, window, Qt.Key.Key_Escape)
    assert answered == ["pauseDialog", "abandonDialog"]
    assert window.stack.currentWidget() is runner
    assert runner.attempt.session.current.id == "border-length"
    assert rows(quiz_db, "select count(*) from response") == [(3,)]
    # Abandoning, after the confirmation, throws the attempt away.
    click_in_turn(qtbot, ("pauseDialog", "Abandon quiz"), ("abandonDialog", "Discard"))
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not home.continue_card.isVisible()
    assert rows(quiz_db, "select count(*) from attempt") == [(0,)]


def test_home_shows_best_and_last_scores_and_the_due_count(qtbot, quiz_db):
    fake = FakeClock()
    window = open_window(qtbot, quiz_db, fake)
    [set_id] = [s.id for s in window.store.list_sets()]
    for right in (True, False):
        window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False))
        while on_a_question(window):
            answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, right)
            press(qtbot, window, Qt.Key.Key_Return)
        finish_exam(qtbot, window)
        qtbot.mouseClick(window.results.home_button, Qt.MouseButton.LeftButton)
    model = window.home.set_model
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[3:5] == ["100%", "5%"]  # the wrong run still earns a third of one question
    fake.seconds += 3600  # the wrong answers are due again within the hour
    window.refresh()
    assert "7 questions due" in window.home.due_label.text()


def test_a_perfect_review_of_mistakes_is_not_the_sets_best_or_last_score(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    [set_id] = [s.id for s in window.store.list_sets()]
    for mode, right in ((Mode.EXAM, False), (Mode.REVIEW, True)):
        window.start_quiz(set_id, QuizConfig(mode, shuffle=False))
        while on_a_question(window):
            answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, right)
            press(qtbot, window, Qt.Key.Key_Return)
            if window.runner.feedback.isVisible():
                press(qtbot, window, Qt.Key.Key_Return)  # on from the feedback
        if mode is Mode.EXAM:
            finish_exam(qtbot, window)
        qtbot.mouseClick(window.results.home_button, Qt.MouseButton.LeftButton)
    model = window.home.set_model
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[3:5] == ["5%", "5%"]  # the exam's, not the review's 100%
    with qtbot.waitSignal(window.progress.stats_shown, timeout=10_000):
        qtbot.mouseClick(window.home.progress_button, Qt.MouseButton.LeftButton)
    assert [row[2] for row in window.progress.history_rows()] == ["Review mistakes", "Exam"]
    assert [score for _, score in window.progress.score_chart.points()] == [pytest.approx(1 / 21)]


def test_esc_leaves_results_and_progress_for_home(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    window.activateWindow()
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False))
    while on_a_question(window):
        answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, True)
        press(qtbot, window, Qt.Key.Key_Return)
    finish_exam(qtbot, window)
    assert window.stack.currentWidget() is window.results
    qtbot.waitUntil(lambda: window.results.isAncestorOf(window.focusWidget()))
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    with qtbot.waitSignal(window.progress.stats_shown, timeout=10_000):
        qtbot.mouseClick(window.home.progress_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.progress
    qtbot.waitUntil(lambda: window.progress.isAncestorOf(window.focusWidget()))
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_progress_lists_attempts_and_charts_them(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False))
    while on_a_question(window):
        answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, False)
        press(qtbot, window, Qt.Key.Key_Return)
    finish_exam(qtbot, window)
    with qtbot.waitSignal(window.progress.stats_shown, timeout=10_000):
        qtbot.mouseClick(window.results.progress_button, Qt.MouseButton.LeftButton)
    screen = window.progress
    [row] = screen.history_rows()
    assert row[1:5] == ["SCO basics", "Exam", "5%", "7"]  # a third of one multiple choice
    assert len(screen.score_chart.points()) == 1
    assert len(screen.mastery_chart.bars()) == 4
    assert screen.missed_table.rowCount() == 7
    # Double-clicking the attempt shows its review again, rebuilt from the stored answers.
    table = screen.history_table
    qtbot.waitUntil(lambda: table.viewport().isVisible())
    cell = table.visualItemRect(table.item(0, 1)).center()
    assert table.indexAt(cell).row() == 0, (cell, table.viewport().size())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.stack.currentWidget() is window.results
    assert "Score: 5%" in window.results.score_text()
    assert window.results.review_rows()[0][2:] == ["Turkey", "Belarus", "✗ wrong"]


def test_profiles_are_renamed_and_deleted_after_confirmation(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    home = window.home

    def rename() -> None:
        from PySide6.QtWidgets import QApplication, QInputDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Aigerim S.")
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, rename)
    qtbot.mouseClick(home.rename_profile_button, Qt.MouseButton.LeftButton)
    assert home.profile_combo.currentText() == "Aigerim S."
    click_in_dialog(qtbot, "Keep")
    qtbot.mouseClick(home.delete_profile_button, Qt.MouseButton.LeftButton)
    assert home.profile_combo.currentText() == "Aigerim S."
    click_in_dialog(qtbot, "Delete")
    qtbot.mouseClick(home.delete_profile_button, Qt.MouseButton.LeftButton)
    assert home.profile_combo.currentText() == "(no profile yet)"
    assert rows(quiz_db, "select count(*) from profile") == [(0,)]


def test_font_size_and_theme_are_remembered_per_profile(qtbot, quiz_db):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QApplication

    from ui.common.theme import DEFAULT_FONT_SIZE, current_scheme

    window = open_window(qtbot, quiz_db)
    app = QApplication.instance()
    bigger = next(a for a in window.findChildren(QAction) if a.text() == "&Bigger text")
    assert (
        bigger.shortcut().matches(QKeySequence("Ctrl++")) == QKeySequence.SequenceMatch.ExactMatch
    )
    bigger.trigger()
    bigger.trigger()
    window.theme_actions["dark"].trigger()
    assert app.font().pointSizeF() == DEFAULT_FONT_SIZE + 2
    window.close()
    app.setFont(app.font().__class__())  # forget, as a new start would
    window = open_window(qtbot, quiz_db)
    assert app.font().pointSizeF() == DEFAULT_FONT_SIZE + 2
    assert current_scheme(app) == "dark"
    window.set_theme("light")
    window.change_font_size(0)


def tab_chain(start, steps: int) -> list[str]:
    """Accessible names of the widgets Tab visits from `start`."""
    names, widget = [], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()):
            widget = widget.nextInFocusChain()
        names.append(widget.accessibleName())
    return names


def test_the_answer_has_focus_and_tab_goes_on_to_pause_then_submit(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.PRACTICE, shuffle=False))
    runner = window.runner
    runner.attempt.submit("Belarus")  # straight to the multiple-choice question
    runner._show_question()
    qtbot.waitUntil(lambda: runner.answer_widget.isVisible())
    focused = window.focusWidget()
    assert focused.accessibleName() == "Choice 1: India"
    assert tab_chain(focused, 5) == [
        "Choice 2: Iran",
        "Choice 3: Turkey",
        "Choice 4: Pakistan",
        "Pause the quiz",
        "Submit answer",
    ]


def test_switching_profile_shows_that_students_scores_and_text_size(qtbot, quiz_db):
    from PySide6.QtWidgets import QApplication

    from ui.common.theme import DEFAULT_FONT_SIZE

    store = Store.open(quiz_db)
    bolat = store.create_profile("Bolat")
    store.history.update_preferences(bolat.id, font_size=15.0)
    store.close()
    window = open_window(qtbot, quiz_db)
    home = window.home
    assert home.current_profile_name() == "Aigerim"
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False))
    while on_a_question(window):
        answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, True)
        press(qtbot, window, Qt.Key.Key_Return)
    finish_exam(qtbot, window)
    window.show_home()
    assert home.set_model.index(0, 3).data() == "100%"
    combo = home.profile_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Aigerim -> Bolat
    assert home.current_profile_name() == "Bolat"
    assert home.set_model.index(0, 3).data() == "—"
    assert QApplication.instance().font().pointSizeF() == 15.0
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert QApplication.instance().font().pointSizeF() == DEFAULT_FONT_SIZE


def test_an_unfinished_quiz_can_be_discarded_from_home(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.PRACTICE, shuffle=False))
    answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, right=True)
    press(qtbot, window, Qt.Key.Key_Return)
    window.runner.leave(abandon=False)
    home = window.home
    assert home.continue_card.isVisible()
    assert "1 answer given of 7 questions." in home.continue_label.text()
    click_in_dialog(qtbot, "Cancel")
    qtbot.mouseClick(home.discard_button, Qt.MouseButton.LeftButton)
    assert rows(quiz_db, "select count(*) from response") == [(1,)]
    click_in_dialog(qtbot, "Discard")
    qtbot.mouseClick(home.discard_button, Qt.MouseButton.LeftButton)
    assert not home.continue_card.isVisible()
    assert rows(quiz_db, "select count(*) from attempt") == [(0,)]


def test_question_text_and_explanations_are_never_read_as_html(qtbot, db_url):
    question = {
        "id": "html",
        "type": "true_false",
        "prompt": "Is <b>this</b> bold?",
        "answer": False,
        "explanation": "<i>No</i> markup is interpreted.",
        "evidence": {"quote": "<a href='x'>link</a>", "paragraph": 2},
    }
    store = Store.open(db_url)
    set_id = store.add_quizset(parse_quizset(quizset_document(questions=[question]))).id
    store.create_profile("Dana")
    store.close()
    window = open_window(qtbot, db_url)
    window.start_quiz(set_id, QuizConfig(Mode.PRACTICE))
    runner = window.runner
    assert runner.prompt_label.text() == "Is <b>this</b> bold?"
    press(qtbot, window, Qt.Key.Key_T)
    press(qtbot, window, Qt.Key.Key_Return)
    feedback = runner.feedback
    for label in (runner.prompt_label, feedback.explanation_label, feedback.evidence_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert feedback.explanation_label.text() == "<i>No</i> markup is interpreted."
    assert "<a href='x'>link</a>" in feedback.evidence_label.text()


def test_the_history_table_sorts_by_a_clicked_column(qtbot, quiz_db):
    fake = FakeClock()
    window = open_window(qtbot, quiz_db, fake)
    [set_id] = [s.id for s in window.store.list_sets()]
    for right in (True, False, True):
        fake.seconds += 3600
        window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False, topics=["Leaders"]))
        answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, right)
        finish_exam(qtbot, window)
    with qtbot.waitSignal(window.progress.stats_shown, timeout=10_000):
        window.show_progress()
    table = window.progress.history_table
    header = table.horizontalHeader()
    score_x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(score_x, 5))
    scores = [row[3] for row in window.progress.history_rows()]
    assert scores in (["0%", "100%", "100%"], ["100%", "100%", "0%"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(score_x, 5))
    assert [row[3] for row in window.progress.history_rows()] == list(reversed(scores))


def test_closing_the_window_mid_exam_keeps_the_time_used(qtbot, quiz_db):
    fake = FakeClock()
    window = open_window(qtbot, quiz_db, fake)
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.EXAM, time_limit_seconds=600, shuffle=False))
    fake.seconds += 42  # reading the first question, nothing submitted yet
    window.close()
    [(elapsed, finished)] = rows(quiz_db, "select elapsed_seconds, finished_at from attempt")
    assert (elapsed, finished) == (42.0, None)
    window = open_window(qtbot, quiz_db, FakeClock())
    qtbot.mouseClick(window.home.continue_button, Qt.MouseButton.LeftButton)
    assert window.runner.timer_label.text() == "Time left 9:18"


def _start_exam(qtbot, quiz_db, fake: FakeClock) -> MainWindow:
    window = open_window(qtbot, quiz_db, fake)
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.EXAM, shuffle=False, time_limit_seconds=600))
    return window


def test_the_exam_clock_stops_while_the_quiz_is_paused(qtbot, quiz_db):
    from PySide6.QtCore import QTimer

    fake = FakeClock()
    window = _start_exam(qtbot, quiz_db, fake)
    session = window.runner.attempt.session
    fake.seconds += 100

    hidden_while_paused: list[bool] = []

    def long_pause_then_keep_going() -> None:
        fake.seconds += 1000  # far longer than the time left: it must not count
        hidden_while_paused.append(not window.runner.prompt_label.isVisible())
        click_in_dialog(qtbot, "Keep going")

    QTimer.singleShot(0, long_pause_then_keep_going)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not session.finished
    assert session.remaining_seconds() == 500
    assert hidden_while_paused == [True]  # the question could not be read behind the dialog
    assert window.runner.prompt_label.isVisible()
    fake.seconds += 50
    assert session.remaining_seconds() == 450


def test_a_blank_answer_needs_a_second_enter_to_skip(qtbot, quiz_db):
    window = open_window(qtbot, quiz_db)
    [set_id] = [s.id for s in window.store.list_sets()]
    window.start_quiz(set_id, QuizConfig(Mode.PRACTICE, shuffle=False))
    runner = window.runner
    first = runner.attempt.session.current.id
    press(qtbot, window, Qt.Key.Key_Return)
    assert rows(quiz_db, "select count(*) from response") == [(0,)]
    assert runner.attempt.session.current.id == first
    assert "Press Enter again to skip" in runner.hint_label.text()
    press(qtbot, window, Qt.Key.Key_Return)
    assert rows(quiz_db, "select answer, correct from response") == [("null", 0)]  # JSON null
    assert runner.attempt.session.current.id != first


def test_a_held_down_enter_does_not_race_through_questions(qtbot, quiz_db):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    fake = FakeClock()
    window = _start_exam(qtbot, quiz_db, fake)
    runner = window.runner
    answer_by_keyboard(qtbot, window, runner.attempt.session.current, right=True)
    press(qtbot, window, Qt.Key.Key_Return)
    second = runner.attempt.session.current.id
    for _ in range(5):  # the key repeating while still held
        repeat = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
        )
        QApplication.sendEvent(runner, repeat)
    assert rows(quiz_db, "select count(*) from response") == [(1,)]
    assert runner.attempt.session.current.id == second
