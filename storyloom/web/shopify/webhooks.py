"""POST /api/webhooks/shopify: verify, record once per event id, answer at once, process afterwards."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Depends, Request
from fastapi.responses import JSONResponse, Response

from storyloom.shopify.auth import InvalidRequestError
from storyloom.shopify.webhooks import process_webhook_event, record_webhook, verify_webhook
from storyloom.web.deps import RawBody, RuntimeDep
from storyloom.web.shopify.deps import refusal, require_shopify

router = APIRouter(tags=["shopify"], dependencies=[Depends(require_shopify)])


@router.post("/api/webhooks/shopify")
def receive_webhook(
    request: Request, body: RawBody, background: BackgroundTasks, runtime: RuntimeDep
) -> Response:
    """Acknowledge a verified webhook within the second Shopify allows; its work runs after the answer."""
    try:
        delivery = verify_webhook(runtime.settings.shopify, request.headers, body)
    except InvalidRequestError as error:
        return refusal(error)
    event_row_id = record_webhook(runtime, delivery)
    if event_row_id is None:
        return JSONResponse({"received": True, "duplicate": True})
    background.add_task(process_webhook_event, runtime, event_row_id)
    return JSONResponse({"received": True, "duplicate": False})
