"""The reader while a changed page is made again, in headless Chromium: the page's picture never turns
into an empty box; the old picture stays, marked as being redrawn when it is, until the new one is
there. Screenshots go to artifacts/."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from storyloom.db.models import StoryStatus, UnitKind
from storyloom.pipeline.stages import StageResult, UnitContext
from tests.web.conftest import BookStages, LiveServer, wait_status
from tests.web.test_browser import browser, shot
from tests.web.test_browser_languages import no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.slow]
__all__ = ["browser"]

SHOWN = """(selector) => {
  const image = document.querySelector(selector);
  if (!image) return "no picture";
  const box = image.getBoundingClientRect();
  if (!image.complete || image.naturalWidth === 0) return "not loaded: " + image.currentSrc;
  if (box.width < 100 || box.height < 100) return "too small";
  return getComputedStyle(image).visibility === "visible" && Number(getComputedStyle(image).opacity) > 0.3
    ? "shown" : "hidden";
}"""


# What a reader sees of page 1's picture on the first frame of each page load.
FIRST_FRAME = """document.addEventListener("DOMContentLoaded", () => requestAnimationFrame(() => {
  const image = document.querySelector("#page-1 .picture img");
  const loaded = image && image.complete && image.naturalWidth > 0;
  window.firstFrame = !image ? "no picture" : loaded ? "shown" : "not loaded";
}));"""


class Held:
    """A stage that waits until the test lets it go, so the update can be looked at while it runs."""

    def __init__(self, stage: object) -> None:
        self.stage = stage
        self.release = threading.Event()

    def __call__(self, ctx: UnitContext) -> StageResult:
        self.release.wait(60)
        return self.stage(ctx)  # type: ignore[operator]


@pytest.fixture
def reader(browser: Browser, live_server: LiveServer, book_stages: BookStages) -> Iterator[tuple[Page, str]]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/stories/new")
    page.fill("#child_name", "Mia")
    page.fill("#moral_lesson", "sharing is kind")
    page.fill("#page_count", "8")
    page.click("button[type=submit]")
    page.wait_for_url("**/stories/*")
    story_id = page.url.rsplit("/", 1)[-1].split("#")[0]
    wait_status(live_server.runtime, story_id, StoryStatus.COMPLETE)
    # A full load of the finished book: the progress page may be reloading itself, and a goto that
    # differs from it only by '#page-1' would just move to the fragment and cancel that reload.
    page.goto("about:blank")
    page.goto(f"{live_server.url}/stories/{story_id}#page-1")
    expect(page.locator(".book")).to_be_visible(timeout=30_000)
    yield page, story_id
    context.close()


def test_the_picture_stays_while_a_saved_text_is_made_again(
    reader: tuple[Page, str], live_server: LiveServer
) -> None:
    page, story_id = reader
    held = Held(live_server.runtime.stages[UnitKind.PDF])
    live_server.runtime.stages[UnitKind.PDF] = held
    page.context.add_init_script(FIRST_FRAME)
    try:
        page.click("#page-1 summary")
        page.fill("#text-1", "Mia shared her last star biscuit, and the moon smiled.")
        page.click("#page-1 .edit-text button")

        expect(page.locator(".update-banner")).to_be_visible(timeout=15_000)
        expect(page.locator("#page-1 .text")).to_have_text(
            "Mia shared her last star biscuit, and the moon smiled."
        )
        page.wait_for_function("() => window.firstFrame !== undefined")
        assert page.evaluate("() => window.firstFrame") == "shown"  # never an empty box, even briefly
        page.wait_for_timeout(300)
        assert page.evaluate(SHOWN, "#page-1 .picture img") == "shown"
        expect(page.locator("#page-1 .redrawing-note")).to_have_count(0)  # the words changed, not the scene
        shot(page, "update-after-edit.png")
    finally:
        held.release.set()
    expect(page.locator(".update-banner")).to_have_count(0, timeout=30_000)
    assert page.evaluate(SHOWN, "#page-1 .picture img") == "shown"


def test_the_old_picture_is_shown_marked_while_the_new_one_is_drawn(
    reader: tuple[Page, str], live_server: LiveServer
) -> None:
    page, story_id = reader
    old = page.locator("#page-1 .picture img").get_attribute("src")
    held = Held(live_server.runtime.stages[UnitKind.PAGE_IMAGE])
    live_server.runtime.stages[UnitKind.PAGE_IMAGE] = held
    try:
        page.click("#page-1 summary")
        page.click("#page-1 .regenerate form:first-child button")

        expect(page.locator(".update-banner")).to_be_visible(timeout=15_000)
        page.wait_for_timeout(300)
        assert page.evaluate(SHOWN, "#page-1 .picture img") == "shown"
        assert page.locator("#page-1 .picture img").get_attribute("src") == old
        expect(page.locator("#page-1 .redrawing-note")).to_be_visible()
        expect(page.locator("#page-1 .picture")).to_have_attribute("aria-busy", "true")
        no_axe_violations(page, "a picture being drawn again")
        shot(page, "update-redrawing.png")
    finally:
        held.release.set()
    expect(page.locator("#page-1 .redrawing-note")).to_have_count(0, timeout=30_000)
    expect(page.locator("#page-1 .picture img")).not_to_have_attribute("src", old or "")
    page.wait_for_function(f"() => ({SHOWN})('#page-1 .picture img') === 'shown'")
