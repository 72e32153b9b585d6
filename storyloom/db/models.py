"""The tables. Story and Generation follow the original Prisma schema field for field; the rest are
the work units of the pipeline, the shops that installed the app and the webhooks they sent."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from storyloom.ids import new_id

JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes on every backend (SQLite stores them naive; we read them back as UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    pass


class StoryStatus(enum.StrEnum):
    DRAFT = "DRAFT"
    GENERATING = "GENERATING"
    COMPLETE = "COMPLETE"
    PUBLISHED = "PUBLISHED"
    ERROR = "ERROR"
    ARCHIVED = "ARCHIVED"


class GenerationType(enum.StrEnum):
    TEXT = "TEXT"
    IMAGE = "IMAGE"
    AUDIO = "AUDIO"
    PDF = "PDF"


class UnitKind(enum.StrEnum):
    TEXT = "text"
    CHARACTER = "character"
    COVER = "cover"
    PAGE_IMAGE = "page_image"
    PAGE_AUDIO = "page_audio"
    PAGE_TEXT = "page_text"  # a page written again on the owner's request (made on demand, not planned)
    BOOK_AUDIO = "book_audio"
    PDF = "pdf"
    PUBLISH = "publish"
    PRINT_JOB = "print_job"  # one printed copy's order line, sent to the print service (made on order)


class UnitState(enum.StrEnum):
    WAITING = "waiting"  # its inputs are not done yet
    PENDING = "pending"  # ready, enqueued (or due to be, after a back-off)
    RUNNING = "running"  # claimed by a worker until lease_expires_at
    DONE = "done"
    FAILED = "failed"


def _enum(enum_class: type[enum.Enum], name: str) -> Enum:
    return Enum(enum_class, name=name, native_enum=False, length=20, validate_strings=True)


class Story(Base):
    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    shopify_customer_id: Mapped[str] = mapped_column(String(64), default="")
    shopify_product_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    shopify_order_id: Mapped[str | None] = mapped_column(String(128))

    title: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str | None] = mapped_column(Text)
    genre: Mapped[str] = mapped_column(String(40))
    age_group: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(10), default="en")

    chapters: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    characters: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    settings: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    moral_lesson: Mapped[str | None] = mapped_column(Text)

    cover_image: Mapped[str | None] = mapped_column(String(500))
    images: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    audio_files: Mapped[list[Any] | None] = mapped_column(JSONType)
    pdf_url: Mapped[str | None] = mapped_column(String(500))

    status: Mapped[StoryStatus] = mapped_column(_enum(StoryStatus, "story_status"), default=StoryStatus.DRAFT)
    generation_time: Mapped[int | None] = mapped_column(Integer)
    word_count: Mapped[int | None] = mapped_column(Integer)
    page_count: Mapped[int | None] = mapped_column(Integer)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # Added beyond the original schema.
    params: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    extras: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)  # vocabulary, questions
    reading_level: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    screen_pdf_url: Mapped[str | None] = mapped_column(String(500))
    book_audio_url: Mapped[str | None] = mapped_column(String(500))
    shop_domain: Mapped[str | None] = mapped_column(String(255))
    owner_session: Mapped[str | None] = mapped_column(String(64))
    owner_token_hash: Mapped[str | None] = mapped_column(String(64))
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    # The owner's choices for the public library: listed at all, and with the child's name.
    show_in_library: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    show_child_name: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Who asked for the book (address, token or storefront customer): the queues share work fairly by it.
    client: Mapped[str | None] = mapped_column(String(120))
    error_code: Mapped[str | None] = mapped_column(String(60))
    error_message: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    generations: Mapped[list[Generation]] = relationship(
        back_populates="story", cascade="all, delete-orphan", passive_deletes=True
    )
    units: Mapped[list[WorkUnit]] = relationship(
        back_populates="story", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_stories_shopify_customer_id", "shopify_customer_id"),
        Index("ix_stories_status", "status"),
        Index("ix_stories_created_at", "created_at"),
        Index("ix_stories_shop_domain", "shop_domain"),
        Index("ix_stories_owner_session", "owner_session"),
        Index("ix_stories_client_status", "client", "status"),
    )


class Generation(Base):
    """One provider call (or attempt) and what it cost."""

    __tablename__ = "generations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    type: Mapped[GenerationType] = mapped_column(_enum(GenerationType, "generation_type"))
    prompt: Mapped[str] = mapped_column(Text)
    result: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    cost: Mapped[float | None] = mapped_column(Float)
    duration: Mapped[int | None] = mapped_column(Integer)  # milliseconds
    provider: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    # Added: which unit made the call, which model, and the error when the call failed.
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("work_units.id", ondelete="SET NULL"))
    model: Mapped[str | None] = mapped_column(String(120))
    error: Mapped[str | None] = mapped_column(Text)

    story: Mapped[Story] = relationship(back_populates="generations")

    __table_args__ = (
        Index("ix_generations_story_id", "story_id"),
        Index("ix_generations_type", "type"),
    )


class WorkUnit(Base):
    """One piece of a book's making; the database, not the queue, is the source of truth."""

    __tablename__ = "work_units"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    kind: Mapped[UnitKind] = mapped_column(_enum(UnitKind, "unit_kind"))
    index: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[UnitState] = mapped_column(_enum(UnitState, "unit_state"), default=UnitState.WAITING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    leased_by: Mapped[str | None] = mapped_column(String(120))
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error_code: Mapped[str | None] = mapped_column(String(60))
    error_message: Mapped[str | None] = mapped_column(Text)
    output: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    story: Mapped[Story] = relationship(back_populates="units")

    __table_args__ = (
        UniqueConstraint("story_id", "kind", "index", name="uq_work_units_story_kind_index"),
        Index("ix_work_units_state", "state"),
        Index("ix_work_units_story_id", "story_id"),
    )

    @property
    def label(self) -> str:
        """How a person names this unit: 'page image 3', 'page text 3', 'cover', 'text'."""
        if self.kind in (UnitKind.PAGE_IMAGE, UnitKind.PAGE_AUDIO, UnitKind.PAGE_TEXT, UnitKind.CHARACTER):
            return f"{self.kind.value.replace('_', ' ')} {self.index}"
        return self.kind.value.replace("_", " ")


class Shop(Base):
    """A Shopify store that installed the app, with its expiring offline tokens."""

    __tablename__ = "shops"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    domain: Mapped[str] = mapped_column(String(255), unique=True)
    access_token: Mapped[str | None] = mapped_column(Text)
    access_token_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    refresh_token: Mapped[str | None] = mapped_column(Text)
    refresh_token_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    scopes: Mapped[str] = mapped_column(Text, default="")
    installed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    uninstalled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The merchant's choices in the embedded admin (None: the app's default).
    product_price: Mapped[str | None] = mapped_column(String(20))
    daily_book_budget: Mapped[int | None] = mapped_column(Integer)
    storefront_languages: Mapped[list[str] | None] = mapped_column(JSONType)
    storefront_styles: Mapped[list[str] | None] = mapped_column(JSONType)
    auto_publish: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Printed editions sold: {format key: price}, and the shipping level the print service uses.
    print_formats: Mapped[dict[str, str] | None] = mapped_column(JSONType)
    print_shipping_level: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class WebhookEvent(Base):
    """A Shopify webhook received, kept to de-duplicate deliveries by event id."""

    __tablename__ = "webhook_events"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    event_id: Mapped[str] = mapped_column(String(200), unique=True)
    topic: Mapped[str] = mapped_column(String(100))
    shop_domain: Mapped[str] = mapped_column(String(255))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str | None] = mapped_column(Text)
    body_sha256: Mapped[str | None] = mapped_column(String(64), unique=True)


class ProviderJob(Base):
    """A provider call that runs as a job (submitted now, finished later), remembered for its unit so
    that a callback can wake the unit and a re-run collects the job instead of paying for it again."""

    __tablename__ = "provider_jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    unit_id: Mapped[str] = mapped_column(ForeignKey("work_units.id", ondelete="CASCADE"))
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    provider: Mapped[str] = mapped_column(String(60))
    call_key: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="running")
    payload: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    error: Mapped[str | None] = mapped_column(Text)
    callbacks: Mapped[int] = mapped_column(Integer, default=0)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deadline_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        UniqueConstraint("unit_id", "provider", "call_key", name="uq_provider_jobs_unit_call"),
        Index("ix_provider_jobs_external", "provider", "external_id"),
    )


class PrintJobRecord(Base):
    """One printed order line and its print job: made when the order is paid, updated by the print-job
    unit, the service's webhooks and the status sweep. `external_id` is what the service knows it by."""

    __tablename__ = "print_jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    shop_domain: Mapped[str] = mapped_column(String(255))
    order_id: Mapped[str] = mapped_column(String(64))
    order_gid: Mapped[str] = mapped_column(String(128))
    line_item_id: Mapped[str] = mapped_column(String(64))
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    unit_index: Mapped[int] = mapped_column(Integer)
    format_key: Mapped[str] = mapped_column(String(60))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    service: Mapped[str] = mapped_column(String(60))
    external_id: Mapped[str] = mapped_column(String(400))
    shipping_level: Mapped[str] = mapped_column(String(20))
    address: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    price: Mapped[str] = mapped_column(String(20), default="")  # what the buyer paid for the line
    job_id: Mapped[str | None] = mapped_column(String(120))
    # preparing, validating, created, in_production, shipped, rejected, canceled, or failed (ours)
    state: Mapped[str] = mapped_column(String(20), default="preparing")
    raw_status: Mapped[str] = mapped_column(String(60), default="")
    message: Mapped[str | None] = mapped_column(Text)
    tracking_number: Mapped[str | None] = mapped_column(String(120))
    tracking_url: Mapped[str | None] = mapped_column(String(500))
    carrier: Mapped[str | None] = mapped_column(String(120))
    cost: Mapped[str | None] = mapped_column(String(20))  # the service's charge, excluding tax
    currency: Mapped[str | None] = mapped_column(String(3))
    fulfillment_id: Mapped[str | None] = mapped_column(String(128))
    job_attempt: Mapped[int] = mapped_column(Integer, default=1)  # a new job after a rejected one
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        UniqueConstraint("shop_domain", "order_id", "line_item_id", name="uq_print_jobs_order_line"),
        UniqueConstraint("story_id", "unit_index", name="uq_print_jobs_story_unit"),
        Index("ix_print_jobs_service_job", "service", "job_id"),
        Index("ix_print_jobs_state", "state"),
    )
