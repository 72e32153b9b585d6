"""provider rate limits shared by every worker process

Revision ID: 0002_provider_rate_limits
Revises: 0001
Create Date: 2026-11-25 15:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storyloom.db.models

revision = "0002_provider_rate_limits"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "provider_limiters",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("touched_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "provider_calls",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("limiter", sa.String(length=120), nullable=False),
        sa.Column("holder", sa.String(length=64), nullable=False),
        sa.Column("started_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("provider_calls", schema=None) as batch_op:
        batch_op.create_index("ix_provider_calls_limiter_started", ["limiter", "started_at"], unique=False)
        batch_op.create_index("ix_provider_calls_holder", ["holder"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("provider_calls", schema=None) as batch_op:
        batch_op.drop_index("ix_provider_calls_holder")
        batch_op.drop_index("ix_provider_calls_limiter_started")
    op.drop_table("provider_calls")
    op.drop_table("provider_limiters")
