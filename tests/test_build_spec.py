"""The PyInstaller spec ships every file the app loads at run time, and nothing it must not."""

from __future__ import annotations

import ast
import importlib.util
import re
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


def spec_constant(name: str) -> object:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no literal {name}")


def test_the_spec_keeps_every_spacy_language_spacy_itself_imports():
    """Only English ships, plus the language packages spaCy's own modules import whatever the
    language (a spaCy upgrade that imports another one would break the bundle's spacy.load)."""
    spacy_spec = importlib.util.find_spec("spacy")
    assert spacy_spec is not None and spacy_spec.submodule_search_locations
    package = Path(next(iter(spacy_spec.submodule_search_locations)))
    imported: set[str] = set()
    for path in package.rglob("*.py"):
        parts = path.relative_to(package).parts
        if parts[0] in ("lang", "tests"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found = re.match(r"(?:spacy\.)?lang\.([a-z]+)\b", node.module)
                if found and (package / "lang" / found[1] / "__init__.py").is_file():
                    imported.add(found[1])  # a language package, not a shared module
    kept = set(spec_constant("SPACY_LANGUAGES"))  # type: ignore[arg-type]
    assert "en" in kept
    assert imported, "expected spaCy to import some language packages itself"
    assert imported - kept == set()


def test_the_spec_bundles_the_generators_run_time_lookups():
    """What the generator finds by name at run time, which PyInstaller cannot see."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    # The pipeline package is read from nlp.py, so renaming it there cannot leave the spec behind.
    assert '_constant("quizzes/generate/nlp.py", "MODEL_NAME")' in spec
    nlp = ast.parse((ROOT / "quizzes/generate/nlp.py").read_text(encoding="utf-8"))
    assert any(
        isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "MODEL_NAME" for t in node.targets)
        and isinstance(node.value, ast.Constant)
        for node in nlp.body
    )
    for wanted in (
        "collect_data_files(SPACY_MODEL)",
        "copy_metadata(SPACY_MODEL)",  # spacy.load(name) looks the distribution up
        'collect_submodules("quizzes.generate.patterns")',  # found with pkgutil
        '"lxml_html_clean"',
    ):
        assert wanted in spec, wanted
