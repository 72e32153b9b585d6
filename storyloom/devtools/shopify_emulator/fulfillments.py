"""Orders' fulfillment orders and fulfillments, as the `order` query and fulfillmentCreate behave for
what Storyloom sends: a printed copy shipped, with its tracking number."""

from __future__ import annotations

from typing import Any

from storyloom.devtools.shopify_emulator.base import TIMESTAMP, Info, ResolverBase, user_error
from storyloom.devtools.shopify_emulator.state import (
    EmulatorState,
    Fulfillment,
    FulfillmentOrder,
    FulfillmentOrderLine,
    ShopState,
    gid,
)


def open_fulfillment_orders(state: EmulatorState, shop: ShopState, order: dict[str, Any]) -> None:
    """One fulfillment order for the order's lines that ship (none when nothing ships)."""
    lines = [
        FulfillmentOrderLine(
            id=gid("FulfillmentOrderLineItem", state.next_number()),
            line_item_id=int(item["id"]),
            total=int(item.get("quantity") or 1),
            remaining=int(item.get("quantity") or 1),
        )
        for item in order.get("line_items") or []
        if item.get("requires_shipping")
    ]
    if lines:
        found = FulfillmentOrder(
            id=gid("FulfillmentOrder", state.next_number()),
            order_id=order["admin_graphql_api_id"],
            lines=lines,
        )
        shop.fulfillment_orders[found.id] = found


def _paged(nodes: list[dict[str, Any]]) -> Any:
    def connection(info: Info, first: int | None = None, **_: Any) -> dict[str, Any]:
        page = nodes[: first or 250]
        return {"nodes": page, "edges": [{"node": n, "cursor": n["id"]} for n in page]}

    return connection


class FulfillmentResolvers(ResolverBase):
    """The order and fulfillment root fields."""

    def _fulfillment_order(self, found: FulfillmentOrder) -> dict[str, Any]:
        lines = [
            {
                "__typename": "FulfillmentOrderLineItem",
                "id": line.id,
                "totalQuantity": line.total,
                "remainingQuantity": line.remaining,
                "lineItem": {"__typename": "LineItem", "id": gid("LineItem", line.line_item_id)},
            }
            for line in found.lines
        ]
        return {
            "__typename": "FulfillmentOrder",
            "id": found.id,
            "status": found.status,
            "lineItems": _paged(lines),
        }

    def _fulfillment(self, found: Fulfillment) -> dict[str, Any]:
        def tracking(info: Info, first: int | None = None) -> list[dict[str, Any]]:
            return found.tracking[: first or 250]

        return {
            "__typename": "Fulfillment",
            "id": found.id,
            "status": "SUCCESS",
            "trackingInfo": tracking,
            "createdAt": TIMESTAMP,
        }

    def order(self, info: Info, id: str) -> dict[str, Any] | None:
        if id not in self.shop.orders:
            return None
        mine = [self._fulfillment_order(f) for f in self.shop.fulfillment_orders.values() if f.order_id == id]
        return {"__typename": "Order", "id": id, "fulfillmentOrders": _paged(mine)}

    def fulfillmentCreate(
        self, info: Info, fulfillment: dict[str, Any], message: str | None = None
    ) -> dict[str, Any]:
        """Fulfil the given fulfillment order lines (all of an order's lines when none are named)."""
        picked: list[tuple[FulfillmentOrderLine, int]] = []
        errors = []
        orders = set()
        for index, group in enumerate(fulfillment.get("lineItemsByFulfillmentOrder") or []):
            found = self.shop.fulfillment_orders.get(group.get("fulfillmentOrderId") or "")
            if found is None:
                errors.append(
                    user_error(
                        ["fulfillment", "lineItemsByFulfillmentOrder", str(index)],
                        "Fulfillment order does not exist.",
                    )
                )
                continue
            orders.add(found.order_id)
            wanted = group.get("fulfillmentOrderLineItems")
            by_id = {line.id: line for line in found.lines}
            everything = [{"id": each.id, "quantity": each.remaining} for each in found.lines]
            for item in wanted if wanted is not None else everything:
                line = by_id.get(str(item.get("id") or ""))
                quantity = int(str(item.get("quantity") or 0))
                if line is None:
                    errors.append(user_error(["fulfillment"], "Fulfillment order line item does not exist."))
                elif quantity < 1 or quantity > line.remaining:
                    errors.append(
                        user_error(
                            ["fulfillment"],
                            "Invalid fulfillment order line item quantity requested: "
                            f"{quantity} of {line.remaining} left.",
                        )
                    )
                else:
                    picked.append((line, quantity))
        if not picked and not errors:
            errors.append(user_error(["fulfillment"], "Line items are required."))
        if errors:
            return {"fulfillment": None, "userErrors": errors}
        tracking = fulfillment.get("trackingInfo") or {}
        numbers = tracking.get("numbers") or ([tracking["number"]] if tracking.get("number") else [])
        urls = tracking.get("urls") or ([tracking["url"]] if tracking.get("url") else [])
        with self.state.lock:
            for line, quantity in picked:
                line.remaining -= quantity
            for found in self.shop.fulfillment_orders.values():
                if all(line.remaining == 0 for line in found.lines):
                    found.status = "CLOSED"
            made = Fulfillment(
                id=gid("Fulfillment", self.state.next_number()),
                order_id=next(iter(orders)),
                lines=[(line.id, quantity) for line, quantity in picked],
                tracking=[
                    {
                        "company": tracking.get("company"),
                        "number": number,
                        "url": urls[i] if i < len(urls) else None,
                    }
                    for i, number in enumerate(numbers)
                ],
                notify_customer=bool(fulfillment.get("notifyCustomer")),
            )
            self.shop.fulfillments[made.id] = made
        return {"fulfillment": self._fulfillment(made), "userErrors": []}
