"""The pages in headless Chromium (Debian's), driven by Playwright against uvicorn on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Response, expect, sync_playwright

from storyloom.db.models import Story, StoryStatus, UnitKind
from storyloom.runtime import Runtime
from storyloom.storage import asset_key
from tests.web.conftest import BookStages, LiveServer, serve, wait_status

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--autoplay-policy=no-user-gesture-required",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900}, accept_downloads=True)
    yield context.new_page()
    context.close()


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def fill_the_form(page: Page, server: LiveServer) -> None:
    page.goto(f"{server.url}/stories/new")
    page.fill("#child_name", "Mia")
    page.fill("#moral_lesson", "sharing is kind")
    page.fill("#page_count", "8")
    page.fill("#character-1-name", "Pip")
    page.fill("#character-1-kind", "a fox")
    page.fill("#character-1-traits", "curious")
    page.fill("#character-1-look", "orange fur, blue scarf")
    page.check('input[name="illustration_style"][value="crayon"]')


def test_a_book_is_made_through_the_form_read_aloud_downloaded_and_edited(
    page: Page, browser: Browser, live_server: LiveServer, book_stages: BookStages
) -> None:
    book_stages.pause = 0.12
    book_stages.keep_real(UnitKind.PAGE_AUDIO, UnitKind.BOOK_AUDIO)
    server = live_server
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on(
        "console",
        lambda message: problems.append(message.text) if "Content Security Policy" in message.text else None,
    )
    # The form checks its fields before sending.
    page.goto(f"{server.url}/stories/new")
    page.fill("#page_count", "40")
    page.click("button[type=submit]")
    expect(page.locator("#child_name-error")).to_have_text("The child's name is needed.")
    expect(page.locator("#page_count-error")).to_have_text("Pages must be a whole number from 8 to 32.")
    assert page.url == f"{server.url}/stories/new"

    fill_the_form(page, server)
    expect(page.locator("#style-preview")).to_have_attribute("src", "/api/styles/crayon/preview.png")
    expect(page.locator("#style-caption")).to_have_text("Crayon")
    expect(page.locator(".style-preview")).to_be_visible(timeout=20_000)
    page.wait_for_function("() => document.getElementById('style-preview').naturalWidth === 480")
    shot(page, "form.png")

    percents: list[int] = []

    def record(response: Response) -> None:
        if response.url.endswith("/status") and response.ok:
            percents.append(int(response.json()["percent"]))

    page.on("response", record)
    page.click("button[type=submit]")
    expect(page.locator(".progress-view h1")).to_have_text("Making the book for Mia")
    page.wait_for_function(
        "() => Number(document.querySelector('.progress').getAttribute('aria-valuenow')) > 0"
    )
    shot(page, "progress.png")
    page.wait_for_function(
        "() => document.querySelector('.progress') === null"
        " || document.querySelector('.progress').getAttribute('aria-valuenow') === '100'"
    )
    expect(page.locator(".book")).to_be_visible(timeout=30_000)
    # the book opens while its print files are made; their buttons appear, with no reload, when it is done
    expect(page.locator("a[data-download='pdf_url']")).to_be_visible(timeout=120_000)
    page.remove_listener("response", record)
    assert percents == sorted(percents)
    assert len(set(percents)) >= 3
    story_id = page.locator(".book").get_attribute("data-story-id")
    assert story_id is not None
    assert page.request.get(f"{server.url}/api/stories/{story_id}/status").json()["percent"] == 100

    # Paging: cover first, then the spreads, by button, keyboard and swipe.
    indicator = page.locator(".page-indicator")
    expect(indicator).to_have_text("Cover")
    expect(page.locator("#page-0 img")).to_have_attribute("alt", "The cover of Mia and the Simulated Day")
    page.click("button.next")
    expect(indicator).to_have_text("Page 1 of 8")
    page.keyboard.press("ArrowRight")
    expect(indicator).to_have_text("Page 2 of 8")
    page.keyboard.press("ArrowLeft")
    expect(indicator).to_have_text("Page 1 of 8")
    box = page.locator(".book-view").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] * 0.8, box["y"] + 200)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.2, box["y"] + 210, steps=5)
    page.mouse.up()
    expect(indicator).to_have_text("Page 2 of 8")
    expect(page.locator("#page-2")).to_be_visible()
    expect(page.locator("#page-1")).to_be_hidden()
    expect(page.locator("#page-1 img")).to_have_attribute(
        "alt", "Mia and Pip walking in a park, morning; the mood is calm."
    )
    expect(page.locator("#page-2 img")).to_have_attribute(
        "alt", "Mia walking in a park, morning; the mood is calm."
    )
    shot(page, "spread.png")

    # Narration: the highlighted word moves as the page is read.
    page.click("button.play-page")
    spoken = page.locator("#page-2 .word.spoken")
    expect(spoken).to_have_count(1, timeout=30_000)
    spoken_index = "[...document.querySelectorAll('#page-2 .word')].findIndex(w => w.matches('.spoken'))"
    first_word = page.evaluate(spoken_index)
    page.wait_for_function(f"() => {spoken_index} > {first_word + 1}")
    shot(page, "read-along.png")
    page.click("button.play-page")
    expect(page.locator(".word.spoken")).to_have_count(0)

    # Hands-free: the whole book is read, turning the pages by itself.
    page.keyboard.press("End")
    page.keyboard.press("ArrowLeft")
    expect(indicator).to_have_text("Page 8 of 8")
    page.keyboard.press("ArrowLeft")
    page.click("button.read-all")
    expect(page.locator("button.read-all")).to_have_attribute("aria-pressed", "true")
    expect(indicator).to_have_text("Page 8 of 8", timeout=20_000)
    expect(page.locator("#page-8 .word.spoken")).to_have_count(1, timeout=30_000)
    page.click("button.read-all")

    # The PDFs download.
    with page.expect_download() as download:
        page.click("text=Download the print PDF")
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")

    # The printed pages, laid out as in the PDFs.
    page.click("text=See the printed pages")
    expect(page.locator("section.page").first).to_be_visible()
    assert page.locator("section.page").count() >= 10
    shot(page, "printed-pages.png")
    page.go_back()
    expect(page.locator(".book")).to_be_visible()

    # The owner edits page 1; the narration is made again for the new words.
    page.keyboard.press("Home")
    page.click("button.next")
    page.click("#page-1 summary")
    page.fill("#text-1", "Mia shared her last star biscuit with Pip, and the moon smiled.")
    page.click("#page-1 .edit-text button")
    expect(page.locator("#page-1 .text")).to_have_text(
        "Mia shared her last star biscuit with Pip, and the moon smiled.", timeout=30_000
    )
    story = wait_status(server.runtime, story_id, StoryStatus.COMPLETE)
    timings: dict[str, Any] = json.loads(server.runtime.store.get(asset_key(story_id, "audio/01.json")))
    assert timings["text"] == "Mia shared her last star biscuit with Pip, and the moon smiled."
    assert story.chapters[0]["text"] == timings["text"]
    expect(page.locator(".update-banner")).to_have_count(0, timeout=30_000)

    assert problems == []

    # Another browser cannot see the unpublished book.
    other = browser.new_context()
    stranger = other.new_page()
    answer = stranger.goto(f"{server.url}/stories/{story_id}")
    assert answer is not None and answer.status == 403
    expect(stranger.locator("h1")).to_have_text("This book is private")
    other.close()
    with server.runtime.session() as session:
        assert session.get(Story, story_id) is not None


def test_the_reader_works_on_a_phone_screen(
    browser: Browser, live_server: LiveServer, book_stages: BookStages
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    phone = context.new_page()
    fill_the_form(phone, live_server)
    phone.click("button[type=submit]")
    expect(phone.locator(".book")).to_be_visible(timeout=30_000)
    phone.click("button.next")

    width = phone.evaluate("document.documentElement.scrollWidth")
    picture = phone.locator("#page-1 .picture").bounding_box()
    words = phone.locator("#page-1 .words").bounding_box()

    assert width <= 390
    assert picture is not None and words is not None
    assert words["y"] >= picture["y"] + picture["height"] - 1
    shot(phone, "phone-spread.png")
    context.close()


@pytest.fixture
def real_server(runtime: Runtime) -> Iterator[LiveServer]:
    """The app with its in-process workers and the real stages on the built-in providers."""
    pytest.importorskip("storyloom.story.writing", reason="the story engine is not merged yet")
    pytest.importorskip("storyloom.render.pdf", reason="the PDF engine is not merged yet")
    yield from serve(runtime)


def test_a_real_book_with_the_built_in_providers(browser: Browser, real_server: LiveServer) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    fill_the_form(page, real_server)
    page.click("button[type=submit]")
    expect(page.locator(".progress-view h1")).to_have_text("Making the book for Mia")
    expect(page.locator(".book")).to_be_visible(timeout=240_000)

    story_id = page.locator(".book").get_attribute("data-story-id")
    assert story_id is not None
    story = wait_status(real_server.runtime, story_id, StoryStatus.COMPLETE, timeout=60)
    page.click("button.next")
    expect(page.locator("#page-1 .text")).to_have_text(story.chapters[0]["text"])
    expect(page.locator(".reading-level")).to_contain_text("Flesch-Kincaid")
    page.wait_for_function("() => document.querySelector('#page-1 img').naturalWidth > 0")
    shot(page, "real-spread.png")
    page.click("button.play-page")
    expect(page.locator("#page-1 .word.spoken")).to_have_count(1, timeout=30_000)
    with page.expect_download() as download:
        page.click("text=Download the screen PDF")
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    page.close()
