"""`SteppeQuiz --self-test`: prove a build works, headless, through the code the app really uses.

Each check prints one line; the last line is `N passed, M failed`. Exit code 0 only when every
check passes. Run in the frozen bundle on CI, it catches a missing hidden import, data file or
Qt plugin.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TextIO

from quizzes.wording import count_of


class SelfTest:
    """Runs named checks in order against one temporary database, counting the results."""

    def __init__(self, work_dir: Path, out: TextIO) -> None:
        self.work_dir = work_dir
        self.db_url = f"sqlite:///{work_dir / 'self-test.db'}"
        self.out = out
        self.passed = 0
        self.failed = 0

    def check(self, name: str, func: Callable[[], str | None]) -> None:
        try:
            detail = func()
        except Exception as err:  # a self-test reports every failure and goes on
            self.failed += 1
            self.out.write(f"FAIL {name}: {type(err).__name__}: {err}\n")
            if os.environ.get("STEPPE_SELF_TEST_TRACEBACK"):
                traceback.print_exc(file=self.out)
            return
        self.passed += 1
        self.out.write(f"ok   {name}" + (f" ({detail})" if detail else "") + "\n")


def run_self_test(out: TextIO = sys.stdout) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    # One application object for every check (the PDF writer and the window both need it).
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="steppe-self-test-") as tmp:
        test = SelfTest(Path(tmp), out)
        for name, check in CHECKS:
            test.check(name, partial(check, test))
        out.write(f"{test.passed} passed, {test.failed} failed\n")
    app.processEvents()
    return 0 if test.failed == 0 else 1


# ------------------------------------------------------------------ the checks


def check_shipped_files(test: SelfTest) -> str:
    from quizzes.app.resources import resource_path

    wanted = [
        resource_path("assets", "icon.png"),
        resource_path("quizzes", "store", "migrations", "env.py"),
        resource_path("seeds", "bank"),
    ]
    missing = [str(path) for path in wanted if not path.exists()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    return f"{len(wanted)} found"


def check_migrations(test: SelfTest) -> str:
    from quizzes.store import migrate
    from quizzes.store.repository import Store

    store = Store.open(test.db_url)
    try:
        with store.engine.connect() as connection:
            revision = migrate.current_revision(connection)
    finally:
        store.close()
    if revision != migrate.head_revision():
        raise AssertionError(f"database at {revision}, head is {migrate.head_revision()}")
    return f"schema {revision}"


def check_builtin_bank(test: SelfTest) -> str:
    from quizzes.app.bank import open_database

    store = open_database(test.db_url)
    try:
        builtin = [s for s in store.list_sets() if s.is_builtin]
        if not builtin:
            raise AssertionError("no built-in question set was loaded")
        questions = sum(len(store.get_quizset(s.id).questions) for s in builtin)
    finally:
        store.close()
    return f"{count_of(len(builtin), 'set')}, {count_of(questions, 'question')}"


def check_json_round_trip(test: SelfTest) -> str:
    from quizzes.app.bank import open_database
    from quizzes.exchange.formats.quizjson import read_quizset, write_quizset

    store = open_database(test.db_url)
    try:
        summary = store.list_sets()[0]
        quizset = store.get_quizset(summary.id)
    finally:
        store.close()
    path = test.work_dir / "export.quiz.json"
    write_quizset(quizset, path)
    if read_quizset(path) != quizset:
        raise AssertionError("the exported set reads back different")
    return count_of(len(quizset.questions), "question")


def check_scripted_attempt(test: SelfTest) -> str:
    """An exam taken through the same code the quiz runner uses, every answer right."""
    import time

    from quizzes.app.bank import open_database
    from quizzes.practice.attempt import LiveAttempt
    from quizzes.practice.session import Mode, QuizConfig
    from ui.answers import correct_given

    store = open_database(test.db_url)
    try:
        profile = store.create_profile("Self-test student")
        set_id = next(s.id for s in store.list_sets() if s.is_builtin)
        config = QuizConfig(mode=Mode.EXAM, count=10, seed=7, time_limit_seconds=600)
        attempt = LiveAttempt.start(store, profile.id, set_id, config, clock=time.monotonic)
        while (question := attempt.session.current) is not None:
            attempt.submit(correct_given(question))
        summary = attempt.finish()
        stored = store.history.responses(attempt.attempt_id)
    finally:
        store.close()
    if summary.score != 1.0 or len(stored) != 10:
        raise AssertionError(f"score {summary.score}, {len(stored)} responses stored")
    return f"10 answers stored, score {summary.score:.0%}"


def check_every_export_format(test: SelfTest) -> str:
    """Export the bank to every format; the ones we can read come back with their questions."""
    from quizzes.app.bank import open_database
    from quizzes.exchange.formats.paper import build_papers
    from quizzes.exchange.formats.registry import import_file
    from quizzes.exchange.service import export_to_file
    from ui.teacher.pdf_export import write_papers

    store = open_database(test.db_url)
    try:
        set_id = next(s.id for s in store.list_sets() if s.is_builtin)
        quizset = store.get_quizset(set_id)
        written = []
        for fmt, suffix in (
            ("json", ".quiz.json"),
            ("gift", ".gift"),
            ("aiken", ".aiken.txt"),
            ("csv", ".csv"),
            ("apkg", ".apkg"),
        ):
            path = test.work_dir / f"bank{suffix}"
            export_to_file(store, set_id, fmt, path)
            if fmt != "apkg" and not import_file(path, fmt).quizset.questions:
                raise AssertionError(f"{fmt}: nothing read back")
            written.append(fmt)
    finally:
        store.close()
    pdfs = write_papers(build_papers(quizset, variants=2, seed=1), test.work_dir / "exam.pdf")
    if not all(path.stat().st_size > 1000 for path in pdfs):
        raise AssertionError("a PDF came out empty")
    return ", ".join([*written, f"pdf ({len(pdfs)} files)"])


def check_main_window(test: SelfTest) -> str:
    from PySide6.QtWidgets import QApplication

    from quizzes.app.bank import open_database
    from ui.app import app_icon
    from ui.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None
    if app_icon().isNull():
        raise AssertionError("the app icon did not load")
    window = MainWindow(lambda: open_database(test.db_url), test.db_url)
    loaded: list[bool] = []
    window.sets_loaded.connect(lambda: loaded.append(True))
    window.show()
    window.load()
    app.processEvents()
    image = window.grab()
    window.close()
    window.deleteLater()
    app.processEvents()
    if not loaded:
        raise AssertionError("the window did not finish loading the database")
    return f"painted {image.width()}x{image.height()}"


# A short article of our own for the generator check: a border length, an organisation and a
# leader, each something the generator knows how to ask about.
SAMPLE_ARTICLE = """Kazakhstan and Its Neighbours

Kazakhstan shares a 7,644-km border with Russia, one of the longest land borders in the world.
Kazakhstan is a founding member of the Shanghai Cooperation Organisation (SCO), which was set up
in 2001. Last year China overtook Russia to become Kazakhstan's biggest trading partner.
President Kassym-Jomart Tokayev said in Astana that the next SCO summit would be held in July.
"""


def check_generate_quiz(test: SelfTest) -> str:
    """A quiz made from a short article: spaCy, the English pipeline and the pattern plug-ins."""
    import time

    from quizzes.generate import generate_quiz

    start = time.perf_counter()
    result = generate_quiz(SAMPLE_ARTICLE, seed=1)
    elapsed = time.perf_counter() - start
    count = len(result.quizset.questions)
    if count == 0:
        raise AssertionError("the generator made no question from the sample article")
    return f"{count_of(count, 'question')} in {elapsed:.2f} s, language model load included"


CHECKS: list[tuple[str, Callable[[SelfTest], str | None]]] = [
    ("shipped files present", check_shipped_files),
    ("database created and migrated", check_migrations),
    ("built-in question bank loaded", check_builtin_bank),
    ("export and re-import .quiz.json", check_json_round_trip),
    ("scripted exam through the quiz runner's code", check_scripted_attempt),
    ("export to every format", check_every_export_format),
    ("quiz generated from a sample article", check_generate_quiz),
    ("main window created and destroyed offscreen", check_main_window),
]
