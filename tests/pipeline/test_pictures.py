"""Illustrating a book: prompts, print size and upscaling, fallbacks, and the built-in illustrator's
promise that each character looks the same on every page."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import pytest
from PIL import Image, ImageChops, ImageStat
from pydantic import ValidationError

from storyloom.errors import (
    ContentPolicyError,
    ProviderAuthError,
    ProviderRateLimitError,
    ProviderServerError,
)
from storyloom.pipeline.pictures import Picture, draw_character_sheet, draw_cover, draw_page
from storyloom.providers.base import CallRecord
from storyloom.providers.image.base import PRINT_SIZE_PX, Illustration, ImageRequest
from storyloom.providers.image.builtin import BuiltinIllustrator, style_preview_png
from storyloom.render.scene_prompt import build_prompt
from storyloom.story.schema import AnimalInScene, SceneSpec
from tests.render.fixtures.illustration import load_story, open_png, pixels_near

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
SMALL = 360


@dataclass
class SmallPainter:
    """A provider double that paints a flat square of `side` pixels and remembers its requests."""

    side: int = 512
    fail_with: Exception | None = None
    requests: list[ImageRequest] = field(default_factory=list)
    name: ClassVar[str] = "small"
    accepts_references: ClassVar[bool] = True
    max_size: ClassVar[int] = 1024

    def illustrate(self, request: ImageRequest) -> Illustration:
        self.requests.append(request)
        if self.fail_with is not None:
            raise self.fail_with
        out = io.BytesIO()
        Image.new("RGB", (self.side, self.side), (30, 140, 200)).save(out, format="PNG")
        call = CallRecord(provider=self.name, prompt=request.prompt, model="small-1", cost_usd=0.01)
        return Illustration(png=out.getvalue(), width=self.side, height=self.side, call=call)


def test_prompt_carries_the_bible_and_the_structured_scene() -> None:
    # given
    story = load_story("lantern_of_stars")
    scene = story.chapters[4].scene
    # when
    prompt = build_prompt(story, scene, "crayon")
    # then
    assert "a snowy pass (mountains), afternoon. meet Ember the dragon. Mood: surprised." in prompt
    for name in scene.characters_present:
        assert f"{name} is {story.character(name).bible.describe()}." in prompt
    assert "hand-drawn crayon" in prompt
    assert "Leave the lower third of the picture calm" in prompt
    assert "No text" in prompt


def test_prompt_names_the_animals_the_page_shows_besides_its_characters() -> None:
    # given a page whose text names a dolphin and three gulls
    story = load_story("lantern_of_stars")
    scene = story.chapters[4].scene.model_copy(
        update={
            "animals": [
                AnimalInScene(kind="dolphin", where="water"),
                AnimalInScene(kind="bird", count=3, where="sky"),
            ]
        }
    )
    # when
    prompt = build_prompt(story, scene, "flat")
    # then
    assert "Also show, smaller than the characters: a dolphin in the water, three birds in the sky." in prompt


def test_a_scene_from_an_llm_may_name_only_known_animal_kinds() -> None:
    # given the structured-output schema the LLM writers send
    schema = SceneSpec.model_json_schema()
    animal = schema["$defs"]["AnimalInScene"]["properties"]["kind"]
    # then it offers every animal kind, no person, and refuses an unknown kind naming the field
    assert "dolphin" in animal["enum"] and "grandma" not in animal["enum"]
    with pytest.raises(ValidationError, match="animal kind 'grandma' is not an animal"):
        AnimalInScene(kind="grandma")


def test_character_prompt_lists_the_exact_colours() -> None:
    story = load_story("lantern_of_stars")
    prompt = build_prompt(story, story.character("Rusty"), "flat")
    assert "Exact colours: skin #e2722b, outfit #1f9e9a, belly #fff4e4." in prompt
    assert "front view" in prompt


def test_smaller_pictures_are_upscaled_to_print_size_and_their_dpi_recorded() -> None:
    # given a provider that paints 512 px
    story = load_story("lantern_of_stars")
    # when
    picture = draw_page([SmallPainter()], story, 1, style="flat", seed=1, references={}, size_px=1000)
    # then
    assert (picture.width, picture.height) == (1000, 1000)
    assert open_png(picture.png).size == (1000, 1000)
    assert picture.effective_dpi == 58.5
    assert [call.provider for call in picture.calls] == ["small"]


def test_the_page_asks_for_the_providers_largest_size_and_passes_the_references_of_its_cast() -> None:
    # given
    story = load_story("lantern_of_stars")
    painter = SmallPainter()
    sheets = {"Maya": b"maya-sheet", "Rusty": b"rusty-sheet", "Pip": b"pip-sheet"}
    # when
    draw_page([painter], story, 2, style="flat", seed=1, references=sheets)
    # then
    request = painter.requests[0]
    assert (request.width, request.height, request.kind) == (1024, 1024, "page")
    assert request.references == (b"maya-sheet", b"rusty-sheet")
    assert [c.name for c in request.characters] == ["Maya", "Rusty"]


@pytest.mark.parametrize(
    "refusal",
    [
        pytest.param(ContentPolicyError("refused", provider="small"), id="content-policy"),
        pytest.param(ProviderAuthError("bad key", provider="small"), id="terminal-auth"),
    ],
)
def test_a_refusal_falls_back_to_the_next_provider(refusal: Exception) -> None:
    # given
    story = load_story("lantern_of_stars")
    # when
    picture = draw_cover(
        [SmallPainter(fail_with=refusal), BuiltinIllustrator()],
        story,
        style="flat",
        seed=1,
        references={},
        size_px=SMALL,
    )
    # then
    assert [call.provider for call in picture.calls] == ["small", "builtin"]
    assert picture.calls[0].details["error"] == refusal.code  # type: ignore[attr-defined]
    assert picture.effective_dpi == round(SMALL / 8.75, 1)


def test_when_every_provider_refuses_the_last_error_is_raised() -> None:
    story = load_story("lantern_of_stars")
    first = SmallPainter(fail_with=ContentPolicyError("first", provider="a"))
    last = SmallPainter(fail_with=ContentPolicyError("second", provider="b"))
    with pytest.raises(ContentPolicyError, match="second"):
        draw_page([first, last], story, 1, style="flat", seed=1, references={})


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(ProviderRateLimitError("slow down", provider="small", retry_after=3), id="429"),
        pytest.param(ProviderServerError("down", provider="small"), id="500"),
    ],
)
def test_retryable_errors_are_left_to_the_pipeline(error: Exception) -> None:
    story = load_story("lantern_of_stars")
    fallback = SmallPainter()
    with pytest.raises(type(error)):
        draw_page([SmallPainter(fail_with=error), fallback], story, 1, style="flat", seed=1, references={})
    assert fallback.requests == []


def test_chapter_numbers_start_at_one() -> None:
    story = load_story("lantern_of_stars")
    with pytest.raises(IndexError):
        draw_page([BuiltinIllustrator()], story, 0, style="flat", seed=1, references={})


def test_a_page_at_print_size_is_exact() -> None:
    story = load_story("garden_race")
    picture = draw_page([BuiltinIllustrator()], story, 1, style="watercolour", seed=4, references={})
    assert open_png(picture.png).size == (PRINT_SIZE_PX, PRINT_SIZE_PX)
    assert picture.effective_dpi == 300.0


def _book(story_name: str, style: str, seed: int, size: int) -> list[Picture]:
    story = load_story(story_name)
    providers = [BuiltinIllustrator()]
    return [
        draw_page(providers, story, i, style=style, seed=seed, references={}, size_px=size)
        for i in range(1, len(story.chapters) + 1)
    ]


@pytest.mark.parametrize(
    ("style", "tolerance"),
    [pytest.param("flat", 6, id="flat"), pytest.param("watercolour", 40, id="watercolour")],
)
def test_every_character_keeps_its_bible_colours_on_every_page(style: str, tolerance: int) -> None:
    # given a 12-page story with four characters
    story = load_story("lantern_of_stars")
    # when
    # (at half as large again: on a side-panel page all four share the free side, side by side, each
    # drawn smaller so that nobody stands over another)
    pages = _book("lantern_of_stars", style, 21, SMALL * 3 // 2)
    # then each character's skin and outfit colours are on every page that shows it
    assert len(pages) == 12
    for chapter, picture in zip(story.chapters, pages, strict=True):
        for name in chapter.scene.characters_present:
            colours = story.character(name).bible.colours
            for part in ("skin", "outfit"):
                assert pixels_near(picture.png, colours[part], tolerance) >= 40, (chapter.title, name, part)


def test_a_characters_distinct_colour_appears_only_on_its_pages() -> None:
    # given Pip (purple chest panel) shows on some pages only
    story = load_story("lantern_of_stars")
    pages = _book("lantern_of_stars", "flat", 21, SMALL)
    # when
    shown = [pixels_near(p.png, "#7b3fc4", 6) >= 40 for p in pages]
    # then
    assert shown == ["Pip" in chapter.scene.characters_present for chapter in story.chapters]


def test_the_same_story_draws_the_same_pages_and_another_story_different_ones() -> None:
    first = _book("garden_race", "crayon", 5, 200)
    again = _book("garden_race", "crayon", 5, 200)
    other = _book("lantern_of_stars", "crayon", 5, 200)
    assert [p.png for p in first] == [p.png for p in again]
    assert not {p.png for p in first} & {p.png for p in other}


@pytest.mark.parametrize("style", ["watercolour", "flat", "crayon", "papercut"])
def test_style_preview_is_a_small_sample_in_that_style(style: str) -> None:
    png = style_preview_png(style)
    assert open_png(png).size == (480, 480)
    assert png != style_preview_png("flat" if style != "flat" else "crayon")


def test_contact_sheet_of_one_book_for_a_person_to_look_at() -> None:
    # given one book: character sheets, cover and twelve pages
    story = load_story("lantern_of_stars")
    providers = [BuiltinIllustrator()]
    sheets = {
        c.name: draw_character_sheet(providers, story, c, style="watercolour", seed=8, size_px=300)
        for c in story.main_characters
    }
    cover = draw_cover(providers, story, style="watercolour", seed=8, references={}, size_px=300)
    pages = [
        draw_page(providers, story, i, style="watercolour", seed=8, references={}, size_px=300)
        for i in range(1, 13)
    ]
    pictures = [cover, *pages, *sheets.values()]
    # when
    columns = 6
    rows = -(-len(pictures) // columns)
    contact = Image.new("RGB", (columns * 310 + 10, rows * 310 + 10), "#ffffff")
    for index, picture in enumerate(pictures):
        contact.paste(
            open_png(picture.png).convert("RGB"), (10 + index % columns * 310, 10 + index // columns * 310)
        )
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "contact-sheet.png"
    contact.save(target)
    # then
    assert Image.open(target).size == (1870, 940)
    assert len({p.png for p in pictures}) == len(pictures)


def test_a_page_at_screen_size_comes_with_its_screen_copy_from_the_same_drawing() -> None:
    story = load_story("lantern_of_stars")

    providers = [BuiltinIllustrator()]
    screen = draw_page(providers, story, 2, style="flat", seed=3, references={}, screen_size_px=300)
    printed = draw_page(providers, story, 2, style="flat", seed=3, references={}, size_px=300)

    assert screen.screen_jpeg is not None and printed.screen_jpeg is None
    copy = Image.open(io.BytesIO(screen.screen_jpeg))
    assert (copy.format, copy.mode, copy.size, copy.info["dpi"]) == ("JPEG", "RGB", (300, 300), (150, 150))
    assert copy.info.get("progressive") == 1
    difference = ImageChops.difference(copy.convert("RGB"), open_png(screen.png).convert("RGB"))
    assert max(ImageStat.Stat(difference).mean) < 4  # the same picture, give or take JPEG's loss


def test_a_bitmap_brought_to_print_size_comes_with_its_print_jpeg_and_screen_copy() -> None:
    story = load_story("lantern_of_stars")

    picture = draw_page(
        [SmallPainter()], story, 1, style="flat", seed=1, references={}, size_px=1000, screen_size_px=500
    )
    sheet = draw_character_sheet(
        [SmallPainter()],
        story,
        story.main_characters[0],
        style="flat",
        seed=1,
        size_px=1000,
        screen_size_px=500,
    )

    assert picture.print_jpeg is not None and picture.screen_jpeg is not None
    printed, screen = Image.open(io.BytesIO(picture.print_jpeg)), Image.open(io.BytesIO(picture.screen_jpeg))
    assert (printed.format, printed.size, printed.info["dpi"]) == ("JPEG", (1000, 1000), (300, 300))
    assert (screen.format, screen.size, screen.info["dpi"]) == ("JPEG", (500, 500), (150, 150))
    assert screen.convert("RGB").getpixel((250, 250)) == pytest.approx((30, 140, 200), abs=3)
    assert (sheet.print_jpeg, sheet.screen_jpeg) == (None, None)  # a sheet goes into no PDF
