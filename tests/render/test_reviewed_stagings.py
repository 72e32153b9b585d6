"""What a reviewer saw still wrong in the built-in books' pictures (issue 13), third round: the broken
thing is there while the friends try to mend it, a cave peeked into from far away is seen far off."""

from __future__ import annotations

import pytest

from storyloom.providers.text.engine.writer import compose_story
from storyloom.render.illustrator.compose import scene_svg
from storyloom.render.illustrator.styles import STYLE_NAMES, style_named
from storyloom.story.params import StoryParams
from storyloom.story.schema import StoryContent

ATTEMPT_OPENINGS = {"en": ("First,", "Next,"), "es": ("Primero,", "Luego,"), "fr": ("D'abord,", "Puis, Mia")}
ATTEMPT_OPENINGS["de"] = ("Als Erstes", "Dann versuchte")


def _story(genre: str, language: str, seed: int, age: str = "3-5", pages: int = 12) -> StoryContent:
    params = StoryParams(
        child_name="Mia",
        age_group=age,  # type: ignore[arg-type]
        genre=genre,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        moral_lesson="Be brave",
        page_count=pages,
        seed=seed,
    )
    return compose_story(params, seed=seed, max_words=2000)


@pytest.mark.parametrize(
    ("genre", "seed", "language", "thing"),
    [
        ("adventure", 2, "en", "rope-bridge"),
        ("adventure", 2, "es", "rope-bridge"),
        ("adventure", 2, "fr", "rope-bridge"),
        ("adventure", 2, "de", "rope-bridge"),
        ("friendship", 0, "en", "swing"),
        ("fantasy", 2, "en", "magic-lamp"),
    ],
)
def test_the_broken_thing_is_drawn_on_every_page_that_tries_to_mend_it(
    genre: str, seed: int, language: str, thing: str
) -> None:
    # given a story about a broken thing (the old rope bridge, the wooden swing, the wizard's lamp),
    # whose tries to mend it do not all name it ("First, Mia tied the ends together with a piece of string")
    story = _story(genre, language, seed)
    tries = [
        (index, page)
        for index, page in enumerate(story.chapters, 1)
        if page.text.startswith(ATTEMPT_OPENINGS[language])
    ]
    assert len(tries) == 2, [page.text[:40] for page in story.chapters]
    for index, page in tries:
        # when the page is drawn
        drawn = scene_svg(page.scene, story.characters, style_named("flat"), index, width=300, height=300)
        # then the thing they try to mend is in its scene and in its picture
        assert thing in [prop.prop for prop in page.scene.props], page.text
        assert f'id="prop-{thing}"' in drawn, page.text


def _setting_story(genre: str, language: str, seed: int, setting: str) -> StoryContent:
    params = StoryParams(
        child_name="Mia",
        age_group="3-5",
        genre=genre,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        moral_lesson="Be brave",
        setting=setting,
        seed=seed,
    )
    return compose_story(params, seed=seed, max_words=2000)


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(
    ("genre", "seed", "language", "setting", "words", "place"),
    [
        ("adventure", 2, "en", "the beach", "peeked in from far away", "beach"),
        ("friendship", 5, "en", "a snowy village", "peeked in from far away", "snowy-village"),
        ("friendship", 5, "fr", "the desert", "de très loin", "desert"),
        ("adventure", 2, "fr", "the mountains", "de très loin", "mountains"),
    ],
)
def test_a_cave_peeked_into_from_far_away_is_drawn_far_off_outside(
    genre: str, seed: int, language: str, setting: str, words: str, place: str, style: str
) -> None:
    # given a story about a noise in a cave beyond the customer's place ("the dark cave by the rocks"),
    # whose try "Mia peeked in from far away" names no cave
    story = _setting_story(genre, language, seed, setting)
    [(index, page)] = [(i, c) for i, c in enumerate(story.chapters, 1) if words in c.text]
    # when the page is drawn
    drawn = scene_svg(page.scene, story.characters, style_named(style), index, width=300, height=300)
    # then they stand outside, at the customer's place, and the cave's dark mouth is far behind them
    assert page.scene.place == place
    assert ("cave-mouth", "background") in [(prop.prop, prop.where) for prop in page.scene.props]
    assert 'id="prop-cave-mouth"' in drawn and f'id="place-{place}"' in drawn
