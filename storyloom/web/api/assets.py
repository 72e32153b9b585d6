"""A story's files: the PDFs and the narration (made on demand when missing), and its pictures and
timings, streamed with their content types and byte ranges for audio."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from storyloom.errors import InvalidInputError, NotFoundError
from storyloom.library import Viewer, get_story
from storyloom.pipeline.assets import ensure_book_audio, ensure_page_audio, ensure_pdf
from storyloom.runtime import Runtime
from storyloom.storage import CONTENT_TYPES, asset_key
from storyloom.web.api.stories import ERRORS
from storyloom.web.deps import get_runtime, get_viewer

router = APIRouter(prefix="/api/assets", tags=["assets"])

RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
ViewerDep = Annotated[Viewer, Depends(get_viewer)]

_SAFE_NAME = re.compile(
    r"^(cover\.png|story\.json|characters/\d{2}\.png|pages/\d{2}\.png|audio/\d{2}\.(mp3|json)|audio/book\.mp3)$"
)
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def ranged(
    runtime: Runtime, key: str, content_type: str, range_header: str | None, filename: str | None = None
) -> Response:
    """The object at `key`, whole or the requested byte range (206), with the right headers."""
    size = runtime.store.size(key)
    if size is None:
        raise NotFoundError("that file does not exist (yet)")
    headers = {"Accept-Ranges": "bytes", "Cache-Control": "private, max-age=300"}
    if filename:
        headers["Content-Disposition"] = f'inline; filename="{filename}"'
    match = _RANGE.match(range_header.strip()) if range_header else None
    if match and (match.group(1) or match.group(2)):
        first, last = match.group(1), match.group(2)
        if first:
            start, end = int(first), min(int(last), size - 1) if last else size - 1
        else:
            start, end = max(0, size - int(last)), size - 1
        if start > end or start >= size:
            return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
        body = runtime.store.get_range(key, start, end + 1)
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        return Response(body, status_code=206, media_type=content_type, headers=headers)
    return Response(runtime.store.get(key), media_type=content_type, headers=headers)


@router.get("/pdf/{story_id}", responses={**ERRORS, 200: {"content": {"application/pdf": {}}}})
async def pdf(
    story_id: str,
    runtime: RuntimeDep,
    viewer: ViewerDep,
    edition: Annotated[Literal["print", "screen"], Query()] = "print",
) -> Response:
    """The print-ready (default) or screen PDF; laid out now if it is missing."""
    story = await run_in_threadpool(get_story, runtime, story_id, viewer)
    key = await run_in_threadpool(ensure_pdf, runtime, story, edition)
    filename = f"{(story.title or 'storybook')[:60]}-{edition}.pdf".replace('"', "")
    return ranged(runtime, key, "application/pdf", None, filename=filename)


@router.get(
    "/audio/{story_id}",
    responses={**ERRORS, 200: {"content": {"audio/mpeg": {}}}, 206: {"description": "A byte range"}},
)
async def audio(
    story_id: str,
    runtime: RuntimeDep,
    viewer: ViewerDep,
    page: Annotated[int | None, Query(ge=1, le=64)] = None,
    range_header: Annotated[str | None, Header(alias="range")] = None,
) -> Response:
    """The narration: one page's (`?page=N`) or the whole book's, made now if missing."""
    story = await run_in_threadpool(get_story, runtime, story_id, viewer)
    if page is None:
        key = await run_in_threadpool(ensure_book_audio, runtime, story)
    else:
        if page > (story.page_count or 0):
            raise InvalidInputError(f"page: the book has {story.page_count} pages", field="page")
        key = await run_in_threadpool(ensure_page_audio, runtime, story, page)
    return ranged(runtime, key, "audio/mpeg", range_header)


@router.get("/file/{story_id}/{name:path}", responses=ERRORS)
async def file(
    story_id: str,
    name: str,
    runtime: RuntimeDep,
    viewer: ViewerDep,
    range_header: Annotated[str | None, Header(alias="range")] = None,
) -> Response:
    """One of the story's files: cover, page pictures, character sheets, narration and timings."""
    if not _SAFE_NAME.match(name):
        raise NotFoundError("no such file")
    await run_in_threadpool(get_story, runtime, story_id, viewer)
    suffix = name[name.rfind(".") :]
    return ranged(
        runtime,
        asset_key(story_id, name),
        CONTENT_TYPES.get(suffix, "application/octet-stream"),
        range_header,
    )
