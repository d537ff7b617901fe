"""Render every student screen offscreen into docs/screenshots/*.png, in light and dark.

Uses a throwaway database holding the built-in bank and a made-up student history, so the
pictures show realistic data. Run with `make screenshots`.
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

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from quizzes.app.bank import open_database  # noqa: E402
from quizzes.model import Question, QuestionType, answer_pairs, answer_texts  # noqa: E402
from quizzes.practice.attempt import LiveAttempt  # noqa: E402
from quizzes.practice.session import Mode, QuizConfig  # noqa: E402
from quizzes.store.repository import Store  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1024, 600)


class Clock:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.start = datetime.now(UTC) - timedelta(days=40)

    def monotonic(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds)


def make_history(store: Store, clock: Clock) -> tuple[str, str]:
    """Twelve past attempts getting better over five weeks, and one exam left unfinished."""
    profile = store.create_profile("Aigerim")
    set_id = store.list_sets()[0].id
    rng = random.Random(4)
    for number in range(12):
        clock.seconds += 3 * 24 * 3600
        config = QuizConfig(Mode.PRACTICE if number % 3 else Mode.EXAM, count=10, seed=number)
        attempt = LiveAttempt.start(
            store, profile.id, set_id, config, clock=clock.monotonic, now=clock.now
        )
        skill = 0.35 + number * 0.05
        while (question := attempt.session.current) is not None:  # an exam: to its review page
            clock.seconds += rng.uniform(5, 25)
            right = rng.random() < skill
            attempt.submit(_right_answer(question) if right else None)
        attempt.finish()
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


def shoot(theme: str, app: QApplication, db_url: str, clock: Clock, set_id: str) -> None:
    window = MainWindow(lambda: open_database(db_url), db_url, clock=clock.monotonic, now=clock.now)
    window.resize(*SIZE)
    window.show()
    window.load()
    window.set_theme(theme)
    save(window, f"home-{theme}", app)
    store = window.store
    profile_id = window.current_profile_id()
    assert store is not None and profile_id is not None  # loaded, with make_history's student
    unfinished = store.history.unfinished_attempt(profile_id)
    if unfinished is not None:  # the exam left unfinished: resumed, with its countdown
        window.resume_attempt(unfinished.id)
        save(window, f"exam-{theme}", app)
        window.runner.leave(abandon=False)
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
            save(window, f"question-{question.type.value}-{theme}", app)
            if question.type is QuestionType.SINGLE_CHOICE:
                choice = next(c for c in question.choices if c != question.answer)
                answer_widget.set_given(choice)
                runner.primary_action()
                save(window, f"feedback-{theme}", app)
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
    save(window, f"results-{theme}", app)
    window.show_progress()
    window.progress.wait_for_work()
    save(window, f"progress-{theme}", app)
    window.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)  # widgets need the full application, not the core one
    with tempfile.TemporaryDirectory() as folder:
        for theme in ("light", "dark"):
            clock = Clock()
            db_url = f"sqlite:///{folder}/{theme}.db"
            store = open_database(db_url)
            _, set_id = make_history(store, clock)
            store.close()
            shoot(theme, app, db_url, clock, set_id)
    print(f"screenshots written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
