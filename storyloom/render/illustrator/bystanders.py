"""The animals a page names that are none of its characters (`SceneSpec.animals`): the dolphin she
asks, the cows in the field. Drawn by the species art, smaller than the cast, where the scene puts
them (in the water, the sky, a tree, on the ground), clear of the figures, the props and the text.

Each animal is wrapped in `<g id="animal-KIND-N">` so tests can find it.
"""

from __future__ import annotations

import random

from storyloom.render.illustrator.figures import FIGURE_HEIGHT, SWIMMERS, draw_figure, relative_size
from storyloom.render.illustrator.props_art import draw_prop, prop_height
from storyloom.render.illustrator.staging import SHOT_HEIGHTS, Staging, free_x, prop_base
from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import fmt
from storyloom.story.looks import default_bible
from storyloom.story.schema import AnimalInScene, Character, SceneSpec

BYSTANDER_SIZE = 0.5
"""An animal the page only names, as a share of the size it would have as a character."""
FLYING = frozenset({"bird", "bee", "butterfly", "owl", "fairy", "dragon"})


def _stranger(kind_id: str) -> Character:
    return Character(
        name=kind_id, role="other", description=kind_id, main=False, bible=default_bible(kind_id)
    )


def place_animals(scene: SceneSpec, staging: Staging, style: Style, seed: int) -> str:
    """Every animal of the scene, `count` times each, half a character's size, after the props were
    placed (`place_props`): they take the free places left."""
    rng = random.Random(seed)
    figure_height = SHOT_HEIGHTS.get(staging.shot, 350.0)
    middle = (staging.left + staging.right) / 2
    drawn: list[str] = []
    for item in scene.animals:
        character = _stranger(item.kind)
        for number in range(item.count):
            drawn.append(_one(item, character, number, staging, style, figure_height, middle, rng))
    return "".join(drawn)


def _one(
    item: AnimalInScene,
    character: Character,
    number: int,
    staging: Staging,
    style: Style,
    figure_height: float,
    middle: float,
    rng: random.Random,
) -> str:
    height = figure_height * BYSTANDER_SIZE * min(relative_size(item.kind), 1.1) * rng.uniform(0.9, 1.0)
    width = height * 0.7
    x = free_x(staging, width)
    base, factor = prop_base(item.where, staging)
    height *= max(factor, 0.8)
    tree = ""
    if item.where == "tree" and item.kind not in SWIMMERS:
        size = prop_height("tree", figure_height)
        tree = draw_prop("tree", style, x, staging.ground + 4, size)
        base = staging.ground - size * 0.55
    elif item.where == "water" and item.kind in SWIMMERS:
        base -= height * 0.25
    elif item.where in ("ground", "background") and item.kind in FLYING - {"owl", "fairy", "dragon"}:
        base, _ = prop_base("floating", staging)
    scale = height / FIGURE_HEIGHT
    mood = "happy"
    figure = draw_figure(character, style, rng.randrange(1 << 30), mood, "stand", scale, "front")
    flip = -scale if x > middle else scale
    transform = f"translate({fmt(x)} {fmt(base)}) scale({flip:.4f} {scale:.4f})"
    attributes = f'transform="{transform}"'
    if style.shadow:
        attributes += ' filter="url(#cutshadow)"'
    return f'{tree}<g id="animal-{item.kind}-{number + 1}"><g {attributes}>{figure}</g></g>'
