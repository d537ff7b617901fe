"""Choosing how to take a set: mode, number of questions, topics, exam time limit, shuffle.

For the topics ticked it says what each mode would ask: "Review mistakes (7)" (unavailable, with
the reason, when there are none) and the spaced-repetition counts (new, learning, due). The
dialog opens at the size it was last left and keeps it while rows come and go with the mode.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizzes.practice.overview import StartOverview
from quizzes.practice.schedule import ReviewCounts
from quizzes.practice.session import MODES_WITH_ANSWERS_HIDDEN, Mode, QuizConfig
from ui.common.labels import plain_label
from ui.common.type_scale import TextRole, set_text_role
from ui.common.window_memory import place_window, remember_window

DEFAULT_COUNT = 10
DEFAULT_EXAM_MINUTES = 15
WINDOW_KEY = "start"


class StartDialog(QDialog):
    """Returns a `QuizConfig` from `config()` once accepted. `seed_source` makes draws testable.

    For an exam set whose results are not released (`answers_hidden`) only the modes that tell
    nothing about right answers are offered, and the dialog says so."""

    def __init__(
        self,
        set_title: str,
        topics: list[str],
        question_count: int,
        overview: StartOverview,
        parent: QWidget | None = None,
        seed_source: random.Random | None = None,
        answers_hidden: bool = False,
    ) -> None:
        super().__init__(parent)
        self._seed_source = seed_source or random.Random()
        self._answers_hidden = answers_hidden
        self._overview = overview
        self._no_mistakes_reason = ""  # why "Review mistakes" cannot start, for these topics
        self.setWindowTitle(f"Start: {set_title}")
        heading = plain_label(set_title, wrap=True)
        set_text_role(heading, TextRole.SECTION)

        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName("Mode")
        for mode in MODES_WITH_ANSWERS_HIDDEN if answers_hidden else Mode:
            self.mode_combo.addItem(mode.label, mode.value)
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
        self.topic_list.itemChanged.connect(self._update_for_topics)
        self.select_all_button = QPushButton("Select &all")
        self.select_all_button.setAccessibleName("Select all topics")
        self.select_all_button.clicked.connect(lambda: self._check_all_topics(True))
        self.select_none_button = QPushButton("Select &none")
        self.select_none_button.setAccessibleName("Select no topics")
        self.select_none_button.clicked.connect(lambda: self._check_all_topics(False))
        topic_buttons = QHBoxLayout()
        topic_buttons.addWidget(self.select_all_button)
        topic_buttons.addWidget(self.select_none_button)
        topic_buttons.addStretch(1)

        self.counts_label = plain_label(object_name="reviewCounts")
        self.counts_label.setAccessibleName("Spaced repetition counts")

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
        form.addRow("", topic_buttons)
        if not answers_hidden:
            form.addRow("Spaced repetition:", self.counts_label)
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
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._form = form
        self._update_for_topics()
        place_window(self, WINDOW_KEY, self._size_for_every_mode())

    def _size_for_every_mode(self) -> QSize:
        """Big enough for every row (the exam's too), so changing the mode never resizes it."""
        for row in (self.minutes_spin, self.balance_check):
            self._form.setRowVisible(row, True)
        size = self.sizeHint()
        self._update_for_mode()
        return size

    def done(self, result: int) -> None:
        remember_window(self, WINDOW_KEY)
        super().done(result)

    def mode(self) -> Mode:
        return Mode(self.mode_combo.currentData())

    def select_mode(self, mode: Mode) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode.value))

    def chosen_topics(self) -> list[str]:
        items = [self.topic_list.item(i) for i in range(self.topic_list.count())]
        checked = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        return [] if len(checked) == len(items) else checked

    def _check_all_topics(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.topic_list.blockSignals(True)  # one update for the lot, not one per topic
        for row in range(self.topic_list.count()):
            self.topic_list.item(row).setCheckState(state)
        self.topic_list.blockSignals(False)
        self._update_for_topics()

    def _checked_topics(self) -> list[str]:
        items = [self.topic_list.item(i) for i in range(self.topic_list.count())]
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def _update_for_topics(self) -> None:
        """The counts of the modes that depend on past answers, for the topics ticked."""
        topics = self.chosen_topics()
        nothing_ticked = self.topic_list.count() > 0 and not self._checked_topics()
        overview = self._overview
        mistakes = 0 if nothing_ticked else overview.mistakes(topics)
        counts = ReviewCounts(0, 0, 0) if nothing_ticked else overview.review_counts(topics)
        if mistakes:
            self._no_mistakes_reason = ""
        elif not nothing_ticked and overview.answered(topics):
            self._no_mistakes_reason = (
                "No mistakes to review: every question in these topics was right last time."
            )
        else:
            self._no_mistakes_reason = (
                "No mistakes to review yet: no question in these topics has been answered."
            )
        self._set_mode_item(
            Mode.REVIEW, f"{Mode.REVIEW.label} ({mistakes})", self._no_mistakes_reason
        )
        self._set_mode_item(
            Mode.SPACED, f"{Mode.SPACED.label} ({counts.learning + counts.due} due)"
        )
        self.counts_label.setText(
            f"{counts.new} new   ·   {counts.learning} learning   ·   {counts.due} due"
        )
        self._update_for_mode()

    def _set_mode_item(self, mode: Mode, text: str, unavailable: str = "") -> None:
        index = self.mode_combo.findData(mode.value)
        model = self.mode_combo.model()
        if index < 0 or not isinstance(model, QStandardItemModel):
            return  # not offered (an exam set with its answers hidden)
        item = model.item(index)
        item.setText(text)
        item.setEnabled(not unavailable)
        item.setToolTip(unavailable)

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
        if mode is Mode.REVIEW and self._no_mistakes_reason:
            help_text = self._no_mistakes_reason
        if self._answers_hidden:
            help_text = (
                "An exam set: each answer is saved without feedback, and the results show "
                "your score only until your teacher releases them."
            )
        self.mode_help.setText(help_text)
        self._update_ok()

    def _update_ok(self) -> None:
        any_topic = not self.topic_list.count() or bool(self._checked_topics())
        review_empty = self.mode() is Mode.REVIEW and bool(self._no_mistakes_reason)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any_topic and not review_empty)

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
