"""A flood of book starts from one client while another client makes one book: how many of the
flood are let in, and how long the other client's book takes alone and during the flood.

Loopback only and bounded: `storyloom serve` (web app and workers in one process, simulated
providers with a small latency) on 127.0.0.1; the flooding client sends from 127.0.0.1, the other
client from 127.0.0.2 (another address on the loopback network); every wait is capped."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from bench.web_bench import wait_until_healthy

FLOOD = 40
BOOK = {"child_name": "Mia", "age_group": "3-5", "moral_lesson": "sharing is kind", "page_count": 8}
BOOK_TIMEOUT_SECONDS = 240.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _client(local_address: str) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=local_address), timeout=30)


def _serve(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATA_DIR": str(data_dir),
        "SECRET_KEY": "bench",
        "LOG_LEVEL": "WARNING",
        "TEXT_PROVIDER": "simulated",
        "IMAGE_PROVIDER": "simulated",
        "SPEECH_PROVIDER": "simulated",
        "SIMULATED_TEXT_LATENCY": "0.2",
        "SIMULATED_IMAGE_LATENCY": "0.2",
        "SIMULATED_SPEECH_LATENCY": "0.05",
    }
    command = [sys.executable, "-m", "storyloom.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, env=env, cwd=str(data_dir), stdout=subprocess.DEVNULL)
    if wait_until_healthy(process, port, 60):
        return process
    process.kill()
    raise RuntimeError("storyloom serve did not start within 60 s")


def _book_seconds(base: str, client: httpx.Client) -> float:
    """Start one book and wait until it is COMPLETE; returns the seconds it took."""
    started = time.monotonic()
    answer = client.post(f"{base}/api/stories/generate", json=BOOK)
    answer.raise_for_status()
    story_id, token = answer.json()["id"], answer.json()["token"]
    while time.monotonic() - started < BOOK_TIMEOUT_SECONDS:
        status = client.get(
            f"{base}/api/stories/{story_id}/status", headers={"Authorization": f"Bearer {token}"}
        ).json()
        if status["status"] in ("COMPLETE", "ERROR"):
            return time.monotonic() - started
        time.sleep(0.2)
    return float("inf")


def run() -> None:
    """Print the flood's answers and the other client's book time alone and during the flood."""
    with tempfile.TemporaryDirectory(prefix="storyloom-flood-bench-") as folder:
        port = _free_port()
        server = _serve(Path(folder), port)
        base = f"http://127.0.0.1:{port}"
        try:
            with _client("127.0.0.2") as other, _client("127.0.0.1") as flooder:
                alone = _book_seconds(base, other)
                with ThreadPoolExecutor(16) as pool:
                    flood_started = time.monotonic()
                    answers = list(
                        pool.map(
                            lambda _: flooder.post(f"{base}/api/stories/generate", json=BOOK).status_code,
                            range(FLOOD),
                        )
                    )
                    flood_seconds = time.monotonic() - flood_started
                during = _book_seconds(base, other)
        finally:
            server.terminate()
            server.wait(timeout=30)
    accepted, refused = answers.count(202), answers.count(429)
    print(
        f"{FLOOD} starts from one client in {flood_seconds:.1f} s: "
        f"{accepted} accepted (202), {refused} refused (429)"
    )
    print(f"| {'the other client':<26} | {'book seconds':>12} |")
    print(f"|{'-' * 28}|{'-' * 14}|")
    print(f"| {'alone':<26} | {alone:>12.1f} |")
    print(f"| {'right after the flood':<26} | {during:>12.1f} |")


if __name__ == "__main__":
    run()
