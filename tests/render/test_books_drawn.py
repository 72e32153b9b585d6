"""Random built-in books, drawn at the SVG level: every prop a page's text names and its scene lists
is drawn once, every character present is drawn once in the pose its scene gives, and nothing else."""

from __future__ import annotations

import random
import re
from typing import get_args

import pytest

from storyloom.providers.text.engine.writer import compose_story
from storyloom.render.illustrator.compose import scene_svg
from storyloom.render.illustrator.figures import safe_id
from storyloom.render.illustrator.styles import STYLE_NAMES, style_named
from storyloom.story.params import AgeGroup, Genre, Language, StoryParams
from storyloom.story.props import find_props
from storyloom.story.schema import PropInScene

BOOKS = 200
QUICK = 24
"""The first QUICK books run with every test run; all 200 with the slow tests."""


def _params(number: int) -> StoryParams:
    rng = random.Random(number)
    return StoryParams(
        child_name=rng.choice(["Mia", "Noah", "Zoé", "Jonas"]),
        age_group=rng.choice(get_args(AgeGroup)),
        genre=rng.choice(get_args(Genre)),
        language=rng.choice(get_args(Language)),
        moral_lesson="sharing makes everyone happier",
        page_count=rng.choice([8, 12]),
        illustration_style=rng.choice(STYLE_NAMES),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    "number", [n if n < QUICK else pytest.param(n, marks=pytest.mark.slow) for n in range(BOOKS)]
)
def test_every_named_prop_and_every_character_is_drawn_once(number: int) -> None:
    params = _params(number)
    story = compose_story(params, seed=number, max_words=3000)
    style = style_named(params.illustration_style)
    for index, chapter in enumerate(story.chapters, start=1):
        named = find_props(chapter.text, params.language)
        listed = {item.prop for item in chapter.scene.props}
        scene = chapter.scene.model_copy(
            update={"props": [*chapter.scene.props, *(PropInScene(prop=p) for p in named if p not in listed)]}
        )
        drawn = scene_svg(scene, story.characters, style, index, width=100, height=100)
        for prop in {*named, *listed}:
            assert drawn.count(f'id="prop-{prop}"') >= 1, (number, index, prop)
        figures = re.findall(r'id="pose-([a-z-]+)-([A-Za-z0-9_-]+)"', drawn)
        assert sorted(name for _, name in figures) == sorted(safe_id(n) for n in scene.characters_present)
        for pose, name in figures:
            entry = next(e for e in scene.cast if safe_id(e.name) == name) if scene.cast else None
            if entry is not None:
                assert pose == entry.pose, (number, index, name)
