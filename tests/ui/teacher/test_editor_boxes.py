"""The editor's text boxes (issue 12, polish): the set description is several lines and keeps its
line breaks through a save and a reload; the explanation and evidence boxes grow with their text
instead of scrolling inside, up to a height where they stop and scroll."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from quizzes.model import parse_quizset
from tests.conftest import quizset_document
from tests.ui.driving import retype
from tests.ui.teacher.test_editor import open_editor

SENTENCE = "Belarus joined the organisation at the Astana summit in July 2024. "


@pytest.fixture
def sample_set_id(store):
    return store.add_quizset(parse_quizset(quizset_document("SCO basics"))).id


@pytest.mark.parametrize("box", ["explanation_edit", "quote_edit"])
def test_the_box_grows_with_its_text_without_a_scroll_bar_then_stops(
    qtbot, store, sample_set_id, box
):
    editor = open_editor(qtbot, store)
    edit: QPlainTextEdit = getattr(editor.form, box)
    retype(qtbot, edit, "Short.")
    short = edit.height()
    qtbot.keyClicks(edit, " " + SENTENCE * 2)
    qtbot.waitUntil(lambda: edit.height() > short)
    assert edit.verticalScrollBar().maximum() == 0  # every line in view
    taller = edit.height()
    for _ in range(2):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.height() > taller)
    assert edit.verticalScrollBar().maximum() == 0
    assert edit.shown_lines() < 10
    QApplication.clipboard().setText(SENTENCE * 30)  # far more than a form should show at once
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: edit.verticalScrollBar().maximum() > 0)
    tallest = edit.height()
    qtbot.keyClicks(edit, SENTENCE)
    assert edit.height() == tallest  # it stopped growing: the rest scrolls
    retype(qtbot, edit, "Short again.")  # (empty, the quote would be outlined as missing)
    qtbot.waitUntil(lambda: edit.height() == short)


def test_the_description_keeps_its_line_breaks_when_saved_and_reloaded(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    assert isinstance(editor.description_edit, QPlainTextEdit)
    retype(qtbot, editor.description_edit, "For the Monday class.")
    one_line = editor.description_edit.height()
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.description_edit, "Read the article first.")
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.description_edit, "Then answer.")
    assert editor.description_edit.height() > one_line
    assert editor.save()
    expected = "For the Monday class.\nRead the article first.\nThen answer."
    assert store.get_quizset(sample_set_id).description == expected
    editor.close()

    again = open_editor(qtbot, store)
    assert again.description_edit.toPlainText() == expected
    assert not again.is_dirty()
    # Every line in view once the window's layout has settled.
    qtbot.waitUntil(lambda: again.description_edit.verticalScrollBar().maximum() == 0)
