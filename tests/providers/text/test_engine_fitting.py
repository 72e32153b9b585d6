"""The built-in engine's weather, parties and holding on follow the setting and the companion."""

from __future__ import annotations

import re
from functools import cache

import pytest

from storyloom.providers.text.engine.scenes import _SKY, _fold
from storyloom.providers.text.engine.writer import compose_story, limb_of, party_kind, weather_kind
from storyloom.story.params import LANGUAGES, CharacterSpec, StoryParams
from storyloom.story.schema import StoryContent

SEEDS = range(12)
MORALS = {"en": "Be brave", "es": "Sé valiente", "fr": "Sois courageux", "de": "Sei mutig"}
INDOOR_GENRES = ("bedtime", "science")
HOLDING_HANDS = {
    "en": r"{name}'s hand",
    "es": r"(mano|manos) de {name}",
    "fr": r"(main|mains) de {name}",
    "de": r"{name} (\w+ )?an (der|die) Hand",
}
FLOWER_CROWN = {
    "en": r"crown of flowers|flower crown",
    "es": r"corona de flores",
    "fr": r"couronne de fleurs",
    "de": r"blumenkranz",
}
FLOWERS = {"en": r"flower", "es": r"\bflor", "fr": r"\bfleur", "de": r"blume"}


@cache
def _story(language: str, genre: str, seed: int, setting: str = "", age: str = "3-5") -> StoryContent:
    params = StoryParams(
        child_name="Mia",
        age_group=age,
        genre=genre,
        language=language,
        moral_lesson=MORALS[language],
        setting=setting,
        page_count=12,
    )
    return compose_story(params, seed, 5000)


def test_the_weather_follows_the_places() -> None:
    assert weather_kind(("meadow", "forest", "mountains")) == "sky"
    assert weather_kind(("underwater",)) == "water"
    assert weather_kind(("space-station", "outer-space")) == "space"
    assert weather_kind(("bedroom", "kitchen", "living-room")) == "indoors"
    assert weather_kind(("beach", "underwater", "boat")) == "any"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("genre", INDOOR_GENRES)
def test_a_low_moment_indoors_has_no_sky(language: str, genre: str) -> None:
    for seed in SEEDS:
        # given
        story = _story(language, genre, seed, age="6-8")
        # when
        low = [c.text for c in story.chapters if c.scene and c.scene.mood == "sad"]
        # then
        for text in low:
            assert not re.search(_SKY[language], _fold(text)), text


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_party_is_not_always_a_flower_crown_and_fits_its_place(language: str) -> None:
    # given
    parties = {
        setting: [
            " ".join(
                c.text
                for c in _story(language, "friendship", seed, setting).chapters
                if c.scene and c.scene.mood == "festive"
            )
            for seed in SEEDS
        ]
        for setting in ("", "the moon", "a snowy village", "a kitchen")
    }
    # then
    crowns = sum(bool(re.search(FLOWER_CROWN[language], party.casefold())) for party in parties[""])
    assert crowns <= len(SEEDS) // 4, parties[""]
    for setting in ("the moon", "a snowy village", "a kitchen"):
        for party in parties[setting]:
            assert not re.search(FLOWERS[language], _fold(party)), (setting, party)
    assert party_kind("outer-space") == "space"
    assert party_kind("snowy-village") == "snow"


@pytest.mark.parametrize("language", LANGUAGES)
def test_nobody_holds_an_animals_hand(language: str) -> None:
    for seed in SEEDS:
        for age in ("3-5",):
            # given: the fairy tale's owl, rabbit and mouse
            story = _story(language, "fairy tale", seed, age=age)
            text = " ".join(c.text for c in story.chapters)
            # then
            for character in story.characters[1:]:
                pattern = HOLDING_HANDS[language].format(name=re.escape(character.name))
                assert not re.search(pattern, text), (character.name, text)


def test_a_companion_is_held_by_what_it_has() -> None:
    assert limb_of("owl") == "wing"
    assert limb_of("dog") == "paw"
    assert limb_of("dolphin") == "fin"
    assert limb_of("grandma") == "hand"
    assert limb_of("pony") == "close"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_person_is_still_held_by_the_hand(language: str) -> None:
    # given
    spec = CharacterSpec(
        name="Nana", kind={"en": "grandma", "es": "abuela", "fr": "mamie", "de": "Oma"}[language]
    )
    texts = []
    for seed in SEEDS:
        params = StoryParams(
            child_name="Mia",
            age_group="3-5",
            genre="fairy tale",
            language=language,
            moral_lesson=MORALS[language],
            characters=[spec],
            page_count=20,
        )
        texts.append(" ".join(c.text for c in compose_story(params, seed, 5000).chapters))
    # then
    assert any(re.search(HOLDING_HANDS[language].format(name="Nana"), text) for text in texts)
