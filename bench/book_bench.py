"""How soon a parent can read the book, on the built-in providers: for 8-, 12- and 32-page books,
the time from submitting to the first page with its picture, to the whole book readable (every
picture at screen size, every page's narration), and to all files (both PDFs); the CPU seconds of
the worker and its render processes; and their peak memory. Each is the median of BOOK_BENCH_RUNS
runs (3 by default), each on a fresh DATA_DIR with one worker process (`storyloom worker`), the
book submitted once the worker has started (imported what its stages need: its CPU time stops
growing), as the web app's workers have long before a parent submits; the worker's start-up, from
its launch to then, is its own column.
Memory: the worker's peak, the render processes' peaks summed (they need not peak together), and
the worker and its render processes together, sampled every poll (issue 20: under 600 MB for 32
pages), as RSS (pages a render process shares with its forkserver count in each) and as PSS (each
shared page counted once over the processes that share it).

BOOK_BENCH_PAGES="8 12" narrows the sizes. A book on the simulated providers, its wall time against
its measured critical path (the PDF unit's seconds included), is printed after (pipeline_bench's
table). Wall times depend on what else the machine runs: the CPU seconds do much less.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from storyloom.config import get_settings
from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit
from storyloom.pipeline.orchestrator import READABLE_KINDS, start_story
from storyloom.runtime import Runtime, set_runtime
from storyloom.startup import build_runtime
from storyloom.story.params import StoryParams

ROOT = Path(__file__).resolve().parents[1]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
STOP_SECONDS = 30


@dataclass(frozen=True)
class Run:
    start_up: float
    first_page: float
    readable: float
    all_files: float
    cpu_seconds: float
    worker_peak_mb: float
    render_peak_mb: float
    total_peak_mb: float
    total_pss_peak_mb: float


def _environment(folder: Path) -> dict[str, str]:
    return {"DATA_DIR": str(folder / "data"), "LOG_LEVEL": "WARNING", "REAPER_INTERVAL_SECONDS": "5"}


def _runtime(folder: Path) -> Runtime:
    os.environ.update(_environment(folder))
    for name in ("TEXT_PROVIDER", "IMAGE_PROVIDER", "SPEECH_PROVIDER", "DATABASE_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    get_settings.cache_clear()
    runtime = build_runtime(get_settings())
    runtime.migrate()
    set_runtime(runtime)
    return runtime


def _descendants(pid: int) -> list[int]:
    found = []
    for child in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            listed = child.read_text().split()
        except (FileNotFoundError, ProcessLookupError):  # the thread or process ended meanwhile
            continue
        for text in listed:
            found.append(int(text))
            found += _descendants(int(text))
    return found


def _cpu_seconds(pid: int) -> float:
    """User + system time of the process and of its children it has waited for (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):  # a process that ended since it was listed
        return 0.0
    return sum(int(value) for value in fields[11:15]) / CLOCK_TICKS


def _peak_mb(pid: int) -> float:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except (FileNotFoundError, ProcessLookupError):  # a process that ended since it was listed
        return 0.0
    for line in lines:
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _wait_started(pid: int, *, quiet_cpu: float = 0.03, window: float = 1.0, limit: float = 300.0) -> float:
    """Seconds until the worker `pid` has started: two windows in a row in which it and its render
    processes used less than `quiet_cpu` CPU seconds (idle consumers only poll)."""
    launched = time.monotonic()
    previous = None
    quiet = 0
    while time.monotonic() - launched < limit:
        cpu = _cpu_seconds(pid) + sum(_cpu_seconds(child) for child in _descendants(pid))
        if previous is not None and cpu - previous < quiet_cpu:
            quiet += 1
            if quiet == 2:
                return time.monotonic() - launched - 2 * window
        else:
            quiet = 0
        previous = cpu
        time.sleep(window)
    raise RuntimeError(f"the worker was still busy starting after {limit:.0f} s")


def _rss_mb(pid: int) -> float:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except (FileNotFoundError, ProcessLookupError):  # a render process replaced meanwhile
        return 0.0
    for line in lines:
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _pss_mb(pid: int) -> float:
    """The process's proportional set size: its private pages, and each page it shares with n
    processes (a render process with its forkserver, say) as 1/n."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    for line in lines:
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _tree_pss_mb(pid: int) -> float:
    """The memory the worker and its render processes take together now, shared pages once."""
    return _pss_mb(pid) + sum(_pss_mb(child) for child in _descendants(pid))


def _tree_rss_mb(pid: int) -> float:
    """The resident memory of the worker and its render processes now, summed (shared pages count
    in each process, so this errs high)."""
    return _rss_mb(pid) + sum(_rss_mb(child) for child in _descendants(pid))


def _unit_states(runtime: Runtime, story_id: str) -> dict[tuple[UnitKind, int], UnitState]:
    with runtime.session() as session:
        rows = session.execute(
            select(WorkUnit.kind, WorkUnit.index, WorkUnit.state).where(WorkUnit.story_id == story_id)
        ).all()
    return {(kind, index): state for kind, index, state in rows}


def _one_book(pages: int, seed: int) -> Run:
    with tempfile.TemporaryDirectory() as folder:
        runtime = _runtime(Path(folder))
        environment = dict(os.environ, **_environment(Path(folder)))
        command = [sys.executable, "-m", "storyloom.startup", "--queue", "all"]
        worker = subprocess.Popen(command, env=environment, cwd=ROOT)
        try:
            start_up = _wait_started(worker.pid)  # the clock starts at submission
            started = time.monotonic()
            story_id = start_story(runtime, StoryParams(
                child_name="Mia", age_group="3-5", moral_lesson="sharing is kind", page_count=pages, seed=seed
            )).story_id  # fmt: skip
            first_page = readable = None
            total_peak = pss_peak = 0.0
            while True:
                total_peak = max(total_peak, _tree_rss_mb(worker.pid))
                pss_peak = max(pss_peak, _tree_pss_mb(worker.pid))
                states = _unit_states(runtime, story_id)
                now = time.monotonic() - started
                done = {key for key, state in states.items() if state == UnitState.DONE}
                if first_page is None and {(UnitKind.TEXT, 0), (UnitKind.PAGE_IMAGE, 1)} <= done:
                    first_page = now
                if readable is None and all(
                    state == UnitState.DONE for (kind, _), state in states.items() if kind in READABLE_KINDS
                ):
                    readable = now
                with runtime.session() as session:
                    status = session.scalar(select(Story.status).where(Story.id == story_id))
                if status != StoryStatus.GENERATING:
                    break
                if now > 900:
                    raise RuntimeError(f"a {pages}-page book was not done after 900 s")
                time.sleep(0.05)
            all_files = time.monotonic() - started
            if status != StoryStatus.COMPLETE:
                raise RuntimeError(f"the {pages}-page book ended as {status}")
            tree = _descendants(worker.pid)
            cpu = _cpu_seconds(worker.pid) + sum(_cpu_seconds(pid) for pid in tree)
            render_peak = sum(_peak_mb(pid) for pid in tree)
            return Run(
                start_up,
                first_page or all_files,
                readable or all_files,
                all_files,
                cpu,
                _peak_mb(worker.pid),
                render_peak,
                max(total_peak, _tree_rss_mb(worker.pid)),
                max(pss_peak, _tree_pss_mb(worker.pid)),
            )
        finally:
            _stop(worker)


def _stop(worker: subprocess.Popen[bytes]) -> None:
    """Stop the worker as a deployment does (SIGTERM), so that it shuts its render processes' pool
    down; killed outright, its resource tracker warned of the pool's 5 leaked semaphores."""
    worker.terminate()
    try:
        worker.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()


def _median(runs: list[Run], field: str) -> float:
    return statistics.median(getattr(run, field) for run in runs)


def run() -> None:
    pages_list = [int(p) for p in os.environ.get("BOOK_BENCH_PAGES", "8 12 32").split()]
    runs = int(os.environ.get("BOOK_BENCH_RUNS", "3"))
    cores = len(os.sched_getaffinity(0))
    load = os.getloadavg()[0]
    print(
        f"built-in providers, one worker process, {cores} cores (load average {load:.1f} at the start), "
        f"median of {runs}\n"
    )
    print(
        "| pages | worker start-up (s) | first page (s) | readable (s) | all files (s) | CPU (s) "
        "| worker peak RSS (MB) | render processes peak RSS, summed (MB) "
        "| worker + render processes, sampled peak RSS (MB) | the same as PSS (MB) |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for pages in pages_list:
        results = [_one_book(pages, seed) for seed in range(1, runs + 1)]
        print(
            f"| {pages} | {_median(results, 'start_up'):.1f} "
            f"| {_median(results, 'first_page'):.1f} | {_median(results, 'readable'):.1f} "
            f"| {_median(results, 'all_files'):.1f} | {_median(results, 'cpu_seconds'):.1f} "
            f"| {_median(results, 'worker_peak_mb'):.0f} | {_median(results, 'render_peak_mb'):.0f} "
            f"| {_median(results, 'total_peak_mb'):.0f} | {_median(results, 'total_pss_peak_mb'):.0f} |",
            flush=True,
        )
    print()
    from bench.pipeline_bench import critical_path_ratio

    critical_path_ratio()


if __name__ == "__main__":
    run()
