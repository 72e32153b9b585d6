"""The pen characters are drawn with: shapes in a figure's own units, outlined and wobbled by style."""

from __future__ import annotations

import random
from dataclasses import dataclass

from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import blob, el, fmt


@dataclass
class Pen:
    """Draws filled shapes in figure units (a figure is 400 units tall, feet at y=0).

    `scale` is the figure's size on the page, so outlines keep the same width at every size."""

    style: Style
    rng: random.Random
    scale: float

    def _stroke(self, fill: str) -> dict[str, object]:
        if not self.style.outline_width:
            return {}
        return {
            "stroke": self.style.line(fill),
            "stroke_width": round(self.style.outline_width / self.scale, 2),
            "stroke_linejoin": "round",
        }

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: str, **extra: object) -> str:
        if self.style.wobble:
            d = blob(cx, cy, rx, ry, self.rng, self.style.wobble * 0.4, 12)
            return el("path", d=d, fill=fill, **self._stroke(fill), **extra)
        return el("ellipse", cx=cx, cy=cy, rx=rx, ry=ry, fill=fill, **self._stroke(fill), **extra)

    def rect(self, x: float, y: float, w: float, h: float, r: float, fill: str, **extra: object) -> str:
        return el("rect", x=x, y=y, width=w, height=h, rx=r, fill=fill, **self._stroke(fill), **extra)

    def path(self, d: str, fill: str, **extra: object) -> str:
        return el("path", d=d, fill=fill, **self._stroke(fill), **extra)

    def line(self, d: str, colour: str, width: float, **extra: object) -> str:
        return el(
            "path",
            d=d,
            fill="none",
            stroke=colour,
            stroke_width=width,
            stroke_linecap="round",
            stroke_linejoin="round",
            **extra,
        )

    def limb(self, x1: float, y1: float, x2: float, y2: float, width: float, colour: str) -> str:
        """A rounded arm or leg; outlined by a slightly wider darker stroke underneath."""
        d = f"M{fmt(x1)},{fmt(y1)}L{fmt(x2)},{fmt(y2)}"
        parts = []
        if self.style.outline_width:
            parts.append(
                self.line(d, self.style.line(colour), width + 2 * self.style.outline_width / self.scale)
            )
        parts.append(self.line(d, colour, width))
        return "".join(parts)
