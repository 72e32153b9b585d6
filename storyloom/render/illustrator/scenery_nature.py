"""Outdoor nature: forests, mountains, deserts and gardens, and the trees and flowers they share."""

from __future__ import annotations

import math

from storyloom.render.illustrator.sky import Paint, sky
from storyloom.render.illustrator.svg import blob, el, fmt, hills, mix, shade, smooth_open


def ground_band(p: Paint, colour: str, far: str | None = None) -> str:
    parts = []
    if far:
        parts.append(p.path(hills(p.ground - 150, 40, p.rng, 5), p.c(far)))
    parts.append(p.path(hills(p.ground - 30, 14, p.rng, 3), p.c(colour)))
    return "".join(parts)


def tree(p: Paint, x: float, base: float, size: float, leaf: str = "#5fae5a") -> str:
    trunk = p.c("#8a5a3c")
    leaves = p.c(leaf)
    h = 220 * size
    parts = [
        el(
            "rect",
            x=x - 12 * size,
            y=base - h * 0.55,
            width=24 * size,
            height=h * 0.55,
            rx=8 * size,
            fill=trunk,
        )
    ]
    for dx, dy, r in ((-45, -0.62, 62), (42, -0.6, 58), (0, -0.85, 72), (0, -0.55, 60)):
        parts.append(
            el(
                "path",
                d=blob(x + dx * size, base + dy * h, r * size, r * size * 0.9, p.rng, 0.08, 9),
                fill=leaves,
            )
        )
    parts.append(
        el(
            "path",
            d=blob(x - 20 * size, base - h * 0.9, 26 * size, 20 * size, p.rng, 0.1, 7),
            fill=shade(leaves, 0.18),
            opacity=0.8,
        )
    )
    return "".join(parts)


def pine(p: Paint, x: float, base: float, size: float, colour: str = "#3f8a5c") -> str:
    fill = p.c(colour)
    h, w = 260 * size, 110 * size
    parts = [
        el("rect", x=x - 9 * size, y=base - 30 * size, width=18 * size, height=30 * size, fill=p.c("#7a4e34"))
    ]
    for i in range(3):
        top = base - h + i * h * 0.25
        bottom = base - 20 * size - (2 - i) * h * 0.12
        half = w * (0.55 + i * 0.22)
        parts.append(
            el(
                "path",
                d=f"M{fmt(x)},{fmt(top)}L{fmt(x + half)},{fmt(bottom)}L{fmt(x - half)},{fmt(bottom)}Z",
                fill=fill,
                stroke_linejoin="round",
                stroke=fill,
                stroke_width=10 * size,
            )
        )
    return "".join(parts)


def flowers(p: Paint, count: int, y0: float, y1: float) -> str:
    parts = []
    for _ in range(count):
        x, y = p.rng.uniform(0, 1000), p.rng.uniform(y0, y1)
        petal = p.c(p.rng.choice(("#f47c8a", "#ffd166", "#ffffff", "#b892ff", "#ff9f5a")))
        parts.append(el("path", d=f"M{fmt(x)},{fmt(y)}l0,22", stroke=p.c("#4c9a4a"), stroke_width=3))
        for k in range(5):
            a = k * math.tau / 5
            parts.append(el("circle", cx=x + math.cos(a) * 7, cy=y + math.sin(a) * 7, r=6, fill=petal))
        parts.append(el("circle", cx=x, cy=y, r=4.5, fill=p.c("#f6b23c")))
    return "".join(parts)


def forest(p: Paint) -> str:
    parts = [sky(p), ground_band(p, "#7cc06a", "#9ccf9a")]
    for i in range(7):
        x = -60 + i * 180 + p.rng.uniform(-30, 30)
        painter = pine if i % 2 else tree
        parts.append(
            painter(p, x, p.ground - 60 - p.rng.uniform(0, 30), 0.75, "#5b9e66" if i % 2 else "#79b76a")
        )
    for i in range(4):
        x = [40, 330, 690, 960][i] + p.rng.uniform(-25, 25)
        parts.append(tree(p, x, p.ground + 10, 1.15 + p.rng.uniform(0, 0.2), "#4f9a52"))
    path: list[tuple[float, float]] = [
        (430, p.ground - 40),
        (470, p.ground + 80),
        (400, p.ground + 240),
        (520, 1100),
    ]
    parts.append(
        el(
            "path",
            d=smooth_open(path),
            stroke=p.c("#e3c48f"),
            stroke_width=70,
            fill="none",
            stroke_linecap="round",
            opacity=0.75,
        )
    )
    parts.append(_mushrooms(p))
    return "".join(parts)


def _mushrooms(p: Paint) -> str:
    parts = []
    for x in (p.rng.uniform(120, 260), p.rng.uniform(760, 900)):
        y = p.ground + 18
        parts.append(el("rect", x=x - 7, y=y - 22, width=14, height=24, rx=5, fill=p.c("#f3e6cf")))
        parts.append(
            el(
                "path",
                d=f"M{fmt(x - 24)},{fmt(y - 18)}Q{fmt(x)},{fmt(y - 56)} {fmt(x + 24)},{fmt(y - 18)}Z",
                fill=p.c("#e0533d"),
            )
        )
        parts.append(el("circle", cx=x - 6, cy=y - 30, r=4, fill="#fff"))
    return "".join(parts)


def mountains(p: Paint) -> str:
    parts = [sky(p)]
    for layer, (colour, height, base) in enumerate(
        (("#9fb3d9", 430, 60), ("#7f9cc9", 330, 30), ("#6c8fb5", 250, 0))
    ):
        x = -200.0 + layer * 90
        while x < 1200:
            w = p.rng.uniform(280, 420)
            peak = p.ground - base - height * p.rng.uniform(0.75, 1.05)
            fill = p.c(colour)
            parts.append(
                el(
                    "path",
                    d=f"M{fmt(x)},{fmt(p.ground)}L{fmt(x + w / 2)},{fmt(peak)}L{fmt(x + w)},{fmt(p.ground)}Z",
                    fill=fill,
                )
            )
            snow = peak + (p.ground - peak) * 0.22
            sx = x + w / 2
            d = (
                f"M{fmt(sx)},{fmt(peak)}L{fmt(sx + w * 0.11)},{fmt(snow)}"
                f"l-20,14l-22,-12l-20,14l-22,-14L{fmt(sx - w * 0.11)},{fmt(snow)}Z"
            )
            parts.append(el("path", d=d, fill=mix("#ffffff", fill, 0.08)))
            x += w * 0.7
    parts.append(ground_band(p, "#86c06b"))
    for k in range(6):
        parts.append(pine(p, -20 + k * 200 + p.rng.uniform(-40, 40), p.ground - 20, 0.55, "#3c7a55"))
    return "".join(parts)


def desert(p: Paint) -> str:
    parts = [sky(p)]
    parts.append(
        el("path", d=f"M560,{fmt(p.ground - 80)}v-130h60l10,-20h170l10,20h50v130Z", fill=p.c("#d48a5c"))
    )
    parts.append(p.path(hills(p.ground - 110, 40, p.rng, 3), p.c("#f0c27f")))
    parts.append(p.path(hills(p.ground - 30, 20, p.rng, 2), p.c("#f6d397")))
    for cx in (p.rng.uniform(80, 260), p.rng.uniform(800, 940)):
        parts.append(_cactus(p, cx, p.ground + 20))
    for _ in range(5):
        parts.append(
            el(
                "ellipse",
                cx=p.rng.uniform(0, 1000),
                cy=p.rng.uniform(p.ground, p.ground + 60),
                rx=16,
                ry=8,
                fill=p.c("#c79a6a"),
            )
        )
    return "".join(parts)


def _cactus(p: Paint, x: float, base: float) -> str:
    green = p.c("#5aa469")
    return "".join(
        [
            el("rect", x=x - 22, y=base - 200, width=44, height=200, rx=22, fill=green),
            el(
                "path",
                d=f"M{fmt(x - 20)},{fmt(base - 90)}h-36v-60",
                stroke=green,
                stroke_width=30,
                fill="none",
                stroke_linecap="round",
                stroke_linejoin="round",
            ),
            el(
                "path",
                d=f"M{fmt(x + 20)},{fmt(base - 120)}h34v-50",
                stroke=green,
                stroke_width=28,
                fill="none",
                stroke_linecap="round",
                stroke_linejoin="round",
            ),
            el("circle", cx=x, cy=base - 205, r=10, fill=p.c("#f47c8a")),
        ]
    )


def garden(p: Paint) -> str:
    parts = [sky(p), ground_band(p, "#8fd06f")]
    hedge = p.c("#4f9a52")
    for k in range(6):
        parts.append(el("path", d=blob(-40 + k * 210, p.ground - 120, 130, 80, p.rng, 0.06, 10), fill=hedge))
    fence = p.c("#ffffff")
    for k in range(22):
        fx = -10 + k * 48
        parts.append(el("path", d=f"M{fx},{fmt(p.ground - 40)}v-90l14,-16l14,16v90Z", fill=fence))
    parts.append(el("rect", x=-40, y=p.ground - 110, width=1100, height=12, fill=fence))
    parts.append(tree(p, 880, p.ground - 20, 1.0, "#6cb85a"))
    parts.append(flowers(p, 22, p.ground - 40, p.ground + 10))
    return "".join(parts)
