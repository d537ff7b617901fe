"""The Start dialog, filled in by keyboard and mouse, gives the quiz recipe the student chose."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from quizzes.practice.session import Mode
from ui.student.start_dialog import StartDialog

TOPICS = ["SCO membership", "Borders", "Leaders"]


def make_dialog(qtbot) -> StartDialog:
    dialog = StartDialog("SCO basics", TOPICS, 12, due_count=3, seed_source=random.Random(5))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


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
    assert dialog.mode_combo.itemText(3) == "Spaced repetition (3 due)"


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
