"""A captured signed body cannot be replayed under other headers: its payload must match the topic
and shop, a body counts once whatever its event id, and stale deliveries are refused."""

from __future__ import annotations

import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storyloom.db.models import Story, WebhookEvent
from storyloom.runtime import Runtime
from tests.shopify.conftest import SHOP, make_story, shopify_web_app, signed_webhook

OTHER_SHOP = "other-shop.myshopify.com"
ORDER = {"id": 501, "customer": {"id": 7001}, "line_items": []}


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app())


def _events(runtime: Runtime) -> int:
    with runtime.session() as session:
        return int(session.scalar(select(func.count()).select_from(WebhookEvent)) or 0)


def _replayed(delivery: dict[str, Any], **headers: str) -> dict[str, Any]:
    return {"content": delivery["content"], "headers": delivery["headers"] | headers}


def test_an_order_body_replayed_as_shop_redact_for_another_shop_is_refused(
    client: TestClient, runtime: Runtime
) -> None:
    # given another shop's book and a captured orders/paid delivery of this shop
    book = make_story(runtime, shop_domain=OTHER_SHOP, shopify_customer_id="8001")
    captured = signed_webhook("orders/paid", ORDER, event_id="paid-501")
    assert client.post("/api/webhooks/shopify", **captured).status_code == 200
    # when the body is replayed as shop/redact for the other shop under a new event id
    replay = _replayed(
        captured,
        **{"X-Shopify-Topic": "shop/redact", "X-Shopify-Shop-Domain": OTHER_SHOP, "X-Shopify-Event-Id": "x"},
    )
    response = client.post("/api/webhooks/shopify", **replay)
    # then it is refused and the other shop's book is still there
    assert response.status_code == 401
    assert runtime.new_session().get(Story, book) is not None
    assert _events(runtime) == 1


@pytest.mark.parametrize(
    ("topic", "payload"),
    [
        pytest.param("shop/redact", {"shop_domain": OTHER_SHOP}, id="shop-redact-names-another-shop"),
        pytest.param(
            "customers/redact", {"shop_domain": OTHER_SHOP, "customer": {"id": 1}}, id="customers-redact"
        ),
        pytest.param("customers/redact", {"shop_domain": SHOP}, id="customers-redact-without-customer"),
        pytest.param("app/uninstalled", {"myshopify_domain": OTHER_SHOP}, id="uninstall-of-another-shop"),
        pytest.param(
            "orders/paid", {"shop_domain": SHOP, "customer": {"id": 1}}, id="compliance-body-as-order"
        ),
        pytest.param(
            "orders/paid",
            {"id": 5, "admin_graphql_api_id": "gid://shopify/Order/6", "line_items": []},
            id="order-ids-disagree",
        ),
    ],
)
def test_a_payload_that_does_not_match_its_headers_is_refused(
    client: TestClient, runtime: Runtime, topic: str, payload: dict[str, Any]
) -> None:
    delivery = signed_webhook(topic, payload, event_id="e")
    assert client.post("/api/webhooks/shopify", **delivery).status_code == 401
    assert _events(runtime) == 0


def test_the_same_body_under_another_event_id_is_acknowledged_and_not_processed_again(
    client: TestClient, runtime: Runtime
) -> None:
    captured = signed_webhook("orders/paid", ORDER, event_id="paid-501")
    first = client.post("/api/webhooks/shopify", **captured)
    again = client.post(
        "/api/webhooks/shopify", **_replayed(captured, **{"X-Shopify-Event-Id": "paid-501-b"})
    )
    assert (first.json()["duplicate"], again.json()["duplicate"]) == (False, True)
    assert _events(runtime) == 1


@pytest.mark.parametrize(
    ("age_seconds", "status"),
    [
        pytest.param(3 * 3600, 200, id="a-retry-within-four-hours"),
        pytest.param(5 * 3600, 401, id="older-than-the-retry-window"),
        pytest.param(-3600, 401, id="from-the-future"),
    ],
)
def test_deliveries_outside_the_retry_window_are_refused(
    client: TestClient, age_seconds: int, status: int
) -> None:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - age_seconds))
    delivery = _replayed(
        signed_webhook("orders/paid", ORDER, event_id="e"), **{"X-Shopify-Triggered-At": stamp}
    )
    assert client.post("/api/webhooks/shopify", **delivery).status_code == status


def test_a_delivery_without_its_trigger_time_is_refused(client: TestClient) -> None:
    delivery = signed_webhook("orders/paid", ORDER, event_id="e")
    del delivery["headers"]["X-Shopify-Triggered-At"]
    assert client.post("/api/webhooks/shopify", **delivery).status_code == 400
