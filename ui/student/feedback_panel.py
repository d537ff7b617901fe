"""After each answer in practice: right or wrong, the correct answer, why, and the evidence; on
an exam set whose results are not released, only that the answer was saved."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from quizzes.model import Question
from quizzes.practice.scoring import Grade, correct_answer_text
from ui.common.labels import wrapping_label
from ui.common.theme import status_colours
from ui.common.type_scale import TextRole, set_text_role


def verdict_text(grade: Grade) -> str:
    if grade.correct:
        return "✓ Right!"
    if grade.score > 0:
        return f"◐ Partly right ({round(grade.score * 100)}%)"
    return "✗ Not this time"


class FeedbackPanel(QFrame):
    """Shows the outcome of one answer; hidden until `show_feedback` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict_label = wrapping_label(object_name="verdict")
        set_text_role(self.verdict_label, TextRole.VERDICT)
        self.note_label = wrapping_label()
        self.correct_label = wrapping_label()
        self.explanation_label = wrapping_label()
        self.evidence_label = wrapping_label()
        layout = QVBoxLayout(self)
        for label in (
            self.verdict_label,
            self.note_label,
            self.correct_label,
            self.explanation_label,
            self.evidence_label,
        ):
            layout.addWidget(label)
        self.setAccessibleName("Feedback on your answer")

    def show_feedback(self, question: Question, grade: Grade) -> None:
        self.verdict_label.setText(verdict_text(grade))
        colours = status_colours(self.palette())
        color = (
            colours.right if grade.correct else colours.partly if grade.score > 0 else colours.wrong
        )
        self.verdict_label.setStyleSheet(f"color: {color};")
        self._set(self.note_label, grade.note if grade.note != "Not answered." else "")
        self._set(
            self.correct_label,
            "" if grade.correct and not grade.note else f"Answer: {correct_answer_text(question)}",
        )
        self._set(self.explanation_label, question.explanation)
        evidence = question.evidence
        self._set(
            self.evidence_label,
            f"From the article, paragraph {evidence.paragraph}: “{evidence.quote}”"
            if evidence
            else "",
        )
        self.setAccessibleDescription(
            " ".join(
                label.text()
                for label in (self.verdict_label, self.correct_label, self.explanation_label)
            )
        )
        self.show()

    def show_saved(self) -> None:
        """An exam set's answer: stored, and nothing said about it being right."""
        self.verdict_label.setText("Answer saved")
        self.verdict_label.setStyleSheet("")
        for label in (
            self.note_label,
            self.correct_label,
            self.explanation_label,
            self.evidence_label,
        ):
            self._set(label, "")
        self.setAccessibleDescription("Answer saved")
        self.show()

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
