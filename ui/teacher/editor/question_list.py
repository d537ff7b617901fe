"""The questions of the set being edited: a list model (with drag-and-drop reordering) and a
filter proxy for searching by text, topic, type and difficulty."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from quizzes.model import Question, QuestionType, answer_to_json
from ui.common.labels import plain_tooltip

ROW_MIME_TYPE = "application/x-steppe-quiz-question-row"
AnyIndex = QModelIndex | QPersistentModelIndex


def question_summary(position: int, question: Question) -> str:
    prompt = " ".join(question.prompt.split()) or "(no prompt yet)"
    if len(prompt) > 90:
        prompt = prompt[:89] + "…"
    details = f"{question.type.label} · {question.topic} · difficulty {question.difficulty}"
    return f"{position}. {prompt}\n    {details}"


# The row being edited while its form is not complete: its type and prompt as typed.
Draft = tuple[int, QuestionType, str]


def searchable_text(question: Question) -> str:
    """Everything a teacher might search for in a question, folded for comparison."""
    answer = answer_to_json(question.answer)
    parts = [
        question.prompt,
        question.explanation,
        question.topic,
        *question.choices,
        *question.tags,
    ]
    if isinstance(answer, list):
        parts.extend(str(a) if not isinstance(a, list) else " ".join(a) for a in answer)
    else:
        parts.append(str(answer))
    if question.evidence is not None:
        parts.append(question.evidence.quote)
    return " ".join(parts).casefold()


class QuestionListModel(QAbstractListModel):
    """The draft list of questions. A drop does not move anything itself: it asks the editor
    (`move_requested`) so that the move goes through the undo stack like any other edit."""

    move_requested = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._questions: list[Question] = []
        self._draft: Draft | None = None

    # ------------------------------------------------------------ data

    def questions(self) -> list[Question]:
        return list(self._questions)

    def question(self, row: int) -> Question:
        return self._questions[row]

    def set_questions(self, questions: list[Question]) -> None:
        self.beginResetModel()
        self._questions = list(questions)
        self._draft = None
        self.endResetModel()

    def show_draft(self, draft: Draft | None) -> None:
        """Show row `draft[0]` with the type and prompt of an unfinished form (None: as stored)."""
        changed = {shown[0] for shown in (self._draft, draft) if shown is not None}
        self._draft = draft
        for row in changed:
            if 0 <= row < len(self._questions):
                self.dataChanged.emit(self.index(row), self.index(row))

    def insert_question(self, row: int, question: Question) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._questions.insert(row, question)
        self.endInsertRows()
        self._renumber(row)

    def remove_question(self, row: int) -> Question:
        self.beginRemoveRows(QModelIndex(), row, row)
        question = self._questions.pop(row)
        self.endRemoveRows()
        self._renumber(row)
        return question

    def replace_question(self, row: int, question: Question) -> None:
        self._questions[row] = question
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def move_question(self, source: int, target: int) -> None:
        """Move the question at `source` so that it ends at position `target`."""
        if source == target:
            return
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self._questions.insert(target, self._questions.pop(source))
        self.endMoveRows()
        self._renumber(min(source, target))

    def _renumber(self, first: int) -> None:
        if first < len(self._questions):
            self.dataChanged.emit(self.index(first), self.index(len(self._questions) - 1))

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._questions)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        question = self._questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self._draft is not None and self._draft[0] == index.row():
                _, qtype, prompt = self._draft
                question = dataclasses.replace(question, type=qtype, prompt=prompt)
            return question_summary(index.row() + 1, question)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(question.prompt)
        if role == Qt.ItemDataRole.UserRole:
            return question
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(ROW_MIME_TYPE, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME_TYPE):
            return False
        source = int(bytes(data.data(ROW_MIME_TYPE).data()).decode())
        if not 0 <= source < len(self._questions):
            return False
        before = row if row >= 0 else parent.row() if parent.isValid() else len(self._questions)
        target = before - 1 if before > source else before
        if target != source:
            self.move_requested.emit(source, target)
        # False: the view must not remove the dragged row itself; the editor has moved it.
        return False


class QuestionFilter(QSortFilterProxyModel):
    """Shows the questions whose text contains every typed word and that match the chosen
    topic, type and difficulty (None means any)."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self._topic: str | None = None
        self._type: QuestionType | None = None
        self._difficulty: int | None = None

    def set_criteria(
        self,
        text: str,
        topic: str | None,
        qtype: QuestionType | None,
        difficulty: int | None,
    ) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._topic = topic
        self._type = qtype
        self._difficulty = difficulty
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_active(self) -> bool:
        return bool(self._words) or any(
            value is not None for value in (self._topic, self._type, self._difficulty)
        )

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        question: Question = model.data(model.index(source_row, 0), Qt.ItemDataRole.UserRole)
        if self._topic is not None and question.topic != self._topic:
            return False
        if self._type is not None and question.type is not self._type:
            return False
        if self._difficulty is not None and question.difficulty != self._difficulty:
            return False
        text = searchable_text(question)
        return all(word in text for word in self._words)
