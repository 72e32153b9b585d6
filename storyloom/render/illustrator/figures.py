"""Which drawing a character gets (from its species), and one figure placed on the page."""

from __future__ import annotations

import random

from storyloom.render.illustrator.creatures import (
    draw_animal,
    draw_bird,
    draw_creature,
    draw_dragon,
    draw_robot,
)
from storyloom.render.illustrator.human import draw_human
from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import el, fmt
from storyloom.story.schema import Character

FIGURE_HEIGHT = 400.0

_SPECIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("robot", ("robot", "android", "droid", "automaton")),
    ("dragon", ("dragon", "dinosaur", "dino", "wyvern")),
    ("fox", ("fox", "wolf", "squirrel")),
    ("rabbit", ("rabbit", "bunny", "hare")),
    ("cat", ("cat", "kitten", "kitty", "tiger", "leopard")),
    ("dog", ("dog", "puppy", "pup", "hound")),
    ("mouse", ("mouse", "mice", "hamster", "rat")),
    ("lion", ("lion",)),
    ("bear", ("bear", "panda", "koala", "teddy")),
    ("bird", ("owl", "bird", "penguin", "chick", "duck", "parrot", "hen", "robin")),
    (
        "human",
        (
            "human",
            "child",
            "girl",
            "boy",
            "kid",
            "baby",
            "toddler",
            "person",
            "man",
            "woman",
            "mum",
            "mom",
            "dad",
            "grand",
            "teacher",
            "princess",
            "prince",
            "king",
            "queen",
            "knight",
            "pirate",
            "wizard",
            "witch",
            "fairy",
            "astronaut",
            "explorer",
            "sister",
            "brother",
            "aunt",
            "uncle",
            "friend",
        ),
    ),
)


def species_kind(species: str) -> str:
    """The drawing used for `species`: a known animal, human, dragon, robot, or `creature`."""
    words = species.lower().replace("-", " ").split()
    text = " ".join(words)
    for kind, names in _SPECIES:
        for name in names:
            if name in words or (len(name) > 3 and name in text):
                return kind
    return "creature"


def pose_for(action: str, is_hero: bool) -> str:
    """`wave` when the action greets, cheers or points, else `stand`."""
    lowered = action.lower()
    greeting = ("wave", "hello", "cheer", "point", "reach", "celebrat", "hooray", "greet", "goodbye", "hug")
    if is_hero and any(word in lowered for word in greeting):
        return "wave"
    return "stand"


def draw_figure(character: Character, style: Style, seed: int, mood: str, pose: str, scale: float) -> str:
    """The character's figure in its own units (feet at the origin); the same bible always draws the
    same shapes and colours, only the mood and pose change."""
    rng = random.Random(seed)
    pen = Pen(style=style, rng=rng, scale=scale)
    bible = character.bible
    kind = species_kind(bible.species)
    if kind == "human":
        body = draw_human(pen, bible, mood, pose)
    elif kind == "robot":
        body = draw_robot(pen, bible, mood, pose)
    elif kind == "dragon":
        body = draw_dragon(pen, bible, mood, pose)
    elif kind == "bird":
        body = draw_bird(pen, bible, mood, pose)
    elif kind == "creature":
        body = draw_creature(pen, bible, mood, pose)
    else:
        body = draw_animal(pen, bible, kind, mood, pose)
    return body


def place_figure(
    character: Character,
    style: Style,
    seed: int,
    *,
    x: float,
    ground: float,
    height: float,
    mood: str,
    pose: str,
    mirror: bool = False,
) -> str:
    """The figure standing at (x, ground), `height` units tall, with its soft shadow."""
    scale = height / FIGURE_HEIGHT
    figure = draw_figure(character, style, seed, mood, pose, scale)
    flip = -scale if mirror else scale
    shadow = el("ellipse", cx=x, cy=ground, rx=height * 0.28, ry=height * 0.045, fill="#2a2030", opacity=0.16)
    transform = f"translate({fmt(x)} {fmt(ground)}) scale({flip:.4f} {scale:.4f})"
    attributes = f'transform="{transform}"'
    if style.shadow:
        attributes += ' filter="url(#cutshadow)"'
    return shadow + f"<g {attributes}>{figure}</g>"
