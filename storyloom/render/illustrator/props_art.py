"""How the built-in illustrator draws the things a page names: one small drawing per prop of the
vocabulary (`props_art.txt`), placed where the scene says (held, on the ground, in the sky ...).

Each prop is wrapped in `<g id="prop-ID">` so tests can find it, coloured in the style's tones and
outlined like the characters in the styles that outline.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import el, fmt
from storyloom.story.props import PROPS_BY_ID

_ART = Path(__file__).with_name("props_art.txt")

PROP_HEIGHTS = {"tiny": 75.0, "small": 105.0, "medium": 145.0, "large": 205.0, "huge": 290.0, "giant": 480.0}
"""A prop's height on the page, in picture units, next to a 370-unit child (scaled with the shot)."""

Shape = tuple[str, tuple[str, ...]]


@cache
def _shapes() -> dict[str, tuple[Shape, ...]]:
    drawings: dict[str, tuple[Shape, ...]] = {}
    for line in _ART.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        prop_id, spec = line.split(":", 1)
        shapes = []
        for item in spec.split(";"):
            kind, *tokens = item.split()
            if kind == "p":
                tokens = [" ".join(tokens[:-1]), tokens[-1]]
            elif kind == "l":
                tokens = [" ".join(tokens[:-2]), *tokens[-2:]]
            shapes.append((kind, tuple(tokens)))
        drawings[prop_id.strip()] = tuple(shapes)
    return drawings


def has_drawing(prop_id: str) -> bool:
    return prop_id in _shapes()


def _shape(kind: str, args: tuple[str, ...], style: Style) -> str:
    if kind == "l":
        d, colour, width = args
        return el(
            "path",
            d=d,
            fill="none",
            stroke=style.tone(colour),
            stroke_width=width,
            stroke_linecap="round",
            stroke_linejoin="round",
        )
    fill = style.tone(args[-1])
    numbers = [float(value) for value in args[:-1]] if kind != "p" else []
    if kind == "c":
        return el("circle", cx=numbers[0], cy=numbers[1], r=numbers[2], fill=fill)
    if kind == "e":
        return el("ellipse", cx=numbers[0], cy=numbers[1], rx=numbers[2], ry=numbers[3], fill=fill)
    if kind == "r":
        x, y, w, h, corner = numbers
        return el("rect", x=x, y=y, width=w, height=h, rx=corner, fill=fill)
    return el("path", d=args[0], fill=fill)


def prop_height(prop_id: str, figure_height: float) -> float:
    """How tall the prop is drawn next to figures `figure_height` units tall."""
    size = PROPS_BY_ID[prop_id].size if prop_id in PROPS_BY_ID else "small"
    return PROP_HEIGHTS[size] * figure_height / 370


def draw_prop(
    prop_id: str, style: Style, x: float, base: float, height: float, *, mirror: bool = False
) -> str:
    """The prop standing on (x, base), `height` units tall, inside `<g id="prop-ID">`."""
    shapes = _shapes().get(prop_id) or _shapes()["box"]
    scale = height / 100
    outline = ""
    if style.outline_width:
        outline = (
            f' stroke="{style.line("#8a7a6a")}" stroke-width="{fmt(style.outline_width / scale)}"'
            ' stroke-linejoin="round"'
        )
    body = "".join(_shape(kind, args, style) for kind, args in shapes)
    flip = -scale if mirror else scale
    transform = f"translate({fmt(x)} {fmt(base)}) scale({flip:.4f} {scale:.4f})"
    shadow = ""
    if style.shadow:
        outline += ' filter="url(#cutshadow)"'
    return f'<g id="prop-{prop_id}"{shadow}><g transform="{transform}"{outline}>{body}</g></g>'
