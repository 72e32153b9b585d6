"""One painter per place of the scene vocabulary (`storyloom.story.scene.PLACES`), indoors and out.

Outdoor places reuse the backdrop painters and add what makes each place itself (a swing, a deck,
snow); indoor places share one room (wall, floor, a window showing the time of day) furnished per
place. Every place is wrapped in `<g id="place-NAME">` so tests can find it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from storyloom.render.illustrator.scenery_buildings import bedroom, farm, school, town
from storyloom.render.illustrator.scenery_nature import desert, flowers, forest, garden, mountains, pine, tree
from storyloom.render.illustrator.scenery_water import sea, space, underwater
from storyloom.render.illustrator.sky import Paint, sky
from storyloom.render.illustrator.svg import blob, el, fmt, hills, shade

BOOK_COLOURS = ("#e4574b", "#4f9fd9", "#f2c14e", "#62b26b", "#b07cd8", "#ff9f5a", "#8d6e63")


def _window(p: Paint, x: float, y: float, w: float, h: float, ident: str, arch: bool = False) -> str:
    """A window onto the sky at this time of day."""
    view = Paint(p.style, p.time_of_day, p.rng, y + h * 0.9, "bottom", p.defs)
    shape = (
        f"M{fmt(x)},{fmt(y + h)}V{fmt(y + w / 2)}A{fmt(w / 2)},{fmt(w / 2)} 0 0 1 "
        f"{fmt(x + w)},{fmt(y + w / 2)}V{fmt(y + h)}Z"
        if arch
        else f"M{fmt(x)},{fmt(y)}h{fmt(w)}v{fmt(h)}h{fmt(-w)}Z"
    )
    frame = p.c("#ffffff") if not arch else p.c("#8d8378")
    return (
        f'<clipPath id="{ident}"><path d="{shape}"/></clipPath>'
        f'<g clip-path="url(#{ident})">{sky(view)}</g>'
        + el("path", d=shape, fill="none", stroke=frame, stroke_width=14)
        + el("path", d=f"M{fmt(x + w / 2)},{fmt(y)}v{fmt(h)}", stroke=frame, stroke_width=8)
    )


def _room(p: Paint, wall: str, floor: str, window: bool = True) -> tuple[list[str], float]:
    """A wall, a floor and a window; returns the parts and the window's top (clear of a top text area)."""
    wall_colour = p.c(wall if not p.night else shade(wall, -0.25))
    parts = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=wall_colour)]
    top = 130 if p.text_space != "top" else 370
    if window:
        parts.append(_window(p, 620, top, 230, 210, "roomwin"))
    floor_colour = p.c(floor)
    parts.append(el("rect", x=-500, y=p.ground - 40, width=2000, height=1200, fill=floor_colour))
    parts.append(el("rect", x=-500, y=p.ground - 52, width=2000, height=14, fill=shade(wall_colour, -0.2)))
    for k in range(11):
        parts.append(
            el(
                "path",
                d=f"M{-40 + k * 110},{fmt(p.ground - 40)}v500",
                stroke=shade(floor_colour, -0.1),
                stroke_width=3,
            )
        )
    return parts, top


def _shelf_of_books(p: Paint, x: float, y: float, width: float) -> str:
    parts = [el("rect", x=x, y=y, width=width, height=12, fill=p.c("#8a5a3c"))]
    k, bx = 0, x + 8
    while bx < x + width - 30:
        h = 60 + (k * 17) % 30
        parts.append(
            el("rect", x=bx, y=y - h, width=22, height=h, rx=3, fill=p.c(BOOK_COLOURS[k % len(BOOK_COLOURS)]))
        )
        bx += 26 + (k % 3) * 2
        k += 1
    return "".join(parts)


def kitchen(p: Paint) -> str:
    parts, top = _room(p, "#fbe9c8", "#d7c2a0")
    for k in range(18):
        parts.append(
            el(
                "rect",
                x=-40 + k * 60,
                y=p.ground - 330,
                width=28,
                height=28,
                fill=p.c("#bfe0e8"),
                opacity=0.7,
            )
        )
    counter = p.c("#6fa8a0")
    parts.append(el("rect", x=20, y=p.ground - 260, width=520, height=220, rx=8, fill=counter))
    parts.append(el("rect", x=10, y=p.ground - 272, width=540, height=20, rx=6, fill=p.c("#f3efe6")))
    for k in range(4):
        parts.append(
            el(
                "rect",
                x=40 + k * 125,
                y=p.ground - 235,
                width=105,
                height=170,
                rx=8,
                fill=shade(counter, 0.12),
            )
        )
        parts.append(el("circle", cx=130 + k * 125, cy=p.ground - 150, r=6, fill=p.c("#f2c14e")))
    parts.append(el("rect", x=330, y=p.ground - 300, width=160, height=30, rx=6, fill=p.c("#555b66")))
    parts.append(el("path", d=f"M360,{fmt(p.ground - 300)}q0,-40 40,-40h20q40,0 40,40Z", fill=p.c("#e0533d")))
    for k, colour in enumerate(("#c0c4cc", "#e8833a", "#c0c4cc")):
        parts.append(el("circle", cx=90 + k * 70, cy=top + 30, r=26, fill=p.c(colour)))
        parts.append(el("path", d=f"M{90 + k * 70},{top + 4}v-40", stroke=p.c("#6b5a4a"), stroke_width=4))
    parts.append(el("rect", x=890, y=p.ground - 420, width=150, height=380, rx=16, fill=p.c("#f1f1f4")))
    parts.append(el("path", d=f"M890,{fmt(p.ground - 280)}h150", stroke=p.c("#c0c4cc"), stroke_width=5))
    return "".join(parts)


def living_room(p: Paint) -> str:
    parts, top = _room(p, "#e6d5ef", "#b88a62")
    parts.append(el("ellipse", cx=500, cy=p.ground + 20, rx=380, ry=58, fill=p.c("#e4a84b"), opacity=0.85))
    sofa = p.c("#5a8fd0")
    parts.append(el("rect", x=40, y=p.ground - 250, width=460, height=120, rx=40, fill=shade(sofa, -0.1)))
    parts.append(el("rect", x=20, y=p.ground - 160, width=500, height=110, rx=30, fill=sofa))
    parts.append(el("rect", x=60, y=p.ground - 50, width=20, height=30, fill=p.c("#6b4a33")))
    parts.append(el("rect", x=460, y=p.ground - 50, width=20, height=30, fill=p.c("#6b4a33")))
    for k, colour in enumerate(("#f2c14e", "#e4574b")):
        parts.append(
            el("rect", x=110 + k * 240, y=p.ground - 200, width=90, height=70, rx=20, fill=p.c(colour))
        )
    for k, (x, colour) in enumerate(((150, "#62b26b"), (330, "#ff9f5a"))):
        parts.append(el("rect", x=x, y=top + 20 + k * 20, width=110, height=85, fill=p.c("#8a5a3c")))
        parts.append(el("rect", x=x + 10, y=top + 30 + k * 20, width=90, height=65, fill=p.c(colour)))
    parts.append(el("rect", x=944, y=p.ground - 260, width=12, height=220, fill=p.c("#6b5a4a")))
    parts.append(el("path", d=f"M900,{fmt(p.ground - 250)}l20,-80h60l20,80Z", fill=p.c("#ffd98a")))
    return "".join(parts)


def classroom(p: Paint) -> str:
    return school(p)


def library(p: Paint) -> str:
    parts, _top = _room(p, "#efe0c4", "#9c6b48", window=False)
    wood = p.c("#7a4e34")
    for x in (-20, 360, 740):
        parts.append(el("rect", x=x, y=40, width=320, height=p.ground - 80, fill=wood))
        for row in range(5):
            y = 150 + row * (p.ground - 200) / 5
            parts.append(_shelf_of_books(p, x + 14, y, 292))
    parts.append(el("rect", x=380, y=p.ground - 160, width=240, height=18, rx=6, fill=p.c("#b5835a")))
    return "".join(parts)


def castle_hall(p: Paint) -> str:
    stone = p.c("#b9ada0" if not p.night else "#8d8378")
    parts = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=stone)]
    for row in range(16):
        for k in range(9):
            x = -60 + k * 140 + (70 if row % 2 else 0)
            parts.append(
                el(
                    "rect",
                    x=x,
                    y=row * 60 - 40,
                    width=132,
                    height=52,
                    rx=6,
                    fill=shade(stone, 0.05 * (k % 2)),
                )
            )
    top = 120 if p.text_space != "top" else 360
    for x in (150, 690):
        parts.append(_window(p, x, top, 160, 260, f"hallwin{x}", arch=True))
    for x in (90, 470, 880):
        parts.append(el("path", d=f"M{x - 40},{top - 20}h80v220l-40,-30l-40,30Z", fill=p.c("#c0392b")))
        parts.append(el("circle", cx=x, cy=top + 60, r=18, fill=p.c("#f2c14e")))
    parts.append(el("rect", x=-500, y=p.ground - 40, width=2000, height=1200, fill=shade(stone, -0.25)))
    parts.append(el("path", d=f"M380,{fmt(p.ground - 40)}h240l120,600h-480Z", fill=p.c("#b83a3a")))
    return "".join(parts)


def tower(p: Paint) -> str:
    stone = p.c("#a99c8e" if not p.night else "#7d7266")
    parts = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=stone)]
    for row in range(18):
        for k in range(-1, 8):
            x = k * 150 + (75 if row % 2 else 0)
            parts.append(
                el(
                    "rect",
                    x=x,
                    y=row * 56 - 40,
                    width=144,
                    height=50,
                    rx=10,
                    fill=shade(stone, 0.06 * (row % 3)),
                )
            )
    top = 120 if p.text_space != "top" else 350
    parts.append(_window(p, 380, top, 240, 330, "towerwin", arch=True))
    parts.append(el("rect", x=-500, y=p.ground - 40, width=2000, height=1200, fill=p.c("#7a5a40")))
    for k in range(5):
        parts.append(
            el("rect", x=-20 + k * 40, y=p.ground - 80 - k * 70, width=200, height=28, fill=p.c("#6b5a4a"))
        )
    return "".join(parts)


def cave(p: Paint) -> str:
    rock = p.c("#6d5f55")
    parts = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=shade(rock, -0.35))]
    glow = "#3b4f8c" if p.night else "#cfe8f5"
    parts.append(el("path", d=blob(720, p.ground - 220, 180, 200, p.rng, 0.08, 12), fill=p.c(glow)))
    parts.append(
        el(
            "path",
            d=f"M-500,-500H1500V{fmt(p.ground + 400)}H-500Z"
            + blob(720, p.ground - 220, 180, 200, p.rng, 0.08, 12),
            fill=rock,
            fill_rule="evenodd",
            opacity=0.55,
        )
    )
    for k in range(9):
        x = 40 + k * 115
        parts.append(
            el(
                "path",
                d=f"M{x - 24},-20l24,{140 + (k * 37) % 90}l24,-{140 + (k * 37) % 90}Z",
                fill=shade(rock, 0.1),
            )
        )
    parts.append(p.path(hills(p.ground - 30, 18, p.rng, 4), shade(rock, -0.1)))
    for k in range(4):
        parts.append(
            el("path", d=f"M{150 + k * 230},{fmt(p.ground - 20)}l14,-50l14,50Z", fill=p.c("#7fd6e8"))
        )
    return "".join(parts)


def space_station(p: Paint) -> str:
    metal = p.c("#cfd6e0")
    parts = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=metal)]
    for k in range(8):
        parts.append(
            el("rect", x=-40 + k * 140, y=-40, width=130, height=p.ground, rx=12, fill=shade(metal, 0.08))
        )
    top = 140 if p.text_space != "top" else 370
    parts.append(f'<clipPath id="porthole"><circle cx="690" cy="{top + 130}" r="125"/></clipPath>')
    view = Paint(p.style, "night", p.rng, 1000, "bottom", p.defs)
    parts.append(f'<g clip-path="url(#porthole)">{space(view)}</g>')
    parts.append(
        el("circle", cx=690, cy=top + 130, r=125, fill="none", stroke=p.c("#8a94a6"), stroke_width=22)
    )
    parts.append(el("rect", x=60, y=top + 40, width=340, height=160, rx=16, fill=p.c("#37415a")))
    for k in range(8):
        colour = ("#7df9ff", "#ffd54f", "#ff6f61", "#8bd65a")[k % 4]
        parts.append(el("circle", cx=100 + (k % 4) * 80, cy=top + 90 + (k // 4) * 60, r=14, fill=colour))
    parts.append(el("rect", x=-500, y=p.ground - 40, width=2000, height=1200, fill=p.c("#8a94a6")))
    return "".join(parts)


def outer_space(p: Paint) -> str:
    return space(p)


def train(p: Paint) -> str:
    parts, top = _room(p, "#d9c3a5", "#7a6a5a", window=False)
    for x in (70, 550):
        parts.append(_window(p, x, top, 340, 200, f"trainwin{x}"))
    parts.append(el("rect", x=-500, y=top - 60, width=2000, height=16, fill=p.c("#8a5a3c")))
    seat = p.c("#b83a3a")
    for x in (40, 520):
        parts.append(el("rect", x=x, y=p.ground - 230, width=420, height=150, rx=24, fill=shade(seat, -0.1)))
        parts.append(el("rect", x=x - 10, y=p.ground - 110, width=440, height=70, rx=18, fill=seat))
    return "".join(parts)


def park(p: Paint) -> str:
    parts = [garden(p)]
    parts.append(
        el(
            "path",
            d=f"M420,{fmt(p.ground - 30)}q80,160 -40,600h300q-180,-440 -160,-600Z",
            fill=p.c("#e6d3a3"),
        )
    )
    parts.append(tree(p, 90, p.ground - 40, 1.3))
    parts.append(tree(p, 920, p.ground - 50, 1.1, "#4f9d5a"))
    parts.append(el("ellipse", cx=760, cy=p.ground + 30, rx=170, ry=40, fill=p.c("#7cc3e8")))
    return "".join(parts)


def playground(p: Paint) -> str:
    parts = [sky(p), p.path(hills(p.ground - 30, 10, p.rng, 3), p.c("#8cc96f"))]
    frame = p.c("#e0533d")
    parts.append(
        el(
            "path",
            d=f"M60,{fmt(p.ground)}L140,{fmt(p.ground - 330)}L220,{fmt(p.ground)}",
            fill="none",
            stroke=frame,
            stroke_width=14,
        )
    )
    parts.append(el("path", d=f"M120,{fmt(p.ground - 330)}H380", stroke=frame, stroke_width=14))
    parts.append(
        el("path", d=f"M300,{fmt(p.ground)}L380,{fmt(p.ground - 330)}", stroke=frame, stroke_width=14)
    )
    for x in (190, 290):
        parts.append(el("path", d=f"M{x},{fmt(p.ground - 330)}v200", stroke=p.c("#6b5a4a"), stroke_width=4))
    parts.append(el("rect", x=175, y=p.ground - 134, width=130, height=14, rx=6, fill=p.c("#f2c14e")))
    slide = p.c("#4f9fd9")
    parts.append(
        el("path", d=f"M760,{fmt(p.ground)}v-280h40v280", fill="none", stroke=p.c("#62b26b"), stroke_width=12)
    )
    parts.append(
        el("path", d=f"M800,{fmt(p.ground - 280)}q120,40 180,280h-50q-60,-200 -130,-230Z", fill=slide)
    )
    parts.append(el("ellipse", cx=520, cy=p.ground + 40, rx=160, ry=36, fill=p.c("#f1d9a0")))
    return "".join(parts)


def meadow(p: Paint) -> str:
    parts = [sky(p), p.path(hills(p.ground - 160, 50, p.rng, 4), p.c("#a9d68f"))]
    parts.append(p.path(hills(p.ground - 40, 20, p.rng, 3), p.c("#8cc96f")))
    parts.append(flowers(p, 40, p.ground - 30, p.ground + 200))
    return "".join(parts)


def beach(p: Paint) -> str:
    return sea(p)


def boat(p: Paint) -> str:
    parts = [sea(p)]
    wood = p.c("#a8754f")
    parts.append(el("path", d=f"M-100,{fmt(p.ground - 60)}H1100L1000,1200H0Z", fill=wood))
    for k in range(6):
        parts.append(
            el(
                "path",
                d=f"M-100,{fmt(p.ground - 20 + k * 50)}H1100",
                stroke=shade(wood, -0.15),
                stroke_width=4,
            )
        )
    parts.append(el("rect", x=-100, y=p.ground - 110, width=1200, height=24, fill=shade(wood, -0.2)))
    parts.append(el("rect", x=880, y=0, width=22, height=p.ground - 100, fill=shade(wood, -0.3)))
    parts.append(el("path", d=f"M870,40L640,{fmt(p.ground - 160)}H870Z", fill=p.c("#fdfbf5")))
    return "".join(parts)


def city_street(p: Paint) -> str:
    return town(p)


def snowy_village(p: Paint) -> str:
    parts = [sky(p)]
    snow = p.c("#f4f7fb")
    parts.append(p.path(hills(p.ground - 150, 40, p.rng, 5), p.c("#dfe8f2")))
    for x, colour in ((120, "#c0392b"), (420, "#4f7fb0"), (760, "#8e5bc4")):
        base = p.ground - 90
        parts.append(el("rect", x=x - 80, y=base - 140, width=160, height=140, fill=p.c(colour)))
        parts.append(
            el(
                "path",
                d=f"M{x - 105},{fmt(base - 130)}L{x},{fmt(base - 230)}L{x + 105},{fmt(base - 130)}Z",
                fill=snow,
            )
        )
        parts.append(el("rect", x=x - 20, y=base - 70, width=40, height=70, fill=p.c("#6b4a33")))
        window = "#ffd86b" if p.night or p.time_of_day == "sunset" else p.c("#bfe0e8")
        parts.append(el("rect", x=x + 28, y=base - 110, width=34, height=30, fill=window))
    parts.append(pine(p, 940, p.ground - 60, 1.0, "#3f8a5c"))
    parts.append(p.path(hills(p.ground - 30, 12, p.rng, 3), snow))
    for _ in range(60):
        parts.append(
            el(
                "circle",
                cx=p.rng.uniform(-50, 1050),
                cy=p.rng.uniform(0, p.ground),
                r=p.rng.choice((3, 4, 6)),
                fill="#ffffff",
                opacity=0.85,
            )
        )
    return "".join(parts)


def jungle(p: Paint) -> str:
    parts = [forest(p)]
    greens = ("#2e7d32", "#43a047", "#1b5e20", "#66bb6a")
    for k in range(14):
        x = -40 + k * 80
        y = p.ground - 40 - (k * 53) % 160
        colour = p.c(greens[k % 4])
        side = 1 if k % 2 else -1
        parts.append(
            el(
                "path",
                d=f"M{x},{fmt(y)}q{side * 90},-120 {side * 170},-60q{side * -70},20 {side * -170},60Z",
                fill=colour,
            )
        )
    for x in (90, 330, 610, 880):
        parts.append(
            el(
                "path",
                d=f"M{x},-20q30,200 -10,{fmt(p.ground * 0.55)}",
                fill="none",
                stroke=p.c("#4e7d2a"),
                stroke_width=8,
            )
        )
    return "".join(parts)


def _gear(p: Paint, cx: float, cy: float, radius: float, colour: str, teeth: int = 10) -> str:
    """A cog: a toothed wheel with a hub, the sign of a workshop at a glance."""
    points = []
    for k in range(teeth * 2):
        outer = radius if k % 2 == 0 else radius * 0.78
        for step in (-0.5, 0.5):
            angle = (k + step * 0.9) * math.pi / teeth
            points.append(f"{fmt(cx + outer * math.cos(angle))},{fmt(cy + outer * math.sin(angle))}")
    tone = p.c(colour)
    return (
        el("path", d="M" + "L".join(points) + "Z", fill=tone)
        + el("circle", cx=cx, cy=cy, r=radius * 0.45, fill=shade(tone, -0.2))
        + el("circle", cx=cx, cy=cy, r=radius * 0.16, fill=shade(tone, 0.25))
    )


def workshop(p: Paint) -> str:
    """An inventor's workshop: big cogs on the wall, a pegboard of tools, jars of coloured liquid on a
    shelf, a panel of blinking lights and a long workbench with a vice."""
    parts, top = _room(p, "#d8e2dc", "#8a7d6e")
    parts.append(_gear(p, 150, top + 70, 82, "#c9a227", 12))
    parts.append(_gear(p, 265, top + 150, 52, "#a8b2bd", 9))
    parts.append(_gear(p, 95, top + 200, 40, "#b5622a", 8))
    board = p.c("#c9a77a")
    parts.append(el("rect", x=340, y=top, width=230, height=170, rx=8, fill=board))
    for row in range(4):
        for k in range(6):
            parts.append(el("circle", cx=362 + k * 38, cy=top + 20 + row * 42, r=3, fill=shade(board, -0.3)))
    metal, handle = p.c("#8a94a6"), p.c("#e0533d")
    parts.append(el("rect", x=372, y=top + 30, width=12, height=70, rx=4, fill=handle))
    parts.append(el("rect", x=356, y=top + 22, width=44, height=18, rx=4, fill=metal))
    parts.append(el("path", d=f"M440,{top + 30}v90", stroke=metal, stroke_width=10, stroke_linecap="round"))
    parts.append(el("circle", cx=440, cy=top + 28, r=16, fill="none", stroke=metal, stroke_width=9))
    parts.append(el("rect", x=492, y=top + 34, width=14, height=90, rx=4, fill=p.c("#4f9fd9")))
    parts.append(el("path", d=f"M499,{top + 124}l-6,28h12Z", fill=metal))
    shelf_y = top + 250
    parts.append(el("rect", x=330, y=shelf_y, width=260, height=12, fill=p.c("#8a5a3c")))
    for k, colour in enumerate(("#62b26b", "#e4574b", "#b07cd8", "#f2c14e", "#4f9fd9")):
        jx = 345 + k * 50
        parts.append(el("rect", x=jx, y=shelf_y - 58, width=36, height=58, rx=8, fill=p.c("#e8f4f8")))
        parts.append(el("rect", x=jx + 3, y=shelf_y - 34, width=30, height=32, rx=6, fill=p.c(colour)))
        parts.append(el("rect", x=jx + 6, y=shelf_y - 68, width=24, height=12, rx=3, fill=p.c("#8a5a3c")))
    panel = p.c("#37415a")
    parts.append(el("rect", x=880, y=p.ground - 430, width=140, height=380, rx=12, fill=panel))
    for k in range(10):
        colour = ("#7df9ff", "#ffd54f", "#ff6f61", "#8bd65a")[k % 4]
        parts.append(
            el("circle", cx=915 + (k % 2) * 60, cy=p.ground - 390 + (k // 2) * 52, r=13, fill=colour)
        )
    parts.append(el("rect", x=890, y=p.ground - 130, width=120, height=50, rx=8, fill=shade(panel, 0.2)))
    wood = p.c("#a0704a")
    parts.append(el("rect", x=-20, y=p.ground - 190, width=620, height=26, rx=6, fill=wood))
    for x in (10, 540):
        parts.append(el("rect", x=x, y=p.ground - 166, width=26, height=130, fill=shade(wood, -0.2)))
    parts.append(el("rect", x=40, y=p.ground - 150, width=480, height=14, fill=shade(wood, -0.1)))
    parts.append(el("rect", x=470, y=p.ground - 232, width=70, height=44, rx=6, fill=metal))
    parts.append(el("rect", x=448, y=p.ground - 222, width=26, height=12, rx=4, fill=shade(metal, -0.2)))
    parts.append(_gear(p, 120, p.ground - 215, 26, "#c9a227", 8))
    parts.append(_gear(p, 170, p.ground - 205, 16, "#a8b2bd", 7))
    parts.append(el("rect", x=250, y=p.ground - 218, width=90, height=28, rx=6, fill=p.c("#e0533d")))
    return "".join(parts)


def mill(p: Paint) -> str:
    """An old windmill in a meadow: a tapering tower with a door and a window, a cap and four
    latticed sails turning on their hub, a sack of flour by the door."""
    parts = [meadow(p)]
    x, base = 740.0, p.ground - 50
    tower, cap = p.c("#efe3cf"), p.c("#8a5a3c")
    height = 380.0
    parts.append(
        el(
            "path",
            d=f"M{fmt(x - 110)},{fmt(base)}L{fmt(x - 72)},{fmt(base - height)}"
            f"H{fmt(x + 72)}L{fmt(x + 110)},{fmt(base)}Z",
            fill=tower,
        )
    )
    for k in range(1, 6):
        y = base - k * height / 6
        parts.append(
            el(
                "path",
                d=f"M{fmt(x - 110 + k * 6)},{fmt(y)}H{fmt(x + 110 - k * 6)}",
                stroke=shade(tower, -0.08),
                stroke_width=3,
            )
        )
    parts.append(el("path", d=f"M{fmt(x - 32)},{fmt(base)}v-80a32,32,0,0,1,64,0v80Z", fill=p.c("#6b4a33")))
    window = "#ffd86b" if p.night or p.time_of_day == "sunset" else "#bfe0e8"
    parts.append(el("rect", x=x - 22, y=base - 230, width=44, height=50, rx=20, fill=p.c(window)))
    parts.append(
        el(
            "path",
            d=f"M{fmt(x - 92)},{fmt(base - height)}q92,-110 184,0Z",
            fill=cap,
        )
    )
    hub_y = base - height - 25
    sail, lattice = p.c("#fdfbf5"), p.c("#8a5a3c")
    spin = p.rng.uniform(5, 40)
    arms = []
    for k in range(4):
        arms.append(
            f'<g transform="rotate({fmt(spin + k * 90)} {fmt(x)} {fmt(hub_y)})">'
            + el("rect", x=x - 7, y=hub_y - 270, width=14, height=270, fill=lattice)
            + el("rect", x=x + 7, y=hub_y - 255, width=58, height=200, fill=sail, opacity=0.92)
            + "".join(
                el("path", d=f"M{fmt(x + 7)},{fmt(hub_y - 255 + r * 40)}h58", stroke=lattice, stroke_width=4)
                for r in range(6)
            )
            + el("path", d=f"M{fmt(x + 36)},{fmt(hub_y - 255)}v200", stroke=lattice, stroke_width=4)
            + "</g>"
        )
    parts.extend(arms)
    parts.append(el("circle", cx=x, cy=hub_y, r=20, fill=shade(cap, -0.2)))
    parts.append(el("path", d=blob(x - 160, base + 10, 36, 30, p.rng, 0.05, 8), fill=p.c("#e8d8b0")))
    parts.append(el("path", d=f"M{fmt(x - 172)},{fmt(base - 22)}h24", stroke=p.c("#b5835a"), stroke_width=5))
    return "".join(parts)


TOWER_X = 770.0
"""Where the tower seen from outside stands (or 1000 less, seen from the other side), before the zoom."""
TOWER_HALF = 78.0
"""Half the tower's width."""


def tower_outside(p: Paint) -> str:
    """A tall stone tower seen from outside, on a green hill behind the cast: stone courses, arched
    windows (lit at dusk and night), an arched door with a path winding down the hill, battlements,
    a pointed slate roof with a pennant, and a stretch of castle wall. At least a third of the
    picture tall, its roof clear of a top text area."""
    parts = [meadow(p)]
    mirrored, distance = TOWER_VIEWS.get(p.shot, (False, "near"))
    x, half, hill_rise, lower = TOWER_DISTANCES[distance]
    hill_top = p.ground - hill_rise
    tip = (110.0 if p.text_space != "top" else 300.0) + lower
    roof_height = (hill_top - tip) * 0.27
    top = tip + roof_height
    grass = p.c("#9ccf82" if not p.night else "#6f9a66")
    stone = p.c("#b9ad9c" if not p.night else "#8a8072")
    dark = shade(stone, -0.22)
    parts.append(
        el(
            "path",
            d=f"M{fmt(x - 380)},{fmt(p.ground + 10)}"
            f"Q{fmt(x - 200)},{fmt(hill_top - 30)} {fmt(x)},{fmt(hill_top - 25)}"
            f"Q{fmt(x + 220)},{fmt(hill_top - 30)} {fmt(x + 420)},{fmt(p.ground + 10)}Z",
            fill=grass,
        )
    )
    wall_top = hill_top - 60
    landmark = [
        el("rect", x=x - 200, y=wall_top, width=400, height=hill_top - wall_top + 12, fill=dark),
        *(el("rect", x=x - 250 + k * 44, y=wall_top - 22, width=26, height=24, fill=dark) for k in range(12)),
        el("rect", x=x - half, y=top, width=2 * half, height=hill_top - top + 10, fill=stone),
    ]
    course = shade(stone, -0.1)
    rows = int((hill_top - top) // 34)
    for row in range(1, rows + 1):
        y = top + row * 34
        landmark.append(
            el("path", d=f"M{fmt(x - half)},{fmt(y)}h{fmt(2 * half)}", stroke=course, stroke_width=3)
        )
        for k in range(3):
            bx = x - half + 26 + k * 52 + (26 if row % 2 else 0)
            if bx < x + half:
                landmark.append(el("path", d=f"M{fmt(bx)},{fmt(y)}v-34", stroke=course, stroke_width=3))
    for k in range(5):
        landmark.append(el("rect", x=x - half - 8 + k * 36, y=top - 28, width=24, height=30, fill=stone))
    landmark.append(el("rect", x=x - half - 10, y=top - 4, width=2 * half + 20, height=16, fill=dark))
    roof = p.c("#4f5f8a" if not p.night else "#8090c4")
    landmark.append(
        el(
            "path",
            d=f"M{fmt(x - half - 4)},{fmt(top - 26)}L{fmt(x)},{fmt(tip)}"
            f"L{fmt(x + half + 4)},{fmt(top - 26)}Z",
            fill=roof,
        )
    )
    landmark.append(
        el(
            "path",
            d=f"M{fmt(x)},{fmt(tip)}L{fmt(x + half + 4)},{fmt(top - 26)}H{fmt(x + 20)}Z",
            fill=shade(roof, -0.15),
        )
    )
    landmark.append(el("path", d=f"M{fmt(x)},{fmt(tip)}v-46", stroke=p.c("#5a4a3a"), stroke_width=5))
    landmark.append(el("path", d=f"M{fmt(x)},{fmt(tip - 46)}l44,12l-44,12Z", fill=p.c("#e4574b")))
    lit = p.night or p.time_of_day in ("sunset", "dawn")
    glass = p.c("#ffd86b" if lit else "#3d4a66")
    height = hill_top - top
    for wx, wy in ((x, top + height * 0.18), (x - 30, top + height * 0.45), (x + 30, top + height * 0.45)):
        landmark.append(el("path", d=f"M{fmt(wx - 15)},{fmt(wy + 30)}v-22a15,15,0,0,1,30,0v22Z", fill=glass))
    door = p.c("#6b4a33")
    landmark.append(el("path", d=f"M{fmt(x - 32)},{fmt(hill_top + 10)}v-66a32,32,0,0,1,64,0v66Z", fill=door))
    landmark.append(el("circle", cx=x + 16, cy=hill_top - 24, r=5, fill=p.c("#f2c14e")))
    side = "left" if mirrored else "right"
    parts.append(
        f'<g id="tower-landmark" data-side="{side}" data-distance="{distance}">{"".join(landmark)}</g>'
    )
    parts.append(
        el(
            "path",
            d=f"M{fmt(x - 30)},{fmt(hill_top + 10)}q-40,60 -160,90t-220,{fmt(p.ground - hill_top + 40)}"
            f"h90q110,-60 190,-95t150,-85Z",
            fill=p.c("#e0cfa8"),
        )
    )
    parts.append(p.path(hills(p.ground - 20, 14, p.rng, 3), p.c("#8cc96f")))
    if mirrored:  # the tower on the left: the hill, the tower and its path seen from the other side
        return (
            f'{parts[0]}<g id="tower-view" transform="translate(1000 0) scale(-1 1)">{"".join(parts[1:])}</g>'
        )
    return "".join(parts)


TOWER_VIEWS: dict[str, tuple[bool, str]] = {
    "wide": (False, "far"),
    "medium": (True, "near"),
    "two-shot": (False, "near"),
    "close-up": (True, "far"),
    "from-behind": (False, "close"),
}
"""(tower on the left, how far off) for each shot: pages at the tower, whose shots change from one page
to the next (and differ over three pages in a row), see it from another side or distance each time,
not the same picture five times; walking towards it, seen from behind, it looms close ahead."""
TOWER_DISTANCES: dict[str, tuple[float, float, float, float]] = {
    "far": (TOWER_X, TOWER_HALF, 150.0, 150.0),
    "near": (TOWER_X, TOWER_HALF, 210.0, 0.0),
    "close": (TOWER_X - 90, TOWER_HALF * 1.35, 250.0, 0.0),
}
"""Where the tower stands at each distance (on the right; mirrored on the left): its middle's x, its
half width, how high its hill rises above the ground line and how much lower than the highest its
roof's tip is."""


def tower_span(shot: str) -> tuple[bool, float, float]:
    """(tower on the left, its middle's x, its half width) for a page at the tower framed as `shot`,
    before the shot's zoom: where the cast does not stand."""
    mirrored, distance = TOWER_VIEWS.get(shot, (False, "near"))
    x, half, _, _ = TOWER_DISTANCES[distance]
    return mirrored, x, half


def cloud_kingdom(p: Paint) -> str:
    """A kingdom in the sky: a pastel sky, slender castle towers with pink and lilac roofs standing
    on the clouds far off, a floor of fluffy candyfloss clouds the cast stands on, and a rainbow by day."""
    parts = [sky(p)]
    if not p.night:
        for k, colour in enumerate(("#f28b82", "#fbbc6a", "#fff27a", "#9be29b", "#8ecbf2", "#c7a4f0")):
            r = 430 - k * 22
            parts.append(
                el(
                    "path",
                    d=f"M{fmt(500 - r)},{fmt(p.ground - 120)}a{fmt(r)},{fmt(r * 0.7)},0,0,1,{fmt(2 * r)},0",
                    fill="none",
                    stroke=p.c(colour),
                    stroke_width=22,
                    opacity=0.55,
                )
            )
    stone = p.c("#f3e6f0" if not p.night else "#b8aac8")
    for x, tall, roof in ((150, 300, "#e98fb5"), (250, 380, "#b39ddb"), (860, 330, "#e98fb5")):
        base = p.ground - 140
        parts.append(el("rect", x=x - 34, y=base - tall, width=68, height=tall, fill=stone))
        parts.append(
            el(
                "path",
                d=f"M{x - 44},{fmt(base - tall)}L{x},{fmt(base - tall - 90)}L{x + 44},{fmt(base - tall)}Z",
                fill=p.c(roof),
            )
        )
        parts.append(
            el("path", d=f"M{x - 12},{fmt(base - tall * 0.6)}v-26a12,12,0,0,1,24,0v26Z", fill=p.c("#7a6a9a"))
        )
    puff = p.c("#fff7fb" if not p.night else "#cfd3ea")
    shadow = p.c("#f4d9ea" if not p.night else "#aab0d0")
    for row, (y, colour) in enumerate(
        ((p.ground - 150, shadow), (p.ground - 90, puff), (p.ground - 20, shadow))
    ):
        for k in range(9):
            cx = -40 + k * 135 + (60 if row % 2 else 0) + p.rng.uniform(-20, 20)
            parts.append(el("ellipse", cx=cx, cy=y + 40, rx=110, ry=70, fill=colour))
    parts.append(el("rect", x=-500, y=p.ground - 10, width=2000, height=1200, fill=puff))
    for k in range(10):
        cx = -60 + k * 125 + p.rng.uniform(-20, 20)
        parts.append(el("ellipse", cx=cx, cy=p.ground + 10, rx=95, ry=48, fill=puff))
    return f'<g id="cloud-floor">{"".join(parts)}</g>'


PLACES: dict[str, Callable[[Paint], str]] = {
    "bedroom": bedroom,
    "kitchen": kitchen,
    "living-room": living_room,
    "classroom": classroom,
    "library": library,
    "castle-hall": castle_hall,
    "tower": tower,
    "cave": cave,
    "space-station": space_station,
    "train": train,
    "workshop": workshop,
    "garden": garden,
    "park": park,
    "playground": playground,
    "forest": forest,
    "meadow": meadow,
    "mountains": mountains,
    "beach": beach,
    "underwater": underwater,
    "boat": boat,
    "outer-space": outer_space,
    "city-street": city_street,
    "snowy-village": snowy_village,
    "desert": desert,
    "jungle": jungle,
    "farm": farm,
    "mill": mill,
    "tower-outside": tower_outside,
    "cloud-kingdom": cloud_kingdom,
}
"""The painter for every place; a place not listed here is drawn as a garden."""


def paint_place(place: str, p: Paint) -> str:
    """The place's scenery inside `<g id="place-NAME">`."""
    painter = PLACES.get(place, garden)
    return f'<g id="place-{place}">{painter(p)}</g>'
