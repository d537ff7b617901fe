"""The same file imported by several commands at once: stored once, and nobody crashes.

Real processes on one database (an SQLite file, and a PostgreSQL database), released together
round after round (`tests.concurrent_cli`); the tests look at how each command ended and what
the database holds, never at timing.
"""

from __future__ import annotations

import json

import pytest

from quizzes.app.bank import open_database
from quizzes.classroom.results_file import write_results_file
from tests.concurrent_cli import run_together
from tests.conftest import quizset_document
from tests.raw_sql import run_sql
from tests.results_fixtures import add_sample_set, attempt, profile, results_of

pytestmark = pytest.mark.both_engines

ROUNDS = 4
SET_ID = "7b0c5a9e-3f1d-4e8a-9c2b-6d5e4f3a2b1c"


def rows(db_url: str, query: str) -> list[tuple]:
    return run_sql(db_url, query)


def test_two_imports_of_one_file_at_once_store_one_set(new_db_url, tmp_path):
    quiz = tmp_path / "sco.quiz.json"
    quiz.write_text(json.dumps(quizset_document()), encoding="utf-8")
    urls = [new_db_url(f"round{r}.db") for r in range(ROUNDS)]
    rounds = run_together([[["import", str(quiz), "--db", url]] * 2 for url in urls])
    for url, results in zip(urls, rounds, strict=True):
        stored_sets = rows(url, "select id from question_set where title = 'SCO basics'")
        assert len(stored_sets) == 1, f"{len(stored_sets)} sets stored"
        [(set_id,)] = stored_sets
        # Both started on a new database: the built-in bank was added once, without a crash.
        assert rows(url, "select count(*) from question_set where is_builtin") == [(1,)]
        assert sorted(r.returncode for r in results) == [0, 2], results
        stored, refused = sorted(results, key=lambda r: r.returncode)
        assert stored.stdout.endswith(f"as set {set_id}\n") and stored.stderr == ""
        assert refused.stdout == ""
        assert refused.stderr == (
            f"steppe-quiz: error: {quiz}: these questions are already stored as set {set_id} "
            "('SCO basics'); nothing imported. Use --as-new to store another copy.\n"
        )
        assert rows(url, f"select count(*) from question where set_id = '{set_id}'") == [(7,)]


@pytest.fixture
def results_file(new_db_url, tmp_path):
    """A laptop's results: two attempts of a student the teacher's database does not know."""
    store = open_database(new_db_url("laptop.db"))
    try:
        sco = add_sample_set(store, set_id=SET_ID)
        aigerim = profile("Aigerim")
        attempts = [
            attempt(aigerim, sco, {"sco-newest": 1, "eaeu": 1}),
            attempt(aigerim, sco, {"sco-newest": 0, "leaders": 1}, minutes=30),
        ]
        path = tmp_path / "laptop.results.json"
        write_results_file(results_of(attempts, [sco]), path)
    finally:
        store.close()
    return path


def test_three_imports_of_one_results_file_at_once_store_each_attempt_once(
    new_db_url, results_file
):
    urls = []
    for r in range(ROUNDS):
        url = new_db_url(f"teacher{r}.db")
        store = open_database(url)
        try:
            add_sample_set(store, set_id=SET_ID)
        finally:
            store.close()
        urls.append(url)
    rounds = run_together(
        [[["results", "import", str(results_file), "--db", url]] * 3 for url in urls]
    )
    for url, results in zip(urls, rounds, strict=True):
        assert [r.returncode for r in results] == [0, 0, 0], results
        assert [r.stderr for r in results] == ["", "", ""]
        added = f"{results_file}: 2 attempts added, 0 already present; new students: Aigerim\n"
        present = f"{results_file}: 0 attempts added, 2 already present\n"
        assert sorted(r.stdout for r in results) == sorted([added, present, present])
        assert rows(url, "select name from profile") == [("Aigerim",)]
        assert rows(url, "select count(*) from attempt") == [(2,)]
        assert rows(url, "select count(*) from response") == [(4,)]
