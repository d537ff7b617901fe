"""Text from quiz files shown in tooltips stays literal text."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from ui.common.labels import plain_tooltip


def test_a_tooltip_shows_markup_literally():
    tooltip = plain_tooltip("Is <b>this</b> bold? <img src='x'>")
    document = QTextDocument()
    document.setHtml(tooltip)
    assert document.toPlainText() == "Is <b>this</b> bold? <img src='x'>"


def test_an_empty_text_gives_no_tooltip():
    assert plain_tooltip("") == ""
