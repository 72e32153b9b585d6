"""Eyes, mouths and cheeks: one face, changed by the scene's mood."""

from __future__ import annotations

from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.svg import fmt

INK = "#2b2233"

_MOODS = (
    ("sleep", ("sleepy", "sleep", "dream", "tired", "yawn", "bedtime")),
    ("sad", ("sad", "worried", "lonely", "upset", "scared", "afraid", "nervous", "cry")),
    ("wow", ("surprise", "amazed", "wonder", "curious", "astonish", "awe", "wow", "mysterious")),
)


def expression(mood: str) -> str:
    """`happy`, `sleep`, `sad` or `wow` for a mood in words."""
    lowered = mood.lower()
    for name, words in _MOODS:
        if any(word in lowered for word in words):
            return name
    return "happy"


def face(
    pen: Pen, cx: float, cy: float, size: float, mood: str, eye_colour: str = INK, glasses: bool = False
) -> str:
    """A friendly face centred on (cx, cy); `size` is the head radius; round glasses over the eyes when
    the character wears them."""
    kind = expression(mood)
    ex, ey, er = size * 0.36, cy - size * 0.05, size * 0.11
    parts = []
    eyes = []
    for side in (-1, 1):
        x = cx + side * ex
        if kind == "sleep":
            parts.append(
                pen.line(f"M{fmt(x - er)},{fmt(ey)}q{fmt(er)},{fmt(er)} {fmt(2 * er)},0", INK, size * 0.05)
            )
        else:
            r = er * (1.25 if kind == "wow" else 1.0)
            if eye_colour != INK:
                # a coloured iris shows on a white, so the eye colour reads on every skin tone
                eyes.append(
                    f'<ellipse cx="{fmt(x)}" cy="{fmt(ey)}" rx="{fmt(r * 1.4)}'
                    f'" ry="{fmt(r * 1.5)}" fill="#fffdf8" stroke="{INK}" stroke-width="{fmt(size * 0.02)}"/>'
                )
            eyes.append(
                f'<ellipse cx="{fmt(x)}" cy="{fmt(ey)}" rx="{fmt(r)}'
                f'" ry="{fmt(r * 1.2)}" fill="{eye_colour}"/>'
            )
            eyes.append(
                f'<circle cx="{fmt(x + r * 0.35)}" cy="{fmt(ey - r * 0.45)}'
                f'" r="{fmt(r * 0.35)}" fill="#ffffff"/>'
            )
        parts.append(
            f'<ellipse cx="{fmt(cx + side * size * 0.55)}" cy="{fmt(cy + size * 0.25)}'
            f'" rx="{fmt(size * 0.15)}" '
            f'ry="{fmt(size * 0.09)}" fill="#f28b8b" opacity="0.55"/>'
        )
    if eyes:
        parts.insert(0, f'<g id="eyes">{"".join(eyes)}</g>')
    if glasses:
        parts.append(spectacles(pen, cx, ey, size, INK, apart=ex / size, lens=0.22))
    my, mw = cy + size * 0.32, size * 0.22
    if kind == "sad":
        parts.append(
            pen.line(
                f"M{fmt(cx - mw)},{fmt(my + size * 0.08)}q{fmt(mw)},{fmt(-size * 0.14)} {fmt(2 * mw)},0",
                INK,
                size * 0.05,
            )
        )
    elif kind == "wow":
        parts.append(
            f'<ellipse cx="{fmt(cx)}" cy="{fmt(my)}" rx="{fmt(size * 0.08)}'
            f'" ry="{fmt(size * 0.11)}" fill="{INK}"/>'
        )
    elif kind == "sleep":
        parts.append(
            pen.line(
                f"M{fmt(cx - mw * 0.6)},{fmt(my)}q{fmt(mw * 0.6)},{fmt(size * 0.08)} {fmt(mw * 1.2)},0",
                INK,
                size * 0.04,
            )
        )
    else:
        parts.append(
            f'<path d="M{fmt(cx - mw)},{fmt(my - size * 0.04)}q{fmt(mw)},{fmt(size * 0.3)} {fmt(2 * mw)},0Z" '
            f'fill="{INK}"/>'
        )
        parts.append(
            f'<path d="M{fmt(cx - mw * 0.5)},{fmt(my + size * 0.08)}q{fmt(mw * 0.5)},{fmt(size * 0.08)} '
            f'{fmt(mw)},0" fill="#e86a6a"/>'
        )
    return "".join(parts)


def spectacles(
    pen: Pen,
    cx: float,
    ey: float,
    r: float,
    frame: str,
    *,
    apart: float = 0.36,
    lens: float = 0.25,
    arms: bool = False,
) -> str:
    """Round glasses over eyes `apart` * r either side of `cx` at height `ey` (r is the head's radius),
    in `frame` colour, with arms to the ears when the head is drawn wide enough to show them."""
    width = r * (0.05 if arms else 0.045)
    lenses = "".join(
        f'<circle cx="{fmt(cx + side * r * apart)}" cy="{fmt(ey)}" r="{fmt(r * lens)}" fill="#ffffff" '
        f'fill-opacity="0.18" stroke="{frame}" stroke-width="{fmt(width * 1.2 if arms else width)}"/>'
        for side in (-1, 1)
    )
    gap = r * (apart - lens)
    bridge = pen.line(
        f"M{fmt(cx - gap)},{fmt(ey)}q{fmt(gap)},{fmt(-r * 0.08)} {fmt(2 * gap)},0", frame, width
    )
    sides = "".join(
        pen.line(
            f"M{fmt(cx + side * r * (apart + lens))},{fmt(ey)}"
            f"L{fmt(cx + side * r * 0.95)},{fmt(ey - r * 0.04)}",
            frame,
            width,
        )
        for side in (-1, 1)
    )
    return f'<g id="glasses">{lenses}{bridge}{sides if arms else ""}</g>'
