"""The cache of the original design on cashews: `mem://` in one process, Redis when scaled out.

Keys and lifetimes: `story:{id}` 3600 s, `asset:{id}:{name}` 86400 s, `gen:{id}` 300 s. Every write
to a story invalidates its entries, from the web app (async) or from a worker thread (sync).
"""

from __future__ import annotations

import asyncio
from typing import Any

import redis
from cashews import Cache

STORY_TTL = 3600
ASSET_TTL = 86400
GENERATION_TTL = 300


def story_key(story_id: str) -> str:
    return f"story:{story_id}"


def asset_key(story_id: str, name: str) -> str:
    return f"asset:{story_id}:{name}"


def generation_key(story_id: str) -> str:
    return f"gen:{story_id}"


class StoryCache:
    """Story, asset and progress entries, invalidated together on every write to a story."""

    def __init__(self, redis_url: str = "") -> None:
        self.redis_url = redis_url
        self.backend = Cache()
        self.backend.setup(
            redis_url or "mem://", **({"client_side": False} if redis_url else {"check_interval": 0})
        )
        self._sync_redis = redis.Redis.from_url(redis_url) if redis_url else None

    async def get(self, key: str) -> Any:
        return await self.backend.get(key)

    async def set(self, key: str, value: Any, ttl: int) -> None:
        await self.backend.set(key, value, expire=ttl)

    def _keys(self, story_id: str) -> list[str]:
        return [story_key(story_id), generation_key(story_id)]

    async def invalidate(self, story_id: str) -> None:
        for key in self._keys(story_id):
            await self.backend.delete(key)
        await self.backend.delete_match(f"asset:{story_id}:*")

    def invalidate_sync(self, story_id: str) -> None:
        """Invalidate from a worker thread (no event loop of its own)."""
        if self._sync_redis is not None:
            keys = self._keys(story_id) + list(self._sync_redis.scan_iter(match=f"asset:{story_id}:*"))
            self._sync_redis.delete(*keys)
            return
        asyncio.run(self.invalidate(story_id))
