"""Every page in every language in headless Chromium: axe-core finds nothing, the reader opens at the
top and keeps its place, and a phone shows the book unclipped. Screenshots go to artifacts/."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import Error as PlaywrightError

from storyloom.db.models import UnitKind
from storyloom.providers.simulated import simulated_story
from storyloom.story.params import StoryParams
from storyloom.story.schema import StoryContent, VocabularyWord
from tests.web import conftest
from tests.web.conftest import BookStages, LiveServer
from tests.web.test_browser import browser, fill_the_form, shot
from tests.web.test_i18n import untranslated

pytestmark = [pytest.mark.browser, pytest.mark.slow]
__all__ = ["browser"]

AXE = Axe()
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
DESKTOP = {"viewport": {"width": 1100, "height": 900}}


def no_axe_violations(page: Page, where: str) -> None:
    """No axe violation on the page; the progress page moves itself to the reader, so a check the
    navigation cut short runs again on the page it arrived at."""
    for _ in range(20):
        try:
            page.wait_for_load_state()
            results = AXE.run(page)
            break
        except PlaywrightError as error:
            if not navigating(error):
                raise
    else:
        results = AXE.run(page)
    assert results.violations_count == 0, f"{where}: {results.generate_report()}"


def navigating(error: PlaywrightError) -> bool:
    return "navigat" in str(error) or "context was destroyed" in str(error)


def settled_html(page: Page) -> str:
    """The page's HTML once it has stopped navigating: the progress page moves itself to the reader."""
    for _ in range(20):
        try:
            page.wait_for_load_state()
            return page.content()
        except PlaywrightError as error:
            if not navigating(error):
                raise
    return page.content()


def settled_text(page: Page, selector: str) -> str:
    """The text of what `selector` finds once the page has stopped navigating ("" when the page has
    already moved to the reader, which has no such element)."""
    for _ in range(20):
        try:
            page.wait_for_load_state()
            return " ".join(page.locator(selector).all_inner_texts())
        except PlaywrightError as error:
            if not navigating(error):
                raise
    return " ".join(page.locator(selector).all_inner_texts())


MORALS = {
    "en": "sharing is kind",
    "es": "compartir es bonito",
    "fr": "partager, c'est gentil",
    "de": "Teilen ist schön",
}


def spanish_story(params: StoryParams, seed: int) -> StoryContent:
    """The stand-in writer's story with Spanish words: the reader shows the first pages while the book
    is still being made, so the progress page already holds the story's own text."""
    story = simulated_story(params, seed)
    chapters = [
        chapter.model_copy(
            update={"title": f"Capítulo {n}", "text": f"{params.child_name} sube al faro con su amiga."}
        )
        for n, chapter in enumerate(story.chapters, start=1)
    ]
    return story.model_copy(
        update={
            "title": f"{params.child_name} y el faro",
            "description": "Un cuento sobre un faro.",
            "chapters": chapters,
            "vocabulary": [
                VocabularyWord(word="faro", definition="una torre con luz"),
                VocabularyWord(word="ola", definition="el agua del mar que sube y baja"),
                VocabularyWord(word="galleta", definition="un dulce pequeño y crujiente"),
            ],
            "discussion_questions": ["¿Qué compartió Lucía?", "¿Quién vive en el faro?", "¿Qué harías tú?"],
        }
    )


def make_book(page: Page, server: LiveServer, language: str) -> str:
    fill_the_form(page, server)
    page.select_option("#language", language)
    page.click("button[type=submit]")
    expect(page.locator(".book")).to_be_visible(timeout=30_000)
    story_id = page.locator(".book").get_attribute("data-story-id")
    assert story_id is not None
    return story_id


@pytest.fixture
def server(live_server: LiveServer) -> Iterator[LiveServer]:
    live_server.runtime.settings.limits.enable_multi_language = True
    yield live_server


@pytest.mark.parametrize("language", ["en", "es", "fr", "de"])
def test_every_page_passes_axe_in_every_language(
    browser: Browser,
    server: LiveServer,
    book_stages: BookStages,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if language != "en":  # the reader shows the first pages while the book is made: not in English
        monkeypatch.setattr(conftest, "simulated_story", spanish_story)
    context = browser.new_context(locale=language, **DESKTOP)  # type: ignore[arg-type]
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.goto(f"{server.url}/stories/new")
    expect(page.locator("html")).to_have_attribute("lang", language)
    no_axe_violations(page, "form")
    if language != "en":
        assert untranslated(settled_html(page), language) == []
        assert page.locator("#language").input_value() == language  # the book in the visitor's language
    shot(page, f"{language}-form.png")

    book_stages.pause = 0.25
    # the pictures wait while the progress page is checked: the book would replace it when readable
    book_stages.hold(UnitKind.PAGE_IMAGE)
    fill_the_form(page, server)
    page.fill("#moral_lesson", MORALS[language])  # a customer types the moral in the book's language
    page.select_option("#language", language)
    page.click("button[type=submit]")
    expect(page.locator(".progress-view h1")).to_be_visible()
    page.wait_for_function(
        "() => Number(document.querySelector('.progress').getAttribute('aria-valuenow')) > 0"
    )
    no_axe_violations(page, "progress")
    if language != "en":  # what the progress script writes is translated too
        assert untranslated(settled_html(page), language) == []
        assert " of " not in settled_text(page, ".steps")
    shot(page, f"{language}-progress.png")
    book_stages.release()
    expect(page.locator(".book")).to_be_visible(timeout=60_000)
    book_stages.pause = 0
    story_id = page.locator(".book").get_attribute("data-story-id")

    no_axe_violations(page, "reader")
    shot(page, f"{language}-reader.png")
    private_link = page.locator("#private-link").input_value()
    page.keyboard.press("End")
    no_axe_violations(page, "the end")
    shot(page, f"{language}-reader-end.png")

    page.goto(f"{server.url}/stories/{story_id}/pages")
    expect(page.locator("header.site")).to_be_visible()
    expect(page.locator("main section.page").first).to_be_visible()
    no_axe_violations(page, "printed pages")
    shot(page, f"{language}-printed.png")
    page.click(".printed-head a.button")
    expect(page.locator(".book")).to_be_visible()

    page.goto(f"{server.url}/account/stories")
    no_axe_violations(page, "my books")
    if language != "en":
        assert untranslated(settled_html(page), language) == []
    shot(page, f"{language}-my-books.png")
    page.goto(f"{server.url}/stories")
    no_axe_violations(page, "library")
    page.goto(f"{server.url}/stories/no-such-book")
    no_axe_violations(page, "not found")

    stranger = browser.new_context(locale=language, **DESKTOP)  # type: ignore[arg-type]
    other = stranger.new_page()
    answer = other.goto(f"{server.url}/stories/{story_id}")
    assert answer is not None and answer.status == 403
    no_axe_violations(other, "private")
    shot(other, f"{language}-private.png")
    stranger.close()

    # The parent's phone opens the book with its private link: the book is theirs there too.
    phone = browser.new_context(locale=language, **PHONE)  # type: ignore[arg-type]
    on_phone = phone.new_page()
    on_phone.goto(private_link)
    expect(on_phone.locator(".book")).to_be_visible()
    assert on_phone.evaluate("window.scrollY") == 0
    assert on_phone.evaluate("document.documentElement.scrollWidth") <= 390
    on_phone.click("button.next")
    no_axe_violations(on_phone, "reader on a phone")
    shot(on_phone, f"{language}-phone-reader.png")
    on_phone.goto(f"{server.url}/account/stories")
    expect(on_phone.locator(f'.shelf a[href="/stories/{story_id}"]')).to_be_visible()
    phone.close()

    assert problems == []
    context.close()


def test_the_reader_opens_at_the_top_and_keeps_its_place_on_a_phone_and_a_desktop(
    browser: Browser, server: LiveServer, book_stages: BookStages
) -> None:
    for name, device in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(**device)  # type: ignore[arg-type]
        page = context.new_page()
        story_id = make_book(page, server, "es")

        assert page.evaluate("window.scrollY") == 0
        page.goto("about:blank")
        page.goto(f"{server.url}/stories/{story_id}#page-3")
        page.wait_for_load_state("load")
        indicator = page.locator(".page-indicator")
        expect(indicator).to_have_text("Página 3 de 8")
        assert page.evaluate("window.scrollY") == 0
        title = page.locator(".book-head h1").bounding_box()
        assert title is not None and title["y"] >= 0
        assert page.evaluate("document.documentElement.scrollWidth") <= device["viewport"]["width"]  # type: ignore[index]
        picture = page.locator("#page-3 .picture img").bounding_box()
        assert picture is not None and picture["x"] >= 0
        assert picture["x"] + picture["width"] <= device["viewport"]["width"]  # type: ignore[index]
        shot(page, f"reader-top-{name}.png")

        page.click("button.next")
        page.reload()
        page.wait_for_load_state("load")
        expect(indicator).to_have_text("Página 4 de 8")
        assert page.evaluate("window.scrollY") == 0
        context.close()


def test_read_this_page_aloud_stays_on_the_last_page(
    browser: Browser, server: LiveServer, book_stages: BookStages
) -> None:
    context = browser.new_context(**DESKTOP)  # type: ignore[arg-type]
    page = context.new_page()
    make_book(page, server, "en")
    indicator = page.locator(".page-indicator")

    page.keyboard.press("End")
    expect(indicator).to_have_text("The end")
    play = page.locator("button.play-page")

    expect(play).to_be_disabled()
    play.click(force=True)
    expect(indicator).to_have_text("The end")
    page.keyboard.press("ArrowLeft")
    expect(play).to_be_enabled()
    context.close()
