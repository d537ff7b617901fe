"""A test that reads ../shared fails at once, naming the missing file, when the folder is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

INNER_TEST = """
from pathlib import Path

import pytest

ARTICLE = Path({path!r})


@pytest.mark.shared_files(ARTICLE)
def test_reads_the_article():
    assert ARTICLE.read_text(encoding="utf-8")
"""


def inner_suite(pytester: pytest.Pytester, article: Path) -> None:
    """One test marked as reading `article`, under this suite's shared-files check."""
    pytester.makeini("[pytest]\nmarkers = shared_files: reads files of ../shared\n")
    pytester.makeconftest("from tests.conftest import pytest_runtest_setup  # noqa: F401")
    pytester.makepyfile(test_inner=INNER_TEST.format(path=str(article)))


def test_a_missing_shared_file_fails_the_test_and_is_named(pytester: pytest.Pytester):
    missing = pytester.path / "shared" / "seeds" / "article.txt"
    inner_suite(pytester, missing)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    output = result.stdout.str()
    assert f"missing {missing}: this test reads the article and interop files" in output
    assert "FileNotFoundError" not in output


def test_a_present_shared_file_lets_the_test_run(pytester: pytest.Pytester):
    present = pytester.path / "shared" / "seeds" / "article.txt"
    present.parent.mkdir(parents=True)
    present.write_text("Kazakhstan borders Russia.", encoding="utf-8")
    inner_suite(pytester, present)
    pytester.runpytest_inprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)
