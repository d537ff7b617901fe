"""Undoable edits of the draft question list (one `QUndoCommand` per kind of change).

Each command changes the `QuestionListModel` and then tells the editor which row to show, so
undo and redo leave the teacher looking at what changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from quizzes.model import Question
from ui.teacher.editor.question_list import QuestionListModel

ShowRow = Callable[[int], None]

# Keystrokes in the form become one "Edit" command per question and editing session.
_EDIT_COMMAND_ID = 1


class InsertQuestion(QUndoCommand):
    def __init__(
        self, model: QuestionListModel, row: int, question: Question, show: ShowRow, text: str
    ) -> None:
        super().__init__(text)
        self._model, self._row, self._question, self._show = model, row, question, show

    def redo(self) -> None:
        self._model.insert_question(self._row, self._question)
        self._show(self._row)

    def undo(self) -> None:
        self._model.remove_question(self._row)
        self._show(min(self._row, self._model.rowCount() - 1))


class DeleteQuestion(QUndoCommand):
    def __init__(self, model: QuestionListModel, row: int, show: ShowRow) -> None:
        super().__init__(f"Delete question {row + 1}")
        self._model, self._row, self._show = model, row, show
        self._question = model.question(row)

    def redo(self) -> None:
        self._model.remove_question(self._row)
        self._show(min(self._row, self._model.rowCount() - 1))

    def undo(self) -> None:
        self._model.insert_question(self._row, self._question)
        self._show(self._row)


class MoveQuestion(QUndoCommand):
    def __init__(self, model: QuestionListModel, source: int, target: int, show: ShowRow) -> None:
        super().__init__(f"Move question {source + 1} to {target + 1}")
        self._model, self._source, self._target, self._show = model, source, target, show

    def redo(self) -> None:
        self._model.move_question(self._source, self._target)
        self._show(self._target)

    def undo(self) -> None:
        self._model.move_question(self._target, self._source)
        self._show(self._source)


class EditQuestion(QUndoCommand):
    """Replace one question; consecutive edits of the same question in one session merge."""

    def __init__(
        self,
        model: QuestionListModel,
        row: int,
        new: Question,
        session: int,
        show: ShowRow,
    ) -> None:
        super().__init__(f"Edit question {row + 1}")
        self._model, self._row, self._show, self._session = model, row, show, session
        self._old = model.question(row)
        self._new = new
        self._first_redo = True

    def id(self) -> int:
        return _EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditQuestion):
            return False
        if other._row != self._row or other._session != self._session:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._model.replace_question(self._row, self._new)
        # The first redo comes from typing: the form already shows the question.
        if not self._first_redo:
            self._show(self._row)
        self._first_redo = False

    def undo(self) -> None:
        self._model.replace_question(self._row, self._old)
        self._show(self._row)
