"""Skies by time of day, and the painting context every scenery function receives."""

from __future__ import annotations

import random
from dataclasses import dataclass

from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import blob, el, fmt, mix

# top, middle, bottom of the sky; the light that tints scenery; how much it tints.
_SKIES: dict[str, tuple[str, str, str, str, float]] = {
    "dawn": ("#8c9fd6", "#f5bfc8", "#ffe1b3", "#f7c6c7", 0.12),
    "morning": ("#78c2ef", "#b4e0f8", "#e3f5fd", "#fff6d8", 0.04),
    "afternoon": ("#4fa7e4", "#9fd3f5", "#d6effb", "#fff1c4", 0.06),
    "sunset": ("#5a4a8c", "#ee8a62", "#ffd08a", "#f39a6b", 0.2),
    "night": ("#0d1838", "#1f2f66", "#3b4f8c", "#1b2650", 0.45),
}


@dataclass
class Paint:
    """What scenery needs to draw: the style, the light, a seeded random source and the layout."""

    style: Style
    time_of_day: str
    rng: random.Random
    ground: float
    text_space: str
    defs: list[str]
    shot: str = "medium"
    """The page's shot, by which a place seen from outside varies its view from page to page."""

    @property
    def night(self) -> bool:
        return self.time_of_day == "night"

    def c(self, colour: str) -> str:
        """A scenery colour in this style and this light."""
        _, _, _, light, amount = _SKIES.get(self.time_of_day, _SKIES["afternoon"])
        return mix(self.style.tone(colour), light, amount)

    def gradient(self, ident: str, stops: list[tuple[float, str]], vertical: bool = True) -> str:
        """Register a linear gradient and return its `url(#...)`."""
        x2, y2 = ("0", "1") if vertical else ("1", "0")
        body = "".join(f'<stop offset="{fmt(offset)}" stop-color="{colour}"/>' for offset, colour in stops)
        self.defs.append(
            f'<linearGradient id="{ident}" x1="0" y1="0" x2="{x2}" y2="{y2}">{body}</linearGradient>'
        )
        return f"url(#{ident})"

    def radial(self, ident: str, colour: str, opacity: float) -> str:
        self.defs.append(
            f'<radialGradient id="{ident}"><stop offset="0" stop-color="{colour}'
            f'" stop-opacity="{fmt(opacity)}"/>'
            f'<stop offset="1" stop-color="{colour}" stop-opacity="0"/></radialGradient>'
        )
        return f"url(#{ident})"

    def path(self, d: str, fill: str, **extra: object) -> str:
        return el("path", d=d, fill=fill, **extra)


def sky(p: Paint) -> str:
    """The sky behind an outdoor scene, with its sun, moon, stars or clouds."""
    top, middle, bottom, _, _ = _SKIES.get(p.time_of_day, _SKIES["afternoon"])
    tone = p.style.tone
    fill = p.gradient("sky", [(0, tone(top)), (0.55, tone(middle)), (1, tone(bottom))])
    parts = [el("rect", x=-500, y=-500, width=2000, height=p.ground + 600, fill=fill)]
    calm_top = p.text_space == "top"
    if p.night:
        for _ in range(70):
            x, y = p.rng.uniform(-100, 1100), p.rng.uniform(-50, p.ground - 120)
            r = p.rng.choice((1.6, 2.2, 3.0))
            parts.append(el("circle", cx=x, cy=y, r=r, fill="#fff8d6", opacity=p.rng.uniform(0.5, 1.0)))
        mx, my = (780, 420) if calm_top else (790, 170)
        parts.append(el("circle", cx=mx, cy=my, r=120, fill=p.radial("moonglow", "#fff6c8", 0.35)))
        parts.append(el("circle", cx=mx, cy=my, r=58, fill="#fff4c2"))
        parts.append(el("circle", cx=mx + 26, cy=my - 14, r=52, fill=tone(top), opacity=0.95))
        return "".join(parts)
    sun_positions = {
        "dawn": (210, p.ground - 60),
        "morning": (200, 200),
        "afternoon": (800, 160),
        "sunset": (700, p.ground - 40),
    }
    sx, sy = sun_positions.get(p.time_of_day, (800, 160))
    if calm_top and sy < 380:
        sy = 400
    sun = {"dawn": "#ffe6a8", "sunset": "#ffb05e"}.get(p.time_of_day, "#ffe27a")
    parts.append(el("circle", cx=sx, cy=sy, r=190, fill=p.radial("sunglow", sun, 0.55)))
    parts.append(el("circle", cx=sx, cy=sy, r=72, fill=tone(sun)))
    cloud_top = 420 if calm_top else 60
    for _ in range(p.rng.randint(2, 4)):
        cx, cy = p.rng.uniform(-50, 1050), p.rng.uniform(cloud_top, cloud_top + 220)
        parts.append(cloud(p, cx, cy, p.rng.uniform(0.7, 1.3)))
    return "".join(parts)


def cloud(p: Paint, cx: float, cy: float, size: float) -> str:
    colour = mix("#ffffff", "#ffd9c9", 0.4) if p.time_of_day in ("dawn", "sunset") else "#ffffff"
    parts = []
    for dx, dy, r in ((-55, 10, 42), (-10, -18, 55), (45, 2, 45), (0, 20, 48)):
        parts.append(blob(cx + dx * size, cy + dy * size, r * size * 1.2, r * size, p.rng, 0.04, 8))
    return el("path", d="".join(parts), fill=colour, opacity=0.9)
