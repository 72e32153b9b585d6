"""The scene contract's vocabularies: places, poses, facings, expressions, shots and prop positions.

One page's scene (`storyloom.story.schema.SceneSpec`) is written by every text provider in these
words, and drawn from them by the built-in illustrator and every AI image prompt. The prop
vocabulary lives in `storyloom.story.props`, the multilingual table of character kinds in
`storyloom.story.kinds`.
"""

from __future__ import annotations

from typing import Literal, get_args

Place = Literal[
    "bedroom",
    "kitchen",
    "living-room",
    "classroom",
    "library",
    "castle-hall",
    "tower",
    "cave",
    "space-station",
    "train",
    "workshop",
    "garden",
    "park",
    "playground",
    "forest",
    "meadow",
    "mountains",
    "beach",
    "underwater",
    "boat",
    "outer-space",
    "city-street",
    "snowy-village",
    "desert",
    "jungle",
    "farm",
    "mill",
    "tower-outside",
    "cloud-kingdom",
]
"""Where a page happens; indoor places first (see `INDOOR_PLACES`)."""

Pose = Literal[
    "stand",
    "walk",
    "run",
    "jump",
    "sit",
    "lie",
    "sleep",
    "reach",
    "hold",
    "hug",
    "point",
    "look-up",
    "look-down",
    "dance",
    "wave",
    "cry",
    "laugh",
    "talk",
    "swim",
    "fly",
    "hold-hands",
    "peek",
]
Facing = Literal["left", "right", "front", "back"]
Expression = Literal["happy", "sad", "surprised", "worried", "calm", "sleepy", "excited", "determined"]
Shot = Literal["wide", "medium", "close-up", "two-shot", "from-behind"]
PropPlacement = Literal[
    "held", "worn", "ground", "table", "sill", "sky", "water", "wall", "tree", "background", "floating"
]
"""Where a prop is: in a character's hand (`held`) or on their head (`worn`: a paper crown), on the
ground, on a table or on the windowsill (`sill`), in the sky, the water, on the wall, in a tree, far
off behind the cast, or floating in the air."""

PLACES: tuple[str, ...] = get_args(Place)
POSES: tuple[str, ...] = get_args(Pose)
FACINGS: tuple[str, ...] = get_args(Facing)
EXPRESSIONS: tuple[str, ...] = get_args(Expression)
SHOTS: tuple[str, ...] = get_args(Shot)
PROP_PLACEMENTS: tuple[str, ...] = get_args(PropPlacement)

INDOOR_PLACES: frozenset[str] = frozenset(
    {
        "bedroom",
        "kitchen",
        "living-room",
        "classroom",
        "library",
        "castle-hall",
        "tower",
        "cave",
        "train",
        "workshop",
    }
)
"""Places with a ceiling: no sky, no weather (the space station is indoors too, but shows space)."""

PLACE_FOR_BACKDROP: dict[str, str] = {
    "forest": "forest",
    "sea": "beach",
    "underwater": "underwater",
    "space": "outer-space",
    "castle": "castle-hall",
    "town": "city-street",
    "farm": "farm",
    "bedroom": "bedroom",
    "mountains": "mountains",
    "desert": "desert",
    "garden": "garden",
    "school": "classroom",
}
"""The place a scene written before places existed (only a `backdrop`) is drawn in."""
