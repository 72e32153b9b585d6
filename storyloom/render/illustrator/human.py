"""People: children and grown-ups drawn from their bible (skin, hair style and colour, outfit, marks)."""

from __future__ import annotations

import math
import re

from storyloom.render.illustrator import features
from storyloom.render.illustrator.faces import INK, face
from storyloom.render.illustrator.garments import head_garments, torso_garments
from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.poses import pose_shape
from storyloom.render.illustrator.svg import fmt, hair_against, shade
from storyloom.story.schema import VisualBible


def _hair_kind(text: str) -> str:
    lowered = text.lower()
    for kind, words in (
        ("none", ("bald", "none", "no hair")),
        ("curly", ("curl", "afro", "coil", "fluffy", "puffs")),
        ("braids", ("braid", "pigtail", "plait", "bunches")),
        ("ponytail", ("ponytail", "pony tail")),
        ("bun", ("bun", "topknot")),
        ("long", ("long", "wavy", "shoulder")),
        ("spiky", ("spiky", "messy", "tousled")),
    ):
        if any(word in lowered for word in words):
            return kind
    return "short"


_GROWN_UP = re.compile(r"(?<![\w-])(?:grown|adult|old|grand\w*|mum|mom|dad|teacher|woman|man)(?!\w)")
"""Words of a grown-up's age or kind; "four-year-old" is not one ("old" after a hyphen)."""


def _is_grown_up(bible: VisualBible) -> bool:
    text = f"{bible.age} {bible.species}".lower()
    return _GROWN_UP.search(text) is not None


def _wears_dress(bible: VisualBible) -> bool:
    return any(w in bible.outfit.lower() for w in ("dress", "skirt", "gown", "tutu"))


def draw_human(
    pen: Pen, bible: VisualBible, mood: str, pose: str, facing: str = "front", tall: float = 0.0
) -> str:
    """A person, 400 units tall (taller if grown up: `tall` times), feet at the origin, in `pose`,
    turned towards `facing` (the face shifts to +x for left/right; the back of the head for back)."""
    colours = bible.colours
    skin = colours["skin"]
    outfit = colours["outfit"]
    hair = hair_against(colours.get("hair", shade(skin, -0.5)), skin)
    legs_colour = colours.get("trousers", colours.get("legs", shade(outfit, -0.35)))
    shoes = colours.get("shoes", "#5b3f3a")
    accent = colours.get("accent", shade(outfit, 0.45))
    tall = tall or (1.15 if _is_grown_up(bible) else 1.0)
    shape = pose_shape(pose)
    head_y, head_r = -300 * tall, 80
    hair_kind = _hair_kind(bible.hair)
    parts = []
    look = features.look_of(bible, hair)
    parts.append(features.behind(pen, look, head_y, head_r, -215 * tall, -100 * tall))
    if look.hair_style is None:
        parts.append(_hair_back(pen, hair_kind, hair, head_y, head_r))
    dress = _wears_dress(bible)
    hip = -100 * tall
    legs = []
    for side, (fx, fy) in ((-1, shape.left_foot), (1, shape.right_foot)):
        leg_colour = skin if dress else legs_colour
        legs.append(pen.limb(side * 24, hip + shape.drop, fx, fy, 30, leg_colour))
        legs.append(pen.ellipse(fx + side * 6, fy + 8, 28, 15, shoes))
    shoulder = -215 * tall
    arms = []
    for side, (hx, hy) in ((-1, shape.left_hand), (1, shape.right_hand)):
        hy = shoulder + (hy + 215) * tall
        arms.append(pen.limb(side * 52, shoulder + 12, hx, hy, 30, shade(outfit, -0.12)))
        arms.append(pen.ellipse(hx, hy, 17, 17, skin))
    in_front = pose in ("hold", "hug", "laugh", "cry", "sit")
    if not in_front:
        parts.extend(arms)
    if dress:
        body = (
            f"M{fmt(-48)},{fmt(shoulder)}Q0,{fmt(shoulder - 14)} 48,{fmt(shoulder)}L{fmt(92)},{fmt(hip + 22)}"
            f"Q0,{fmt(hip + 40)} {fmt(-92)},{fmt(hip + 22)}Z"
        )
    else:
        body = (
            f"M{fmt(-52)},{fmt(shoulder)}Q0,{fmt(shoulder - 14)} 52,{fmt(shoulder)}L{fmt(60)},{fmt(hip + 8)}"
            f"Q0,{fmt(hip + 18)} {fmt(-60)},{fmt(hip + 8)}Z"
        )
    parts.append(pen.path(body, outfit))
    parts.append(torso_garments(pen, colours, shoulder, hip, 56))
    if in_front:
        parts.extend(arms)
    parts.append(pen.ellipse(0, shoulder + 4, 26, 10, accent))
    parts.append(pen.rect(-14, shoulder - 24, 28, 26, 8, skin))
    head = [
        pen.ellipse(-head_r * 0.96, head_y + 8, 16, 20, skin),
        pen.ellipse(head_r * 0.96, head_y + 8, 16, 20, skin),
        pen.ellipse(0, head_y, head_r, head_r * 0.98, skin),
    ]
    if facing == "back":
        head.append(pen.ellipse(0, head_y - 4, head_r * 1.02, head_r * 1.0, hair))
    else:
        turn = head_r * 0.26 if facing in ("left", "right") else 0.0
        head.append(face(pen, turn, head_y + 8, head_r, mood, look.eyes))
        if shape.tears:
            head.extend(
                pen.ellipse(turn + side * head_r * 0.4, head_y + 38, 7, 12, "#7fc8f8") for side in (-1, 1)
            )
        head.append(
            features.hair_front(pen, look, head_y, head_r)
            or _hair_front(pen, hair_kind, hair, head_y, head_r)
        )
        head.append(features.front(pen, look, bible, head_y, head_r, head_y + 8))
    marks = _marks(pen, features.other_marks(bible), head_y, head_r, shoulder, outfit)
    marks += head_garments(
        pen, colours, head_y, head_r, f"{bible.distinguishing_marks} {bible.outfit}".lower()
    )
    if shape.head_tilt:
        neck = f"{fmt(shape.head_tilt)} 0 {fmt(head_y + head_r)}"
        parts.append(f'<g transform="rotate({neck})">{"".join(head)}</g>')
    else:
        parts.extend(head)
    parts.append(marks)
    upper = "".join(parts)
    if shape.drop:
        upper = f'<g transform="translate(0 {fmt(shape.drop)})">{upper}</g>'
    return "".join(legs) + upper


def _hair_back(pen: Pen, kind: str, hair: str, y: float, r: float) -> str:
    if kind == "long":
        return pen.path(
            f"M{fmt(-r * 1.1)},{fmt(y)}Q{fmt(-r * 1.25)},{fmt(y + r * 1.9)}"
            f" {fmt(-r * 0.6)},{fmt(y + r * 1.7)}"
            f"L{fmt(r * 0.6)},{fmt(y + r * 1.7)}Q{fmt(r * 1.25)},{fmt(y + r * 1.9)} {fmt(r * 1.1)},{fmt(y)}Z",
            hair,
        )
    if kind == "curly":
        return "".join(
            pen.ellipse(dx * r, y + dy * r, r * 0.5, r * 0.5, hair)
            for dx, dy in (
                (-0.95, -0.3),
                (0.95, -0.3),
                (-1.0, 0.25),
                (1.0, 0.25),
                (-0.6, -0.85),
                (0.6, -0.85),
                (0, -1.05),
            )
        )
    if kind == "ponytail":
        return pen.path(
            f"M{fmt(r * 0.7)},{fmt(y - r * 0.6)}q{fmt(r * 0.9)},{fmt(-r * 0.1)} {fmt(r * 0.7)},{fmt(r * 1.3)}"
            f"q{fmt(-r * 0.25)},{fmt(-r * 0.7)} {fmt(-r * 0.7)},{fmt(-r * 0.9)}Z",
            hair,
        )
    if kind == "bun":
        return pen.ellipse(0, y - r * 1.05, r * 0.42, r * 0.38, hair)
    if kind == "braids":
        return "".join(
            pen.ellipse(side * r * 1.05, y + r * 0.55 + k * r * 0.32, r * 0.2, r * 0.2, hair)
            for side in (-1, 1)
            for k in range(4)
        )
    return ""


def _hair_front(pen: Pen, kind: str, hair: str, y: float, r: float) -> str:
    if kind == "none":
        return ""
    cap = (
        f"M{fmt(-r * 1.02)},{fmt(y + r * 0.1)}C{fmt(-r * 1.1)},{fmt(y - r * 1.3)}"
        f" {fmt(r * 1.1)},{fmt(y - r * 1.3)} "
        f"{fmt(r * 1.02)},{fmt(y + r * 0.1)}Q{fmt(r * 0.7)},{fmt(y - r * 0.45)}"
        f" {fmt(r * 0.1)},{fmt(y - r * 0.4)}"
        f"Q{fmt(-r * 0.3)},{fmt(y - r * 0.2)} {fmt(-r * 0.5)},{fmt(y - r * 0.42)}"
        f"Q{fmt(-r * 0.85)},{fmt(y - r * 0.3)} "
        f"{fmt(-r * 1.02)},{fmt(y + r * 0.1)}Z"
    )
    parts = [pen.path(cap, hair)]
    if kind == "curly":
        parts.extend(
            pen.ellipse(dx * r, y - r * 0.62 + abs(dx) * r * 0.25, r * 0.3, r * 0.28, hair)
            for dx in (-0.65, -0.22, 0.22, 0.65)
        )
    if kind == "spiky":
        parts.append(
            pen.path(
                f"M{fmt(-r * 0.6)},{fmt(y - r * 0.8)}l{fmt(r * 0.1)},{fmt(-r * 0.45)}l{fmt(r * 0.25)},"
                f"{fmt(r * 0.3)}l{fmt(r * 0.2)},{fmt(-r * 0.45)}l{fmt(r * 0.2)},{fmt(r * 0.42)}"
                f"l{fmt(r * 0.3)},{fmt(-r * 0.3)}l0,{fmt(r * 0.5)}Z",
                hair,
            )
        )
    if kind == "braids":
        parts.extend(
            pen.ellipse(side * r * 1.05, y + r * 0.35, r * 0.2, r * 0.12, "#f06292") for side in (-1, 1)
        )
    return "".join(parts)


def _marks(pen: Pen, bible: VisualBible, y: float, r: float, shoulder: float, outfit: str) -> str:
    text = f"{bible.distinguishing_marks} {bible.outfit}".lower()
    parts = []
    if "freckle" in text:
        for side in (-1, 1):
            for dx, dy in ((0.42, 0.12), (0.55, 0.2), (0.48, 0.28)):
                parts.append(
                    f'<circle cx="{fmt(side * dx * r)}" cy="{fmt(y + dy * r + 8)}" r="{fmt(r * 0.035)}" '
                    f'fill="#a0603a" opacity="0.8"/>'
                )
    if "glasses" in text or "spectacles" in text:
        for side in (-1, 1):
            parts.append(
                f'<circle cx="{fmt(side * r * 0.36)}" cy="{fmt(y + 3)}" r="{fmt(r * 0.24)}" fill="none" '
                f'stroke="{INK}" stroke-width="{fmt(r * 0.05)}"/>'
            )
        parts.append(pen.line(f"M{fmt(-r * 0.12)},{fmt(y + 3)}h{fmt(r * 0.24)}", INK, r * 0.05))
    colour = bible.colours
    if "scarf" in text or "scarf" in colour:  # "une écharpe", "ein Schal": the bible names it
        scarf = colour.get("scarf", colour.get("accent", shade(outfit, -0.3)))
        parts.append(pen.rect(-46, shoulder - 16, 92, 26, 12, scarf))
        parts.append(pen.rect(18, shoulder - 6, 24, 70, 8, scarf))
    if "cape" in text or "cloak" in text or "cape" in colour:
        cape = colour.get("cape", shade(outfit, -0.25))
        parts.insert(
            0,
            pen.path(
                f"M-50,{fmt(shoulder)}L-95,{fmt(shoulder + 190)}L95,{fmt(shoulder + 190)}L50,"
                f"{fmt(shoulder)}Z",
                cape,
            ),
        )
    if "crown" in text or "tiara" in text:
        gold = colour.get("crown", "#f2c14e")
        parts.append(
            pen.path(
                f"M{fmt(-r * 0.5)},{fmt(y - r * 0.75)}l0,{fmt(-r * 0.45)}l{fmt(r * 0.25)},{fmt(r * 0.25)}"
                f"l{fmt(r * 0.25)},{fmt(-r * 0.35)}l{fmt(r * 0.25)},{fmt(r * 0.35)}l{fmt(r * 0.25)},"
                f"{fmt(-r * 0.25)}l0,{fmt(r * 0.45)}Z",
                gold,
            )
        )
    if " hat" in f" {text}" or "cap " in f"{text} ":
        hat = colour.get("hat", colour.get("accent", shade(outfit, -0.2)))
        parts.append(
            pen.path(
                f"M{fmt(-r * 1.05)},{fmt(y - r * 0.45)}Q0,{fmt(y - r * 1.65)} {fmt(r * 1.05)},"
                f"{fmt(y - r * 0.45)}Z",
                hat,
            )
        )
        parts.append(pen.rect(-r * 1.2, y - r * 0.55, r * 2.4, r * 0.2, r * 0.1, shade(hat, -0.15)))
    if "star" in text:
        parts.append(_star(0, shoulder + 60, 18, colour.get("accent", "#ffd54f")))
    if "bow" in text.split() or "ribbon" in text:
        bow = colour.get("bow", "#f06292")
        parts.append(
            pen.path(
                f"M{fmt(r * 0.5)},{fmt(y - r * 0.8)}l{fmt(-r * 0.3)},{fmt(-r * 0.2)}v{fmt(r * 0.4)}Z"
                f"M{fmt(r * 0.5)},{fmt(y - r * 0.8)}l{fmt(r * 0.3)},{fmt(-r * 0.2)}v{fmt(r * 0.4)}Z",
                bow,
            )
        )
    return "".join(parts)


def _star(cx: float, cy: float, r: float, fill: str) -> str:
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + k * math.pi / 5
        points.append(f"{fmt(cx + math.cos(angle) * radius)},{fmt(cy + math.sin(angle) * radius)}")
    return f'<polygon points="{" ".join(points)}" fill="{fill}"/>'
