"""Home's set cards driven as a person would: their figures, their study buttons, the keyboard,
and renaming and deleting a set behind the teacher PIN, checked in the database."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from fsrs import State
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from quizzes.model import parse_quizset
from quizzes.practice.session import Mode, QuizConfig
from quizzes.store.history import StoredResponse
from quizzes.store.repository import Store
from tests.conftest import FakeClock, quizset_document
from tests.ui.driving import when_modal
from tests.ui.student_helpers import (
    answer_by_keyboard,
    click_set_button,
    finish_exam,
    on_a_question,
    open_window,
    press,
)
from ui.common.theme import status_colours
from ui.main_window import MainWindow
from ui.student.set_cards import SetAction
from ui.student.start_dialog import StartDialog
from ui.teacher.teacher_lock_dialog import PinEntryDialog

PIN = "5173"
# A popup menu on the offscreen platform: it cannot raise itself or grab the keyboard.
MENU_WARNINGS = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def sets_db(db_url):
    """Two sets, "Borders" and "Trade", a student, and a teacher PIN."""
    store = Store.open(db_url)
    for title in ("Trade", "Borders"):
        store.add_quizset(parse_quizset(quizset_document(title)))
    store.create_profile("Aigerim")
    store.teacher_lock().set_pin(PIN)
    store.close()
    return db_url


def set_ids(window: MainWindow) -> dict[str, str]:
    return {s.title: s.id for s in window.store.list_sets()}


def db_rows(db_url: str, sql: str) -> list[tuple]:
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        return raw.execute(sql).fetchall()


def spoken(window: MainWindow, row: int) -> str:
    model = window.set_model
    return model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def read_start_dialog(qtbot) -> list[tuple[str, Mode]]:
    """Note the title and mode of the Start dialog about to open, then cancel it."""
    seen: list[tuple[str, Mode]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, StartDialog)
        seen.append((dialog.windowTitle(), dialog.mode()))
        dialog.reject()

    when_modal(qtbot, read)
    return seen


def type_pin_then(qtbot, then) -> tuple[list[QWidget], list[QWidget]]:
    """Type the teacher PIN in the prompt about to open, then let `then` answer the next
    modal dialog; returns ([PIN prompt], [next dialog]), filled in as they come up."""
    prompts: list[QWidget] = []
    following: list[QWidget] = []

    def pin(dialog: QWidget) -> None:
        assert isinstance(dialog, PinEntryDialog)
        prompts.append(dialog)

        def note_and_answer(next_dialog: QWidget) -> None:
            following.append(next_dialog)
            then(next_dialog)

        when_modal(qtbot, note_and_answer)
        qtbot.keyClicks(dialog.pin_edit, PIN)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)

    when_modal(qtbot, pin)
    return prompts, following


def test_a_card_shows_counts_mastery_due_and_scores(qtbot, sets_db):
    fake = FakeClock()
    window = open_window(qtbot, sets_db, fake)
    assert spoken(window, 0) == (
        "Borders. 7 questions · 4 topics: SCO membership, Borders and geography, "
        "Organisations, Leaders. Not practised yet."
    )
    trade = set_ids(window)["Trade"]
    window.start_quiz(trade, QuizConfig(Mode.EXAM, shuffle=False))
    while on_a_question(window):
        answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, False)
        press(qtbot, window, Qt.Key.Key_Return)
    finish_exam(qtbot, window)
    # Then two of Trade's questions reach the review stage; one of them is due again.
    history = window.store.history
    profile = window.current_profile_id()
    attempt = history.start_attempt(profile, trade, "review", {}, fake.now())
    later = fake.now() + timedelta(days=3)
    for position, (question, due) in enumerate((("sco-newest", fake.now()), ("eaeu", later))):
        history.record_answer(
            attempt,
            profile,
            trade,
            StoredResponse(question, None, True, 1.0, 4.0, position),
            fake.now(),
            4.0,
            lambda _previous, due=due: ({"state": State.Review.value}, due),
        )
    qtbot.mouseClick(window.results.home_button, Qt.MouseButton.LeftButton)
    assert spoken(window, 1) == (
        "Trade. 7 questions · 4 topics: SCO membership, Borders and geography, "
        "Organisations, Leaders. 29% mastered · 1 due · Last 5% · Best 5%."
    )
    # The mastery bar is drawn: filled at a fifth of its width, empty at its far end.
    view = window.sets_view
    geometry = view.card_delegate.card_geometry(
        view.visualRect(window.set_model.index(1, 0)), window.set_model.index(1, 0)
    )
    image = view.viewport().grab().toImage()
    bar = geometry.bar
    right = QColor(status_colours().right)
    centre_y = bar.center().y()
    assert image.pixelColor(bar.left() + bar.width() // 5, centre_y) == right
    assert image.pixelColor(bar.right() - 3, centre_y) != right


def test_each_study_button_opens_the_start_dialog_in_its_mode(qtbot, sets_db):
    window = open_window(qtbot, sets_db)
    started: list[tuple[str, str]] = []
    window.home.start_in_mode_requested.connect(lambda *args: started.append(args))
    seen = read_start_dialog(qtbot)
    click_set_button(qtbot, window, SetAction.EXAM, row=1)
    assert seen == [("Start: Trade", Mode.EXAM)]
    assert window.home.selected_set_id() == set_ids(window)["Trade"]
    click_set_button(qtbot, window, SetAction.REVIEW, row=1)  # nothing due: nothing happens
    assert started == [(set_ids(window)["Trade"], "exam")]
    seen = read_start_dialog(qtbot)
    click_set_button(qtbot, window, SetAction.PRACTISE, row=0)
    assert seen == [("Start: Borders", Mode.PRACTICE)]


def test_review_starts_spaced_repetition_once_questions_are_due(qtbot, sets_db):
    fake = FakeClock()
    window = open_window(qtbot, sets_db, fake)
    window.start_quiz(set_ids(window)["Borders"], QuizConfig(Mode.EXAM, shuffle=False))
    while on_a_question(window):
        answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, False)
        press(qtbot, window, Qt.Key.Key_Return)
    finish_exam(qtbot, window)
    fake.seconds += 3600  # wrong answers are due again within the hour
    qtbot.mouseClick(window.results.home_button, Qt.MouseButton.LeftButton)
    seen = read_start_dialog(qtbot)
    click_set_button(qtbot, window, SetAction.REVIEW, row=0)
    assert seen == [("Start: Borders", Mode.SPACED)]


def test_arrows_move_between_sets_and_enter_practises_the_selected_one(qtbot, sets_db):
    window = open_window(qtbot, sets_db)
    view = window.sets_view
    view.setFocus()
    assert window.home.selected_set_id() == set_ids(window)["Borders"]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.home.selected_set_id() == set_ids(window)["Trade"]
    seen = read_start_dialog(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen == [("Start: Trade", Mode.PRACTICE)]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.home.selected_set_id() == set_ids(window)["Borders"]


@MENU_WARNINGS
def test_rename_from_the_sets_menu_asks_for_the_pin_and_stores_the_title(qtbot, sets_db):
    window = open_window(qtbot, sets_db)
    click_set_button(qtbot, window, SetAction.MORE, row=1)
    menu = window.home.set_menu
    assert menu is not None and menu.isVisible()
    rename = next(a for a in menu.actions() if a.text() == "Rename…")

    def retitle(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == "Trade"
        dialog.setTextValue("Trade routes")
        dialog.accept()

    prompts, following = type_pin_then(qtbot, retitle)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(rename).center())
    assert [type(d) for d in prompts + following] == [PinEntryDialog, QInputDialog]
    assert sorted(db_rows(sets_db, "select title from question_set")) == [
        ("Borders",),
        ("Trade routes",),
    ]
    assert spoken(window, 1).startswith("Trade routes. 7 questions")


def test_a_title_another_set_has_is_refused_with_a_sentence(qtbot, sets_db):
    window = open_window(qtbot, sets_db)
    window.sets_view.select_row(1)
    window.sets_view.setFocus()

    def retitle(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("borders")
        when_modal(qtbot, lambda box: (errors.append(box), box.close()))
        dialog.accept()

    errors: list[QWidget] = []
    type_pin_then(qtbot, retitle)
    qtbot.keyClick(window.sets_view, Qt.Key.Key_F2)
    [error] = errors
    assert isinstance(error, QMessageBox) and error.objectName() == "renameSetRefused"
    assert error.text() == "There is already a set called 'borders'; choose another title."
    assert sorted(db_rows(sets_db, "select title from question_set")) == [
        ("Borders",),
        ("Trade",),
    ]


def test_del_deletes_a_set_and_its_attempts_after_the_pin_and_a_confirmation(qtbot, sets_db):
    window = open_window(qtbot, sets_db)
    borders = set_ids(window)["Borders"]
    for _ in range(2):
        window.start_quiz(borders, QuizConfig(Mode.EXAM, shuffle=False))
        while on_a_question(window):
            answer_by_keyboard(qtbot, window, window.runner.attempt.session.current, True)
            press(qtbot, window, Qt.Key.Key_Return)
        finish_exam(qtbot, window)
        qtbot.mouseClick(window.results.home_button, Qt.MouseButton.LeftButton)
    view = window.sets_view
    view.select_row(0)
    view.setFocus()
    questions: list[str] = []

    def answer(button_text: str):
        def handle(box: QWidget) -> None:
            assert isinstance(box, QMessageBox) and box.objectName() == "confirmDeleteSet"
            questions.append(f"{box.text()} {box.informativeText()}")
            next(b for b in box.buttons() if b.text() == button_text).click()

        return handle

    type_pin_then(qtbot, answer("Keep"))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert db_rows(sets_db, "select count(*) from attempt") == [(2,)]
    assert questions == [
        "Delete the set “Borders” and its 7 questions? 2 attempts by 1 student go with it: "
        "their answers, scores and reviews of this set. This cannot be undone."
    ]
    when_modal(qtbot, answer("Delete"))  # the session is unlocked now: no second PIN
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert db_rows(sets_db, "select title from question_set") == [("Trade",)]
    assert db_rows(sets_db, "select count(*) from attempt") == [(0,)]
    assert db_rows(sets_db, "select count(*) from response") == [(0,)]
    assert window.set_model.rowCount() == 1


@MENU_WARNINGS
def test_the_built_in_set_is_refused_before_any_pin(qtbot, db_url):
    store = Store.open(db_url)
    store.add_quizset(parse_quizset(quizset_document("Bank")), builtin=True)
    store.teacher_lock().set_pin(PIN)
    store.close()
    window = open_window(qtbot, db_url)
    click_set_button(qtbot, window, SetAction.MORE, row=0)
    menu = window.home.set_menu
    assert menu is not None
    delete = next(a for a in menu.actions() if a.text() == "Delete…")
    assert not delete.isEnabled()
    menu.close()
    window.sets_view.setFocus()
    seen = when_modal(qtbot, lambda box: box.close())
    qtbot.keyClick(window.sets_view, Qt.Key.Key_Delete)
    [box] = seen
    assert isinstance(box, QMessageBox)
    assert box.text() == "'Bank' comes with the app and cannot be deleted; it can be renamed."
    assert db_rows(db_url, "select title from question_set") == [("Bank",)]
    assert QApplication.activeModalWidget() is None


def test_cards_grow_with_the_text_size_and_stay_whole(qtbot, sets_db):
    from ui.common.theme import DEFAULT_FONT_SIZE

    window = open_window(qtbot, sets_db)
    view = window.sets_view
    before = view.visualRect(window.set_model.index(0, 0)).height()
    window.change_font_size(+int(DEFAULT_FONT_SIZE))  # 200 %
    try:
        qtbot.waitUntil(lambda: view.visualRect(window.set_model.index(0, 0)).height() > before)
        index = window.set_model.index(0, 0)
        card = view.visualRect(index)
        geometry = view.card_delegate.card_geometry(card, index)
        for rect in (geometry.title, geometry.progress, *geometry.buttons.values()):
            assert card.contains(rect), rect
        assert geometry.progress.width() >= view.fontMetrics().horizontalAdvance(
            "Not practised yet"
        )
    finally:
        window.change_font_size(0)
