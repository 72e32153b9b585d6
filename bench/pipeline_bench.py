"""The pipeline's speed with simulated providers of fixed latency (text 3 s, each image 5 s, each
narration 1 s): one 12-page book against its critical path, books per minute with 1, 2 and 4 worker
processes, and the peak memory of one worker process making a 32-page book.

Until the renderers are in main, the stages are the tests' stand-ins (same provider calls through
the same limits, small files instead of PDFs); the PDF then costs nothing and the critical path is
text + character sheet + one page image.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from storyloom.config import get_settings
from storyloom.db.models import Story, StoryStatus
from storyloom.pipeline.orchestrator import start_story
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


def critical_path_ratio() -> None:
    with tempfile.TemporaryDirectory() as folder:
        runtime = _runtime(Path(folder))
        stages = _use_stand_ins(runtime)
        with InProcessWorkers(runtime, workers_per_queue=THREADS_PER_QUEUE):
            started = time.monotonic()
            story_id = start_story(runtime, _params(12)).story_id
            _wait(runtime, [story_id], 300)
            wall = time.monotonic() - started
    critical = TEXT_SECONDS + IMAGE_SECONDS + IMAGE_SECONDS  # + the PDF, ~0 with stand-ins
    print(f"one 12-page book, one process, {THREADS_PER_QUEUE} threads per queue ({stages})\n")
    print("| wall time (s) | critical path (s) | ratio |")
    print("| --- | --- | --- |")
    print(f"| {wall:.2f} | {critical:.2f} | {wall / critical:.3f} |\n")


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
