"""A book's private link (`/stories/{id}/open/{token}`): opens the book on this device and adds it
to this browser's "My books" (see storyloom/private_links.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import RedirectResponse

from storyloom.errors import NotFoundError
from storyloom.private_links import TOKEN_LENGTH, is_private_link, private_link_path
from storyloom.runtime import Runtime
from storyloom.web.deps import LINKED_KEY, BooksDep, RuntimeDep

router = APIRouter(include_in_schema=False)
MAX_LINKED_BOOKS = 100


def private_link_url(request: Request, runtime: Runtime, story_id: str) -> str:
    """The book's private link as a full address to copy."""
    return str(request.base_url).rstrip("/") + private_link_path(runtime.secret_key, story_id)


@router.get("/stories/{story_id}/open/{token}")
def open_private_link(
    story_id: Annotated[str, Path(max_length=64)],
    token: Annotated[str, Path(max_length=TOKEN_LENGTH * 2)],
    request: Request,
    runtime: RuntimeDep,
    books: BooksDep,
) -> RedirectResponse:
    """Check the link's token, remember the book in this browser's session, and open it."""
    if not is_private_link(runtime.secret_key, story_id, token):
        raise NotFoundError(f"no story with id {story_id}")
    books.story(story_id)
    linked = [value for value in request.session.get(LINKED_KEY, []) if value != story_id]
    request.session[LINKED_KEY] = [story_id, *linked][:MAX_LINKED_BOOKS]
    return RedirectResponse(f"/stories/{story_id}", status_code=303)
