"""A plain-text box as tall as its text: long text makes it grow (no inner scroll bar) up to a
height where the box would crowd out the form; only beyond that does it scroll."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSizeF
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class GrowingTextEdit(QPlainTextEdit):
    """`min_lines` high when (nearly) empty, one line more for each line of text (wrapped lines
    count), at most `max_lines`. Tab moves the focus on, as in the rest of a form."""

    def __init__(
        self, name: str, min_lines: int = 2, max_lines: int = 10, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def shown_lines(self) -> int:
        """Lines of text the box is tall enough for now."""
        return self._shown_lines

    def _fit(self, _size: QSizeF | None = None) -> None:
        """Height for the text as laid out at the box's width now (wrapped lines count)."""
        layout = self.document().documentLayout()
        lines, text_height = 0, 0.0
        block = self.document().firstBlock()
        while block.isValid():
            text_height += layout.blockBoundingRect(block).height()  # lays the block out
            lines += max(1, block.layout().lineCount())
            block = block.next()
        line = self.fontMetrics().lineSpacing()
        self._shown_lines = min(max(lines, self._min_lines), self._max_lines)
        if lines != self._shown_lines:  # fewer lines than the least, or more than the most
            text_height = self._shown_lines * line
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        document = 2 * self.document().documentMargin()
        self.setFixedHeight(math.ceil(text_height + document) + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)  # lays the text out again at the new width
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl +/− on the text size
            self._fit()
