"""A broken thing is mended the way such a thing is mended, a board book says what the characters did,
and an animal friend has no hands."""

from __future__ import annotations

import importlib
import re
from types import ModuleType

import pytest

from storyloom.providers.text.engine import scenes, shapes
from storyloom.providers.text.engine.compose import lexicon_for
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import LANGUAGES, CharacterSpec, StoryParams
from tests.story.test_engine_plot_places import SETTINGS

REPAIR_WORDS = {
    "rope": {"en": "rope", "es": "cuerda", "fr": "corde", "de": "Seil"},
    "wood": {"en": "nail", "es": "clav", "fr": "clou", "de": "Nägel"},
    "machine": {"en": "wheel", "es": "rueda", "fr": "roue", "de": "Rad"},
    "magic": {"en": "crack", "es": "grieta", "fr": "fêlure", "de": "Riss"},
    "cloth": {"en": "sew", "es": "cos", "fr": "cous", "de": "näht"},
}
"""A word every way of mending one kind of thing says, and no other kind's answer says."""

GLUE = {"en": "glue", "es": "pegamento", "fr": "colle", "de": "Leim"}
TOGETHER = {"en": "Together, they", "es": "Juntos", "fr": "Ensemble, ils", "de": "Gemeinsam"}


def _shapes(language: str) -> ModuleType:
    return importlib.import_module(f"storyloom.providers.text.engine.shapes_{language}")


def _broken(language: str, key: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, str, str]]:
    """The solutions and one-clause forms of the broken-thing story told with `key`'s nouns."""
    lexicon = lexicon_for(language)
    genre, place = (key, None) if key in lexicon.worlds else ("adventure", key)
    world, simple = shapes.shaped_world(
        lexicon.worlds[genre], lexicon.simple[genre], genre, language, "broken", place
    )
    return world.solutions, simple


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_mends_every_kind_of_thing(language: str) -> None:
    assert set(_shapes(language).REPAIRS) == set(shapes.REPAIR_KINDS.values()) == set(REPAIR_WORDS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", sorted(shapes.REPAIR_KINDS))
def test_a_broken_thing_is_mended_the_way_its_kind_is(language: str, key: str) -> None:
    # given
    kind = shapes.REPAIR_KINDS[key]
    # when
    solutions, simple = _broken(language, key)
    # then
    told = " ".join(" ".join(pair) for pair in solutions) + " " + simple[1]
    assert REPAIR_WORDS[kind][language].casefold() in told.casefold(), told
    others = [words[language] for other, words in REPAIR_WORDS.items() if other != kind]
    assert not [word for word in others if word.casefold() in told.casefold()], told
    assert GLUE[language] not in told
    assert not re.search(r"\{(thing|creature|scary)", told), told


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_thing_of_no_kind_is_put_back_together_from_its_pieces(language: str) -> None:
    solutions, _ = _broken(language, "ocean")  # the coral castle
    assert any(GLUE[language] in answer for pair in solutions for answer in pair), solutions


def _board_book(language: str, genre: str, seed: int) -> list[str]:
    params = StoryParams(
        child_name="Mia",
        age_group="0-2",
        genre=genre,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        moral_lesson="Be brave",
        page_count=8,
        seed=seed,
    )
    return [chapter.text for chapter in compose_story(params, seed, 2000).chapters]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_board_books_turning_page_says_what_the_characters_did(language: str) -> None:
    told = 0
    for genre in ("adventure", "fantasy", "friendship", "animals", "space", "mystery"):
        for seed in range(5):
            if shapes.shape_for(seed, genre, "0-2") == "lost":
                continue  # a search: the moral's own turning point says where they looked
            pages = _board_book(language, genre, seed)
            turning = [page for page in pages if TOGETHER[language] in page]
            assert len(turning) == 1, pages
            told += 1
    assert told >= 6


HANDS = re.compile(r"\b(hands?|mano|manos|mains?|Hand|Hände|dedos|fingers?|doigts?)\b")
HEROS_HAND = {
    "{hero} saw that {friend} could not go on alone and offered a hand",
    "{hero} vio que {friend} no podía seguir sin ayuda y le tendió la mano",
    "{hero} vit que {friend} ne pouvait pas continuer sans aide et lui tendit la main",
    "{hero} sah, dass {friend} allein nicht weiterkam, und reichte eine Hand",
}
"""Templates in which the hero, not the friend, gives a hand."""


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (*_strings(key), *_strings(item))]
    if isinstance(value, (tuple, list)):
        return [s for item in value for s in _strings(item)]
    return []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_friend_who_may_be_an_animal_does_nothing_with_hands(language: str) -> None:
    """{friend} is a dog, an owl or a dolphin as often as a child: what a friend does needs no hands."""
    found = []
    for module in ("pages", "turns", "situations", "variants"):
        tables = importlib.import_module(f"storyloom.providers.text.engine.{module}_{language}")
        for text in _strings([value for name, value in vars(tables).items() if name.isupper()]):
            for clause in re.split(r"[,.;:!?«»“”„\"]", text):
                if clause.strip().startswith("{friend}") and HANDS.search(clause) and text not in HEROS_HAND:
                    found.append(text)
    assert not found


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dog_friend_in_a_chapter_book_keeps_its_paws(language: str) -> None:
    dog = {"en": "dog", "es": "perro", "fr": "chien", "de": "Hund"}[language]
    for seed in range(6):
        params = StoryParams(
            child_name="Mia",
            age_group="9-12",
            genre="mystery",
            language=language,  # type: ignore[arg-type]
            moral_lesson="Be honest",
            page_count=12,
            seed=seed,
            characters=[CharacterSpec(name="Biscuit", kind=dog)],
        )
        for chapter in compose_story(params, seed, 5000).chapters:
            for sentence in re.split(r"(?<=[.!?])\s+", chapter.text):
                subject = sentence.split(",")[0]
                assert not (subject.startswith("Biscuit") and HANDS.search(subject)), sentence


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", sorted(shapes.REPAIR_KINDS))
def test_a_repair_names_nothing_that_cannot_be_where_it_happens(language: str, key: str) -> None:
    genre, setting = ("adventure", SETTINGS[key]) if key in SETTINGS else (key, "")
    home, away = scenes.story_places(genre, setting)
    repair = _shapes(language).REPAIRS[shapes.REPAIR_KINDS[key]]
    said = [repair.problem, repair.discovery, repair.ending, *repair.simple]
    said += [part for pair in (*repair.attempts, *repair.solutions) for part in pair]
    assert [s for s in said if not scenes.fits_the_places(s, (home, *away), language)] == []


SEARCHED_FOR = {
    "en": ("find the giant kite", "look for the giant kite", "find the broken weather machine"),
    "es": ("buscar la cometa gigante", "buscar la máquina del tiempo"),
    "fr": ("chercher le cerf-volant géant", "chercher la machine à faire la météo"),
    "de": ("suchen den Riesendrachen", "suchen die kaputte Wettermaschine"),
}
"""How a story would set out to search for the friendship world's torn kite or the science world's
weather machine, which are there to be mended, not found."""

SEARCH_TURN = {
    "en": "dark corner nobody had checked",
    "es": "rincón oscuro que nadie",
    "fr": "coin sombre que personne",
    "de": "dunklen Ecke, in die noch niemand",
}
"""A brave search's turning point ("was scared of the dark corner nobody had checked")."""

MENDED_PROP = {"friendship": "kite", "science": "machine"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_genres_that_mend_are_the_worlds_that_name_what_they_mend(language: str) -> None:
    worlds = lexicon_for(language).worlds
    assert (
        {genre for genre, world in worlds.items() if world.mends} == shapes.MENDING_GENRES == set(MENDED_PROP)
    )
    for genre in shapes.MENDING_GENRES:  # and no seed tells a second broken thing
        assert "broken" not in {
            shapes.shape_for(seed, genre, age) for seed in range(10) for age in ("3-5", "9-12")
        }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("genre", ["friendship", "science"])
def test_a_world_whose_own_problem_is_broken_mends_it_and_searches_for_nothing(
    language: str, genre: str
) -> None:
    # given: the seeds whose story is the world's own (a torn kite, a weather machine making snow)
    lexicon = lexicon_for(language)
    own = lexicon.worlds[genre].problem[:25].casefold()
    attempt_titles = set(lexicon.titles["attempt"])
    told = 0
    for seed in range(25):
        for age in ("3-5", "9-12"):
            params = StoryParams(
                child_name="Mia", age_group=age, genre=genre, moral_lesson="Be brave", language=language,
                page_count=12, pronouns="she/her",
            )  # fmt: skip
            # when
            story = compose_story(params, seed, 5000)
            text = " ".join(chapter.text for chapter in story.chapters)
            if own not in text.casefold():
                continue
            told += 1
            # then: nobody sets out to search for it, the turning point is no search, nothing is "found"
            assert not any(phrase.casefold() in text.casefold() for phrase in SEARCHED_FOR[language]), text
            assert SEARCH_TURN[language].casefold() not in text.casefold(), (seed, age, text)
            assert lexicon.titles["resolution"][0] not in [chapter.title for chapter in story.chapters]
            # and every attempt page shows the thing being mended
            tries = [c.scene for c in story.chapters if c.scene is not None and c.title in attempt_titles]
            assert tries and all(
                MENDED_PROP[genre] in {prop.prop for prop in scene.props} for scene in tries
            ), (seed, age)
    assert told >= 6
