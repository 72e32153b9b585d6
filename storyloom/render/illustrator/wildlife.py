"""Animals as animals: the ones a page only names (`SceneSpec.animals`) are not characters, so they
are not drawn upright in a shirt but in side view, on four legs, at their natural size next to a child;
and birds in flight. Drawn in units of the animal's own height (feet at y=0, 100 to the top of its
head), facing +x.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from storyloom.render.illustrator.faces import INK
from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.svg import fmt, mix, shade


@dataclass(frozen=True)
class Build:
    """A four-legged animal's proportions, in its height's hundredths."""

    body: float = 70.0
    """Body length."""
    depth: float = 34.0
    """Body height."""
    legs: float = 30.0
    neck: float = 14.0
    head: float = 16.0
    ears: str = "round"
    tail: str = "thin"


BUILDS: dict[str, Build] = {
    "dog": Build(78, 34, 30, 12, 17, "floppy", "wag"),
    "cat": Build(80, 30, 28, 8, 17, "pointy", "curl"),
    "fox": Build(84, 30, 28, 8, 17, "pointy", "bushy"),
    "rabbit": Build(70, 40, 14, 4, 20, "long", "puff"),
    "mouse": Build(80, 36, 12, 0, 22, "big", "string"),
    "squirrel": Build(66, 36, 18, 4, 20, "pointy", "plume"),
    "hedgehog": Build(90, 44, 10, 0, 20, "none", "none"),
    "lion": Build(82, 36, 34, 8, 20, "round", "tuft"),
    "tiger": Build(90, 32, 32, 6, 18, "round", "striped"),
    "bear": Build(88, 44, 26, 4, 19, "round", "stub"),
    "pig": Build(88, 44, 22, 0, 21, "flap", "corkscrew"),
    "cow": Build(92, 40, 32, 6, 17, "horns", "tuft"),
    "sheep": Build(84, 44, 26, 4, 16, "flap", "puff"),
    "goat": Build(78, 34, 34, 12, 15, "horns", "stub"),
    "deer": Build(72, 30, 42, 22, 13, "pointy", "stub"),
    "reindeer": Build(78, 32, 38, 18, 13, "antlers", "stub"),
    "horse": Build(84, 32, 42, 26, 12, "pointy", "mane"),
    "pony": Build(84, 36, 36, 20, 14, "pointy", "mane"),
    "unicorn": Build(84, 32, 42, 26, 12, "horn", "mane"),
    "camel": Build(84, 30, 42, 32, 10, "round", "tuft"),
    "elephant": Build(90, 50, 34, 0, 22, "fan", "thin"),
    "giraffe": Build(52, 22, 34, 48, 8, "ossicones", "tuft"),
    "monkey": Build(70, 30, 30, 6, 18, "round", "long"),
    "frog": Build(70, 40, 12, 0, 24, "eyes", "none"),
}
"""Every kind `species.STANDING_ANIMALS` draws upright, as an animal."""

PART_IDS = {"goat": "horns", "reindeer": "antlers"}
"""The ids of the parts that tell these kinds apart at a glance, as their characters carry them."""

NATURAL_HEIGHT = {
    "mouse": 0.1,
    "frog": 0.1,
    "hedgehog": 0.15,
    "squirrel": 0.2,
    "rabbit": 0.25,
    "cat": 0.3,
    "fox": 0.38,
    "monkey": 0.45,
    "dog": 0.5,
    "pig": 0.6,
    "goat": 0.65,
    "sheep": 0.7,
    "deer": 0.85,
    "lion": 0.95,
    "tiger": 0.95,
    "pony": 1.0,
    "bear": 1.05,
    "reindeer": 1.1,
    "cow": 1.15,
    "horse": 1.45,
    "unicorn": 1.45,
    "camel": 1.6,
    "elephant": 2.2,
    "giraffe": 3.2,
}
"""Each animal's height to the top of its head next to a child's (1.0): a mouse at the ankle, a cow at
the shoulder, a horse a head taller, a giraffe far above."""


def draw_quadruped(pen: Pen, kind: str, fur: str, belly: str, mane: str) -> str:
    """`kind` standing on four legs in side view, facing +x, 100 units tall."""
    b = BUILDS.get(kind, Build())
    dark = shade(fur, -0.3)
    body_y = -(b.legs + b.depth / 2)
    half = b.body / 2
    body_top = b.legs + b.depth
    head_x = half + b.head * 0.2 + (b.neck * 0.35)
    head_y = -(body_top + b.neck) + b.head * 0.3
    parts: list[str] = []
    parts.append(_tail(pen, b.tail, half, body_y, b.depth, fur, mane, dark))
    far, near = shade(fur, -0.12), fur
    for dx, colour in (
        (-half * 0.55 + 6, far),
        (half * 0.55 + 6, far),
        (-half * 0.55, near),
        (half * 0.55, near),
    ):
        leg_w = max(6.0, b.body * 0.12)
        parts.append(pen.limb(dx, body_y, dx + (2 if colour == far else 0), -leg_w * 0.35, leg_w, colour))
        hoof = (
            dark
            if kind
            in (
                "cow",
                "horse",
                "pony",
                "unicorn",
                "deer",
                "reindeer",
                "goat",
                "sheep",
                "pig",
                "camel",
                "giraffe",
            )
            else shade(colour, -0.05)
        )
        parts.append(pen.ellipse(dx + 2, -leg_w * 0.3, leg_w * 0.62, leg_w * 0.32, hoof))
    if kind == "hedgehog":
        parts.append(_spikes(pen, half, body_y, b.depth, dark))
    if kind == "camel":
        hump = pen.ellipse(-half * 0.1, body_y - b.depth * 0.55, half * 0.45, b.depth * 0.5, fur)
        parts.append(f'<g id="hump">{hump}</g>')
    parts.append(pen.ellipse(0, body_y, half, b.depth / 2, fur))
    parts.append(pen.ellipse(half * 0.1, body_y + b.depth * 0.22, half * 0.7, b.depth * 0.22, belly))
    marks = _marks(pen, kind, half, body_y, b.depth, fur)
    parts.append(f'<g id="spots">{marks}</g>' if kind == "deer" else marks)
    if kind == "sheep":
        parts.append(_wool(pen, half, body_y, b.depth))
    # neck
    if b.neck:
        neck_w = b.head * 1.0 if kind != "giraffe" else 9
        parts.append(
            pen.limb(
                half * 0.7, body_y - b.depth * 0.2, head_x - b.head * 0.3, head_y + b.head * 0.2, neck_w, fur
            )
        )
        if b.tail == "mane":
            parts.append(
                pen.line(
                    f"M{fmt(half * 0.55)},{fmt(body_y - b.depth * 0.45)}"
                    f"L{fmt(head_x - b.head * 0.6)},{fmt(head_y - b.head * 0.6)}",
                    mane,
                    7,
                )
            )
        if kind == "giraffe":
            parts.extend(
                pen.ellipse(
                    half * 0.7 + (head_x - half * 0.7) * t, body_y + (head_y - body_y) * t, 3, 2.5, dark
                )
                for t in (0.25, 0.5, 0.75)
            )
    ears = _ears(pen, kind, b.ears, head_x, head_y, b.head, fur, dark)
    parts.append(f'<g id="{PART_IDS[kind]}">{ears}</g>' if kind in PART_IDS else ears)
    if kind == "lion":
        parts.append(pen.ellipse(head_x - b.head * 0.2, head_y, b.head * 1.45, b.head * 1.45, mane))
    parts.append(pen.ellipse(head_x, head_y, b.head * 1.05, b.head * 0.92, fur))
    parts.append(_snout(pen, kind, head_x, head_y, b.head, fur, belly))
    parts.append(
        pen.ellipse(head_x + b.head * 0.25, head_y - b.head * 0.2, b.head * 0.14, b.head * 0.17, INK)
    )
    parts.append(
        pen.ellipse(head_x + b.head * 0.3, head_y - b.head * 0.27, b.head * 0.05, b.head * 0.05, "#ffffff")
    )
    scale = 100 / (body_top + b.neck + b.head * 1.2)  # the top of the head at 100
    return f'<g id="quadruped" transform="scale({scale:.4f})">{"".join(parts)}</g>'


def _tail(pen: Pen, tail: str, half: float, y: float, depth: float, fur: str, mane: str, dark: str) -> str:
    x0, y0 = -half * 0.92, y - depth * 0.15
    if tail in ("bushy", "plume"):
        big = 1.0 if tail == "bushy" else 1.5
        return pen.path(
            f"M{fmt(x0)},{fmt(y0)}C{fmt(x0 - 30 * big)},{fmt(y0 - 5)}"
            f" {fmt(x0 - 34 * big)},{fmt(y0 - 40 * big)}"
            f" {fmt(x0 - 10)},{fmt(y0 - 42 * big)}C{fmt(x0 - 18)},{fmt(y0 - 20)} {fmt(x0)},{fmt(y0 - 10)}Z",
            fur,
        ) + pen.ellipse(x0 - 22 * big, y0 - 30 * big, 7 * big, 7 * big, mix(fur, "#ffffff", 0.5))
    if tail == "puff":
        return pen.ellipse(x0 - 2, y0 - 4, 8, 8, mix(fur, "#ffffff", 0.6))
    if tail == "mane":
        return pen.path(f"M{fmt(x0)},{fmt(y0)}q-16,10 -12,40q10,-16 18,-34Z", mane)
    if tail == "none":
        return ""
    width = {"wag": 5, "curl": 4, "string": 2, "striped": 5, "long": 4}.get(tail, 3)
    shape = {
        "wag": f"M{fmt(x0)},{fmt(y0)}q-14,-6 -18,-24",
        "curl": f"M{fmt(x0)},{fmt(y0)}q-22,0 -20,-26q2,-8 8,-6",
        "string": f"M{fmt(x0)},{fmt(y0 + 6)}q-24,10 -30,-6",
        "long": f"M{fmt(x0)},{fmt(y0)}q-30,4 -26,-34q4,-10 12,-4",
        "corkscrew": f"M{fmt(x0)},{fmt(y0)}q-8,-8 -4,-12q6,-2 2,6q-4,6 -8,2",
    }.get(tail, f"M{fmt(x0)},{fmt(y0)}q-12,10 -10,30")
    tip = ""
    if tail == "tuft":
        tip = pen.ellipse(x0 - 10, y0 + 32, 4, 6, dark)
    return pen.line(shape, fur if tail != "string" else "#f4a6b8", width) + tip


def _spikes(pen: Pen, half: float, y: float, depth: float, dark: str) -> str:
    spikes = []
    for k in range(11):
        angle = math.pi * (1.05 + k * 0.09)
        bx, by = math.cos(angle) * half * 0.9, y + math.sin(angle) * depth * 0.5
        tx, ty = math.cos(angle) * (half * 0.9 + 12), y + math.sin(angle) * (depth * 0.5 + 12)
        spikes.append(f"M{fmt(bx - 5)},{fmt(by)}L{fmt(tx)},{fmt(ty)}L{fmt(bx + 5)},{fmt(by)}Z")
    return pen.path("".join(spikes), dark)


def _wool(pen: Pen, half: float, y: float, depth: float) -> str:
    puffs = []
    for k in range(10):
        angle = k * math.tau / 10
        puffs.append(
            pen.ellipse(math.cos(angle) * half * 0.8, y + math.sin(angle) * depth * 0.38, 11, 11, "#fbf7ee")
        )
    return "".join(puffs) + pen.ellipse(0, y, half * 0.85, depth * 0.45, "#fbf7ee")


def _marks(pen: Pen, kind: str, half: float, y: float, depth: float, fur: str) -> str:
    if kind == "cow":
        return pen.ellipse(-half * 0.3, y - depth * 0.1, 10, 8, INK) + pen.ellipse(
            half * 0.35, y + 2, 8, 7, INK
        )
    if kind == "giraffe":
        return "".join(
            pen.ellipse(dx * half, y + dy * depth, 4, 3.5, shade(fur, -0.35))
            for dx, dy in ((-0.5, -0.1), (0, -0.2), (0.45, 0.05), (-0.15, 0.15))
        )
    if kind == "tiger":
        return "".join(
            pen.line(f"M{fmt(dx * half)},{fmt(y - depth * 0.5)}l3,12", INK, 3)
            for dx in (-0.6, -0.2, 0.2, 0.55)
        )
    if kind == "deer":
        return "".join(
            pen.ellipse(dx * half, y - depth * 0.15, 2.5, 2.5, "#fffaf0") for dx in (-0.4, -0.1, 0.2)
        )
    return ""


def _ears(pen: Pen, kind: str, ears: str, x: float, y: float, r: float, fur: str, dark: str) -> str:
    if ears == "pointy":
        return pen.path(
            f"M{fmt(x - r * 0.5)},{fmt(y - r * 0.6)}l{fmt(r * 0.1)},{fmt(-r * 0.9)}"
            f"l{fmt(r * 0.5)},{fmt(r * 0.7)}Z",
            fur if kind != "fox" else dark,
        )
    if ears == "long":
        return pen.ellipse(
            x - r * 0.3,
            y - r * 1.4,
            r * 0.28,
            r * 0.9,
            fur,
            transform=f"rotate(-15 {fmt(x - r * 0.3)} {fmt(y - r * 0.6)})",
        )
    if ears == "big":
        return pen.ellipse(x - r * 0.35, y - r * 0.85, r * 0.55, r * 0.55, fur) + pen.ellipse(
            x - r * 0.35, y - r * 0.85, r * 0.32, r * 0.32, "#f7c6c7"
        )
    if ears == "floppy":
        return pen.ellipse(
            x - r * 0.45,
            y - r * 0.1,
            r * 0.3,
            r * 0.62,
            dark,
            transform=f"rotate(20 {fmt(x - r * 0.45)} {fmt(y)})",
        )
    if ears == "flap":
        return pen.ellipse(
            x - r * 0.55,
            y - r * 0.55,
            r * 0.45,
            r * 0.22,
            shade(fur, -0.08),
            transform=f"rotate(-25 {fmt(x - r * 0.55)} {fmt(y - r * 0.55)})",
        )
    if ears == "horns":
        return pen.line(
            f"M{fmt(x - r * 0.2)},{fmt(y - r * 0.7)}q{fmt(-r * 0.2)},{fmt(-r * 0.6)}"
            f" {fmt(-r * 0.7)},{fmt(-r * 0.8)}",
            "#efe6d2",
            r * 0.22,
        ) + pen.ellipse(x - r * 0.7, y - r * 0.4, r * 0.35, r * 0.18, fur)
    if ears == "antlers":
        return pen.line(
            f"M{fmt(x - r * 0.2)},{fmt(y - r * 0.7)}l{fmt(-r * 0.4)},{fmt(-r * 1.4)}"
            f"m{fmt(r * 0.15)},{fmt(r * 0.5)}l{fmt(r * 0.6)},{fmt(-r * 0.5)}"
            f"m{fmt(-r * 0.7)},{fmt(-r * 0.2)}l{fmt(-r * 0.6)},{fmt(-r * 0.3)}",
            "#8a6a48",
            r * 0.16,
        )
    if ears == "horn":
        return pen.path(
            f"M{fmt(x + r * 0.1)},{fmt(y - r * 0.8)}l{fmt(r * 0.5)},{fmt(-r * 1.3)}"
            f"l{fmt(r * 0.1)},{fmt(r * 1.4)}Z",
            "#f6d365",
        ) + pen.path(
            f"M{fmt(x - r * 0.5)},{fmt(y - r * 0.6)}l{fmt(r * 0.1)},{fmt(-r * 0.9)}"
            f"l{fmt(r * 0.5)},{fmt(r * 0.7)}Z",
            fur,
        )
    if ears == "fan":
        return pen.ellipse(x - r * 0.6, y + r * 0.1, r * 0.75, r * 0.95, shade(fur, -0.08))
    if ears == "ossicones":
        return pen.line(
            f"M{fmt(x - r * 0.2)},{fmt(y - r * 0.8)}l{fmt(-r * 0.1)},{fmt(-r * 0.9)}", dark, r * 0.25
        ) + pen.ellipse(x - r * 0.3, y - r * 1.75, r * 0.22, r * 0.22, dark)
    if ears == "eyes":
        return pen.ellipse(x, y - r * 0.85, r * 0.35, r * 0.35, fur)
    if ears == "round":
        return pen.ellipse(x - r * 0.5, y - r * 0.75, r * 0.34, r * 0.34, fur) + pen.ellipse(
            x - r * 0.5, y - r * 0.75, r * 0.17, r * 0.17, dark
        )
    return ""


def _snout(pen: Pen, kind: str, x: float, y: float, r: float, fur: str, belly: str) -> str:
    if kind == "elephant":
        return pen.line(
            f"M{fmt(x + r * 0.8)},{fmt(y)}q{fmt(r * 0.7)},{fmt(r * 0.4)} {fmt(r * 0.4)},{fmt(r * 2.0)}",
            fur,
            r * 0.42,
        )
    if kind == "pig":
        return pen.ellipse(x + r * 1.0, y + r * 0.2, r * 0.22, r * 0.32, shade(fur, -0.12))
    if kind in ("horse", "pony", "unicorn", "camel", "giraffe", "cow", "sheep", "goat", "deer", "reindeer"):
        snout = mix(fur, "#ffffff", 0.3) if kind != "cow" else "#f4b6c2"
        return pen.ellipse(x + r * 0.9, y + r * 0.35, r * 0.62, r * 0.45, snout) + pen.ellipse(
            x + r * 1.3, y + r * 0.25, r * 0.08, r * 0.08, INK
        )
    if kind in ("frog", "monkey", "hedgehog"):
        return pen.ellipse(x + r * 0.8, y + r * 0.2, r * 0.3, r * 0.25, belly)
    return pen.ellipse(x + r * 0.85, y + r * 0.25, r * 0.45, r * 0.32, belly) + pen.ellipse(
        x + r * 1.25, y + r * 0.15, r * 0.12, r * 0.1, INK
    )


def draw_flying_bird(pen: Pen, fur: str, belly: str) -> str:
    """A bird in flight, side view, wings up, facing +x, 100 units tall."""
    wing = shade(fur, -0.15)
    body = pen.ellipse(0, -45, 42, 20, fur) + pen.ellipse(6, -40, 28, 11, belly)
    wings = pen.path("M-10,-55C-20,-95 10,-100 22,-96C12,-80 12,-65 10,-52Z", wing)
    head = pen.ellipse(42, -56, 16, 15, fur) + pen.ellipse(47, -60, 3, 3.5, INK)
    beak = pen.path("M56,-58l14,4l-14,4Z", "#f0a04b")
    tail = pen.path("M-38,-48l-24,-12l4,18Z", wing)
    return f'<g id="flying-bird">{tail}{body}{wings}{head}{beak}</g>'


def draw_flying_gull(pen: Pen) -> str:
    """A gull gliding over the sea, side view, facing +x, 100 units tall: a white body and head, long
    pale grey wings raised in a shallow M with black tips, a yellow beak with its red spot."""
    white, grey, tips = "#f6f6f3", "#a9b3bc", "#2e3440"
    far = pen.path("M-14,-50C-26,-74 -46,-90 -74,-96C-58,-80 -40,-62 -2,-46Z", shade(grey, -0.1))
    far_tip = pen.path("M-74,-96L-56,-90L-62,-82Z", tips)
    tail = pen.path("M-34,-44L-60,-52L-56,-34Z", white)
    body = pen.ellipse(0, -40, 40, 14, white) + pen.ellipse(4, -36, 28, 8, "#ffffff")
    near = pen.path("M-8,-50C0,-80 22,-98 52,-104C36,-86 22,-68 12,-46Z", grey)
    near_tip = pen.path("M52,-104L34,-100L40,-90Z", tips)
    head = pen.ellipse(38, -50, 13, 12, white) + pen.ellipse(42, -53, 2.5, 2.5, INK)
    beak = pen.path("M49,-52L68,-49L50,-45Z", "#f2c12e") + pen.ellipse(62, -48, 1.8, 1.8, "#d8452f")
    return f'<g id="flying-gull">{far}{far_tip}{tail}{body}{near}{near_tip}{head}{beak}</g>'
