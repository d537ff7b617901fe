"""Remember each set's content fingerprint (to spot a set imported twice) and per-profile
preferences (font size, theme).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("question_set") as batch:
        batch.add_column(sa.Column("content_sha256", sa.String(), nullable=True))
        batch.create_index("ix_question_set_content_sha256", ["content_sha256"])
    with op.batch_alter_table("profile") as batch:
        batch.add_column(
            sa.Column("preferences", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )


def downgrade() -> None:
    with op.batch_alter_table("profile") as batch:
        batch.drop_column("preferences")
    with op.batch_alter_table("question_set") as batch:
        batch.drop_index("ix_question_set_content_sha256")
        batch.drop_column("content_sha256")
