"""The built-in illustrator as an ImageProvider: offline, free, deterministic per (story, page); it also
draws the small sample page of each style that the creation form previews."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from storyloom.errors import ProviderBadRequestError
from storyloom.providers.base import CallRecord, Stopwatch
from storyloom.providers.image.base import Illustration, ImageRequest
from storyloom.render.illustrator import cover_scene, render_character_sheet, render_scene_encoded
from storyloom.render.text_area import COVER_TEXT_DEPTH
from storyloom.story.schema import Character, SceneSpec, VisualBible

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
        screen_jpeg: bytes | None = None
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
            pictures = render_scene_encoded(
                scene,
                request.characters,
                request.style,
                request.seed,
                width=request.width,
                height=request.height,
                calm_depth=calm,
                encodings=(request.encoding, "screen-jpeg") if request.screen_copy else (request.encoding,),
            )
            png, screen_jpeg = pictures[0], (pictures[1] if request.screen_copy else None)
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
        return Illustration(
            png=png, width=request.width, height=request.height, call=call, screen_jpeg=screen_jpeg
        )


_PREVIEW_CAST = (
    Character(
        name="Ada",
        role="hero",
        description="a cheerful girl",
        bible=VisualBible(
            species="human child",
            age="child",
            skin_or_fur="light brown skin",
            hair="dark brown ponytail",
            outfit="a red dress",
            colours={"skin": "#c68642", "hair": "#4a2c1a", "outfit": "#e4574b"},
        ),
    ),
    Character(
        name="Bramble",
        role="friend",
        description="a helpful fox",
        bible=VisualBible(
            species="fox",
            age="child",
            skin_or_fur="orange fur",
            hair="none",
            outfit="a blue scarf",
            colours={"skin": "#e2722b", "outfit": "#3b7dd8"},
        ),
    ),
)
_PREVIEW_SCENE = SceneSpec(
    setting="a sunny garden",
    backdrop="garden",
    time_of_day="afternoon",
    characters_present=["Ada", "Bramble"],
    action="wave hello",
    mood="happy",
    composition="hero-left",
    text_space="bottom",
)


def style_preview_png(style: str, size_px: int = 480) -> bytes:
    """A small sample page in `style`, drawn offline, for the creation form's live preview."""
    request = ImageRequest(
        kind="page",
        prompt="style preview",
        style=style,
        width=size_px,
        height=size_px,
        seed=1,
        scene=_PREVIEW_SCENE,
        characters=_PREVIEW_CAST,
    )
    return BuiltinIllustrator().illustrate(request).png
