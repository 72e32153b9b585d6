"""Figures that tell the page's story (issue 13): an owl upright, a bird's scarf at its neck, gulls
white and grey, the farm's animals seen beside the cast, and the robot to mend drawn broken."""

from __future__ import annotations

import io
import re

import pytest
import resvg_py
from PIL import Image, ImageChops

from storyloom.providers.text.engine import scenes
from storyloom.render.illustrator.compose import scene_svg
from storyloom.render.illustrator.figures import place_figure
from storyloom.render.illustrator.styles import STYLE_NAMES, style_named
from storyloom.render.scene_prompt import scene_phrase
from storyloom.story.schema import AnimalInScene, Character, CharacterInScene, SceneSpec
from tests.render.test_scene_drawing import HERO, companion


def page(place: str, cast: list[Character], animals: list[AnimalInScene], shot: str = "medium") -> SceneSpec:
    return SceneSpec(
        setting="somewhere",
        backdrop="garden",
        place=place,
        time_of_day="morning",
        characters_present=[c.name for c in cast],
        action="playing",
        mood="happy",
        composition="wide",
        shot=shot,
        cast=[CharacterInScene(name=c.name) for c in cast],
        animals=animals,
    )


def drawn(spec: SceneSpec, cast: list[Character], style: str = "flat") -> str:
    return scene_svg(spec, cast, style_named(style), 5, width=200, height=200)


def group_of(svg: str, group_id: str) -> str:
    """The whole `<g id="group_id" ...>...</g>` element, its nested groups included."""
    start = svg.index(f'<g id="{group_id}"')
    depth = 0
    for tag in re.finditer(r"<g[\s>]|</g>", svg[start:]):
        depth += -1 if tag.group(0) == "</g>" else 1
        if depth == 0:
            return svg[start : start + tag.end()]
    raise AssertionError(group_id)


def alone(element: str, size: int = 200) -> Image.Image:
    """`element` alone on a transparent 1000-unit page, `size` px square, as RGBA (without the paper
    cut's drop shadow, whose filter the page defines)."""
    element = element.replace(' filter="url(#cutshadow)"', "")
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 1000 1000">'
        f"{element}</svg>"
    )
    raw = resvg_py.svg_to_bytes(svg_string=svg, width=size, height=size, skip_system_fonts=True)
    with Image.open(io.BytesIO(bytes(raw))) as image:
        return image.convert("RGBA")


def mask(image: Image.Image) -> Image.Image:
    return image.getchannel("A").point(lambda v: 255 if v > 100 else 0)


def figure(character: Character, style: str, pose: str) -> str:
    return place_figure(
        character,
        style_named(style),
        3,
        x=500,
        ground=900,
        height=400,
        mood="sleepy" if pose == "sleep" else "happy",
        pose=pose,
    )


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize("pose", ["lie", "sleep", "dance", "run", "walk", "swim", "fly", "stand"])
def test_an_owl_stays_upright_in_every_pose(style: str, pose: str) -> None:
    # given an owl friend, in a pose that lays down or leans other figures
    owl = companion("Hoot", "owl")
    # when drawn alone
    group = figure(owl, style, pose)
    # then it is neither turned nor laid down: taller than wide, as an owl perches and sleeps
    transform = re.search(r'id="pose-[\w-]+-Hoot" transform="([^"]*)"', group)
    assert transform is not None and "rotate" not in transform.group(1), pose
    box = mask(alone(group, 400)).getbbox()
    assert box is not None
    assert box[3] - box[1] > (box[2] - box[0]) * 1.05, (pose, box)


SCARF = (255, 0, 255)


def _pixels_near(image: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    rgb = image.convert("RGB")
    bands = ImageChops.difference(rgb, Image.new("RGB", rgb.size, colour)).split()
    seen = mask(image)
    for band in bands:  # every channel within 18 of the colour's
        seen = ImageChops.multiply(seen, band.point(lambda v: 255 if v < 18 else 0))
    return seen


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(
    ("species", "look", "beak"),
    [
        ("duck", "cheerful, red scarf", "#f08a24"),
        ("hen", "blue scarf", "#f0a04b"),
        ("Ente", "roter Schal", "#f08a24"),
    ],
)
def test_a_birds_scarf_sits_at_its_neck_in_its_own_colour(
    style: str, species: str, look: str, beak: str
) -> None:
    # given a duck or a hen whose customer wrote a scarf, its scarf a colour nothing else on it has
    bird = companion("Daisy", species, look)
    colours = {**bird.bible.colours, "scarf": "#ff00ff", "outfit": "#00ff00"}
    bird = bird.model_copy(update={"bible": bird.bible.model_copy(update={"colours": colours})})
    # when drawn alone
    image = alone(figure(bird, style, "stand"), 500)
    body = mask(image).getbbox()
    scarf = _pixels_near(image, SCARF).getbbox()
    beak_rgb = tuple(int(beak[k : k + 2], 16) for k in (1, 3, 5))
    assert body is not None
    head = image.crop((0, 0, image.width, body[1] + (body[3] - body[1]) * 6 // 10))  # not the feet
    bill = _pixels_near(head, beak_rgb).getbbox()  # type: ignore[arg-type]
    # then the scarf is there in its own colour (not the outfit's), wrapped round the neck: its top
    # just under the beak, touching the head, neither across the face nor floating down the chest
    assert body is not None and scarf is not None and bill is not None, (body, scarf, bill)
    tall = body[3] - body[1]
    assert scarf[1] >= bill[3] - 2, (scarf, bill)
    assert scarf[1] - bill[3] <= tall * 0.07, (scarf, bill, tall)
    assert body[0] < scarf[0] and scarf[2] < body[2]


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize("place", ["beach", "boat"])
def test_the_birds_over_the_sea_are_white_and_grey_gulls(style: str, place: str) -> None:
    # given a seaside page whose text names three gulls (a bird of the kinds table)
    spec = page(place, [HERO], [AnimalInScene(kind="bird", count=3, where="sky")])
    # when drawn
    svg = drawn(spec, [HERO], style)
    # then three gulls fly over it: white body, pale grey wings, yellow beak; no blue bird
    for number in (1, 2, 3):
        gull = group_of(svg, f"animal-bird-{number}")
        assert 'id="flying-gull"' in gull and 'data-gait="flying"' in gull
        for colour in ("#f6f6f3", "#a9b3bc", "#f2c12e"):
            assert colour in gull, (number, colour)
    assert "flying-bird" not in svg
    # and a bird over a park stays a bird
    assert 'id="flying-bird"' in drawn(
        page("park", [HERO], [AnimalInScene(kind="bird", where="sky")]), [HERO]
    )


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize("species", ["seagull chick", "gaviota", "mouette", "Möwe"])
def test_a_gull_friend_is_white_and_grey_with_a_yellow_beak_not_a_blue_egg(style: str, species: str) -> None:
    # given a gull typed in any of the four languages
    gull = companion("Pip", species)
    assert gull.bible.kind == "bird"
    assert "white" in gull.bible.skin_or_fur and gull.bible.colours["skin"] == "#f4f4f1"
    # when drawn, then white and grey with a yellow beak, none of the blue bird's colours
    image = alone(figure(gull, style, "stand"), 400)
    for colour in ((0xF6, 0xF6, 0xF3), (0xA9, 0xB3, 0xBC), (0xF2, 0xC1, 0x2E)):
        assert _pixels_near(image, colour).getbbox() is not None, colour
    assert _pixels_near(image, (0x4F, 0x8F, 0xD8)).getbbox() is None


def _visible_shares(svg: str, animal_ids: list[str]) -> dict[str, float]:
    """How much of each animal's own drawing no character's figure covers."""
    figures = "".join(group_of(svg, match) for match in re.findall(r'<g id="(kind-[^"]+)"', svg))
    covered = mask(alone(figures))
    shares = {}
    for animal in animal_ids:
        own = mask(alone(group_of(svg, animal)))
        pixels = own.histogram()[255]
        hidden = ImageChops.multiply(own, covered).histogram()[255]
        shares[animal] = 1 - hidden / pixels
    return shares


@pytest.mark.parametrize("shot", ["medium", "wide", "close-up"])
@pytest.mark.parametrize(
    ("cast_kinds", "animals"),
    [
        (["duck", "cow", "pig"], [AnimalInScene(kind="cow", count=3)]),
        (["fox"], [AnimalInScene(kind="sheep"), AnimalInScene(kind="chicken", count=2)]),
        (["fox", "grandma"], [AnimalInScene(kind="cow", count=2), AnimalInScene(kind="horse")]),
    ],
)
def test_the_farms_animals_stay_visible_beside_a_crowded_cast(
    shot: str, cast_kinds: list[str], animals: list[AnimalInScene]
) -> None:
    # given a crowded farm page that names the farm's animals
    cast = [HERO, *(companion(f"Pal{k}", kind) for k, kind in enumerate(cast_kinds))]
    spec = page("farm", cast, animals, shot)
    # when drawn
    svg = drawn(spec, cast)
    # then every animal is seen: three quarters of it or more uncovered by the characters
    ids = [f"animal-{item.kind}-{n + 1}" for item in animals for n in range(item.count)]
    shares = _visible_shares(svg, ids)
    assert min(shares.values()) >= 0.75, {k: round(v, 2) for k, v in shares.items()}
    # and every character is still drawn
    assert all('id="kind-' in svg and f'-{c.name}"' in svg for c in cast)


@pytest.mark.parametrize(
    ("text", "language", "broken"),
    [
        ("Oh dear, the robot helper had broken into pieces, and nobody knew how to mend it.", "en", True),
        ("At last, the robot helper worked better than ever before.", "en", False),
        ("El robot ayudante se había roto en pedazos, y nadie sabía qué hacer.", "es", True),
        ("Le robot assistant était cassé, et personne ne savait le réparer.", "fr", True),
        ("Der Helferroboter war in Stücke gegangen, und niemand wusste Rat.", "de", True),
        ("Der Helferroboter funktionierte wieder.", "de", False),
    ],
)
def test_the_engine_says_when_the_robot_of_the_story_is_broken(
    text: str, language: str, broken: bool
) -> None:
    animals = scenes.animals_for(text, language, [], "workshop")
    assert [(a.kind, a.broken) for a in animals] == [("robot", broken)]


@pytest.mark.parametrize("style", STYLE_NAMES)
def test_a_broken_robot_looks_broken_and_smaller_than_the_cast(style: str) -> None:
    # given a workshop page where the robot to mend is broken, and one where it works again
    cast = [HERO, companion("Dot", "mouse")]
    broken = page("workshop", cast, [AnimalInScene(kind="robot", broken=True)])
    mended = page("workshop", cast, [AnimalInScene(kind="robot")])
    # when drawn
    svg = drawn(broken, cast, style)
    robot = group_of(svg, "animal-robot-1")
    # then it is slumped, its lid open with a spring out, a spark, and a wrench beside it
    assert 'data-gait="broken"' in robot
    for part in ("broken-robot", "lid", "spring", "spark", "wrench", "loose-arm"):
        assert f'id="{part}"' in robot, part
    # smaller than the hero: a thing on the floor, not a friend standing with the cast
    robot_box = mask(alone(robot)).getbbox()
    hero_box = mask(alone(group_of(svg, "kind-child-Mia"))).getbbox()
    assert robot_box is not None and hero_box is not None
    assert robot_box[3] - robot_box[1] < (hero_box[3] - hero_box[1]) * 0.5
    # and once mended it stands again
    assert 'id="broken-robot"' not in drawn(mended, cast, style)
    # the prompt for an AI painter says it is broken
    assert "broken robot" in scene_phrase(broken, cast)
