"""The built-in engine's story logic over 200 random parameter sets per language: a clever thought is
said and used, the one a try is for is there, a pleasant puzzle is met with curiosity, and every
companion is introduced when first named."""

from __future__ import annotations

import re

import pytest

from storyloom.story.params import LANGUAGES
from tests.providers.text.test_engine_stories import _stories

SENTENCE = re.compile(r"(?<=[.!?»”“])\s+(?=[A-ZÀ-ÖØ-Þ¡¿«„“\"])")

BARE_IDEAS = {
    "en": re.compile(r"\b(?:had an idea|had a clever thought|thought of something|thought of it before)\.$"),
    "de": re.compile(r"\b(?:hatte eine Idee|fiel etwas ein|dachte \S+ an etwas|daran gedacht hatte)\.$"),
    "es": re.compile(r"\b(?:tuvo una idea|se le ocurrió algo|pensó en algo|pensado antes)\.$"),
    "fr": re.compile(r"\b(?:eut une idée|pensa à quelque chose|trouva une idée|pensé plus tôt)\.$"),
}
"""A sentence that ends on someone's idea without saying what it is."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_clever_thought_is_said_on_its_page(language: str) -> None:
    """'Tansy had a clever thought. That was just what they needed.' left the reader guessing: the
    thought is said, and used, where it is had."""
    for _, story in _stories(language):
        for chapter in story.chapters:
            # when
            bare = [s for s in SENTENCE.split(chapter.text) if BARE_IDEAS[language].search(s)]
            # then
            assert not bare, chapter.text
