"""The storefront's limits: per customer and per shop, and a daily book budget per shop."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyloom.runtime import Runtime
from storyloom.shopify.budget import daily_book_budget
from tests.shopify.conftest import SHOP, shopify_web_app
from tests.shopify.test_routes import _proxy

FORM = {"child_name": "Zoë", "age_group": "6-8", "moral_lesson": "Be brave", "page_count": "8"}


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app(), follow_redirects=False)


def test_the_daily_budget_is_read_from_its_setting(monkeypatch: pytest.MonkeyPatch, runtime: Runtime) -> None:
    monkeypatch.setenv("SHOP_DAILY_BOOK_BUDGET", "7")
    from storyloom.config import get_settings

    get_settings.cache_clear()
    with runtime.session() as session:
        assert daily_book_budget(session, SHOP) == 7


@pytest.mark.parametrize(
    ("chosen", "budget"), [(None, 7), (3, 3), (0, 0)], ids=["default", "merchant", "no-limit"]
)
def test_the_merchants_own_daily_budget_wins_over_the_setting(
    monkeypatch: pytest.MonkeyPatch, runtime: Runtime, chosen: int | None, budget: int
) -> None:
    from storyloom.config import get_settings
    from storyloom.db.models import Shop

    monkeypatch.setenv("SHOP_DAILY_BOOK_BUDGET", "7")
    get_settings.cache_clear()
    with runtime.session() as session:
        session.add(Shop(domain=SHOP, daily_book_budget=chosen))
    with runtime.session() as session:
        assert daily_book_budget(session, SHOP) == budget


def test_a_spent_daily_budget_refuses_new_books_until_midnight(
    monkeypatch: pytest.MonkeyPatch, client: TestClient
) -> None:
    monkeypatch.setenv("SHOP_DAILY_BOOK_BUDGET", "2")
    from storyloom.config import get_settings

    get_settings.cache_clear()
    answers = [client.post(_proxy("builder", customer=str(7000 + n)), data=FORM) for n in range(3)]
    assert [a.status_code for a in answers] == [303, 303, 429]
    assert "daily book budget of 2 books is spent" in answers[2].text
    assert "SHOP_DAILY_BOOK_BUDGET" in answers[2].text
    assert 0 < int(answers[2].headers["Retry-After"]) <= 86400


def test_one_customer_is_limited_without_holding_back_another(
    monkeypatch: pytest.MonkeyPatch, runtime: Runtime
) -> None:
    monkeypatch.setenv("CLIENT_BOOKS_PER_HOUR", "1")
    from storyloom.config import load_settings

    runtime.settings.limits.client_books_per_hour = load_settings().limits.client_books_per_hour
    client = TestClient(shopify_web_app(), follow_redirects=False)
    mine = [client.post(_proxy("builder", customer="7001"), data=FORM).status_code for _ in range(2)]
    theirs = client.post(_proxy("builder", customer="7002"), data=FORM).status_code
    assert (mine, theirs) == ([303, 429], 303)
