"""The type scale: text that should stand out (a screen's title, a heading, the question, the
verdict, the score) names its role, and its font is derived from the application font — at once
and again every time that changes (Ctrl + / Ctrl −), so every text scales together and headings
stay larger than body text at every size.

A point size set on a widget once would stay fixed while the application font changes around it;
hence the role, kept as a dynamic property, and one follower of `QGuiApplication.fontChanged`.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

ROLE_PROPERTY = "textRole"


class TextRole(StrEnum):
    TITLE = "title"  # the app's name on Home
    HEADING = "heading"  # a screen's heading (Results, Progress)
    PROMPT = "prompt"  # the question being asked
    VERDICT = "verdict"  # "✓ Right!" after an answer
    SCORE = "score"  # the score line on Results
    SECTION = "section"  # a section's heading inside a screen
    STRONG = "strong"  # body-sized, bold: question number, time left


# role: (size relative to the application font, bold)
SCALE: dict[TextRole, tuple[float, bool]] = {
    TextRole.TITLE: (1.6, True),
    TextRole.HEADING: (1.4, True),
    TextRole.PROMPT: (1.25, True),
    TextRole.VERDICT: (1.2, True),
    TextRole.SCORE: (1.2, False),
    TextRole.SECTION: (1.15, True),
    TextRole.STRONG: (1.0, True),
}


def role_font(role: TextRole, base: QFont) -> QFont:
    """`base` scaled and weighted for `role`."""
    factor, bold = SCALE[role]
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def set_text_role(widget: QWidget, role: TextRole) -> None:
    """Give `widget` the font of `role`, now and whenever the application font changes."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # widgets exist only in a QApplication
    _follower(app)
    widget.setProperty(ROLE_PROPERTY, role.value)
    widget.setFont(role_font(role, app.font()))


def text_role(widget: QWidget) -> TextRole | None:
    value = widget.property(ROLE_PROPERTY)
    return TextRole(value) if isinstance(value, str) and value in SCALE else None


class _RoleFontFollower(QObject):
    """Re-derives the font of every widget with a text role when the application font changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("steppeRoleFontFollower")
        app.fontChanged.connect(self._rescale)

    @staticmethod
    def _rescale(base: QFont) -> None:
        for widget in QApplication.allWidgets():
            role = text_role(widget)
            if role is not None:
                widget.setFont(role_font(role, base))


def _follower(app: QApplication) -> _RoleFontFollower:
    existing = app.findChild(_RoleFontFollower, "steppeRoleFontFollower")
    return existing if isinstance(existing, _RoleFontFollower) else _RoleFontFollower(app)
