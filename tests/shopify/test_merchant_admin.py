"""The merchant's admin page: settings kept per shop, a failed publish shown in words and retried,
auto-publish, the storefront's root and a book's preview, and every download edition."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlparse

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from storyloom.books.service import BookService
from storyloom.db.models import Shop, Story, StoryStatus, UnitKind, UnitState, WorkUnit
from storyloom.devtools.shopify_emulator import EmulatorState, mint_session_token
from storyloom.runtime import Runtime
from storyloom.shopify.orders import download_link
from tests.shopify.conftest import SHOP, make_story, shopify_web_app
from tests.shopify.test_routes import _proxy

SETTINGS = {
    "product_price": "24.5",
    "daily_book_budget": "40",
    "languages": ["en"],
    "styles": ["crayon", "papercut"],
    "auto_publish": "on",
}


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app(), base_url="https://testserver", follow_redirects=False)


def test_settings_are_saved_per_shop_and_shown(
    client: TestClient, runtime: Runtime, emulator: EmulatorState
) -> None:
    token = mint_session_token(emulator, SHOP)
    page = client.post("/shopify/admin/settings", data={**SETTINGS, "id_token": token})
    assert page.status_code == 200 and "Settings saved." in page.text
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == SHOP))
        assert shop is not None
        assert (shop.product_price, shop.daily_book_budget, shop.auto_publish) == ("24.50", 40, True)
        assert (shop.storefront_languages, shop.storefront_styles) == (["en"], ["crayon", "papercut"])
    assert 'value="24.50"' in page.text and 'value="40"' in page.text
    # the storefront offers only the chosen styles
    builder = client.get(_proxy("builder"))
    assert 'value="crayon"' in builder.text and 'value="watercolour"' not in builder.text


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("product_price", "free", "product_price: must be a positive amount"),
        ("product_price", "0", "product_price: must be a positive amount"),
        ("daily_book_budget", "-3", "daily_book_budget: must be a whole number"),
        ("styles", "oil-paint", "styles: choose at least one of"),
    ],
)
def test_bad_settings_are_refused_naming_the_field(
    client: TestClient, emulator: EmulatorState, field: str, value: str, message: str
) -> None:
    form = {**SETTINGS, field: value, "id_token": mint_session_token(emulator, SHOP)}
    page = client.post("/shopify/admin/settings", data=form)
    assert page.status_code == 422 and message in page.text


def test_settings_need_a_valid_session_token(client: TestClient) -> None:
    assert client.post("/shopify/admin/settings", data={**SETTINGS, "id_token": "forged"}).status_code == 401


def test_a_failed_publish_needs_attention_in_words_and_retry_queues_it_again(
    client: TestClient, runtime: Runtime, emulator: EmulatorState
) -> None:
    # given a finished book whose publishing failed for good
    story_id = make_story(runtime)
    with runtime.session() as session:
        session.add(
            WorkUnit(
                story_id=story_id,
                kind=UnitKind.PUBLISH,
                state=UnitState.FAILED,
                attempts=5,
                error_code="SHOPIFY_ERROR",
                error_message="Shopify refused the access token",
            )
        )
    token = mint_session_token(emulator, SHOP)
    page = client.get("/shopify/admin", params={"shop": SHOP, "id_token": token})
    # then the admin says so, with the reason and a Retry instead of a live Publish
    assert "needs attention" in page.text
    assert "Publishing to Shopify failed: Shopify refused the access token" in page.text
    assert f"/shopify/admin/stories/{story_id}/retry" in page.text
    assert f"/shopify/admin/stories/{story_id}/publish" not in page.text
    # when the merchant retries
    retried = client.post(f"/shopify/admin/stories/{story_id}/retry", data={"id_token": token})
    assert retried.status_code == 200 and "Publishing again." in retried.text
    with runtime.session() as session:
        unit = session.scalar(select(WorkUnit).where(WorkUnit.story_id == story_id))
        assert unit is not None and (unit.state, unit.attempts, unit.error_message) == (
            UnitState.PENDING,
            0,
            None,
        )
    # and a retry with nothing failed is a conflict, in words
    again = client.post(f"/shopify/admin/stories/{story_id}/retry", data={"id_token": token})
    assert again.status_code == 409 and "nothing that failed" in again.text


def test_a_failed_making_is_retried_from_the_admin(
    client: TestClient, runtime: Runtime, emulator: EmulatorState
) -> None:
    story_id = make_story(
        runtime, status=StoryStatus.ERROR, error_message="cover failed: the service refused"
    )
    with runtime.session() as session:
        session.add(
            WorkUnit(story_id=story_id, kind=UnitKind.COVER, state=UnitState.FAILED, error_message="x")
        )
    headers = {"Authorization": f"Bearer {mint_session_token(emulator, SHOP)}"}
    answer = client.post(f"/shopify/admin/api/stories/{story_id}/retry", headers=headers)
    assert answer.status_code == 202 and answer.json() == {"story_id": story_id, "retried": "make"}
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None and story.status == StoryStatus.GENERATING


def test_auto_publish_adds_a_publish_unit_released_once_the_book_is_made(runtime: Runtime) -> None:
    story_id = make_story(runtime)  # already finished: the unit is released at once
    BookService(runtime).publish_when_made(story_id)
    with runtime.session() as session:
        unit = session.scalar(select(WorkUnit).where(WorkUnit.story_id == story_id))
        assert unit is not None and (unit.kind, unit.state) == (UnitKind.PUBLISH, UnitState.PENDING)


def test_the_app_proxy_root_is_a_page(client: TestClient) -> None:
    response = client.get(_proxy("", variant="4401"))
    assert response.status_code == 200 and response.headers["content-type"] == "application/liquid"
    assert "A picture book starring your child" in response.text
    assert 'href="/apps/storyloom/builder?variant=4401"' in response.text


def test_the_preview_shows_pictures_price_and_an_add_to_cart_carrying_the_story(
    client: TestClient, runtime: Runtime
) -> None:
    story_id = make_story(runtime, shopify_customer_id="7001")
    page = client.get(_proxy(f"books/{story_id}", variant="4401"))
    assert page.status_code == 200
    assert f"/shopify/previews/{story_id}/cover.png?" in page.text
    assert '<p class="price">19.99</p>' in page.text
    assert f'name="properties[_storyloom_story_id]" value="{story_id}"' in page.text
    assert 'name="id" value="4401"' in page.text
    # another customer's book is not shown
    assert client.get(_proxy(f"books/{story_id}", customer="7002")).status_code == 404


@pytest.mark.parametrize(
    ("edition", "column", "content_type", "suffix"),
    [
        ("print", "pdf_url", "application/pdf", "-print.pdf"),
        ("screen", "screen_pdf_url", "application/pdf", "-screen.pdf"),
        ("audio", "book_audio_url", "audio/mpeg", ".mp3"),
    ],
)
def test_each_edition_downloads_with_the_title_in_its_name(
    client: TestClient, runtime: Runtime, edition: str, column: str, content_type: str, suffix: str
) -> None:
    story_id = make_story(runtime, title="Lucía y la brújula dorada", status=StoryStatus.PUBLISHED)
    runtime.store.put(f"stories/{story_id}/{edition}.bin", b"the file")
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        setattr(story, column, f"stories/{story_id}/{edition}.bin")
    link = urlparse(download_link(runtime.settings.shopify, story_id, edition=edition)[0])
    assert dict(parse_qsl(link.query)).get("edition", "print") == edition
    answer = client.get(f"{link.path}?{link.query}")
    assert answer.status_code == 200 and answer.content == b"the file"
    assert answer.headers["content-type"].startswith(content_type)
    assert answer.headers["content-disposition"].endswith(f"br%C3%BAjula%20dorada{suffix}")


def test_an_unknown_edition_is_refused_naming_the_field(client: TestClient, runtime: Runtime) -> None:
    story_id = make_story(runtime, status=StoryStatus.PUBLISHED)
    link = urlparse(download_link(runtime.settings.shopify, story_id)[0])
    answer = client.get(f"{link.path}?{link.query}&edition=poster")
    assert answer.status_code == 422 and answer.text.startswith("edition: must be one of")


def test_the_retry_button_of_a_failed_making_answers_with_the_page(
    client: TestClient, runtime: Runtime, emulator: EmulatorState
) -> None:
    story_id = make_story(runtime, status=StoryStatus.ERROR, error_message="page image 3 failed: refused")
    with runtime.session() as session:
        session.add(
            WorkUnit(
                story_id=story_id,
                kind=UnitKind.PAGE_IMAGE,
                index=3,
                state=UnitState.FAILED,
                error_message="x",
            )
        )
    token = mint_session_token(emulator, SHOP)
    page = client.get("/shopify/admin", params={"shop": SHOP, "id_token": token})
    assert "Making the book failed: page image 3 failed: refused" in page.text
    retried = client.post(f"/shopify/admin/stories/{story_id}/retry", data={"id_token": token})
    assert retried.status_code == 200 and "Making the failed parts again." in retried.text
    assert "being made" in retried.text


def test_a_shop_that_publishes_automatically_gets_a_publish_unit_with_each_new_book(
    client: TestClient, runtime: Runtime, emulator: EmulatorState
) -> None:
    client.post("/shopify/admin/settings", data={**SETTINGS, "id_token": mint_session_token(emulator, SHOP)})
    form = {"child_name": "Ada", "age_group": "3-5", "moral_lesson": "be kind", "page_count": "8"}
    form |= {"illustration_style": "crayon"}
    made = client.post(_proxy("builder"), data=form)
    assert made.status_code == 303
    with runtime.session() as session:
        story_id = session.scalar(select(Story.id))
        unit = session.scalar(
            select(WorkUnit).where(WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.PUBLISH)
        )
        assert unit is not None and unit.state == UnitState.WAITING
    # a style the shop does not offer is refused, naming the field
    refused = client.post(_proxy("builder"), data=form | {"illustration_style": "watercolour"})
    assert (
        refused.status_code == 422 and "illustration_style: this shop offers crayon, papercut" in refused.text
    )


def test_the_preview_of_a_book_being_made_shows_its_progress_and_nothing_to_buy(
    client: TestClient, runtime: Runtime
) -> None:
    story_id = make_story(runtime, shopify_customer_id="7001", status=StoryStatus.GENERATING)
    with runtime.session() as session:
        session.add(WorkUnit(story_id=story_id, kind=UnitKind.TEXT, state=UnitState.DONE))
        session.add(WorkUnit(story_id=story_id, kind=UnitKind.COVER, state=UnitState.RUNNING))
    page = client.get(_proxy(f"books/{story_id}", variant="4401"))
    assert page.status_code == 200
    assert "Your book is being made (1 of 2 parts done)" in page.text
    assert "/cart/add" not in page.text
