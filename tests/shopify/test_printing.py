"""Printed books, merchant side, on the simulated print service and the Shopify emulator: a paid
hardcover becomes files, a validated job, a shipped status and a Shopify fulfillment with tracking;
a refused address, a refused file and a service that is down leave the order in the admin with the
reason, and a retry after the fix makes exactly one job."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pikepdf
import pytest
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy import select

from storyloom.config import get_settings
from storyloom.db.models import PrintJobRecord, Story, UnitKind, UnitState, WorkUnit
from storyloom.devtools.shopify_emulator import EmulatorState
from storyloom.devtools.shopify_emulator.fulfillments import open_fulfillment_orders
from storyloom.devtools.shopify_emulator.state import gid, gid_number
from storyloom.pipeline.executor import Outcome, execute_unit
from storyloom.pipeline.pictures import draw_cover
from storyloom.providers.image.base import SCREEN_SIZE_PX
from storyloom.providers.image.builtin import BuiltinIllustrator
from storyloom.providers.printing.base import PrintJob, PrintJobRequest
from storyloom.providers.printing.simulated import SimulatedPrintService
from storyloom.providers.registry import register, unregister
from storyloom.render.cover import cover_picture_px
from storyloom.runtime import Runtime
from storyloom.shopify.print_jobs import sweep_print_jobs
from storyloom.shopify.print_orders import print_order_rows, retry_print_job
from storyloom.shopify.print_settings import PrintSettings, save_print_settings
from storyloom.shopify.service import ShopifyIntegrationService
from tests.conftest import BACKENDS
from tests.render.fixtures.book import make_illustration
from tests.render.fixtures.book import make_story as make_written_story
from tests.render.fixtures.book.inspect import placed_images
from tests.shopify.conftest import SHOP, make_story, shopify_web_app, signed_webhook

HARDCOVER = "hardcover-8.5-square"
PAPERBACK = "paperback-8.5-square"
INTERIOR_PAGES = 24


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The print jobs on the embedded default and on PostgreSQL + Redis + S3."""
    return str(request.param)


@pytest.fixture
def print_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRINT_SERVICE", "simulated")
    monkeypatch.setenv("PROVIDER_POLL_SECONDS", "0.01")
    monkeypatch.setenv("RETRY_BASE_SECONDS", "0.01")
    monkeypatch.setenv("RETRY_MAX_SECONDS", "0.02")
    monkeypatch.setenv("UNIT_MAX_ATTEMPTS", "3")
    get_settings.cache_clear()


@pytest.fixture
def runtime(print_env: None, runtime: Runtime) -> Runtime:
    return runtime


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app())


@pytest.fixture
def printer(runtime: Runtime, client: TestClient) -> SimulatedPrintService:
    """The runtime's simulated print service, fetching our signed links through the app like a service."""
    service: SimulatedPrintService = runtime.provider("printing", "simulated")

    def fetch(url: str) -> bytes:
        response = client.get(url.removeprefix("https://books.example.com"))
        response.raise_for_status()
        return response.content

    service.fetch = fetch
    return service


def printable_story(runtime: Runtime) -> str:
    """A finished story with written text, a real cover picture and a real print PDF of 26 pages (8.75 in
    square): its interior is 24 pages once the two cover pages are taken out."""
    story_id = make_story(runtime, shopify_customer_id="7001")
    content = make_written_story(8, title="Mia and the Moon Lantern")
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        story.chapters = [chapter.model_dump(mode="json") for chapter in content.chapters]
        story.characters = [character.model_dump(mode="json") for character in content.characters]
        story.settings = content.settings.model_dump(mode="json")
        story.extras = {
            **(story.extras or {}),
            "moral": content.moral,
            "vocabulary": [word.model_dump(mode="json") for word in content.vocabulary],
            "discussion_questions": list(content.discussion_questions),
        }
        story.params = {**story.params, "page_count": 8}
    runtime.store.put(f"stories/{story_id}/cover.png", make_illustration(3, 600))
    pdf = pikepdf.new()
    for _ in range(INTERIOR_PAGES + 2):
        pdf.add_blank_page(page_size=(630, 630))
    out = io.BytesIO()
    pdf.save(out)
    runtime.store.put(f"stories/{story_id}/book-print.pdf", out.getvalue())
    return story_id


def sell_printed(runtime: Runtime) -> None:
    save_print_settings(runtime, SHOP, PrintSettings(prices={HARDCOVER: "34.99", PAPERBACK: "24.99"}))


def published_variants(runtime: Runtime, story_id: str) -> dict[str, str]:
    """{format key or "digital": variant gid} of the story's product, once published."""
    ShopifyIntegrationService(runtime, sleep=lambda seconds: None).publish(story_id)
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        record = story.extras["shopify"]
    return {
        "digital": record["variant_id"],
        **{key: variant for variant, key in record["print_variants"].items()},
    }


ADDRESS = {
    "name": "Robin Reader",
    "address1": "12 Lantern Lane",
    "address2": "",
    "city": "Portland",
    "zip": "97201",
    "province_code": "OR",
    "country_code": "US",
    "phone": "+1 503 555 0100",
}


def paid_order(emulator: EmulatorState, variants: list[str], *, number: int = 5001) -> dict[str, Any]:
    """An order of the variants, paid, in the emulated shop (with its fulfillment orders): its payload."""
    shop = emulator.shop(SHOP)
    lines = []
    for position, variant_gid in enumerate(variants, start=1):
        variant = shop.variants[variant_gid]
        lines.append(
            {
                "id": number * 10 + position,
                "title": "Mia and the Moon Lantern",
                "quantity": 1,
                "price": variant.price,
                "product_id": int(gid_number(variant.product_id)),
                "variant_id": int(gid_number(variant.id)),
                "requires_shipping": variant.requires_shipping,
                "properties": [],
            }
        )
    order = {
        "id": number,
        "admin_graphql_api_id": gid("Order", number),
        "name": f"#{number}",
        "email": "reader@example.com",
        "financial_status": "paid",
        "customer": {"id": 7001},
        "line_items": lines,
        "shipping_address": dict(ADDRESS),
    }
    shop.orders[order["admin_graphql_api_id"]] = order
    open_fulfillment_orders(emulator, shop, order)
    return order


def pay(client: TestClient, order: dict[str, Any], event_id: str = "paid-1") -> None:
    response = client.post("/api/webhooks/shopify", **signed_webhook("orders/paid", order, event_id=event_id))
    assert response.status_code == 200, response.text


def records(runtime: Runtime) -> list[PrintJobRecord]:
    with runtime.session() as session:
        return list(session.scalars(select(PrintJobRecord).order_by(PrintJobRecord.created_at)).all())


def print_units(runtime: Runtime) -> list[WorkUnit]:
    with runtime.session() as session:
        return list(session.scalars(select(WorkUnit).where(WorkUnit.kind == UnitKind.PRINT_JOB)).all())


def run_print_unit(runtime: Runtime) -> list[Outcome]:
    """Run the print-job unit until it is done or failed, as the workers would; the outcomes seen."""
    [unit] = print_units(runtime)
    seen: list[Outcome] = []
    for _ in range(200):
        outcome = execute_unit(runtime, unit.id)
        if outcome != Outcome.SKIPPED:
            seen.append(outcome)
        if outcome in (Outcome.DONE, Outcome.FAILED):
            return seen
        time.sleep(0.01)
    raise AssertionError(f"the print unit did not finish: {seen}")


def job_made(
    runtime: Runtime, client: TestClient, printer: SimulatedPrintService, order: dict[str, Any]
) -> PrintJobRecord:
    """The order paid and its print job made at once (the service validates without waiting)."""
    printer.validation_polls = 0
    pay(client, order)
    assert run_print_unit(runtime)[-1] == Outcome.DONE
    [record] = records(runtime)
    assert record.job_id is not None
    return record


@pytest.fixture
def ordered_hardcover(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState, client: TestClient
) -> dict[str, Any]:
    story_id = printable_story(runtime)
    sell_printed(runtime)
    variants = published_variants(runtime, story_id)
    order = paid_order(emulator, [variants[HARDCOVER]])
    return {"story_id": story_id, "variants": variants, "order": order}


def test_publishing_makes_a_variant_per_printed_edition(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    # given a shop that sells the hardcover and the paperback
    story_id = printable_story(runtime)
    sell_printed(runtime)
    # when the book is published (twice: the second run makes nothing new)
    variants = published_variants(runtime, story_id)
    assert published_variants(runtime, story_id) == variants
    # then its product has the digital variant and one per edition, priced, the printed ones shipping
    shop = emulator.shops[SHOP]
    [product] = shop.products.values()
    rows = [
        (product.option_name, v.option_value, v.price, v.requires_shipping)
        for v in (shop.variants[i] for i in product.variant_ids)
    ]
    assert rows == [
        ("Edition", "Digital", "19.99", False),
        ("Edition", "Hardcover", "34.99", True),
        ("Edition", "Paperback", "24.99", True),
    ]
    assert set(variants) == {"digital", HARDCOVER, PAPERBACK}


def test_a_paid_hardcover_is_printed_shipped_and_fulfilled(
    runtime: Runtime,
    client: TestClient,
    emulator: EmulatorState,
    printer: SimulatedPrintService,
    ordered_hardcover: dict[str, Any],
) -> None:
    # given a paid order for the hardcover, delivered twice by Shopify
    order = ordered_hardcover["order"]
    pay(client, order, "paid-1")
    pay(client, order, "paid-2")
    # then one printed copy is recorded, keyed by its order line
    [record] = records(runtime)
    assert (record.external_id, record.format_key, record.state) == (
        f"{SHOP}:5001:50011",
        HARDCOVER,
        "preparing",
    )
    # when its unit runs: parked while the service validates the files, then done
    outcomes = run_print_unit(runtime)
    assert outcomes == [Outcome.PARKED, Outcome.DONE]
    # then the job is made once, with the order's address, and recorded with its cost
    [record] = records(runtime)
    job = printer.find_job(record.external_id)
    assert job is not None and printer.created == 1
    assert (record.job_id, record.state, record.raw_status) == (job.job_id, "created", "CREATED")
    assert (record.cost, record.currency) == ("14.69", "USD")  # 9.50 + 24 x 0.05 + 3.99 mail
    assert record.address["street1"] == "12 Lantern Lane" and record.shipping_level == "MAIL"
    # and the cover the service checked is one page of the size it asked for
    cover = client.get(
        f"/shopify/print-files/{record.id}/cover.pdf",
        params=dict(httpx.URL(_link(record.id, "cover")).params),
    )
    with pikepdf.open(io.BytesIO(cover.content)) as pdf:
        box = [float(v) for v in pdf.pages[0].mediabox]
    expected = printer.cover_dimensions(ordered_hardcover_format(), INTERIOR_PAGES)
    assert abs(box[2] - expected.width_pt) < 1 and abs(box[3] - expected.height_pt) < 1
    # when the service ships it and says so by webhook, twice
    printer.advance(job.job_id, "shipped", tracking="9400111899223100001234")
    for _ in range(2):
        headers, body = printer.webhook(job.job_id)
        response = client.post("/api/webhooks/print/simulated", content=body, headers=headers)
        assert response.status_code == 200, response.text
        assert response.json()["state"] == "shipped"
    # then Shopify has one fulfillment of the line, with the tracking number
    shop = emulator.shops[SHOP]
    [fulfillment] = shop.fulfillments.values()
    assert [t["number"] for t in fulfillment.tracking] == ["9400111899223100001234"]
    assert fulfillment.tracking[0]["company"] == "USPS" and fulfillment.notify_customer
    [fulfillment_order] = shop.fulfillment_orders.values()
    assert fulfillment_order.status == "CLOSED"
    shown = httpx.get(
        f"{emulator.base_url}/admin/orders/5001",  # type: ignore[attr-defined]
        params={"shop": SHOP},
        headers={"Accept": "application/json"},
    ).json()
    assert [t["number"] for f in shown["fulfillments"] for t in f["tracking"]] == ["9400111899223100001234"]
    # and the admin shows the copy shipped, with its price, cost and tracking
    [row] = print_order_rows(runtime, SHOP)
    assert (row.state, row.price, row.cost, row.tracking_number, row.attention) == (
        "shipped",
        "34.99",
        "14.69",
        "9400111899223100001234",
        None,
    )
    [record] = records(runtime)
    assert record.fulfillment_id == fulfillment.id


def ordered_hardcover_format() -> Any:
    from storyloom.shopify.print_settings import EDITIONS

    return EDITIONS[HARDCOVER].format


def _link(record_id: str, part: str) -> str:
    from storyloom.shopify.orders import print_file_link
    from storyloom.startup import current_runtime

    return print_file_link(current_runtime().settings.shopify, record_id, part)


def test_print_files_need_a_valid_signature(
    runtime: Runtime, client: TestClient, printer: SimulatedPrintService, ordered_hardcover: dict[str, Any]
) -> None:
    pay(client, ordered_hardcover["order"])
    [record] = records(runtime)
    good = httpx.URL(_link(record.id, "interior"))
    assert client.get(good.path, params=dict(good.params)).status_code == 404  # not made yet
    record = job_made(runtime, client, printer, ordered_hardcover["order"])
    assert client.get(good.path, params=dict(good.params)).content[:5] == b"%PDF-"
    forged = dict(good.params) | {"signature": "0" * 64}
    assert client.get(good.path, params=forged).status_code == 404
    other = f"/shopify/print-files/{record.id}/cover.pdf"  # the interior's signature does not open the cover
    assert client.get(other, params=dict(good.params)).status_code == 404
    expired = dict(good.params) | {"expires": "1"}
    assert client.get(good.path, params=expired).status_code == 404


def test_an_address_the_service_refuses_waits_for_the_merchant_and_one_retry_makes_one_job(
    runtime: Runtime,
    client: TestClient,
    printer: SimulatedPrintService,
    ordered_hardcover: dict[str, Any],
) -> None:
    # given a service that refuses the order's address
    printer.failure = "address"
    pay(client, ordered_hardcover["order"])
    # when the unit runs, it fails at once (no retries for a refusal)
    assert run_print_unit(runtime)[-1] == Outcome.FAILED
    # then the order is kept, and the admin says why and what to do
    [row] = print_order_rows(runtime, SHOP)
    assert row.attention is not None and row.retry
    assert row.attention.startswith("The print service refused the shipping address: ")
    assert "Correct the address below, then press Retry." in row.attention
    assert printer.created == 0
    # when the merchant corrects the address and presses Retry twice
    printer.failure = ""
    retry_print_job(runtime, SHOP, row.id, address={**row.address, "street1": "14 Lantern Lane"})
    from storyloom.errors import ConflictError

    with pytest.raises(ConflictError):
        retry_print_job(runtime, SHOP, row.id)
    assert run_print_unit(runtime)[-1] == Outcome.DONE
    # then exactly one job is made, to the corrected address
    [record] = records(runtime)
    assert printer.created == 1 and record.state == "created"
    assert record.address["street1"] == "14 Lantern Lane"
    assert print_order_rows(runtime, SHOP)[0].attention is None


def test_the_admin_retry_button_takes_a_corrected_address(
    runtime: Runtime,
    client: TestClient,
    emulator: EmulatorState,
    printer: SimulatedPrintService,
    ordered_hardcover: dict[str, Any],
) -> None:
    from storyloom.devtools.shopify_emulator import mint_session_token

    printer.failure = "address"
    pay(client, ordered_hardcover["order"])
    run_print_unit(runtime)
    [record] = records(runtime)
    token = mint_session_token(emulator, SHOP)
    page = client.get("/shopify/admin", params={"id_token": token})
    assert "The print service refused the shipping address" in page.text
    assert f"/print-jobs/{record.id}/retry" in page.text
    # a bad correction names the field
    refused = client.post(
        f"/shopify/admin/print-jobs/{record.id}/retry",
        data={"id_token": token, "address_country_code": "USA"},
    )
    assert refused.status_code == 422 and "address_country_code" in refused.text
    printer.failure = ""
    accepted = client.post(
        f"/shopify/admin/print-jobs/{record.id}/retry",
        data={"id_token": token, "address_street1": "14 Lantern Lane", "address_country_code": "us"},
    )
    assert accepted.status_code == 200, accepted.text
    assert run_print_unit(runtime)[-1] == Outcome.DONE
    [record] = records(runtime)
    assert (record.address["street1"], record.address["country_code"], printer.created) == (
        "14 Lantern Lane",
        "US",
        1,
    )


@pytest.mark.parametrize(
    ("phones", "expected"),
    [
        pytest.param({"order": "+1 503 555 0111"}, "+1 503 555 0111", id="the-order-phone"),
        pytest.param({"customer": "+1 503 555 0122"}, "+1 503 555 0122", id="the-customer-phone"),
        pytest.param({"billing": "+1 503 555 0133"}, "+1 503 555 0133", id="the-billing-phone"),
        pytest.param(
            {"order": "+1 503 555 0111", "shipping": "+1 503 555 0144"},
            "+1 503 555 0144",
            id="shipping-first",
        ),
    ],
)
def test_a_shipping_address_without_a_phone_takes_the_orders_phone(
    phones: dict[str, str], expected: str
) -> None:
    from storyloom.shopify.print_orders import shipping_address

    order: dict[str, Any] = {
        "shipping_address": {**ADDRESS, "phone": phones.get("shipping")},
        "phone": phones.get("order"),
        "customer": {"id": 7001, "phone": phones.get("customer")},
        "billing_address": {"phone": phones.get("billing")},
    }
    assert shipping_address(order)["phone_number"] == expected


def test_an_order_without_a_phone_is_sent_with_the_shops_phone(
    runtime: Runtime,
    client: TestClient,
    emulator: EmulatorState,
    printer: SimulatedPrintService,
    ordered_hardcover: dict[str, Any],
) -> None:
    # given a paid hardcover whose order has no phone, in a shop whose store address has one
    emulator.shop(SHOP).phone = "+1 503 555 0142"
    order = ordered_hardcover["order"]
    order["shipping_address"] = {k: v for k, v in ADDRESS.items() if k != "phone"}
    # when it is paid and its unit runs
    record = job_made(runtime, client, printer, order)
    # then the job is made with the shop's phone, which the record (and the admin) keeps
    assert record.address["phone_number"] == "+1 503 555 0142"
    assert printer.created == 1 and print_order_rows(runtime, SHOP)[0].attention is None


def test_an_order_with_no_phone_anywhere_asks_the_merchant_for_one_and_the_retry_takes_it(
    runtime: Runtime,
    client: TestClient,
    emulator: EmulatorState,
    printer: SimulatedPrintService,
    ordered_hardcover: dict[str, Any],
) -> None:
    from storyloom.devtools.shopify_emulator import mint_session_token

    # given a paid hardcover whose order carries no phone number at all, in a shop without one
    emulator.shop(SHOP).phone = ""
    order = ordered_hardcover["order"]
    order["shipping_address"] = {k: v for k, v in ADDRESS.items() if k != "phone"}
    pay(client, order)
    # when its unit runs, it stops before any file is sent
    assert run_print_unit(runtime)[-1] == Outcome.FAILED
    assert printer.created == 0
    # then the admin asks for a phone, with a Phone field in the retry form
    token = mint_session_token(emulator, SHOP)
    page = client.get("/shopify/admin", params={"id_token": token})
    assert "Simulated needs a phone number: add one in the address." in page.text
    assert 'name="address_phone_number"' in page.text
    # when the merchant adds one and presses Retry
    [record] = records(runtime)
    accepted = client.post(
        f"/shopify/admin/print-jobs/{record.id}/retry",
        data={"id_token": token, "address_phone_number": " +1 503 555 0199 "},
    )
    assert accepted.status_code == 200, accepted.text
    printer.validation_polls = 0
    assert run_print_unit(runtime)[-1] == Outcome.DONE
    # then exactly one job is made, with that phone
    [record] = records(runtime)
    job = printer.find_job(record.external_id)
    assert (printer.created, record.address["phone_number"]) == (1, "+1 503 555 0199")
    assert job is not None and job.state == "created"


def test_a_file_the_service_refuses_is_shown_with_its_reason(
    runtime: Runtime, client: TestClient, printer: SimulatedPrintService, ordered_hardcover: dict[str, Any]
) -> None:
    printer.failure = "file"
    pay(client, ordered_hardcover["order"])
    assert run_print_unit(runtime)[-1] == Outcome.FAILED
    [row] = print_order_rows(runtime, SHOP)
    assert row.attention is not None
    assert row.attention.startswith("The print service refused the book's files: interior: ")
    assert printer.created == 0


def test_a_service_that_is_down_is_retried_then_shown_and_retried_once_it_is_back(
    runtime: Runtime, client: TestClient, printer: SimulatedPrintService, ordered_hardcover: dict[str, Any]
) -> None:
    printer.failure = "down"
    pay(client, ordered_hardcover["order"])
    outcomes = run_print_unit(runtime)
    assert outcomes == [Outcome.RETRYING, Outcome.RETRYING, Outcome.FAILED]  # UNIT_MAX_ATTEMPTS=3
    [row] = print_order_rows(runtime, SHOP)
    assert row.attention is not None and "HTTP 503" in row.attention and "Press Retry" in row.attention
    printer.failure = ""
    retry_print_job(runtime, SHOP, row.id)
    assert run_print_unit(runtime)[-1] == Outcome.DONE
    assert printer.created == 1


class CrashingPrintService(SimulatedPrintService):
    """The simulated service, in a worker that dies once right after the service made the job."""

    name = "simulated-crash"
    crashed = False

    def create_job(self, request: PrintJobRequest) -> PrintJob:
        job = super().create_job(request)
        if not CrashingPrintService.crashed:
            CrashingPrintService.crashed = True
            raise RuntimeError("the worker was killed before it recorded the job")
        return job


@pytest.fixture
def crashing(print_env: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    register("printing")(CrashingPrintService)
    CrashingPrintService.crashed = False
    monkeypatch.setenv("PRINT_SERVICE", "simulated-crash")
    get_settings.cache_clear()
    yield
    unregister("printing", "simulated-crash")


def test_a_crash_between_the_job_and_its_record_makes_no_second_job(
    crashing: None, runtime: Runtime, client: TestClient, ordered_hardcover: dict[str, Any]
) -> None:
    service: CrashingPrintService = runtime.provider("printing", "simulated-crash")
    service.validation_polls = 0
    pay(client, ordered_hardcover["order"])
    assert run_print_unit(runtime) == [Outcome.RETRYING, Outcome.DONE]
    [record] = records(runtime)
    assert CrashingPrintService.crashed and service.created == 1
    job = service.find_job(record.external_id)
    assert job is not None and record.job_id == job.job_id and record.service == "simulated-crash"


def test_a_webhook_with_a_bad_signature_is_refused(
    runtime: Runtime, client: TestClient, printer: SimulatedPrintService, ordered_hardcover: dict[str, Any]
) -> None:
    record = job_made(runtime, client, printer, ordered_hardcover["order"])
    printer.advance(record.job_id, "shipped", tracking="9400111899223100009999")
    headers, body = printer.webhook(record.job_id)
    forged = {**headers, "x-simulated-print-signature": "f" * 64}
    assert client.post("/api/webhooks/print/simulated", content=body, headers=forged).status_code == 401
    unsigned = {"Content-Type": "application/json"}
    assert client.post("/api/webhooks/print/simulated", content=body, headers=unsigned).status_code == 401
    assert client.post("/api/webhooks/print/nobody", content=body, headers=headers).status_code == 404
    [record] = records(runtime)
    assert (record.state, record.fulfillment_id) == ("created", None)


def test_the_sweep_follows_a_job_no_webhook_reported(
    runtime: Runtime,
    client: TestClient,
    emulator: EmulatorState,
    printer: SimulatedPrintService,
    ordered_hardcover: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = job_made(runtime, client, printer, ordered_hardcover["order"])
    printer.advance(record.job_id, "in_production")
    runtime.settings.printing.print_status_poll_seconds = 0.001
    time.sleep(0.01)
    assert sweep_print_jobs(runtime) == 1
    assert records(runtime)[0].state == "in_production"
    printer.advance(record.job_id, "shipped", tracking="9400111899223100005555")
    time.sleep(0.01)
    sweep_print_jobs(runtime)
    [fulfillment] = emulator.shops[SHOP].fulfillments.values()
    assert fulfillment.tracking[0]["number"] == "9400111899223100005555"
    assert records(runtime)[0].state == "shipped"


def test_a_rejected_job_is_shown_and_a_retry_makes_one_new_job(
    runtime: Runtime, client: TestClient, printer: SimulatedPrintService, ordered_hardcover: dict[str, Any]
) -> None:
    record = job_made(runtime, client, printer, ordered_hardcover["order"])
    printer.advance(record.job_id, "rejected", message="The spine text is too close to the fold.")
    headers, body = printer.webhook(record.job_id)
    assert client.post("/api/webhooks/print/simulated", content=body, headers=headers).status_code == 200
    [row] = print_order_rows(runtime, SHOP)
    assert row.attention == (
        "The print service rejected the job: The spine text is too close to the fold. "
        "Press Retry to send a new job."
    )
    retry_print_job(runtime, SHOP, row.id)
    assert run_print_unit(runtime)[-1] == Outcome.DONE
    [record] = records(runtime)
    assert printer.created == 2 and record.external_id == f"{SHOP}:5001:50011:2" and record.state == "created"


def test_a_digital_only_order_makes_no_print_job(
    runtime: Runtime,
    client: TestClient,
    emulator: EmulatorState,
    printer: SimulatedPrintService,
    ordered_hardcover: dict[str, Any],
) -> None:
    digital = ordered_hardcover["variants"]["digital"]
    order = paid_order(emulator, [digital], number=5002)
    order["line_items"][0]["properties"] = [
        {"name": "_storyloom_story_id", "value": ordered_hardcover["story_id"]}
    ]
    pay(client, order, "paid-digital")
    assert records(runtime) == [] and print_units(runtime) == []
    with runtime.session() as session:
        story = session.get(Story, ordered_hardcover["story_id"])
        assert story is not None
        assert [d["order_id"] for d in story.extras["shopify"]["deliveries"]] == ["5002"]
    shipping = [f.order_id for f in emulator.shops[SHOP].fulfillment_orders.values()]
    assert shipping == ["gid://shopify/Order/5001"]  # the hardcover order's, none for the digital one


def test_a_printed_order_of_a_book_still_being_made_waits_for_its_print_pdf(
    runtime: Runtime, client: TestClient, printer: SimulatedPrintService, ordered_hardcover: dict[str, Any]
) -> None:
    from storyloom.db.models import StoryStatus

    story_id = ordered_hardcover["story_id"]
    with runtime.session() as session:
        session.add(WorkUnit(story_id=story_id, kind=UnitKind.PDF, index=0, state=UnitState.RUNNING))
        story = session.get(Story, story_id)
        assert story is not None
        story.status = StoryStatus.GENERATING
    pay(client, ordered_hardcover["order"])
    [unit] = print_units(runtime)
    assert unit.state == UnitState.WAITING


def test_an_edition_the_shop_stopped_selling_is_still_printed_when_bought(
    runtime: Runtime, client: TestClient, emulator: EmulatorState, installed_shop: str
) -> None:
    # given a book published with both editions, then the shop stops selling the paperback
    story_id = printable_story(runtime)
    sell_printed(runtime)
    variants = published_variants(runtime, story_id)
    save_print_settings(runtime, SHOP, PrintSettings(prices={HARDCOVER: "36.00"}))
    assert published_variants(runtime, story_id) == variants
    # when a buyer who had it in the cart pays for the paperback
    pay(client, paid_order(emulator, [variants[PAPERBACK]]))
    # then it is printed all the same (the order is not lost), and the hardcover has its new price
    [record] = records(runtime)
    assert record.format_key == PAPERBACK
    assert emulator.shops[SHOP].variants[variants[HARDCOVER]].price == "36.00"


def test_a_fulfillment_shopify_refuses_is_noted_and_made_by_the_sweep_later(
    runtime: Runtime,
    client: TestClient,
    emulator: EmulatorState,
    printer: SimulatedPrintService,
    ordered_hardcover: dict[str, Any],
) -> None:
    record = job_made(runtime, client, printer, ordered_hardcover["order"])
    shop = emulator.shops[SHOP]
    fulfillment_orders = dict(shop.fulfillment_orders)
    shop.fulfillment_orders.clear()  # Shopify shows no fulfillment order for the line (yet)
    printer.advance(str(record.job_id), "shipped", tracking="9400111899223100007777")
    headers, body = printer.webhook(str(record.job_id))
    assert client.post("/api/webhooks/print/simulated", content=body, headers=headers).status_code == 200
    [row] = print_order_rows(runtime, SHOP)
    assert row.state == "shipped" and row.attention is None
    assert row.note == (  # the fixture's cover is a 600 px bitmap: its note comes first
        "Cover picture below 300 dpi (60 dpi): its image provider cannot draw it larger. "
        "Shopify fulfillment failed: order gid://shopify/Order/5001 has no fulfillment order for line 50011. "
        "It is tried again by itself."
    )
    shop.fulfillment_orders.update(fulfillment_orders)
    sweep_print_jobs(runtime)
    [fulfillment] = shop.fulfillments.values()
    assert fulfillment.tracking[0]["number"] == "9400111899223100007777"
    assert print_order_rows(runtime, SHOP)[0].note == (
        "Cover picture below 300 dpi (60 dpi): its image provider cannot draw it larger."
    )


def _print_unit_output(runtime: Runtime) -> dict[str, Any]:
    [unit] = print_units(runtime)
    with runtime.session() as session:
        return dict(session.get(WorkUnit, unit.id).output or {})  # type: ignore[union-attr]


def _front_picture(pdf_bytes: bytes) -> Any:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        return max(placed_images(pdf), key=lambda image: image.shown_width_in)


def _cover_pdf(client: TestClient, record: PrintJobRecord) -> bytes:
    response = client.get(
        f"/shopify/print-files/{record.id}/cover.pdf",
        params=dict(httpx.URL(_link(record.id, "cover")).params),
    )
    assert response.status_code == 200, response.text
    return response.content


def test_a_hardcover_cover_drawn_by_the_builtin_illustrator_is_drawn_again_for_300_dpi_over_its_wrap(
    runtime: Runtime, client: TestClient, printer: SimulatedPrintService, ordered_hardcover: dict[str, Any]
) -> None:
    # given a story whose cover the built-in illustrator drew at screen size, and a paid hardcover of it
    story_id = ordered_hardcover["story_id"]
    content = make_written_story(8, title="Mia and the Moon Lantern")
    screen = draw_cover(
        [BuiltinIllustrator()], content, style="watercolour", seed=11, references={}, size_px=SCREEN_SIZE_PX
    )
    runtime.store.put(f"stories/{story_id}/cover.png", screen.png)
    with runtime.session() as session:
        session.add(
            WorkUnit(
                story_id=story_id,
                kind=UnitKind.COVER,
                state=UnitState.DONE,
                output={"drawn_by": "builtin", "seed": 11, "width": SCREEN_SIZE_PX},
            )
        )
    dims = printer.cover_dimensions(ordered_hardcover_format(), INTERIOR_PAGES)
    side = cover_picture_px(dims)
    assert side == 3000  # a 10 in tall front: more than the 2625 px print-size picture
    # when its print job is made
    record = job_made(runtime, client, printer, ordered_hardcover["order"])
    # then the cover picture was drawn again at the front's size, kept, and prints at 300 dpi, unscaled
    with Image.open(io.BytesIO(runtime.store.get(f"stories/{story_id}/print/cover-{side}.jpg"))) as drawn:
        assert drawn.size == (side, side)
    front = _front_picture(_cover_pdf(client, record))
    assert front.height_px == side and front.effective_dpi >= 299.5
    assert _print_unit_output(runtime)["cover_dpi"] == 300
    assert print_order_rows(runtime, SHOP)[0].note is None


def test_a_bitmap_cover_too_small_for_the_hardcover_front_still_makes_a_valid_spread_and_says_its_dpi(
    runtime: Runtime,
    client: TestClient,
    printer: SimulatedPrintService,
    ordered_hardcover: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # given a paid hardcover whose 600 px cover came from a provider that cannot draw it again
    # when its print job is made
    with caplog.at_level("WARNING", logger="storyloom.shopify.print_jobs"):
        record = job_made(runtime, client, printer, ordered_hardcover["order"])
    # then the spread is made from that picture (the service accepted it), and the unit and the log say
    # it prints at 60 dpi over the 3000 px front
    with pikepdf.open(io.BytesIO(_cover_pdf(client, record))) as pdf:
        assert len(pdf.pages) == 1
    assert _print_unit_output(runtime)["cover_dpi"] == 60
    [warning] = [r.getMessage() for r in caplog.records if "below 300 dpi" in r.getMessage()]
    assert "(60 dpi)" in warning and "600 px picture" in warning
    assert not runtime.store.exists(f"stories/{ordered_hardcover['story_id']}/print/cover-3000.jpg")
    # and the admin's printed order says so
    assert print_order_rows(runtime, SHOP)[0].note == (
        "Cover picture below 300 dpi (60 dpi): its image provider cannot draw it larger."
    )
