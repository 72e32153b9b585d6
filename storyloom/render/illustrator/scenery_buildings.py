"""Places people built: a castle, a town, a farm, a bedroom and a classroom."""

from __future__ import annotations

from storyloom.render.illustrator.scenery_nature import flowers, ground_band, tree
from storyloom.render.illustrator.sky import Paint, sky
from storyloom.render.illustrator.svg import blob, el, fmt, shade


def castle(p: Paint) -> str:
    parts = [sky(p), ground_band(p, "#8cc96f", "#a9d68f")]
    cx, base = 640 + p.rng.uniform(-60, 60), p.ground - 120
    stone, roof = p.c("#d9cfc4"), p.c("#7a6fd0")
    parts.append(el("rect", x=cx - 170, y=base - 180, width=340, height=180, fill=stone))
    for dx in (-200, 170):
        parts.append(
            el(
                "rect",
                x=cx + dx,
                y=base - 280,
                width=70 if dx > 0 else 60,
                height=280,
                fill=shade(stone, -0.06),
            )
        )
        tx = cx + dx + (35 if dx > 0 else 30)
        parts.append(
            el(
                "path",
                d=f"M{fmt(tx - 48)},{fmt(base - 280)}L{fmt(tx)},{fmt(base - 380)}"
                f"L{fmt(tx + 48)},{fmt(base - 280)}Z",
                fill=roof,
            )
        )
        parts.append(
            el(
                "path",
                d=f"M{fmt(tx)},{fmt(base - 380)}v-40l34,12l-34,12",
                fill=p.c("#f2c14e"),
                stroke=p.c("#6b5a4a"),
                stroke_width=3,
            )
        )
    parts.append(el("rect", x=cx - 55, y=base - 260, width=110, height=100, fill=shade(stone, -0.03)))
    parts.append(
        el(
            "path",
            d=f"M{fmt(cx - 70)},{fmt(base - 260)}L{fmt(cx)},{fmt(base - 350)}"
            f"L{fmt(cx + 70)},{fmt(base - 260)}Z",
            fill=roof,
        )
    )
    for k in range(-3, 4):
        parts.append(el("rect", x=cx + k * 46 - 14, y=base - 200, width=28, height=22, fill=stone))
    parts.append(el("path", d=f"M{fmt(cx - 40)},{fmt(base)}v-70a40,40 0 0 1 80,0v70Z", fill=p.c("#7b4f33")))
    window = "#ffd86b" if p.night else p.c("#5a6e9e")
    for wx, wy in ((-120, -120), (110, -120), (-170, -220), (200, -220), (0, -215)):
        parts.append(
            el("path", d=f"M{fmt(cx + wx - 11)},{fmt(base + wy + 30)}v-22a11,11 0 0 1 22,0v22Z", fill=window)
        )
    parts.append(tree(p, 120, p.ground + 20, 1.0))
    parts.append(flowers(p, 8, p.ground - 20, p.ground + 40))
    return "".join(parts)


def town(p: Paint) -> str:
    parts = [sky(p)]
    colours = ("#f4a7a3", "#9fd0e8", "#ffd98a", "#b8e0a4", "#d3b6f0", "#ffb98a")
    x = -40.0
    while x < 1040:
        w, h = p.rng.uniform(130, 190), p.rng.uniform(200, 330)
        wall = p.c(p.rng.choice(colours))
        top = p.ground - 60 - h
        parts.append(el("rect", x=x, y=top, width=w, height=h + 60, fill=wall))
        parts.append(
            el(
                "path",
                d=f"M{fmt(x - 12)},{fmt(top)}L{fmt(x + w / 2)},{fmt(top - 70)}L{fmt(x + w + 12)},{fmt(top)}Z",
                fill=p.c("#b5594a"),
            )
        )
        lit = "#ffe08a" if p.night else p.c("#fdfbf5")
        for row in range(2):
            for col in range(2):
                wx, wy = x + w * (0.22 + col * 0.4), top + 40 + row * 80
                parts.append(
                    el(
                        "rect",
                        x=wx,
                        y=wy,
                        width=w * 0.2,
                        height=44,
                        rx=4,
                        fill=lit,
                        stroke=shade(wall, -0.25),
                        stroke_width=4,
                    )
                )
        parts.append(
            el("rect", x=x + w * 0.4, y=p.ground - 110, width=w * 0.22, height=60, rx=6, fill=p.c("#6e4b3a"))
        )
        x += w + p.rng.uniform(6, 20)
    parts.append(el("rect", x=-500, y=p.ground - 50, width=2000, height=1200, fill=p.c("#cfc6bb")))
    parts.append(el("rect", x=-500, y=p.ground - 50, width=2000, height=14, fill=p.c("#b3a99e")))
    lx = p.rng.uniform(60, 180)
    parts.append(el("rect", x=lx - 5, y=p.ground - 300, width=10, height=260, fill=p.c("#3d4a5c")))
    glow = "#ffe69a"
    if p.night:
        parts.append(el("circle", cx=lx, cy=p.ground - 300, r=80, fill=p.radial("lamp", glow, 0.6)))
    parts.append(el("circle", cx=lx, cy=p.ground - 305, r=18, fill=glow))
    return "".join(parts)


def farm(p: Paint) -> str:
    parts = [sky(p), ground_band(p, "#9ccc65", "#c3dc8c")]
    bx, base = p.rng.uniform(560, 700), p.ground - 70
    red = p.c("#c8493b")
    parts.append('<g id="building-barn">')
    parts.append(el("rect", x=bx, y=base - 190, width=240, height=190, fill=red))
    parts.append(
        el(
            "path",
            d=f"M{fmt(bx - 20)},{fmt(base - 190)}L{fmt(bx + 120)},{fmt(base - 290)}"
            f"L{fmt(bx + 260)},{fmt(base - 190)}Z",
            fill=p.c("#7d3b33"),
        )
    )
    parts.append(el("rect", x=bx + 80, y=base - 120, width=80, height=120, fill=p.c("#f7efe2")))
    parts.append(
        el(
            "path",
            d=f"M{fmt(bx + 80)},{fmt(base - 120)}l80,120M{fmt(bx + 160)},{fmt(base - 120)}l-80,120",
            stroke=red,
            stroke_width=8,
        )
    )
    parts.append(el("circle", cx=bx + 120, cy=base - 220, r=20, fill=p.c("#f7efe2")))
    parts.append("</g>")
    fence = p.c("#f2e6d0")
    for k in range(12):
        fx = -20 + k * 95
        parts.append(el("rect", x=fx, y=p.ground - 95, width=14, height=70, rx=4, fill=fence))
    parts.append(el("rect", x=-40, y=p.ground - 80, width=1100, height=10, fill=fence))
    parts.append(el("rect", x=-40, y=p.ground - 50, width=1100, height=10, fill=fence))
    hx = p.rng.uniform(90, 300)
    parts.append(el("path", d=blob(hx, p.ground - 45, 70, 48, p.rng, 0.03, 8), fill=p.c("#f1c75b")))
    parts.append(
        el("path", d=f"M{fmt(hx - 60)},{fmt(p.ground - 55)}h120", stroke=p.c("#d9a93c"), stroke_width=5)
    )
    return "".join(parts)


def bedroom(p: Paint) -> str:
    wall = p.c("#f3d9c6" if not p.night else "#c9b8d8")
    parts = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=wall)]
    for k in range(14):
        parts.append(
            el(
                "rect",
                x=-40 + k * 80,
                y=-500,
                width=34,
                height=p.ground + 460,
                fill=shade(wall, 0.12),
                opacity=0.6,
            )
        )
    wx, wy = 600, 140 if p.text_space != "top" else 360
    window = Paint(p.style, p.time_of_day, p.rng, wy + 200, "bottom", p.defs)
    parts.append(f'<clipPath id="win"><rect x="{wx}" y="{wy}" width="260" height="220" rx="12"/></clipPath>')
    parts.append(f'<g clip-path="url(#win)">{sky(window)}</g>')
    frame = p.c("#ffffff")
    parts.append(
        el("rect", x=wx, y=wy, width=260, height=220, rx=12, fill="none", stroke=frame, stroke_width=16)
    )
    parts.append(el("path", d=f"M{wx + 130},{wy}v220M{wx},{wy + 110}h260", stroke=frame, stroke_width=10))
    parts.append(
        el("path", d=f"M{wx - 50},{wy - 20}q40,140 10,260h60q-10,-140 -10,-260Z", fill=p.c("#8ec5e8"))
    )
    parts.append(
        el("path", d=f"M{wx + 310},{wy - 20}q-40,140 -10,260h-60q10,-140 10,-260Z", fill=p.c("#8ec5e8"))
    )
    floor = p.c("#c99a6e")
    parts.append(el("rect", x=-500, y=p.ground - 40, width=2000, height=1200, fill=floor))
    for k in range(10):
        parts.append(
            el(
                "path",
                d=f"M{-40 + k * 120},{fmt(p.ground - 40)}v400",
                stroke=shade(floor, -0.12),
                stroke_width=3,
            )
        )
    parts.append(el("ellipse", cx=500, cy=p.ground + 10, rx=360, ry=60, fill=p.c("#e88a8a"), opacity=0.9))
    parts.append(
        el(
            "ellipse",
            cx=500,
            cy=p.ground + 10,
            rx=290,
            ry=44,
            fill="none",
            stroke=p.c("#fbd0c0"),
            stroke_width=8,
        )
    )
    bed_x = 30
    parts.append(el("rect", x=bed_x, y=p.ground - 260, width=24, height=230, rx=10, fill=p.c("#9a6a48")))
    parts.append(
        el("rect", x=bed_x + 10, y=p.ground - 150, width=330, height=100, rx=20, fill=p.c("#7fb3e0"))
    )
    parts.append(el("rect", x=bed_x + 30, y=p.ground - 180, width=110, height=50, rx=22, fill=p.c("#fdfbf5")))
    for k in range(5):
        parts.append(el("circle", cx=bed_x + 160 + k * 40, cy=p.ground - 110, r=8, fill=p.c("#ffe08a")))
    shelf = p.c("#a8754f")
    parts.append(el("rect", x=80, y=wy + 60, width=260, height=14, fill=shelf))
    for k in range(6):
        colour = p.c(("#e4574b", "#4f9fd9", "#f2c14e", "#62b26b", "#b07cd8", "#ff9f5a")[k])
        parts.append(
            el(
                "rect",
                x=95 + k * 38,
                y=wy + 60 - 70 + (k % 2) * 10,
                width=30,
                height=70 - (k % 2) * 10,
                rx=4,
                fill=colour,
            )
        )
    lx = 930
    if p.night:
        parts.append(
            el("circle", cx=lx, cy=p.ground - 210, r=140, fill=p.radial("lampglow", "#ffe6a0", 0.55))
        )
    parts.append(el("rect", x=lx - 6, y=p.ground - 200, width=12, height=160, fill=p.c("#7a6a5a")))
    parts.append(el("path", d=f"M{lx - 50},{fmt(p.ground - 190)}l20,-70h60l20,70Z", fill=p.c("#ffd98a")))
    return "".join(parts)


def school(p: Paint) -> str:
    wall = p.c("#f6e7b8" if not p.night else "#c9c0a8")
    parts = [el("rect", x=-500, y=-500, width=2000, height=2000, fill=wall)]
    top = 120 if p.text_space != "top" else 380
    board = p.c("#2f5d4a")
    parts.append(el("rect", x=90, y=top, width=480, height=260, rx=10, fill=p.c("#a8754f")))
    parts.append(el("rect", x=104, y=top + 14, width=452, height=232, rx=6, fill=board))
    chalk = "#f3f3ea"
    parts.append(el("circle", cx=200, cy=top + 90, r=36, fill="none", stroke=chalk, stroke_width=5))
    parts.append(el("path", d=f"M290,{top + 150}l40,-70l40,70Z", fill="none", stroke=chalk, stroke_width=5))
    parts.append(
        el("path", d=f"M400,{top + 120}q30,-50 60,0t60,0", fill="none", stroke=chalk, stroke_width=5)
    )
    window = Paint(p.style, p.time_of_day, p.rng, top + 230, "bottom", p.defs)
    parts.append(f'<clipPath id="win"><rect x="660" y="{top}" width="240" height="240" rx="10"/></clipPath>')
    parts.append(f'<g clip-path="url(#win)">{sky(window)}</g>')
    parts.append(
        el("rect", x=660, y=top, width=240, height=240, rx=10, fill="none", stroke="#ffffff", stroke_width=14)
    )
    parts.append(el("path", d=f"M780,{top}v240", stroke="#ffffff", stroke_width=10))
    floor = p.c("#9bb6c9")
    parts.append(el("rect", x=-500, y=p.ground - 40, width=2000, height=1200, fill=floor))
    for k in range(12):
        parts.append(
            el(
                "path",
                d=f"M{-40 + k * 100},{fmt(p.ground - 40)}v400",
                stroke=shade(floor, 0.1),
                stroke_width=3,
            )
        )
    parts.append(el("rect", x=700, y=p.ground - 130, width=220, height=20, rx=6, fill=p.c("#d39a5f")))
    for leg in (712, 896):
        parts.append(el("rect", x=leg, y=p.ground - 112, width=12, height=90, fill=p.c("#8a6a4a")))
    parts.append(el("circle", cx=790, cy=p.ground - 160, r=30, fill=p.c("#4fa3d9")))
    parts.append(
        el(
            "path",
            d=f"M770,{fmt(p.ground - 170)}q20,-20 40,0",
            stroke=p.c("#62b26b"),
            stroke_width=6,
            fill="none",
        )
    )
    return "".join(parts)
