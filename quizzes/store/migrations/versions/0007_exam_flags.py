"""An exam's flags: the questions a student flagged "for later", kept with the attempt.

`attempt` gains `flagged`, a JSON list of the flagged questions' ids in their set (NULL for
every existing attempt: none were flagged).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column: a plain ADD COLUMN on every dialect, no table copy on SQLite.
    op.add_column("attempt", sa.Column("flagged", sa.JSON(), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN: a batch copy of the table would delete every answer (ON DELETE
    # CASCADE) on SQLite.
    op.drop_column("attempt", "flagged")
