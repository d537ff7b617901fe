"""Render every screen offscreen into docs/screenshots/*.png: the student's (Home, an empty
Home, the Start dialog, each question type, feedback, an exam, results, progress) and the
teacher's (question-set editor, New set from article with its proposals, class results, the
import report, export, the PIN prompt and PIN settings), in light and dark, at the normal text
size (`NAME-light.png`) and at 200 % (`NAME-light-200.png`).

Uses throwaway databases holding the built-in bank, a set generated from an article in the
repository's test data, an exam set and made-up history of two students, so the pictures show
realistic data. Run with `make screenshots`.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from quizzes.app.bank import open_database  # noqa: E402
from quizzes.generate import GenerationResult, generate_from_file  # noqa: E402
from quizzes.model import Question, QuestionType, answer_pairs, answer_texts  # noqa: E402
from quizzes.practice.attempt import LiveAttempt  # noqa: E402
from quizzes.practice.overview import StartOverview  # noqa: E402
from quizzes.practice.session import Mode, QuizConfig  # noqa: E402
from quizzes.store.repository import Store  # noqa: E402
from ui.common.theme import DEFAULT_FONT_SIZE, apply_font_size  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.student.start_dialog import StartDialog  # noqa: E402
from ui.teacher.class_results import ClassResultsWindow  # noqa: E402
from ui.teacher.editor import SetEditorWindow  # noqa: E402
from ui.teacher.exchange_dialogs import ExportDialog, ImportReportDialog  # noqa: E402
from ui.teacher.generate_review import GenerateReviewWindow  # noqa: E402
from ui.teacher.teacher_lock_dialog import PinEntryDialog, TeacherPinDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1024, 600)
ARTICLE = ROOT / "tests" / "data" / "articles" / "c5-plus-1.txt"
TEXT_SIZES = {"": DEFAULT_FONT_SIZE, "-200": 2 * DEFAULT_FONT_SIZE}  # file suffix: point size


class Clock:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.start = datetime.now(UTC) - timedelta(days=40)

    def monotonic(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds)


def add_sets(store: Store, generated: GenerationResult) -> None:
    """Beside the built-in set: one made from an article and an exam set a teacher marked."""
    store.add_quizset(generated.quizset)
    builtin = store.list_sets()[0]
    exam = store.duplicate_set(builtin.id, "Midterm: Central Asia")
    store.mark_exam(exam.id, True)


def make_history(store: Store, clock: Clock) -> tuple[str, str]:
    """Twelve past attempts getting better over five weeks, and one exam left unfinished; a
    second student with a few attempts, for the class results."""
    set_id = store.list_sets()[0].id
    other = store.create_profile("Bolat")
    take_attempts(store, clock, other.id, set_id, count=4, seed=9)
    profile = store.create_profile("Aigerim")
    take_attempts(store, clock, profile.id, set_id, count=12, seed=4)
    clock.seconds += 24 * 3600
    unfinished = LiveAttempt.start(
        store,
        profile.id,
        set_id,
        QuizConfig(Mode.EXAM, count=20, time_limit_seconds=1200, seed=99),
        clock=clock.monotonic,
        now=clock.now,
    )
    for _ in range(6):
        clock.seconds += 20
        question = unfinished.session.current
        assert question is not None  # 6 of the exam's 20 questions
        unfinished.submit(_right_answer(question))
    unfinished.heartbeat()
    return profile.id, set_id


def take_attempts(
    store: Store, clock: Clock, profile_id: str, set_id: str, *, count: int, seed: int
) -> None:
    """`count` finished attempts, each a little better than the one before."""
    rng = random.Random(seed)
    for number in range(count):
        clock.seconds += 3 * 24 * 3600
        config = QuizConfig(Mode.PRACTICE if number % 3 else Mode.EXAM, count=10, seed=number)
        attempt = LiveAttempt.start(
            store, profile_id, set_id, config, clock=clock.monotonic, now=clock.now
        )
        skill = 0.35 + number * 0.05
        while (question := attempt.session.current) is not None:  # an exam: to its review page
            clock.seconds += rng.uniform(5, 25)
            right = rng.random() < skill
            attempt.submit(_right_answer(question) if right else None)
        attempt.finish()


def _right_answer(question: Question) -> object:
    answer = question.answer
    kind = question.type
    if kind is QuestionType.SHORT_ANSWER:
        return answer_texts(answer)[0]
    if kind is QuestionType.MATCHING:
        return [list(pair) for pair in answer_pairs(answer)]
    if kind is QuestionType.NUMERIC and isinstance(answer, int | float):
        return float(answer)
    return answer


def save(widget: QWidget, name: str, app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


def shoot(
    look: str,
    app: QApplication,
    db_url: str,
    clock: Clock,
    set_id: str,
    generated: GenerationResult,
) -> None:
    """Every screen in one look: a theme and a text size, e.g. "dark-200"."""
    theme, _, size = look.partition("-")
    apply_font_size(app, DEFAULT_FONT_SIZE)  # each window starts as the app does
    window = MainWindow(lambda: open_database(db_url), db_url, clock=clock.monotonic, now=clock.now)
    window.resize(*SIZE)
    window.show()
    window.load()
    window.set_theme(theme)
    apply_font_size(app, TEXT_SIZES[f"-{size}" if size else ""])
    window.home.select_set(set_id)
    save(window, f"home-{look}", app)
    store = window.store
    profile_id = window.current_profile_id()
    assert store is not None and profile_id is not None  # loaded, with make_history's student
    shoot_dialogs(look, app, window, store, set_id, clock)
    shoot_teacher_windows(look, app, window, store, generated)
    unfinished = store.history.unfinished_attempt(profile_id)
    if unfinished is not None:  # the exam left unfinished: resumed, with its countdown
        window.resume_attempt(unfinished.id)
        save(window, f"exam-{look}", app)
        window.runner.leave(abandon=False)
    shoot_quiz(look, app, window, clock, set_id)
    window.show_progress()
    window.progress.wait_for_work()
    save(window, f"progress-{look}", app)
    window.close()


def shoot_dialogs(
    look: str, app: QApplication, window: MainWindow, store: Store, set_id: str, clock: Clock
) -> None:
    summary = store.find_set(set_id)
    profile_id = window.current_profile_id()
    assert profile_id is not None
    overview = StartOverview.load(store, profile_id, set_id, clock.now())
    start = StartDialog(
        summary.title, summary.topics, summary.question_count, overview, parent=window
    )
    start.show()
    save(start, f"start-{look}", app)
    start.close()
    pin = PinEntryDialog(store.teacher_lock(), "edit question sets", window)
    pin.show()
    save(pin, f"pin-{look}", app)
    pin.close()
    settings = TeacherPinDialog(store, window)
    settings.show()
    save(settings, f"pin-settings-{look}", app)
    settings.close()
    export = ExportDialog(store, window, selected_set_id=set_id)
    export.show()
    save(export, f"export-{look}", app)
    export.close()
    report = ImportReportDialog(
        "Stored 8 questions as 'Moodle quiz, week 3'.\n\nNot imported (1):\n"
        "  • question 1 'Q8' (line 2): an essay question has no answer to check\n\n"
        "Converted or dropped (1):\n  • question 5 'Q5': distractor 'Chat' not carried",
        "Moodle quiz, week 3",
        lambda title: store.find_set(set_id),
        window,
    )
    report.show()
    save(report, f"import-report-{look}", app)
    report.close()


def shoot_teacher_windows(
    look: str, app: QApplication, window: MainWindow, store: Store, generated: GenerationResult
) -> None:
    editor = SetEditorWindow(store, window)
    editor.resize(*SIZE)
    editor.show()
    save(editor, f"editor-{look}", app)
    editor.close()
    review = GenerateReviewWindow(store, window)
    review.resize(1180, 700)
    review.open_file(ARTICLE)
    review.show()
    save(review, f"article-{look}", app)
    review.show_result(generated)
    save(review, f"article-review-{look}", app)
    review.discard_changes()
    review.close()
    results = ClassResultsWindow(store, window)
    results.resize(*SIZE)
    results.show()
    save(results, f"class-results-{look}", app)
    results.close()


def shoot_quiz(look: str, app: QApplication, window: MainWindow, clock: Clock, set_id: str) -> None:
    """One practice round through every question type, with feedback, then its results."""
    wanted = [
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.NUMERIC,
        QuestionType.ORDERING,
        QuestionType.MATCHING,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_ANSWER,
    ]
    config = QuizConfig(Mode.PRACTICE, shuffle=False, topics=[])
    window.start_quiz(set_id, config)
    runner = window.runner
    shot_types: set[QuestionType] = set()
    while window.stack.currentWidget() is runner:
        attempt = runner.attempt
        answer_widget = runner.answer_widget
        assert attempt is not None and answer_widget is not None  # the runner shows a question
        question = attempt.session.current
        assert question is not None
        if question.type in wanted and question.type not in shot_types:
            shot_types.add(question.type)
            save(window, f"question-{question.type.value}-{look}", app)
            if question.type is QuestionType.SINGLE_CHOICE:
                choice = next(c for c in question.choices if c != question.answer)
                answer_widget.set_given(choice)
                runner.primary_action()
                save(window, f"feedback-{look}", app)
                runner.primary_action()
                continue
        clock.seconds += 12
        answer_widget.set_given(_right_answer(question) if len(shot_types) % 2 else None)
        runner.primary_action()
        if runner.showing_feedback:
            runner.primary_action()
        if len(attempt.session.answers) > 60:
            break
    if window.stack.currentWidget() is runner:
        runner.time_up()
    save(window, f"results-{look}", app)


def shoot_empty_home(look: str, app: QApplication, db_url: str) -> None:
    """Home before any set exists: where sets come from."""
    apply_font_size(app, DEFAULT_FONT_SIZE)
    window = MainWindow(lambda: Store.open(db_url), db_url)
    window.resize(*SIZE)
    window.show()
    window.load()
    theme, _, size = look.partition("-")
    window.set_theme(theme)
    apply_font_size(app, TEXT_SIZES[f"-{size}" if size else ""])
    save(window, f"home-empty-{look}", app)
    window.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)  # widgets need the full application, not the core one
    generated = generate_from_file(ARTICLE)
    with tempfile.TemporaryDirectory() as folder:
        # Window sizes are remembered in an INI file: keep the user's own out of the pictures.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        for theme in ("light", "dark"):
            for suffix in TEXT_SIZES:
                look = f"{theme}{suffix}"
                clock = Clock()
                db_url = f"sqlite:///{folder}/{look}.db"
                store = open_database(db_url)
                add_sets(store, generated)
                _, set_id = make_history(store, clock)
                store.close()
                shoot(look, app, db_url, clock, set_id, generated)
                shoot_empty_home(look, app, f"sqlite:///{folder}/{look}-empty.db")
    print(f"screenshots written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
