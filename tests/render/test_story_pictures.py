"""Pictures that read as the page says (issue 13, the last check of generated books): props at a
readable size, a herd that does not stand on itself, a gull friend that is a gull and wears its
raincoat, a sleeping giant the hero does not hide, and pages at one place that do not look alike."""

from __future__ import annotations

import re

import pytest
from PIL import Image, ImageChops

from storyloom.render.illustrator.props_art import _shapes, draw_prop
from storyloom.render.illustrator.staging import READABLE_PROP
from storyloom.render.illustrator.styles import STYLE_NAMES, style_named
from storyloom.story.schema import AnimalInScene, PropInScene
from tests.render.test_scene_drawing import HERO, LEO, companion
from tests.render.test_story_figures import (
    _pixels_near,
    _visible_shares,
    alone,
    drawn,
    figure,
    group_of,
    mask,
    page,
)


def _extent(element: str) -> tuple[float, float]:
    """(width, height) of what `element` draws, in picture units."""
    box = mask(alone(element, 500)).getbbox()
    assert box is not None
    return (box[2] - box[0]) * 2.0, (box[3] - box[1]) * 2.0


@pytest.mark.parametrize("prop", sorted(_shapes()))
def test_every_props_drawing_fills_the_box_it_is_given(prop: str) -> None:
    # given a prop drawn 200 units tall
    width, height = _extent(draw_prop(prop, style_named("flat"), 500, 800, 200))
    # then its drawing fills most of that box, in width or in height: a shell is not drawn half size
    assert max(width, height) >= 200 * 0.8, (prop, width, height)


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize("shot", ["wide", "medium", "close-up"])
def test_a_shell_on_the_ground_is_drawn_at_a_readable_size(style: str, shot: str) -> None:
    # given a page whose text names a shell, lying on the ground
    spec = page("castle-hall", [HERO, LEO], [], shot).model_copy(
        update={"props": [PropInScene(prop="shell", where="ground")]}
    )
    # when drawn
    svg = drawn(spec, [HERO, LEO], style)
    # then the shell is drawn at least at the readable size a prop's box is given, not half of it
    width, height = _extent(group_of(svg, "prop-shell"))
    assert max(width, height) >= READABLE_PROP * 0.8, (width, height)


def _overlaps(svg: str, ids: list[str]) -> dict[tuple[str, str], float]:
    """For each two of `ids`, the share of the smaller one's drawing that the other one covers."""
    masks = {item: mask(alone(group_of(svg, item), 400)) for item in ids}
    shares = {}
    for index, a in enumerate(ids):
        for b in ids[index + 1 :]:
            both = ImageChops.multiply(masks[a], masks[b]).histogram()[255]
            smaller = min(masks[a].histogram()[255], masks[b].histogram()[255])
            shares[(a, b)] = both / smaller
    return shares


@pytest.mark.parametrize("shot", ["wide", "medium", "close-up"])
@pytest.mark.parametrize(
    ("cast_kinds", "animals"),
    [
        ([], [AnimalInScene(kind="cow", count=4)]),
        (["duck"], [AnimalInScene(kind="cow", count=4)]),
        (["fox", "grandma"], [AnimalInScene(kind="cow", count=4)]),
        (["pig"], [AnimalInScene(kind="horse", count=2), AnimalInScene(kind="cow", count=2)]),
    ],
)
def test_a_herd_of_big_farm_animals_do_not_stand_on_each_other(
    shot: str, cast_kinds: list[str], animals: list[AnimalInScene]
) -> None:
    # given a farm page naming four cows (or horses and cows) beside its cast
    cast = [HERO, *(companion(f"Pal{k}", kind) for k, kind in enumerate(cast_kinds))]
    spec = page("farm", cast, animals, shot)
    # when drawn
    svg = drawn(spec, cast)
    # then no animal covers more than 8% of another one, nor of a character
    ids = [f"animal-{item.kind}-{n + 1}" for item in animals for n in range(item.count)]
    ids += re.findall(r'<g id="(kind-[^"]+)"', svg)
    shares = _overlaps(svg, ids)
    worst = max(shares, key=lambda pair: shares[pair])
    assert shares[worst] <= 0.08, (worst, round(shares[worst], 2))


def _narrowest_below_body(image: Image.Image) -> float:
    """The narrowest the figure's silhouette gets in the lower quarter of its height, above its feet,
    as a share of its widest row: a bird on legs is narrow there, an egg on feet is not."""
    seen = mask(image)
    box = seen.getbbox()
    assert box is not None
    pixels = seen.load()
    assert pixels is not None
    widths = []
    for y in range(box[1], box[3]):
        row = [x for x in range(box[0], box[2]) if pixels[x, y]]
        widths.append(row[-1] - row[0] + 1 if row else 0)
    height = box[3] - box[1]
    lower = widths[int(height * 0.72) : int(height * 0.92)]
    return min(lower) / max(widths)


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize("species", ["gull", "seagull", "gaviota", "mouette", "Möwe"])
def test_a_gull_friend_is_drawn_as_a_gull_on_legs_not_an_egg(style: str, species: str) -> None:
    # given a gull friend, typed in any of the four languages
    gull = companion("Pip", species)
    # when drawn standing
    group = figure(gull, style, "stand")
    # then it is a gull: long grey wings, a long yellow beak and legs, like the gulls over the sea
    for part in ("gull", "gull-wing", "gull-beak", "gull-legs"):
        assert f'id="{part}"' in group, part
    # on two thin legs: below its body the silhouette narrows to them (an egg on feet stays wide)
    assert _narrowest_below_body(alone(group, 400)) < 0.3
    # and lying wider than tall is not how it stands: it stands wider than an egg, its body level
    box = mask(alone(group, 400)).getbbox()
    assert box is not None and box[2] - box[0] > (box[3] - box[1]) * 0.8, box


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(
    ("species", "look", "colour"),
    [
        ("seagull", "yellow raincoat", (0xF2, 0xC9, 0x4C)),
        ("duck", "red raincoat", (0xD6, 0x3B, 0x3B)),
        ("Ente", "roter Regenmantel", (0xD6, 0x3B, 0x3B)),
        ("chicken", "blue raincoat", None),
    ],
)
def test_a_birds_raincoat_is_drawn_as_a_raincoat_in_its_colour(
    style: str, species: str, look: str, colour: tuple[int, int, int] | None
) -> None:
    # given a bird friend whose customer wrote it wears a raincoat
    bird = companion("Gus", species, look)
    coat = bird.bible.colours["raincoat"]
    # when drawn
    group = figure(bird, style, "stand")
    # then the raincoat is drawn over its body, in its colour, not as a scarf of that colour
    assert 'id="garment-raincoat"' in group and 'id="scarf"' not in group
    if colour is not None:
        assert coat == "#{:02x}{:02x}{:02x}".format(*colour)
    image = alone(group, 400)
    worn = _pixels_near(image, tuple(int(coat[k : k + 2], 16) for k in (1, 3, 5))).histogram()[255]
    body = mask(image).histogram()[255]
    assert worn > body * 0.15, (worn, body)


@pytest.mark.parametrize("shot", ["wide", "medium", "close-up", "two-shot"])
@pytest.mark.parametrize("cast_kinds", [["fox"], ["fox", "grandma"]])
def test_a_sleeping_giant_is_seen_beside_the_cast_not_hidden_behind_it(
    shot: str, cast_kinds: list[str]
) -> None:
    # given a page whose text says a giant was asleep across the road
    cast = [HERO, *(companion(f"Pal{k}", kind) for k, kind in enumerate(cast_kinds))]
    spec = page("forest", cast, [], shot).model_copy(
        update={"props": [PropInScene(prop="giant", where="ground")]}
    )
    # when drawn
    svg = drawn(spec, cast)
    # then the cast stands beside the giant: most of it is seen, not covered by the characters
    shares = _visible_shares(svg, ["prop-giant"])
    assert shares["prop-giant"] >= 0.85, shares
    assert all(f'-{c.name}"' in svg for c in cast)


def _tower_view(svg: str) -> tuple[str, str]:
    found = re.search(r'id="tower-landmark" data-side="(\w+)" data-distance="(\w+)"', svg)
    assert found is not None
    return found.group(1), found.group(2)


def test_pages_at_the_tower_see_it_from_another_side_or_distance_each_time() -> None:
    # given five pages in a row at the tower seen from outside, as the engine frames them: each page's
    # shot differs from the one before (`scenes.shot_for`)
    cast = [HERO, LEO]
    shots = ["wide", "medium", "close-up", "two-shot", "from-behind"]
    views = [_tower_view(drawn(page("tower-outside", cast, [], shot), cast)) for shot in shots]
    # then no two pages in a row show the tower from the same side at the same distance
    for before, after in zip(views, views[1:], strict=False):
        assert before != after, views
    # and both sides and every distance are seen (close: walking up to it, seen from behind)
    assert {side for side, _ in views} == {"left", "right"}
    assert {distance for _, distance in views} == {"near", "far", "close"}
    # and a page's tower on the left is drawn on the left half of the picture
    svg = drawn(page("tower-outside", cast, [], "medium"), cast)
    view = group_of(svg, "tower-view")
    opening = view[: view.index(">") + 1]
    box = mask(alone(opening + group_of(view, "tower-landmark") + "</g>")).getbbox()
    assert box is not None and (box[0] + box[2]) / 2 < 100, box
