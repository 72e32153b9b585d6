"""Printed copies as the shop sees them: a paid order's printed lines become print-job records, each
with its pipeline unit (print_jobs.py sends it); the admin lists them with their cost, state and, when
one needs the merchant, the reason and what to do; Retry sends it again, once.

A record is keyed by its order line (`<shop>:<order id>:<line item id>`, unique), so a webhook
delivered twice makes one record, and the unit never makes a second job for it."""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from storyloom.db.models import PrintJobRecord, Story, UnitKind, UnitState, WorkUnit, utcnow
from storyloom.db.session import rows_changed
from storyloom.errors import ConflictError, InvalidInputError, NotFoundError, ProviderError
from storyloom.pipeline.units import new_unit, release_to_enqueue
from storyloom.providers.printing.base import PrintService, ShippingAddress
from storyloom.runtime import Runtime
from storyloom.shopify.print_settings import (
    EDITIONS,
    SAMPLE_ADDRESS,
    SAMPLE_PAGE_COUNT,
    print_service_name,
    print_settings,
)

log = logging.getLogger(__name__)
NEEDS_MERCHANT = ("failed", "rejected", "canceled")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def order_line_key(shop_domain: str, order_id: str, line_item_id: str) -> str:
    """What the print service knows a printed copy by: one key per order line."""
    return f"{shop_domain}:{order_id}:{line_item_id}"


def print_service(runtime: Runtime, name: str) -> PrintService:
    """The print service instance `name` (one per runtime, from the registry kind "printing")."""
    return runtime.provider("printing", name)


def shipping_address(order: dict[str, Any]) -> dict[str, str]:
    """The order's shipping address in the print service's terms (ShippingAddress's fields). A shipping
    address without a phone takes the order's, the customer's or the billing address's (a print
    service such as Lulu needs one to ship)."""
    given = _object(order.get("shipping_address"))
    customer = _object(order.get("customer"))
    phones = (
        given.get("phone"),
        order.get("phone"),
        customer.get("phone"),
        _object(customer.get("default_address")).get("phone"),
        _object(order.get("billing_address")).get("phone"),
    )
    return {
        "name": str(given.get("name") or ""),
        "street1": str(given.get("address1") or ""),
        "street2": str(given.get("address2") or ""),
        "city": str(given.get("city") or ""),
        "postcode": str(given.get("zip") or ""),
        "state_code": str(given.get("province_code") or ""),
        "country_code": str(given.get("country_code") or ""),
        "phone_number": next((str(phone).strip() for phone in phones if str(phone or "").strip()), ""),
    }


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _printed_story(session: Any, shop_domain: str, item: dict[str, Any]) -> tuple[Story, str] | None:
    """The story and format key of a line that bought a printed edition of a shop's book, else None."""
    if not item.get("product_id") or not item.get("variant_id"):
        return None
    product = f"gid://shopify/Product/{item['product_id']}"
    variant = f"gid://shopify/ProductVariant/{item['variant_id']}"
    story = session.scalar(
        select(Story).where(Story.shopify_product_id == product, Story.shop_domain == shop_domain)
    )
    if story is None:
        return None
    format_key = ((story.extras or {}).get("shopify", {}).get("print_variants") or {}).get(variant)
    return (story, format_key) if format_key in EDITIONS else None


def record_printed_lines(runtime: Runtime, shop_domain: str, order: dict[str, Any]) -> list[str]:
    """A print-job record and unit for each line of a paid order that bought a printed edition (none
    again for a line already recorded). Returns the new records' ids."""
    items = order.get("line_items")
    service = print_service_name(runtime)
    level = print_settings(runtime, shop_domain).shipping_level
    made: list[str] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        with runtime.session() as session:
            found = _printed_story(session, shop_domain, item)
        if found is None:
            continue
        story, format_key = found
        order_id, line_id = str(order.get("id")), str(item.get("id"))
        for _ in range(5):  # a concurrent order for the same book may take the unit index first
            try:
                record_id = _insert(
                    runtime, shop_domain, order, item, story.id, format_key, service or "none", level
                )
            except IntegrityError:
                if _exists(runtime, shop_domain, order_id, line_id):  # recorded by an earlier delivery
                    record_id = None
                    break
                continue  # another order took the unit index: take the next one
            break
        else:
            raise ConflictError(f"could not record the printed copy of order {order_id} line {line_id}")
        if record_id is not None:
            made.append(record_id)
    return made


def _exists(runtime: Runtime, shop_domain: str, order_id: str, line_id: str) -> bool:
    with runtime.session() as session:
        return (
            session.scalar(
                select(PrintJobRecord.id).where(
                    PrintJobRecord.shop_domain == shop_domain,
                    PrintJobRecord.order_id == order_id,
                    PrintJobRecord.line_item_id == line_id,
                )
            )
            is not None
        )


def _insert(
    runtime: Runtime,
    shop_domain: str,
    order: dict[str, Any],
    item: dict[str, Any],
    story_id: str,
    format_key: str,
    service: str,
    level: str,
) -> str:
    order_id, line_id = str(order.get("id")), str(item.get("id"))
    released: list[tuple[UnitKind, str]] = []
    with runtime.session() as session:
        index = (
            session.scalar(
                select(func.max(PrintJobRecord.unit_index)).where(PrintJobRecord.story_id == story_id)
            )
            or 0
        ) + 1
        record = PrintJobRecord(
            shop_domain=shop_domain,
            order_id=order_id,
            order_gid=str(order.get("admin_graphql_api_id") or f"gid://shopify/Order/{order_id}"),
            line_item_id=line_id,
            story_id=story_id,
            unit_index=index,
            format_key=format_key,
            quantity=max(1, int(item.get("quantity") or 1)),
            service=service,
            external_id=order_line_key(shop_domain, order_id, line_id),
            shipping_level=level,
            address=shipping_address(order),
            contact_email=str(order.get("email") or order.get("contact_email") or ""),
            price=str(item.get("price") or ""),
        )
        if service == "none":
            record.state = "failed"
            record.message = "No print service is configured for printed books."
        session.add(record)
        session.flush()
        if service != "none":
            session.add(
                new_unit(story_id, UnitKind.PRINT_JOB, runtime.settings.limits.unit_max_attempts, index=index)
            )
            session.flush()
            released = release_to_enqueue(session, story_id)
        record_id = record.id
    for kind, unit_id in released:
        runtime.queues.enqueue(kind, unit_id)
    log.info("printed copy of order %s line %s recorded (%s, %s)", order_id, line_id, format_key, service)
    return record_id


def parse_address(form: dict[str, Any], current: dict[str, str]) -> dict[str, str]:
    """The corrected shipping address of the retry form (fields `address_<name>`), over `current`."""
    address = dict(current)
    for name in ShippingAddress.__dataclass_fields__:
        value = form.get(f"address_{name}")
        if isinstance(value, str):
            address[name] = value.strip()
    for name in ("name", "street1", "city", "postcode"):
        if not address.get(name):
            raise InvalidInputError(
                f"address_{name}: the shipping address needs a {name}", field=f"address_{name}"
            )
    address["country_code"] = address.get("country_code", "").upper()
    if not _COUNTRY.match(address["country_code"]):
        raise InvalidInputError(
            "address_country_code: a two-letter country code, such as US", field="address_country_code"
        )
    return address


def retry_print_job(
    runtime: Runtime, shop_domain: str, record_id: str, *, address: dict[str, str] | None = None
) -> None:
    """Send a printed copy that needs the merchant again, once: after a rejected job a new job (a new
    external id), else the same one (the unit finds a job it made before making one)."""
    configured = print_service_name(runtime)
    if configured is None:
        raise ConflictError("printed books need a print service; ask the operator to set PRINT_SERVICE")
    with runtime.session() as session:
        record = session.get(PrintJobRecord, record_id)
        if record is None or record.shop_domain != shop_domain:
            raise NotFoundError(f"print job {record_id} not found")
        unit = session.scalar(
            select(WorkUnit).where(
                WorkUnit.story_id == record.story_id,
                WorkUnit.kind == UnitKind.PRINT_JOB,
                WorkUnit.index == record.unit_index,
            )
        )
        unit_failed = unit is not None and unit.state == UnitState.FAILED
        if record.state not in NEEDS_MERCHANT and not unit_failed:
            raise ConflictError("this printed copy is on its way; there is nothing to retry")
        values: dict[str, Any] = {
            "state": "preparing",
            "message": None,
            "service": configured,
            "updated_at": utcnow(),
        }
        if address is not None:
            values["address"] = address
        if record.job_id is not None:  # the service turned the job down: a new job, under a new key
            attempt = record.job_attempt + 1
            values |= {
                "job_attempt": attempt,
                "job_id": None,
                "raw_status": "",
                "external_id": (
                    f"{order_line_key(record.shop_domain, record.order_id, record.line_item_id)}:{attempt}"
                ),
            }
        claimed = rows_changed(
            session,
            update(PrintJobRecord)
            .where(PrintJobRecord.id == record_id, PrintJobRecord.updated_at == record.updated_at)
            .values(**values)
            .execution_options(synchronize_session=False),
        )
        if claimed != 1:
            raise ConflictError("this printed copy was just retried")
        if unit is None:
            unit = new_unit(
                record.story_id,
                UnitKind.PRINT_JOB,
                runtime.settings.limits.unit_max_attempts,
                index=record.unit_index,
                state=UnitState.PENDING,
            )
            session.add(unit)
            session.flush()
        else:
            session.execute(
                update(WorkUnit)
                .where(WorkUnit.id == unit.id)
                .values(
                    state=UnitState.PENDING, attempts=0, not_before=None, error_code=None, error_message=None
                )
                .execution_options(synchronize_session=False)
            )
        unit_id = unit.id
    runtime.queues.enqueue(UnitKind.PRINT_JOB, unit_id)


@dataclass(frozen=True)
class PrintOrderRow:
    """A printed copy as the admin lists it; `attention` is the reason and what to do when the merchant
    must act (then `retry` is offered)."""

    id: str
    order_id: str
    story_id: str
    title: str
    edition: str
    state: str
    price: str
    cost: str
    currency: str
    tracking_number: str
    tracking_url: str
    address: dict[str, str]
    created_at: datetime
    attention: str | None = None
    note: str | None = None  # e.g. a Shopify fulfillment that failed and is tried again by itself

    @property
    def retry(self) -> bool:
        return self.attention is not None


def _remedy(record: PrintJobRecord, unit_error: str | None) -> str | None:
    reason = record.message or unit_error or "unknown reason"
    if record.state == "failed" and record.service == "none":
        return f"{reason} Ask the operator to set PRINT_SERVICE, then press Retry."
    if record.state == "failed" and record.raw_status == "ADDRESS_REJECTED":
        return (
            f"The print service refused the shipping address: {reason} "
            "Correct the address below, then press Retry."
        )
    if record.state == "failed" and record.raw_status == "FILE_INVALID":
        return (
            f"The print service refused the book's files: {reason} "
            "Make the book again if need be, then press Retry."
        )
    if record.state in ("rejected", "canceled"):
        return f"The print service {record.state} the job: {reason} Press Retry to send a new job."
    if record.state == "failed" or unit_error is not None:
        return f"Sending the printed copy failed: {reason} Press Retry when the cause is fixed."
    return None


def _low_cover_note(cover_dpi: object) -> str | None:
    """What the admin says of a cover spread whose picture prints below 300 dpi (its provider draws
    bitmaps once, so it could not be drawn larger for the front)."""
    if isinstance(cover_dpi, int) and cover_dpi < 300:
        return f"Cover picture below 300 dpi ({cover_dpi} dpi): its image provider cannot draw it larger."
    return None


def print_order_rows(runtime: Runtime, shop_domain: str) -> list[PrintOrderRow]:
    """The shop's printed copies, newest first, with their state, price, cost and tracking."""
    with runtime.session() as session:
        records = session.scalars(
            select(PrintJobRecord)
            .where(PrintJobRecord.shop_domain == shop_domain)
            .order_by(PrintJobRecord.created_at.desc())
            .limit(200)
        ).all()
        titles = dict(
            session.execute(
                select(Story.id, Story.title).where(Story.id.in_({r.story_id for r in records}))
            ).all()
        )
        units = {
            (unit.story_id, unit.index): unit
            for unit in session.scalars(
                select(WorkUnit).where(
                    WorkUnit.story_id.in_({r.story_id for r in records}), WorkUnit.kind == UnitKind.PRINT_JOB
                )
            )
        }
        failed_units = {key: u.error_message for key, u in units.items() if u.state == UnitState.FAILED}
        cover_dpis = {key: (u.output or {}).get("cover_dpi") for key, u in units.items()}
    rows = []
    for record in records:
        unit_error = failed_units.get((record.story_id, record.unit_index))
        cover_dpi = cover_dpis.get((record.story_id, record.unit_index))
        edition = EDITIONS.get(record.format_key)
        rows.append(
            PrintOrderRow(
                id=record.id,
                order_id=record.order_id,
                story_id=record.story_id,
                title=titles.get(record.story_id) or "(untitled)",
                edition=edition.label if edition else record.format_key,
                state=record.state.replace("_", " "),
                price=record.price,
                cost=record.cost or "",
                currency=record.currency or "",
                tracking_number=record.tracking_number or "",
                tracking_url=record.tracking_url or "",
                address=dict(record.address or {}),
                created_at=record.created_at,
                attention=_remedy(record, unit_error),
                note=" ".join(
                    note
                    for note in (
                        _low_cover_note(cover_dpi),
                        f"{record.message.rstrip('.')}. It is tried again by itself."
                        if record.state == "shipped" and record.fulfillment_id is None and record.message
                        else None,
                    )
                    if note
                )
                or None,
            )
        )
    return rows


QUOTE_SECONDS = 600.0  # how long a sample quote is shown before the service is asked again
QUOTE_ERROR_SECONDS = 60.0
_quotes: WeakKeyDictionary[Runtime, dict[tuple[str, str, str], tuple[float, str]]] = WeakKeyDictionary()


def format_quotes(runtime: Runtime, shop_domain: str) -> dict[str, str]:
    """What the print service charges for each printed format, for a typical book sent to a sample
    address at the shop's shipping level (none when printing is off; the reason when it cannot say).
    Kept for QUOTE_SECONDS, so the settings page does not wait on the service each time."""
    name = print_service_name(runtime)
    if name is None:
        return {}
    level = print_settings(runtime, shop_domain).shipping_level
    known = _quotes.setdefault(runtime, {})
    quotes = {}
    for key, edition in EDITIONS.items():
        cached = known.get((name, key, level))
        if cached is not None and cached[0] > time.monotonic():
            quotes[key] = cached[1]
            continue
        try:
            quote = print_service(runtime, name).quote(
                edition.format, SAMPLE_PAGE_COUNT, SAMPLE_ADDRESS, level
            )
            quotes[key], keep = f"{quote.total_cost_excl_tax} {quote.currency}", QUOTE_SECONDS
        except ProviderError as error:
            quotes[key], keep = f"unavailable: {error.message}", QUOTE_ERROR_SECONDS
        known[(name, key, level)] = (time.monotonic() + keep, quotes[key])
    return quotes
