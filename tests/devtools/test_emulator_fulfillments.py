"""The emulator's printed-book calls as Shopify answers them: variants made by option value (refused
for an unknown option or a value taken), an order's fulfillment orders, and fulfillmentCreate with
tracking (refused beyond what is left to fulfil), over HTTP with the app's own documents."""

from __future__ import annotations

from typing import Any

import httpx

from storyloom.devtools.shopify_emulator import EmulatorState
from storyloom.devtools.shopify_emulator.fulfillments import open_fulfillment_orders
from storyloom.devtools.shopify_emulator.state import gid
from storyloom.shopify.admin import document
from tests.shopify.conftest import SHOP

GRAPHQL = "/admin/api/2026-10/graphql.json"


def _run(emulator: EmulatorState, name: str, variables: dict[str, Any]) -> dict[str, Any]:
    token = str(emulator.issue_tokens(SHOP, expiring=True)["access_token"])
    response = httpx.post(
        f"{emulator.base_url}{GRAPHQL}",  # type: ignore[attr-defined]
        json={"query": document(name), "variables": variables},
        headers={"X-Shopify-Access-Token": token},
        timeout=10,
    )
    body = response.json()
    assert "errors" not in body, body
    return body["data"]  # type: ignore[no-any-return]


def _product(emulator: EmulatorState) -> str:
    product = {"title": "Mia", "productOptions": [{"name": "Edition", "values": [{"name": "Digital"}]}]}
    created = _run(emulator, "product_create", {"product": product})["productCreate"]
    assert created["userErrors"] == []
    assert created["product"]["variants"]["nodes"][0]["selectedOptions"] == [
        {"name": "Edition", "value": "Digital"}
    ]
    return str(created["product"]["id"])


def _variant(edition: str, option: str = "Edition") -> dict[str, Any]:
    return {"optionValues": [{"optionName": option, "name": edition}], "price": "34.99"}


def test_variants_are_made_by_option_value_and_refused_when_wrong(emulator: EmulatorState) -> None:
    product = _product(emulator)
    made = _run(
        emulator, "product_variants_bulk_create", {"productId": product, "variants": [_variant("Hardcover")]}
    )
    payload = made["productVariantsBulkCreate"]
    assert payload["userErrors"] == []
    assert [(v["price"], v["selectedOptions"][0]["value"]) for v in payload["productVariants"]] == [
        ("34.99", "Hardcover")
    ]
    again = _run(
        emulator, "product_variants_bulk_create", {"productId": product, "variants": [_variant("Hardcover")]}
    )
    assert [e["code"] for e in again["productVariantsBulkCreate"]["userErrors"]] == ["VARIANT_ALREADY_EXISTS"]
    unknown = _run(
        emulator,
        "product_variants_bulk_create",
        {"productId": product, "variants": [_variant("Red", "Colour")]},
    )
    assert [e["code"] for e in unknown["productVariantsBulkCreate"]["userErrors"]] == [
        "OPTION_VALUES_FOR_NUMBER_OF_UNKNOWN_OPTIONS"
    ]


def test_a_shipping_line_is_fulfilled_once_with_its_tracking(emulator: EmulatorState) -> None:
    shop = emulator.shop(SHOP)
    order = {
        "id": 77,
        "admin_graphql_api_id": gid("Order", 77),
        "line_items": [
            {"id": 771, "quantity": 1, "requires_shipping": False},
            {"id": 772, "quantity": 1, "requires_shipping": True},
        ],
    }
    shop.orders[order["admin_graphql_api_id"]] = order
    open_fulfillment_orders(emulator, shop, order)
    found = _run(emulator, "order_fulfillment_orders", {"id": gid("Order", 77)})["order"]
    [fulfillment_order] = found["fulfillmentOrders"]["nodes"]
    [line] = fulfillment_order["lineItems"]["nodes"]
    assert (line["lineItem"]["id"], line["remainingQuantity"]) == (gid("LineItem", 772), 1)
    fulfillment = {
        "lineItemsByFulfillmentOrder": [
            {
                "fulfillmentOrderId": fulfillment_order["id"],
                "fulfillmentOrderLineItems": [{"id": line["id"], "quantity": 1}],
            }
        ],
        "trackingInfo": {"number": "9400111899223100001234", "company": "USPS"},
        "notifyCustomer": True,
    }
    made = _run(emulator, "fulfillment_create", {"fulfillment": fulfillment})["fulfillmentCreate"]
    assert made["userErrors"] == []
    assert made["fulfillment"]["trackingInfo"] == [
        {"company": "USPS", "number": "9400111899223100001234", "url": None}
    ]
    again = _run(emulator, "fulfillment_create", {"fulfillment": fulfillment})["fulfillmentCreate"]
    assert again["fulfillment"] is None
    assert (
        again["userErrors"][0]["message"]
        == "Invalid fulfillment order line item quantity requested: 1 of 0 left."
    )
    after = _run(emulator, "order_fulfillment_orders", {"id": gid("Order", 77)})["order"]
    assert after["fulfillmentOrders"]["nodes"][0]["status"] == "CLOSED"
