"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 15:17:50.065689
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import storyloom.db.models

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "shops",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("domain", sa.String(length=255), nullable=False),
        sa.Column("access_token", sa.Text(), nullable=True),
        sa.Column("access_token_expires_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("refresh_token", sa.Text(), nullable=True),
        sa.Column("refresh_token_expires_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("scopes", sa.Text(), nullable=False),
        sa.Column("installed_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("uninstalled_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("domain"),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("shopify_customer_id", sa.String(length=64), nullable=False),
        sa.Column("shopify_product_id", sa.String(length=128), nullable=True),
        sa.Column("shopify_order_id", sa.String(length=128), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("genre", sa.String(length=40), nullable=False),
        sa.Column("age_group", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column(
            "chapters",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "characters",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "settings",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("moral_lesson", sa.Text(), nullable=True),
        sa.Column("cover_image", sa.String(length=500), nullable=True),
        sa.Column(
            "images",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "audio_files",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("pdf_url", sa.String(length=500), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "DRAFT",
                "GENERATING",
                "COMPLETE",
                "PUBLISHED",
                "ERROR",
                "ARCHIVED",
                name="story_status",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("generation_time", sa.Integer(), nullable=True),
        sa.Column("word_count", sa.Integer(), nullable=True),
        sa.Column("page_count", sa.Integer(), nullable=True),
        sa.Column("created_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("published_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "params",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "extras",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "reading_level",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("screen_pdf_url", sa.String(length=500), nullable=True),
        sa.Column("book_audio_url", sa.String(length=500), nullable=True),
        sa.Column("shop_domain", sa.String(length=255), nullable=True),
        sa.Column("owner_session", sa.String(length=64), nullable=True),
        sa.Column("owner_token_hash", sa.String(length=64), nullable=True),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("error_code", sa.String(length=60), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("started_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("completed_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key"),
        sa.UniqueConstraint("shopify_product_id"),
    )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.create_index("ix_stories_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_stories_owner_session", ["owner_session"], unique=False)
        batch_op.create_index("ix_stories_shop_domain", ["shop_domain"], unique=False)
        batch_op.create_index("ix_stories_shopify_customer_id", ["shopify_customer_id"], unique=False)
        batch_op.create_index("ix_stories_status", ["status"], unique=False)

    op.create_table(
        "webhook_events",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=100), nullable=False),
        sa.Column("shop_domain", sa.String(length=255), nullable=False),
        sa.Column(
            "payload",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("received_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("processed_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id"),
    )
    op.create_table(
        "work_units",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("story_id", sa.String(length=32), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "TEXT",
                "CHARACTER",
                "COVER",
                "PAGE_IMAGE",
                "PAGE_AUDIO",
                "BOOK_AUDIO",
                "PDF",
                "PUBLISH",
                name="unit_kind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "WAITING",
                "PENDING",
                "RUNNING",
                "DONE",
                "FAILED",
                name="unit_state",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("lease_expires_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("leased_by", sa.String(length=120), nullable=True),
        sa.Column("not_before", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("error_code", sa.String(length=60), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column(
            "output",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("started_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("finished_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("story_id", "kind", "index", name="uq_work_units_story_kind_index"),
    )
    with op.batch_alter_table("work_units", schema=None) as batch_op:
        batch_op.create_index("ix_work_units_state", ["state"], unique=False)
        batch_op.create_index("ix_work_units_story_id", ["story_id"], unique=False)

    op.create_table(
        "generations",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("story_id", sa.String(length=32), nullable=False),
        sa.Column(
            "type",
            sa.Enum("TEXT", "IMAGE", "AUDIO", "PDF", name="generation_type", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column(
            "result",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("cost", sa.Float(), nullable=True),
        sa.Column("duration", sa.Integer(), nullable=True),
        sa.Column("provider", sa.String(length=60), nullable=False),
        sa.Column("created_at", storyloom.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("unit_id", sa.String(length=32), nullable=True),
        sa.Column("model", sa.String(length=120), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["work_units.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("generations", schema=None) as batch_op:
        batch_op.create_index("ix_generations_story_id", ["story_id"], unique=False)
        batch_op.create_index("ix_generations_type", ["type"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("generations", schema=None) as batch_op:
        batch_op.drop_index("ix_generations_type")
        batch_op.drop_index("ix_generations_story_id")

    op.drop_table("generations")
    with op.batch_alter_table("work_units", schema=None) as batch_op:
        batch_op.drop_index("ix_work_units_story_id")
        batch_op.drop_index("ix_work_units_state")

    op.drop_table("work_units")
    op.drop_table("webhook_events")
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_index("ix_stories_status")
        batch_op.drop_index("ix_stories_shopify_customer_id")
        batch_op.drop_index("ix_stories_shop_domain")
        batch_op.drop_index("ix_stories_owner_session")
        batch_op.drop_index("ix_stories_created_at")

    op.drop_table("stories")
    op.drop_table("shops")
