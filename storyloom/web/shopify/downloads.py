"""GET /shopify/downloads/{story_id}: a buyer's signed, expiring link to their book: the print PDF,
the screen PDF (`?edition=screen`) or the narration (`?edition=audio`)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends
from fastapi.responses import PlainTextResponse, Response

from storyloom.books.service import BookService
from storyloom.errors import StorageError
from storyloom.shopify.orders import DOWNLOAD_EDITIONS, verify_download
from storyloom.shopify.previews import verify_preview
from storyloom.web.deps import RuntimeDep
from storyloom.web.filenames import content_disposition
from storyloom.web.files import screen_picture
from storyloom.web.shopify.deps import require_shopify

router = APIRouter(tags=["shopify"], dependencies=[Depends(require_shopify)])

EDITION_FILES = {
    "print": ("application/pdf", "-print.pdf"),
    "screen": ("application/pdf", "-screen.pdf"),
    "audio": ("audio/mpeg", ".mp3"),
}


@router.get("/shopify/downloads/{story_id}")
def download(
    story_id: str,
    runtime: RuntimeDep,
    expires: str = "",
    signature: str = "",
    edition: str = "print",
) -> Response:
    """The book's file of that edition, if the link is ours and still valid."""
    if edition not in DOWNLOAD_EDITIONS:
        return PlainTextResponse(f"edition: must be one of {', '.join(DOWNLOAD_EDITIONS)}", status_code=422)
    if not verify_download(runtime.settings.shopify, story_id, expires, signature):
        return PlainTextResponse("This download link is invalid or has expired.", status_code=403)
    found = BookService(runtime).published_edition(story_id, edition)
    if found is None:
        return PlainTextResponse("This book is not available.", status_code=404)
    story, data = found
    media_type, suffix = EDITION_FILES[edition]
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": content_disposition(story.title, suffix), "Cache-Control": "private"},
    )


@router.get("/shopify/previews/{story_id}/{name:path}")
async def preview(
    story_id: str,
    name: str,
    runtime: RuntimeDep,
    expires: str = "",
    signature: str = "",
    w: Literal["160", "480", "960"] = "480",
) -> Response:
    """A picture of the book (cover or one of its first pages) as a JPEG, if the link is ours."""
    if not verify_preview(runtime.settings.shopify, story_id, name, expires, signature):
        return PlainTextResponse("This picture link is invalid or has expired.", status_code=403)
    try:
        jpeg = await screen_picture(runtime, story_id, name, int(w))
    except StorageError:
        return PlainTextResponse("This picture is not made yet.", status_code=404)
    return Response(jpeg, media_type="image/jpeg", headers={"Cache-Control": "private, max-age=3600"})
