"""Small widget helpers shared by every screen (cheap to import: the window needs them before
anything else is loaded)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows `text` literally (Qt guesses rich text in tooltips)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def plain_label(
    text: str = "",
    *,
    wrap: bool = False,
    selectable: bool = False,
    object_name: str = "",
    parent: QWidget | None = None,
) -> QLabel:
    """A label that never interprets its text as HTML (text may come from imported files).
    `wrap` breaks long text into lines instead of clipping it; `selectable` lets the mouse
    select it for copying; `object_name` names it for tests and the style sheet."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if wrap:
        label.setWordWrap(True)  # (also marks the size policy height-for-width: do not reset it)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def wrapping_label(text: str = "", object_name: str = "") -> QLabel:
    """Quiz text on a student's screen: plain, wrapped, selectable for copying."""
    return plain_label(text, wrap=True, selectable=True, object_name=object_name)


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area, so a tall chart never squeezes its neighbours."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
