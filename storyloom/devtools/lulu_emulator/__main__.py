"""`python -m storyloom.devtools.lulu_emulator`: the local Lulu on its own, moving jobs on a clock."""

from __future__ import annotations

import argparse
import threading

from storyloom.devtools.lulu_emulator.server import LuluEmulator


def main() -> None:
    parser = argparse.ArgumentParser(description="A local Lulu Print API for development")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8082)
    parser.add_argument("--webhook-url", default="", help="where PRINT_JOB_STATUS_CHANGED webhooks go")
    parser.add_argument("--step-seconds", type=float, default=5.0, help="how often each job moves a step")
    args = parser.parse_args()
    emulator = LuluEmulator(webhook_url=args.webhook_url).start(
        args.host, args.port, step_seconds=args.step_seconds
    )
    settings = "".join(f"  {name}={value}\n" for name, value in emulator.env().items())
    print(f"Lulu emulator on {emulator.url}\n{settings}Ctrl+C stops it.")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        emulator.stop()


if __name__ == "__main__":
    main()
