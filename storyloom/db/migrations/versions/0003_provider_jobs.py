"""provider jobs: calls that finish later and report back by callback

Revision ID: 0003_provider_jobs
Revises: 0002_provider_rate_limits
Create Date: 2026-11-25 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storyloom.db.models

revision = "0003_provider_jobs"
down_revision = "0002_provider_rate_limits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "provider_jobs",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("unit_id", sa.String(length=32), nullable=False),
        sa.Column("story_id", sa.String(length=32), nullable=False),
        sa.Column("provider", sa.String(length=60), nullable=False),
        sa.Column("call_key", sa.String(length=64), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("payload", storyloom.db.models.JSONType, nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("callbacks", sa.Integer(), nullable=False),
        sa.Column("submitted_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deadline_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["work_units.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_id", "provider", "call_key", name="uq_provider_jobs_unit_call"),
    )
    with op.batch_alter_table("provider_jobs", schema=None) as batch_op:
        batch_op.create_index("ix_provider_jobs_external", ["provider", "external_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("provider_jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_provider_jobs_external")
    op.drop_table("provider_jobs")
