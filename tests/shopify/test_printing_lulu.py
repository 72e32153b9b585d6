"""Issue 21's "done when", wired as `make shopify-dev` wires it: the local Lulu (real HTTP on 127.0.0.1,
Lulu's wire format), the Shopify emulator and Storyloom's Shopify app served over HTTP. A hardcover
bought in the emulated storefront becomes a validated Lulu job, SHIPPED with tracking by Lulu's signed
webhook (subscribed at start-up), and a Shopify fulfillment with that tracking number in the emulated
admin; an address Lulu refuses waits in the admin until a retry with a fixed address makes one job."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from storyloom.config import get_settings
from storyloom.devtools.lulu_emulator import REJECTED_POSTCODE, LuluEmulator
from storyloom.devtools.shopify_emulator import EmulatorState
from storyloom.devtools.shopify_emulator.state import gid_number
from storyloom.pipeline.executor import Outcome
from storyloom.providers.printing.lulu import LuluPrintService
from storyloom.runtime import Runtime
from storyloom.shopify.print_orders import print_order_rows, retry_print_job
from storyloom.shopify.print_webhook import print_webhook_url, subscribe_print_webhook
from tests.conftest import BACKENDS
from tests.render.fixtures.book.pdfs import print_pdf
from tests.shopify.conftest import API_KEY, API_SECRET, SHOP, shopify_web_app
from tests.shopify.servers import serve
from tests.shopify.test_printing import (
    HARDCOVER,
    printable_story,
    published_variants,
    records,
    run_print_unit,
    sell_printed,
)


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    """Storyloom's Shopify routes over real HTTP, so Lulu can fetch the files and post its webhooks."""
    with serve(shopify_web_app()) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The print jobs on the embedded default and on PostgreSQL + Redis + S3."""
    return str(request.param)


@pytest.fixture
def lulu() -> Iterator[LuluEmulator]:
    emulator = LuluEmulator().start()
    yield emulator
    emulator.stop()


@pytest.fixture
def shopify_env(app_url: str, lulu: LuluEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    """The settings `make shopify-dev` gives the app: its address, PRINT_SERVICE=lulu and the local Lulu."""
    env = {
        "SHOPIFY_API_KEY": API_KEY,
        "SHOPIFY_API_SECRET": API_SECRET,
        "SHOPIFY_APP_URL": app_url,
        "PRINT_SERVICE": "lulu",
        "PROVIDER_POLL_SECONDS": "0.01",
        "RETRY_BASE_SECONDS": "0.01",
        "RETRY_MAX_SECONDS": "0.02",
        **lulu.env(),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(LuluPrintService, "poll_interval_seconds", 0.01)
    get_settings.cache_clear()


@pytest.fixture
def shop(runtime: Runtime, installed_shop: str, emulator: EmulatorState, app_url: str) -> dict[str, Any]:
    """The app started (Lulu's webhook subscribed), a book with a real print PDF published with its
    hardcover: the hardcover variant's number and the story's id."""
    emulator.app_url = app_url
    assert subscribe_print_webhook(runtime) is not None
    story_id = printable_story(runtime)
    runtime.store.put(f"stories/{story_id}/book-print.pdf", print_pdf(8))
    sell_printed(runtime)
    return {"story_id": story_id, "variant": gid_number(published_variants(runtime, story_id)[HARDCOVER])}


def buy(runtime: Runtime, emulator: EmulatorState, shop: dict[str, Any], **fields: str) -> dict[str, Any]:
    """A checkout of the hardcover in the emulated storefront: it posts `orders/paid` to the app, which
    takes it (200) and records the printed copy just after answering."""
    answer = httpx.post(
        f"{emulator.base_url}/_emulator/orders",  # type: ignore[attr-defined]
        json={"shop": SHOP, "id": shop["variant"], "story_id": shop["story_id"], **fields},
        timeout=30,
    ).json()
    assert answer["delivery"]["status"] == 200, answer
    deadline = time.monotonic() + 30
    while not records(runtime):
        assert time.monotonic() < deadline, "the paid order made no printed copy"
        time.sleep(0.05)
    return answer["order"]  # type: ignore[no-any-return]


def admin_order(emulator: EmulatorState, order: dict[str, Any]) -> dict[str, Any]:
    return httpx.get(  # type: ignore[no-any-return]
        f"{emulator.base_url}/admin/orders/{order['id']}",  # type: ignore[attr-defined]
        params={"shop": SHOP},
        headers={"Accept": "application/json"},
    ).json()


def test_a_bought_hardcover_is_validated_by_lulu_shipped_and_fulfilled_with_its_tracking(
    runtime: Runtime, emulator: EmulatorState, lulu: LuluEmulator, app_url: str, shop: dict[str, Any]
) -> None:
    # given the app subscribed Lulu's webhook once (a second start reuses the subscription)
    [subscription] = lulu.webhooks.values()
    assert subscription["url"] == print_webhook_url(runtime) == f"{app_url}/api/webhooks/print/lulu"
    assert subscribe_print_webhook(runtime) == subscription["id"] and len(lulu.webhooks) == 1
    # when a buyer checks out the hardcover and the print-job unit runs
    order = buy(runtime, emulator, shop)
    assert run_print_unit(runtime)[-1] == Outcome.DONE
    # then Lulu fetched and validated both files, and made one job with the order's address
    [record] = records(runtime)
    interior = [r.json() for r in lulu.requests_to("POST", "/validate-interior/")]
    cover = [r.json() for r in lulu.requests_to("POST", "/validate-cover/")]
    assert len(interior) == len(cover) == 1
    [job] = lulu.jobs.values()
    assert (record.job_id, record.state, job["status"]["name"]) == (str(job["id"]), "created", "CREATED")
    assert job["shipping_address"]["postcode"] == "97201" and job["shipping_address"]["phone_number"]
    [checked_interior] = lulu._validations["interior"].values()
    [checked_cover] = lulu._validations["cover"].values()
    assert (checked_interior["status"], checked_interior["page_count"], checked_cover["status"]) == (
        "VALIDATED",
        "24",
        "NORMALIZED",
    )
    assert record.cost == job["costs"]["total_cost_excl_tax"]
    # when Lulu moves it to production, then ships it (each step a signed webhook to the app)
    lulu.advance(job["id"])
    lulu.advance(job["id"])
    assert [status for status, _ in lulu.webhooks_sent] == ["IN_PRODUCTION", "SHIPPED"]
    assert [outcome for _, outcome in lulu.webhooks_sent] == [200, 200]
    # then the copy is shipped with Lulu's tracking, and Shopify shows the fulfillment with it
    [record] = records(runtime)
    tracking = lulu.jobs[job["id"]]["line_items"][0]["tracking_id"]
    assert (record.state, record.tracking_number, record.carrier) == ("shipped", tracking, "UPS")
    shown = admin_order(emulator, order)
    assert [t["number"] for f in shown["fulfillments"] for t in f["tracking"]] == [tracking]
    assert [f["status"] for f in shown["fulfillment_orders"]] == ["CLOSED"]
    [row] = print_order_rows(runtime, SHOP)
    assert (row.state, row.tracking_number, row.attention) == ("shipped", tracking, None)


def test_a_signed_lulu_report_with_an_unknown_status_is_taken_and_changes_nothing(
    runtime: Runtime, lulu: LuluEmulator, app_url: str, shop: dict[str, Any], emulator: EmulatorState
) -> None:
    buy(runtime, emulator, shop)
    assert run_print_unit(runtime)[-1] == Outcome.DONE
    [record] = records(runtime)
    job = dict(lulu.jobs[int(record.job_id or 0)], status={"name": "ON_HOLD_FOR_REVIEW"})
    body = json.dumps({"topic": "PRINT_JOB_STATUS_CHANGED", "data": job}).encode()
    signed = {"Content-Type": "application/json", "Lulu-HMAC-SHA256": lulu.signature(body)}
    answer = httpx.post(f"{app_url}/api/webhooks/print/lulu", content=body, headers=signed)
    assert answer.status_code == 200 and answer.json()["received"] is True
    assert "ON_HOLD_FOR_REVIEW" in answer.json()["ignored"]
    forged = {**signed, "Lulu-HMAC-SHA256": "0" * 64}
    assert httpx.post(f"{app_url}/api/webhooks/print/lulu", content=body, headers=forged).status_code == 401
    [after] = records(runtime)
    assert (after.state, after.raw_status) == ("created", "CREATED")


def test_an_address_lulu_refuses_waits_in_the_admin_and_a_fixed_retry_makes_exactly_one_job(
    runtime: Runtime, emulator: EmulatorState, lulu: LuluEmulator, shop: dict[str, Any]
) -> None:
    # given a hardcover bought for an address Lulu cannot ship to
    buy(runtime, emulator, shop, shipping_zip=REJECTED_POSTCODE)
    # when the unit runs, it fails at once and no job is made
    assert run_print_unit(runtime)[-1] == Outcome.FAILED
    assert lulu.jobs == {}
    # then the admin says why and what to do
    [row] = print_order_rows(runtime, SHOP)
    assert row.attention is not None and row.retry
    assert row.attention.startswith("The print service refused the shipping address: ")
    assert "Correct the address below, then press Retry." in row.attention
    # when the merchant fixes the postcode and presses Retry
    retry_print_job(runtime, SHOP, row.id, address={**row.address, "postcode": "97201"})
    assert run_print_unit(runtime)[-1] == Outcome.DONE
    # then exactly one job is made, to the fixed address
    [job] = lulu.jobs.values()
    [record] = records(runtime)
    assert (record.job_id, record.state) == (str(job["id"]), "created")
    assert job["shipping_address"]["postcode"] == "97201"
    assert print_order_rows(runtime, SHOP)[0].attention is None
