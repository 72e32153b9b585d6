"""stories remember the client that asked for them, so the queues can share work fairly between clients

Revision ID: 0004_issue17_story_client
Revises: 0004_issue17_library_listing
Create Date: 2026-11-30 16:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_issue17_story_client"
down_revision = "0004_issue17_library_listing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("client", sa.String(length=120), nullable=True))
        batch.create_index("ix_stories_client_status", ["client", "status"])


def downgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.drop_index("ix_stories_client_status")
        batch.drop_column("client")
