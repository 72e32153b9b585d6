"""The text never covers the picture outside its text zone, and the prompts and the LLM writers speak
the scene vocabulary."""

from __future__ import annotations

import pytest

from storyloom.providers.text.llm import INSTRUCTIONS
from storyloom.render.book import BLEED_IN, book_pages
from storyloom.render.scene_prompt import build_prompt
from storyloom.render.text_area import text_zone
from storyloom.story.props import PROP_IDS
from storyloom.story.schema import CharacterInScene, PropInScene, StoryContent
from tests.render.fixtures.book import make_book
from tests.render.fixtures.illustration import load_story


@pytest.mark.parametrize("age_group", ["0-2", "3-5", "6-8", "9-12"])
@pytest.mark.parametrize("trim", ["8.5x8.5", "8.25x8.25", "8x10", "a4"])
def test_a_text_panel_over_a_picture_stays_inside_the_pictures_text_zone(age_group: str, trim: str) -> None:
    # given every layout with short and long texts, for every age
    book = make_book(12, age_group=age_group, image_px=64)
    for chapter in book.story.chapters[::3]:
        chapter.text = " ".join([chapter.text] * 3)
    # when the pages are laid out, with and without QR codes
    pages = [
        page for page in book_pages(book, edition="print", trim=trim, qr_codes=True) if page.kind == "story"
    ]
    # then a panel over the picture lies inside the zone the illustrator leaves clear
    for page, chapter in zip(pages, book.story.chapters, strict=True):
        if page.panel_box is None or page.layout == "framed":
            continue
        zone = text_zone(chapter.scene.composition, chapter.scene.text_space)
        assert zone is not None, page.layout
        image = page.image_box
        assert image is not None
        x0 = (page.panel_box.x - image.x) / image.w * 1000
        x1 = (page.panel_box.right - image.x) / image.w * 1000
        y0 = (page.panel_box.y - image.y) / image.h * 1000
        y1 = (page.panel_box.bottom - image.y) / image.h * 1000
        assert zone[0] - 1 <= x0 and x1 <= zone[2] + 1, (page.story_page, page.layout)
        assert zone[1] - 1 <= y0 and y1 <= zone[3] + 1, (page.story_page, page.layout)
        assert image.x == -BLEED_IN


def _scene_story() -> StoryContent:
    story = load_story("lantern_of_stars")
    scene = story.chapters[1].scene.model_copy(
        update={
            "place": "forest",
            "shot": "two-shot",
            "cast": [
                CharacterInScene(
                    name="Maya", pose="sit", facing="right", expression="sad", holding="compass"
                ),
                CharacterInScene(name="Rusty", pose="talk", facing="left"),
            ],
            "props": [PropInScene(prop="compass", where="held", held_by="Maya"), PropInScene(prop="log")],
        }
    )
    story.chapters[1].scene = scene
    return story


def test_the_image_prompt_names_place_shot_poses_and_props() -> None:
    story = _scene_story()
    prompt = build_prompt(story, story.chapters[1].scene, "flat")
    assert "Place: forest, morning." in prompt
    assert "two-shot" in prompt
    assert "Maya (the child) sitting, facing right, looking sad, holding a compass" in prompt
    assert "Rusty (the fox) talking, facing left" in prompt
    assert "a compass held by Maya, a log on the ground" in prompt
    assert "out of the right half" in prompt


def test_the_llm_writers_are_asked_for_the_scene_vocabulary() -> None:
    for word in ("place:", "shot:", "cast:", "props:", '"sit"', "held by whom"):
        assert word in INSTRUCTIONS
    schema = StoryContent.model_json_schema()
    assert set(schema["$defs"]["PropInScene"]["properties"]["prop"]["enum"]) == PROP_IDS
    assert "enum" in schema["$defs"]["SceneSpec"]["properties"]["place"]["anyOf"][0]
