"""Worker processes for tests: start `tests.pipeline.worker_process` subprocesses on the test's own
settings (inherited through the environment), kill them with SIGKILL, read what they logged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Workers:
    """Worker subprocesses; every file write they make is logged to `write_log`."""

    folder: Path
    threads: int = 4
    real_stages: bool = False
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    killed: set[int] = field(default_factory=set)

    @property
    def write_log(self) -> Path:
        return self.folder / "writes.log"

    def start(self, count: int = 1) -> None:
        environment = dict(os.environ, PYTHONPATH=str(ROOT))
        for _ in range(count):
            output = open(self.folder / f"worker-{len(self.processes)}.log", "wb")  # noqa: SIM115
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.pipeline.worker_process", "--write-log", str(self.write_log)]
                + ["--workers", str(self.threads)]
                + (["--real-stages"] if self.real_stages else []),
                env=environment,
                cwd=ROOT,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
            output.close()
            self.processes.append(process)

    def wait_ready(self, timeout: float = 180.0) -> None:
        """Wait until every live process has built its runtime and is about to serve."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all((self.folder / f"ready-{p.pid}").exists() for p in self.alive()):
                return
            time.sleep(0.05)
        raise AssertionError(f"worker processes not ready after {timeout} s\n{self.output()}")

    def alive(self) -> list[subprocess.Popen[bytes]]:
        return [p for p in self.processes if p.poll() is None]

    def kill(self, pid: int) -> None:
        os.kill(pid, signal.SIGKILL)
        self.killed.add(pid)
        for process in self.processes:
            if process.pid == pid:
                process.wait(timeout=10)

    def stop(self) -> None:
        for process in self.alive():
            process.kill()
        for process in self.processes:
            process.wait(timeout=10)

    def writes(self) -> list[tuple[int, float, str]]:
        """(pid, time, key) of every write, in the order they were made."""
        if not self.write_log.exists():
            return []
        rows = []
        for line in self.write_log.read_text().splitlines():
            pid, moment, key = line.split(" ", 2)
            rows.append((int(pid), float(moment), key))
        return sorted(rows, key=lambda row: row[1])

    def writes_per_key(self, *, survivors_only: bool = False) -> Counter[str]:
        return Counter(key for pid, _, key in self.writes() if not (survivors_only and pid in self.killed))

    def output(self) -> str:
        return "\n".join(
            path.read_text(errors="replace") for path in sorted(self.folder.glob("worker-*.log"))
        )


@pytest.fixture
def worker_processes(tmp_path: Path) -> Iterator[Workers]:
    folder = tmp_path / "workers"
    folder.mkdir()
    workers = Workers(folder)
    yield workers
    workers.stop()


@dataclass(frozen=True)
class Call:
    kind: str
    provider: str
    pid: int
    start: float
    end: float
    outcome: str


def read_calls(path: Path) -> list[Call]:
    """The simulated providers' call log (SIMULATED_CALL_LOG)."""
    if not path.exists():
        return []
    calls = []
    for line in path.read_text().splitlines():
        kind, provider, pid, start, end, outcome = line.split(" ")
        calls.append(Call(kind, provider, int(pid), float(start), float(end), outcome))
    return calls


def most_in_flight(calls: list[Call]) -> int:
    """The most calls that were ever in flight at once."""
    events = sorted([(c.start, 1) for c in calls] + [(c.end, -1) for c in calls])
    peak = current = 0
    for _, change in events:
        current += change
        peak = max(peak, current)
    return peak


def most_started_in_window(calls: list[Call], window: float) -> int:
    """The most calls started within any `window` seconds (less 20 ms for the time from taking the
    slot to reaching the provider, which differs a little from call to call)."""
    starts = sorted(c.start for c in calls)
    most = 0
    for i, start in enumerate(starts):
        most = max(most, sum(1 for s in starts[i:] if s < start + window - 0.02))
    return most
