"""Assets on demand: a PDF or a narration asked for but missing (deleted, or never made because
narration was off) is made now, synchronously, by the same stage the pipeline runs. And a unit a
caller needs the result of now (the services' synchronous methods) is run in the caller's thread.

On-demand work is single-flight: while the book's own unit for the asset is still to run, a request
joins it (runs it under the unit's lease, or waits for the worker that holds it) instead of making
the asset again; an asset remade after the fact is made by one request of the process at a time,
the others waiting for it and then reading the file it wrote."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import select

from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit, utcnow
from storyloom.errors import ConflictError, NotFoundError, StoryGenerationError
from storyloom.pipeline.book import load_content, load_params
from storyloom.pipeline.edits import revision_of
from storyloom.pipeline.executor import Outcome, execute_unit, record_calls, story_seed
from storyloom.pipeline.stages import StageResult, UnitContext
from storyloom.storage import asset_key, page_name

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

READY = (StoryStatus.COMPLETE, StoryStatus.PUBLISHED, StoryStatus.ARCHIVED)
ON_DEMAND_WAIT_SECONDS = 120.0
_flights: dict[tuple[str, UnitKind, int], threading.Lock] = {}
_flights_lock = threading.Lock()


@contextmanager
def _single_flight(story_id: str, kind: UnitKind, index: int) -> Iterator[None]:
    """Hold the process's one lock for making this asset; the lock is forgotten when no one holds it."""
    key = (story_id, kind, index)
    with _flights_lock:
        lock = _flights.setdefault(key, threading.Lock())
    with lock:
        try:
            yield
        finally:
            with _flights_lock:
                if _flights.get(key) is lock:
                    del _flights[key]


def _unit_state(runtime: Runtime, story_id: str, kind: UnitKind, index: int) -> UnitState | None:
    with runtime.session() as session:
        state: UnitState | None = session.scalar(
            select(WorkUnit.state).where(
                WorkUnit.story_id == story_id, WorkUnit.kind == kind, WorkUnit.index == index
            )
        )
        return state


def _make_once(runtime: Runtime, story: Story, kind: UnitKind, index: int, key: str) -> None:
    """Make the asset at `key` unless it exists: join the book's own unit while it is still to run,
    else run the stage, one request of this process at a time."""
    state = _unit_state(runtime, story.id, kind, index)
    if state is not None and state not in (UnitState.DONE, UnitState.FAILED):
        run_unit_now(runtime, story.id, kind, index, timeout=ON_DEMAND_WAIT_SECONDS)
        if runtime.store.exists(key):
            return
    with _single_flight(story.id, kind, index):
        if not runtime.store.exists(key):
            run_stage_now(runtime, story, kind, index)


def run_stage_now(runtime: Runtime, story: Story, kind: UnitKind, index: int = 0) -> StageResult:
    """Run one stage for `story` in this thread and record its provider calls."""
    context = UnitContext(
        runtime=runtime,
        story_id=story.id,
        unit_id="",
        kind=kind,
        index=index,
        params=load_params(story),
        seed=story_seed(story),
        content=load_content(story),
        reading_level=story.reading_level,
        revision=revision_of(story, kind, index),
    )
    result = runtime.stages[kind](context)
    with runtime.session() as session:
        record_calls(session, story.id, None, result.calls)
    runtime.invalidate_story(story.id)
    return result


def run_unit_now(
    runtime: Runtime, story_id: str, kind: UnitKind, index: int = 0, *, timeout: float = 600.0
) -> None:
    """Run the (story, kind, index) unit in this thread, through its retries, until it is done; a
    worker that claimed it first runs it instead, and this waits for it. The unit is recorded,
    released and settled as any other (what follows it goes on in the workers).

    Raises StoryGenerationError naming the unit when it failed for good, or after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        with runtime.session() as session:
            unit = session.scalar(
                select(WorkUnit).where(
                    WorkUnit.story_id == story_id, WorkUnit.kind == kind, WorkUnit.index == index
                )
            )
            if unit is None:
                raise NotFoundError(f"story {story_id} has no unit {kind.value} {index}")
            state, label, unit_id = unit.state, unit.label, unit.id
            code, message = unit.error_code, unit.error_message
            # Due: pending and past its back-off, or left running by a worker that stopped.
            due_at = unit.not_before if state == UnitState.PENDING else unit.lease_expires_at
        if state == UnitState.DONE:
            return
        if state == UnitState.FAILED:
            raise StoryGenerationError(
                f"{label} failed: {message or 'unknown error'}", code=code or "UNIT_FAILED", status=502
            )
        wait = 0.1
        if state in (UnitState.PENDING, UnitState.RUNNING):
            due_in = (due_at - utcnow()).total_seconds() if due_at is not None else 0.0
            if due_in > 0:
                wait = due_in
            elif execute_unit(runtime, unit_id) != Outcome.SKIPPED:
                continue  # it ran here: done, failed, or due again after a back-off
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise StoryGenerationError(
                f"{label} is still being made after {int(timeout)} s; its progress is in the story's status",
                code="STILL_RUNNING",
                status=504,
            )
        time.sleep(min(wait, 0.5, remaining))


def ensure_pdf(runtime: Runtime, story: Story, edition: str) -> str:
    """The storage key of the story's print or screen PDF, laying it out now if it is missing."""
    key = asset_key(story.id, f"book-{edition}.pdf")
    if runtime.store.exists(key):
        return key
    if story.status not in READY:
        raise ConflictError("the book is still being made; its PDF follows when every page is drawn")
    with _single_flight(story.id, UnitKind.PDF, 0):
        if not runtime.store.exists(key):
            run_stage_now(runtime, story, UnitKind.PDF)
    return key


def _check_audio(runtime: Runtime, story: Story) -> None:
    if not runtime.settings.limits.enable_audio_generation:
        raise NotFoundError("narration is turned off on this server (ENABLE_AUDIO_GENERATION=false)")
    if not story.chapters:
        raise ConflictError("the story is still being written; its narration follows")


def ensure_page_audio(runtime: Runtime, story: Story, page: int) -> str:
    """The storage key of one page's narration, recording it now if it is missing."""
    key = asset_key(story.id, f"audio/{page_name(page)}.mp3")
    if runtime.store.exists(key):
        return key
    _check_audio(runtime, story)
    _make_once(runtime, story, UnitKind.PAGE_AUDIO, page, key)
    return key


def ensure_book_audio(runtime: Runtime, story: Story) -> str:
    """The storage key of the whole book's narration, joining (and recording) pages as needed."""
    key = asset_key(story.id, "audio/book.mp3")
    if runtime.store.exists(key):
        return key
    _check_audio(runtime, story)
    for page in range(1, len(story.chapters) + 1):
        ensure_page_audio(runtime, story, page)
    _make_once(runtime, story, UnitKind.BOOK_AUDIO, 0, key)
    return key
