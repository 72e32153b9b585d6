"""What the merchant's admin page and the customer's "my books" show: a shop's books with their state
and cost, and a customer's books with their download links; and starting a book from the storefront."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from storyloom.books.service import BookService
from storyloom.db.models import Generation, Story, StoryStatus, UnitKind, UnitState, WorkUnit
from storyloom.db.stories import find_story
from storyloom.pipeline.admission import Identity, admit
from storyloom.pipeline.orchestrator import Owner
from storyloom.runtime import Runtime
from storyloom.shopify.budget import check_daily_budget
from storyloom.shopify.orders import download_link
from storyloom.shopify.shop_settings import shop_preferences
from storyloom.story.params import StoryParams


@dataclass(frozen=True)
class BookLinks:
    """Where a buyer gets the book: the reader, both PDFs and the narration (signed, expiring)."""

    reader: str
    print_pdf: str
    screen_pdf: str | None
    narration: str | None


@dataclass(frozen=True)
class BookRow:
    """One book as a list shows it. `attention` says in words what went wrong when the merchant or the
    buyer can act on it (a failed making or a failed publish); `retry` is then what a Retry re-runs."""

    id: str
    title: str
    status: str
    created_at: datetime
    cost_usd: float
    product_id: str | None
    order_id: str | None
    download_url: str | None
    publishable: bool
    customer_id: str = ""
    cover_key: str | None = None
    attention: str | None = None
    retry: str | None = None
    publishing: bool = False
    links: BookLinks | None = None

    @property
    def cost_cents(self) -> float:
        return round(self.cost_usd * 100, 2)

    @property
    def state(self) -> str:
        """The state in a merchant's words."""
        if self.attention:
            return "needs attention"
        if self.publishing:
            return "publishing"
        return {
            "DRAFT": "being made",
            "GENERATING": "being made",
            "COMPLETE": "ready to publish",
            "PUBLISHED": "published",
            "ARCHIVED": "archived",
        }.get(self.status, self.status.lower())


def book_links(runtime: Runtime, story: Story) -> BookLinks:
    """The buyer's links to every form of a finished book."""
    settings = runtime.settings.shopify
    base = settings.app_url.rstrip("/")
    return BookLinks(
        reader=f"{base}/stories/{story.id}",
        print_pdf=download_link(settings, story.id, edition="print")[0],
        screen_pdf=download_link(settings, story.id, edition="screen")[0] if story.screen_pdf_url else None,
        narration=download_link(settings, story.id, edition="audio")[0] if story.book_audio_url else None,
    )


def _working_title(story: Story) -> str:
    name = (story.params or {}).get("child_name")
    return f"A book for {name}" if name else "(untitled)"


def _attention(story: Story, publish: WorkUnit | None) -> tuple[str | None, str | None]:
    if story.status == StoryStatus.ERROR:
        return f"Making the book failed: {story.error_message or 'unknown error'}", "make"
    if publish is not None and publish.state == UnitState.FAILED:
        return f"Publishing to Shopify failed: {publish.error_message or 'unknown error'}", "publish"
    return None, None


def _rows(runtime: Runtime, query: Any, *, with_links: bool) -> list[BookRow]:
    with runtime.session() as session:
        stories = session.scalars(query.order_by(Story.created_at.desc()).limit(200)).all()
        ids = [story.id for story in stories]
        costs = dict(
            session.execute(
                select(Generation.story_id, func.coalesce(func.sum(Generation.cost), 0.0))
                .where(Generation.story_id.in_(ids))
                .group_by(Generation.story_id)
            ).all()
        )
        publishes = {
            unit.story_id: unit
            for unit in session.scalars(
                select(WorkUnit).where(WorkUnit.story_id.in_(ids), WorkUnit.kind == UnitKind.PUBLISH)
            ).all()
        }
    rows = []
    for story in stories:
        deliveries = (story.extras or {}).get("shopify", {}).get("deliveries", [])
        delivered = story.status == StoryStatus.PUBLISHED and bool(story.pdf_url) and bool(deliveries)
        links = book_links(runtime, story) if with_links and delivered else None
        publish = publishes.get(story.id)
        attention, retry = _attention(story, publish)
        rows.append(
            BookRow(
                id=story.id,
                title=story.title or _working_title(story),
                status=story.status.value,
                created_at=story.created_at,
                cost_usd=round(float(costs.get(story.id) or 0.0), 4),
                product_id=story.shopify_product_id,
                order_id=story.shopify_order_id,
                download_url=links.print_pdf if links else None,
                publishable=story.status == StoryStatus.COMPLETE and retry is None,
                customer_id=story.shopify_customer_id or "",
                cover_key=story.cover_image,
                attention=attention,
                retry=retry,
                publishing=publish is not None
                and publish.state in (UnitState.PENDING, UnitState.RUNNING)
                and story.status == StoryStatus.COMPLETE,
                links=links,
            )
        )
    return rows


def shop_books(runtime: Runtime, shop_domain: str) -> list[BookRow]:
    """The shop's books, newest first, with what each cost to make."""
    return _rows(runtime, select(Story).where(Story.shop_domain == shop_domain), with_links=False)


def customer_books(runtime: Runtime, shop_domain: str, customer_id: str) -> list[BookRow]:
    """The customer's books in this shop, newest first, with a fresh download link for the ones bought."""
    query = select(Story).where(Story.shop_domain == shop_domain, Story.shopify_customer_id == customer_id)
    return _rows(runtime, query, with_links=True)


def story_of_shop(runtime: Runtime, shop_domain: str, story_id: str) -> Story | None:
    """The story if it belongs to the shop, else None."""
    with runtime.session() as session:
        story = find_story(session, story_id)
    return story if story is not None and story.shop_domain == shop_domain else None


def start_storefront_story(
    runtime: Runtime, params: StoryParams, shop_domain: str, customer_id: str | None
) -> str:
    """Start making a book for a storefront customer of `shop_domain`; returns the story id.

    Counted against the customer (when logged in) and the shop, and refused (RateLimitedError) when
    either is over its limit or the shop's daily book budget is spent."""
    identities = [Identity("shop", shop_domain)]
    if customer_id:
        identities.append(Identity("customer", f"{shop_domain}:{customer_id}"))
    with runtime.session() as session:
        check_daily_budget(session, shop_domain)
    admit(runtime, "start", identities)
    owner = Owner(customer_id=customer_id or None, shop_domain=shop_domain)
    story_id = BookService(runtime).start(params, owner=owner).story_id
    if shop_preferences(runtime, shop_domain).auto_publish:
        BookService(runtime).publish_when_made(story_id)
    return story_id


def retry_book(runtime: Runtime, shop_domain: str, story_id: str) -> str:
    """Re-run what failed in a shop's book: its making (only the failed units) or its publishing.
    Returns what was retried ("make" or "publish"); raises ConflictError when nothing failed."""
    from storyloom.errors import ConflictError, NotFoundError

    rows = _rows(
        runtime, select(Story).where(Story.id == story_id, Story.shop_domain == shop_domain), with_links=False
    )
    if not rows:
        raise NotFoundError(f"story {story_id} not found")
    if rows[0].retry == "make":
        BookService(runtime).retry(story_id)
    elif rows[0].retry == "publish":
        BookService(runtime).publish(story_id)
    else:
        raise ConflictError(f"story {story_id} has nothing that failed to retry")
    return rows[0].retry


def own_variant(runtime: Runtime, story_id: str) -> str:
    """The numeric id of the variant of the book's own product, once it is published ("" before)."""
    with runtime.session() as session:
        story = find_story(session, story_id)
        variant = str((story.extras or {}).get("shopify", {}).get("variant_id") or "") if story else ""
    return variant.rsplit("/", 1)[-1]
