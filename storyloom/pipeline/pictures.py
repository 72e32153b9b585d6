"""The pictures stage: the character reference sheets first, then the cover and every page, each
drawn by the image providers (`first_that_works`: the next one when one refuses) from the character
bible plus the page's structured scene (`render.scene_prompt.build_prompt`), delivered at print size
(trim + bleed at 300 dpi) whatever size the provider drew. Every call a picture took is in its
`calls`, and also in `record` when one is given (the unit's one record of calls)."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypedDict

from PIL import Image

from storyloom.errors import ProviderBadRequestError
from storyloom.pipeline.calls import first_that_works
from storyloom.providers.base import CallRecord
from storyloom.providers.image.base import (
    PRINT_SIZE_PX,
    Illustration,
    ImageKind,
    ImageProvider,
    ImageRequest,
    redraws_at_any_size,
)
from storyloom.providers.text.engine.place_words import place_in_text
from storyloom.render.illustrator import cover_scene, ordered_cast
from storyloom.render.raster import encode
from storyloom.render.scene_prompt import build_prompt
from storyloom.story.kinds import ANIMAL_KIND_IDS, named_animals
from storyloom.story.props import LANGUAGES, find_props
from storyloom.story.schema import Character, SceneSpec, StoryContent

PRINT_INCHES = 8.75  # 8.5 in trim plus 0.125 in bleed on each side
PRINT_DPI = 300


@dataclass
class Picture:
    """One delivered illustration: a PNG of `width` x `height` (a JPEG when one was asked of a vector
    provider), how sharp its source really was, and the provider calls it took (failed attempts
    included, with their error in `details`). Asked for the screen size too, it also hands over
    `screen_jpeg`, the same picture as the reader and the screen PDF use it, and, when it is already
    at print size (a provider that draws bitmaps), `print_jpeg`, as the print PDF embeds it."""

    png: bytes
    width: int
    height: int
    effective_dpi: float
    calls: list[CallRecord]
    drawn_by: str = ""  # the provider that drew it
    screen_jpeg: bytes | None = None
    print_jpeg: bytes | None = None


def _story_cover_scene(story: StoryContent) -> SceneSpec:
    """The cover shows the story's cast where its title says, with the thing its title names: the
    golden key of "... and the Golden Key of the Singing Tower", in the tower. A thing counts when a
    page of the story shows it too (the title's words are read in every language the story may be
    in, so a page confirms the language); the place is the title's, else the story's home (the first
    page's place), else the story's backdrop."""
    first = story.chapters[0].scene if story.chapters else None
    time_of_day = first.time_of_day if first and first.time_of_day != "night" else "morning"
    names = [c.name for c in story.main_characters] or [c.name for c in story.characters[:3]]
    shown_props = {item.prop for chapter in story.chapters for item in chapter.scene.props}
    shown_props |= {
        entry.holding for chapter in story.chapters for entry in chapter.scene.cast if entry.holding
    }
    shown_animals = {animal.kind for chapter in story.chapters for animal in chapter.scene.animals}
    character_names = [c.name for c in story.characters]
    title = story.title
    for name in character_names:
        title = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", title)
    props = [prop for language in LANGUAGES for prop in find_props(title, language) if prop in shown_props]
    animals = [
        kind
        for language in LANGUAGES
        for kind, _ in named_animals(title, language)
        if kind in shown_animals and kind in ANIMAL_KIND_IDS
    ]
    place = place_in_text(title) or (first.place if first is not None else None)
    return cover_scene(
        story.settings.backdrop,
        time_of_day,
        names[:4],
        "happy",
        place=place,
        props=props[:2],
        animals=animals[:1],
    )


def _to_print_size(png: bytes, size_px: int) -> tuple[bytes, float, Image.Image]:
    """`png` as a `size_px` square (centre-cropped, upscaled with Lanczos if smaller), its effective
    dpi, and its pixels (for the copies made from them without decoding the PNG again)."""
    with Image.open(io.BytesIO(png)) as source:
        image = source.convert("RGB")
    width, height = image.size
    effective_dpi = round(min(width, height) / PRINT_INCHES, 1)
    if (width, height) == (size_px, size_px):
        return png, effective_dpi, image
    side = min(width, height)
    left, top = (width - side) // 2, (height - side) // 2
    image = image.crop((left, top, left + side, top + side)).resize(
        (size_px, size_px), Image.Resampling.LANCZOS
    )
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(PRINT_DPI, PRINT_DPI), compress_level=3)
    return out.getvalue(), effective_dpi, image


def _copies(image: Image.Image, screen_size_px: int) -> tuple[bytes, bytes]:
    """A print-size picture's print JPEG (what the print PDF embeds) and its screen copy (what the
    reader and the screen PDF show), made from its pixels while they are at hand: the PDFs then
    neither decode the print-size PNG (0.23 s each time) nor encode it again."""
    screen = image.resize((screen_size_px, screen_size_px), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return encode(image, "jpeg"), encode(screen, "screen-jpeg")


def _side(provider: ImageProvider, size_px: int, screen_size_px: int | None) -> int:
    """A provider that draws vectors draws each size it is asked for: the screen size first (the print
    size follows with the PDFs); the others draw once, as large as they can, and are brought to size."""
    vector = redraws_at_any_size(provider)
    return min(screen_size_px if vector and screen_size_px else size_px, provider.max_size)


def _illustrate(
    providers: Sequence[ImageProvider],
    *,
    kind: ImageKind,
    prompt: str,
    style: str,
    seed: int,
    size_px: int,
    scene: SceneSpec | None,
    characters: Sequence[Character],
    references: tuple[bytes, ...],
    record: list[CallRecord] | None,
    title: str = "",
    screen_size_px: int | None = None,
    encoding: Literal["png", "jpeg"] = "png",
) -> Picture:
    if not providers:
        raise ProviderBadRequestError("no image provider is configured; set IMAGE_PROVIDER", provider="none")
    record = [] if record is None else record
    first_call = len(record)

    def draw(provider: ImageProvider) -> Illustration:
        side = _side(provider, size_px, screen_size_px)
        at_screen_size = redraws_at_any_size(provider) and side == screen_size_px
        return provider.illustrate(
            ImageRequest(
                kind=kind,
                prompt=prompt,
                style=style,
                width=side,
                height=side,
                seed=seed,
                scene=scene,
                characters=tuple(characters),
                references=references if provider.accepts_references else (),
                title=title,
                encoding=encoding,
                screen_copy=at_screen_size and kind != "character",
            )
        )

    illustration, provider = first_that_works(providers, draw, record=record, prompt=prompt)
    calls = record[first_call:]
    side = _side(provider, size_px, screen_size_px)
    if redraws_at_any_size(provider) and (illustration.width, illustration.height) == (side, side):
        dpi = round(side / PRINT_INCHES, 1)
        return Picture(
            illustration.png, side, side, dpi, calls, provider.name, screen_jpeg=illustration.screen_jpeg
        )
    png, effective_dpi, pixels = _to_print_size(illustration.png, size_px)
    print_jpeg = screen_jpeg = None
    if screen_size_px and kind != "character":
        print_jpeg, screen_jpeg = _copies(pixels, screen_size_px)
    del pixels
    return Picture(
        png,
        size_px,
        size_px,
        effective_dpi,
        calls,
        provider.name,
        screen_jpeg=screen_jpeg,
        print_jpeg=print_jpeg,
    )


def draw_character_sheet(
    providers: Sequence[ImageProvider],
    story: StoryContent,
    character: Character,
    *,
    style: str,
    seed: int,
    size_px: int = PRINT_SIZE_PX,
    screen_size_px: int | None = None,
    record: list[CallRecord] | None = None,
) -> Picture:
    """The reference sheet of `character`, made before any page that shows it (at `screen_size_px`
    when given and the provider draws vectors)."""
    return _illustrate(
        providers,
        kind="character",
        prompt=build_prompt(story, character, style),
        style=style,
        seed=seed,
        size_px=size_px,
        scene=None,
        characters=[character],
        references=(),
        screen_size_px=screen_size_px,
        record=record,
    )


class _SceneDrawing(TypedDict):
    scene: SceneSpec
    characters: Sequence[Character]
    references: tuple[bytes, ...]


def _scene_drawing(story: StoryContent, scene: SceneSpec, references: Mapping[str, bytes]) -> _SceneDrawing:
    """The scene, its cast in drawing order and the reference sheets of those shown."""
    return {
        "scene": scene,
        "characters": ordered_cast(scene, story.characters),
        "references": tuple(references[name] for name in scene.characters_present if name in references),
    }


def draw_cover(
    providers: Sequence[ImageProvider],
    story: StoryContent,
    *,
    style: str,
    seed: int,
    references: Mapping[str, bytes],
    size_px: int = PRINT_SIZE_PX,
    screen_size_px: int | None = None,
    encoding: Literal["png", "jpeg"] = "png",
    record: list[CallRecord] | None = None,
) -> Picture:
    """The cover: the main characters together in the story's setting, with room for the title on top
    (the title itself is set by the book layout, not drawn into the picture). A provider that draws
    vectors draws it at `screen_size_px` when given."""
    scene = _story_cover_scene(story)
    return _illustrate(
        providers,
        kind="cover",
        prompt=f"Front cover. {build_prompt(story, scene, style)}",
        title=story.title,
        **_scene_drawing(story, scene, references),
        style=style,
        seed=seed,
        size_px=size_px,
        screen_size_px=screen_size_px,
        encoding=encoding,
        record=record,
    )


def draw_page(
    providers: Sequence[ImageProvider],
    story: StoryContent,
    index: int,
    *,
    style: str,
    seed: int,
    references: Mapping[str, bytes],
    size_px: int = PRINT_SIZE_PX,
    screen_size_px: int | None = None,
    encoding: Literal["png", "jpeg"] = "png",
    record: list[CallRecord] | None = None,
) -> Picture:
    """The illustration of chapter `index` (1-based), showing its characters as on their sheets (at
    `screen_size_px` when given and the provider draws vectors)."""
    if not 1 <= index <= len(story.chapters):
        raise IndexError(f"chapter {index} does not exist; the story has {len(story.chapters)}")
    scene = story.chapters[index - 1].scene
    return _illustrate(
        providers,
        kind="page",
        prompt=build_prompt(story, scene, style),
        **_scene_drawing(story, scene, references),
        style=style,
        seed=seed,
        size_px=size_px,
        screen_size_px=screen_size_px,
        encoding=encoding,
        record=record,
    )
