"""printed books: the shop's printed formats and shipping level, and the print_jobs table

Revision ID: 0005_issue_21_print_jobs
Revises: 0004_issue_18_shop_settings
Create Date: 2026-11-30 18:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storyloom.db.models

revision = "0005_issue_21_print_jobs"
down_revision = "0004_issue_18_shop_settings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shops") as batch:
        batch.add_column(sa.Column("print_formats", storyloom.db.models.JSONType, nullable=True))
        batch.add_column(sa.Column("print_shipping_level", sa.String(length=20), nullable=True))
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column("shop_domain", sa.String(length=255), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("order_gid", sa.String(length=128), nullable=False),
        sa.Column("line_item_id", sa.String(length=64), nullable=False),
        sa.Column(
            "story_id", sa.String(length=32), sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("unit_index", sa.Integer(), nullable=False),
        sa.Column("format_key", sa.String(length=60), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=60), nullable=False),
        sa.Column("external_id", sa.String(length=400), nullable=False),
        sa.Column("shipping_level", sa.String(length=20), nullable=False),
        sa.Column("address", storyloom.db.models.JSONType, nullable=False),
        sa.Column("contact_email", sa.String(length=320), nullable=False),
        sa.Column("price", sa.String(length=20), nullable=False),
        sa.Column("job_id", sa.String(length=120), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("raw_status", sa.String(length=60), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("tracking_number", sa.String(length=120), nullable=True),
        sa.Column("tracking_url", sa.String(length=500), nullable=True),
        sa.Column("carrier", sa.String(length=120), nullable=True),
        sa.Column("cost", sa.String(length=20), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("fulfillment_id", sa.String(length=128), nullable=True),
        sa.Column("job_attempt", sa.Integer(), nullable=False),
        sa.Column("created_at", storyloom.db.models.UTCDateTime(), nullable=False),
        sa.Column("updated_at", storyloom.db.models.UTCDateTime(), nullable=False),
        sa.Column("checked_at", storyloom.db.models.UTCDateTime(), nullable=True),
        sa.Column("shipped_at", storyloom.db.models.UTCDateTime(), nullable=True),
        sa.UniqueConstraint("shop_domain", "order_id", "line_item_id", name="uq_print_jobs_order_line"),
        sa.UniqueConstraint("story_id", "unit_index", name="uq_print_jobs_story_unit"),
    )
    op.create_index("ix_print_jobs_service_job", "print_jobs", ["service", "job_id"])
    op.create_index("ix_print_jobs_state", "print_jobs", ["state"])


def downgrade() -> None:
    op.drop_index("ix_print_jobs_state", table_name="print_jobs")
    op.drop_index("ix_print_jobs_service_job", table_name="print_jobs")
    op.drop_table("print_jobs")
    with op.batch_alter_table("shops") as batch:
        batch.drop_column("print_shipping_level")
        batch.drop_column("print_formats")
