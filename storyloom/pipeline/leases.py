"""What a worker process holds while it works: the leases of the units it runs and the provider slots
they use. One lease keeper thread per process renews both every third of LEASE_SECONDS, so a unit
that takes longer than its lease (or waits for a slot) is never reaped while its worker lives, and a
killed worker's leases and slots expire within LEASE_SECONDS.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING

import structlog
from sqlalchemy import update

from storyloom.db.models import UnitState, WorkUnit, utcnow
from storyloom.db.session import rows_changed
from storyloom.pipeline.ratelimit import RateLimiter, make_rate_limiter

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

log = structlog.get_logger(__name__)


def extend_leases(runtime: Runtime, held: list[tuple[str, str]]) -> int:
    """Push back the lease of every (unit, worker) still running under that worker; returns how many."""
    if not held:
        return 0
    seconds = runtime.settings.limits.lease_seconds
    extended = 0
    with runtime.session() as session:
        expires = utcnow() + timedelta(seconds=seconds)
        for unit_id, worker in held:
            changed = rows_changed(
                session,
                update(WorkUnit)
                .where(
                    WorkUnit.id == unit_id, WorkUnit.state == UnitState.RUNNING, WorkUnit.leased_by == worker
                )
                .values(lease_expires_at=expires)
                .execution_options(synchronize_session=False),
            )
            extended += changed
    return extended


class LeaseKeeper:
    """Renews this process's unit leases and provider slots until the process ends."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.limiter: RateLimiter = make_rate_limiter(runtime)
        self._units: dict[str, str] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @contextmanager
    def holding(self, unit_id: str, worker: str) -> Iterator[None]:
        """Keep `unit_id`'s lease (held by `worker`) alive for the block."""
        self._start()
        with self._lock:
            self._units[unit_id] = worker
        try:
            yield
        finally:
            with self._lock:
                self._units.pop(unit_id, None)

    def renew_now(self) -> None:
        with self._lock:
            units = list(self._units.items())
        extend_leases(self.runtime, units)
        self.limiter.renew()

    def _start(self) -> None:
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="storyloom-lease-keeper", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        interval = max(0.2, self.runtime.settings.limits.lease_seconds / 3)
        while not self._stop.wait(interval):
            try:
                self.renew_now()
            except Exception:
                log.exception("could not renew leases; trying again")

    def stop(self) -> None:
        self._stop.set()


_keepers: weakref.WeakKeyDictionary[Runtime, LeaseKeeper] = weakref.WeakKeyDictionary()
_keepers_lock = threading.Lock()


def lease_keeper(runtime: Runtime) -> LeaseKeeper:
    """The runtime's lease keeper (and through it, its rate limiter), made on first use."""
    with _keepers_lock:
        keeper = _keepers.get(runtime)
        if keeper is None:
            keeper = LeaseKeeper(runtime)
            _keepers[runtime] = keeper
        return keeper


def stop_lease_keeper(runtime: Runtime) -> None:
    with _keepers_lock:
        keeper = _keepers.pop(runtime, None)
    if keeper is not None:
        keeper.stop()
