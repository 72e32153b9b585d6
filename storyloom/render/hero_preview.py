"""A quick picture of the hero as the customer is choosing them, drawn by the built-in illustrator."""

from __future__ import annotations

from storyloom.render.illustrator import render_character_sheet
from storyloom.story.appearance import apply_appearance
from storyloom.story.params import Appearance
from storyloom.story.schema import Character, VisualBible

HERO_AGE = {"0-2": "two-year-old", "3-5": "four-year-old", "6-8": "seven-year-old", "9-12": "ten-year-old"}
PREVIEW_SEED = 14

_NEUTRAL = VisualBible(
    species="human child",
    age="four-year-old",
    skin_or_fur="warm beige skin",
    hair="short dark brown hair",
    outfit="a sky blue jumper and comfy trousers",
    colours={"skin": "#d9a27a", "hair": "#3d2719", "outfit": "#5aa5e6", "eyes": "#5a3b22"},
)


def hero_bible_for(appearance: Appearance, age_group: str = "3-5") -> VisualBible:
    """The bible a preview draws: a neutral child with every chosen part written in."""
    base = _NEUTRAL.model_copy(update={"age": HERO_AGE.get(age_group, _NEUTRAL.age)})
    chosen = appearance
    if chosen.hair_style is None:
        chosen = chosen.model_copy(update={"hair_style": "short"})
    return apply_appearance(base, chosen)


def hero_preview_png(
    appearance: Appearance, style: str, *, age_group: str = "3-5", size_px: int = 320
) -> bytes:
    """A PNG of the hero, front view, in `style`; the same choices always draw the same picture."""
    hero = Character(
        name="Hero",
        role="hero",
        description="the child this book is for",
        bible=hero_bible_for(appearance, age_group),
    )
    return render_character_sheet(hero, style, PREVIEW_SEED, width=size_px, height=size_px, label=False)
