"""What a reviewer saw still wrong in the built-in books' pictures (issue 13), fourth round: the sky
follows the time of day the text names, paper crowns are worn on heads, hands held are joined, what
stands on the windowsill is on it, the moon seen indoors is in a window, a building is drawn once."""

from __future__ import annotations

import pytest

from storyloom.providers.text.engine.scene_details import time_in_text
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import StoryParams
from storyloom.story.schema import StoryContent


def _story(genre: str, language: str, seed: int, age: str = "3-5", pages: int = 12) -> StoryContent:
    params = StoryParams(
        child_name="Mia",
        age_group=age,  # type: ignore[arg-type]
        genre=genre,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        moral_lesson="Be kind",
        page_count=pages,
        seed=seed,
    )
    return compose_story(params, seed=seed, max_words=2000)


@pytest.mark.parametrize(
    ("language", "text", "time"),
    [
        ("en", "That night, Mia and Leo crept down the stairs.", "night"),
        ("en", "They lay in the grass under the stars.", "night"),
        ("es", "Por la noche, Mia oyó un ruido.", "night"),
        ("es", "Se sentaron bajo las estrellas.", "night"),
        ("fr", "La nuit, Mia entendit un bruit.", "night"),
        ("fr", "Ils dormirent sous les étoiles.", "night"),
        ("de", "Nachts hörte Mia ein Geräusch.", "night"),
        ("de", "Sie lagen unter den Sternen.", "night"),
        ("en", "One morning, Mia heard a worried cry.", "morning"),
        ("es", "Una mañana, Mia oyó un grito preocupado.", "morning"),
        ("fr", "Un matin, Mia entendit un cri inquiet.", "morning"),
        ("de", "Eines Morgens hörte Mia einen besorgten Ruf.", "morning"),
    ],
)
def test_the_time_of_day_the_narration_names_is_read(language: str, text: str, time: str) -> None:
    assert time_in_text(text, language) == time


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A strange noise was coming from the big barn at night."),
        ("en", '"This one," said Mia, "but ask me again tonight."'),
        ("es", "La puerta del parque se cerraba por la noche."),
        ("fr", "Le gâteau avait disparu de la vitrine pendant la nuit."),
        ("de", "Mia dachte an den Tag."),
    ],
)
def test_a_night_only_described_or_said_aloud_sets_no_time(language: str, text: str) -> None:
    # "the barn at night" is the place the noise comes from, "ask me again tonight" is said aloud
    assert time_in_text(text, language) is None


@pytest.mark.parametrize(("language", "seed"), [("en", 0), ("en", 2), ("es", 1)])
def test_a_bedtime_page_saying_one_morning_is_drawn_in_the_morning(language: str, seed: int) -> None:
    # given the bedtime book's problem page "One morning, Mia heard a worried cry" (drawn at sunset,
    # because a bedtime book's first half is an evening)
    story = _story("bedtime", language, seed)
    page = story.chapters[2]
    assert time_in_text(page.text, language) == "morning", page.text
    # then its picture is a morning
    assert page.scene.time_of_day == "morning"
    # and the night it ends with stays a night
    assert story.chapters[-1].scene.time_of_day == "night"
