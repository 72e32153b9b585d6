"""The reaper: finds work the queue lost (a worker killed mid-unit, a message never sent) and
puts it back. Every worker process runs one; each change is a conditional UPDATE, so many reapers
are as safe as one."""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

import structlog
from sqlalchemy import and_, or_, select, update

from storyloom.db.models import Story, StoryStatus, UnitState, WorkUnit, utcnow
from storyloom.db.session import rows_changed
from storyloom.db.stories import lock_story
from storyloom.pipeline.stages import sheets_are_references
from storyloom.pipeline.units import fail_unit, release_ready_units, settle_story

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

log = structlog.get_logger(__name__)


@dataclass
class ReapReport:
    expired: int = 0
    requeued: int = 0
    failed: int = 0
    released: int = 0
    settled: int = 0


def reap(runtime: Runtime, *, story_id: str | None = None) -> ReapReport:
    """One pass: expired leases back to pending (or failed at the retry limit), stale pending units
    enqueued again, waiting units released, finished stories settled; only `story_id`'s when given."""
    report = ReapReport()
    mine = (WorkUnit.story_id == story_id,) if story_id is not None else ()
    now = utcnow()
    stale = now - timedelta(seconds=runtime.settings.limits.lease_seconds)
    to_enqueue = []
    with runtime.session() as session:
        expired = session.scalars(
            select(WorkUnit).where(
                WorkUnit.state == UnitState.RUNNING, WorkUnit.lease_expires_at < now, *mine
            )
        ).all()
        for unit in expired:
            if unit.attempts >= unit.max_attempts:
                if fail_unit(
                    session,
                    unit.id,
                    worker=unit.leased_by,
                    code="LEASE_EXPIRED",
                    message=f"the worker stopped {unit.attempts} times while making it",
                ):
                    report.failed += 1
                continue
            reset = rows_changed(
                session,
                update(WorkUnit)
                .where(
                    WorkUnit.id == unit.id,
                    WorkUnit.state == UnitState.RUNNING,
                    WorkUnit.lease_expires_at < now,
                )
                .values(state=UnitState.PENDING, lease_expires_at=None, not_before=None, updated_at=now)
                .execution_options(synchronize_session=False),
            )
            if reset == 1:
                report.expired += 1
                to_enqueue.append((unit.kind, unit.id))
        forgotten = session.scalars(
            select(WorkUnit).where(
                WorkUnit.state == UnitState.PENDING,
                WorkUnit.updated_at < stale,
                or_(WorkUnit.not_before.is_(None), and_(WorkUnit.not_before < stale)),
                *mine,
            )
        ).all()
        for unit in forgotten:
            unit.updated_at = now
            to_enqueue.append((unit.kind, unit.id))
            report.requeued += 1
        books = select(Story.id).where(Story.status == StoryStatus.GENERATING)
        if story_id is not None:
            books = books.where(Story.id == story_id)
        generating = session.scalars(books).all()
    changed: set[str] = set()
    references = sheets_are_references(runtime)
    for book_id in generating:
        # One short transaction per book, its row locked first, reading what other workers committed.
        with runtime.session() as session:
            lock_story(session, book_id)
            released = release_ready_units(session, book_id, sheets_are_references=references)
            if released:
                kinds = {
                    u.id: u.kind for u in session.scalars(select(WorkUnit).where(WorkUnit.id.in_(released)))
                }
                to_enqueue += [(kinds[i], i) for i in released]
                report.released += len(released)
                changed.add(book_id)
            if settle_story(session, book_id) is not None:
                report.settled += 1
                changed.add(book_id)
    for kind, unit_id in to_enqueue:
        runtime.queues.enqueue(kind, unit_id)
    for book_id in changed:
        runtime.invalidate_story(book_id)
    if report.expired or report.requeued or report.failed or report.released or report.settled:
        log.info("reaper pass", **report.__dict__)
    return report


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reclaim_dead_local(runtime: Runtime) -> int:
    """At start-up: end at once the leases held by processes of this machine that are gone (a crash,
    then a restart), so their units run again now rather than when the lease would run out. Leases
    are named host:pid:thread (executor.worker_name); a pid that is alive, or reused, is left to its
    lease. Returns how many units were freed."""
    prefix = f"{socket.gethostname()}:"
    with runtime.session() as session:
        held = session.execute(
            select(WorkUnit.id, WorkUnit.leased_by).where(
                WorkUnit.state == UnitState.RUNNING, WorkUnit.leased_by.startswith(prefix)
            )
        ).all()
        dead = []
        for unit_id, leased_by in held:
            pid = (leased_by or "").removeprefix(prefix).split(":", 1)[0]
            if pid.isdigit() and not _process_alive(int(pid)):
                dead.append(unit_id)
        if dead:
            session.execute(
                update(WorkUnit)
                .where(WorkUnit.id.in_(dead), WorkUnit.state == UnitState.RUNNING)
                .values(lease_expires_at=utcnow() - timedelta(seconds=1))
                .execution_options(synchronize_session=False)
            )
    if dead:
        log.info("reclaimed the units of stopped processes", units=len(dead))
    return len(dead)


class ReaperThread(threading.Thread):
    """Runs `reap` every REAPER_INTERVAL_SECONDS until stopped (for one book only, with `story_id`)."""

    def __init__(self, runtime: Runtime, *, story_id: str | None = None) -> None:
        super().__init__(name="storyloom-reaper", daemon=True)
        self.runtime = runtime
        self.story_id = story_id
        self._stop_event = threading.Event()

    def run(self) -> None:
        try:
            if reclaim_dead_local(self.runtime):
                reap(self.runtime)
        except Exception:
            log.exception("could not reclaim the units of this machine's stopped processes")
        interval = self.runtime.settings.limits.reaper_interval_seconds
        while not self._stop_event.wait(interval):
            try:
                reap(self.runtime, story_id=self.story_id)
                if self.story_id is None:
                    # the runtime's sweeps (Shopify webhooks, print jobs: storyloom.startup); a
                    # one-book reaper (`storyloom generate`) runs none, so never imports Shopify
                    for sweep in self.runtime.sweeps:
                        sweep(self.runtime)
            except Exception:
                log.exception("reaper pass failed; trying again next interval")

    def stop(self) -> None:
        self._stop_event.set()
