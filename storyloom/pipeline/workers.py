"""Huey consumers: all queues in the web process for the embedded default (`storyloom serve`), or
one queue per process for scale-out (`storyloom worker --queue NAME`).

`python -m storyloom.startup --queue all --workers 4` runs a worker process on the environment's
settings (the same as `storyloom worker`).
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from huey.consumer import Consumer

from storyloom.db.models import UnitKind
from storyloom.pipeline.leases import stop_lease_keeper
from storyloom.pipeline.queues import QUEUE_FOR_KIND, QUEUE_NAMES
from storyloom.pipeline.reaper import ReaperThread

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

logging.getLogger("huey").setLevel(logging.WARNING)

# Idle workers poll SQLite at most this far apart (Redis blocks on the list instead).
POLL_MAX_DELAY = 0.2


# What the real stages import when they first run (they import lazily, so that a process never pays
# for a kind it does not make), in the order a book needs them: a worker imports them as it starts,
# so that the first book does not wait for them.
STAGE_MODULES: dict[UnitKind, tuple[str, ...]] = {
    UnitKind.TEXT: ("storyloom.pipeline.text",),
    UnitKind.PAGE_IMAGE: ("storyloom.pipeline.pictures",),
    UnitKind.PAGE_AUDIO: ("storyloom.pipeline.audio",),
    UnitKind.PDF: ("storyloom.pipeline.print_pictures", "storyloom.render.book", "storyloom.render.pdf"),
}


def warm_up(runtime: Runtime, queues: Sequence[str]) -> None:
    """Import what the stages of `queues` need (those the runtime runs for real, not stand-ins),
    and make the reading level's first measurement, which loads its dictionaries."""
    from storyloom.pipeline.stages import STAGES

    for kind, modules in STAGE_MODULES.items():
        if QUEUE_FOR_KIND[kind] not in queues or runtime.stages.get(kind) is not STAGES.get(kind):
            continue
        for module in modules:
            importlib.import_module(module)
        if kind == UnitKind.TEXT:
            from storyloom.story.reading_level import measure

            measure("The cat sat on the mat.", "en", "6-8")


def start_warm_up(runtime: Runtime, queues: Sequence[str]) -> threading.Thread:
    """`warm_up` in a thread of its own, while the consumers already serve: a unit that needs a
    module still being imported waits for that import only."""

    def run() -> None:
        try:
            warm_up(runtime, queues)
        except Exception:  # the stage imports again when it runs, and fails its unit if it must
            logging.getLogger(__name__).warning("warming up the workers failed", exc_info=True)

    thread = threading.Thread(target=run, name="warm-up", daemon=True)
    thread.start()
    return thread


def start_render_processes(runtime: Runtime) -> None:
    """Draw pictures in RENDER_PROCESSES processes (one per core by default) from now on; this
    process's own big buffers (pictures, PDFs) go back to the system when freed, and its threads
    share a few malloc arenas."""
    from storyloom.render import raster

    raster.return_big_buffers(arenas=raster.WORKER_ARENAS)
    configured = runtime.settings.limits.render_processes
    raster.configure(raster.default_processes() if configured is None else configured)


def stop_render_processes(*, wait: bool = False) -> None:
    """Draw in the calling thread from now on; with `wait`, once the render processes have exited."""
    from storyloom.render import raster

    raster.shutdown(wait=wait)
    raster.configure(0)


class _ThreadConsumer(Consumer):  # type: ignore[misc]  # huey has no type hints: Consumer is Any
    """A Huey consumer that can start from any thread (it leaves signal handling to its host)."""

    def _set_signal_handlers(self) -> None:
        pass


def make_consumer(runtime: Runtime, queue: str, workers: int, *, signals: bool) -> Consumer:
    cls = Consumer if signals else _ThreadConsumer
    return cls(
        runtime.queues.hueys[queue],
        workers=workers,
        worker_type="thread",
        periodic=False,
        initial_delay=0.05,
        backoff=1.5,
        max_delay=POLL_MAX_DELAY,
        scheduler_interval=1,
        check_worker_health=False,
    )


class InProcessWorkers:
    """Every queue's consumer, and a reaper, as threads of this process (the reaper looks after one
    book only when `story_id` is given)."""

    def __init__(
        self,
        runtime: Runtime,
        *,
        queues: Sequence[str] = QUEUE_NAMES,
        workers_per_queue: int | None = None,
        story_id: str | None = None,
    ) -> None:
        self.runtime = runtime
        self.queues = list(queues)
        count = workers_per_queue or runtime.settings.limits.workers_per_queue
        self.consumers = [make_consumer(runtime, name, count, signals=False) for name in queues]
        self.reaper = ReaperThread(runtime, story_id=story_id)

    def start(self) -> InProcessWorkers:
        start_render_processes(self.runtime)
        start_warm_up(self.runtime, self.queues)
        for consumer in self.consumers:
            consumer.start()
        self.reaper.start()
        return self

    def stop(self) -> None:
        self.reaper.stop()
        for consumer in self.consumers:
            consumer.stop(graceful=True)
        stop_lease_keeper(self.runtime)
        stop_render_processes()

    def __enter__(self) -> InProcessWorkers:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_worker(runtime: Runtime, queues: Sequence[str], workers: int) -> None:
    """Serve `queues` in this process until SIGINT/SIGTERM (the `storyloom worker` command): it
    imports what its stages need first, and takes units once it has."""
    start_render_processes(runtime)
    warm_up(runtime, queues)
    reaper = ReaperThread(runtime)
    reaper.start()
    extra = (
        InProcessWorkers(runtime, queues=queues[1:], workers_per_queue=workers).start()
        if len(queues) > 1
        else None
    )
    try:
        make_consumer(runtime, queues[0], workers, signals=True).run()
    finally:
        reaper.stop()
        if extra is not None:
            extra.stop()
        stop_lease_keeper(runtime)
        stop_render_processes()


def parse_queues(names: Sequence[str]) -> list[str]:
    """Queue names from the command line; `all` means every queue."""
    chosen: list[str] = []
    for name in names:
        for part in name.split(","):
            part = part.strip()
            if part == "all":
                chosen += [q for q in QUEUE_NAMES if q not in chosen]
            elif part in QUEUE_NAMES:
                if part not in chosen:
                    chosen.append(part)
            elif part:
                raise SystemExit(f"unknown queue {part!r}; known: all, {', '.join(QUEUE_NAMES)}")
    return chosen or list(QUEUE_NAMES)
