"""Composes a page, a cover or a character sheet as one SVG document from the structured scene."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from storyloom.render.illustrator.bystanders import place_animals
from storyloom.render.illustrator.figures import place_figure, sheet_scale
from storyloom.render.illustrator.places import paint_place
from storyloom.render.illustrator.poses import hand_point
from storyloom.render.illustrator.sky import Paint
from storyloom.render.illustrator.staging import joined_hands, place_props, reaches_left, stage
from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import CANVAS, blob, el, fmt, stable_seed
from storyloom.story.props import PROPS_BY_ID
from storyloom.story.schema import AnimalInScene, Character, CharacterInScene, PropInScene, SceneSpec


def _document(width: int, height: int, defs: list[str], body: str, style: Style) -> str:
    if style.shadow:
        # A drop shadow spelled out in the primitives feDropShadow stands for, which every renderer
        # draws (Skia does not know feDropShadow itself).
        defs.append(
            '<filter id="cutshadow" x="-20%" y="-20%" width="140%" height="140%">'
            '<feGaussianBlur in="SourceAlpha" stdDeviation="5"/><feOffset dx="4" dy="6" result="offset"/>'
            '<feFlood flood-color="#3a2a20" flood-opacity="0.35"/>'
            '<feComposite in2="offset" operator="in"/>'
            '<feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {fmt(CANVAS)} {fmt(CANVAS)}" preserveAspectRatio="xMidYMid slice">'
        f"<defs>{''.join(defs)}</defs>{body}</svg>"
    )


def ordered_cast(scene: SceneSpec, characters: Sequence[Character]) -> list[Character]:
    """The characters the scene shows, in its order, the hero (the first named) first."""
    by_name = {c.name: c for c in characters}
    cast = [by_name[name] for name in scene.characters_present if name in by_name]
    return cast


def _calm_wash(text_space: str, paper: str, defs: list[str], depth: float) -> str:
    if text_space == "top":
        defs.append(
            f'<linearGradient id="wash" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{paper}" '
            f'stop-opacity="0.5"/><stop offset="1" stop-color="{paper}" stop-opacity="0"/></linearGradient>'
        )
        return el("rect", x=-500, y=-500, width=2000, height=500 + depth, fill="url(#wash)")
    defs.append(
        f'<linearGradient id="wash" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{paper}" '
        f'stop-opacity="0"/><stop offset="1" stop-color="{paper}" stop-opacity="0.5"/></linearGradient>'
    )
    return el("rect", x=-500, y=CANVAS - depth, width=2000, height=depth + 500, fill="url(#wash)")


PLACE_BUILDINGS = {"farm": ("barn",)}
"""Buildings a place's backdrop paints (`<g id="building-ID">`, flat shapes only)."""


def _without_named_buildings(scene: SceneSpec, backdrop: str) -> str:
    """The backdrop without the buildings it paints that the page names as props (the farm's barn):
    the prop is drawn where the cast hides the least of it, and the page shows one barn, not two."""
    for prop in PLACE_BUILDINGS.get(scene.place_or_backdrop, ()):
        if any(item.prop == prop and item.where in ("background", "ground") for item in scene.props):
            backdrop = re.sub(rf'<g id="building-{prop}">.*?</g>', "", backdrop, count=1, flags=re.DOTALL)
    return backdrop


def scene_svg(
    scene: SceneSpec,
    characters: Sequence[Character],
    style: Style,
    seed: int,
    *,
    width: int,
    height: int,
    calm_depth: float = 260.0,
    figure_seed: int | None = None,
) -> str:
    """The page for `scene`: its place at its time of day, the cast in their poses and facings, framed
    by the shot, the props where the scene puts them, and the text area (top or bottom) left calm and
    clear of every character and prop."""
    rng = random.Random(stable_seed(seed, scene.backdrop, scene.setting, scene.action, scene.composition))
    ground = 720.0 if scene.text_space == "bottom" else 880.0
    clear_top = None
    if calm_depth > 300 and scene.text_space == "top":  # a cover: its title and label over the top
        ground, clear_top = 900.0, calm_depth
    staging = stage(
        scene,
        characters,
        ground,
        random.Random(stable_seed(seed, "staging", scene.action)),
        clear_top=clear_top,
    )
    defs: list[str] = []
    paint = Paint(
        style=style,
        time_of_day=scene.time_of_day,
        rng=rng,
        ground=staging.ground,
        text_space=scene.text_space,
        defs=defs,
        shot=staging.shot,
    )
    backdrop = paint_place(scene.place_or_backdrop, paint)
    if staging.zoom != 1.0:
        zoom_about_ground = (
            f"translate(500 {fmt(staging.ground)})"
            f" scale({staging.zoom}) translate(-500 {fmt(-staging.ground)})"
        )
        backdrop = f'<g transform="{zoom_about_ground}">{backdrop}</g>'
    backdrop = _without_named_buildings(scene, backdrop)
    behind, in_front = place_props(scene, staging, style, held_scale=1.5 if clear_top is not None else 1.0)
    animals_behind, animals_in_front = place_animals(scene, staging, style, stable_seed(seed, "animals"))
    behind += animals_behind
    in_front = animals_in_front + in_front
    figures = []
    worn: dict[str, list[str]] = {}
    for item in scene.props:
        if item.where == "worn":
            worn.setdefault(item.held_by, []).append(item.prop)
    first_worn = {
        prop: min(
            (spot for spot in staging.spots if prop in worn.get(spot.character.name, [])),
            key=lambda spot: spot.index,
            default=None,
        )
        for prop in {item.prop for item in scene.props if item.where == "worn"}
    }
    for spot in sorted(staging.spots, key=lambda item: -item.index):
        figures.append(
            place_figure(
                spot.character,
                style,
                stable_seed(seed if figure_seed is None else figure_seed, spot.character.name),
                x=spot.x,
                ground=spot.ground,
                height=spot.height,
                mood=spot.mood,
                pose=spot.pose,
                mirror=reaches_left(spot, staging.spots),
                facing=spot.facing,
                worn=worn.get(spot.character.name, ()),
                first_worn=[prop for prop, first in first_worn.items() if first is spot],
            )
        )
    joined = joined_hands(staging.spots)
    if joined is not None:
        left, right = joined
        hand_x, hand_y = hand_point(left.pose, left.x, left.ground, left.drawn_height, mirror=False)
        figures.append(
            f'<g id="hands-joined" data-between="{left.character.name} {right.character.name}"'
            f' data-x="{fmt(hand_x)}" data-y="{fmt(hand_y)}"/>'
        )
    wash = _calm_wash(scene.text_space, style.paper, defs, calm_depth)
    body = backdrop + behind + "".join(figures) + in_front + wash
    return _document(width, height, defs, body, style)


def character_sheet_svg(
    character: Character, style: Style, seed: int, *, width: int, height: int, label: bool
) -> str:
    """A reference sheet: the character large, front view, on a quiet background, with its name."""
    rng = random.Random(stable_seed(seed, "sheet", character.name))
    defs: list[str] = []
    backdrop = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=style.paper)]
    backdrop.append(
        el("path", d=blob(500, 470, 400, 380, rng, 0.05, 12), fill=style.tone("#dcecf5"), opacity=0.8)
    )
    backdrop.append(el("ellipse", cx=500, cy=880, rx=330, ry=40, fill=style.tone("#cfe3c0"), opacity=0.9))
    figure = place_figure(
        character,
        style,
        stable_seed(seed, character.name),
        x=500,
        ground=870,
        height=720 / sheet_scale(character),
        mood="happy",
        pose="stand",
    )
    text = ""
    if label:
        text = (
            el("rect", x=300, y=918, width=400, height=66, rx=33, fill="#ffffff", opacity=0.85)
            + f'<text x="500" y="964" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" '
            f'font-size="40" fill="#3a3046">{_escape(character.name)}</text>'
        )
    return _document(width, height, defs, "".join(backdrop) + figure + text, style)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cover_scene(
    backdrop: str,
    time_of_day: str,
    names: Sequence[str],
    mood: str,
    *,
    place: str | None = None,
    props: Sequence[str] = (),
    animals: Sequence[str] = (),
) -> SceneSpec:
    """The cover's scene: the story's setting (or the `place` its title names) with its main
    characters together, title room on top, and the things and animals the title names (`props`:
    the golden key of "... and the Golden Key of the Singing Tower"), the first of them in the
    hero's raised hand when it is small enough to hold."""
    things: list[PropInScene] = []
    cast: list[CharacterInScene] = []
    holding = ""
    for prop in dict.fromkeys(props):
        if not holding and names and PROPS_BY_ID[prop].size in HOLDABLE and prop not in SKY_THINGS:
            holding = prop
            things.append(PropInScene(prop=prop, where="held", held_by=names[0]))
        else:
            things.append(PropInScene(prop=prop, where="sky" if prop in SKY_THINGS else "ground"))
    if things:
        cast = [
            CharacterInScene(name=name, pose="reach" if holding and not index else "wave", holding="")
            for index, name in enumerate(names)
        ]
        if holding:
            cast[0] = cast[0].model_copy(update={"holding": holding})
    return SceneSpec(
        setting="the cover",
        backdrop=backdrop,
        place=place,
        time_of_day=time_of_day,
        characters_present=list(names),
        action="standing together and waving hello",
        mood=mood,
        composition="centered",
        text_space="top",
        cast=cast,
        props=things,
        animals=[AnimalInScene(kind=kind) for kind in dict.fromkeys(animals)],
    )


HOLDABLE = frozenset({"tiny", "small", "medium"})
"""Sizes of a thing the hero holds up on the cover; a bigger one stands beside the cast."""
SKY_THINGS = frozenset({"moon", "star", "planet", "cloud", "rainbow", "satellite", "sun"})
"""Things the title may name that belong in the sky, not in a hand."""
