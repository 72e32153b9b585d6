"""Provider calls that run as jobs: submitted once, finished later, announced by a callback.

Some services (Replicate, for one) answer a request with a job id and do the work afterwards. Inside
the pipeline such a call must neither hold a worker while the service draws nor be paid for twice:

- the adapter submits the job with a callback URL and the pipeline's `JobLedger` remembers it under a
  key made from the request, then the adapter raises `AwaitingProvider`; the executor parks the unit
  (pending, its attempt given back) and the worker moves on;
- `POST /api/webhooks/generation` stores what the service reports and wakes the unit at once; with
  no public address for callbacks (or a callback lost on the way) the parked unit wakes on a timer
  and polls the job instead;
- run again, the unit asks the same adapter for the same picture: the ledger finds the job, and the
  adapter collects the result instead of submitting again (a worker killed after submitting, too).

Outside the pipeline (a command or a test calling the adapter directly) there is no ledger, and
`run_job` waits for the job by polling, within the provider timeout.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol, runtime_checkable

from storyloom.errors import ProviderError, ProviderTimeoutError, UnitDeferred

JobStatus = Literal["running", "succeeded", "failed", "canceled"]
TERMINAL: frozenset[str] = frozenset({"succeeded", "failed", "canceled"})


@dataclass(frozen=True)
class JobState:
    """What the service says of a job: its id there, where it stands, and its answer as sent."""

    external_id: str
    status: JobStatus
    payload: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in TERMINAL


@dataclass(frozen=True)
class LedgerEntry:
    """A job the ledger remembers for one unit: our id for it (the callback names it), the service's
    id, and the last state reported by callback or poll."""

    id: str
    provider: str
    call_key: str
    state: JobState
    submitted_at: datetime
    deadline: datetime
    callback_received: bool = False


class JobLedger(Protocol):
    """Where a unit's jobs are remembered between runs (the pipeline keeps them in the database)."""

    def find(self, provider: str, call_key: str) -> LedgerEntry | None: ...

    def new_job(self) -> tuple[str, str | None]:
        """A fresh job id and the callback URL that names it (None when callbacks cannot reach us)."""
        ...

    def submitted(self, job_id: str, provider: str, call_key: str, state: JobState) -> LedgerEntry: ...

    def update(self, entry: LedgerEntry, state: JobState) -> None: ...

    def forget(self, entry: LedgerEntry) -> None:
        """The job failed, expired or its output is gone: the next run submits a new one."""
        ...

    def poll_after(self, entry: LedgerEntry) -> float:
        """Seconds until a parked unit polls its job when no callback has come."""
        ...


class AwaitingProvider(UnitDeferred):
    """The job is submitted and still running: park the unit until the callback (or the poll timer).

    Deliberately not a ProviderError: nothing failed, and no retry budget is spent.
    """

    def __init__(self, provider: str, job_id: str, external_id: str, poll_after: float) -> None:
        super().__init__(f"waiting for {provider} to finish job {external_id}")
        self.provider = provider
        self.job_id = job_id
        self.external_id = external_id
        self.poll_after = poll_after


@runtime_checkable
class CallbackProvider(Protocol):
    """A provider whose jobs report back to `POST /api/webhooks/generation`."""

    @property
    def name(self) -> str: ...

    def read_callback(self, headers: Mapping[str, str], body: bytes) -> JobState:
        """Verify the callback came from the service and read the job state from it."""
        ...


_ledger: ContextVar[JobLedger | None] = ContextVar("storyloom_job_ledger", default=None)


def current_ledger() -> JobLedger | None:
    return _ledger.get()


@contextmanager
def using_ledger(ledger: JobLedger) -> Iterator[None]:
    """Provider calls made inside this block remember their jobs in `ledger`."""
    token = _ledger.set(ledger)
    try:
        yield
    finally:
        _ledger.reset(token)


def call_key(*parts: Any) -> str:
    """A stable key for one request: the same prompt, seed, size and references give the same key."""
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, bytes):
            digest.update(hashlib.sha256(part).digest())
        else:
            digest.update(json.dumps(part, sort_keys=True, default=str).encode())
        digest.update(b"\x1f")
    return digest.hexdigest()[:40]


@dataclass
class JobCalls:
    """How to talk to one service about its jobs."""

    submit: Callable[[str | None], JobState]  # given the callback URL (or None)
    poll: Callable[[str], JobState]  # given the service's job id
    cancel: Callable[[str], None]


def run_job(
    provider: str,
    key: str,
    calls: JobCalls,
    *,
    timeout: float,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[JobState, LedgerEntry | None]:
    """Drive one job to its end, or park the unit while it runs.

    Returns the finished state (succeeded, failed or canceled) and its ledger entry; raises
    AwaitingProvider while the job runs under a ledger, ProviderTimeoutError when it outlives
    `timeout` (the job is cancelled). The caller turns a failed state into the matching error and
    calls `ledger.forget(entry)` so the next attempt starts over.
    """
    ledger = current_ledger()
    if ledger is None:
        return _wait_inline(provider, calls, timeout=timeout, sleep=sleep), None
    entry = ledger.find(provider, key)
    if entry is None:
        job_id, callback_url = ledger.new_job()
        state = calls.submit(callback_url)
        entry = ledger.submitted(job_id, provider, key, state)
    elif not entry.state.finished:
        state = calls.poll(entry.state.external_id)
        if state != entry.state:
            ledger.update(entry, state)
    else:
        state = entry.state
    if state.finished:
        return state, entry
    if datetime.now(entry.deadline.tzinfo) >= entry.deadline:
        _cancel_quietly(calls, state.external_id)
        ledger.forget(entry)
        raise ProviderTimeoutError(
            f"{provider} did not finish job {state.external_id} within {int(timeout)} s; it was cancelled",
            provider=provider,
        )
    raise AwaitingProvider(provider, entry.id, state.external_id, ledger.poll_after(entry))


def _wait_inline(
    provider: str, calls: JobCalls, *, timeout: float, sleep: Callable[[float], None]
) -> JobState:
    started = time.monotonic()
    state = calls.submit(None)
    interval = 0.5
    while not state.finished:
        if time.monotonic() - started >= timeout:
            _cancel_quietly(calls, state.external_id)
            raise ProviderTimeoutError(
                f"{provider} did not finish job {state.external_id} within {int(timeout)} s; "
                "it was cancelled",
                provider=provider,
            )
        sleep(interval)
        interval = min(interval * 1.5, 5.0)
        state = calls.poll(state.external_id)
    return state


def _cancel_quietly(calls: JobCalls, external_id: str) -> None:
    """Cancel a job we gave up on; if the service cannot be told, it ends the job on its own."""
    with contextlib.suppress(ProviderError):  # best effort: the timeout is what the caller reports
        calls.cancel(external_id)
