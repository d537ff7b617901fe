"""The teacher's side of exam sets, clicked as a teacher would: marking a set and releasing its
results in the editor, and the PIN asked before Teacher ▸ Export of an exam set and before
Teacher ▸ Import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from quizzes.model import parse_quizset
from quizzes.store.repository import Store
from tests.conftest import quizset_document
from tests.ui.driving import press, when_modal
from ui.main_window import MainWindow
from ui.teacher.editor import SetEditorWindow
from ui.teacher.exchange_dialogs import ExportDialog
from ui.teacher.teacher_lock_dialog import PinEntryDialog

PIN = "5173"


def open_window(qtbot, db_url: str) -> MainWindow:
    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def enter_pin(qtbot, pin: str | None):
    """Answer the PIN dialog: type `pin` and Unlock, or Cancel when `pin` is None."""

    def handle(dialog: QWidget) -> None:
        if pin is None or not isinstance(dialog, PinEntryDialog):
            dialog.close()  # any other dialog is closed too: the test then says what it was
            return
        qtbot.keyClicks(dialog.pin_edit, pin)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return handle


def test_the_editor_marks_an_exam_and_releases_its_results(qtbot, store):
    set_id = store.add_quizset(parse_quizset(quizset_document("Midterm"))).id
    editor = SetEditorWindow(store)
    qtbot.addWidget(editor, before_close_func=SetEditorWindow.discard_changes)
    editor.show()
    controls = editor.exam_controls
    assert not controls.exam_check.isChecked() and not controls.release_button.isEnabled()
    qtbot.mouseClick(controls.exam_check, Qt.MouseButton.LeftButton)
    assert store.find_set(set_id).answers_hidden
    assert controls.state_label.text().startswith("Students see their score only")
    assert "Midterm (exam)" in editor.set_list.item(0).text()
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(controls.release_button, Qt.MouseButton.LeftButton)
    assert seen and "Release the results of “Midterm”?" in seen[0].text()
    released = store.find_set(set_id)
    assert released.is_exam and not released.answers_hidden
    assert controls.state_label.text().startswith("Results released on ")
    assert not controls.release_button.isEnabled()
    qtbot.mouseClick(controls.exam_check, Qt.MouseButton.LeftButton)
    assert not store.find_set(set_id).is_exam


def exam_set_with_pin(db_url: str) -> None:
    store = Store.open(db_url)
    try:
        summary = store.add_quizset(parse_quizset(quizset_document("Midterm")))
        store.add_quizset(parse_quizset(quizset_document("Open practice", [])))
        store.mark_exam(summary.id, True)
        store.teacher_lock().set_pin(PIN)
    finally:
        store.close()


def export_dialog(qtbot, window: MainWindow) -> ExportDialog:
    actions = {a.text(): a for a in window.teacher_menu().actions()}
    actions["E&xport a set…"].trigger()
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)]
    qtbot.addWidget(dialog)
    return dialog


def test_teacher_export_of_an_exam_set_asks_the_pin(qtbot, db_url, tmp_path):
    exam_set_with_pin(db_url)
    window = open_window(qtbot, db_url)
    dialog = export_dialog(qtbot, window)
    dialog.set_combo.setCurrentIndex(dialog.set_combo.findText("Midterm"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    out = tmp_path / "midterm.quiz.json"
    qtbot.keyClicks(dialog.path_edit, str(out))
    asked = when_modal(qtbot, enter_pin(qtbot, None))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [type(d) for d in asked] == [PinEntryDialog]
    assert dialog.status.text() == (
        "Not exported: an exam set is exported only with the teacher PIN"
    )
    assert not out.exists()
    when_modal(qtbot, enter_pin(qtbot, PIN))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert '"exam": true' in out.read_text(encoding="utf-8")


def test_teacher_export_of_an_ordinary_set_asks_nothing(qtbot, db_url, tmp_path):
    exam_set_with_pin(db_url)
    window = open_window(qtbot, db_url)
    dialog = export_dialog(qtbot, window)
    dialog.set_combo.setCurrentIndex(dialog.set_combo.findText("Open practice"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    out = tmp_path / "open.csv"
    qtbot.keyClicks(dialog.path_edit, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Written: open.csv"
    assert out.exists()


def test_teacher_import_asks_the_pin_first(qtbot, db_url):
    exam_set_with_pin(db_url)
    window = open_window(qtbot, db_url)
    asked = when_modal(qtbot, enter_pin(qtbot, None))
    actions = {a.text(): a for a in window.teacher_menu().actions()}
    actions["&Import questions…"].trigger()
    assert [type(d) for d in asked] == [PinEntryDialog]
    texts = [label.text() for label in asked[0].findChildren(QLabel)]
    assert "Enter the teacher PIN to import question sets." in texts
    assert [s.title for s in window.store.list_sets()] == ["Midterm", "Open practice"]
