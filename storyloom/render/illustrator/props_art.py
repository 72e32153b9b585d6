"""How the built-in illustrator draws the things a page names: one small drawing per prop of the
vocabulary (`props_art.txt`), placed where the scene says (held, on the ground, in the sky ...).

Each prop is wrapped in `<g id="prop-ID">` so tests can find it, coloured in the style's tones and
outlined like the characters in the styles that outline.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import resvg_py
from PIL import Image

from storyloom.render.illustrator.styles import Style, style_named
from storyloom.render.illustrator.svg import el, fmt
from storyloom.story.props import PROPS_BY_ID

_ART = Path(__file__).with_name("props_art.txt")

PROP_HEIGHTS = {"tiny": 75.0, "small": 105.0, "medium": 145.0, "large": 205.0, "huge": 290.0, "giant": 480.0}
"""A prop's height on the page, in picture units, next to a 370-unit child (scaled with the shot)."""

Shape = tuple[str, tuple[str, ...]]

FILLED = 0.88
"""The least share of its box a prop's drawing fills (its width or its height, the larger): a shell
drawn in the lower half of its box, or a seed a third of it, is drawn larger to fill this much, so
every thing a page names is as readable as the size its box was given."""
MOST_GROWTH = 2.6
"""The most a drawing is enlarged to fill its box."""


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


@cache
def fill_factor(prop_id: str) -> float:
    """How much larger `prop_id`'s drawing is drawn so that it fills `FILLED` of its 100-unit box
    (1.0 for a drawing that already does), measured once on its pixels."""
    shapes = _shapes().get(prop_id) or _shapes()["box"]
    body = "".join(_shape(kind, args, style_named("flat")) for kind, args in shapes)
    size = 80
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="-100 -150 200 200">'
        f"{body}</svg>"
    )
    raw = resvg_py.svg_to_bytes(svg_string=svg, width=size, height=size, skip_system_fonts=True)
    with Image.open(io.BytesIO(bytes(raw))) as image:
        box = image.getchannel("A").point(lambda v: 255 if v > 60 else 0).getbbox()
    if box is None:
        return 1.0
    extent = max(box[2] - box[0], box[3] - box[1]) * 200 / size / 100  # 200 units drawn in `size` pixels
    return min(MOST_GROWTH, FILLED / extent) if extent < FILLED else 1.0


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
    prop_id: str,
    style: Style,
    x: float,
    base: float,
    height: float,
    *,
    mirror: bool = False,
    filled: bool = True,
) -> str:
    """The prop standing on (x, base), `height` units tall, inside `<g id="prop-ID">`: its drawing
    enlarged to fill that box (`fill_factor`) unless `filled` is false (a seat drawn to a sitter's
    height, whose top they sit on)."""
    shapes = _shapes().get(prop_id) or _shapes()["box"]
    scale = height / 100 * (fill_factor(prop_id) if filled else 1.0)
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


BUNTING_COLOURS = ("#e4574b", "#f2c14e", "#4f9fd9", "#62b26b", "#b07cd8")
BUNTING_SWAG = 2
"""How many times bunting the page names dips between `left` and `right`."""


def draw_bunting(style: Style, left: float, right: float, top: float) -> str:
    """Bunting (or paper garlands) a page names, hung across the top of the picture from `left` to
    `right`, its string at `top` where it is tied: two swags of little coloured flags, drawn behind
    the cast, inside `<g id="prop-bunting">`."""
    swag = (right - left) / BUNTING_SWAG
    sag, flag = swag * 0.16, max(swag * 0.07, 22.0)
    string, flags = [], []
    for k in range(BUNTING_SWAG):
        x0 = left + k * swag
        string.append(
            f"M{fmt(x0)},{fmt(top)}Q{fmt(x0 + swag / 2)},{fmt(top + sag * 2)} {fmt(x0 + swag)},{fmt(top)}"
        )
        count = max(3, int(swag // (flag * 1.5)))
        for n in range(count):
            t = (n + 0.5) / count
            x = x0 + swag * t
            y = top + sag * 2 * 2 * t * (1 - t)
            colour = style.tone(BUNTING_COLOURS[(k * count + n) % len(BUNTING_COLOURS)])
            flags.append(
                el(
                    "path",
                    d=f"M{fmt(x - flag / 2)},{fmt(y)}h{fmt(flag)}l{fmt(-flag / 2)},{fmt(flag * 1.3)}Z",
                    fill=colour,
                )
            )
    line = el(
        "path",
        d="".join(string),
        fill="none",
        stroke=style.line("#6b5a4a"),
        stroke_width=4,
        stroke_linecap="round",
    )
    return f'<g id="prop-bunting" data-across="true">{line}{"".join(flags)}</g>'
