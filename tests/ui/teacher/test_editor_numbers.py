"""The question editor shows a numeric answer as plain digits with every decimal (not the
students' grouped display), so a teacher can change it and an untouched save keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizzes.model import parse_quizset
from tests.conftest import SAMPLE_QUESTIONS, quizset_document
from tests.ui.driving import retype
from ui.teacher.editor import SetEditorWindow


def test_a_numeric_answer_is_shown_plain_and_kept_exactly(qtbot, store):
    [border] = [q for q in SAMPLE_QUESTIONS if q["id"] == "border-length"]
    exact = {**border, "answer": 1234567.125, "tolerance": 0.0625}
    round_one = {**border, "id": "round", "answer": 7000, "tolerance": 500}
    set_id = store.add_quizset(parse_quizset(quizset_document("Figures", [exact, round_one]))).id
    editor = SetEditorWindow(store)
    qtbot.addWidget(editor, before_close_func=SetEditorWindow.discard_changes)
    editor.show()

    editor.question_view.setFocus()
    qtbot.keyClick(editor.question_view, Qt.Key.Key_Home)
    numeric = editor.form.numeric
    assert (numeric.value_edit.text(), numeric.tolerance_edit.text()) == ("1234567.125", "0.0625")
    qtbot.keyClick(editor.question_view, Qt.Key.Key_Down)
    assert (numeric.value_edit.text(), numeric.tolerance_edit.text()) == ("7000", "500")

    retype(qtbot, editor.form.prompt_edit, "Roughly how long?")  # an edit, so Save is offered
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    saved = store.get_quizset(set_id).questions
    assert saved[1].prompt == "Roughly how long?"
    assert [(q.answer, q.tolerance) for q in saved] == [(1234567.125, 0.0625), (7000, 500)]
