"""The built-in illustrator draws the scene contract: every place, prop, pose and kind in every style
(checked by the SVG ids the drawing emits), held props in the holder's hand, and nobody under the
area the page's text may cover (checked on pixels)."""

from __future__ import annotations

import io
import random
import re

import pytest
import resvg_py
from PIL import Image, ImageChops

from storyloom.providers.text.engine import scenes
from storyloom.providers.text.engine.bible import HAIR as ENGINE_HAIR
from storyloom.providers.text.engine.bible import SKIN_TONES as ENGINE_SKINS
from storyloom.providers.text.engine.bible import companion_bible
from storyloom.render.illustrator.compose import scene_svg
from storyloom.render.illustrator.figures import place_figure
from storyloom.render.illustrator.props_art import draw_prop, has_drawing
from storyloom.render.illustrator.staging import place_props, stage
from storyloom.render.illustrator.styles import STYLE_NAMES, style_named
from storyloom.render.illustrator.svg import HAIR_APART, distance, hair_against, hex_to_rgb, luminance
from storyloom.render.text_area import text_zone
from storyloom.story.appearance import HAIR_COLOURS, SKIN_TONES, apply_appearance
from storyloom.story.kinds import ANIMAL_KIND_IDS, KINDS
from storyloom.story.params import Appearance
from storyloom.story.props import PROPS
from storyloom.story.scene import PLACES, POSES
from storyloom.story.schema import (
    AnimalInScene,
    Character,
    CharacterInScene,
    PropInScene,
    SceneSpec,
    VisualBible,
)

HERO = Character(
    name="Mia",
    role="hero",
    description="the hero",
    bible=VisualBible(
        species="human child",
        age="child",
        skin_or_fur="brown skin",
        hair="black, curly",
        outfit="a yellow raincoat",
        colours={"skin": "#8d5524", "hair": "#1f1a17", "outfit": "#f2c12e"},
    ),
)


def companion(name: str, species: str, look: str = "") -> Character:
    return Character(
        name=name,
        role="friend",
        description=species,
        bible=companion_bible(random.Random(name), species, look, False),
    )


LEO = companion("Leo", "fox")


def scene(**changes: object) -> SceneSpec:
    base = SceneSpec(
        setting="somewhere",
        backdrop="garden",
        place="park",
        time_of_day="morning",
        characters_present=["Mia", "Leo"],
        action="playing",
        mood="happy",
        composition="wide",
        cast=[CharacterInScene(name="Mia"), CharacterInScene(name="Leo")],
    )
    return base.model_copy(update=changes)


def svg_of(spec: SceneSpec, cast: list[Character], style: str = "flat") -> str:
    return scene_svg(spec, cast, style_named(style), 5, width=200, height=200)


def raster(svg: str, size: int = 200) -> Image.Image:
    raw = resvg_py.svg_to_bytes(svg_string=svg, width=size, height=size, skip_system_fonts=True)
    with Image.open(io.BytesIO(bytes(raw))) as image:
        return image.convert("RGB")


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize("place", PLACES)
def test_every_place_is_drawn_in_every_style_and_changes_with_the_time_of_day(place: str, style: str) -> None:
    morning = svg_of(scene(place=place), [HERO, LEO], style)
    night = svg_of(scene(place=place, time_of_day="night"), [HERO, LEO], style)
    assert f'id="place-{place}"' in morning
    assert (morning != night) or place == "outer-space"  # no day or night among the stars


def test_places_differ_from_each_other() -> None:
    bodies = {re.sub(r'id="place-[a-z-]+"', "", svg_of(scene(place=place), [])) for place in PLACES}
    assert len(bodies) == len(PLACES)


def test_a_scene_without_a_place_is_drawn_in_the_place_its_backdrop_stands_for() -> None:
    old = scene(place=None, backdrop="bedroom", cast=[])
    assert 'id="place-bedroom"' in svg_of(old, [HERO, LEO])


@pytest.mark.parametrize("prop", [prop.id for prop in PROPS])
def test_every_prop_has_a_drawing_in_every_style_and_is_placed_in_a_scene(prop: str) -> None:
    assert has_drawing(prop)
    for style in STYLE_NAMES:
        assert draw_prop(prop, style_named(style), 500, 700, 100).startswith(f'<g id="prop-{prop}">')
    style = STYLE_NAMES[len(prop) % len(STYLE_NAMES)]
    drawn = svg_of(scene(props=[PropInScene(prop=prop, where="ground")]), [HERO, LEO], style)
    assert drawn.count(f'id="prop-{prop}"') == 1


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize("pose", POSES)
def test_every_pose_is_drawn_in_every_style(pose: str, style: str) -> None:
    spec = scene(cast=[CharacterInScene(name="Mia", pose=pose), CharacterInScene(name="Leo", pose=pose)])
    drawn = svg_of(spec, [HERO, LEO], style)
    assert f'id="pose-{pose}-Mia"' in drawn
    assert f'id="pose-{pose}-Leo"' in drawn


def test_poses_change_the_drawing() -> None:
    drawings = {
        re.sub(
            r'id="pose-[a-z-]+-Mia"',
            "",
            svg_of(scene(cast=[CharacterInScene(name="Mia", pose=pose)]), [HERO]),
        )
        for pose in POSES
    }
    assert len(drawings) == len(POSES)


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize("kind", [kind.id for kind in KINDS])
def test_every_kind_is_drawn_in_every_style(kind: str, style: str) -> None:
    friend = companion("Pal", kind)
    drawn = svg_of(scene(characters_present=["Mia", "Pal"], cast=[]), [HERO, friend], style)
    assert f'id="kind-{kind}-Pal"' in drawn
    assert 'id="kind-child-Mia"' in drawn


DISTINCTIVE_PARTS = {
    "deer": "spots",
    "reindeer": "antlers",
    "goat": "horns",
    "camel": "hump",
    "seal": "flippers",
    "beetle": "pincers",
}
"""What makes each of the engine's plot creatures itself on the page (a fawn's spots, a camel's hump)."""


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Rehkitz", "deer"),
        ("Rentierkalb", "reindeer"),
        ("Zicklein", "goat"),
        ("Kamelfohlen", "camel"),
        ("Seehund", "seal"),
        ("Käfer", "beetle"),
    ],
)
def test_the_engines_plot_creatures_are_drawn_with_their_own_parts(typed: str, kind: str, style: str) -> None:
    friend = companion("Pal", typed)
    drawn = svg_of(scene(characters_present=["Mia", "Pal"], cast=[]), [HERO, friend], style)
    figure = drawn[drawn.index(f'id="kind-{kind}-Pal"') :]
    assert f'id="{DISTINCTIVE_PARTS[kind]}"' in figure
    others = set(DISTINCTIVE_PARTS.values()) - {DISTINCTIVE_PARTS[kind]}
    assert not any(f'id="{part}"' in drawn for part in others)
    if kind == "goat":
        assert 'id="beard"' in figure
    bystander = svg_of(scene(animals=[AnimalInScene(kind=kind, where="ground")]), [HERO], style)
    assert f'id="{DISTINCTIVE_PARTS[kind]}"' in bystander


@pytest.mark.parametrize(
    ("typed", "kind"),
    [("perro", "dog"), ("chien", "dog"), ("Hund", "dog"), ("abuela", "grandma"), ("Oma", "grandma")],
)
def test_kinds_typed_in_any_language_are_drawn_as_that_kind(typed: str, kind: str) -> None:
    friend = companion("Pal", typed)
    assert f'id="kind-{kind}-Pal"' in svg_of(
        scene(characters_present=["Mia", "Pal"], cast=[]), [HERO, friend]
    )


def test_grown_ups_are_drawn_taller_than_children_and_babies_smaller() -> None:
    staged = stage(
        scene(characters_present=["Mia", "Gran", "Tot"], cast=[]),
        [HERO, companion("Gran", "grandma"), companion("Tot", "baby")],
        720,
        random.Random(1),
    )
    heights = {spot.character.name: spot.drawn_height for spot in staged.spots}
    assert heights["Gran"] > heights["Mia"] * 1.0 > heights["Tot"]


def test_purple_cardigan_colours_the_cardigan_not_the_face() -> None:
    gran = companion("Gran", "grandma", "purple cardigan")
    assert gran.bible.colours["cardigan"] == gran.bible.colours["outfit"] == "#8e5bc4"
    assert gran.bible.colours["skin"] != "#8e5bc4"


def test_talkers_face_each_other_and_from_behind_turns_everyone_away() -> None:
    talk = scene(cast=[CharacterInScene(name="Mia", pose="talk"), CharacterInScene(name="Leo", pose="talk")])
    drawn = svg_of(talk, [HERO, LEO])
    assert re.search(r'id="kind-child-Mia" data-facing="right"', drawn)
    assert re.search(r'id="kind-fox-Leo" data-facing="left"', drawn)
    behind = svg_of(scene(shot="from-behind"), [HERO, LEO])
    assert behind.count('data-facing="back"') == 2


def test_shots_frame_the_same_cast_differently() -> None:
    sizes = {}
    for shot in ("wide", "medium", "close-up", "two-shot", "from-behind"):
        staged = stage(scene(shot=shot, composition="centered"), [HERO, LEO], 720, random.Random(1))
        sizes[shot] = (round(staged.spots[0].height), round(staged.spots[0].x), staged.zoom)
    assert len(set(sizes.values())) == 5
    assert sizes["close-up"][0] > sizes["medium"][0] > sizes["wide"][0]


def test_a_held_prop_is_drawn_in_the_holders_hand() -> None:
    spec = scene(
        cast=[CharacterInScene(name="Mia", pose="hold", holding="compass"), CharacterInScene(name="Leo")],
        shot="medium",
        composition="centered",
    )
    staged = stage(spec, [HERO, LEO], 720, random.Random(1))
    mia = staged.spots[0]
    drawn = svg_of(spec, [HERO, LEO])
    placed = re.search(r'id="prop-compass"><g transform="translate\(([-\d.]+) ([-\d.]+)\)', drawn)
    assert placed is not None
    x, y = float(placed.group(1)), float(placed.group(2))
    assert abs(x - mia.x) < 60
    assert mia.ground - mia.drawn_height < y < mia.ground


def test_a_sitter_sits_on_the_seat_the_scene_names() -> None:
    spec = scene(
        cast=[CharacterInScene(name="Mia", pose="sit"), CharacterInScene(name="Leo", pose="sit")],
        props=[PropInScene(prop="log", where="ground")],
    )
    staged = stage(spec, [HERO, LEO], 720, random.Random(1))
    drawn = svg_of(spec, [HERO, LEO])
    placed = re.search(r'id="prop-log"><g transform="translate\(([-\d.]+)', drawn)
    assert placed is not None
    assert min(abs(float(placed.group(1)) - spot.x) for spot in staged.spots) < 25


@pytest.mark.parametrize(
    ("place", "bedding"),
    [
        ("bedroom", "bed"),
        ("kitchen", "bed"),
        ("space-station", "bed"),
        ("park", "sleeping-mat"),
        ("underwater", "sleeping-mat"),
    ],
)
def test_a_sleeper_lies_in_a_bed_indoors_and_on_a_mat_outdoors_never_flat_on_nothing(
    place: str, bedding: str
) -> None:
    spec = scene(
        place=place,
        cast=[CharacterInScene(name="Mia", pose="sleep"), CharacterInScene(name="Leo", pose="stand")],
    )
    staged = stage(spec, [HERO, LEO], 720, random.Random(1))
    drawn = svg_of(spec, [HERO, LEO])
    assert drawn.count(f'id="prop-{bedding}"') == 1
    assert drawn.count('id="prop-bed"') + drawn.count('id="prop-sleeping-mat"') == 1
    placed = re.search(rf'id="prop-{bedding}"><g transform="translate\(([-\d.]+)', drawn)
    assert placed is not None
    mia = next(spot for spot in staged.spots if spot.character.name == "Mia")
    assert abs(float(placed.group(1)) - mia.x) < 25


@pytest.mark.parametrize("style", STYLE_NAMES)
def test_the_animals_a_scene_names_are_drawn_smaller_than_the_cast(style: str) -> None:
    spec = scene(
        animals=[AnimalInScene(kind="dolphin", where="water"), AnimalInScene(kind="cow", count=3)],
    )
    drawn = svg_of(spec, [HERO, LEO], style)
    assert drawn.count('id="animal-dolphin-') == 1
    assert [drawn.count(f'id="animal-cow-{n}"') for n in (1, 2, 3)] == [1, 1, 1]
    hero_scale = re.search(r'id="pose-stand-Mia" transform="[^"]*scale\(([\d.]+)', drawn)
    dolphin_scale = re.search(r'id="animal-dolphin-1"[^>]*><g transform="[^"]*scale\(-?([\d.]+)', drawn)
    assert hero_scale is not None and dolphin_scale is not None
    assert float(dolphin_scale.group(1)) < float(hero_scale.group(1)) * 0.7


def test_every_animal_kind_can_be_drawn_as_a_bystander() -> None:
    for kind in ANIMAL_KIND_IDS:
        drawn = svg_of(scene(animals=[AnimalInScene(kind=kind, where="ground")]), [HERO])
        assert f'id="animal-{kind}-1"' in drawn


@pytest.mark.parametrize(
    ("text", "language", "prop"),
    [
        ("A stream chattered over smooth pebbles.", "en", "stream"),
        ("A thorny hedge ran along the field.", "en", "hedge"),
        ("La fuente brillaba al sol.", "es", "fountain"),
        ("Les bateaux se balançaient près du quai.", "fr", "pier"),
        ("Die Scheune roch nach warmem Heu.", "de", "barn"),
        ("Un barco hundido cerraba el camino de arena.", "es", "shipwreck"),
    ],
)
def test_scenery_a_sentence_names_is_drawn_on_its_page(text: str, language: str, prop: str) -> None:
    spec = scene(props=scenes.props_for(text, language, ["Mia", "Leo"], "park"))
    assert f'id="prop-{prop}"' in svg_of(spec, [HERO, LEO])


def _top_of_figure(character: Character, spot_height: float, pose: str = "stand") -> int:
    """The first row from the top where the figure alone, drawn `spot_height` tall, has a pixel."""
    figure = place_figure(
        character, style_named("flat"), 3, x=500, ground=950, height=spot_height, mood="happy", pose=pose
    )
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="500" viewBox="0 0 1000 1000">'
        f"{figure}</svg>"
    )
    raw = resvg_py.svg_to_bytes(svg_string=svg, width=500, height=500, skip_system_fonts=True)
    with Image.open(io.BytesIO(bytes(raw))) as image:
        box = image.getchannel("A").getbbox()
    assert box is not None
    return box[1]


@pytest.mark.parametrize("shot", ["wide", "medium", "close-up", "two-shot"])
def test_a_grown_up_stands_clearly_taller_than_a_child_with_an_afro(shot: str) -> None:
    # given a child with a big afro and a grandma in a purple cardigan, the grandma second
    kofi = HERO.model_copy(
        update={
            "name": "Kofi",
            "bible": apply_appearance(HERO.bible, Appearance(hair_style="afro", skin="deep-brown")),
        }
    )
    oma = companion("Oma", "Oma", "purple cardigan")
    spec = scene(
        characters_present=["Kofi", "Oma"],
        cast=[CharacterInScene(name="Kofi"), CharacterInScene(name="Oma")],
        shot=shot,
        composition="close-up" if shot == "close-up" else "wide",
        text_space="top" if shot == "close-up" else "bottom",
    )
    # when
    staged = stage(spec, [kofi, oma], 720, random.Random(1))
    heights = {spot.character.name: spot.height for spot in staged.spots}
    # then the grandma's head is at least a fifth higher than the top of the afro
    child_top = 950 / 2 - _top_of_figure(kofi, heights["Kofi"])
    adult_top = 950 / 2 - _top_of_figure(oma, heights["Oma"])
    assert adult_top > child_top * 1.2


ZONES = [
    ("wide", "bottom"),
    ("wide", "top"),
    ("hero-left", "bottom"),
    ("hero-left", "top"),
    ("hero-right", "bottom"),
    ("hero-right", "top"),
]


@pytest.mark.parametrize(("composition", "text_space"), ZONES)
def test_no_character_or_prop_is_drawn_under_the_text_area(composition: str, text_space: str) -> None:
    # given four characters, one flying and one reaching, and three props, over a plain place
    cast = [HERO, LEO, companion("Gran", "grandma"), companion("Ella", "giraffe")]
    spec = scene(
        composition=composition,
        text_space=text_space,
        shot="medium",
        characters_present=[c.name for c in cast],
        cast=[
            CharacterInScene(name="Mia", pose="reach", holding="kite"),
            CharacterInScene(name="Leo", pose="fly"),
            CharacterInScene(name="Gran", pose="wave"),
            CharacterInScene(name="Ella", pose="jump"),
        ],
        props=[PropInScene(prop="log"), PropInScene(prop="balloon", where="sky"), PropInScene(prop="tree")],
    )
    # when the page is drawn with and without them
    full = raster(svg_of(spec, cast))
    empty = raster(svg_of(spec.model_copy(update={"characters_present": [], "cast": [], "props": []}), []))
    # then nothing they add lies in the text zone
    zone = text_zone(composition, text_space)
    assert zone is not None
    box = tuple(round(value / 1000 * 200) for value in zone)
    difference = ImageChops.difference(full, empty).convert("L").point(lambda v: 255 if v > 24 else 0)
    assert difference.getbbox() is not None
    assert difference.crop(box).getbbox() is None


@pytest.mark.parametrize(
    ("species", "look", "garment"),
    [
        ("grandma", "purple cardigan", "cardigan"),
        ("abuela", "un chal rojo", "shawl"),
        ("Opa", "gelbe Regenjacke", "raincoat"),
        ("dog", "red collar", "collar"),
        ("fox", "green scarf, blue backpack", "backpack"),
        ("chat", "un chapeau vert", "hat"),
        ("mamie", "une écharpe verte", "scarf"),
        ("Opa", "ein blauer Umhang", "cape"),
    ],
)
def test_a_garment_the_customer_names_is_drawn_in_its_colour(species: str, look: str, garment: str) -> None:
    # given a companion wearing what the customer wrote
    friend = companion("Pal", species, look)
    colour = friend.bible.colours[garment]
    bare = friend.model_copy(
        update={
            "bible": friend.bible.model_copy(update={"colours": {**friend.bible.colours, garment: "#010203"}})
        }
    )
    # when drawn, then the garment's colour is on the figure, and changes with the garment's own colour
    dressed = svg_of(scene(characters_present=["Pal"], cast=[]), [friend])
    assert colour in dressed
    assert "#010203" in svg_of(scene(characters_present=["Pal"], cast=[]), [bare])
    assert friend.bible.colours["skin"] != colour


def _pixels_of(character: Character, colour: str) -> int:
    """How many pixels of a 200 px drawing of `character` alone, standing, are `colour`."""
    figure = place_figure(
        character, style_named("flat"), 3, x=500, ground=950, height=900, mood="happy", pose="stand"
    )
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 1000 1000">'
        f"{figure}</svg>"
    )
    raw = resvg_py.svg_to_bytes(svg_string=svg, width=200, height=200, skip_system_fonts=True)
    target = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    with Image.open(io.BytesIO(bytes(raw))) as image:
        rgba = image.convert("RGBA")
        pixels = [rgba.getpixel((x, y)) for y in range(rgba.height) for x in range(rgba.width)]
        return sum(
            1
            for r, g, b, a in pixels
            if a > 200 and abs(r - target[0]) + abs(g - target[1]) + abs(b - target[2]) < 30
        )


@pytest.mark.parametrize(
    ("species", "accessory", "garment", "outfit"),
    [
        ("dog", "red collar", "collar", "red jumper"),
        ("Hund", "rotes Halsband", "collar", "roter Pullover"),
        ("bear", "blue scarf", "scarf", "blue jumper"),
        ("souris", "un chapeau rouge", "hat", "un pull rouge"),
        ("Katze", "gelbe Schleife", "bow", "gelber Pullover"),
        ("chat", "une écharpe verte", "scarf", "un pull vert"),
        ("perro", "una bufanda azul", "scarf", "un jersey azul"),
    ],
)
def test_an_animal_dressed_in_an_accessory_only_wears_no_shirt_of_its_colour(
    species: str, accessory: str, garment: str, outfit: str
) -> None:
    """A dog with "a red collar" was drawn in a red shirt with a red collar: what the customer wrote
    is what it wears, over its own fur."""
    # given the same animal in the accessory alone, in a jumper of its colour, and in both
    wearing = companion("Pal", species, accessory)
    dressed = companion("Pal", species, outfit)
    both = companion("Pal", species, f"{accessory}, {outfit}")
    colour = wearing.bible.colours[garment]
    assert dressed.bible.colours["outfit"] == colour == both.bible.colours[garment]
    # when drawn, then the accessory is there without the shirt a jumper would add
    accessory_pixels, shirt_pixels = _pixels_of(wearing, colour), _pixels_of(dressed, colour)
    assert accessory_pixels > 20
    assert accessory_pixels < _pixels_of(both, colour) - shirt_pixels * 0.5, (accessory_pixels, shirt_pixels)


def _figure_masks(spec: SceneSpec, cast: list[Character]) -> dict[str, Image.Image]:
    """Each character's figure alone, where the page draws it (after the beds lifted the sleepers), as
    a 200 px mask of the picture."""
    staged = stage(spec, cast, 720, random.Random(1))
    place_props(spec, staged, style_named("flat"))
    masks = {}
    for spot in staged.spots:
        figure = place_figure(
            spot.character,
            style_named("flat"),
            3,
            x=spot.x,
            ground=spot.ground,
            height=spot.height,
            mood=spot.mood,
            pose=spot.pose,
            mirror=spot.facing == "left",
            facing=spot.facing,
        )
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 1000 1000">'
            f"{figure}</svg>"
        )
        raw = resvg_py.svg_to_bytes(svg_string=svg, width=200, height=200, skip_system_fonts=True)
        with Image.open(io.BytesIO(bytes(raw))) as image:
            # the soft shadow under a figure (16% opaque) is not the figure
            masks[spot.character.name] = image.getchannel("A").point(lambda v: 255 if v > 100 else 0)
    return masks


@pytest.mark.parametrize("shot", ["wide", "medium", "close-up"])
@pytest.mark.parametrize(("place", "bedding"), [("bedroom", "bed"), ("forest", "sleeping-mat")])
@pytest.mark.parametrize("sleepers", [2, 3])
def test_sleepers_lie_side_by_side_each_in_their_own_bed_none_covering_another(
    shot: str, place: str, bedding: str, sleepers: int
) -> None:
    # given two or three friends (one a grown-up) asleep on one page
    cast = [HERO, LEO, companion("Gran", "grandma")][:sleepers]
    spec = scene(
        place=place,
        shot=shot,
        composition="close-up" if shot == "close-up" else "wide",
        characters_present=[c.name for c in cast],
        cast=[CharacterInScene(name=c.name, pose="sleep") for c in cast],
    )
    # when the page is drawn
    drawn = svg_of(spec, cast)
    masks = _figure_masks(spec, cast)
    # then each lies in a bed (or on a mat) of their own, wholly inside the picture
    assert drawn.count(f'id="prop-{bedding}"') == sleepers
    for name, mask in masks.items():
        box = mask.getbbox()
        assert box is not None, name
        assert box[0] > 0 and box[2] < 200 and box[1] > 0 and box[3] < 200, (name, box)
    # and no figure lies over another: their drawn pixels do not meet
    names = list(masks)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            both = ImageChops.multiply(masks[first], masks[second])
            assert both.getbbox() is None, (first, second, shot, place)


def _visible_share(drawn: str, prop: str) -> tuple[float, tuple[int, int, int, int] | None]:
    """(how much of the prop's own drawing shows on the page, its box on the page) at 200 px."""
    group = re.search(rf'<g id="prop-{prop}"><g [^>]*>.*?</g></g>', drawn)
    assert group is not None, prop
    alone = raster(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 1000 1000">'
        f'<rect width="1000" height="1000" fill="#000000"/>{group.group(0)}</svg>'
    )
    black = Image.new("RGB", alone.size, "black")
    own = ImageChops.difference(alone, black).convert("L").point(lambda v: 255 if v > 24 else 0)
    without = drawn.replace(group.group(0), "")
    # any change at all counts: a pale moon over a white cloud still shows
    shows = (
        ImageChops.difference(raster(drawn), raster(without))
        .convert("L")
        .point(lambda v: 255 if v > 4 else 0)
    )
    own_pixels = own.histogram()[255]
    shown = ImageChops.multiply(own, shows).histogram()[255]
    return (shown / own_pixels if own_pixels else 0.0), own.getbbox()


CROWDED = [
    CharacterInScene(name="Mia", pose="hold", holding="compass"),
    CharacterInScene(name="Leo", pose="point", holding="key"),
    CharacterInScene(name="Gran", pose="talk", holding="cookie"),
]


@pytest.mark.parametrize("shot", ["close-up", "two-shot", "medium", "wide"])
@pytest.mark.parametrize(
    ("composition", "text_space"), [("centered", "bottom"), ("wide", "top"), ("hero-left", "bottom")]
)
def test_the_small_things_a_page_names_stay_visible_and_readable_in_every_shot(
    shot: str, composition: str, text_space: str
) -> None:
    # given three friends in a crowded shot, each holding a small thing, and more small things around
    cast = [HERO, LEO, companion("Gran", "grandma")]
    spec = scene(
        shot=shot,
        composition=composition,
        text_space=text_space,
        characters_present=[c.name for c in cast],
        cast=CROWDED,
        props=[PropInScene(prop="shell"), PropInScene(prop="moon", where="sky"), PropInScene(prop="acorn")],
    )
    # when the page is drawn
    drawn = svg_of(spec, cast)
    # then each thing is inside the picture, at a readable size, and mostly not hidden
    for prop in ("compass", "key", "cookie", "shell", "moon", "acorn"):
        share, box = _visible_share(drawn, prop)
        assert box is not None, prop
        assert box[0] >= 0 and box[1] >= 0 and box[2] <= 200 and box[3] <= 200, (prop, box)
        assert max(box[2] - box[0], box[3] - box[1]) >= 9, (prop, box)  # at least 4.5% of the page
        assert share >= 0.6, (prop, round(share, 2))


def group_of(drawn: str, group_id: str) -> str:
    """The whole `<g id="group_id" ...>...</g>` element of an SVG, its nested groups included."""
    start = drawn.index(f'<g id="{group_id}"')
    depth = 0
    for tag in re.finditer(r"<g[\s>]|</g>", drawn[start:]):
        depth += -1 if tag.group(0) == "</g>" else 1
        if depth == 0:
            return drawn[start : start + tag.end()]
    raise AssertionError(group_id)


def alone_mask(element: str, size: int = 200) -> Image.Image:
    """Where `element` alone, drawn on a transparent 1000-unit page at `size` px, has its pixels."""
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 1000 1000">'
        f"{element}</svg>"
    )
    raw = resvg_py.svg_to_bytes(svg_string=svg, width=size, height=size, skip_system_fonts=True)
    with Image.open(io.BytesIO(bytes(raw))) as image:
        return image.getchannel("A").point(lambda v: 255 if v > 100 else 0)


def _animal_box(spec: SceneSpec, cast: list[Character], kind: str) -> tuple[int, int, int, int]:
    """The box (at 200 px) of one named animal's own drawing where the page puts it (drawn alone: on a
    page with animals the cast may stand aside to leave them room)."""
    box = alone_mask(group_of(svg_of(spec, cast), f"animal-{kind}-1")).getbbox()
    assert box is not None, kind
    return box


@pytest.mark.parametrize(
    ("kind", "low", "high"), [("dog", 0.3, 0.7), ("sheep", 0.45, 0.95), ("cow", 0.8, 1.4)]
)
def test_a_named_four_legged_animal_stands_on_four_legs_at_its_size_behind_the_cast(
    kind: str, low: float, high: float
) -> None:
    # given a farm page that names one animal beside two children
    spec = scene(place="farm", shot="medium", animals=[AnimalInScene(kind=kind)])
    cast = [HERO, companion("Sam", "boy")]
    staged = stage(spec, cast, 720, random.Random(1))
    drawn = svg_of(spec, cast)
    # when drawn, then it is an animal on four legs, not a figure in a shirt
    assert f'id="animal-{kind}-1" data-gait="four-legs"' in drawn
    assert 'id="quadruped"' in drawn
    x0, y0, x1, y1 = _animal_box(spec, cast, kind)
    assert x1 - x0 > (y1 - y0) * 1.05  # longer than tall: side on
    # at its natural height next to the child, who is drawn `height` tall
    child = staged.spots[0].drawn_height / 5
    assert low <= (y1 - y0) / child <= high, (y1 - y0) / child
    # standing a step behind the children's line, not in a row with them
    placed = re.search(rf'id="animal-{kind}-1"[^>]*><g transform="translate\(([-\d.]+) ([-\d.]+)\)', drawn)
    assert placed is not None
    assert float(placed.group(2)) <= staged.ground - 30


def test_a_named_bird_flies_and_a_fish_swims_above_the_sea_bed() -> None:
    bird = scene(place="park", animals=[AnimalInScene(kind="bird", where="ground")])
    drawn = svg_of(bird, [HERO])
    assert 'id="animal-bird-1" data-gait="flying"' in drawn and 'id="flying-bird"' in drawn
    staged = stage(bird, [HERO], 720, random.Random(1))
    _, _, _, bottom = _animal_box(bird, [HERO], "bird")
    assert bottom * 5 < staged.ground - staged.spots[0].drawn_height * 0.5
    fish = scene(place="underwater", animals=[AnimalInScene(kind="fish", where="ground")])
    staged = stage(fish, [HERO], 720, random.Random(1))
    _, _, _, bottom = _animal_box(fish, [HERO], "fish")
    assert bottom * 5 < staged.ground - 40


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(
    ("time_of_day", "text_space"), [("morning", "bottom"), ("sunset", "top"), ("night", "bottom")]
)
def test_a_tower_seen_from_outside_stands_tall_on_its_hill_behind_the_cast(
    style: str, time_of_day: str, text_space: str
) -> None:
    # given a page at the tower seen from outside
    spec = scene(place="tower-outside", time_of_day=time_of_day, text_space=text_space, shot="wide")
    drawn = svg_of(spec, [HERO, LEO], style)
    # then the tower is drawn, before (behind) the cast
    assert drawn.index('id="tower-landmark"') < drawn.index('id="kind-')
    tower = group_of(drawn, "tower-landmark")
    for part in ("<path", "<rect", "a32,32"):  # roof, stones, arched door
        assert part in tower
    # and it is big enough to recognise: at least a quarter of the picture tall, inside the picture
    box = alone_mask(tower).getbbox()
    assert box is not None
    assert box[3] - box[1] >= 50, box  # of 200 px
    assert box[1] >= 0 and box[3] <= 200


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mia walked up to the tall dark tower.", "tower-outside"),
        ("They saw the castle on the hill.", "tower-outside"),
        ("Mia climbed the stairs inside the tower.", "tower"),
        ("They sat in the tower room.", "tower"),
        ("They ran through the castle.", "castle-hall"),
        ("Léa marcha vers le château.", "tower-outside"),
        ("Subieron las escaleras de la torre.", "tower"),
        ("Sie standen vor dem Schloss.", "tower-outside"),
    ],
)
def test_a_tower_or_castle_named_as_a_landmark_is_seen_from_outside_unless_the_page_goes_in(
    text: str, place: str
) -> None:
    assert scenes.place_in_text(text) == place


@pytest.mark.parametrize(
    ("text", "language", "prop"),
    [
        ("A giant was asleep across the road.", "en", "giant"),
        ("Un géant dormait en travers du chemin.", "fr", "giant"),
        ("A grumpy troll wanted a joke before anyone could pass.", "en", "troll"),
        ("Ein mürrischer Troll wollte erst einen Witz hören.", "de", "troll"),
        ("Footprints zigzagged across the white square.", "en", "footprints"),
        ("Des traces de pas zigzaguaient sur la place blanche.", "fr", "footprints"),
        ("Smoke curled up from the chimneys.", "en", "chimney-smoke"),
        ("Aus den Schornsteinen stieg Rauch auf.", "de", "chimney-smoke"),
        ("The traffic lights stayed red for a very long time.", "en", "traffic-lights"),
        ("El semáforo se quedó en rojo muchísimo tiempo.", "es", "traffic-lights"),
    ],
)
@pytest.mark.parametrize("style", STYLE_NAMES)
def test_the_giant_troll_footprints_smoke_and_traffic_lights_a_page_names_are_drawn(
    text: str, language: str, prop: str, style: str
) -> None:
    # given a page naming the thing, in a place it may be
    place = "snowy-village" if prop in ("footprints", "chimney-smoke") else "city-street"
    spec = scene(place=place, shot="wide", props=scenes.props_for(text, language, ["Mia", "Leo"], place))
    drawn = svg_of(spec, [HERO, LEO], style)
    # then it is drawn, inside the picture and big enough to see (at least 8% of the page)
    box = alone_mask(group_of(drawn, f"prop-{prop}").replace(' filter="url(#cutshadow)"', "")).getbbox()
    assert box is not None, prop
    assert box[0] >= 0 and box[2] <= 200 and box[3] <= 200, box
    assert max(box[2] - box[0], box[3] - box[1]) >= 16, (prop, box)


def test_a_giant_is_drawn_taller_than_the_children_and_a_giant_kite_is_no_giant() -> None:
    spec = scene(place="forest", shot="wide", props=[PropInScene(prop="giant", where="ground")])
    drawn = svg_of(spec, [HERO, LEO])
    giant = alone_mask(group_of(drawn, "prop-giant")).getbbox()
    hero = alone_mask(group_of(drawn, "kind-child-Mia")).getbbox()
    assert giant is not None and hero is not None
    # lying asleep across the road: half again as long as the children are tall, and nearly as thick
    assert giant[2] - giant[0] > (hero[3] - hero[1]) * 1.5, (giant, hero)
    assert giant[3] - giant[1] > (hero[3] - hero[1]) * 0.7, (giant, hero)
    assert [p.prop for p in scenes.props_for("The giant kite had torn.", "en", ["Mia"], "park")] == ["kite"]


def test_hair_stands_apart_from_the_skin_for_every_look_a_customer_can_choose() -> None:
    """Strawberry-blond hair on beige skin, and dark-brown hair on deep-brown skin, were drawn so close
    to the skin's colour that the child looked bald."""
    # given every skin tone and hair colour of the form and of the engine's own choices
    skins = [hex_code for _, hex_code in SKIN_TONES.values()] + [hex_code for _, hex_code in ENGINE_SKINS]
    hairs = [hex_code for _, hex_code in HAIR_COLOURS.values()] + [hex_code for _, hex_code in ENGINE_HAIR]
    # when each pair is drawn, then the hair is apart from the skin (white and grey hair keep their colour)
    for skin in skins:
        for hair in hairs:
            drawn = hair_against(hair, skin)
            grey = max(hex_to_rgb(hair)) - min(hex_to_rgb(hair)) < 24 and luminance(hair) > 0.5
            assert drawn == hair if grey else distance(drawn, skin) >= HAIR_APART, (skin, hair, drawn)
    # and the figure is drawn with it
    hero = HERO.model_copy(
        update={
            "bible": HERO.bible.model_copy(
                update={"colours": {**HERO.bible.colours, "skin": "#d9a77e", "hair": "#dc9d6e"}}
            )
        }
    )
    drawn = svg_of(scene(characters_present=[hero.name], cast=[]), [hero])
    assert hair_against("#dc9d6e", "#d9a77e") in drawn
    assert "#dc9d6e" not in drawn


@pytest.mark.parametrize(
    ("species", "look"),
    [
        ("tortue", "lunettes"),
        ("chien", "des lunettes rondes"),
        ("Oma", "Brille"),
        ("búho", "gafas"),
        ("dragon", "glasses"),
        ("seal", "round glasses"),
        ("snail", "spectacles"),
    ],
)
def test_glasses_the_customer_names_in_any_language_are_on_the_face(species: str, look: str) -> None:
    """A turtle "with lunettes" and an Oma "mit Brille" were drawn without them: animals drew no glasses
    at all, and people only when the word was English."""
    # given a companion wearing glasses, and the same without
    friend, plain = companion("Pal", species, look), companion("Pal", species, "")
    # when drawn, then the glasses are there, and only there
    assert 'id="glasses"' in svg_of(scene(characters_present=["Pal"], cast=[]), [friend])
    assert 'id="glasses"' not in svg_of(scene(characters_present=["Pal"], cast=[]), [plain])


@pytest.mark.parametrize("species", ["turtle", "fish", "dolphin", "snail"])
@pytest.mark.parametrize("pose", ["swim", "lie", "sleep"])
def test_a_turtle_or_a_fish_swims_and_sleeps_level_not_stood_on_end(species: str, pose: str) -> None:
    """A turtle friend swimming, or asleep in bed, was turned on its side like a child: its shell
    stood on end. A swimmer and a snail are drawn in their own shape, lifted, never laid over."""
    # given
    friend = companion("Pal", species)
    # when drawn alone in the pose
    figure = place_figure(
        friend, style_named("flat"), 3, x=500, ground=900, height=400, mood="happy", pose=pose
    )
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 1000 1000">'
        f"{figure}</svg>"
    )
    raw = resvg_py.svg_to_bytes(svg_string=svg, width=200, height=200, skip_system_fonts=True)
    with Image.open(io.BytesIO(bytes(raw))) as image:
        left, top, right, bottom = image.getchannel("A").point(lambda v: 255 if v > 100 else 0).getbbox()
    # then it is wider than tall, as it stands
    assert right - left >= (bottom - top) * 0.9, (right - left, bottom - top)
