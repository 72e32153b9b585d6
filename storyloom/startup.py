"""Start-up: the one module that assembles a process's runtime from its parts.

The runtime (runtime.py) holds settings, database, file store, providers and cache, and knows no
pipeline; the pipeline knows no Shopify. This module is the only place that names them all: it
gives a runtime the stage table (the pipeline's stages, and Shopify's publish and print stages),
its queues, and the periodic sweeps the reaper runs besides its own (Shopify webhooks waiting to be
processed, print jobs to follow). The CLI, the web app, the worker process, the development server
and the tests build their runtimes here.

`python -m storyloom.startup --queue all --workers 4` runs a worker process on the environment's
settings (as `storyloom worker` does).

The path of one book (CONTRIBUTING.md draws it): a route, the CLI or a Shopify order calls
`pipeline.orchestrator.start_story`, which writes the book and its work units and enqueues the first;
a worker takes a unit off its queue (`pipeline.queues`) and `pipeline.executor` runs the unit's stage
from `Runtime.stages`, stores its output and calls, and enqueues the units it unblocks, until the
PDF (and, for a shop, the publish and print units) are done.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyloom.config import Settings, get_settings
from storyloom.db.models import UnitKind
from storyloom.pipeline.queues import Queues
from storyloom.pipeline.stages import STAGES, Stage, StageResult, UnitContext
from storyloom.runtime import Runtime, Sweep, get_runtime, set_runtime

if TYPE_CHECKING:
    from storyloom.storage import AssetStore


def publish_to_shopify(ctx: UnitContext) -> StageResult:
    """The PUBLISH stage: the finished book becomes the shop's product (Shopify is imported on first
    use, so a process that only makes books never loads it)."""
    from storyloom.shopify.service import ShopifyIntegrationService

    outcome = ShopifyIntegrationService(ctx.runtime).publish(ctx.story_id)
    return StageResult(output=dict(outcome))


def print_copy(ctx: UnitContext) -> StageResult:
    """The PRINT_JOB stage: a printed copy is ordered from the print service."""
    from storyloom.shopify.print_jobs import send_print_job

    return send_print_job(ctx)


def process_shop_webhooks(runtime: Runtime) -> None:
    """A reaper sweep: Shopify webhooks stored but not yet processed."""
    from storyloom.shopify.webhooks import process_pending_webhooks

    process_pending_webhooks(runtime)


def follow_print_jobs(runtime: Runtime) -> None:
    """A reaper sweep: print jobs whose state the print service has not yet reported."""
    from storyloom.shopify.print_jobs import sweep_print_jobs

    sweep_print_jobs(runtime)


def stage_table() -> dict[UnitKind, Stage]:
    """Every kind of work unit and the stage that makes it."""
    return {**STAGES, UnitKind.PUBLISH: publish_to_shopify, UnitKind.PRINT_JOB: print_copy}


SWEEPS: tuple[Sweep, ...] = (process_shop_webhooks, follow_print_jobs)


def build_runtime(
    settings: Settings | None = None, *, store: AssetStore | None = None, queue_channel: str | None = None
) -> Runtime:
    """A runtime for `settings` (the environment's by default) with the whole stage table, its
    queues and the reaper's sweeps."""
    return Runtime(
        settings or get_settings(),
        store=store,
        queue_channel=queue_channel,
        stages=stage_table(),
        queues=Queues,
        sweeps=SWEEPS,
    )


def current_runtime() -> Runtime:
    """The process's runtime, built from the environment on first use."""
    return get_runtime(build_runtime)


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the chosen queues with the environment's settings until SIGINT or SIGTERM."""
    from storyloom.logs import configure_logging
    from storyloom.pipeline.workers import parse_queues, run_worker

    parser = argparse.ArgumentParser(prog="python -m storyloom.startup")
    parser.add_argument("--queue", action="append", default=[], help="a queue name, or all (repeatable)")
    parser.add_argument("--workers", type=int, default=0, help="threads per queue (WORKERS_PER_QUEUE)")
    args = parser.parse_args(argv)
    runtime = build_runtime()
    configure_logging(runtime.settings.web.log_level)
    runtime.migrate()
    set_runtime(runtime)
    run_worker(runtime, parse_queues(args.queue), args.workers or runtime.settings.limits.workers_per_queue)


if __name__ == "__main__":
    main()
