"""Webhooks from Shopify: verified (HMAC-SHA256 of the raw body, base64, compared in constant time,
through `shopifyapp`), recorded once per `X-Shopify-Event-Id` (a repeated delivery is acknowledged
and ignored), then processed after the answer: orders/paid, app/uninstalled and the compliance
topics."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, not_, or_, select, update
from sqlalchemy.exc import IntegrityError

from storyloom.config import ShopifySettings
from storyloom.db.models import WebhookEvent, utcnow
from storyloom.runtime import Runtime
from storyloom.shopify.auth import InvalidRequestError, normalize_shop_domain, shopify_app
from storyloom.shopify.orders import handle_orders_paid
from storyloom.shopify.privacy import customer_data_request, redact_customer, redact_shop
from storyloom.shopify.tokens import revoke_shop
from storyloom.signatures import well_formed

log = logging.getLogger(__name__)
TOPICS = ("orders/paid", "app/uninstalled", "customers/data_request", "customers/redact", "shop/redact")


@dataclass(frozen=True)
class WebhookDelivery:
    """A verified webhook."""

    topic: str
    shop_domain: str
    event_id: str
    payload: dict[str, Any]


def verify_webhook(settings: ShopifySettings, headers: Mapping[str, str], body: bytes) -> WebhookDelivery:
    """Verify a webhook's signature and headers, or raise InvalidRequestError (401 bad HMAC, 400 bad form)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidRequestError("webhook body is not UTF-8", status=400) from None
    if not well_formed(lowered.get("x-shopify-hmac-sha256"), max_length=128):
        raise InvalidRequestError("webhook not verified (malformed_hmac)", status=401)
    try:
        result = shopify_app(settings).verify_webhook_req(
            {"method": "POST", "headers": lowered, "url": "/api/webhooks/shopify", "body": text}
        )
    except (TypeError, ValueError):  # whatever the library trips over is a forged delivery
        raise InvalidRequestError("webhook not verified (malformed_hmac)", status=401) from None
    if not result.ok:
        status = 401 if result.log.code in ("missing_hmac_header", "invalid_hmac") else result.response.status
        raise InvalidRequestError(f"webhook not verified ({result.log.code})", status=status)
    shop = normalize_shop_domain(lowered.get("x-shopify-shop-domain"))
    topic = lowered.get("x-shopify-topic", "")
    event_id = lowered.get("x-shopify-event-id") or lowered.get("x-shopify-webhook-id", "")
    if shop is None or not topic or not event_id:
        raise InvalidRequestError("webhook lacks its shop, topic or event id", status=400)
    try:
        payload = json.loads(text) if text.strip() else {}
    except ValueError:
        raise InvalidRequestError("webhook body is not JSON", status=400) from None
    if not isinstance(payload, dict):
        raise InvalidRequestError("webhook body is not a JSON object", status=400)
    return WebhookDelivery(topic=topic, shop_domain=shop, event_id=event_id, payload=payload)


def record_webhook(runtime: Runtime, delivery: WebhookDelivery) -> str | None:
    """Store the delivery; returns the new WebhookEvent's id, or None when this event was seen before."""
    try:
        with runtime.session() as session:
            event = WebhookEvent(
                event_id=delivery.event_id,
                topic=delivery.topic,
                shop_domain=delivery.shop_domain,
                payload=delivery.payload,
            )
            session.add(event)
            session.flush()
            return event.id
    except IntegrityError:
        return None


def _handle(runtime: Runtime, event: WebhookEvent) -> None:
    handlers: dict[str, Callable[[], Any]] = {
        "orders/paid": lambda: handle_orders_paid(runtime, event.shop_domain, event.payload),
        "app/uninstalled": lambda: revoke_shop(runtime, event.shop_domain),
        "customers/data_request": lambda: customer_data_request(runtime, event.shop_domain, event.payload),
        "customers/redact": lambda: redact_customer(
            runtime, event.shop_domain, event.payload, keep_event_id=event.event_id
        ),
        "shop/redact": lambda: redact_shop(runtime, event.shop_domain, keep_event_id=event.event_id),
    }
    handler = handlers.get(event.topic)
    if handler is None:
        log.info("ignoring webhook topic %s", event.topic)
        return
    handler()


LEASE_PREFIX = "lease until "


def _lease_marker(moment: datetime) -> str:
    return f"{LEASE_PREFIX}{moment.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S')}"


def _claimable(now: datetime) -> ColumnElement[bool]:
    """Not processed, and not leased by a worker that may still be on it (a lease lapses after
    LEASE_SECONDS, so an event a crashed worker held is taken up again)."""
    return and_(
        WebhookEvent.processed_at.is_(None),
        or_(
            WebhookEvent.error.is_(None),
            not_(WebhookEvent.error.startswith(LEASE_PREFIX)),
            WebhookEvent.error < _lease_marker(now),
        ),
    )


def process_webhook_event(runtime: Runtime, event_row_id: str) -> bool:
    """Process one recorded webhook if no one else is; returns whether this call processed it.

    The event is leased while it is processed. A retryable failure (Shopify throttled or unreachable)
    leaves it for `process_pending_webhooks`; any other failure marks it done with its `error`.
    """
    now = utcnow()
    lease = _lease_marker(now + timedelta(seconds=runtime.settings.limits.lease_seconds))
    with runtime.session() as session:
        claimed = session.execute(
            update(WebhookEvent).where(WebhookEvent.id == event_row_id, _claimable(now)).values(error=lease)
        )
        if getattr(claimed, "rowcount", 0) != 1:
            return False
        event = session.get(WebhookEvent, event_row_id)
        assert event is not None
        session.expunge(event)
    try:
        _handle(runtime, event)
    except Exception as exc:
        retryable = bool(getattr(exc, "retryable", False))
        log.exception("webhook %s (%s) failed", event.event_id, event.topic)
        outcome = {
            "processed_at": None if retryable else utcnow(),
            "error": f"{type(exc).__name__}: {exc}"[:2000],
        }
    else:
        outcome = {"processed_at": utcnow(), "error": None}
    with runtime.session() as session:
        session.execute(update(WebhookEvent).where(WebhookEvent.id == event_row_id).values(**outcome))
    return outcome["error"] is None


def process_pending_webhooks(runtime: Runtime) -> int:
    """Process every recorded webhook not yet done and not leased (after a crash or a retryable failure);
    returns how many were processed. The reaper should call it now and then."""
    with runtime.session() as session:
        ids = session.scalars(select(WebhookEvent.id).where(_claimable(utcnow()))).all()
    return sum(process_webhook_event(runtime, event_id) for event_id in ids)
