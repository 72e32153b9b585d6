"""Sending a printed copy to the print service, and following it until it ships.

The print-job unit (`send_print_job`) makes the cover spread, gives the service signed links to the
interior and the cover, waits (parked) for its file validation, gets a quote and creates the job with
the order's address and shipping level. A job is never made twice for one record: the unit asks
`find_job(external_id)` before `create_job`, so a crash between the service's answer and our record
finds the job it made. The service's webhook and the status sweep move the record along; a shipped
job becomes a Shopify fulfillment with its tracking number, once."""

from __future__ import annotations

import io
import logging
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update

from storyloom.db.models import PrintJobRecord, Story, utcnow
from storyloom.db.session import rows_changed
from storyloom.db.stories import find_story
from storyloom.errors import (
    NotFoundError,
    ProviderBadRequestError,
    ShopifyError,
    StorageError,
    TerminalProviderError,
)
from storyloom.pipeline.book import load_content, load_params
from storyloom.pipeline.stages import StageResult, UnitContext
from storyloom.providers.jobs import AwaitingProvider
from storyloom.providers.printing.base import (
    PrintFormat,
    PrintJob,
    PrintJobRequest,
    PrintService,
    ShippingAddress,
)
from storyloom.render.book import BookInput, BookLayoutError
from storyloom.render.book.model import CoverDimensions
from storyloom.render.interior import print_interior
from storyloom.runtime import Runtime
from storyloom.shopify.orders import print_file_link
from storyloom.shopify.print_orders import print_service
from storyloom.shopify.print_settings import EDITIONS, is_shipping_level
from storyloom.storage import asset_key, page_name

log = logging.getLogger(__name__)
# How far along a job is: a report never moves a record back (webhooks may arrive out of order).
PROGRESS = {"created": 1, "in_production": 2, "shipped": 3, "rejected": 3, "canceled": 3}


class PrintFileRejectedError(ProviderBadRequestError):
    """The print service found the interior or the cover invalid."""

    code = "PRINT_FILE_INVALID"


class PhoneMissingError(ProviderBadRequestError):
    """The shipping address has no phone number and the print service needs one."""

    code = "PRINT_ADDRESS_PHONE_MISSING"


def cover_key(story_id: str, format_key: str) -> str:
    return f"stories/{story_id}/print/cover-{format_key}.pdf"


def interior_key(story_id: str, format_key: str) -> str:
    return f"stories/{story_id}/print/interior-{format_key}.pdf"


def stored_print_file(runtime: Runtime, print_job_id: str, part: str) -> bytes | None:
    """A printed copy's interior or cover spread as stored, None while it is not made yet;
    NotFoundError when no printed copy (of a story still there) has this id."""
    with runtime.session() as session:
        record = session.get(PrintJobRecord, print_job_id)
        story = find_story(session, record.story_id) if record is not None else None
    if record is None or story is None:
        raise NotFoundError(f"no printed copy with id {print_job_id}")
    key = (interior_key if part == "interior" else cover_key)(story.id, record.format_key)
    try:
        return runtime.store.get(key) if runtime.store.exists(key) else None
    except StorageError:
        return None


def make_interior(runtime: Runtime, story: Story, service: PrintService, format: PrintFormat) -> bytes:
    """The book's print PDF as the service's interior: without its two cover pages (the one-piece
    cover carries them) and padded with blank pages to the service's least page count for `format`."""
    if not story.pdf_url or not runtime.store.exists(story.pdf_url):
        raise PrintFileRejectedError(f"story {story.id} has no print PDF yet", provider=service.name)
    minimum = getattr(service, "minimum_pages", None)
    try:
        return print_interior(
            runtime.store.get(story.pdf_url), min_pages=minimum(format) if callable(minimum) else 0
        )
    except BookLayoutError as error:
        raise PrintFileRejectedError(f"story {story.id}: {error.message}", provider=service.name) from None


def print_book(runtime: Runtime, story: Story) -> BookInput:
    """The book as the PDF unit lays it out (its text, its order, its pictures): the print-size cover
    picture when one was drawn, else the one the reader shows."""
    store = runtime.store
    content = load_content(story)
    cover_key = next(
        key
        for key in (
            asset_key(story.id, "print/cover.jpg"),
            asset_key(story.id, "cover.png"),
            story.cover_image,
        )
        if key and store.exists(key)
    )
    cover = store.get(cover_key)
    pages = []
    for number in range(1, len(content.chapters) + 1):
        key = asset_key(story.id, f"pages/{page_name(number)}.png")
        pages.append(store.get(key) if store.exists(key) else cover)  # the cover spread shows none
    app_url = runtime.settings.shopify.app_url.rstrip("/")
    return BookInput(
        story=content,
        params=load_params(story),
        cover_png=cover,
        page_pngs=pages,
        reading_level=story.reading_level,
        reader_url=f"{app_url}/stories/{story.id}" if app_url else None,
    )


def make_cover_spread(runtime: Runtime, story: Story, dims: CoverDimensions) -> tuple[bytes, int]:
    """The one-piece cover (back, spine and front) at the service's size, from the book's text and
    cover picture (`storyloom.render.cover.cover_spread_pdf`), and the dpi its picture prints at over
    the front: 300 where the picture's provider can draw it again that large (`cover_for_spread`)."""
    from storyloom.render.cover import cover_spread_pdf  # WeasyPrint: loaded by the unit, not the web

    try:
        book = print_book(runtime, story)
    except (ValueError, StopIteration) as error:
        raise PrintFileRejectedError(
            f"story {story.id} has no text or cover picture for its printed cover ({error})",
            provider="storyloom",
        ) from None
    try:
        book.cover_png, dpi = cover_for_spread(runtime, story, book, dims)
        return cover_spread_pdf(book, dims), dpi
    except BookLayoutError as error:
        raise PrintFileRejectedError(f"story {story.id}: {error.message}", provider="storyloom") from None


def cover_for_spread(
    runtime: Runtime, story: Story, book: BookInput, dims: CoverDimensions
) -> tuple[bytes, int]:
    """The cover picture for a spread of `dims` and the dpi it prints at over the front: the book's own
    when it is large enough, else drawn again at the size needed (`print/cover-<px>.jpg`) when its
    provider draws at any size; a bitmap provider's picture is kept, with a warning."""
    from storyloom.pipeline.print_pictures import cover_at
    from storyloom.render.book.images import PRINT_DPI, open_rgb
    from storyloom.render.cover import cover_picture_px

    needed = cover_picture_px(dims)
    side = min(open_rgb(book.cover_png, name="cover").size)
    if side >= needed:
        return book.cover_png, PRINT_DPI
    redrawn = cover_at(runtime, story.id, book.story, book.params.illustration_style, needed)
    if redrawn is not None:
        return redrawn, PRINT_DPI
    dpi = int(PRINT_DPI * side / needed)
    log.warning(
        "story %s: cover picture below 300 dpi on the printed cover (%d dpi): its provider draws bitmaps, "
        "so its %d px picture is used for the %d px front",
        story.id,
        dpi,
        side,
        needed,
    )
    return book.cover_png, dpi


def _page_count(pdf: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def _update(runtime: Runtime, record_id: str, **values: Any) -> None:
    with runtime.session() as session:
        session.execute(
            update(PrintJobRecord)
            .where(PrintJobRecord.id == record_id)
            .values(updated_at=utcnow(), **values)
            .execution_options(synchronize_session=False)
        )


def send_print_job(ctx: UnitContext) -> StageResult:
    """The print-job unit: files, validation, quote, job, record (see the module's docstring)."""
    runtime = ctx.runtime
    with runtime.session() as session:
        record = session.scalar(
            select(PrintJobRecord).where(
                PrintJobRecord.story_id == ctx.story_id, PrintJobRecord.unit_index == ctx.index
            )
        )
        story = find_story(session, ctx.story_id)
    if record is None or story is None:
        return StageResult(output={"skipped": "no printed copy is recorded for this unit"})
    if record.job_id is not None:
        return StageResult(output={"job_id": record.job_id, "external_id": record.external_id})
    service = print_service(runtime, record.service)
    edition = EDITIONS[record.format_key]
    found = service.find_job(record.external_id)
    if found is not None:  # made before a crash: record it, never make another
        apply_job_status(runtime, record.service, found)
        return StageResult(output={"job_id": found.job_id, "external_id": record.external_id, "found": True})
    interior_pdf = make_interior(runtime, story, service, edition.format)
    runtime.store.put(interior_key(story.id, edition.format.key), interior_pdf)
    page_count = _page_count(interior_pdf)
    address = ShippingAddress(
        **{k: v for k, v in (record.address or {}).items() if k in ShippingAddress.__dataclass_fields__}
    )
    settings = runtime.settings.shopify
    interior_url = print_file_link(settings, record.id, "interior")
    cover_url = print_file_link(settings, record.id, "cover")
    try:
        if getattr(service, "requires_phone", False) and not address.phone_number.strip():
            address = _with_shop_phone(runtime, record, service)
        dims = service.cover_dimensions(edition.format, page_count)
        cover_pdf, cover_dpi = make_cover_spread(runtime, story, dims)
        runtime.store.put(cover_key(story.id, edition.format.key), cover_pdf)
        _update(runtime, record.id, state="validating")
        interior = service.validate_interior(edition.format, interior_url)
        cover = service.validate_cover(edition.format, cover_url, page_count)
        refused = [
            (name, v) for name, v in (("interior", interior), ("cover", cover)) if v.state == "invalid"
        ]
        if refused:
            reasons = "; ".join(f"{name}: {', '.join(v.errors) or 'invalid'}" for name, v in refused)
            raise PrintFileRejectedError(reasons, provider=record.service)
        if "validating" in (interior.state, cover.state):
            raise AwaitingProvider(
                record.service,
                record.id,
                f"{record.external_id} files",
                runtime.settings.limits.provider_poll_seconds,
            )
        level = record.shipping_level
        if not is_shipping_level(level):
            raise ProviderBadRequestError(
                f"shipping level {level!r} is not one the print services know", provider=record.service
            )
        quote = service.quote(edition.format, page_count, address, level)
        _update(runtime, record.id, cost=quote.total_cost_excl_tax, currency=quote.currency)
        job = service.create_job(
            PrintJobRequest(
                external_id=record.external_id,
                title=story.title or "A picture book",
                page_count=page_count,
                format=edition.format,
                interior_url=interior_url,
                cover_url=cover_url,
                address=address,
                shipping_level=level,
                quantity=record.quantity,
                contact_email=record.contact_email,
            )
        )
    except TerminalProviderError as error:
        marker = (
            "FILE_INVALID"
            if isinstance(error, PrintFileRejectedError)
            else ("ADDRESS_REJECTED" if _about_address(error) else error.code[:60])
        )
        _update(runtime, record.id, state="failed", raw_status=marker, message=error.message)
        raise
    apply_job_status(runtime, record.service, job)
    calls = [c for c in (interior.call, cover.call, quote.call, job.call) if c is not None]
    return StageResult(
        output={
            "job_id": job.job_id,
            "external_id": record.external_id,
            "calls": len(calls),
            "cost": job.cost_excl_tax,
            "cover_dpi": cover_dpi,
        }
    )


def _with_shop_phone(runtime: Runtime, record: PrintJobRecord, service: PrintService) -> ShippingAddress:
    """The copy's address with the shop's phone (its store address in Shopify), kept on the record so the
    admin shows it; raises PhoneMissingError when the shop has none either."""
    from storyloom.shopify.admin import document
    from storyloom.shopify.service import ShopifyIntegrationService

    client = ShopifyIntegrationService(runtime).client(record.shop_domain)
    shop = client.execute(document("shop_phone"), {}).get("shop") or {}
    phone = str((shop.get("shopAddress") or {}).get("phone") or "").strip()
    if not phone:
        raise PhoneMissingError(
            f"{service.name.title()} needs a phone number: add one in the address.", provider=service.name
        )
    address = {**(record.address or {}), "phone_number": phone}
    _update(runtime, record.id, address=address)
    return ShippingAddress(**{k: v for k, v in address.items() if k in ShippingAddress.__dataclass_fields__})


def _about_address(error: TerminalProviderError) -> bool:
    """Whether the service refused the shipping address (its code, or its message, says so)."""
    return "ADDRESS" in error.code or "address" in error.message.lower()


def apply_job_status(runtime: Runtime, service: str, job: PrintJob) -> str | None:
    """Record what the service reports about a job (from the unit, a webhook or the sweep); a shipped
    job is fulfilled in Shopify. A report that changes nothing changes nothing. Returns the record id."""
    with runtime.session() as session:
        record = session.scalar(
            select(PrintJobRecord).where(
                PrintJobRecord.service == service,
                or_(
                    PrintJobRecord.job_id == job.job_id,
                    and_(PrintJobRecord.job_id.is_(None), PrintJobRecord.external_id == job.external_id),
                ),
            )
        )
        if record is None:
            log.warning("%s reported job %s, which no printed copy has", service, job.job_id)
            return None
        if PROGRESS.get(job.state, 0) < PROGRESS.get(record.state, 0):  # a late report of an earlier step
            record.checked_at = utcnow()
            return record.id
        values: dict[str, Any] = {
            "job_id": job.job_id,
            "state": job.state,
            "raw_status": job.raw_status,
            "message": job.message or None,
            "checked_at": utcnow(),
        }
        if job.tracking_numbers:
            values |= {
                "tracking_number": job.tracking_numbers[0],
                "tracking_url": job.tracking_urls[0] if job.tracking_urls else None,
                "carrier": job.carrier or None,
            }
        if job.cost_excl_tax:
            values |= {"cost": job.cost_excl_tax, "currency": job.currency or record.currency}
        if job.state == "shipped" and record.shipped_at is None:
            values["shipped_at"] = utcnow()
        changed = {k: v for k, v in values.items() if k != "checked_at" and getattr(record, k) != v}
        record.checked_at = values["checked_at"]
        if changed:
            for name, value in changed.items():
                setattr(record, name, value)
            record.updated_at = utcnow()
        record_id, needs_fulfillment = record.id, record.state == "shipped" and record.fulfillment_id is None
    if needs_fulfillment:
        fulfil(runtime, record_id)
    return record_id


def fulfil(runtime: Runtime, record_id: str) -> str | None:
    """The Shopify fulfillment of a shipped copy's order line, with its tracking, made once: claimed by
    one conditional UPDATE, and not made again for a line Shopify shows fulfilled already."""
    from storyloom.shopify.admin import document
    from storyloom.shopify.service import ShopifyIntegrationService

    stale = utcnow() - timedelta(seconds=runtime.settings.limits.lease_seconds)
    with runtime.session() as session:
        claimed = rows_changed(
            session,
            update(PrintJobRecord)
            .where(
                PrintJobRecord.id == record_id,
                PrintJobRecord.state == "shipped",
                or_(
                    PrintJobRecord.fulfillment_id.is_(None),
                    and_(PrintJobRecord.fulfillment_id == "pending", PrintJobRecord.updated_at < stale),
                ),
            )
            .values(fulfillment_id="pending", updated_at=utcnow())
            .execution_options(synchronize_session=False),
        )
        if claimed != 1:
            return None
        record = session.get(PrintJobRecord, record_id)
        assert record is not None
        shop, order_gid, line_id = record.shop_domain, record.order_gid, record.line_item_id
        tracking = {"number": record.tracking_number, "url": record.tracking_url, "company": record.carrier}
    client = ShopifyIntegrationService(runtime).client(shop)
    try:
        order = client.execute(document("order_fulfillment_orders"), {"id": order_gid}).get("order") or {}
        line = None
        for fulfillment_order in (order.get("fulfillmentOrders") or {}).get("nodes") or []:
            for item in (fulfillment_order.get("lineItems") or {}).get("nodes") or []:
                if str((item.get("lineItem") or {}).get("id", "")).rsplit("/", 1)[-1] == line_id:
                    line = (fulfillment_order["id"], item)
        if line is None:
            raise ShopifyError(f"order {order_gid} has no fulfillment order for line {line_id}")
        fulfillment_order_id, item = line
        if int(item.get("remainingQuantity") or 0) == 0:
            made = "fulfilled"  # made before a crash, or by the merchant by hand
        else:
            payload = client.mutate(
                "fulfillmentCreate",
                document("fulfillment_create"),
                {
                    "fulfillment": {
                        "lineItemsByFulfillmentOrder": [
                            {
                                "fulfillmentOrderId": fulfillment_order_id,
                                "fulfillmentOrderLineItems": [
                                    {"id": item["id"], "quantity": int(item["remainingQuantity"])}
                                ],
                            }
                        ],
                        "trackingInfo": {k: v for k, v in tracking.items() if v},
                        "notifyCustomer": True,
                    }
                },
            )
            made = str((payload.get("fulfillment") or {}).get("id") or "fulfilled")
    except ShopifyError as error:
        _update(
            runtime, record_id, fulfillment_id=None, message=f"Shopify fulfillment failed: {error.message}"
        )
        log.warning("print job %s: the Shopify fulfillment failed: %s", record_id, error.message)
        return None
    _update(runtime, record_id, fulfillment_id=made)
    return made


def sweep_print_jobs(runtime: Runtime, *, limit: int = 50) -> int:
    """One pass of the status sweep: ask the service about jobs no webhook moved for
    PRINT_STATUS_POLL_SECONDS, and fulfil shipped copies whose fulfillment did not get made.
    Returns how many records it looked at."""
    now = utcnow()
    due = now - timedelta(seconds=runtime.settings.printing.print_status_poll_seconds)
    with runtime.session() as session:
        polling = session.execute(
            select(PrintJobRecord.service, PrintJobRecord.job_id)
            .where(
                PrintJobRecord.job_id.is_not(None),
                PrintJobRecord.state.in_(("created", "in_production")),
                or_(PrintJobRecord.checked_at.is_(None), PrintJobRecord.checked_at < due),
            )
            .limit(limit)
        ).all()
        unfulfilled = session.scalars(
            select(PrintJobRecord.id)
            .where(
                PrintJobRecord.state == "shipped",
                or_(PrintJobRecord.fulfillment_id.is_(None), PrintJobRecord.fulfillment_id == "pending"),
            )
            .limit(limit)
        ).all()
    for service, job_id in polling:
        try:
            apply_job_status(runtime, service, print_service(runtime, service).job_status(str(job_id)))
        except Exception:
            log.exception("could not ask %s about print job %s", service, job_id)
    for record_id in unfulfilled:
        fulfil(runtime, record_id)
    return len(polling) + len(unfulfilled)
