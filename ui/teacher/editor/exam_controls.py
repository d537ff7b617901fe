"""The editor's exam controls for the chosen set: the "Exam set" mark, what students see now,
and "Release results". The editor writes each change at once (the editor is behind the PIN)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.common.labels import plain_label

if TYPE_CHECKING:
    from quizzes.store.repository import SetSummary


def exam_state_text(summary: SetSummary) -> str:
    if not summary.is_exam:
        return "Students practise with every answer shown."
    released = summary.results_released_at
    if released is None:
        return "Students see their score only: no answers, no review, until you release results."
    return f"Results released on {released:%Y-%m-%d}: students see every answer."


class ExamControls(QWidget):
    exam_toggled = Signal(bool)  # the teacher ticked or cleared "Exam set"
    release_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exam_check = QCheckBox("E&xam set")
        self.exam_check.setToolTip(
            "Answers are hidden from students, and exporting the set needs the teacher PIN"
        )
        self.exam_check.clicked.connect(self.exam_toggled)
        self.release_button = QPushButton("Release results…")
        self.release_button.clicked.connect(self.release_requested)
        self.state_label = plain_label(wrap=True, object_name="examState")
        row = QHBoxLayout()
        row.addWidget(self.exam_check)
        row.addStretch(1)
        row.addWidget(self.release_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.state_label)
        self.show_set(None)

    def show_set(self, summary: SetSummary | None) -> None:
        """Show the mark and state of `summary` (None: no set chosen, all disabled)."""
        self.exam_check.setEnabled(summary is not None)
        self.exam_check.setChecked(summary is not None and summary.is_exam)
        self.release_button.setEnabled(summary is not None and summary.answers_hidden)
        self.state_label.setText("" if summary is None else exam_state_text(summary))
