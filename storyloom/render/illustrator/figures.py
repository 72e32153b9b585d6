"""Which drawing a character gets (from its species), and one figure placed on the page."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from storyloom.render.illustrator.creatures import (
    draw_animal,
    draw_bird,
    draw_creature,
    draw_dragon,
    draw_robot,
)
from storyloom.render.illustrator.human import draw_human
from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.poses import body_transform, pose_shape
from storyloom.render.illustrator.props_art import draw_prop
from storyloom.render.illustrator.species import HEAD_LIFT, STANDING_ANIMALS, draw_small_critter, draw_swimmer
from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import el, fmt
from storyloom.story.kinds import KINDS_BY_ID, kind_of
from storyloom.story.looks import is_gull
from storyloom.story.schema import Character

FIGURE_HEIGHT = 400.0

AGE_HEIGHT = {"baby": 0.62, "child": 1.0, "adult": 1.3, "elder": 1.26}
"""How tall people of each age are drawn, relative to a child: a grown-up's head clearly above a child's
tallest hair (an afro)."""
SMALL_KINDS = {
    "mouse": 0.8,
    "squirrel": 0.82,
    "hedgehog": 0.78,
    "frog": 0.78,
    "bee": 0.7,
    "ladybird": 0.7,
    "beetle": 0.7,
    "goat": 0.9,
    "deer": 0.95,
    "snail": 0.72,
    "butterfly": 0.85,
    "fish": 0.8,
    "crab": 0.75,
    "chicken": 0.85,
    "duck": 0.85,
    "goose": 0.95,
    "penguin": 0.9,
    "rabbit": 0.92,
    "pony": 0.95,
}
BIG_KINDS = {
    "elephant": 1.2,
    "whale": 1.25,
    "horse": 1.12,
    "giraffe": 1.25,
    "bear": 1.08,
    "dinosaur": 1.1,
    "camel": 1.15,
    "reindeer": 1.05,
}
SWIMMERS = frozenset({"dolphin", "whale", "shark", "fish", "octopus", "turtle", "crab", "seal", "ray"})
CRITTERS = frozenset({"bee", "butterfly", "ladybird", "snail", "beetle"})
BIRDS = frozenset({"owl", "bird", "penguin", "duck", "goose", "chicken"})
UPRIGHT_KINDS = frozenset({"owl"})
"""Kinds drawn upright in every pose: an owl perches, and sleeps sitting up, never lying on its side or
leaning over."""


def resting_bird(kind: str, pose: str) -> bool:
    """Whether a bird lies down to rest: it settles on its belly, legs tucked under, never on its side
    with its legs sticking out."""
    return kind in BIRDS and pose != "swim" and pose_shape(pose).lying


def species_kind(species: str, stored: str = "") -> str:
    """The drawing kind for `species` (in any of the four languages), or the one stored in the bible."""
    return kind_of(species, stored).id


def relative_size(kind_id: str) -> float:
    """How tall this kind is drawn next to a child (a baby small, a grown-up tall, an elephant big)."""
    kind = KINDS_BY_ID.get(kind_id)
    if kind is not None and kind.is_person:
        return AGE_HEIGHT.get(kind.age or "child", 1.0)
    return SMALL_KINDS.get(kind_id, BIG_KINDS.get(kind_id, 1.0))


def sheet_scale(character: Character) -> float:
    """How much taller than a child's figure this character is drawn, so a reference sheet can fill
    its frame with any kind (a baby as large as a giraffe)."""
    kind = species_kind(character.bible.species, character.bible.kind)
    info = KINDS_BY_ID[kind]
    tall = 1.15 if info.is_person and info.age in ("adult", "elder") else 1.0
    lift = 1.0 + HEAD_LIFT.get(kind, 0.0) / 400
    return relative_size(kind) * tall * lift


def pose_for(action: str, is_hero: bool) -> str:
    """`wave` when the action greets, cheers or points, else `stand` (scenes written without a cast)."""
    lowered = action.lower()
    greeting = ("wave", "hello", "cheer", "point", "reach", "celebrat", "hooray", "greet", "goodbye", "hug")
    if is_hero and any(word in lowered for word in greeting):
        return "wave"
    return "stand"


def _wings(pen: Pen) -> str:
    return "".join(
        pen.ellipse(
            side * 95,
            -300,
            70,
            110,
            "#e6f4fb",
            opacity=0.8,
            transform=f"rotate({side * 25} {side * 95} -300)",
        )
        for side in (-1, 1)
    )


def draw_figure(
    character: Character, style: Style, seed: int, mood: str, pose: str, scale: float, facing: str = "front"
) -> str:
    """The character's figure in its own units (feet at the origin); the same bible always draws the
    same shapes and colours, only the mood, pose and facing change."""
    rng = random.Random(seed)
    pen = Pen(style=style, rng=rng, scale=scale)
    bible = character.bible
    kind = species_kind(bible.species, bible.kind)
    info = KINDS_BY_ID[kind]
    if info.is_person:
        tall = 1.0 if info.age in ("child", "baby", "") else 1.15
        return draw_human(pen, bible, mood, pose, facing, tall=tall)
    if kind == "fairy":
        return _wings(pen) + draw_human(pen, bible, mood, pose, facing, tall=1.0)
    if kind == "robot":
        return draw_robot(pen, bible, mood, pose)
    if kind in ("dragon", "dinosaur"):
        return draw_dragon(pen, bible, mood, pose, wings_on=kind == "dragon")
    if kind in BIRDS:
        return draw_bird(
            pen, bible, mood, pose, "gull" if kind == "bird" and is_gull(bible.species) else kind
        )
    if kind in SWIMMERS:
        return draw_swimmer(pen, bible, kind, mood)
    if kind in CRITTERS:
        return draw_small_critter(pen, bible, kind, mood)
    if kind == "alien":
        return draw_creature(pen, bible, mood, pose, alien=True)
    if kind in STANDING_ANIMALS:
        return draw_animal(pen, bible, kind, mood, pose, facing)
    return draw_creature(pen, bible, mood, pose)


WORN_SIZE = 150.0
"""How tall a thing worn on the head is drawn, in figure units (a child's head is 160 wide)."""
WORN_SINK = 0.42
"""How far into the head's top a worn thing sits, as a share of its drawn height."""


def head_top(character: Character, kind: str, pose: str) -> float:
    """The top of the figure's head in its own units (feet at 0): where a crown or a hat sits."""
    info = KINDS_BY_ID[kind]
    if info.is_person or kind == "fairy":
        tall = 1.15 if info.is_person and info.age in ("adult", "elder") else 1.0
        return -300 * tall - 78 + pose_shape(pose).drop
    if kind in STANDING_ANIMALS:
        return -373 - HEAD_LIFT.get(kind, 0.0)
    return {"dragon": -372.0, "dinosaur": -372.0, "robot": -380.0, "alien": -345.0}.get(kind, -350.0)


def on_head(prop: str, character: Character, kind: str, pose: str, style: Style, *, first: bool) -> str:
    """A crown, a flower crown or a hat on the figure's head, in its own units, inside
    `<g id="worn-PROP-NAME">`."""
    base = head_top(character, kind, pose) + WORN_SIZE * WORN_SINK
    drawn = draw_prop(prop, style, 0.0, base, WORN_SIZE)
    if not first:
        drawn = drawn.replace(f'id="prop-{prop}"', f'data-prop="{prop}"', 1)
    return f'<g id="worn-{prop}-{safe_id(character.name)}" data-on="head">{drawn}</g>'


def safe_id(name: str) -> str:
    """`name` usable inside an SVG id (letters, digits, '-' and '_')."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", name)


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
    facing: str = "front",
    worn: Sequence[str] = (),
    first_worn: Sequence[str] = (),
) -> str:
    """The figure at (x, ground), `height` units tall (a child's height: babies, grown-ups and big
    animals are scaled from it), in its pose, with its soft shadow, and the things it wears on its
    head (`worn`: a paper crown; `first_worn` are drawn with their `prop-ID` id, the others with a
    `data-prop`). The group carries the ids `kind-KIND-NAME` and `pose-POSE-NAME` so a page's drawing
    can be checked."""
    kind = species_kind(character.bible.species, character.bible.kind)
    height *= relative_size(kind)
    scale = height / FIGURE_HEIGHT
    figure = draw_figure(character, style, seed, mood, pose, scale, facing)
    figure += "".join(on_head(prop, character, kind, pose, style, first=prop in first_worn) for prop in worn)
    flip = -scale if mirror else scale
    shadow = el("ellipse", cx=x, cy=ground, rx=height * 0.28, ry=height * 0.045, fill="#2a2030", opacity=0.16)
    # a turtle, a fish or a snail is drawn in its own swimming or crawling shape: laid on its side (for a
    # swim or a sleep) it stood on end
    flat = kind in SWIMMERS or kind in CRITTERS
    body = body_transform(
        pose, height, upright=kind in UPRIGHT_KINDS or resting_bird(kind, pose) or flat, mirror=mirror
    )
    if kind in SWIMMERS or kind in ("bee", "butterfly"):
        body = f"translate(0 {fmt(-height * 0.18)}) {body}"
    transform = f"translate({fmt(x)} {fmt(ground)}) {body} scale({flip:.4f} {scale:.4f})"
    attributes = f'transform="{transform}"'
    if style.shadow:
        attributes += ' filter="url(#cutshadow)"'
    name = safe_id(character.name)
    return (
        f'<g id="kind-{kind}-{name}" data-facing="{facing}">{shadow}'
        f'<g id="pose-{pose}-{name}" {attributes}>{figure}</g></g>'
    )
