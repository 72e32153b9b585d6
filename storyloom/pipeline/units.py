"""Work units in the database: planning, claiming by lease, completing, retrying and failing.

Every state change is one conditional UPDATE, so two workers (or a worker and the reaper) can never
both win the same transition. The queue only carries unit ids; the rows are the truth.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit, utcnow
from storyloom.db.session import rows_changed
from storyloom.db.stories import find_story

# What each kind of unit needs done first. A unit waits until every unit of these kinds is done (a
# kind with no units counts as done: a book has page-text units only once a page is written again).
DEPENDENCIES: dict[UnitKind, tuple[UnitKind, ...]] = {
    UnitKind.TEXT: (),
    UnitKind.PAGE_TEXT: (UnitKind.TEXT,),
    UnitKind.CHARACTER: (UnitKind.TEXT,),
    UnitKind.COVER: (UnitKind.TEXT, UnitKind.CHARACTER),
    UnitKind.PAGE_IMAGE: (UnitKind.TEXT, UnitKind.CHARACTER, UnitKind.PAGE_TEXT),
    UnitKind.PAGE_AUDIO: (UnitKind.TEXT, UnitKind.PAGE_TEXT),
    UnitKind.BOOK_AUDIO: (UnitKind.PAGE_AUDIO, UnitKind.COVER),  # the cover goes into the MP3's tags
    # The PDFs (and the print-size pictures drawn with them) come after the book is readable:
    # every picture at screen size and every page's narration.
    UnitKind.PDF: (
        UnitKind.TEXT,
        UnitKind.COVER,
        UnitKind.PAGE_IMAGE,
        UnitKind.PAGE_TEXT,
        UnitKind.PAGE_AUDIO,
    ),
    # Publishing waits for the whole book (narration included), so the story is COMPLETE when it runs.
    UnitKind.PUBLISH: (
        UnitKind.TEXT,
        UnitKind.CHARACTER,
        UnitKind.COVER,
        UnitKind.PAGE_IMAGE,
        UnitKind.PAGE_AUDIO,
        UnitKind.BOOK_AUDIO,
        UnitKind.PAGE_TEXT,
        UnitKind.PDF,
    ),
    # A printed copy is sent to the print service once its interior (the print PDF) and cover exist.
    UnitKind.PRINT_JOB: (
        UnitKind.TEXT,
        UnitKind.COVER,
        UnitKind.PAGE_IMAGE,
        UnitKind.PAGE_TEXT,
        UnitKind.PDF,
    ),
}


# The pictures that are drawn from the character sheets, when the image provider takes them as
# references; a provider that draws from the character bible alone (the built-in one) need not wait.
DRAWN_FROM_SHEETS = (UnitKind.COVER, UnitKind.PAGE_IMAGE)


def dependencies(kind: UnitKind, *, sheets_are_references: bool = True) -> tuple[UnitKind, ...]:
    """The kinds `kind` waits for: DEPENDENCIES, less the character sheets for the pictures when the
    image providers do not take the sheets as references."""
    if sheets_are_references or kind not in DRAWN_FROM_SHEETS:
        return DEPENDENCIES[kind]
    return tuple(dependency for dependency in DEPENDENCIES[kind] if dependency != UnitKind.CHARACTER)


# Within one page, the order units are sent to the queues in: its picture before its narration.
RELEASE_ORDER = {kind: position for position, kind in enumerate(UnitKind)}

# What the reader needs to show the whole book; the print-size pictures and the PDFs follow.
READABLE_KINDS = (UnitKind.TEXT, UnitKind.PAGE_TEXT, UnitKind.COVER, UnitKind.PAGE_IMAGE, UnitKind.PAGE_AUDIO)


@dataclass(frozen=True)
class UnitPlan:
    kind: UnitKind
    index: int = 0


def plan_units(*, page_count: int, character_count: int, audio: bool) -> list[UnitPlan]:
    """Every unit one book needs, in the order a person would name them. (Page-text units are not
    planned: pipeline/edits.py makes one when the owner asks for a page to be written again.)"""
    plan = [UnitPlan(UnitKind.TEXT)]
    plan += [UnitPlan(UnitKind.CHARACTER, i) for i in range(1, character_count + 1)]
    plan.append(UnitPlan(UnitKind.COVER))
    plan += [UnitPlan(UnitKind.PAGE_IMAGE, i) for i in range(1, page_count + 1)]
    if audio:
        plan += [UnitPlan(UnitKind.PAGE_AUDIO, i) for i in range(1, page_count + 1)]
        plan.append(UnitPlan(UnitKind.BOOK_AUDIO))
    plan.append(UnitPlan(UnitKind.PDF))
    return plan


def add_units(
    session: Session, story_id: str, plan: Iterable[UnitPlan], *, max_attempts: int
) -> list[WorkUnit]:
    """Insert the planned units: those with no dependencies pending, the rest waiting."""
    units = []
    for item in plan:
        unit = WorkUnit(
            story_id=story_id,
            kind=item.kind,
            index=item.index,
            state=UnitState.WAITING if DEPENDENCIES[item.kind] else UnitState.PENDING,
            max_attempts=max_attempts,
        )
        session.add(unit)
        units.append(unit)
    session.flush()
    return units


def _set(session: Session, conditions: Sequence[ColumnElement[bool]], **values: object) -> bool:
    """One conditional UPDATE of a unit: `values` where every one of `conditions` holds. True only
    for the one caller whose write matched the row."""
    statement = update(WorkUnit).where(*conditions).values(**values)
    return rows_changed(session, statement.execution_options(synchronize_session=False)) == 1


def claim_unit(session: Session, unit_id: str, *, worker: str, lease_seconds: int) -> bool:
    """Take the unit for `worker` until the lease expires. True only for the one caller that won."""
    now = utcnow()
    claimable = [
        WorkUnit.id == unit_id,
        WorkUnit.attempts < WorkUnit.max_attempts,
        or_(
            and_(
                WorkUnit.state == UnitState.PENDING,
                or_(WorkUnit.not_before.is_(None), WorkUnit.not_before <= now),
            ),
            and_(WorkUnit.state == UnitState.RUNNING, WorkUnit.lease_expires_at < now),
        ),
    ]
    return _set(
        session,
        claimable,
        state=UnitState.RUNNING,
        attempts=WorkUnit.attempts + 1,
        leased_by=worker,
        lease_expires_at=now + timedelta(seconds=lease_seconds),
        started_at=now,
        updated_at=now,
    )


def _owned(unit_id: str, worker: str) -> list[ColumnElement[bool]]:
    return [WorkUnit.id == unit_id, WorkUnit.state == UnitState.RUNNING, WorkUnit.leased_by == worker]


def complete_unit(session: Session, unit_id: str, *, worker: str, output: dict[str, object]) -> bool:
    """Mark the unit done, if `worker` still holds its lease."""
    now = utcnow()
    return _set(
        session,
        _owned(unit_id, worker),
        state=UnitState.DONE,
        output=output,
        lease_expires_at=None,
        finished_at=now,
        updated_at=now,
        error_code=None,
        error_message=None,
    )


def backoff_seconds(attempt: int, *, base: float, cap: float, retry_after: float | None = None) -> float:
    """Exponential back-off with full jitter, never shorter than the provider's Retry-After."""
    delay = random.uniform(base / 2, max(base / 2, min(cap, base * (2 ** max(0, attempt - 1)))))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


def reschedule_unit(
    session: Session, unit_id: str, *, worker: str, delay: float, code: str, message: str
) -> datetime | None:
    """Put the unit back to pending after a retryable failure; returns when it may run again."""
    return _pending_again(
        session, unit_id, worker=worker, delay=delay, error_code=code, error_message=message
    )


def _hand_back(
    session: Session, unit_id: str, *, worker: str, delay: float, **values: object
) -> datetime | None:
    """Pending again after `delay`, unrun: the attempt it was claimed with is given back."""
    return _pending_again(
        session, unit_id, worker=worker, delay=delay, attempts=WorkUnit.attempts - 1, **values
    )


def _pending_again(
    session: Session, unit_id: str, *, worker: str, delay: float, **values: object
) -> datetime | None:
    """Pending again after `delay`, if `worker` still holds the lease; when it may run again."""
    now = utcnow()
    not_before = now + timedelta(seconds=delay)
    changed = _set(
        session,
        _owned(unit_id, worker),
        state=UnitState.PENDING,
        not_before=not_before,
        lease_expires_at=None,
        updated_at=now,
        **values,
    )
    return not_before if changed else None


def defer_unit(session: Session, unit_id: str, *, worker: str, delay: float) -> datetime | None:
    """Hand the unit back unrun (no provider slot came free): pending again after `delay`."""
    return _hand_back(session, unit_id, worker=worker, delay=delay)


def park_unit(session: Session, unit_id: str, *, worker: str, delay: float, note: str) -> datetime | None:
    """Hand the unit back while a provider works on its job elsewhere: pending until the job's
    callback wakes it (or `delay` passes and it polls)."""
    return _hand_back(
        session, unit_id, worker=worker, delay=delay, error_code="AWAITING_PROVIDER", error_message=note
    )


def fail_unit(session: Session, unit_id: str, *, worker: str | None, code: str, message: str) -> bool:
    """Fail the unit for good (a terminal error, or the retry limit reached)."""
    now = utcnow()
    conditions = [WorkUnit.id == unit_id, WorkUnit.state.in_((UnitState.RUNNING, UnitState.PENDING))]
    if worker is not None:
        conditions.append(WorkUnit.leased_by == worker)
    return _set(
        session,
        conditions,
        state=UnitState.FAILED,
        lease_expires_at=None,
        finished_at=now,
        updated_at=now,
        error_code=code,
        error_message=message,
    )


def release_ready_units(session: Session, story_id: str, *, sheets_are_references: bool = True) -> list[str]:
    """Move waiting units whose dependencies are all done to pending; returns their ids to enqueue,
    the book's front first (the cover, then page 1's picture and narration, then page 2's...): the
    queues serve equal priorities in the order they were sent, so the reader gets page 1 first.

    The character sheets go before every picture when the pictures are drawn from them; otherwise
    the pictures do not wait for them (`sheets_are_references` False) and they go last: the reader
    does not show them. A caller that cannot tell passes nothing: waiting for the sheets is never
    wrong, only slower."""
    counts = _state_counts_by_kind(session, story_id)
    released = []
    waiting = session.scalars(
        select(WorkUnit).where(WorkUnit.story_id == story_id, WorkUnit.state == UnitState.WAITING)
    ).all()
    sheets_rank = 0 if sheets_are_references else 2

    def order(unit: WorkUnit) -> tuple[int, int, int]:
        rank = sheets_rank if unit.kind == UnitKind.CHARACTER else 1
        return rank, unit.index, RELEASE_ORDER[unit.kind]

    for unit in sorted(waiting, key=order):
        needed = dependencies(unit.kind, sheets_are_references=sheets_are_references)
        if all(_kind_done(counts, dependency) for dependency in needed):
            waiting_still = [WorkUnit.id == unit.id, WorkUnit.state == UnitState.WAITING]
            if _set(session, waiting_still, state=UnitState.PENDING, updated_at=utcnow()):
                released.append(unit.id)
    return released


def new_unit(
    story_id: str, kind: UnitKind, max_attempts: int, *, index: int = 0, state: UnitState = UnitState.WAITING
) -> WorkUnit:
    """A work unit added to a book after it started (its publish, a printed copy): waiting for its
    dependencies unless `state` says otherwise."""
    return WorkUnit(story_id=story_id, kind=kind, index=index, state=state, max_attempts=max_attempts)


def release_to_enqueue(
    session: Session, story_id: str, *, sheets_are_references: bool = True
) -> list[tuple[UnitKind, str]]:
    """`release_ready_units` with each released unit's kind, in the same order: what to enqueue."""
    released = release_ready_units(session, story_id, sheets_are_references=sheets_are_references)
    if not released:
        return []
    kinds = dict(session.execute(select(WorkUnit.id, WorkUnit.kind).where(WorkUnit.id.in_(released))).all())
    return [(kinds[unit_id], unit_id) for unit_id in released]


def _state_counts_by_kind(session: Session, story_id: str) -> dict[UnitKind, dict[UnitState, int]]:
    rows = session.execute(
        select(WorkUnit.kind, WorkUnit.state, func.count())
        .where(WorkUnit.story_id == story_id)
        .group_by(WorkUnit.kind, WorkUnit.state)
    ).all()
    counts: dict[UnitKind, dict[UnitState, int]] = {}
    for kind, state, count in rows:
        counts.setdefault(kind, {})[state] = count
    return counts


def _kind_done(counts: dict[UnitKind, dict[UnitState, int]], kind: UnitKind) -> bool:
    states = counts.get(kind, {})
    return all(state == UnitState.DONE for state in states)


def story_units(session: Session, story_id: str) -> Sequence[WorkUnit]:
    return session.scalars(
        select(WorkUnit).where(WorkUnit.story_id == story_id).order_by(WorkUnit.created_at, WorkUnit.index)
    ).all()


def settle_story(session: Session, story_id: str) -> StoryStatus | None:
    """Close the story when its units allow: ERROR if one failed for good, COMPLETE when all are done.

    Returns the new status, or None while the book is still being made (or was already closed).
    """
    # A printed copy's unit is the shop's order, not the book: it neither holds the book back nor fails it.
    units = [u for u in story_units(session, story_id) if u.kind != UnitKind.PRINT_JOB]
    failed = [u for u in units if u.state == UnitState.FAILED]
    now = utcnow()
    if failed:
        first = failed[0]
        message = f"{first.label} failed: {first.error_message or 'unknown error'}"
        closed = _close_story(
            session,
            story_id,
            status=StoryStatus.ERROR,
            error_code=first.error_code,
            error_message=message,
            updated_at=now,
        )
        return StoryStatus.ERROR if closed else None
    book_units = [u for u in units if u.kind != UnitKind.PUBLISH]
    if book_units and all(u.state == UnitState.DONE for u in book_units):
        values = _assets_from_units(book_units)
        story = find_story(session, story_id)
        if story is not None and story.started_at is not None:
            values["generation_time"] = int((now - story.started_at).total_seconds())
        closed = _close_story(
            session,
            story_id,
            status=StoryStatus.COMPLETE,
            completed_at=now,
            updated_at=now,
            error_code=None,
            error_message=None,
            **values,
        )
        return StoryStatus.COMPLETE if closed else None
    _show_when_readable(session, story_id, book_units)
    return None


def _close_story(session: Session, story_id: str, **values: object) -> bool:
    """Set `values` on the story if it is still being made (one conditional UPDATE)."""
    statement = (
        update(Story)
        .where(Story.id == story_id, Story.status == StoryStatus.GENERATING)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(session, statement) == 1


def _show_when_readable(session: Session, story_id: str, units: Sequence[WorkUnit]) -> None:
    """A book made for the first time gets each picture and narration in its columns as soon as it
    is done (None for those still being made), so the reader can show page 1 while the other pages
    are drawn, and the whole book while the print files are made."""
    readable = [u for u in units if u.kind in READABLE_KINDS]
    if not any(u.kind == UnitKind.TEXT and u.state == UnitState.DONE for u in readable):
        return
    done = [u for u in readable if u.state == UnitState.DONE and u.output is not None]
    pictures = {u.index: u.output.get("key") for u in done if u.kind == UnitKind.PAGE_IMAGE}
    voices = {u.index: u for u in done if u.kind == UnitKind.PAGE_AUDIO}
    page_count = sum(1 for u in readable if u.kind == UnitKind.PAGE_IMAGE)
    audio_count = sum(1 for u in readable if u.kind == UnitKind.PAGE_AUDIO)
    values: dict[str, object] = {"images": [pictures.get(n) for n in range(1, page_count + 1)]}
    values["audio_files"] = [
        {
            "audio": voices[n].output.get("key"),
            "timings": voices[n].output.get("timings_key"),
            "duration_ms": voices[n].output.get("duration_ms"),
        }
        if n in voices
        else None
        for n in range(1, audio_count + 1)
    ] or None
    values["cover_image"] = next((u.output.get("key") for u in done if u.kind == UnitKind.COVER), None)
    session.execute(
        update(Story)
        .where(Story.id == story_id, Story.status == StoryStatus.GENERATING, Story.completed_at.is_(None))
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def _assets_from_units(units: Sequence[WorkUnit]) -> dict[str, object]:
    """The story's asset columns, derived once from the units' outputs (one writer, no lost updates)."""
    pages = sorted((u for u in units if u.kind == UnitKind.PAGE_IMAGE), key=lambda u: u.index)
    audio = sorted((u for u in units if u.kind == UnitKind.PAGE_AUDIO), key=lambda u: u.index)
    values: dict[str, object] = {"images": [u.output.get("key") for u in pages]}
    values["audio_files"] = [
        {
            "audio": u.output.get("key"),
            "timings": u.output.get("timings_key"),
            "duration_ms": u.output.get("duration_ms"),
        }
        for u in audio
    ] or None
    for unit in units:
        if unit.kind == UnitKind.COVER:
            values["cover_image"] = unit.output.get("key")
        elif unit.kind == UnitKind.PDF:
            values["pdf_url"] = unit.output.get("print_key")
            values["screen_pdf_url"] = unit.output.get("screen_key")
        elif unit.kind == UnitKind.BOOK_AUDIO:
            values["book_audio_url"] = unit.output.get("key")
    return values
