"""Chapter books (ages 9-12) read in the harder half of their band, in every language and genre."""

from __future__ import annotations

import random

import pytest

from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import GENRES, LANGUAGES
from storyloom.story.reading_level import FORMULAS, measure, target_band
from storyloom.story.samples import random_params


def _in_top_half(language: str, score: float) -> bool:
    low, high = target_band(language, "9-12")
    middle = (low + high) / 2
    return score >= middle if FORMULAS[language].direction == "grade" else score <= middle


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_chapter_book_reads_in_the_top_half_of_its_band(language: str) -> None:
    rng = random.Random(f"chapter-levels-test-{language}")
    outside = []
    for genre in GENRES:
        for seed in range(2):
            params = random_params(rng, language).model_copy(update={"genre": genre, "age_group": "9-12"})
            # when
            story = compose_story(params, seed, 5000)
            text = " ".join(chapter.text for chapter in story.chapters)
            level = measure(text, language, "9-12", [c.name for c in story.characters])
            if not _in_top_half(language, level.score):
                outside.append((genre, seed, round(level.score, 1)))
    # then
    assert not outside
