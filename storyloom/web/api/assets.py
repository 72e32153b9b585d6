"""A story's files: the PDFs and the narration (made on demand when missing), and its pictures and
timings, streamed with their content types and byte ranges for audio."""

from __future__ import annotations

import io
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from PIL import Image

from storyloom.cache import ASSET_TTL
from storyloom.cache import asset_key as cache_asset_key
from storyloom.errors import N_, InvalidInputError, NotFoundError
from storyloom.library import Viewer, get_story, preview_file
from storyloom.pipeline.assets import ensure_book_audio, ensure_page_audio, ensure_pdf
from storyloom.runtime import Runtime
from storyloom.storage import CONTENT_TYPES, asset_key
from storyloom.story.params import MAX_PAGES
from storyloom.web.api.stories import ERRORS, StoryId
from storyloom.web.deps import get_runtime, get_viewer
from storyloom.web.filenames import content_disposition
from storyloom.web.schemas import ErrorBody

router = APIRouter(prefix="/api/assets", tags=["assets"])

ASSET_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    409: {"model": ErrorBody, "description": "The book is still being made"},
    416: {"description": "The byte range lies outside the file"},
}

RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
ViewerDep = Annotated[Viewer, Depends(get_viewer)]

_SAFE_NAME = re.compile(
    r"^(cover\.png|story\.json|characters/\d{2}\.png|pages/\d{2}\.png|audio/\d{2}\.(mp3|json)|audio/book\.mp3)$"
)


ScreenWidth = Literal["480", "960", "1600"]


def _resize(data: bytes, width: int) -> bytes:
    with Image.open(io.BytesIO(data)) as source:
        picture = source.convert("RGB")
    if picture.width > width:
        size = (width, round(picture.height * width / picture.width))
        picture = picture.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    return buffer.getvalue()


async def screen_picture(runtime: Runtime, story_id: str, name: str, width: int) -> bytes:
    """A picture made `width` pixels wide as a JPEG (print-size PNGs are megabytes; a phone needs
    a fraction), kept in the `asset:` cache, which every write to the story clears."""
    key = cache_asset_key(story_id, f"{name}@{width}")
    cached = await runtime.cache.get(key)
    if isinstance(cached, bytes):
        return cached
    original = await run_in_threadpool(runtime.store.get, asset_key(story_id, name))
    jpeg = await run_in_threadpool(_resize, original, width)
    await runtime.cache.set(key, jpeg, ASSET_TTL)
    return jpeg


_RANGE = re.compile(r"^bytes=(\d{0,18})-(\d{0,18})$")


def ranged(
    runtime: Runtime,
    key: str,
    content_type: str,
    range_header: str | None,
    disposition: str | None = None,
) -> Response:
    """The object at `key`, whole or the requested byte range (206), with the right headers."""
    size = runtime.store.size(key)
    if size is None:
        raise NotFoundError("that file does not exist (yet)")
    headers = {"Accept-Ranges": "bytes", "Cache-Control": "private, max-age=300"}
    if disposition:
        headers["Content-Disposition"] = disposition
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


@router.get(
    "/pdf/{story_id}",
    response_class=Response,
    responses={**ASSET_ERRORS, 200: {"content": {"application/pdf": {}}, "description": "The PDF"}},
)
async def pdf(
    story_id: StoryId,
    runtime: RuntimeDep,
    viewer: ViewerDep,
    edition: Annotated[Literal["print", "screen"], Query()] = "print",
) -> Response:
    """The print-ready (default) or screen PDF, for the book's owner; laid out now if it is missing.
    A published book's buyers download it through their signed link, not here."""
    story = await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    key = await run_in_threadpool(ensure_pdf, runtime, story, edition)
    disposition = content_disposition(story.title, f"-{edition}.pdf")
    return ranged(runtime, key, "application/pdf", None, disposition)


@router.get(
    "/audio/{story_id}",
    response_class=Response,
    responses={
        **ASSET_ERRORS,
        200: {"content": {"audio/mpeg": {}}, "description": "The narration"},
        206: {"content": {"audio/mpeg": {}}, "description": "A byte range of the narration"},
    },
)
async def audio(
    story_id: StoryId,
    runtime: RuntimeDep,
    viewer: ViewerDep,
    page: Annotated[int | None, Query(ge=1, le=MAX_PAGES)] = None,
    range_header: Annotated[str | None, Header(alias="range")] = None,
) -> Response:
    """The narration: one page's (`?page=N`) or the whole book's, made now if missing; for the
    book's owner and buyers only."""
    story = await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    if page is None:
        key = await run_in_threadpool(ensure_book_audio, runtime, story)
        disposition = content_disposition(story.title, ".mp3", download=False)
        return ranged(runtime, key, "audio/mpeg", range_header, disposition)
    if page > (story.page_count or 0):
        raise InvalidInputError.of("page", N_("the book has %(count)s pages"), count=story.page_count)
    key = await run_in_threadpool(ensure_page_audio, runtime, story, page)
    return ranged(runtime, key, "audio/mpeg", range_header)


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
    name: Annotated[str, Path(max_length=40)],
    runtime: RuntimeDep,
    viewer: ViewerDep,
    range_header: Annotated[str | None, Header(alias="range")] = None,
    w: Annotated[ScreenWidth | None, Query(description="A screen-sized JPEG of a picture")] = None,
) -> Response:
    """One of the story's files: cover, page pictures, character sheets, narration and timings."""
    if not _SAFE_NAME.match(name):
        raise NotFoundError("no such file")
    # Strangers get a published book's cover and preview pages; everything else is its owner's.
    await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=not preview_file(name))
    if w is not None and name.endswith(".png"):
        jpeg = await screen_picture(runtime, story_id, name, int(w))
        return Response(jpeg, media_type="image/jpeg", headers={"Cache-Control": "private, max-age=86400"})
    suffix = name[name.rfind(".") :]
    return ranged(
        runtime,
        asset_key(story_id, name),
        CONTENT_TYPES.get(suffix, "application/octet-stream"),
        range_header,
    )
