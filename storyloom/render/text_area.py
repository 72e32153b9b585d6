"""Where a story page's text may sit over its picture, shared by the book layout and the illustrator.

The layout never puts a text panel outside these zones (it falls back to a band of paper beside the
picture instead), and the built-in illustrator keeps every character and key prop out of them, so
the text never covers a character or the thing the page is about. Zones are in picture units: the
square picture (bleed included) is 1000 x 1000, y growing downwards.
"""

from __future__ import annotations

FULL_BLEED_TEXT_DEPTH = 0.27
"""A full-bleed page's text panel lies within this fraction of the picture's height, top or bottom."""
SIDE_PANEL_WIDTH = 0.52
"""A side panel (hero on the left or right) lies within this fraction of the picture's width."""
SIDE_PANEL_HEIGHT = 0.62
"""... and within this fraction of its height, at the top or the bottom."""

COVER_TEXT_DEPTH = 0.42
"""A cover's title and "A story for ..." lie within this fraction of its picture's height, at the top;
the built-in illustrator keeps every character below it."""

Zone = tuple[float, float, float, float]


def cover_text_bottom(picture_top: float, picture_width: float, picture_height: float) -> float:
    """How far down the page a cover's text may reach when its square picture is laid over a box at
    `picture_top` (scaled to cover the box, centred, as `object-fit: cover` does), in the box's units."""
    side = max(picture_width, picture_height)
    return picture_top + (picture_height - side) / 2 + side * COVER_TEXT_DEPTH


def text_zone(composition: str, text_space: str) -> Zone | None:
    """(x0, y0, x1, y1) of the picture the text may cover for a scene's composition and text space;
    None when the text sits beside the picture (a band of paper or a framed photograph)."""
    top = text_space == "top"
    if composition == "wide":
        depth = FULL_BLEED_TEXT_DEPTH * 1000
        return (0.0, 0.0, 1000.0, depth) if top else (0.0, 1000.0 - depth, 1000.0, 1000.0)
    if composition in ("hero-left", "hero-right"):
        width, height = SIDE_PANEL_WIDTH * 1000, SIDE_PANEL_HEIGHT * 1000
        x0, x1 = (1000.0 - width, 1000.0) if composition == "hero-left" else (0.0, width)
        return (x0, 0.0, x1, height) if top else (x0, 1000.0 - height, x1, 1000.0)
    return None
