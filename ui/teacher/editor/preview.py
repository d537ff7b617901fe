""" "Preview as student": a question shown with the quiz runner's own answer widget. Check grades
the teacher's answer with the real grader and shows exactly what a student gets after answering
in practice (each part marked, the verdict, the correct answer, the explanation, the evidence);
Try again starts the question afresh."""

from __future__ import annotations

import random

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from quizzes.model import Question
from quizzes.practice.marks import mark_answer
from quizzes.practice.scoring import grade_response
from ui.answers.base import AnswerWidget
from ui.answers.feedback_panel import FeedbackPanel
from ui.common.labels import plain_label

# The same seed every time, so the teacher sees a stable order while looking at a preview.
PREVIEW_SEED = 0


class PreviewDialog(QDialog):
    """Non-modal: the teacher can keep it open beside the editor."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preview as student")
        self.question = question
        self.prompt_label = plain_label(question.prompt, wrap=True)
        font = self.prompt_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.prompt_label.setFont(font)
        self.answer_widget = self._new_answer_widget()
        self.feedback = FeedbackPanel()
        self.feedback.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = QPushButton("Check")
        self.check_button.setAccessibleName("Check the answer as a student's would be")
        self.try_again_button = QPushButton("Try again")
        self.try_again_button.setAccessibleName("Clear the answer and try again")
        self.try_again_button.setEnabled(False)
        for button in (self.check_button, self.try_again_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(self.check)
        self.try_again_button.clicked.connect(self.try_again)
        buttons.rejected.connect(self.close)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.prompt_label)
        self._layout.addWidget(self.answer_widget)
        self._layout.addWidget(self.feedback)
        self._layout.addStretch(1)
        self._layout.addWidget(buttons)
        self.resize(560, 460)

    def _new_answer_widget(self) -> AnswerWidget:
        from ui.answers import make_answer_widget

        widget = make_answer_widget(self.question, random.Random(PREVIEW_SEED))
        widget.submit_requested.connect(self.check)  # Enter checks, as it submits in a quiz
        return widget

    @Slot()
    def check(self) -> None:
        """Grade the answer on screen as the quiz would, and show the student's feedback."""
        given = self.answer_widget.given()
        self.answer_widget.set_read_only(True)
        self.answer_widget.show_marks(mark_answer(self.question, given))
        self.feedback.show_feedback(self.question, grade_response(self.question, given))
        self.check_button.setEnabled(False)
        self.try_again_button.setEnabled(True)
        self.try_again_button.setFocus()

    @Slot()
    def try_again(self) -> None:
        """The question as it first appeared: no answer, no feedback."""
        fresh = self._new_answer_widget()
        self._layout.replaceWidget(self.answer_widget, fresh)
        self.answer_widget.hide()
        self.answer_widget.deleteLater()
        self.answer_widget = fresh
        self.feedback.hide()
        self.check_button.setEnabled(True)
        self.try_again_button.setEnabled(False)
        fresh.setFocus()
