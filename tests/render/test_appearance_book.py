"""A whole built-in book with a chosen hero: the reference sheet, the cover and every page show the
chosen skin and hair colours (measured as the bible colour tests measure them), in every style."""

from __future__ import annotations

import pytest

from storyloom.config import get_settings
from storyloom.pipeline.pictures import draw_character_sheet, draw_cover, draw_page
from storyloom.pipeline.text import write_story
from storyloom.providers.image.builtin import BuiltinIllustrator
from storyloom.providers.text.builtin import BuiltinStoryWriter
from storyloom.story.appearance import HAIR_COLOURS, SKIN_TONES, apply_appearance
from storyloom.story.params import StoryParams
from tests.render.fixtures.illustration import pixels_near

SMALL = 360
TOLERANCE = {"flat": 6, "watercolour": 40, "crayon": 40, "papercut": 30}


def _book(style: str, appearance: dict[str, object] | None) -> list[tuple[str, bool, bytes]]:
    """(what, hero shown, PNG) for the hero's sheet, the cover and every page of a built-in book."""
    params = StoryParams.model_validate(
        {
            "child_name": "Amara",
            "age_group": "3-5",
            "genre": "animals",
            "moral_lesson": "be kind to everyone",
            "page_count": 8,
            "illustration_style": style,
            "appearance": appearance,
        }
    )
    story = write_story(
        [BuiltinStoryWriter(get_settings())],
        params.model_copy(update={"appearance": None}),
        seed=9,
        max_words=5000,
    ).story
    if params.appearance is not None:
        # the same book, only its hero dressed: the engine's other choices stay, so the pictures differ
        # by the hero alone
        characters = [
            c.model_copy(update={"bible": apply_appearance(c.bible, params.appearance)})
            if c.role == "hero"
            else c
            for c in story.characters
        ]
        story = story.model_copy(update={"characters": characters})
    providers = [BuiltinIllustrator()]
    hero = story.character("Amara")
    pictures = [
        ("sheet", True, draw_character_sheet(providers, story, hero, style=style, seed=9, size_px=SMALL).png),
        ("cover", True, draw_cover(providers, story, style=style, seed=9, references={}, size_px=SMALL).png),
    ]
    for n, chapter in enumerate(story.chapters, start=1):
        picture = draw_page(providers, story, n, style=style, seed=9, references={}, size_px=SMALL)
        pictures.append((chapter.title, "Amara" in chapter.scene.characters_present, picture.png))
    return pictures


@pytest.mark.slow
@pytest.mark.parametrize("style", list(TOLERANCE))
def test_the_chosen_hero_is_on_the_sheet_the_cover_and_every_page(style: str) -> None:
    """Each picture showing the hero has far more of the chosen skin and hair colours than the same
    book whose hero the engine chose (the textured styles scatter every colour a little)."""
    # given the same book twice: the engine's hero, and a hero with ebony skin and ginger braids
    chosen = {"skin": "ebony", "hair_colour": "ginger", "hair_style": "braids", "glasses": True}
    # when
    plain, dressed = _book(style, None), _book(style, chosen)
    # then
    skin, hair = SKIN_TONES["ebony"][1], HAIR_COLOURS["ginger"][1]
    tolerance = TOLERANCE[style]
    assert sum(shown for _, shown, _ in dressed) >= len(dressed) - 1
    for (what, shown, before), (_, _, after) in zip(plain, dressed, strict=True):
        if not shown:
            continue
        for part, colour in (("skin", skin), ("hair", hair)):
            gained = pixels_near(after, colour, tolerance) - pixels_near(before, colour, tolerance)
            assert gained >= 60, (what, part, gained)
            if style == "flat":
                assert pixels_near(before, colour, tolerance) == 0, (what, part)
