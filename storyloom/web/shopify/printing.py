"""The print service's side of printed books: GET /shopify/print-files/{id}/{part}.pdf serves a printed
copy's interior or cover to the service by a signed, expiring link (404 for any other link), and
POST /api/webhooks/print/{service} takes the service's signed reports on its jobs (401 when the
signature is not the service's; a repeated report changes nothing; a signed report it cannot read is
answered 200 and logged, so the service does not turn the webhook off)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from storyloom.errors import ConfigurationError, NotFoundError, ProviderAuthError, ProviderError
from storyloom.providers.registry import registered_names
from storyloom.shopify.orders import PRINT_FILE_PARTS, verify_print_file
from storyloom.shopify.print_jobs import apply_job_status, stored_print_file
from storyloom.shopify.print_orders import print_service
from storyloom.web.deps import RawBody, RuntimeDep
from storyloom.web.shopify.deps import require_shopify

log = logging.getLogger(__name__)
router = APIRouter(tags=["printing"], dependencies=[Depends(require_shopify)])
NOT_FOUND = "This print file link is invalid or has expired."


@router.get("/shopify/print-files/{print_job_id}/{part}.pdf")
def print_file(
    print_job_id: str,
    part: str,
    runtime: RuntimeDep,
    expires: str = "",
    signature: str = "",
) -> Response:
    """A printed copy's interior (the book's print PDF) or cover spread, if the link is ours."""
    if part not in PRINT_FILE_PARTS or not verify_print_file(
        runtime.settings.shopify, print_job_id, part, expires, signature
    ):
        return PlainTextResponse(NOT_FOUND, status_code=404)
    try:
        data = stored_print_file(runtime, print_job_id, part)
    except NotFoundError:
        return PlainTextResponse(NOT_FOUND, status_code=404)
    if data is None:
        return PlainTextResponse("This print file is not made yet.", status_code=404)
    return Response(data, media_type="application/pdf", headers={"Cache-Control": "private"})


@router.post("/api/webhooks/print/{service}")
def print_webhook(service: str, request: Request, body: RawBody, runtime: RuntimeDep) -> Response:
    """A print service's report on one of its jobs: recorded, and a shipped job fulfilled in Shopify."""
    if service not in registered_names("printing"):
        return JSONResponse(
            {"error": f"no print service named {service!r}", "code": "NOT_FOUND"}, status_code=404
        )
    headers = dict(request.headers)
    try:
        printer = print_service(runtime, service)
    except ConfigurationError as error:
        return JSONResponse({"error": error.message, "code": error.code}, status_code=503)
    try:
        job = printer.parse_webhook(headers, body)
    except ProviderAuthError:
        return JSONResponse(
            {"error": "the webhook's signature is not the print service's", "code": "UNAUTHORIZED"},
            status_code=401,
        )
    except ProviderError as error:
        # Signed by the service but not a report we can read (an unknown status, another topic): taken
        # and logged, as a service turns off a webhook whose posts keep failing (Lulu after five).
        log.warning("the %s webhook was signed but not understood: %s", service, error.message)
        return JSONResponse({"received": True, "ignored": error.message, "code": error.code})
    record_id = apply_job_status(runtime, service, job)
    return JSONResponse(
        {"received": True, "job_id": job.job_id, "state": job.state, "known": record_id is not None}
    )
