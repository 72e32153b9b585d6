"""A person's chosen look drawn on the built-in illustrator's figure: hair styles, head coverings,
glasses, freckles, a hearing aid and a wheelchair, each in an SVG group with its own id.

`human.draw_human` calls `behind` before the body, `hair_front` after the face and `front` last; the
head is a circle of radius `r` centred on (0, y) in the figure's units (feet at the origin)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyloom.render.illustrator.faces import INK, spectacles
from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.svg import fmt, hex_to_rgb, shade
from storyloom.story.appearance import HEAD_COVERINGS, HEARING_AID_COLOUR, WHEELCHAIR_COLOUR, hair_style_of
from storyloom.story.schema import VisualBible

GLASSES_ON_DEEP_SKIN = "#e9b949"
_FEATURE_WORDS = re.compile(r"[^,]*\b(glasses|spectacles|freckles?|hearing aid|wheelchair)\b[^,]*,?\s*", re.I)


@dataclass(frozen=True)
class Look:
    """What of a person's look this module draws, read from the bible's words and colours."""

    hair_style: str | None
    hair: str
    headwear: str
    eyes: str
    glasses: bool
    freckles: bool
    hearing_aid: bool
    wheelchair: bool


def look_of(bible: VisualBible, hair: str) -> Look:
    """The look of `bible`: a hair style only when the bible uses one of the appearance phrases."""
    marks = bible.distinguishing_marks.lower()
    colours = bible.colours
    return Look(
        hair_style=hair_style_of(bible.hair),
        hair=hair,
        headwear=colours.get("headwear", colours["outfit"]),
        eyes=colours.get("eyes", INK),
        glasses="glasses" in marks or "spectacles" in marks,
        freckles="freckle" in marks,
        hearing_aid="hearing aid" in marks,
        wheelchair="wheelchair" in marks,
    )


def other_marks(bible: VisualBible) -> VisualBible:
    """`bible` without the marks drawn here, for the clothing and accessory drawing of human.py."""
    marks = _FEATURE_WORDS.sub("", bible.distinguishing_marks).strip(" ,")
    if marks == bible.distinguishing_marks:
        return bible
    return bible.model_copy(update={"distinguishing_marks": marks})


def _group(name: str, body: str) -> str:
    return f'<g id="{name}">{body}</g>' if body else ""


def _cap(pen: Pen, y: float, r: float, fill: str, *, top: float = 1.3, hairline: float = 0.42) -> str:
    """Hair over the top of the head with a soft side-parted hairline."""
    d = (
        f"M{fmt(-r * 1.02)},{fmt(y + r * 0.1)}C{fmt(-r * 1.1)},{fmt(y - r * top)} {fmt(r * 1.1)},"
        f"{fmt(y - r * top)} {fmt(r * 1.02)},{fmt(y + r * 0.1)}"
        f"Q{fmt(r * 0.7)},{fmt(y - r * hairline)} {fmt(r * 0.1)},{fmt(y - r * hairline)}"
        f"Q{fmt(-r * 0.3)},{fmt(y - r * (hairline - 0.2))} {fmt(-r * 0.5)},{fmt(y - r * hairline)}"
        f"Q{fmt(-r * 0.85)},{fmt(y - r * (hairline - 0.1))} {fmt(-r * 1.02)},{fmt(y + r * 0.1)}Z"
    )
    return pen.path(d, fill)


def behind(pen: Pen, look: Look, y: float, r: float, shoulder: float, hip: float) -> str:
    """What is behind the head and body: long hair, an afro, a bun, a hijab's drape, a wheelchair."""
    parts = []
    if look.wheelchair:
        parts.append(_group("wheelchair", _wheelchair_back(pen, shoulder, hip)))
    style, hair = look.hair_style, look.hair
    back = ""
    if style == "long":
        back = pen.path(
            f"M{fmt(-r * 1.1)},{fmt(y)}C{fmt(-r * 1.25)},{fmt(y + r * 1.2)}"
            f" {fmt(-r * 1.2)},{fmt(y + r * 1.9)}"
            f" {fmt(-r * 0.9)},{fmt(y + r * 2.1)}L{fmt(r * 0.9)},{fmt(y + r * 2.1)}"
            f"C{fmt(r * 1.2)},{fmt(y + r * 1.9)} {fmt(r * 1.25)},{fmt(y + r * 1.2)} {fmt(r * 1.1)},{fmt(y)}Z",
            hair,
        )
    elif style == "straight":
        back = pen.rect(-r * 1.1, y - r * 0.4, r * 2.2, r * 1.3, r * 0.25, hair)
    elif style == "curly":
        back = "".join(
            pen.ellipse(dx * r, y + dy * r, r * 0.42, r * 0.42, hair)
            for dx, dy in (
                (-1.05, -0.2),
                (1.05, -0.2),
                (-1.1, 0.35),
                (1.1, 0.35),
                (-0.95, 0.85),
                (0.95, 0.85),
            )
        )
    elif style == "afro":
        back = pen.ellipse(0, y - r * 0.42, r * 1.5, r * 1.3, hair)
    elif style == "bun":
        back = pen.ellipse(0, y - r * 1.12, r * 0.48, r * 0.42, hair)
    elif style == "ponytail":
        back = pen.path(
            f"M{fmt(r * 0.4)},{fmt(y - r * 0.95)}C{fmt(r * 1.6)},{fmt(y - r * 1.1)} {fmt(r * 1.7)},"
            f"{fmt(y + r * 0.3)} {fmt(r * 1.25)},{fmt(y + r * 1.15)}C{fmt(r * 1.2)},{fmt(y + r * 0.3)}"
            f" {fmt(r * 1.0)},{fmt(y - r * 0.4)} {fmt(r * 0.6)},{fmt(y - r * 0.55)}Z",
            hair,
        )
    elif style == "bunches":
        back = "".join(
            pen.ellipse(side * r * 1.22, y - r * 0.25, r * 0.42, r * 0.5, hair) for side in (-1, 1)
        )
    elif style == "hijab":
        back = pen.ellipse(0, y - r * 0.02, r * 1.2, r * 1.22, look.headwear)
    if back:
        parts.append(_group(f"hair-{style}-back", back))
    return "".join(parts)


def hair_front(pen: Pen, look: Look, y: float, r: float) -> str:
    """The hair (or head covering) over the top of the head, drawn after the face."""
    style, hair = look.hair_style, look.hair
    if style is None:
        return ""
    if style == "bald":
        body = pen.ellipse(-r * 0.35, y - r * 0.62, r * 0.22, r * 0.1, "#ffffff", opacity=0.35)
    elif style == "shaved":
        body = _cap(pen, y, r, hair, top=1.2, hairline=0.55).replace("<path ", '<path opacity="0.55" ', 1)
    elif style == "hijab":
        body = _hijab(pen, y, r, look.headwear)
    elif style == "patka":
        body = _patka(pen, y, r, look.headwear)
    elif style == "straight":
        body = pen.path(
            f"M{fmt(-r * 1.08)},{fmt(y + r * 0.85)}L{fmt(-r * 1.06)},{fmt(y - r * 0.2)}"
            f"C{fmt(-r * 1.1)},{fmt(y - r * 1.32)} {fmt(r * 1.1)},{fmt(y - r * 1.32)} {fmt(r * 1.06)},"
            f"{fmt(y - r * 0.2)}L{fmt(r * 1.08)},{fmt(y + r * 0.85)}L{fmt(r * 0.84)},{fmt(y + r * 0.85)}"
            f"L{fmt(r * 0.8)},{fmt(y - r * 0.32)}L{fmt(-r * 0.8)},{fmt(y - r * 0.32)}"
            f"L{fmt(-r * 0.84)},{fmt(y + r * 0.85)}Z",
            hair,
        )
    elif style == "afro":
        body = _cap(pen, y, r, hair, top=1.45, hairline=0.5) + _texture(y, r, hair, 1.35, 14)
    elif style == "coily":
        body = _cap(pen, y, r, hair, top=1.38, hairline=0.5) + "".join(
            pen.ellipse(dx * r, y - r * (0.78 - abs(dx) * 0.55), r * 0.16, r * 0.16, hair)
            for dx in (-0.95, -0.7, -0.42, -0.14, 0.14, 0.42, 0.7, 0.95)
        )
    elif style == "curly":
        body = _cap(pen, y, r, hair) + "".join(
            pen.ellipse(dx * r, y - r * 0.62 + abs(dx) * r * 0.25, r * 0.3, r * 0.28, hair)
            for dx in (-0.65, -0.22, 0.22, 0.65)
        )
    elif style == "long":
        body = _cap(pen, y, r, hair) + "".join(
            pen.path(
                f"M{fmt(side * r * 0.98)},{fmt(y - r * 0.2)}Q{fmt(side * r * 1.12)},{fmt(y + r * 0.7)}"
                f" {fmt(side * r * 0.95)},{fmt(y + r * 1.45)}L{fmt(side * r * 0.7)},{fmt(y + r * 1.4)}"
                f"Q{fmt(side * r * 0.9)},{fmt(y + r * 0.6)} {fmt(side * r * 0.78)},{fmt(y - r * 0.1)}Z",
                hair,
            )
            for side in (-1, 1)
        )
    elif style == "braids":
        body = _cap(pen, y, r, hair, hairline=0.5) + _braids(pen, y, r, hair, look.headwear)
    elif style in ("bun", "ponytail", "bunches"):
        body = _cap(pen, y, r, hair, hairline=0.48)
        tie = shade(look.headwear, 0.1)
        if style == "bunches":
            body += "".join(
                pen.ellipse(side * r * 0.98, y - r * 0.28, r * 0.1, r * 0.14, tie) for side in (-1, 1)
            )
        elif style == "ponytail":
            body += pen.ellipse(r * 0.62, y - r * 0.8, r * 0.12, r * 0.12, tie)
    else:
        body = _cap(pen, y, r, hair, top=1.22, hairline=0.5)
    return _group(f"hair-{style}", body)


def front(pen: Pen, look: Look, bible: VisualBible, y: float, r: float, face_y: float) -> str:
    """Freckles, glasses, a hearing aid and a wheelchair's footrest, over everything else."""
    parts = []
    if look.freckles:
        dots = shade(bible.colours["skin"], -0.4)
        parts.append(
            _group(
                "freckles",
                "".join(
                    f'<circle cx="{fmt(side * dx * r)}" cy="{fmt(face_y + dy * r)}" r="{fmt(r * 0.04)}" '
                    f'fill="{dots}"/>'
                    for side in (-1, 1)
                    for dx, dy in ((0.22, 0.1), (0.34, 0.16), (0.27, 0.22), (0.4, 0.07))
                ),
            )
        )
    if look.glasses:
        parts.append(
            spectacles(pen, 0, face_y - r * 0.05, r, _frame_colour(bible.colours["skin"]), arms=True)
        )
    if look.hearing_aid:
        colour = bible.colours.get("hearing_aid", HEARING_AID_COLOUR)
        parts.append(
            _group(
                "hearing-aid",
                pen.rect(r * 0.9, face_y - r * 0.42, r * 0.2, r * 0.5, r * 0.1, colour)
                + pen.ellipse(r * 0.9, face_y + r * 0.04, r * 0.09, r * 0.09, shade(colour, -0.2)),
            )
        )
    if look.wheelchair:
        parts.append(_group("wheelchair-footrest", _wheelchair_front(pen)))
    return "".join(parts)


def _frame_colour(skin: str) -> str:
    """Dark frames on light skin, golden frames on deep skin, so the glasses always show."""
    red, green, blue = hex_to_rgb(skin)
    return INK if 0.299 * red + 0.587 * green + 0.114 * blue > 110 else GLASSES_ON_DEEP_SKIN


def _texture(y: float, r: float, hair: str, top: float, count: int) -> str:
    """Little arcs of a lighter tone: the springy texture of an afro."""
    light = shade(hair, 0.25)
    arcs = []
    for k in range(count):
        angle = k / count
        x = (-0.95 + 1.9 * angle) * r
        dy = -r * (top - 0.1) * (1 - (2 * angle - 1) ** 2) ** 0.5 + r * 0.05
        arcs.append(
            f'<path d="M{fmt(x - r * 0.07)},{fmt(y + dy)}q{fmt(r * 0.07)},{fmt(-r * 0.08)} '
            f'{fmt(r * 0.14)},0" '
            f'fill="none" stroke="{light}" stroke-width="{fmt(r * 0.035)}" stroke-linecap="round"/>'
        )
    return "".join(arcs)


def _braids(pen: Pen, y: float, r: float, hair: str, bead: str) -> str:
    parts = []
    for side in (-1, 1):
        for k in range(6):
            parts.append(
                pen.ellipse(side * r * (0.98 + k * 0.02), y + r * (0.05 + k * 0.3), r * 0.17, r * 0.2, hair)
            )
        parts.append(pen.ellipse(side * r * 1.1, y + r * 1.88, r * 0.12, r * 0.12, bead))
    return "".join(parts)


def _hijab(pen: Pen, y: float, r: float, colour: str) -> str:
    """A scarf round the head and neck, leaving the face open."""
    outer = (
        f"M{fmt(-r * 1.18)},{fmt(y)}C{fmt(-r * 1.2)},{fmt(y - r * 1.38)} {fmt(r * 1.2)},{fmt(y - r * 1.38)}"
        f" {fmt(r * 1.18)},{fmt(y)}C{fmt(r * 1.2)},{fmt(y + r * 0.9)} {fmt(r * 1.45)},{fmt(y + r * 1.5)}"
        f" {fmt(r * 1.2)},{fmt(y + r * 1.95)}Q0,{fmt(y + r * 2.25)} {fmt(-r * 1.2)},{fmt(y + r * 1.95)}"
        f"C{fmt(-r * 1.45)},{fmt(y + r * 1.5)} {fmt(-r * 1.2)},{fmt(y + r * 0.9)} {fmt(-r * 1.18)},{fmt(y)}Z"
    )
    face_y = y + r * 0.14
    inner = (
        f"M{fmt(-r * 0.84)},{fmt(face_y)}a{fmt(r * 0.84)},{fmt(r * 0.9)} 0 1 0 {fmt(r * 1.68)},0"
        f"a{fmt(r * 0.84)},{fmt(r * 0.9)} 0 1 0 {fmt(-r * 1.68)},0Z"
    )
    fold = pen.line(
        f"M{fmt(-r * 0.7)},{fmt(y + r * 1.25)}Q0,{fmt(y + r * 1.55)} {fmt(r * 0.7)},{fmt(y + r * 1.25)}",
        shade(colour, -0.2),
        r * 0.05,
    )
    return pen.path(outer + inner, colour, fill_rule="evenodd") + fold


def _patka(pen: Pen, y: float, r: float, colour: str) -> str:
    """A patka: a cloth tied over the top knot, rising to a rounded peak, its folds meeting at the
    forehead, and its ends tied at the back of the head."""
    cloth = (
        f"M{fmt(-r * 1.05)},{fmt(y + r * 0.05)}C{fmt(-r * 1.15)},{fmt(y - r * 0.9)} {fmt(-r * 0.55)},"
        f"{fmt(y - r * 1.55)} 0,{fmt(y - r * 1.6)}C{fmt(r * 0.55)},{fmt(y - r * 1.55)} {fmt(r * 1.15)},"
        f"{fmt(y - r * 0.9)} {fmt(r * 1.05)},{fmt(y + r * 0.05)}"
        f"Q{fmt(r * 0.6)},{fmt(y - r * 0.3)} 0,{fmt(y - r * 0.5)}Q{fmt(-r * 0.6)},{fmt(y - r * 0.3)}"
        f" {fmt(-r * 1.05)},{fmt(y + r * 0.05)}Z"
    )
    fold = shade(colour, -0.25)
    folds = pen.line(
        f"M{fmt(-r * 0.9)},{fmt(y - r * 0.45)}Q{fmt(-r * 0.4)},{fmt(y - r * 0.75)} 0,{fmt(y - r * 0.52)}"
        f"M{fmt(r * 0.9)},{fmt(y - r * 0.45)}Q{fmt(r * 0.4)},{fmt(y - r * 0.75)} 0,{fmt(y - r * 0.52)}"
        f"M0,{fmt(y - r * 0.52)}L0,{fmt(y - r * 1.2)}",
        fold,
        r * 0.045,
    )
    ends = "".join(
        pen.path(
            f"M{fmt(side * r * 0.95)},{fmt(y - r * 0.25)}l{fmt(side * r * 0.35)},{fmt(r * 0.05)}"
            f"l{fmt(-side * r * 0.1)},{fmt(r * 0.3)}Z",
            shade(colour, -0.1),
        )
        for side in (-1, 1)
    )
    return ends + pen.path(cloth, colour) + folds


def _wheelchair_back(pen: Pen, shoulder: float, hip: float) -> str:
    frame = WHEELCHAIR_COLOUR
    tyre = "#2b2b33"
    parts = [pen.rect(-72, shoulder - 10, 144, hip - shoulder + 30, 18, shade(frame, 0.15))]
    for side in (-1, 1):
        cx, cy, radius = side * 112, -96.0, 90.0
        parts.append(
            f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(radius)}" fill="none" stroke="{tyre}" '
            f'stroke-width="16"/>'
        )
        parts.append(
            f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(radius - 16)}" fill="none" stroke="{frame}" '
            f'stroke-width="6"/>'
        )
        spokes = "".join(
            f"M{fmt(cx)},{fmt(cy)}l{fmt(dx * (radius - 18))},{fmt(dy * (radius - 18))}"
            for dx, dy in (
                (1, 0),
                (-1, 0),
                (0, 1),
                (0, -1),
                (0.7, 0.7),
                (-0.7, -0.7),
                (0.7, -0.7),
                (-0.7, 0.7),
            )
        )
        parts.append(pen.line(spokes, shade(frame, 0.3), 4))
        parts.append(f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="12" fill="{frame}"/>')
    parts.append(pen.rect(-100, hip - 8, 200, 22, 8, frame))
    return "".join(parts)


def _wheelchair_front(pen: Pen) -> str:
    frame = WHEELCHAIR_COLOUR
    parts = [pen.rect(-64, -34, 128, 14, 6, frame)]
    parts.extend(f'<circle cx="{fmt(side * 58)}" cy="-12" r="12" fill="#2b2b33"/>' for side in (-1, 1))
    return "".join(parts)


def covers_hair(look: Look) -> bool:
    """True when a head covering is drawn instead of hair."""
    return look.hair_style in HEAD_COVERINGS
