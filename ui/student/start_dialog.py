"""Choosing how to take a set: mode, number of questions, topics, exam time limit, shuffle."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizzes.practice.session import MODES_WITH_ANSWERS_HIDDEN, Mode, QuizConfig
from ui.common.labels import plain_label
from ui.common.type_scale import TextRole, set_text_role

DEFAULT_COUNT = 10
DEFAULT_EXAM_MINUTES = 15


class StartDialog(QDialog):
    """Returns a `QuizConfig` from `config()` once accepted. `seed_source` makes draws testable.

    For an exam set whose results are not released (`answers_hidden`) only the modes that tell
    nothing about right answers are offered, and the dialog says so."""

    def __init__(
        self,
        set_title: str,
        topics: list[str],
        question_count: int,
        due_count: int = 0,
        parent: QWidget | None = None,
        seed_source: random.Random | None = None,
        answers_hidden: bool = False,
    ) -> None:
        super().__init__(parent)
        self._seed_source = seed_source or random.Random()
        self._answers_hidden = answers_hidden
        self.setWindowTitle(f"Start: {set_title}")
        heading = plain_label(set_title, wrap=True)
        set_text_role(heading, TextRole.SECTION)

        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName("Mode")
        for mode in MODES_WITH_ANSWERS_HIDDEN if answers_hidden else Mode:
            label = mode.label
            if mode is Mode.SPACED:
                label += f" ({due_count} due)"
            self.mode_combo.addItem(label, mode.value)
        self.mode_combo.currentIndexChanged.connect(self._update_for_mode)

        self.count_spin = QSpinBox()
        self.count_spin.setAccessibleName("Number of questions")
        self.count_spin.setRange(1, max(1, question_count))
        self.count_spin.setValue(min(DEFAULT_COUNT, max(1, question_count)))
        self.count_spin.setSuffix(f" of {question_count}")

        self.topic_list = QListWidget()
        self.topic_list.setAccessibleName("Topics to include")
        for topic in topics:
            item = QListWidgetItem(topic)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.topic_list.addItem(item)
        self.topic_list.setMaximumHeight(max(60, min(160, 26 * len(topics) + 8)))
        self.topic_list.itemChanged.connect(self._update_ok)

        self.minutes_spin = QSpinBox()
        self.minutes_spin.setAccessibleName("Time limit in minutes")
        self.minutes_spin.setRange(0, 240)
        self.minutes_spin.setValue(DEFAULT_EXAM_MINUTES)
        self.minutes_spin.setSuffix(" min")
        self.minutes_spin.setSpecialValueText("no limit")

        self.shuffle_check = QCheckBox("Shuffle questions and choices")
        self.shuffle_check.setChecked(True)
        self.balance_check = QCheckBox("Balance topics: an equal share of questions from each")
        self.balance_check.setToolTip(
            "A quota per chosen topic (as many as it has, up to an equal share); "
            "the rest of the questions are drawn from any topic."
        )

        self.mode_help = QLabel()
        self.mode_help.setWordWrap(True)

        form = QFormLayout()
        form.addRow("&Mode:", self.mode_combo)
        form.addRow("", self.mode_help)
        form.addRow("&Questions:", self.count_spin)
        form.addRow("&Topics:", self.topic_list)
        form.addRow("Time &limit:", self.minutes_spin)
        form.addRow("", self.balance_check)
        form.addRow("", self.shuffle_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._form = form
        self._update_for_mode()

    def mode(self) -> Mode:
        return Mode(self.mode_combo.currentData())

    def select_mode(self, mode: Mode) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode.value))

    def chosen_topics(self) -> list[str]:
        items = [self.topic_list.item(i) for i in range(self.topic_list.count())]
        checked = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        return [] if len(checked) == len(items) else checked

    def _update_for_mode(self) -> None:
        mode = self.mode()
        exam = mode is Mode.EXAM
        self.minutes_spin.setEnabled(exam)
        self._form.setRowVisible(self.minutes_spin, exam)
        self._form.setRowVisible(self.balance_check, exam)
        help_text = {
            Mode.PRACTICE: "Feedback after each answer; mistakes come back later.",
            Mode.EXAM: "A timed mock exam: no feedback until the end.",
            Mode.REVIEW: "Only the questions you got wrong last time.",
            Mode.SPACED: "Questions due for review first, then new ones.",
        }[mode]
        if self._answers_hidden:
            help_text = (
                "An exam set: each answer is saved without feedback, and the results show "
                "your score only until your teacher releases them."
            )
        self.mode_help.setText(help_text)
        self._update_ok()

    def _update_ok(self) -> None:
        items = [self.topic_list.item(i) for i in range(self.topic_list.count())]
        any_topic = not items or any(i.checkState() == Qt.CheckState.Checked for i in items)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(any_topic)

    def quotas(self) -> dict[str, int]:
        """Per-topic quotas of a balanced exam: the count shared equally by the chosen topics."""
        if self.mode() is not Mode.EXAM or not self.balance_check.isChecked():
            return {}
        items = [self.topic_list.item(i) for i in range(self.topic_list.count())]
        topics = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        share = self.count_spin.value() // len(topics) if topics else 0
        return {topic: share for topic in topics} if share else {}

    def config(self) -> QuizConfig:
        mode = self.mode()
        minutes = self.minutes_spin.value()
        return QuizConfig(
            mode=mode,
            count=self.count_spin.value(),
            topics=self.chosen_topics(),
            time_limit_seconds=minutes * 60 if mode is Mode.EXAM and minutes else None,
            shuffle=self.shuffle_check.isChecked(),
            seed=self._seed_source.randrange(2**31),
            topic_quotas=self.quotas(),
        )
