"""What the merchant's admin page and the customer's "my books" show: a shop's books with their state
and cost, and a customer's books with their download links; and starting a book from the storefront."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from storyloom.db.models import Generation, Story, StoryStatus
from storyloom.pipeline.admission import Identity, admit
from storyloom.pipeline.orchestrator import Owner, start_story
from storyloom.runtime import Runtime
from storyloom.shopify.budget import check_daily_budget
from storyloom.shopify.orders import download_link
from storyloom.story.params import StoryParams


@dataclass(frozen=True)
class BookRow:
    """One book as a list shows it."""

    id: str
    title: str
    status: str
    created_at: datetime
    cost_usd: float
    product_id: str | None
    order_id: str | None
    download_url: str | None
    publishable: bool


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
    rows = []
    for story in stories:
        deliveries = (story.extras or {}).get("shopify", {}).get("deliveries", [])
        delivered = story.status == StoryStatus.PUBLISHED and bool(story.pdf_url) and bool(deliveries)
        link = download_link(runtime.settings.shopify, story.id)[0] if with_links and delivered else None
        rows.append(
            BookRow(
                id=story.id,
                title=story.title or "(untitled)",
                status=story.status.value,
                created_at=story.created_at,
                cost_usd=round(float(costs.get(story.id) or 0.0), 4),
                product_id=story.shopify_product_id,
                order_id=story.shopify_order_id,
                download_url=link,
                publishable=story.status == StoryStatus.COMPLETE,
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
        story = session.get(Story, story_id)
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
    return start_story(runtime, params, owner=owner).story_id
