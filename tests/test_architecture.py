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


def test_the_core_never_imports_qt():
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in imported_modules(path) if "PySide" in m)
        for path in (ROOT / "quizzes").rglob("*.py")
    }
    assert {path: mods for path, mods in offenders.items() if mods} == {}


def test_the_core_never_imports_the_ui():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "quizzes").rglob("*.py")
        if any(m == "ui" or m.startswith("ui.") for m in imported_modules(path))
    ]
    assert offenders == []


def test_the_ui_runs_no_sql():
    forbidden = ("sqlalchemy", "sqlmodel", "sqlite3", "quizzes.store.tables", "alembic")
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m for m in imported_modules(path) if m.startswith(forbidden)
        )
        for path in (ROOT / "ui").rglob("*.py")
    }
    assert {path: mods for path, mods in offenders.items() if mods} == {}


def test_nothing_read_from_disk_is_evaluated_or_unpickled():
    risky = {"pickle", "marshal", "shelve"}
    for path in [
        *ROOT.glob("*.py"),
        *(ROOT / "quizzes").rglob("*.py"),
        *(ROOT / "ui").rglob("*.py"),
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
