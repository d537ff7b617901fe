"""The question-set editor, driven as a teacher would: typing into the forms, clicking buttons,
answering the dialogs; then the database is read back to check what was stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from quizzes.model import Evidence, Question, QuestionType, parse_quizset
from quizzes.store.repository import Store
from tests.conftest import quizset_document
from tests.ui.driving import press, retype, when_modal
from ui.teacher.editor import SetEditorWindow
from ui.teacher.editor.row_list import RowListEditor


@pytest.fixture
def sample_set_id(store):
    return store.add_quizset(parse_quizset(quizset_document("SCO basics"))).id


def open_editor(qtbot, store: Store) -> SetEditorWindow:
    editor = SetEditorWindow(store)
    # At teardown, a draft left unsaved must not raise the (modal) unsaved-changes question.
    qtbot.addWidget(editor, before_close_func=SetEditorWindow.discard_changes)
    editor.show()
    return editor


def fill_rows(qtbot, rows_editor: RowListEditor, rows: list[tuple[str, ...]]) -> None:
    """Remove the rows shown, then add and type each wanted row."""
    while rows_editor.row_widgets():
        qtbot.mouseClick(rows_editor.row_widgets()[0].remove_button, Qt.MouseButton.LeftButton)
    for values in rows:
        qtbot.mouseClick(rows_editor.add_button, Qt.MouseButton.LeftButton)
        row = rows_editor.row_widgets()[-1]
        for edit, value in zip(row.edits, values, strict=True):
            qtbot.keyClicks(edit, value)


def mark(qtbot, rows_editor: RowListEditor, index: int) -> None:
    check_box = rows_editor.row_widgets()[index].mark
    check_box.setFocus()
    qtbot.keyClick(check_box, Qt.Key.Key_Space)


def choose_type(editor: SetEditorWindow, qtype: QuestionType) -> None:
    combo = editor.form.type_combo
    combo.setCurrentIndex(combo.findText(qtype.label))


def add_question(qtbot, editor: SetEditorWindow, qtype: QuestionType, prompt: str) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    choose_type(editor, qtype)
    retype(qtbot, editor.form.prompt_edit, prompt)


def create_set_through_dialog(qtbot, editor: SetEditorWindow, title: str) -> None:
    def type_title(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        qtbot.keyClicks(dialog.findChild(QLineEdit), title)
        dialog.accept()

    seen = when_modal(qtbot, type_title)
    qtbot.mouseClick(editor.new_set_button, Qt.MouseButton.LeftButton)
    assert seen, "the title dialog never appeared"


def test_a_teacher_builds_a_set_with_every_question_type(qtbot, store):
    editor = open_editor(qtbot, store)
    create_set_through_dialog(qtbot, editor, "Borders and blocs")
    set_id = editor.current_set_id()
    assert set_id is not None
    form = editor.form

    add_question(qtbot, editor, QuestionType.SINGLE_CHOICE, "Which country joined the SCO in 2024?")
    fill_rows(qtbot, form.choices_editor, [("Belarus",), ("Turkey",), ("Mongolia",)])
    mark(qtbot, form.choices_editor, 0)
    retype(qtbot, form.topic_edit, "SCO membership")
    form.difficulty_combo.setCurrentIndex(0)
    retype(qtbot, form.tags_edit, "sco, 2024")
    retype(qtbot, form.explanation_edit, "Belarus became a member in 2024.")
    retype(qtbot, form.quote_edit, "Belarus joined as the newest member.")
    form.paragraph_spin.setValue(12)
    assert form.error() == ""

    add_question(qtbot, editor, QuestionType.MULTIPLE_CHOICE, "Which of these are SCO members?")
    fill_rows(qtbot, form.choices_editor, [("India",), ("Turkey",), ("Iran",)])
    mark(qtbot, form.choices_editor, 0)
    mark(qtbot, form.choices_editor, 2)

    add_question(qtbot, editor, QuestionType.TRUE_FALSE, "Turkey is a full SCO member.")
    qtbot.mouseClick(form.true_false.false_button, Qt.MouseButton.LeftButton)

    add_question(qtbot, editor, QuestionType.NUMERIC, "How long is the Kazakh-Russian border?")
    qtbot.keyClicks(form.numeric.value_edit, "7000")
    qtbot.keyClicks(form.numeric.tolerance_edit, "500")
    qtbot.keyClicks(form.numeric.unit_edit, "km")

    add_question(qtbot, editor, QuestionType.SHORT_ANSWER, "Name the Russian-led economic bloc.")
    fill_rows(qtbot, form.accepted_editor, [("Eurasian Economic Union",), ("EAEU",)])

    add_question(qtbot, editor, QuestionType.ORDERING, "Order from north to south.")
    fill_rows(qtbot, form.ordering_editor, [("Kazakhstan",), ("Russia",), ("China",)])
    up = form.ordering_editor.row_widgets()[1].up_button
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)  # Russia before Kazakhstan

    add_question(qtbot, editor, QuestionType.MATCHING, "Match each leader to a country.")
    fill_rows(qtbot, form.matching_editor, [("Tokayev", "Kazakhstan"), ("Xi Jinping", "China")])
    assert editor.model.rowCount() == 7

    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)

    stored = store.get_quizset(set_id)
    assert stored.title == "Borders and blocs"
    assert [q.type for q in stored.questions] == list(QuestionType)
    single, multiple, true_false, numeric, short, ordering, matching = stored.questions
    assert single == Question(
        id="q1",
        type=QuestionType.SINGLE_CHOICE,
        prompt="Which country joined the SCO in 2024?",
        choices=["Belarus", "Turkey", "Mongolia"],
        answer="Belarus",
        explanation="Belarus became a member in 2024.",
        evidence=Evidence("Belarus joined as the newest member.", 12),
        topic="SCO membership",
        difficulty=1,
        tags=["sco", "2024"],
    )
    assert (multiple.choices, multiple.answer) == (["India", "Turkey", "Iran"], ["India", "Iran"])
    # A new question starts from the topic of the one before it.
    assert multiple.topic == "SCO membership"
    assert true_false.answer is False
    assert (numeric.answer, numeric.tolerance, numeric.unit) == (7000, 500, "km")
    assert short.answer == ["Eurasian Economic Union", "EAEU"]
    assert ordering.answer == ["Russia", "Kazakhstan", "China"]
    assert matching.answer == [("Tokayev", "Kazakhstan"), ("Xi Jinping", "China")]
    assert not editor.is_dirty()


def test_a_broken_question_shows_a_sentence_and_is_not_stored(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    form = editor.form
    assert editor.current_set_id() == sample_set_id
    retype(qtbot, form.prompt_edit, "Which state joined most recently?")
    assert editor.save_action.isEnabled()

    retype(qtbot, form.choices_editor.row_widgets()[1].edits[0], "belarus ")
    assert form.error_label.text() == "Choice 2 is the same as choice 1."
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Ok))
    editor.save_action.trigger()
    assert seen and seen[0].text().startswith("Question 1: Choice 2 is the same as choice 1.")
    # Nothing reached the database while the question was broken.
    assert store.get_quizset(sample_set_id).questions[0].prompt.startswith("Which country")

    retype(qtbot, form.choices_editor.row_widgets()[1].edits[0], "Turkey")
    assert form.error_label.text() == ""
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    saved = store.get_quizset(sample_set_id).questions[0]
    assert saved.prompt == "Which state joined most recently?"
    assert saved.answer == "Belarus"


def test_numeric_text_that_is_not_a_number_is_refused_as_typed(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    editor.question_view.setFocus()
    qtbot.keyClick(editor.question_view, Qt.Key.Key_End)
    qtbot.keyClick(editor.question_view, Qt.Key.Key_Up)
    qtbot.keyClick(editor.question_view, Qt.Key.Key_Up)
    qtbot.keyClick(editor.question_view, Qt.Key.Key_Up)
    assert editor.form.question_type() is QuestionType.NUMERIC
    retype(qtbot, editor.form.numeric.tolerance_edit, "-5")
    assert editor.form.error() == "The tolerance must be 0 or more, found -5."
    retype(qtbot, editor.form.numeric.value_edit, "about 7000")
    assert editor.form.error() == "The correct value must be a number, found 'about 7000'."


def test_delete_then_undo_then_reorder_then_save(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    original = store.get_quizset(sample_set_id).questions
    ids = [q.id for q in original]

    editor.question_view.setFocus()
    qtbot.keyClick(editor.question_view, Qt.Key.Key_Down)  # second question
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert [q.id for q in editor.model.questions()] == [ids[0], *ids[2:]]
    assert editor.is_dirty()

    editor.undo_action.trigger()
    assert [q.id for q in editor.model.questions()] == ids
    assert editor.current_row() == 1
    assert not editor.is_dirty()

    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)  # second becomes first
    editor.question_view.setFocus()
    qtbot.keyClick(editor.question_view, Qt.Key.Key_End)
    editor.move_up_action.trigger()  # Ctrl+Up: last moves up one
    expected = [ids[1], ids[0], *ids[2:5], ids[6], ids[5]]
    assert [q.id for q in editor.model.questions()] == expected

    # Dragging the first question below the third is one more undoable move.
    drag = editor.filter.mimeData([editor.filter.index(0, 0)])
    editor.filter.dropMimeData(drag, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    expected = [ids[0], ids[2], ids[1], *ids[3:5], ids[6], ids[5]]
    assert [q.id for q in editor.model.questions()] == expected

    editor.save_action.trigger()
    assert [q.id for q in store.get_quizset(sample_set_id).questions] == expected
    assert store.get_quizset(sample_set_id).questions[0] == original[0]


def test_a_drop_from_elsewhere_moves_nothing(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    foreign = QMimeData()
    foreign.setText("not a question")
    assert not editor.filter.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert editor.undo_stack.count() == 0


def test_closing_with_unsaved_changes_asks_first(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    retype(qtbot, editor.form.prompt_edit, "Changed but not saved")

    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Cancel))
    editor.close()
    assert seen and seen[0].objectName() == "unsavedChangesBox"
    assert "not saved" in seen[0].text()
    assert editor.isVisible()

    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Discard))
    editor.close()
    assert seen
    assert not editor.isVisible()
    assert store.get_quizset(sample_set_id).questions[0].prompt.startswith("Which country")


def test_the_unsaved_changes_box_can_save(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    retype(qtbot, editor.description_edit, "For the Monday class")
    when_modal(qtbot, press(QMessageBox.StandardButton.Save))
    editor.close()
    assert not editor.isVisible()
    assert store.get_quizset(sample_set_id).description == "For the Monday class"


def test_search_and_filters_narrow_the_list(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    assert len(editor.visible_prompts()) == 7

    qtbot.keyClicks(editor.search_edit, "kazakhstan")
    assert editor.visible_prompts() == [
        "How long is Kazakhstan's border with Russia?",
        "Name the Russian-led economic bloc Kazakhstan belongs to.",
        "Order from north to south.",  # an ordering item mentions it
        "Match each leader to their country.",
    ]
    assert not editor.up_button.isEnabled()  # no reordering in a filtered list

    editor.search_edit.clear()
    editor.topic_filter.setCurrentIndex(editor.topic_filter.findText("Borders and geography"))
    assert editor.visible_prompts() == [
        "How long is Kazakhstan's border with Russia?",
        "Order from north to south.",
    ]
    editor.difficulty_filter.setCurrentIndex(editor.difficulty_filter.findData(3))
    assert editor.visible_prompts() == ["Order from north to south."]

    editor.topic_filter.setCurrentIndex(0)
    editor.difficulty_filter.setCurrentIndex(0)
    editor.type_filter.setCurrentIndex(editor.type_filter.findText("True false"))
    assert editor.visible_prompts() == ["Turkey is a full member of the SCO."]


def test_set_operations_rename_duplicate_and_delete(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)

    def rename(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit)
        field.selectAll()
        qtbot.keyClicks(field, "SCO, revised")
        dialog.accept()

    seen = when_modal(qtbot, rename)
    qtbot.mouseClick(editor.rename_set_button, Qt.MouseButton.LeftButton)
    assert seen
    assert store.find_set(sample_set_id).title == "SCO, revised"
    assert editor.set_title_label.text() == "SCO, revised"

    qtbot.mouseClick(editor.duplicate_set_button, Qt.MouseButton.LeftButton)
    titles = sorted(s.title for s in store.list_sets())
    assert titles == ["SCO, revised", "SCO, revised (copy)"]
    copy_id = editor.current_set_id()
    assert copy_id != sample_set_id

    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(editor.delete_set_button, Qt.MouseButton.LeftButton)
    assert seen[0].objectName() == "confirmDeleteSet"
    assert len(store.list_sets()) == 2

    when_modal(qtbot, press(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(editor.delete_set_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in store.list_sets()] == [sample_set_id]
    assert editor.set_list.count() == 1


def test_changes_announce_themselves_so_the_main_window_can_refresh(qtbot, store):
    editor = open_editor(qtbot, store)
    with qtbot.waitSignal(editor.sets_changed, timeout=5000):
        create_set_through_dialog(qtbot, editor, "Fresh set")
    assert [s.title for s in store.list_sets()] == ["Fresh set"]


def test_titles_from_files_are_shown_as_plain_text(qtbot, store):
    store.add_quizset(parse_quizset(quizset_document("<b>Bold?</b>")))
    editor = open_editor(qtbot, store)
    assert editor.set_title_label.textFormat() == Qt.TextFormat.PlainText
    assert editor.set_title_label.text() == "<b>Bold?</b>"
    assert editor.form.error_label.textFormat() == Qt.TextFormat.PlainText


def test_preview_shows_the_question_with_the_runners_answer_widget(qtbot, store, sample_set_id):
    from ui.answers import MatchingWidget, SingleChoiceWidget

    editor = open_editor(qtbot, store)
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    preview = editor.preview_dialog
    assert preview is not None and preview.isVisible()
    assert preview.prompt_label.text() == store.get_quizset(sample_set_id).questions[0].prompt
    assert preview.prompt_label.textFormat() == Qt.TextFormat.PlainText
    assert isinstance(preview.answer_widget, SingleChoiceWidget)
    assert preview.answer_widget.given() is None

    editor.question_view.setFocus()
    qtbot.keyClick(editor.question_view, Qt.Key.Key_End)
    retype(qtbot, editor.form.prompt_edit, "Pair each leader with a country.")
    editor.preview_action.trigger()  # the edited, unsaved version is what is previewed
    assert editor.preview_dialog.prompt_label.text() == "Pair each leader with a country."
    assert isinstance(editor.preview_dialog.answer_widget, MatchingWidget)
    assert not preview.isVisible()  # one preview at a time


def test_the_teacher_menu_opens_the_editor_and_home_follows(qtbot, db_url):
    from ui.main_window import MainWindow

    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load()
    before = window.set_model.rowCount()
    titles = [a.text() for a in window.teacher_menu().actions()]
    assert "&Edit question sets…" in titles and "&New set from article…" in titles
    action = next(a for a in window.teacher_menu().actions() if a.text() == "&Edit question sets…")
    action.trigger()
    editor = window.findChild(SetEditorWindow)
    assert editor is not None and editor.isVisible()
    create_set_through_dialog(qtbot, editor, "Made from the menu")
    assert window.set_model.rowCount() == before + 1
    editor.close()


def test_the_question_models_pass_qts_model_checks(qtbot, qtmodeltester, store, sample_set_id):
    editor = open_editor(qtbot, store)
    qtmodeltester.check(editor.model)
    qtbot.keyClicks(editor.search_edit, "SCO")
    qtmodeltester.check(editor.filter)


def test_switching_sets_with_unsaved_changes_asks_and_cancel_stays(qtbot, store, sample_set_id):
    other = store.create_set("Another set")
    editor = open_editor(qtbot, store)
    assert editor.current_set_id() == other.id  # sets are listed by title
    editor.set_list.setCurrentRow(1)
    assert editor.current_set_id() == sample_set_id
    retype(qtbot, editor.form.prompt_edit, "Unsaved wording")

    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Cancel))
    editor.set_list.setCurrentRow(0)
    assert seen
    assert editor.current_set_id() == sample_set_id
    assert editor.set_list.currentRow() == 1
    assert editor.form.prompt_edit.toPlainText() == "Unsaved wording"

    when_modal(qtbot, press(QMessageBox.StandardButton.Discard))
    editor.set_list.setCurrentRow(0)
    assert editor.current_set_id() == other.id
    assert store.get_quizset(sample_set_id).questions[0].prompt.startswith("Which country")


def test_undo_of_typing_restores_the_form_and_redo_brings_it_back(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    original = editor.form.prompt_edit.toPlainText()
    retype(qtbot, editor.form.prompt_edit, "A new wording")
    assert editor.undo_stack.count() == 1  # the keystrokes merged into one edit
    editor.undo_action.trigger()
    assert editor.form.prompt_edit.toPlainText() == original
    assert not editor.is_dirty()
    editor.redo_action.trigger()
    assert editor.form.prompt_edit.toPlainText() == "A new wording"
    assert editor.model.question(0).prompt == "A new wording"


def test_retyping_a_filtered_field_keeps_the_question_in_the_form(qtbot, store, sample_set_id):
    editor = open_editor(qtbot, store)
    qtbot.keyClicks(editor.search_edit, "match each")
    editor.question_view.setFocus()
    qtbot.keyClick(editor.question_view, Qt.Key.Key_Home)
    assert editor.form.prompt_edit.toPlainText() == "Match each leader to their country."
    retype(qtbot, editor.form.prompt_edit, "Pair the presidents with countries.")
    assert editor.current_row() == 6
    assert editor.visible_prompts() == ["Pair the presidents with countries."]
    editor.save_action.trigger()
    assert store.get_quizset(sample_set_id).questions[6].prompt.startswith("Pair the presidents")


def test_closing_the_main_window_asks_about_the_editors_unsaved_changes(qtbot, db_url):
    from ui.main_window import MainWindow

    seeded = Store.open(db_url)
    set_id = seeded.add_quizset(parse_quizset(quizset_document("SCO basics"))).id
    seeded.close()
    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load()
    window.show_set_editor()
    editor = window.findChild(SetEditorWindow)
    editor.set_list.setCurrentRow(
        next(
            i
            for i in range(editor.set_list.count())
            if editor.set_list.item(i).data(Qt.ItemDataRole.UserRole) == set_id
        )
    )
    retype(qtbot, editor.form.prompt_edit, "Not saved yet")

    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Cancel))
    window.close()
    assert seen and seen[0].objectName() == "unsavedChangesBox"
    assert window.isVisible() and editor.isVisible()

    when_modal(qtbot, press(QMessageBox.StandardButton.Save))
    window.close()
    assert not window.isVisible()
    reopened = Store.open(db_url)
    assert reopened.get_quizset(set_id).questions[0].prompt == "Not saved yet"
    reopened.close()


def test_the_editor_fits_the_screen_with_its_save_button_on_it(qtbot, store):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication

    editor = open_editor(qtbot, store)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    frame = editor.frameGeometry()
    # The test screen (800 px) is narrower than the editor's three panes need; height is what
    # pushed Save off a 1366x768 laptop, so the window must fit top to bottom, centred.
    assert screen.top() <= frame.top() and frame.bottom() <= screen.bottom()
    assert abs(frame.center().y() - screen.center().y()) <= 2
    save = editor.save_button()
    assert save.mapToGlobal(QPoint(0, save.height())).y() <= screen.bottom()
