"""Real worker processes: killed with SIGKILL mid-book, providers failing 30% of calls, and many
books at once under shared provider limits. On SQLite + local files, and on PostgreSQL + Redis + S3."""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storyloom.db.models import Generation, Story, StoryStatus, UnitState, WorkUnit
from storyloom.pipeline.orchestrator import start_story
from storyloom.runtime import Runtime
from storyloom.storage import story_prefix
from tests.pipeline.conftest import make_params, settled, wait_for
from tests.pipeline.processes import Workers, most_in_flight, most_started_in_window, read_calls

pytestmark = pytest.mark.slow

# text, 1 character sheet, cover, 8 pages, 8 narrations (+ timings), the book's audio, the PDF
EXPECTED_FILES = 1 + 1 + 1 + 8 + 16 + 1 + 1


def _running_unit_pids(runtime: Runtime, story_id: str) -> list[int]:
    with runtime.session() as session:
        holders = session.scalars(
            select(WorkUnit.leased_by).where(
                WorkUnit.story_id == story_id, WorkUnit.state == UnitState.RUNNING
            )
        ).all()
    return [int(holder.split(":")[1]) for holder in holders if holder]


def _unit_states(runtime: Runtime, story_id: str) -> Counter[UnitState]:
    with runtime.session() as session:
        return Counter(session.scalars(select(WorkUnit.state).where(WorkUnit.story_id == story_id)))


def test_a_book_survives_its_workers_being_killed_again_and_again(
    simulated_services: Path, runtime: Runtime, worker_processes: Workers
) -> None:
    worker_processes.start(4)
    worker_processes.wait_ready()
    started = start_story(runtime, make_params(page_count=8))
    chance = random.Random(2026)

    kills = 0
    deadline = time.monotonic() + 60
    while kills < 3 and time.monotonic() < deadline:
        # Kill a process while it holds a unit, at a random moment of that unit's run.
        busy = [
            pid for pid in _running_unit_pids(runtime, started.story_id) if pid not in worker_processes.killed
        ]
        alive = {p.pid for p in worker_processes.alive()}
        victims = [pid for pid in busy if pid in alive]
        if not victims:
            time.sleep(0.02)
            continue
        time.sleep(chance.uniform(0.0, 0.25))
        worker_processes.kill(chance.choice(victims))
        kills += 1
    story = wait_for(runtime, started.story_id, settled, timeout=90)

    assert kills == 3, worker_processes.output()
    assert len(worker_processes.alive()) == 1  # the one survivor finished the book
    assert story.status == StoryStatus.COMPLETE, story.error_message
    assert _unit_states(runtime, started.story_id) == {UnitState.DONE: 21}
    with runtime.session() as session:
        claims = session.scalar(select(func.sum(WorkUnit.attempts)).where(WorkUnit.story_id == story.id))
    assert claims is not None and claims > 21  # some units were taken back from the killed workers
    files = {obj.key for obj in runtime.store.list(story_prefix(story.id))}
    assert len(files) == EXPECTED_FILES
    written = worker_processes.writes_per_key()
    assert set(written) == files
    # A file is written again only when the process that wrote it first died before marking its
    # unit done; among the processes that lived, every file was written once.
    assert set(worker_processes.writes_per_key(survivors_only=True).values()) == {1}


@pytest.fixture
def flaky_services(simulated_services: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Providers failing 30% of calls (time-outs, 429s, 500s); enough attempts that none gives up."""
    for name, value in {
        "SIMULATED_FAILURE_RATE": "0.3",
        "UNIT_MAX_ATTEMPTS": "15",
        "SIMULATED_IMAGE_LATENCY": "0.05",
        "SIMULATED_SPEECH_LATENCY": "0.02",
    }.items():
        monkeypatch.setenv(name, value)
    return simulated_services


@pytest.fixture
def limited_services(simulated_services: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Fast simulated providers under tight limits, counted over one-second windows."""
    for name, value in {
        "TEXT_MAX_CONCURRENT": "2",
        "IMAGE_MAX_CONCURRENT": "3",
        "IMAGE_REQUESTS_PER_MINUTE": "40",
        "SPEECH_MAX_CONCURRENT": "4",
        "SPEECH_REQUESTS_PER_MINUTE": "60",
        "RATE_LIMIT_WINDOW_SECONDS": "1",
        "SIMULATED_TEXT_LATENCY": "0.05",
        "SIMULATED_IMAGE_LATENCY": "0.05",
        "SIMULATED_SPEECH_LATENCY": "0.02",
    }.items():
        monkeypatch.setenv(name, value)
    return simulated_services


def test_every_book_completes_when_providers_fail_30_percent_of_calls(
    flaky_services: Path, runtime: Runtime, worker_processes: Workers
) -> None:
    worker_processes.start(2)
    worker_processes.wait_ready()

    ids = [start_story(runtime, make_params(page_count=8, seed=n)).story_id for n in range(3)]
    stories = [wait_for(runtime, story_id, settled, timeout=90) for story_id in ids]

    assert [s.status for s in stories] == [StoryStatus.COMPLETE] * 3, [s.error_message for s in stories]
    calls = read_calls(flaky_services)
    failed = Counter(c.kind for c in calls if c.outcome != "ok")
    succeeded = Counter(c.kind for c in calls if c.outcome == "ok")
    with runtime.session() as session:
        rows = session.execute(
            select(Generation.type, Generation.error).where(Generation.provider == "simulated")
        ).all()
    kinds = {"TEXT": "text", "IMAGE": "image", "AUDIO": "speech"}
    assert Counter(kinds[row.type.value] for row in rows if row.error) == failed
    assert Counter(kinds[row.type.value] for row in rows if not row.error) == succeeded
    assert sum(failed.values()) > 0.15 * len(calls)
    assert {row.error for row in rows if row.error} == {
        "simulated timed out (simulated)",
        "simulated rate limited (simulated)",
        "simulated returned HTTP 500 (simulated)",
    }


@pytest.mark.parametrize("backend", ["scaled"], indirect=True)
def test_twenty_books_at_once_on_two_processes_never_exceed_the_provider_limits(
    limited_services: Path, runtime: Runtime, worker_processes: Workers
) -> None:
    worker_processes.start(2)
    worker_processes.wait_ready()

    ids = [start_story(runtime, make_params(page_count=8, seed=n)).story_id for n in range(20)]
    stories = [wait_for(runtime, story_id, settled, timeout=150) for story_id in ids]

    assert [s.status for s in stories] == [StoryStatus.COMPLETE] * 20
    with runtime.session() as session:
        count = session.scalar(select(func.count()).select_from(Story))
        busy = session.scalar(
            select(func.count()).select_from(WorkUnit).where(WorkUnit.state != UnitState.DONE)
        )
    assert (count, busy) == (20, 0)
    calls = read_calls(limited_services)
    by_kind = {kind: [c for c in calls if c.kind == kind] for kind in ("text", "image", "speech")}
    assert {kind: len(found) for kind, found in by_kind.items()} == {"text": 20, "image": 200, "speech": 160}
    assert len({c.pid for c in calls}) == 2  # both processes did the work
    assert most_in_flight(by_kind["text"]) <= 2
    assert most_in_flight(by_kind["image"]) == 3  # the limit binds, and holds
    assert most_in_flight(by_kind["speech"]) <= 4
    assert most_started_in_window(by_kind["image"], 1.0) <= 40
    assert most_started_in_window(by_kind["speech"], 1.0) <= 60


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for listing in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(text) for text in listing.read_text().split()]
        except (FileNotFoundError, ProcessLookupError):  # the thread ended meanwhile
            continue
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except (FileNotFoundError, ProcessLookupError):
        return b""


def _render_processes(worker: int) -> tuple[list[int], list[int]]:
    """(the worker's forkserver, its render processes): the forkserver is the child started from
    multiprocessing.forkserver, and each render process a child of it."""
    servers = [pid for pid in _children(worker) if b"multiprocessing.forkserver" in _cmdline(pid)]
    return servers, [pid for server in servers for pid in _children(server)]


def _drawing(pid: int) -> bool:
    """Whether the render process `pid` is using the CPU (drawing): its CPU time grows."""

    def cpu() -> int:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            return -1
        return int(fields[11]) + int(fields[12])

    before = cpu()
    time.sleep(0.05)
    return before >= 0 and cpu() > before


def _gone(pids: list[int], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() and _cmdline(pid) != b"" for pid in pids):
            return True
        time.sleep(0.1)
    return False


def _render_loss_seen(runtime: Runtime, story_id: str) -> bool:
    """Whether a unit of the story last failed because its render process was lost (a unit clears
    its error once it succeeds)."""
    with runtime.session() as session:
        codes = session.scalars(select(WorkUnit.error_code).where(WorkUnit.story_id == story_id)).all()
    return "RENDER_PROCESS_LOST" in codes


@pytest.mark.parametrize("backend", ["embedded"], indirect=True)
def test_a_really_drawn_book_survives_a_render_process_and_a_worker_being_killed(
    monkeypatch: pytest.MonkeyPatch, runtime: Runtime, worker_processes: Workers
) -> None:
    # given two worker processes on the built-in providers, each drawing in two render processes
    for name, value in {"RENDER_PROCESSES": "2", "LEASE_SECONDS": "3", "UNIT_MAX_ATTEMPTS": "6"}.items():
        monkeypatch.setenv(name, value)
    worker_processes.real_stages = True
    worker_processes.threads = 2
    worker_processes.start(2)
    worker_processes.wait_ready()
    started = start_story(runtime, make_params(page_count=8))
    chance = random.Random(20)

    # when a render process is killed while it draws one of a worker's pictures
    drawn_by = killed_render = None
    deadline = time.monotonic() + 300
    while killed_render is None and time.monotonic() < deadline:
        for pid in set(_running_unit_pids(runtime, started.story_id)):
            drawing = [render for render in _render_processes(pid)[1] if _drawing(render)]
            if drawing:
                drawn_by, killed_render = pid, chance.choice(drawing)
                os.kill(killed_render, signal.SIGKILL)
                break
        else:
            time.sleep(0.02)
    assert drawn_by is not None and killed_render is not None, worker_processes.output()
    # the picture's unit fails as retryable (RenderProcessLost), to be drawn again
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _render_loss_seen(runtime, started.story_id):
        time.sleep(0.01)
    assert time.monotonic() < deadline, worker_processes.output()
    # and then that worker is killed while it holds a unit, its render processes with it
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and drawn_by not in _running_unit_pids(runtime, started.story_id):
        time.sleep(0.02)
    server, renders = _render_processes(drawn_by)
    worker_processes.kill(drawn_by)
    story = wait_for(runtime, started.story_id, settled, timeout=600)

    # then the other worker finished the book: every unit done once, every file there
    assert story.status == StoryStatus.COMPLETE, (story.error_message, worker_processes.output())
    states = _unit_states(runtime, started.story_id)
    assert set(states) == {UnitState.DONE}
    with runtime.session() as session:
        units = session.scalars(select(WorkUnit).where(WorkUnit.story_id == story.id)).all()
        claims = sum(unit.attempts for unit in units)
    assert claims > len(units)  # the lost picture and the killed worker's unit were run again
    files = {obj.key for obj in runtime.store.list(story_prefix(story.id))}
    for unit in units:
        for field_name in ("key", "timings_key", "screen_key", "print_key"):
            if isinstance((unit.output or {}).get(field_name), str):
                assert unit.output[field_name] in files
    prefix = story_prefix(story.id)
    assert {f"{prefix}book-screen.pdf", f"{prefix}book-print.pdf", f"{prefix}cover.png"} <= files
    assert {f"{prefix}pages/{n:02d}.png" for n in range(1, 9)} <= files
    written = worker_processes.writes_per_key(survivors_only=True)
    # the survivor wrote each file once (the print pictures' manifest grows with each picture)
    assert {key: n for key, n in written.items() if n > 1 and not key.endswith("pictures.json")} == {}
    # and nothing of the killed worker lingers: its forkserver and render processes exit with it
    assert _gone(server + renders, timeout=15)
