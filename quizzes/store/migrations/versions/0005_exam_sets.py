"""Exam sets, and the teacher PIN's wrong tries as an atomic counter.

`question_set` gains `is_exam` (false for every existing set) and `results_released_at`. The
PIN's failure count moves out of the `app_setting` row `teacher_pin_failures` (JSON text,
rewritten by read-modify-write) into an `app_counter` row raised by one UPDATE; a running count
is carried over.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10
"""

import json
import math
import time

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_FAILURES_KEY = "teacher_pin_failures"
# What a damaged old count becomes: enough wrong tries for the longest wait.
_DAMAGED_COUNT = 9


def upgrade() -> None:
    # Plain ADD COLUMN: rebuilding question_set on SQLite would drop it, and with it (through
    # ON DELETE CASCADE) every question.
    op.add_column(
        "question_set",
        sa.Column("is_exam", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("question_set", sa.Column("results_released_at", sa.DateTime(), nullable=True))
    counters = op.create_table(
        "app_counter",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.Float(), nullable=False),
    )
    settings = sa.table("app_setting", sa.column("key", sa.String), sa.column("value", sa.String))
    connection = op.get_bind()
    old = connection.execute(
        sa.select(settings.c.value).where(settings.c.key == _FAILURES_KEY)
    ).scalar()
    if old is None:
        return
    op.bulk_insert(counters, [{"key": _FAILURES_KEY, **_carried_count(old)}])
    op.execute(settings.delete().where(settings.c.key == _FAILURES_KEY))


def _carried_count(text: str) -> dict[str, int | float]:
    try:
        data = json.loads(text)
        count, last_at = int(data["count"]), float(data["last_failure"])
    except (ValueError, KeyError, TypeError):
        return {"count": _DAMAGED_COUNT, "last_at": time.time()}
    if count < 0 or not math.isfinite(last_at):
        return {"count": _DAMAGED_COUNT, "last_at": time.time()}
    return {"count": count, "last_at": last_at}


def downgrade() -> None:
    op.drop_table("app_counter")
    op.drop_column("question_set", "results_released_at")
    op.drop_column("question_set", "is_exam")
