"""GET /shopify/downloads/{story_id}: a buyer's signed, expiring link to their book's PDF."""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends
from fastapi.responses import PlainTextResponse, Response

from storyloom.db.models import Story, StoryStatus
from storyloom.errors import StorageError
from storyloom.runtime import Runtime
from storyloom.shopify.orders import verify_download
from storyloom.web.shopify.deps import require_shopify, runtime_dependency

router = APIRouter(tags=["shopify"], dependencies=[Depends(require_shopify)])


@router.get("/shopify/downloads/{story_id}")
def download(
    story_id: str, expires: str = "", signature: str = "", runtime: Runtime = Depends(runtime_dependency)
) -> Response:
    """The book's print PDF, if the link is ours and still valid."""
    if not verify_download(runtime.settings.shopify, story_id, expires, signature):
        return PlainTextResponse("This download link is invalid or has expired.", status_code=403)
    with runtime.session() as session:
        story = session.get(Story, story_id)
    if story is None or story.status != StoryStatus.PUBLISHED or not story.pdf_url:
        return PlainTextResponse("This book is not available.", status_code=404)
    try:
        data = runtime.store.get(story.pdf_url)
    except StorageError:
        return PlainTextResponse("This book is not available.", status_code=404)
    filename = re.sub(r"[^A-Za-z0-9]+", "-", story.title or "book").strip("-") or "book"
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}.pdf"', "Cache-Control": "private"},
    )
