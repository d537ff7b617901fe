"""The quiz runner: one question at a time, keyboard first.

Keys: 1–9 and T/F go to the answer widget (pick a choice, true/false), Enter submits and, after
feedback, moves on; Esc pauses with a choice to continue later or abandon. Every answer is
committed by `LiveAttempt.submit` before the next question shows. If the database refuses it,
the answer stays on screen under a line saying it was not saved, and Submit becomes Retry (Enter
retries); nothing moves on until it is stored.

An exam is taken as in Moodle: a navigator strip (answered, flagged, on screen) jumps to any
question, Previous and Next (Enter) move, "Flag for later" marks one, and after the last
question comes the "Review your answers" page with "Submit all and finish" (asked first). The
answer on screen is stored each time it changes (`LiveAttempt.save_answer`), so nothing selected
is lost to a closed window or the clock; a countdown runs, and when it reaches zero the exam is
submitted with every answer stored.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizzes.app.crash_report import write_crash_report
from quizzes.errors import AnswerNotSavedError
from quizzes.practice.marks import mark_answer
from ui.answers import AnswerWidget, make_answer_widget
from ui.answers.feedback_panel import FeedbackPanel
from ui.common.labels import wrapping_label
from ui.common.messages import ask, choose
from ui.common.theme import status_colours
from ui.common.type_scale import TextRole, set_text_role
from ui.student.exam_navigator import ExamNavigator
from ui.student.exam_review import ExamReviewPage
from ui.student.review_rating import ReviewRating

if TYPE_CHECKING:
    from quizzes.practice.attempt import LiveAttempt
    from quizzes.practice.session import QuizSummary

HEARTBEAT_MS = 5000


def clock_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class QuizRunner(QWidget):
    quiz_finished = Signal(object)  # QuizSummary
    quiz_left = Signal()  # paused for later, or abandoned

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt: LiveAttempt | None = None
        self.answer_widget: AnswerWidget | None = None
        self._showing_feedback = False
        self._skip_confirmed = False
        self._answer_unsaved = False  # the database refused the answer on screen: Retry
        self._time_up = False  # the exam ended; an answer on screen is stored, then it expires
        self._last_question = 0  # an exam: the question "Return to the exam" goes back to
        self._build()
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._save_time)

    def _build(self) -> None:
        self.title_label = wrapping_label(object_name="runnerTitle")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setAccessibleName("Question number")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timerLabel")
        self.timer_label.setAccessibleName("Time left")
        set_text_role(self.progress_label, TextRole.STRONG)
        set_text_role(self.timer_label, TextRole.STRONG)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.timer_label)
        header.addSpacing(16)
        header.addWidget(self.progress_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(6)
        self.progress_bar.setAccessibleName("Progress through the quiz")
        self.navigator = ExamNavigator()
        self.navigator.setAccessibleName("Question navigator")
        self.navigator.question_chosen.connect(self.go_to_question)
        self.navigator.review_requested.connect(self.show_review)
        self.navigator.hide()

        self.prompt_label = wrapping_label(object_name="prompt")
        set_text_role(self.prompt_label, TextRole.PROMPT)
        self.prompt_label.setAccessibleName("Question")

        self.answer_holder = QVBoxLayout()
        self.feedback = FeedbackPanel()
        self.review_rating = ReviewRating()  # inside the panel, under the feedback
        panel_layout = self.feedback.layout()
        assert panel_layout is not None  # the panel lays its labels out in one
        panel_layout.addWidget(self.review_rating)
        self.feedback.hide()
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.prompt_label)
        body_layout.addSpacing(8)
        body_layout.addLayout(self.answer_holder)
        body_layout.addWidget(self.feedback)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.review_page = ExamReviewPage()
        self.review_page.question_chosen.connect(self.go_to_question)
        self.review_page.return_requested.connect(lambda: self.go_to_question(self._last_question))
        self.review_page.submit_requested.connect(self.confirm_submit_all)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.scroll_area)
        self.pages.addWidget(self.review_page)

        self.not_saved_label = wrapping_label(object_name="notSaved")
        self.not_saved_label.setStyleSheet(
            f"color: {status_colours(self.palette()).wrong}; font-weight: bold;"
        )
        self.not_saved_label.setAccessibleName("Answer not saved")
        self.not_saved_label.hide()

        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pause_button = QPushButton("Pause")
        self.pause_button.setAccessibleName("Pause the quiz")
        self.pause_button.clicked.connect(self.ask_pause)
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.flag_button = QPushButton("⚑ Flag for later")
        self.flag_button.setCheckable(True)
        self.flag_button.setAccessibleName("Flag this question for later")
        self.flag_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.flag_button.toggled.connect(self._flag_toggled)
        self.previous_button = QPushButton("Previous")
        self.previous_button.setAccessibleName("Previous question")
        self.previous_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.previous_button.clicked.connect(self.previous_question)
        self.action_button = QPushButton("Submit")
        self.action_button.setObjectName("primaryAction")
        self.action_button.setAccessibleName("Submit answer")
        self.action_button.clicked.connect(self.primary_action)
        footer = QHBoxLayout()
        footer.addWidget(self.hint_label, 1)
        footer.addWidget(self.pause_button)
        footer.addWidget(self.flag_button)
        footer.addWidget(self.previous_button)
        footer.addWidget(self.action_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.navigator)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.not_saved_label)
        layout.addLayout(footer)

    # ------------------------------------------------------------ showing questions

    def begin(self, attempt: LiveAttempt) -> None:
        """Run `attempt` from wherever it is (a fresh start or a resume)."""
        self.attempt = attempt
        self._time_up = False
        self._set_answer_unsaved(None)
        mode = attempt.session.config.mode
        self.title_label.setText(f"{attempt.set_title} — {mode.label}")
        exam = attempt.session.is_exam
        exam_timed = attempt.session.remaining_seconds() is not None
        self.timer_label.setVisible(exam_timed)
        for widget in (self.navigator, self.flag_button, self.previous_button):
            widget.setVisible(exam)
        self._last_question = 0
        self._start_timers()
        if attempt.session.finished:
            self._finish()
            return
        if attempt.session.reviewing:
            self.show_review()
            return
        self._show_question()

    def _show_question(self) -> None:
        assert self.attempt is not None
        session = self.attempt.session
        question = session.current
        assert question is not None
        self._showing_feedback = False
        self.feedback.hide()
        if self.answer_widget is not None:
            self.answer_holder.removeWidget(self.answer_widget)
            self.answer_widget.hide()
            self.answer_widget.deleteLater()
        self.prompt_label.setText(question.prompt)
        self._skip_confirmed = False
        # A per-question seed, so ordering items start the same way after a resume.
        rng = random.Random(f"{session.config.seed}/{question.id}/{session.position}")
        self.answer_widget = make_answer_widget(question, rng)
        self.answer_widget.submit_requested.connect(self.primary_action)
        self.answer_holder.addWidget(self.answer_widget)
        # Tab goes through the answer first, then Pause, (Flag, Previous,) then Submit/Next.
        QWidget.setTabOrder(self.answer_widget, self.pause_button)
        QWidget.setTabOrder(self.pause_button, self.flag_button)
        QWidget.setTabOrder(self.flag_button, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.action_button)
        self.progress_label.setText(session.progress_text)
        self.pages.setCurrentWidget(self.scroll_area)
        if session.is_exam:
            self._show_exam_question(question.id)
        else:
            self.progress_bar.setMaximum(session.total)
            self.progress_bar.setValue(session.position - 1)
            self.action_button.setText("Submit")
            self.action_button.setAccessibleName("Submit answer")
        self.hint_label.setText(self._hint(question.type.value, session.is_exam))
        self._on_tick()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._focus_answer()

    def _show_exam_question(self, question_id: str) -> None:
        """The exam's extras around a question: its stored answer back on screen, saving every
        change, the flag, Previous/Next and the navigator."""
        assert self.attempt is not None and self.answer_widget is not None
        session = self.attempt.session
        self._last_question = session.index
        held = session.answer_to(question_id)
        if held is not None:
            self.answer_widget.set_given(held.given)
        self.answer_widget.answer_changed.connect(self._save_selection)
        with QSignalBlocker(self.flag_button):
            self.flag_button.setChecked(question_id in session.flagged)
        self._show_flag_state()
        self.previous_button.setEnabled(session.index > 0)
        for button in (self.flag_button, self.previous_button, self.action_button):
            button.show()
        self._show_next_button()
        self._refresh_exam_progress()

    def _show_next_button(self) -> None:
        assert self.attempt is not None
        session = self.attempt.session
        last = session.index == session.total - 1
        self.action_button.setText("Review answers" if last else "Next")
        self.action_button.setAccessibleName("Review your answers" if last else "Next question")

    def _show_flag_state(self) -> None:
        flagged = self.flag_button.isChecked()
        self.flag_button.setText("⚑ Remove flag" if flagged else "⚑ Flag for later")
        self.flag_button.setAccessibleName(
            "Remove the flag from this question" if flagged else "Flag this question for later"
        )

    def _refresh_exam_progress(self) -> None:
        """The navigator and the bar: what is answered and flagged, and where the student is."""
        assert self.attempt is not None
        session = self.attempt.session
        current = -1 if session.reviewing else session.index
        self.navigator.show_statuses(session.statuses(), current)
        self.progress_bar.setMaximum(session.total)
        self.progress_bar.setValue(session.total - session.unanswered())

    @staticmethod
    def _hint(question_type: str, exam: bool = False) -> str:
        keys = {
            "single_choice": "1–9 choose",
            "multiple_choice": "1–9 tick",
            "true_false": "T / F answer",
            "ordering": "Alt+↑/↓ move",
            "matching": "1–9 choose",
        }.get(question_type)
        parts = [keys] if keys else []
        return "   ·   ".join([*parts, "Enter next" if exam else "Enter submit", "Esc pause"])

    def _focus_answer(self) -> None:
        widget = self.answer_widget
        if widget is None:
            return
        for child in widget.findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(widget):
                child.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.action_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def showing_feedback(self) -> bool:
        """True between submitting an answer and moving on (practice-like modes)."""
        return self._showing_feedback

    # ------------------------------------------------------------ answering

    @Slot()
    def primary_action(self) -> None:
        """Submit the answer, or (after feedback) go on to the next question."""
        if self.attempt is None:
            return
        session = self.attempt.session
        if session.is_exam:
            if self._answer_unsaved:
                self._save_selection()
            elif session.current_id is not None:
                self._next_question()
            return
        if self._showing_feedback:
            self._next()
        else:
            self.submit()

    def submit(self) -> None:
        """Practice-like modes: grade and store the answer, then show the feedback."""
        assert self.attempt is not None and self.answer_widget is not None
        given = self.answer_widget.given()
        if given is None and not self._skip_confirmed:
            # A blank answer is recorded as not answered: a second Enter skips the question,
            # so a double press never throws the next question away.
            self._skip_confirmed = True
            self.hint_label.setText("No answer yet. Press Enter again to skip this question.")
            return
        if given is not None and not self._skip_confirmed and not self._time_up:
            # A part left blank (a matching row) is named once; submitting again confirms.
            missing = self.answer_widget.point_at_missing()
            if missing:
                self._skip_confirmed = True
                self.hint_label.setText(f"{missing} Enter again submits it as it is.")
                return
        number = self.attempt.session.position
        try:
            answer = self.attempt.submit(given)  # committed to the database here
        except AnswerNotSavedError as err:
            # The database's own error goes to the log; the student gets Retry.
            write_crash_report(type(err), err, err.__traceback__)
            self._set_answer_unsaved(err)
            return
        self._set_answer_unsaved(None)
        session = self.attempt.session
        self._showing_feedback = True
        self.answer_widget.set_read_only(True)
        if session.config.answers_hidden:
            self.feedback.show_saved()
        else:
            question = session.question(answer.question_id)
            self.feedback.show_feedback(question, answer.grade)
            self.answer_widget.show_marks(mark_answer(question, answer.given))
        self.progress_label.setText(f"{number} / {session.total}")  # a mistake adds one
        self.progress_bar.setMaximum(session.total)
        self.progress_bar.setValue(number)
        self.action_button.setText("See results" if session.finished else "Next")
        self.action_button.setAccessibleName(self.action_button.text())
        self.review_rating.show_for(self.attempt)
        rate = "1–4 rate   ·   " if self.review_rating.isVisibleTo(self.feedback) else ""
        self.hint_label.setText(f"{rate}Enter next   ·   Esc pause")
        self.action_button.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.feedback))

    # ------------------------------------------------------------ an exam: moving, saving

    @Slot()
    def _save_selection(self) -> bool:
        """Store the answer on screen as the question's answer (an exam saves every change).
        False if the database refused it: it stays on screen with Retry."""
        attempt, widget = self.attempt, self.answer_widget
        if (
            attempt is None
            or widget is None
            or attempt.session.paused
            or attempt.session.current_id != widget.question.id
        ):
            return False
        try:
            attempt.save_answer(widget.given())  # committed to the database here
        except AnswerNotSavedError as err:
            write_crash_report(type(err), err, err.__traceback__)
            self._set_answer_unsaved(err)
            return False
        self._set_answer_unsaved(None)
        if self._time_up:
            self._expire()
            return True
        self._show_next_button()
        self.hint_label.setText(self._hint(widget.question.type.value, exam=True))
        self._refresh_exam_progress()
        return True

    @Slot(int)
    def go_to_question(self, index: int) -> None:
        """Exam: show the question at `index` (0-based), or the review page after the last one.
        An answer the database refused is saved first; if it still cannot be, nothing moves."""
        attempt = self.attempt
        if attempt is None or attempt.session.finished:
            return
        if self._answer_unsaved and not self._save_selection():
            return
        attempt.session.go_to(max(0, min(index, attempt.session.total)))
        if attempt.session.reviewing:
            self.show_review()
        else:
            self._show_question()

    def _next_question(self) -> None:
        """Next (Enter): the answer on screen is kept, as Submit kept it before, even one
        never changed (an ordering whose shown order is the student's answer); then on."""
        assert self.attempt is not None and self.answer_widget is not None
        session = self.attempt.session
        unkept = session.current_id is not None and session.answer_to(session.current_id) is None
        if unkept and self.answer_widget.given() is not None and not self._save_selection():
            return
        self.go_to_question(session.index + 1)

    @Slot()
    def previous_question(self) -> None:
        if self.attempt is not None:
            self.go_to_question(self.attempt.session.index - 1)

    @Slot()
    def show_review(self) -> None:
        """The "Review your answers" page: every question's status, and Submit all."""
        attempt = self.attempt
        if attempt is None or attempt.session.finished:
            return
        session = attempt.session
        if not session.reviewing:
            self.go_to_question(session.total)
            return
        self.review_page.show_statuses(session.statuses())
        self.pages.setCurrentWidget(self.review_page)
        for button in (self.flag_button, self.previous_button, self.action_button):
            button.hide()
        self.progress_label.setText("Review")
        self.hint_label.setText("Click a question to go back to it   ·   Esc pause")
        self._refresh_exam_progress()
        self.review_page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def confirm_submit_all(self) -> None:
        """ "Submit all and finish", after a confirmation that counts unanswered questions."""
        if self.attempt is None or self.attempt.session.finished:
            return
        unanswered = self.attempt.session.unanswered()
        if unanswered:
            questions = "question has" if unanswered == 1 else "questions have"
            text = f"{unanswered} {questions} no answer. Submit anyway?"
        else:
            text = "Every question has an answer. Submit all and finish?"
        choice = choose(
            self,
            "Submit all and finish",
            text,
            [
                ("Submit all and finish", QMessageBox.ButtonRole.AcceptRole),
                ("Cancel", QMessageBox.ButtonRole.RejectRole),
            ],
            default="Cancel",
            informative="Once submitted, the answers cannot be changed"
            + ("; questions without an answer count as wrong." if unanswered else "."),
            object_name="submitAllDialog",
        )
        if choice == "Submit all and finish":
            self._finish()

    @Slot(bool)
    def _flag_toggled(self, flagged: bool) -> None:
        attempt = self.attempt
        question_id = None if attempt is None else attempt.session.current_id
        if attempt is None or question_id is None:
            return
        try:
            attempt.set_flagged(question_id, flagged)
        except AnswerNotSavedError as err:
            write_crash_report(type(err), err, err.__traceback__)
            with QSignalBlocker(self.flag_button):
                self.flag_button.setChecked(not flagged)
            self.not_saved_label.setText(f"{err} Try again in a moment.")
            self.not_saved_label.show()
            return
        self._show_flag_state()
        self._refresh_exam_progress()

    def _set_answer_unsaved(self, refused: AnswerNotSavedError | None) -> None:
        """Show that the answer on screen was not stored (Submit becomes Retry), or clear that."""
        self._answer_unsaved = refused is not None
        self.not_saved_label.setVisible(refused is not None)
        if refused is None:
            return
        self.not_saved_label.setText(f"{refused} It is still here: Retry saves it.")
        self.action_button.setText("Retry")
        self.action_button.setAccessibleName("Retry saving the answer")
        self.hint_label.setText("Enter retry   ·   Esc pause")

    def _next(self) -> None:
        assert self.attempt is not None
        if self.attempt.session.finished:
            self._finish()
        else:
            self._show_question()

    def _finish(self) -> None:
        assert self.attempt is not None
        self._stop_timers()
        summary: QuizSummary = self.attempt.finish()
        self.quiz_finished.emit(summary)

    # ------------------------------------------------------------ time

    @Slot()
    def _on_tick(self) -> None:
        if self.attempt is None:
            return
        remaining = self.attempt.session.remaining_seconds()
        if remaining is None:
            return
        self.timer_label.setText(f"Time left {clock_text(remaining)}")
        if remaining <= 0 and not self.attempt.session.finished:
            self.time_up()

    def time_up(self) -> None:
        """Submit the exam with every answer stored (the answer on screen is stored whenever
        it changes). If the database refused the one on screen, it is tried once more, and
        otherwise the exam ends once Retry has stored it."""
        assert self.attempt is not None
        self._stop_timers()
        self._time_up = True
        if self._answer_unsaved:
            self._save_selection()  # on success it ends the exam
            return
        self._expire()

    def _expire(self) -> None:
        assert self.attempt is not None
        summary = self.attempt.expire()
        self.quiz_finished.emit(summary)

    @Slot()
    def _save_time(self) -> None:
        # While an answer awaits Retry the database is failing: the next answer saves the time.
        if (
            self.attempt is not None
            and not self.attempt.session.finished
            and not self._answer_unsaved
        ):
            self.attempt.heartbeat()

    def _start_timers(self) -> None:
        self._tick.start()
        self._heartbeat.start()

    def _stop_timers(self) -> None:
        self._tick.stop()
        self._heartbeat.stop()

    # ------------------------------------------------------------ keys and pausing

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.ask_pause()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if not event.isAutoRepeat():  # a held-down Enter must not race through questions
                self.primary_action()
            return
        if self._showing_feedback and self.review_rating.handle_key(key, event.text()):
            event.accept()
            return
        widget = self.answer_widget
        if (
            widget is not None
            and not self._showing_feedback
            and self.pages.currentWidget() is self.scroll_area
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and widget.handle_key(key, event.text())
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def ask_pause(self) -> None:
        """Esc: continue later (answers are kept), abandon (confirmed), or keep going."""
        if self.attempt is None:
            return
        exam = self.attempt.session.remaining_seconds() is not None
        # A paused quiz is paused: the exam clock stops while the question is asked.
        self._stop_timers()
        self.attempt.session.pause()
        self.attempt.heartbeat()
        # Hidden while paused: a paused exam's clock stops, so its question must not be readable.
        self.pages.setVisible(False)
        choice = choose(
            self,
            "Quiz paused",
            "The quiz is paused. Your answers so far are saved.",
            [
                ("Keep going", QMessageBox.ButtonRole.RejectRole),
                ("Continue later", QMessageBox.ButtonRole.AcceptRole),
                ("Abandon quiz", QMessageBox.ButtonRole.DestructiveRole),
            ],
            default="Keep going",
            informative="Continue it later from the home screen"
            + (" (the exam clock stops while the quiz is closed)" if exam else "")
            + ", or abandon it to discard this attempt.",
            object_name="pauseDialog",
        )
        if choice == "Abandon quiz" and not self._abandon_confirmed():
            choice = "Keep going"
        self.pages.setVisible(True)
        self.attempt.session.resume()
        if choice == "Continue later":
            self.leave(abandon=False)
        elif choice == "Abandon quiz":
            self.leave(abandon=True)
        else:
            self._start_timers()
            QTimer.singleShot(0, self._focus_answer)

    def _abandon_confirmed(self) -> bool:
        assert self.attempt is not None
        given = len(self.attempt.session.answers)
        answers = "1 answer" if given == 1 else f"{given} answers"
        return (
            ask(
                self,
                "Abandon quiz",
                f"Discard this attempt? The {answers} given so far will be deleted.",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                default=QMessageBox.StandardButton.Cancel,
                object_name="abandonDialog",
            )
            == QMessageBox.StandardButton.Discard
        )

    def leave(self, abandon: bool) -> None:
        assert self.attempt is not None
        self._stop_timers()
        if abandon:
            self.attempt.abandon()
        else:
            self.attempt.heartbeat()
        self.attempt = None
        self.quiz_left.emit()

    def save_before_close(self) -> None:
        """The window is closing mid-quiz: keep the time on screen (answers are already kept)."""
        if self.attempt is not None and not self.attempt.session.finished:
            self._stop_timers()
            self.attempt.heartbeat()
