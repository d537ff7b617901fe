"""`QuestionForm`: one question's fields, fitted to its type, checked as the teacher types.

The form turns its fields into a `.quiz.json` question object and checks it with
`quizzes.authoring.field_problems.check_question`, so the editor applies exactly the rules of the
file format; a problem is shown as one sentence about the field in a banner below the fields
(its place is kept, so nothing moves when it appears), and that field is outlined in the theme's
error colour.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizzes.authoring.field_problems import FieldProblem, FormField, check_question
from quizzes.model import Question, QuestionType, answer_to_json
from quizzes.numbers import format_number
from ui.common.growing_text import GrowingTextEdit
from ui.common.labels import plain_label
from ui.common.theme import status_colours
from ui.teacher.editor.row_list import RowListEditor

DIFFICULTY_LABELS = {1: "1 — easy", 2: "2 — medium", 3: "3 — hard"}


def _plain_text_edit(name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    line_height = edit.fontMetrics().lineSpacing()
    edit.setFixedHeight(line_height * lines + 12)
    return edit


def _parse_number(text: str) -> object:
    """A typed number as int or float; anything else is passed on for the format to reject."""
    clean = text.strip().replace(",", ".") if text.count(",") == 1 else text.strip()
    for convert in (int, float):
        try:
            return convert(clean)
        except ValueError:
            continue
    return clean


class _NumericFields(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName("Correct value")
        self.value_edit.setPlaceholderText("e.g. 7000")
        self.tolerance_edit = QLineEdit()
        self.tolerance_edit.setAccessibleName("Tolerance")
        self.tolerance_edit.setPlaceholderText("0")
        self.unit_edit = QLineEdit()
        self.unit_edit.setAccessibleName("Unit")
        self.unit_edit.setPlaceholderText("e.g. km (optional)")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow("Value:", self.value_edit)
        layout.addRow("± tolerance:", self.tolerance_edit)
        layout.addRow("Unit:", self.unit_edit)
        for edit in (self.value_edit, self.tolerance_edit, self.unit_edit):
            edit.textChanged.connect(self.changed)


class _TrueFalseFields(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.true_button = QRadioButton("True")
        self.false_button = QRadioButton("False")
        group = QButtonGroup(self)
        group.addButton(self.true_button)
        group.addButton(self.false_button)
        group.buttonToggled.connect(lambda *_: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label("The statement is:"))
        layout.addWidget(self.true_button)
        layout.addWidget(self.false_button)
        layout.addStretch(1)

    def answer(self) -> bool | None:
        if self.true_button.isChecked():
            return True
        return False if self.false_button.isChecked() else None


class QuestionForm(QWidget):
    """Edits one question. `changed` fires on every edit; `validity_changed(ok, message)` when
    the question becomes valid or broken (the message is the format's own)."""

    changed = Signal()
    validity_changed = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question_id = "q1"
        self._loading = False
        self._question: Question | None = None
        self._problem: FieldProblem | None = None
        self._outlined: QWidget | None = None
        self._build()
        self._connect()
        self._type_changed()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        self.id_label = plain_label(object_name="questionId")
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName("Question type")
        for qtype in QuestionType:
            self.type_combo.addItem(qtype.label, qtype.value)
        self.prompt_edit = _plain_text_edit("Prompt", 3)
        self.prompt_edit.setPlaceholderText("The question the student sees")

        self.choices_editor = RowListEditor(["Choice"], "Add choice", mark_label="correct")
        self.true_false = _TrueFalseFields()
        self.numeric = _NumericFields()
        self.accepted_editor = RowListEditor(["Accepted answer"], "Add accepted answer")
        self.ordering_editor = RowListEditor(
            ["Item (in the correct order)"], "Add item", movable=True
        )
        self.matching_editor = RowListEditor(["Left", "Matches"], "Add pair")
        self.answer_stack = QStackedWidget()
        self._answer_pages: dict[QuestionType, QWidget] = {
            QuestionType.SINGLE_CHOICE: self.choices_editor,
            QuestionType.MULTIPLE_CHOICE: self.choices_editor,
            QuestionType.TRUE_FALSE: self.true_false,
            QuestionType.NUMERIC: self.numeric,
            QuestionType.SHORT_ANSWER: self.accepted_editor,
            QuestionType.ORDERING: self.ordering_editor,
            QuestionType.MATCHING: self.matching_editor,
        }
        for page in dict.fromkeys(self._answer_pages.values()):
            self.answer_stack.addWidget(page)

        self.topic_edit = QLineEdit()
        self.topic_edit.setAccessibleName("Topic")
        self.topic_completer = QCompleter([])
        self.topic_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.topic_edit.setCompleter(self.topic_completer)
        self.difficulty_combo = QComboBox()
        self.difficulty_combo.setAccessibleName("Difficulty")
        for value, label in DIFFICULTY_LABELS.items():
            self.difficulty_combo.addItem(label, value)
        self.tags_edit = QLineEdit()
        self.tags_edit.setAccessibleName("Tags")
        self.tags_edit.setPlaceholderText("comma separated, e.g. sco, 2024")
        self.explanation_edit = GrowingTextEdit("Explanation", min_lines=2)
        self.explanation_edit.setPlaceholderText("Shown after the student answers")
        self.quote_edit = GrowingTextEdit("Evidence quote", min_lines=2)
        self.quote_edit.setPlaceholderText("The article's words that support the answer")
        self.paragraph_spin = QSpinBox()
        self.paragraph_spin.setAccessibleName("Evidence paragraph")
        self.paragraph_spin.setRange(0, 9999)
        self.paragraph_spin.setSpecialValueText("—")

        self.error_label = plain_label(wrap=True, object_name="questionError")
        # Two lines are always kept for the banner, below the fields: they never move.
        self.error_label.setMinimumHeight(self.error_label.fontMetrics().lineSpacing() * 2 + 8)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.answer_label = plain_label("Answer:")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("ID:", self.id_label)
        form.addRow("&Type:", self.type_combo)
        form.addRow("&Prompt:", self.prompt_edit)
        form.addRow(self.answer_label, self.answer_stack)
        form.addRow("T&opic:", self.topic_edit)
        form.addRow("&Difficulty:", self.difficulty_combo)
        form.addRow("T&ags:", self.tags_edit)
        form.addRow("&Explanation:", self.explanation_edit)
        form.addRow("Evidence &quote:", self.quote_edit)
        form.addRow("Paragrap&h:", self.paragraph_spin)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)
        self.fields_scroll = QScrollArea()
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields_scroll, 1)
        layout.addWidget(self.error_label)

    def _connect(self) -> None:
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        for editor in (
            self.choices_editor,
            self.true_false,
            self.numeric,
            self.accepted_editor,
            self.ordering_editor,
            self.matching_editor,
        ):
            editor.changed.connect(self._edited)
        for edit in (self.prompt_edit, self.explanation_edit, self.quote_edit):
            edit.textChanged.connect(self._edited)
        for line in (self.topic_edit, self.tags_edit):
            line.textChanged.connect(self._edited)
        self.difficulty_combo.currentIndexChanged.connect(self._edited)
        self.paragraph_spin.valueChanged.connect(self._edited)

    # ------------------------------------------------------------ public API

    def question_type(self) -> QuestionType:
        return QuestionType(self.type_combo.currentData())

    def set_topics(self, topics: list[str]) -> None:
        model = self.topic_completer.model()
        assert isinstance(model, QStringListModel)  # a completer made from a list keeps one
        model.setStringList(topics)

    def load(self, question: Question) -> None:
        """Show `question` (every field, every type-specific part) without emitting `changed`."""
        self._loading = True
        try:
            self._question_id = question.id
            self.id_label.setText(question.id)
            self.type_combo.setCurrentIndex(self.type_combo.findData(question.type.value))
            self.prompt_edit.setPlainText(question.prompt)
            self._load_answer(question)
            self.topic_edit.setText(question.topic)
            self.difficulty_combo.setCurrentIndex(
                self.difficulty_combo.findData(question.difficulty)
            )
            self.tags_edit.setText(", ".join(question.tags))
            self.explanation_edit.setPlainText(question.explanation)
            evidence = question.evidence
            self.quote_edit.setPlainText(evidence.quote if evidence else "")
            self.paragraph_spin.setValue(evidence.paragraph if evidence else 0)
            self._type_changed()
        finally:
            self._loading = False
        self._revalidate()

    def document(self) -> dict[str, Any]:
        """The fields as a `.quiz.json` question object (not yet validated)."""
        qtype = self.question_type()
        doc: dict[str, Any] = {"id": self._question_id, "type": qtype.value}
        doc["prompt"] = self.prompt_edit.toPlainText().strip()
        doc.update(self._answer_document(qtype))
        doc["explanation"] = self.explanation_edit.toPlainText().strip()
        quote = self.quote_edit.toPlainText().strip()
        paragraph = self.paragraph_spin.value()
        doc["evidence"] = (
            None
            if not quote and not paragraph
            else {
                "quote": quote,
                "paragraph": paragraph,
            }
        )
        doc["topic"] = self.topic_edit.text().strip()
        doc["difficulty"] = self.difficulty_combo.currentData()
        doc["tags"] = [tag.strip() for tag in self.tags_edit.text().split(",") if tag.strip()]
        return doc

    def question(self) -> Question | None:
        """The valid question the form shows, or None while it is broken."""
        return self._question

    def error(self) -> str:
        """The sentence about what is wrong, or "" when the question is valid."""
        return "" if self._problem is None else self._problem.sentence

    def problem(self) -> FieldProblem | None:
        return self._problem

    def focus_problem(self) -> None:
        """Put the cursor in the field the banner speaks of (on a refused save)."""
        widget = self._outlined
        if widget is not None and shiboken6.isValid(widget):
            self.fields_scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_valid(self) -> bool:
        return self._question is not None

    # ------------------------------------------------------------ answers by type

    def _load_answer(self, question: Question) -> None:
        answer: Any = answer_to_json(question.answer)
        qtype = question.type
        self.choices_editor.set_single_mark(qtype is QuestionType.SINGLE_CHOICE)
        self.choices_editor.set_rows([], [])
        self.accepted_editor.set_rows([])
        self.ordering_editor.set_rows([])
        self.matching_editor.set_rows([])
        self.numeric.value_edit.clear()
        self.numeric.tolerance_edit.clear()
        self.numeric.unit_edit.clear()
        self.true_false.true_button.setChecked(qtype is not QuestionType.TRUE_FALSE or answer)
        self.true_false.false_button.setChecked(qtype is QuestionType.TRUE_FALSE and not answer)
        if qtype.has_choices:
            correct = {answer} if isinstance(answer, str) else set(answer)
            self.choices_editor.set_rows(
                [(c,) for c in question.choices], [c in correct for c in question.choices]
            )
        elif qtype is QuestionType.NUMERIC and isinstance(question.answer, int | float):
            self.numeric.value_edit.setText(format_number(question.answer, editable=True))
            self.numeric.tolerance_edit.setText(
                format_number(question.tolerance or 0, editable=True)
            )
            self.numeric.unit_edit.setText(question.unit or "")
        elif qtype is QuestionType.SHORT_ANSWER:
            self.accepted_editor.set_rows([(a,) for a in answer])
        elif qtype is QuestionType.ORDERING:
            self.ordering_editor.set_rows([(a,) for a in answer])
        elif qtype is QuestionType.MATCHING:
            self.matching_editor.set_rows([(left, right) for left, right in answer])

    def _answer_document(self, qtype: QuestionType) -> dict[str, Any]:
        if qtype.has_choices:
            choices = [values[0] for values in self.choices_editor.rows()]
            picked = [
                c for c, mark in zip(choices, self.choices_editor.marked(), strict=True) if mark
            ]
            if qtype is QuestionType.SINGLE_CHOICE:
                return {"choices": choices, "answer": picked[0] if len(picked) == 1 else None}
            return {"choices": choices, "answer": picked}
        if qtype is QuestionType.TRUE_FALSE:
            return {"answer": self.true_false.answer()}
        if qtype is QuestionType.NUMERIC:
            tolerance_text = self.numeric.tolerance_edit.text().strip()
            unit = self.numeric.unit_edit.text().strip()
            return {
                "answer": _parse_number(self.numeric.value_edit.text()),
                "tolerance": _parse_number(tolerance_text) if tolerance_text else 0,
                "unit": unit or None,
            }
        if qtype is QuestionType.SHORT_ANSWER:
            return {"answer": [values[0] for values in self.accepted_editor.rows()]}
        if qtype is QuestionType.ORDERING:
            return {"answer": [values[0] for values in self.ordering_editor.rows()]}
        return {"answer": [list(values) for values in self.matching_editor.rows()]}

    # ------------------------------------------------------------ behaviour

    @Slot()
    def _type_changed(self) -> None:
        qtype = self.question_type()
        current = self._answer_pages[qtype]
        # The stack takes the height of its current page only, not of its tallest page.
        for page in self._answer_pages.values():
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.answer_stack.setCurrentWidget(current)
        self.answer_stack.adjustSize()
        self.choices_editor.set_single_mark(qtype is QuestionType.SINGLE_CHOICE)
        self.answer_label.setText(
            "Choices:"
            if qtype.has_choices
            else "Pairs:"
            if qtype is QuestionType.MATCHING
            else "Answer:"
        )
        self._edited()

    @Slot()
    def _edited(self) -> None:
        if self._loading:
            return
        self._revalidate()
        self.changed.emit()

    def _revalidate(self) -> None:
        was_valid = self.is_valid()
        old_error = self.error()
        checked = check_question(self.document())
        self._question = checked if isinstance(checked, Question) else None
        self._problem = checked if isinstance(checked, FieldProblem) else None
        self._show_problem()
        if was_valid != self.is_valid() or old_error != self.error():
            self.validity_changed.emit(self.is_valid(), self.error())

    def _show_problem(self) -> None:
        colour = status_colours(self.palette()).error
        self.error_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.error_label.setText(self.error())
        if self._outlined is not None and shiboken6.isValid(self._outlined):
            self._outlined.setStyleSheet("")
        self._outlined = None if self._problem is None else self._field_widget(self._problem)
        if self._outlined is not None:
            kind = self._outlined.metaObject().className()
            self._outlined.setStyleSheet(f"{kind} {{ border: 2px solid {colour}; }}")

    def _field_widget(self, problem: FieldProblem) -> QWidget:
        """The widget that shows `problem`'s field (its row, its column)."""
        rows_editor = {
            FormField.CHOICES: self.choices_editor,
            FormField.CORRECT_CHOICES: self.choices_editor,
            FormField.ACCEPTED: self.accepted_editor,
            FormField.ITEMS: self.ordering_editor,
            FormField.PAIRS: self.matching_editor,
        }.get(problem.field)
        if rows_editor is not None:
            rows = rows_editor.row_widgets()
            if problem.field is FormField.CORRECT_CHOICES:
                marks = [row.mark for row in rows if row.mark is not None]
                return marks[0] if marks else rows_editor.add_button
            if problem.row is None or not 0 <= problem.row < len(rows):
                return rows_editor.add_button
            edits = rows[problem.row].edits
            return edits[min(problem.column or 0, len(edits) - 1)]
        widgets: dict[FormField, QWidget] = {
            FormField.ID: self.id_label,
            FormField.TYPE: self.type_combo,
            FormField.PROMPT: self.prompt_edit,
            FormField.TRUE_FALSE: self.true_false.true_button,
            FormField.VALUE: self.numeric.value_edit,
            FormField.TOLERANCE: self.numeric.tolerance_edit,
            FormField.UNIT: self.numeric.unit_edit,
            FormField.TOPIC: self.topic_edit,
            FormField.DIFFICULTY: self.difficulty_combo,
            FormField.TAGS: self.tags_edit,
            FormField.EXPLANATION: self.explanation_edit,
            FormField.QUOTE: self.quote_edit,
            FormField.PARAGRAPH: self.paragraph_spin,
        }
        return widgets[problem.field]
