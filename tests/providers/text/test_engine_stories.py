"""The built-in engine over 200 random parameter sets per language: logic, morals, language and scenes."""

from __future__ import annotations

import importlib
import random
import re
from functools import cache
from types import ModuleType

import pytest

from storyloom.providers.text.engine.compose import lexicon_for
from storyloom.providers.text.engine.morals import clean_moral, moral_for
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import LANGUAGES, StoryParams
from storyloom.story.samples import random_params
from storyloom.story.schema import StoryContent

STORIES_PER_LANGUAGE = 200


@cache
def _stories(language: str) -> tuple[tuple[StoryParams, StoryContent], ...]:
    rng = random.Random(f"engine-stories-{language}")
    written = []
    for seed in range(STORIES_PER_LANGUAGE):
        params = random_params(rng, language)
        written.append((params, compose_story(params, seed, 5000)))
    return tuple(written)


def _turns(language: str) -> ModuleType:
    return importlib.import_module(f"storyloom.providers.text.engine.turns_{language}")


def _plain(text: str) -> str:
    """Words only, in lower case: sentences split or joined for a reading level read the same."""
    return " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text.casefold()))


def _literal(template: str) -> str:
    """The longest stretch of a template without slots, for finding the template's words on a page."""
    return _plain(max(re.split(r"\{\w+\}", template), key=len))


def _discovery(params: StoryParams, story: StoryContent) -> str:
    lexicon = lexicon_for(params.language)
    full = lexicon.worlds[params.genre].discovery
    simple = lexicon.simple[params.genre][1]
    text = _plain(" ".join(c.text for c in story.chapters))
    return _plain(full) if _plain(full) in text else _plain(simple)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_problem_is_solved_by_the_characters_on_the_turning_page(language: str) -> None:
    for params, story in _stories(language):
        # given
        discovery = _discovery(params, story)
        theme = moral_for(params.moral_lesson)
        turns = _turns(language)
        acts = turns.TURNS[theme] if theme else turns.UNKNOWN
        # when
        pages = [_plain(c.text) for c in story.chapters if discovery in _plain(c.text)]
        # then
        assert len(pages) == 1, (params, discovery)
        assert any(_literal(act) in pages[0] and _literal(link) in pages[0] for act, link in acts), pages[0]
        assert _plain(params.child_name) in pages[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_customers_moral_appears_once_cleanly(language: str) -> None:
    for params, story in _stories(language):
        # given
        cleaned = clean_moral(params.moral_lesson)
        text = " ".join(c.text for c in story.chapters)
        # then
        assert text.count(cleaned.rstrip(".!?")) == 1, (params.moral_lesson, text)
        assert cleaned in text
        assert story.moral == cleaned
