"""Provider limits shared by every process, through the database (embedded) or Redis (scaled)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import select

from storyloom.db.models import UnitKind, UnitState, WorkUnit
from storyloom.pipeline.executor import Outcome, execute_unit
from storyloom.pipeline.leases import lease_keeper
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.ratelimit import DatabaseSlots, ProviderLimit, RateLimiter, make_rate_limiter
from storyloom.pipeline.reaper import reap
from storyloom.pipeline.stages import StageResult, UnitContext
from storyloom.providers.image.base import ImageRequest
from storyloom.runtime import Runtime
from tests.pipeline.conftest import FakeStages, make_params
from tests.pipeline.processes import ROOT, Call, most_in_flight, most_started_in_window, read_calls


@pytest.fixture
def image_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """At most 2 image calls at once and 6 per half second, waiting at most 0.3 s inside a unit."""
    monkeypatch.setenv("IMAGE_PROVIDER", "simulated")
    monkeypatch.setenv("IMAGE_MAX_CONCURRENT", "2")
    monkeypatch.setenv("IMAGE_REQUESTS_PER_MINUTE", "6")
    monkeypatch.setenv("RATE_LIMIT_WINDOW_SECONDS", "0.5")
    monkeypatch.setenv("RATE_LIMIT_MAX_WAIT_SECONDS", "0.3")
    monkeypatch.setenv("LEASE_SECONDS", "2")


def test_two_processes_share_one_limit(image_limits: None, runtime: Runtime, tmp_path: Path) -> None:
    log = tmp_path / "slots.log"
    command = [sys.executable, "-m", "tests.pipeline.slot_client", str(log), "3", "4", "0.03"]
    environment = dict(os.environ, PYTHONPATH=str(ROOT), RATE_LIMIT_MAX_WAIT_SECONDS="60")

    processes = [subprocess.Popen(command, env=environment, cwd=ROOT) for _ in range(2)]
    codes = [process.wait(timeout=90) for process in processes]

    calls = read_calls(log)
    assert codes == [0, 0]
    assert len(calls) == 2 * 3 * 4
    assert most_in_flight(calls) == 2
    assert most_started_in_window(calls, 0.5) <= 6


def test_a_slot_of_a_dead_holder_frees_itself_when_its_expiry_passes(
    image_limits: None, runtime: Runtime
) -> None:
    limiter = make_rate_limiter(runtime)
    limit = ProviderLimit(concurrent=1, per_window=0, window_seconds=0.5)

    first = limiter.backend.try_acquire("image:simulated", limit, "dead-holder", 0.3)
    blocked = limiter.backend.try_acquire("image:simulated", limit, "next-holder", 0.3)
    time.sleep(0.4)
    freed = limiter.backend.try_acquire("image:simulated", limit, "next-holder", 0.3)

    assert first is None
    assert blocked is not None and blocked > 0
    assert freed is None


def _draw(ctx: UnitContext) -> StageResult:
    ctx.image_providers()[0].illustrate(
        ImageRequest(kind="page", prompt="a page", style="watercolor", width=64, height=64, seed=1)
    )
    return StageResult(output={"key": "k"})


def unit_id_story(runtime: Runtime, unit_id: str) -> str:
    with runtime.session() as session:
        return str(session.scalar(select(WorkUnit.story_id).where(WorkUnit.id == unit_id)))


def _first_page(runtime: Runtime, story_id: str) -> WorkUnit:
    with runtime.session() as session:
        unit = session.scalar(
            select(WorkUnit).where(
                WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.PAGE_IMAGE, WorkUnit.index == 1
            )
        )
        assert unit is not None
        return unit


def _make_ready(runtime: Runtime, unit_id: str) -> None:
    """Write the story's text (with the stand-in stage), then make the unit pending."""
    with runtime.session() as session:
        text = session.scalar(
            select(WorkUnit.id).where(
                WorkUnit.story_id == unit_id_story(runtime, unit_id), WorkUnit.kind == UnitKind.TEXT
            )
        )
    assert execute_unit(runtime, str(text)) == Outcome.DONE
    with runtime.session() as session:
        unit = session.get(WorkUnit, unit_id)
        assert unit is not None
        unit.state = UnitState.PENDING


def test_waiting_too_long_for_a_slot_hands_the_unit_back_without_using_an_attempt(
    image_limits: None, runtime: Runtime, fake_stages: FakeStages
) -> None:
    runtime.stages[UnitKind.PAGE_IMAGE] = _draw
    started = start_story(runtime, make_params())
    unit_id = _first_page(runtime, started.story_id).id
    _make_ready(runtime, unit_id)
    limiter = lease_keeper(runtime).limiter

    with limiter.slot("image", "simulated"), limiter.slot("image", "simulated"):
        outcome = execute_unit(runtime, unit_id)
    unit = _first_page(runtime, started.story_id)

    assert outcome == Outcome.DEFERRED
    assert (unit.state, unit.attempts, unit.error_code) == (UnitState.PENDING, 0, None)
    assert unit.not_before is not None


def test_a_unit_that_outlives_its_lease_keeps_it_while_its_worker_lives(
    image_limits: None, runtime: Runtime, fake_stages: FakeStages
) -> None:
    fake_stages.pause = 3.0  # longer than LEASE_SECONDS=2
    started = start_story(runtime, make_params())
    unit_id = _first_page(runtime, started.story_id).id
    _make_ready(runtime, unit_id)

    outcomes: list[Outcome] = []
    thread = threading.Thread(target=lambda: outcomes.append(execute_unit(runtime, unit_id)))
    thread.start()
    expired = 0
    while thread.is_alive():
        expired += reap(runtime).expired
        time.sleep(0.25)
    thread.join()

    assert outcomes == [Outcome.DONE]
    assert expired == 0
    assert fake_stages.runs[(UnitKind.PAGE_IMAGE, 1)] == 1


@pytest.mark.parametrize("backend", ["scaled"], indirect=True)
def test_database_slots_hold_the_limit_on_postgresql_too(image_limits: None, runtime: Runtime) -> None:
    patient = runtime.settings.limits.model_copy(update={"rate_limit_max_wait_seconds": 30.0})
    limiter = RateLimiter(DatabaseSlots(runtime), patient, ttl=2.0)
    spans: list[tuple[float, float]] = []

    def call(_: int) -> None:
        with limiter.slot("image", "simulated"):
            start = time.time()
            time.sleep(0.02)
            spans.append((start, time.time()))

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(call, range(18)))

    calls = [Call("image", "simulated", 0, start, end, "ok") for start, end in spans]
    assert len(calls) == 18
    assert most_in_flight(calls) == 2
    assert most_started_in_window(calls, 0.5) <= 6
