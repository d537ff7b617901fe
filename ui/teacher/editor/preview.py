""" "Preview as student": a question shown with the quiz runner's own answer widget."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from quizzes.model import Question
from ui.common.labels import plain_label

# The same seed every time, so the teacher sees a stable order while looking at a preview.
PREVIEW_SEED = 0


class PreviewDialog(QDialog):
    """Non-modal: the teacher can keep it open beside the editor."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.answers import make_answer_widget

        self.setWindowTitle("Preview as student")
        self.prompt_label = plain_label(question.prompt, wrap=True)
        font = self.prompt_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.prompt_label.setFont(font)
        self.answer_widget = make_answer_widget(question, random.Random(PREVIEW_SEED))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.answer_widget, 1)
        layout.addWidget(buttons)
        self.resize(520, 380)
