"""What a page shows at a window indoors: the moon seen through it (never hung on the wall like a
picture), and the windowsill under it with the things standing on it (a glass, a plant, a lamp).

A room whose backdrop has a window (`ROOM_WINDOWS`) uses that one; elsewhere a window is drawn on the
wall where no figure stands in front of it.
"""

from __future__ import annotations

from storyloom.render.illustrator.props_art import draw_prop, fill_factor, prop_height
from storyloom.render.illustrator.spots import Staging, clear_spot, top_limit
from storyloom.render.illustrator.styles import Style
from storyloom.render.illustrator.svg import el
from storyloom.story.scene import INDOOR_PLACES
from storyloom.story.schema import PropInScene, SceneSpec

ROOM_WINDOWS: dict[str, tuple[float, float, float, float, float]] = {
    "bedroom": (600.0, 140.0, 260.0, 220.0, 360.0),
    "kitchen": (620.0, 130.0, 230.0, 210.0, 370.0),
    "living-room": (620.0, 130.0, 230.0, 210.0, 370.0),
    "workshop": (620.0, 130.0, 230.0, 210.0, 370.0),
}
"""The window each room's backdrop paints (`places`, `scenery_buildings`): x, y, width, height in the
backdrop's units, and its y under a text area at the top."""
SKY_MOON = (790.0, 170.0)
"""Where the sky a window shows at night has its moon (`sky.sky`): the moon a page names is drawn there
when the window shows that spot, so the window has one moon."""
SKY_MOON_COVER = 66.0
"""The radius of night sky painted over the sky's own moon (58 round) where the page's moon is drawn."""
NIGHT_PANE = "#1f2f66"
MOON_SHARE = 0.42
"""How tall the moon is drawn, as a share of the window's smaller side."""
SILL_DEPTH = 22.0
"""How thick a windowsill board under a room's window is, in the backdrop's units."""


Window = tuple[float, float, float, float]
"""A window's pane on the page: x, y, width, height."""


def room_window(place: str, text_space: str, staging: Staging) -> Window | None:
    """The pane of the window the room's backdrop paints, on the page (zoomed with the backdrop), or
    None for a place that paints none."""
    window = ROOM_WINDOWS.get(place)
    if window is None:
        return None
    x, y, width, height, y_top = window
    if text_space == "top":
        y = y_top
    zoom, ground = staging.zoom, staging.ground
    return (500 + (x - 500) * zoom, ground + (y - ground) * zoom, width * zoom, height * zoom)


def wall_window(style: Style, staging: Staging, size: float, night: bool) -> tuple[str, Window]:
    """A window drawn on the wall where no figure stands in front of it, its pane the night sky when
    `night`: (its drawing, its pane)."""
    base = max(top_limit(staging) + size, staging.ground - 250)
    x, base = clear_spot(staging, size, size, base, top_limit(staging))
    drawn = draw_prop("window", style, x, base, size)
    scale = size / 100 * fill_factor("window")
    pane = (x - 40 * scale, base - 80 * scale, 80 * scale, 70 * scale)
    if night:
        drawn += el(
            "rect", x=pane[0] + 3, y=pane[1] + 3, width=pane[2] - 6, height=pane[3] - 6, fill=NIGHT_PANE
        )
    return drawn, pane


def moon_in_window(style: Style, pane: Window, staging: Staging, in_room: bool) -> str:
    """The moon seen through `pane`: over the moon the room's own night sky has (so the window shows
    one) when the pane shows that spot, else in the pane's upper part; inside
    `<g id="prop-moon" data-where="window">`."""
    x, y, width, height = pane
    size = min(width, height) * MOON_SHARE
    mx = 500 + (SKY_MOON[0] - 500) * staging.zoom
    my = staging.ground + (SKY_MOON[1] - staging.ground) * staging.zoom
    cover = ""
    if in_room and x <= mx <= x + width and y <= my <= y + height:
        # the room's night sky has its moon there: it is covered with the sky, the moon drawn whole
        cover = el("circle", cx=mx, cy=my, r=SKY_MOON_COVER * staging.zoom, fill=style.tone(NIGHT_PANE))
    mx = min(max(mx, x + size * 0.6), x + width - size * 0.6)
    my = min(max(my, y + size * 0.6), y + height - size * 0.55)
    moon = draw_prop("moon", style, mx, my + size / 2, size).replace('id="prop-moon"', 'data-prop="moon"', 1)
    pane_box = el("rect", x=x, y=y, width=width, height=height)
    clip = f'<clipPath id="moonpane">{pane_box}</clipPath>'
    return f'<g id="prop-moon" data-where="window">{clip}<g clip-path="url(#moonpane)">{cover}{moon}</g></g>'


def sill_under(style: Style, pane: Window) -> tuple[str, float]:
    """A windowsill board under a room's window: (its drawing, the line things stand on)."""
    x, y, width, height = pane
    top = y + height + 4
    board = el("rect", x=x - 18, y=top, width=width + 36, height=SILL_DEPTH, rx=4, fill=style.tone("#e8dcc8"))
    edge = el(
        "rect", x=x - 10, y=top + SILL_DEPTH, width=width + 20, height=8, rx=3, fill=style.tone("#c9b89c")
    )
    return f'<g id="prop-windowsill" data-where="room-window">{board}{edge}</g>', top


def things_on_sill(things: list[str], style: Style, pane: Window, sill: float, figure_height: float) -> str:
    """The things standing on the sill at line `sill`, side by side along the window's width."""
    x, _, width, _ = pane
    drawn = []
    for k, prop in enumerate(things):
        size = min(max(prop_height(prop, figure_height), 70.0), width * 0.45)
        at = x + width * (k + 1) / (len(things) + 1)
        drawn.append(f'<g data-where="sill">{draw_prop(prop, style, at, sill, size)}</g>')
    return "".join(drawn)


PORTHOLE = (690.0, 270.0, 125.0, 500.0)
"""The space station's round window (`places.space_station`): centre x, centre y, radius, and its
centre y under a text area at the top, in the backdrop's units."""
EARTH_SHARE = 0.78
"""How much of the porthole the Earth seen through it fills, as a share of its radius."""


def earth_in_porthole(style: Style, text_space: str, staging: Staging) -> str:
    """The Earth seen through the space station's round window, clipped to it, inside
    `<g id="prop-earth" data-where="porthole">`."""
    cx, cy, radius, cy_top = PORTHOLE
    if text_space == "top":
        cy = cy_top
    zoom, ground = staging.zoom, staging.ground
    x, y, r = 500 + (cx - 500) * zoom, ground + (cy - ground) * zoom, radius * zoom
    size = r * 2 * EARTH_SHARE / 0.92 / fill_factor("earth")
    earth = draw_prop("earth", style, x, y + size * 0.5, size).replace(
        'id="prop-earth"', 'data-prop="earth"', 1
    )
    hole = el("circle", cx=x, cy=y, r=r * 0.98)
    return (
        f'<g id="prop-earth" data-where="porthole"><clipPath id="earthhole">{hole}</clipPath>'
        f'<g clip-path="url(#earthhole)">{earth}</g></g>'
    )


WINDOW_SIZE = 230.0
"""How big a window drawn on a wall for the moon or a windowsill is, in picture units."""


def at_the_window(
    scene: SceneSpec, items: list[PropInScene], staging: Staging, style: Style, figure_height: float
) -> tuple[list[PropInScene], str]:
    """Indoors, the moon a page names is seen through a window, and the windowsill is under one, with
    the things standing on it: in the room's own window, else in one drawn on the wall. Returns the
    things still to place and the drawing of the window's."""
    place = scene.place_or_backdrop
    if place == "space-station" and any(item.prop == "earth" for item in items):
        # the window the page names is the station's round one, with the Earth in it
        earth = earth_in_porthole(style, scene.text_space, staging)
        if any(item.prop == "window" for item in items):
            earth = f'<g id="prop-window" data-where="porthole">{earth}</g>'
        return [item for item in items if item.prop not in ("earth", "window")], earth
    if place not in INDOOR_PLACES:
        return items, ""
    moon = [item for item in items if item.prop == "moon" and item.where in ("wall", "sky", "ground")]
    sill = [item for item in items if item.prop == "windowsill" or item.where == "sill"]
    sitting = any(animal.where == "sill" for animal in scene.animals)
    if not moon and not sill and not sitting:
        return items, ""
    drawn = []
    pane = room_window(place, scene.text_space, staging)
    if pane is None:
        window, pane = wall_window(style, staging, WINDOW_SIZE, scene.time_of_day == "night" or bool(moon))
        drawn.append(window)
    if moon:
        drawn.append(moon_in_window(style, pane, staging, in_room=place in ROOM_WINDOWS))
    if sill or sitting:
        board, line = sill_under(style, pane)
        things = [item.prop for item in sill if item.prop != "windowsill"]
        drawn += [board, things_on_sill(things, style, pane, line, figure_height)]
        staging.standing["windowsill"] = (pane[0] + pane[2] / 2, line, pane[2])  # a cat sits on it
    rest = [item for item in items if item not in moon and item not in sill]
    return rest, "".join(drawn)
