"""The emulated Lulu Print API: tokens, file validations, cost calculations, print jobs, webhooks."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from storyloom.devtools.local_server import Answer, LocalServer, Received
from storyloom.devtools.lulu_emulator.page import ADVANCE_PREFIX, PAGE_PATH, jobs_page
from storyloom.devtools.lulu_emulator.products import (
    JSON,
    check_cover,
    check_interior,
    money,
    product,
    shipping_cost,
    unit_cost,
    web,
)

DEFAULT_KEY = "storyloom-dev-lulu-key"
DEFAULT_SECRET = "storyloom-dev-lulu-secret-0123456789"
TOKEN_PATH = "/auth/realms/glasstree/protocol/openid-connect/token"
REJECTED_POSTCODE = "00000"
"""A postcode the emulated address check refuses, as Lulu refuses an address it cannot deliver to."""
LIFE = ("CREATED", "IN_PRODUCTION", "SHIPPED")


@dataclass
class Fault:
    method: str
    path_prefix: str
    status: int
    body: JSON
    headers: dict[str, str]
    times: int


@dataclass
class LuluEmulator:
    """The emulated Print API; every field may be changed while it runs (under `lock`)."""

    client_key: str = DEFAULT_KEY
    client_secret: str = DEFAULT_SECRET
    token_lifetime: int = 3600
    webhook_url: str = ""
    life: tuple[str, ...] = LIFE
    validation_polls: int = 1  # GETs a file validation answers "still working" before its verdict
    url: str = ""
    received: list[Received] = field(default_factory=list)
    jobs: dict[int, JSON] = field(default_factory=dict)
    webhooks_sent: list[tuple[str, int | str]] = field(default_factory=list)
    webhooks: dict[str, JSON] = field(default_factory=dict)  # subscriptions made through POST /webhooks/
    lock: threading.RLock = field(default_factory=threading.RLock)
    _tokens: dict[str, float] = field(default_factory=dict)
    _validations: dict[str, dict[int, JSON]] = field(default_factory=lambda: {"interior": {}, "cover": {}})
    _faults: list[Fault] = field(default_factory=list)
    _ids: int = 1000
    _server: LocalServer | None = None
    _ticker: threading.Event | None = None

    # -- running -----------------------------------------------------------------------------------

    def start(
        self, host: str = "127.0.0.1", port: int = 0, *, step_seconds: float | None = None
    ) -> LuluEmulator:
        """Serve in a background thread; with `step_seconds`, every live job moves one step that often."""
        self._server = LocalServer(
            lambda request: _answer(self, request), host, port, methods=("GET", "POST", "PATCH")
        ).start()
        self.url = self._server.url
        if step_seconds:
            self._ticker = threading.Event()
            threading.Thread(target=self._tick, args=(step_seconds, self._ticker), daemon=True).start()
        return self

    def env(self) -> dict[str, str]:
        """The settings that point Storyloom at this emulator (LULU_API_URL and the credentials)."""
        return {
            "LULU_API_URL": self.url,
            "LULU_CLIENT_KEY": self.client_key,
            "LULU_CLIENT_SECRET": self.client_secret,
        }

    def stop(self) -> None:
        if self._ticker is not None:
            self._ticker.set()
        if self._server is not None:
            self._server.stop()
            self._server = None

    def _tick(self, seconds: float, stopped: threading.Event) -> None:
        while not stopped.wait(seconds):
            with self.lock:
                live = [
                    job_id for job_id, job in self.jobs.items() if job["status"]["name"] in self.life[:-1]
                ]
            for job_id in live:
                self.advance(job_id)

    # -- scripting ---------------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        path_prefix: str,
        status: int,
        body: JSON | None = None,
        *,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` requests matching `method` and `path_prefix` with this error."""
        with self.lock:
            self._faults.append(
                Fault(method, path_prefix, status, body or {"detail": "error"}, headers or {}, times)
            )

    def expire_tokens(self) -> None:
        """Every token issued so far stops working (as Lulu's do after their lifetime)."""
        with self.lock:
            self._tokens.clear()

    def advance(self, job_id: int | str, to: str | None = None, *, message: str = "") -> JSON:
        """Move a job one step along `life` (or straight `to` a status); a job whose files are wrong
        is rejected with the reason at its first step. Sends the webhook when one is configured."""
        with self.lock:
            job = self.jobs[int(job_id)]
            current = job["status"]["name"]
            items = json.loads(json.dumps(job["line_items"]))
        # the files are fetched without the lock: the server that serves them may call this API
        problems = self._file_problems(items) if to is None and current == "CREATED" else []
        with self.lock:
            if to is None:
                if problems:
                    to, message = "REJECTED", "; ".join(problems)
                elif current in self.life[:-1]:
                    to = self.life[self.life.index(current) + 1]
                else:
                    return job
            self._set_status(job, to, message)
            snapshot: dict[str, Any] = json.loads(json.dumps(job))
        self._send_webhook(snapshot)
        return snapshot

    def signature(self, body: bytes) -> str:
        """The `Lulu-HMAC-SHA256` header Lulu puts on a webhook body."""
        return hmac.new(self.client_secret.encode(), body, hashlib.sha256).hexdigest()

    def requests_to(self, method: str, path: str) -> list[Received]:
        return [r for r in self.received if r.method == method and r.path.split("?")[0] == path]

    # -- the API -----------------------------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, JSON, dict[str, str]]:
        with self.lock:
            self.received.append(Received(method, target, headers, body))
            path = urlsplit(target).path
            for fault in self._faults:
                if fault.method == method and path.startswith(fault.path_prefix) and fault.times > 0:
                    fault.times -= 1
                    return fault.status, fault.body, fault.headers
        if method == "POST" and path == TOKEN_PATH:
            return self._token(headers, body)
        if not self._authorised(headers):
            return 401, {"detail": "Authentication credentials were not provided."}, {}
        try:
            payload = json.loads(body) if body else {}
        except ValueError:
            return 400, {"detail": "JSON parse error"}, {}
        query = {k: v[-1] for k, v in parse_qs(urlsplit(target).query).items()}
        routes: list[tuple[str, str, Callable[..., tuple[int, JSON]]]] = [
            ("POST", r"/cover-dimensions/", self._cover_dimensions),
            ("POST", r"/validate-interior/", lambda p: self._start_validation("interior", p)),
            ("GET", r"/validate-interior/(\d+)/", lambda p, i: self._read_validation("interior", i)),
            ("POST", r"/validate-cover/", lambda p: self._start_validation("cover", p)),
            ("GET", r"/validate-cover/(\d+)/", lambda p, i: self._read_validation("cover", i)),
            ("POST", r"/print-job-cost-calculations/", self._cost),
            ("POST", r"/print-jobs/", self._create_job),
            ("GET", r"/print-jobs/", lambda p: self._list_jobs(query)),
            ("GET", r"/print-jobs/(\d+)/", lambda p, i: self._read_job(i)),
            ("GET", r"/print-jobs/(\d+)/status/", lambda p, i: self._read_status(i)),
            ("GET", r"/webhooks/", lambda p: self._list_webhooks()),
            ("POST", r"/webhooks/", self._subscribe),
            ("PATCH", r"/webhooks/([0-9a-f-]+)/", self._update_webhook),
        ]
        for route_method, pattern, handler in routes:
            match = re.fullmatch(pattern, path)
            if route_method == method and match:
                status, answer = handler(payload, *match.groups())
                return status, answer, {}
        return 404, {"detail": "Not found."}, {}

    def _token(self, headers: dict[str, str], body: bytes) -> tuple[int, JSON, dict[str, str]]:
        form = {k: v[-1] for k, v in parse_qs(body.decode("latin-1")).items()}
        if form.get("grant_type") != "client_credentials":
            return 400, {"error": "unsupported_grant_type", "error_description": "Unsupported grant_type"}, {}
        expected = base64.b64encode(f"{self.client_key}:{self.client_secret}".encode()).decode()
        if not hmac.compare_digest(headers.get("authorization", "").encode(), f"Basic {expected}".encode()):
            return 401, {"error": "unauthorized_client", "error_description": "Invalid client secret"}, {}
        token = secrets.token_urlsafe(32)
        with self.lock:
            self._tokens[token] = time.monotonic() + self.token_lifetime
        return (
            200,
            {
                "access_token": token,
                "expires_in": self.token_lifetime,
                "refresh_expires_in": 0,
                "token_type": "Bearer",
                "not-before-policy": 0,
                "scope": "profile email",
            },
            {},
        )

    def _authorised(self, headers: dict[str, str]) -> bool:
        token = headers.get("authorization", "").removeprefix("Bearer ").strip()
        with self.lock:
            expires = self._tokens.get(token)
        return expires is not None and time.monotonic() < expires

    def _cover_dimensions(self, payload: JSON) -> tuple[int, JSON]:
        errors = _required(payload, ("pod_package_id", "interior_page_count"))
        found = product(str(payload.get("pod_package_id", "")))
        if not errors and found is None:
            errors["pod_package_id"] = ["Invalid pod_package_id."]
        if errors:
            return 400, errors
        assert found is not None
        width, height = found.cover_pt(int(payload["interior_page_count"]))
        unit = payload.get("unit", "pt")
        scale = {"pt": 1.0, "inch": 1 / 72, "mm": 25.4 / 72}.get(unit)
        if scale is None:
            return 400, {"unit": [f'"{unit}" is not a valid choice.']}
        return 201, {"width": f"{width * scale:.3f}", "height": f"{height * scale:.3f}", "unit": unit}

    def _start_validation(self, kind: str, payload: JSON) -> tuple[int, JSON]:
        needed = (
            ("source_url",) if kind == "interior" else ("source_url", "pod_package_id", "interior_page_count")
        )
        errors = _required(payload, needed)
        if errors:
            return 400, errors
        with self.lock:
            self._ids += 1
            record: JSON = {
                "id": self._ids,
                "source_url": payload["source_url"],
                "errors": None,
                "status": "VALIDATING" if kind == "interior" else "NORMALIZING",
                "_request": payload,
                "_polls": 0,
            }
            if kind == "interior":
                record.update(page_count=None, valid_pod_package_ids=None)
            self._validations[kind][self._ids] = record
        return 201, _public(record)

    def _read_validation(self, kind: str, validation_id: str) -> tuple[int, JSON]:
        with self.lock:
            record = self._validations[kind].get(int(validation_id))
            if record is None:
                return 404, {"detail": "Not found."}
            record["_polls"] += 1
            if record["_polls"] < self.validation_polls or record["status"] not in (
                "VALIDATING",
                "NORMALIZING",
            ):
                return 200, _public(record)
            request = dict(record["_request"])
        if kind == "interior":
            problems, pages = check_interior(request["source_url"], str(request.get("pod_package_id", "")))
        else:
            problems = check_cover(
                request["source_url"], str(request["pod_package_id"]), int(request["interior_page_count"])
            )
            pages = None
        with self.lock:
            if problems:
                record.update(status="ERROR", errors=problems)
            else:
                record["status"] = "VALIDATED" if kind == "interior" else "NORMALIZED"
            if kind == "interior":
                record["page_count"] = None if pages is None else str(pages)  # a string in Lulu's schema
                if not problems and request.get("pod_package_id"):
                    record["valid_pod_package_ids"] = [request["pod_package_id"]]
            return 200, _public(record)

    def _cost(self, payload: JSON) -> tuple[int, JSON]:
        errors = _required(payload, ("line_items", "shipping_address", "shipping_option"))
        errors.update(_address_errors(payload.get("shipping_address")))
        if errors:
            return 400, errors
        lines: list[JSON] = []
        for item in payload["line_items"]:
            if product(str(item.get("pod_package_id", ""))) is None:
                return 400, {"line_items": [{"pod_package_id": ["Invalid pod_package_id."]}]}
            unit = unit_cost(str(item["pod_package_id"]), int(item["page_count"]))
            total = unit * int(item["quantity"])
            lines.append(
                {
                    "cost_excl_discounts": f"{unit:.2f}",
                    "cost_excl_tax": f"{unit:.2f}",
                    "discounts": [],
                    "quantity": int(item["quantity"]),
                    "tax_rate": "0.000000",
                    "total_cost_excl_discounts": f"{total:.2f}",
                    "total_cost_excl_tax": f"{total:.2f}",
                    "total_cost_incl_tax": f"{total:.2f}",
                    "total_tax": "0.00",
                    "unit_tier_cost": None,
                }
            )
        shipping = shipping_cost(str(payload["shipping_option"]))
        total = sum(float(line["total_cost_excl_tax"]) for line in lines) + shipping
        return 201, {
            "shipping_address": payload["shipping_address"],
            "currency": "USD",
            "line_item_costs": lines,
            "shipping_cost": money(shipping),
            "total_cost_excl_tax": f"{total:.2f}",
            "total_cost_incl_tax": f"{total:.2f}",
            "total_discount_amount": "0.00",
            "total_tax": "0.00",
            "fees": [],
        }

    def _create_job(self, payload: JSON) -> tuple[int, JSON]:
        errors = _required(payload, ("line_items", "shipping_address", "shipping_level", "contact_email"))
        errors.update(_address_errors(payload.get("shipping_address")))
        if not errors:
            for item in payload["line_items"]:
                normalization = item.get("printable_normalization") or {}
                missing = [
                    part
                    for part in ("interior", "cover")
                    if not (normalization.get(part) or {}).get("source_url")
                ]
                if missing or product(str(normalization.get("pod_package_id", ""))) is None:
                    errors["line_items"] = [
                        {
                            "printable_normalization": [
                                "interior, cover and a valid pod_package_id are required."
                            ]
                        }
                    ]
        if errors:
            return 400, errors
        now = _now()
        with self.lock:
            self._ids += 1
            job_id = self._ids
            items = []
            for item in payload["line_items"]:
                self._ids += 1
                normalization = item["printable_normalization"]
                items.append(
                    {
                        "id": self._ids,
                        "external_id": item.get("external_id"),
                        "title": item.get("title", ""),
                        "quantity": int(item.get("quantity", 1)),
                        "printable_id": None,
                        "printable_normalization": {
                            "pod_package_id": normalization["pod_package_id"],
                            "interior": {
                                "source_url": normalization["interior"]["source_url"],
                                "job_id": None,
                            },
                            "cover": {"source_url": normalization["cover"]["source_url"], "job_id": None},
                        },
                        "status": {
                            "name": "CREATED",
                            "messages": {"info": "Line-item is currently being validated"},
                        },
                        "tracking_id": None,
                        "tracking_urls": [],
                        "carrier_name": None,
                    }
                )
            unit_costs = [
                unit_cost(i["printable_normalization"]["pod_package_id"], 32) * i["quantity"] for i in items
            ]
            shipping = shipping_cost(str(payload["shipping_level"]))
            total = sum(unit_costs) + shipping
            job: JSON = {
                "id": job_id,
                "external_id": payload.get("external_id"),
                "order_id": str(job_id * 7),
                "contact_email": payload["contact_email"],
                "shipping_address": payload["shipping_address"],
                "shipping_level": payload["shipping_level"],
                "shipping_option_level": payload["shipping_level"],
                "production_delay": payload.get("production_delay", 60),
                "production_due_time": None,
                "line_items": items,
                "costs": {
                    "line_item_costs": None,
                    "shipping_cost": money(shipping),
                    "currency": "USD",
                    "total_cost_excl_tax": f"{total:.2f}",
                    "total_cost_incl_tax": f"{total:.2f}",
                    "total_tax": "0.00",
                },
                "estimated_shipping_dates": {
                    "arrival_min": "2026-12-08",
                    "arrival_max": "2026-12-12",
                    "dispatch_min": "2026-12-03",
                    "dispatch_max": "2026-12-04",
                },
                "date_created": now,
                "date_modified": now,
                "status": {
                    "name": "CREATED",
                    "message": "Print-job is currently being validated",
                    "changed": now,
                },
            }
            self.jobs[job_id] = job
            return 201, json.loads(json.dumps(job))

    def _list_jobs(self, query: dict[str, str]) -> tuple[int, JSON]:
        search = query.get("search", "").lower()
        with self.lock:
            found = [
                job
                for job in sorted(self.jobs.values(), key=lambda j: -int(j["id"]))
                if not search
                or search in str(job["id"])
                or search in str(job.get("external_id") or "").lower()
                or any(search in str(item.get("external_id") or "").lower() for item in job["line_items"])
            ]
            page, size = int(query.get("page", 1)), int(query.get("page_size", 100))
            chunk = found[(page - 1) * size : page * size]
            more = page * size < len(found)
            kept = {key: value for key, value in query.items() if key != "page"}

            def link(number: int) -> str:
                return f"{self.url}/print-jobs/?{urlencode({**kept, 'page': number})}"

            return 200, {
                "count": len(found),
                "next": link(page + 1) if more else None,
                "previous": link(page - 1) if page > 1 else None,
                "results": json.loads(json.dumps(chunk)),
            }

    def _read_job(self, job_id: str) -> tuple[int, JSON]:
        with self.lock:
            job = self.jobs.get(int(job_id))
            return (200, json.loads(json.dumps(job))) if job else (404, {"detail": "Not found."})

    def _read_status(self, job_id: str) -> tuple[int, JSON]:
        with self.lock:
            job = self.jobs.get(int(job_id))
            return (200, dict(job["status"])) if job else (404, {"detail": "Not found."})

    def _list_webhooks(self) -> tuple[int, JSON]:
        with self.lock:
            results = [dict(webhook) for webhook in self.webhooks.values()]
        return 200, {"count": len(results), "next": None, "previous": None, "results": results}

    def _subscribe(self, payload: JSON) -> tuple[int, JSON]:
        errors = _required(payload, ("topics", "url"))
        if not errors and not str(payload["url"]).startswith(("http://", "https://")):
            errors["url"] = ["Enter a valid URL."]
        if not errors and any(topic != "PRINT_JOB_STATUS_CHANGED" for topic in payload["topics"]):
            errors["topics"] = ["No matching enum type."]
        with self.lock:
            if not errors and any(w["url"] == payload["url"] for w in self.webhooks.values()):
                errors["url"] = ["webhook with this url already exists."]
            if errors:
                return 400, errors
            webhook = {
                "id": str(uuid.uuid4()),
                "is_active": True,
                "topics": list(payload["topics"]),
                "url": payload["url"],
            }
            self.webhooks[webhook["id"]] = webhook
            return 201, dict(webhook)

    def _update_webhook(self, payload: JSON, webhook_id: str) -> tuple[int, JSON]:
        with self.lock:
            webhook = self.webhooks.get(webhook_id)
            if webhook is None:
                return 404, {"detail": "Not found."}
            webhook.update({k: payload[k] for k in ("topics", "url", "is_active") if k in payload})
            return 200, dict(webhook)

    # -- jobs moving along -------------------------------------------------------------------------

    def _file_problems(self, items: list[JSON]) -> list[str]:
        problems: list[str] = []
        for item in items:
            normalization = item["printable_normalization"]
            package = normalization["pod_package_id"]
            interior_problems, pages = check_interior(normalization["interior"]["source_url"], package)
            problems += [f"interior: {p}" for p in interior_problems]
            if pages:
                problems += [
                    f"cover: {p}" for p in check_cover(normalization["cover"]["source_url"], package, pages)
                ]
        return problems

    def _set_status(self, job: JSON, name: str, message: str) -> None:
        now = _now()
        default = {
            "IN_PRODUCTION": "Print-job submitted to printer",
            "SHIPPED": "All line-items were shipped",
            "REJECTED": "Print-job was rejected",
            "CANCELED": "Print-job was canceled",
        }.get(name, "")
        job["status"] = {"name": name, "message": message or default, "changed": now}
        job["date_modified"] = now
        for item in job["line_items"]:
            if name == "SHIPPED":
                tracking = f"1Z{job['id']:06d}{item['id']:06d}"
                urls = [f"{self.url}/printer-wannabe-tracking/{tracking}"]
                item.update(tracking_id=tracking, tracking_urls=urls, carrier_name="UPS")
                item["status"] = {
                    "name": "SHIPPED",
                    "messages": {"tracking_id": tracking, "tracking_urls": urls, "carrier_name": "UPS"},
                }
            elif name in ("REJECTED", "ERROR"):
                item["status"] = {"name": name, "messages": {"error": message or default}}
            elif name == "IN_PRODUCTION":
                item["status"] = {"name": "IN_PRODUCTION", "messages": {}}

    def _send_webhook(self, job: JSON) -> None:
        with self.lock:
            urls = [self.webhook_url] if self.webhook_url else []
            urls += [w["url"] for w in self.webhooks.values() if w["is_active"] and w["url"] not in urls]
        body = json.dumps({"topic": "PRINT_JOB_STATUS_CHANGED", "data": job}).encode()
        headers = {"content-type": "application/json", "Lulu-HMAC-SHA256": self.signature(body)}
        for url in urls:
            try:
                response = web.post(url, content=body, headers=headers, timeout=10.0)
                outcome: int | str = response.status_code
            except httpx.HTTPError as exc:
                outcome = type(exc).__name__
            with self.lock:
                self.webhooks_sent.append((job["status"]["name"], outcome))


def _required(payload: JSON, names: tuple[str, ...]) -> JSON:
    return {name: ["This field is required."] for name in names if payload.get(name) in (None, "", [])}


def _address_errors(address: object) -> JSON:
    if not isinstance(address, dict):
        return {}
    missing = _required(address, ("street1", "city", "country_code", "postcode", "phone_number"))
    if missing:
        return {"shipping_address": missing}
    if address.get("postcode") == REJECTED_POSTCODE:
        return {
            "shipping_address": {
                "detail": {
                    "errors": [
                        {
                            "type": "validation_error",
                            "code": "INVALID_POSTCODE",
                            "path": "shipping_address.postcode",
                            "message": f"The postcode {REJECTED_POSTCODE} does not exist in "
                            f"{address.get('country_code')}.",
                        }
                    ]
                }
            }
        }
    return {}


def _public(record: JSON) -> JSON:
    return {key: value for key, value in record.items() if not key.startswith("_")}


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _own_page(emulator: LuluEmulator, method: str, path: str) -> tuple[int, str, dict[str, str]]:
    """The developer's page, and its button that moves a job one step (then back to the page)."""
    match = re.fullmatch(re.escape(ADVANCE_PREFIX) + r"(\d+)/advance", path)
    if method == "POST" and match and int(match[1]) in emulator.jobs:
        emulator.advance(match[1])
        return 303, "", {"location": PAGE_PATH}
    if method == "GET" and path == PAGE_PATH:
        return 200, jobs_page(emulator), {}
    return 404, "not found", {}


def _answer(emulator: LuluEmulator, request: Received) -> Answer:
    """The emulator's answer to one HTTP request: its own page, or the API's JSON."""
    path = urlsplit(request.path).path
    if path.startswith(PAGE_PATH):
        status, text, extra = _own_page(emulator, request.method, path)
        payload, content_type = text.encode(), "text/html; charset=utf-8"
    else:
        status, answer, extra = emulator.handle(request.method, request.path, request.headers, request.body)
        payload, content_type = json.dumps(answer).encode(), "application/json"
    return Answer(status, payload, [("content-type", content_type), *extra.items()])
