"""The mandatory compliance webhooks. A data request gathers everything kept about a customer; a
customer redaction deletes that customer's books, files, links and webhook copies; a shop redaction
deletes everything of the shop. Deleted means deleted: rows and stored files, not flags; books still
being made are cancelled and fenced first (storyloom.pipeline.deletion), and their cache entries go."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import or_, select

from storyloom.db.models import Shop, Story, WebhookEvent
from storyloom.pipeline.deletion import delete_stories
from storyloom.runtime import Runtime
from storyloom.storage import story_prefix


def privacy_prefix(shop_domain: str) -> str:
    return f"privacy/{shop_domain}/"


def customer_export_key(shop_domain: str, customer_id: str, request_id: str) -> str:
    return f"{privacy_prefix(shop_domain)}customers/{customer_id}/data-request-{request_id}.json"


def _customer_id(payload: dict[str, Any]) -> str | None:
    customer = payload.get("customer") or {}
    return str(customer["id"]) if customer.get("id") is not None else None


def _order_ids(payload: dict[str, Any], key: str) -> list[str]:
    return [str(o) for o in payload.get(key) or []]


def _customer_stories(
    session: Any, shop_domain: str, customer_id: str | None, order_ids: list[str]
) -> list[Story]:
    conditions = []
    if customer_id:
        conditions.append(Story.shopify_customer_id == customer_id)
    if order_ids:
        conditions.append(Story.shopify_order_id.in_(order_ids))
    if not conditions:
        return []
    return list(
        session.scalars(select(Story).where(Story.shop_domain == shop_domain, or_(*conditions))).all()
    )


def _mentions_customer(payload: dict[str, Any], customer_id: str | None, order_ids: list[str]) -> bool:
    if customer_id and _customer_id(payload) == customer_id:
        return True
    return str(payload.get("id")) in order_ids if order_ids else False


def customer_data_request(runtime: Runtime, shop_domain: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Gather the customer's books and orders into a JSON export kept for the merchant; returns it."""
    customer_id = _customer_id(payload)
    order_ids = _order_ids(payload, "orders_requested")
    with runtime.session() as session:
        stories = _customer_stories(session, shop_domain, customer_id, order_ids)
        books = [
            {
                "story_id": story.id,
                "title": story.title,
                "status": story.status.value,
                "created_at": story.created_at.isoformat(),
                "order_id": story.shopify_order_id,
                "parameters": story.params,
                "characters": story.characters,
                "files": sorted(obj.key for obj in runtime.store.list(story_prefix(story.id))),
                "deliveries": (story.extras or {}).get("shopify", {}).get("deliveries", []),
            }
            for story in stories
        ]
    export = {
        "shop": shop_domain,
        "customer_id": customer_id,
        "orders_requested": order_ids,
        "data_request_id": (payload.get("data_request") or {}).get("id"),
        "books": books,
    }
    request_id = str(export["data_request_id"] or "unnumbered")
    key = customer_export_key(shop_domain, customer_id or "unknown", request_id)
    runtime.store.put(key, json.dumps(export, indent=2, default=str).encode())
    export["export_key"] = key
    return export


def redact_customer(
    runtime: Runtime, shop_domain: str, payload: dict[str, Any], *, keep_event_id: str | None = None
) -> dict[str, int]:
    """Delete the customer's books (rows and files) and data-request exports, and empty the stored copies
    of webhooks about them."""
    customer_id = _customer_id(payload)
    order_ids = _order_ids(payload, "orders_to_redact")
    with runtime.session() as session:
        story_ids = [story.id for story in _customer_stories(session, shop_domain, customer_id, order_ids)]
    files = delete_stories(runtime, story_ids)
    with runtime.session() as session:
        events = session.scalars(select(WebhookEvent).where(WebhookEvent.shop_domain == shop_domain)).all()
        removed_events = 0
        for event in events:
            if event.event_id == keep_event_id:
                event.payload = {}
            elif _mentions_customer(event.payload or {}, customer_id, order_ids):
                event.payload = {}  # the event id stays, so a late re-delivery is still recognised
                removed_events += 1
    if customer_id:
        files += runtime.store.delete_prefix(f"{privacy_prefix(shop_domain)}customers/{customer_id}/")
    return {"stories": len(story_ids), "files": files, "webhook_events": removed_events}


def redact_shop(runtime: Runtime, shop_domain: str, *, keep_event_id: str | None = None) -> dict[str, int]:
    """Delete everything of the shop: its books and their files, its tokens, its webhook copies."""
    with runtime.session() as session:
        story_ids = list(session.scalars(select(Story.id).where(Story.shop_domain == shop_domain)).all())
    files = delete_stories(runtime, story_ids)
    with runtime.session() as session:
        events = session.scalars(select(WebhookEvent).where(WebhookEvent.shop_domain == shop_domain)).all()
        removed_events = 0
        for event in events:
            if event.event_id == keep_event_id:
                event.payload = {}
            else:
                session.delete(event)
                removed_events += 1
        shop = session.scalar(select(Shop).where(Shop.domain == shop_domain))
        if shop is not None:
            session.delete(shop)
    files += runtime.store.delete_prefix(privacy_prefix(shop_domain))
    return {"stories": len(story_ids), "files": files, "webhook_events": removed_events}
