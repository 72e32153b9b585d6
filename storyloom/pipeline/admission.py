"""Limits on starting and changing books, per client, so no one can flood the queues (or the
merchant's provider bill).

Each request is counted against every identity it carries: its IP address, its browser session, its
API token, its storefront customer, its shop. Each identity may start CLIENT_BOOKS_PER_HOUR books and
make CLIENT_CHANGES_PER_HOUR changes (retries, page edits, pictures drawn again, publishing) an hour;
a shop's storefront may start SHOP_BOOKS_PER_HOUR books an hour, and at most its daily book budget a
day (storyloom.shopify.budget). Over a limit: RateLimitedError (429, Retry-After, naming the limit).
The counts are moving windows kept by the `limits` library, in memory, or in Redis when REDIS_URL is
set, so every replica counts together.
"""

from __future__ import annotations

import math
import threading
import time
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from limits import RateLimitItemPerHour
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter

from storyloom.errors import RateLimitedError

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

Action = Literal["start", "change"]
IdentityKind = Literal["address", "session", "token", "customer", "shop"]

WHO = {
    "address": "from this network address",
    "session": "from this browser",
    "token": "with this API token",
    "customer": "by this customer",
    "shop": "in this shop",
}
WHAT = {"start": "books started", "change": "changes to books"}


@dataclass(frozen=True)
class Identity:
    """One thing a request is counted against: its kind and a key (hash secrets before)."""

    kind: IdentityKind
    key: str


_limiters: weakref.WeakKeyDictionary[Runtime, MovingWindowRateLimiter] = weakref.WeakKeyDictionary()
_limiters_lock = threading.Lock()


def _limiter(runtime: Runtime) -> MovingWindowRateLimiter:
    with _limiters_lock:
        limiter = _limiters.get(runtime)
        if limiter is None:
            redis_url = runtime.settings.storage.redis_url
            storage: Storage = (
                RedisStorage(redis_url, key_prefix=f"{runtime.settings.storage.redis_prefix}:limits")
                if redis_url
                else MemoryStorage()
            )
            limiter = _limiters[runtime] = MovingWindowRateLimiter(storage)
        return limiter


def _per_hour(runtime: Runtime, action: Action, kind: IdentityKind) -> tuple[int, str]:
    limits = runtime.settings.limits
    if kind == "shop":
        return (limits.shop_books_per_hour, "SHOP_BOOKS_PER_HOUR") if action == "start" else (0, "")
    if action == "start":
        return limits.client_books_per_hour, "CLIENT_BOOKS_PER_HOUR"
    return limits.client_changes_per_hour, "CLIENT_CHANGES_PER_HOUR"


def admit(runtime: Runtime, action: Action, identities: Sequence[Identity]) -> None:
    """Count one `action` against every identity, or raise RateLimitedError (nothing counted) when
    one of them is over its limit."""
    limiter = _limiter(runtime)
    checks = []
    for identity in identities:
        count, setting = _per_hour(runtime, action, identity.kind)
        if count > 0 and identity.key:
            checks.append((RateLimitItemPerHour(count), identity, count, setting))
    for item, identity, count, setting in checks:
        if not limiter.test(item, action, identity.kind, identity.key):
            stats = limiter.get_window_stats(item, action, identity.kind, identity.key)
            wait = max(1, math.ceil(stats.reset_time - time.time()))
            raise RateLimitedError(
                f"too many {WHAT[action]} {WHO[identity.kind]}: at most {count} an hour ({setting}); "
                f"try again in {_in_words(wait)}",
                retry_after=wait,
                limit=setting,
            )
    for item, identity, _, _ in checks:
        limiter.hit(item, action, identity.kind, identity.key)


def _in_words(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds"
    if seconds < 5400:
        return f"{round(seconds / 60)} minutes"
    return f"{round(seconds / 3600)} hours"
