"""The built-in illustrator as an ImageProvider: offline, free, deterministic per (story, page)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from storyloom.errors import ProviderBadRequestError
from storyloom.providers.base import CallRecord, Stopwatch
from storyloom.providers.image.base import Illustration, ImageRequest
from storyloom.render.illustrator import cover_scene, render_character_sheet, render_scene
from storyloom.render.text_area import COVER_TEXT_DEPTH

if TYPE_CHECKING:
    from storyloom.config import Settings

MAX_SIDE = 6000


class BuiltinIllustrator:
    """Composes each picture from the structured scene and the character bibles, as SVG drawn by
    Skia (resvg for the labelled reference sheets): the same bible always draws the same character,
    so every page matches its reference sheet."""

    name: ClassVar[str] = "builtin"
    accepts_references: ClassVar[bool] = False
    max_size: ClassVar[int] = MAX_SIDE
    redraws_at_any_size: ClassVar[bool] = True

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def illustrate(self, request: ImageRequest) -> Illustration:
        """Draw the page, cover or character sheet `request` describes, at exactly its width and height."""
        if not (0 < request.width <= MAX_SIDE and 0 < request.height <= MAX_SIDE):
            raise ProviderBadRequestError(
                f"builtin cannot draw {request.width}x{request.height} px; each side must be 1 to {MAX_SIDE}",
                provider=self.name,
            )
        watch = Stopwatch()
        if request.kind == "character":
            if not request.characters:
                raise ProviderBadRequestError(
                    "a character sheet needs the character's bible", provider=self.name
                )
            png = render_character_sheet(
                request.characters[0], request.style, request.seed, width=request.width, height=request.height
            )
        else:
            scene = request.scene
            if scene is None:
                if request.kind != "cover":
                    raise ProviderBadRequestError("a page needs its structured scene", provider=self.name)
                scene = cover_scene("forest", "morning", [c.name for c in request.characters], "happy")
            calm = COVER_TEXT_DEPTH * 1000 if request.kind == "cover" else 260.0
            png = render_scene(
                scene,
                request.characters,
                request.style,
                request.seed,
                width=request.width,
                height=request.height,
                calm_depth=calm,
                encoding=request.encoding,
            )
        call = CallRecord(
            provider=self.name,
            prompt=request.prompt,
            model="storyloom-illustrator-1",
            cost_usd=0.0,
            duration_ms=watch.elapsed_ms,
            details={
                "kind": request.kind,
                "style": request.style,
                "width": request.width,
                "height": request.height,
            },
        )
        return Illustration(png=png, width=request.width, height=request.height, call=call)
