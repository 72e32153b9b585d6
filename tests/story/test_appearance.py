"""The customer's chosen look: written into the hero's (and person friends') bible in words and
colours, whoever wrote the story, and told to AI writers and image models."""

from __future__ import annotations

import json
import random
from typing import ClassVar

import pytest
from pydantic import ValidationError

from storyloom.config import get_settings
from storyloom.pipeline.text import write_story
from storyloom.providers.base import CallRecord
from storyloom.providers.text.base import ChapterDraft, StoryDraft, StoryRequest
from storyloom.providers.text.builtin import BuiltinStoryWriter
from storyloom.providers.text.engine.bible import hero_bible
from storyloom.providers.text.llm import INSTRUCTIONS, story_prompt
from storyloom.story.appearance import (
    EYE_COLOURS,
    HAIR_COLOURS,
    HAIR_STYLES,
    OUTFIT_COLOURS,
    SKIN_TONES,
    apply_appearance,
    hair_style_of,
)
from storyloom.story.params import Appearance, StoryParams
from storyloom.story.schema import StoryContent
from tests.render.fixtures.illustration import load_story

BASE = {
    "child_name": "Amara",
    "age_group": "3-5",
    "genre": "space",
    "moral_lesson": "be brave",
    "page_count": 8,
}
CHOSEN = Appearance(
    skin="deep-brown",
    hair_colour="black",
    hair_style="afro",
    eyes="hazel",
    glasses=True,
    hearing_aid=True,
    outfit_colour="teal",
)


def test_every_palette_is_big_enough_and_names_a_colour_for_each_choice() -> None:
    assert len(SKIN_TONES) >= 8 and len(HAIR_COLOURS) >= 8 and len(HAIR_STYLES) >= 10
    for wanted in ("short", "long", "curly", "coily", "straight", "braids", "bun", "afro", "ponytail", "bald",
                   "shaved", "hijab", "patka"):  # fmt: skip
        assert wanted in HAIR_STYLES
    for table in (SKIN_TONES, HAIR_COLOURS, EYE_COLOURS, OUTFIT_COLOURS):
        assert len({colour for _name, colour in table.values()}) == len(table)


@pytest.mark.parametrize("style", list(HAIR_STYLES))
def test_each_hair_style_phrase_is_read_back_as_that_style(style: str) -> None:
    bible = apply_appearance(hero_bible(random.Random(1), "3-5", "space"), Appearance(hair_style=style))
    assert hair_style_of(bible.hair) == style


def test_free_written_hair_is_not_taken_for_a_chosen_style() -> None:
    assert hair_style_of("chestnut, in tiny braids") is None
    assert hair_style_of("strawberry blond, wild and wavy") is None


def test_the_bible_carries_the_choices_in_words_and_colours() -> None:
    # when
    bible = hero_bible(random.Random(3), "3-5", "space", CHOSEN)
    # then
    assert bible.colours["skin"] == SKIN_TONES["deep-brown"][1]
    assert bible.colours["hair"] == HAIR_COLOURS["black"][1]
    assert bible.colours["eyes"] == EYE_COLOURS["hazel"][1]
    assert bible.colours["outfit"] == OUTFIT_COLOURS["teal"][1]
    described = bible.describe()
    assert "deep brown skin" in described
    assert "black hair in a big round afro" in described
    assert "round glasses" in described and "hearing aid" in described and "hazel eyes" in described
    assert "white space suit with teal stripes" in described
    assert "hair hair" not in described


def test_a_head_covering_is_worn_in_the_outfit_colour() -> None:
    bible = hero_bible(
        random.Random(3), "3-5", "bedtime", Appearance(hair_style="hijab", outfit_colour="purple")
    )
    assert bible.hair == "a plum purple hijab covering the hair and neck"
    assert bible.colours["headwear"] == OUTFIT_COLOURS["purple"][1]


def test_an_empty_appearance_keeps_the_engines_choice() -> None:
    assert hero_bible(random.Random(3), "3-5", "space", Appearance()) == hero_bible(
        random.Random(3), "3-5", "space"
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("skin", "green"),
        ("hair_colour", "blue"),
        ("hair_style", "mohawk"),
        ("eyes", "red"),
        ("outfit_colour", "gold"),
    ],
)
def test_an_unknown_value_names_the_field_and_the_choices(field: str, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        StoryParams.model_validate({**BASE, "appearance": {field: value}})
    [problem] = caught.value.errors()
    assert problem["loc"] == ("appearance", field)
    assert "Input should be" in problem["msg"] and "'" in problem["msg"]


def test_the_built_in_engine_draws_the_chosen_hero_and_friend() -> None:
    # given
    params = StoryParams.model_validate(
        {
            **BASE,
            "appearance": CHOSEN.model_dump(),
            "characters": [
                {
                    "name": "Nana",
                    "kind": "grandma",
                    "appearance": {"skin": "fair", "hair_colour": "grey", "glasses": True},
                }
            ],
        }  # fmt: skip
    )
    # when
    story = write_story([BuiltinStoryWriter(get_settings())], params, seed=5, max_words=5000).story
    # then
    hero = story.character("Amara").bible
    assert hero.colours["skin"] == SKIN_TONES["deep-brown"][1]
    assert hair_style_of(hero.hair) == "afro"
    nana = story.character("Nana").bible
    assert nana.colours["skin"] == SKIN_TONES["fair"][1]
    assert nana.colours["hair"] == HAIR_COLOURS["grey"][1]
    assert "round glasses" in nana.distinguishing_marks


class ForgetfulWriter:
    """An AI-like writer that ignores the chosen look: the hero comes back with other colours."""

    name: ClassVar[str] = "forgetful"
    languages: ClassVar[frozenset[str]] = frozenset({"en"})

    def __init__(self, story: StoryContent) -> None:
        self.story = story

    def write_story(self, request: StoryRequest) -> StoryDraft:
        return StoryDraft(story=self.story, call=CallRecord(provider=self.name, prompt="x"))

    def write_chapter(self, story: StoryContent, index: int, request: StoryRequest) -> ChapterDraft:
        raise NotImplementedError


def test_whatever_the_writer_says_the_chosen_look_is_enforced() -> None:
    # given a written story whose hero is someone else entirely
    story = load_story("lantern_of_stars")
    hero = next(c for c in story.characters if c.role == "hero")
    params = StoryParams.model_validate(
        {
            **BASE,
            "child_name": hero.name,
            "page_count": len(story.chapters),
            "appearance": CHOSEN.model_dump(),
        }
    )
    assert hero.bible.colours["skin"] != SKIN_TONES["deep-brown"][1]
    # when
    written = write_story([ForgetfulWriter(story)], params, seed=1, max_words=5000).story
    # then
    bible = written.character(hero.name).bible
    assert bible.colours["skin"] == SKIN_TONES["deep-brown"][1]
    assert bible.colours["hair"] == HAIR_COLOURS["black"][1]
    assert "big round afro" in bible.hair
    others = [c for c in written.characters if c.role != "hero"]
    assert others == [c for c in story.characters if c.role != "hero"]


def test_ai_writers_are_told_to_keep_the_appearance() -> None:
    params = StoryParams.model_validate({**BASE, "appearance": CHOSEN.model_dump()})
    prompt = story_prompt(StoryRequest(params=params, seed=1, max_words=900))
    data = json.loads(prompt.split("```json\n", 1)[1].rsplit("\n```", 1)[0])
    assert data["book"]["appearance"]["hair_style"] == "afro"
    assert "appearance" in INSTRUCTIONS and "never change them" in INSTRUCTIONS
