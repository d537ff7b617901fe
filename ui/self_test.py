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
from pathlib import Path
from typing import TextIO


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
    with tempfile.TemporaryDirectory(prefix="steppe-self-test-") as tmp:
        test = SelfTest(Path(tmp), out)
        for name, check in CHECKS:
            test.check(name, lambda check=check: check(test))
        out.write(f"{test.passed} passed, {test.failed} failed\n")
    return 0 if test.failed == 0 else 1


# ------------------------------------------------------------------ the checks


def check_shipped_files(test: SelfTest) -> str:
    from quizzes.resources import resource_path

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
    from quizzes.bank import open_database

    store = open_database(test.db_url)
    try:
        builtin = [s for s in store.list_sets() if s.is_builtin]
        if not builtin:
            raise AssertionError("no built-in question set was loaded")
        questions = sum(len(store.get_quizset(s.id).questions) for s in builtin)
    finally:
        store.close()
    return f"{len(builtin)} set(s), {questions} questions"


def check_json_round_trip(test: SelfTest) -> str:
    from quizzes.bank import open_database
    from quizzes.formats.quizjson import read_quizset, write_quizset

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
    return f"{len(quizset.questions)} questions"


def check_main_window(test: SelfTest) -> str:
    from PySide6.QtWidgets import QApplication

    from quizzes.bank import open_database
    from ui.app import app_icon
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
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


CHECKS: list[tuple[str, Callable[[SelfTest], str | None]]] = [
    ("shipped files present", check_shipped_files),
    ("database created and migrated", check_migrations),
    ("built-in question bank loaded", check_builtin_bank),
    ("export and re-import .quiz.json", check_json_round_trip),
    ("main window created and destroyed offscreen", check_main_window),
]
