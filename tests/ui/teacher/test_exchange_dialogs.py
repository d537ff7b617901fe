"""Import and export on screen: the import report, the duplicate question, the export dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quizzes.store.repository import SetSummary, Store
from tests.conftest import MOODLE_FIXTURE, quizset_document
from ui.teacher.exchange_dialogs import ExportDialog, ImportFlow


def titles(store: Store) -> list[str]:
    return [s.title for s in store.list_sets()]


class Importer:
    """Runs imports through one `ImportFlow` and waits for each to end."""

    def __init__(self, qtbot, flow: ImportFlow) -> None:
        self.qtbot, self.flow = qtbot, flow
        self.stored: list[SetSummary] = []
        flow.imported.connect(self.stored.append)

    def run(self, path: Path) -> SetSummary | None:
        before = len(self.stored)
        with self.qtbot.waitSignal(self.flow.finished, timeout=60_000):
            self.flow.import_path(path)
        return self.stored[before] if len(self.stored) > before else None


@pytest.mark.shared_files(MOODLE_FIXTURE)
def test_import_shows_the_report_and_asks_before_a_second_copy(qtbot, store):
    answers: list[bool] = []
    questions: list[str] = []

    def ask(_parent, question: str) -> bool:
        questions.append(question)
        return answers.pop(0)

    flow = ImportFlow(store, ask=ask, show_error=lambda _p, m: pytest.fail(m))
    importer = Importer(qtbot, flow)
    summary = importer.run(MOODLE_FIXTURE)
    assert summary is not None and summary.question_count == 8
    dialog = flow.report_dialog
    qtbot.addWidget(dialog)
    report = dialog.report.toPlainText()
    assert "Stored 8 questions as 'moodle-gift-fixture-questions'." in report
    assert "question 1 'Q8' (line 2): an essay" in report
    assert "distractor 'Chat' not carried" in report

    answers.append(False)
    assert importer.run(MOODLE_FIXTURE) is None
    assert "already stored as 'moodle-gift-fixture-questions'" in questions[0]
    assert titles(store).count("moodle-gift-fixture-questions") == 1
    answers.append(True)
    assert importer.run(MOODLE_FIXTURE) is not None
    assert titles(store).count("moodle-gift-fixture-questions") == 2
    qtbot.addWidget(flow.report_dialog)


@pytest.mark.shared_files(MOODLE_FIXTURE)
def test_enter_on_import_again_keeps_a_single_copy(qtbot, store):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    flow = ImportFlow(store, show_error=lambda _p, m: pytest.fail(m))
    importer = Importer(qtbot, flow)
    assert importer.run(MOODLE_FIXTURE) is not None
    qtbot.addWidget(flow.report_dialog)
    defaults: list[str] = []

    asked: list[str] = []

    def press_enter_on_the_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # the progress dialog may come first
            QTimer.singleShot(20, press_enter_on_the_question)
            return
        asked.append(box.windowTitle())
        defaults.append(box.defaultButton().text().replace("&", ""))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter_on_the_question)
    assert importer.run(MOODLE_FIXTURE) is None
    assert asked == ["Import again?"]
    assert defaults == ["No"]
    assert titles(store).count("moodle-gift-fixture-questions") == 1


def test_a_malformed_file_shows_the_error_and_stores_nothing(qtbot, store, tmp_path):
    path = tmp_path / "broken.gift"
    path.write_text("::a::Fine?{T}\n\n::b::Which? {=x ~y\n", encoding="utf-8")
    errors: list[str] = []
    flow = ImportFlow(store, ask=lambda _p, _q: True, show_error=lambda _p, m: errors.append(m))
    before = titles(store)
    assert Importer(qtbot, flow).run(path) is None
    assert errors == [f"{path}:3:13: the answer block opened here is never closed with '}}'"]
    assert titles(store) == before


def add_sample_set(store: Store, title: str = "SCO basics") -> None:
    from quizzes.model import parse_quizset

    store.add_quizset(parse_quizset(quizset_document(title)))


def test_export_dialog_opens_on_the_chosen_set_and_forgets_an_old_message(qtbot, store, tmp_path):
    add_sample_set(store, "First set")
    add_sample_set(store, "Second set")
    second = next(s.id for s in store.list_sets() if s.title == "Second set")
    dialog = ExportDialog(store, selected_set_id=second)
    qtbot.addWidget(dialog)
    assert dialog.set_combo.currentText() == "Second set"
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "second.json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Written: second.json")
    assert dialog.chosen_format != "csv"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.status.text() == ""


def test_export_dialog_writes_gift_and_shows_what_was_converted(qtbot, store, tmp_path):
    add_sample_set(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.set_combo.setCurrentIndex(dialog.set_combo.findText("SCO basics"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("gift"))
    assert not dialog.variants.isEnabled()
    out = tmp_path / "sco.gift"
    qtbot.keyClicks(dialog.path_edit, str(out))
    with qtbot.waitSignal(dialog.exported) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [[out]]
    assert "::sco-newest::" in out.read_text(encoding="utf-8")
    assert "ordering question 6 'Order from north to south.' written as matching" in (
        dialog.status.text()
    )
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText


def test_pdf_export_needs_the_teacher_for_the_keys(qtbot, store, tmp_path):
    add_sample_set(store)
    allowed: list[bool] = [False]
    dialog = ExportDialog(store, require_teacher=lambda _w, _s, _p: allowed[0])
    qtbot.addWidget(dialog)
    dialog.set_combo.setCurrentIndex(dialog.set_combo.findText("SCO basics"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    assert dialog.variants.isEnabled()
    dialog.variants.setValue(2)
    papers = tmp_path / "papers"
    papers.mkdir()
    qtbot.keyClicks(dialog.path_edit, str(papers / "exam.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "answer keys need the teacher PIN" in dialog.status.text()
    assert list(papers.iterdir()) == []
    allowed[0] = True
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = sorted(p.name for p in papers.iterdir())
    assert written == ["exam-A-key.pdf", "exam-A.pdf", "exam-B-key.pdf", "exam-B.pdf"]
    assert "Written: exam-A.pdf, exam-A-key.pdf" in dialog.status.text()


def test_teacher_menu_gets_import_and_export(qtbot, db_url):
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    window.load()
    add_sample_set(window.store, "Another set")
    add_sample_set(window.store, "Menu set")
    window.refresh()
    window.home.select_set(next(s.id for s in window.store.list_sets() if s.title == "Menu set"))
    actions = {a.text(): a for a in window.teacher_menu().actions()}
    assert "&Import questions…" in actions
    assert [a.text() for a in window.teacher_menu().actions()].count("E&xport a set…") == 1
    actions["E&xport a set…"].trigger()
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
    ]
    assert dialog.isVisible() and dialog.set_combo.currentText() == "Menu set"  # Home's choice
    dialog.close()


def test_export_dialog_with_no_sets_says_so(qtbot, store):
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == "There is no set to export yet."


def test_the_imported_sets_title_is_ready_to_be_changed_at_once(qtbot, store, tmp_path):
    import json

    from PySide6.QtWidgets import QDialogButtonBox

    store.create_set("Taken title")
    path = tmp_path / "trade.quiz.json"
    path.write_text(json.dumps(quizset_document("Imported title")), encoding="utf-8")
    flow = ImportFlow(store, show_error=lambda _p, m: pytest.fail(m))
    renamed: list[SetSummary] = []
    flow.set_renamed.connect(renamed.append)
    summary = Importer(qtbot, flow).run(path)
    assert summary is not None
    dialog = flow.report_dialog  # it deletes itself once closed
    field = dialog.title_edit
    assert field.selectedText() == "Imported title"  # typing replaces it

    qtbot.keyClicks(field, "taken TITLE")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.title_message.text() == (
        "There is already a set called 'taken TITLE'; choose another title."
    )
    assert store.find_set(summary.id).title == "Imported title"
    assert dialog.isVisible() and renamed == []

    field.selectAll()
    qtbot.keyClicks(field, "Trade, 2024")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert store.find_set(summary.id).title == "Trade, 2024"
    assert [s.title for s in renamed] == ["Trade, 2024"]

    field.selectAll()
    qtbot.keyClicks(field, "Trade, 2024 (final)")
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    with qtbot.waitSignal(dialog.finished, timeout=5000):  # Close keeps what was typed
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert store.find_set(summary.id).title == "Trade, 2024 (final)"
