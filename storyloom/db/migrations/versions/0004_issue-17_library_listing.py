"""stories: listed in the public library only when the owner chose to, with the child's name only
when the owner agreed

Revision ID: 0004_issue17_library_listing
Revises: 0004_issue17_webhook_body
Create Date: 2026-11-30 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_issue17_library_listing"
down_revision = "0004_issue17_webhook_body"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.add_column(
            sa.Column("show_in_library", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("show_child_name", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("show_child_name")
        batch.drop_column("show_in_library")
