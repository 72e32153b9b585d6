"""ShopifyIntegrationService against the Admin emulator: every mutation, idempotent publishing,
customer links, and tokens refreshed before they expire."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from storyloom.db.models import Shop, Story, StoryStatus
from storyloom.devtools.shopify_emulator import EmulatorState
from storyloom.errors import ConflictError, InvalidInputError
from storyloom.runtime import Runtime
from storyloom.shopify.admin import ShopifyUserError
from storyloom.shopify.service import ShopifyIntegrationService, product_handle
from tests.shopify.conftest import SHOP, make_story


def _service(runtime: Runtime) -> ShopifyIntegrationService:
    return ShopifyIntegrationService(runtime, sleep=lambda seconds: None)


def _story(runtime: Runtime, story_id: str) -> Story:
    with runtime.session() as session:
        story = session.get(Story, story_id)
    assert story is not None
    return story


def test_publish_makes_a_digital_product_with_cover_file_and_customer(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    # given a finished story made by customer 7001
    story_id = make_story(runtime, shopify_customer_id="7001")
    # when it is published
    result = _service(runtime).publish(story_id)
    # then the shop has one product with the cover, a priced non-shipping variant and the book's file
    shop = emulator.shops[SHOP]
    [product] = shop.products.values()
    assert (product.handle, product.title, product.status) == (
        product_handle(story_id),
        "Mia and the Moon Lantern",
        "ACTIVE",
    )
    assert [m["mediaContentType"] for m in product.media] == ["IMAGE"]
    [variant] = [shop.variants[v] for v in product.variant_ids]
    assert (variant.price, variant.requires_shipping, variant.tracked, variant.inventory_policy) == (
        "19.99",
        False,
        False,
        "CONTINUE",
    )
    [stored_file] = shop.files.values()
    assert stored_file.status == "READY"
    key = stored_file.source.split("/staged-uploads/", 1)[1]
    assert emulator.uploads[key][0] == b"%PDF-1.7\nfake book\n%%EOF\n"
    namespace = emulator.app_namespace
    assert shop.metafields[(product.id, namespace, "book_file")].value == stored_file.id
    assert shop.metafields[(product.id, namespace, "story_id")].value == story_id
    customer_books = shop.metafields[("gid://shopify/Customer/7001", namespace, "stories")]
    assert json.loads(customer_books.value) == [story_id]
    # and the story is published and remembers its product and file
    story = _story(runtime, story_id)
    assert story.status == StoryStatus.PUBLISHED and story.published_at is not None
    assert story.shopify_product_id == product.id == result["product"]["id"]
    assert story.extras["shopify"]["file_id"] == stored_file.id


def test_publishing_again_creates_nothing_new(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    story_id = make_story(runtime)
    service = _service(runtime)
    service.publish(story_id)
    service.publish(story_id)
    shop = emulator.shops[SHOP]
    assert (len(shop.products), len(shop.files)) == (1, 1)


def test_publish_after_a_crash_finds_the_product_by_its_handle(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    # given a run that created the product and crashed before the story remembered it
    story_id = make_story(runtime)
    service = _service(runtime)
    created = service.create_product(_story(runtime, story_id))
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        story.shopify_product_id = None
    # when publishing runs again
    service.publish(story_id)
    # then the same product is used
    assert list(emulator.shops[SHOP].products) == [created["id"]]
    assert _story(runtime, story_id).shopify_product_id == created["id"]


def test_publishing_an_unfinished_story_is_refused(runtime: Runtime, installed_shop: str) -> None:
    story_id = make_story(runtime, status=StoryStatus.GENERATING)
    with pytest.raises(ConflictError) as caught:
        _service(runtime).publish(story_id)
    assert str(caught.value) == f"story {story_id} is GENERATING; only a finished book can be published"


def test_update_product_changes_title_and_price(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    story_id = make_story(runtime)
    service = _service(runtime)
    service.publish(story_id)
    updated = service.update_product(story_id, {"title": "Mia's Lantern", "price": "24.50"})
    assert (updated["title"], updated["variants"]["nodes"][0]["price"]) == ("Mia's Lantern", "24.50")
    [product] = emulator.shops[SHOP].products.values()
    assert product.title == "Mia's Lantern"


def test_update_product_refuses_unknown_fields(runtime: Runtime, installed_shop: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        _service(runtime).update_product("any", {"vendor": "x"})
    assert str(caught.value) == "cannot update vendor on a product"


def test_a_negative_price_setting_surfaces_shopify_user_error(
    runtime: Runtime, installed_shop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOPIFY_PRODUCT_PRICE", "-1")
    runtime.settings.shopify.product_price = "-1"
    story_id = make_story(runtime)
    with pytest.raises(ShopifyUserError) as caught:
        _service(runtime).publish(story_id)
    assert (
        str(caught.value)
        == "Shopify refused productVariantsBulkUpdate: variants.0.price: Price must be positive"
    )


def test_linking_keeps_every_story_once(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    first, second = make_story(runtime), make_story(runtime)
    service = _service(runtime)
    service.link_customer_to_story("7001", first)
    service.link_customer_to_story("gid://shopify/Customer/7001", first)
    assert service.link_customer_to_story("7001", second) == [first, second]
    assert _story(runtime, second).shopify_customer_id == "7001"


def test_digital_asset_from_a_storage_key_is_created_once(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    story_id = make_story(runtime)
    service = _service(runtime)
    key = f"stories/{story_id}/book-print.pdf"
    first = service.create_digital_asset(story_id, key)
    again = service.create_digital_asset(story_id, key)
    assert first == again
    assert first["url"].endswith(f"/{product_handle(story_id)}.pdf")
    assert len(emulator.shops[SHOP].files) == 1


def test_an_expiring_token_is_refreshed_and_the_refresh_token_rotates(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    # given a stored token that expires in a minute
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == SHOP))
        assert shop is not None
        shop.access_token_expires_at = datetime.now(UTC) + timedelta(minutes=1)
        old_access, old_refresh = shop.access_token, shop.refresh_token
    # when the service calls Shopify
    story_id = make_story(runtime)
    _service(runtime).create_product(_story(runtime, story_id))
    # then a new pair was stored, the old refresh token is spent, and the new token works
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == SHOP))
        assert shop is not None
    assert shop.access_token != old_access and shop.refresh_token != old_refresh
    assert shop.access_token_expires_at is not None
    assert shop.access_token_expires_at > datetime.now(UTC) + timedelta(minutes=30)
    assert old_refresh not in emulator.refresh_tokens
    assert emulator.shop_for_token(str(shop.access_token)) == SHOP


def test_a_worker_that_loses_the_refresh_race_uses_the_winners_token(
    runtime: Runtime, installed_shop: str, emulator: EmulatorState, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyloom.shopify import tokens

    # given a token about to expire, and another worker that refreshes it while this one is refreshing
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == SHOP))
        assert shop is not None
        shop.access_token_expires_at = datetime.now(UTC) + timedelta(minutes=1)
    real_refresh = tokens._refresh
    raced: list[str] = []
    calls: list[Shop] = []

    def refresh_while_another_worker_wins(runtime_: Runtime, stale: Shop) -> tokens.TokenGrant:
        calls.append(stale)
        if len(calls) == 1:
            raced.append(tokens.access_token_for(runtime_, SHOP))
        return real_refresh(runtime_, stale)

    monkeypatch.setattr(tokens, "_refresh", refresh_while_another_worker_wins)
    # when this worker asks for a token, its refresh token is already spent
    token = tokens.access_token_for(runtime, SHOP)
    # then it answers the winner's token, which Shopify accepts
    assert token == raced[0]
    assert emulator.shop_for_token(token) == SHOP
    assert len(calls) == 2 and calls[0].refresh_token == calls[1].refresh_token
