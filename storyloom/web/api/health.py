"""Operations: `/healthz` (database, queue and storage reachable; with `?detail=1`, for the operator
only, the providers' report of `storyloom doctor`) and `/metrics` (Prometheus)."""

from __future__ import annotations

from ipaddress import ip_address
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from sqlalchemy import func, select, text

from storyloom.db.models import Generation, ProviderJob, Story, WorkUnit
from storyloom.errors import ForbiddenError
from storyloom.providers.doctor import cached_report
from storyloom.runtime import Runtime
from storyloom.signatures import signature_matches
from storyloom.web.deps import RuntimeDep, bearer_token
from storyloom.web.schemas import ErrorBody

router = APIRouter(tags=["operations"])


def _checks(runtime: Runtime) -> dict[str, str]:
    results = {}
    try:
        with runtime.session() as session:
            session.execute(text("SELECT 1"))
        results["database"] = "ok"
    except Exception as exc:
        results["database"] = f"unreachable: {type(exc).__name__}"
    try:
        runtime.queues.depth()
        results["queue"] = "ok"
    except Exception as exc:
        results["queue"] = f"unreachable: {type(exc).__name__}"
    try:
        list(runtime.store.list("healthz/"))
        results["storage"] = "ok"
    except Exception as exc:
        results["storage"] = f"unreachable: {type(exc).__name__}"
    return results


def operator_may_see(request: Request, runtime: Runtime) -> bool:
    """With HEALTHZ_TOKEN set, the caller must send it as a bearer token; without, it must be local."""
    token = runtime.settings.web.healthz_token.get_secret_value()
    if token:
        return signature_matches(f"Bearer {token}", request.headers.get("authorization", ""))
    host = request.client.host if request.client else ""
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


@router.get(
    "/healthz",
    responses={403: {"model": ErrorBody}, 503: {"description": "a store, queue or database does not answer"}},
)
def healthz(request: Request, runtime: RuntimeDep, detail: bool = False) -> JSONResponse:
    """200 when the database, the queue and the file store answer; 503 naming the one that does not.

    `?detail=1` adds the providers' report (key, model, shutdown date, voice, quota) for the operator:
    a bearer HEALTHZ_TOKEN, or a caller on this machine when no token is set; 403 for anyone else."""
    if detail and not operator_may_see(request, runtime):
        return JSONResponse(
            {"error": "the detailed report needs HEALTHZ_TOKEN as a bearer token", "code": "FORBIDDEN"},
            status_code=403,
        )
    checks = _checks(runtime)
    healthy = all(value == "ok" for value in checks.values())
    body: dict[str, Any] = {"status": "ok" if healthy else "degraded", **checks}
    if detail:
        report = cached_report(runtime.settings)
        if report is not None:
            body["providers"] = report.as_dict()
    return JSONResponse(body, status_code=200 if healthy else 503)


DURATION_BUCKETS = (100, 500, 1000, 2500, 5000, 10000, 30000, 60000, 120000)


class StoryloomCollector:
    """Reads the figures from the database and the queues at scrape time (shared by every replica)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def collect(self) -> Any:
        books = GaugeMetricFamily("storyloom_books", "Books by status", labels=["status"])
        units = GaugeMetricFamily("storyloom_units", "Work units by kind and state", labels=["kind", "state"])
        errors = CounterMetricFamily(
            "storyloom_provider_errors", "Failed provider calls", labels=["provider", "type"]
        )
        calls = HistogramMetricFamily(
            "storyloom_provider_call_duration_ms", "Provider call durations", labels=["provider", "type"]
        )
        depth = GaugeMetricFamily("storyloom_queue_depth", "Messages waiting per queue", labels=["queue"])
        jobs = GaugeMetricFamily(
            "storyloom_provider_jobs", "Provider jobs (Replicate) by state", labels=["provider", "status"]
        )
        callbacks = CounterMetricFamily(
            "storyloom_provider_callbacks", "Callbacks received for provider jobs", labels=["provider"]
        )
        received_by_provider: dict[str, int] = {}
        with self.runtime.session() as session:
            for status, count in session.execute(select(Story.status, func.count()).group_by(Story.status)):
                books.add_metric([status.value], count)
            for kind, state, count in session.execute(
                select(WorkUnit.kind, WorkUnit.state, func.count()).group_by(WorkUnit.kind, WorkUnit.state)
            ):
                units.add_metric([kind.value, state.value], count)
            for provider, type_, count in session.execute(
                select(Generation.provider, Generation.type, func.count())
                .where(Generation.error.is_not(None))
                .group_by(Generation.provider, Generation.type)
            ):
                errors.add_metric([provider, type_.value], count)
            for provider, job_status, count, received in session.execute(
                select(
                    ProviderJob.provider,
                    ProviderJob.status,
                    func.count(),
                    func.coalesce(func.sum(ProviderJob.callbacks), 0),
                ).group_by(ProviderJob.provider, ProviderJob.status)
            ):
                jobs.add_metric([provider, job_status], count)
                received_by_provider[provider] = received_by_provider.get(provider, 0) + int(received)
            rows = session.execute(
                select(Generation.provider, Generation.type, Generation.duration).where(
                    Generation.error.is_(None), Generation.duration.is_not(None)
                )
            ).all()
        grouped: dict[tuple[str, str], list[int]] = {}
        for provider, type_, duration in rows:
            grouped.setdefault((provider, type_.value), []).append(int(duration or 0))
        for labels, durations in grouped.items():
            buckets = [(str(b), sum(1 for d in durations if d <= b)) for b in DURATION_BUCKETS]
            buckets.append(("+Inf", len(durations)))
            calls.add_metric(list(labels), buckets, sum(durations))
        for queue, count in self.runtime.queues.depth().items():
            depth.add_metric([queue], count)
        for provider, received in received_by_provider.items():
            callbacks.add_metric([provider], received)
        yield from (books, units, errors, calls, depth, jobs, callbacks)


LOOPBACK = ("127.", "::1", "localhost")


def metrics_allowed(runtime: Runtime, request: Request) -> bool:
    """With METRICS_TOKEN set, a request bearing it; without, a request from this machine."""
    token = runtime.settings.web.metrics_token.get_secret_value()
    if token:
        return signature_matches(token, bearer_token(request))
    host = request.client.host if request.client else ""
    return host.startswith(LOOPBACK)


@router.get("/metrics", response_class=Response, responses={403: {"model": ErrorBody}})
def metrics(runtime: RuntimeDep, request: Request) -> Response:
    """Prometheus metrics: books by status, units, provider errors and durations, queue depth,
    provider jobs and their callbacks. Only with the METRICS_TOKEN bearer token, or, without one,
    from this machine."""
    if not metrics_allowed(runtime, request):
        raise ForbiddenError(
            "metrics are only for this machine, or for requests bearing METRICS_TOKEN", code="FORBIDDEN"
        )
    registry = CollectorRegistry()
    registry.register(StoryloomCollector(runtime))
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
