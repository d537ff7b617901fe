"""Rules of the code's shape that should not depend on anyone remembering them."""

from __future__ import annotations

import ast
import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def parsed(path: Path) -> ast.Module:
    """The syntax tree of a source file, parsed once for all the rules here (they only read it)."""
    return ast.parse(path.read_text(encoding="utf-8"))


def imported_modules(path: Path) -> set[str]:
    tree = parsed(path)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def python_files(*folders: str) -> list[Path]:
    return [path for folder in folders for path in sorted((ROOT / folder).rglob("*.py"))]


def offenders(files: list[Path], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    """Each file that imports a module named by (or below) one of `forbidden`, with those."""
    found = {
        str(path.relative_to(ROOT)): sorted(
            module
            for module in imported_modules(path)
            if any(module == name or module.startswith(f"{name}.") for name in forbidden)
        )
        for path in files
    }
    return {path: modules for path, modules in found.items() if modules}


def test_the_core_and_the_command_line_never_import_qt():
    assert offenders(python_files("quizzes", "cli"), ("PySide6", "shiboken6")) == {}


def test_the_core_never_imports_a_front_end():
    assert offenders(python_files("quizzes"), ("ui", "cli")) == {}


def test_the_command_line_never_imports_the_gui():
    assert offenders(python_files("cli"), ("ui",)) == {}


def test_only_the_store_speaks_sql():
    sql = ("sqlalchemy", "sqlmodel", "sqlite3", "alembic", "psycopg")
    outside_the_store = [
        path
        for path in python_files("quizzes", "cli", "ui")
        if (ROOT / "quizzes" / "store") not in path.parents
    ]
    assert offenders(outside_the_store, (*sql, "quizzes.store.tables")) == {}


def test_student_and_teacher_screens_do_not_import_each_other():
    assert offenders(python_files("ui/student"), ("ui.teacher",)) == {}
    assert offenders(python_files("ui/teacher"), ("ui.student",)) == {}


def test_screens_never_import_the_window_that_opens_them():
    window = ("ui.main_window", "ui.app")
    assert offenders(python_files("ui/student", "ui/teacher"), window) == {}


def test_shared_widgets_import_no_screen():
    screens = ("ui.student", "ui.teacher", "ui.main_window", "ui.app")
    assert offenders(python_files("ui/common", "ui/answers"), screens) == {}


def test_nothing_read_from_disk_is_evaluated_or_unpickled():
    risky = {"pickle", "marshal", "shelve"}
    for path in [
        *ROOT.glob("*.py"),
        *python_files("quizzes", "cli", "ui"),
    ]:
        tree = parsed(path)
        assert not (imported_modules(path) & risky), path
        calls = {
            node.func.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        assert not calls & {"eval", "exec"}, path


@pytest.mark.e2e
def test_starting_the_gui_imports_neither_spacy_nor_trafilatura(tmp_path):
    """The generator's libraries cost ~0.7 s to import and load: only generating may pull them."""
    from ui.startup_probe import DEFERRED_PREFIX, PROBE_ENV_VAR

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        PROBE_ENV_VAR: "1",
        "STEPPE_QUIZ_DB": f"sqlite:///{tmp_path / 'startup.db'}",
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "listed" in lines, lines
    assert f"{DEFERRED_PREFIX}none" in lines, lines
