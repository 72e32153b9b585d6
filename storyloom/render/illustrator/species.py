"""What makes each kind itself: ears, tails, snouts, trunks, horns, stripes and wool for the standing
animals, and whole drawings for the kinds that do not stand (sea animals, insects, snails).

Every function draws in figure units (400 tall, feet at y=0) from the bible's colours; the body colour
always comes from the species (fur, skin, scales), clothing from the outfit colours.
"""

from __future__ import annotations

import math

from storyloom.render.illustrator.faces import INK, face
from storyloom.render.illustrator.garments import wears_glasses
from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.svg import fmt, mix, shade
from storyloom.story.schema import VisualBible

HEAD_LIFT = {"giraffe": 130.0, "horse": 20.0, "unicorn": 20.0, "pony": 10.0, "camel": 40.0, "reindeer": 10.0}
"""How far above a standing animal's usual head height this kind's head sits (a giraffe's long neck)."""

STANDING_ANIMALS = frozenset(
    {
        "dog",
        "cat",
        "rabbit",
        "fox",
        "mouse",
        "lion",
        "bear",
        "squirrel",
        "hedgehog",
        "tiger",
        "pig",
        "cow",
        "sheep",
        "monkey",
        "elephant",
        "giraffe",
        "horse",
        "pony",
        "unicorn",
        "frog",
        "deer",
        "reindeer",
        "goat",
        "camel",
    }
)
"""Kinds drawn upright in a shirt by `creatures.draw_animal`."""

NO_MUZZLE = frozenset(
    {"elephant", "frog", "pig", "cow", "horse", "pony", "unicorn", "sheep", "monkey", "camel"}
)


def body_back(pen: Pen, kind: str, fur: str, belly: str) -> str | None:
    """What is drawn behind a standing animal's body: its tail, spines or wool; None for the usual tail."""
    dark = shade(fur, -0.3)
    if kind == "squirrel":
        return pen.path(
            "M40,-60C190,-40 230,-200 170,-300C130,-370 40,-360 60,-300C80,-250 150,-250 120,-170"
            "C100,-120 60,-120 40,-110Z",
            fur,
        ) + pen.path(
            "M70,-300C90,-340 150,-340 170,-300C140,-320 100,-320 70,-300Z", mix(fur, "#ffffff", 0.3)
        )
    if kind == "hedgehog":
        spikes = []
        for k in range(15):
            angle = math.pi * (0.95 + k / 14 * 1.1)
            cx, cy = math.cos(angle), math.sin(angle)
            base_x, base_y = cx * 110, -190 + cy * 150
            spikes.append(
                pen.path(
                    f"M{fmt(base_x - cy * 26)},{fmt(base_y + cx * 26)}L{fmt(cx * 175)},{fmt(-190 + cy * 215)}"
                    f"L{fmt(base_x + cy * 26)},{fmt(base_y - cx * 26)}Z",
                    dark,
                )
            )
        return pen.ellipse(0, -200, 125, 165, dark) + "".join(spikes)
    if kind == "tiger":
        return pen.line("M60,-90C150,-90 150,-200 170,-240", fur, 22) + pen.line(
            "M120,-110l18,-8M140,-160l20,-2M152,-205l20,6", INK, 6
        )
    if kind == "pig":
        return pen.line("M70,-100q30,-10 30,-30q0,-20 -16,-12q-12,8 6,22q16,10 30,-4", shade(fur, -0.1), 8)
    if kind == "cow":
        return pen.line("M60,-100Q120,-110 120,-40", fur, 10) + pen.ellipse(122, -36, 12, 18, INK)
    if kind == "sheep":
        return "".join(
            pen.ellipse(math.cos(a) * 95, -150 + math.sin(a) * 110, 42, 42, fur)
            for a in (k * math.tau / 12 for k in range(12))
        )
    if kind == "monkey":
        return pen.line("M60,-80C180,-60 170,-230 110,-220C80,-215 90,-180 115,-185", fur, 16)
    if kind in ("horse", "pony", "unicorn"):
        return pen.line("M60,-110C130,-100 140,-40 120,-10", _mane(kind, fur), 26)
    if kind in ("elephant", "giraffe"):
        return pen.line("M60,-100q30,20 20,60", shade(fur, -0.1), 8) + pen.ellipse(80, -36, 10, 14, INK)
    if kind == "frog":
        return ""
    if kind == "camel":
        hump = pen.path(
            "M10,-200C10,-330 105,-345 110,-260C120,-345 215,-330 205,-200C180,-150 40,-150 10,-200Z", fur
        ) + pen.line("M40,-215q70,-30 150,0", shade(fur, -0.12), 6)
        tuft = pen.line("M70,-90q30,5 35,45", shade(fur, -0.15), 8) + pen.ellipse(
            106, -40, 9, 14, shade(fur, -0.4)
        )
        return f'<g id="hump">{hump}</g>' + tuft
    if kind in ("deer", "reindeer", "goat"):
        tail = "#fffaf0" if kind == "deer" else fur
        return pen.path("M55,-150q45,-25 45,-60q-30,10 -50,40Z", tail)
    return None


def ears(pen: Pen, kind: str, fur: str, belly: str, y: float, r: float, bible: VisualBible) -> str | None:
    """The ears (and horns, mane, wool) behind the head of a standing animal; None for the usual ears."""
    dark = shade(fur, -0.35)
    parts: list[str] = []
    if kind == "elephant":
        for side in (-1, 1):
            parts.append(pen.ellipse(side * r * 1.15, y + r * 0.1, r * 0.8, r * 0.95, fur))
            parts.append(
                pen.ellipse(side * r * 1.15, y + r * 0.1, r * 0.55, r * 0.7, mix(fur, "#f7c6c7", 0.5))
            )
    elif kind == "pig":
        for side in (-1, 1):
            parts.append(
                pen.path(
                    f"M{fmt(side * r * 0.3)},{fmt(y - r * 0.8)}L{fmt(side * r * 0.95)},{fmt(y - r * 1.15)}"
                    f"L{fmt(side * r * 0.95)},{fmt(y - r * 0.3)}Z",
                    shade(fur, -0.08),
                )
            )
    elif kind == "cow":
        for side in (-1, 1):
            parts.append(
                pen.path(
                    f"M{fmt(side * r * 0.45)},{fmt(y - r * 0.75)}q{fmt(side * r * 0.25)},{fmt(-r * 0.5)}"
                    f" {fmt(side * r * 0.55)},{fmt(-r * 0.5)}q{fmt(-side * r * 0.2)},{fmt(r * 0.25)}"
                    f" {fmt(-side * r * 0.35)},{fmt(r * 0.6)}Z",
                    "#f3e3b0",
                )
            )
            parts.append(pen.ellipse(side * r * 1.15, y - r * 0.2, r * 0.42, r * 0.2, fur))
    elif kind == "sheep":
        parts.extend(
            pen.ellipse(math.cos(a) * r * 0.95, y + math.sin(a) * r * 0.9, r * 0.36, r * 0.36, fur)
            for a in (k * math.tau / 11 for k in range(11))
        )
        for side in (-1, 1):
            parts.append(pen.ellipse(side * r * 1.2, y - r * 0.05, r * 0.36, r * 0.16, "#4a3b34"))
    elif kind == "monkey":
        for side in (-1, 1):
            parts.append(pen.ellipse(side * r * 1.02, y, r * 0.36, r * 0.36, fur))
            parts.append(pen.ellipse(side * r * 1.02, y, r * 0.22, r * 0.22, belly))
    elif kind in ("squirrel", "hedgehog"):
        for side in (-1, 1):
            parts.append(pen.ellipse(side * r * 0.6, y - r * 0.85, r * 0.25, r * 0.32, fur))
            if kind == "squirrel":
                parts.append(
                    pen.path(f"M{fmt(side * r * 0.6)},{fmt(y - r * 1.1)}l{fmt(side * 6)},-26l8,22Z", dark)
                )
    elif kind == "tiger":
        for side in (-1, 1):
            parts.append(pen.ellipse(side * r * 0.72, y - r * 0.72, r * 0.32, r * 0.32, fur))
            parts.append(pen.ellipse(side * r * 0.72, y - r * 0.72, r * 0.16, r * 0.16, INK))
    elif kind in ("horse", "pony", "unicorn"):
        mane = bible.colours.get("hair", _mane(kind, fur))
        if mane == fur:
            mane = _mane(kind, fur)
        for side in (-1, 1):
            parts.append(
                pen.path(
                    f"M{fmt(side * r * 0.3)},{fmt(y - r * 0.75)}L{fmt(side * r * 0.6)},{fmt(y - r * 1.4)}"
                    f"L{fmt(side * r * 0.8)},{fmt(y - r * 0.55)}Z",
                    fur,
                )
            )
        parts.extend(
            pen.ellipse(r * 0.25 + k * r * 0.16, y - r * 0.95 + k * r * 0.42, r * 0.42, r * 0.34, mane)
            for k in range(6 if kind != "pony" else 7)
        )
        if kind == "unicorn":
            parts.append(
                pen.path(
                    f"M{fmt(-r * 0.16)},{fmt(y - r * 0.85)}"
                    f"L0,{fmt(y - r * 1.85)}L{fmt(r * 0.16)},{fmt(y - r * 0.85)}Z",
                    "#f2c94c",
                )
            )
            parts.append(
                pen.line(
                    f"M{fmt(-r * 0.1)},{fmt(y - r * 1.1)}l{fmt(r * 0.2)},-10"
                    f"M{fmt(-r * 0.07)},{fmt(y - r * 1.4)}l{fmt(r * 0.14)},-8",
                    "#d4a72c",
                    4,
                )
            )
    elif kind == "giraffe":
        for side in (-1, 1):
            parts.append(
                pen.line(
                    f"M{fmt(side * r * 0.3)},{fmt(y - r * 0.7)}l{fmt(side * 6)},{fmt(-r * 0.55)}",
                    shade(fur, -0.3),
                    12,
                )
            )
            parts.append(pen.ellipse(side * r * 0.36, y - r * 1.3, 13, 13, shade(fur, -0.45)))
            parts.append(pen.ellipse(side * r * 0.95, y - r * 0.45, r * 0.32, r * 0.16, fur))
    elif kind == "frog":
        for side in (-1, 1):
            parts.append(pen.ellipse(side * r * 0.5, y - r * 0.7, r * 0.38, r * 0.38, fur))
    elif kind in ("deer", "reindeer", "goat", "camel"):
        if kind == "reindeer":
            parts.append(f'<g id="antlers">{_antlers(pen, y, r)}</g>')
        elif kind == "goat":
            parts.append(f'<g id="horns">{_horns(pen, y, r)}</g>')
        parts.append(_side_ears(pen, kind, fur, y, r))
    else:
        return None
    return "".join(parts)


def _side_ears(pen: Pen, kind: str, fur: str, y: float, r: float) -> str:
    """Leaf ears sticking out sideways (a fawn's, a goat's drooping, a camel's small and low)."""
    inner = mix(fur, "#f7c6c7", 0.45)
    parts = []
    for side in (-1, 1):
        droop = 0.25 if kind == "goat" else -0.45 if kind == "camel" else -0.25
        size = 0.6 if kind == "camel" else 1.0
        cx, cy = side * r * (1.12 if kind != "camel" else 0.95), y - r * 0.35 + droop * r
        turn = f"rotate({side * (-25 if kind != 'goat' else 25)} {fmt(cx)} {fmt(cy)})"
        parts.append(pen.ellipse(cx, cy, r * 0.48 * size, r * 0.2 * size, fur, transform=turn))
        parts.append(pen.ellipse(cx, cy, r * 0.3 * size, r * 0.1 * size, inner, transform=turn))
    return "".join(parts)


def _antlers(pen: Pen, y: float, r: float) -> str:
    """A reindeer's branching antlers, above and beside its head."""
    colour = "#8a6a4a"
    parts = []
    for side in (-1, 1):
        x0, y0 = side * r * 0.35, y - r * 0.8
        parts.append(
            pen.line(
                f"M{fmt(x0)},{fmt(y0)}C{fmt(x0 + side * r * 0.1)},{fmt(y0 - r * 0.6)} "
                f"{fmt(side * r * 1.0)},{fmt(y0 - r * 0.7)} {fmt(side * r * 1.25)},{fmt(y0 - r * 1.25)}",
                colour,
                r * 0.13,
            )
        )
        for fraction, length in ((0.35, 0.5), (0.7, 0.45)):
            bx = x0 + side * r * (0.8 * fraction)
            by = y0 - r * (0.75 * fraction + 0.1)
            parts.append(
                pen.line(f"M{fmt(bx)},{fmt(by)}l{fmt(side * r * 0.05)},{fmt(-r * length)}", colour, r * 0.1)
            )
    return "".join(parts)


def _horns(pen: Pen, y: float, r: float) -> str:
    """A goat's two small horns curving back."""
    return "".join(
        pen.path(
            f"M{fmt(side * r * 0.15)},{fmt(y - r * 0.8)}q{fmt(side * r * 0.1)},{fmt(-r * 0.6)} "
            f"{fmt(side * r * 0.5)},{fmt(-r * 0.55)}q{fmt(-side * r * 0.3)},{fmt(r * 0.05)} "
            f"{fmt(-side * r * 0.28)},{fmt(r * 0.55)}Z",
            "#d9cbb0",
        )
        for side in (-1, 1)
    )


def head_extras(pen: Pen, kind: str, fur: str, belly: str, y: float, r: float) -> str:
    """Snouts, trunks, stripes, patches and big frog eyes, drawn on the head before the face."""
    parts: list[str] = []
    if kind == "elephant":
        parts.append(
            pen.line(
                f"M0,{fmt(y + r * 0.2)}C{fmt(r * 0.1)},{fmt(y + r * 1.2)} {fmt(-r * 0.5)},{fmt(y + r * 1.4)}"
                f" {fmt(-r * 0.55)},{fmt(y + r * 1.0)}",
                shade(fur, -0.05),
                r * 0.34,
            )
        )
    elif kind == "pig":
        parts.append(pen.ellipse(0, y + r * 0.35, r * 0.34, r * 0.24, shade(fur, -0.12)))
        parts.extend(
            pen.ellipse(side * r * 0.12, y + r * 0.35, r * 0.06, r * 0.09, shade(fur, -0.45))
            for side in (-1, 1)
        )
    elif kind == "cow":
        parts.append(pen.ellipse(-r * 0.45, y - r * 0.35, r * 0.32, r * 0.26, INK))
        parts.append(pen.ellipse(0, y + r * 0.5, r * 0.6, r * 0.34, "#f4b6c2"))
        parts.extend(
            pen.ellipse(side * r * 0.22, y + r * 0.5, r * 0.07, r * 0.1, shade("#f4b6c2", -0.4))
            for side in (-1, 1)
        )
    elif kind == "sheep":
        parts.append(pen.ellipse(0, y + r * 0.1, r * 0.72, r * 0.82, "#f3e3cf"))
        parts.extend(pen.ellipse(k * r * 0.3, y - r * 0.75, r * 0.3, r * 0.26, "#fbf9f4") for k in (-1, 0, 1))
    elif kind == "monkey":
        parts.append(pen.ellipse(-r * 0.3, y - r * 0.05, r * 0.42, r * 0.5, belly))
        parts.append(pen.ellipse(r * 0.3, y - r * 0.05, r * 0.42, r * 0.5, belly))
        parts.append(pen.ellipse(0, y + r * 0.45, r * 0.55, r * 0.38, belly))
    elif kind == "tiger":
        for dx in (-0.25, 0, 0.25):
            parts.append(
                pen.path(f"M{fmt(dx * r - 8)},{fmt(y - r * 0.95)}l8,{fmt(r * 0.4)}l8,{fmt(-r * 0.4)}Z", INK)
            )
        for side in (-1, 1):
            for k in range(2):
                parts.append(
                    pen.line(f"M{fmt(side * r)},{fmt(y + k * 22 - 10)}l{fmt(-side * r * 0.3)},6", INK, 7)
                )
    elif kind in ("horse", "pony", "unicorn"):
        mane = _mane(kind, fur)
        parts.extend(pen.ellipse(dx * r, y - r * 0.95, r * 0.22, r * 0.2, mane) for dx in (-0.18, 0.02, 0.2))
        parts.append(pen.ellipse(0, y + r * 0.75, r * 0.6, r * 0.42, mix(fur, "#ffffff", 0.3)))
        for side in (-1, 1):
            parts.append(pen.ellipse(side * r * 0.22, y + r * 0.8, r * 0.07, r * 0.1, shade(fur, -0.5)))
    elif kind == "giraffe":
        for dx, dy, size in ((-0.5, -0.3, 0.18), (0.45, -0.45, 0.14), (0.55, 0.2, 0.12)):
            parts.append(pen.ellipse(dx * r, y + dy * r, size * r, size * r * 0.8, shade(fur, -0.35)))
        parts.append(pen.ellipse(0, y + r * 0.5, r * 0.5, r * 0.32, mix(fur, "#ffffff", 0.4)))
    elif kind == "hedgehog":
        parts.append(
            pen.path(
                f"M{fmt(-r * 0.3)},{fmt(y + r * 0.2)}"
                f"L0,{fmt(y + r * 0.75)}L{fmt(r * 0.3)},{fmt(y + r * 0.2)}Z",
                belly,
            )
        )
    elif kind == "camel":
        parts.append(pen.ellipse(0, y + r * 0.6, r * 0.55, r * 0.42, mix(fur, "#ffffff", 0.3)))
        parts.extend(
            pen.ellipse(side * r * 0.2, y + r * 0.55, r * 0.06, r * 0.1, shade(fur, -0.5)) for side in (-1, 1)
        )
        parts.append(
            pen.line(
                f"M{fmt(-r * 0.2)},{fmt(y + r * 0.8)}q{fmt(r * 0.2)},{fmt(r * 0.12)} {fmt(r * 0.4)},0", INK, 4
            )
        )
    elif kind == "deer":
        parts.extend(pen.ellipse(dx * r, y - r * 0.6, r * 0.07, r * 0.07, "#fffaf0") for dx in (-0.3, 0.3))
    elif kind == "frog":
        for side in (-1, 1):
            parts.append(pen.ellipse(side * r * 0.5, y - r * 0.7, r * 0.26, r * 0.26, "#ffffff"))
            parts.append(pen.ellipse(side * r * 0.5, y - r * 0.68, r * 0.12, r * 0.14, INK))
        parts.append(
            pen.line(
                f"M{fmt(-r * 0.6)},{fmt(y + r * 0.3)}q{fmt(r * 0.6)},{fmt(r * 0.4)} {fmt(r * 1.2)},0", INK, 6
            )
        )
    return "".join(parts)


def chin(pen: Pen, kind: str, fur: str, y: float, r: float) -> str:
    """What hangs in front of the neckwear under a standing animal's chin: a goat's beard."""
    if kind != "goat":
        return ""
    beard = pen.path(
        f"M{fmt(-r * 0.22)},{fmt(y + r * 0.72)}Q0,{fmt(y + r * 0.9)} {fmt(r * 0.22)},{fmt(y + r * 0.72)}"
        f"L0,{fmt(y + r * 1.45)}Z",
        shade(fur, -0.18),
    )
    return f'<g id="beard">{beard}</g>'


def _mane(kind: str, fur: str) -> str:
    return shade(fur, -0.45) if kind == "horse" else "#e8b4d8" if kind == "unicorn" else "#f3e3cf"


def body_marks(pen: Pen, kind: str, fur: str) -> str:
    """Stripes and patches on a standing animal's body, below the shirt."""
    if kind == "tiger":
        return "".join(
            pen.line(f"M{fmt(side * 80)},{fmt(-150 + k * 30)}l{fmt(-side * 28)},8", INK, 8)
            for side in (-1, 1)
            for k in range(3)
        )
    if kind == "cow":
        return pen.ellipse(-40, -90, 26, 20, INK) + pen.ellipse(45, -120, 20, 16, INK)
    if kind == "deer":
        spots = "".join(
            pen.ellipse(dx, dy, 11, 10, "#fffaf0")
            for dx, dy in ((-64, -125), (-58, -90), (-40, -62), (64, -118), (58, -84), (42, -60))
        )
        return f'<g id="spots">{spots}</g>'
    if kind == "giraffe":
        return "".join(
            pen.ellipse(dx, dy, 16, 13, shade(fur, -0.35))
            for dx, dy in ((-50, -100), (40, -80), (-20, -60), (55, -130))
        )
    return ""


def _creature_face(pen: Pen, x: float, y: float, size: float, mood: str, glasses: bool = False) -> str:
    return face(pen, x, y, size, mood, glasses=glasses)


def draw_swimmer(pen: Pen, bible: VisualBible, kind: str, mood: str) -> str:
    """A dolphin, whale, shark, fish, octopus, turtle or crab, filling a 400-unit figure's space."""
    colours = bible.colours
    body = colours.get("fur", colours["skin"])
    belly = colours.get("belly", mix(body, "#ffffff", 0.6))
    outfit = colours["outfit"]
    parts: list[str] = []
    if kind == "dolphin":
        parts.append(pen.ellipse(-205, -150, 48, 17, body))
        parts.append(
            pen.path(
                "M-175,-165C-130,-300 120,-300 180,-200L235,-250L228,-170L255,-115L180,-150"
                "C100,-70 -120,-70 -175,-140Z",
                body,
            )
        )
        parts.append(pen.path("M-160,-140C-100,-95 80,-90 170,-150C90,-120 -90,-112 -160,-140Z", belly))
        parts.append(pen.path("M-10,-262Q45,-335 80,-305Q45,-295 45,-252Z", shade(body, -0.12)))
        parts.append(pen.path("M-40,-130L-10,-80L20,-135Z", shade(body, -0.1)))
        parts.append(_creature_face(pen, -120, -205, 55, mood, wears_glasses(bible)))
        parts.append(pen.rect(-60, -250, 24, 120, 10, outfit))
    elif kind == "whale":
        parts.append(
            pen.path(
                "M-220,-170C-220,-340 150,-340 170,-200"
                "L250,-280L240,-150L260,-60L170,-130C130,-40 -220,-20 -220,-170Z",
                body,
            )
        )
        parts.append(pen.path("M-210,-130C-150,-50 100,-50 160,-120C80,-100 -120,-95 -210,-130Z", belly))
        for k in range(4):
            parts.append(pen.line(f"M{-160 + k * 50},-110q20,8 40,0", shade(belly, -0.2), 4))
        parts.append(pen.line("M-60,-320q-20,-50 -50,-60M-60,-320q20,-50 50,-60M-60,-320v-60", "#9fd3f5", 10))
        parts.append(_creature_face(pen, -130, -210, 60, mood, wears_glasses(bible)))
        parts.append(pen.path("M-20,-150l50,40l10,-50Z", shade(body, -0.12)))
        parts.append(pen.rect(-75, -290, 26, 170, 12, outfit))
    elif kind == "shark":
        parts.append(
            pen.path(
                "M-230,-170C-150,-280 120,-270 180,-190"
                "L250,-280L230,-170L250,-80L180,-150C100,-80 -150,-70 -230,-170Z",
                body,
            )
        )
        parts.append(pen.path("M-220,-165C-150,-110 80,-100 170,-150C90,-130 -130,-130 -220,-165Z", belly))
        parts.append(pen.path("M-20,-245L40,-350L80,-235Z", shade(body, -0.1)))
        for k in range(3):
            parts.append(pen.line(f"M{-90 + k * 18},-205v40", shade(body, -0.3), 5))
        parts.append(pen.path("M-200,-160q30,14 60,0l-8,10l-8,-8l-8,10l-8,-8l-8,10l-8,-8Z", "#ffffff"))
        parts.append(pen.rect(-50, -255, 24, 150, 10, outfit))
        parts.append(
            f'<circle cx="-160" cy="-205" r="11" fi'
            f'll="{INK}"/><circle cx="-157" cy="-209" r="4" fill="#ffffff"/>'
        )
    elif kind == "fish":
        parts.append(pen.path("M120,-200L230,-280L220,-200L230,-120Z", shade(body, -0.1)))
        parts.append(pen.ellipse(-10, -200, 150, 105, body))
        for dx in (-40, 50):
            parts.append(
                pen.path(
                    f"M{dx - 18},-295Q{dx},-200 {dx - 18},-105L{dx + 18},-105Q{dx + 36},-200 {dx + 18},-295Z",
                    "#ffffff",
                )
            )
        parts.append(pen.path("M-20,-300L40,-360L80,-290Z", shade(body, -0.1)))
        parts.append(_creature_face(pen, -95, -210, 50, mood, wears_glasses(bible)))
        parts.append(pen.rect(-45, -290, 22, 180, 10, outfit))
    elif kind == "octopus":
        for k in range(8):
            x = -150 + k * 43
            curl = 1 if k % 2 else -1
            parts.append(pen.line(f"M{x * 0.6},-150C{x},-90 {x},-30 {x + curl * 30},-20", body, 34))
        parts.append(pen.ellipse(0, -240, 140, 150, body))
        parts.append(pen.ellipse(-40, -310, 30, 22, mix(body, "#ffffff", 0.3)))
        parts.append(_creature_face(pen, 0, -210, 90, mood, wears_glasses(bible)))
        parts.append(pen.rect(-110, -135, 220, 28, 14, outfit))
    elif kind == "seal":
        parts.append(_seal(pen, body, belly, outfit, mood, wears_glasses(bible)))
    elif kind == "turtle":
        skin = colours.get("belly", "#8bc34a") if "belly" in colours else mix(body, "#c5e1a5", 0.4)
        shell = colours.get("shell", "#8a5a36")
        for dx in (-110, 110):
            parts.append(pen.ellipse(dx, -40, 40, 45, skin))
        parts.append(pen.ellipse(-215, -150, 70, 62, skin))
        parts.append(pen.path("M-180,-70C-180,-300 180,-300 180,-70Z", shell))
        parts.append(pen.path("M-60,-220L0,-250L60,-220L60,-150L0,-120L-60,-150Z", shade(shell, 0.2)))
        for dx in (-120, 120):
            parts.append(pen.path(f"M{dx - 40},-170L{dx},-200L{dx + 30},-150L{dx},-100Z", shade(shell, 0.15)))
        parts.append(pen.rect(-190, -90, 380, 26, 12, outfit))
        parts.append(_creature_face(pen, -225, -160, 48, mood, wears_glasses(bible)))
    else:
        shell = body
        for side in (-1, 1):
            for k in range(3):
                parts.append(
                    pen.line(f"M{side * 90},{-80 + k * 20}l{side * 60},{30 + k * 10}", shade(shell, -0.2), 12)
                )
            parts.append(pen.line(f"M{side * 110},-150l{side * 50},-110", shade(shell, -0.1), 22))
            parts.append(
                pen.path(f"M{side * 160},-260l{side * 40},-50l{side * -10},60l{side * -30},-10Z", shell)
            )
            parts.append(pen.line(f"M{side * 40},-180v-70", shade(shell, -0.2), 10))
            parts.append(pen.ellipse(side * 40, -260, 24, 24, "#ffffff"))
            parts.append(pen.ellipse(side * 40, -258, 11, 13, INK))
        parts.append(pen.ellipse(0, -130, 140, 90, shell))
        parts.append(pen.line("M-40,-110q40,30 80,0", INK, 7))
        parts.append(pen.path("M0,-70l-34,-18v36Z M0,-70l34,-18v36Z", outfit))
    return "".join(parts)


def draw_small_critter(pen: Pen, bible: VisualBible, kind: str, mood: str) -> str:
    """A bee, butterfly, ladybird or snail, big enough to be a character."""
    colours = bible.colours
    body = colours.get("fur", colours["skin"])
    outfit = colours["outfit"]
    parts: list[str] = []
    if kind == "bee":
        for side in (-1, 1):
            parts.append(pen.ellipse(side * 80, -320, 80, 55, "#e6f4fb", opacity=0.85))
        parts.append(pen.ellipse(0, -190, 150, 120, body))
        for dx in (-60, 10, 80):
            parts.append(
                pen.path(
                    f"M{dx - 18},-302Q{dx},-190 {dx - 18},-78L{dx + 18},-78Q{dx + 36},-190 {dx + 18},-302Z",
                    INK,
                )
            )
        parts.append(pen.path("M145,-190l45,-12l-40,30Z", INK))
        parts.append(pen.ellipse(-140, -210, 80, 78, body))
        for side in (-1, 1):
            parts.append(pen.line(f"M{-140 + side * 25},-280q{side * 10},-50 {side * 35},-60", INK, 6))
            parts.append(pen.ellipse(-140 + side * 60, -342, 10, 10, INK))
        parts.append(_creature_face(pen, -140, -205, 70, mood, wears_glasses(bible)))
    elif kind == "butterfly":
        wing, spot = body, colours.get("accent", outfit)
        for side in (-1, 1):
            parts.append(pen.ellipse(side * 110, -270, 115, 95, wing))
            parts.append(pen.ellipse(side * 85, -130, 80, 70, shade(wing, -0.12)))
            parts.append(pen.ellipse(side * 120, -280, 38, 32, spot))
            parts.append(pen.ellipse(side * 80, -130, 24, 22, "#ffffff"))
        parts.append(pen.ellipse(0, -190, 24, 130, "#4a3b34"))
        parts.append(pen.ellipse(0, -330, 42, 42, "#4a3b34"))
        for side in (-1, 1):
            parts.append(pen.line(f"M{side * 12},-365q{side * 20},-40 {side * 50},-45", "#4a3b34", 5))
        parts.append(face(pen, 0, -330, 38, mood, "#ffffff"))
    elif kind == "beetle":
        parts.append(_beetle(pen, body, mood))
    elif kind == "ladybird":
        for side in (-1, 1):
            for k in range(3):
                parts.append(pen.line(f"M{side * 100},{-60 + k * 10 - 20}l{side * 50},{20 + k * 5}", INK, 10))
        parts.append(pen.ellipse(0, -150, 170, 140, body))
        parts.append(pen.line("M0,-290V-10", INK, 8))
        for dx, dy in ((-90, -200), (-70, -100), (80, -210), (100, -110), (-30, -60), (40, -50)):
            parts.append(pen.ellipse(dx, dy, 26, 24, INK))
        parts.append(pen.ellipse(0, -285, 90, 70, "#2b2b2b"))
        for side in (-1, 1):
            parts.append(pen.line(f"M{side * 30},-340q{side * 10},-40 {side * 40},-50", INK, 6))
        parts.append(face(pen, 0, -285, 60, mood, "#ffffff"))
    else:
        shell = colours.get("shell", body)
        parts.append(
            pen.path(
                "M-220,-10C-220,-90 -160,-110 -120,-100L160,-60C200,-50 220,-10 200,0H-200Z",
                mix(body, "#d7ccc8", 0.5),
            )
        )
        parts.append(pen.ellipse(20, -170, 150, 140, shell))
        parts.append(
            pen.line(
                "M20,-170m-100,0a100,100 0 1 1 200,0a75,75 0 1 1 -150,0a50,50 0 1 1 100,0a25,25 0 1 1 -50,0",
                shade(shell, -0.3),
                10,
            )
        )
        for dx in (-190, -150):
            parts.append(pen.line(f"M{dx},-90L{dx - 10},-200", mix(body, "#d7ccc8", 0.5), 12))
            parts.append(pen.ellipse(dx - 10, -205, 14, 14, INK))
        parts.append(_creature_face(pen, -170, -60, 40, mood, wears_glasses(bible)))
    if kind != "butterfly":
        parts.append(pen.rect(-60, -40, 120, 24, 12, outfit) if kind in ("ladybird", "beetle") else "")
    if kind == "bee":
        parts.append(pen.rect(-175, -150, 70, 22, 10, outfit))
    return "".join(parts)


def _seal(pen: Pen, body: str, belly: str, outfit: str, mood: str, glasses: bool = False) -> str:
    """A seal pup propped up on its front flippers, tail flippers behind, whiskers on its round face."""
    parts = [
        pen.path("M150,-60L250,-110L235,-40L255,10L160,-20Z", shade(body, -0.15)),
        pen.path(
            "M-160,-250C-170,-110 -60,0 160,-10C220,-20 200,-90 140,-100C40,-110 -20,-160 -40,-250Z", body
        ),
        pen.path("M-150,-200C-140,-100 -40,-30 120,-30C40,-60 -60,-100 -90,-200Z", belly),
    ]
    flippers = "".join(
        pen.path(f"M{dx},-110q{-30 + dx * 0.05},60 -10,100q40,-10 50,-30Z", shade(body, -0.15))
        for dx in (-110, -40)
    )
    parts.append(f'<g id="flippers">{flippers}</g>')
    parts.append(pen.ellipse(-100, -280, 90, 80, body))
    parts.append(pen.ellipse(-100, -250, 40, 26, belly))
    parts.append(_creature_face(pen, -100, -285, 75, mood, glasses))
    parts.append(pen.ellipse(-100, -262, 12, 8, INK))
    whiskers = "".join(
        pen.line(f"M{-100 + side * 25},{-250 + dy}l{side * 55},{dy * 2}", INK, 3, opacity=0.7)
        for side in (-1, 1)
        for dy in (-6, 6)
    )
    parts.append(whiskers)
    parts.append(pen.rect(-160, -215, 120, 24, 12, outfit))
    return "".join(parts)


def _beetle(pen: Pen, body: str, mood: str) -> str:
    """A beetle: six legs, a shiny split shell without spots, a dark head with two antennae and small
    pincers."""
    shell = body
    parts = []
    for side in (-1, 1):
        for k in range(3):
            parts.append(
                pen.line(f"M{side * 100},{-170 + k * 45}l{side * 60},{25 + k * 12}l{side * 10},30", INK, 10)
            )
    parts.append(pen.ellipse(0, -150, 150, 150, shell))
    parts.append(pen.line("M0,-270V-5", shade(shell, -0.4), 8))
    parts.append(
        pen.path("M-95,-230Q-60,-270 -25,-255Q-70,-230 -80,-170Z", mix(shell, "#ffffff", 0.55), opacity=0.8)
    )
    parts.append(
        pen.path("M95,-230Q60,-270 25,-255Q70,-230 80,-170Z", mix(shell, "#ffffff", 0.35), opacity=0.6)
    )
    pincers = "".join(
        pen.path(f"M{side * 30},-330q{side * 40},-30 {side * 20},-70q{side * 5},40 {side * -35},60Z", INK)
        for side in (-1, 1)
    )
    parts.append(f'<g id="pincers">{pincers}</g>')
    for side in (-1, 1):
        parts.append(pen.line(f"M{side * 40},-330q{side * 30},-30 {side * 70},-30", INK, 6))
    parts.append(pen.ellipse(0, -285, 80, 60, "#2b2b2b"))
    parts.append(face(pen, 0, -285, 55, mood, "#ffffff"))
    return "".join(parts)
