"""The cache of the original design on cashews: `mem://` in one process, Redis when scaled out.

Keys and lifetimes: `story:{id}` 3600 s, `asset:{id}:{name}` 86400 s, `gen:{id}` 300 s. Every write
to a story invalidates its entries, from the web app (async) or from a worker thread (sync).

Invalidation bumps the story's version; every entry is stored with the version it was read under and
is served only while that version is current. So a reader that loaded the story before a worker's
write, and stores it after the worker invalidated, can never make the old story visible again.
With REDIS_URL the versions live in Redis (shared by the web replicas and every worker process);
without it they live in this process, which is right for `storyloom serve` (web and workers in one
process) but not for separate worker processes on SQLite.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

import redis
from cashews import Cache

STORY_TTL = 3600
ASSET_TTL = 86400
GENERATION_TTL = 300
VERSION_TTL = 2 * ASSET_TTL  # outlives every entry stamped with it

# The version a `get` saw when it missed, per task: a `set` of the same key that follows (the usual
# get, load, set) stamps what it stores with it, not with a version a worker bumped in between.
_missed_at: ContextVar[tuple[str, int] | None] = ContextVar("storyloom_cache_missed_at", default=None)


def story_key(story_id: str) -> str:
    return f"story:{story_id}"


def asset_key(story_id: str, name: str) -> str:
    return f"asset:{story_id}:{name}"


def generation_key(story_id: str) -> str:
    return f"gen:{story_id}"


def story_of(key: str) -> str:
    """The story id inside `story:{id}`, `gen:{id}` or `asset:{id}:{name}`."""
    kind, _, rest = key.partition(":")
    story_id = rest.rpartition(":")[0] if kind == "asset" else rest
    if kind not in ("story", "gen", "asset") or not story_id:
        raise ValueError(f"{key!r} is not a story:, gen: or asset: cache key")
    return story_id


class StoryCache:
    """Story, asset and progress entries, invalidated together on every write to a story."""

    def __init__(self, redis_url: str = "", prefix: str = "storyloom") -> None:
        self.redis_url = redis_url
        self.prefix = prefix
        self.backend = Cache()
        self.backend.setup(
            redis_url or "mem://", **({"client_side": False} if redis_url else {"check_interval": 0})
        )
        self._sync_redis = redis.Redis.from_url(redis_url) if redis_url else None
        self._versions: dict[str, int] = {}
        self._versions_lock = threading.Lock()

    def _key(self, key: str) -> str:
        return f"{self.prefix}:{key}"

    def _version_key(self, story_id: str) -> str:
        return f"{self.prefix}:ver:{story_id}"

    async def version(self, story_id: str) -> int:
        """The story's current version; read it before loading what you will `set`."""
        if self._sync_redis is None:
            with self._versions_lock:
                return self._versions.get(story_id, 0)
        return int(await self.backend.get(self._version_key(story_id)) or 0)

    async def get(self, key: str) -> Any:
        """The cached value, or None when missing, expired or written before the story changed."""
        story_id = story_of(key)
        if self._sync_redis is None:
            entry = await self.backend.get(self._key(key))
            current = await self.version(story_id)
        else:
            entry, stored_version = await self.backend.get_many(self._key(key), self._version_key(story_id))
            current = int(stored_version or 0)
        if entry is None:
            _missed_at.set((key, current))
            return None
        stamped, value = entry
        if stamped != current:
            _missed_at.set((key, current))
            await self.backend.delete(self._key(key))
            return None
        return value

    async def set(self, key: str, value: Any, ttl: int, *, version: int | None = None) -> None:
        """Store `value` under the version it was loaded at: `version` if given, else the one the last
        `get` of this key in this task missed at, else the current one."""
        if version is None:
            missed = _missed_at.get()
            if missed is not None and missed[0] == key:
                version = missed[1]
            else:
                version = await self.version(story_of(key))
        await self.backend.set(self._key(key), (version, value), expire=ttl)

    async def get_or_load(self, key: str, ttl: int, load: Callable[[], Any | Awaitable[Any]]) -> Any:
        """The cached value, or `load()`'s, cached under the version read before loading."""
        cached = await self.get(key)
        if cached is not None:
            return cached
        version = await self.version(story_of(key))
        value = load()
        if inspect.isawaitable(value):
            value = await value
        if value is not None:
            await self.set(key, value, ttl, version=version)
        return value

    async def invalidate(self, story_id: str) -> None:
        """Forget the story's entries (call after the write commits)."""
        if self._sync_redis is None:
            self._bump(story_id)
        else:
            await self.backend.incr(self._version_key(story_id), expire=VERSION_TTL)
        for key in (story_key(story_id), generation_key(story_id)):
            await self.backend.delete(self._key(key))
        await self.backend.delete_match(self._key(f"asset:{story_id}:*"))

    def invalidate_sync(self, story_id: str) -> None:
        """Invalidate from a worker thread (no event loop needed)."""
        if self._sync_redis is None:
            self._bump(story_id)  # stale entries are refused on read and dropped then
            return
        pipe = self._sync_redis.pipeline()
        pipe.incr(self._version_key(story_id))
        pipe.expire(self._version_key(story_id), VERSION_TTL)
        pipe.delete(self._key(story_key(story_id)), self._key(generation_key(story_id)))
        pipe.execute()
        assets = list(self._sync_redis.scan_iter(match=self._key(f"asset:{story_id}:*")))
        if assets:
            self._sync_redis.delete(*assets)

    def _bump(self, story_id: str) -> None:
        with self._versions_lock:
            self._versions[story_id] = self._versions.get(story_id, 0) + 1

    async def close(self) -> None:
        await self.backend.close()
        if self._sync_redis is not None:
            self._sync_redis.close()
