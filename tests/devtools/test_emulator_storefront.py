"""The emulated storefront: the picture book product page with the builder and an add-to-cart that
carries the chosen story, the admin's product page, and a checkout that pays for that variant."""

from __future__ import annotations

import httpx

from storyloom.devtools.shopify_emulator import EmulatorState
from storyloom.devtools.shopify_emulator.helpers import BOOK_HANDLE, book_product
from storyloom.devtools.shopify_emulator.state import gid_number
from tests.shopify.conftest import SHOP


def _get(emulator: EmulatorState, path: str) -> httpx.Response:
    return httpx.get(f"{emulator.base_url}{path}", timeout=10)  # type: ignore[attr-defined]


def test_the_book_product_page_sells_its_variant_once_a_story_is_chosen(emulator: EmulatorState) -> None:
    product, variant = book_product(emulator, SHOP)
    assert book_product(emulator, SHOP) == (product, variant)
    number = gid_number(variant.id)
    # before a book is made the builder is offered and the add-to-cart waits
    page = _get(emulator, f"/products/{BOOK_HANDLE}?shop={SHOP}")
    assert page.status_code == 200
    assert f"/apps/storyloom/builder?shop={SHOP}&amp;variant={number}&amp;return_to=" in page.text
    assert "<button type='submit' disabled>Add to cart</button>" in page.text
    # back from the builder with a story, the add-to-cart carries it
    chosen = _get(emulator, f"/products/{BOOK_HANDLE}?shop={SHOP}&storyloom_story=abc123")
    assert "name='properties[_storyloom_story_id]' value='abc123'" in chosen.text
    assert f"name='id' value='{number}'" in chosen.text
    assert "<button type='submit'>Add to cart</button>" in chosen.text
    # and the admin shows the product
    admin = _get(emulator, f"/admin/products/{gid_number(product.id)}?shop={SHOP}")
    assert "Personalised picture book" in admin.text and "19.99" in admin.text
    assert _get(emulator, f"/products/no-such-thing?shop={SHOP}").status_code == 404


def test_checkout_of_the_variant_is_a_paid_order_at_its_price(emulator: EmulatorState) -> None:
    _, variant = book_product(emulator, SHOP)
    variant.price = "24.50"
    answer = httpx.post(
        f"{emulator.base_url}/cart/add",  # type: ignore[attr-defined]
        json={"shop": SHOP, "id": gid_number(variant.id), "story_id": "abc123"},
        timeout=10,
    ).json()
    [item] = answer["order"]["line_items"]
    assert (item["price"], item["variant_id"]) == ("24.50", int(gid_number(variant.id)))
    assert item["properties"] == [{"name": "_storyloom_story_id", "value": "abc123"}]
