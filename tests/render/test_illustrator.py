"""The built-in illustrator's drawing: species, styles, every backdrop, time of day and composition."""

from __future__ import annotations

import hashlib

import pytest
from PIL import ImageStat

from storyloom.render.illustrator import render_character_sheet, render_scene, species_kind, style_named
from storyloom.render.illustrator.backdrops import BACKDROPS
from storyloom.story.schema import Backdrop, SceneSpec
from tests.render.fixtures.illustration import load_story, open_png, pixels_near

SIZE = 240


@pytest.mark.parametrize(
    ("species", "kind"),
    [
        pytest.param("human child", "child", id="human-child"),
        pytest.param("human grandmother", "grandma", id="grandmother"),
        pytest.param("Fox", "fox", id="fox"),
        pytest.param("brown bear", "bear", id="bear"),
        pytest.param("teddy bear", "bear", id="teddy"),
        pytest.param("bunny rabbit", "rabbit", id="bunny"),
        pytest.param("tabby cat", "cat", id="cat"),
        pytest.param("puppy dog", "dog", id="puppy"),
        pytest.param("wise owl", "owl", id="owl"),
        pytest.param("baby dragon", "dragon", id="dragon"),
        pytest.param("tin robot", "robot", id="robot"),
        pytest.param("lion cub", "lion", id="lion"),
        pytest.param("Schildkröte", "turtle", id="german-turtle"),
        pytest.param("las abuelas", "grandma", id="spanish-plural-article"),
        pytest.param("moon-jelly from the stars", "octopus", id="jelly-is-nearest-to-an-octopus"),
        pytest.param("snowman", "child", id="snowman-is-not-a-grown-up"),
        pytest.param("wumpus", "child", id="unknown-is-a-child"),
    ],
)
def test_species_choose_a_drawing(species: str, kind: str) -> None:
    assert species_kind(species) == kind


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Watercolor", "watercolour", id="american-spelling"),
        pytest.param("paper cut-out", "papercut", id="label"),
        pytest.param("flat", "flat", id="flat"),
        pytest.param("oil painting", "watercolour", id="unknown-falls-back"),
    ],
)
def test_style_names(name: str, expected: str) -> None:
    assert style_named(name).name == expected


BACKDROP_NAMES: tuple[Backdrop, ...] = tuple(BACKDROPS)  # type: ignore[assignment]


def test_every_backdrop_of_the_schema_has_a_painter() -> None:
    from typing import get_args

    assert set(BACKDROPS) == set(get_args(Backdrop))


@pytest.mark.parametrize("backdrop", BACKDROP_NAMES)
def test_each_backdrop_draws_its_own_scenery(backdrop: Backdrop) -> None:
    # given a scene with nobody in it, in each setting
    story = load_story("lantern_of_stars")
    scene = SceneSpec(
        setting="x",
        backdrop=backdrop,
        time_of_day="afternoon",
        characters_present=[],
        action="look",
        mood="calm",
        composition="wide",
    )
    forest = scene.model_copy(update={"backdrop": "forest"})
    # when
    png = render_scene(scene, story.characters, "flat", 3, width=SIZE, height=SIZE)
    reference = render_scene(forest, story.characters, "flat", 3, width=SIZE, height=SIZE)
    # then
    assert open_png(png).size == (SIZE, SIZE)
    assert (png == reference) == (backdrop == "forest")


@pytest.mark.parametrize("time_of_day", ["dawn", "morning", "afternoon", "sunset", "night"])
def test_time_of_day_changes_the_sky(time_of_day: str) -> None:
    # given
    story = load_story("lantern_of_stars")
    scene = story.chapters[1].scene.model_copy(update={"time_of_day": time_of_day})
    # when
    png = render_scene(scene, story.characters, "flat", 3, width=SIZE, height=SIZE)
    # then the top of the picture is dark only at night
    top = open_png(png).convert("L").crop((0, 0, SIZE, SIZE // 8))
    brightness = ImageStat.Stat(top).mean[0]
    assert (brightness < 90) == (time_of_day == "night")


@pytest.mark.parametrize("composition", ["wide", "close-up", "hero-left", "hero-right", "centered"])
def test_composition_places_the_hero(composition: str) -> None:
    # given Maya (yellow coat) alone with Rusty
    story = load_story("lantern_of_stars")
    scene = story.chapters[1].scene.model_copy(update={"composition": composition})
    # when
    png = render_scene(scene, story.characters, "flat", 3, width=SIZE, height=SIZE)
    # then the hero's coat sits where the composition puts her, bigger in a close-up
    image = open_png(png).convert("RGB")
    coat = [
        (x, y) for x in range(SIZE) for y in range(SIZE) if _near(image.getpixel((x, y)), (0xF6, 0xC0, 0x26))
    ]
    centre_x = sum(x for x, _ in coat) / len(coat) / SIZE
    expected_side = {
        "hero-left": centre_x < 0.4,
        "hero-right": centre_x > 0.6,
        "centered": 0.3 < centre_x < 0.7,
    }
    assert expected_side.get(composition, True)
    if composition == "close-up":
        assert len(coat) > 2.5 * _coat_area(story, "wide")


def _near(rgb: object, target: tuple[int, int, int], tolerance: int = 10) -> bool:
    assert isinstance(rgb, tuple)
    return all(abs(a - b) <= tolerance for a, b in zip(rgb, target, strict=True))


def _coat_area(story: object, composition: str) -> int:
    from storyloom.story.schema import StoryContent

    assert isinstance(story, StoryContent)
    scene = story.chapters[1].scene.model_copy(update={"composition": composition})
    png = render_scene(scene, story.characters, "flat", 3, width=SIZE, height=SIZE)
    return pixels_near(png, "#f6c026", 10)


@pytest.mark.parametrize("text_space", ["top", "bottom"])
def test_the_text_area_is_calm(text_space: str) -> None:
    # given
    story = load_story("garden_race")
    scene = story.chapters[3].scene.model_copy(update={"text_space": text_space})
    # when
    image = open_png(render_scene(scene, story.characters, "flat", 3, width=SIZE, height=SIZE)).convert("L")
    # then the text band has far fewer edges than the busiest band of the page
    bands = [image.crop((0, y, SIZE, y + SIZE // 5)) for y in range(0, SIZE, SIZE // 5)]
    busyness = [_edges(band) for band in bands]
    text_band = busyness[0] if text_space == "top" else busyness[-1]
    assert text_band < max(busyness) / 3


def _edges(band: object) -> int:
    from PIL import Image, ImageFilter

    assert isinstance(band, Image.Image)
    edges = band.filter(ImageFilter.FIND_EDGES)
    return sum(edges.histogram()[41:])


def test_styles_change_palette_line_and_texture() -> None:
    # given
    story = load_story("lantern_of_stars")
    scene = story.chapters[2].scene
    # when
    pictures = {
        s: render_scene(scene, story.characters, s, 3, width=SIZE, height=SIZE)
        for s in ("watercolour", "flat", "crayon", "papercut")
    }
    # then every style looks different, and only flat keeps perfectly uniform colour fields
    assert len({hashlib.sha256(p).hexdigest() for p in pictures.values()}) == 4
    colour_counts = {
        s: len(open_png(p).convert("RGB").getcolors(SIZE * SIZE) or []) for s, p in pictures.items()
    }
    assert all(colour_counts["flat"] * 2 < colour_counts[s] for s in ("watercolour", "crayon", "papercut"))


def test_character_sheet_shows_the_character_large() -> None:
    # given
    story = load_story("garden_race")
    zib = story.character("Zib")
    # when
    png = render_character_sheet(zib, "flat", 3, width=SIZE, height=SIZE)
    # then the unknown creature is drawn in its own colours, filling a good part of the sheet
    assert pixels_near(png, "#7fe0c4", 8) > SIZE * SIZE * 0.08
    assert pixels_near(png, "#ff8c1a", 8) > SIZE * SIZE * 0.01
