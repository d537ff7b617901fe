"""One question of a finished quiz, opened from a Results row: the question, the student's
answer and its result, the right answer, the explanation and the evidence from the article.
Everything is plain text (it may come from an imported file); Esc or Close shuts it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from quizzes.model import Question
from quizzes.practice.scoring import Grade, correct_answer_text, given_answer_text
from ui.answers.feedback_panel import evidence_text, verdict_colour, verdict_text
from ui.common.labels import wrapping_label
from ui.common.theme import status_colours
from ui.common.type_scale import TextRole, set_text_role

SKIPPED_VERDICT = "– Not answered"


class QuestionReviewDialog(QDialog):
    """Shows one answered (or skipped) question; `grade` is None for a question not answered."""

    def __init__(
        self,
        number: int,
        question: Question,
        given: object | None,
        grade: Grade | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionReview")
        self.setWindowTitle(f"Question {number}")
        self.prompt_label = wrapping_label(question.prompt, object_name="reviewPrompt")
        set_text_role(self.prompt_label, TextRole.PROMPT)
        self.verdict_label = wrapping_label(object_name="reviewVerdict")
        set_text_role(self.verdict_label, TextRole.STRONG)
        self._show_verdict(grade)
        self.given_label = wrapping_label(f"Your answer: {given_answer_text(question, given)}")
        self.note_label = wrapping_label(grade.note if grade and grade.correct else "")
        self.correct_label = wrapping_label(f"Right answer: {correct_answer_text(question)}")
        self.explanation_label = wrapping_label(question.explanation)
        self.evidence_label = wrapping_label(evidence_text(question.evidence))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for label in self.text_labels():
            label.setVisible(bool(label.text()))
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setAccessibleDescription(" ".join(label.text() for label in self.text_labels()))
        self.resize(560, 360)

    def text_labels(self) -> list[QLabel]:
        """The dialog's texts, top to bottom."""
        return [
            self.prompt_label,
            self.given_label,
            self.verdict_label,
            self.note_label,
            self.correct_label,
            self.explanation_label,
            self.evidence_label,
        ]

    def _show_verdict(self, grade: Grade | None) -> None:
        if grade is None:
            self.verdict_label.setText(SKIPPED_VERDICT)
            return
        self.verdict_label.setText(verdict_text(grade))
        colour = verdict_colour(grade, status_colours(self.palette()))
        self.verdict_label.setStyleSheet(f"color: {colour};")
