"""The command line as a user runs it: its output, exit code and what it stored.

Most tests run `main.main` in this process (the `cli` fixture); the `e2e` ones start
`python main.py` as a user does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizzes.app.bank import bank_files, builtin_set_id
from quizzes.model import parse_quizset
from tests.conftest import quizset_document
from tests.raw_sql import run_sql

pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parents[2]
# Every database starts with the built-in bank; these tests look at the sets a user added.
BUILTIN_IDS = {builtin_set_id(path) for path in bank_files()}


def user_lines(sets_stdout: str) -> list[str]:
    """Lines of `sets` output for user sets (the built-in bank filtered out)."""
    return [line for line in sets_stdout.splitlines() if line.split("\t")[0] not in BUILTIN_IDS]


def run_script(*args: str, db: str | None = None) -> subprocess.CompletedProcess:
    """`python main.py ARGS [--db DB]` in a new process, without STEPPE_QUIZ_DB set."""
    env = {k: v for k, v in os.environ.items() if k != "STEPPE_QUIZ_DB"}
    command = [sys.executable, str(ROOT / "main.py"), *args]
    if db:
        command += ["--db", db]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)


@pytest.fixture
def quiz_file(tmp_path) -> Path:
    path = tmp_path / "basics.quiz.json"
    path.write_text(json.dumps(quizset_document("SCO basics")), encoding="utf-8")
    return path


@pytest.mark.e2e
def test_version_and_help(cli):
    assert run_script("--version").stdout.strip() == "Steppe Quiz 0.1.0"
    help_text = cli("--help").stdout
    for command in ("sets", "import", "export", "--db"):
        assert command in help_text


@pytest.mark.e2e
def test_import_then_list(cli, quiz_file, db_url):
    imported = run_script("import", str(quiz_file), db=db_url)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 'SCO basics': 7 questions" in imported.stdout
    listed = cli("sets", db=db_url)
    [line] = user_lines(listed.stdout)
    set_id, title, count, source = line.split("\t")
    assert (title, count, source) == ("SCO basics", "7 questions", "An article — A paper")
    assert set_id in imported.stdout


def test_sets_as_json(cli, quiz_file, db_url):
    cli("import", str(quiz_file), db=db_url)
    rows = json.loads(cli("sets", "--json", db=db_url).stdout)
    [row] = [r for r in rows if r["id"] not in BUILTIN_IDS]
    assert all(r["builtin"] for r in rows if r["id"] in BUILTIN_IDS)
    assert (row["title"], row["questions"], row["builtin"]) == ("SCO basics", 7, False)
    assert row["topics"][0] == "SCO membership"


def test_the_database_comes_from_the_environment_or_the_option(cli, quiz_file, tmp_path):
    env_url = f"sqlite:///{tmp_path / 'env.db'}"
    option_url = f"sqlite:///{tmp_path / 'option.db'}"
    assert cli("import", str(quiz_file), env_db=env_url).returncode == 0
    assert cli("sets", env_db=env_url).stdout.count("SCO basics") == 1
    assert user_lines(cli("sets", env_db=env_url, db=option_url).stdout) == []
    assert user_lines(cli("--db", option_url, "sets", env_db=env_url).stdout) == []


def test_export_then_import_gives_back_an_equal_set(cli, quiz_file, db_url, tmp_path):
    cli("import", str(quiz_file), db=db_url)
    out = tmp_path / "out.quiz.json"
    exported = cli("export", "SCO basics", "--format", "json", "--out", str(out), db=db_url)
    assert exported.returncode == 0, exported.stderr
    original = parse_quizset(quizset_document("SCO basics"))
    assert parse_quizset(json.loads(out.read_text())) == original
    to_stdout = cli("export", "sco basics", db=db_url)
    assert parse_quizset(json.loads(to_stdout.stdout)) == original


def test_importing_the_same_file_twice_needs_as_new(cli, quiz_file, db_url):
    cli("import", str(quiz_file), db=db_url)
    again = cli("import", str(quiz_file), db=db_url)
    assert again.returncode == 2
    assert "already stored" in again.stderr and "--as-new" in again.stderr
    assert cli("import", str(quiz_file), "--as-new", db=db_url).returncode == 0
    assert len(user_lines(cli("sets", db=db_url).stdout)) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("{ not json", "bad.quiz.json:1:3: not valid JSON"),
        (json.dumps({**quizset_document(), "version": 7}), "version: unsupported version 7"),
        (
            json.dumps(quizset_document(questions=[{"id": "x", "type": "essay", "prompt": "?"}])),
            "questions[0].type: unknown question type 'essay'",
        ),
    ],
)
def test_a_bad_import_exits_2_with_one_line_and_stores_nothing(
    cli, tmp_path, db_url, content, message
):
    path = tmp_path / "bad.quiz.json"
    if content is not None:
        path.write_text(content)
    result = cli("import", str(path), db=db_url)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert user_lines(cli("sets", db=db_url).stdout) == []


def test_an_unknown_set_exits_2(cli, db_url):
    result = cli("export", "Nothing like this", db=db_url)
    assert result.returncode == 2
    assert "no question set with id or title 'Nothing like this'" in result.stderr


def test_an_unwritable_output_exits_2(cli, quiz_file, db_url, tmp_path):
    cli("import", str(quiz_file), db=db_url)
    result = cli("export", "SCO basics", "--out", str(tmp_path / "no" / "dir.json"), db=db_url)
    assert result.returncode == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_a_usage_error_exits_2(cli):
    result = cli("export")
    assert result.returncode == 2
    assert "required" in result.stderr


@pytest.mark.e2e
def test_a_newer_database_is_refused_with_exit_2(cli, db_url):
    cli("sets", db=db_url)
    run_sql(db_url, "update alembic_version set version_num = 'ffff'")
    result = run_script("sets", db=db_url)
    assert result.returncode == 2
    assert "newer version of Steppe Quiz" in result.stderr
    assert "Traceback" not in result.stderr
