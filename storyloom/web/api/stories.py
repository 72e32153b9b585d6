"""The stories API: start a book, read it, follow its progress, retry it, publish it."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from storyloom.cache import STORY_TTL, story_key
from storyloom.errors import NotFoundError
from storyloom.library import StoryAccess, Viewer, get_story, load_story
from storyloom.pipeline.orchestrator import Owner, request_publish, retry_story, start_story, story_progress
from storyloom.runtime import Runtime
from storyloom.story.params import StoryParams
from storyloom.web.deps import get_runtime, get_viewer, session_id
from storyloom.web.serializers import story_payload

router = APIRouter(prefix="/api/stories", tags=["stories"])

RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
ViewerDep = Annotated[Viewer, Depends(get_viewer)]


class ErrorBody(BaseModel):
    error: str
    code: str | None = None


class StartedBody(BaseModel):
    id: str
    status: str
    token: str | None = Field(None, description="Bearer token for this story; shown once, only on creation.")
    status_url: str
    reader_url: str


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such story, or not yours"},
    409: {"model": ErrorBody, "description": "The story is not in a state that allows this"},
    422: {"model": ErrorBody, "description": "Invalid input: the message names the field and the rule"},
}


@router.post("/generate", status_code=202, response_model=StartedBody, responses=ERRORS)
async def generate(
    params: StoryParams,
    request: Request,
    response: Response,
    runtime: RuntimeDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> StartedBody:
    """Start making a book. Repeating a request with the same `Idempotency-Key` returns the same book."""
    owner = Owner(session=session_id(request))
    started = await run_in_threadpool(
        start_story, runtime, params, owner=owner, idempotency_key=idempotency_key
    )
    if not started.created:
        response.status_code = 200
    return StartedBody(
        id=started.story_id,
        status="GENERATING",
        token=started.token,
        status_url=f"/api/stories/{started.story_id}/status",
        reader_url=f"/stories/{started.story_id}",
    )


async def readable_story(runtime: Runtime, story_id: str, viewer: Viewer) -> dict[str, Any]:
    """The story's JSON for this viewer, from the `story:` cache when it is there."""
    cached = await runtime.cache.get(story_key(story_id))
    if cached is None:
        story = await run_in_threadpool(load_story, runtime, story_id)
        cached = {"access": asdict(StoryAccess.of(story)), "payload": story_payload(story)}
        await runtime.cache.set(story_key(story_id), cached, STORY_TTL)
    if not viewer.can_read(StoryAccess(**cached["access"])):
        raise NotFoundError(f"no story with id {story_id}")
    payload: dict[str, Any] = cached["payload"]
    return payload


@router.get("/{story_id}", responses=ERRORS)
async def read_story(story_id: str, runtime: RuntimeDep, viewer: ViewerDep) -> dict[str, Any]:
    """The story: text, characters, pages with their picture, narration and timings URLs."""
    return await readable_story(runtime, story_id, viewer)


@router.get("/{story_id}/status", responses=ERRORS)
async def status(story_id: str, runtime: RuntimeDep, viewer: ViewerDep) -> dict[str, Any]:
    """Progress: done and total units, each unit's state and error, the current step, time left."""
    await run_in_threadpool(get_story, runtime, story_id, viewer)
    progress = await run_in_threadpool(story_progress, runtime, story_id)
    return progress.as_dict()


@router.post("/{story_id}/retry", status_code=202, responses=ERRORS)
async def retry(story_id: str, runtime: RuntimeDep, viewer: ViewerDep) -> dict[str, Any]:
    """Re-run only the failed units (and the PDF) of a story that ended in ERROR."""
    await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    labels = await run_in_threadpool(retry_story, runtime, story_id)
    return {"id": story_id, "status": "GENERATING", "retrying": labels}


@router.post("/{story_id}/publish", status_code=202, responses=ERRORS)
async def publish(story_id: str, runtime: RuntimeDep, viewer: ViewerDep) -> dict[str, Any]:
    """Publish a finished book to the Shopify store as a product (on the shopify-sync queue)."""
    await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    await run_in_threadpool(request_publish, runtime, story_id)
    return {"id": story_id, "status": "PUBLISHING"}
