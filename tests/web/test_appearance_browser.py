"""The appearance builder in headless Chromium: choose by mouse and keyboard, see the preview change,
make the book, and find the chosen hero in the reader; axe-core finds nothing wrong with the controls."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Browser, Page, expect

from storyloom.db.models import StoryStatus, UnitKind
from storyloom.story.appearance import HAIR_COLOURS, SKIN_TONES
from tests.render.fixtures.illustration import pixels_near
from tests.web.conftest import BookStages, LiveServer, wait_status
from tests.web.test_browser import ARTIFACTS, browser

pytestmark = pytest.mark.browser

__all__ = ["browser"]

AXE = Path(__file__).with_name("axe") / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    # axe-core is injected as an inline script, which the pages' Content-Security-Policy would block.
    context = browser.new_context(viewport={"width": 1100, "height": 900}, bypass_csp=True)
    yield context.new_page()
    context.close()


def _preview_src(page: Page) -> str:
    return page.locator("#hero-preview").get_attribute("src") or ""


def _wait_for_preview(page: Page, *parts: str) -> str:
    """Wait until the preview shows a picture whose address has every one of `parts`."""
    page.wait_for_function(
        "parts => { const img = document.getElementById('hero-preview'); const src = img.getAttribute('src');"
        " return parts.every(p => src.includes(p)) && img.complete && img.naturalWidth === 320; }",
        arg=list(parts),
    )
    return _preview_src(page)


def _axe_violations(page: Page, *selectors: str) -> list[dict[str, object]]:
    assert AXE.exists(), "run `npm ci` in tests/web/axe (the CI script does)"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (include) => (await axe.run({ include }, { resultTypes: ['violations'] })).violations",
        [[s] for s in selectors],
    )
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in result]


@pytest.mark.slow
def test_a_parent_chooses_the_look_sees_it_and_finds_it_in_the_book(
    page: Page, live_server: LiveServer, book_stages: BookStages
) -> None:
    book_stages.keep_real(UnitKind.TEXT, UnitKind.CHARACTER, UnitKind.COVER, UnitKind.PAGE_IMAGE)
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.goto(f"{live_server.url}/stories/new")
    page.fill("#child_name", "Amara")
    page.fill("#moral_lesson", "sharing is kind")
    page.fill("#page_count", "8")
    page.check('input[name="illustration_style"][value="flat"]')
    first = _wait_for_preview(page, "style=flat")
    # the Preview button is for pages without JavaScript only
    expect(page.locator("[data-preview-button]")).to_have_count(0)

    # when the parent picks by mouse: skin, hair colour and style, glasses
    page.click("label.swatch:has-text('Ebony')")
    after_skin = _wait_for_preview(page, "skin=ebony")
    assert after_skin != first
    page.click("label.swatch:has-text('Ginger')")
    page.click("#appearance-hair_style-group label.swatch:has-text('Braids')")
    page.check('input[name="appearance-glasses"]')
    chosen = _wait_for_preview(page, "hair_colour=ginger", "hair_style=braids", "glasses=true")
    assert "skin=ebony" in chosen and "hair_colour=ginger" in chosen and "hair_style=braids" in chosen
    assert "glasses=true" in chosen and "style=flat" in chosen
    expect(page.locator("#hero-preview")).to_have_attribute(
        "alt", "A preview of Amara: Ebony, Ginger, Braids, Glasses"
    )
    preview = page.request.get(f"{live_server.url}{chosen}").body()
    assert pixels_near(preview, SKIN_TONES["ebony"][1], 6) > 1500
    assert pixels_near(preview, HAIR_COLOURS["ginger"][1], 6) > 800
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#appearance").screenshot(path=str(ARTIFACTS / "appearance-form-desktop.png"))

    # and by keyboard: the eye colour group is one tab stop; arrows choose within it
    page.focus('input[name="appearance-eyes"][value=""]')
    page.keyboard.press("ArrowRight")
    expect(page.locator('input[name="appearance-eyes"][value="brown"]')).to_be_checked()
    _wait_for_preview(page, "eyes=brown")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "appearance-outfit_colour"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.name") == "appearance-hair_style"

    # and the legend follows the name typed
    expect(page.locator("#appearance legend").first).to_contain_text("How Amara looks")
    # and a person friend's look is chosen in their row
    page.fill("#character-1-name", "Nana")
    page.fill("#character-1-kind", "grandma")
    page.click(".character-row[data-row='1'] .friend-look summary")
    page.select_option("#character-1-hair_colour", "grey")
    page.check('input[name="character-1-glasses"]')

    # then axe-core finds no violation on the new controls
    assert _axe_violations(page, "#appearance", ".friend-look") == []

    # and the book's pages show the chosen hero
    page.click("button[type=submit]")
    expect(page.locator(".book")).to_be_visible(timeout=240_000)
    story_id = page.locator(".book").get_attribute("data-story-id")
    assert story_id is not None
    story = wait_status(live_server.runtime, story_id, StoryStatus.COMPLETE, timeout=120)
    hero = next(c for c in story.characters if c["role"] == "hero")
    assert hero["bible"]["colours"]["skin"] == SKIN_TONES["ebony"][1]
    nana = next(c for c in story.characters if c["name"] == "Nana")
    assert nana["bible"]["colours"]["hair"] == HAIR_COLOURS["grey"][1]
    assert "round glasses" in nana["bible"]["distinguishing_marks"]
    shown = 0
    for number, chapter in enumerate(story.chapters, start=1):
        if "Amara" not in chapter["scene"]["characters_present"]:
            continue
        src = page.locator(f"#page-{number} img").get_attribute("src")
        assert src
        png = page.request.get(f"{live_server.url}{src}").body()
        with Image.open(io.BytesIO(png)) as picture:
            flat = io.BytesIO()
            picture.convert("RGB").save(flat, format="PNG")
        assert pixels_near(flat.getvalue(), SKIN_TONES["ebony"][1], 6) >= 40, number
        assert pixels_near(flat.getvalue(), HAIR_COLOURS["ginger"][1], 6) >= 40, number
        shown += 1
    assert shown >= len(story.chapters) - 1
    page.click("button.next")
    page.wait_for_function("() => document.querySelector('#page-1 img').naturalWidth > 0")
    page.screenshot(path=str(ARTIFACTS / "appearance-reader.png"))
    assert problems == [], json.dumps(problems)


def test_the_builder_on_a_phone_keeps_the_preview_first(browser: Browser, live_server: LiveServer) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/stories/new")
    page.click("label.swatch:has-text('Deep brown')")
    page.click("#appearance-hair_style-group label.swatch:has-text('Hijab')")
    _wait_for_preview(page, "skin=deep-brown", "hair_style=hijab")
    preview = page.locator("#hero-preview").bounding_box()
    skin = page.locator("#appearance-skin-group").bounding_box()
    assert preview and skin and preview["y"] < skin["y"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.locator("#appearance").screenshot(path=str(ARTIFACTS / "appearance-form-phone.png"))
    assert _axe_violations(page, "#appearance") == []
    context.close()
