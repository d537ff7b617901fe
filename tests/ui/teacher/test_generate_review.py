"""Generate-then-review, driven as a teacher would: load an article, choose how many questions,
which types and which seed, wait for the worker, accept, edit and reject proposals, save them,
and check the database; cancelling really cancels, and a refused article is explained."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from quizzes.authoring.review import Decision
from quizzes.errors import ArticleError
from quizzes.generate import generate_quiz
from quizzes.generate.reader import read_article
from quizzes.model import QuestionType, parse_quizset
from quizzes.practice.scoring import answer_key_text
from quizzes.progress import Progress
from quizzes.store.repository import Store
from tests.conftest import SEED_ARTICLE, quizset_document
from tests.ui.driving import press, retype, when_modal
from ui.teacher.editor import QuestionDialog
from ui.teacher.generate_review import (
    GenerateReviewWindow,
    GenerationOptions,
    generate_from_text,
)

NO_FACTS = " ".join(
    ["The weather was pleasant and everyone enjoyed the afternoon in the park by the river."] * 4
)


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


def paste(qtbot, window: GenerateReviewWindow, text: str) -> None:
    QApplication.clipboard().setText(text)
    window.article_edit.setFocus()
    qtbot.keyClick(window.article_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def tick_only(qtbot, window: GenerateReviewWindow, kept: set[QuestionType]) -> None:
    """Untick every question type not in `kept` (all start ticked)."""
    for question_type, box in window.type_boxes.items():
        if question_type not in kept:
            click(qtbot, box)


def proposal_keys(window: GenerateReviewWindow) -> list[tuple[str, str, list[str]]]:
    return [(q.id, q.prompt, list(q.choices)) for q in window.review.proposals]


def start_over(qtbot, window: GenerateReviewWindow) -> None:
    click(qtbot, window.start_over_button)
    assert window.pages.currentIndex() == 0


@pytest.mark.shared_files(SEED_ARTICLE)
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
    assert window.detail_answer.text() == answer_key_text(first)
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

    # What is accepted next is added to that set, not to a second set of the same title.
    assert window.existing_set_radio.isChecked()
    assert window.existing_set_combo.currentData() == summary.id
    window.proposal_list.setCurrentRow(4)
    click(qtbot, window.accept_button)
    click(qtbot, window.save_button)
    assert [s.title for s in store.list_sets()] == ["Astana summit, reviewed"]
    assert len(store.get_quizset(summary.id).questions) == 4


@pytest.mark.shared_files(SEED_ARTICLE)
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


@pytest.mark.shared_files(SEED_ARTICLE)
def test_pasted_text_can_be_accepted_in_one_go_into_an_existing_set(qtbot, store, seed_result):
    existing = store.add_quizset(parse_quizset(quizset_document("Class set")))
    window = open_review(qtbot, store)
    QApplication.clipboard().setText(read_article(SEED_ARTICLE))
    window.article_edit.setFocus()
    qtbot.keyClick(window.article_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    generate(qtbot, window)
    click(qtbot, window.reject_button)
    click(qtbot, window.accept_all_button)
    assert window.review.counts().accepted == len(seed_result.quizset.questions) - 1

    window.existing_set_radio.setChecked(True)
    window.existing_set_combo.setCurrentIndex(window.existing_set_combo.findData(existing.id))
    with qtbot.waitSignal(window.sets_changed):
        click(qtbot, window.save_button)
    stored = store.get_quizset(existing.id).questions
    assert len(stored) == 7 + len(seed_result.quizset.questions) - 1
    assert [q.id for q in stored[7:]] == [q.id for q in seed_result.quizset.questions[1:]]


def test_an_article_without_facts_is_explained_and_the_input_is_kept(qtbot, store):
    window = open_review(qtbot, store)
    paste(qtbot, window, NO_FACTS)
    retype(qtbot, window.seed_spin, "42")
    click(qtbot, window.type_boxes[QuestionType.MATCHING])
    chosen = window.options()
    with pytest.raises(ArticleError) as refusal:
        generate_from_text(NO_FACTS, chosen)
    shown: list[tuple[str, str, Qt.TextFormat]] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append((box.objectName(), box.text(), box.textFormat()))
        press(QMessageBox.StandardButton.Ok)(box)

    when_modal(qtbot, read_and_close)
    generate(qtbot, window)
    qtbot.waitUntil(lambda: bool(shown))

    # The whole explanation, every line of it, as plain text.
    assert shown == [("generationRefusedBox", str(refusal.value), Qt.TextFormat.PlainText)]
    first_line = str(refusal.value).strip().splitlines()[0]
    assert window.status_label.text() == f"No questions: {first_line}"
    assert window.pages.currentIndex() == 0
    assert window.article_edit.toPlainText() == NO_FACTS
    assert window.options() == chosen
    assert window.generate_button.isEnabled()


def test_a_long_refusal_is_shown_whole_as_plain_text(qtbot, store):
    message = "\n".join(
        [
            "No questions could be made from this article.",
            "Found: 2 facts in 3 paragraphs; none passed the checks:",
            *(f"  - fact {n}: <b>too vague</b> to ask about & not in the article" for n in (1, 2)),
            "",
            "What you can do: paste a longer news article, or tick more question types.",
        ]
    )

    def refusing_generator(text: str, options: GenerationOptions, _progress: Progress):
        raise ArticleError(message)

    window = open_review(qtbot, store, generate=refusing_generator)
    qtbot.keyClicks(window.article_edit, "Some article text.")
    seen: list[QWidget] = []

    def look(box: QWidget) -> None:
        seen.append(box)
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label.text() == message
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.height() >= label.heightForWidth(label.width())  # nothing cut off
        press(QMessageBox.StandardButton.Ok)(box)

    when_modal(qtbot, look)
    generate(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen))
    first_line = message.splitlines()[0]
    assert window.status_label.text() == f"No questions: {first_line}"


def test_a_crash_in_the_generator_goes_to_the_error_hook_not_a_second_dialog(qtbot, store):
    def broken_generator(text: str, options: GenerationOptions, _progress: Progress):
        raise RuntimeError("a bug")

    window = open_review(qtbot, store, generate=broken_generator)
    qtbot.keyClicks(window.article_edit, "Some article text.")
    with qtbot.captureExceptions() as exceptions:
        generate(qtbot, window)
    assert [str(e[1]) for e in exceptions] == ["a bug"]
    assert QApplication.activeModalWidget() is None
    assert window.status_label.text() == "No questions: the generator failed unexpectedly: a bug"
    assert window.generate_button.isEnabled()


def test_the_options_start_at_all_questions_every_type_and_seed_zero(qtbot, store):
    window = open_review(qtbot, store)
    assert window.count_spin.text() == "All"
    assert all(box.isChecked() for box in window.type_boxes.values())
    assert [box.text().replace("&", "") for box in window.type_boxes.values()] == [
        t.label for t in QuestionType
    ]
    assert window.seed_spin.value() == 0
    assert "same article and seed" in window.seed_spin.toolTip()
    assert window.options() == GenerationOptions(seed=0, count=None, types=None)


@pytest.mark.shared_files(SEED_ARTICLE)
def test_asking_for_three_questions_gives_three(qtbot, store):
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    retype(qtbot, window.count_spin, "3")
    generate(qtbot, window)
    assert window.pages.currentIndex() == 1
    assert window.proposal_list.count() == len(window.review.proposals) == 3
    assert window.shortfall_label.isHidden()


@pytest.mark.shared_files(SEED_ARTICLE)
def test_only_numeric_questions_when_only_numeric_is_ticked(qtbot, store):
    try:
        generate_quiz(read_article(SEED_ARTICLE), types={QuestionType.NUMERIC})
    except ArticleError:
        pytest.skip("the generator makes no numeric question from the seed article")
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    tick_only(qtbot, window, {QuestionType.NUMERIC})
    assert window.options().types == {QuestionType.NUMERIC}
    generate(qtbot, window)
    assert window.review.proposals
    assert {q.type for q in window.review.proposals} == {QuestionType.NUMERIC}


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_same_seed_gives_the_same_quiz_and_another_seed_another_order(qtbot, store):
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    retype(qtbot, window.seed_spin, "1")
    generate(qtbot, window)
    first = proposal_keys(window)
    assert first

    start_over(qtbot, window)
    generate(qtbot, window)
    assert proposal_keys(window) == first

    start_over(qtbot, window)
    retype(qtbot, window.seed_spin, "2")
    generate(qtbot, window)
    assert proposal_keys(window) != first


def test_unticking_every_type_disables_generate_with_a_hint(qtbot, store):
    window = open_review(qtbot, store)
    qtbot.keyClicks(window.article_edit, "Some article text.")
    assert window.generate_button.isEnabled() and window.types_hint.isHidden()
    tick_only(qtbot, window, set())
    assert not window.generate_button.isEnabled()
    assert window.types_hint.isVisible()
    assert "at least one question type" in window.types_hint.text()
    click(qtbot, window.type_boxes[QuestionType.ORDERING])
    assert window.generate_button.isEnabled() and window.types_hint.isHidden()


@pytest.mark.shared_files(SEED_ARTICLE)
def test_fewer_questions_than_asked_are_reported_with_the_generator_report(qtbot, store):
    expected = generate_quiz(read_article(SEED_ARTICLE), count=999)
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    retype(qtbot, window.count_spin, "999")
    generate(qtbot, window)
    given = len(window.review.proposals)
    assert given == len(expected.quizset.questions) < 999
    assert window.shortfall_label.isVisible()
    assert window.shortfall_label.text() == f"Asked for 999 questions; the article gave {given}."
    assert window.report_view.isVisible()
    assert window.report_view.toPlainText() == expected.report.summary().rstrip("\n")
    click(qtbot, window.report_toggle)  # the report folds away and comes back
    assert window.report_view.isHidden()
    click(qtbot, window.report_toggle)
    assert window.report_view.isVisible()


@pytest.mark.shared_files(SEED_ARTICLE)
def test_start_over_keeps_the_text_and_the_options(qtbot, store):
    asked: list[GenerationOptions] = []

    def recording_generator(text: str, options: GenerationOptions, progress: Progress):
        asked.append(options)
        return generate_from_text(text, options, progress)

    window = open_review(qtbot, store, generate=recording_generator)
    window.open_file(SEED_ARTICLE)
    retype(qtbot, window.count_spin, "5")
    click(qtbot, window.type_boxes[QuestionType.MATCHING])
    retype(qtbot, window.seed_spin, "42")
    generate(qtbot, window)
    start_over(qtbot, window)

    assert window.count_spin.value() == 5
    assert not window.type_boxes[QuestionType.MATCHING].isChecked()
    assert window.seed_spin.value() == 42
    assert window.article_edit.toPlainText()
    generate(qtbot, window)
    wanted = frozenset(QuestionType) - {QuestionType.MATCHING}
    assert asked == [GenerationOptions(seed=42, count=5, types=wanted)] * 2
    assert len(window.review.proposals) == 5
    assert QuestionType.MATCHING not in {q.type for q in window.review.proposals}


@pytest.mark.shared_files(SEED_ARTICLE)
def test_cancel_stops_waiting_and_ignores_the_late_result(qtbot, store, seed_result):
    release = threading.Event()

    def slow_generator(text: str, options: GenerationOptions, _progress: Progress):
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
    assert window.review.proposals == []


@pytest.mark.shared_files(SEED_ARTICLE)
def test_cancel_really_stops_the_generator_at_its_next_check(qtbot, store, seed_result):
    started = threading.Event()
    steps: list[int] = []

    def checking_generator(text: str, options: GenerationOptions, progress: Progress):
        started.set()
        for step in range(2000):
            progress.check(f"parsing paragraph {step + 1}")
            steps.append(step)
            time.sleep(0.001)
        return seed_result

    window = open_review(qtbot, store, generate=checking_generator)
    qtbot.keyClicks(window.article_edit, "Some article text.")
    click(qtbot, window.generate_button)
    assert started.wait(10)
    click(qtbot, window.cancel_button)
    assert window.status_label.text() == "Cancelled. Nothing was generated."
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert 0 < len(steps) < 2000  # the generator saw the cancel and stopped early
    qtbot.wait(50)
    assert window.pages.currentIndex() == 0 and window.review.proposals == []


@pytest.mark.shared_files(SEED_ARTICLE)
def test_closing_with_accepted_questions_unsaved_asks(qtbot, store):
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    generate(qtbot, window)
    click(qtbot, window.accept_button)
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Cancel))
    click(qtbot, window.close_button)  # the window's own Close button
    assert seen[0].objectName() == "unsavedReviewBox"
    assert window.isVisible()
    when_modal(qtbot, press(QMessageBox.StandardButton.Discard))
    click(qtbot, window.close_button)
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


@pytest.mark.shared_files(SEED_ARTICLE)
def test_closing_the_window_while_generating_leaves_the_worker_harmless(qtbot, store, seed_result):
    release = threading.Event()
    results: list[str] = []

    def slow_generator(text: str, options: GenerationOptions, _progress: Progress):
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


@pytest.mark.shared_files(SEED_ARTICLE)
def test_a_new_set_needs_a_title(qtbot, store):
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    generate(qtbot, window)
    click(qtbot, window.accept_button)
    assert window.review.decision(0) is Decision.ACCEPTED
    retype(qtbot, window.new_title_edit, "")
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Ok))
    click(qtbot, window.save_button)
    assert seen and seen[0].text() == "title: must not be empty"
    assert store.list_sets() == []
    assert window.review.decision(0) is Decision.ACCEPTED  # still there, to save under a title


def test_the_article_window_fits_the_screen_with_save_on_it(qtbot, store):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication

    window = open_review(qtbot, store)
    window.pages.setCurrentIndex(1)  # the review page, with "Save accepted questions" last
    screen = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.frameGeometry()
    assert screen.top() <= frame.top() and frame.bottom() <= screen.bottom()
    assert abs(frame.center().y() - screen.center().y()) <= 2
    save = window.save_button
    qtbot.waitUntil(save.isVisible)
    assert save.mapToGlobal(QPoint(0, save.height())).y() <= screen.bottom()


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_questions_to_check_first_are_marked_and_say_why(qtbot, store, seed_result):
    window = open_review(qtbot, store)
    window.open_file(SEED_ARTICLE)
    generate(qtbot, window)
    doubts = {d.number - 1: d for d in seed_result.report.to_check_first}
    assert doubts
    for row in range(window.proposal_list.count()):
        marked = "(check first)" in window.proposal_list.item(row).text()
        assert marked is (row in doubts)
        window.proposal_list.setCurrentRow(row)
        assert window.detail_doubt.isVisible() is (row in doubts)
        if row in doubts:
            assert window.detail_doubt.text() == f"Check first: {doubts[row].note}."
            assert window.detail_doubt.textFormat() == Qt.TextFormat.PlainText
    row = min(doubts)
    window.proposal_list.setCurrentRow(row)
    click(qtbot, window.reject_button)
    assert "(check first)" in window.proposal_list.item(row).text()  # the teacher's call stays
    assert window.review.decision(row) is Decision.REJECTED
