"""Initial tables: question sets, questions, profiles, attempts and responses.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.String(36), primary_key=True)


def _fk(name: str, target: str) -> sa.Column:
    return sa.Column(name, sa.String(36), sa.ForeignKey(target, ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "question_set",
        _id(),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("source_title", sa.String(), nullable=True),
        sa.Column("source_publisher", sa.String(), nullable=True),
        sa.Column("source_url", sa.String(), nullable=True),
        sa.Column("source_sha256", sa.String(), nullable=True),
        sa.Column("is_builtin", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "question",
        _id(),
        _fk("set_id", "question_set.id"),
        sa.Column("external_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("prompt", sa.String(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("explanation", sa.String(), nullable=False),
        sa.Column("evidence_quote", sa.String(), nullable=True),
        sa.Column("evidence_paragraph", sa.Integer(), nullable=True),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("difficulty", sa.Integer(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.UniqueConstraint("set_id", "external_id"),
    )
    op.create_index("ix_question_set_id", "question", ["set_id"])
    op.create_table(
        "profile",
        _id(),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "attempt",
        _id(),
        _fk("profile_id", "profile.id"),
        _fk("set_id", "question_set.id"),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
    )
    op.create_index("ix_attempt_profile_id", "attempt", ["profile_id"])
    op.create_index("ix_attempt_set_id", "attempt", ["set_id"])
    op.create_table(
        "response",
        _id(),
        _fk("attempt_id", "attempt.id"),
        _fk("question_id", "question.id"),
        sa.Column("answer", sa.JSON(), nullable=True),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_response_attempt_id", "response", ["attempt_id"])
    op.create_index("ix_response_question_id", "response", ["question_id"])


def downgrade() -> None:
    for table in ("response", "attempt", "profile", "question", "question_set"):
        op.drop_table(table)
