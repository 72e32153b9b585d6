"""A giant the page names ("a giant was asleep across the road"): a grown-up figure in the book's own
style, far bigger than the cast, lying asleep across the picture behind them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyloom.render.illustrator.figures import place_figure
from storyloom.render.illustrator.styles import Style
from storyloom.story.looks import default_bible
from storyloom.story.schema import Character

if TYPE_CHECKING:
    from storyloom.render.illustrator.spots import Staging

GIANT_SIZE = 1.7
"""A giant's length, in the cast's figure heights."""
GIANT_LOOK = {"outfit": "#6a8f4e", "hair": "#5a3b22", "skin": "#e0b08a"}
"""A giant's clothes, hair and skin: a green tunic and dark brown hair, as the old prop drawing had."""
FEET_OFFSET = 0.05
"""Where a lying figure's feet are, past its middle, in its lengths (it is laid down around them)."""


def draw_giant(
    style: Style,
    x: float,
    ground: float,
    figure_height: float,
    *,
    head_right: bool = False,
    length: float | None = None,
) -> str:
    """The giant lying asleep along `ground`, its middle at `x`, `length` long (`GIANT_SIZE` times as
    long as the cast's figures are tall unless given), its head to the left (or right), inside
    `<g id="prop-giant">`."""
    bible = default_bible("adult")
    bible = bible.model_copy(update={"colours": {**bible.colours, **GIANT_LOOK}})
    giant = Character(name="giant", role="other", description="a giant", main=False, bible=bible)
    length = length or figure_height * GIANT_SIZE
    figure = place_figure(
        giant,
        style,
        11,
        x=x + length * FEET_OFFSET,
        ground=ground,
        height=length / 1.15,  # a grown-up is drawn 1.15 times the height it is given
        mood="sleepy",
        pose="sleep",
    )
    # no character's ids: the giant is a thing the page names, not one of the cast
    figure = figure.replace('id="kind-adult-giant"', 'id="giant-figure"').replace(
        'id="pose-sleep-giant"', 'id="giant-asleep"'
    )
    if head_right:  # turned round about its middle (a lying figure's own mirror turns it upside down)
        figure = f'<g transform="translate({2 * x:.1f} 0) scale(-1 1)">{figure}</g>'

    head = "right" if head_right else "left"
    return f'<g id="prop-giant" data-pose="sleep" data-head="{head}" data-length="{length:.0f}">{figure}</g>'


GIANT_GAP = 0.08
"""The room between the cast and the giant's head, in figure heights."""
GIANT_LEAST = 1.15
"""The shortest a giant is drawn to fit its whole length beside the cast, in the cast's figure heights:
still far bigger than they are."""
EDGE_MARGIN = 30.0
GIANT_SPAN = 1.2
"""How wide a lying giant is drawn, head to feet, in its lengths."""
HEAD_SIDE = 0.64
"""How far the top of a lying giant's head is from its middle `x`, in its lengths."""
"""How far inside the picture's edge a giant's feet end."""


def giant_beside(staging: Staging, style: Style, figure_height: float) -> str:
    """The giant lying asleep beside the cast on the side they leave free, its head next to them and
    its feet inside the picture (drawn a little shorter to fit), never behind the cast; where even
    the shortest giant does not fit, its body runs on past the picture's edge."""
    middle = (staging.left + staging.right) / 2
    length = figure_height * GIANT_SIZE
    if not staging.spots:
        return draw_giant(style, middle, staging.ground, figure_height)
    near = [(spot.x, spot.drawn_height * 0.38) for spot in staging.spots]
    left_edge = min(x - half for x, half in near)
    right_edge = max(x + half for x, half in near)
    gap = figure_height * GIANT_GAP
    if staging.right - right_edge >= left_edge - staging.left:
        start = right_edge + gap
        length = max(min(length, (1000 - EDGE_MARGIN - start) / GIANT_SPAN), figure_height * GIANT_LEAST)
        return draw_giant(style, start + length * HEAD_SIDE, staging.ground, figure_height, length=length)
    start = left_edge - gap
    length = max(min(length, (start - EDGE_MARGIN) / GIANT_SPAN), figure_height * GIANT_LEAST)
    return draw_giant(
        style, start - length * HEAD_SIDE, staging.ground, figure_height, head_right=True, length=length
    )
