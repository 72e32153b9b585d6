"""How long a book still takes, from what this installation measured: the median duration of the
latest units of each kind made by the provider now in use (work_units' started_at to finished_at,
the provider from their generation rows), and the units the book still has, laid along their
dependencies on each queue's workers."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storyloom.db.models import Generation, UnitKind, UnitState, WorkUnit, utcnow
from storyloom.pipeline.queues import QUEUE_FOR_KIND
from storyloom.pipeline.units import dependencies

RECENT_UNITS = 400
SAMPLES_PER_KIND = 25
# Seconds a unit takes with the built-in providers, until this installation has measured its own.
FIRST_GUESS: dict[UnitKind, float] = {
    UnitKind.TEXT: 4.0,
    UnitKind.PAGE_TEXT: 2.0,
    UnitKind.CHARACTER: 4.0,
    UnitKind.COVER: 6.0,
    UnitKind.PAGE_IMAGE: 4.0,
    UnitKind.PAGE_AUDIO: 3.0,
    UnitKind.BOOK_AUDIO: 2.0,
    UnitKind.PDF: 25.0,
    UnitKind.PUBLISH: 3.0,
}
ORDER = list(FIRST_GUESS)  # every kind after the kinds it depends on


def measured_durations(session: Session) -> dict[UnitKind, float]:
    """The running median, in seconds, of each kind's latest units by the provider that made the
    most recent one (a change of provider starts a new series)."""
    rows = session.execute(
        select(WorkUnit.id, WorkUnit.kind, WorkUnit.started_at, WorkUnit.finished_at, Generation.provider)
        .outerjoin(Generation, Generation.unit_id == WorkUnit.id)
        .where(
            WorkUnit.state == UnitState.DONE,
            WorkUnit.started_at.is_not(None),
            WorkUnit.finished_at.is_not(None),
        )
        .order_by(WorkUnit.finished_at.desc())
        .limit(RECENT_UNITS)
    ).all()
    series: dict[UnitKind, tuple[str, list[float]]] = {}
    seen: set[str] = set()
    for unit_id, kind, started, finished, provider in rows:
        if unit_id in seen or started is None or finished is None:
            continue
        seen.add(unit_id)
        current_provider, samples = series.setdefault(kind, (provider or "", []))
        if (provider or "") == current_provider and len(samples) < SAMPLES_PER_KIND:
            samples.append(max(0.0, (finished - started).total_seconds()))
    return {kind: statistics.median(samples) for kind, (_, samples) in series.items() if samples}


def seconds_left(
    units: Sequence[WorkUnit],
    durations: dict[UnitKind, float],
    *,
    workers_per_queue: int,
    sheets_are_references: bool = True,
    now: datetime | None = None,
) -> float:
    """When the last of `units` should be done: each kind starts once the kinds it depends on are
    done and its queue is free, and shares the queue's workers; a running unit has the rest of its
    kind's median left (at least a tenth of it)."""
    now = now or utcnow()
    by_kind: dict[UnitKind, list[WorkUnit]] = {}
    for unit in units:
        by_kind.setdefault(unit.kind, []).append(unit)
    finish: dict[UnitKind, float] = {}
    queue_free: dict[str, float] = {}
    for kind in ORDER:
        typical = durations.get(kind, FIRST_GUESS[kind])
        work = sum(_work_left(unit, typical, now) for unit in by_kind.get(kind, ()))
        needed = dependencies(kind, sheets_are_references=sheets_are_references)
        ready = max((finish.get(dependency, 0.0) for dependency in needed), default=0.0)
        queue = QUEUE_FOR_KIND[kind]
        if work == 0:
            finish[kind] = ready
            continue
        start = max(ready, queue_free.get(queue, 0.0))
        parallel = min(workers_per_queue, _open_count(by_kind[kind])) or 1
        finish[kind] = start + work / parallel
        queue_free[queue] = finish[kind]
    return max(finish.values(), default=0.0)


def _open_count(units: Iterable[WorkUnit]) -> int:
    return sum(1 for unit in units if unit.state not in (UnitState.DONE, UnitState.FAILED))


def _work_left(unit: WorkUnit, typical: float, now: datetime) -> float:
    if unit.state in (UnitState.DONE, UnitState.FAILED):
        return 0.0
    if unit.state == UnitState.RUNNING and unit.started_at is not None:
        elapsed = (now - unit.started_at).total_seconds()
        return max(typical - elapsed, typical * 0.1)
    return typical


def making_started_at(
    units: Iterable[WorkUnit], *, started_at: datetime | None, completed_at: datetime | None
) -> datetime | None:
    """When the making now under way began: the book's start while it is first made; for a finished
    book made again in part (a changed page), when the first of the units made again was queued or
    started (the units that finished before the book did belong to the earlier making)."""
    if completed_at is None:
        return started_at
    moments = []
    for unit in units:
        if unit.state in (UnitState.WAITING, UnitState.PENDING):
            moments.append(unit.updated_at)
        elif in_making(unit, completed_at) and unit.started_at is not None:
            moments.append(unit.started_at)
    return min((moment for moment in moments if moment is not None), default=None)


def in_making(unit: WorkUnit, completed_at: datetime | None) -> bool:
    """Whether `unit` belongs to the making now under way: every unit while the book is first made;
    for a finished book made again in part, the units queued again or finished after the book was."""
    if completed_at is None or unit.state in (UnitState.WAITING, UnitState.PENDING, UnitState.RUNNING):
        return True
    return unit.started_at is not None and (unit.finished_at is None or unit.finished_at > completed_at)


def percent_done(elapsed: float, left: float) -> int:
    """How far a making is by time, not by units: the time spent over the time spent and the time
    left (so the bar moves through a long unit such as the PDF); 99 at most until it is done."""
    if elapsed <= 0:
        return 0
    return min(99, int(100 * elapsed / (elapsed + max(0.0, left))))
