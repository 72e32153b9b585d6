"""The sea shore, under the sea, and outer space."""

from __future__ import annotations

import math

from storyloom.render.illustrator.sky import Paint, sky
from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import el, fmt, hills, smooth_open


def sea(p: Paint) -> str:
    horizon = p.ground - 190
    parts = [sky(p)]
    water = p.gradient("water", [(0, p.c("#3b9fd1")), (1, p.c("#8fd6e8"))])
    parts.append(el("rect", x=-500, y=horizon, width=2000, height=1200, fill=water))
    for row in range(5):
        y = horizon + 25 + row * 32
        d = "".join(f"M{fmt(x)},{fmt(y)}q15,-10 30,0" for x in range(-40 + row * 23 % 60, 1040, 120))
        parts.append(el("path", d=d, stroke="#ffffff", stroke_width=3, fill="none", opacity=0.55))
    bx = p.rng.uniform(120, 860)
    parts.append(el("path", d=f"M{fmt(bx - 40)},{fmt(horizon + 8)}h80l-14,16h-52Z", fill=p.c("#b5543c")))
    parts.append(el("path", d=f"M{fmt(bx)},{fmt(horizon + 4)}v-70l38,62Z", fill=p.c("#fff7ea")))
    sand = p.gradient("sand", [(0, p.c("#f4dba6")), (1, p.c("#ecc98a"))])
    parts.append(p.path(hills(p.ground - 40, 18, p.rng, 3), sand))
    parts.append(
        el(
            "path",
            d=smooth_open(
                [(-100, p.ground - 38), (300, p.ground - 58), (700, p.ground - 44), (1100, p.ground - 60)]
            ),
            stroke="#ffffff",
            stroke_width=10,
            fill="none",
            opacity=0.7,
        )
    )
    for _ in range(3):
        x, y = p.rng.uniform(60, 940), p.rng.uniform(p.ground - 5, p.ground + 40)
        parts.append(_shell(p, x, y))
    return "".join(parts)


def _shell(p: Paint, x: float, y: float) -> str:
    fill = p.c(p.rng.choice(("#f7a1a1", "#ffd8a8", "#f6e3c8")))
    return el("path", d=f"M{fmt(x - 14)},{fmt(y)}Q{fmt(x)},{fmt(y - 30)} {fmt(x + 14)},{fmt(y)}Z", fill=fill)


def underwater(p: Paint) -> str:
    deep = "#123f7a" if p.night else "#1f6fb2"
    water = p.gradient(
        "deep", [(0, p.style.tone("#7fd4ea")), (0.6, p.style.tone("#3a9bd0")), (1, p.style.tone(deep))]
    )
    parts = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=water)]
    for i in range(5):
        x = 80 + i * 210 + p.rng.uniform(-30, 30)
        parts.append(
            el(
                "path",
                d=f"M{fmt(x)},-50L{fmt(x + 90)},-50L{fmt(x + 260)},{fmt(p.ground)}"
                f"L{fmt(x + 120)},{fmt(p.ground)}Z",
                fill="#ffffff",
                opacity=0.09,
            )
        )
    parts.append(p.path(hills(p.ground - 20, 20, p.rng, 4), p.c("#e9d29c")))
    for i in range(6):
        x = 40 + i * 180 + p.rng.uniform(-40, 40)
        tall = p.rng.uniform(160, 320)
        pts = [(x + math.sin(k * 1.3 + i) * 18, p.ground - k * tall / 5) for k in range(6)]
        parts.append(
            el(
                "path",
                d=smooth_open(pts),
                stroke=p.c("#3f9e6a"),
                stroke_width=16,
                fill="none",
                stroke_linecap="round",
            )
        )
    for x in (p.rng.uniform(60, 200), p.rng.uniform(780, 940)):
        for k in range(3):
            a = -math.pi / 2 + (k - 1) * 0.5
            parts.append(
                el(
                    "path",
                    d=f"M{fmt(x)},{fmt(p.ground)}l{fmt(math.cos(a) * 90)},{fmt(math.sin(a) * 90)}",
                    stroke=p.c("#ff7f8e"),
                    stroke_width=18,
                    stroke_linecap="round",
                )
            )
    for _ in range(4):
        parts.append(_fish(p, p.rng.uniform(80, 920), p.rng.uniform(120, p.ground - 260)))
    for _ in range(18):
        parts.append(
            el(
                "circle",
                cx=p.rng.uniform(0, 1000),
                cy=p.rng.uniform(50, p.ground - 100),
                r=p.rng.uniform(4, 11),
                fill="none",
                stroke="#ffffff",
                stroke_width=2.5,
                opacity=0.7,
            )
        )
    return "".join(parts)


def _fish(p: Paint, x: float, y: float) -> str:
    fill = p.c(p.rng.choice(("#ffb347", "#ff6f91", "#ffe066", "#7ee081")))
    flip = p.rng.choice((1, -1))
    body = el("ellipse", cx=x, cy=y, rx=34, ry=20, fill=fill)
    tail = el("path", d=f"M{fmt(x - 30 * flip)},{fmt(y)}l{fmt(-26 * flip)},-18v36Z", fill=fill)
    eye = el("circle", cx=x + 18 * flip, cy=y - 5, r=4, fill="#23233a")
    return tail + body + eye


def space(p: Paint) -> str:
    fill = p.gradient("space", [(0, p.style.tone("#0b0f2e")), (1, p.style.tone("#2b2066"))])
    parts = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=fill)]
    for _ in range(120):
        parts.append(
            el(
                "circle",
                cx=p.rng.uniform(-100, 1100),
                cy=p.rng.uniform(-100, p.ground),
                r=p.rng.choice((1.5, 2.2, 3.2)),
                fill="#fffbe0",
                opacity=p.rng.uniform(0.5, 1),
            )
        )
    px, py = p.rng.uniform(620, 860), p.rng.uniform(150, 300) if p.text_space != "top" else 420
    parts.append(el("circle", cx=px, cy=py, r=95, fill=p.style.tone("#f29e6b")))
    parts.append(
        el(
            "ellipse",
            cx=px,
            cy=py,
            rx=170,
            ry=34,
            fill="none",
            stroke=p.style.tone("#ffd59e"),
            stroke_width=12,
            transform=f"rotate(-18 {fmt(px)} {fmt(py)})",
        )
    )
    parts.append(el("circle", cx=px - 30, cy=py - 25, r=22, fill="#ffffff", opacity=0.18))
    parts.append(el("circle", cx=150, cy=py + 80, r=38, fill=p.style.tone("#7fd1c6")))
    parts.append(p.path(hills(p.ground - 20, 22, p.rng, 4), p.style.tone("#b7b3c9")))
    for _ in range(7):
        x, y = p.rng.uniform(0, 1000), p.rng.uniform(p.ground + 5, p.ground + 150)
        r = p.rng.uniform(12, 34)
        parts.append(el("ellipse", cx=x, cy=y, rx=r, ry=r * 0.35, fill=p.style.tone("#9591ab")))
    rx = p.rng.uniform(80, 220)
    parts.append(_rocket(p, rx, p.ground - 10))
    return "".join(parts)


def _rocket(p: Paint, x: float, base: float) -> str:
    body = p.style.tone("#f4f1ea")
    red = p.style.tone("#e4574b")
    return "".join(
        [
            el("path", d=f"M{fmt(x - 30)},{fmt(base)}q30,-40 30,-130q0,90 30,130Z", fill=body),
            el("path", d=f"M{fmt(x)},{fmt(base - 200)}q40,60 32,200h-64q-8,-140 32,-200Z", fill=body),
            el("path", d=f"M{fmt(x)},{fmt(base - 200)}q22,30 28,60h-56q6,-30 28,-60Z", fill=red),
            el("circle", cx=x, cy=base - 110, r=15, fill=p.style.tone("#7cc6f2"), stroke=red, stroke_width=5),
            el(
                "path",
                d=f"M{fmt(x - 32)},{fmt(base - 40)}l-22,40h22Z M{fmt(x + 32)},{fmt(base - 40)}l22,40h-22Z",
                fill=red,
            ),
        ]
    )


def draw_stream(style: Style, middle: float, width: float, left: float = -20.0, right: float = 1020.0) -> str:
    """A stream a page names, winding across the picture from `left` to `right` (never a puddle at
    someone's feet): a band of water `width` units wide about the line `middle`, with ripples and
    pebbles on its banks. Drawn behind the cast, who stand on its near bank."""
    half = width / 2
    water, light, bank = style.tone("#6fb7e6"), style.tone("#d7eefa"), style.tone("#9a9a9a")
    wave = width * 0.45
    step = (right - left) / 4
    top = f"M{fmt(left)},{fmt(middle - half)}"
    bottom = ""
    for k in range(4):
        lift = wave if k % 2 else -wave
        bend, end = fmt(left + (k + 0.5) * step), fmt(left + (k + 1) * step)
        top += f"Q{bend},{fmt(middle - half + lift)} {end},{fmt(middle - half)}"
    for k in reversed(range(4)):
        lift = wave if k % 2 else -wave
        bend, end = fmt(left + (k + 0.5) * step), fmt(left + k * step)
        bottom += f"Q{bend},{fmt(middle + half + lift * 1.2)} {end},{fmt(middle + half)}"
    band = el("path", d=f"{top}L{fmt(right)},{fmt(middle + half)}{bottom}Z", fill=water)
    count = max(2, int((right - left) // 150))
    ripples = "".join(
        el(
            "path",
            d=f"M{fmt(left + 40 + k * 150)},{fmt(middle + (k % 3 - 1) * half * 0.4)}"
            f"q{fmt(width * 0.4)},{fmt(-width * 0.18)} {fmt(width * 0.8)},0",
            fill="none",
            stroke=light,
            stroke_width=max(width * 0.07, 3.0),
            stroke_linecap="round",
        )
        for k in range(count)
    )
    pebbles = "".join(
        el(
            "ellipse",
            cx=left + 30 + k * 115,
            cy=middle + half * (1.15 if k % 2 else -1.1),
            rx=width * 0.16,
            ry=width * 0.1,
            fill=bank,
        )
        for k in range(int((right - left - 40) // 115) + 1)
    )
    return f'<g id="prop-stream" data-across="true">{band}{ripples}{pebbles}</g>'
