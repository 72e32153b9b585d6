"""Pictures that tell the page's story (issue 13): figures never stand over each other, a moon never
covers a face, a landmark seen from afar is big enough to tell, a named animal is seen even in a
crowded close-up, a greenhouse is drawn as what it is where it is, and the cover shows the title's
thing and place."""

from __future__ import annotations

import random
import re

import pytest
from PIL import ImageChops

from storyloom.pipeline.pictures import _story_cover_scene
from storyloom.providers.text.engine import scenes
from storyloom.providers.text.engine.writer import compose_story
from storyloom.render.illustrator.compose import scene_svg
from storyloom.render.illustrator.spots import figure_boxes
from storyloom.render.illustrator.staging import stage
from storyloom.render.illustrator.styles import style_named
from storyloom.story.params import StoryParams
from storyloom.story.schema import AnimalInScene, CharacterInScene, PropInScene, SceneSpec
from tests.render.test_scene_drawing import (
    HERO,
    LEO,
    _figure_masks,
    _visible_share,
    companion,
    raster,
    scene,
    svg_of,
)

GRAN = companion("Gran", "grandma")
OWL = companion("Hoot", "owl")
DOG = companion("Sniff", "dog")
SHOTS = ("wide", "medium", "close-up", "two-shot", "from-behind")


def _crowd(size: int) -> list:
    return [HERO, LEO, GRAN, OWL, DOG][:size]


@pytest.mark.parametrize("shot", SHOTS)
@pytest.mark.parametrize("size", [2, 3, 4])
@pytest.mark.parametrize(("composition", "text_space"), [("centered", "bottom"), ("hero-left", "bottom")])
def test_figures_never_stand_over_each_other_in_any_shot(
    shot: str, size: int, composition: str, text_space: str
) -> None:
    # given two to four friends talking in one shot (a two-shot of three was drawn one over another)
    cast = _crowd(size)
    spec = scene(
        shot=shot,
        composition=composition,
        text_space=text_space,
        characters_present=[c.name for c in cast],
        cast=[CharacterInScene(name=c.name, pose="talk") for c in cast],
    )
    # when the page is staged and drawn
    staged = stage(spec, cast, 720, random.Random(1))
    boxes = figure_boxes(staged)
    masks = _figure_masks(spec, cast)
    # then no two figures' boxes cross by more than a hand's width, and their drawn pixels barely meet
    # (a tail, a hand at most: under 8% of the smaller figure)
    for i, first in enumerate(boxes):
        for second in boxes[i + 1 :]:
            crossing = min(first[2], second[2]) - max(first[0], second[0])
            narrower = min(first[2] - first[0], second[2] - second[0])
            assert crossing <= narrower * 0.1, (shot, first, second)
    names = list(masks)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            both = ImageChops.multiply(masks[first], masks[second]).histogram()[255]
            smaller = min(masks[first].histogram()[255], masks[second].histogram()[255])
            assert both <= smaller * 0.08, (shot, first, second, both, smaller)


def _order(drawn: str, ident: str) -> int:
    found = drawn.find(f'id="{ident}')
    assert found >= 0, ident
    return found


@pytest.mark.parametrize("prop", ["moon", "star", "cloud", "planet"])
@pytest.mark.parametrize("shot", ["close-up", "two-shot"])
def test_a_sky_prop_never_covers_a_face_in_a_crowded_close_up(prop: str, shot: str) -> None:
    # given four friends in a close shot under the moon
    cast = _crowd(4)
    spec = scene(
        place="beach",
        shot=shot,
        composition="centered",
        characters_present=[c.name for c in cast],
        cast=[CharacterInScene(name=c.name, pose="stand") for c in cast],
        props=[PropInScene(prop=prop, where="sky")],
    )
    # when the page is drawn
    drawn = svg_of(spec, cast)
    # then the moon is drawn before (behind) every figure, so no face is ever under it
    first_figure = min(_order(drawn, "kind-") for _ in cast)
    assert _order(drawn, f"prop-{prop}") < first_figure
    # and it still shows: the picture changes where it is
    without = drawn.replace(re.search(rf'<g id="prop-{prop}">.*?</g></g>', drawn).group(0), "")  # type: ignore[union-attr]
    assert ImageChops.difference(raster(drawn), raster(without)).getbbox() is not None


def _prop_height(drawn: str, prop: str) -> float:
    placed = re.search(
        rf'id="prop-{prop}"><g transform="translate\([-\d.]+ [-\d.]+\) scale\(([-\d.]+)', drawn
    )
    assert placed is not None, prop
    return abs(float(placed.group(1))) * 100


@pytest.mark.parametrize("landmark", ["lighthouse", "barn", "waterfall", "greenhouse"])
@pytest.mark.parametrize("shot", SHOTS)
@pytest.mark.parametrize("text_space", ["bottom", "top"])
def test_a_landmark_seen_from_afar_is_big_enough_to_tell_and_behind_the_cast(
    landmark: str, shot: str, text_space: str
) -> None:
    # given a page naming a lighthouse on the cliff, three friends in the shot
    cast = _crowd(3)
    spec = scene(
        place="beach",
        shot=shot,
        composition="wide",
        text_space=text_space,
        characters_present=[c.name for c in cast],
        cast=[CharacterInScene(name=c.name) for c in cast],
        props=[PropInScene(prop=landmark, where="background")],
    )
    drawn = svg_of(spec, cast)
    # then it is at least 15% of the picture's height, and drawn behind the figures, never over them
    assert _prop_height(drawn, landmark) >= 150, (landmark, shot)
    assert _order(drawn, f"prop-{landmark}") < _order(drawn, "kind-")


@pytest.mark.parametrize("shot", ["close-up", "two-shot", "medium"])
@pytest.mark.parametrize("kind", ["cat", "dog", "fox"])
def test_an_animal_the_page_names_is_seen_even_in_a_crowded_close_up(shot: str, kind: str) -> None:
    # given three friends in a close shot and a stray cat the page names
    cast = [HERO, DOG, OWL]
    spec = scene(
        place="beach",
        shot=shot,
        composition="centered",
        characters_present=[c.name for c in cast],
        cast=[CharacterInScene(name=c.name) for c in cast],
        animals=[AnimalInScene(kind=kind)],
    )
    drawn = svg_of(spec, cast)
    without = svg_of(spec.model_copy(update={"animals": []}), cast)
    # then enough of the animal shows: the pixels it changes make a box at least half its drawn size
    added = (
        ImageChops.difference(raster(drawn), raster(without))
        .convert("L")
        .point(lambda v: 255 if v > 24 else 0)
    )
    box = added.getbbox()
    assert box is not None, kind
    shown = added.histogram()[255]
    staged = stage(spec, cast, 720, random.Random(1))
    child = staged.spots[0].drawn_height / 5  # px at 200
    assert shown >= (child * 0.12) ** 2, (kind, shot, shown)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "One morning a shy stray cat wished for a party."),
        ("es", "Una mañana, un gato callejero y tímido deseaba una fiesta."),
        ("fr", "Un matin, un petit chat errant et timide rêvait d'une fête."),
        ("de", "Eines Morgens wünschte sich eine scheue, streunende Katze ein Fest."),
    ],
)
def test_an_animal_named_with_adjectives_before_it_is_on_the_page_in_every_language(
    language: str, text: str
) -> None:
    assert [a.kind for a in scenes.animals_for(text, language, [], "beach")] == ["cat"]


def test_a_greenhouse_on_a_space_station_is_a_room_with_plants_and_on_earth_a_glasshouse() -> None:
    # given the German space book's page: the map had floated into the greenhouse
    text = "Die Karte war ins Gewächshaus geschwebt und hatte sich um eine Bohnenpflanze gewickelt."
    props = scenes.props_for(text, "de", ["Jonas"], "space-station")
    assert "greenhouse" in [p.prop for p in props]  # the scene says what the page names
    # when drawn on the station, then it is the station's room with potted plants, no glasshouse
    station = svg_of(scene(place="space-station", props=props), [HERO, LEO])
    assert 'id="place-space-station"' in station and 'id="prop-flowerpot"' in station
    assert 'id="prop-greenhouse" data-drawn-as="flowerpot"' in station  # the plants are the greenhouse
    assert 'id="prop-greenhouse"><g' not in station  # no glasshouse
    # and in a garden, in any language, a glasshouse far off behind the cast
    for language, words in (
        ("en", "Mia ran to the greenhouse at the end of the garden."),
        ("es", "Mia corrió al invernadero del jardín."),
        ("fr", "Mia courut vers la serre du jardin."),
        ("de", "Mia lief zum Gewächshaus im Garten."),
    ):
        outside = scenes.props_for(words, language, ["Mia"], "garden")
        assert [(p.prop, p.where) for p in outside] == [("greenhouse", "background")], language
        drawn = svg_of(scene(place="garden", props=outside), [HERO, LEO])
        assert 'id="prop-greenhouse"' in drawn and _prop_height(drawn, "greenhouse") >= 150
    assert "greenhouse" not in scenes.named_props("Léa serre Tom dans ses bras.", "fr")


def test_the_german_space_book_draws_plants_on_the_greenhouse_page() -> None:
    params = StoryParams(
        child_name="Jonas",
        age_group="6-8",
        genre="space",
        language="de",
        moral_lesson="Ehrlich sein",
        page_count=8,
        seed=7,
    )
    story = compose_story(params, 7, 2000)
    pages = [c for c in story.chapters if "Gewächshaus" in c.text]
    assert pages
    for chapter in pages:
        assert chapter.scene.place == "space-station"
        drawn = svg_of(chapter.scene, story.characters)
        assert 'id="prop-flowerpot"' in drawn and 'id="prop-greenhouse"><g' not in drawn


def _cover_of(title: str, pages: list[SceneSpec]) -> SceneSpec:
    params = StoryParams(
        child_name="Mia",
        age_group="6-8",
        genre="fairy tale",
        language="en",
        moral_lesson="Be kind",
        page_count=8,
        seed=1,
    )
    story = compose_story(params, 1, 2000)
    plain = scene(characters_present=["Mia"], cast=[])
    scenes_ = [*pages, *[plain] * (len(story.chapters) - len(pages))]
    chapters = [c.model_copy(update={"scene": s}) for c, s in zip(story.chapters, scenes_, strict=True)]
    story = story.model_copy(update={"title": title, "chapters": chapters})
    return _story_cover_scene(story)


def test_the_cover_shows_the_titles_thing_in_the_heros_hands_at_the_titles_place() -> None:
    found = scene(props=[PropInScene(prop="key")], characters_present=["Mia"], cast=[])
    cover = _cover_of("Mia and the Golden Key of the Singing Tower", [found])
    assert cover.place == "tower-outside"  # the tower a title names is seen from outside
    assert [(p.prop, p.where, p.held_by) for p in cover.props] == [("key", "held", "Mia")]
    assert cover.pose_of("Mia").holding == "key"
    drawn = svg_of(cover, [HERO, LEO])
    assert 'id="prop-key"' in drawn and 'id="place-tower-outside"' in drawn
    assert 'id="tower-landmark"' in drawn


def test_the_cover_shows_the_titles_animal_and_a_spanish_title_is_read_too() -> None:
    cat = scene(animals=[AnimalInScene(kind="cat")], characters_present=["Mia"], cast=[])
    assert [a.kind for a in _cover_of("Priya and the Wish of the Cat", [cat]).animals] == ["cat"]
    key = scene(props=[PropInScene(prop="key")], characters_present=["Mia"], cast=[])
    cover = _cover_of("Mia y la llave dorada de la torre cantarina", [key])
    assert cover.place == "tower-outside" and [p.prop for p in cover.props] == ["key"]


def test_the_cover_names_no_thing_a_page_never_shows() -> None:
    cover = _cover_of("Mia and the Golden Key", [scene(characters_present=["Mia"], cast=[])])
    assert cover.props == []


@pytest.mark.parametrize("prop", ["wardrobe", "rocket", "piano", "tree"])
def test_a_big_thing_in_a_crowded_shot_stands_behind_the_cast_never_over_them(prop: str) -> None:
    # given three friends in a two-shot next to a wardrobe (Jonas's page 4 hid Jonas and Zip behind it)
    cast = _crowd(3)
    spec = scene(
        place="space-station",
        shot="two-shot",
        composition="centered",
        characters_present=[c.name for c in cast],
        cast=[CharacterInScene(name=c.name, pose="reach") for c in cast],
        props=[PropInScene(prop=prop)],
    )
    drawn = svg_of(spec, cast)
    # then it is drawn before (behind) the figures
    assert _order(drawn, f"prop-{prop}") < _order(drawn, "kind-")


def test_the_covers_thing_is_held_up_larger_than_on_a_page() -> None:
    found = scene(props=[PropInScene(prop="key")], characters_present=["Mia"], cast=[])
    cover = _cover_of("Mia and the Golden Key", [found])
    assert cover.pose_of("Mia").pose == "reach"
    on_cover = scene_svg(cover, [HERO, LEO], style_named("flat"), 5, width=200, height=200, calm_depth=420)
    page = cover.model_copy(update={"text_space": "bottom"})
    on_page = scene_svg(page, [HERO, LEO], style_named("flat"), 5, width=200, height=200)
    assert _prop_height(on_cover, "key") > _prop_height(on_page, "key") * 1.2


@pytest.mark.parametrize(
    ("language", "text", "drawn"),
    [
        (
            "de",
            "Oje, eine scheue streunende Katze wünschte sich ein Fest, und Priya, Inky und Sniff staunten.",
            1,
        ),
        (
            "en",
            "Oh dear, a shy stray cat wished for a party, and Priya, Inky and Sniff looked at each other.",
            1,
        ),
        ("es", "Ay, un gato callejero y tímido soñaba con una fiesta, y Priya, Inky y Sniff se miraron.", 1),
        (
            "fr",
            "Oh non, un chat errant et timide rêvait d'une fête, et Priya, Inky et Sniff se regardèrent.",
            1,
        ),
        ("en", "Inky was a cat, and a very curious one.", 0),
        ("de", "Inky war eine kleine Katze.", 0),
        ("en", "Inky, a small grey cat, purred.", 0),
    ],
)
def test_a_stray_cat_is_drawn_beside_a_cat_friend_the_same_sentence_names(
    language: str, text: str, drawn: int
) -> None:
    # given a book whose friend Inky is a kitten (the German mystery, seed 5: page 2 drew no stray cat)
    inky = companion("Inky", "kitten")
    cast = [HERO.model_copy(update={"name": "Priya"}), inky, companion("Sniff", "puppy")]
    animals = [a.kind for a in scenes.animals_for(text, language, cast, "beach")]
    assert animals.count("cat") == drawn, animals


@pytest.mark.parametrize("beat", sorted(scenes.BEAT_SHOTS))
def test_a_page_naming_a_landmark_far_off_is_never_a_close_shot(beat: str) -> None:
    for index in range(4):
        for previous in ("wide", "medium", "close-up", "two-shot", "from-behind"):
            trail = scenes.SceneTrail(place="beach", shot=previous, composition="centered")
            shot = scenes.shot_for(beat, index, "beach", "centered", trail, far_sight=True)
            assert shot not in ("close-up", "two-shot"), (beat, index, previous)


@pytest.mark.slow
def test_the_engines_landmark_pages_show_their_landmark() -> None:
    # given built-in books whose pages name a lighthouse, a waterfall or a barn
    seen = 0
    for genre, language in (("mystery", "en"), ("adventure", "de"), ("animals", "fr"), ("mystery", "es")):
        for seed in range(6):
            params = StoryParams(
                child_name="Priya",
                age_group="9-12",
                genre=genre,  # type: ignore[arg-type]
                language=language,  # type: ignore[arg-type]
                moral_lesson="Be kind",
                page_count=8,
                seed=seed,
            )
            story = compose_story(params, seed, 2000)
            for chapter in story.chapters:
                far = [p.prop for p in chapter.scene.props if p.where == "background"]
                if not far:
                    continue
                seen += 1
                # then the page is not a close shot, so the landmark shows past the cast
                assert chapter.scene.shot not in ("close-up", "two-shot"), (genre, seed, chapter.title)
                assert chapter.scene.composition in ("wide", "centered"), (genre, seed, chapter.title)
                # and the landmark shows: most of it is not behind anyone
                drawn = svg_of(chapter.scene, story.characters)
                for prop in far:
                    share, _ = _visible_share(drawn, prop)
                    assert share >= 0.5, (genre, seed, chapter.title, prop, round(share, 2))
    assert seen
