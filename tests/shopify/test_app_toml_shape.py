"""shopify.app.toml has the shape Shopify CLI accepts (its app configuration modules: app_home,
app_access, webhooks, app_proxy, point_of_sale), so `shopify app deploy` takes it as it is."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Literal

import pytest
from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

REPOSITORY = Path(__file__).resolve().parents[2]


def _https_url(value: str) -> str:
    if not re.match(r"^https://[^\s/$.?#].[^\s]*$", value):
        raise ValueError("must be an https URL")
    return value


def _webhook_uri(value: str) -> str:
    """An https URL, a path on the application_url, a Pub/Sub topic or an EventBridge ARN."""
    if value.startswith("/") or value.startswith(("pubsub://", "arn:aws:events:")):
        return value
    return _https_url(value)


HttpsUrl = Annotated[str, AfterValidator(_https_url)]
WebhookUri = Annotated[str, AfterValidator(_webhook_uri)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class AccessScopes(Strict):
    scopes: str | None = None
    required_scopes: list[str] | None = None
    optional_scopes: list[str] | None = None
    use_legacy_install_flow: bool | None = None


class AdminAccess(Strict):
    direct_api_mode: Literal["online", "offline"] | None = None
    embedded_app_direct_api_access: bool | None = None


class Access(Strict):
    admin: AdminAccess | None = None


class Auth(Strict):
    redirect_urls: list[HttpsUrl]


class Subscription(Strict):
    uri: WebhookUri
    topics: list[str] | None = None
    sub_topic: str | None = None
    include_fields: list[str] | None = None
    compliance_topics: list[Literal["customers/redact", "customers/data_request", "shop/redact"]] | None = (
        None
    )


class Webhooks(Strict):
    api_version: str
    subscriptions: list[Subscription] | None = None


class AppProxy(Strict):
    url: WebhookUri
    subpath: str
    prefix: str


class PointOfSale(Strict):
    embedded: bool


class Preferences(Strict):
    url: HttpsUrl


class Build(Strict):
    automatically_update_urls_on_dev: bool | None = None
    dev_store_url: str | None = None
    include_config_on_deploy: bool | None = None


class AppConfiguration(Strict):
    client_id: str
    name: str | None = None
    handle: str | None = None
    application_url: HttpsUrl
    embedded: bool
    app_preferences: Preferences | None = None
    access_scopes: AccessScopes | None = None
    access: Access | None = None
    auth: Auth
    webhooks: Webhooks | None = None
    app_proxy: AppProxy | None = None
    pos: PointOfSale | None = None
    build: Build | None = None
    extension_directories: list[str] | None = None
    web_directories: list[str] | None = None


def _config() -> dict:
    return tomllib.loads((REPOSITORY / "shopify.app.toml").read_text())


def test_the_app_configuration_has_the_shape_the_cli_accepts() -> None:
    AppConfiguration.model_validate(_config())


@pytest.mark.parametrize(
    ("change", "field"),
    [
        pytest.param({"embedded": "yes"}, "embedded", id="embedded-not-boolean"),
        pytest.param({"application_url": "http://books.example.com"}, "application_url", id="not-https"),
        pytest.param({"auth": {}}, "auth.redirect_urls", id="no-redirect-urls"),
        pytest.param({"app_proxy": {"url": "https://x.example.com/proxy"}}, "app_proxy.subpath", id="proxy"),
        pytest.param({"webhooks": {"subscriptions": []}}, "webhooks.api_version", id="no-api-version"),
        pytest.param({"scopes": "read_products"}, "scopes", id="scopes-outside-access-scopes"),
    ],
)
def test_the_shape_check_refuses_what_the_cli_refuses(change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        AppConfiguration.model_validate(_config() | change)
    assert field in {".".join(str(p) for p in error["loc"]) for error in refused.value.errors()}
