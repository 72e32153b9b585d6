"""The merchant's and the buyer's whole journey against `make shopify-dev`'s processes (the emulator,
the app and its workers started by `python -m storyloom.devtools.shopify_dev`), in headless Chromium:
install, the embedded admin, a book made in the storefront, its preview, buying it, every download,
publishing the sample book, and a failed book shown and retried from the admin. Screenshots go to
`artifacts/shopify-*.png`; each step's duration is printed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import Browser, FrameLocator, Page, expect, sync_playwright
from sqlalchemy import create_engine, text

from tests.web.conftest import free_port
from tests.web.test_browser import ARTIFACTS, CHROMIUM_ARGS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOP = "storyloom-dev.myshopify.com"
BOOK_SECONDS = 300_000  # a book on the built-in providers takes about a minute on a quiet machine


class DevProcesses:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port, self.emulator_port = free_port(), free_port()
        self.app = f"http://127.0.0.1:{self.port}"
        self.emulator = f"http://127.0.0.1:{self.emulator_port}"
        self.log = data_dir / "dev.log"

    def database(self) -> str:
        return f"sqlite:///{self.data_dir / 'storyloom.db'}"


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevProcesses]:
    processes = DevProcesses(tmp_path_factory.mktemp("shopify-dev"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SHOPIFY_", "DATABASE_URL", "REDIS_URL"))}
    env |= {"DATA_DIR": str(processes.data_dir), "PYTHONUNBUFFERED": "1"}
    command = [
        sys.executable,
        "-m",
        "storyloom.devtools.shopify_dev",
        "--port",
        str(processes.port),
        "--emulator-port",
        str(processes.emulator_port),
    ]
    with processes.log.open("w") as log:
        child = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while "Ctrl+C stops everything" not in processes.log.read_text():
            assert child.poll() is None, processes.log.read_text()
            assert time.monotonic() < deadline, processes.log.read_text()
            time.sleep(0.3)
        yield processes
    finally:
        child.terminate()
        child.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"shopify-{name}.png"), full_page=True)


class Steps:
    def __init__(self) -> None:
        self.started = time.monotonic()
        self.times: list[tuple[str, float]] = []

    def done(self, name: str) -> None:
        now = time.monotonic()
        self.times.append((name, now - self.started))
        self.started = now
        print(f"step {name}: {self.times[-1][1]:.1f} s")


def admin_frame(page: Page, dev: DevProcesses) -> FrameLocator:
    page.goto(f"{dev.emulator}/_emulator/admin?shop={SHOP}")
    return page.frame_locator("iframe")


def test_install_admin_storefront_buy_download_publish_and_retry(browser: Browser, dev: DevProcesses) -> None:
    steps = Steps()
    page = browser.new_context(viewport={"width": 1200, "height": 900}).new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))

    # Install from the emulator's start page: OAuth, then the app opens inside the admin.
    page.goto(f"{dev.emulator}/")
    page.click("text=Install the app (OAuth)")
    admin = page.frame_locator("iframe")
    expect(admin.locator("h1")).to_have_text("Storyloom books", timeout=30_000)
    expect(admin.locator("text=Settings").first).to_be_visible()
    shot(page, "01-admin-installed")
    steps.done("install and open the admin")

    # A customer makes a book from the storefront's Storyloom page.
    page.goto(f"{dev.emulator}/")
    page.click("text=Storefront: Storyloom")
    expect(page.locator("h1")).to_have_text("A picture book starring your child")
    shot(page, "02-storefront-home")
    page.click("text=Make a book")
    page.fill("#child_name", "Lucía")
    page.fill("#moral_lesson", "a kind word helps")
    page.fill("#page_count", "8")
    page.click("button[type=submit]")
    expect(page.locator("[data-storyloom-making]")).to_be_visible(timeout=30_000)
    shot(page, "03-preview-being-made")
    steps.done("make a book in the storefront")
    expect(page.locator("text=Add to cart")).to_be_visible(timeout=BOOK_SECONDS)
    expect(page.locator(".preview img")).to_have_count(3)
    page.wait_for_function(
        "Array.from(document.querySelectorAll('.preview img')).every(i => i.complete && i.naturalWidth > 0)"
    )
    assert page.locator(".price").inner_text() == "19.99"
    shot(page, "04-preview-finished")
    steps.done("wait for the book and see its preview")

    # Buying it: the order carries the story; My books then has every form of the book.
    page.click("text=Add to cart")
    expect(page.locator("h1")).to_have_text("My books", timeout=30_000)
    book = page.locator(".book", has_text="Lucía").first
    expect(book.locator("text=Print PDF")).to_be_visible(timeout=BOOK_SECONDS)  # the page reloads itself
    shot(page, "05-my-books-bought")
    steps.done("buy (order paid, book published and delivered)")
    links = {
        name: book.locator(f"text={name}").get_attribute("href")
        for name in ("Read online", "Screen PDF", "Print PDF", "Narration (MP3)")
    }
    for name, expected_type, suffix in (
        ("Print PDF", "application/pdf", "-print.pdf"),
        ("Screen PDF", "application/pdf", "-screen.pdf"),
        ("Narration (MP3)", "audio/mpeg", ".mp3"),
    ):
        answer = page.request.get(str(links[name]))
        assert answer.status == 200, name
        assert answer.headers["content-type"] == expected_type
        disposition = answer.headers["content-disposition"]
        name_in_utf8 = unquote(disposition.split("filename*=UTF-8''", 1)[1])
        assert name_in_utf8.endswith(suffix)
        assert "Lucía" in name_in_utf8 or "Lucia" not in disposition  # the accent survives in the title
        body = answer.body()
        assert body[:4] == b"%PDF" if expected_type == "application/pdf" else len(body) > 10_000
    page.goto(str(links["Read online"]))
    expect(page.locator("body")).to_contain_text("Lucía")
    shot(page, "06-reader")
    steps.done("download print, screen and narration, open the reader")

    # The merchant publishes the sample book and sees the bought one with its product link.
    admin = admin_frame(page, dev)
    sample = admin.locator("tr", has_text="Robin")
    expect(sample.locator("text=ready to publish")).to_be_visible(timeout=BOOK_SECONDS)
    sample.locator("button", has_text="Publish").click()
    for _ in range(240):  # a loaded machine (a parallel test run) may take minutes to publish
        admin = admin_frame(page, dev)
        if admin.locator("tr", has_text="Robin").locator("text=published").count():
            break
        time.sleep(1)
    sample = admin.locator("tr", has_text="Robin")
    expect(sample.locator(".badge")).to_have_text("published")
    expect(sample.locator("a", has_text="Product")).to_be_visible()
    bought = admin.locator("tr", has_text="Lucía")
    expect(bought.locator(".badge")).to_have_text("published")
    expect(bought.locator("img.thumb")).to_be_visible()
    shot(page, "07-admin-published")
    steps.done("publish the sample book from the admin")

    # A book whose making failed shows in the admin, in words, and Retry makes it.
    engine = create_engine(dev.database())
    with engine.begin() as connection:
        story_id = connection.execute(text("SELECT id FROM stories WHERE title LIKE '%Robin%'")).scalar_one()
        connection.execute(
            text(
                "UPDATE work_units SET state = 'FAILED', error_code = 'CONTENT_POLICY', error_message ="
                " 'the image service refused the prompt' WHERE story_id = :id AND kind = 'PAGE_IMAGE'"
                ' AND "index" = 3'
            ),
            {"id": story_id},
        )
        connection.execute(
            text(
                "UPDATE stories SET status = 'ERROR', error_message = 'page image 3 failed: the image service"
                " refused the prompt' WHERE id = :id"
            ),
            {"id": story_id},
        )
    engine.dispose()
    admin = admin_frame(page, dev)
    failed = admin.locator("tr", has_text="Robin")
    expect(failed.locator(".badge")).to_have_text("needs attention")
    expect(failed.locator(".reason")).to_contain_text("the image service refused the prompt")
    shot(page, "08-admin-needs-attention")
    failed.locator("button", has_text="Retry").click()
    expect(admin.locator(".notice")).to_contain_text("Making the failed parts again", timeout=60_000)
    for _ in range(120):
        admin = admin_frame(page, dev)
        if admin.locator("tr", has_text="Robin").locator("text=ready to publish").count():
            break
        time.sleep(1)
    expect(admin.locator("tr", has_text="Robin").locator(".badge")).to_have_text("ready to publish")
    shot(page, "09-admin-retried")
    steps.done("a failed book shown and retried")

    assert problems == []
    print("\n".join(f"{name}: {seconds:.1f} s" for name, seconds in steps.times))
