"""The animals a page names that are none of its characters (`SceneSpec.animals`): the dolphin she
asks, the cows in the field. Drawn by the species art, smaller than the cast, where the scene puts
them (in the water, the sky, a tree, on the ground), clear of the figures, the props and the text.

Each animal is wrapped in `<g id="animal-KIND-N">` so tests can find it.
"""

from __future__ import annotations

import random

from storyloom.render.illustrator.creatures import GULL_WHITE, draw_broken_robot
from storyloom.render.illustrator.figures import FIGURE_HEIGHT, SWIMMERS, draw_figure, relative_size
from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.poses import hand_point
from storyloom.render.illustrator.props_art import draw_prop, prop_height
from storyloom.render.illustrator.spots import (
    Box,
    Spot,
    Staging,
    bottom_limit,
    box_overlap,
    figure_boxes,
    free_x,
    hidden_share,
    top_limit,
)
from storyloom.render.illustrator.staging import SHOT_HEIGHTS, prop_base
from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import el, fmt, mix, shade
from storyloom.render.illustrator.wildlife import (
    BUILDS,
    NATURAL_HEIGHT,
    draw_flying_bird,
    draw_flying_gull,
    draw_quadruped,
)
from storyloom.story.looks import default_bible, is_gull
from storyloom.story.schema import AnimalInScene, Character, SceneSpec

BYSTANDER_SIZE = 0.5
"""An animal the page only names, as a share of the size it would have as a character."""
BROKEN_SIZE = 0.8
"""A broken robot slumped on the floor, as a share of the size of a standing one."""
HIDDEN_ANIMAL = 0.3
"""The share of an animal the cast may hide before it is drawn in front of them."""
FLYING = frozenset({"bird", "bee", "butterfly", "owl", "fairy", "dragon"})
FLYING_BIRDS = frozenset({"bird"})
"""Birds a page names that fly over it (an owl perches, a duck or a hen stands)."""


SEASIDE = frozenset({"beach", "boat"})
"""Places where the birds a page names are gulls: white and grey with yellow beaks, not blue birds (nor
an egg-shaped bird standing like a penguin)."""


def _stranger(kind_id: str, gull: bool = False) -> Character:
    bible = default_bible(kind_id)
    if gull:
        colours = {**bible.colours, "skin": GULL_WHITE, "hair": GULL_WHITE, "outfit": GULL_WHITE}
        bible = bible.model_copy(update={"species": "gull", "colours": colours})
    return Character(name=kind_id, role="other", description=bible.species, main=False, bible=bible)


def place_animals(scene: SceneSpec, staging: Staging, style: Style, seed: int) -> tuple[str, str]:
    """(animals drawn behind the characters, animals drawn in front of them): every animal of the
    scene, `count` times each, half a character's size, after the props were placed (`place_props`):
    they take the free places left. An animal on the ground that the cast would hide (a crowded
    close-up leaves no free place behind it) stands in front of them, at their feet, so the cat the
    page names is seen."""
    rng = random.Random(seed)
    figure_height = SHOT_HEIGHTS.get(staging.shot, 350.0)
    middle = (staging.left + staging.right) / 2
    behind: list[str] = []
    in_front: list[str] = []
    seaside = scene.place_or_backdrop in SEASIDE
    herd = sum(item.count for item in scene.animals if item.kind in BUILDS)
    crowded = herd > HERD_MOST
    if crowded:
        herd = sum(min(item.count, 2) for item in scene.animals if item.kind in BUILDS)
    for item in scene.animals:
        character = _stranger(item.kind, gull=seaside and item.kind == "bird")
        holder = _carrier(scene, staging) if item.where == "held" else None
        if holder is not None:
            in_front.append(_in_arms(item, character, holder, style, rng))
            continue
        if item.where == "sill" and "windowsill" in staging.standing:
            behind.append(_on_the_sill(item, character, staging.standing["windowsill"], style, rng))
            continue
        if item.kind in NESTLERS and item.where == "ground" and "boot" in staging.standing:
            behind.append(_in_the_boot(item, character, staging.standing.pop("boot"), style, rng))
            continue
        count = min(item.count, 2) if crowded and item.kind in BUILDS and not item.family else item.count
        if item.family:
            count = max(count, FAMILY_LEAST)
        parent: Box | None = None
        for number in range(count):
            size = YOUNG_SIZE if item.family and number else 1.0
            if parent is not None:
                behind.append(_young(item, character, number, parent, staging, style, rng))
                continue
            placed = len(staging.placed)
            if item.kind in BUILDS:
                drawn, front = _four_legged(
                    item, character, number, staging, style, figure_height, rng, herd, size=size
                )
                (in_front if front else behind).append(drawn)
            else:
                front = False
                behind.append(_one(item, character, number, staging, style, figure_height, middle, rng, size))
            if item.family and number == 0 and len(staging.placed) > placed and not front:
                parent = staging.placed[-1]  # the young stand beside the parent, not across the field
    return "".join(behind), "".join(in_front)


FAMILY_LEAST = 3
"""The fewest a family is drawn as: a parent and two young."""
YOUNG_SIZE = 0.55
"""A young animal of a family, as a share of its parent's height."""


def _young(
    item: AnimalInScene,
    character: Character,
    number: int,
    parent: Box,
    staging: Staging,
    style: Style,
    rng: random.Random,
) -> str:
    """The `number`th young of a family, smaller, beside its parent (whose box is `parent`), on the
    side away from the cast, one after the other, a little in front; turned towards the parent."""
    x0, y0, x1, y1 = parent
    height = (y1 - y0) * YOUNG_SIZE
    width = height * (QUADRUPED_SPAN if item.kind in BUILDS else 0.7)
    cast = [spot.x for spot in staging.spots] or [(staging.left + staging.right) / 2]
    side = 1 if (x0 + x1) / 2 >= sum(cast) / len(cast) else -1
    reach = width * (number - 0.5) + width * 0.15 * number
    x = (x1 if side > 0 else x0) + side * reach
    if not staging.left + width / 2 <= x <= staging.right - width / 2:
        side = -side
        x = (x1 if side > 0 else x0) + side * reach
    base = y1 + 6 * number
    staging.placed.append((x - width / 2, base - height, x + width / 2, base))
    towards_parent = side > 0  # on the parent's right: turned left, to it
    return _small(item, number, character, x, base, height, towards_parent, style, rng, "young")


def _small(
    item: AnimalInScene,
    number: int,
    character: Character,
    x: float,
    base: float,
    height: float,
    facing_left: bool,
    style: Style,
    rng: random.Random,
    gait: str,
) -> str:
    """A little creature `height` tall standing on (x, base): on four legs side on if it walks so,
    else standing, happy."""
    if item.kind in BUILDS:
        colours = character.bible.colours
        fur = colours.get("fur", colours["skin"])
        belly = colours.get("belly", mix(fur, "#fff6e6", 0.55))
        pen = Pen(style=style, rng=rng, scale=height / 100)
        figure = draw_quadruped(pen, item.kind, fur, belly, colours.get("hair", shade(fur, -0.35)))
        return _group(item, number, figure, x, base, height / 100, facing_left, style, gait)
    scale = height / FIGURE_HEIGHT
    figure = draw_figure(character, style, rng.randrange(1 << 30), "happy", "stand", scale, "front")
    return _group(item, number, figure, x, base, scale, facing_left, style, gait)


HERD_MOST = 4
"""The most four-legged animals one page draws: of a bigger herd (three lambs and three cows), two of
each kind, so each is big enough to tell a cow from a lamb and the plural still shows."""
ON_SILL = 0.55
"""A creature sitting on a windowsill, as a share of the window's width."""


def _on_the_sill(
    item: AnimalInScene,
    character: Character,
    sill: tuple[float, float, float],
    style: Style,
    rng: random.Random,
) -> str:
    """The creature sitting on the windowsill (`sill`: the window's middle, the line things stand on,
    its width), to one side of the window's middle, so what else stands there shows."""
    x, line, width = sill
    height = width * ON_SILL
    scale = height / FIGURE_HEIGHT
    figure = draw_figure(character, style, rng.randrange(1 << 30), "calm", "sit", scale, "front")
    return _group(item, 0, figure, x + width * 0.22, line, scale, False, style, "on-sill")


NESTLERS = frozenset({"duck", "goose", "chicken", "mouse", "frog", "hedgehog", "bird", "squirrel"})
"""Creatures small enough to curl up in a boot the page names ("the duckling was asleep inside an old
boot by the barn")."""
IN_BOOT = 0.8
"""A creature in a boot, as a share of the boot's height."""


def _in_the_boot(
    item: AnimalInScene,
    character: Character,
    boot: tuple[float, float, float],
    style: Style,
    rng: random.Random,
) -> str:
    """The creature sitting in the boot, its head and shoulders over the boot's top, the boot's leg
    drawn again over its lower half."""
    x, base, size = boot
    height = size * IN_BOOT
    scale = height / FIGURE_HEIGHT
    figure = draw_figure(character, style, rng.randrange(1 << 30), "sleepy", "stand", scale, "front")
    top = base - size * 0.85  # the boot's opening (its drawing's leg is 70 of its 100 units)
    creature = _group(item, 0, figure, x, top + height * 0.42, scale, False, style, "in-boot")
    front = draw_prop("boot", style, x, base, size).replace('id="prop-boot"', 'id="boot-front"', 1)
    return f'<g data-in="boot">{creature}{front}</g>'


CARRIED_SIZE = 0.42
"""A creature carried in someone's arms, as a share of their height."""


def _carrier(scene: SceneSpec, staging: Staging) -> Spot | None:
    """Who carries the page's creature: the first figure holding nothing in a holding pose, else the
    first figure."""
    free = [spot for spot in staging.spots if not scene.pose_of(spot.character.name).holding]
    holding = [spot for spot in free if spot.pose in ("hold", "hug")]
    chosen = holding or free
    return chosen[0] if chosen else None


def _in_arms(
    item: AnimalInScene, character: Character, holder: Spot, style: Style, rng: random.Random
) -> str:
    """The creature held against the carrier's chest, in front of them, between their hands (the lamb
    "llevar en brazos"), facing the way they face."""
    height = holder.drawn_height * CARRIED_SIZE
    hx, hy = hand_point(holder.pose, holder.x, holder.ground, holder.drawn_height, holder.facing == "left")
    x = holder.x + (hx - holder.x) * 0.5
    base = hy + height * 0.62  # the body at the hands, below the face
    return _small(item, 0, character, x, base, height, holder.facing == "left", style, rng, "carried")


def _one(
    item: AnimalInScene,
    character: Character,
    number: int,
    staging: Staging,
    style: Style,
    figure_height: float,
    middle: float,
    rng: random.Random,
    size: float = 1.0,
) -> str:
    """One animal the page names, `size` times its size (a family's young smaller)."""
    if item.kind in FLYING_BIRDS and item.where != "tree":
        return _in_flight(item, character, number, staging, style, figure_height, rng)
    height = figure_height * BYSTANDER_SIZE * min(relative_size(item.kind), 1.1) * rng.uniform(0.9, 1.0)
    height *= size
    width = height * 0.7
    base, factor = prop_base(item.where, staging)
    height *= max(factor, 0.8)
    tree = ""
    if item.where == "tree" and item.kind not in SWIMMERS:
        x = free_x(staging, width)
        size = prop_height("tree", figure_height)
        tree = draw_prop("tree", style, x, staging.ground + 4, size)
        base = staging.ground - size * 0.55
    elif item.kind in SWIMMERS and (item.where == "water" or staging.underwater):
        # swimming: under the sea at its own depth, not standing on the sea bed in a row with the cast
        x = free_x(staging, width)
        base -= height * 0.25 + (rng.uniform(0.25, 0.9) * figure_height if staging.underwater else 0)
    elif item.where in ("ground", "background") and item.kind in FLYING - {"owl", "fairy", "dragon"}:
        x = free_x(staging, width)
        base, _ = prop_base("floating", staging)
    elif item.where in ("ground", "background"):
        # a little behind the cast, not on its line, where no figure hides it
        x, base, height = _seen_spot(staging, height, 0.7, base - _depth(number, rng), figure_height)
    else:
        x = free_x(staging, width)
    scale = height / FIGURE_HEIGHT
    mood = "happy"
    figure = draw_figure(character, style, rng.randrange(1 << 30), mood, "stand", scale, "front")
    if item.broken and item.kind == "robot":
        # the thing the story mends: slumped on the ground, not a friend standing with the cast
        scale *= BROKEN_SIZE
        figure = draw_broken_robot(Pen(style=style, rng=rng, scale=scale), character.bible)
        return tree + _group(item, number, figure, x, base, scale, x > middle, style, "broken")
    return tree + _group(item, number, figure, x, base, scale, x > middle, style, "stand")


FARTHER = (1.0, 0.92, 0.84, 0.72, 0.6, 0.5, 0.42, 0.35, 0.3, 0.25)
"""How much smaller an animal is drawn each step farther back, looking for a place where it is seen."""
FIELD_DEPTH = 150.0
"""How far up the picture above the cast's ground line the field reaches that animals stand on."""
FIELD_BEYOND_FENCE = 80.0
"""How far the field reaches above the top of a fence across it (`Staging.fence`)."""
RAILS_COST = 0.3
"""How bad standing on a fence's rails is for a four-legged animal, as a share of it hidden."""
RAIL_MARGIN = 12.0
"""How far above a fence's top an animal behind it stands, so it is seen in the field beyond."""
HIDDEN_AT_MOST = 0.15
"""The share of an animal on the ground that may lie behind the characters' figures."""
STEP_BACK = 0.35
"""How much higher up the field each row of a herd stands behind the one before, in the animal's
height: the row behind shows over the backs of the one in front."""
ROWS = 6
"""The most rows a herd stands in, one behind the other up the field."""
APART = 0.02
"""The most of the smaller of two things (an animal and a character, or two animals of a herd) that
their boxes may share: a cow does not stand on another cow, nor over a child."""


def _share_of_smaller(a: Box, b: Box) -> float:
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return box_overlap(a, b) / smaller if smaller > 0 else 0.0


def _seen_spot(
    staging: Staging, height: float, aspect: float, base: float, figure_height: float, *, fenced: bool = False
) -> tuple[float, float, float]:
    """(x, base, height) for an animal on the ground a step behind the cast, where it stands clear of
    the characters and of every animal and thing placed before it: beside them at its size if there is
    room, else a little farther back (higher up the field and smaller), each step back smaller, so a
    herd of four cows stands side by side and one behind the other, not on each other; where every
    place overlaps something, the one overlapping the least. Taken from now on."""
    figures = figure_boxes(staging)
    others = [*figures, *staging.placed]
    highest = top_limit(staging)
    # feet on the field, not up on the hills; a cow in front of a fence or well behind it rather than
    # on its rails, wherever that is as clear (a hen may perch there)
    field_top = staging.ground - FIELD_DEPTH
    rails = (0.0, 0.0)
    if fenced and staging.fence is not None:
        foot, top = staging.fence
        rails = (staging.ground - top - RAIL_MARGIN, staging.ground - foot)
        field_top = min(field_top, staging.ground - top - FIELD_BEYOND_FENCE)
    options = []
    for step, factor in enumerate(FARTHER):
        tall = height * factor
        width = tall * aspect
        left, right = staging.left + width / 2, staging.right - width / 2
        xs = (
            [left + (right - left) * k / 24 for k in range(25)]
            if right > left
            else [staging.left + width / 2]
        )
        rows = [base - row * tall * STEP_BACK for row in range(ROWS)]
        for row, back in enumerate(rows):
            if row and (back - tall < highest or back < field_top):
                break
            on_rails = rails[0] < back < rails[1]
            for x in xs:
                box = (x - width / 2, back - tall, x + width / 2, back)
                hidden = min(1.0, sum(box_overlap(box, figure) for figure in figures) / (width * tall))
                crowd = max((_share_of_smaller(box, other) for other in others), default=0.0)
                spacing = min((abs(x - t) for t in staging.taken), default=1000.0)
                clash = max(crowd - APART, hidden - HIDDEN_AT_MOST, 0.0)
                if on_rails:
                    clash += RAILS_COST
                options.append((round(clash, 2), step, row, -spacing, x, back, tall))
        if min(options)[0] <= 0:
            break
    *_, x, y, tall = min(options)
    staging.taken.append(x)
    staging.placed.append((x - tall * aspect / 2, y - tall, x + tall * aspect / 2, y))
    return x, y, tall


def _depth(number: int, rng: random.Random) -> float:
    """How far behind the characters' ground line an animal on the ground stands (one farther than
    the other), so the animals do not line up with the cast."""
    return (34.0 if number % 2 == 0 else 70.0) + rng.uniform(0, 16)


def _group(
    item: AnimalInScene,
    number: int,
    figure: str,
    x: float,
    base: float,
    scale: float,
    flip: bool,
    style: Style,
    gait: str,
) -> str:
    transform = f"translate({fmt(x)} {fmt(base)}) scale({-scale if flip else scale:.4f} {scale:.4f})"
    attributes = f'transform="{transform}"'
    if style.shadow:
        attributes += ' filter="url(#cutshadow)"'
    return f'<g id="animal-{item.kind}-{number + 1}" data-gait="{gait}"><g {attributes}>{figure}</g></g>'


QUADRUPED_SPAN = 1.55
"""The width an animal on four legs takes, in its heights, whichever way it faces (its head reaches
farther forward than its tail back)."""


def _four_legged(
    item: AnimalInScene,
    character: Character,
    number: int,
    staging: Staging,
    style: Style,
    figure_height: float,
    rng: random.Random,
    herd: int = 1,
    *,
    size: float = 1.0,
) -> tuple[str, bool]:
    """A four-legged animal in side view at its natural size next to a child (a mouse small, a cow at
    the shoulder, a horse a head taller), behind the characters' line; a giant kept inside the
    picture. When the cast would hide it there, it stands in front of them at their feet (the
    second value says so). `size` draws it smaller (a family's young)."""
    height = figure_height * NATURAL_HEIGHT.get(item.kind, 0.6) * rng.uniform(0.92, 1.0) * size
    base = staging.ground - _depth(number, rng)
    height = max(height * 0.9, figure_height * 0.12)  # a step back, and never too small to see
    room = base - ((staging.zone[3] + 20) if staging.zone is not None and staging.zone[1] == 0 else 30.0)
    height = min(height, room)
    if herd > 1:
        # a herd stands side by side in the field the cast leaves free: each no wider than its share
        free = staging.right - staging.left - sum(box[2] - box[0] for box in figure_boxes(staging))
        height = min(height, max(free, 0.0) / herd / QUADRUPED_SPAN)
        height = max(height, figure_height * 0.12)
    x, base, height = _seen_spot(staging, height, QUADRUPED_SPAN, base, figure_height, fenced=True)
    width = height * 1.25
    front = hidden_share(staging, x, base, width, height) > HIDDEN_ANIMAL
    if front:
        base = min(staging.ground + height * 0.3, bottom_limit(staging, x))
    colours = character.bible.colours
    fur = colours.get("fur", colours["skin"])
    belly = colours.get("belly", mix(fur, "#fff6e6", 0.55))
    mane = colours.get("hair", shade(fur, -0.35))
    pen = Pen(style=style, rng=rng, scale=height / 100)
    figure = draw_quadruped(pen, item.kind, fur, belly, mane)
    scale = height / 100
    shadow = el("ellipse", cx=x, cy=base, rx=width * 0.45, ry=height * 0.05, fill="#2a2030", opacity=0.14)
    facing_left = x > (staging.left + staging.right) / 2 if number == 0 else rng.random() < 0.5
    return shadow + _group(item, number, figure, x, base, scale, facing_left, style, "four-legs"), front


def _in_flight(
    item: AnimalInScene,
    character: Character,
    number: int,
    staging: Staging,
    style: Style,
    figure_height: float,
    rng: random.Random,
) -> str:
    """A bird flying over the scene, wings up, each of a flock at its own height."""
    height = figure_height * 0.22 * rng.uniform(0.85, 1.0)
    x = free_x(staging, height * 1.3)
    base, _ = prop_base("sky", staging)
    base -= number % 3 * height * 0.6
    colours = character.bible.colours
    fur = colours.get("fur", colours["skin"])
    pen = Pen(style=style, rng=rng, scale=height / 100)
    if is_gull(character.bible.species):
        figure = draw_flying_gull(pen)
    else:
        figure = draw_flying_bird(pen, fur, colours.get("belly", mix(fur, "#ffffff", 0.5)))
    return _group(item, number, figure, x, base, height / 100, rng.random() < 0.5, style, "flying")
