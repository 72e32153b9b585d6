"""The stories API: start a book, read it, follow its progress, retry it, publish it, change a page."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Request, Response
from fastapi.concurrency import run_in_threadpool

from storyloom.cache import GENERATION_TTL, STORY_TTL, generation_key, story_key
from storyloom.errors import NotFoundError
from storyloom.ids import is_id
from storyloom.library import StoryAccess, Viewer, get_story, load_story, set_sharing
from storyloom.pipeline.edits import PageChange, edit_page_text, regenerate_page
from storyloom.pipeline.orchestrator import Owner, request_publish, retry_story, start_story, story_progress
from storyloom.runtime import Runtime
from storyloom.story.params import MAX_PAGES, StoryParams
from storyloom.web.clients import client_identity, limit_changes, limit_starts
from storyloom.web.deps import api_csrf, get_runtime, get_viewer, session_id
from storyloom.web.schemas import (
    ErrorBody,
    PageChangeBody,
    PageTextIn,
    PublishBody,
    RegenerateIn,
    RetryBody,
    RetryIn,
    SharingBody,
    SharingIn,
    StartedBody,
    StatusBody,
    StoryBody,
)
from storyloom.web.serializers import preview_payload, story_payload

router = APIRouter(prefix="/api/stories", tags=["stories"])

RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
ViewerDep = Annotated[Viewer, Depends(get_viewer)]
StoryId = Annotated[str, Path(max_length=64, description="The story's id (32 hex characters).")]
PageNumber = Annotated[int, Path(ge=1, le=MAX_PAGES, description="The page, from 1.")]

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such story, or not yours"},
    422: {"model": ErrorBody, "description": "Invalid input: the message names the field and the rule"},
}
CHANGE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    403: {"model": ErrorBody, "description": "A cookie-authenticated request from another site (CSRF)"},
    409: {"model": ErrorBody, "description": "The story is not in a state that allows this"},
    429: {
        "model": ErrorBody,
        "description": "Over a limit on starting or changing books (per address, session, token); "
        "the message names the limit and Retry-After says when to try again",
    },
}


@router.post(
    "/generate",
    status_code=202,
    response_model=StartedBody,
    responses={**CHANGE_ERRORS, 200: {"model": StartedBody, "description": "A repeat of an earlier request"}},
    dependencies=[Depends(api_csrf), Depends(limit_starts)],
)
async def generate(
    params: StoryParams,
    request: Request,
    response: Response,
    runtime: RuntimeDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> StartedBody:
    """Start making a book. Repeating a request with the same `Idempotency-Key` from the same client (its
    bearer token, else its IP address, with or without a session cookie) returns the same book (200, without a
    token), however many repeats arrive at once. The token in the answer is the API client's key to
    the book."""
    client = client_identity(request)
    owner = Owner(
        session=session_id(request),
        customer_id=getattr(request.state, "customer_id", None),
        shop_domain=getattr(request.state, "shop_domain", None),
        client=client,
    )
    started = await run_in_threadpool(
        start_story, runtime, params, owner=owner, idempotency_key=idempotency_key or None
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


async def readable_story(runtime: Runtime, story_id: str, viewer: Viewer) -> bytes:
    """The story's JSON for this viewer, serialised once into the `story:` cache and served from it."""
    if not is_id(story_id):
        raise NotFoundError(f"no story with id {story_id}")
    cached = await runtime.cache.get(story_key(story_id))
    if cached is None:
        story = await run_in_threadpool(load_story, runtime, story_id)
        body = json.dumps(story_payload(story), ensure_ascii=False, separators=(",", ":")).encode()
        cached = {"access": asdict(StoryAccess.of(story)), "json": body}
        await runtime.cache.set(story_key(story_id), cached, STORY_TTL)
    access = StoryAccess(**cached["access"])
    if not viewer.can_read(access):
        raise NotFoundError(f"no story with id {story_id}")
    body = cached["json"]
    assert isinstance(body, bytes)
    if viewer.sees_preview_only(access):
        preview = preview_payload(json.loads(body), access)
        return json.dumps(preview, ensure_ascii=False, separators=(",", ":")).encode()
    return body


@router.get("/{story_id}", response_model=StoryBody, responses=ERRORS)
async def read_story(story_id: StoryId, runtime: RuntimeDep, viewer: ViewerDep) -> Response:
    """The story: text, characters, pages with their picture, alt text, narration and timings URLs,
    the measured reading level and the PDFs. Unpublished books only for their owner."""
    body = await readable_story(runtime, story_id, viewer)
    return Response(body, media_type="application/json", headers={"Cache-Control": "private, no-cache"})


@router.get("/{story_id}/status", response_model=StatusBody, responses=ERRORS)
async def status(story_id: StoryId, runtime: RuntimeDep, viewer: ViewerDep) -> dict[str, Any]:
    """Progress: done and total units, each unit's state and error, the current step, time left.
    Kept in the `gen:` cache, which every write to the story clears."""
    await readable_story(runtime, story_id, viewer)

    async def load() -> dict[str, Any]:
        progress = await run_in_threadpool(story_progress, runtime, story_id)
        return progress.as_dict()

    body: dict[str, Any] = await runtime.cache.get_or_load(generation_key(story_id), GENERATION_TTL, load)
    return body


@router.post(
    "/{story_id}/retry",
    status_code=202,
    response_model=RetryBody,
    responses=CHANGE_ERRORS,
    dependencies=[Depends(api_csrf), Depends(limit_changes)],
)
async def retry(
    story_id: StoryId, runtime: RuntimeDep, viewer: ViewerDep, body: RetryIn | None = None
) -> dict[str, Any]:
    """Re-run only the failed units (and the PDF) of a story that ended in ERROR. The body may change
    the narration voice or pace first (a voice the provider does not have is a 422); the whole
    narration is then made again."""
    await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    changes = body.model_dump(exclude_unset=True) if body is not None else {}
    labels = await run_in_threadpool(retry_story, runtime, story_id, changes)
    return {"id": story_id, "status": "GENERATING", "retrying": labels}


@router.put(
    "/{story_id}/sharing",
    response_model=SharingBody,
    responses=CHANGE_ERRORS,
    dependencies=[Depends(api_csrf), Depends(limit_changes)],
)
async def sharing(
    story_id: StoryId, body: SharingIn, runtime: RuntimeDep, viewer: ViewerDep
) -> dict[str, Any]:
    """The owner's choices for the public library: whether the published book is listed there, and
    whether with the child's name. Both are off until the owner turns them on."""
    await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    story = await run_in_threadpool(
        lambda: set_sharing(
            runtime, story_id, show_in_library=body.show_in_library, show_child_name=body.show_child_name
        )
    )
    return {
        "id": story_id,
        "show_in_library": story.show_in_library,
        "show_child_name": story.show_child_name,
    }


@router.post(
    "/{story_id}/publish",
    status_code=202,
    response_model=PublishBody,
    responses=CHANGE_ERRORS,
    dependencies=[Depends(api_csrf), Depends(limit_changes)],
)
async def publish(story_id: StoryId, runtime: RuntimeDep, viewer: ViewerDep) -> dict[str, Any]:
    """Publish a finished book to the Shopify store as a product (on the shopify-sync queue)."""
    await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    await run_in_threadpool(request_publish, runtime, story_id)
    return {"id": story_id, "status": "PUBLISHING"}


def change_body(change: PageChange) -> dict[str, Any]:
    return {
        "id": change.story_id,
        "page": change.page,
        "status": "GENERATING" if change.rerun else "COMPLETE",
        "rerun": change.rerun,
        "status_url": f"/api/stories/{change.story_id}/status",
    }


@router.put(
    "/{story_id}/pages/{page}/text",
    status_code=202,
    response_model=PageChangeBody,
    responses=CHANGE_ERRORS,
    dependencies=[Depends(api_csrf), Depends(limit_changes)],
)
async def put_page_text(
    story_id: StoryId, page: PageNumber, body: PageTextIn, runtime: RuntimeDep, viewer: ViewerDep
) -> dict[str, Any]:
    """Replace a page's text (the owner only); its narration and the PDFs are made again."""
    await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    change = await run_in_threadpool(edit_page_text, runtime, story_id, page, body.text)
    return change_body(change)


@router.post(
    "/{story_id}/pages/{page}/regenerate",
    status_code=202,
    response_model=PageChangeBody,
    responses=CHANGE_ERRORS,
    dependencies=[Depends(api_csrf), Depends(limit_changes)],
)
async def regenerate(
    story_id: StoryId, page: PageNumber, body: RegenerateIn, runtime: RuntimeDep, viewer: ViewerDep
) -> dict[str, Any]:
    """Make a page's picture or text again (the owner only). Answers at once with the parts to be
    made again; the workers draw or write the page, and its narration and the PDFs follow (a new
    text may change the scene, and then the picture too). Follow it at `status_url`."""
    await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    change = await run_in_threadpool(regenerate_page, runtime, story_id, page, body.part)
    return change_body(change)
