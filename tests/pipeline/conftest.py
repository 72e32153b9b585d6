"""Pipeline tests: fast retries, and stages that stand in for the real renderers."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from storyloom.db.models import GenerationType, Story, StoryStatus, UnitKind
from storyloom.pipeline.book import content_columns
from storyloom.pipeline.executor import GENERATION_TYPE
from storyloom.pipeline.stages import StageResult, UnitContext
from storyloom.providers.base import CallRecord
from storyloom.providers.simulated import simulated_story
from storyloom.runtime import Runtime
from storyloom.story.params import StoryParams
from tests.conftest import BACKENDS
from tests.pipeline.processes import worker_processes  # noqa: F401  (a fixture)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Every pipeline test runs on the embedded default and on PostgreSQL + Redis + S3."""
    return str(request.param)


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RETRY_BASE_SECONDS", "0.05")
    monkeypatch.setenv("RETRY_MAX_SECONDS", "0.2")
    monkeypatch.setenv("REAPER_INTERVAL_SECONDS", "1")


@dataclass
class FakeStages:
    """Stages that write a small file per unit and can be told to raise on given attempts."""

    runtime: Runtime
    failures: dict[tuple[UnitKind, int], list[Exception]] = field(default_factory=dict)
    runs: Counter[tuple[UnitKind, int]] = field(default_factory=Counter)
    pause: float = 0.0

    def install(self) -> None:
        # The page-text stage stays real: it only asks the text provider (built-in, or a test's double).
        for kind in UnitKind:
            if kind != UnitKind.PAGE_TEXT:
                self.runtime.stages[kind] = self._stage

    def fail(self, kind: UnitKind, index: int, *errors: Exception) -> None:
        self.failures[(kind, index)] = list(errors)

    def _stage(self, ctx: UnitContext) -> StageResult:
        self.runs[(ctx.kind, ctx.index)] += 1
        pending = self.failures.get((ctx.kind, ctx.index))
        if pending:
            raise pending.pop(0)
        if self.pause:
            time.sleep(self.pause)
        call = CallRecord(
            provider="fake", prompt=f"{ctx.kind.value} {ctx.index}", cost_usd=0.01, duration_ms=1
        )
        if ctx.kind == UnitKind.TEXT:
            story = simulated_story(ctx.params, ctx.seed)
            return StageResult(
                output={"words": story.word_count},
                calls=[(GenerationType.TEXT, call)],
                story_updates=content_columns(story),
            )
        key = ctx.key(f"{ctx.kind.value}/{ctx.index:02d}.bin")
        ctx.runtime.store.put(key, f"{ctx.kind.value} {ctx.index}".encode())
        output = {"key": key, "print_key": key, "screen_key": key, "timings_key": key, "duration_ms": 1}
        generation_type = GENERATION_TYPE.get(ctx.kind)
        return StageResult(output=output, calls=[(generation_type, call)] if generation_type else [])


@pytest.fixture
def fake_stages(runtime: Runtime) -> FakeStages:
    stages = FakeStages(runtime)
    stages.install()
    return stages


def make_params(**overrides: object) -> StoryParams:
    values: dict[str, object] = {
        "child_name": "Mia",
        "age_group": "3-5",
        "genre": "adventure",
        "moral_lesson": "sharing is kind",
        "page_count": 8,
    }
    values.update(overrides)
    return StoryParams.model_validate(values)


def wait_for(runtime: Runtime, story_id: str, done: Callable[[Story], bool], timeout: float = 60.0) -> Story:
    deadline = time.monotonic() + timeout
    while True:
        with runtime.session() as session:
            story = session.get(Story, story_id)
            assert story is not None
            if done(story):
                return story
        if time.monotonic() > deadline:
            raise AssertionError(f"story {story_id} still {story.status} after {timeout} s")
        time.sleep(0.05)


def settled(story: Story) -> bool:
    return story.status != StoryStatus.GENERATING


@pytest.fixture
def workers(runtime: Runtime) -> Iterator[object]:
    from storyloom.pipeline.workers import InProcessWorkers

    with InProcessWorkers(runtime, workers_per_queue=2) as running:
        yield running


def wait_idle(runtime: Runtime, story_id: str, timeout: float = 60.0) -> None:
    """Wait until none of the story's units is pending or running."""
    from sqlalchemy import func, select

    from storyloom.db.models import UnitState, WorkUnit

    deadline = time.monotonic() + timeout
    busy = (UnitState.PENDING, UnitState.RUNNING)
    while time.monotonic() < deadline:
        with runtime.session() as session:
            active = session.scalar(
                select(func.count())
                .select_from(WorkUnit)
                .where(WorkUnit.story_id == story_id, WorkUnit.state.in_(busy))
            )
        if not active:
            return
        time.sleep(0.05)
    raise AssertionError(f"story {story_id} still has units at work after {timeout} s")


@pytest.fixture
def simulated_services(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Simulated providers with small latencies, short leases and a call log; returns the log's path.

    Set before `runtime`, so the test's runtime and its worker processes share these settings.
    """
    call_log = tmp_path / "calls.log"
    for name, value in {
        "TEXT_PROVIDER": "simulated",
        "IMAGE_PROVIDER": "simulated",
        "SPEECH_PROVIDER": "simulated",
        "SIMULATED_TEXT_LATENCY": "0.2",
        "SIMULATED_IMAGE_LATENCY": "0.3",
        "SIMULATED_SPEECH_LATENCY": "0.1",
        "SIMULATED_CALL_LOG": str(call_log),
        "LEASE_SECONDS": "3",
        "REAPER_INTERVAL_SECONDS": "1",
    }.items():
        monkeypatch.setenv(name, value)
    return call_log
