"""The printed editions a merchant sells, in the admin's settings: which, at what price, at what
shipping level, with the print service's cost beside each; refused with the field named when wrong."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from storyloom.config import get_settings
from storyloom.db.models import Shop
from storyloom.devtools.shopify_emulator import EmulatorState, mint_session_token
from storyloom.runtime import Runtime
from tests.shopify.conftest import SHOP, shopify_web_app
from tests.shopify.test_merchant_admin import SETTINGS

PRINTED = {
    "print_formats": ["hardcover-8.5-square", "paperback-8.5-square"],
    "print_price_hardcover-8.5-square": "34.9",
    "print_price_paperback-8.5-square": "24.99",
    "print_shipping_level": "GROUND",
}


@pytest.fixture
def printing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRINT_SERVICE", "simulated")
    get_settings.cache_clear()


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app(), base_url="https://testserver", follow_redirects=False)


def test_printed_editions_are_saved_and_shown_with_their_print_cost(
    printing: None, client: TestClient, runtime: Runtime, emulator: EmulatorState
) -> None:
    token = mint_session_token(emulator, SHOP)
    page = client.post("/shopify/admin/settings", data={**SETTINGS, **PRINTED, "id_token": token})
    assert page.status_code == 200 and "Settings saved." in page.text
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == SHOP))
        assert shop is not None
        assert shop.print_formats == {"hardcover-8.5-square": "34.90", "paperback-8.5-square": "24.99"}
        assert shop.print_shipping_level == "GROUND"
    assert 'value="34.90"' in page.text and '<option value="GROUND" selected>' in page.text
    # the print cost of a 32-page book at GROUND: 9.50 + 32 x 0.05 + 6.49; 4.00 + 32 x 0.03 + 6.49
    assert 'data-quote="hardcover-8.5-square">print cost 17.59 USD' in page.text
    assert 'data-quote="paperback-8.5-square">print cost 11.45 USD' in page.text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param(
            {"print_price_hardcover-8.5-square": "free"},
            "print_price_hardcover-8.5-square: the price of the Hardcover, 8.5 in square edition must be",
            id="price-not-a-number",
        ),
        pytest.param(
            {"print_price_paperback-8.5-square": "0"},
            "print_price_paperback-8.5-square: the price of the Paperback",
            id="price-zero",
        ),
        pytest.param(
            {"print_formats": "leather-folio"},
            "print_formats: leather-folio is not a printed format",
            id="format",
        ),
        pytest.param(
            {"print_shipping_level": "CARRIER_PIGEON"}, "print_shipping_level: choose one of", id="level"
        ),
    ],
)
def test_bad_printed_settings_are_refused_naming_the_field(
    printing: None, client: TestClient, emulator: EmulatorState, changes: dict[str, str], message: str
) -> None:
    form = {**SETTINGS, **PRINTED, **changes, "id_token": mint_session_token(emulator, SHOP)}
    page = client.post("/shopify/admin/settings", data=form)
    assert page.status_code == 422 and message in page.text


def test_without_a_print_service_printed_editions_are_off_and_refused(
    client: TestClient, emulator: EmulatorState
) -> None:
    token = mint_session_token(emulator, SHOP)
    page = client.get("/shopify/admin", params={"id_token": token})
    assert "Printed books are off: the operator sets PRINT_SERVICE" in page.text
    refused = client.post("/shopify/admin/settings", data={**SETTINGS, **PRINTED, "id_token": token})
    assert refused.status_code == 422
    assert (
        "print_formats: printed books need a print service; ask the operator to set PRINT_SERVICE"
        in refused.text
    )


def test_an_unknown_print_service_stops_start_up_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyloom.config import load_settings
    from storyloom.errors import ConfigurationError

    monkeypatch.setenv("PRINT_SERVICE", "gutenberg")
    with pytest.raises(ConfigurationError, match="PRINT_SERVICE='gutenberg' is not a known print service"):
        load_settings()


def test_the_sample_quotes_are_kept_a_while_and_a_service_that_is_down_is_said(
    printing: None, client: TestClient, runtime: Runtime, emulator: EmulatorState
) -> None:
    from storyloom.shopify import print_orders

    token = mint_session_token(emulator, SHOP)
    first = client.get("/shopify/admin", params={"id_token": token})
    assert 'data-quote="hardcover-8.5-square">print cost 15.09 USD' in first.text  # 32 pages, MAIL
    runtime.provider("printing", "simulated").failure = "down"
    again = client.get("/shopify/admin", params={"id_token": token})
    assert 'data-quote="hardcover-8.5-square">print cost 15.09 USD' in again.text  # not asked again
    print_orders._quotes.clear()
    down = client.get("/shopify/admin", params={"id_token": token})
    assert down.status_code == 200
    assert (
        'data-quote="hardcover-8.5-square">print cost unavailable: the print service is unavailable'
        in down.text
    )
