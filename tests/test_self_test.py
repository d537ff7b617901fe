"""`--self-test`: every check passes from source; a failing check is reported, not fatal."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ui.self_test import CHECKS, SAMPLE_ARTICLE, SelfTest, check_generate_quiz

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.e2e
def test_the_self_test_passes_from_source():
    env = {k: v for k, v in os.environ.items() if k != "STEPPE_QUIZ_DB"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[-1] == f"{len(CHECKS)} passed, 0 failed"
    assert all(line.startswith("ok   ") for line in lines[:-1])
    assert any(line.startswith("ok   quiz generated from a sample article (") for line in lines)


def test_the_generator_check_reports_its_questions_and_time(tmp_path):
    detail = check_generate_quiz(SelfTest(tmp_path, io.StringIO()))
    match = re.fullmatch(r"(\d+) questions in (\d+\.\d\d) s, language model load included", detail)
    assert match, detail
    assert int(match[1]) >= 1


def test_the_sample_article_is_about_what_the_generator_knows():
    for name in ("Kazakhstan", "Shanghai Cooperation Organisation", "SCO", "-km border"):
        assert name in SAMPLE_ARTICLE


def test_a_failing_check_is_counted_and_named(tmp_path):
    out = io.StringIO()
    test = SelfTest(tmp_path, out)
    test.check("works", lambda: "fine")
    test.check("breaks", lambda: 1 / 0)
    assert (test.passed, test.failed) == (1, 1)
    assert out.getvalue().splitlines() == [
        "ok   works (fine)",
        "FAIL breaks: ZeroDivisionError: division by zero",
    ]
