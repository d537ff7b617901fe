"""How an answer widget shows the core's marks (`quizzes.practice.marks`): the words and symbol
of each mark, what a screen reader hears, and the theme colour that goes with it. Colour is never
the only sign: every mark has its ✓ or ✗ and its words."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from quizzes.practice.marks import Mark
from ui.answers.base import bold_font
from ui.common.labels import plain_label
from ui.common.theme import StatusColours, status_colours

MARK_WORDS = {
    Mark.RIGHT: "✓ Right",
    Mark.WRONG: "✗ Wrong",
    Mark.MISSED: "✓ Right answer",
}
MARK_SPOKEN = {
    Mark.RIGHT: "Your choice: right.",
    Mark.WRONG: "Your choice: wrong.",
    Mark.MISSED: "The right answer, not chosen.",
}


def right_or_wrong(right: bool) -> Mark:
    """The mark of a part that is simply right or wrong (a pair, a position, a typed answer)."""
    return Mark.RIGHT if right else Mark.WRONG


def mark_colour(mark: Mark, colours: StatusColours) -> str:
    """The text colour of a mark (readable on the window, the base and its own fill)."""
    return colours.wrong if mark is Mark.WRONG else colours.right


def mark_fill(mark: Mark, colours: StatusColours, palette: QPalette) -> str:
    """The background of a marked part: right or wrong for a choice made, else the base."""
    if mark is Mark.RIGHT:
        return colours.right_back
    if mark is Mark.WRONG:
        return colours.wrong_back
    return palette.color(QPalette.ColorRole.Base).name()


def mark_label(parent: QWidget) -> QLabel:
    """A hidden, bold, plain-text label for a mark, shown by `show_mark`."""
    label = plain_label(parent=parent)
    label.setFont(bold_font())
    label.hide()
    return label


def show_mark(label: QLabel, mark: Mark | None, text: str = "") -> None:
    """Show `mark` in `label` (its words, or `text` when given) in its colour; None hides it."""
    if mark is None:
        label.clear()
        label.setStyleSheet("")
        label.hide()
        return
    label.setText(text or MARK_WORDS[mark])
    label.setStyleSheet(f"color: {mark_colour(mark, status_colours(label.palette()))};")
    label.show()
