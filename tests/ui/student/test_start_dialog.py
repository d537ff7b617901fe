"""The Start dialog, filled in by keyboard and mouse, gives the quiz recipe the student chose."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from fsrs import Rating
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from quizzes.model import parse_quizset
from quizzes.practice.overview import StartOverview
from quizzes.practice.schedule import ReviewScheduler
from quizzes.practice.session import Mode
from tests.conftest import quizset_document
from ui.student.start_dialog import StartDialog

TOPICS = ["SCO membership", "Borders", "Leaders"]
NOON = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
NOTHING_ANSWERED = StartOverview([], frozenset(), {}, NOON)
QUESTIONS = parse_quizset(quizset_document()).questions
SAMPLE_TOPICS = list(dict.fromkeys(q.topic for q in QUESTIONS))


def make_dialog(qtbot, overview: StartOverview = NOTHING_ANSWERED, topics=TOPICS) -> StartDialog:
    dialog = StartDialog("SCO basics", topics, 12, overview, seed_source=random.Random(5))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answered_overview() -> StartOverview:
    """SCO membership: two wrong last time, one right; Organisations right; Leaders wrong.
    Now, one wrong card is learning and due, one is relearning and not due, a learnt card is
    due and another is not."""
    scheduler = ReviewScheduler()

    def card(rating: Rating, ago: timedelta, previous=None):
        state = scheduler.rate(previous, rating, 10.0, NOON - ago)
        return state.state, state.due

    learnt = card(Rating.Easy, timedelta(days=60))
    relearning = card(Rating.Again, timedelta(seconds=10), learnt[0])  # due in under a minute
    cards = {
        "sco-newest": card(Rating.Again, timedelta(hours=1)),  # learning, due
        "turkey-member": relearning,  # relearning, not yet due
        "sco-members": learnt,  # learnt, due (weeks ago)
        "eaeu": card(Rating.Easy, timedelta(hours=1)),  # learnt, due in days
        "leaders": card(Rating.Again, timedelta(hours=1)),  # learning, due
    }
    wrong = frozenset({"sco-newest", "turkey-member", "leaders"})
    return StartOverview(QUESTIONS, wrong, cards, NOON)


def mode_item(dialog: StartDialog, mode: Mode):
    return dialog.mode_combo.model().item(dialog.mode_combo.findData(mode.value))


def tick_only(qtbot, dialog: StartDialog, topic: str) -> None:
    qtbot.mouseClick(dialog.select_none_button, Qt.MouseButton.LeftButton)
    row = SAMPLE_TOPICS.index(topic)
    dialog.topic_list.setCurrentRow(row)
    qtbot.keyClick(dialog.topic_list, Qt.Key.Key_Space)
    assert dialog.chosen_topics() == [topic]


def test_practice_is_the_default_with_every_topic_and_no_time_limit(qtbot):
    dialog = make_dialog(qtbot)
    config = dialog.config()
    assert (config.mode, config.count, config.topics, config.time_limit_seconds) == (
        Mode.PRACTICE,
        10,
        [],
        None,
    )
    assert not dialog.minutes_spin.isVisible()
    assert dialog.mode_combo.itemText(3) == "Spaced repetition (0 due)"


def test_an_exam_with_a_time_limit_some_topics_and_balanced_quotas(qtbot):
    dialog = make_dialog(qtbot)
    dialog.mode_combo.setFocus()
    qtbot.keyClick(dialog.mode_combo, Qt.Key.Key_Down)
    assert dialog.mode() is Mode.EXAM and dialog.minutes_spin.isVisible()
    dialog.minutes_spin.selectAll()
    qtbot.keyClicks(dialog.minutes_spin, "25")
    dialog.count_spin.selectAll()
    qtbot.keyClicks(dialog.count_spin, "8")
    leaders = dialog.topic_list.item(2)
    dialog.topic_list.setCurrentItem(leaders)
    qtbot.keyClick(dialog.topic_list, Qt.Key.Key_Space)  # untick "Leaders"
    assert leaders.checkState() == Qt.CheckState.Unchecked
    qtbot.mouseClick(dialog.balance_check, Qt.MouseButton.LeftButton)
    config = dialog.config()
    assert config.time_limit_seconds == 25 * 60 and config.count == 8
    assert config.topics == ["SCO membership", "Borders"]
    assert config.topic_quotas == {"SCO membership": 4, "Borders": 4}
    assert config.seed != dialog.config().seed  # every start draws afresh (seed recorded)


def test_start_is_refused_with_no_topic(qtbot):
    dialog = make_dialog(qtbot)
    for row in range(dialog.topic_list.count()):
        dialog.topic_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()


def test_review_mistakes_counts_the_mistakes_of_the_ticked_topics(qtbot):
    dialog = make_dialog(qtbot, answered_overview(), SAMPLE_TOPICS)
    review = mode_item(dialog, Mode.REVIEW)
    assert review.text() == "Review mistakes (3)" and review.isEnabled()
    leaders = dialog.topic_list.item(SAMPLE_TOPICS.index("Leaders"))
    dialog.topic_list.setCurrentItem(leaders)
    qtbot.keyClick(dialog.topic_list, Qt.Key.Key_Space)  # untick "Leaders"
    assert review.text() == "Review mistakes (2)"
    dialog.select_mode(Mode.REVIEW)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_review_mistakes_is_unavailable_with_the_reason_when_there_are_none(qtbot):
    dialog = make_dialog(qtbot, answered_overview(), SAMPLE_TOPICS)
    dialog.select_mode(Mode.REVIEW)
    tick_only(qtbot, dialog, "Organisations")  # answered, and right
    review = mode_item(dialog, Mode.REVIEW)
    right = "No mistakes to review: every question in these topics was right last time."
    assert review.text() == "Review mistakes (0)" and not review.isEnabled()
    assert review.toolTip() == right
    assert dialog.mode_help.text() == right  # chosen before the topics changed: Start is off
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    tick_only(qtbot, dialog, "Borders and geography")  # never answered
    assert review.toolTip() == (
        "No mistakes to review yet: no question in these topics has been answered."
    )
    qtbot.mouseClick(dialog.select_all_button, Qt.MouseButton.LeftButton)
    assert review.isEnabled() and review.toolTip() == ""
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_mode_with_no_mistakes_cannot_be_chosen_with_the_keyboard(qtbot):
    dialog = make_dialog(qtbot)  # nothing answered yet
    dialog.mode_combo.setFocus()
    qtbot.keyClick(dialog.mode_combo, Qt.Key.Key_Down)  # Exam
    qtbot.keyClick(dialog.mode_combo, Qt.Key.Key_Down)  # past Review mistakes (0)
    assert dialog.mode() is Mode.SPACED


def test_new_learning_and_due_counts_follow_the_ticked_topics(qtbot):
    dialog = make_dialog(qtbot, answered_overview(), SAMPLE_TOPICS)
    assert dialog.counts_label.text() == "2 new   ·   2 learning   ·   1 due"
    assert mode_item(dialog, Mode.SPACED).text() == "Spaced repetition (3 due)"
    tick_only(qtbot, dialog, "SCO membership")
    assert dialog.counts_label.text() == "0 new   ·   1 learning   ·   1 due"
    assert mode_item(dialog, Mode.SPACED).text() == "Spaced repetition (2 due)"
    qtbot.mouseClick(dialog.select_none_button, Qt.MouseButton.LeftButton)
    assert dialog.counts_label.text() == "0 new   ·   0 learning   ·   0 due"


def test_select_all_and_select_none_tick_every_topic(qtbot):
    dialog = make_dialog(qtbot)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(dialog.select_none_button, Qt.MouseButton.LeftButton)
    states = {dialog.topic_list.item(i).checkState() for i in range(len(TOPICS))}
    assert states == {Qt.CheckState.Unchecked} and not ok.isEnabled()
    qtbot.mouseClick(dialog.select_all_button, Qt.MouseButton.LeftButton)
    states = {dialog.topic_list.item(i).checkState() for i in range(len(TOPICS))}
    assert states == {Qt.CheckState.Checked} and ok.isEnabled()
    assert dialog.config().topics == []


def test_the_dialog_keeps_its_size_when_the_mode_changes(qtbot):
    dialog = make_dialog(qtbot)
    qtbot.waitExposed(dialog)
    size = dialog.size()
    dialog.mode_combo.setFocus()
    qtbot.keyClick(dialog.mode_combo, Qt.Key.Key_Down)  # Exam: two more rows
    assert dialog.minutes_spin.isVisible()
    QApplication.processEvents()
    assert dialog.size() == size
    qtbot.keyClick(dialog.mode_combo, Qt.Key.Key_Up)
    QApplication.processEvents()
    assert dialog.size() == size


def test_the_dialog_opens_at_the_size_it_was_left(qtbot):
    first = make_dialog(qtbot)
    bigger = first.size() + QSize(120, 80)
    first.resize(bigger)
    first.reject()
    again = make_dialog(qtbot)
    assert again.size() == bigger
