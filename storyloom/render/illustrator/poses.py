"""Where hands and feet go for each pose, and how a whole figure is turned, lifted or laid down.

Coordinates are a standing child's figure units (400 tall, feet at y=0, +x the side the figure faces
when it is turned); people, animals and creatures read the same table, scaled to their own size.
"""

from __future__ import annotations

from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True)
class PoseShape:
    """Hands and feet in figure units, and the whole body's drop (sitting), lift, tilt and rotation."""

    left_hand: Point = (-82.0, -120.0)
    right_hand: Point = (82.0, -120.0)
    left_foot: Point = (-26.0, -22.0)
    right_foot: Point = (26.0, -22.0)
    drop: float = 0.0
    lift: float = 0.0
    tilt: float = 0.0
    lying: bool = False
    head_tilt: float = 0.0
    tears: bool = False


POSE_SHAPES: dict[str, PoseShape] = {
    "stand": PoseShape(),
    "walk": PoseShape((-64, -135), (96, -150), (-44, -22), (36, -36), tilt=3),
    "run": PoseShape((-110, -210), (104, -112), (-78, -46), (66, -14), tilt=9),
    "jump": PoseShape((-125, -330), (125, -330), (-52, -54), (52, -54), lift=90),
    "sit": PoseShape((-74, -60), (74, -60), (-92, -16), (92, -16), drop=80),
    "lie": PoseShape((-82, -150), (82, -150), lying=True),
    "sleep": PoseShape((-60, -200), (60, -200), lying=True),
    "reach": PoseShape((-82, -120), (135, -390), (-26, -22), (30, -30), lift=8),
    "hold": PoseShape((-36, -180), (36, -180)),
    "hug": PoseShape((70, -190), (150, -200)),
    "point": PoseShape((-82, -120), (175, -245)),
    "look-up": PoseShape((-82, -120), (70, -330), head_tilt=-14),
    "look-down": PoseShape((-60, -150), (60, -150), head_tilt=12),
    "dance": PoseShape((-135, -300), (130, -225), (-26, -22), (72, -78), tilt=-8),
    "wave": PoseShape((-82, -120), (120, -295)),
    "cry": PoseShape((-34, -285), (34, -285), tears=True, head_tilt=6),
    "laugh": PoseShape((-44, -165), (44, -165), head_tilt=-8),
    "talk": PoseShape((-82, -120), (118, -205)),
    "swim": PoseShape((-70, -360), (90, -380), (-40, -10), (30, 10), lift=40, lying=True),
    "fly": PoseShape((-160, -250), (160, -255), (-36, -30), (36, -44), lift=130, tilt=8),
    "hold-hands": PoseShape((-82, -120), (150, -150)),
    "peek": PoseShape((-40, -250), (96, -300), (-40, -22), (40, -30), tilt=14, head_tilt=-10),
}
"""One shape per pose of the scene vocabulary."""

EXPRESSION_MOODS = {
    "happy": "happy",
    "calm": "calm",
    "excited": "happy",
    "determined": "happy",
    "sad": "sad",
    "worried": "worried",
    "surprised": "surprised",
    "sleepy": "sleepy",
}
"""The face (see `faces.expression`) each expression of the scene vocabulary is drawn with."""


def pose_shape(pose: str) -> PoseShape:
    """The shape for `pose`; standing for anything unknown."""
    return POSE_SHAPES.get(pose, POSE_SHAPES["stand"])


def mood_for(pose: str, expression: str, scene_mood: str) -> str:
    """The face to draw: the pose wins where it shows a feeling (crying, laughing, sleeping)."""
    if pose == "cry":
        return "sad"
    if pose == "sleep":
        return "sleepy"
    if pose == "laugh":
        return "happy"
    if expression in EXPRESSION_MOODS and expression != "happy":
        return EXPRESSION_MOODS[expression]
    return scene_mood if expression == "happy" else "happy"


LEANING = frozenset({"peek"})
"""Poses whose tilt leans the figure towards where it faces (peeking round or into something)."""


def body_transform(pose: str, height: float, upright: bool = False, mirror: bool = False) -> str:
    """The SVG transform (in page units, applied around the feet) that lifts, tilts or lays a figure;
    an `upright` one (an owl, which perches and sleeps sitting up) is only lifted, never tilted or laid
    down; a leaning pose leans the way the (`mirror`ed) figure faces."""
    shape = pose_shape(pose)
    parts = []
    if shape.lift:
        parts.append(f"translate(0 {-shape.lift * height / 400:.1f})")
    if upright:
        pass
    elif shape.lying:
        angle = -70 if pose == "swim" else -88
        parts.append(f"translate({height * 0.45:.1f} {-height * 0.16:.1f}) rotate({angle})")
    elif shape.tilt:
        parts.append(f"rotate({-shape.tilt if mirror and pose in LEANING else shape.tilt})")
    return " ".join(parts)


def hand_point(pose: str, x: float, ground: float, height: float, mirror: bool) -> Point:
    """Where the figure's front hand (the one that holds things) is on the page."""
    shape = pose_shape(pose)
    scale = height / 400
    hx, hy = shape.right_hand
    if pose in ("hold", "hug", "laugh", "cry", "sit"):
        hx, hy = (0.0, (shape.left_hand[1] + shape.right_hand[1]) / 2) if pose == "hold" else shape.right_hand
    hy -= shape.lift - shape.drop
    if shape.lying:
        return (x + (0.0 if not mirror else 0.0), ground - height * 0.3)
    return (x + (-hx if mirror else hx) * scale, ground + hy * scale)
