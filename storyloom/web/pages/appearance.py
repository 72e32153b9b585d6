"""The appearance builder's side of the forms: the palettes it offers, the form fields it reads, and
the preview picture's address for what is chosen."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from storyloom.errors import N_
from storyloom.story.appearance import (
    EYE_COLOURS,
    FEATURES,
    HAIR_COLOURS,
    HAIR_STYLES,
    OUTFIT_COLOURS,
    SKIN_TONES,
)
from storyloom.story.params import AGE_GROUP_LABELS, STYLE_LABELS

CHOICE_FIELDS = ("skin", "hair_colour", "hair_style", "eyes", "outfit_colour")
FLAG_FIELDS = tuple(FEATURES)
APPEARANCE_FIELDS = CHOICE_FIELDS + FLAG_FIELDS
HERO_PREFIX = "appearance-"
PREVIEW_PATH = "/api/preview/hero"


def palettes() -> dict[str, Any]:
    """What the templates offer: each colour as (id, name, #rrggbb), styles and features as (id, name)."""
    return {
        "skin": [(key, name.capitalize(), hex_) for key, (name, hex_) in SKIN_TONES.items()],
        "hair_colour": [(key, name.capitalize(), hex_) for key, (name, hex_) in HAIR_COLOURS.items()],
        "eyes": [(key, name.capitalize(), hex_) for key, (name, hex_) in EYE_COLOURS.items()],
        "outfit_colour": [(key, name.capitalize(), hex_) for key, (name, hex_) in OUTFIT_COLOURS.items()],
        "hair_style": [(key, name) for key, (name, _phrase) in HAIR_STYLES.items()],
        "features": [(key, name) for key, (name, _phrase) in FEATURES.items()],
    }


def appearance_from_form(form: dict[str, str], prefix: str) -> dict[str, Any] | None:
    """The appearance a form's `prefix`-named fields ask for, or None when nothing is chosen."""
    chosen: dict[str, Any] = {
        field: form[prefix + field] for field in CHOICE_FIELDS if form.get(prefix + field)
    }
    chosen.update({field: True for field in FLAG_FIELDS if form.get(prefix + field)})
    return chosen or None


def preview_query(form: dict[str, str], prefix: str = HERO_PREFIX) -> str:
    """The query string of the hero preview for what the form chose (unknown values are left out)."""
    pairs: list[tuple[str, str]] = []
    offered = palettes()
    for field in CHOICE_FIELDS:
        value = form.get(prefix + field, "")
        if value and value in {option[0] for option in offered[field]}:
            pairs.append((field, value))
    pairs.extend((field, "true") for field in FLAG_FIELDS if form.get(prefix + field))
    style = form.get("illustration_style", "")
    if style in STYLE_LABELS:
        pairs.append(("style", style))
    age = form.get("age_group", "")
    if age in AGE_GROUP_LABELS:
        pairs.append(("age_group", age))
    return urlencode(pairs)


def form_field(field: str) -> str | None:
    """The hero's form field for an input error's `appearance.x` field, else None."""
    if field.startswith("appearance."):
        return HERO_PREFIX + field.removeprefix("appearance.")
    return None


# The palettes' names as the templates show them (`_(name)`), for `pybabel extract` (a test checks
# every name offered is here).
PALETTE_WORDS = (
    N_("Porcelain"),
    N_("Fair"),
    N_("Light"),
    N_("Warm beige"),
    N_("Olive"),
    N_("Tan"),
    N_("Golden brown"),
    N_("Brown"),
    N_("Deep brown"),
    N_("Ebony"),
    N_("Black"),
    N_("Dark brown"),
    N_("Light brown"),
    N_("Auburn"),
    N_("Ginger"),
    N_("Strawberry blond"),
    N_("Blond"),
    N_("Platinum blond"),
    N_("Silver grey"),
    N_("Hazel"),
    N_("Amber"),
    N_("Green"),
    N_("Blue"),
    N_("Grey"),
    N_("Tomato red"),
    N_("Pumpkin orange"),
    N_("Sunny yellow"),
    N_("Leaf green"),
    N_("Teal"),
    N_("Sky blue"),
    N_("Plum purple"),
    N_("Coral pink"),
    N_("Short"),
    N_("Long"),
    N_("Straight bob"),
    N_("Curly"),
    N_("Coily"),
    N_("Afro"),
    N_("Braids"),
    N_("Bun"),
    N_("Ponytail"),
    N_("Bunches"),
    N_("Shaved"),
    N_("Bald"),
    N_("Hijab"),
    N_("Patka"),
    N_("Glasses"),
    N_("Freckles"),
    N_("Hearing aid"),
    N_("Wheelchair"),
)
