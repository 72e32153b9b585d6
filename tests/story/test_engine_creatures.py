"""Every creature the built-in engine writes into a story (per genre and per customer place, in all
four languages) is drawn as the animal the text means: its kind resolves to it, and a page naming it
draws it."""

from __future__ import annotations

import pytest

from storyloom.providers.text.engine import shapes_de, shapes_en, shapes_es, shapes_fr
from storyloom.story.kinds import named_animals, resolve_kind

INTENDED = {
    "adventure": "deer",
    "fantasy": "dragon",
    "fairy tale": "duck",
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
