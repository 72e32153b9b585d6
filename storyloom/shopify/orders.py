"""Paid orders: the book a buyer ordered (named by the `_storyloom_story_id` line-item property) is
finished if need be, then delivered: a signed, expiring download link on the order and in the
customer's "my books", and the story linked to the customer.

An order attaches only a book made through the same shop, by the same customer; a book an anonymous
visitor made on the storefront is attached only when the line item also carries its claim
(`_storyloom_claim`, an HMAC of the story id given only to the browser that made it). Anything else
(a book made outside the shop, another customer's book) is refused and logged."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from storyloom.config import ShopifySettings
from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit
from storyloom.db.stories import find_story
from storyloom.pipeline.units import new_unit
from storyloom.runtime import Runtime
from storyloom.signatures import signature_matches

if TYPE_CHECKING:
    from storyloom.shopify.service import ShopifyIntegrationService

LINE_ITEM_PROPERTY = "_storyloom_story_id"
CLAIM_PROPERTY = "_storyloom_claim"
log = logging.getLogger(__name__)


def _sign(settings: ShopifySettings, message: str) -> str:
    return hmac.new(
        settings.api_secret.get_secret_value().encode(), message.encode(), hashlib.sha256
    ).hexdigest()


def _download_signature(settings: ShopifySettings, story_id: str, expires: int) -> str:
    return _sign(settings, f"download:{story_id}:{expires}")


PRINT_FILE_PARTS = ("interior", "cover")


def print_file_link(
    settings: ShopifySettings, print_job_id: str, part: str, *, now: float | None = None
) -> str:
    """A signed link, good for SHOPIFY_DOWNLOAD_LINK_SECONDS, that the print service fetches a printed
    copy's `interior` or `cover` PDF from."""
    expires = int(time.time() if now is None else now) + settings.download_link_seconds
    signature = _sign(settings, f"print-file:{print_job_id}:{part}:{expires}")
    query = urlencode({"expires": expires, "signature": signature})
    return f"{settings.app_url.rstrip('/')}/shopify/print-files/{print_job_id}/{part}.pdf?{query}"


def verify_print_file(
    settings: ShopifySettings,
    print_job_id: str,
    part: str,
    expires: str,
    signature: str,
    *,
    now: float | None = None,
) -> bool:
    """Whether a print-file link's signature is ours and it has not expired."""
    try:
        deadline = int(expires)
    except ValueError:
        return False
    expected = _sign(settings, f"print-file:{print_job_id}:{part}:{deadline}")
    return signature_matches(expected, signature) and deadline >= (time.time() if now is None else now)


DOWNLOAD_EDITIONS = ("print", "screen", "audio")


def download_link(
    settings: ShopifySettings, story_id: str, *, edition: str = "print", now: float | None = None
) -> tuple[str, datetime]:
    """A signed link to the story's print PDF (or its screen PDF, or its narration: `edition`) that
    works until the returned time (SHOPIFY_DOWNLOAD_LINK_SECONDS)."""
    expires = int(time.time() if now is None else now) + settings.download_link_seconds
    signature = _download_signature(settings, story_id, expires)
    fields: dict[str, str | int] = {"expires": expires, "signature": signature}
    if edition != "print":
        fields["edition"] = edition
    query = urlencode(fields)
    return f"{settings.app_url.rstrip('/')}/shopify/downloads/{story_id}?{query}", datetime.fromtimestamp(
        expires, UTC
    )


def verify_download(
    settings: ShopifySettings, story_id: str, expires: str, signature: str, *, now: float | None = None
) -> bool:
    """Whether a download link's signature is ours and it has not expired."""
    try:
        deadline = int(expires)
    except ValueError:
        return False
    expected = _download_signature(settings, story_id, deadline)
    return signature_matches(expected, signature) and deadline >= (time.time() if now is None else now)


def story_claim(secret_key: str, story_id: str) -> str:
    """What proves the browser that made a storefront book without logging in made it."""
    message = f"storefront-claim:{story_id}".encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()[:32]


def ordered_stories(order: dict[str, Any]) -> dict[str, str | None]:
    """The story ids an order's line items carry in their `_storyloom_story_id` property, each with the
    `_storyloom_claim` of its line item (or None)."""
    found: dict[str, str | None] = {}
    items = order.get("line_items")
    for item in items if isinstance(items, list) else []:
        properties = item.get("properties") if isinstance(item, dict) else None
        values = {
            prop.get("name"): prop.get("value")
            for prop in (properties if isinstance(properties, list) else [])
            if isinstance(prop, dict)
        }
        if values.get(LINE_ITEM_PROPERTY):
            claim = values.get(CLAIM_PROPERTY)
            found.setdefault(str(values[LINE_ITEM_PROPERTY]), str(claim) if claim else None)
    return found


def ordered_story_ids(order: dict[str, Any]) -> list[str]:
    """The story ids an order's line items carry in their `_storyloom_story_id` property."""
    return list(ordered_stories(order))


def may_attach(
    secret_key: str, story: Story | None, shop_domain: str, customer_id: str | None, claim: str | None
) -> bool:
    """Whether a paid order of `shop_domain` by `customer_id` may attach `story`: made through that shop,
    and by that customer, or anonymously by the browser holding its claim."""
    if story is None or story.shop_domain != shop_domain:
        return False
    if story.shopify_customer_id:
        return customer_id is not None and story.shopify_customer_id == customer_id
    return signature_matches(story_claim(secret_key, story.id), claim)


def handle_orders_paid(
    runtime: Runtime,
    shop_domain: str,
    order: dict[str, Any],
    *,
    service: ShopifyIntegrationService | None = None,
) -> list[str]:
    """Attach each ordered story to the order and its buyer, then deliver it now if it is finished, or
    have the pipeline publish it when it is (publishing delivers); a printed copy ordered becomes a
    print job (print_orders.py). Returns the story ids handled."""
    from storyloom.shopify.service import PUBLISHABLE, ShopifyIntegrationService

    service = service or ShopifyIntegrationService(runtime)
    raw_customer = order.get("customer")
    customer: dict[str, Any] = raw_customer if isinstance(raw_customer, dict) else {}
    customer_id = str(customer.get("id")) if customer.get("id") else None
    pending = {
        "order_id": str(order.get("id")),
        "order_gid": order.get("admin_graphql_api_id") or f"gid://shopify/Order/{order.get('id')}",
        "customer_id": customer_id,
    }
    from storyloom.shopify.print_orders import record_printed_lines

    record_printed_lines(runtime, shop_domain, order)
    handled = []
    for story_id, claim in ordered_stories(order).items():
        with runtime.session() as session:
            story = find_story(session, story_id)
            if not may_attach(runtime.secret_key, story, shop_domain, customer_id, claim):
                log.warning(
                    "order %s names story %s, which was not made through %s by this buyer",
                    pending["order_id"],
                    story_id,
                    shop_domain,
                )
                continue
            assert story is not None
            story.shopify_order_id = pending["order_id"]
            if customer_id and not story.shopify_customer_id:
                story.shopify_customer_id = customer_id
            extras = dict(story.extras or {})
            record = dict(extras.get("shopify", {}))
            orders = [o for o in record.get("pending_orders", []) if o["order_id"] != pending["order_id"]]
            if pending["order_id"] not in {d["order_id"] for d in record.get("deliveries", [])}:
                orders.append(pending)
            record["pending_orders"] = orders
            extras["shopify"] = record
            story.extras = extras
            status = story.status
        handled.append(story_id)
        if status in PUBLISHABLE or _publish_when_made(runtime, story_id):
            service.publish(story_id)
    return handled


def _publish_when_made(runtime: Runtime, story_id: str) -> bool:
    """Add a waiting publish unit to a book still being made, so the pipeline publishes (and so
    delivers) it once its PDF is done. Returns True when the book finished meanwhile and should be
    published now; a book with no units (made outside the pipeline) waits for a merchant's publish."""
    try:
        with runtime.session() as session:
            units = {
                kind: (unit_id, state)
                for unit_id, kind, state in session.execute(
                    select(WorkUnit.id, WorkUnit.kind, WorkUnit.state).where(
                        WorkUnit.story_id == story_id, WorkUnit.kind.in_((UnitKind.PDF, UnitKind.PUBLISH))
                    )
                ).all()
            }
            if UnitKind.PDF in units and UnitKind.PUBLISH not in units:
                session.add(new_unit(story_id, UnitKind.PUBLISH, runtime.settings.limits.unit_max_attempts))
            elif units.get(UnitKind.PUBLISH, ("", None))[1] == UnitState.FAILED:
                session.execute(
                    update(WorkUnit)
                    .where(WorkUnit.id == units[UnitKind.PUBLISH][0], WorkUnit.state == UnitState.FAILED)
                    .values(state=UnitState.WAITING, attempts=0, error_code=None, error_message=None)
                )
    except IntegrityError:
        pass  # another delivery added the publish unit first
    with runtime.session() as session:
        story = find_story(session, story_id)
        return story is not None and story.status in (StoryStatus.COMPLETE, StoryStatus.PUBLISHED)


def deliver_pending_orders(
    runtime: Runtime, story_id: str, *, service: ShopifyIntegrationService
) -> list[dict[str, Any]]:
    """Deliver the published story to every order waiting for it; returns the deliveries made."""
    with runtime.session() as session:
        story = find_story(session, story_id)
        if story is None or story.status != StoryStatus.PUBLISHED:
            return []
        pending = list((story.extras or {}).get("shopify", {}).get("pending_orders", []))
        shop = story.shop_domain
    from storyloom.shopify.books import book_links

    made = []
    for order in pending:
        url, expires_at = download_link(runtime.settings.shopify, story_id)
        if shop and url.startswith(("https://", "http://")):
            links = {k: v for k, v in asdict(book_links(runtime, story)).items() if v}
            service.set_metafields(
                service.client(shop),
                [
                    {
                        "ownerId": order["order_gid"],
                        "namespace": "$app",
                        "key": "download_url",
                        "type": "url",
                        "value": url,
                    },
                    {
                        "ownerId": order["order_gid"],
                        "namespace": "$app",
                        "key": "book_links",
                        "type": "json",
                        "value": json.dumps(links),
                    },
                ],
            )
        if order.get("customer_id"):
            service.link_customer_to_story(order["customer_id"], story_id)
        made.append({"order_id": order["order_id"], "url": url, "expires_at": expires_at.isoformat()})
    if made:
        with runtime.session() as session:
            story = find_story(session, story_id)
            if story is not None:
                extras = dict(story.extras or {})
                record = dict(extras.get("shopify", {}))
                delivered = {m["order_id"] for m in made}
                record["pending_orders"] = [
                    o for o in record.get("pending_orders", []) if o["order_id"] not in delivered
                ]
                record["deliveries"] = [*record.get("deliveries", []), *made]
                extras["shopify"] = record
                story.extras = extras
    return made
