"""The base of every answer widget: the signals, the given-answer API and read-only freezing.

A widget shows one question's answer area (not the prompt: the runner shows that) and returns
the student's answer in the JSON-able shape the scoring code expects (see `AnswerWidget.given`).
Enter inside a widget asks for submission; when the widget is read-only (feedback, review) the
key is passed on to the parent instead, so the runner can use Enter for "Next".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QWidget

from quizzes.model import Question
from quizzes.practice.marks import AnswerMarks

# Keys a frozen widget still lets through, so focus can move and Enter/Escape reach the runner.
_NAVIGATION_KEYS = frozenset(
    {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape}
)
_BLOCKED_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }
)


class InputBlocker(QObject):
    """An event filter that, while active, eats the mouse and keys that would change an input.

    Used instead of `setEnabled(False)` so a frozen answer keeps full contrast and stays in the
    tab order where a screen reader can still read it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # getattr: Qt may still deliver events while the Python side is being torn down.
        if not getattr(self, "active", False):
            return False
        if event.type() in _BLOCKED_EVENTS:
            return True
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            return Qt.Key(event.key()) not in _NAVIGATION_KEYS
        return False


def bold_font() -> QFont:
    """A font that only sets the weight, so the size keeps following the application font."""
    font = QFont()
    font.setBold(True)
    return font


class AnswerWidget(QWidget):
    """One question's answer input. Subclasses implement `given`, `set_given`, `show_marks` and
    `_freeze`.

    Given-answer shapes: single_choice str; multiple_choice list[str] (question's choice order);
    true_false bool; numeric float; short_answer str; ordering list[str]; matching
    list[list[str]] ([[left, right], ...], right "" where none was picked). None: not answered.
    """

    answer_changed = Signal()
    submit_requested = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(f"Answer: {question.type.label.lower()}")
        self._read_only = False
        self._restoring_depth = 0
        self._input_blocker = InputBlocker(self)

    # ------------------------------------------------------------ the contract

    def given(self) -> object | None:
        """The student's answer in the shape for this question type; None if not answered."""
        raise NotImplementedError

    def set_given(self, given: object | None) -> None:
        """Show `given` (a shape `given()` returns, or None to clear), e.g. on resume or review."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """Freeze (or unfreeze) the input; the answer stays visible at full contrast."""
        self._read_only = read_only
        self._input_blocker.active = read_only
        self._freeze(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def show_marks(self, marks: AnswerMarks | None) -> None:
        """Mark each part of the answer right or wrong (after answering), or clear the marks."""
        raise NotImplementedError

    def handle_key(self, key: int, text: str) -> bool:
        """Use a key the runner did not: digits pick choices, T/F answer. True if it was used."""
        del key, text
        return False

    def point_at_missing(self) -> str:
        """Before submitting an answer that was started: the part still left blank, said in one
        sentence (and focused), or "" when nothing is. The runner asks once before submitting."""
        return ""

    # ------------------------------------------------------------ for subclasses

    def _freeze(self, read_only: bool) -> None:
        """Subclasses switch their own inputs' read-only state here."""
        del read_only

    def _block_input_of(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self._input_blocker)

    def _emit_changed(self) -> None:
        if self._restoring_depth == 0:
            self.answer_changed.emit()

    @contextmanager
    def _restoring(self) -> Iterator[None]:
        """Changes made inside are restorations (`set_given`), not the student's: no signal."""
        self._restoring_depth += 1
        try:
            yield
        finally:
            self._restoring_depth -= 1

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Child inputs (buttons, line edits, lists, combo boxes) ignore Enter, so it arrives here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._read_only:
            event.accept()
            self.submit_requested.emit()
            return
        super().keyPressEvent(event)


def digit_of(key: int, text: str) -> int | None:
    """1–9 for a digit key press (from the typed text, else the key code), otherwise None."""
    if len(text) == 1 and text in "123456789":
        return int(text)
    if Qt.Key.Key_1.value <= key <= Qt.Key.Key_9.value:
        return key - Qt.Key.Key_0.value
    return None
