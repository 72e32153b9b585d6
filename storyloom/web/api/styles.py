"""The illustration styles a customer can pick, with a small picture of each for the form's preview."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import Response

from storyloom.errors import NotFoundError
from storyloom.story.params import STYLE_LABELS, IllustrationStyle
from storyloom.web.schemas import ErrorBody

router = APIRouter(prefix="/api/styles", tags=["styles"])

PREVIEW_SIZE_PX = 480


@lru_cache(maxsize=len(STYLE_LABELS))
def style_preview(style: str) -> bytes:
    """A PNG that shows what `style` looks like, drawn once per process by the illustrator."""
    try:
        from storyloom.providers.image.builtin import style_preview_png
    except ImportError as exc:
        raise NotFoundError("style previews need the built-in illustrator, which is not installed") from exc
    return style_preview_png(style, size_px=PREVIEW_SIZE_PX)


@router.get("")
async def styles() -> dict[str, dict[str, str]]:
    """Every illustration style: its name, label and preview picture URL."""
    return {
        key: {"label": label, "preview_url": f"/api/styles/{key}/preview.png"}
        for key, label in STYLE_LABELS.items()
    }


@router.get(
    "/{style}/preview.png",
    response_class=Response,
    responses={
        200: {"content": {"image/png": {}}, "description": "A small picture in this style"},
        404: {"model": ErrorBody, "description": "No preview can be drawn"},
        422: {"model": ErrorBody, "description": "Not a known style"},
    },
)
def preview(style: Annotated[IllustrationStyle, Path()]) -> Response:
    """A small picture drawn in `style`, for the creation form's live preview."""
    return Response(
        style_preview(style), media_type="image/png", headers={"Cache-Control": "public, max-age=86400"}
    )
