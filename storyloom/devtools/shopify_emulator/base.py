"""What every emulated root field shares: the request's store and shop, metafields and their
`$app` namespace, and Shopify's shape for a userError."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLResolveInfo

from storyloom.devtools.shopify_emulator.state import EmulatorState, Metafield, ShopState, gid

TIMESTAMP = "2025-04-01T00:00:00Z"

# What a resolver is told of its field; the emulator executes without a context value.
Info = GraphQLResolveInfo[None]


def user_error(
    field: list[str] | None, message: str, code: str | None = None, **extra: Any
) -> dict[str, Any]:
    """A userError as Shopify shapes it (`code` only for the payloads that have one)."""
    error: dict[str, Any] = {"field": field, "message": message, **extra}
    if code is not None:
        error["code"] = code
    return error


class ResolverBase:
    """State shared by the root fields of one request to one shop."""

    def __init__(self, state: EmulatorState, shop: ShopState, base_url: str) -> None:
        self.state = state
        self.shop = shop
        self.base_url = base_url.rstrip("/")

    def _metafield(self, metafield: Metafield) -> dict[str, Any]:
        return {
            "id": metafield.id,
            "namespace": metafield.namespace,
            "key": metafield.key,
            "type": metafield.type,
            "value": metafield.value,
            "compareDigest": metafield.compare_digest,
            "createdAt": TIMESTAMP,
            "updatedAt": TIMESTAMP,
        }

    def _metafield_getter(self, owner_id: str) -> Any:
        def metafield(info: Info, key: str, namespace: str | None = None) -> dict[str, Any] | None:
            found = self.shop.metafields.get((owner_id, self._namespace(namespace), key))
            return self._metafield(found) if found else None

        return metafield

    def _namespace(self, namespace: str | None) -> str:
        if not namespace or namespace == "$app":
            return self.state.app_namespace
        return namespace.replace("$app:", f"{self.state.app_namespace}--")

    def _store_metafield(self, owner_id: str, item: dict[str, Any]) -> Metafield:
        namespace = self._namespace(item.get("namespace"))
        key = (owner_id, namespace, item["key"])
        existing = self.shop.metafields.get(key)
        metafield = Metafield(
            id=existing.id if existing else gid("Metafield", self.state.next_number()),
            owner_id=owner_id,
            namespace=namespace,
            key=item["key"],
            type=item.get("type") or (existing.type if existing else "single_line_text_field"),
            value=item["value"],
        )
        self.shop.metafields[key] = metafield
        return metafield
