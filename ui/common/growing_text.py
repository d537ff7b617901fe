"""A plain-text box as tall as its text: long text makes it grow (no inner scroll bar) up to a
height where the box would crowd out the form; only beyond that does it scroll."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSizeF
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

    def _text_lines(self) -> int:
        # The plain-text layout measures its document in lines, wrapped lines included.
        return max(1, math.ceil(self.document().documentLayout().documentSize().height()))

    def _fit(self, _size: QSizeF | None = None) -> None:
        self._shown_lines = min(max(self._text_lines(), self._min_lines), self._max_lines)
        text = self._shown_lines * self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        document = math.ceil(2 * self.document().documentMargin())
        self.setFixedHeight(text + document + frame + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl +/− on the text size
            self._fit()
