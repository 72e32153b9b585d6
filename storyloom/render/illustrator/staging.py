"""Staging a page: where each character stands, how big the shot makes them, which way they face, and
where each prop goes, all clear of the area the page's text may cover (`storyloom.render.text_area`).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from storyloom.render.illustrator.figures import pose_for, relative_size, species_kind
from storyloom.render.illustrator.giants import GIANT_GAP, GIANT_SIZE, GIANT_SPAN, giant_beside
from storyloom.render.illustrator.places import tower_span
from storyloom.render.illustrator.poses import hand_point, mood_for, pose_shape
from storyloom.render.illustrator.props_art import draw_bunting, draw_prop, fill_factor, prop_height
from storyloom.render.illustrator.scenery_water import draw_stream
from storyloom.render.illustrator.spots import (
    HEAD_ROOM,
    LYING,
    Box,
    Spot,
    Staging,
    bottom_limit,
    box_overlap,
    clear_spot,
    figure_boxes,
    half_width,
    hidden_share,
    take_spot,
    top_limit,
)
from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import fmt
from storyloom.render.illustrator.wildlife import NATURAL_HEIGHT as ANIMAL_HEIGHTS
from storyloom.render.illustrator.windows import at_the_window
from storyloom.render.text_area import text_zone
from storyloom.story.kinds import KINDS_BY_ID
from storyloom.story.props import PROPS_BY_ID
from storyloom.story.scene import INDOOR_PLACES
from storyloom.story.schema import Character, PropInScene, SceneSpec

SHOT_HEIGHTS = {"wide": 265.0, "medium": 350.0, "close-up": 500.0, "two-shot": 420.0, "from-behind": 340.0}
SHOT_ZOOM = {"wide": 1.0, "medium": 1.1, "close-up": 1.35, "two-shot": 1.2, "from-behind": 1.15}
COMPOSITION_SHOTS = {"wide": "wide", "close-up": "close-up"}
BED_PLACES = INDOOR_PLACES | {"space-station"}
"""Places where a figure lying down is drawn in a bed when the page names no seat for them (elsewhere
on a sleeping mat)."""
MATTRESS_TOP = 0.4
"""How high a lying figure is lifted onto a bed, as a share of the bed's drawn height."""
SEATS = frozenset({"log", "bench", "chair", "armchair", "sofa", "bed", "rock", "stump", "swing", "sled"})
"""Props a sitting or lying character is put on."""
NATURAL_PLACES = {
    **dict.fromkeys(
        ("moon", "star", "planet", "cloud", "rainbow", "satellite", "plane", "hot-air-balloon", "kite"), "sky"
    ),
    **dict.fromkeys(
        ("painting", "clock", "photo", "mirror", "window", "flag", "drawing", "windowsill", "curtains"),
        "wall",
    ),
    **dict.fromkeys(
        ("waterfall", "lighthouse", "barn", "henhouse", "greenhouse", "chimney-smoke", "man-in-hat"),
        "background",
    ),
    **dict.fromkeys(
        ("balloon", "bubbles", "firefly", "snowflake", "paper-plane", "feather", "song"), "floating"
    ),
    **dict.fromkeys(("nest", "beehive", "bird-house", "spiderweb"), "tree"),
}
"""Where a prop goes when a scene leaves it "on the ground" but it cannot be there (the moon)."""


def effective_shot(scene: SceneSpec) -> str:
    """The scene's shot; for a scene written before shots existed, the one its composition implies."""
    if scene.cast or scene.props or scene.place or scene.shot != "medium":
        return scene.shot
    return COMPOSITION_SHOTS.get(scene.composition, "medium")


def _xs(count: int, left: float, right: float, shot: str) -> list[float]:
    if count == 1:
        return [(left + right) / 2]
    if count == 2:
        middle = (left + right) / 2
        gap = min(150.0, (right - left) / 4)
        xs = [middle - gap, middle + gap]
        extra = [left + 40, right - 40, middle]
        return (xs + extra)[:count]
    if count == 0:
        return []
    step = (right - left) / count
    return [left + step * (i + 0.5) for i in range(count)]


TOWER_MARGIN = 30.0
"""How far the cast stands from the tower's side, so its foot and its door are seen."""


def _beside_the_tower(
    scene: SceneSpec, shot: str, left: float, right: float, needed: float
) -> tuple[float, float]:
    """The width the cast stands in on a page at the tower seen from outside: beside the tower, not in
    front of its foot and its door, when that leaves them `needed` room (they may be drawn a little
    smaller to fit, see `_fit_width`)."""
    if scene.place_or_backdrop != "tower-outside":
        return left, right
    mirrored, tower_x, tower_half = tower_span(shot)
    zoom = SHOT_ZOOM.get(shot, 1.0)
    centre = 500 + ((1000 - tower_x if mirrored else tower_x) - 500) * zoom
    half = tower_half * zoom + TOWER_MARGIN
    if mirrored and right - (centre + half) >= needed:
        return max(left, centre + half), right
    if not mirrored and (centre - half) - left >= needed:
        return left, min(right, centre - half)
    return left, right


def stage(
    scene: SceneSpec,
    characters: Sequence[Character],
    ground: float,
    rng: random.Random,
    *,
    clear_top: float | None = None,
) -> Staging:
    """Where everyone stands: the hero in the middle of the free part of the picture, the others
    beside; facing each other when they talk or share a two-shot; from behind, all turned away.
    `clear_top` keeps everyone below that depth across the whole picture (a cover's title and label)."""
    by_name = {c.name: c for c in characters}
    cast = [by_name[name] for name in scene.characters_present if name in by_name]
    shot = effective_shot(scene)
    zone = text_zone(scene.composition, scene.text_space)
    if clear_top is not None:
        zone = (0.0, 0.0, 1000.0, clear_top)
    left, right = 70.0, 930.0
    if zone is not None and zone[2] - zone[0] < 900:
        if zone[0] > 0:
            right = zone[0] - 30
        else:
            left = zone[2] + 30
    if shot == "from-behind":
        ground = min(ground + 60, 900.0)
    if zone is not None and zone[1] > 0 and zone[2] - zone[0] >= 900:
        ground = min(ground, zone[1] - 36)
    base = SHOT_HEIGHTS.get(shot, 350.0)
    if len(cast) > 3:
        base *= 0.85
    full_left, full_right = left, right
    left, right = _beside_the_tower(scene, shot, left, right, base * 0.35 * len(cast))
    xs = _xs(len(cast), left, right, shot)
    giant = _giant_room(scene, base, right - left) if cast else 0.0
    if giant:
        # a thing bigger than the cast on the ground (the sleeping giant): they stand beside it
        if zone is not None and zone[0] <= 0 and zone[2] - zone[0] < 900:
            left += giant
        else:
            right -= giant
        xs = _xs(len(cast), left, right, shot)
    room = _animal_room(scene, base, right - left) if cast else 0.0
    if room and max(min(xs) - left, right - max(xs)) - base * 0.35 < room:
        # no field beside the cast wide enough for the animals a step behind it: the cast makes one
        if zone is not None and zone[0] <= 0 and zone[2] - zone[0] < 900:
            left += room  # the text area takes the right: the animals the left, beside it
        else:
            right -= room
        xs = _xs(len(cast), left, right, shot)
    order = sorted(range(len(cast)), key=lambda i: abs(xs[i] - (left + right) / 2)) if len(cast) > 2 else []
    if order:
        xs = [xs[i] for i in order]
    spots: list[Spot] = []
    talking = sum(1 for c in cast if scene.pose_of(c.name).pose in ("talk", "hug")) >= 1 and len(cast) >= 2
    for index, character in enumerate(cast):
        entry = scene.pose_of(character.name)
        pose = entry.pose if scene.cast else pose_for(scene.action, index == 0)
        relative = 1.0 if index == 0 or _is_grown_up(character) else 0.9
        x = xs[index] + rng.uniform(-10, 10)
        facing = entry.facing
        if shot == "from-behind":
            facing = "back"
        elif facing == "front" and (talking or shot == "two-shot") and len(cast) >= 2:
            facing = "right" if x < (left + right) / 2 else "left"
        elif facing == "front" and entry.holding and x > (left + right) / 2:
            facing = "left"  # holds the thing out towards the middle of the picture, not off its edge
        spots.append(
            Spot(
                index=index,
                character=character,
                x=x,
                ground=ground + (6 if index else 0),
                height=base * relative,
                pose=pose,
                facing=facing,
                mood=mood_for(pose, entry.expression, scene.mood),
            )
        )
    _hug_close(spots)
    _hands_joined(spots)
    _fit_above_zone(spots, zone)
    _fit_width(spots, left, right)
    _keep_apart(spots, left, right)
    if joined_hands(spots) is not None:
        _hands_joined(spots)  # drawn smaller to fit, they still reach each other's hand
    _lay_sleepers_side_by_side(spots, left, right)
    return Staging(
        shot,
        ground,
        SHOT_ZOOM.get(shot, 1.0),
        full_left,
        full_right,
        spots,
        zone,
        underwater=scene.place_or_backdrop == "underwater",
        fence=_fence(scene.place_or_backdrop, SHOT_ZOOM.get(shot, 1.0)),
    )


FENCED_FIELDS = {"farm": (28.0, 100.0), "garden": (38.0, 150.0)}
"""Places whose backdrop runs a fence across the field, and how far above the ground line its foot
and its top are (in the backdrop's units, before the shot's zoom)."""


def _fence(place: str, zoom: float) -> tuple[float, float] | None:
    fence = FENCED_FIELDS.get(place)
    return None if fence is None else (fence[0] * zoom, fence[1] * zoom)


GROUND_ANIMALS = frozenset({"ground", "background"})
ANIMAL_ROOM = 0.36
"""The most of the picture's free width the cast gives up to the animals a page names on the ground."""


def _animal_room(scene: SceneSpec, figure_height: float, width: float) -> float:
    """How much of the picture's width the cast leaves free for the animals standing a step behind
    it (the farm's cows), so they are seen beside the characters, not hidden behind them: about each
    animal's width as drawn a step back, at most `ANIMAL_ROOM` of the picture."""
    needed = 0.0
    for item in scene.animals:
        if item.where not in GROUND_ANIMALS:
            continue
        natural = ANIMAL_HEIGHTS.get(item.kind)
        each = figure_height * (natural * 1.1 if natural else 0.45 * min(relative_size(item.kind), 1.1))
        needed += each * 0.75 * min(item.count, 2)
    return min(needed, width * ANIMAL_ROOM)


GIANT_ROOM = 0.55
"""The most of the picture's free width the cast gives up to a giant thing on the ground."""


def _giant_room(scene: SceneSpec, figure_height: float, width: float) -> float:
    """The width a giant thing lying on the ground takes (a sleeping giant, as long as it is tall), so
    the cast stands beside it and does not hide it: at most `GIANT_ROOM` of the picture's width."""
    needed = sum(
        (
            figure_height * (GIANT_SIZE * GIANT_SPAN + GIANT_GAP)
            if item.prop == "giant"  # the sleeping giant's whole length, head to feet
            else prop_height(item.prop, figure_height) * fill_factor(item.prop)
        )
        + 30
        for item in scene.props
        if item.where == "ground" and item.prop in PROPS_BY_ID and PROPS_BY_ID[item.prop].size == "giant"
    )
    return min(needed, width * GIANT_ROOM)


def _is_grown_up(character: Character) -> bool:
    kind = KINDS_BY_ID[species_kind(character.bible.species, character.bible.kind)]
    return kind.is_person and kind.age in ("adult", "elder")


def _hug_close(spots: list[Spot]) -> None:
    huggers = [spot for spot in spots if spot.pose == "hug"]
    if len(huggers) == 1 and len(spots) >= 2:
        partner = min((s for s in spots if s is not huggers[0]), key=lambda s: abs(s.x - huggers[0].x))
        huggers.append(partner)
    if len(huggers) >= 2:
        a, b = sorted(huggers[:2], key=lambda spot: spot.x)
        middle = (a.x + b.x) / 2
        gap = max(a.drawn_height, b.drawn_height) * 0.26
        a.x, b.x = middle - gap, middle + gap
        a.facing, b.facing = "right", "left"


HAND_REACH = pose_shape("hold-hands").right_hand[0] / 400
"""How far out a figure holding hands reaches its joined hand, as a share of its drawn height."""


def _hands_joined(spots: list[Spot]) -> None:
    """Two who hold hands stand side by side, so far apart that the hands they reach out meet between
    them: facing each other, or seen from behind (both turned away, the one on the right reaching
    out its other hand, see `reaches_left`)."""
    holders = sorted((spot for spot in spots if spot.pose == "hold-hands"), key=lambda spot: spot.x)
    if len(holders) < 2:
        return
    a, b = holders[:2]
    middle = (a.x + b.x) / 2
    reach_a, reach_b = a.drawn_height * HAND_REACH, b.drawn_height * HAND_REACH
    a.x, b.x = middle - (reach_a + reach_b) / 2, middle + (reach_a + reach_b) / 2
    if a.facing == "back" and b.facing == "back":
        return  # walking away hand in hand: both keep their backs to us
    a.facing, b.facing = "right", "left"


def reaches_left(spot: Spot, spots: list[Spot]) -> bool:
    """Whether the figure is drawn mirrored: turned left, or seen from behind as the right one of two
    holding hands (its hand reaching left to its partner's)."""
    if spot.facing == "left":
        return True
    joined = joined_hands(spots)
    return spot.facing == "back" and joined is not None and spot is joined[1]


def joined_hands(spots: list[Spot]) -> tuple[Spot, Spot] | None:
    """The two figures holding hands (left one first), if any: `_hands_joined` has put them there."""
    holders = sorted((spot for spot in spots if spot.pose == "hold-hands"), key=lambda spot: spot.x)
    return (holders[0], holders[1]) if len(holders) >= 2 else None


def _fit_above_zone(spots: list[Spot], zone: tuple[float, float, float, float] | None) -> None:
    """Shrink a figure whose head would reach into a text area above it; under a text band across
    the whole page, the whole cast alike."""
    if zone is None or zone[1] > 0:
        return
    factors = {}
    for spot in spots:
        overlaps = spot.x + spot.drawn_height * 0.4 > zone[0] and spot.x - spot.drawn_height * 0.4 < zone[2]
        top = spot.ground - spot.drawn_height * HEAD_ROOM
        if overlaps and top < zone[3] + 10:
            factors[spot.index] = max(0.3, (spot.ground - zone[3] - 10) / (spot.drawn_height * HEAD_ROOM))
    band = zone[2] - zone[0] >= 900
    for spot in spots:  # under a band across the page all alike, so a grown-up stays the tallest
        spot.height *= min(factors.values(), default=1.0) if band else factors.get(spot.index, 1.0)


def _fit_width(spots: list[Spot], left: float, right: float) -> None:
    """Keep every figure inside the free part of the picture: when the cast is wider than that part,
    they are drawn smaller, then spread evenly (the hero keeps the middle)."""
    if not spots:
        return
    needed = sum(spot.drawn_height * 0.5 for spot in spots)
    if needed > right - left:
        factor = max(0.55, (right - left) / needed)
        for spot in spots:
            spot.height *= factor
    for spot in spots:
        half = half_width(spot)
        if right - left < 2 * half:
            spot.height *= (right - left) / (2 * half)
            half = (right - left) / 2
        spot.x = min(max(spot.x, left + half), right - half)


FIGURE_GAP = 8.0
"""The least room between two figures side by side, in picture units."""
SIDE_BY_SIDE = 0.95
"""How close two figures may stand, as a share of their half widths added: a hand or a tail may
touch the neighbour, a body or a face never."""


def _keep_apart(spots: list[Spot], left: float, right: float) -> None:
    """No figure stands over another, in any shot: neighbours are pushed apart until each keeps
    its own width (two who hug keep their embrace), and the whole cast is drawn smaller when their
    widths do not fit side by side in the free part of the picture. Sleepers are laid out apart
    by `_lay_sleepers_side_by_side`."""
    if len(spots) < 2 or any(spot.pose in LYING for spot in spots):
        return
    ordered = sorted(spots, key=lambda spot: spot.x)

    def needed(a: Spot, b: Spot) -> float:
        if "hug" in (a.pose, b.pose) and (a.facing, b.facing) == ("right", "left"):
            return b.x - a.x  # in each other's arms (`_hug_close`)
        if (a.pose, b.pose) == ("hold-hands", "hold-hands") and (a.facing, b.facing) == ("right", "left"):
            return (a.drawn_height + b.drawn_height) * HAND_REACH  # hand in hand (`_hands_joined`)
        return (half_width(a) + half_width(b)) * SIDE_BY_SIDE + FIGURE_GAP

    distances = [needed(a, b) for a, b in zip(ordered, ordered[1:], strict=False)]
    total = sum(distances) + half_width(ordered[0]) + half_width(ordered[-1])
    if total > right - left:
        factor = (right - left) / total
        for spot in ordered:
            spot.height *= factor
        distances = [distance * factor for distance in distances]
    low, high = left + half_width(ordered[0]), right - half_width(ordered[-1])
    ordered[0].x = min(max(ordered[0].x, low), high)
    for a, b, distance in zip(ordered, ordered[1:], distances, strict=False):
        b.x = max(b.x, a.x + distance)
    ordered[-1].x = min(ordered[-1].x, right - half_width(ordered[-1]))
    for a, b, distance in reversed(list(zip(ordered, ordered[1:], distances, strict=False))):
        a.x = min(a.x, b.x - distance)


SLEEPER_SPAN = 1.25
"""The width a lying figure and its bed (or mat) take, in the figure's drawn heights."""
UPRIGHT_SPAN = 0.62
"""The width a standing or sitting figure takes beside a sleeper, in its drawn heights."""


def _lay_sleepers_side_by_side(spots: list[Spot], left: float, right: float) -> None:
    """When someone lies down, everyone is laid out left to right, each in a footprint of their own
    (a lying figure is as long as it is tall, with its bed or mat), so no sleeper lies on another;
    the cast is drawn smaller when the beds do not fit side by side."""
    if not any(spot.pose in LYING for spot in spots):
        return
    ordered = sorted(spots, key=lambda spot: spot.x)
    gap = 18.0
    widths = [spot.drawn_height * (SLEEPER_SPAN if spot.pose in LYING else UPRIGHT_SPAN) for spot in ordered]
    room = right - left - gap * (len(ordered) - 1)
    if sum(widths) > room:
        factor = room / sum(widths)
        for spot in ordered:
            spot.height *= factor
        widths = [width * factor for width in widths]
    x = (left + right) / 2 - (sum(widths) + gap * (len(ordered) - 1)) / 2
    for spot, width in zip(ordered, widths, strict=True):
        # a lying figure's head lies on the pillow, left of its middle: its bed is centred on it
        spot.x = x + width / 2
        x += width + gap


INSIDE_GREENHOUSE = ("flowerpot", "sunflower", "flower")
"""What a greenhouse the page is inside of is drawn as: plants in pots in the page's room."""
ROOMS = INDOOR_PLACES | {"space-station", "underwater", "boat", "train"}
"""Places where a greenhouse the page names is a room with plants, not a glasshouse seen from outside
(out among the stars it is the station's glass dome far off, not potted plants on the moon's dust)."""


def _plants_inside(items: list[PropInScene], place: str) -> tuple[list[PropInScene], set[str]]:
    """A greenhouse is a glasshouse in a garden seen from outside; one on a space station, a ship or
    indoors is a room with plants, drawn as the page's place with potted plants in it: (the things
    to draw, the plants standing for the greenhouse)."""
    if place not in ROOMS or "greenhouse" not in [item.prop for item in items]:
        return items, set()
    kept = [item for item in items if item.prop != "greenhouse"]
    listed = {item.prop for item in kept}
    plants = [plant for plant in INSIDE_GREENHOUSE if plant not in listed]
    return kept + [PropInScene(prop=plant) for plant in plants], set(plants)


def _standing_for(prop: str, drawn: str, plants: set[str]) -> str:
    """`drawn` inside `<g id="prop-greenhouse">` when it is one of the plants drawn for a greenhouse,
    so the page still shows (and tests still find) the greenhouse its text names."""
    return f'<g id="prop-greenhouse" data-drawn-as="{prop}">{drawn}</g>' if prop in plants else drawn


READABLE_PROP = 90.0
"""The least height a prop the page names is drawn at, in picture units, so a key reads as a key."""


def place_props(
    scene: SceneSpec, staging: Staging, style: Style, *, held_scale: float = 1.0
) -> tuple[str, str]:
    """(props drawn behind the characters, props drawn in front: the held ones). `held_scale` draws
    the held things larger (the cover's key, held up for the whole shelf to see).

    Call it before drawing the figures: it lifts a sleeper onto the bed it draws under them."""
    items, plants = _plants_inside(list(scene.props), scene.place_or_backdrop)
    listed = {item.prop for item in items}
    for spot in staging.spots:
        holding = scene.pose_of(spot.character.name).holding
        if holding and holding not in listed:
            items.append(PropInScene(prop=holding, where="held", held_by=spot.character.name))
            listed.add(holding)
    peekers = [spot for spot in staging.spots if spot.pose == "peek" and spot.facing != "back"]
    cover = next((item for item in items if item.where == "ground" and item.prop in COVERS), None)
    if cover is not None and peekers:
        items.remove(cover)  # the wardrobe Mia peeks out from behind stands in front of her
    # landmarks far off first: they take the widest view past the cast and lie behind every other thing
    items.sort(key=lambda item: _where(item) != "background")
    figure_height = SHOT_HEIGHTS.get(staging.shot, 350.0)
    items, at_window = at_the_window(scene, items, staging, style, figure_height)
    staging.taken = [spot.x for spot in staging.spots]
    spots = {spot.character.name: spot for spot in staging.spots}
    behind: list[str] = [at_window]
    in_front: list[str] = []
    sitters = [spot for spot in staging.spots if spot.pose in ("sit", "lie", "sleep")]
    held: list[Box] = []
    for item in items:
        if item.where == "worn" and item.held_by in spots:
            continue  # on the wearer's head, drawn with the figure (`figures.on_head`)
        if item.prop in HATS and item.where == "ground" and "snowman" in staging.standing:
            behind.append(_on_the_snowman(item.prop, style, staging.standing["snowman"]))
            continue
        size = prop_height(item.prop, figure_height)
        holder = spots.get(item.held_by)
        if item.where == "held" and holder is not None:
            size = max(min(size, holder.drawn_height * 0.32), READABLE_PROP * 0.9) * held_scale
            hx, hy = _held_at(holder, size, held, staging.spots)
            held.append((hx - size / 2, hy - size * 0.55, hx + size / 2, hy + size * 0.45))
            in_front.append(draw_prop(item.prop, style, hx, hy + size * 0.45, size))
            continue
        if item.prop in SEATS and sitters:
            sitter = sitters.pop(0)
            seat = min(size, sitter.drawn_height * (0.9 if sitter.pose == "sit" else 1.3))
            if item.prop == "bed" and sitter.pose in LYING:
                seat = sitter.drawn_height * 1.15  # as long as the sleeper, like the beds drawn unasked
            behind.append(draw_prop(item.prop, style, sitter.x, sitter.ground + 4, seat, filled=False))
            if item.prop == "bed" and sitter.pose in ("lie", "sleep"):
                sitter.ground -= seat * MATTRESS_TOP
            continue
        if item.prop == "giant" and item.where != "held":
            behind.append(giant_beside(staging, style, figure_height))
            continue
        if item.prop == "bell" and item.where == "background":
            behind.append(_distant_bell(scene, staging, style, size))
            continue
        if item.prop == "corridor" and scene.place_or_backdrop in NO_STONE_CORRIDOR:
            # a space station's corridor is a lit metal passage, a house's hallway a doorway: no castle's
            own = (
                "station-corridor"
                if scene.place_or_backdrop in ("space-station", "outer-space")
                else "hallway"
            )
            base, scale = prop_base("background", staging)
            passage = _landmark(own, style, staging, max(size * scale, READABLE_PROP), base)
            behind.append(f'<g id="prop-corridor" data-where="{own}">{passage}</g>')
            continue
        if item.prop == "light-ray":
            behind.append(_light_ray(scene, staging, style))
            continue
        if item.prop == "bunting" and item.where != "held":
            behind.append(draw_bunting(style, staging.left, staging.right, top_limit(staging) + 10))
            continue
        if item.prop == "stream" and item.where in ("ground", "water", "background"):
            width = max(figure_height * STREAM_WIDTH, STREAM_LEAST)
            left = staging.left if staging.left > 70 else -20.0  # up to a text area at the side
            right = staging.right if staging.right < 930 else 1020.0
            middle = staging.ground - figure_height * STREAM_DEPTH
            behind.append(draw_stream(style, middle, width, left, right))
            continue
        if item.prop == "song" and item.where == "floating" and item.held_by in spots:
            in_front.append(_sung(spots[item.held_by], staging, style))
            continue
        where = _where(item)
        base, scale = prop_base(where, staging)
        size = max(size * scale, READABLE_PROP)
        if where == "background":
            behind.append(_landmark(item.prop, style, staging, size, base))
            continue
        if where in ("sky", "wall", "floating"):
            behind.append(_above_heads(item.prop, style, staging, size, base))
            continue
        lowest_top = base
        x, base = clear_spot(staging, size, size, base, lowest_top)
        if (
            where not in ("table", "tree")
            and not _big(item.prop)
            and hidden_share(staging, x, base, size, size) > 0.15
        ):
            # no free place in a crowded close-up: a small thing is drawn in front of the figures, at
            # their feet (a wardrobe or a rocket stays behind them: in front it would hide them)
            foot = min(staging.ground + size * 0.3, bottom_limit(staging, x))
            in_front.append(_standing_for(item.prop, draw_prop(item.prop, style, x, foot, size), plants))
            continue
        if where == "table" and item.prop != "table":
            table = prop_height("table", figure_height)
            behind.append(draw_prop("table", style, x, staging.ground + 4, table))
            base = staging.ground - table * 0.58
        elif where == "tree" and item.prop != "tree":
            tree = prop_height("tree", figure_height)
            behind.append(draw_prop("tree", style, x, staging.ground + 4, tree))
            base = staging.ground - tree * 0.55
        behind.append(_standing_for(item.prop, draw_prop(item.prop, style, x, base, size), plants))
        staging.standing[item.prop] = (x, base, size)
    for sleeper in (spot for spot in sitters if spot.pose in ("lie", "sleep")):
        # nobody lies flat on a floor or floats over the sea bed: indoors in a bed, outdoors on a sleeping mat
        if scene.place_or_backdrop in BED_PLACES:
            bed = sleeper.drawn_height * 1.15
            behind.append(draw_prop("bed", style, sleeper.x, sleeper.ground + 4, bed))
            sleeper.ground -= bed * MATTRESS_TOP
        else:
            mat = sleeper.drawn_height * 1.2
            behind.append(draw_prop("sleeping-mat", style, sleeper.x, sleeper.ground + 6, mat))
            sleeper.ground -= mat * 0.08
    for number, peeker in enumerate(peekers):
        own = cover.prop if cover is not None and number == 0 else _cover_for(scene.place_or_backdrop)
        in_front.append(_peeked_from(own, peeker, style))
    return "".join(behind), "".join(in_front)


SONG_SIZE = 0.3
"""The music notes of a song sung, as a share of the singer's height."""


def _sung(singer: Spot, staging: Staging, style: Style) -> str:
    """The song `singer` sings: music notes rising beside their head, on the side they face (towards
    the picture's middle when they face us or turn away), or on the other side where that one would
    cover another's face (a hug); inside the picture and below a text above."""
    size = max(singer.drawn_height * SONG_SIZE, READABLE_PROP * 0.8)
    middle = (staging.left + staging.right) / 2
    side = {"right": 1, "left": -1}.get(singer.facing, 1 if singer.x < middle else -1)
    base = max(singer.ground - singer.drawn_height * 0.72, top_limit(staging) + size)
    faces = [
        (spot.x - spot.drawn_height * 0.25, spot.ground - spot.drawn_height * 1.1)
        + (spot.x + spot.drawn_height * 0.25, spot.ground - spot.drawn_height * 0.55)
        for spot in staging.spots
        if spot is not singer
    ]
    options = []
    for turn in (side, -side):
        x = singer.x + turn * (singer.drawn_height * 0.3 + size * 0.45)
        x = min(max(x, size * 0.6), 1000 - size * 0.6)
        box = (x - size / 2, base - size, x + size / 2, base)
        options.append((sum(box_overlap(box, face) for face in faces) > 0, turn != side, x))
    _, _, x = min(options)
    return f'<g id="song-of-{singer.character.name}">{draw_prop("song", style, x, base, size)}</g>'


COVERS = frozenset(
    {"hedge", "rock", "box", "sofa", "armchair", "stump", "wardrobe", "machine", "tent", "treasure-chest"}
    | {"computer", "piano", "wagon", "car", "sandcastle", "snowman", "hay-bale", "wheelbarrow", "table"}
)
"""Things a page names that someone can peek out from behind ("peeked out from behind the wardrobe")."""
PLACE_COVERS = {
    **dict.fromkeys(("beach", "desert", "cave", "mountains", "outer-space", "underwater"), "rock"),
    **dict.fromkeys(("bedroom", "living-room"), "armchair"),
    **dict.fromkeys(("kitchen", "classroom", "library", "castle-hall", "tower", "train", "workshop"), "box"),
    "space-station": "box",
    "boat": "box",
    "cloud-kingdom": "cloud",
}
"""What a peeking figure peeks from behind where the page names nothing to hide behind (a bush
elsewhere: the garden, the park, the forest)."""
PEEK_COVER = 0.7
"""How tall the thing a figure peeks from behind is, as a share of the figure: head and shoulders
show over it."""


def _cover_for(place: str) -> str:
    return PLACE_COVERS.get(place, "hedge")


def _peeked_from(prop: str, peeker: Spot, style: Style) -> str:
    """The thing `peeker` peeks out from behind, drawn in front of them across their body, so only
    their head and shoulders, leaning out to look, show over it."""
    height = peeker.drawn_height * PEEK_COVER
    drawn = draw_prop(prop, style, peeker.x, peeker.ground + 6, height)
    return f'<g id="peek-cover-{peeker.character.name}" data-prop="{prop}">{drawn}</g>'


HATS = frozenset({"party-hat", "crown", "flower-crown"})
"""What a snowman the page names may wear ("a snowman wearing a party hat")."""


def _on_the_snowman(prop: str, style: Style, snowman: tuple[float, float, float]) -> str:
    """A hat on the head of the snowman standing at (x, base), `size` tall, not on the ground."""
    x, base, size = snowman
    scale = size / 100 * fill_factor("snowman")
    return f'<g data-on="snowman">{draw_prop(prop, style, x, base - 80 * scale, 42 * scale)}</g>'


def _distant_bell(scene: SceneSpec, staging: Staging, style: Style, size: float) -> str:
    """A bell heard from far off: in its bell tower far behind the cast outdoors, high up on the wall
    indoors; never on the ground at their feet."""
    if scene.place_or_backdrop in INDOOR_PLACES:
        base, scale = prop_base("wall", staging)
        return _above_heads("bell", style, staging, max(size * scale, READABLE_PROP), base)
    base, scale = prop_base("background", staging)
    tower = _landmark("bell-tower", style, staging, max(size * scale, READABLE_PROP), base)
    return f'<g id="prop-bell" data-where="bell-tower">{tower}</g>'


NO_STONE_CORRIDOR = frozenset(
    {"space-station", "outer-space", "train", "bedroom", "kitchen", "living-room", "classroom", "library"}
)
"""Places whose corridor is drawn as the place itself, not a castle's stone passage with torches."""


RAY_SLANT = 0.28
"""How far a ray of light leans, as a share of its height: it comes in from above and to one side."""


def _light_ray(scene: SceneSpec, staging: Staging, style: Style) -> str:
    """A ray of light coming down from above (a window high on the wall indoors, the sky outdoors)
    onto the spot it lights, where the first figure stands: a narrow slanting beam widening to a pool
    of light on the ground, drawn behind the cast and see-through."""
    target = staging.spots[0].x if staging.spots else (staging.left + staging.right) / 2
    ground = staging.ground
    top = top_limit(staging)
    height = ground - top
    lean = height * RAY_SLANT * (1 if target < 500 else -1)
    source = min(max(target + lean, staging.left), staging.right)
    light = style.tone("#fff3b0")
    glow = style.tone("#ffe27a")
    window = ""
    if scene.place_or_backdrop in INDOOR_PLACES:
        size = 150.0
        window = draw_prop("window", style, source, top + size, size)
        top += size * 0.5
    narrow, wide = 34.0, 150.0
    beam = (
        f"M{fmt(source - narrow)},{fmt(top)}L{fmt(source + narrow)},{fmt(top)}"
        f"L{fmt(target + wide)},{fmt(ground)}L{fmt(target - wide)},{fmt(ground)}Z"
    )
    pool = (
        f'<ellipse cx="{fmt(target)}" cy="{fmt(ground)}" rx="{fmt(wide * 1.15)}" ry="{fmt(wide * 0.22)}"'
        f' fill="{glow}" opacity="0.55"/>'
    )
    rays = "".join(
        f'<path d="M{fmt(source + k * narrow * 0.6)},{fmt(top)}L{fmt(target + k * wide * 0.6)},{fmt(ground)}"'
        f' stroke="{glow}" stroke-width="9" stroke-linecap="round" opacity="0.85"/>'
        for k in (-1, 0, 1)
    )
    return (
        f'<g id="prop-light-ray" data-from="above">{window}'
        f'<path d="{beam}" fill="{light}" opacity="0.6"/>{rays}{pool}</g>'
    )


STREAM_DEPTH = 0.17
"""How far behind the cast's feet a stream the page names runs, as a share of a figure's height: the
cast stands on its near bank."""
STREAM_WIDTH = 0.13
"""How wide a stream is drawn, as a share of a figure's height (at least `STREAM_LEAST` units)."""
STREAM_LEAST = 46.0


LANDMARK_HEIGHT = 240.0
"""The least height of a landmark seen from afar (a lighthouse, a barn, a waterfall), in picture units
of a 1000-unit picture: big enough to tell what it is behind the cast."""
LANDMARK_WIDTHS = {
    "man-in-hat": 0.42,
    "lighthouse": 0.42,
    "waterfall": 0.6,
    "barn": 0.95,
    "henhouse": 1.0,
    "greenhouse": 0.95,
    "cave-mouth": 1.0,
    "bell-tower": 0.45,
    "station-corridor": 0.8,
    "hallway": 0.8,
    "corridor": 1.0,
}
"""A landmark's width, as a share of its height (as its drawing is)."""
FULL_HEIGHT_LANDMARKS = {"waterfall": 0.92, "corridor": 0.7}
"""Landmarks drawn nearly as tall as the picture above their foot (a waterfall falls from its cliff's
top down to its pool, a castle's corridor opens its passages behind the cast), as a share of that
height."""
LANDMARK_OVERHANG = 0.3
"""How much of a landmark's width may lie past the picture's edge."""
LANDMARK_RISE = 1.7
"""In a crowd, a landmark stands this many times as tall as the heads in front of it are high above
its foot, so the upper part of it shows over them."""


def _landmark(prop: str, style: Style, staging: Staging, size: float, base: float) -> str:
    """A landmark far off: tall enough to recognise, behind the cast (never over a face), where the
    cast hides the least of it, below a text area above; where the cast fills the picture, taller, so
    that it rises over their heads (a lighthouse is taller than a child, however far)."""
    room = base - top_limit(staging)
    height = min(max(size, LANDMARK_HEIGHT), room)
    if prop in FULL_HEIGHT_LANDMARKS:
        height = max(height, room * FULL_HEIGHT_LANDMARKS[prop])
    share = LANDMARK_WIDTHS.get(prop, 0.8)
    # A landmark may stand partly past the picture's edge (a barn at the side of the field), so that
    # the cast hides less of it.
    overhang = height * share * LANDMARK_OVERHANG
    wider = replace(staging, left=staging.left - overhang, right=staging.right + overhang)
    x, base = clear_spot(wider, height * share, height, base, base, take=False)
    if hidden_share(staging, x, base, height * share, height) > 0.4:
        half = height * share / 2
        heads = [box[1] for box in figure_boxes(staging) if box[0] < x + half and box[2] > x - half]
        if heads:
            height = min(max(height, (base - min(heads)) * LANDMARK_RISE), room)
    take_spot(staging, x, base, height * share, height)
    return draw_prop(prop, style, x, base, height)


SKY_SHRINK = (1.0, 0.85, 0.7, 0.6)
"""The sizes a thing in the sky or on the wall tries, largest first, to find a place clear of faces."""


def _above_heads(prop: str, style: Style, staging: Staging, size: float, base: float) -> str:
    """A thing in the sky, on the wall or floating: where no figure stands in front of it, drawn a
    little smaller in a crowded close-up to fit between the heads, and always behind the cast, so a
    moon or a clock never covers a face."""
    lowest_top = top_limit(staging)
    best: tuple[float, float, float, float] | None = None
    for factor in SKY_SHRINK:
        side = max(size * factor, READABLE_PROP * 0.8)
        x, y = clear_spot(staging, side, side, base, lowest_top, take=False)
        hidden = hidden_share(staging, x, y, side, side)
        if best is None or hidden < best[0] - 0.02:
            best = (hidden, x, y, side)
        if hidden <= 0.05:
            break
    assert best is not None
    _, x, y, side = best
    take_spot(staging, x, y, side, side)
    return draw_prop(prop, style, x, y, side)


BIG_SIZES = frozenset({"large", "huge", "giant"})
"""Size classes of a thing never drawn in front of the cast (a wardrobe, a rocket, a tree)."""


def _big(prop: str) -> bool:
    return prop in PROPS_BY_ID and PROPS_BY_ID[prop].size in BIG_SIZES


def _where(item: PropInScene) -> str:
    """Where a prop goes: the scene's word, or its natural place when the scene leaves it on the ground."""
    return NATURAL_PLACES.get(item.prop, item.where) if item.where == "ground" else item.where


def _held_at(holder: Spot, size: float, held: list[Box], others: list[Spot]) -> tuple[float, float]:
    """Where `holder`'s hand holds a thing `size` tall: the hand the figure faces with, or the other
    (the figure turning round) when that one would put it over another held thing, another's face or
    off the picture; the thing kept inside the picture either way."""
    faces = [
        (spot.x - spot.drawn_height * 0.25, spot.ground - spot.drawn_height * 1.1)
        + (spot.x + spot.drawn_height * 0.25, spot.ground - spot.drawn_height * 0.55)
        for spot in others
        if spot is not holder
    ]
    options = []
    for facing in dict.fromkeys((holder.facing, "right" if holder.facing == "left" else "left")):
        hx, hy = hand_point(holder.pose, holder.x, holder.ground, holder.drawn_height, facing == "left")
        box = (hx - size / 2, hy - size * 0.55, hx + size / 2, hy + size * 0.45)
        outside = max(0.0, size * 0.6 - hx) + max(0.0, hx - (1000 - size * 0.6))
        crowded = sum(box_overlap(box, other) for other in [*held, *faces]) / (size * size)
        options.append((round(crowded + outside / size, 2), facing, hx, hy))
    _, facing, hx, hy = min(options, key=lambda option: option[0])
    if facing != holder.facing and holder.facing != "back":
        holder.facing = facing
    return min(max(hx, size * 0.6), 1000 - size * 0.6), hy


def prop_base(where: str, staging: Staging) -> tuple[float, float]:
    """(base line, size factor) of a prop that nobody holds, kept out of a text area above."""
    ground = staging.ground
    highest = top_limit(staging)
    if where == "sky":
        return max(highest + 120, ground - 430), 0.8
    if where == "wall":
        return max(highest + 120, ground - 260), 0.8
    if where == "floating":
        return max(highest + 120, ground - 230), 0.9
    if where == "background":
        return ground - 70, 0.6
    if where == "water":
        return ground - 10, 1.0
    return ground + 4, 1.0
