"""Every creature the built-in engine writes into a story (per genre and per customer place, in all
four languages) is drawn as the animal the text means: its kind resolves to it, and a page naming it
draws it."""

from __future__ import annotations

import re

import pytest

from storyloom.providers.text.engine import shapes, shapes_de, shapes_en, shapes_es, shapes_fr
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.kinds import named_animals, resolve_kind
from storyloom.story.params import CharacterSpec, StoryParams

INTENDED = {
    "adventure": "deer",
    "fantasy": "dragon",
    "fairy tale": "goose",
    "space": "alien",
    "animals": "sheep",
    "bedtime": "owl",
    "mystery": "cat",
    "friendship": "hedgehog",
    "science": "beetle",
    "ocean": "fish",
    "snowy-village": "reindeer",
    "beach": "seal",
    "castle-hall": "mouse",
    "mountains": "goat",
    "city-street": "cat",
    "garden": "hedgehog",
    "desert": "camel",
    "jungle": "monkey",
    "boat": "bird",
}
"""The animal each genre's or place's creature is, whatever the language."""

MODULES = {"en": shapes_en, "es": shapes_es, "fr": shapes_fr, "de": shapes_de}
CREATURE_KEYS = ("creature", "creature_def", "creature_acc")

CASES = [
    (language, key, field, nouns[field])
    for language, module in MODULES.items()
    for table in (module.NOUNS, module.PLACE_NOUNS)
    for key, nouns in table.items()
    for field in CREATURE_KEYS
    if field in nouns
]


def test_the_intended_table_covers_every_genre_and_place_of_every_language() -> None:
    for module in MODULES.values():
        assert set(module.NOUNS) | set(module.PLACE_NOUNS) == set(INTENDED)


@pytest.mark.parametrize(("language", "key", "field", "words"), CASES)
def test_every_engine_creature_resolves_to_its_animal(
    language: str, key: str, field: str, words: str
) -> None:
    assert resolve_kind(words, language=language) == INTENDED[key]
    assert resolve_kind(words) == INTENDED[key]


@pytest.mark.parametrize(("language", "key", "field", "words"), CASES)
def test_a_page_naming_an_engine_creature_draws_that_animal_alone(
    language: str, key: str, field: str, words: str
) -> None:
    assert [kind for kind, _ in named_animals(f"Dort war {words}.", language)] == [INTENDED[key]]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("ein kleines verirrtes Rehkitz", "deer"),
        ("eine Feldmaus", "mouse"),
        ("ein Entenküken", "duck"),
        ("ein Elefantenbaby", "elephant"),
        ("ein Zirkuspferd", "horse"),
        ("ein kleines Wombat", "child"),
        ("kleines", "child"),
        ("ein winziger verirrter Käfer", "beetle"),
    ],
)
def test_german_compounds_are_their_head_word_and_nonsense_never_lands_on_a_look_alike(
    words: str, expected: str
) -> None:
    assert resolve_kind(words, language="de") == expected
    assert resolve_kind(words) == expected


ARTICLES = {
    "es": re.compile(r"^(el|la|los|las)\b"),
    "fr": re.compile(r"^(un|une)\b"),
    "de": re.compile(r"^(der|die|das|den)\b"),
}


def _gender(language: str, words: str) -> str:
    match = ARTICLES[language].match(words.casefold())
    assert match is not None, words
    return match.group(1)


@pytest.mark.parametrize("language", list(MODULES))
def test_every_genre_and_place_has_another_creature_of_another_kind_and_the_same_gender(
    language: str,
) -> None:
    module = MODULES[language]
    for key, other in module.OTHER_CREATURES.items():
        first = module.NOUNS.get(key) or module.PLACE_NOUNS[key]
        assert set(other) == {field for field in CREATURE_KEYS if field in first}, (language, key)
        kinds = {resolve_kind(other[field], language=language) for field in other}
        assert len(kinds) == 1, (language, key, kinds)
        assert kinds.pop() not in ("child", INTENDED[key]), (language, key)
        assert [kind for kind, _ in named_animals(f"Dort war {other['creature']}.", language)] == [
            resolve_kind(other["creature"], language=language)
        ]
        if language != "en":
            # French "l'oie" hides the gender: its indefinite "une oie" does not
            for field in ("creature",) if language == "fr" else ("creature_def", "creature_acc"):
                if field in other:
                    assert _gender(language, other[field]) == _gender(language, first[field]), (language, key)
    assert set(module.OTHER_CREATURES) == set(module.NOUNS) | set(module.PLACE_NOUNS)


# Settings that put the story at a place with its own creature; "" is the genre's own world.
PLACES = ("", "a snowy mountain village", "a big city street")


@pytest.mark.parametrize("language", list(MODULES))
def test_the_problems_creature_is_never_the_kind_of_a_companion(language: str) -> None:
    # given: a companion of exactly the kind of the genre's (or place's) creature, e.g. a fox friend
    checked = 0
    for genre in ("mystery", "friendship", "bedtime", "ocean"):
        for setting in PLACES:
            nouns = shapes.problem_nouns(language, genre, setting)
            creature = resolve_kind(nouns["creature"], language=language)
            for seed in range(3):
                params = StoryParams(
                    child_name="Noa",
                    age_group="6-8",
                    genre=genre,
                    moral_lesson="Be kind",
                    language=language,
                    page_count=12,
                    setting=setting,
                    characters=[CharacterSpec(name="Bo", kind=creature)],
                )
                # when
                text = " ".join(c.text for c in compose_story(params, seed, 5000).chapters)
                # then: the creature of the story is another animal, never a second one of the friend's kind
                assert nouns["creature"].casefold() not in text.casefold(), (language, genre, setting, seed)
                assert nouns["creature_def"].casefold() not in text.casefold(), (
                    language,
                    genre,
                    setting,
                    seed,
                )
                other = shapes.problem_nouns(language, genre, setting, frozenset({creature}))
                checked += other["creature_def"].casefold() in text.casefold()
    assert checked > 8


@pytest.mark.parametrize("language", list(MODULES))
def test_a_mystery_with_a_fox_friend_first_suspects_another_animal(language: str) -> None:
    fox, other = MODULES[language].SUSPECTS
    seeds = [seed for seed in range(8) if shapes.shape_for(seed, "mystery", "6-8") == "mystery"][:2]
    assert seeds
    for seed in seeds:
        for characters, expected, never in (
            ([], fox, other),
            ([CharacterSpec(name="Bo", kind="fox")], other, fox),
        ):
            params = StoryParams(
                child_name="Noa",
                age_group="6-8",
                genre="mystery",
                moral_lesson="Be kind",
                language=language,
                page_count=12,
                characters=characters,
            )
            pages = [c.text for c in compose_story(params, seed, 5000).chapters]
            # the page of the wrong guess names the suspect, and never the other one (nor a fox twice)
            guessed = [page for page in pages if expected["suspect"] in page and never["suspect"] not in page]
            assert guessed, (language, seed, characters)
