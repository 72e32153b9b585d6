"""Runs one unit: claim it by lease, run its stage, record every provider call, then mark it done,
back off and retry, or fail it for good, and move the book along.

Retryable failures (timeouts, connection errors, 429, 5xx, throttling) back off exponentially with
jitter and honour Retry-After; terminal ones (auth, bad request, content policy, rejected content)
fail the unit at once with a message a person can act on.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import structlog
from sqlalchemy import update

from storyloom.db.models import Generation, GenerationType, Story, UnitKind, WorkUnit, utcnow
from storyloom.db.stories import lock_story
from storyloom.errors import (
    ClientFacingError,
    ConfigurationError,
    ProviderError,
    RetryableProviderError,
    ShopifyError,
    StorageError,
)
from storyloom.pipeline.book import load_content, load_params
from storyloom.pipeline.deletion import clear_if_deleted
from storyloom.pipeline.edits import revision_of
from storyloom.pipeline.jobs import DatabaseLedger, job_finished
from storyloom.pipeline.leases import lease_keeper
from storyloom.pipeline.ratelimit import SlotUnavailable
from storyloom.pipeline.stages import StageResult, UnitContext, sheets_are_references
from storyloom.pipeline.units import (
    backoff_seconds,
    claim_unit,
    complete_unit,
    defer_unit,
    fail_unit,
    park_unit,
    release_ready_units,
    reschedule_unit,
    settle_story,
)
from storyloom.providers.base import CallRecord
from storyloom.providers.jobs import AwaitingProvider, using_ledger

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

log = structlog.get_logger(__name__)

GENERATION_TYPE = {
    UnitKind.TEXT: GenerationType.TEXT,
    UnitKind.PAGE_TEXT: GenerationType.TEXT,
    UnitKind.CHARACTER: GenerationType.IMAGE,
    UnitKind.COVER: GenerationType.IMAGE,
    UnitKind.PAGE_IMAGE: GenerationType.IMAGE,
    UnitKind.PAGE_AUDIO: GenerationType.AUDIO,
    UnitKind.BOOK_AUDIO: GenerationType.AUDIO,
    UnitKind.PDF: GenerationType.PDF,
}


class Outcome(StrEnum):
    DONE = "done"
    RETRYING = "retrying"
    FAILED = "failed"
    SKIPPED = "skipped"  # someone else holds it, it is done, or it is not due yet
    DEFERRED = "deferred"  # no provider slot came free in time; back to wait, attempt not counted
    PARKED = "parked"  # a provider is working on its job; the callback (or a poll timer) wakes it
    LOST_LEASE = "lost_lease"


@dataclass(frozen=True)
class Failure:
    code: str
    message: str
    retryable: bool
    retry_after: float | None = None
    provider: str | None = None


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def story_seed(story: Story) -> int:
    seed = (story.params or {}).get("seed")
    if isinstance(seed, int):
        return seed
    return int(story.id[-8:], 16) & 0x7FFFFFFF


def _context(runtime: Runtime, unit: WorkUnit, story: Story) -> UnitContext:
    return UnitContext(
        runtime=runtime,
        story_id=story.id,
        unit_id=unit.id,
        kind=unit.kind,
        index=unit.index,
        params=load_params(story),
        seed=story_seed(story),
        content=None
        if unit.kind in (UnitKind.TEXT, UnitKind.PUBLISH, UnitKind.PRINT_JOB)
        else load_content(story),
        reading_level=story.reading_level,
        revision=revision_of(story, unit.kind, unit.index),
    )


def classify(exc: BaseException) -> Failure:
    """How the pipeline treats an exception raised by a stage."""
    if isinstance(exc, ProviderError):
        retry_after = exc.retry_after if isinstance(exc, RetryableProviderError) else None
        return Failure(exc.code, exc.message, exc.retryable, retry_after, exc.provider)
    if isinstance(exc, ClientFacingError | ConfigurationError):
        return Failure(exc.code, exc.message, retryable=False)
    if isinstance(exc, ShopifyError):
        return Failure(exc.code, exc.message, exc.retryable, getattr(exc, "retry_after", None), "shopify")
    if isinstance(exc, StorageError):
        return Failure(exc.code, exc.message, retryable=True)
    return Failure("INTERNAL_ERROR", f"unexpected {type(exc).__name__}: {exc}", retryable=True)


def execute_unit(runtime: Runtime, unit_id: str, *, worker: str | None = None) -> Outcome:
    """Run the unit if this caller wins its claim. Safe to call any number of times for one unit."""
    worker = worker or worker_name()
    limits = runtime.settings.limits
    with runtime.session() as session:
        if not claim_unit(session, unit_id, worker=worker, lease_seconds=limits.lease_seconds):
            return Outcome.SKIPPED
    with runtime.session() as session:
        unit = session.get(WorkUnit, unit_id)
        assert unit is not None
        story = unit.story
        kind, attempts, max_attempts, story_id = unit.kind, unit.attempts, unit.max_attempts, story.id
        setup_error: BaseException | None = None
        try:
            context: UnitContext | None = _context(runtime, unit, story)
        except ValueError as exc:
            context = None
            setup_error = exc
    try:
        return _run_claimed(
            runtime,
            unit_id,
            story_id,
            kind,
            worker,
            attempts,
            max_attempts,
            context,
            setup_error,
            log.bind(story_id=story_id, unit=f"{kind.value}:{unit.index}", attempt=attempts),
        )
    finally:
        clear_if_deleted(runtime, story_id)  # a story deleted while its unit ran keeps nothing


def _run_claimed(
    runtime: Runtime,
    unit_id: str,
    story_id: str,
    kind: UnitKind,
    worker: str,
    attempts: int,
    max_attempts: int,
    context: UnitContext | None,
    setup_error: BaseException | None,
    bound: Any,
) -> Outcome:
    made = context.calls if context is not None else []
    try:
        if context is None:
            assert setup_error is not None
            raise setup_error
        ledger = DatabaseLedger(runtime, story_id, unit_id)
        with lease_keeper(runtime).holding(unit_id, worker), using_ledger(ledger):
            result = runtime.stages[kind](context)
    except SlotUnavailable as exc:
        return _defer(runtime, unit_id, story_id, kind, worker, exc, made)
    except AwaitingProvider as exc:
        return _park(runtime, unit_id, story_id, kind, worker, exc, made)
    except Exception as exc:
        failure = classify(exc)
        if failure.code == "INTERNAL_ERROR":
            bound.exception("unit raised an unexpected error")
        return _handle_failure(
            runtime, unit_id, story_id, kind, worker, attempts, max_attempts, failure, made
        )
    return _finish(runtime, unit_id, story_id, kind, worker, result, bound)


def _record_unit_calls(
    session: Any, story_id: str, unit_id: str, kind: UnitKind, calls: Sequence[CallRecord]
) -> None:
    """The record of the calls a unit made before it raised (UnitContext.calls), as Generation rows."""
    generation_type = GENERATION_TYPE.get(kind)
    if generation_type is not None:
        record_calls(session, story_id, unit_id, [(generation_type, call) for call in calls])


def _defer(
    runtime: Runtime,
    unit_id: str,
    story_id: str,
    kind: UnitKind,
    worker: str,
    exc: SlotUnavailable,
    made: list[CallRecord],
) -> Outcome:
    with runtime.session() as session:
        deferred = defer_unit(session, unit_id, worker=worker, delay=exc.retry_in)
        if deferred is not None:
            _record_unit_calls(session, story_id, unit_id, kind, made)
    if deferred is None:
        return Outcome.LOST_LEASE
    runtime.queues.enqueue(kind, unit_id, delay=exc.retry_in)
    log.info("unit waits for a provider slot", story_id=story_id, unit=kind.value, retry_in=exc.retry_in)
    return Outcome.DEFERRED


def _park(
    runtime: Runtime,
    unit_id: str,
    story_id: str,
    kind: UnitKind,
    worker: str,
    exc: AwaitingProvider,
    made: list[CallRecord],
) -> Outcome:
    note = f"waiting for {exc.provider} to finish job {exc.external_id}"
    with runtime.session() as session:
        parked = park_unit(session, unit_id, worker=worker, delay=exc.poll_after, note=note)
        if parked is not None:
            _record_unit_calls(session, story_id, unit_id, kind, made)
    if parked is None:
        return Outcome.LOST_LEASE
    # A callback that came while the unit was still running found nothing parked to wake.
    delay = 0.0 if job_finished(runtime, exc.job_id) else exc.poll_after
    runtime.queues.enqueue(kind, unit_id, delay=delay)
    runtime.invalidate_story(story_id)
    log.info(
        "unit parked while its provider works",
        story_id=story_id,
        unit=kind.value,
        provider=exc.provider,
        job=exc.external_id,
        poll_in=delay,
    )
    return Outcome.PARKED


def record_calls(
    session: Any, story_id: str, unit_id: str | None, calls: Sequence[tuple[GenerationType, CallRecord]]
) -> None:
    """A Generation row for every provider call reported (failed ones with their error)."""
    for generation_type, call in calls:
        failed = bool(call.details.get("error"))
        session.add(
            Generation(
                story_id=story_id,
                unit_id=unit_id,
                type=generation_type,
                prompt=call.prompt,
                result=call.details,
                cost=call.cost_usd,
                duration=call.duration_ms,
                provider=call.provider,
                model=call.model,
                error=str(call.details.get("message") or call.details["error"]) if failed else None,
            )
        )


def _finish(
    runtime: Runtime,
    unit_id: str,
    story_id: str,
    kind: UnitKind,
    worker: str,
    result: StageResult,
    bound: Any,
) -> Outcome:
    with runtime.session() as session:
        lock_story(session, story_id)
        if not complete_unit(session, unit_id, worker=worker, output=result.output):
            bound.warning("lease lost before the unit finished; its result is discarded")
            session.rollback()
            return Outcome.LOST_LEASE
        record_calls(session, story_id, unit_id, result.calls)  # the unit's record among them
        if result.story_updates:
            session.execute(
                update(Story)
                .where(Story.id == story_id)
                .values(updated_at=utcnow(), **result.story_updates)
                .execution_options(synchronize_session=False)
            )
        released = release_ready_units(
            session, story_id, sheets_are_references=sheets_are_references(runtime)
        )
        status = settle_story(session, story_id)
        kinds = {
            unit.id: unit.kind for unit in session.query(WorkUnit).filter(WorkUnit.id.in_(released)).all()
        }
    for released_id in released:
        runtime.queues.enqueue(kinds[released_id], released_id)
    runtime.invalidate_story(story_id)
    bound.info("unit done", released=len(released), story_status=status.value if status else None)
    return Outcome.DONE


def _handle_failure(
    runtime: Runtime,
    unit_id: str,
    story_id: str,
    kind: UnitKind,
    worker: str,
    attempts: int,
    max_attempts: int,
    failure: Failure,
    made: list[CallRecord],
) -> Outcome:
    limits = runtime.settings.limits
    outcome = Outcome.FAILED
    delay = 0.0
    with runtime.session() as session:
        lock_story(session, story_id)
        generation_type = GENERATION_TYPE.get(kind)
        _record_unit_calls(session, story_id, unit_id, kind, made)
        # A failure no recorded call shows (the stage itself refused what a provider made, or the
        # stage called a provider outside its chain) gets a row of its own.
        recorded = any(call.details.get("error") for call in made)
        if generation_type is not None and failure.provider is not None and not recorded:
            session.add(
                Generation(
                    story_id=story_id,
                    unit_id=unit_id,
                    type=generation_type,
                    prompt=f"{kind.value} attempt {attempts}",
                    result={"error_code": failure.code, "attempt": attempts},
                    provider=failure.provider,
                    error=failure.message,
                )
            )
        if failure.retryable and attempts < max_attempts:
            delay = backoff_seconds(
                attempts,
                base=limits.retry_base_seconds,
                cap=limits.retry_max_seconds,
                retry_after=failure.retry_after,
            )
            if reschedule_unit(
                session, unit_id, worker=worker, delay=delay, code=failure.code, message=failure.message
            ):
                outcome = Outcome.RETRYING
            else:
                outcome = Outcome.LOST_LEASE
        else:
            message = failure.message
            if failure.retryable:
                message = f"{message} (gave up after {attempts} attempts)"
            if not fail_unit(session, unit_id, worker=worker, code=failure.code, message=message):
                outcome = Outcome.LOST_LEASE
            settle_story(session, story_id)
    if outcome == Outcome.RETRYING:
        runtime.queues.enqueue(kind, unit_id, delay=delay)
    runtime.invalidate_story(story_id)
    log.warning(
        "unit attempt failed",
        story_id=story_id,
        unit=kind.value,
        code=failure.code,
        error=failure.message,
        outcome=outcome.value,
        retry_in=round(delay, 2) if outcome == Outcome.RETRYING else None,
    )
    return outcome
