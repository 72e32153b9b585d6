"""The story cache: entries are served only while the story is unchanged, in process and on Redis."""

from __future__ import annotations

import asyncio

import pytest

from storyloom.cache import GENERATION_TTL, STORY_TTL, asset_key, generation_key, story_key
from storyloom.runtime import Runtime
from tests.conftest import BACKENDS


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_a_cached_story_is_served_until_a_worker_invalidates_it(runtime: Runtime) -> None:
    cache = runtime.cache

    async def scenario() -> tuple[object, object, object]:
        await cache.set(story_key("s1"), {"title": "Old"}, STORY_TTL)
        before = await cache.get(story_key("s1"))
        await asyncio.to_thread(cache.invalidate_sync, "s1")  # a worker thread, after its commit
        after = await cache.get(story_key("s1"))
        other = await cache.get(story_key("s2"))
        return before, after, other

    assert asyncio.run(scenario()) == ({"title": "Old"}, None, None)


def test_a_read_that_loaded_before_a_write_cannot_store_the_old_story_after_it(runtime: Runtime) -> None:
    cache = runtime.cache
    database = {"title": "Old"}

    async def scenario() -> tuple[object, object]:
        missed = await cache.get(story_key("s1"))  # the web misses and loads the old row...
        loaded = dict(database)
        database["title"] = "New"  # ...a worker commits and invalidates...
        cache.invalidate_sync("s1")
        await cache.set(story_key("s1"), loaded, STORY_TTL)  # ...then the web stores what it loaded
        served = await cache.get(story_key("s1"))
        return missed, served

    assert asyncio.run(scenario()) == (None, None)


def test_get_or_load_caches_what_it_loaded_and_reloads_after_a_write(runtime: Runtime) -> None:
    cache = runtime.cache
    loads: list[str] = []

    def load() -> dict[str, str]:
        loads.append("load")
        return {"title": f"v{len(loads)}"}

    async def scenario() -> list[object]:
        first = await cache.get_or_load(story_key("s1"), STORY_TTL, load)
        second = await cache.get_or_load(story_key("s1"), STORY_TTL, load)
        await cache.invalidate("s1")
        third = await cache.get_or_load(story_key("s1"), STORY_TTL, load)
        return [first, second, third]

    assert asyncio.run(scenario()) == [{"title": "v1"}, {"title": "v1"}, {"title": "v2"}]
    assert loads == ["load", "load"]


def test_invalidating_a_story_drops_its_progress_and_asset_entries(runtime: Runtime) -> None:
    cache = runtime.cache

    async def scenario() -> list[object]:
        await cache.set(generation_key("s1"), {"done": 3}, GENERATION_TTL)
        await cache.set(asset_key("s1", "cover.png"), "etag-1", STORY_TTL)
        await cache.set(asset_key("s2", "cover.png"), "etag-2", STORY_TTL)
        cache.invalidate_sync("s1")
        return [
            await cache.get(generation_key("s1")),
            await cache.get(asset_key("s1", "cover.png")),
            await cache.get(asset_key("s2", "cover.png")),
        ]

    assert asyncio.run(scenario()) == [None, None, "etag-2"]


@pytest.mark.parametrize("key", ["user:1", "story:", "plain"], ids=["unknown-kind", "no-id", "no-colon"])
def test_keys_must_name_a_story(runtime: Runtime, key: str) -> None:
    with pytest.raises(ValueError, match="is not a story:, gen: or asset: cache key"):
        asyncio.run(runtime.cache.get(key))


@pytest.mark.parametrize(
    ("key", "story_id"),
    [("story::", ":"), ("gen:a:b", "a:b"), ("asset:abc:pages/01.png", "abc"), ("asset:a:b:cover.png", "a:b")],
    ids=["colon-id", "gen-with-colon", "asset", "asset-with-colon"],
)
def test_the_story_id_is_everything_between_the_kind_and_the_asset_name(key: str, story_id: str) -> None:
    from storyloom.cache import story_of

    assert story_of(key) == story_id
