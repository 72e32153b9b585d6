"""Every appearance option is drawn, in every style: an SVG group per feature, and the chosen colours
in the pixels of the reference sheet."""

from __future__ import annotations

import random

import pytest
from PIL import ImageStat

from storyloom.providers.text.engine.bible import hero_bible
from storyloom.render.hero_preview import hero_bible_for, hero_preview_png
from storyloom.render.illustrator.compose import character_sheet_svg
from storyloom.render.illustrator.styles import style_named
from storyloom.render.illustrator.svg import hex_to_rgb
from storyloom.render.scene_prompt import build_prompt
from storyloom.story.appearance import (
    EYE_COLOURS,
    HAIR_COLOURS,
    HAIR_STYLES,
    OUTFIT_COLOURS,
    SKIN_TONES,
    apply_appearance,
)
from storyloom.story.params import Appearance
from storyloom.story.schema import Character
from tests.render.fixtures.illustration import load_story, open_png, pixels_near

STYLES = ("watercolour", "flat", "crayon", "papercut")
# How far a style's paper texture moves a flat colour (per channel), as the bible colour tests allow.
TOLERANCE = {"flat": 6, "watercolour": 50, "crayon": 25, "papercut": 25}
SIZE = 320


def _svg(appearance: Appearance, style: str) -> str:
    hero = Character(name="Kid", role="hero", description="x", bible=hero_bible_for(appearance))
    return character_sheet_svg(hero, style_named(style), 3, width=SIZE, height=SIZE, label=False)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("hair_style", list(HAIR_STYLES))
def test_each_hair_style_is_drawn(hair_style: str, style: str) -> None:
    svg = _svg(Appearance(hair_style=hair_style, hair_colour="ginger"), style)
    assert f'id="hair-{hair_style}"' in svg
    others = [s for s in HAIR_STYLES if s != hair_style]
    assert not any(f'id="hair-{other}"' in svg for other in others)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("feature", ["glasses", "freckles", "hearing_aid", "wheelchair"])
def test_each_feature_is_drawn_only_when_chosen(feature: str, style: str) -> None:
    element = f'id="{feature.replace("_", "-")}"'
    assert element in _svg(Appearance(**{feature: True}), style)
    assert element not in _svg(Appearance(skin="tan"), style)


@pytest.mark.parametrize("style", STYLES)
def test_the_eye_colour_fills_the_eyes(style: str) -> None:
    for key, (_name, colour) in EYE_COLOURS.items():
        svg = _svg(Appearance(eyes=key), style)
        eyes = svg.split('id="eyes">', 1)[1].split("</g>", 1)[0]
        assert f'fill="{colour}"' in eyes


def _patch(png: bytes, x: float, y: float, half: int = 5) -> tuple[int, int, int]:
    """The median colour of a small square centred at (x, y), in fractions of the picture's size."""
    image = open_png(png).convert("RGB")
    box = (round(x * SIZE) - half, round(y * SIZE) - half, round(x * SIZE) + half, round(y * SIZE) + half)
    red, green, blue = (int(v) for v in ImageStat.Stat(image.crop(box)).median)
    return red, green, blue


def _distance(rgb: tuple[int, int, int], colour: str) -> int:
    return max(abs(a - b) for a, b in zip(rgb, hex_to_rgb(colour), strict=True))


# Where the reference sheet puts the hero: feet at 870 of 1000, 1.8 sheet units per figure unit, the
# head (radius 80) centred 300 figure units up (a child's height; grown-ups are taller).
_HEAD_Y, _HEAD_R = (870 - 300 * 1.8) / 1000, 80 * 1.8 / 1000
FOREHEAD = (0.5, _HEAD_Y - 0.25 * _HEAD_R)
CROWN = (0.5, _HEAD_Y - 0.8 * _HEAD_R)
CHEST = (0.5, (870 - 1.8 * (215 - 60)) / 1000)


@pytest.mark.parametrize("style", STYLES)
def test_the_chosen_colours_are_in_the_pixels(style: str) -> None:
    """The forehead, the crown and the chest are the chosen skin, hair and outfit colours; in the flat
    style the nearest colour of each palette is exactly the one chosen."""
    skins, hairs, outfits = list(SKIN_TONES), list(HAIR_COLOURS), list(OUTFIT_COLOURS)
    for n, skin in enumerate(skins):
        outfit = outfits[n % len(outfits)]
        chosen = Appearance(skin=skin, hair_colour=hairs[n], hair_style="long", outfit_colour=outfit)
        png = hero_preview_png(chosen, style, size_px=SIZE)
        for where, table, key in (
            (FOREHEAD, SKIN_TONES, skin),
            (CROWN, HAIR_COLOURS, hairs[n]),
            (CHEST, OUTFIT_COLOURS, outfit),
        ):
            measured = _patch(png, *where)
            assert _distance(measured, table[key][1]) <= TOLERANCE[style], (style, key, measured)
            if style == "flat":
                nearest = min(table, key=lambda other: _distance(measured, table[other][1]))  # noqa: B023
                assert nearest == key


def test_the_eye_colour_shows_in_the_pixels() -> None:
    blue = hero_preview_png(Appearance(eyes="blue", skin="fair"), "flat", size_px=SIZE)
    brown = hero_preview_png(Appearance(eyes="brown", skin="fair"), "flat", size_px=SIZE)
    assert pixels_near(blue, EYE_COLOURS["blue"][1], 6) >= 40
    assert pixels_near(brown, EYE_COLOURS["blue"][1], 6) == 0


@pytest.mark.parametrize("hair_style", ["hijab", "patka"])
def test_a_head_covering_hides_the_hair_and_shows_its_cloth(hair_style: str) -> None:
    appearance = Appearance(hair_style=hair_style, hair_colour="ginger", outfit_colour="purple", skin="tan")
    png = hero_preview_png(appearance, "flat", size_px=SIZE)
    assert pixels_near(png, HAIR_COLOURS["ginger"][1], 6) == 0
    assert pixels_near(png, OUTFIT_COLOURS["purple"][1], 6) > pixels_near(
        hero_preview_png(appearance.model_copy(update={"hair_style": "short"}), "flat", size_px=SIZE),
        OUTFIT_COLOURS["purple"][1],
        6,
    )


def test_glasses_and_wheelchair_change_the_picture() -> None:
    plain = hero_preview_png(Appearance(skin="olive"), "flat", size_px=SIZE)
    wheels = hero_preview_png(Appearance(skin="olive", wheelchair=True), "flat", size_px=SIZE)
    assert pixels_near(wheels, "#2b2b33", 6) > 1000 > pixels_near(plain, "#2b2b33", 6)


def test_a_bible_without_chosen_looks_draws_as_before() -> None:
    bible = hero_bible(random.Random(2), "3-5", "space")
    hero = Character(name="Kid", role="hero", description="x", bible=bible)
    svg = character_sheet_svg(hero, style_named("flat"), 3, width=SIZE, height=SIZE, label=False)
    assert 'id="hair-' not in svg


def test_image_prompts_carry_the_chosen_look_in_words_and_colours() -> None:
    # given a story whose hero wears a hijab and glasses
    story = load_story("lantern_of_stars")
    hero = next(c for c in story.characters if c.role == "hero")
    chosen = Appearance(skin="tan", hair_style="hijab", outfit_colour="teal", eyes="green", glasses=True)
    dressed = hero.model_copy(update={"bible": apply_appearance(hero.bible, chosen)})
    story = story.model_copy(update={"characters": [dressed if c is hero else c for c in story.characters]})
    # when
    sheet = build_prompt(story, dressed, "flat")
    page = build_prompt(
        story, next(c.scene for c in story.chapters if hero.name in c.scene.characters_present), "flat"
    )
    # then
    for prompt in (sheet, page):
        assert "tan skin" in prompt and "a teal hijab covering the hair and neck" in prompt
        assert "round glasses" in prompt and "green eyes" in prompt
    assert f"skin {SKIN_TONES['tan'][1]}" in sheet and f"headwear {OUTFIT_COLOURS['teal'][1]}" in sheet
    assert f"eyes {EYE_COLOURS['green'][1]}" in sheet
