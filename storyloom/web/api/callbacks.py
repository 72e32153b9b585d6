"""POST /api/webhooks/generation: asynchronous AI providers report on their jobs here.

The URL each job is given names the job and carries a token only Storyloom can make; the provider's
own signature is checked too. A finished job wakes its unit at once, so the book goes on without
waiting for the poll timer. Deliveries may repeat: the first finished report counts, later ones are
acknowledged and change nothing.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from storyloom.pipeline.jobs import receive_callback
from storyloom.web.deps import RawBody, RuntimeDep
from storyloom.web.schemas import ErrorBody

router = APIRouter(tags=["providers"])


class CallbackBody(BaseModel):
    received: bool
    job: str
    status: str = Field(description="The job's state as stored: running, succeeded, failed or canceled.")
    woke_unit: bool = Field(description="Whether the waiting unit was sent to a worker by this callback.")
    duplicate: bool = Field(description="The job had already finished; this delivery changed nothing.")


@router.post(
    "/api/webhooks/generation",
    response_model=CallbackBody,
    responses={
        401: {"model": ErrorBody, "description": "The provider's signature does not verify."},
        404: {"model": ErrorBody, "description": "No job matches the job id and token."},
        502: {"model": ErrorBody, "description": "The provider refused to give its signing secret."},
        503: {"model": ErrorBody, "description": "The provider is unreachable or not configured here."},
    },
)
def provider_callback(
    request: Request,
    body: RawBody,
    runtime: RuntimeDep,
    job: Annotated[str, Query(max_length=64, description="The job id Storyloom put in the callback URL.")],
    token: Annotated[str, Query(max_length=128, description="The token Storyloom put in the callback URL.")],
) -> dict[str, Any]:
    """Receive a provider's report on a job (Replicate sends the prediction, signed)."""
    result = receive_callback(runtime, job, token, dict(request.headers), body)
    return result.as_dict()
