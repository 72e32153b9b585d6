"""Time-left estimates from this installation's own unit durations (storyloom/pipeline/estimates.py)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from storyloom.db.models import (
    Generation,
    GenerationType,
    Story,
    StoryStatus,
    UnitKind,
    UnitState,
    WorkUnit,
    utcnow,
)
from storyloom.pipeline.estimates import (
    FIRST_GUESS,
    in_making,
    making_started_at,
    measured_durations,
    percent_done,
    seconds_left,
)
from storyloom.pipeline.orchestrator import start_story, story_progress
from storyloom.pipeline.stages import StageResult, UnitContext
from storyloom.pipeline.units import story_units
from storyloom.runtime import Runtime
from tests.pipeline.conftest import FakeStages, make_params, settled, wait_for

# Seconds each kind of unit takes in these tests: a slow layout, like the real PDF unit.
DURATIONS = {
    UnitKind.TEXT: 0.6,
    UnitKind.CHARACTER: 0.5,
    UnitKind.COVER: 0.8,
    UnitKind.PAGE_IMAGE: 0.5,
    UnitKind.PAGE_AUDIO: 0.3,
    UnitKind.BOOK_AUDIO: 0.3,
    UnitKind.PDF: 2.5,
}


def record(runtime: Runtime, kind: UnitKind, provider: str, seconds: float, minutes_ago: int) -> None:
    with runtime.session() as session:
        story = Story(title="t", genre="space", age_group="3-5", language="en", params={})
        session.add(story)
        session.flush()
        end = utcnow() - timedelta(minutes=minutes_ago)
        unit = WorkUnit(
            story_id=story.id,
            kind=kind,
            state=UnitState.DONE,
            started_at=end - timedelta(seconds=seconds),
            finished_at=end,
        )
        session.add(unit)
        session.flush()
        session.add(
            Generation(
                story_id=story.id, unit_id=unit.id, type=GenerationType.IMAGE, prompt="p", provider=provider
            )
        )


@pytest.mark.parametrize("backend", ["embedded"], indirect=True)
def test_the_median_follows_the_provider_in_use(runtime: Runtime) -> None:
    for minutes_ago, seconds in enumerate([9.0, 11.0, 10.0, 30.0], start=10):
        record(runtime, UnitKind.PAGE_IMAGE, "replicate", seconds, minutes_ago)
    for minutes_ago, seconds in enumerate([2.0, 4.0, 3.0], start=1):
        record(runtime, UnitKind.PAGE_IMAGE, "builtin", seconds, minutes_ago)
    record(runtime, UnitKind.PDF, "storyloom", 20.0, 5)

    with runtime.session() as session:
        durations = measured_durations(session)

    assert durations == {UnitKind.PAGE_IMAGE: 3.0, UnitKind.PDF: 20.0}


def test_a_new_installation_guesses_until_it_has_measured() -> None:
    units = [
        WorkUnit(kind=UnitKind.TEXT, state=UnitState.PENDING),
        WorkUnit(kind=UnitKind.PDF, state=UnitState.WAITING),
    ]

    assert (
        seconds_left(units, {}, workers_per_queue=2) == FIRST_GUESS[UnitKind.TEXT] + FIRST_GUESS[UnitKind.PDF]
    )


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["embedded"], indirect=True)
def test_the_estimate_is_within_30_percent_at_every_step(
    runtime: Runtime, fake_stages: FakeStages, workers: object
) -> None:
    def timed(kind: UnitKind):  # type: ignore[no-untyped-def]
        def stage(ctx: UnitContext) -> StageResult:
            time.sleep(DURATIONS[kind])
            return fake_stages._stage(ctx)

        return stage

    for kind in DURATIONS:
        runtime.stages[kind] = timed(kind)
    # given a first book, whose units' durations the installation records
    first = start_story(runtime, make_params())
    wait_for(runtime, first.story_id, settled)

    # when a second book is made, its estimate and its percentage are sampled all along
    began = time.monotonic()
    second = start_story(runtime, make_params(child_name="Leo"))
    samples: list[tuple[float, float, int | None]] = []
    percents: list[tuple[float, int, bool]] = []
    while True:
        with runtime.session() as session:
            story = session.get(Story, second.story_id)
            assert story is not None
            if story.status != StoryStatus.GENERATING:
                break
            units = story_units(session, second.story_id)
            estimate = seconds_left(units, measured_durations(session), workers_per_queue=2)
        progress = story_progress(runtime, second.story_id)
        if progress.status != StoryStatus.GENERATING.value:
            break  # finished between the two looks
        samples.append((time.monotonic(), estimate, progress.eta_seconds))
        laying_out = any(
            u.kind == UnitKind.PDF.value and u.state == UnitState.RUNNING.value for u in progress.units
        )
        percents.append((time.monotonic(), progress.percent, laying_out))
        time.sleep(0.1)
    end = time.monotonic()
    wait_for(runtime, second.story_id, settled)

    # then at every step the time left was foretold within 30% (a quarter second for the last moments)
    assert len(samples) > 20
    for taken, estimate, shown in samples:
        actual = end - taken
        assert abs(estimate - actual) <= max(0.3 * actual, 0.25), (round(actual, 2), round(estimate, 2))
        assert shown is not None and abs(shown - estimate) <= 1
    # and the percentage followed the time, not the units: within 12 points of the share of the time
    # spent, never going back, and moving all through the layout (one slow unit of 21)
    for taken, percent, _step in percents:
        spent = (taken - began) / (end - began)
        assert abs(percent / 100 - spent) <= 0.12, (round(spent, 2), percent)
    assert [percent for _, percent, _ in percents] == sorted(percent for _, percent, _ in percents)
    layout = [percent for _, percent, laying_out in percents if laying_out]
    assert len(layout) > 10
    assert layout[-1] - layout[0] >= 15, layout


def test_the_percentage_is_the_time_spent_over_the_time_spent_and_left() -> None:
    assert percent_done(0.0, 30.0) == 0
    assert percent_done(30.0, 30.0) == 50
    assert percent_done(45.0, 5.0) == 90
    assert percent_done(60.0, 0.0) == 99  # 100 only once the book is done


def test_a_changed_page_is_timed_from_when_its_units_were_queued_again() -> None:
    finished = utcnow() - timedelta(hours=1)
    queued = utcnow() - timedelta(seconds=20)
    units = [
        WorkUnit(kind=UnitKind.PAGE_IMAGE, state=UnitState.DONE, started_at=finished - timedelta(seconds=9),
                 finished_at=finished - timedelta(seconds=5), updated_at=finished),
        WorkUnit(kind=UnitKind.PAGE_AUDIO, state=UnitState.DONE, started_at=queued + timedelta(seconds=1),
                 finished_at=queued + timedelta(seconds=4), updated_at=queued + timedelta(seconds=4)),
        WorkUnit(kind=UnitKind.PDF, state=UnitState.WAITING, started_at=finished - timedelta(seconds=30),
                 finished_at=None, updated_at=queued),
    ]  # fmt: skip

    first_making = making_started_at(units, started_at=finished - timedelta(minutes=2), completed_at=None)
    change = making_started_at(units, started_at=finished - timedelta(minutes=2), completed_at=finished)

    assert first_making == finished - timedelta(minutes=2)
    assert change == queued


def test_a_changed_page_counts_only_the_parts_made_again() -> None:
    completed = utcnow() - timedelta(hours=1)
    queued = utcnow() - timedelta(seconds=20)
    earlier = WorkUnit(
        kind=UnitKind.PAGE_IMAGE, state=UnitState.DONE, started_at=completed - timedelta(seconds=9),
        finished_at=completed - timedelta(seconds=5),
    )  # fmt: skip
    again_done = WorkUnit(
        kind=UnitKind.PAGE_AUDIO, state=UnitState.DONE, started_at=queued + timedelta(seconds=1),
        finished_at=queued + timedelta(seconds=4),
    )  # fmt: skip
    again_waiting = WorkUnit(kind=UnitKind.PDF, state=UnitState.WAITING, updated_at=queued)
    running = WorkUnit(kind=UnitKind.PAGE_IMAGE, state=UnitState.RUNNING, started_at=queued)

    assert [in_making(u, completed) for u in (earlier, again_done, again_waiting, running)] == [
        False, True, True, True
    ]  # fmt: skip
    assert in_making(earlier, None)  # while the book is first made, every part counts
