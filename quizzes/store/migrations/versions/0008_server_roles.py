"""A school server's marks: sets a teacher has published, and each student's server login.

`question_set.published` (false for every existing set): on a school server, a set students
may read (the engine's row-level security checks it); on a laptop, a set that came from the
school server. `profile.server_login` (unique, empty until given): the PostgreSQL login of the
student this profile belongs to.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN and a unique index: a batch copy of question_set would delete every
    # question (ON DELETE CASCADE) on SQLite, and any number of profiles may have no login.
    op.add_column(
        "question_set",
        sa.Column("published", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("profile", sa.Column("server_login", sa.String(), nullable=True))
    op.create_index("ix_profile_server_login", "profile", ["server_login"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_profile_server_login", table_name="profile")
    op.drop_column("profile", "server_login")
    op.drop_column("question_set", "published")
