"""The school server's load benchmark (bench/bench_sync_load.py) keeps counting what it says:
its students answer and sync through the app's own code, and its check finds every answer they
sent on the server once, or says MISMATCH. Run here with 2 students × 5 answers, in this
process; the benchmark forks one process per student and prints timings (never tested)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlmodel import col

from bench.bench_sync_load import (
    client_plans,
    laptop_template,
    laptops,
    refresh_class_view,
    roster,
    run_client,
    set_up_classroom,
    verify,
)
from quizzes.store.repository import Store
from quizzes.store.tables import ResponseRow
from tests.postgres_server import PostgresCluster

pytestmark = pytest.mark.postgresql_only

DATABASE = "bench_load"


def test_every_answer_the_students_sent_is_stored_once(
    postgres: PostgresCluster, tmp_path: Path
) -> None:
    classroom = set_up_classroom(postgres, DATABASE, roster(2), tmp_path)
    owner = Store.open(classroom.owner_url)
    try:
        urls = laptops(laptop_template(tmp_path), tmp_path, 2)
        plans = client_plans(classroom, urls, 5, seed=3, think_seconds=0.0, sync_every=2.0)
        results = [run_client(plan) for plan in plans]
        teacher = Store.open(classroom.teacher_url)
        try:
            refresh_class_view(teacher)  # the teacher's view reads the class while it works
        finally:
            teacher.close()

        check = verify(classroom, results)
        assert [result.failures for result in results] == [[], []]
        assert all(result.sync_seconds for result in results)  # each synced, at least at the end
        assert (check.given, check.sent, check.stored) == (10, 10, 10)
        assert (check.duplicates, check.mismatched, check.verdict) == (0, [], "OK")

        with owner.engine.begin() as connection:  # one answer lost on the server
            lost = connection.execute(select(col(ResponseRow.id)).limit(1)).scalar_one()
            connection.execute(delete(ResponseRow).where(col(ResponseRow.id) == lost))
        damaged = verify(classroom, results)
        assert (damaged.sent, damaged.stored, damaged.verdict) == (10, 9, "MISMATCH")
        assert len(damaged.mismatched) == 1 and "5 sent, 4 stored" in damaged.mismatched[0]
    finally:
        owner.close()
        postgres.drop_database(DATABASE)
