"""How each animal, creature and machine kind looks by default: its body's words and colour, and its
mane if it has one. The built-in writer starts a companion's bible from here; the illustrator draws the
animals a page only names (the cows in the field) in these colours."""

from __future__ import annotations

import re

from storyloom.story.kinds import KINDS_BY_ID
from storyloom.story.schema import VisualBible

SPECIES_LOOKS: dict[str, tuple[str, str, str]] = {
    "hedgehog": ("brown prickly spines and a pale tummy", "#7a5a3c", "none"),
    "owl": ("soft brown and cream feathers", "#8b6b4a", "a tuft of ear feathers"),
    "fox": ("bright orange fur with a white-tipped tail", "#e0782f", "none"),
    "robot": ("smooth silver metal with rivets", "#b8bec7", "none"),
    "dragon": ("green scales with a golden belly", "#4f9d5a", "two little horns"),
    "unicorn": ("white coat with a pearly shimmer", "#f4f1f6", "a rainbow mane"),
    "puppy": ("golden fur with floppy ears", "#d6a55a", "none"),
    "kitten": ("grey striped fur", "#9a9ea6", "none"),
    "turtle": ("green skin and a brown patterned shell", "#6f9a4a", "none"),
    "dolphin": ("smooth sky-blue skin", "#6fa8dc", "none"),
    "ray": ("smooth blue-grey skin and a pale belly", "#6f8ea8", "none"),
    "squirrel": ("red-brown fur and a huge bushy tail", "#b0562d", "none"),
    "bear": ("thick brown fur", "#7b5232", "none"),
    "rabbit": ("soft white fur with grey ears", "#eeeae4", "none"),
    "mouse": ("soft grey fur and round pink ears", "#a8a4a0", "none"),
    "frog": ("shiny green skin with yellow spots", "#58a94a", "none"),
    "duck": ("fluffy yellow feathers and an orange beak", "#f2d14c", "none"),
    "goose": ("grey feathers, a long neck and an orange beak", "#a7abb0", "none"),
    "dog": ("golden fur with floppy ears", "#c98d4a", "none"),
    "cat": ("grey striped fur", "#9a9ea6", "none"),
    "penguin": ("black and white feathers", "#2e3440", "none"),
    "bird": ("bright blue feathers", "#4f8fd8", "none"),
    "gull": ("white feathers, pale grey wings and a yellow beak", "#f4f4f1", "none"),
    "whale": ("deep blue skin with a pale belly", "#4a6fa5", "none"),
    "octopus": ("soft purple skin", "#a05ab8", "none"),
    "horse": ("chestnut brown coat", "#8b5a2b", "a dark mane"),
    "pony": ("dappled grey coat", "#b8b2a8", "a fluffy mane"),
    "dinosaur": ("green scales with orange spots", "#6fae4f", "none"),
    "elephant": ("soft grey skin", "#a3a7b0", "none"),
    "lion": ("golden fur", "#e0a84a", "a shaggy mane"),
    "tiger": ("orange fur with black stripes", "#ec8a2c", "none"),
    "giraffe": ("yellow coat with brown patches", "#f0c45a", "none"),
    "monkey": ("brown fur and a cream face", "#8a5a3a", "none"),
    "pig": ("pink skin", "#f4a6b8", "none"),
    "cow": ("white coat with black patches", "#f5f3ee", "none"),
    "sheep": ("fluffy white wool", "#f4f1ea", "none"),
    "chicken": ("white feathers and a red comb", "#f7f4ee", "none"),
    "bee": ("yellow and black stripes", "#f2c230", "none"),
    "butterfly": ("bright orange wings", "#f08a3c", "none"),
    "ladybird": ("a red shell with black spots", "#d83a34", "none"),
    "snail": ("a swirly brown shell", "#c49a6c", "none"),
    "fish": ("shiny orange scales", "#f28a30", "none"),
    "shark": ("smooth grey skin and a white belly", "#8b9aab", "none"),
    "crab": ("a red shell", "#e0533d", "none"),
    "alien": ("bright green skin", "#8bd65a", "two antennae"),
    "deer": ("light brown fur with white spots", "#b9804a", "none"),
    "reindeer": ("brown fur and branching antlers", "#8d6a4f", "none"),
    "goat": ("creamy white coat, small horns and a little beard", "#ece4d6", "none"),
    "camel": ("sandy fur and a hump", "#d3a866", "none"),
    "seal": ("smooth silver-grey fur", "#9aa3ad", "none"),
    "beetle": ("a shiny green shell", "#3f7d5a", "none"),
    "fairy": ("fair skin and shimmering wings", "#f6d7c3", "none"),
}
"""Per kind (or older species word): (body in words, body colour, mane or extra mark or "none")."""

MANES = {"lion": "#b5651d", "horse": "#4a3123", "pony": "#f3e3cf", "unicorn": "#e8b4d8"}
"""Mane colours of the kinds that have one."""

_UNKNOWN = ("soft brown fur", "#a07850", "none")

GULL_WORDS = re.compile(r"gull|gaviota|mouette|go[eé]land|m[öo]we", re.IGNORECASE)
"""A gull in the four languages: drawn as the bird kind, but white and grey with a yellow beak."""


def is_gull(species: str) -> bool:
    """Whether `species` (as a customer or the text typed it, in any language) is a gull."""
    return bool(GULL_WORDS.search(species))


def default_bible(kind_id: str) -> VisualBible:
    """The plain look of one `kind_id` that is no character of the story, in its species' colours."""
    body, colour, extra = SPECIES_LOOKS.get(kind_id, _UNKNOWN)
    mane = "mane" in extra
    kind = KINDS_BY_ID[kind_id]
    return VisualBible(
        species=kind.words["en"][0],
        kind=kind_id,
        age="young" if kind.group != "machine" else "new",
        skin_or_fur=body,
        hair=extra if mane else "none",
        outfit="nothing",
        colours={"skin": colour, "hair": MANES.get(kind_id, colour) if mane else colour, "outfit": colour},
    )
