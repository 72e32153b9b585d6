"""Lulu's Print API: cover dimensions, file validation, cost calculations, print jobs and webhooks.

OAuth2 client credentials (`LULU_CLIENT_KEY`, `LULU_CLIENT_SECRET`) buy a bearer token that is kept
until shortly before it expires. Lulu has no lookup by `external_id`, so `find_job` searches the
print jobs for it and keeps exact matches: `create_job` asks first and never makes a second job for
an order line that already has a live one (also after a crash between Lulu's answer and our record).
Webhooks (`PRINT_JOB_STATUS_CHANGED`) carry the job as `GET /print-jobs/{id}/` returns it, signed
with an HMAC-SHA256 of the raw body keyed with the API secret (`Lulu-HMAC-SHA256`, hex; base64 of
the same digest is taken too).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

import httpx

from storyloom.errors import (
    ConfigurationError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderError,
    ProviderOutputError,
)
from storyloom.providers.base import CallRecord, Stopwatch, error_for_status, mapped_http_errors
from storyloom.providers.printing.base import (
    FileState,
    FileValidation,
    JobState,
    PrintFormat,
    PrintJob,
    PrintJobRequest,
    PrintQuote,
    ShippingAddress,
    ShippingLevel,
)
from storyloom.render.book.model import CoverDimensions
from storyloom.signatures import well_formed

if TYPE_CHECKING:
    from storyloom.config import Settings

TOKEN_PATH = "/auth/realms/glasstree/protocol/openid-connect/token"
SANDBOX_URL = "https://api.sandbox.lulu.com"
PRODUCTION_URL = "https://api.lulu.com"
SIGNATURE_HEADER = "lulu-hmac-sha256"
WEBHOOK_TOPIC = "PRINT_JOB_STATUS_CHANGED"
TOKEN_MARGIN_SECONDS = 60.0  # a token is renewed this long before Lulu says it expires
MAX_SEARCH_PAGES = 10
POINTS_PER_INCH = 72.0
POINTS_PER_MM = 72.0 / 25.4

STATES: dict[str, JobState] = {
    "CREATED": "created",
    "UNPAID": "created",
    "PAYMENT_IN_PROGRESS": "created",
    "PRODUCTION_DELAYED": "in_production",
    "PRODUCTION_READY": "in_production",
    "IN_PRODUCTION": "in_production",
    "SHIPPED": "shipped",
    "REJECTED": "rejected",
    "ERROR": "rejected",
    "CANCELED": "canceled",
}
MIN_PAGES = {"hardcover": 24, "paperback": 32}
"""Lulu's least interior page count per binding (its spine width calculator)."""
FINAL_INTERIOR: dict[str, FileState] = {"VALIDATED": "valid", "NORMALIZED": "valid", "ERROR": "invalid"}
FINAL_COVER: dict[str, FileState] = {"NORMALIZED": "valid", "VALIDATED": "valid", "ERROR": "invalid"}


class LuluPrintService:
    """Lulu's Print API (`LULU_API_URL`: the sandbox by default, https://api.lulu.com for real books)."""

    name: ClassVar[str] = "lulu"
    requires_phone: ClassVar[bool] = True  # Lulu refuses a shipping address without a phone number
    poll_interval_seconds: ClassVar[float] = 2.0

    search_page_size: ClassVar[int] = 100

    def __init__(
        self,
        settings: Settings,
        *,
        client_key: str | None = None,
        client_secret: str | None = None,
        api_url: str | None = None,
    ) -> None:
        """From the LULU_* settings; a shop's own Lulu account passes its key, secret and API URL."""
        printing = settings.printing
        key = printing.lulu_client_key if client_key is None else client_key
        secret = printing.lulu_client_secret.get_secret_value() if client_secret is None else client_secret
        self.client_key, self.client_secret = key.strip(), secret.strip()
        if not self.client_key or not self.client_secret:
            raise ConfigurationError(
                "the Lulu print service needs LULU_CLIENT_KEY and LULU_CLIENT_SECRET (from "
                "https://developers.sandbox.lulu.com/user-profile/api-keys, or developers.lulu.com)"
            )
        self.base_url = (printing.lulu_api_url if api_url is None else api_url).strip().rstrip("/")
        if not self.base_url.startswith(("https://", "http://")):
            raise ConfigurationError(f"the Lulu API URL must be an http(s) URL, not {self.base_url!r:.80}")
        self.validation_wait = printing.lulu_validation_wait_seconds
        seconds = printing.lulu_timeout_seconds
        self.timeout = httpx.Timeout(seconds, connect=min(10.0, seconds))
        # One connection pool for the service's life (the runtime keeps one instance per process).
        self._client = httpx.Client(timeout=self.timeout)
        self._token: tuple[str, float] | None = None  # (access token, monotonic time it is renewed)
        self._token_lock = threading.Lock()

    def close(self) -> None:
        """Close the connection pool (a service made for one shop's account, once done with)."""
        self._client.close()

    @staticmethod
    def minimum_pages(format: PrintFormat) -> int:
        """The fewest interior pages Lulu prints for `format` (pad the interior up to it)."""
        return MIN_PAGES[format.binding]

    @property
    def sandbox(self) -> bool:
        return urlsplit(self.base_url).hostname != urlsplit(PRODUCTION_URL).hostname

    # -- the PrintService protocol -------------------------------------------------------------

    def cover_dimensions(self, format: PrintFormat, page_count: int) -> CoverDimensions:
        """The one-piece cover's size from `POST /cover-dimensions/`, in points; the spine is what is
        left of the width once both panels and the outer edges (read from the height) are taken off."""
        body = {"pod_package_id": format.product_id, "interior_page_count": page_count, "unit": "pt"}
        answer, _ = self._call("POST", "/cover-dimensions/", payload=body, what="cover dimensions")
        try:
            scale = {"pt": 1.0, "inch": POINTS_PER_INCH, "mm": POINTS_PER_MM}[str(answer.get("unit", "pt"))]
            width = float(answer["width"]) * scale
            height = float(answer["height"]) * scale
        except (KeyError, TypeError, ValueError) as exc:
            raise ProviderOutputError(
                f"lulu sent cover dimensions without a usable width and height: {answer!r:.200}",
                provider=self.name,
            ) from exc
        edge = max(0.0, (height - format.trim_height_in * POINTS_PER_INCH) / 2)
        spine = width - 2 * format.trim_width_in * POINTS_PER_INCH - 2 * edge
        if spine < 0 or width <= 0 or height <= 0:
            raise ProviderOutputError(
                f"lulu's cover of {width:.1f} x {height:.1f} pt does not fit two "
                f"{format.trim_width_in} x {format.trim_height_in} in panels ({format.product_id})",
                provider=self.name,
            )
        return CoverDimensions(
            width_pt=round(width, 3), height_pt=round(height, 3), spine_width_pt=round(spine, 3), edge_pt=edge
        )

    def validate_interior(self, format: PrintFormat, url: str) -> FileValidation:
        """Lulu fetches the interior from `url` and checks it against the product; waits up to
        `LULU_VALIDATION_WAIT_SECONDS` for the verdict, else answers "validating" (call again)."""
        body = {"source_url": url, "pod_package_id": format.product_id}
        return self._validate("/validate-interior/", body, FINAL_INTERIOR, "interior")

    def validate_cover(self, format: PrintFormat, url: str, page_count: int) -> FileValidation:
        """Lulu fetches the one-piece cover from `url` and checks its size for `page_count` pages."""
        body = {"source_url": url, "pod_package_id": format.product_id, "interior_page_count": page_count}
        return self._validate("/validate-cover/", body, FINAL_COVER, "cover")

    def quote(
        self, format: PrintFormat, page_count: int, address: ShippingAddress, shipping_level: ShippingLevel
    ) -> PrintQuote:
        """What Lulu charges for one copy shipped to `address` (`POST /print-job-cost-calculations/`)."""
        body = {
            "line_items": [{"pod_package_id": format.product_id, "page_count": page_count, "quantity": 1}],
            "shipping_address": _address(address),
            "shipping_option": shipping_level,
        }
        answer, call = self._call(
            "POST", "/print-job-cost-calculations/", payload=body, what="cost calculation"
        )
        total_excl, total_incl = answer.get("total_cost_excl_tax"), answer.get("total_cost_incl_tax")
        currency = answer.get("currency")
        if (
            not isinstance(total_excl, str)
            or not isinstance(total_incl, str)
            or not isinstance(currency, str)
        ):
            raise ProviderOutputError(
                "lulu sent a cost calculation without totals and currency", provider=self.name
            )
        shipping = answer.get("shipping_cost")
        shipping_excl = shipping.get("total_cost_excl_tax") if isinstance(shipping, dict) else None
        call.model = format.product_id
        call.details.update(currency=currency, total_cost_incl_tax=total_incl, page_count=page_count)
        return PrintQuote(
            currency=currency,
            total_cost_excl_tax=total_excl,
            total_cost_incl_tax=total_incl,
            shipping_cost_excl_tax=str(shipping_excl or ""),
            call=call,
        )

    def create_job(self, request: PrintJobRequest) -> PrintJob:
        """The print job for `request.external_id`: the live one Lulu already has (a repeat after a
        crash), else a new one. A rejected or cancelled job does not block a new one (a retry after
        the merchant fixed the address or the file)."""
        existing = self.find_job(request.external_id)
        if existing is not None and existing.state not in ("rejected", "canceled"):
            return existing
        body: dict[str, Any] = {
            "external_id": request.external_id,
            "line_items": [
                {
                    "external_id": request.external_id,
                    "title": request.title[:255],
                    "quantity": request.quantity,
                    "printable_normalization": {
                        "pod_package_id": request.format.product_id,
                        "interior": {"source_url": request.interior_url},
                        "cover": {"source_url": request.cover_url},
                    },
                }
            ],
            "shipping_address": _address(request.address),
            "shipping_level": request.shipping_level,
        }
        contact = request.contact_email or request.address.email
        if contact:
            body["contact_email"] = contact
        answer, call = self._call(
            "POST", "/print-jobs/", payload=body, what=f"print job {request.external_id}"
        )
        job = self._job(answer, call)
        call.model = request.format.product_id
        call.cost_usd = _usd(job)
        call.details.update(job_id=job.job_id, status=job.raw_status, page_count=request.page_count)
        return job

    def find_job(self, external_id: str) -> PrintJob | None:
        """The job Lulu holds for `external_id` (searched, then matched exactly): the newest live one,
        else the newest of any state; None when Lulu has none."""
        matches: list[dict[str, Any]] = []
        path: str | None = "/print-jobs/"
        params: dict[str, Any] | None = {"search": external_id, "page_size": self.search_page_size}
        for _ in range(MAX_SEARCH_PAGES):
            if path is None:
                break
            answer, _ = self._call("GET", path, params=params, what=f"search {external_id}")
            results = answer.get("results")
            if not isinstance(results, list):
                raise ProviderOutputError("lulu sent a print job list without results", provider=self.name)
            matches += [r for r in results if isinstance(r, dict) and r.get("external_id") == external_id]
            path, params = self._next_page(answer.get("next")), None
        if not matches:
            return None
        jobs = sorted((self._job(m, None) for m in matches), key=lambda job: _numeric(job.job_id))
        live = [job for job in jobs if job.state not in ("rejected", "canceled")]
        return (live or jobs)[-1]

    def job_status(self, job_id: str) -> PrintJob:
        """The job as Lulu reports it now (`GET /print-jobs/{id}/`: status, tracking and costs)."""
        if not job_id.isdigit():
            raise ProviderBadRequestError(
                f"lulu print job ids are numbers, not {job_id!r:.40}", provider=self.name
            )
        answer, call = self._call("GET", f"/print-jobs/{job_id}/", what=f"status of job {job_id}")
        return self._job(answer, call)

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> PrintJob:
        """Check `Lulu-HMAC-SHA256` (hex HMAC-SHA256 of the raw body, keyed with the API secret) and
        read the print job it carries; a missing or wrong signature raises `ProviderAuthError`."""
        received = next((v for k, v in headers.items() if k.lower() == SIGNATURE_HEADER), None)
        if not well_formed(received, max_length=128):
            raise ProviderAuthError("the lulu webhook has no Lulu-HMAC-SHA256 signature", provider=self.name)
        assert isinstance(received, str)
        digest = hmac.new(self.client_secret.encode(), body, hashlib.sha256).digest()
        # Lulu's documentation does not name the digest's encoding: hex (what it sends) or base64 of
        # the same 256 bits are both taken.
        candidate = received.strip()
        if not (
            hmac.compare_digest(digest.hex().encode(), candidate.lower().encode())
            or hmac.compare_digest(base64.b64encode(digest), candidate.encode())
        ):
            raise ProviderAuthError("the lulu webhook signature does not verify", provider=self.name)
        try:
            payload = json.loads(body)
        except ValueError:
            raise ProviderOutputError("the lulu webhook is not JSON", provider=self.name) from None
        if not isinstance(payload, dict) or payload.get("topic") != WEBHOOK_TOPIC:
            topic = payload.get("topic") if isinstance(payload, dict) else None
            raise ProviderBadRequestError(
                f"the lulu webhook's topic {topic!r:.60} is not {WEBHOOK_TOPIC}", provider=self.name
            )
        data = payload.get("data")
        if not isinstance(data, dict):
            raise ProviderOutputError("the lulu webhook carries no print job", provider=self.name)
        return self._job(data, None)

    # -- Lulu's own ----------------------------------------------------------------------------

    def subscribe_webhook(self, url: str) -> str:
        """Make Lulu post `PRINT_JOB_STATUS_CHANGED` to `url` (once: an existing subscription of that
        URL is reused and switched back on, as Lulu switches one off after five failed posts).
        Returns the subscription's id."""
        answer, _ = self._call("GET", "/webhooks/", what="webhook subscriptions")
        for webhook in answer.get("results") or []:
            if not isinstance(webhook, dict) or webhook.get("url") != url:
                continue
            topics = webhook.get("topics") or []
            if webhook.get("is_active") is not True or WEBHOOK_TOPIC not in topics:
                change = {"is_active": True, "topics": sorted({*topics, WEBHOOK_TOPIC})}
                self._call(
                    "PATCH", f"/webhooks/{webhook['id']}/", payload=change, what="webhook subscription"
                )
            return str(webhook["id"])
        body = {"topics": [WEBHOOK_TOPIC], "url": url}
        created, _ = self._call("POST", "/webhooks/", payload=body, what="webhook subscription")
        if not created.get("id"):
            raise ProviderOutputError("lulu sent a webhook subscription without an id", provider=self.name)
        return str(created["id"])

    # -- reading Lulu's answers ----------------------------------------------------------------

    def _validate(
        self, path: str, body: dict[str, Any], finals: Mapping[str, FileState], kind: str
    ) -> FileValidation:
        answer, call = self._call("POST", path, payload=body, what=f"{kind} validation")
        validation_id = answer.get("id")
        if not isinstance(validation_id, int | str) or not str(validation_id).isdigit():
            raise ProviderOutputError(f"lulu sent a {kind} validation without an id", provider=self.name)
        deadline = time.monotonic() + self.validation_wait
        polls = 0
        while str(answer.get("status")) not in finals and time.monotonic() < deadline:
            time.sleep(min(self.poll_interval_seconds, max(0.0, deadline - time.monotonic())))
            answer, _ = self._call("GET", f"{path}{validation_id}/", what=f"{kind} validation")
            polls += 1
        status = str(answer.get("status"))
        state = finals.get(status, "validating")
        errors = answer.get("errors") or []
        pages = answer.get("page_count")
        call.details.update(validation_id=str(validation_id), status=status, polls=polls)
        return FileValidation(
            state=state,
            errors=tuple(str(error) for error in errors) if isinstance(errors, list) else (str(errors),),
            page_count=int(pages) if isinstance(pages, int | str) and str(pages).isdigit() else None,
            call=call,
        )

    def _job(self, data: dict[str, Any], call: CallRecord | None) -> PrintJob:
        job_id, status = data.get("id"), data.get("status")
        name = status.get("name") if isinstance(status, dict) else None
        if job_id is None or not isinstance(name, str) or name not in STATES:
            raise ProviderOutputError(
                f"lulu sent a print job without an id or with status {name!r:.40}", provider=self.name
            )
        items = [item for item in data.get("line_items") or [] if isinstance(item, dict)]
        tracking_ids: list[str] = []
        tracking_urls: list[str] = []
        carriers: list[str] = []
        messages: list[str] = []
        for item in items:
            notes = _object(_object(item.get("status")).get("messages"))
            tracking = item.get("tracking_id") or notes.get("tracking_id")
            if tracking and str(tracking) not in tracking_ids:
                tracking_ids.append(str(tracking))
            urls = item.get("tracking_urls") or notes.get("tracking_urls") or []
            for url in [urls] if isinstance(urls, str) else urls:
                if isinstance(url, str) and url not in tracking_urls:
                    tracking_urls.append(url)
            carrier = item.get("carrier_name") or notes.get("carrier_name")
            if carrier and str(carrier) not in carriers:
                carriers.append(str(carrier))
            if notes.get("error"):
                messages.append(str(notes["error"]))
        costs = _object(data.get("costs"))
        message = str(status.get("message") or "") if isinstance(status, dict) else ""
        if STATES[name] in ("rejected", "canceled") and messages:
            message = "; ".join(dict.fromkeys([message, *messages] if message else messages))
        return PrintJob(
            job_id=str(job_id),
            external_id=str(data.get("external_id") or ""),
            state=STATES[name],
            raw_status=name,
            message=message[:1000],
            tracking_numbers=tuple(tracking_ids),
            tracking_urls=tuple(tracking_urls),
            carrier=", ".join(carriers),
            cost_excl_tax=str(costs.get("total_cost_excl_tax") or ""),
            currency=str(costs.get("currency") or ""),
            line_item_ids=tuple(str(item["id"]) for item in items if item.get("id") is not None),
            call=call,
        )

    def _next_page(self, link: object) -> str | None:
        """The path of Lulu's `next` link, kept on our base URL (never a host the answer names)."""
        if not isinstance(link, str) or not link:
            return None
        parts = urlsplit(link)
        return f"{parts.path}?{parts.query}" if parts.query else parts.path

    # -- requests ------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        what: str,
        payload: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
    ) -> tuple[dict[str, Any], CallRecord]:
        """One authenticated call: a 401 drops the token and tries once more with a fresh one."""
        watch = Stopwatch()
        response = self._send(method, path, payload=payload, params=params, token=self._access_token())
        if response.status_code == 401:
            self._forget_token()
            response = self._send(method, path, payload=payload, params=params, token=self._access_token())
        if not response.is_success:
            raise self._error(response, what)
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise ProviderOutputError(f"lulu answered the {what} with no JSON object", provider=self.name)
        call = CallRecord(
            provider=self.name,
            prompt=f"{method} {path.split('?')[0]} ({what})",
            duration_ms=watch.elapsed_ms,
            details={"sandbox": self.sandbox},
        )
        return answer, call

    def _send(
        self,
        method: str,
        path: str,
        *,
        token: str,
        payload: dict[str, Any] | None,
        params: dict[str, Any] | None,
    ) -> httpx.Response:
        with mapped_http_errors(self.name):
            return self._client.request(
                method,
                f"{self.base_url}{path}",
                json=payload,
                params=params,
                headers={"authorization": f"Bearer {token}", "cache-control": "no-cache"},
            )

    def _access_token(self) -> str:
        with self._token_lock:
            if self._token is not None and time.monotonic() < self._token[1]:
                return self._token[0]
            basic = base64.b64encode(f"{self.client_key}:{self.client_secret}".encode()).decode()
            with mapped_http_errors(self.name):
                response = self._client.post(
                    f"{self.base_url}{TOKEN_PATH}",
                    data={"grant_type": "client_credentials"},
                    headers={"authorization": f"Basic {basic}"},
                )
            if response.status_code in (400, 401, 403):
                raise ProviderAuthError(
                    f"lulu refused the client key and secret (HTTP {response.status_code}); check "
                    "LULU_CLIENT_KEY and LULU_CLIENT_SECRET, and that LULU_API_URL is the environment "
                    "(sandbox or production) they were made for",
                    provider=self.name,
                    status=response.status_code,
                )
            if not response.is_success:
                raise error_for_status(self.name, response, "the token endpoint failed")
            try:
                answer = response.json()
                token = answer["access_token"]
                lifetime = float(answer.get("expires_in") or 300)
            except (ValueError, KeyError, TypeError) as exc:
                raise ProviderOutputError("lulu sent no access token", provider=self.name) from exc
            if not isinstance(token, str) or not token:
                raise ProviderOutputError("lulu sent no access token", provider=self.name)
            margin = min(TOKEN_MARGIN_SECONDS, lifetime / 10)
            self._token = (token, time.monotonic() + lifetime - margin)
            return token

    def _forget_token(self) -> None:
        with self._token_lock:
            self._token = None

    def _error(self, response: httpx.Response, what: str) -> ProviderError:
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = None
        if status in (401, 403):
            detail = body.get("detail") if isinstance(body, dict) else None
            return ProviderAuthError(
                f"lulu refused the {what} (HTTP {status}): {detail or 'not allowed'}; check "
                "LULU_CLIENT_KEY and LULU_CLIENT_SECRET",
                provider=self.name,
                status=status,
            )
        if status in (400, 404, 409, 422) and body is not None:
            problems = "; ".join(_problems(body)) or f"HTTP {status}"
            return ProviderBadRequestError(
                f"lulu refused the {what}: {problems[:600]}", provider=self.name, status=status
            )
        return error_for_status(self.name, response, f"the {what} failed")


def _address(address: ShippingAddress) -> dict[str, str]:
    """The address as Lulu reads it, without the empty optional parts."""
    fields = {
        "name": address.name,
        "street1": address.street1,
        "street2": address.street2,
        "city": address.city,
        "postcode": address.postcode,
        "state_code": address.state_code,
        "country_code": address.country_code.upper(),
        "phone_number": address.phone_number,
        "email": address.email,
    }
    return {key: value for key, value in fields.items() if value}


def _problems(body: object, path: str = "") -> list[str]:
    """Lulu's 400 body as readable lines: `{"field": ["message"]}`, nested objects, and the address
    check's `{"shipping_address": {"detail": {"errors": [{"path", "message"}]}}}`."""
    if isinstance(body, str):
        return [f"{path}: {body}" if path else body]
    if isinstance(body, list):
        return [line for item in body for line in _problems(item, path)]
    if not isinstance(body, dict):
        return [f"{path}: {body}"] if path else []
    if isinstance(body.get("message"), str):
        where = str(body.get("path") or path)
        return [f"{where}: {body['message']}" if where else body["message"]]
    lines: list[str] = []
    for key, value in body.items():
        if key in ("suggested_address", "warnings"):
            continue
        inner = (
            path if key in ("detail", "errors", "non_field_errors") else (f"{path}.{key}" if path else key)
        )
        lines += _problems(value, inner)
    return lines


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _usd(job: PrintJob) -> float:
    if job.currency.upper() != "USD" or not job.cost_excl_tax:
        return 0.0
    try:
        return float(job.cost_excl_tax)
    except ValueError:
        return 0.0


def _numeric(job_id: str) -> int:
    return int(job_id) if job_id.isdigit() else -1
