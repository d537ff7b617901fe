"""After each answer in practice (and in the editor's "Preview as student"): right, partly right
in one line ("◐ Partly right: 2 of 3 pairs right — 0.67 point") or wrong, a note (a typo
forgiven, the exact value of a number accepted within its tolerance), the correct answer when
the answer was not right, why, and the evidence; on an exam set whose results are not released,
only that the answer was saved. The answer widget marks each part (see `show_marks`)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from quizzes.model import Evidence, Question
from quizzes.practice.scoring import Grade, correct_answer_text
from ui.common.labels import wrapping_label
from ui.common.theme import StatusColours, status_colours
from ui.common.type_scale import TextRole, set_text_role


def verdict_text(grade: Grade) -> str:
    """One line; for partial credit it says what earned the marks."""
    if grade.correct:
        return "✓ Right!"
    if grade.score > 0:
        return f"◐ Partly right: {grade.note}" if grade.note else "◐ Partly right"
    return "✗ Not this time"


def verdict_colour(grade: Grade, colours: StatusColours) -> str:
    if grade.correct:
        return colours.right
    return colours.partly if grade.score > 0 else colours.wrong


def evidence_text(evidence: Evidence | None) -> str:
    """The article's words behind an answer, with their paragraph ("" when there are none)."""
    if evidence is None:
        return ""
    return f"From the article, paragraph {evidence.paragraph}: “{evidence.quote}”"


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
        colour = verdict_colour(grade, status_colours(self.palette()))
        self.verdict_label.setStyleSheet(f"color: {colour};")
        # A partial-credit note is already in the verdict line; "Not answered." says nothing new.
        self._set(self.note_label, grade.note if grade.correct else "")
        self._set(
            self.correct_label,
            "" if grade.correct else f"Answer: {correct_answer_text(question)}",
        )
        self._set(self.explanation_label, question.explanation)
        self._set(self.evidence_label, evidence_text(question.evidence))
        self.setAccessibleDescription(
            " ".join(
                label.text()
                for label in (
                    self.verdict_label,
                    self.note_label,
                    self.correct_label,
                    self.explanation_label,
                )
                if label.text()
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
