"""The question editor as a teacher expects it (issue 12, item 20): the error banner keeps its
place, single choice is marked with radio buttons, the set list counts unsaved questions, "Add"
starts an empty question, the list follows the form at once, and a problem is one sentence about
the field, which is outlined and gets the focus on save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QRadioButton, QWidget

from quizzes.model import QuestionType, parse_quizset
from tests.conftest import quizset_document
from tests.ui.driving import press, retype, when_modal
from tests.ui.teacher.test_editor import choose_type, fill_rows, mark
from tests.ui.teacher.test_editor import open_editor as open_inactive_editor
from ui.common.theme import status_colours
from ui.teacher.editor import SetEditorWindow


@pytest.fixture
def sample_set_id(store):
    return store.add_quizset(parse_quizset(quizset_document("SCO basics"))).id


def open_editor(qtbot, store) -> SetEditorWindow:
    """The editor as the active window, so that keyboard focus is real."""
    editor = open_inactive_editor(qtbot, store)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def set_item_text(editor: SetEditorWindow) -> str:
    return editor.set_list.currentItem().text()


def shown_in_list(editor: SetEditorWindow, row: int) -> str:
    return editor.filter.index(row, 0).data(Qt.ItemDataRole.DisplayRole)


def position(widget: QWidget, editor: SetEditorWindow) -> QPoint:
    return widget.mapTo(editor, QPoint(0, 0))


def is_outlined(widget: QWidget) -> bool:
    return status_colours(widget.palette()).error.lower() in widget.styleSheet().lower()


def test_the_error_banner_never_moves_the_form(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    form = editor.form
    fields = [
        form.type_combo,
        form.prompt_edit,
        form.choices_editor.row_widgets()[0],
        form.topic_edit,
    ]
    before = [position(field, editor) for field in fields]
    assert form.error_label.text() == ""

    retype(qtbot, form.choices_editor.row_widgets()[3].edits[0], "belarus")
    assert form.error_label.isVisible()
    assert form.error_label.text() == "Choice 4 is the same as choice 1."
    assert [position(field, editor) for field in fields] == before


def test_single_choice_is_marked_with_radio_buttons_and_arrow_keys(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    choices = editor.form.choices_editor
    marks = [row.mark for row in choices.row_widgets()]
    assert all(isinstance(m, QRadioButton) for m in marks)
    assert [m.isChecked() for m in marks] == [True, False, False, False]

    qtbot.mouseClick(marks[2], Qt.MouseButton.LeftButton)
    assert choices.marked() == [False, False, True, False]
    marks[2].setFocus()
    qtbot.keyClick(marks[2], Qt.Key.Key_Down)
    assert choices.marked() == [False, False, False, True]
    assert editor.model.question(0).answer == "Mongolia"

    choose_type(editor, QuestionType.MULTIPLE_CHOICE)
    marks = [row.mark for row in choices.row_widgets()]
    assert all(isinstance(m, QCheckBox) for m in marks)
    assert choices.marked() == [False, False, False, True]  # the mark is kept
    mark(qtbot, choices, 0)
    assert choices.marked() == [True, False, False, True]

    choose_type(editor, QuestionType.SINGLE_CHOICE)
    assert all(isinstance(row.mark, QRadioButton) for row in choices.row_widgets())
    assert choices.marked() == [True, False, False, False]  # the first mark stays


def test_add_starts_an_empty_question_that_saving_names_and_focuses(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    form = editor.form
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert form.prompt_edit.toPlainText() == ""
    assert form.choices_editor.rows() == [("",), ("",)]
    assert form.choices_editor.marked() == [False, False]
    assert form.error_label.text() == "The prompt is empty."
    assert editor.model.rowCount() == 8
    assert set_item_text(editor).endswith("8 questions (1 unsaved)")

    form.topic_edit.setFocus()
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    assert seen and "Question 2: The prompt is empty." in seen[0].text()
    assert len(store.get_quizset(sample_set_id).questions) == 7  # nothing was stored
    assert editor.focusWidget() is form.prompt_edit
    assert is_outlined(form.prompt_edit)

    qtbot.keyClicks(form.prompt_edit, "Which state hosts the SCO secretariat?")
    assert not is_outlined(form.prompt_edit)
    assert form.error_label.text() == "Choice 1 is empty."
    assert is_outlined(form.choices_editor.row_widgets()[0].edits[0])
    fill_rows(qtbot, form.choices_editor, [("China",), ("Russia",)])
    assert form.error_label.text() == "Mark the correct choice."
    mark(qtbot, form.choices_editor, 0)
    assert form.error_label.text() == ""

    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    stored = store.get_quizset(sample_set_id).questions
    assert len(stored) == 8
    assert (stored[1].prompt, stored[1].answer) == (
        "Which state hosts the SCO secretariat?",
        "China",
    )
    assert set_item_text(editor).endswith("8 questions")


def test_the_list_follows_the_type_and_prompt_while_the_form_is_broken(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "Single choice" in shown_in_list(editor, 1)
    choose_type(editor, QuestionType.NUMERIC)
    qtbot.keyClicks(editor.form.prompt_edit, "How long is the border?")
    assert not editor.form.is_valid()
    shown = shown_in_list(editor, 1)
    assert shown.startswith("2. How long is the border?")
    assert "Numeric" in shown

    when_modal(qtbot, press(QMessageBox.StandardButton.Discard))  # leave it unfinished
    editor.question_view.setFocus()
    qtbot.keyClick(editor.question_view, Qt.Key.Key_Home)
    choose_type(editor, QuestionType.NUMERIC)  # a stored question, broken for a moment
    assert not editor.form.is_valid()
    assert "Numeric" in shown_in_list(editor, 0)
    assert "Single choice" not in shown_in_list(editor, 0)


def test_leaving_an_unfinished_new_question_removes_it(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.form.prompt_edit, "Half a thought")
    when_modal(qtbot, press(QMessageBox.StandardButton.Discard))
    editor.question_view.setFocus()
    qtbot.keyClick(editor.question_view, Qt.Key.Key_End)
    assert editor.model.rowCount() == 7
    assert editor.form.prompt_edit.toPlainText() == "Match each leader to their country."
    assert set_item_text(editor).endswith("7 questions")
    assert not editor.is_dirty()


def test_a_duplicate_choice_is_named_outlined_and_focused_on_save(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    form = editor.form
    fourth = form.choices_editor.row_widgets()[3].edits[0]
    retype(qtbot, fourth, "belarus")
    assert form.error_label.text() == "Choice 4 is the same as choice 1."
    assert is_outlined(fourth)
    assert not is_outlined(form.choices_editor.row_widgets()[0].edits[0])

    form.topic_edit.setFocus()
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Ok))
    editor.save_action.trigger()
    assert seen and "Choice 4 is the same as choice 1." in seen[0].text()
    assert "choices[" not in seen[0].text()
    assert editor.focusWidget() is fourth
    assert store.get_quizset(sample_set_id).questions[0].choices[3] == "Mongolia"

    retype(qtbot, fourth, "Kyrgyzstan")
    assert not is_outlined(fourth)
    assert form.error_label.text() == ""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot_of_an_error_in_the_editor(qtbot, store, sample_set_id, scheme, tmp_path):
    from ui.common.theme import apply_theme

    apply_theme(QApplication.instance(), scheme)
    try:
        editor = open_editor(qtbot, store)
        editor.resize(1180, 720)
        retype(qtbot, editor.form.choices_editor.row_widgets()[3].edits[0], "belarus")
        image = editor.grab()
        path = tmp_path / f"editor-error-{scheme}.png"
        assert image.save(str(path))
        colour = status_colours(editor.palette()).error
        assert colour.lower() in editor.form.error_label.styleSheet().lower()
    finally:
        apply_theme(QApplication.instance(), "light")
