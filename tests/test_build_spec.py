"""The PyInstaller spec ships every file the app loads at run time, and nothing it must not."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def spec_datas() -> list[tuple[str, str]]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "DATAS" for t in node.targets
        ):
            return [tuple(ast.literal_eval(elt)) for elt in node.value.elts]
    raise AssertionError("build.spec has no DATAS list")


def resource_paths_used() -> dict[str, list[str]]:
    """Every `resource_path("a", "b", ...)` call in the app: its leading literal parts, by file."""
    used: dict[str, list[str]] = {}
    for path in [ROOT / "main.py", *(ROOT / "quizzes").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "resource_path"
            ):
                literal = []
                for arg in node.args:
                    if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                        break
                    literal.append(arg.value)
                assert literal, f"{path}: resource_path() must start with a literal folder"
                used.setdefault("/".join(literal), []).append(str(path.relative_to(ROOT)))
    return used


def test_every_run_time_file_is_in_the_spec_data():
    shipped = [dest for _src, dest in spec_datas()]
    used = resource_paths_used()
    assert used, "expected the app to load some shipped files"
    missing = {
        wanted: files
        for wanted, files in used.items()
        if not any(wanted == dest or wanted.startswith(dest + "/") for dest in shipped)
    }
    assert missing == {}


def test_every_spec_data_source_exists_and_is_not_empty():
    for source, _dest in spec_datas():
        folder = ROOT / source
        assert folder.is_dir(), source
        assert any(p.is_file() for p in folder.rglob("*")), source


def test_the_migrations_are_shipped_as_files():
    assert ("quizzes/store/migrations", "quizzes/store/migrations") in spec_datas()
    assert (ROOT / "quizzes/store/migrations/env.py").is_file()
