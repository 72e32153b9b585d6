"""A worker process for tests: the real worker loop (`run_worker`) on the environment's settings,
with a store that logs every write and, until the renderers are in main, the stand-in stages.

    python -m tests.pipeline.worker_process --write-log PATH [--workers N]
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
    args = parser.parse_args()
    settings = get_settings()
    runtime = build_runtime(settings, store=LoggingStore(open_store(settings.storage), args.write_log))
    install_stand_ins(runtime)
    set_runtime(runtime)
    Path(args.write_log).with_name(f"ready-{os.getpid()}").touch()
    run_worker(runtime, list(QUEUE_NAMES), args.workers)


if __name__ == "__main__":
    main()
