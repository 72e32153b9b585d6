"""Redacting a customer while their book is being made leaves nothing: no row, no file, no cache
entry, and nothing written later by the units that were running (on SQLite and on PostgreSQL + Redis
+ S3)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from storyloom.cache import story_key
from storyloom.db.models import Generation, Story, UnitState, WorkUnit
from storyloom.pipeline.deletion import delete_stories
from storyloom.pipeline.orchestrator import Owner, start_story
from storyloom.runtime import Runtime
from storyloom.shopify.privacy import redact_customer
from storyloom.storage import story_prefix
from tests.pipeline.conftest import FakeStages, make_params

SHOP = "demo-books.myshopify.com"


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """One event loop for the test's cache calls (a Redis cache is bound to the loop it first ran on)."""
    running = asyncio.new_event_loop()
    yield running
    running.close()


def _left(runtime: Runtime, story_id: str, loop: asyncio.AbstractEventLoop) -> dict[str, object]:
    async def cached() -> object:
        return await runtime.cache.get(story_key(story_id))

    with runtime.session() as session:
        rows = sum(
            int(
                session.scalar(select(func.count()).select_from(model).where(model.story_id == story_id)) or 0
            )
            for model in (WorkUnit, Generation)
        ) + (1 if session.get(Story, story_id) else 0)
    return {
        "rows": rows,
        "files": sorted(obj.key for obj in runtime.store.list(story_prefix(story_id))),
        "cache": loop.run_until_complete(cached()),
    }


def _mid_book(runtime: Runtime, fake_stages: FakeStages, loop: asyncio.AbstractEventLoop) -> str:
    """A customer's book with some pictures drawn and others being drawn, its JSON in the cache."""
    fake_stages.pause = 0.4
    story_id = start_story(runtime, make_params(), owner=Owner(customer_id="7001", shop_domain=SHOP)).story_id

    async def cache_it() -> None:
        await runtime.cache.set(story_key(story_id), {"json": b'{"child_name":"Mia"}'}, 3600)

    loop.run_until_complete(cache_it())
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with runtime.session() as session:
            running = session.scalar(
                select(func.count())
                .select_from(WorkUnit)
                .where(WorkUnit.story_id == story_id, WorkUnit.state == UnitState.RUNNING)
            )
        if running and runtime.store.list(story_prefix(story_id)):
            return story_id
        time.sleep(0.02)
    raise AssertionError("the book never had a unit running and a file written")


@pytest.mark.slow
def test_customers_redact_mid_book_leaves_nothing_ten_seconds_later(
    runtime: Runtime, fake_stages: FakeStages, workers: object, loop: asyncio.AbstractEventLoop
) -> None:
    # given a customer's book being made
    story_id = _mid_book(runtime, fake_stages, loop)
    # when Shopify asks to redact the customer
    result = redact_customer(runtime, SHOP, {"shop_domain": SHOP, "customer": {"id": 7001}})
    # then nothing of the book is left, and ten seconds later still nothing
    assert result["stories"] == 1
    assert _left(runtime, story_id, loop) == {"rows": 0, "files": [], "cache": None}
    time.sleep(10)
    assert _left(runtime, story_id, loop) == {"rows": 0, "files": [], "cache": None}


def test_a_unit_still_running_after_the_deletion_leaves_no_file(
    runtime: Runtime, fake_stages: FakeStages, workers: object, loop: asyncio.AbstractEventLoop
) -> None:
    # given a book with units running, deleted without waiting for them
    story_id = _mid_book(runtime, fake_stages, loop)
    delete_stories(runtime, [story_id], grace_seconds=0)
    # when the running units finish and write their files
    time.sleep(fake_stages.pause * 3)
    # then what they wrote was deleted after them
    assert _left(runtime, story_id, loop) == {"rows": 0, "files": [], "cache": None}
