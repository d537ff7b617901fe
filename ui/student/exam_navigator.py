"""The exam's question navigator: a strip of numbered buttons, one per question, each saying by
its text and its colour whether the question is answered, flagged for later or on screen;
clicking one goes to that question, "Review answers" to the review page.

Text marks: ✓ answered, ⚑ flagged, ▸ on screen (so the state never rests on colour alone).
Colours come from the theme: answered in the "saved" colour, flagged in the flag colours, the
question on screen in the palette's highlight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizzes.practice.session import QuestionStatus
from ui.common.theme import status_colours

COLUMNS = 10  # buttons per row before the strip wraps (the window stays narrow enough)

ANSWERED_MARK = "✓"
FLAGGED_MARK = "⚑"
CURRENT_MARK = "▸"


def status_words(status: QuestionStatus) -> str:
    """The status in words: "answered", "not answered", each perhaps with ", flagged"."""
    words = "answered" if status.answered else "not answered"
    return f"{words}, flagged" if status.flagged else words


def button_text(status: QuestionStatus, current: bool) -> str:
    marks = (ANSWERED_MARK if status.answered else "") + (FLAGGED_MARK if status.flagged else "")
    return f"{CURRENT_MARK if current else ''}{status.number}{' ' + marks if marks else ''}"


class ExamNavigator(QWidget):
    question_chosen = Signal(int)  # 0-based place in the exam
    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QPushButton] = []
        self._statuses: list[QuestionStatus] = []
        self._current = -1
        self._grid = QGridLayout()
        self._grid.setSpacing(4)
        self.review_button = QPushButton("Review answers")
        self.review_button.setObjectName("reviewAnswers")
        self.review_button.setAccessibleName("Review your answers, then submit")
        self.review_button.clicked.connect(self.review_requested)
        self.legend = QLabel(
            f"{ANSWERED_MARK} answered   {FLAGGED_MARK} flagged   {CURRENT_MARK} on screen"
        )
        self.legend.setObjectName("navigatorLegend")
        strip = QVBoxLayout()
        strip.addLayout(self._grid)
        strip.addWidget(self.legend)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(strip)
        layout.addStretch(1)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_statuses(self, statuses: list[QuestionStatus], current: int) -> None:
        """Show every question's status; `current` is the 0-based question on screen (-1: none,
        the review page)."""
        self._statuses = statuses
        self._current = current
        while len(self.buttons) < len(statuses):
            self._add_button(len(self.buttons))
        for index, button in enumerate(self.buttons):
            button.setVisible(index < len(statuses))
        for index, (button, status) in enumerate(zip(self.buttons, statuses, strict=False)):
            on_screen = index == current
            button.setText(button_text(status, on_screen))
            name = f"Question {status.number}: {status_words(status)}"
            button.setAccessibleName(f"{name}, on screen" if on_screen else name)
            button.setToolTip(button.accessibleName())
            button.setStyleSheet(self._style(status, on_screen))

    def _add_button(self, index: int) -> None:
        button = QPushButton()
        button.setObjectName("navigatorQuestion")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self.question_chosen.emit(index))
        self._grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        self.buttons.append(button)

    def _style(self, status: QuestionStatus, on_screen: bool) -> str:
        colours = status_colours(self.palette())
        if on_screen:
            look = "background: palette(highlight); color: palette(highlighted-text);"
            look += " border: 2px solid palette(highlight); font-weight: bold;"
        elif status.flagged:
            look = f"background: {colours.flagged_back}; color: {colours.flagged_text};"
            look += f" border: 1px solid {colours.flagged_text};"
        elif status.answered:
            look = f"background: palette(base); color: {colours.saved};"
            look += f" border: 2px solid {colours.saved}; font-weight: bold;"
        else:
            look = "background: palette(button); color: palette(button-text);"
            look += " border: 1px solid palette(mid);"
        return f"QPushButton {{ {look} border-radius: 4px; padding: 4px 8px; min-width: 2.2em; }}"

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self.show_statuses(self._statuses, self._current)  # the other theme's colours
        super().changeEvent(event)
