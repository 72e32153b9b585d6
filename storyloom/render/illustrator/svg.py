"""Small helpers to write SVG by hand: colours, seeded randomness, wobbly hand-drawn shapes."""

from __future__ import annotations

import colorsys
import hashlib
import math
import random
from xml.sax.saxutils import escape

CANVAS = 1000.0


def stable_seed(*parts: object) -> int:
    """A seed that depends only on `parts` (never on Python's per-process string hashing)."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def rng_for(*parts: object) -> random.Random:
    """A random generator fixed by `parts`, so the same inputs draw the same picture."""
    return random.Random(stable_seed(*parts))


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def mix(a: str, b: str, t: float) -> str:
    """The colour a fraction `t` of the way from `a` to `b`."""
    ra, rb = hex_to_rgb(a), hex_to_rgb(b)
    return rgb_to_hex(tuple(x + (y - x) * t for x, y in zip(ra, rb, strict=True)))  # type: ignore[arg-type]


def shade(colour: str, amount: float) -> str:
    """Darker (amount < 0, towards a deep blue-brown) or lighter (amount > 0, towards white)."""
    if amount >= 0:
        return mix(colour, "#ffffff", amount)
    return mix(colour, "#2a2030", -amount)


def adjust(colour: str, *, saturation: float = 1.0, lightness: float = 0.0, warmth: float = 0.0) -> str:
    """Scale saturation, add lightness, and nudge the hue towards orange (warmth > 0)."""
    r, g, b = (c / 255 for c in hex_to_rgb(colour))
    h, light, s = colorsys.rgb_to_hls(r, g, b)
    s = max(0.0, min(1.0, s * saturation))
    light = max(0.0, min(1.0, light + lightness))
    if warmth:
        target = 0.08
        delta = ((target - h + 0.5) % 1.0) - 0.5
        h = (h + delta * warmth) % 1.0
    nr, ng, nb = colorsys.hls_to_rgb(h, light, s)
    return rgb_to_hex((nr * 255, ng * 255, nb * 255))


def luminance(colour: str) -> float:
    r, g, b = hex_to_rgb(colour)
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


def fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def attrs(**values: object) -> str:
    parts = []
    for key, value in values.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        text = fmt(value) if isinstance(value, float) else str(value)
        parts.append(f'{name}="{escape(text, {chr(34): "&quot;"})}"')
    return " ".join(parts)


def el(tag: str, **values: object) -> str:
    return f"<{tag} {attrs(**values)}/>"


def group(children: list[str] | str, **values: object) -> str:
    body = children if isinstance(children, str) else "".join(children)
    return f"<g {attrs(**values)}>{body}</g>"


def blob(
    cx: float, cy: float, rx: float, ry: float, rng: random.Random, wobble: float = 0.0, points: int = 10
) -> str:
    """A closed smooth path around an ellipse; `wobble` (0..0.2) makes it hand-drawn."""
    coords = []
    offset = rng.random() * math.tau
    for i in range(points):
        angle = offset + math.tau * i / points
        jitter = 1 + (rng.uniform(-wobble, wobble) if wobble else 0.0)
        coords.append((cx + math.cos(angle) * rx * jitter, cy + math.sin(angle) * ry * jitter))
    return smooth_closed(coords)


def smooth_closed(coords: list[tuple[float, float]]) -> str:
    """A closed Catmull-Rom curve through `coords`, as SVG path data."""
    n = len(coords)
    parts = [f"M{fmt(coords[0][0])},{fmt(coords[0][1])}"]
    for i in range(n):
        p0, p1, p2, p3 = coords[i - 1], coords[i], coords[(i + 1) % n], coords[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        parts.append(f"C{fmt(c1[0])},{fmt(c1[1])} {fmt(c2[0])},{fmt(c2[1])} {fmt(p2[0])},{fmt(p2[1])}")
    return "".join(parts) + "Z"


def smooth_open(coords: list[tuple[float, float]]) -> str:
    """An open Catmull-Rom curve through `coords`."""
    parts = [f"M{fmt(coords[0][0])},{fmt(coords[0][1])}"]
    n = len(coords)
    for i in range(n - 1):
        p0 = coords[max(0, i - 1)]
        p1, p2 = coords[i], coords[i + 1]
        p3 = coords[min(n - 1, i + 2)]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        parts.append(f"C{fmt(c1[0])},{fmt(c1[1])} {fmt(c2[0])},{fmt(c2[1])} {fmt(p2[0])},{fmt(p2[1])}")
    return "".join(parts)


def hills(y: float, amplitude: float, rng: random.Random, bumps: int = 4, bottom: float = 1600) -> str:
    """A rolling horizon from far left to far right, filled down to `bottom`."""
    xs = [-400 + i * (1800 / bumps) for i in range(bumps + 1)]
    coords = [(x, y + rng.uniform(-amplitude, amplitude)) for x in xs]
    return smooth_open(coords) + f"L1400,{fmt(bottom)}L-400,{fmt(bottom)}Z"


def distance(a: str, b: str) -> int:
    """How far apart two colours are: the sum of their channels' differences (0 to 765)."""
    return sum(abs(x - y) for x, y in zip(hex_to_rgb(a), hex_to_rgb(b), strict=True))


HAIR_APART = 90
"""How far hair is drawn from the skin under it, at least, so that a child with strawberry-blond hair and
beige skin, or dark-brown hair and deep-brown skin, is not drawn bald."""


def hair_against(hair: str, skin: str) -> str:
    """`hair`, or the nearest colour of its kind that stands apart from `skin`: a little richer step by
    step, and darker where the hair is the darker of the two (strawberry blond on beige skin goes copper,
    dark brown on deep brown skin near black) or lighter where it is the lighter (auburn on deep brown
    skin glows redder); white and grey hair stay as they are."""
    if max(hex_to_rgb(hair)) - min(hex_to_rgb(hair)) < 24 and luminance(hair) > 0.5:
        return hair  # white or grey hair is told from the skin by its greyness, and stays as it is
    lighter = 0.035 if luminance(hair) > luminance(skin) and luminance(hair) < 0.6 else -0.035
    drawn = hair
    for step in range(1, 13):
        if distance(drawn, skin) >= HAIR_APART:
            break
        drawn = adjust(hair, saturation=1 + step * 0.12, lightness=step * lighter)
    return drawn
