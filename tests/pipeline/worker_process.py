"""A worker process for tests: the real worker loop (`run_worker`) on the environment's settings,
with a store that logs every write, and the stand-in stages (or, with --real-stages, the real ones:
real pictures drawn in the worker's render processes).

    python -m tests.pipeline.worker_process --write-log PATH [--workers N] [--real-stages]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from storyloom.config import get_settings
from storyloom.pipeline.queues import QUEUE_NAMES
from storyloom.pipeline.workers import run_worker
from storyloom.runtime import set_runtime
from storyloom.startup import build_runtime
from storyloom.storage import open_store
from tests.pipeline.stand_ins import LoggingStore, install_stand_ins


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write-log", required=True)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--real-stages", action="store_true")
    args = parser.parse_args()
    settings = get_settings()
    runtime = build_runtime(settings, store=LoggingStore(open_store(settings.storage), args.write_log))
    if not args.real_stages:
        install_stand_ins(runtime)
    set_runtime(runtime)
    Path(args.write_log).with_name(f"ready-{os.getpid()}").touch()
    run_worker(runtime, list(QUEUE_NAMES), args.workers)


if __name__ == "__main__":
    main()
