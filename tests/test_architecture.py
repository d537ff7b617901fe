"""Rules of the code's shape that should not depend on anyone remembering them."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
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
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert not (imported_modules(path) & risky), path
        calls = {
            node.func.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        assert not calls & {"eval", "exec"}, path
