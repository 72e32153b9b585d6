"""How the child (or a person friend) looks: the palettes a customer picks from, and the bible they make.

Every choice is a short id (`deep-brown`, `afro`) with a name in words and, for colours, a #rrggbb
value. `apply_appearance` writes the choices into a character's visual bible in words and colours, so
the built-in illustrator and every image model draw the same child."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal, get_args

from storyloom.story.schema import StoryContent, VisualBible

if TYPE_CHECKING:
    from storyloom.story.params import Appearance, StoryParams

SkinTone = Literal[
    "porcelain",
    "fair",
    "light",
    "beige",
    "olive",
    "tan",
    "golden-brown",
    "brown",
    "deep-brown",
    "ebony",
]
HairColour = Literal[
    "black",
    "dark-brown",
    "brown",
    "light-brown",
    "auburn",
    "ginger",
    "strawberry-blond",
    "blond",
    "platinum",
    "grey",
]
HairStyle = Literal[
    "short",
    "long",
    "straight",
    "curly",
    "coily",
    "afro",
    "braids",
    "bun",
    "ponytail",
    "bunches",
    "shaved",
    "bald",
    "hijab",
    "patka",
]
EyeColour = Literal["brown", "dark-brown", "hazel", "amber", "green", "blue", "grey"]
OutfitColour = Literal["red", "orange", "yellow", "green", "teal", "blue", "purple", "pink"]

SKIN_TONES: dict[str, tuple[str, str]] = {
    "porcelain": ("porcelain", "#fbe1d0"),
    "fair": ("fair", "#f3cdb0"),
    "light": ("light", "#e8b894"),
    "beige": ("warm beige", "#d9a27a"),
    "olive": ("olive", "#c09166"),
    "tan": ("tan", "#a97650"),
    "golden-brown": ("golden brown", "#8f5e3a"),
    "brown": ("brown", "#754528"),
    "deep-brown": ("deep brown", "#5a321d"),
    "ebony": ("ebony", "#3e2417"),
}
HAIR_COLOURS: dict[str, tuple[str, str]] = {
    "black": ("black", "#1e1916"),
    "dark-brown": ("dark brown", "#3d2719"),
    "brown": ("brown", "#6a4226"),
    "light-brown": ("light brown", "#9b6b3f"),
    "auburn": ("auburn", "#8f3a1f"),
    "ginger": ("ginger", "#d0632a"),
    "strawberry-blond": ("strawberry blond", "#dc9d6e"),
    "blond": ("blond", "#e6c46e"),
    "platinum": ("platinum blond", "#f1e6c8"),
    "grey": ("silver grey", "#a9a9ae"),
}
# (name shown to the customer, phrase for the bible: `{colour}` is the hair colour in words)
HAIR_STYLES: dict[str, tuple[str, str]] = {
    "short": ("Short", "short {colour} hair"),
    "long": ("Long", "long {colour} hair down past the shoulders"),
    "straight": ("Straight bob", "straight {colour} hair in a chin-length bob with a fringe"),
    "curly": ("Curly", "bouncy curly {colour} hair"),
    "coily": ("Coily", "short coily {colour} hair"),
    "afro": ("Afro", "{colour} hair in a big round afro"),
    "braids": ("Braids", "{colour} hair in two long braids with beads"),
    "bun": ("Bun", "{colour} hair in a bun on top"),
    "ponytail": ("Ponytail", "{colour} hair in a ponytail"),
    "bunches": ("Bunches", "{colour} hair in two bunches"),
    "shaved": ("Shaved", "{colour} hair shaved very short"),
    "bald": ("Bald", "no hair, a smooth bald head"),
    "hijab": ("Hijab", "a {headwear} hijab covering the hair and neck"),
    "patka": ("Patka", "a {headwear} patka covering the hair, tied over a top knot"),
}
HEAD_COVERINGS = frozenset({"hijab", "patka"})
EYE_COLOURS: dict[str, tuple[str, str]] = {
    "brown": ("brown", "#5a3b22"),
    "dark-brown": ("dark brown", "#2e1c10"),
    "hazel": ("hazel", "#8a6a3a"),
    "amber": ("amber", "#b5792a"),
    "green": ("green", "#3f8a47"),
    "blue": ("blue", "#3d74c4"),
    "grey": ("grey", "#7b8a99"),
}
OUTFIT_COLOURS: dict[str, tuple[str, str]] = {
    "red": ("tomato red", "#e0533d"),
    "orange": ("pumpkin orange", "#ef8a32"),
    "yellow": ("sunny yellow", "#f2c230"),
    "green": ("leaf green", "#5cae4f"),
    "teal": ("teal", "#2f9c95"),
    "blue": ("sky blue", "#5aa5e6"),
    "purple": ("plum purple", "#8c4fa8"),
    "pink": ("coral pink", "#f07f7a"),
}
FEATURES: dict[str, tuple[str, str]] = {
    "glasses": ("Glasses", "round glasses"),
    "freckles": ("Freckles", "freckles across the nose"),
    "hearing_aid": ("Hearing aid", "a bright hearing aid behind the ear"),
    "wheelchair": ("Wheelchair", "sits in a wheelchair"),
}
HEARING_AID_COLOUR = "#2fb5c8"
WHEELCHAIR_COLOUR = "#4a5a78"

# Each table must offer every value of its Literal, and nothing else.
for _table, _literal in (
    (SKIN_TONES, SkinTone),
    (HAIR_COLOURS, HairColour),
    (HAIR_STYLES, HairStyle),
    (EYE_COLOURS, EyeColour),
    (OUTFIT_COLOURS, OutfitColour),
):
    assert tuple(_table) == get_args(_literal)


def headwear_colour(outfit_hex: str) -> str:
    """The colour of a hijab or patka: the outfit's colour, so the head covering matches the clothes."""
    return outfit_hex


def hair_style_of(hair_text: str) -> str | None:
    """The hair style id whose bible phrase `hair_text` is, or None for freely written hair."""
    lowered = " ".join(hair_text.lower().split())
    for style in (*[s for s in HAIR_STYLES if s != "short"], "short"):
        if _STYLE_PATTERNS[style].fullmatch(lowered):
            return style
    return None


_STYLE_PATTERNS = {
    style: re.compile(
        re.escape(phrase).replace(re.escape("{colour}"), "[^,]+?").replace(re.escape("{headwear}"), "[^,]+?")
    )
    for style, (_name, phrase) in HAIR_STYLES.items()
}


def _recoloured_outfit(outfit: str, colour_name: str) -> str:
    """The outfit in words with its main colour changed to `colour_name` (or added when none is named)."""
    for old, _hex in OUTFIT_COLOURS.values():
        if old in outfit:
            return outfit.replace(old, colour_name, 1)
    match = _BASIC_COLOUR.search(outfit)
    if match:
        return outfit[: match.start()] + colour_name + outfit[match.end() :]
    return f"{outfit}, all in {colour_name}" if outfit else f"a {colour_name} jumper and comfy trousers"


_BASIC_COLOUR = re.compile(
    r"\b(red|orange|yellow|green|teal|blue|purple|pink|violet|turquoise)\b", re.IGNORECASE
)


def apply_appearance(bible: VisualBible, appearance: Appearance) -> VisualBible:
    """`bible` with every chosen part of `appearance` written in, in words and in colours.

    Parts left empty keep what the bible had. Once anything is chosen, the marks are exactly the
    chosen features (glasses, freckles, hearing aid, wheelchair) and the eye colour."""
    if appearance.is_empty():
        return bible
    colours = dict(bible.colours)
    skin_text = bible.skin_or_fur
    if appearance.skin:
        name, colours["skin"] = SKIN_TONES[appearance.skin]
        skin_text = f"{name} skin"
    if appearance.outfit_colour:
        outfit_name, colours["outfit"] = OUTFIT_COLOURS[appearance.outfit_colour]
        outfit = _recoloured_outfit(bible.outfit, outfit_name)
    else:
        outfit = bible.outfit
    hair_text = bible.hair
    hair_name = bible.hair.split(",")[0].strip() if "," in bible.hair else "dark"
    if appearance.hair_colour:
        hair_name, colours["hair"] = HAIR_COLOURS[appearance.hair_colour]
    elif "hair" not in colours:
        colours["hair"] = "#3d2719"
    if appearance.hair_style:
        phrase = HAIR_STYLES[appearance.hair_style][1]
        headwear_name = next(
            (name for name, value in OUTFIT_COLOURS.values() if value == colours["outfit"]), "soft"
        )
        if appearance.hair_style in HEAD_COVERINGS:
            colours["headwear"] = headwear_colour(colours["outfit"])
        hair_text = phrase.format(colour=hair_name, headwear=headwear_name)
    elif appearance.hair_colour:
        hair_text = f"{hair_name} hair"
    marks = [FEATURES[key][1] for key in FEATURES if getattr(appearance, key)]
    if appearance.eyes:
        eye_name, colours["eyes"] = EYE_COLOURS[appearance.eyes]
        marks.append(f"{eye_name} eyes")
    if appearance.hearing_aid:
        colours["hearing_aid"] = HEARING_AID_COLOUR
    if appearance.wheelchair:
        colours["wheelchair"] = WHEELCHAIR_COLOUR
    return bible.model_copy(
        update={
            "skin_or_fur": skin_text,
            "hair": hair_text,
            "outfit": outfit,
            "distinguishing_marks": ", ".join(marks),
            "colours": colours,
        }
    )


def dress_story(story: StoryContent, params: StoryParams) -> StoryContent:
    """`story` with the customer's chosen looks written into the hero's (and each friend's) bible,
    whatever the writer (built-in engine or an AI) put there."""
    wanted: dict[str, Appearance] = {}
    if params.appearance is not None:
        wanted[params.child_name.casefold()] = params.appearance
    for spec in params.characters:
        if spec.appearance is not None:
            wanted[spec.name.casefold()] = spec.appearance
    if not wanted:
        return story
    characters = []
    for character in story.characters:
        key = params.child_name.casefold() if character.role == "hero" else character.name.casefold()
        appearance = wanted.get(key)
        if appearance is not None:
            character = character.model_copy(update={"bible": apply_appearance(character.bible, appearance)})
        characters.append(character)
    return story.model_copy(update={"characters": characters})
