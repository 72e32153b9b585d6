"""The five queues of the original design, on Huey: SQLite storage by default, Redis with REDIS_URL.

A message carries only a unit id. Huey delivers it at most once; the unit rows and the reaper make
sure every unit runs to the end all the same.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from huey import Huey, PriorityRedisHuey, SqliteHuey
from huey.api import TaskWrapper

from storyloom.db.models import UnitKind

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

STORY_GENERATION = "story-generation"
IMAGE_GENERATION = "image-generation"
AUDIO_GENERATION = "audio-generation"
PDF_GENERATION = "pdf-generation"
SHOPIFY_SYNC = "shopify-sync"
QUEUE_NAMES = (STORY_GENERATION, IMAGE_GENERATION, AUDIO_GENERATION, PDF_GENERATION, SHOPIFY_SYNC)

QUEUE_FOR_KIND: dict[UnitKind, str] = {
    UnitKind.TEXT: STORY_GENERATION,
    UnitKind.PAGE_TEXT: STORY_GENERATION,
    UnitKind.CHARACTER: IMAGE_GENERATION,
    UnitKind.COVER: IMAGE_GENERATION,
    UnitKind.PAGE_IMAGE: IMAGE_GENERATION,
    UnitKind.PAGE_AUDIO: AUDIO_GENERATION,
    UnitKind.BOOK_AUDIO: AUDIO_GENERATION,
    UnitKind.PDF: PDF_GENERATION,
    UnitKind.PUBLISH: SHOPIFY_SYNC,
    UnitKind.PRINT_JOB: SHOPIFY_SYNC,
}

logger = logging.getLogger(__name__)


class Queues:
    """One Huey instance per queue name, all on the same storage, each with the `run_unit` task.

    With a `channel`, every queue is a private one of that name (`image-generation@channel`): only
    workers on the same channel see its messages, and its workers see nothing else (the CLI makes
    its own book this way, whatever the web app left queued)."""

    def __init__(self, runtime: Runtime, *, channel: str | None = None) -> None:
        self.runtime = runtime
        self.channel = channel
        self.hueys: dict[str, Huey] = {}
        self._tasks: dict[str, TaskWrapper] = {}
        for name in QUEUE_NAMES:
            huey = self._make_huey(name)
            self.hueys[name] = huey
            self._tasks[name] = huey.task(name="run_unit", retries=0)(self._run_unit)

    def _make_huey(self, name: str) -> Huey:
        storage = self.runtime.settings.storage
        if self.channel:
            name = f"{name}@{self.channel}"
        if storage.redis_url:
            # REDIS_KEY_PREFIX keeps several deployments (or test runs) apart on one Redis.
            # A priority queue (fair scheduling across clients); its own key, so an old list is not misread.
            return PriorityRedisHuey(
                f"{storage.redis_prefix}_{name}_fair", url=storage.redis_url, results=False, utc=True
            )
        path = (storage.data_dir / "queue.db").resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteHuey(name, filename=str(path), results=False, utc=True, timeout=30)

    def _run_unit(self, unit_id: str) -> None:
        from storyloom.pipeline.executor import execute_unit

        execute_unit(self.runtime, unit_id)

    def enqueue(self, kind: UnitKind, unit_id: str, *, delay: float = 0.0) -> None:
        """Send the unit to its queue, now or after `delay` seconds, at its client's fair priority."""
        from storyloom.pipeline.fairness import fair_priority

        task = self._tasks[QUEUE_FOR_KIND[kind]]
        priority = fair_priority(self.runtime, unit_id)
        if delay > 0:
            task.schedule(args=(unit_id,), delay=delay, priority=priority)
        else:
            task.huey.enqueue(task.s(unit_id, priority=priority))

    def depth(self) -> dict[str, int]:
        """Messages waiting in each queue (scheduled retries not counted)."""
        return {name: huey.pending_count() for name, huey in self.hueys.items()}

    def flush(self) -> None:
        """Drop every message (tests)."""
        for huey in self.hueys.values():
            huey.flush()
