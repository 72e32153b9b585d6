"""The Admin emulator answers like Shopify: tokens, validation against the schema, cost-based
throttling, staged uploads and file processing, and webhooks it signs."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

import httpx
import jwt
import pytest

from storyloom.devtools.shopify_emulator import EmulatorState, mint_session_token, sign_webhook
from tests.shopify.conftest import API_KEY, API_SECRET, SHOP

GRAPHQL = "/admin/api/2026-10/graphql.json"


def _post(emulator: EmulatorState, token: str, query: str, variables: dict | None = None) -> httpx.Response:
    url = emulator.base_url  # type: ignore[attr-defined]
    return httpx.post(
        f"{url}{GRAPHQL}",
        json={"query": query, "variables": variables or {}},
        headers={"X-Shopify-Access-Token": token, "X-Forwarded-Host": SHOP},
        timeout=10,
    )


def _token(emulator: EmulatorState) -> str:
    return str(emulator.issue_tokens(SHOP, expiring=True)["access_token"])


def test_unknown_token_gets_401(emulator: EmulatorState) -> None:
    response = _post(emulator, "shpat_unknown", "{ shop { name } }")
    assert response.status_code == 401
    assert response.json() == {
        "errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"
    }


def test_token_of_another_shop_gets_401(emulator: EmulatorState) -> None:
    token = str(emulator.issue_tokens("other-shop.myshopify.com", expiring=True)["access_token"])
    assert _post(emulator, token, "{ shop { name } }").status_code == 401


def test_invalid_document_is_refused_with_the_schema_message(emulator: EmulatorState) -> None:
    response = _post(
        emulator, _token(emulator), "mutation { productCreate(product: {title: 1}) { userError } }"
    )
    messages = [e["message"] for e in response.json()["errors"]]
    assert (
        "Cannot query field 'userError' on type 'ProductCreatePayload'. Did you mean 'userErrors'?"
        in messages
    )


def test_mutation_reports_its_cost(emulator: EmulatorState) -> None:
    query = (
        'mutation { productCreate(product: {title: "A"}) { product { id } userErrors { field message } } }'
    )
    body = _post(emulator, _token(emulator), query).json()
    assert body["extensions"]["cost"]["requestedQueryCost"] == 12
    assert body["extensions"]["cost"]["throttleStatus"] == {
        "maximumAvailable": 1000.0,
        "currentlyAvailable": 988,
        "restoreRate": 50.0,
    }


def test_empty_bucket_answers_throttled(emulator: EmulatorState) -> None:
    emulator.bucket_size = 20
    emulator.restore_rate = 1
    token = _token(emulator)
    query = (
        'mutation { productCreate(product: {title: "A"}) { product { id } userErrors { field message } } }'
    )
    assert "errors" not in _post(emulator, token, query).json()
    body = _post(emulator, token, query).json()
    assert body["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert body["extensions"]["cost"]["requestedQueryCost"] == 12
    assert body["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] == 8


def _token_endpoint(emulator: EmulatorState, body: dict) -> httpx.Response:
    url = emulator.base_url  # type: ignore[attr-defined]
    return httpx.post(f"{url}/admin/oauth/access_token", json=body, timeout=10)


def test_token_exchange_issues_an_expiring_offline_token(emulator: EmulatorState) -> None:
    answer = _token_endpoint(
        emulator,
        {
            "client_id": API_KEY,
            "client_secret": API_SECRET,
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": mint_session_token(emulator, SHOP),
            "subject_token_type": "urn:ietf:params:oauth:token-type:id_token",
            "requested_token_type": "urn:shopify:params:oauth:token-type:offline-access-token",
            "expiring": 1,
        },
    ).json()
    assert answer["expires_in"] == 3600 and answer["refresh_token"].startswith("shprt_")
    assert emulator.shop_for_token(answer["access_token"]) == SHOP


def test_token_exchange_refuses_a_forged_session_token(emulator: EmulatorState) -> None:
    forged = jwt.encode({"dest": f"https://{SHOP}", "aud": API_KEY}, "shpss_" + "9" * 32, algorithm="HS256")
    response = _token_endpoint(
        emulator,
        {
            "client_id": API_KEY,
            "client_secret": API_SECRET,
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": forged,
        },
    )
    assert (response.status_code, response.json()) == (400, {"error": "invalid_subject_token"})


def test_refresh_token_rotates(emulator: EmulatorState) -> None:
    first = emulator.issue_tokens(SHOP, expiring=True)
    body = {"client_id": API_KEY, "client_secret": API_SECRET, "grant_type": "refresh_token"}
    second = _token_endpoint(emulator, body | {"refresh_token": first["refresh_token"]}).json()
    assert second["refresh_token"] != first["refresh_token"]
    reused = _token_endpoint(emulator, body | {"refresh_token": first["refresh_token"]})
    assert (reused.status_code, reused.json()) == (400, {"error": "invalid_grant"})


def test_wrong_client_secret_is_refused(emulator: EmulatorState) -> None:
    response = _token_endpoint(emulator, {"client_id": API_KEY, "client_secret": "nope", "code": "x"})
    assert response.status_code == 401


STAGE = """mutation($input: [StagedUploadInput!]!) { stagedUploadsCreate(input: $input) {
  stagedTargets { url resourceUrl parameters { name value } } userErrors { field message } } }"""
CREATE = """mutation($files: [FileCreateInput!]!) { fileCreate(files: $files) {
  files { id fileStatus } userErrors { code field message } } }"""
STATUS = "query($id: ID!) { node(id: $id) { ... on GenericFile { fileStatus url } } }"


def test_staged_upload_then_file_create_becomes_ready(emulator: EmulatorState) -> None:
    token = _token(emulator)
    staged = _post(
        emulator,
        token,
        STAGE,
        {
            "input": [
                {
                    "filename": "book.pdf",
                    "mimeType": "application/pdf",
                    "resource": "FILE",
                    "httpMethod": "POST",
                }
            ]
        },
    ).json()["data"]["stagedUploadsCreate"]["stagedTargets"][0]
    fields = {p["name"]: p["value"] for p in staged["parameters"]}
    upload = httpx.post(
        staged["url"], data=fields, files={"file": ("book.pdf", b"%PDF-1.7 book", "application/pdf")}
    )
    assert upload.status_code == 201
    created = _post(
        emulator, token, CREATE, {"files": [{"originalSource": staged["resourceUrl"], "contentType": "FILE"}]}
    ).json()["data"]["fileCreate"]["files"][0]
    assert created["fileStatus"] == "UPLOADED"
    statuses = [
        _post(emulator, token, STATUS, {"id": created["id"]}).json()["data"]["node"] for _ in range(2)
    ]
    assert [s["fileStatus"] for s in statuses] == ["PROCESSING", "READY"]
    assert httpx.get(statuses[1]["url"]).content == b"%PDF-1.7 book"


def test_file_from_a_source_never_uploaded_fails(emulator: EmulatorState) -> None:
    token = _token(emulator)
    url = emulator.base_url  # type: ignore[attr-defined]
    source = f"{url}/staged-uploads/tmp/{SHOP}/missing/book.pdf"
    created = _post(emulator, token, CREATE, {"files": [{"originalSource": source, "contentType": "FILE"}]})
    file_id = created.json()["data"]["fileCreate"]["files"][0]["id"]
    statuses = [
        _post(emulator, token, STATUS, {"id": file_id}).json()["data"]["node"]["fileStatus"] for _ in range(2)
    ]
    assert statuses == ["PROCESSING", "FAILED"]


@pytest.mark.parametrize(
    ("metafield", "code"),
    [
        pytest.param(
            {"type": "list.single_line_text_field", "value": '"not a list"'}, "INVALID_VALUE", id="list"
        ),
        pytest.param({"type": "url", "value": "ftp://x"}, "INVALID_VALUE", id="url"),
        pytest.param({"type": "colour", "value": "red"}, "INVALID_TYPE", id="type"),
        pytest.param({"type": "json", "value": "{}", "compareDigest": "stale"}, "STALE_OBJECT", id="digest"),
    ],
)
def test_metafields_set_refuses_bad_values(emulator: EmulatorState, metafield: dict, code: str) -> None:
    query = """mutation($m: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $m) {
      metafields { id } userErrors { code field message } } }"""
    item = {"ownerId": "gid://shopify/Customer/7001", "namespace": "$app", "key": "stories"} | metafield
    errors = _post(emulator, _token(emulator), query, {"m": [item]}).json()["data"]["metafieldsSet"][
        "userErrors"
    ]
    assert [e["code"] for e in errors] == [code]


def test_webhook_signature_is_base64_hmac_of_the_body() -> None:
    body = b'{"id":1}'
    expected = base64.b64encode(hmac.new(b"secret", body, hashlib.sha256).digest()).decode()
    assert sign_webhook("secret", body) == expected


def test_session_tokens_it_mints_verify_with_the_app_secret(emulator: EmulatorState) -> None:
    claims = jwt.decode(
        mint_session_token(emulator, SHOP), API_SECRET, algorithms=["HS256"], audience=API_KEY
    )
    assert claims["dest"] == f"https://{SHOP}" and claims["exp"] > time.time()


def test_uninstall_revokes_the_tokens_and_tells_the_app(emulator: EmulatorState) -> None:
    token = _token(emulator)
    url = emulator.base_url  # type: ignore[attr-defined]
    delivery = httpx.post(f"{url}/_emulator/uninstall", params={"shop": SHOP}, timeout=10).json()
    assert (delivery["topic"], delivery["shop"]) == ("app/uninstalled", SHOP)
    assert _post(emulator, token, "{ shop { name } }").status_code == 401
    assert emulator.deliveries == [delivery]


def test_only_the_pinned_api_version_is_served(emulator: EmulatorState) -> None:
    url = emulator.base_url  # type: ignore[attr-defined]
    response = httpx.post(
        f"{url}/admin/api/2024-01/graphql.json",
        json={"query": "{ shop { name } }"},
        headers={"X-Shopify-Access-Token": _token(emulator)},
        timeout=10,
    )
    assert (response.status_code, response.json()) == (404, {"errors": "Not Found"})
