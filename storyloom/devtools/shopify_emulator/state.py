"""What the emulated store keeps: shops, tokens, products and variants, files and uploads, customers,
orders and metafields, each behind one lock. Everything lives in memory for one process."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any


def gid(kind: str, number: int) -> str:
    return f"gid://shopify/{kind}/{number}"


def gid_number(value: str) -> str:
    return value.rsplit("/", 1)[-1]


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


@dataclass
class Product:
    id: str
    handle: str
    title: str
    description_html: str = ""
    status: str = "ACTIVE"
    product_type: str = ""
    vendor: str = ""
    tags: list[str] = field(default_factory=list)
    media: list[dict[str, Any]] = field(default_factory=list)
    variant_ids: list[str] = field(default_factory=list)
    option_name: str = "Title"  # its one option (Shopify's default, or the first of productOptions)


@dataclass
class Variant:
    id: str
    product_id: str
    price: str = "0.00"
    option_value: str = "Default Title"
    taxable: bool = True
    inventory_policy: str = "DENY"
    requires_shipping: bool = True
    tracked: bool = False


@dataclass
class StoredFile:
    id: str
    source: str
    filename: str
    alt: str
    content_type: str
    status: str = "UPLOADED"
    polls: int = 0
    url: str | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Metafield:
    id: str
    owner_id: str
    namespace: str
    key: str
    type: str
    value: str

    @property
    def compare_digest(self) -> str:
        return digest(f"{self.type}\n{self.value}")


@dataclass
class FulfillmentOrderLine:
    id: str
    line_item_id: int  # the order's line item (its number, as webhooks send it)
    total: int
    remaining: int


@dataclass
class FulfillmentOrder:
    """What Shopify makes for an order's lines that ship: fulfilled by fulfillmentCreate."""

    id: str
    order_id: str
    lines: list[FulfillmentOrderLine]
    status: str = "OPEN"


@dataclass
class Fulfillment:
    id: str
    order_id: str
    lines: list[tuple[str, int]]  # (fulfillment order line id, quantity)
    tracking: list[dict[str, Any]]
    notify_customer: bool = False


@dataclass
class ShopState:
    """One emulated store."""

    domain: str
    products: dict[str, Product] = field(default_factory=dict)
    variants: dict[str, Variant] = field(default_factory=dict)
    files: dict[str, StoredFile] = field(default_factory=dict)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    metafields: dict[tuple[str, str, str], Metafield] = field(default_factory=dict)
    fulfillment_orders: dict[str, FulfillmentOrder] = field(default_factory=dict)
    fulfillments: dict[str, Fulfillment] = field(default_factory=dict)
    phone: str = "+1 503 555 0142"  # the store's address's phone (Settings > Store details)
    bucket_available: float = 0.0
    bucket_at: float = 0.0

    @property
    def shopAddress(self) -> dict[str, Any]:
        """The Admin API's `shop { shopAddress }`: the root field `shop` resolves to this ShopState."""
        return {"id": f"gid://shopify/ShopAddress/{len(self.domain)}", "phone": self.phone or None}

    def owner_exists(self, owner_id: str) -> bool:
        return (
            owner_id in self.products
            or owner_id in self.variants
            or owner_id in self.customers
            or owner_id in self.orders
        )


@dataclass
class Grant:
    shop: str
    expires_at: float | None


class EmulatorState:
    """Every shop the emulator serves, the tokens it issued and the files uploaded to it."""

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        app_url: str = "",
        app_id: int = 1234567,
        bucket_size: float = 1000.0,
        restore_rate: float = 50.0,
        access_token_seconds: int = 3600,
        refresh_token_seconds: int = 30 * 24 * 3600,
        scopes: str = "",
    ) -> None:
        self.api_key = api_key
        self.api_secret = api_secret
        self.app_url = app_url.rstrip("/")
        self.app_namespace = f"app--{app_id}"
        self.bucket_size = bucket_size
        self.restore_rate = restore_rate
        self.access_token_seconds = access_token_seconds
        self.refresh_token_seconds = refresh_token_seconds
        self.scopes = scopes
        self.lock = threading.RLock()
        self.shops: dict[str, ShopState] = {}
        self.access_tokens: dict[str, Grant] = {}
        self.refresh_tokens: dict[str, Grant] = {}
        self.codes: dict[str, str] = {}
        self.uploads: dict[str, tuple[bytes, str]] = {}
        self.deliveries: list[dict[str, Any]] = []
        self._next = 1000

    def next_number(self) -> int:
        with self.lock:
            self._next += 1
            return self._next

    def shop(self, domain: str) -> ShopState:
        """The state of `domain`, created on first use with a full bucket and a demo customer."""
        with self.lock:
            state = self.shops.get(domain)
            if state is None:
                state = ShopState(
                    domain=domain, bucket_available=self.bucket_size, bucket_at=time.monotonic()
                )
                customer = gid("Customer", 7001)
                state.customers[customer] = {
                    "id": customer,
                    "email": "reader@example.com",
                    "first_name": "Robin",
                }
                self.shops[domain] = state
            return state

    def issue_tokens(self, shop: str, *, expiring: bool) -> dict[str, Any]:
        """A new access token (and refresh token when expiring) for `shop`, as the token endpoint answers."""
        self.shop(shop)
        now = time.time()
        access = f"shpat_{secrets.token_hex(16)}"
        answer: dict[str, Any] = {"access_token": access, "scope": self.scopes}
        with self.lock:
            if expiring:
                refresh = f"shprt_{secrets.token_hex(16)}"
                self.access_tokens[access] = Grant(shop, now + self.access_token_seconds)
                self.refresh_tokens[refresh] = Grant(shop, now + self.refresh_token_seconds)
                answer |= {
                    "expires_in": self.access_token_seconds,
                    "refresh_token": refresh,
                    "refresh_token_expires_in": self.refresh_token_seconds,
                }
            else:
                self.access_tokens[access] = Grant(shop, None)
        return answer

    def shop_for_token(self, token: str) -> str | None:
        with self.lock:
            grant = self.access_tokens.get(token)
        if grant is None or (grant.expires_at is not None and grant.expires_at <= time.time()):
            return None
        return grant.shop

    def take_refresh_token(self, token: str) -> str | None:
        """The shop of a refresh token, which is spent by this use (it rotates)."""
        with self.lock:
            grant = self.refresh_tokens.pop(token, None)
        if grant is None or (grant.expires_at is not None and grant.expires_at <= time.time()):
            return None
        return grant.shop

    def revoke_shop_tokens(self, shop: str) -> None:
        with self.lock:
            for table in (self.access_tokens, self.refresh_tokens):
                for token in [t for t, g in table.items() if g.shop == shop]:
                    del table[token]

    def charge(self, shop: str, cost: float) -> tuple[bool, float]:
        """Take `cost` from the shop's leaky bucket; returns (allowed, currently available)."""
        with self.lock:
            state = self.shop(shop)
            now = time.monotonic()
            state.bucket_available = min(
                self.bucket_size, state.bucket_available + (now - state.bucket_at) * self.restore_rate
            )
            state.bucket_at = now
            if cost > state.bucket_available:
                return False, state.bucket_available
            state.bucket_available -= cost
            return True, state.bucket_available
