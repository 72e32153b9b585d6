"""The hero preview: the child as the customer chooses their look, for the forms' live picture."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from storyloom.story.params import AgeGroup, Appearance, IllustrationStyle
from storyloom.web.schemas import ErrorBody

router = APIRouter(prefix="/api/preview", tags=["preview"])

PREVIEW_SIZE_PX = 320


class HeroPreviewQuery(Appearance):
    """The appearance to draw, the style to draw it in, and the child's age group."""

    style: IllustrationStyle = "watercolour"
    age_group: AgeGroup = "3-5"


@lru_cache(maxsize=256)
def hero_png(appearance_json: str, style: str, age_group: str) -> bytes:
    from storyloom.render.hero_preview import hero_preview_png

    appearance = Appearance.model_validate_json(appearance_json)
    return hero_preview_png(appearance, style, age_group=age_group, size_px=PREVIEW_SIZE_PX)


@router.get(
    "/hero",
    response_class=Response,
    responses={
        200: {"content": {"image/png": {}}, "description": "The hero drawn with these choices"},
        422: {
            "model": ErrorBody,
            "description": "An unknown value: the message names the field and the choices",
        },
    },
)
def hero(query: Annotated[HeroPreviewQuery, Query()]) -> Response:
    """The hero drawn by the built-in illustrator with the chosen look, in the chosen style (PNG)."""
    appearance = Appearance.model_validate(query.model_dump(exclude={"style", "age_group"}))
    png = hero_png(appearance.model_dump_json(), query.style, query.age_group)
    return Response(png, media_type="image/png", headers={"Cache-Control": "public, max-age=86400"})
