"""Clothes and accessories a customer writes for a companion ("a purple cardigan", "a red collar",
"a blue backpack"), each drawn as that garment in its own colour from the bible's colours (set by the
engine's bible from the customer's words), over the body, never changing the body's colour."""

from __future__ import annotations

from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.svg import fmt, shade
from storyloom.story.schema import VisualBible

TORSO_GARMENTS = ("cardigan", "raincoat", "shawl", "apron", "backpack", "vest")
BODY_GARMENTS = ("cardigan", "jumper", "raincoat", "coat", "dress", "shirt", "overalls", "vest")
"""What a customer may write that an animal wears as its outfit; every other garment is an accessory."""
ACCESSORIES = ("collar", "scarf", "bow", "hat", "cape", "backpack", "boots", "shawl", "apron")


def wears_glasses(bible: VisualBible) -> bool:
    """Whether the customer's words put glasses on the character (the bible says so in English)."""
    text = f"{bible.distinguishing_marks} {bible.outfit}".lower()
    return "glasses" in text or "spectacles" in text


def wears_a_shirt(colours: dict[str, str]) -> bool:
    """Whether an animal is drawn in a shirt of its outfit colour: the house look, unless the customer's
    words dress it in accessories only ("a red collar" is a dog with a red collar, not in a red shirt)."""
    return any(name in colours for name in BODY_GARMENTS) or not any(name in colours for name in ACCESSORIES)


def torso_garments(pen: Pen, colours: dict[str, str], shoulder: float, waist: float, half: float) -> str:
    """Garments over a torso from `shoulder` to `waist`, `half` wide each side of the middle."""
    parts: list[str] = []
    colours = {
        name: shade(colour, -0.2)
        if name in ("shawl", "apron", "backpack") and colour == colours["outfit"]
        else colour
        for name, colour in colours.items()
    }
    if "raincoat" in colours:
        coat = colours["raincoat"]
        parts.append(
            pen.path(
                f"M{fmt(-half * 0.8)},{fmt(shoulder)}L{fmt(half * 0.8)},{fmt(shoulder)}"
                f"L{fmt(half * 1.25)},{fmt(waist + 60)}L{fmt(-half * 1.25)},{fmt(waist + 60)}Z",
                coat,
            )
        )
        for k in range(3):
            parts.append(pen.rect(-6, shoulder + 30 + k * 40, 12, 22, 5, shade(coat, -0.35)))
    if "cardigan" in colours or "vest" in colours:
        cardigan = colours.get("cardigan", colours.get("vest", "#8e5bc4"))
        parts.append(pen.rect(-22, shoulder + 4, 44, waist - shoulder + 6, 8, "#f6f1e7"))
        for side in (-1, 1):
            parts.append(
                pen.path(
                    f"M{fmt(side * 14)},{fmt(shoulder - 4)}L{fmt(side * half * 0.95)},{fmt(shoulder)}"
                    f"L{fmt(side * half * 1.08)},{fmt(waist + 14)}L{fmt(side * 18)},{fmt(waist + 16)}Z",
                    cardigan,
                )
            )
        for k in range(3):
            parts.append(
                pen.ellipse(-16, shoulder + 28 + k * (waist - shoulder) / 3.5, 6, 6, shade(cardigan, -0.4))
            )
    if "apron" in colours:
        apron = colours["apron"]
        parts.append(pen.rect(-half * 0.6, shoulder + 26, half * 1.2, waist - shoulder + 40, 14, apron))
        parts.append(pen.rect(-half * 0.3, waist - 20, half * 0.6, 30, 8, shade(apron, -0.12)))
    if "shawl" in colours:
        shawl = colours["shawl"]
        parts.append(
            pen.path(
                f"M{fmt(-half * 1.15)},{fmt(shoulder + 6)}Q0,{fmt(shoulder - 26)} {fmt(half * 1.15)},"
                f"{fmt(shoulder + 6)}L0,{fmt(shoulder + (waist - shoulder) * 0.75)}Z",
                shawl,
            )
        )
        for k in range(-3, 4):
            fringe_y = shoulder + (waist - shoulder) * (0.75 - abs(k) * 0.09)
            parts.append(
                pen.line(
                    f"M{fmt(k * half * 0.14)},{fmt(fringe_y)}v14",
                    shade(shawl, -0.3),
                    4,
                )
            )
    if "backpack" in colours:
        pack = colours["backpack"]
        for side in (-1, 1):
            parts.append(pen.rect(side * half * 0.55 - 9, shoulder - 6, 18, waist - shoulder, 8, pack))
            parts.append(
                pen.rect(side * (half + 4) - 14, shoulder + 20, 28, (waist - shoulder) * 0.8, 12, pack)
            )
    return "".join(parts)


def head_garments(pen: Pen, colours: dict[str, str], head_y: float, head_r: float, text: str) -> str:
    """A hat or a scarf named in another language than English (English ones are drawn with the
    other marks from the outfit's words)."""
    parts: list[str] = []
    if "hat" in colours and " hat" not in f" {text}" and "cap " not in f"{text} ":
        hat = colours["hat"]
        parts.append(
            pen.path(
                f"M{fmt(-head_r * 1.05)},{fmt(head_y - head_r * 0.45)}Q0,{fmt(head_y - head_r * 1.65)} "
                f"{fmt(head_r * 1.05)},{fmt(head_y - head_r * 0.45)}Z",
                hat,
            )
        )
        parts.append(
            pen.rect(
                -head_r * 1.2,
                head_y - head_r * 0.55,
                head_r * 2.4,
                head_r * 0.2,
                head_r * 0.1,
                shade(hat, -0.15),
            )
        )
    return "".join(parts)


def collar(pen: Pen, colour: str, y: float, half: float) -> str:
    """A pet's collar with a round golden tag."""
    return pen.rect(-half, y - 10, half * 2, 20, 10, colour) + pen.ellipse(0, y + 22, 12, 12, "#f2c14e")
