"""Generate-then-review, driven as a teacher would: load an article, wait for the worker, accept,
edit and reject proposals, save them, and check the database; cancelling really cancels."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quizzes.generate import generate_quiz
from quizzes.generate.reader import read_article
from quizzes.model import parse_quizset
from quizzes.store.repository import Store
from tests.conftest import SEED_ARTICLE, quizset_document
from tests.ui.driving import press, retype, when_modal
from ui.editor import QuestionDialog
from ui.generate_review import ACCEPTED, GenerateReviewWindow


@pytest.fixture
def store(db_url):
    opened = Store.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def seed_result():
    """What the generator proposes for the seed article (it is deterministic)."""
    return generate_quiz(read_article(SEED_ARTICLE))


def open_review(qtbot, store: Store, **kwargs) -> GenerateReviewWindow:
    window = GenerateReviewWindow(store, **kwargs)
    qtbot.addWidget(window, before_close_func=GenerateReviewWindow.discard_changes)
    window.show()
    return window


def generate(qtbot, window: GenerateReviewWindow) -> None:
    with qtbot.waitSignal(window.generation_finished, timeout=30_000):
        qtbot.mouseClick(window.generate_button, Qt.MouseButton.LeftButton)


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_review_an_article_then_save_a_new_set(qtbot, store, seed_result):
    window = open_review(qtbot, store)
    assert window.open_file(SEED_ARTICLE)
    generate(qtbot, window)
    proposals = seed_result.quizset.questions
    assert window.pages.currentIndex() == 1
    assert window.proposal_list.count() == len(proposals) > 4

    # The first proposal is shown with its evidence highlighted in its paragraph.
    first = proposals[0]
    assert window.detail_prompt.text() == first.prompt
    paragraph = seed_result.report.paragraphs[first.evidence.paragraph - 1]
    assert first.evidence.quote in paragraph
    assert window.article_view.highlighted_texts() == [first.evidence.quote]

    click(qtbot, window.accept_button)  # 1 accepted, moves on to 2
    assert window.current_row() == 1
    click(qtbot, window.accept_button)  # 2 accepted
    click(qtbot, window.reject_button)  # 3 rejected

    def edit_prompt(dialog: QWidget) -> None:
        assert isinstance(dialog, QuestionDialog)
        retype(qtbot, dialog.form.prompt_edit, "")
        assert not dialog.ok_button.isEnabled()  # a broken question cannot be kept
        retype(qtbot, dialog.form.prompt_edit, "Reworded by the teacher?")
        click(qtbot, dialog.ok_button)

    seen = when_modal(qtbot, edit_prompt)
    click(qtbot, window.edit_button)  # 4 edited, which accepts it
    assert seen
    assert window.counts_label.text().startswith(f"{len(proposals)} proposed: 3 accepted, 1 rej")

    retype(qtbot, window.new_title_edit, "Astana summit, reviewed")
    click(qtbot, window.save_button)

    (summary,) = store.list_sets()
    assert summary.title == "Astana summit, reviewed"
    stored = store.get_quizset(summary.id)
    assert [q.id for q in stored.questions] == [proposals[i].id for i in (0, 1, 3)]
    assert stored.questions[:2] == proposals[:2]
    assert stored.questions[2].prompt == "Reworded by the teacher?"
    assert stored.source.sha256 == seed_result.quizset.source.sha256
    assert not window.save_button.isEnabled()  # saved ones are not saved twice


def test_conflicts_are_listed_and_highlight_their_evidence(qtbot, store, seed_result):
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    generate(qtbot, window)
    conflicts = seed_result.report.conflicts
    assert window.conflict_list.count() == len(conflicts) >= 1
    assert window.conflict_list.item(0).text().startswith(conflicts[0].topic)
    window.conflict_list.setCurrentRow(0)
    highlighted = window.article_view.highlighted_texts()
    assert len(highlighted) == len(conflicts[0].evidence)
    for text, evidence in zip(highlighted, conflicts[0].evidence, strict=True):
        assert text in {evidence.quote, seed_result.report.paragraphs[evidence.paragraph - 1]}


def test_pasted_text_can_be_accepted_in_one_go_into_an_existing_set(qtbot, store, seed_result):
    existing = store.add_quizset(parse_quizset(quizset_document("Class set")))
    window = open_review(qtbot, store)
    QApplication.clipboard().setText(read_article(SEED_ARTICLE))
    window.article_edit.setFocus()
    qtbot.keyClick(window.article_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    generate(qtbot, window)
    click(qtbot, window.reject_button)
    click(qtbot, window.accept_all_button)
    assert window.decisions.count(ACCEPTED) == len(seed_result.quizset.questions) - 1

    window.existing_set_radio.setChecked(True)
    window.existing_set_combo.setCurrentIndex(window.existing_set_combo.findData(existing.id))
    with qtbot.waitSignal(window.sets_changed):
        click(qtbot, window.save_button)
    stored = store.get_quizset(existing.id).questions
    assert len(stored) == 7 + len(seed_result.quizset.questions) - 1
    assert [q.id for q in stored[7:]] == [q.id for q in seed_result.quizset.questions[1:]]


def test_an_article_without_facts_gives_a_clear_message(qtbot, store):
    window = open_review(qtbot, store)
    qtbot.keyClicks(window.article_edit, "Hello there.")
    qtbot.keyClick(window.article_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.article_edit, "This text is about nothing much.")
    generate(qtbot, window)
    assert window.pages.currentIndex() == 0
    assert window.status_label.text().startswith("No questions: no usable facts found")
    assert window.generate_button.isEnabled()


def test_cancel_stops_waiting_and_ignores_the_late_result(qtbot, store, seed_result):
    release = threading.Event()

    def slow_generator(text: str):
        release.wait(10)
        return seed_result

    window = open_review(qtbot, store, generate=slow_generator)
    qtbot.keyClicks(window.article_edit, "Some article text.")
    click(qtbot, window.generate_button)
    assert window.is_busy()
    assert window.progress_bar.isVisible() and window.cancel_button.isVisible()
    assert not window.generate_button.isEnabled()
    qtbot.wait(50)  # the GUI keeps running while the worker is busy

    click(qtbot, window.cancel_button)
    assert not window.is_busy()
    assert not window.progress_bar.isVisible()
    assert window.generate_button.isEnabled()
    assert window.status_label.text() == "Cancelled. Nothing was generated."

    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # let the late result arrive, to be ignored
    assert window.pages.currentIndex() == 0
    assert window.proposals == []


def test_closing_with_accepted_questions_unsaved_asks(qtbot, store):
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    generate(qtbot, window)
    click(qtbot, window.accept_button)
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Cancel))
    window.close()
    assert seen[0].objectName() == "unsavedReviewBox"
    assert window.isVisible()
    when_modal(qtbot, press(QMessageBox.StandardButton.Discard))
    window.close()
    assert not window.isVisible()
    assert store.list_sets() == []


def test_a_missing_file_is_refused_with_its_name(qtbot, store, tmp_path):
    window = open_review(qtbot, store)
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Ok))
    assert not window.open_file(tmp_path / "gone.txt")
    assert "gone.txt: no such file" in seen[0].text()
    assert window.article_edit.toPlainText() == ""


def test_the_teacher_menu_opens_the_review_window(qtbot, db_url):
    from ui.main_window import MainWindow

    window = MainWindow(lambda: Store.open(db_url), db_url)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load()
    action = next(
        a for a in window.teacher_menu().actions() if a.text() == "&New set from article…"
    )
    action.trigger()
    review = window.findChild(GenerateReviewWindow)
    assert review is not None and review.isVisible()
    assert review.pages.currentIndex() == 0
    review.close()


def test_closing_the_window_while_generating_leaves_the_worker_harmless(qtbot, store, seed_result):
    release = threading.Event()
    results: list[str] = []

    def slow_generator(text: str):
        release.wait(10)
        results.append("done")
        return seed_result

    window = GenerateReviewWindow(store, generate=slow_generator)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    qtbot.keyClicks(window.article_edit, "Some article text.")
    click(qtbot, window.generate_button)
    with qtbot.waitSignal(window.destroyed):
        window.close()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the late result is delivered to nobody
    assert results == ["done"]
    assert store.list_sets() == []


def test_a_new_set_needs_a_title(qtbot, store):
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    generate(qtbot, window)
    click(qtbot, window.accept_button)
    assert window.decisions[0] == ACCEPTED
    retype(qtbot, window.new_title_edit, "")
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Ok))
    click(qtbot, window.save_button)
    assert seen and seen[0].text() == "title: must not be empty"
    assert store.list_sets() == []
    assert window.decisions[0] == ACCEPTED  # still there, to save under a title
