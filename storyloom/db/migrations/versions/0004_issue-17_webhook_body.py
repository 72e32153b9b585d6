"""webhook events remember their body's SHA-256, so a signed body is processed once

Revision ID: 0004_issue17_webhook_body
Revises: 0003_provider_jobs
Create Date: 2026-11-30 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_issue17_webhook_body"
down_revision = "0003_provider_jobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("webhook_events") as batch:
        batch.add_column(sa.Column("body_sha256", sa.String(length=64), nullable=True))
        batch.create_unique_constraint("uq_webhook_events_body_sha256", ["body_sha256"])


def downgrade() -> None:
    with op.batch_alter_table("webhook_events") as batch:
        batch.drop_constraint("uq_webhook_events_body_sha256", type_="unique")
        batch.drop_column("body_sha256")
