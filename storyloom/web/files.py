"""A story's stored files as HTTP answers: whole, or the one byte range a `Range` header asks for
(audio players seek with them), and its pictures as screen-sized JPEGs kept in the `asset:` cache.

The blocking work (the file store, Pillow) is plain functions; the async ones, for the routes that
also use the cache, run that work in a worker thread."""

from __future__ import annotations

import io
import re

from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from PIL import Image

from storyloom.cache import ASSET_TTL
from storyloom.cache import asset_key as cache_asset_key
from storyloom.errors import NotFoundError
from storyloom.runtime import Runtime
from storyloom.storage import CONTENT_TYPES, AssetStore, asset_key, screen_copy_name

STORY_FILE = re.compile(
    r"^(cover\.png|story\.json|characters/\d{2}\.png|pages/\d{2}\.png|audio/\d{2}\.(mp3|json)|audio/book\.mp3)$"
)
"""The names of a story's files that are served by name."""

_RANGE = re.compile(r"^bytes=(\d{0,18})-(\d{0,18})$")


def requested_range(header: str | None, size: int) -> range | None:
    """The bytes a `Range` header asks of a file of `size` bytes (`bytes=a-b`, `bytes=a-`, or the last
    n with `bytes=-n`), empty when they lie outside the file. None for the whole file: no header, or
    one that asks for something else (several ranges, another unit)."""
    match = _RANGE.match(header.strip()) if header else None
    if match is None or not (match.group(1) or match.group(2)):
        return None
    first, last = match.group(1), match.group(2)
    if first:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    else:
        start, end = max(0, size - int(last)), size - 1
    return range(start, max(start, end + 1))


def stored_file(
    store: AssetStore,
    key: str,
    content_type: str,
    range_header: str | None = None,
    disposition: str | None = None,
) -> Response:
    """The object at `key`, whole (200) or the byte range asked for (206, or 416 outside the file),
    with the headers that go with it; NotFoundError when it is not stored (yet)."""
    size = store.size(key)
    if size is None:
        raise NotFoundError("that file does not exist (yet)")
    headers = {"Accept-Ranges": "bytes", "Cache-Control": "private, max-age=300"}
    if disposition:
        headers["Content-Disposition"] = disposition
    wanted = requested_range(range_header, size)
    if wanted is None:
        return Response(store.get(key), media_type=content_type, headers=headers)
    if not wanted:
        return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
    body = store.get_range(key, wanted.start, wanted.stop)
    headers["Content-Range"] = f"bytes {wanted.start}-{wanted.stop - 1}/{size}"
    return Response(body, status_code=206, media_type=content_type, headers=headers)


def screen_jpeg(png: bytes, width: int) -> bytes:
    """The picture at most `width` pixels wide, as a progressive JPEG (print-size PNGs are
    megabytes; a phone needs a fraction). A JPEG source is decoded at the smallest of its scales
    that is still `width` wide."""
    with Image.open(io.BytesIO(png)) as source:
        source.draft("RGB", (width, round(source.height * width / source.width)))
        picture = source.convert("RGB")
    if picture.width > width:
        size = (width, round(picture.height * width / picture.width))
        picture = picture.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    return buffer.getvalue()


def _stored_screen_jpeg(store: AssetStore, story_id: str, name: str, width: int) -> bytes:
    """The picture's screen copy as it is when it is no wider than `width` (it is what the reader
    asks for: no decoding, no encoding), else made from the copy or, without one, the stored PNG."""
    copy_key = asset_key(story_id, screen_copy_name(name))
    if store.exists(copy_key):
        copy = store.get(copy_key)
        with Image.open(io.BytesIO(copy)) as image:
            fits = image.width <= width
        return copy if fits else screen_jpeg(copy, width)
    return screen_jpeg(store.get(asset_key(story_id, name)), width)


async def screen_picture(runtime: Runtime, story_id: str, name: str, width: int) -> bytes:
    """The story's picture `name` made `width` pixels wide as a JPEG, kept in the `asset:` cache,
    which every write to the story clears."""
    key = cache_asset_key(story_id, f"{name}@{width}")
    cached = await runtime.cache.get(key)
    if isinstance(cached, bytes):
        return cached
    jpeg = await run_in_threadpool(_stored_screen_jpeg, runtime.store, story_id, name, width)
    await runtime.cache.set(key, jpeg, ASSET_TTL)
    return jpeg


async def story_file(
    runtime: Runtime, story_id: str, name: str, range_header: str | None, width: int | None
) -> Response:
    """One of the story's files (the caller has checked the visitor may fetch it): a picture asked
    for `width` wide as a JPEG, anything else as stored, whole or by byte range."""
    if width is not None and name.endswith(".png"):
        jpeg = await screen_picture(runtime, story_id, name, width)
        return Response(jpeg, media_type="image/jpeg", headers={"Cache-Control": "private, max-age=86400"})
    content_type = CONTENT_TYPES.get(name[name.rfind(".") :], "application/octet-stream")
    return await run_in_threadpool(
        stored_file, runtime.store, asset_key(story_id, name), content_type, range_header
    )
