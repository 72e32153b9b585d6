"""A story's files: the PDFs and the narration (made on demand when missing), and its pictures and
timings, streamed with their content types and byte ranges for audio."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query
from fastapi.responses import Response

from storyloom.access import preview_file, story_for_viewer
from storyloom.errors import N_, InvalidInputError, NotFoundError
from storyloom.story.params import MAX_PAGES
from storyloom.web.api.stories import ERRORS
from storyloom.web.deps import BooksDep, OwnedStory, RuntimeDep, StoryId, ViewerDep
from storyloom.web.filenames import content_disposition
from storyloom.web.files import STORY_FILE, stored_file, story_file
from storyloom.web.schemas import ErrorBody

router = APIRouter(prefix="/api/assets", tags=["assets"])

ASSET_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    409: {"model": ErrorBody, "description": "The book is still being made"},
    416: {"description": "The byte range lies outside the file"},
}

ScreenWidth = Literal["480", "960", "1600"]


def shown_file(
    story_id: StoryId, name: Annotated[str, Path(max_length=40)], runtime: RuntimeDep, viewer: ViewerDep
) -> str:
    """The path's file name, when it names a file of the story that the visitor may fetch: a published
    book's cover and preview pages for anyone, every file for its owner and buyers; else 404."""
    if not STORY_FILE.match(name):
        raise NotFoundError("no such file")
    story_for_viewer(runtime, story_id, viewer, must_own=not preview_file(name))
    return name


@router.get(
    "/pdf/{story_id}",
    response_class=Response,
    responses={**ASSET_ERRORS, 200: {"content": {"application/pdf": {}}, "description": "The PDF"}},
)
def pdf(
    story: OwnedStory,
    books: BooksDep,
    edition: Annotated[Literal["print", "screen"], Query()] = "print",
) -> Response:
    """The print-ready (default) or screen PDF, for the book's owner; laid out now if it is missing.
    A published book's buyers download it through their signed link, not here."""
    key = books.pdf(story, edition)
    disposition = content_disposition(story.title, f"-{edition}.pdf")
    return stored_file(books.runtime.store, key, "application/pdf", disposition=disposition)


@router.get(
    "/audio/{story_id}",
    response_class=Response,
    responses={
        **ASSET_ERRORS,
        200: {"content": {"audio/mpeg": {}}, "description": "The narration"},
        206: {"content": {"audio/mpeg": {}}, "description": "A byte range of the narration"},
    },
)
def audio(
    story: OwnedStory,
    books: BooksDep,
    page: Annotated[int | None, Query(ge=1, le=MAX_PAGES)] = None,
    range_header: Annotated[str | None, Header(alias="range")] = None,
) -> Response:
    """The narration: one page's (`?page=N`) or the whole book's, made now if missing; for the
    book's owner and buyers only."""
    if page is None:
        key = books.book_audio(story)
        disposition = content_disposition(story.title, ".mp3", download=False)
        return stored_file(books.runtime.store, key, "audio/mpeg", range_header, disposition)
    if page > (story.page_count or 0):
        raise InvalidInputError.of("page", N_("the book has %(count)s pages"), count=story.page_count)
    key = books.page_audio(story, page)
    return stored_file(books.runtime.store, key, "audio/mpeg", range_header)


@router.get(
    "/file/{story_id}/{name:path}",
    response_class=Response,
    responses={
        **ASSET_ERRORS,
        200: {
            "content": {"image/png": {}, "image/jpeg": {}, "audio/mpeg": {}, "application/json": {}},
            "description": "The file; a picture asked for with `w` comes as a JPEG that wide",
        },
        206: {"content": {"audio/mpeg": {}}, "description": "A byte range of the file"},
    },
)
async def file(
    story_id: StoryId,
    name: Annotated[str, Depends(shown_file)],
    runtime: RuntimeDep,
    range_header: Annotated[str | None, Header(alias="range")] = None,
    w: Annotated[ScreenWidth | None, Query(description="A screen-sized JPEG of a picture")] = None,
) -> Response:
    """One of the story's files: cover, page pictures, character sheets, narration and timings.
    Strangers get a published book's cover and preview pages; everything else is its owner's."""
    return await story_file(runtime, story_id, name, range_header, None if w is None else int(w))
