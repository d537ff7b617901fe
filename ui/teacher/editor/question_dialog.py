"""`QuestionDialog`: the question form in a dialog whose OK stays disabled while it is broken."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from quizzes.model import Question
from ui.teacher.editor.question_form import QuestionForm


class QuestionDialog(QDialog):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit question")
        self.form = QuestionForm()
        self.form.load(question)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.validity_changed.connect(self._validity_changed)
        self._validity_changed(self.form.is_valid())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 640)

    @Slot(bool)
    def _validity_changed(self, valid: bool, _message: str = "") -> None:
        self.ok_button.setEnabled(valid)

    def question(self) -> Question | None:
        """The edited question (valid), once the dialog was accepted."""
        return self.form.question()

    def accept(self) -> None:
        if self.form.is_valid():
            super().accept()
