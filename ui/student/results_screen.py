"""The end of a quiz: score, time, score per topic, and every question with both answers, each
row filled with the colour of its result (and saying it: right, a share, wrong, skipped);
activating a row (double-click or Enter) opens the question with its explanation and evidence.
For an exam set whose results are not released, the score and time only."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizzes.model import Question
from quizzes.practice.scoring import Grade, correct_answer_text, explained, given_answer_text
from quizzes.practice.session import Answered, QuizSession, QuizSummary
from ui.common.charts import BarChart
from ui.common.labels import plain_tooltip, scrolling, wrapping_label
from ui.common.theme import StatusColours, status_colours
from ui.common.type_scale import TextRole, set_text_role
from ui.student.question_review import QuestionReviewDialog
from ui.student.quiz_runner import clock_text

REVIEW_COLUMNS = ("#", "Question", "Your answer", "Correct answer", "Result")


def answered_grade(answer: Answered | None) -> Grade | None:
    """The grade of an answer given; None when the question was skipped (or never reached)."""
    return answer.grade if answer is not None and answer.given is not None else None


def result_text(grade: Grade | None) -> str:
    if grade is None:
        return "– skipped"
    if grade.correct:
        return "✓ right"
    if grade.score > 0:
        return f"◐ {round(grade.score * 100)}%"
    return "✗ wrong"


def result_fill(grade: Grade | None, colours: StatusColours) -> str:
    if grade is None:
        return colours.skipped_back
    if grade.correct:
        return colours.right_back
    return colours.partly_back if grade.score > 0 else colours.wrong_back


class ResultsScreen(QWidget):
    home_requested = Signal()
    progress_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = wrapping_label(object_name="resultsHeading")
        set_text_role(self.heading, TextRole.HEADING)
        self.score_label = wrapping_label(object_name="scoreLabel")
        set_text_role(self.score_label, TextRole.SCORE)
        self.withheld_label = wrapping_label(object_name="reviewWithheld")
        self.withheld_label.setText(
            "This is an exam set: the answers and your result per question and per topic "
            "appear here once your teacher releases the results."
        )
        self.topic_chart = BarChart()
        self.topic_chart.setAccessibleName("Score per topic")
        self.review_table = QTableWidget(0, len(REVIEW_COLUMNS))
        self.review_table.setAccessibleName("Every question with your answer and the correct one")
        self.review_table.setHorizontalHeaderLabels(REVIEW_COLUMNS)
        self.review_table.verticalHeader().hide()
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_table.setWordWrap(True)
        self.review_table.activated.connect(self._open_question)
        self.question_dialog: QuestionReviewDialog | None = None
        self._reviewed: list[tuple[Question, Answered | None]] = []
        header = self.review_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped rows fit their text again whenever the columns change width.
        header.sectionResized.connect(lambda *_: self.review_table.resizeRowsToContents())

        self.progress_button = QPushButton("My progress")
        self.progress_button.setAccessibleName("Show my progress")
        self.progress_button.clicked.connect(self.progress_requested)
        self.home_button = QPushButton("Back to home")
        self.home_button.setAccessibleName("Back to the home screen")
        self.home_button.setDefault(True)
        self.home_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.progress_button)
        buttons.addWidget(self.home_button)

        # The chart keeps every topic's row (its minimum height); when the chart and the table
        # need more height than the window has, the review scrolls instead of clipping.
        self.review_split = QSplitter(Qt.Orientation.Vertical)
        self.review_split.addWidget(self.topic_chart)
        self.review_split.addWidget(self.review_table)
        self.review_split.setStretchFactor(0, 0)
        self.review_split.setStretchFactor(1, 1)
        self.review_split.setChildrenCollapsible(False)
        self.review_area = scrolling(self.review_split)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.score_label)
        # Only one of these two shows: the review, or (an unreleased exam) why there is none.
        layout.addWidget(self.withheld_label, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.review_area, 1)
        self.open_hint = wrapping_label(
            "Double-click a question, or select it and press Enter, to see why and where the "
            "article says so."
        )
        self.open_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.open_hint)
        layout.addLayout(buttons)
        self.setTabOrder(self.review_table, self.progress_button)
        self.setTabOrder(self.progress_button, self.home_button)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.home_requested.emit()  # Esc goes back home, like the button
            event.accept()
            return
        super().keyPressEvent(event)

    def show_results(
        self,
        set_title: str,
        session: QuizSession,
        summary: QuizSummary,
        answers_hidden: bool = False,
    ) -> None:
        """Show the results; with `answers_hidden` (an unreleased exam set) the score only."""
        mode = session.config.mode.label
        self.heading.setText(f"{set_title} — {mode}: results")
        percent = round(summary.score * 100)
        lines = [
            f"Score: {percent}%   ·   {summary.correct} of {summary.total} right"
            f"   ·   time {clock_text(summary.seconds)}"
        ]
        if summary.timed_out:
            lines.append(
                f"Time ran out: {summary.answered} of {summary.total} questions were answered;"
                " the rest count as wrong."
            )
        self.score_label.setText("\n".join(lines))
        self.withheld_label.setVisible(answers_hidden)
        self.review_area.setVisible(not answers_hidden)
        self.open_hint.setVisible(not answers_hidden)
        if answers_hidden:
            self.topic_chart.set_bars([])
            self.review_table.setRowCount(0)
            self._reviewed = []
        else:
            self.topic_chart.set_bars([(t.topic, t.score) for t in summary.topics])
            self._fill_review(session)
        self.home_button.setFocus()

    def _fill_review(self, session: QuizSession) -> None:
        first = session.first_answers()
        self._reviewed = [(session.question(qid), first.get(qid)) for qid in session.order]
        self.review_table.setRowCount(len(self._reviewed))
        colours = status_colours(self.palette())
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        for row, (question, answer) in enumerate(self._reviewed):
            grade = answered_grade(answer)
            cells = (
                str(row + 1),
                question.prompt,
                given_answer_text(question, answer.given if answer else None),
                correct_answer_text(question),
                result_text(grade),
            )
            fill = QBrush(QColor(result_fill(grade, colours)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text) if column in (1, 2, 3) else "")
                item.setBackground(fill)
                item.setForeground(text_colour)
                self.review_table.setItem(row, column, item)
        self.review_table.resizeRowsToContents()

    @Slot(QModelIndex)
    def _open_question(self, index: QModelIndex) -> None:
        """A row activated (double-click or Enter): its question, answers, why and evidence."""
        question, answer = self._reviewed[index.row()]
        grade = answered_grade(answer)
        given = answer.given if answer else None
        if self.question_dialog is not None:
            self.question_dialog.close()
        self.question_dialog = QuestionReviewDialog(
            index.row() + 1,
            question,
            given,
            explained(question, given, grade) if grade else None,
            self,
        )
        self.question_dialog.open()

    def score_text(self) -> str:
        return self.score_label.text()

    def review_rows(self) -> list[list[str]]:
        table = self.review_table
        return [
            [
                "" if (item := table.item(row, column)) is None else item.text()
                for column in range(table.columnCount())
            ]
            for row in range(table.rowCount())
        ]
