"""The built-in story writer: arc, characters and their bibles, scenes, languages, learning extras."""

from __future__ import annotations

import re

import pytest

from storyloom.config import get_settings
from storyloom.errors import ProviderBadRequestError
from storyloom.providers.registry import provider_class
from storyloom.providers.text.base import StoryRequest, TextProvider
from storyloom.providers.text.builtin import BuiltinStoryWriter
from storyloom.providers.text.engine.plot import plan_beats
from storyloom.providers.text.engine.shapes import shape_for
from storyloom.story.params import CharacterSpec, StoryParams

HEX = re.compile(r"^#[0-9a-f]{6}$")


def _request(seed: int = 1, **changes: object) -> StoryRequest:
    base = {"child_name": "Amara", "age_group": "6-8", "genre": "adventure", "moral_lesson": "Never give up"}
    return StoryRequest(params=StoryParams.model_validate({**base, **changes}), seed=seed, max_words=5000)


def _writer() -> BuiltinStoryWriter:
    return BuiltinStoryWriter(get_settings())


def test_is_registered_and_follows_the_protocol() -> None:
    # when
    writer = provider_class("text", "builtin")(get_settings())
    # then
    assert isinstance(writer, TextProvider)
    assert writer.languages == frozenset({"en", "es", "fr", "de"})


@pytest.mark.parametrize("pages", [8, 9, 12, 16, 24, 32], ids=lambda n: f"{n}-pages")
def test_the_arc_fits_every_page_count(pages: int) -> None:
    # when
    beats = plan_beats(pages, companions=2, attempts=5)
    # then
    assert len(beats) == pages
    assert beats[0] == "opening"
    assert beats[-1] == "ending"
    assert beats.index("problem") < beats.index("attempt") < beats.index("turn") < beats.index("resolution")
    assert beats.count("attempt") >= 2
    assert beats.count("turn") == 1


def test_the_hero_and_the_customers_characters_get_full_bibles() -> None:
    # given
    characters = [
        CharacterSpec(name="Rufus", kind="fox", traits="clever", look="orange fur and a blue scarf"),
        CharacterSpec(name="Grandma Rose", kind="grandma", look="silver hair, red glasses, a walking stick"),
    ]
    # when
    story = _writer().write_story(_request(characters=characters)).story
    # then
    hero, fox, grandma = story.characters
    assert (hero.name, hero.role, hero.bible.species) == ("Amara", "hero", "human child")
    assert (fox.role, grandma.role) == ("friend", "family")
    for character in story.characters:
        assert {"skin", "hair", "outfit"} <= character.bible.colours.keys()
        assert all(HEX.match(colour) for colour in character.bible.colours.values())
    assert fox.bible.colours["skin"] == "#e8833a"
    assert fox.bible.colours["outfit"] == "#3b6fd6"
    assert (fox.bible.skin_or_fur, fox.bible.outfit) == ("orange fur", "a blue scarf")
    assert grandma.bible.colours["hair"] == "#c0c4cc"
    assert grandma.bible.colours["outfit"] == "#d63b3b"
    assert grandma.bible.distinguishing_marks == "a walking stick"


def test_bibles_are_stable_for_the_story() -> None:
    # given
    first = _writer().write_story(_request(seed=5)).story
    # when
    again = _writer().write_story(_request(seed=5)).story
    chapter = _writer().write_chapter(first, 3, _request(seed=6)).chapter
    # then
    assert [c.bible for c in first.characters] == [c.bible for c in again.characters]
    assert set(chapter.scene.characters_present) <= {c.name for c in first.characters}


def test_scenes_follow_the_story_and_name_only_its_characters() -> None:
    # when
    story = _writer().write_story(_request(setting="the seaside", page_count=12)).story
    # then
    names = {c.name for c in story.characters}
    assert story.settings.backdrop == "sea"
    assert [c.scene.time_of_day for c in story.chapters][0] == "morning"
    assert story.chapters[-1].scene.time_of_day == "night"
    for chapter in story.chapters:
        assert "Amara" in chapter.scene.characters_present
        assert set(chapter.scene.characters_present) <= names
        assert chapter.scene.backdrop == "sea"


def test_learning_extras_come_from_the_story() -> None:
    # when
    story = _writer().write_story(_request()).story
    # then
    text = " ".join(c.text for c in story.chapters).casefold()
    assert 3 <= len(story.vocabulary) <= 6
    assert all(word.word.casefold() in text for word in story.vocabulary)
    assert len(story.discussion_questions) == 3
    assert "Amara" in story.discussion_questions[2]
    assert len({c.title for c in story.chapters}) == len(story.chapters)


def test_the_turn_acts_out_the_moral() -> None:
    # when
    seed = next(s for s in range(10) if shape_for(s, "adventure", "6-8") == "lost")  # a lost-key story
    story = _writer().write_story(_request(seed=seed, moral_lesson="Sharing is caring", page_count=8)).story
    # then
    turning_point = story.chapters[4].text
    assert "shared" in turning_point or "broke it in half" in turning_point or "first turn" in turning_point
    assert "the golden key" in turning_point.casefold() or "compass" in turning_point
    assert "“Sharing is caring.”" in story.chapters[-1].text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "Amara vivía"),
        ("fr", "Amara vivait"),
        ("de", "Amara lebte"),
    ],
    ids=["spanish", "french", "german"],
)
def test_writes_other_languages_when_enabled(
    language: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    monkeypatch.setenv("ENABLE_MULTI_LANGUAGE", "true")
    get_settings.cache_clear()
    # when
    story = _writer().write_story(_request(language=language, seed=2)).story
    # then
    assert any(expected in chapter.text for chapter in story.chapters)


def test_refuses_other_languages_unless_enabled() -> None:
    # when
    with pytest.raises(ProviderBadRequestError) as raised:
        _writer().write_story(_request(language="de"))
    # then
    assert raised.value.provider == "builtin"
    assert "'de'" in str(raised.value)


def test_records_a_free_call() -> None:
    # when
    call = _writer().write_story(_request()).call
    # then
    assert (call.provider, call.model, call.cost_usd) == ("builtin", "storyloom-engine-1", 0.0)
    assert call.details["words"] > 0
