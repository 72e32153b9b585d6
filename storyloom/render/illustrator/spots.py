"""Where things stand on a page, as geometry: each character's spot, the page's staging, the boxes the
figures take, and the search for a place where a prop, a landmark or an animal hides behind no figure
and stays clear of the page's text area.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyloom.render.illustrator.figures import relative_size, species_kind
from storyloom.story.schema import Character

HEAD_ROOM = 1.32
"""A figure's full height (a grown-up's head, ears, horns) over its nominal height."""
WIDE_POSES = frozenset({"fly", "dance", "jump", "point", "hug"})
"""Poses whose arms reach out beyond the body."""
LYING = frozenset({"lie", "sleep"})
"""Poses of a figure lying down, drawn as long as it is tall."""


@dataclass
class Spot:
    """One character's place on the page."""

    index: int
    character: Character
    x: float
    ground: float
    height: float
    pose: str
    facing: str
    mood: str

    @property
    def drawn_height(self) -> float:
        return self.height * relative_size(
            species_kind(self.character.bible.species, self.character.bible.kind)
        )


@dataclass
class Staging:
    """The whole page's staging: the shot, the ground line, the zoom of the place, the spots."""

    shot: str
    ground: float
    zoom: float
    left: float
    right: float
    spots: list[Spot]
    zone: tuple[float, float, float, float] | None
    taken: list[float] = field(default_factory=list)
    """The x of every figure, prop and animal placed so far, so the next one stands apart."""
    underwater: bool = False
    """Whether the page is under the sea, where animals swim at every depth."""
    fence: tuple[float, float] | None = None
    """How far above the ground line the foot and the top of a fence across the place are, in
    picture units: a four-legged animal stands in front of it or well behind it, not on its rails."""
    placed: list[tuple[float, float, float, float]] = field(default_factory=list)
    """The box of every prop placed so far by `clear_spot`, so the next one does not cover it."""
    standing: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    """(x, base, height) of each prop standing on the ground, by id (the boot a duckling sleeps in)."""


def half_width(spot: Spot) -> float:
    """Half the width a figure takes, arms and ears included."""
    return spot.drawn_height * (0.42 if spot.pose in WIDE_POSES else 0.32)


def top_limit(staging: Staging) -> float:
    """The highest a thing's top may reach: under a text area above, or near the picture's edge."""
    return (staging.zone[3] + 20) if staging.zone is not None and staging.zone[1] == 0 else 40.0


def bottom_limit(staging: Staging, x: float) -> float:
    """The lowest a thing's base may reach at `x`: above a text area below, or inside the picture."""
    zone = staging.zone
    if zone is not None and zone[1] > 0 and zone[0] <= x <= zone[2]:
        return zone[1] - 8
    return 985.0


Box = tuple[float, float, float, float]


def figure_boxes(staging: Staging) -> list[Box]:
    """(x0, y0, x1, y1) around each figure as drawn: upright ones to the top of their heads, lying ones
    as long as they are tall."""
    boxes = []
    for spot in staging.spots:
        height = spot.drawn_height
        if spot.pose in LYING:
            boxes.append(
                (spot.x - height * 0.62, spot.ground - height * 0.45, spot.x + height * 0.55, spot.ground)
            )
            continue
        half = half_width(spot)
        boxes.append((spot.x - half, spot.ground - height * HEAD_ROOM, spot.x + half, spot.ground + 6))
    return boxes


def box_overlap(a: Box, b: Box) -> float:
    """The area two boxes share."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(width, 0.0) * max(height, 0.0)


def clear_spot(
    staging: Staging, width: float, height: float, base: float, lowest_top: float, *, take: bool = True
) -> tuple[float, float]:
    """(x, base) for a thing `width` x `height` standing on `base`: where it hides behind no figure,
    else raised (no higher than `lowest_top` for its top), else the place where the least of it is
    hidden; among equals the one farthest from everything placed so far. The x is taken from now on
    (unless `take` is false: only looking)."""
    x, y, _ = best_spot(staging, width, height, base, lowest_top)
    if take:
        take_spot(staging, x, y, width, height)
    return x, y


def best_spot(
    staging: Staging, width: float, height: float, base: float, lowest_top: float
) -> tuple[float, float, float]:
    """(x, base, share hidden) of the best place `clear_spot` would take, without taking it."""
    left, right = staging.left + width / 2, staging.right - width / 2
    boxes = figure_boxes(staging) + staging.placed
    xs = [left + (right - left) * k / 16 for k in range(17)] if right > left else [(left + right) / 2]
    xs += [x for box in boxes for x in (box[0] - width / 2 - 6, box[2] + width / 2 + 6) if left <= x <= right]
    bases = [base]
    while bases[-1] - height * 0.5 - height >= lowest_top and len(bases) < 6:
        bases.append(bases[-1] - height * 0.5)

    def cost(candidate: tuple[float, float]) -> tuple[float, float, float]:
        x, y = candidate
        box = (x - width / 2, y - height, x + width / 2, y)
        hidden = sum(box_overlap(box, figure) for figure in boxes) / (width * height)
        spacing = min((abs(x - t) for t in staging.taken), default=1000.0)
        return (round(hidden, 2), base - y, -spacing)

    x, y = min(((x, y) for y in bases for x in xs), key=cost)
    return x, y, cost((x, y))[0]


def take_spot(staging: Staging, x: float, base: float, width: float, height: float) -> None:
    """Marks a thing `width` x `height` standing on (x, base) as placed: the next one keeps clear."""
    staging.taken.append(x)
    staging.placed.append((x - width / 2, base - height, x + width / 2, base))


def hidden_share(staging: Staging, x: float, base: float, width: float, height: float) -> float:
    """How much of a thing drawn at (x, base) lies behind the figures, 0 to 1."""
    box = (x - width / 2, base - height, x + width / 2, base)
    return min(1.0, sum(box_overlap(box, figure) for figure in figure_boxes(staging)) / (width * height))


def free_x(staging: Staging, width: float) -> float:
    """The x in the free part of the picture farthest from every figure, prop and animal already
    placed; it is taken from now on."""
    left, right = staging.left + width / 2, staging.right - width / 2
    candidates = [left + (right - left) * k / 12 for k in range(13)]
    chosen = max(candidates, key=lambda x: min((abs(x - t) for t in staging.taken), default=1000.0))
    staging.taken.append(chosen)
    return chosen
