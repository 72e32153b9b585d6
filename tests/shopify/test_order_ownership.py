"""orders/paid attaches only a book made through that shop by that customer, or anonymously by the
browser that holds its claim; never someone else's book."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from fastapi.testclient import TestClient

from storyloom.db.models import Story, StoryStatus
from storyloom.runtime import Runtime
from storyloom.shopify.orders import CLAIM_PROPERTY, LINE_ITEM_PROPERTY, story_claim
from tests.shopify.conftest import SHOP, make_story, shopify_web_app, signed_webhook
from tests.shopify.test_routes import _proxy


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app())


def _order(story_id: str, claim: str | None = None) -> dict[str, Any]:
    properties = [{"name": LINE_ITEM_PROPERTY, "value": story_id}]
    if claim is not None:
        properties.append({"name": CLAIM_PROPERTY, "value": claim})
    return {"id": 91, "customer": {"id": 7001}, "line_items": [{"properties": properties}]}


@pytest.mark.parametrize(
    ("story_fields", "with_claim", "attached"),
    [
        pytest.param({"shopify_customer_id": "7001"}, False, True, id="the-buyers-own-book"),
        pytest.param({"shopify_customer_id": "7002"}, False, False, id="another-customers-book"),
        pytest.param({"shopify_customer_id": "7002"}, True, False, id="another-customers-book-with-claim"),
        pytest.param(
            {"shop_domain": None, "owner_session": "someone"}, False, False, id="made-outside-the-shop"
        ),
        pytest.param({"shop_domain": None, "owner_session": "someone"}, True, False, id="outside-with-claim"),
        pytest.param({"shopify_customer_id": ""}, False, False, id="anonymous-book-without-its-claim"),
        pytest.param({"shopify_customer_id": ""}, True, True, id="anonymous-book-with-its-claim"),
    ],
)
def test_orders_paid_attaches_only_the_buyers_book(
    client: TestClient,
    runtime: Runtime,
    installed_shop: str,
    story_fields: dict[str, Any],
    with_claim: bool,
    attached: bool,
) -> None:
    # given a book, and a signed order naming it
    story_id = make_story(runtime, status=StoryStatus.GENERATING, **story_fields)
    claim = story_claim(runtime.secret_key, story_id) if with_claim else None
    # when the order is paid
    response = client.post(
        "/api/webhooks/shopify", **signed_webhook("orders/paid", _order(story_id, claim), event_id="p")
    )
    assert response.status_code == 200
    # then only the buyer's book is attached; any other keeps its owner and shop
    story = runtime.new_session().get(Story, story_id)
    assert story is not None
    assert (story.shopify_order_id == "91") is attached
    assert story.shop_domain == story_fields.get("shop_domain", SHOP)
    assert story.shopify_customer_id == ("7001" if attached else story_fields.get("shopify_customer_id", ""))
    assert ("shopify" in (story.extras or {})) is attached


def test_an_anonymous_visitor_gets_the_claim_of_the_book_they_made(
    client: TestClient, runtime: Runtime
) -> None:
    form = {"child_name": "Zoë", "age_group": "6-8", "moral_lesson": "Be brave", "page_count": "8"}
    response = client.post(
        _proxy("builder", customer=None, return_to="/products/book"), data=form, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    query = parse_qs(urlparse(response.headers["location"]).query)
    [story_id], [claim] = query["storyloom_story"], query["storyloom_claim"]
    assert claim == story_claim(runtime.secret_key, story_id)
