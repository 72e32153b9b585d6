"""Provider jobs in the database: the ledger a unit's asynchronous calls are remembered in, the
callback URL each job is given, and what a callback does (store the job's state, wake its unit).

The flow is described in `storyloom/providers/jobs.py`; the executor parks a unit whose provider
raised `AwaitingProvider` and this module wakes it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import structlog
from sqlalchemy import delete, select, update

from storyloom.db.models import ProviderJob, UnitState, WorkUnit, utcnow
from storyloom.db.session import rows_changed
from storyloom.errors import CallbackRejected, ConfigurationError, NotFoundError, StoryGenerationError
from storyloom.ids import is_id, new_id
from storyloom.providers.jobs import CallbackProvider, JobState, LedgerEntry
from storyloom.providers.registry import provider_class
from storyloom.signatures import signature_matches

if TYPE_CHECKING:
    from storyloom.runtime import ProviderKind, Runtime

log = structlog.get_logger(__name__)

CALLBACK_PATH = "/api/webhooks/generation"


def callback_base_url(runtime: Runtime) -> str:
    """The app's public address for callbacks: PUBLIC_URL, else SHOPIFY_APP_URL, else none."""
    return (runtime.settings.web.public_url or runtime.settings.shopify.app_url).rstrip("/")


def callback_token(secret: str, job_id: str) -> str:
    """What proves a callback URL was made by us for this job (an HMAC of the job id)."""
    return hmac.new(secret.encode(), f"provider-job:{job_id}".encode(), hashlib.sha256).hexdigest()


def _secret(runtime: Runtime) -> str:
    return runtime.secret_key


def _entry(row: ProviderJob) -> LedgerEntry:
    return LedgerEntry(
        id=row.id,
        provider=row.provider,
        call_key=row.call_key,
        state=JobState(
            external_id=row.external_id,
            status=row.status,  # type: ignore[arg-type]
            payload=dict(row.payload or {}),
            error=row.error,
        ),
        submitted_at=row.submitted_at,
        deadline=row.deadline_at,
        callback_received=row.callbacks > 0,
    )


@dataclass
class DatabaseLedger:
    """The jobs of one unit, each write in its own short transaction so a crash loses none."""

    runtime: Runtime
    story_id: str
    unit_id: str

    def find(self, provider: str, call_key: str) -> LedgerEntry | None:
        with self.runtime.session() as session:
            row = session.scalar(
                select(ProviderJob).where(
                    ProviderJob.unit_id == self.unit_id,
                    ProviderJob.provider == provider,
                    ProviderJob.call_key == call_key,
                )
            )
            return _entry(row) if row is not None else None

    def new_job(self) -> tuple[str, str | None]:
        job_id = new_id()
        base = callback_base_url(self.runtime)
        if not base:
            return job_id, None
        query = urlencode({"job": job_id, "token": callback_token(_secret(self.runtime), job_id)})
        return job_id, f"{base}{CALLBACK_PATH}?{query}"

    def submitted(self, job_id: str, provider: str, call_key: str, state: JobState) -> LedgerEntry:
        now = utcnow()
        timeout = self.runtime.settings.limits.provider_job_timeout_seconds
        row = ProviderJob(
            id=job_id,
            unit_id=self.unit_id,
            story_id=self.story_id,
            provider=provider,
            call_key=call_key,
            external_id=state.external_id,
            status=state.status,
            payload=state.payload,
            error=state.error,
            callbacks=0,
            submitted_at=now,
            deadline_at=now + timedelta(seconds=timeout),
            finished_at=now if state.finished else None,
        )
        with self.runtime.session() as session:
            # Replace a job left by an earlier run of this unit under the same key, if any.
            session.execute(
                delete(ProviderJob).where(
                    ProviderJob.unit_id == self.unit_id,
                    ProviderJob.provider == provider,
                    ProviderJob.call_key == call_key,
                )
            )
            session.add(row)
            entry = _entry(row)
        log.info("provider job submitted", provider=provider, job=job_id, external_id=state.external_id)
        return entry

    def update(self, entry: LedgerEntry, state: JobState) -> None:
        with self.runtime.session() as session:
            session.execute(
                update(ProviderJob)
                .where(ProviderJob.id == entry.id, ProviderJob.status == "running")
                .values(
                    status=state.status,
                    payload=state.payload,
                    error=state.error,
                    updated_at=utcnow(),
                    finished_at=utcnow() if state.finished else None,
                )
                .execution_options(synchronize_session=False)
            )

    def forget(self, entry: LedgerEntry) -> None:
        with self.runtime.session() as session:
            session.execute(delete(ProviderJob).where(ProviderJob.id == entry.id))

    def poll_after(self, entry: LedgerEntry) -> float:
        """Soon when nothing will call back; otherwise give the callback time to come first."""
        limits = self.runtime.settings.limits
        if callback_base_url(self.runtime):
            return limits.provider_callback_wait_seconds
        return limits.provider_poll_seconds


@dataclass(frozen=True)
class CallbackResult:
    job_id: str
    status: str
    woke_unit: bool
    duplicate: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "received": True,
            "job": self.job_id,
            "status": self.status,
            "woke_unit": self.woke_unit,
            "duplicate": self.duplicate,
        }


def receive_callback(
    runtime: Runtime, job_id: str, token: str, headers: Mapping[str, str], body: bytes
) -> CallbackResult:
    """A provider reports on one of our jobs: verify it twice (our token in the URL, the provider's
    own signature), store the state it reports, and wake the unit so it collects the result now."""
    if not (is_id(job_id) and signature_matches(callback_token(_secret(runtime), job_id), token)):
        raise NotFoundError("no provider job matches this callback")
    with runtime.session() as session:
        row = session.get(ProviderJob, job_id)
        if row is None:
            raise NotFoundError("no provider job matches this callback")
        provider_name, external_id = row.provider, row.external_id
    provider = _callback_provider(runtime, provider_name)
    try:
        state = provider.read_callback(headers, body)
    except CallbackRejected as exc:
        log.warning("provider callback refused", provider=provider_name, job=job_id, reason=str(exc))
        raise
    if state.external_id != external_id:
        raise CallbackRejected(f"the callback is about job {state.external_id}, not this one")
    now = utcnow()
    with runtime.session() as session:
        row = session.get(ProviderJob, job_id)
        if row is None:  # forgotten meanwhile (the unit gave up on it)
            raise NotFoundError("no provider job matches this callback")
        duplicate = row.status != "running"
        row.callbacks += 1
        row.updated_at = now
        if not duplicate:
            row.status = state.status
            row.payload = state.payload
            row.error = state.error
            row.finished_at = now if state.finished else None
        unit_id, status = row.unit_id, row.status
    woke = False
    if state.finished and not duplicate:
        woke = wake_unit(runtime, unit_id)
    log.info(
        "provider callback", provider=provider_name, job=job_id, status=status, duplicate=duplicate, woke=woke
    )
    return CallbackResult(job_id=job_id, status=status, woke_unit=woke, duplicate=duplicate)


def _callback_provider(runtime: Runtime, name: str) -> CallbackProvider:
    kinds: tuple[ProviderKind, ...] = ("image", "speech", "text")
    kind = next((kind for kind in kinds if _has_callbacks(kind, name)), None)
    if kind is None:
        raise NotFoundError(f"provider {name!r} does not take callbacks")
    try:
        provider = runtime.provider(kind, name)
    except ConfigurationError as exc:
        raise StoryGenerationError(
            f"provider {name!r} is not configured in this process: {exc}",
            code="PROVIDER_NOT_CONFIGURED",
            status=503,
        ) from None
    if not isinstance(provider, CallbackProvider):
        raise NotFoundError(f"provider {name!r} does not take callbacks")
    return provider


def _has_callbacks(kind: str, name: str) -> bool:
    try:
        return hasattr(provider_class(kind, name), "read_callback")
    except KeyError:
        return False


def wake_unit(runtime: Runtime, unit_id: str) -> bool:
    """A parked unit runs now (its job has finished). False when it is not parked: it is running and
    will find the job's state itself, or it is already done."""
    with runtime.session() as session:
        changed = rows_changed(
            session,
            update(WorkUnit)
            .where(WorkUnit.id == unit_id, WorkUnit.state == UnitState.PENDING)
            .values(not_before=utcnow(), updated_at=utcnow())
            .execution_options(synchronize_session=False),
        )
        kind = session.scalar(select(WorkUnit.kind).where(WorkUnit.id == unit_id))
    if changed != 1 or kind is None:
        return False
    runtime.queues.enqueue(kind, unit_id)
    return True


def job_finished(runtime: Runtime, job_id: str) -> bool:
    """Whether the job's callback already came (say, while its unit was still being parked)."""
    with runtime.session() as session:
        status = session.scalar(select(ProviderJob.status).where(ProviderJob.id == job_id))
    return status is not None and status != "running"
