"""The built-in illustrator: picture-book pages composed from the structured scene as SVG, drawn by
Skia (storyloom.render.raster), finished with the style's texture. Offline and deterministic per
(story, page)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from storyloom.render.illustrator.compose import character_sheet_svg, cover_scene, ordered_cast, scene_svg
from storyloom.render.illustrator.figures import species_kind
from storyloom.render.illustrator.styles import STYLE_NAMES, Style, style_named
from storyloom.render.illustrator.svg import stable_seed
from storyloom.render.raster import Encoding, render_pictures
from storyloom.story.schema import Character, SceneSpec

_LABEL_FONTS = [
    str(path)
    for path in (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    )
    if path.exists()
]

__all__ = [
    "STYLE_NAMES",
    "Style",
    "cover_scene",
    "ordered_cast",
    "render_character_sheet",
    "render_scene",
    "render_scene_encoded",
    "species_kind",
    "style_named",
]


def _rasterise(
    svg: str,
    width: int,
    height: int,
    style: Style,
    seed: int,
    *,
    text: bool = False,
    encodings: tuple[Encoding, ...] = ("png",),
) -> tuple[bytes, ...]:
    fonts = (_LABEL_FONTS or None) if text else None
    return render_pictures(
        svg,
        width,
        height,
        texture=style.texture,
        seed=seed,
        font_files=fonts,
        system_fonts=text and not fonts,
        encodings=encodings,
    )


def render_scene(
    scene: SceneSpec,
    characters: Sequence[Character],
    style: str,
    seed: int,
    *,
    width: int,
    height: int,
    calm_depth: float = 260.0,
    encoding: Encoding = "png",
) -> bytes:
    """A page (or, with `cover_scene`, a cover) as PNG (or JPEG) bytes of exactly width x height."""
    (picture,) = render_scene_encoded(
        scene,
        characters,
        style,
        seed,
        width=width,
        height=height,
        calm_depth=calm_depth,
        encodings=(encoding,),
    )
    return picture


def render_scene_encoded(
    scene: SceneSpec,
    characters: Sequence[Character],
    style: str,
    seed: int,
    *,
    width: int,
    height: int,
    encodings: tuple[Encoding, ...],
    calm_depth: float = 260.0,
) -> tuple[bytes, ...]:
    """`render_scene` drawn once and encoded in each of `encodings`, in that order."""
    chosen = style_named(style)
    page_seed = stable_seed(seed, scene.model_dump_json())
    svg = scene_svg(
        scene,
        characters,
        chosen,
        page_seed,
        width=width,
        height=height,
        calm_depth=calm_depth,
        figure_seed=seed,
    )
    return _rasterise(svg, width, height, chosen, page_seed, encodings=encodings)


def render_character_sheet(
    character: Character, style: str, seed: int, *, width: int, height: int, label: bool = True
) -> bytes:
    """A character reference sheet as PNG bytes: the character large, front view, with a name label."""
    chosen = style_named(style)
    sheet_seed = stable_seed(seed, "sheet", character.name)
    svg = character_sheet_svg(character, chosen, seed, width=width, height=height, label=label)
    (picture,) = _rasterise(svg, width, height, chosen, sheet_seed, text=label)
    return picture
