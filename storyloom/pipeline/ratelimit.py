"""Per-provider limits shared by every worker process: at most N calls in flight and at most M call
starts in any sliding window (a minute by default), enforced through Redis when REDIS_URL is set and
through the database otherwise, never per process.

A call takes a slot before it reaches the provider and gives it back when it returns. A slot is held
under a short expiry that the process's lease keeper renews, so a killed worker's slots free
themselves. Waiting for a slot holds no database transaction open: each try is one short transaction
(or one Redis script), and between tries the caller sleeps.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

import redis
from sqlalchemy import Column, MetaData, String, Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from storyloom.db.models import UTCDateTime, utcnow
from storyloom.db.session import rows_changed
from storyloom.errors import UnitDeferred
from storyloom.ids import new_id

if TYPE_CHECKING:
    from storyloom.config import LimitSettings
    from storyloom.runtime import Runtime

POLL_SECONDS = 0.05
# A call reaches its provider a little after its slot is granted (a commit, a return, a connection),
# and not always equally late; windows are counted this much wider, so the provider never sees more.
WINDOW_MARGIN_SECONDS = 0.1
MAX_POLL_SECONDS = 0.2

_metadata = MetaData()
limiters_table = Table(
    "provider_limiters",
    _metadata,
    Column("name", String(120), primary_key=True),
    Column("touched_at", UTCDateTime),
)
calls_table = Table(
    "provider_calls",
    _metadata,
    Column("id", String(32), primary_key=True),
    Column("limiter", String(120), nullable=False),
    Column("holder", String(64), nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime),
)


class SlotUnavailable(UnitDeferred):
    """No slot came free within RATE_LIMIT_MAX_WAIT_SECONDS; the unit goes back to wait, its attempt
    not counted."""

    def __init__(self, limiter: str, retry_in: float) -> None:
        super().__init__(f"no free slot for {limiter} yet; trying again in {retry_in:.1f} s")
        self.limiter = limiter
        self.retry_in = retry_in


@dataclass(frozen=True)
class ProviderLimit:
    """At most `concurrent` calls in flight and `per_window` starts per `window_seconds` (0: no bound)."""

    concurrent: int = 0
    per_window: int = 0
    window_seconds: float = 60.0

    @property
    def unlimited(self) -> bool:
        return self.concurrent <= 0 and self.per_window <= 0


def limit_for(limits: LimitSettings, kind: str) -> ProviderLimit:
    """The limit the settings give each provider of `kind` (text, image or speech)."""
    return ProviderLimit(
        concurrent=getattr(limits, f"{kind}_max_concurrent"),
        per_window=getattr(limits, f"{kind}_requests_per_minute"),
        window_seconds=limits.rate_limit_window_seconds,
    )


class SlotBackend(Protocol):
    def try_acquire(self, name: str, limit: ProviderLimit, holder: str, ttl: float) -> float | None:
        """Take a slot for `holder`; None when taken, else how long to wait before trying again."""
        ...

    def release(self, name: str, holder: str) -> None: ...

    def renew(self, slots: list[tuple[str, str]], ttl: float) -> None: ...


class DatabaseSlots:
    """Slots as rows: one lock row per limiter serialises the check-and-take of every process."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def try_acquire(self, name: str, limit: ProviderLimit, holder: str, ttl: float) -> float | None:
        for _ in range(3):
            try:
                return self._try_once(name, limit, holder, ttl)
            except IntegrityError:
                continue  # two processes created the lock row at once; the row exists now
        return POLL_SECONDS

    def _try_once(self, name: str, limit: ProviderLimit, holder: str, ttl: float) -> float | None:
        with self.runtime.session() as session:
            # The first statement is a write, so SQLite takes its write lock before reading anything
            # and PostgreSQL locks the limiter's row: the counts below cannot change under us. The
            # clock is read only once the lock is ours, so waiting for it never back-dates a call.
            locked = rows_changed(
                session,
                update(limiters_table).where(limiters_table.c.name == name).values(touched_at=utcnow()),
            )
            if locked == 0:
                session.execute(insert(limiters_table).values(name=name, touched_at=utcnow()))
            now = utcnow()
            window_start = now - timedelta(seconds=limit.window_seconds + WINDOW_MARGIN_SECONDS)
            calls = calls_table.c
            session.execute(
                delete(calls_table).where(
                    calls.limiter == name,
                    calls.started_at < window_start,
                    (calls.expires_at.is_(None)) | (calls.expires_at < now),
                )
            )
            in_flight = session.scalar(
                select(func.count()).where(calls.limiter == name, calls.expires_at > now)
            )
            if limit.concurrent > 0 and (in_flight or 0) >= limit.concurrent:
                return POLL_SECONDS
            if limit.per_window > 0:
                recent = session.scalar(
                    select(func.count()).where(calls.limiter == name, calls.started_at > window_start)
                )
                if (recent or 0) >= limit.per_window:
                    oldest = session.scalar(
                        select(func.min(calls.started_at)).where(
                            calls.limiter == name, calls.started_at > window_start
                        )
                    )
                    span = timedelta(seconds=limit.window_seconds + WINDOW_MARGIN_SECONDS)
                    free_at = oldest + span if oldest else now
                    return max(POLL_SECONDS, (free_at - now).total_seconds())
            session.execute(
                insert(calls_table).values(
                    id=new_id(),
                    limiter=name,
                    holder=holder,
                    started_at=now,
                    expires_at=now + timedelta(seconds=ttl),
                )
            )
        return None

    def release(self, name: str, holder: str) -> None:
        with self.runtime.session() as session:
            session.execute(
                update(calls_table)
                .where(calls_table.c.limiter == name, calls_table.c.holder == holder)
                .values(expires_at=None)
            )

    def renew(self, slots: list[tuple[str, str]], ttl: float) -> None:
        if not slots:
            return
        expires = utcnow() + timedelta(seconds=ttl)
        with self.runtime.session() as session:
            session.execute(
                update(calls_table)
                .where(
                    calls_table.c.holder.in_([holder for _, holder in slots]),
                    calls_table.c.expires_at.is_not(None),
                )
                .values(expires_at=expires)
            )


# KEYS: in-flight set (holder -> expiry ms), starts set (holder -> start ms).
# ARGV: concurrent, per_window, window ms, ttl ms, holder. Returns {1, 0} or {0, wait ms}.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local concurrent, per_window = tonumber(ARGV[1]), tonumber(ARGV[2])
local window, ttl = tonumber(ARGV[3]), tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
if concurrent > 0 and redis.call('ZCARD', KEYS[1]) >= concurrent then
  return {0, 50}
end
if per_window > 0 and redis.call('ZCARD', KEYS[2]) >= per_window then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return {0, math.max(50, tonumber(oldest[2]) + window - now)}
end
redis.call('ZADD', KEYS[1], now + ttl, ARGV[5])
redis.call('ZADD', KEYS[2], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], ttl + window)
redis.call('PEXPIRE', KEYS[2], ttl + window)
return {1, 0}
"""

_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[2])
return 1
"""


class RedisSlots:
    """Slots in two sorted sets per limiter, taken by one Lua script on Redis's own clock."""

    def __init__(self, url: str, prefix: str) -> None:
        self.client = redis.Redis.from_url(url)
        self.prefix = prefix
        self._acquire = self.client.register_script(_ACQUIRE)
        self._renew = self.client.register_script(_RENEW)

    def _keys(self, name: str) -> list[str]:
        return [f"{self.prefix}:limit:{name}:inflight", f"{self.prefix}:limit:{name}:starts"]

    def try_acquire(self, name: str, limit: ProviderLimit, holder: str, ttl: float) -> float | None:
        args: list[str | int] = [
            limit.concurrent,
            limit.per_window,
            int((limit.window_seconds + WINDOW_MARGIN_SECONDS) * 1000),
            int(ttl * 1000),
            holder,
        ]
        taken, wait_ms = self._acquire(keys=self._keys(name), args=args)
        return None if int(taken) == 1 else int(wait_ms) / 1000

    def release(self, name: str, holder: str) -> None:
        self.client.zrem(self._keys(name)[0], holder)

    def renew(self, slots: list[tuple[str, str]], ttl: float) -> None:
        for name, holder in slots:
            self._renew(keys=[self._keys(name)[0]], args=[int(ttl * 1000), holder])


class RateLimiter:
    """Hands out provider slots; `slot(kind, provider)` waits for one and gives it back afterwards."""

    def __init__(self, backend: SlotBackend, limits: LimitSettings, *, ttl: float) -> None:
        self.backend = backend
        self.limits = limits
        self.ttl = ttl
        self._held: dict[str, str] = {}  # holder -> limiter name, renewed by the lease keeper
        self._lock = threading.Lock()

    def held(self) -> list[tuple[str, str]]:
        with self._lock:
            return [(name, holder) for holder, name in self._held.items()]

    def renew(self) -> None:
        """Push back the expiry of every slot this process holds (the lease keeper calls it)."""
        self.backend.renew(self.held(), self.ttl)

    @contextmanager
    def slot(self, kind: str, provider: str) -> Iterator[float]:
        """Hold a slot of `provider` (a `kind` provider) for the block; yields the seconds waited.

        Raises SlotUnavailable after RATE_LIMIT_MAX_WAIT_SECONDS without a free slot.
        """
        limit = limit_for(self.limits, kind)
        if limit.unlimited:
            yield 0.0
            return
        name = f"{kind}:{provider}"
        holder = uuid.uuid4().hex
        started = time.monotonic()
        deadline = started + self.limits.rate_limit_max_wait_seconds
        poll = POLL_SECONDS
        while True:
            wait = self.backend.try_acquire(name, limit, holder, self.ttl)
            if wait is None:
                break
            now = time.monotonic()
            if now + min(wait, poll) > deadline:
                raise SlotUnavailable(name, retry_in=max(wait, 1.0))
            # A busy slot is polled ever less often (with jitter, so waiters do not march in step);
            # a full window is waited out until its oldest call leaves it.
            pause = wait if wait > poll else random.uniform(poll / 2, poll)
            time.sleep(min(pause, max(0.0, deadline - now)))
            poll = min(MAX_POLL_SECONDS, poll * 1.5)
        with self._lock:
            self._held[holder] = name
        try:
            yield time.monotonic() - started
        finally:
            with self._lock:
                self._held.pop(holder, None)
            self.backend.release(name, holder)


def make_rate_limiter(runtime: Runtime) -> RateLimiter:
    """Redis slots when REDIS_URL is set, database slots otherwise."""
    storage, limits = runtime.settings.storage, runtime.settings.limits
    backend: SlotBackend
    if storage.redis_url:
        backend = RedisSlots(storage.redis_url, storage.redis_prefix)
    else:
        backend = DatabaseSlots(runtime)
    return RateLimiter(backend, limits, ttl=float(limits.lease_seconds))
