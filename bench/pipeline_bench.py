"""The pipeline's speed with simulated providers of fixed latency (text 3 s, each image 5 s, each
narration 1 s): one 12-page book against its critical path, books per minute with 1, 2 and 4 worker
processes, and the peak memory of one worker process making a 32-page book.

The stages are the real ones (the tests' stand-ins only where the renderers are not installed), so
the units do real work besides waiting for the simulated providers: the PDF unit lays out and writes
both PDFs (seconds of CPU), and each picture is brought to print size. The critical path is
therefore measured, not assumed: the book's slowest chain of units through their dependencies
(pipeline/units.py), each unit counted for the time it ran (claimed to done). The wall time over it
is what the scheduling costs: the time units spend waiting for a queue, a thread or a core once
their dependencies are done. The table also shows the PDF unit's own seconds and the providers'
latency alone along the chain (text, a character sheet, a page picture), the floor no work can beat.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from storyloom.config import get_settings
from storyloom.db.models import Story, StoryStatus, UnitKind, WorkUnit
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.stages import sheets_are_references
from storyloom.pipeline.units import dependencies
from storyloom.pipeline.workers import InProcessWorkers
from storyloom.runtime import Runtime, set_runtime
from storyloom.startup import build_runtime
from storyloom.story.params import StoryParams

ROOT = Path(__file__).resolve().parents[1]
TEXT_SECONDS, IMAGE_SECONDS, SPEECH_SECONDS = 3.0, 5.0, 1.0
BOOKS_PER_SCALING_RUN = 6
THREADS_PER_QUEUE = 16


def _environment(folder: Path) -> dict[str, str]:
    return {
        "DATA_DIR": str(folder / "data"),
        "TEXT_PROVIDER": "simulated",
        "IMAGE_PROVIDER": "simulated",
        "SPEECH_PROVIDER": "simulated",
        "SIMULATED_TEXT_LATENCY": str(TEXT_SECONDS),
        "SIMULATED_IMAGE_LATENCY": str(IMAGE_SECONDS),
        "SIMULATED_SPEECH_LATENCY": str(SPEECH_SECONDS),
        "LEASE_SECONDS": "30",
        "REAPER_INTERVAL_SECONDS": "5",
        "WORKERS_PER_QUEUE": str(THREADS_PER_QUEUE),
    }


def _runtime(folder: Path) -> Runtime:
    os.environ.update(_environment(folder))
    get_settings.cache_clear()
    runtime = build_runtime(get_settings())
    runtime.migrate()
    set_runtime(runtime)
    return runtime


def _use_stand_ins(runtime: Runtime) -> str:
    try:
        import storyloom.pipeline.audio  # noqa: F401
        import storyloom.pipeline.pictures  # noqa: F401
        import storyloom.pipeline.text  # noqa: F401
        import storyloom.render.pdf  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT))
        from tests.pipeline.stand_ins import install_stand_ins

        install_stand_ins(runtime)
        return "stand-in stages"
    return "real stages"


def _params(pages: int, seed: int = 1) -> StoryParams:
    return StoryParams.model_validate(
        {
            "child_name": "Mia",
            "age_group": "3-5",
            "genre": "adventure",
            "moral_lesson": "sharing is kind",
            "page_count": pages,
            "seed": seed,
        }
    )


def _wait(runtime: Runtime, story_ids: list[str], timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        with runtime.session() as session:
            statuses = [session.get(Story, story_id).status for story_id in story_ids]  # type: ignore[union-attr]
        if all(status != StoryStatus.GENERATING for status in statuses):
            if any(status != StoryStatus.COMPLETE for status in statuses):
                raise RuntimeError(f"a book did not complete: {statuses}")
            return time.monotonic() - started
        time.sleep(0.05)
    raise RuntimeError(f"books not done after {timeout} s")


@dataclass(frozen=True)
class Chain:
    """The slowest chain of one book's units, by their measured run times."""

    seconds: float
    units: list[str]
    pdf_seconds: float


def measured_critical_path(runtime: Runtime, story_id: str) -> Chain:
    """The longest chain of the story's units through their dependencies, each unit weighing the
    seconds it ran (claimed to done, its last attempt); its units named kind:index."""
    with runtime.session() as session:
        rows = session.execute(
            select(WorkUnit.kind, WorkUnit.index, WorkUnit.started_at, WorkUnit.finished_at).where(
                WorkUnit.story_id == story_id
            )
        ).all()
    ran = {
        (kind, index): (finished - started).total_seconds()
        for kind, index, started, finished in rows
        if started is not None and finished is not None
    }
    references = sheets_are_references(runtime)
    memo: dict[tuple[UnitKind, int], tuple[float, list[str]]] = {}

    def finish(unit: tuple[UnitKind, int]) -> tuple[float, list[str]]:
        if unit not in memo:
            needed = dependencies(unit[0], sheets_are_references=references)
            before = [finish(other) for other in ran if other[0] in needed]
            seconds, chain = max(before, default=(0.0, []))
            memo[unit] = (seconds + ran[unit], [*chain, f"{unit[0].value}:{unit[1]}"])
        return memo[unit]

    seconds, chain = max(finish(unit) for unit in ran)
    return Chain(seconds, chain, ran.get((UnitKind.PDF, 0), 0.0))


def critical_path_ratio() -> None:
    with tempfile.TemporaryDirectory() as folder:
        runtime = _runtime(Path(folder))
        stages = _use_stand_ins(runtime)
        with InProcessWorkers(runtime, workers_per_queue=THREADS_PER_QUEUE):
            started = time.monotonic()
            story_id = start_story(runtime, _params(12)).story_id
            _wait(runtime, [story_id], 300)
            wall = time.monotonic() - started
        chain = measured_critical_path(runtime, story_id)
    latency = TEXT_SECONDS + IMAGE_SECONDS + IMAGE_SECONDS
    print(f"one 12-page book, one process, {THREADS_PER_QUEUE} threads per queue ({stages})")
    print(f"critical path: {' -> '.join(chain.units)}\n")
    print(
        "| wall time (s) | critical path, measured (s) | of which the PDF unit (s) "
        "| providers' latency alone (s) | wall / critical path |"
    )
    print("| --- | --- | --- | --- | --- |")
    cells = [wall, chain.seconds, chain.pdf_seconds, latency]
    print("| " + " | ".join(f"{cell:.2f}" for cell in cells) + f" | {wall / chain.seconds:.3f} |\n")


def _spawn_workers(folder: Path, count: int, threads: int) -> list[subprocess.Popen[bytes]]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **_environment(folder))
    command = [sys.executable, "-m", "tests.pipeline.worker_process", "--write-log", str(folder / "w.log")]
    return [
        subprocess.Popen(command + ["--workers", str(threads)], env=environment, cwd=ROOT)
        for _ in range(count)
    ]


def _wait_ready(folder: Path, processes: list[subprocess.Popen[bytes]], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not all((folder / f"ready-{p.pid}").exists() for p in processes):
        if time.monotonic() > deadline:
            raise RuntimeError("worker processes did not start")
        time.sleep(0.1)


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def books_per_minute() -> None:
    print(f"{BOOKS_PER_SCALING_RUN} books of 12 pages at once, 4 threads per queue per process\n")
    print("| worker processes | wall time (s) | books per minute |")
    print("| --- | --- | --- |")
    for count in (1, 2, 4):
        with tempfile.TemporaryDirectory() as folder:
            runtime = _runtime(Path(folder))
            processes = _spawn_workers(Path(folder), count, 4)
            _wait_ready(Path(folder), processes)  # the clock starts once they serve
            try:
                started = time.monotonic()
                ids = [start_story(runtime, _params(12, n)).story_id for n in range(BOOKS_PER_SCALING_RUN)]
                _wait(runtime, ids, 900)
                wall = time.monotonic() - started
            finally:
                for process in processes:
                    process.kill()
                    process.wait()
        print(f"| {count} | {wall:.1f} | {BOOKS_PER_SCALING_RUN * 60 / wall:.2f} |")
    print()


def peak_memory() -> None:
    with tempfile.TemporaryDirectory() as folder:
        runtime = _runtime(Path(folder))
        (process,) = _spawn_workers(Path(folder), 1, THREADS_PER_QUEUE)
        _wait_ready(Path(folder), [process])
        try:
            story_id = start_story(runtime, _params(32)).story_id
            wall = _wait(runtime, [story_id], 600)
            peak = _peak_rss_mb(process.pid)
        finally:
            process.kill()
            process.wait()
    print(f"one worker process ({THREADS_PER_QUEUE} threads per queue) making a 32-page book\n")
    print("| wall time (s) | peak RSS (MB) |")
    print("| --- | --- |")
    print(f"| {wall:.1f} | {peak:.1f} |\n")


def run() -> None:
    critical_path_ratio()
    books_per_minute()
    peak_memory()


if __name__ == "__main__":
    run()
