"""A process that takes provider slots from several threads and logs when it held each one.

python -m tests.pipeline.slot_client LOG THREADS CALLS_PER_THREAD HOLD_SECONDS
"""

from __future__ import annotations

import os
import sys
import threading
import time

from storyloom.config import get_settings
from storyloom.pipeline.ratelimit import make_rate_limiter
from storyloom.startup import build_runtime


def main() -> None:
    log_path, threads, calls, hold = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    limiter = make_rate_limiter(build_runtime(get_settings()))
    lines: list[str] = []

    def work() -> None:
        for _ in range(calls):
            with limiter.slot("image", "simulated"):
                start = time.time()
                time.sleep(hold)
                lines.append(f"image simulated {os.getpid()} {start:.6f} {time.time():.6f} ok\n")

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    with open(log_path, "a") as log:
        log.writelines(lines)


if __name__ == "__main__":
    main()
