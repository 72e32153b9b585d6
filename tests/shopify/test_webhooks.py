"""POST /api/webhooks/shopify: the signature (a known vector), de-duplication, orders/paid to the
book delivered and linked, app/uninstalled, and the compliance topics deleting for real."""

from __future__ import annotations

import json
import time
from urllib.parse import urlparse

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storyloom.db.models import (
    Generation,
    GenerationType,
    Shop,
    Story,
    StoryStatus,
    UnitKind,
    UnitState,
    WebhookEvent,
    WorkUnit,
)
from storyloom.devtools.shopify_emulator import EmulatorState
from storyloom.runtime import Runtime
from storyloom.shopify.orders import story_claim
from storyloom.shopify.service import ShopifyIntegrationService
from storyloom.shopify.tokens import ShopNotInstalledError
from storyloom.shopify.webhooks import process_pending_webhooks
from tests.shopify.conftest import API_SECRET, SHOP, make_story, shopify_web_app, signed_webhook
from tests.shopify.servers import serve

KNOWN_BODY = b'{"id":820982911946154508,"email":"jon@example.com"}'
# `printf '%s' "$KNOWN_BODY" | openssl dgst -sha256 -hmac "$API_SECRET" -binary | base64`
KNOWN_HMAC = "MRLbZVVQSXB5qPXig0t4tzbJDUyucQcNjGoLBKeyxaI="


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app())


def _headers(hmac_value: str | None, event_id: str = "event-1") -> dict[str, str]:
    headers = {
        "X-Shopify-Topic": "orders/create",
        "X-Shopify-Shop-Domain": SHOP,
        "X-Shopify-Event-Id": event_id,
        "X-Shopify-Triggered-At": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "Content-Type": "application/json",
    }
    if hmac_value is not None:
        headers["X-Shopify-Hmac-Sha256"] = hmac_value
    return headers


def test_known_vector_is_accepted(client: TestClient) -> None:
    assert API_SECRET == "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"
    response = client.post("/api/webhooks/shopify", content=KNOWN_BODY, headers=_headers(KNOWN_HMAC))
    assert (response.status_code, response.json()) == (200, {"received": True, "duplicate": False})


@pytest.mark.parametrize(
    ("body", "hmac_value"),
    [
        pytest.param(KNOWN_BODY.replace(b"jon", b"eve"), KNOWN_HMAC, id="tampered-body"),
        pytest.param(KNOWN_BODY, "AAAA" + KNOWN_HMAC[4:], id="tampered-hmac"),
        pytest.param(KNOWN_BODY, None, id="unsigned"),
    ],
)
def test_bad_signatures_get_401_and_are_not_recorded(
    client: TestClient, runtime: Runtime, body: bytes, hmac_value: str | None
) -> None:
    response = client.post("/api/webhooks/shopify", content=body, headers=_headers(hmac_value))
    assert response.status_code == 401
    with runtime.session() as session:
        assert session.scalar(select(func.count()).select_from(WebhookEvent)) == 0


def test_a_repeated_event_is_acknowledged_once(client: TestClient, runtime: Runtime) -> None:
    first = client.post("/api/webhooks/shopify", content=KNOWN_BODY, headers=_headers(KNOWN_HMAC))
    again = client.post("/api/webhooks/shopify", content=KNOWN_BODY, headers=_headers(KNOWN_HMAC))
    assert (first.json()["duplicate"], again.json()["duplicate"]) == (False, True)
    with runtime.session() as session:
        assert session.scalar(select(func.count()).select_from(WebhookEvent)) == 1


def test_orders_paid_delivers_the_book_end_to_end(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    # given the app served on localhost and the emulator told to send its webhooks there
    story_id = make_story(runtime, shopify_customer_id="")
    with serve(shopify_web_app()) as app_url:
        emulator.app_url = app_url
        # when the buyer checks out the book in the emulated store
        placed = httpx.post(
            f"{emulator.base_url}/_emulator/orders",  # type: ignore[attr-defined]
            json={
                "shop": SHOP,
                "customer_id": "7001",
                "story_id": story_id,
                "claim": story_claim(runtime.secret_key, story_id),
            },
            timeout=30,
        ).json()
    # then Shopify's webhook was accepted and the story was published, linked and delivered
    assert placed["delivery"]["status"] == 200
    order = placed["order"]
    story = runtime.new_session().get(Story, story_id)
    assert story is not None
    assert story.status == StoryStatus.PUBLISHED
    assert (story.shopify_order_id, story.shopify_customer_id) == (str(order["id"]), "7001")
    [delivery] = story.extras["shopify"]["deliveries"]
    assert story.extras["shopify"]["pending_orders"] == []
    shop = emulator.shops[SHOP]
    namespace = emulator.app_namespace
    assert (
        shop.metafields[(order["admin_graphql_api_id"], namespace, "download_url")].value == delivery["url"]
    )
    assert json.loads(shop.metafields[("gid://shopify/Customer/7001", namespace, "stories")].value) == [
        story_id
    ]
    # and the order carries the reader and every download as `$app.book_links` (no screen PDF or
    # narration in this book, so only the reader and the print PDF)
    links = json.loads(shop.metafields[(order["admin_graphql_api_id"], namespace, "book_links")].value)
    assert links["reader"] == f"https://books.example.com/stories/{story_id}"
    assert set(links) == {"reader", "print_pdf"}
    assert links["print_pdf"].split("?")[0] == delivery["url"].split("?")[0]
    # and the link in the order downloads the PDF
    link = urlparse(delivery["url"])
    assert link.netloc == "books.example.com"
    pdf = TestClient(shopify_web_app()).get(f"{link.path}?{link.query}")
    assert (pdf.status_code, pdf.content) == (200, b"%PDF-1.7\nfake book\n%%EOF\n")
    assert pdf.headers["content-disposition"] == 'attachment; filename="Mia and the Moon Lantern-print.pdf"'


def test_orders_paid_for_an_unfinished_book_waits_for_publishing(
    client: TestClient, runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    story_id = make_story(runtime, shopify_customer_id="7001", status=StoryStatus.GENERATING)
    order = {"id": 55, "admin_graphql_api_id": "gid://shopify/Order/55", "customer": {"id": 7001}}
    order["line_items"] = [{"properties": [{"name": "_storyloom_story_id", "value": story_id}]}]
    with runtime.session() as session:
        emulator.shop(SHOP).orders["gid://shopify/Order/55"] = order
    client.post("/api/webhooks/shopify", **signed_webhook("orders/paid", order, event_id="paid-55"))
    story = runtime.new_session().get(Story, story_id)
    assert story is not None
    assert [o["order_id"] for o in story.extras["shopify"]["pending_orders"]] == ["55"]
    # when the pipeline finishes the book and publishes it
    with runtime.session() as session:
        stored = session.get(Story, story_id)
        assert stored is not None
        stored.status = StoryStatus.COMPLETE
    ShopifyIntegrationService(runtime, sleep=lambda s: None).publish(story_id)
    # then the waiting order is delivered
    story = runtime.new_session().get(Story, story_id)
    assert story is not None
    assert [d["order_id"] for d in story.extras["shopify"]["deliveries"]] == ["55"]


def test_an_order_cannot_claim_another_shops_story(
    client: TestClient, runtime: Runtime, installed_shop: str
) -> None:
    story_id = make_story(runtime, shop_domain="other-shop.myshopify.com")
    order = {"id": 56, "line_items": [{"properties": [{"name": "_storyloom_story_id", "value": story_id}]}]}
    client.post("/api/webhooks/shopify", **signed_webhook("orders/paid", order, event_id="paid-56"))
    story = runtime.new_session().get(Story, story_id)
    assert story is not None and story.shopify_order_id is None


def test_app_uninstalled_revokes_the_tokens(
    client: TestClient, runtime: Runtime, installed_shop: str
) -> None:
    client.post("/api/webhooks/shopify", **signed_webhook("app/uninstalled", {"id": 1}, event_id="bye"))
    shop = runtime.new_session().scalar(select(Shop).where(Shop.domain == SHOP))
    assert shop is not None
    assert (shop.access_token, shop.refresh_token, shop.uninstalled_at is not None) == (None, None, True)
    with pytest.raises(ShopNotInstalledError):
        ShopifyIntegrationService(runtime).publish(make_story(runtime))


def _book_with_history(runtime: Runtime, customer: str, order_id: str, shop: str = SHOP) -> str:
    story_id = make_story(runtime, shopify_customer_id=customer, shopify_order_id=order_id, shop_domain=shop)
    with runtime.session() as session:
        unit = WorkUnit(story_id=story_id, kind=UnitKind.TEXT, index=0)
        session.add(unit)
        session.add(
            Generation(story_id=story_id, type=GenerationType.TEXT, prompt="a story", provider="builtin")
        )
    return story_id


def test_customers_data_request_gathers_the_customers_books(
    client: TestClient, runtime: Runtime, installed_shop: str
) -> None:
    mine = _book_with_history(runtime, "7001", "901")
    _book_with_history(runtime, "7002", "902")
    payload = {"customer": {"id": 7001, "email": "reader@example.com"}, "orders_requested": [901]}
    payload["data_request"] = {"id": 42}
    client.post("/api/webhooks/shopify", **signed_webhook("customers/data_request", payload, event_id="dr"))
    export = json.loads(runtime.store.get(f"privacy/{SHOP}/customers/7001/data-request-42.json"))
    assert [book["story_id"] for book in export["books"]] == [mine]
    assert export["books"][0]["files"] == [f"stories/{mine}/book-print.pdf", f"stories/{mine}/cover.png"]


def test_customers_redact_deletes_the_customers_books_files_and_copies(
    client: TestClient, runtime: Runtime, installed_shop: str
) -> None:
    # given two customers' books, a data export and a stored orders/paid copy mentioning the first
    mine = _book_with_history(runtime, "7001", "901")
    theirs = _book_with_history(runtime, "7002", "902")
    ordered_as_guest = _book_with_history(runtime, "", "903")
    runtime.store.put(f"privacy/{SHOP}/customers/7001/data-request-1.json", b"{}")
    paid = {"id": 901, "email": "reader@example.com", "customer": {"id": 7001}, "line_items": []}
    client.post("/api/webhooks/shopify", **signed_webhook("orders/paid", paid, event_id="paid-901"))
    # when Shopify asks to redact the customer and their orders
    redact = {"customer": {"id": 7001, "email": "reader@example.com"}, "orders_to_redact": [901, 903]}
    client.post("/api/webhooks/shopify", **signed_webhook("customers/redact", redact, event_id="redact"))
    # then their books, units, generations and files are gone, and no stored payload names them
    with runtime.session() as session:
        assert session.scalars(select(Story.id)).all() == [theirs]
        assert set(session.scalars(select(WorkUnit.story_id)).all()) == {theirs}
        assert set(session.scalars(select(Generation.story_id)).all()) == {theirs}
        payloads = [json.dumps(e.payload) for e in session.scalars(select(WebhookEvent)).all()]
    assert not any("reader@example.com" in p or "7001" in p for p in payloads)
    keys = sorted(obj.key for obj in runtime.store.list(""))
    assert keys == [f"stories/{theirs}/book-print.pdf", f"stories/{theirs}/cover.png"]
    assert mine not in "".join(keys) and ordered_as_guest not in "".join(keys)


def test_shop_redact_leaves_nothing_of_the_shop(
    client: TestClient, runtime: Runtime, installed_shop: str
) -> None:
    # given the shop's books and exports, and another shop's book
    _book_with_history(runtime, "7001", "901")
    _book_with_history(runtime, "7002", "902")
    other = _book_with_history(runtime, "8001", "999", shop="other-shop.myshopify.com")
    runtime.store.put(f"privacy/{SHOP}/customers/7001/data-request-1.json", b"{}")
    client.post("/api/webhooks/shopify", **signed_webhook("app/uninstalled", {"id": 1}, event_id="bye"))
    # when Shopify asks to redact the shop
    client.post(
        "/api/webhooks/shopify", **signed_webhook("shop/redact", {"shop_domain": SHOP}, event_id="gone")
    )
    # then no row and no file of the shop is left; the redaction's own event id stays, empty
    with runtime.session() as session:
        assert session.scalars(select(Story.id)).all() == [other]
        assert set(session.scalars(select(WorkUnit.story_id)).all()) == {other}
        assert set(session.scalars(select(Generation.story_id)).all()) == {other}
        assert session.scalars(select(Shop.domain)).all() == []
        events = [(e.event_id, e.payload) for e in session.scalars(select(WebhookEvent)).all()]
    assert events == [("gone", {})]
    assert sorted(obj.key for obj in runtime.store.list("")) == [
        f"stories/{other}/book-print.pdf",
        f"stories/{other}/cover.png",
    ]


def test_a_webhook_that_fails_for_a_while_is_processed_later(
    client: TestClient, runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    # given Shopify unreachable while an order for a finished book arrives
    story_id = make_story(runtime, shopify_customer_id="7001")
    order = {"id": 77, "customer": {"id": 7001}, "admin_graphql_api_id": "gid://shopify/Order/77"}
    order["line_items"] = [{"properties": [{"name": "_storyloom_story_id", "value": story_id}]}]
    emulator.shop(SHOP).orders["gid://shopify/Order/77"] = order
    reachable = runtime.settings.shopify.admin_url_override
    runtime.settings.shopify.admin_url_override = "http://127.0.0.1:9"
    runtime.settings.shopify.max_retries = 0
    client.post("/api/webhooks/shopify", **signed_webhook("orders/paid", order, event_id="paid-77"))
    with runtime.session() as session:
        event = session.scalar(select(WebhookEvent).where(WebhookEvent.event_id == "paid-77"))
        assert event is not None
    assert event.processed_at is None and event.error is not None and "ShopifyUnavailableError" in event.error
    # when Shopify is back and pending webhooks are processed
    runtime.settings.shopify.admin_url_override = reachable
    assert process_pending_webhooks(runtime) == 1
    # then the book is delivered
    story = runtime.new_session().get(Story, story_id)
    assert story is not None and [d["order_id"] for d in story.extras["shopify"]["deliveries"]] == ["77"]


def test_orders_paid_for_a_book_being_made_adds_a_waiting_publish_unit(
    client: TestClient, runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    # given a book the pipeline is making (its PDF unit waits for the pages)
    story_id = make_story(runtime, shopify_customer_id="7001", status=StoryStatus.GENERATING)
    with runtime.session() as session:
        session.add(WorkUnit(story_id=story_id, kind=UnitKind.PDF, index=0, state=UnitState.WAITING))
    order = {"id": 88, "customer": {"id": 7001}}
    order["line_items"] = [{"properties": [{"name": "_storyloom_story_id", "value": story_id}]}]
    # when it is paid for (twice: Shopify may deliver again under a new event id)
    client.post("/api/webhooks/shopify", **signed_webhook("orders/paid", order, event_id="paid-88"))
    client.post("/api/webhooks/shopify", **signed_webhook("orders/paid", order, event_id="paid-88-again"))
    # then one publish unit waits for the PDF, and the order waits for the publishing
    with runtime.session() as session:
        units = session.execute(
            select(WorkUnit.kind, WorkUnit.state).where(WorkUnit.story_id == story_id).order_by(WorkUnit.kind)
        ).all()
        story = session.get(Story, story_id)
        assert story is not None
        pending = [o["order_id"] for o in story.extras["shopify"]["pending_orders"]]
    assert sorted(units) == [(UnitKind.PDF, UnitState.WAITING), (UnitKind.PUBLISH, UnitState.WAITING)]
    assert pending == ["88"]
    assert emulator.shops[SHOP].products == {}


@pytest.mark.parametrize(
    ("lease_offset_seconds", "processed"),
    [pytest.param(-5, 1, id="crashed-worker-lease-lapsed"), pytest.param(60, 0, id="worker-still-on-it")],
)
def test_a_leased_event_is_taken_up_only_after_its_lease_lapses(
    runtime: Runtime, installed_shop: str, lease_offset_seconds: int, processed: int
) -> None:
    from datetime import UTC, datetime, timedelta

    from storyloom.shopify.webhooks import LEASE_PREFIX

    lease_end = datetime.now(UTC) + timedelta(seconds=lease_offset_seconds)
    with runtime.session() as session:
        session.add(
            WebhookEvent(
                event_id="held",
                topic="app/uninstalled",
                shop_domain=SHOP,
                payload={},
                error=f"{LEASE_PREFIX}{lease_end.strftime('%Y-%m-%dT%H:%M:%S')}",
            )
        )
    assert process_pending_webhooks(runtime) == processed
    shop = runtime.new_session().scalar(select(Shop).where(Shop.domain == SHOP))
    assert shop is not None and (shop.access_token is None) == bool(processed)
