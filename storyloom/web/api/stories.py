"""The stories API: start a book, read it, follow its progress, retry it, publish it, change a page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Request, Response

from storyloom.pipeline.edits import PageChange
from storyloom.pipeline.orchestrator import Owner
from storyloom.story.params import MAX_PAGES, StoryParams
from storyloom.web.clients import client_identity, limit_changes, limit_starts
from storyloom.web.deps import BooksDep, OwnedStory, RuntimeDep, StoryId, ViewerDep, api_csrf, session_id
from storyloom.web.reads import readable_story, story_status
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

router = APIRouter(prefix="/api/stories", tags=["stories"])

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
def generate(
    params: StoryParams,
    request: Request,
    response: Response,
    books: BooksDep,
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
    started = books.start(params, owner=owner, idempotency_key=idempotency_key or None)
    if not started.created:
        response.status_code = 200
    return StartedBody(
        id=started.story_id,
        status="GENERATING",
        token=started.token,
        status_url=f"/api/stories/{started.story_id}/status",
        reader_url=f"/stories/{started.story_id}",
    )


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
    return await story_status(runtime, story_id)


@router.post(
    "/{story_id}/retry",
    status_code=202,
    response_model=RetryBody,
    responses=CHANGE_ERRORS,
    dependencies=[Depends(api_csrf), Depends(limit_changes)],
)
def retry(story: OwnedStory, books: BooksDep, body: RetryIn | None = None) -> dict[str, Any]:
    """Re-run only the failed units (and the PDF) of a story that ended in ERROR. The body may change
    the narration voice or pace first (a voice the provider does not have is a 422); the whole
    narration is then made again."""
    changes = body.model_dump(exclude_unset=True) if body is not None else {}
    labels = books.retry(story.id, changes)
    return {"id": story.id, "status": "GENERATING", "retrying": labels}


@router.put(
    "/{story_id}/sharing",
    response_model=SharingBody,
    responses=CHANGE_ERRORS,
    dependencies=[Depends(api_csrf), Depends(limit_changes)],
)
def sharing(story: OwnedStory, body: SharingIn, books: BooksDep) -> dict[str, Any]:
    """The owner's choices for the public library: whether the published book is listed there, and
    whether with the child's name. Both are off until the owner turns them on."""
    shared = books.set_sharing(
        story.id, show_in_library=body.show_in_library, show_child_name=body.show_child_name
    )
    return {
        "id": shared.id,
        "show_in_library": shared.show_in_library,
        "show_child_name": shared.show_child_name,
    }


@router.post(
    "/{story_id}/publish",
    status_code=202,
    response_model=PublishBody,
    responses=CHANGE_ERRORS,
    dependencies=[Depends(api_csrf), Depends(limit_changes)],
)
def publish(story: OwnedStory, books: BooksDep) -> dict[str, Any]:
    """Publish a finished book to the Shopify store as a product (on the shopify-sync queue)."""
    books.publish(story.id)
    return {"id": story.id, "status": "PUBLISHING"}


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
def put_page_text(story: OwnedStory, page: PageNumber, body: PageTextIn, books: BooksDep) -> dict[str, Any]:
    """Replace a page's text (the owner only); its narration and the PDFs are made again."""
    return change_body(books.edit_page_text(story.id, page, body.text))


@router.post(
    "/{story_id}/pages/{page}/regenerate",
    status_code=202,
    response_model=PageChangeBody,
    responses=CHANGE_ERRORS,
    dependencies=[Depends(api_csrf), Depends(limit_changes)],
)
def regenerate(story: OwnedStory, page: PageNumber, body: RegenerateIn, books: BooksDep) -> dict[str, Any]:
    """Make a page's picture or text again (the owner only). Answers at once with the parts to be
    made again; the workers draw or write the page, and its narration and the PDFs follow (a new
    text may change the scene, and then the picture too). Follow it at `status_url`."""
    return change_body(books.regenerate_page(story.id, page, body.part))
