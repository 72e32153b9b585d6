"""Animals, dragons, robots and any other creature, drawn from their bible colours."""

from __future__ import annotations

import math

from storyloom.render.illustrator.faces import INK, face
from storyloom.render.illustrator.garments import (
    TORSO_GARMENTS,
    collar,
    head_garments,
    torso_garments,
    wears_a_shirt,
    wears_glasses,
)
from storyloom.render.illustrator.pen import Pen
from storyloom.render.illustrator.poses import pose_shape
from storyloom.render.illustrator.species import (
    HEAD_LIFT,
    NO_MUZZLE,
    body_back,
    body_marks,
    chin,
    ears,
    head_extras,
)
from storyloom.render.illustrator.svg import fmt, mix, shade, stable_seed
from storyloom.story.schema import VisualBible


def _palette(bible: VisualBible) -> tuple[str, str, str, str]:
    colours = bible.colours
    fur = colours.get("fur", colours["skin"])
    belly = colours.get("belly", mix(fur, "#fff6e6", 0.6))
    outfit = colours["outfit"]
    accent = colours.get("accent", colours.get("hair", shade(outfit, -0.3)))
    return fur, belly, outfit, accent


def _arms(pen: Pen, fur: str, shoulder: float, spread: float, pose: str, paw: str) -> str:
    shape = pose_shape(pose)
    parts = []
    for side, (px, py) in ((-1, shape.left_hand), (1, shape.right_hand)):
        hx = px + side * (spread - 70) * (1 if side * px > 0 else -1)
        hy = shoulder + (py + 215)
        parts.append(pen.limb(side * (spread - 20), shoulder + 10, hx, hy, 30, fur))
        parts.append(pen.ellipse(hx, hy, 17, 16, paw))
    return "".join(parts)


_HEAD_SHAPES = {
    "fox": (1.08, 0.95),
    "cat": (1.08, 0.95),
    "tiger": (1.08, 0.95),
    "horse": (0.78, 1.25),
    "pony": (0.82, 1.15),
    "unicorn": (0.8, 1.2),
    "giraffe": (0.8, 1.1),
    "camel": (0.85, 1.12),
    "deer": (0.92, 1.0),
    "goat": (0.88, 1.05),
}
"""(width, height) of each kind's head, in head radii: a horse's long face."""


def _sitting(pose: str, lower: str, upper: str) -> str:
    drop = pose_shape(pose).drop * 0.7
    if not drop:
        return lower + upper
    return lower + f'<g transform="translate(0 {fmt(drop)})">{upper}</g>'


def _turn(facing: str, r: float) -> float:
    return r * 0.24 if facing in ("left", "right") else 0.0


def _shirt(pen: Pen, outfit: str, top: float, bottom: float, half: float) -> str:
    d = (
        f"M{fmt(-half * 0.7)},{fmt(top)}Q0,{fmt(top - 12)} {fmt(half * 0.7)}"
        f",{fmt(top)}L{fmt(half)},{fmt(bottom)}"
        f"Q0,{fmt(bottom + 22)} {fmt(-half)},{fmt(bottom)}Z"
    )
    return pen.path(d, outfit)


def draw_animal(pen: Pen, bible: VisualBible, kind: str, mood: str, pose: str, facing: str = "front") -> str:
    """A standing animal in a shirt of its outfit colour (fox, bear, rabbit, cat, dog, mouse, lion and
    the kinds `species` adds; bare but for what the customer wrote when that is accessories only), in
    `pose`, its face turned towards `facing`."""
    fur, belly, outfit, accent = _palette(bible)
    dark = shade(fur, -0.35)
    lift = HEAD_LIFT.get(kind, 0.0)
    head_y, head_r = -285 - lift, 88
    shape = pose_shape(pose)
    back = body_back(pen, kind, fur, belly)
    parts = [back if back is not None else _tail(pen, kind, fur, belly)]
    lower = []
    for side, (fx, fy) in ((-1, shape.left_foot), (1, shape.right_foot)):
        fx, fy = fx * 1.3, min(fy, -20)
        lower.append(pen.limb(side * 34, -90 + shape.drop * 0.7, fx, fy, 36, fur))
        lower.append(pen.ellipse(fx + side * 8, fy + 6, 32, 16, dark if kind == "fox" else shade(fur, -0.15)))
    if lift:
        parts.append(pen.rect(-28, head_y + 40, 56, -head_y - 200, 24, fur))
        parts.append(body_marks(pen, "giraffe", fur) if kind == "giraffe" else "")
    parts.append(pen.ellipse(0, -140, 84, 100, fur))
    parts.append(pen.ellipse(0, -115, 52, 62, belly if kind != "cow" else fur))
    parts.append(body_marks(pen, kind, fur))
    if wears_a_shirt(bible.colours):
        parts.append(_shirt(pen, outfit, -210, -140, 82))
    parts.append(torso_garments(pen, bible.colours, -210, -140, 70))
    parts.append(_arms(pen, fur, -205, 70, pose, dark if kind == "fox" else fur))
    own_ears = ears(pen, kind, fur, belly, head_y, head_r, bible)
    parts.append(
        own_ears if own_ears is not None else _ears(pen, kind, fur, belly, dark, head_y, head_r, bible)
    )
    head_w, head_h = _HEAD_SHAPES.get(kind, (1.0, 0.95))
    parts.append(
        pen.ellipse(0, head_y + head_r * (head_h - 0.95) * 0.6, head_r * head_w, head_r * head_h, fur)
    )
    parts.append(head_extras(pen, kind, fur, belly, head_y, head_r))
    muzzle_colour = belly if kind not in ("cat", "tiger") else mix(fur, "#ffffff", 0.45)
    if facing == "back":
        parts.append(_neckwear(pen, bible, accent, head_y + head_r * (0.9 + (head_h - 0.95) * 1.9)))
        return _sitting(pose, "".join(lower), "".join(parts))
    turn = _turn(facing, head_r)
    if kind in NO_MUZZLE:
        pass
    elif kind == "fox":
        parts.append(
            pen.path(
                f"M{fmt(-head_r * 1.05)},{fmt(head_y + 10)}Q{fmt(-head_r * 0.4)},{fmt(head_y + 10)} 0,"
                f"{fmt(head_y + head_r * 0.95)}Q{fmt(head_r * 0.4)},{fmt(head_y + 10)} "
                f"{fmt(head_r * 1.05)},{fmt(head_y + 10)}Q{fmt(head_r * 0.8)},{fmt(head_y + head_r * 0.8)}"
                f" 0,{fmt(head_y + head_r * 0.95)}Q{fmt(-head_r * 0.8)},{fmt(head_y + head_r * 0.8)} "
                f"{fmt(-head_r * 1.05)},{fmt(head_y + 10)}Z",
                belly,
            )
        )
    else:
        parts.append(pen.ellipse(turn, head_y + head_r * 0.42, head_r * 0.42, head_r * 0.3, muzzle_colour))
    if kind == "dog":
        parts.append(dog_ears_front(pen, fur, head_y, head_r))
    if kind != "frog":
        parts.append(face(pen, turn, head_y, head_r * 0.95, mood, glasses=wears_glasses(bible)))
    else:
        parts.append(pen.ellipse(0, head_y + head_r * 0.35, head_r * 0.1, head_r * 0.06, "#f28b8b"))
    nose = "#f48fb1" if kind in ("rabbit", "cat", "mouse") else INK
    if kind not in NO_MUZZLE:
        parts.append(pen.ellipse(turn, head_y + head_r * 0.28, head_r * 0.12, head_r * 0.08, nose))
    if kind in ("cat", "mouse", "rabbit", "tiger"):
        for side in (-1, 1):
            for dy in (-6, 6):
                parts.append(
                    pen.line(
                        f"M{fmt(side * head_r * 0.35)},{fmt(head_y + head_r * 0.35 + dy)}"
                        f"l{fmt(side * head_r * 0.5)},{fmt(dy * 1.5)}",
                        INK,
                        2.5,
                        opacity=0.7,
                    )
                )
    parts.append(_neckwear(pen, bible, accent, head_y + head_r * (0.9 + (head_h - 0.95) * 1.9)))
    parts.append(chin(pen, kind, fur, head_y, head_r))
    parts.append(head_garments(pen, bible.colours, head_y - head_r * 0.25, head_r * 0.9, ""))
    return _sitting(pose, "".join(lower), "".join(parts))


def _tail(pen: Pen, kind: str, fur: str, belly: str) -> str:
    if kind == "fox":
        return pen.path("M50,-100C170,-120 210,-260 150,-300C140,-220 110,-160 40,-150Z", fur) + pen.path(
            "M150,-300C175,-275 180,-240 168,-215C150,-240 140,-270 150,-300Z", "#fffaf0"
        )
    if kind == "rabbit":
        return pen.ellipse(80, -80, 30, 28, "#fffaf0")
    if kind in ("cat", "lion"):
        tip = "" if kind == "cat" else pen.ellipse(172, -255, 18, 22, shade(fur, -0.35))
        return pen.line("M60,-90C150,-90 150,-200 170,-240", fur, 22) + tip
    if kind == "dog":
        return pen.line("M60,-110Q120,-130 130,-190", fur, 20)
    if kind == "mouse":
        return pen.line("M60,-70C160,-60 190,-150 150,-180", "#f4a6b8", 8)
    return pen.ellipse(75, -90, 22, 20, fur)


def _ears(
    pen: Pen, kind: str, fur: str, belly: str, dark: str, y: float, r: float, bible: VisualBible
) -> str:
    parts = []
    if kind == "lion":
        mane = bible.colours.get("hair", bible.colours.get("mane", shade(fur, -0.25)))
        for k in range(12):
            a = k * math.tau / 12
            parts.append(
                pen.ellipse(math.cos(a) * r * 0.95, y + math.sin(a) * r * 0.95, r * 0.42, r * 0.42, mane)
            )
    for side in (-1, 1):
        if kind in ("fox", "cat"):
            tip_colour = dark if kind == "fox" else fur
            parts.append(
                pen.path(
                    f"M{fmt(side * r * 0.25)},{fmt(y - r * 0.7)}L{fmt(side * r * 0.95)},{fmt(y - r * 1.45)}"
                    f"L{fmt(side * r * 1.0)},{fmt(y - r * 0.3)}Z",
                    tip_colour,
                )
            )
            parts.append(
                pen.path(
                    f"M{fmt(side * r * 0.42)},{fmt(y - r * 0.68)}L{fmt(side * r * 0.88)},"
                    f"{fmt(y - r * 1.2)}L{fmt(side * r * 0.9)},{fmt(y - r * 0.45)}Z",
                    "#f7c6c7",
                )
            )
        elif kind == "rabbit":
            parts.append(
                pen.ellipse(
                    side * r * 0.4,
                    y - r * 1.45,
                    r * 0.26,
                    r * 0.85,
                    fur,
                    transform=f"rotate({side * 10} {fmt(side * r * 0.4)} {fmt(y - r * 0.8)})",
                )
            )
            parts.append(
                pen.ellipse(
                    side * r * 0.4,
                    y - r * 1.45,
                    r * 0.12,
                    r * 0.6,
                    "#f7c6c7",
                    transform=f"rotate({side * 10} {fmt(side * r * 0.4)} {fmt(y - r * 0.8)})",
                )
            )
        elif kind == "mouse":
            parts.append(pen.ellipse(side * r * 0.85, y - r * 0.8, r * 0.55, r * 0.55, fur))
            parts.append(pen.ellipse(side * r * 0.85, y - r * 0.8, r * 0.34, r * 0.34, "#f7c6c7"))
        else:
            parts.append(pen.ellipse(side * r * 0.72, y - r * 0.72, r * 0.32, r * 0.32, fur))
            parts.append(pen.ellipse(side * r * 0.72, y - r * 0.72, r * 0.17, r * 0.17, belly))
    return "".join(parts) if kind != "dog" else ""


def dog_ears_front(pen: Pen, fur: str, y: float, r: float) -> str:
    dark = shade(fur, -0.35)
    return "".join(
        pen.ellipse(
            side * r * 0.95,
            y + r * 0.1,
            r * 0.3,
            r * 0.62,
            dark,
            transform=f"rotate({side * -15} {fmt(side * r * 0.95)} {fmt(y)})",
        )
        for side in (-1, 1)
    )


def _neckwear(pen: Pen, bible: VisualBible, accent: str, y: float) -> str:
    text = f"{bible.outfit} {bible.distinguishing_marks}".lower()
    if "collar" in bible.colours:
        return collar(pen, bible.colours["collar"], y, 62)
    if "scarf" in text or "scarf" in bible.colours:  # "a red scarf", "une écharpe rouge", "ein roter Schal"
        scarf = bible.colours.get("scarf", accent)
        return pen.rect(-60, y - 10, 120, 28, 12, scarf) + pen.rect(20, y, 26, 70, 8, scarf)
    if "bow" in text or "collar" in text or "bow" in bible.colours:
        bow = bible.colours.get("bow", bible.colours.get("collar", accent))
        return pen.path(f"M0,{fmt(y + 10)}l-34,-20v40Z M0,{fmt(y + 10)}l34,-20v40Z", bow)
    return ""


def draw_bird(pen: Pen, bible: VisualBible, mood: str, pose: str, kind: str = "owl") -> str:
    """An owl, penguin, duck, chicken or another bird: an egg-shaped body, wings, a beak of its kind
    and a scarf in the outfit colour."""
    fur, belly, outfit, accent = _palette(bible)
    if kind == "penguin":
        belly = "#ffffff"
    scarf = "" if bible.outfit == "nothing" else bible.colours.get("scarf", outfit)  # a bystander wears none
    coat = {name: bible.colours[name] for name in TORSO_GARMENTS if name in bible.colours}
    if coat and "scarf" not in bible.colours:
        scarf = ""  # a yellow raincoat is drawn as a raincoat, not as a yellow scarf
    if kind == "gull":
        return draw_gull(pen, scarf, coat, mood, pose)
    if kind == "goose":
        return draw_goose(pen, fur, scarf, coat, mood, pose)
    if kind != "owl":
        return _plain_bird(pen, kind, fur, belly, scarf, mood, pose, coat)
    parts = []
    for side in (-1, 1):
        parts.append(pen.path(f"M{fmt(side * 30)},-6l{fmt(side * -14)},8h{fmt(side * 52)}Z", "#f0a04b"))
    parts.append(pen.ellipse(0, -190, 125, 185, fur))
    parts.append(pen.ellipse(0, -130, 80, 110, belly))
    for k in range(3) if not coat else ():
        for j in range(-1, 2):
            parts.append(
                pen.line(f"M{fmt(j * 30 - 10)},{fmt(-170 + k * 40)}q10,10 20,0", shade(belly, -0.2), 3)
            )
    parts.append(bird_garments(pen, coat, -290, -140, 112))  # an owl's raincoat, as a duck's
    wave = pose == "wave"
    for side in (-1, 1):
        lift = -70 if wave and side == 1 else 0
        parts.append(
            pen.path(
                f"M{fmt(side * 110)},{fmt(-240 + lift)}Q{fmt(side * 175)},{fmt(-160 + lift)} "
                f"{fmt(side * 105)},{fmt(-70 + lift / 2)}Q{fmt(side * 95)},{fmt(-160)} {fmt(side * 110)},"
                f"{fmt(-240 + lift)}Z",
                shade(fur, -0.18),
            )
        )
        parts.append(pen.path(f"M{fmt(side * 50)},-330L{fmt(side * 95)},-400L{fmt(side * 105)},-310Z", fur))
        parts.append(pen.ellipse(side * 48, -270, 44, 44, mix(belly, "#ffffff", 0.4)))
    parts.append(face(pen, 0, -255, 120, mood, INK, glasses=wears_glasses(bible)))
    parts.append(pen.path("M-14,-250L14,-250L0,-222Z", "#f0a04b"))
    parts.append(bird_scarf(pen, scarf, -182, 104) if scarf else "")
    return "".join(parts)


def bird_scarf(pen: Pen, colour: str, neck: float, half: float) -> str:
    """A scarf wrapped round a bird's neck, `neck` the line where its head meets its body and `half`
    the neck's half width: a band curved like the chin that overlaps the head's lower edge (no gap, not
    over the beak), knotted at one side with two ends hanging down the chest."""
    band = pen.path(
        f"M{fmt(-half)},{fmt(neck - 20)}Q0,{fmt(neck + 16)} {fmt(half)},{fmt(neck - 20)}"
        f"L{fmt(half * 1.04)},{fmt(neck + 6)}Q0,{fmt(neck + 46)} {fmt(-half * 1.04)},{fmt(neck + 6)}Z",
        colour,
    )
    ends = pen.path(
        f"M{fmt(half * 0.42)},{fmt(neck + 10)}l{fmt(half * 0.3)},-4l{fmt(half * 0.06)},74"
        f"l{fmt(-half * 0.32)},6Z",
        shade(colour, -0.08),
    ) + pen.path(
        f"M{fmt(half * 0.36)},{fmt(neck + 14)}l{fmt(half * 0.2)},4l{fmt(-half * 0.16)},64"
        f"l{fmt(-half * 0.26)},-8Z",
        colour,
    )
    knot = pen.ellipse(half * 0.5, neck + 14, half * 0.17, 16, shade(colour, -0.12))
    return f'<g id="scarf">{band}{ends}{knot}</g>'


GULL_WHITE, GULL_GREY, GULL_BEAK = "#f6f6f3", "#a9b3bc", "#f2c12e"
"""A gull's own colours, whatever its bible says: white body and head, pale grey wings, yellow beak."""


def bird_garments(pen: Pen, coat: dict[str, str], shoulder: float, waist: float, half: float) -> str:
    """What a customer wrote a bird wears over its body (a raincoat, a cardigan, a backpack), in its
    own colour, as a character's clothes are drawn, each in `<g id="garment-NAME">`."""
    parts = []
    for name, colour in coat.items():
        drawn = torso_garments(pen, {"outfit": "", name: colour}, shoulder, waist, half)
        parts.append(f'<g id="garment-{name}">{drawn}</g>')
    return "".join(parts)


def draw_gull(pen: Pen, scarf: str, coat: dict[str, str], mood: str, pose: str) -> str:
    """A gull friend standing on two legs, as the gulls over the sea are drawn: a long white body
    carried level with a pointed tail, long pale grey folded wings with black tips, a round white head
    on a neck, a long yellow beak with its red spot, thin legs with webbed feet; what it wears over its
    body, or its scarf, in its own colour. Facing +x; 400 units tall."""
    wings_up = pose_shape(pose).right_hand[1] < -250
    resting = pose != "swim" and pose_shape(pose).lying
    legs = "".join(
        pen.line(f"M{fmt(x)},-118L{fmt(x + 4)},-10", GULL_LEGS, 13)
        + pen.path(f"M{fmt(x + 4)},-14l-24,14h58Z", GULL_LEGS)
        for x in (-34, 30)
    )
    tail = pen.path("M-120,-215L-235,-170L-222,-150L-110,-150Z", GULL_WHITE)
    body = pen.path(
        "M-140,-200C-130,-275 40,-300 110,-250C150,-215 125,-130 40,-112C-40,-100 -130,-130 -140,-200Z",
        GULL_WHITE,
    )
    chest = pen.ellipse(58, -188, 62, 66, "#ffffff")
    clothes = bird_garments(pen, coat, -262, -170, 112)
    lift = -90 if wings_up else 0
    wing = pen.path(
        f"M60,{fmt(-250 + lift * 0.3)}C0,{fmt(-290 + lift)} -120,{fmt(-255 + lift)} -230,{fmt(-205 + lift)}"
        f"C-160,{fmt(-185 + lift * 0.5)} -60,-165 40,-185Z",
        GULL_GREY,
    )
    tips = pen.path(
        f"M-170,{fmt(-222 + lift * 0.9)}L-230,{fmt(-205 + lift)}L-176,{fmt(-196 + lift * 0.6)}Z", "#2e3440"
    ) + pen.ellipse(-200, -208 + lift * 0.9, 6, 5, "#ffffff")
    neck = pen.ellipse(78, -268, 44, 52, GULL_WHITE)
    head_x, head_y = 92.0, -318.0
    head = pen.ellipse(head_x, head_y, 72, 66, GULL_WHITE)
    beak = pen.path(
        f"M{fmt(head_x + 52)},{fmt(head_y + 6)}L{fmt(head_x + 132)},{fmt(head_y + 14)}"
        f"Q{fmt(head_x + 140)},{fmt(head_y + 22)} {fmt(head_x + 126)},{fmt(head_y + 28)}"
        f"L{fmt(head_x + 50)},{fmt(head_y + 28)}Z",
        GULL_BEAK,
    ) + pen.ellipse(head_x + 112, head_y + 25, 7, 6, "#d8452f")
    parts = [
        "" if resting else f'<g id="gull-legs">{legs}</g>',
        tail,
        body,
        chest,
        clothes,
        f'<g id="gull-wing">{wing}{tips}</g>',
        neck,
        head,
        face(pen, head_x - 6, head_y - 4, 64, mood),
        f'<g id="gull-beak">{beak}</g>',
        bird_scarf(pen, scarf, head_y + 66, 58) if scarf else "",
    ]
    if resting:
        # settled on its belly on the ground to rest or sleep, legs tucked under it
        return f'<g id="gull" data-resting="true"><g transform="translate(0 108)">{"".join(parts)}</g></g>'
    return f'<g id="gull">{"".join(parts)}</g>'


GULL_LEGS = "#f0b86a"
GOOSE_ORANGE = "#ef8a2a"


def draw_goose(pen: Pen, fur: str, scarf: str, coat: dict[str, str], mood: str, pose: str) -> str:
    """A goose (or a swan): a plump body carried level with a short upturned tail, folded wings a
    shade darker, a pale belly, a long neck curving up to a small head with an orange beak, orange
    legs with webbed feet; never a round duckling. Facing +x; 400 units tall."""
    wings_up = pose_shape(pose).right_hand[1] < -250
    resting = pose != "swim" and pose_shape(pose).lying
    wing_colour, belly = shade(fur, -0.18), mix(fur, "#ffffff", 0.55)
    legs = "".join(
        pen.line(f"M{fmt(x)},-112L{fmt(x + 2)},-10", GOOSE_ORANGE, 14)
        + pen.path(f"M{fmt(x + 2)},-16l-26,16h62Z", GOOSE_ORANGE)
        for x in (-40, 26)
    )
    tail = pen.path("M-140,-205L-215,-250L-205,-190L-130,-160Z", wing_colour)
    body = pen.path(
        "M-150,-190C-150,-270 20,-290 100,-240C150,-205 120,-120 30,-105C-60,-95 -150,-120 -150,-190Z", fur
    )
    chest = pen.ellipse(40, -160, 80, 52, belly)
    clothes = bird_garments(pen, coat, -262, -150, 104)
    lift = -90 if wings_up else 0
    wing = pen.path(
        f"M70,{fmt(-235 + lift * 0.3)}C10,{fmt(-280 + lift)} -110,{fmt(-260 + lift)} -175,{fmt(-215 + lift)}"
        f"C-110,{fmt(-170 + lift * 0.5)} -20,-160 50,-185Z",
        wing_colour,
    )
    feathers = pen.line(
        f"M-120,{fmt(-212 + lift * 0.8)}q40,10 80,-6M-80,{fmt(-230 + lift * 0.9)}q40,8 80,-4",
        shade(fur, -0.3),
        5,
    )
    neck = pen.line("M80,-235C110,-290 70,-330 95,-372", fur, 56)
    head_x, head_y = 104.0, -384.0
    head = pen.ellipse(head_x, head_y, 50, 42, fur)
    beak = pen.path(
        f"M{fmt(head_x + 36)},{fmt(head_y - 6)}L{fmt(head_x + 98)},{fmt(head_y + 8)}"
        f"Q{fmt(head_x + 104)},{fmt(head_y + 16)} {fmt(head_x + 92)},{fmt(head_y + 20)}"
        f"L{fmt(head_x + 34)},{fmt(head_y + 20)}Z",
        GOOSE_ORANGE,
    )
    parts = [
        "" if resting else f'<g id="goose-legs">{legs}</g>',
        tail,
        body,
        chest,
        clothes,
        f'<g id="goose-wing">{wing}{feathers}</g>',
        f'<g id="goose-neck">{neck}</g>',
        head,
        face(pen, head_x - 4, head_y - 4, 46, mood),
        f'<g id="goose-beak">{beak}</g>',
        bird_scarf(pen, scarf, -262, 40) if scarf else "",
    ]
    if resting:
        return f'<g id="goose" data-resting="true"><g transform="translate(0 104)">{"".join(parts)}</g></g>'
    return f'<g id="goose">{"".join(parts)}</g>'


def _plain_bird(
    pen: Pen, kind: str, fur: str, belly: str, scarf: str, mood: str, pose: str, coat: dict[str, str]
) -> str:
    wings_up = pose_shape(pose).right_hand[1] < -250
    feet = "#f0a04b"
    wing = shade(fur, -0.15)
    parts = []
    resting = pose != "swim" and pose_shape(pose).lying  # settled on its belly: feet tucked under
    for side in (-1, 1) if not resting else ():
        parts.append(pen.path(f"M{fmt(side * 30)},-6l{fmt(side * -14)},8h{fmt(side * 52)}Z", feet))
    parts.append(pen.ellipse(0, -170, 120, 165, fur))
    parts.append(
        pen.ellipse(0, -130 if kind != "penguin" else -150, 82, 120 if kind != "penguin" else 140, belly)
    )
    parts.append(bird_garments(pen, coat, -262, -150, 104))
    for side in (-1, 1):
        lift = -80 if wings_up and side == 1 else 0
        parts.append(
            pen.path(
                f"M{fmt(side * 108)},{fmt(-230 + lift)}Q{fmt(side * 170)},{fmt(-150 + lift)} "
                f"{fmt(side * 120)},{fmt(-60 + lift / 2)}"
                f"Q{fmt(side * 100)},-150 {fmt(side * 108)},{fmt(-230 + lift)}Z",
                wing,
            )
        )
    head_y = -300
    parts.append(pen.ellipse(0, head_y, 95, 88, fur))
    if kind == "penguin":
        parts.append(
            pen.ellipse(-32, head_y + 10, 34, 38, "#ffffff") + pen.ellipse(32, head_y + 10, 34, 38, "#ffffff")
        )
    if kind == "chicken":
        for k in range(3):
            parts.append(pen.ellipse(-24 + k * 24, head_y - 88, 18, 22, "#e0302e"))
        parts.append(pen.ellipse(8, head_y + 62, 12, 20, "#e0302e"))
    if kind == "bird":
        parts.append(pen.path(f"M-10,{head_y - 84}q10,-40 30,-36q-6,20 -10,38Z", shade(fur, -0.2)))
    parts.append(face(pen, 0, head_y - 5, 85, mood))
    if kind == "duck":
        parts.append(pen.ellipse(0, head_y + 38, 52, 20, "#f08a24"))
        parts.append(pen.line(f"M-44,{head_y + 38}h88", shade("#f08a24", -0.3), 3))
    else:
        parts.append(pen.path(f"M-16,{head_y + 20}L16,{head_y + 20}L0,{head_y + 52}Z", "#f0a04b"))
    parts.append(bird_scarf(pen, scarf, head_y + 84, 80) if scarf else "")
    return "".join(parts)


def draw_dragon(pen: Pen, bible: VisualBible, mood: str, pose: str, wings_on: bool = True) -> str:
    """A friendly dragon (wings, a striped belly, little horns, a spiky tail and a scarf), or without
    wings and with plates along its back, a dinosaur."""
    scales, belly, outfit, accent = _palette(bible)
    belly = bible.colours.get("belly", mix(scales, "#ffe9a8", 0.6))
    wings = bible.colours.get("wings", shade(scales, -0.2))
    parts = []
    if not wings_on:
        for k in range(6):
            a = math.pi * (1.15 + k * 0.14)
            x, y = math.cos(a) * 110, -160 + math.sin(a) * 190
            parts.append(
                pen.path(
                    f"M{fmt(x - 22)},{fmt(y + 6)}l{fmt(22 + math.cos(a) * 30)},{fmt(-50)}l22,44Z", accent
                )
            )
    for side in (-1, 1) if wings_on else ():
        parts.append(
            pen.path(
                f"M{fmt(side * 40)},-220C{fmt(side * 160)},-330 {fmt(side * 230)},-300 {fmt(side * 240)},"
                f"-230C{fmt(side * 200)},-240 {fmt(side * 190)},-200 "
                f"{fmt(side * 160)},-200C{fmt(side * 140)},"
                f"-200 {fmt(side * 120)},-170 {fmt(side * 60)},-160Z",
                wings,
            )
        )
    parts.append(
        pen.path(
            "M50,-70C160,-50 230,-80 240,-150L215,-130L225,-175L195,-120C160,-90 110,-95 60,-110Z", scales
        )
    )
    for side in (-1, 1):
        parts.append(pen.limb(side * 40, -80, side * 44, -20, 44, scales))
        parts.append(pen.ellipse(side * 50, -14, 36, 16, shade(scales, -0.15)))
    parts.append(pen.ellipse(0, -140, 95, 110, scales))
    parts.append(pen.ellipse(0, -125, 58, 82, belly))
    for k in range(4):
        parts.append(pen.line(f"M-40,{fmt(-170 + k * 28)}q40,12 80,0", shade(belly, -0.2), 4))
    parts.append(_arms(pen, scales, -200, 78, pose, scales))
    for k in range(3):
        parts.append(pen.path(f"M{fmt(-22 + k * 22)},-375l11,-28l11,28Z", accent))
    for side in (-1, 1):
        parts.append(pen.path(f"M{fmt(side * 45)},-350l{fmt(side * 12)},-50l{fmt(side * 18)},44Z", "#fff3d6"))
    parts.append(pen.ellipse(0, -290, 90, 82, scales))
    parts.append(pen.ellipse(0, -250, 60, 38, mix(scales, "#ffffff", 0.25)))
    for side in (-1, 1):
        parts.append(f'<circle cx="{fmt(side * 18)}" cy="-258" r="5" fill="{INK}"/>')
    parts.append(face(pen, 0, -300, 80, mood, glasses=wears_glasses(bible)))
    parts.append(pen.rect(-80, -222, 160, 28, 12, outfit) + pen.rect(28, -212, 28, 70, 8, outfit))
    return "".join(parts)


def draw_robot(pen: Pen, bible: VisualBible, mood: str, pose: str) -> str:
    """A round-cornered robot: metal in the skin colour, a chest panel in the outfit colour."""
    metal = bible.colours["skin"]
    outfit = bible.colours["outfit"]
    accent = bible.colours.get("accent", bible.colours.get("eyes", "#ff6f61"))
    dark = shade(metal, -0.3)
    parts = []
    for side in (-1, 1):
        parts.append(pen.rect(side * 40 - 16, -90, 32, 76, 10, dark))
        parts.append(pen.rect(side * 40 - 30, -22, 60, 22, 10, metal))
    shape = pose_shape(pose)
    for side, (px, py) in ((-1, shape.left_hand), (1, shape.right_hand)):
        hx, hy = px * 1.5 if abs(px) > 60 else side * 125, py + 10
        parts.append(pen.limb(side * 90, -200, hx, hy, 22, dark))
        parts.append(pen.ellipse(hx, hy, 20, 20, metal))
    parts.append(pen.rect(-95, -230, 190, 150, 30, metal))
    parts.append(pen.rect(-60, -205, 120, 95, 16, outfit))
    for k, colour in enumerate(("#ffd54f", accent, "#80deea")):
        parts.append(f'<circle cx="{fmt(-30 + k * 30)}" cy="-160" r="11" fill="{colour}"/>')
    parts.append(pen.rect(-20, -250, 40, 24, 6, dark))
    parts.append(pen.line("M0,-360v-40", dark, 8))
    parts.append(pen.ellipse(0, -405, 16, 16, accent))
    parts.append(pen.rect(-90, -365, 180, 120, 34, metal))
    parts.append(pen.rect(-70, -345, 140, 80, 22, "#26324a"))
    for side in (-1, 1):
        parts.append(pen.ellipse(side * 125 / 1.3, -305, 12, 24, dark))
    glow = "#7df9ff"
    parts.append(
        f'<circle cx="-30" cy="-312" r="13" fill="{glow}"/><circle cx="30" cy="-312" r="13" fill="{glow}"/>'
    )
    parts.append(pen.line("M-24,-285q24,16 48,0", glow, 6))
    return "".join(parts)


def draw_creature(pen: Pen, bible: VisualBible, mood: str, pose: str, alien: bool = False) -> str:
    """Any creature we have no drawing for: a round friendly body whose ears follow from its species;
    an alien always has antennae and a third eye."""
    fur, belly, outfit, accent = _palette(bible)
    variant = 0 if alien else stable_seed(bible.species.lower()) % 3
    parts = []
    for side in (-1, 1):
        parts.append(pen.ellipse(side * 45, -16, 34, 18, shade(fur, -0.2)))
        if variant == 0:
            parts.append(
                pen.line(
                    f"M{fmt(side * 40)},-300q{fmt(side * 10)},-70 {fmt(side * 40)},-100", shade(fur, -0.3), 8
                )
            )
            parts.append(pen.ellipse(side * 80, -400, 18, 18, accent))
        elif variant == 1:
            parts.append(
                pen.path(f"M{fmt(side * 50)},-320l{fmt(side * 40)},-70l{fmt(side * 10)},80Z", accent)
            )
        else:
            parts.append(pen.ellipse(side * 90, -320, 34, 34, fur))
    parts.append(pen.ellipse(0, -175, 120, 170, fur))
    parts.append(pen.ellipse(0, -120, 74, 90, belly))
    parts.append(_arms(pen, fur, -200, 100, pose, fur))
    parts.append(face(pen, 0, -250, 90, mood, glasses=wears_glasses(bible)))
    if alien:
        parts.append(pen.ellipse(0, -318, 22, 24, "#ffffff") + pen.ellipse(0, -316, 11, 13, INK))
    parts.append(pen.rect(-100, -185, 200, 30, 14, outfit))
    parts.append(pen.rect(40, -175, 30, 80, 10, outfit))
    return "".join(parts)


def draw_broken_robot(pen: Pen, bible: VisualBible) -> str:
    """The robot a story must mend, as a broken thing rather than a friend walking along: slumped on the
    ground with its legs splayed and its head drooping, the lid of its head flipped open with a spring
    popping out and a spark, lights out, crossed-out eyes, one arm fallen off, a wrench beside it.
    Figure units (feet at y=0), lower than a standing robot."""
    metal = bible.colours["skin"]
    outfit = bible.colours["outfit"]
    dark = shade(metal, -0.3)
    parts = []
    for side in (-1, 1):  # legs splayed forward on the ground
        parts.append(pen.limb(side * 40, -60, side * 120, -18, 30, dark))
        parts.append(pen.ellipse(side * 132, -16, 30, 16, metal))
    loose = pen.limb(150, -10, 235, -30, 20, dark) + pen.ellipse(245, -32, 18, 18, metal)
    parts.append(f'<g id="loose-arm">{loose}</g>')
    body = [
        pen.limb(-88, -170, -130, -40, 22, dark),  # the one arm left, hanging limp to the ground
        pen.ellipse(-132, -34, 18, 18, metal),
        pen.rect(-90, -200, 180, 150, 30, metal),
        pen.rect(-58, -178, 116, 92, 16, shade(outfit, -0.25)),
    ]
    body.extend(f'<circle cx="{fmt(-28 + k * 28)}" cy="-132" r="10" fill="#5b6470"/>' for k in range(3))
    body.append(pen.rect(-20, -220, 40, 24, 6, dark))
    head = [
        pen.rect(-88, -330, 176, 114, 32, metal),
        pen.rect(-68, -312, 136, 76, 20, "#26324a"),
        pen.line("M-44,-290l20,20M-24,-290l-20,20M24,-290l20,20M44,-290l-20,20", "#8a94a3", 6),
        pen.line("M-22,-250q11,-8 22,0t22,0", "#8a94a3", 5),
    ]
    lid = pen.rect(-88, -346, 176, 22, 10, dark, transform="rotate(-38 -88 -330)")
    spring = pen.line("M10,-332l-18,-14l32,-12l-32,-12l32,-12l-32,-12l24,-12", "#c9ced6", 7)
    spark = pen.path(
        "M60,-380l10,-26l6,24l24,-8l-18,18l22,12l-26,0l-6,24l-8,-24l-24,6l18,-16l-18,-14Z", "#ffd54f"
    ) + pen.line("M104,-408l14,-12M112,-370l20,2", "#ff9f43", 5)
    body.append(
        f'<g transform="rotate(-16 0 -216)">{"".join(head)}<g id="lid">{lid}</g>'
        f'<g id="spring">{spring}<circle cx="34" cy="-418" r="9" fill="#c9ced6"/></g>'
        f'<g id="spark">{spark}</g></g>'
    )
    parts.append(f'<g transform="rotate(10 0 -50)">{"".join(body)}</g>')
    wrench = pen.rect(-70, 6, 110, 18, 9, "#6f7a86") + pen.path(
        "M34,15C34,-12 66,-20 84,-6L62,2L62,28L84,36C66,50 34,42 34,15Z", "#6f7a86"
    )
    parts.append(f'<g id="wrench">{wrench}</g>')
    return f'<g id="broken-robot">{"".join(parts)}</g>'
