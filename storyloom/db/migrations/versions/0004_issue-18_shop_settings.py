"""shop settings: the merchant's price, daily book budget, storefront choices and auto-publish

Revision ID: 0004_issue_18_shop_settings
Revises: 0003_provider_jobs
Create Date: 2026-11-30 15:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storyloom.db.models

revision = "0004_issue_18_shop_settings"
down_revision = "0003_provider_jobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shops") as batch:
        batch.add_column(sa.Column("product_price", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("daily_book_budget", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("storefront_languages", storyloom.db.models.JSONType, nullable=True))
        batch.add_column(sa.Column("storefront_styles", storyloom.db.models.JSONType, nullable=True))
        batch.add_column(sa.Column("auto_publish", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("shops") as batch:
        for column in ("auto_publish", "storefront_styles", "storefront_languages", "daily_book_budget"):
            batch.drop_column(column)
        batch.drop_column("product_price")
