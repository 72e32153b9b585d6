"""Huey consumers: all queues in the web process for the embedded default (`storyloom serve`), or
one queue per process for scale-out (`storyloom worker --queue NAME`).

`python -m storyloom.pipeline.workers --queue all --workers 4` runs a worker process on the
environment's settings (the same as `storyloom worker`).
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from huey.consumer import Consumer

from storyloom.pipeline.leases import stop_lease_keeper
from storyloom.pipeline.queues import QUEUE_NAMES
from storyloom.pipeline.reaper import ReaperThread

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

logging.getLogger("huey").setLevel(logging.WARNING)

# Idle workers poll SQLite at most this far apart (Redis blocks on the list instead).
POLL_MAX_DELAY = 0.2


def start_render_processes(runtime: Runtime) -> None:
    """Draw pictures in RENDER_PROCESSES processes (one per core by default) from now on."""
    from storyloom.render import raster

    configured = runtime.settings.limits.render_processes
    raster.configure(raster.default_processes() if configured is None else configured)


def stop_render_processes() -> None:
    from storyloom.render import raster

    raster.configure(0)


class _ThreadConsumer(Consumer):
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
        count = workers_per_queue or runtime.settings.limits.workers_per_queue
        self.consumers = [make_consumer(runtime, name, count, signals=False) for name in queues]
        self.reaper = ReaperThread(runtime, story_id=story_id)

    def start(self) -> InProcessWorkers:
        start_render_processes(self.runtime)
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
    """Serve `queues` in this process until SIGINT/SIGTERM (the `storyloom worker` command)."""
    start_render_processes(runtime)
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


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the chosen queues with the environment's settings until SIGINT or SIGTERM."""
    from storyloom.config import get_settings
    from storyloom.runtime import Runtime, set_runtime

    parser = argparse.ArgumentParser(prog="python -m storyloom.pipeline.workers")
    parser.add_argument("--queue", action="append", default=[], help="a queue name, or all (repeatable)")
    parser.add_argument("--workers", type=int, default=0, help="threads per queue (WORKERS_PER_QUEUE)")
    args = parser.parse_args(argv)
    runtime = Runtime(get_settings())
    runtime.migrate()
    set_runtime(runtime)
    run_worker(runtime, parse_queues(args.queue), args.workers or runtime.settings.limits.workers_per_queue)


if __name__ == "__main__":
    main()
