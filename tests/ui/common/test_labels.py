"""Text from quiz files shown in labels and tooltips stays literal text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from ui.common.labels import plain_label, plain_tooltip, wrapping_label


def test_a_tooltip_shows_markup_literally():
    tooltip = plain_tooltip("Is <b>this</b> bold? <img src='x'>")
    document = QTextDocument()
    document.setHtml(tooltip)
    assert document.toPlainText() == "Is <b>this</b> bold? <img src='x'>"


def test_an_empty_text_gives_no_tooltip():
    assert plain_tooltip("") == ""


def test_a_plain_label_shows_markup_literally_and_nothing_more_by_default(qtbot):
    label = plain_label("<b>SCO</b> & <i>friends</i>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>SCO</b> & <i>friends</i>"
    assert not label.wordWrap()
    assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.objectName() == ""


def test_a_plain_label_can_wrap_be_selectable_named_and_owned(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    label = plain_label(
        "A long <p>line</p>", wrap=True, selectable=True, object_name="status", parent=owner
    )
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.wordWrap()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.objectName() == "status"
    assert label.parent() is owner


def test_a_wrapping_label_is_quiz_text_ready_for_copying(qtbot):
    label = wrapping_label("<img src='x'>", object_name="prompt")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.wordWrap()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.objectName() == "prompt"
