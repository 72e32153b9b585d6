"""The Shopify routes in a small FastAPI app: install through the authorization code grant, the
embedded admin behind session tokens, and the storefront pages behind the app proxy signature."""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlencode, urlparse

import httpx
import jwt
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storyloom.db.models import Generation, GenerationType, Shop, Story, StoryStatus, WorkUnit
from storyloom.devtools.shopify_emulator import EmulatorState, mint_session_token
from storyloom.runtime import Runtime
from storyloom.shopify.proxy import sign_proxy_query
from storyloom.startup import build_runtime
from tests.shopify.conftest import API_KEY, API_SECRET, SHOP, make_story, shopify_web_app


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app(), base_url="https://testserver", follow_redirects=False)


def test_install_grants_an_expiring_offline_token(
    client: TestClient, runtime: Runtime, emulator: EmulatorState
) -> None:
    # when the merchant starts the install and approves in the (emulated) admin
    start = client.get("/shopify/auth/install", params={"shop": SHOP})
    assert start.status_code == 302
    authorize = httpx.get(start.headers["location"], follow_redirects=False)
    callback = urlparse(authorize.headers["location"])
    assert callback.path == "/shopify/auth/callback"
    done = client.get(f"{callback.path}?{callback.query}")
    # then the app stored the shop's tokens and opened the embedded admin
    assert done.status_code == 302
    assert done.headers["location"].endswith(f"/_emulator/admin?shop={SHOP}")
    shop = runtime.new_session().scalar(select(Shop).where(Shop.domain == SHOP))
    assert shop is not None and shop.refresh_token is not None and shop.access_token_expires_at is not None
    assert emulator.shop_for_token(str(shop.access_token)) == SHOP


def test_install_refuses_a_shop_that_is_not_shopify(client: TestClient) -> None:
    assert client.get("/shopify/auth/install", params={"shop": "evil.example.com"}).status_code == 400


def test_callback_without_the_state_cookie_is_refused(client: TestClient) -> None:
    params = [("code", "abc"), ("shop", SHOP), ("state", "forged"), ("timestamp", str(int(time.time())))]
    from storyloom.shopify.auth import sign_oauth_query

    params.append(("hmac", sign_oauth_query(API_SECRET, params)))
    response = client.get(f"/shopify/auth/callback?{urlencode(params)}")
    assert response.status_code == 403


def test_callback_with_a_tampered_query_gets_401(client: TestClient) -> None:
    query = urlencode(
        {"code": "abc", "shop": SHOP, "state": "s", "timestamp": int(time.time()), "hmac": "00"}
    )
    assert client.get(f"/shopify/auth/callback?{query}").status_code == 401


def test_embedded_admin_exchanges_the_token_and_lists_the_books(
    client: TestClient, runtime: Runtime, emulator: EmulatorState
) -> None:
    # given a book that cost something to make, and no token stored for the shop yet
    story_id = make_story(runtime)
    with runtime.session() as session:
        session.add(
            Generation(story_id=story_id, type=GenerationType.IMAGE, prompt="p", provider="x", cost=0.04)
        )
        session.add(
            Generation(story_id=story_id, type=GenerationType.TEXT, prompt="p", provider="x", cost=0.0025)
        )
    # when the admin opens the app with a session token
    page = client.get("/shopify/admin", params={"shop": SHOP, "id_token": mint_session_token(emulator, SHOP)})
    # then the page lists the book with its state and cost, framed only by the shop and the admin
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == (
        f"frame-ancestors https://{SHOP} https://admin.shopify.com {emulator.base_url};"  # type: ignore[attr-defined]
    )
    assert "Mia and the Moon Lantern" in page.text and "4.25¢" in page.text
    assert f'action="/shopify/admin/stories/{story_id}/publish"' in page.text
    shop = runtime.new_session().scalar(select(Shop).where(Shop.domain == SHOP))
    assert shop is not None and shop.refresh_token is not None


def test_embedded_admin_with_a_bad_token_gets_401_and_retry_header(
    client: TestClient, emulator: EmulatorState
) -> None:
    forged = jwt.encode({"dest": f"https://{SHOP}", "aud": API_KEY}, "shpss_" + "7" * 32, algorithm="HS256")
    response = client.get("/shopify/admin", params={"shop": SHOP, "id_token": forged})
    assert response.status_code == 401
    assert response.headers["x-shopify-retry-invalid-session-request"] == "1"
    assert response.headers["content-security-policy"] == (
        f"frame-ancestors https://{SHOP} https://admin.shopify.com {emulator.base_url};"  # type: ignore[attr-defined]
    )


def test_embedded_admin_without_a_token_goes_for_a_fresh_one(client: TestClient) -> None:
    response = client.get("/shopify/admin", params={"shop": SHOP})
    assert response.status_code == 302
    assert (
        response.headers["location"]
        == f"/shopify/auth/patch-id-token?shop={SHOP}&shopify-reload=%2Fshopify%2Fadmin"
    )


def test_publish_from_the_admin_queues_the_publish_unit_which_publishes_the_book(
    client: TestClient, runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    from storyloom.db.models import UnitKind, UnitState
    from storyloom.pipeline.executor import execute_unit

    story_id = make_story(runtime)
    headers = {"Authorization": f"Bearer {mint_session_token(emulator, SHOP)}"}
    response = client.post(f"/shopify/admin/api/stories/{story_id}/publish", headers=headers)
    assert (response.status_code, response.json()) == (202, {"story_id": story_id, "status": "queued"})
    with runtime.session() as session:
        unit = session.scalar(
            select(WorkUnit).where(WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.PUBLISH)
        )
        assert unit is not None and unit.state == UnitState.PENDING
        unit_id = unit.id
    # when a shopify-sync worker runs it
    execute_unit(runtime, unit_id)
    story = runtime.new_session().get(Story, story_id)
    assert story is not None and story.status == StoryStatus.PUBLISHED
    assert len(emulator.shops[SHOP].products) == 1


def test_publish_of_another_shops_book_is_not_found(
    client: TestClient, runtime: Runtime, installed_shop: str, emulator: EmulatorState
) -> None:
    story_id = make_story(runtime, shop_domain="other-shop.myshopify.com")
    headers = {"Authorization": f"Bearer {mint_session_token(emulator, SHOP)}"}
    assert client.post(f"/shopify/admin/api/stories/{story_id}/publish", headers=headers).status_code == 404


def _proxy(path: str, customer: str | None = "7001", **extra: str) -> str:
    params = [("path_prefix", "/apps/storyloom"), ("shop", SHOP), ("timestamp", str(int(time.time())))]
    params += list(extra.items())
    if customer is not None:
        params.append(("logged_in_customer_id", customer))
    params.append(("signature", sign_proxy_query(API_SECRET, params)))
    return f"/proxy/{path}?{urlencode(params)}"


def test_builder_is_served_as_liquid_inside_the_theme(client: TestClient) -> None:
    response = client.get(_proxy("builder", variant="4401"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/liquid"
    assert 'action="/apps/storyloom/builder?variant=4401"' in response.text
    assert "{{" not in response.text and "{%" not in response.text


@pytest.mark.parametrize("path", ["builder", "books"])
def test_unsigned_storefront_requests_get_401(client: TestClient, path: str) -> None:
    url = _proxy(path)
    query = [(k, v) for k, v in parse_qsl(urlparse(url).query) if k != "signature"]
    assert client.get(f"/proxy/{path}?{urlencode(query)}").status_code == 401


def test_builder_shows_what_to_fix(client: TestClient) -> None:
    response = client.post(
        _proxy("builder"), data={"child_name": "M1a", "age_group": "3-5", "moral_lesson": "ok"}
    )
    assert response.status_code == 422
    assert "child_name: child_name may contain only letters" in response.text
    assert "moral_lesson: moral_lesson must be at least 3 characters" in response.text


def test_builder_says_what_to_fix_in_the_buyers_language(client: TestClient) -> None:
    form = {"child_name": "M1a", "age_group": "3-5", "moral_lesson": "ok"}

    response = client.post(_proxy("builder"), data=form, headers={"Accept-Language": "es-MX,es;q=0.9"})
    preview = client.get(_proxy("preview/hero", skin="green"), headers={"Accept-Language": "de"})

    assert response.status_code == 422
    assert (
        "El nombre del niño o la niña: usa solo letras, espacios, guiones, apóstrofos y puntos"
        in response.text
    )
    assert "La moraleja: escribe entre 3 y 120 caracteres" in response.text
    assert "must" not in response.text
    assert preview.status_code == 422
    assert preview.json()["error"] == "Hautton: wähle eine der angebotenen Möglichkeiten"
    assert [(p["field"], p["code"]) for p in preview.json()["fields"]] == [("skin", "literal_error")]


def test_my_books_lists_the_customers_books_with_links_for_the_bought_ones(
    client: TestClient, runtime: Runtime
) -> None:
    # given a book the customer bought, one they made but did not buy, and someone else's
    delivery = {"deliveries": [{"order_id": "55", "url": "x", "expires_at": "y"}]}
    bought = make_story(
        runtime,
        shopify_customer_id="7001",
        status=StoryStatus.PUBLISHED,
        title="Bought",
        extras={"shopify": delivery},
    )
    unbought = make_story(
        runtime, shopify_customer_id="7001", status=StoryStatus.PUBLISHED, title="Not bought"
    )
    make_story(runtime, shopify_customer_id="7002", title="Someone else's")
    # when the customer opens "my books" from a product page
    page = client.get(_proxy("books", variant="4401"))
    # then only their books show: a download link for the bought one, a buy button for the other
    assert page.status_code == 200
    assert "Bought" in page.text and "Not bought" in page.text and "Someone else" not in page.text
    links = [part.split('"', 1)[0].replace("&amp;", "&") for part in page.text.split('<a href="')[1:]]
    downloads = [link for link in links if "/shopify/downloads/" in link]
    assert len(downloads) == 1
    assert downloads[0].startswith(f"https://books.example.com/shopify/downloads/{bought}?expires=")
    assert f'name="properties[_storyloom_story_id]" value="{unbought}"' in page.text
    path = urlparse(downloads[0])
    assert client.get(f"{path.path}?{path.query}").status_code == 200


def test_my_books_asks_a_visitor_to_log_in(client: TestClient) -> None:
    page = client.get(_proxy("books", customer=None))
    assert 'Please <a href="/account/login">log in</a>' in page.text


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"signature": "0" * 64}, id="tampered"),
        pytest.param({"expires": "1"}, id="expired"),
    ],
)
def test_download_links_that_are_not_ours_or_expired_are_refused(
    client: TestClient, runtime: Runtime, change: dict[str, str]
) -> None:
    from storyloom.shopify.orders import download_link, verify_download

    story_id = make_story(runtime, status=StoryStatus.PUBLISHED)
    link = urlparse(download_link(runtime.settings.shopify, story_id)[0])
    query = dict(parse_qsl(link.query)) | change
    assert not verify_download(runtime.settings.shopify, story_id, query["expires"], query["signature"])
    assert client.get(f"{link.path}?{urlencode(query)}").status_code == 403


def test_builder_starts_the_book_for_the_customer_and_goes_back_to_the_product(
    client: TestClient, runtime: Runtime
) -> None:
    # when the customer sends the builder form from a product page
    form = {
        "child_name": "Zoë",
        "age_group": "6-8",
        "genre": "space",
        "moral_lesson": "Be brave",
        "page_count": "10",
    }
    response = client.post(_proxy("builder", variant="4401", return_to="/products/my-book"), data=form)
    # then the book is started for this shop and customer and the customer goes to its preview
    assert response.status_code == 303
    with runtime.session() as session:
        story = session.scalar(select(Story))
        assert story is not None
        units = session.scalar(
            select(func.count()).select_from(WorkUnit).where(WorkUnit.story_id == story.id)
        )
    assert (story.shop_domain, story.shopify_customer_id) == (SHOP, "7001")
    assert (story.params["child_name"], story.page_count, story.status) == ("Zoë", 10, StoryStatus.GENERATING)
    assert units and units > 10
    assert response.headers["location"] == (
        f"/apps/storyloom/books/{story.id}?variant=4401&return_to=%2Fproducts%2Fmy-book"
    )


@pytest.mark.parametrize(
    "path", ["/api/webhooks/shopify", "/proxy/books", "/shopify/admin", "/shopify/auth/install"]
)
def test_every_route_answers_503_until_the_app_has_a_key_and_secret(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    from storyloom.config import load_settings

    monkeypatch.delenv("SHOPIFY_API_SECRET")
    app = shopify_web_app()
    app.state.runtime = build_runtime(load_settings())
    response = TestClient(app).request("POST" if "webhooks" in path else "GET", path)
    assert response.status_code == 503
    assert response.json() == {
        "detail": "Shopify is not configured: set SHOPIFY_API_KEY and SHOPIFY_API_SECRET"
    }


def test_the_storefront_builder_offers_only_the_enabled_languages(client: TestClient) -> None:
    page = client.get(_proxy("builder", variant="4401")).text

    assert "English" in page
    assert "Español" not in page
    assert "Deutsch" not in page
