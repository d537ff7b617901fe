"""An import key on question sets, unique: the same file imported twice at the same moment is
stored once.

The key is the fingerprint of a file's questions, set only for sets imported from now on (not
"as new"), so a database that already holds two copies of one set upgrades as it is: those keep
no key, and the import's own check still finds them by their fingerprint.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column and a unique index: no table copy on SQLite, and every dialect lets
    # any number of rows leave the key empty.
    op.add_column("question_set", sa.Column("import_key", sa.String(), nullable=True))
    op.create_index("ix_question_set_import_key", "question_set", ["import_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_question_set_import_key", table_name="question_set")
    # A plain DROP COLUMN: a batch copy of the table would delete every question (ON DELETE
    # CASCADE) on SQLite.
    op.drop_column("question_set", "import_key")
