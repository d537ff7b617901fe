"""Small widget helpers shared by every screen (cheap to import: the window needs them before
anything else is loaded)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows `text` literally (Qt guesses rich text in tooltips)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def plain_label(text: str = "") -> QLabel:
    """A label that never interprets its text as HTML (text may come from imported files)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def wrapping_label(text: str = "", object_name: str = "") -> QLabel:
    """Plain text (never HTML: it comes from quiz files), wrapped, selectable for copying."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area, so a tall chart never squeezes its neighbours."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
