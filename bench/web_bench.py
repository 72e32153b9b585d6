"""GET /api/stories/{id} (served from the `story:` cache): requests per second and latency
percentiles against uvicorn on 127.0.0.1, measured with wrk when installed (Debian: `apt-get install
wrk`), else with an async httpx load loop in a separate process. Each run is bounded in time. The
server's peak RSS (VmHWM) is read after each row: the web process must stay under 300 MB serving 32
connections (issue 20)."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

import httpx

SECONDS = 10
CONNECTION_COUNTS = (4, 32)
THREADS = 2
STARTUP_SECONDS = 180  # a loaded machine (other benchmarks, builds) can take long to import the app


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _prepare(data_dir: Path) -> tuple[str, str, str]:
    """A finished published book and a finished private one (with its owner's token)."""
    os.environ["DATA_DIR"] = str(data_dir)
    from storyloom.config import load_settings
    from storyloom.db.models import Story, StoryStatus, utcnow
    from storyloom.pipeline.book import content_columns
    from storyloom.pipeline.orchestrator import token_hash
    from storyloom.providers.simulated import simulated_story
    from storyloom.startup import build_runtime
    from storyloom.story.params import StoryParams

    runtime = build_runtime(load_settings())
    runtime.migrate()
    params = StoryParams(child_name="Mia", age_group="3-5", moral_lesson="sharing is kind", page_count=12)
    token = "bench-token-" + "x" * 30
    ids = []
    for status, owner_hash in ((StoryStatus.PUBLISHED, None), (StoryStatus.COMPLETE, token_hash(token))):
        story = simulated_story(params, 7)
        with runtime.session() as session:
            row = Story(
                genre=params.genre,
                age_group=params.age_group,
                language="en",
                params=params.model_dump(mode="json"),
                status=status,
                owner_token_hash=owner_hash,
                images=[f"stories/x/pages/{n:02d}.png" for n in range(1, 13)],
                completed_at=utcnow(),
                **content_columns(story),
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
    return ids[0], ids[1], token


def _serve(data_dir: Path, port: int, log: IO[bytes]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATA_DIR": str(data_dir), "SECRET_KEY": "bench", "LOG_LEVEL": "WARNING"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "storyloom.web.app:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
        cwd=str(data_dir),
        stderr=log,
    )
    if wait_until_healthy(process, port, STARTUP_SECONDS):
        return process
    process.kill()
    log.seek(0)
    output = log.read().decode(errors="replace")[-2000:]
    raise RuntimeError(f"uvicorn did not start within {STARTUP_SECONDS} s: {output}")


def wait_until_healthy(process: subprocess.Popen[bytes], port: int, seconds: float) -> bool:
    """Whether the app on `port` answered /healthz within `seconds` (False at once if it exited)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return False


def _peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _wrk(url: str, headers: dict[str, str], connections: int) -> tuple[float, float, float]:
    command = ["wrk", f"-t{THREADS}", f"-c{connections}", f"-d{SECONDS}s", "--latency", "--timeout", "5s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, timeout=SECONDS + 30, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    return rps, _wrk_ms(output, "50%"), _wrk_ms(output, "99%")


def _wrk_ms(output: str, percentile: str) -> float:
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


async def _httpx_loop(url: str, headers: dict[str, str], seconds: float, connections: int) -> list[float]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(headers=headers, limits=limits, timeout=5) as client:

        async def worker() -> None:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                response = await client.get(url)
                response.raise_for_status()
                latencies.append((time.perf_counter() - started) * 1000)

        await asyncio.gather(*(worker() for _ in range(connections)))
    return latencies


def _httpx_process(
    url: str, headers: dict[str, str], connections: int, queue: multiprocessing.Queue[list[float]]
) -> None:
    queue.put(asyncio.run(_httpx_loop(url, headers, SECONDS, connections)))


def _httpx(url: str, headers: dict[str, str], connections: int) -> tuple[float, float, float]:
    queue: multiprocessing.Queue[list[float]] = multiprocessing.Queue()
    process = multiprocessing.Process(target=_httpx_process, args=(url, headers, connections, queue))
    process.start()
    latencies = sorted(queue.get(timeout=SECONDS + 60))
    process.join(timeout=10)
    return (
        len(latencies) / SECONDS,
        latencies[len(latencies) // 2],
        latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    )


def run() -> None:
    """Print requests per second and p50/p99 latency of the cached story endpoint."""
    tool = "wrk" if shutil.which("wrk") else "httpx"
    if tool == "httpx":
        print("wrk is not installed (Debian: apt-get install wrk); measuring with an httpx load loop instead")
    with tempfile.TemporaryDirectory(prefix="storyloom-web-bench-") as folder:
        data_dir = Path(folder)
        public_id, private_id, token = _prepare(data_dir)
        port = _free_port()
        log = (data_dir / "uvicorn.log").open("w+b")
        server = _serve(data_dir, port, log)
        try:
            base = f"http://127.0.0.1:{port}/api/stories"
            cases = [
                ("published book, anonymous", f"{base}/{public_id}", {}),
                (
                    "private book, owner's Bearer token",
                    f"{base}/{private_id}",
                    {"Authorization": f"Bearer {token}"},
                ),
            ]
            print(f"uvicorn (1 process) on 127.0.0.1, load by {tool}, {SECONDS} s per row\n")
            print(
                f"| {'request':<36} | {'connections':>11} | {'req/s':>8} | {'p50 ms':>7} | {'p99 ms':>7} "
                f"| {'server peak RSS MB':>18} |"
            )
            print(f"|{'-' * 38}|{'-' * 13}|{'-' * 10}|{'-' * 9}|{'-' * 9}|{'-' * 20}|")
            for label, url, headers in cases:
                warm = httpx.get(url, headers=headers, timeout=5)
                warm.raise_for_status()
                for connections in CONNECTION_COUNTS:
                    load = _wrk if tool == "wrk" else _httpx
                    rps, p50, p99 = load(url, headers, connections)
                    peak = _peak_rss_mb(server.pid)
                    print(
                        f"| {label:<36} | {connections:>11} | {rps:>8.0f} | {p50:>7.2f} | {p99:>7.2f} "
                        f"| {peak:>18.0f} |",
                        flush=True,
                    )
        finally:
            server.terminate()
            server.wait(timeout=15)
            log.close()
