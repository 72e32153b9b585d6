"""Every plot object and every place the built-in engine can write into a story (per genre, per problem
shape, per customer place, in all four languages) is something the built-in illustrator draws: a place
of the scene vocabulary, a prop with art, or an animal; and the scene the writer makes for a page
naming it carries that place, prop or animal."""

from __future__ import annotations

import importlib
import re

import pytest

from storyloom.providers.text.engine import scenes
from storyloom.providers.text.engine.place_words import place_in_text
from storyloom.providers.text.engine.writer import compose_story
from storyloom.render.illustrator.places import PLACES as PAINTED_PLACES
from storyloom.render.illustrator.props_art import has_drawing
from storyloom.story.kinds import ANIMAL_KIND_IDS, named_animals
from storyloom.story.params import StoryParams
from storyloom.story.props import PROP_IDS, fold
from storyloom.story.scene import PLACES
from storyloom.story.schema import SceneSpec
from tests.story.test_engine_creatures import INTENDED as CREATURE_KINDS

LANGUAGES = ("en", "es", "fr", "de")
GENRES = ("adventure", "fantasy", "fairy tale", "space", "animals", "bedtime", "mystery", "friendship")
GENRES += ("science", "ocean")

INTENDED: dict[tuple[str, str], str] = {
    ("adventure", "goal"): "prop:compass",
    ("fantasy", "goal"): "animal:dragon",
    ("fairy tale", "goal"): "prop:key",
    ("space", "goal"): "prop:map",
    ("animals", "goal"): "animal:duck",
    ("bedtime", "goal"): "prop:moon",
    ("mystery", "goal"): "prop:cake",
    ("friendship", "goal"): "prop:kite",
    ("science", "goal"): "prop:machine",
    ("ocean", "goal"): "prop:pearl",
    ("adventure", "place_in"): "place:forest",
    ("fantasy", "place_in"): "place:castle-hall",
    ("fairy tale", "place_in"): "place:forest",
    ("space", "place_in"): "place:space-station",
    ("animals", "place_in"): "place:farm",
    ("bedtime", "place_in"): "place:bedroom",
    ("mystery", "place_in"): "place:city-street",
    ("friendship", "place_in"): "place:park",
    ("science", "place_in"): "place:workshop",
    ("ocean", "place_in"): "place:underwater",
    ("adventure", "thing"): "prop:bridge",
    ("fantasy", "thing"): "prop:magic-lamp",
    ("fairy tale", "thing"): "place:mill",
    ("space", "thing"): "prop:radio",
    ("animals", "thing"): "prop:door",
    ("bedtime", "thing"): "prop:music-box",
    ("mystery", "thing"): "prop:clock",
    ("friendship", "thing"): "prop:swing",
    ("science", "thing"): "animal:robot",
    ("ocean", "thing"): "place:underwater",
    ("snowy-village", "thing"): "prop:sled",
    ("beach", "thing"): "prop:kite",
    ("castle-hall", "thing"): "prop:clock",
    ("mountains", "thing"): "prop:signpost",
    ("city-street", "thing"): "prop:clock",
    ("garden", "thing"): "prop:gate",
    ("desert", "thing"): "prop:water-pump",
    ("jungle", "thing"): "prop:bridge",
    ("boat", "thing"): "prop:bell",
    ("adventure", "scary"): "place:cave",
    ("fantasy", "scary"): "place:forest",
    ("fairy tale", "scary"): "place:tower",
    ("space", "scary"): "place:outer-space",
    ("animals", "scary"): "place:farm",
    ("bedtime", "scary"): "place:bedroom",
    ("mystery", "scary"): "place:beach",
    ("friendship", "scary"): "place:park",
    ("science", "scary"): "prop:machine",
    ("ocean", "scary"): "place:underwater",
    ("snowy-village", "scary"): "place:cave",
    ("beach", "scary"): "place:cave",
    ("castle-hall", "scary"): "place:castle-hall",
    ("mountains", "scary"): "place:cave",
    ("city-street", "scary"): "place:city-street",
    ("garden", "scary"): "place:garden",
    ("desert", "scary"): "place:cave",
    ("jungle", "scary"): "place:jungle",
    ("boat", "scary"): "place:boat",
}
"""What each genre's or customer place's plot object or place is drawn as, whatever the language."""

IN_LANGUAGE = {
    ("de", "adventure", "goal"): "prop:map",  # die alte Schatzkarte
    ("de", "fairy tale", "goal"): "prop:bell",  # die goldene Glocke des singenden Turms
}
"""Where a language's story tells of another thing."""

CREATURES = CREATURE_KINDS
"""The animal each genre's or place's creature is."""

SETTINGS = {
    "snowy-village": "a snowy village",
    "beach": "the beach",
    "castle-hall": "a castle",
    "mountains": "the mountains",
    "city-street": "a big city",
    "garden": "a garden",
    "desert": "the desert",
    "jungle": "the jungle",
    "boat": "a boat",
}
"""A customer's setting for each place with its own nouns."""

FIELDS = {"thing": "thing", "thing_acc": "thing", "scary": "scary", "scary_dat": "scary"}


def _phrases(language: str) -> list[tuple[str, str, str]]:
    """(genre or place, field, words) for every plot object and place phrase of `language`."""
    worlds = importlib.import_module(f"storyloom.providers.text.engine.worlds_{language}").WORLDS
    shapes = importlib.import_module(f"storyloom.providers.text.engine.shapes_{language}")
    found = [
        (genre, field, getattr(world, field))
        for genre, world in worlds.items()
        for field in ("goal", "place_in")
    ]
    for table in (shapes.NOUNS, shapes.PLACE_NOUNS):
        for key, nouns in table.items():
            found.extend((key, FIELDS[field], words) for field, words in nouns.items() if field in FIELDS)
    return found


CASES = [(language, *phrase) for language in LANGUAGES for phrase in _phrases(language)]


def _intended(language: str, key: str, field: str) -> tuple[str, str]:
    kind, _, value = IN_LANGUAGE.get((language, key, field), INTENDED[(key, field)]).partition(":")
    return kind, value


def test_the_intended_table_covers_every_phrase_and_names_only_drawable_things() -> None:
    assert {(key, field) for _, key, field, _ in CASES} == set(INTENDED)
    for kind, _, value in (entry.partition(":") for entry in (*INTENDED.values(), *IN_LANGUAGE.values())):
        if kind == "place":
            assert value in PLACES and value in PAINTED_PLACES
        elif kind == "prop":
            assert value in PROP_IDS and has_drawing(value)
        else:
            assert value in ANIMAL_KIND_IDS


@pytest.mark.parametrize(("language", "key", "field", "words"), CASES)
def test_every_plot_object_and_place_phrase_names_what_it_is_drawn_as(
    language: str, key: str, field: str, words: str
) -> None:
    kind, value = _intended(language, key, field)
    if kind == "place":
        assert place_in_text(words) == value
    elif kind == "prop":
        assert value in scenes.named_props(words, language)
    else:
        assert value in [found for found, _ in named_animals(words, language)]
        assert not set(scenes.named_props(words, language)) - {"coral"}  # drawn as the creature only


def _core(words: str) -> str:
    """The phrase as it stands inside a sentence: without its leading article, which contracts ("du")."""
    words = re.sub(
        r"^(?:the|el|la|los|las|le|les|l'|un|una|une|der|die|das|den|dem|des|in|en|dans|on|sur|auf)\s*",
        "",
        words,
        flags=re.IGNORECASE,
    )
    return fold(words)


def _carries(scene: SceneSpec, kind: str, value: str, text: str, language: str) -> bool:
    if kind == "place":
        return scene.place == value
    if kind == "animal":
        return value in [animal.kind for animal in scene.animals] and value not in [
            p.prop for p in scene.props
        ]
    return value in [p.prop for p in scene.props] or scenes.missing_from_page(value, text, language)


def _books(language: str, key: str) -> list[tuple[int, list[tuple[str, SceneSpec]]]]:
    """Every problem shape's book for a genre, or for a customer's place (told in the adventure genre)."""
    genre, setting, seeds = (key, "", range(5)) if key in GENRES else ("adventure", SETTINGS[key], range(4))
    books = []
    for seed in seeds:
        params = StoryParams(
            child_name="Mia",
            age_group="6-8",
            genre=genre,  # type: ignore[arg-type]
            language=language,  # type: ignore[arg-type]
            moral_lesson="Be kind",
            setting=setting,
            page_count=8,
            seed=seed,
        )
        story = compose_story(params, seed, 2000)
        books.append((seed, [(chapter.text, chapter.scene) for chapter in story.chapters]))
    return books


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", [*GENRES, *SETTINGS])
def test_a_page_naming_a_plot_object_or_place_carries_it_in_its_scene(language: str, key: str) -> None:
    phrases = [(field, words) for own, field, words in _phrases(language) if own == key]
    creature = CREATURES[key]
    seen = 0
    for seed, pages in _books(language, key):
        for number, (text, scene) in enumerate(pages, start=1):
            if scene.place in ("bedroom",) and number == len(pages):
                continue  # the last page is at bedtime, whatever it recalls
            folded = fold(text)
            for field, words in phrases:
                if _core(words) in folded:
                    seen += 1
                    kind, value = _intended(language, key, field)
                    assert _carries(scene, kind, value, text, language), (seed, number, words, text, scene)
            animals = [animal.kind for animal in scene.animals]
            if creature in animals:
                assert creature not in [p.prop for p in scene.props], (seed, number, text)
    assert seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pages_after_the_mill_broke_stay_at_the_mill_until_the_party(language: str) -> None:
    params = StoryParams(
        child_name="Léa",
        age_group="3-5",
        genre="fairy tale",
        language=language,  # type: ignore[arg-type]
        moral_lesson="Be kind",
        page_count=8,
        seed=3,
    )
    story = compose_story(params, 3, 2000)
    places = [chapter.scene.place for chapter in story.chapters]
    first = places.index("mill")
    ending = max(i for i, chapter in enumerate(story.chapters) if chapter.scene.place == "mill")
    assert first <= 2 and ending >= 5
    assert set(places[first : ending + 1]) == {"mill"}, places


def test_a_lost_beetle_is_drawn_as_a_creature_not_a_tiny_prop() -> None:
    text = "Mia y Gizmo encontraron un escarabajo perdido que lloraba en el suelo."
    props = scenes.props_for(text, "es", ["Mia", "Gizmo"], "workshop")
    assert "beetle" not in [p.prop for p in props]
    assert [a.kind for a in scenes.animals_for(text, "es", [], "workshop")] == ["beetle"]


def test_a_page_referring_back_there_stays_at_the_storys_place() -> None:
    assert scenes.place_for("return", 5, "fairy tale", "", "mill", "They went back there.", "mill") == "mill"
    assert scenes.place_for("return", 5, "fairy tale", "", "mill", "They went home.", "mill") == "living-room"
    assert scenes.place_for("attempt", 3, "fairy tale", "", "mill", "Léa tried again.", "mill") == "mill"
