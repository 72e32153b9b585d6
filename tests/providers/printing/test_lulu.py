"""Lulu's Print API through the adapter's real HTTP client against the local Lulu (its wire format,
errors included): tokens, cover dimensions, file validation, costs, idempotent jobs, their life, and
signed webhooks."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from storyloom.config import PrintSettings, Settings
from storyloom.devtools.lulu_emulator import REJECTED_POSTCODE, LuluEmulator
from storyloom.errors import (
    ConfigurationError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.printing.base import PrintJobRequest, PrintService
from storyloom.providers.printing.lulu import TOKEN_PATH, LuluPrintService
from storyloom.providers.registry import provider_class
from tests.providers.image.conftest import FakeAPI, Received, Reply
from tests.providers.printing.lulu_server import ADDRESS, HARDCOVER, PAPERBACK, blank_pdf, host, service

SECRET = "storyloom-dev-lulu-secret-0123456789"
INTERIOR_PT = (8.5 + 0.25) * 72  # 630: the 8.5 in square trim with 0.125 in bleed on each side


def files_for(
    files: FakeAPI, pages: int = 32, *, cover_pt: tuple[float, float] | None = None
) -> tuple[str, str]:
    """A right interior and a hardcover cover (of `cover_pt`, default the right size) on the file host."""
    interior = host(files, "/books/interior.pdf", blank_pdf(INTERIOR_PT, INTERIOR_PT, pages))
    spine = max(0.25, pages / 444 + 0.2) * 72
    right = (2 * 8.5 * 72 + spine + 2 * 54, 8.5 * 72 + 2 * 54)
    cover = host(files, "/books/cover.pdf", blank_pdf(*(cover_pt or right)))
    return interior, cover


def job_request(
    interior: str, cover: str, external_id: str = "shop.myshopify.com:5001:9001"
) -> PrintJobRequest:
    return PrintJobRequest(
        external_id=external_id,
        title="Robin and the Lantern of Stars",
        page_count=32,
        format=HARDCOVER,
        interior_url=interior,
        cover_url=cover,
        address=ADDRESS,
        shipping_level="MAIL",
        contact_email="books@storyloom-dev.example",
    )


# -- setup and tokens -----------------------------------------------------------------------------


def test_the_lulu_service_is_registered_as_a_print_provider() -> None:
    assert provider_class("printing", "lulu") is LuluPrintService


def test_it_implements_the_print_service_protocol(lulu: LuluEmulator) -> None:
    assert isinstance(service(lulu), PrintService)


def test_missing_credentials_stop_it_with_the_settings_to_set() -> None:
    with pytest.raises(ConfigurationError, match="LULU_CLIENT_KEY and LULU_CLIENT_SECRET"):
        LuluPrintService(Settings(printing=PrintSettings(lulu_client_key="", lulu_client_secret="")))


def test_the_api_url_must_be_a_web_address() -> None:
    with pytest.raises(ValueError, match="LULU_API_URL"):
        PrintSettings(lulu_api_url="api.lulu.com")


def test_the_sandbox_is_the_default_environment() -> None:
    assert PrintSettings(_env_file=None).lulu_api_url == "https://api.sandbox.lulu.com"  # type: ignore[call-arg]


def test_one_token_from_client_credentials_serves_many_calls(lulu: LuluEmulator) -> None:
    # given
    adapter = service(lulu)
    # when
    adapter.cover_dimensions(PAPERBACK, 32)
    adapter.cover_dimensions(HARDCOVER, 32)
    # then one token was asked for, with HTTP Basic client credentials
    token_requests = lulu.requests_to("POST", TOKEN_PATH)
    assert len(token_requests) == 1
    assert token_requests[0].body == b"grant_type=client_credentials"
    assert token_requests[0].headers["authorization"].startswith("Basic ")
    bearer = {r.headers["authorization"] for r in lulu.requests_to("POST", "/cover-dimensions/")}
    assert len(bearer) == 1 and bearer.pop().startswith("Bearer ")


def test_an_expired_token_is_replaced_and_the_call_made_again(lulu: LuluEmulator) -> None:
    # given a token that Lulu no longer takes
    adapter = service(lulu)
    adapter.cover_dimensions(PAPERBACK, 32)
    lulu.expire_tokens()
    # when
    dims = adapter.cover_dimensions(PAPERBACK, 40)
    # then
    assert dims.height_pt == 630.0
    assert len(lulu.requests_to("POST", TOKEN_PATH)) == 2
    assert [r.path for r in lulu.received].count("/cover-dimensions/") == 3


def test_a_token_is_renewed_before_it_runs_out(lulu: LuluEmulator) -> None:
    import time

    lulu.token_lifetime = 1
    adapter = service(lulu)
    adapter.cover_dimensions(PAPERBACK, 32)
    time.sleep(1.0)
    adapter.cover_dimensions(PAPERBACK, 32)
    assert len(lulu.requests_to("POST", TOKEN_PATH)) == 2
    assert [r.path for r in lulu.received].count("/cover-dimensions/") == 2  # no refused call


def test_wrong_credentials_are_an_auth_error_naming_the_settings_without_the_secret(
    lulu: LuluEmulator,
) -> None:
    adapter = service(lulu, lulu_client_secret="not-the-secret-at-all")
    with pytest.raises(ProviderAuthError) as caught:
        adapter.cover_dimensions(PAPERBACK, 32)
    assert caught.value.status == 401
    assert "LULU_CLIENT_KEY" in str(caught.value)
    assert "not-the-secret" not in str(caught.value)
    assert not caught.value.retryable


def test_a_forbidden_call_is_an_auth_error(lulu: LuluEmulator) -> None:
    lulu.fail_next("POST", "/print-job-cost-calculations/", 403, {"detail": "You do not have permission."})
    with pytest.raises(ProviderAuthError, match="You do not have permission"):
        service(lulu).quote(PAPERBACK, 32, ADDRESS, "MAIL")


# -- cover dimensions -----------------------------------------------------------------------------


def test_paperback_cover_dimensions_come_from_lulu_with_the_spine_worked_out(lulu: LuluEmulator) -> None:
    dims = service(lulu).cover_dimensions(PAPERBACK, 32)
    spine = (32 / 444 + 0.06) * 72
    assert dims.height_pt == 630.0
    assert dims.edge_pt == 9.0
    assert dims.spine_width_pt == pytest.approx(spine, abs=0.01)
    assert dims.width_pt == pytest.approx(2 * 612 + spine + 18, abs=0.01)
    sent = lulu.requests_to("POST", "/cover-dimensions/")[0].json()
    assert sent == {"pod_package_id": PAPERBACK.product_id, "interior_page_count": 32, "unit": "pt"}


def test_a_casewrap_cover_has_its_wrap_on_every_edge(lulu: LuluEmulator) -> None:
    dims = service(lulu).cover_dimensions(HARDCOVER, 120)
    spine = (120 / 444 + 0.2) * 72
    assert dims.edge_pt == 54.0
    assert dims.height_pt == 612 + 108
    assert dims.spine_width_pt == pytest.approx(spine, abs=0.01)


def test_an_unknown_product_is_refused_with_lulus_field_message(lulu: LuluEmulator) -> None:
    with pytest.raises(ProviderBadRequestError, match=r"pod_package_id: Invalid pod_package_id"):
        service(lulu).cover_dimensions(replace(PAPERBACK, product_id="0850X0850XX"), 32)


# -- file validation ------------------------------------------------------------------------------


def test_a_right_interior_validates_after_lulu_has_fetched_it(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    # given Lulu answers "validating" twice before its verdict
    lulu.validation_polls = 3
    interior, _ = files_for(fake_api)
    # when
    result = service(lulu).validate_interior(HARDCOVER, interior)
    # then
    assert result.state == "valid"
    assert result.errors == ()
    assert result.page_count == 32
    assert len(lulu.received) == 1 + 1 + 3  # token, POST, three GETs
    assert fake_api.received[0].path == "/books/interior.pdf"
    assert result.call is not None and result.call.provider == "lulu"
    assert result.call.details["status"] == "VALIDATED"


def test_an_interior_of_the_wrong_size_is_invalid_with_lulus_reason(
    lulu: LuluEmulator, fake_api: FakeAPI
) -> None:
    interior = host(fake_api, "/books/a4.pdf", blank_pdf(595, 842, 32))
    result = service(lulu).validate_interior(HARDCOVER, interior)
    assert result.state == "invalid"
    assert result.errors == (
        "The interior page size 595.0 x 842.0 pt does not match the product's trim with bleed "
        "(630.0 x 630.0 pt).",
    )


def test_a_file_that_is_no_pdf_is_invalid(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    url = host(fake_api, "/books/broken.pdf", b"<html>not found</html>")
    result = service(lulu).validate_interior(HARDCOVER, url)
    assert (result.state, result.errors) == ("invalid", ("The file is not a valid PDF.",))


def test_a_validation_still_running_when_the_wait_is_over_says_so(
    lulu: LuluEmulator, fake_api: FakeAPI
) -> None:
    lulu.validation_polls = 1000
    interior, _ = files_for(fake_api)
    result = service(lulu, lulu_validation_wait_seconds=0.05).validate_interior(HARDCOVER, interior)
    assert result.state == "validating"


def test_a_cover_of_the_right_size_validates(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    _, cover = files_for(fake_api)
    result = service(lulu).validate_cover(HARDCOVER, cover, 32)
    assert (result.state, result.errors) == ("valid", ())
    sent = lulu.requests_to("POST", "/validate-cover/")[0].json()
    assert sent == {"source_url": cover, "pod_package_id": HARDCOVER.product_id, "interior_page_count": 32}


def test_a_cover_of_the_wrong_size_is_invalid_with_the_size_lulu_wants(
    lulu: LuluEmulator, fake_api: FakeAPI
) -> None:
    _, cover = files_for(fake_api, cover_pt=(1260.0, 630.0))
    result = service(lulu).validate_cover(HARDCOVER, cover, 32)
    assert result.state == "invalid"
    assert len(result.errors) == 1
    assert result.errors[0].startswith("Invalid cover size: the cover is 1260.0 x 630.0 pt, but ")


# -- costs ----------------------------------------------------------------------------------------


def test_a_quote_is_lulus_cost_calculation_for_one_copy(lulu: LuluEmulator) -> None:
    quote = service(lulu).quote(HARDCOVER, 32, ADDRESS, "EXPRESS")
    # 9.50 + 0.07 x 32 for the book, 24.99 for express shipping in the emulator's price list
    assert (quote.currency, quote.total_cost_excl_tax, quote.total_cost_incl_tax) == ("USD", "36.73", "36.73")
    assert quote.shipping_cost_excl_tax == "24.99"
    assert quote.call is not None and quote.call.model == HARDCOVER.product_id
    sent = lulu.requests_to("POST", "/print-job-cost-calculations/")[0].json()
    assert sent["shipping_option"] == "EXPRESS"
    assert sent["line_items"] == [{"pod_package_id": HARDCOVER.product_id, "page_count": 32, "quantity": 1}]
    assert sent["shipping_address"]["phone_number"] == "+1 206 555 0100"
    assert "street2" not in sent["shipping_address"]


def test_an_address_lulu_rejects_is_a_bad_request_with_its_message(lulu: LuluEmulator) -> None:
    address = replace(ADDRESS, postcode=REJECTED_POSTCODE)
    with pytest.raises(ProviderBadRequestError) as caught:
        service(lulu).quote(HARDCOVER, 32, address, "MAIL")
    assert str(caught.value) == (
        "lulu refused the cost calculation: "
        "shipping_address.postcode: The postcode 00000 does not exist in US."
    )
    assert caught.value.status == 400 and not caught.value.retryable


def test_a_missing_phone_number_is_refused_naming_the_field(lulu: LuluEmulator) -> None:
    with pytest.raises(
        ProviderBadRequestError, match=r"shipping_address\.phone_number: This field is required"
    ):
        service(lulu).quote(HARDCOVER, 32, replace(ADDRESS, phone_number=""), "MAIL")


# -- faults ---------------------------------------------------------------------------------------


def test_a_429_is_retryable_after_the_time_lulu_asks(lulu: LuluEmulator) -> None:
    lulu.fail_next(
        "POST", "/cover-dimensions/", 429, {"detail": "Request was throttled."}, headers={"Retry-After": "7"}
    )
    with pytest.raises(ProviderRateLimitError) as caught:
        service(lulu).cover_dimensions(PAPERBACK, 32)
    assert caught.value.retryable and caught.value.retry_after == 7.0


@pytest.mark.parametrize("status", [500, 502, 503], ids=["500", "502", "503"])
def test_a_server_error_is_retryable(lulu: LuluEmulator, status: int) -> None:
    lulu.fail_next("POST", "/print-jobs/", status, {"detail": "Server Error"})
    with pytest.raises(ProviderServerError) as caught:
        service(lulu).create_job(job_request("http://127.0.0.1:9/i.pdf", "http://127.0.0.1:9/c.pdf"))
    assert caught.value.retryable and caught.value.status == status
    assert lulu.jobs == {}


def test_a_lulu_that_does_not_answer_in_time_is_a_retryable_timeout(fake_api: FakeAPI) -> None:
    fake_api.on("POST", TOKEN_PATH, Reply(200, {"access_token": "t", "expires_in": 60}, delay=1.5))
    with pytest.raises(ProviderTimeoutError) as caught:
        service(fake_api.url, lulu_timeout_seconds=0.3).cover_dimensions(PAPERBACK, 32)
    assert caught.value.retryable


def test_a_lulu_that_is_down_is_a_retryable_connection_error() -> None:
    from storyloom.errors import ProviderConnectionError

    with pytest.raises(ProviderConnectionError):
        service("http://127.0.0.1:9").cover_dimensions(PAPERBACK, 32)


# -- print jobs -----------------------------------------------------------------------------------


def test_a_print_job_is_created_with_the_files_address_and_shipping_level(
    lulu: LuluEmulator, fake_api: FakeAPI
) -> None:
    interior, cover = files_for(fake_api)
    job = service(lulu).create_job(job_request(interior, cover))
    assert (job.state, job.raw_status) == ("created", "CREATED")
    assert job.external_id == "shop.myshopify.com:5001:9001"
    assert job.job_id.isdigit() and len(job.line_item_ids) == 1
    assert (job.cost_excl_tax, job.currency) == ("16.73", "USD")
    assert job.call is not None and job.call.cost_usd == 16.73
    sent = lulu.requests_to("POST", "/print-jobs/")[0].json()
    assert sent["external_id"] == "shop.myshopify.com:5001:9001"
    assert sent["shipping_level"] == "MAIL"
    assert sent["contact_email"] == "books@storyloom-dev.example"
    assert sent["line_items"] == [
        {
            "external_id": "shop.myshopify.com:5001:9001",
            "title": "Robin and the Lantern of Stars",
            "quantity": 1,
            "printable_normalization": {
                "pod_package_id": HARDCOVER.product_id,
                "interior": {"source_url": interior},
                "cover": {"source_url": cover},
            },
        }
    ]


def test_creating_the_same_order_line_again_returns_the_first_job(
    lulu: LuluEmulator, fake_api: FakeAPI
) -> None:
    # given a job made, then a crash before it was recorded: a new process asks again
    interior, cover = files_for(fake_api)
    first = service(lulu).create_job(job_request(interior, cover))
    # when
    again = service(lulu).create_job(job_request(interior, cover))
    # then
    assert again.job_id == first.job_id
    assert len(lulu.jobs) == 1
    assert len(lulu.requests_to("POST", "/print-jobs/")) == 1


def test_find_job_matches_the_external_id_exactly(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    interior, cover = files_for(fake_api)
    adapter = service(lulu)
    longer = adapter.create_job(job_request(interior, cover, external_id="shop:5001:90010"))
    assert adapter.find_job("shop:5001:9001") is None
    found = adapter.find_job("shop:5001:90010")
    assert found is not None and found.job_id == longer.job_id
    assert (
        adapter.create_job(job_request(interior, cover, external_id="shop:5001:9001")).job_id != longer.job_id
    )
    assert lulu.requests_to("GET", "/print-jobs/")[0].path.startswith(
        "/print-jobs/?search=shop%3A5001%3A9001"
    )


def test_a_retry_after_a_rejection_makes_exactly_one_new_job(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    # given a job Lulu rejected
    interior, cover = files_for(fake_api)
    adapter = service(lulu)
    rejected = adapter.create_job(job_request(interior, cover))
    lulu.advance(rejected.job_id, "REJECTED", message="The cover is unreadable")
    # when the merchant fixed it and the line is retried twice
    retried = adapter.create_job(job_request(interior, cover))
    again = adapter.create_job(job_request(interior, cover))
    # then
    assert retried.job_id != rejected.job_id and again.job_id == retried.job_id
    assert len(lulu.jobs) == 2


def test_an_address_lulu_rejects_makes_no_job(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    interior, cover = files_for(fake_api)
    request = replace(job_request(interior, cover), address=replace(ADDRESS, postcode=REJECTED_POSTCODE))
    with pytest.raises(ProviderBadRequestError, match="The postcode 00000 does not exist in US"):
        service(lulu).create_job(request)
    assert lulu.jobs == {}


def test_a_job_goes_into_production_then_ships_with_tracking(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    interior, cover = files_for(fake_api)
    adapter = service(lulu)
    job = adapter.create_job(job_request(interior, cover))
    lulu.advance(job.job_id)
    in_production = adapter.job_status(job.job_id)
    lulu.advance(job.job_id)
    shipped = adapter.job_status(job.job_id)
    assert (in_production.state, in_production.raw_status) == ("in_production", "IN_PRODUCTION")
    assert in_production.tracking_numbers == ()
    assert (shipped.state, shipped.raw_status) == ("shipped", "SHIPPED")
    tracking = f"1Z{int(job.job_id):06d}{int(job.line_item_ids[0]):06d}"
    assert shipped.tracking_numbers == (tracking,)
    assert shipped.tracking_urls == (f"{lulu.url}/printer-wannabe-tracking/{tracking}",)
    assert shipped.carrier == "UPS"
    assert shipped.message == "All line-items were shipped"


def test_a_job_with_a_cover_of_the_wrong_size_is_rejected_with_the_reason(
    lulu: LuluEmulator, fake_api: FakeAPI
) -> None:
    interior, cover = files_for(fake_api, cover_pt=(1260.0, 630.0))
    adapter = service(lulu)
    job = adapter.create_job(job_request(interior, cover))
    lulu.advance(job.job_id)
    rejected = adapter.job_status(job.job_id)
    assert (rejected.state, rejected.raw_status) == ("rejected", "REJECTED")
    assert "cover: Invalid cover size: the cover is 1260.0 x 630.0 pt" in rejected.message


@pytest.mark.parametrize(
    ("status", "state"),
    [
        ("UNPAID", "created"),
        ("PAYMENT_IN_PROGRESS", "created"),
        ("PRODUCTION_DELAYED", "in_production"),
        ("PRODUCTION_READY", "in_production"),
        ("ERROR", "rejected"),
        ("CANCELED", "canceled"),
    ],
)
def test_every_lulu_status_has_its_state(
    lulu: LuluEmulator, fake_api: FakeAPI, status: str, state: str
) -> None:
    interior, cover = files_for(fake_api)
    adapter = service(lulu)
    job = adapter.create_job(job_request(interior, cover))
    lulu.advance(job.job_id, status)
    assert adapter.job_status(job.job_id).state == state


def test_an_unknown_job_is_a_bad_request(lulu: LuluEmulator) -> None:
    with pytest.raises(ProviderBadRequestError, match="Not found"):
        service(lulu).job_status("999999")
    with pytest.raises(ProviderBadRequestError, match="numbers"):
        service(lulu).job_status("../etc")


# -- webhooks -------------------------------------------------------------------------------------


def _webhook_receiver(fake_api: FakeAPI) -> list[Received]:
    caught: list[Received] = []

    def receive(request: Received) -> Reply:
        caught.append(request)
        return Reply(200, {"ok": True})

    fake_api.on("POST", "/api/webhooks/lulu", receive)
    return caught


def test_a_signed_webhook_reports_the_shipped_job(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    # given Lulu posts a webhook at every status change
    caught = _webhook_receiver(fake_api)
    lulu.webhook_url = f"{fake_api.url}/api/webhooks/lulu"
    interior, cover = files_for(fake_api)
    adapter = service(lulu)
    job = adapter.create_job(job_request(interior, cover))
    # when
    lulu.advance(job.job_id)
    lulu.advance(job.job_id)
    # then
    jobs = [adapter.parse_webhook(r.headers, r.body) for r in caught]
    assert [j.state for j in jobs] == ["in_production", "shipped"]
    assert jobs[1].job_id == job.job_id and jobs[1].external_id == job.external_id
    assert jobs[1].tracking_numbers and jobs[1].carrier == "UPS"
    assert lulu.webhooks_sent == [("IN_PRODUCTION", 200), ("SHIPPED", 200)]


def _signed_body(lulu: LuluEmulator, fake_api: FakeAPI) -> tuple[dict[str, str], bytes]:
    caught = _webhook_receiver(fake_api)
    lulu.webhook_url = f"{fake_api.url}/api/webhooks/lulu"
    interior, cover = files_for(fake_api)
    job = service(lulu).create_job(job_request(interior, cover))
    lulu.advance(job.job_id)
    return caught[0].headers, caught[0].body


def test_a_forged_webhook_body_is_refused(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    headers, body = _signed_body(lulu, fake_api)
    forged = body.replace(b'"IN_PRODUCTION"', b'"SHIPPED"', 1)
    with pytest.raises(ProviderAuthError, match="does not verify"):
        service(lulu).parse_webhook(headers, forged)


def test_a_webhook_signed_with_another_secret_is_refused(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    _, body = _signed_body(lulu, fake_api)
    other = LuluEmulator(client_secret="someone-elses-secret").signature(body)
    with pytest.raises(ProviderAuthError):
        service(lulu).parse_webhook({"Lulu-HMAC-SHA256": other}, body)


@pytest.mark.parametrize(
    "header",
    [{}, {"Lulu-HMAC-SHA256": ""}, {"Lulu-HMAC-SHA256": "é" * 64}],
    ids=["none", "empty", "non-ascii"],
)
def test_a_webhook_without_a_usable_signature_is_refused(lulu: LuluEmulator, header: dict[str, str]) -> None:
    with pytest.raises(ProviderAuthError):
        service(lulu).parse_webhook(header, b'{"topic": "PRINT_JOB_STATUS_CHANGED", "data": {}}')


def test_a_signed_webhook_of_another_topic_is_a_bad_request(lulu: LuluEmulator) -> None:
    body = json.dumps({"topic": "SOMETHING_ELSE", "data": {}}).encode()
    with pytest.raises(ProviderBadRequestError, match="SOMETHING_ELSE"):
        service(lulu).parse_webhook({"lulu-hmac-sha256": lulu.signature(body)}, body)


def test_the_signature_is_the_hex_hmac_sha256_of_the_raw_body_with_the_api_secret(lulu: LuluEmulator) -> None:
    import hashlib
    import hmac

    body = b'{"topic":"PRINT_JOB_STATUS_CHANGED","data":{"id":7,"status":{"name":"SHIPPED"},"line_items":[]}}'
    signature = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    job = service(lulu).parse_webhook({"Lulu-HMAC-SHA256": signature}, body)
    assert (job.job_id, job.state) == ("7", "shipped")


# -- more refusals, paging and a shop's own account -----------------------------------------------


def test_an_interior_with_too_few_pages_for_the_product_is_invalid(
    lulu: LuluEmulator, fake_api: FakeAPI
) -> None:
    interior = host(fake_api, "/books/short.pdf", blank_pdf(INTERIOR_PT, INTERIOR_PT, 20))
    result = service(lulu).validate_interior(PAPERBACK, interior)
    assert (result.state, result.errors) == (
        "invalid",
        ("The interior has 20 pages; this product needs at least 32.",),
    )
    assert result.page_count == 20


def test_credentials_refused_even_with_a_fresh_token_are_an_auth_error(lulu: LuluEmulator) -> None:
    lulu.fail_next("POST", "/cover-dimensions/", 401, {"detail": "Invalid token."}, times=2)
    with pytest.raises(ProviderAuthError, match="Invalid token"):
        service(lulu).cover_dimensions(PAPERBACK, 32)
    assert len(lulu.requests_to("POST", TOKEN_PATH)) == 2


def test_find_job_reads_every_page_of_the_search(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    # given five jobs whose external ids all contain the one searched for, two to a page
    interior, cover = files_for(fake_api)
    adapter = service(lulu)
    first = adapter.create_job(job_request(interior, cover, external_id="line-7"))
    for suffix in range(4):
        adapter.create_job(job_request(interior, cover, external_id=f"line-7{suffix}"))
    adapter.search_page_size = 2  # type: ignore[misc]
    lulu.received.clear()
    # when
    found = adapter.find_job("line-7")
    # then the oldest job, on the last page, was found
    assert found is not None and found.job_id == first.job_id
    assert len(lulu.requests_to("GET", "/print-jobs/")) == 3


def test_a_shops_own_lulu_account_overrides_the_settings(lulu: LuluEmulator) -> None:
    lulu.client_key, lulu.client_secret = "shop-key", "shop-secret"
    adapter = LuluPrintService(
        Settings(printing=PrintSettings(lulu_client_key="", lulu_client_secret="")),
        client_key="shop-key",
        client_secret="shop-secret",
        api_url=lulu.url,
    )
    assert adapter.cover_dimensions(PAPERBACK, 32).height_pt == 630.0
    with pytest.raises(ConfigurationError, match="http"):
        LuluPrintService(Settings(), client_key="k", client_secret="s", api_url="ftp://lulu")


# -- storyloom doctor ------------------------------------------------------------------------------


def test_the_doctor_checks_the_lulu_account_when_it_is_set(lulu: LuluEmulator) -> None:
    from storyloom.providers.doctor import configured_providers, diagnose

    settings = Settings(
        printing=PrintSettings(
            lulu_client_key=lulu.client_key, lulu_client_secret=SECRET, lulu_api_url=lulu.url
        )
    )
    assert ("printing", "lulu") in configured_providers(settings)
    [health] = [h for h in diagnose(settings).providers if h.kind == "printing"]
    assert health.ok
    assert [f.text for f in health.findings] == ["key accepted", "0 print jobs on the account"]
    assert health.model == f"sandbox ({lulu.url})"


def test_the_doctor_names_the_lulu_settings_when_the_key_is_refused(lulu: LuluEmulator) -> None:
    from storyloom.providers.doctor import diagnose

    settings = Settings(
        printing=PrintSettings(lulu_client_key="wrong", lulu_client_secret="wrong", lulu_api_url=lulu.url)
    )
    [health] = [h for h in diagnose(settings).providers if h.kind == "printing"]
    assert not health.ok
    assert "LULU_CLIENT_KEY and LULU_CLIENT_SECRET" in health.findings[0].text


def test_without_a_lulu_key_the_doctor_leaves_printing_out() -> None:
    from storyloom.providers.doctor import configured_providers

    settings = Settings(printing=PrintSettings(lulu_client_key="", lulu_client_secret=""))
    assert all(kind != "printing" for kind, _ in configured_providers(settings))


# -- the emulator on its own clock (as make shopify-dev runs it) -----------------------------------


def test_the_emulator_moves_jobs_along_on_its_own_and_calls_back(fake_api: FakeAPI) -> None:
    import time

    caught = _webhook_receiver(fake_api)
    emulator = LuluEmulator(webhook_url=f"{fake_api.url}/api/webhooks/lulu").start(step_seconds=0.2)
    try:
        interior, cover = files_for(fake_api)
        adapter = service(emulator)
        job = adapter.create_job(job_request(interior, cover))
        deadline = time.monotonic() + 10
        while len(caught) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # a shipped job moves no further
    finally:
        emulator.stop()
    states = [adapter.parse_webhook(r.headers, r.body).state for r in caught]
    assert states == ["in_production", "shipped"]
    assert emulator.jobs[int(job.job_id)]["status"]["name"] == "SHIPPED"


def test_a_base64_signature_of_the_same_digest_is_taken_too(lulu: LuluEmulator) -> None:
    import base64
    import hashlib
    import hmac

    body = b'{"topic":"PRINT_JOB_STATUS_CHANGED","data":{"id":8,"status":{"name":"IN_PRODUCTION"}}}'
    signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    assert service(lulu).parse_webhook({"Lulu-HMAC-SHA256": signature}, body).state == "in_production"
    with pytest.raises(ProviderAuthError):
        service(lulu).parse_webhook({"Lulu-HMAC-SHA256": signature.lower()}, body)


def test_the_dotted_pod_package_ids_lulu_moves_to_are_sized_alike(lulu: LuluEmulator) -> None:
    dotted = replace(HARDCOVER, product_id="0850X0850.FC.PRE.CW.080CW444.GXX")
    assert service(lulu).cover_dimensions(dotted, 32) == service(lulu).cover_dimensions(HARDCOVER, 32)


# -- webhook subscription -------------------------------------------------------------------------


def test_subscribing_makes_lulu_post_status_changes_to_the_url(lulu: LuluEmulator, fake_api: FakeAPI) -> None:
    caught = _webhook_receiver(fake_api)
    adapter = service(lulu)
    url = f"{fake_api.url}/api/webhooks/lulu"
    # when
    subscription = adapter.subscribe_webhook(url)
    interior, cover = files_for(fake_api)
    job = adapter.create_job(job_request(interior, cover))
    lulu.advance(job.job_id)
    # then
    assert lulu.requests_to("POST", "/webhooks/")[0].json() == {
        "topics": ["PRINT_JOB_STATUS_CHANGED"],
        "url": url,
    }
    assert list(lulu.webhooks) == [subscription]
    assert [adapter.parse_webhook(r.headers, r.body).state for r in caught] == ["in_production"]


def test_subscribing_again_reuses_the_subscription_and_switches_it_back_on(lulu: LuluEmulator) -> None:
    adapter = service(lulu)
    first = adapter.subscribe_webhook("https://books.example.com/api/webhooks/lulu")
    lulu.webhooks[first]["is_active"] = False  # as Lulu does after five failed posts
    # when
    again = adapter.subscribe_webhook("https://books.example.com/api/webhooks/lulu")
    # then
    assert again == first and len(lulu.webhooks) == 1
    assert lulu.webhooks[first]["is_active"] is True
    assert len(lulu.requests_to("POST", "/webhooks/")) == 1
    assert lulu.requests_to("PATCH", f"/webhooks/{first}/")[0].json() == {
        "is_active": True,
        "topics": ["PRINT_JOB_STATUS_CHANGED"],
    }


def test_a_webhook_url_lulu_refuses_is_a_bad_request(lulu: LuluEmulator) -> None:
    with pytest.raises(ProviderBadRequestError, match="url: Enter a valid URL"):
        service(lulu).subscribe_webhook("books.example.com/hook")


def test_the_emulators_page_lists_jobs_and_its_button_ships_them(
    lulu: LuluEmulator, fake_api: FakeAPI
) -> None:
    import httpx

    interior, cover = files_for(fake_api)
    job = service(lulu).create_job(job_request(interior, cover))
    with httpx.Client(base_url=lulu.url) as browser:
        page = browser.get("/_emulator/")
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert "shop.myshopify.com:5001:9001" in page.text and "CREATED" in page.text
        for _ in range(2):
            moved = browser.post(f"/_emulator/jobs/{job.job_id}/advance")
            assert (moved.status_code, moved.headers["location"]) == (303, "/_emulator/")
        shipped = browser.get("/_emulator/").text
        assert "SHIPPED" in shipped and "Next step" not in shipped
        assert browser.post("/_emulator/jobs/999/advance").status_code == 404
