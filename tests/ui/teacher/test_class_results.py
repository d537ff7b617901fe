"""The class results window, used as a teacher would: sorting, importing, exporting, statistics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from quizzes.classroom.results_file import write_results_file
from quizzes.store.repository import Store
from tests.results_fixtures import add_sample_set, attempt, profile, results_of
from ui.main_window import MainWindow
from ui.teacher.class_results import ClassResultsWindow, ClassTableModel, QuestionStatsModel
from ui.teacher.teacher_lock_dialog import PinEntryDialog

QUESTIONS = ("sco-newest", "eaeu", "leaders")


def _class_of_four(store: Store):
    sco = add_sample_set(store)
    table = {"Asel": (1, 1, 1), "Bolat": (1, 1, 0), "Chingiz": (1, 0, 0), "Dana": (0, 0, 1)}
    attempts = [
        attempt(profile(name), sco, dict(zip(QUESTIONS, row, strict=True)), minutes=i)
        for i, (name, row) in enumerate(table.items())
    ]
    return sco, results_of(attempts, [sco])


def _cells(view) -> list[list[str]]:
    model = view.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _open(qtbot, store, **choosers) -> ClassResultsWindow:
    window = ClassResultsWindow(store, **choosers)
    qtbot.addWidget(window)
    window.show()
    return window


def test_rows_per_student_sort_by_best_score(qtbot, store):
    _, results = _class_of_four(store)
    store.class_results.import_results(results, "x.json")
    window = _open(qtbot, store)
    assert [row[:5] for row in _cells(window.class_view)] == [
        ["Asel", "SCO basics", "1", "100%", "100%"],
        ["Bolat", "SCO basics", "1", "67%", "67%"],
        ["Chingiz", "SCO basics", "1", "33%", "33%"],
        ["Dana", "SCO basics", "1", "33%", "33%"],
    ]
    header = window.class_view.horizontalHeader()
    best_x = header.sectionViewportPosition(3) + 5
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(best_x, 5),
    )
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(best_x, 5),
    )
    assert [row[0] for row in _cells(window.class_view)][:2] == ["Asel", "Bolat"]
    assert window.class_view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    topics = [window.class_view.model().headerData(c, Qt.Orientation.Horizontal) for c in (6, 7, 8)]
    assert topics == ["SCO membership", "Organisations", "Leaders"]


def test_import_asks_for_the_pin_then_merges_the_chosen_files(qtbot, store, tmp_path):
    _, results = _class_of_four(store)
    path = tmp_path / "laptop2.json"
    write_results_file(results, path)
    store.teacher_lock().set_pin("9753")
    chosen: list[int] = []

    def choose(_parent):
        chosen.append(1)
        return [path]

    window = _open(qtbot, store, choose_results_files=choose)
    assert window.class_stack.currentWidget() is window.class_empty

    def type_pin() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PinEntryDialog)
        qtbot.keyClicks(dialog.pin_edit, "9753")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_pin)
    with qtbot.waitSignal(window.results_imported):
        qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    assert chosen == [1]
    assert window.status.text() == (
        "laptop2.json: 4 attempts added, 0 already present; "
        "new students: Asel, Bolat, Chingiz, Dana"
    )
    assert len(_cells(window.class_view)) == 4

    window.import_files([path])  # the same file again: nothing changes
    assert window.status.text() == "laptop2.json: 0 attempts added, 4 already present"
    assert len(store.class_results.class_rows()) == 4


def test_cancelling_the_pin_never_opens_the_file_chooser(qtbot, store):
    _class_of_four(store)
    store.teacher_lock().set_pin("9753")
    window = _open(qtbot, store, choose_results_files=lambda _p: pytest.fail("no PIN, no files"))

    def cancel() -> None:
        QApplication.activeModalWidget().reject()

    QTimer.singleShot(0, cancel)
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    assert store.class_results.class_rows() == []


def test_a_bad_file_is_reported_and_changes_nothing(qtbot, store, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    window = _open(qtbot, store, choose_results_files=lambda _p: [bad])
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)  # no PIN set
    assert window.status.text().startswith(f"Not imported — {bad}: not valid JSON at line 1")
    assert store.class_results.class_rows() == []


def test_export_csv_writes_the_rows_shown(qtbot, store, tmp_path):
    _, results = _class_of_four(store)
    store.class_results.import_results(results, "x.json")
    target = tmp_path / "class.csv"
    window = _open(qtbot, store, choose_csv_path=lambda _p: target)
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Student,Set,Attempts,Best %")
    assert lines[1].startswith("Asel,SCO basics,1,100.0,100.0,")
    assert len(lines) == 5
    assert window.status.text() == f"Wrote 4 rows to {target}"


def test_export_this_computers_results_then_import_elsewhere(qtbot, store, tmp_path):
    sco, results = _class_of_four(store)
    store.class_results.import_results(results, "x.json")
    target = tmp_path / "mine.json"
    window = _open(qtbot, store, choose_results_path=lambda _p: target)
    qtbot.mouseClick(window.export_results_button, Qt.MouseButton.LeftButton)
    assert window.status.text() == f"Wrote 4 attempts to {target}"
    other = Store.open(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        add_sample_set(other, set_id=sco.id)
        from quizzes.classroom.results_file import read_results_file

        outcome = other.class_results.import_results(read_results_file(target), "mine.json")
        assert outcome.added == 4
    finally:
        other.close()


def _statistics_rows(qtbot, store, set_id: str) -> tuple[ClassResultsWindow, dict]:
    window = _open(qtbot, store)
    window.tabs.setCurrentIndex(1)
    window.stats_set_combo.setCurrentIndex(window.stats_set_combo.findData(set_id))
    rows = {row[1].split(" — ")[0]: row for row in _cells(window.stats_view)}
    return window, rows


def _row_of(window: ClassResultsWindow, label: str) -> int:
    model = window.stats_view.model()
    return next(r for r in range(model.rowCount()) if label in str(model.index(r, 1).data()))


def test_statistics_of_four_students_say_they_are_too_few(qtbot, store):
    sco, results = _class_of_four(store)
    store.class_results.import_results(results, "x.json")
    window, rows = _statistics_rows(qtbot, store, sco.id)
    assert rows["eaeu"][3:] == ["4", "50%", "—", ""]
    assert rows["leaders"][3:] == ["4", "50%", "—", ""]  # -30% from four students: not flagged
    assert rows["turkey-member"][3:6] == ["0", "—", "—"]
    assert window.stats_summary.text() == (
        "3 of 7 questions answered; 0 flagged (tinted) for a second look.\n"
        "Too few to trust: only 4 students answered, and at least 5 are needed before the "
        "discrimination means anything, so it is shown as “—” and not flagged."
    )
    assert window.stats_summary.isVisible()
    model = window.stats_view.model()
    tip = model.index(_row_of(window, "eaeu"), 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        "Only 4 answers: at least 5 are needed before the discrimination means anything."
    )
    window.resize(900, 420)
    window.grab().save("/tmp/ts/stats_too_few.png")


def test_statistics_tab_flags_the_bad_question(qtbot, store):
    sco = add_sample_set(store)
    table = {
        "Asel": (1, 1, 1),
        "Bolat": (1, 1, 0),
        "Chingiz": (1, 0, 0),
        "Dana": (0, 0, 1),
        "Erlan": (0, 0, 1),
        "Farida": (1, 1, 0),
    }
    attempts = [
        attempt(profile(name), sco, dict(zip(QUESTIONS, row, strict=True)), minutes=i)
        for i, (name, row) in enumerate(table.items())
    ]
    store.class_results.import_results(results_of(attempts, [sco]), "x.json")
    window, rows = _statistics_rows(qtbot, store, sco.id)
    assert rows["eaeu"][3:6] == ["6", "50%", "44.7%"]
    assert rows["leaders"][5:] == ["-55.7%", "negative discrimination"]
    assert window.stats_summary.text() == (
        "3 of 7 questions answered; 2 flagged (tinted) for a second look."
    )
    model = window.stats_view.model()
    leaders_row = _row_of(window, "leaders")
    assert model.index(leaders_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(leaders_row, 5).data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_models_pass_qts_checks(qtmodeltester, store):
    _, results = _class_of_four(store)
    store.class_results.import_results(results, "x.json")
    class_model = ClassTableModel()
    class_model.set_rows(store.class_results.class_rows())
    qtmodeltester.check(class_model)
    stats_model = QuestionStatsModel()
    stats_model.set_statistics(store.class_results.question_statistics(store.list_sets()[0].id))
    qtmodeltester.check(stats_model)


def test_the_main_window_has_a_teacher_menu(qtbot, db_url):
    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    window.load()
    titles = [a.text() for a in window.teacher_menu().actions()]
    assert "&Class results…" in titles
    assert "Teacher &PIN…" in titles
    [menu] = [a for a in window.menuBar().actions() if a.text() == "&Teacher"]
    assert menu.menu() is window.teacher_menu()
    window.show_class_results()
    [opened] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClassResultsWindow)]
    assert opened.isVisible()
    opened.close()


def test_class_results_need_the_teacher_pin_when_one_is_set(qtbot, db_url):
    from quizzes.classroom.teacher_lock import TeacherLock
    from tests.ui.driving import when_modal

    store = Store.open(db_url)
    TeacherLock(store.settings).set_pin("5173")
    store.close()
    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    window.load()

    def opened() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, ClassResultsWindow)]

    asked = when_modal(qtbot, lambda dialog: dialog.reject())  # a student cancels
    window.show_class_results()
    assert [type(d) for d in asked] == [PinEntryDialog]
    assert not opened()

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, PinEntryDialog)
        qtbot.keyClicks(dialog.pin_edit, "5173")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)

    when_modal(qtbot, unlock)
    window.show_class_results()
    [window_opened] = opened()
    assert window_opened.isVisible()
    window_opened.close()
