"""The storefront in the customer's language: the proxy's root, the builder with its appearance
section, My books (being made, delivered, needing attention), a book's preview while it is made and
once it is finished, and a book that is not found: no English left on any of them."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyloom.db.models import StoryStatus
from storyloom.runtime import Runtime
from storyloom.web.i18n import SITE_LANGUAGES
from tests.shopify.conftest import make_story, shopify_web_app
from tests.shopify.test_proxy_appearance import _proxy
from tests.web.test_i18n import same_as_in_english, untranslated, visible_text

CUSTOMER = "7001"  # the customer `_proxy` signs in


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app(), base_url="https://testserver", follow_redirects=False)


@pytest.fixture
def books(runtime: Runtime) -> dict[str, str]:
    """A finished book, one being made, a delivered one and one that failed, all the customer's."""
    delivered = {"shopify": {"deliveries": [{"order_id": "9001"}]}}
    return {
        "finished": make_story(runtime, shopify_customer_id=CUSTOMER),
        "making": make_story(runtime, shopify_customer_id=CUSTOMER, status=StoryStatus.GENERATING),
        "delivered": make_story(
            runtime, shopify_customer_id=CUSTOMER, status=StoryStatus.PUBLISHED, extras=delivered
        ),
        "failed": make_story(
            runtime, shopify_customer_id=CUSTOMER, status=StoryStatus.ERROR, error_message="no pictures"
        ),
    }


@pytest.mark.parametrize("language", [language for language in SITE_LANGUAGES if language != "en"])
def test_every_storefront_page_speaks_the_customers_language(
    client: TestClient, books: dict[str, str], language: str
) -> None:
    paths = {
        "root": _proxy(""),
        "builder": _proxy("builder", variant="4401"),
        "my books": _proxy("books", variant="4401"),
        "preview": _proxy(f"books/{books['finished']}", variant="4401", return_to="/products/book"),
        "preview, being made": _proxy(f"books/{books['making']}"),
        "preview, delivered": _proxy(f"books/{books['delivered']}"),
        "preview, failed": _proxy(f"books/{books['failed']}"),
        "not found": _proxy("books/unknown"),
    }
    # the book's own title and the shop's error detail are data, not the site's words
    data = ("Mia and the Moon Lantern", "no pictures")

    for name, path in paths.items():
        english = client.get(path, headers={"Accept-Language": "en"}).text
        page = client.get(path, headers={"Accept-Language": f"{language},en;q=0.5"})
        assert page.status_code in (200, 404), name
        assert untranslated(page.text, language) == [], (name, visible_text(page.text))
        assert same_as_in_english(english, page.text, language, data) == [], (name, visible_text(page.text))
