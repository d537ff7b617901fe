"""After an answer in practice: when the question comes back, and Again/Hard/Good/Easy replacing
the automatic rating, by key and by mouse, with the stored card checked against the scheduler."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fsrs import Rating
from PySide6.QtCore import Qt

from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.schedule import ReviewScheduler
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.repository import Store
from tests.conftest import FakeClock, quizset_document
from tests.database_faults import database_locked, give_up_on_locks_quickly
from tests.ui.student_helpers import (
    answer_by_keyboard,
    click_set_button,
    fill_start_dialog,
    open_window,
    press,
)


@pytest.fixture
def answered_before(db_url) -> tuple[str, FakeClock, dict]:
    """A database where "sco-newest" was answered right four days ago: its card has a state."""
    fake = FakeClock()
    store = Store.open(db_url)
    set_id = store.add_quizset(parse_quizset(quizset_document())).id
    profile_id = store.create_profile("Aigerim").id
    config = QuizConfig(Mode.PRACTICE, shuffle=False)
    attempt = LiveAttempt.start(store, profile_id, set_id, config, clock=fake.clock, now=fake.now)
    fake.seconds += 15
    attempt.submit("Belarus")
    attempt.finish()
    before = store.history.card_states(profile_id, set_id)["sco-newest"][0]
    store.close()
    fake.seconds += 4 * 24 * 3600
    return db_url, fake, before


def stored_card(window, question_id: str):
    attempt = window.runner.attempt
    return window.store.history.card_states(attempt.profile_id, attempt.set_id)[question_id]


def test_hard_by_key_and_easy_by_mouse_replace_the_rating_from_the_card_before(
    qtbot, answered_before
):
    db_url, fake, before = answered_before
    window = open_window(qtbot, db_url, fake)
    fill_start_dialog(qtbot, Mode.PRACTICE)
    click_set_button(qtbot, window)
    runner = window.runner
    question = runner.attempt.session.current
    assert question.id == "sco-newest"
    fake.seconds += 12
    answer_by_keyboard(qtbot, window, question, right=True)
    press(qtbot, window, Qt.Key.Key_Return)  # submit: right in 12 s, rated Good
    answered_at = fake.now()
    rating = runner.review_rating
    scheduler = ReviewScheduler()
    good = scheduler.rate(before, Rating.Good, 12.0, answered_at)
    assert rating.isVisible() and rating.buttons[Rating.Good].isChecked()
    assert stored_card(window, "sco-newest") == (good.state, good.due)
    days = round((good.due - answered_at) / timedelta(days=1))
    assert days > 1 and rating.comes_back_label.text() == f"Comes back in {days} days"
    assert "1–4 rate" in runner.hint_label.text()

    press(qtbot, window, Qt.Key.Key_2)  # Hard
    hard = scheduler.rate(before, Rating.Hard, 12.0, answered_at)
    assert stored_card(window, "sco-newest") == (hard.state, hard.due)
    assert rating.buttons[Rating.Hard].isChecked()
    assert not rating.buttons[Rating.Good].isChecked()
    # Hard keeps the card in its learning steps: back in the second step, not in days.
    assert hard.due - answered_at == timedelta(minutes=10)
    assert rating.comes_back_label.text() == "Comes back in 10 minutes"
    assert rating.rated_label.text() == "Rated Hard by you (from your answer: Good)."

    qtbot.mouseClick(rating.buttons[Rating.Easy], Qt.MouseButton.LeftButton)
    easy = scheduler.rate(before, Rating.Easy, 12.0, answered_at)  # not on top of Hard
    assert stored_card(window, "sco-newest") == (easy.state, easy.due)
    assert easy.due > hard.due

    [response] = window.store.history.responses(runner.attempt.attempt_id)
    assert (response.answer, response.correct, response.score) == ("Belarus", True, 1.0)
    press(qtbot, window, Qt.Key.Key_Return)  # next: Enter still moves on
    assert runner.attempt.session.current.id == "sco-members"
    assert not rating.isVisible()


@pytest.mark.parametrize("exam", [False, True])
def test_a_wrong_answer_comes_back_in_a_minute_unless_the_exam_set_hides_its_answers(
    qtbot, db_url, exam
):
    store = Store.open(db_url)
    summary = store.add_quizset(parse_quizset(quizset_document()))
    store.mark_exam(summary.id, exam)
    store.create_profile("Aigerim")
    store.close()
    fake = FakeClock()
    window = open_window(qtbot, db_url, fake)
    fill_start_dialog(qtbot, Mode.PRACTICE)
    click_set_button(qtbot, window)
    runner = window.runner
    fake.seconds += 5
    answer_by_keyboard(qtbot, window, runner.attempt.session.current, right=False)
    press(qtbot, window, Qt.Key.Key_Return)
    rating = runner.review_rating
    if exam:  # "Again" would tell the answer was wrong
        assert not rating.isVisible() and "rate" not in runner.hint_label.text()
        card = stored_card(window, "sco-newest")
        press(qtbot, window, Qt.Key.Key_3)
        assert stored_card(window, "sco-newest") == card
        return
    assert rating.comes_back_label.text() == "Comes back in 1 minute"
    assert rating.buttons[Rating.Again].isChecked()
    assert rating.rated_label.text() == (
        "Rated Again from your answer; choose another to change it."
    )


def test_a_rating_the_database_refuses_says_so_and_keeps_the_one_in_force(qtbot, answered_before):
    db_url, fake, before = answered_before
    window = open_window(qtbot, db_url, fake)
    fill_start_dialog(qtbot, Mode.PRACTICE)
    click_set_button(qtbot, window)
    runner = window.runner
    fake.seconds += 12
    answer_by_keyboard(qtbot, window, runner.attempt.session.current, right=True)
    press(qtbot, window, Qt.Key.Key_Return)
    card = stored_card(window, "sco-newest")
    rating = runner.review_rating
    give_up_on_locks_quickly(window.store)
    with database_locked(db_url):
        press(qtbot, window, Qt.Key.Key_1)  # Again
    assert rating.not_saved_label.isVisible()
    assert rating.not_saved_label.text() == (
        "Your rating was not saved: the database is busy or cannot be written to. "
        "The rating ticked is still in force."
    )
    assert rating.buttons[Rating.Good].isChecked() and rating.buttons[Rating.Good].text() == (
        "✓ 3  Good"
    )
    assert stored_card(window, "sco-newest") == card
    press(qtbot, window, Qt.Key.Key_1)  # the lock is gone: stored now
    assert not rating.not_saved_label.isVisible()
    again = ReviewScheduler().rate(before, Rating.Again, 12.0, fake.now())
    assert stored_card(window, "sco-newest") == (again.state, again.due)
