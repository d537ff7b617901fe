"""Student history: time on screen per attempt, answer order, spaced-repetition cards.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attempt") as batch:
        batch.add_column(
            sa.Column("elapsed_seconds", sa.Float(), nullable=False, server_default=sa.text("0"))
        )
    with op.batch_alter_table("response") as batch:
        batch.add_column(
            sa.Column("position", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
    op.create_table(
        "review_card",
        sa.Column(
            "profile_id",
            sa.String(36),
            sa.ForeignKey("profile.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "question_id",
            sa.String(36),
            sa.ForeignKey("question.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_review_card_question_id", "review_card", ["question_id"])
    op.create_index("ix_review_card_due", "review_card", ["due"])
    op.create_index(
        "ix_response_statistics", "response", ["attempt_id", "question_id", "score", "correct"]
    )


def downgrade() -> None:
    op.drop_index("ix_response_statistics", "response")
    op.drop_table("review_card")
    with op.batch_alter_table("response") as batch:
        batch.drop_column("position")
    with op.batch_alter_table("attempt") as batch:
        batch.drop_column("elapsed_seconds")
