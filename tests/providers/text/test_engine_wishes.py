"""A wish is no trouble: its problem page meets the one wishing and tells the wish in its own sentence."""

from __future__ import annotations

import re

import pytest

from storyloom.providers.text.engine import shapes
from storyloom.providers.text.engine.compose import lexicon_for
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import AGE_GROUPS, LANGUAGES, StoryParams

TROUBLE = {
    "en": re.compile(r"went wrong|there was trouble|Oh no|Uh-oh|worried cry|Disappointment", re.IGNORECASE),
    "es": re.compile(r"salió mal|surgió un problema|Qué pena|grito preocupado|desilusión", re.IGNORECASE),
    "fr": re.compile(r"n'allait pas|n'alla pas|un problème|Oh non|cri inquiet|déception", re.IGNORECASE),
    "de": re.compile(r"ging etwas schief|ein Problem|Oh nein|besorgten Ruf|Enttäuschung", re.IGNORECASE),
}
"""How a page says that something has gone wrong."""

WISHED = {
    "en": re.compile(r"\bwished\b"),
    "es": re.compile(r"\b(?:soñaba|quería)\b"),
    "fr": re.compile(r"\brêvait\b"),
    "de": re.compile(r"\bwünschte\b"),
}
"""The wish itself: never in the meeting's sentence ("Mia met someone new and a baby dragon wished...")."""

GENRES = ("fantasy", "animals", "ocean", "space")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wish_page_meets_the_one_wishing_and_tells_no_trouble(language: str) -> None:
    # given: a wish story of every age in four genres
    lexicon = lexicon_for(language)
    titles = set(lexicon.titles["wishing"])
    pages = []
    for age in AGE_GROUPS:
        for genre in GENRES:
            seed = next(s for s in range(40) if shapes.shape_for(s, genre, age) == "wish")
            params = StoryParams(
                child_name="Mia", age_group=age, genre=genre, moral_lesson="Be kind", language=language,
                page_count=12, pronouns="she/her",
            )  # fmt: skip
            # when
            story = compose_story(params, seed, 5000)
            pages += [chapter.text for chapter in story.chapters if chapter.title in titles]
    # then: every story has its wish page, and none of them tells of trouble or joins the wish on
    assert len(pages) == len(AGE_GROUPS) * len(GENRES)
    for text in pages:
        assert not TROUBLE[language].search(text), text
        first = re.split(r"(?<=[.!?])\s+", text)[0]
        assert not WISHED[language].search(first), text
