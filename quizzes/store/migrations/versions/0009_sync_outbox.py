"""What this laptop has sent to a school server: a mark per attempt and per answer sent.

Only written after the server has committed what was sent, so a sync that dies midway leaves
nothing marked that the server lacks; sending again is harmless (the server ignores ids it
already holds). A mark goes with its attempt or answer (ON DELETE CASCADE).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_sent_attempt",
        sa.Column(
            "attempt_id",
            sa.String(36),
            sa.ForeignKey("attempt.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        # Whether the attempt was finished when sent: if not, its finishing is still to send.
        sa.Column("finished", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "sync_sent_answer",
        sa.Column(
            "response_id",
            sa.String(36),
            sa.ForeignKey("response.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )


def downgrade() -> None:
    op.drop_table("sync_sent_answer")
    op.drop_table("sync_sent_attempt")
