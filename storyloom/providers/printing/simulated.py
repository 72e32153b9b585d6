"""A print service that runs in this process: deterministic answers, no network, and failures that can
be switched on (`failure`, or SIMULATED_PRINT_FAILURE): "address" (the service refuses the shipping
address), "file" (it finds the files invalid), "down" (every call fails as a 503 would).

With `fetch` set (a callable that GETs a URL and returns its bytes) it fetches the files it is given,
as a real service does, and checks them: a PDF, the interior's page count, the cover's page size.
Tests and `make shopify-dev` move jobs along with `advance`, and `webhook` makes a signed delivery."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any, ClassVar

from storyloom.errors import ProviderAuthError, ProviderBadRequestError, ProviderServerError
from storyloom.providers.base import CallRecord
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
from storyloom.providers.printing.lulu import MIN_PAGES
from storyloom.render.book.model import CoverDimensions

SIGNATURE_HEADER = "x-simulated-print-signature"
PAGES_PER_INCH = 444
SHIPPING_COST = {
    "MAIL": "3.99",
    "PRIORITY_MAIL": "7.99",
    "GROUND": "6.49",
    "EXPEDITED": "12.99",
    "EXPRESS": "24.99",
}
RAW_STATUS: dict[JobState, str] = {
    "created": "CREATED",
    "in_production": "IN_PRODUCTION",
    "shipped": "SHIPPED",
    "rejected": "REJECTED",
    "canceled": "CANCELED",
}


class AddressRejectedError(ProviderBadRequestError):
    """The service cannot ship to the order's address."""

    code = "PRINT_ADDRESS_REJECTED"


class SimulatedPrintService:
    """Prints nothing and ships nothing, but answers as a print service would, the same way each time."""

    name: ClassVar[str] = "simulated"
    requires_phone: ClassVar[bool] = True  # as Lulu, so the tests mirror it

    def __init__(self, settings: Any) -> None:
        printing = settings.printing
        self.failure: str = printing.simulated_print_failure
        self.webhook_secret = printing.simulated_print_webhook_secret.get_secret_value()
        self.validation_polls = 1  # answers of "validating" before the verdict
        self.fetch: Callable[[str], bytes] | None = None
        self._lock = threading.Lock()
        self._jobs: dict[str, PrintJob] = {}
        self._by_external: dict[str, str] = {}
        self._polls: dict[str, int] = {}
        self.created = 0  # jobs created (not found again): what the tests count

    # helpers
    def _check_up(self, method: str) -> None:
        if self.failure == "down":
            raise ProviderServerError(
                f"the print service is unavailable ({method}: HTTP 503)", provider=self.name, status=503
            )

    def _call(self, prompt: str, **details: Any) -> CallRecord:
        return CallRecord(provider=self.name, prompt=prompt, details=details)

    @staticmethod
    def minimum_pages(format: PrintFormat) -> int:
        """The fewest interior pages printed for `format`: Lulu's, so the tests mirror it."""
        return MIN_PAGES[format.binding]

    # the protocol
    def cover_dimensions(self, format: PrintFormat, page_count: int) -> CoverDimensions:
        self._check_up("cover dimensions")
        spine_in = round(page_count / PAGES_PER_INCH + (0.25 if format.binding == "hardcover" else 0.06), 4)
        wrap_in = 0.75 if format.binding == "hardcover" else 0.125
        width_in = 2 * format.trim_width_in + spine_in + 2 * wrap_in
        height_in = format.trim_height_in + 2 * wrap_in
        return CoverDimensions(
            width_pt=round(width_in * 72, 2),
            height_pt=round(height_in * 72, 2),
            spine_width_pt=round(spine_in * 72, 2),
        )

    def _validate(self, key: str, url: str, check: Callable[[bytes], list[str]]) -> FileValidation:
        key = key.split("?", 1)[0]  # a file is the same file whatever its link's expiry
        with self._lock:
            self._polls[key] = self._polls.get(key, 0) + 1
            polls = self._polls[key]
        if polls <= self.validation_polls:
            return FileValidation(state="validating", call=self._call(f"validate {key}", url_seen=True))
        if self.failure == "file":
            errors: list[str] = ["the file's fonts are not embedded"]
        elif self.fetch is not None:
            try:
                errors = check(self.fetch(url))
            except Exception as error:  # what a service says when it cannot download the file
                errors = [f"the file could not be downloaded: {error}"]
        else:
            errors = [] if url.startswith(("https://", "http://")) else ["the file's URL is not http(s)"]
        state: FileState = "invalid" if errors else "valid"
        return FileValidation(
            state=state, errors=tuple(errors), call=self._call(f"validate {key}", state=state)
        )

    def validate_interior(self, format: PrintFormat, url: str) -> FileValidation:
        self._check_up("validate interior")

        def check(data: bytes) -> list[str]:
            pages, _ = _pdf_pages(data)
            least = self.minimum_pages(format)
            return [] if pages >= least else [f"the interior must have at least {least} pages, not {pages}"]

        return self._validate(f"interior:{url}", url, check)

    def validate_cover(self, format: PrintFormat, url: str, page_count: int) -> FileValidation:
        self._check_up("validate cover")
        expected = self.cover_dimensions(format, page_count)

        def check(data: bytes) -> list[str]:
            pages, size = _pdf_pages(data)
            if pages != 1:
                return [f"the cover must be one page, not {pages}"]
            width, height = size
            if abs(width - expected.width_pt) > 1 or abs(height - expected.height_pt) > 1:
                return [
                    f"the cover is {width:.1f} x {height:.1f} pt; "
                    f"{expected.width_pt} x {expected.height_pt} pt was expected"
                ]
            return []

        return self._validate(f"cover:{url}", url, check)

    def quote(
        self, format: PrintFormat, page_count: int, address: ShippingAddress, shipping_level: ShippingLevel
    ) -> PrintQuote:
        self._check_up("quote")
        self._check_address(address)
        base, per_page = (
            (Decimal("9.50"), Decimal("0.05"))
            if format.binding == "hardcover"
            else (
                Decimal("4.00"),
                Decimal("0.03"),
            )
        )
        shipping = Decimal(SHIPPING_COST[shipping_level])
        excl = base + per_page * page_count + shipping
        incl = (excl * Decimal("1.08")).quantize(Decimal("0.01"))
        return PrintQuote(
            currency="USD",
            total_cost_excl_tax=f"{excl:.2f}",
            total_cost_incl_tax=f"{incl:.2f}",
            shipping_cost_excl_tax=f"{shipping:.2f}",
            call=self._call(f"quote {format.product_id} x{page_count}", cost=f"{excl:.2f}"),
        )

    def _check_address(self, address: ShippingAddress) -> None:
        if self.failure == "address" or not address.street1.strip() or not address.postcode.strip():
            raise AddressRejectedError(
                f"the print service cannot ship to {address.city or 'this address'}, {address.country_code}: "
                "the street or postcode is missing or not deliverable",
                provider=self.name,
            )

    def create_job(self, request: PrintJobRequest) -> PrintJob:
        self._check_up("create print job")
        self._check_address(request.address)
        with self._lock:
            existing = self._by_external.get(request.external_id)
            if existing is not None:
                return self._jobs[existing]
            self.created += 1
            job_id = f"sim-{hashlib.sha256(request.external_id.encode()).hexdigest()[:12]}"
            quote = self.quote(request.format, request.page_count, request.address, request.shipping_level)
            job = PrintJob(
                job_id=job_id,
                external_id=request.external_id,
                state="created",
                raw_status="CREATED",
                cost_excl_tax=quote.total_cost_excl_tax,
                currency=quote.currency,
                call=self._call(f"print job {request.external_id}", job_id=job_id),
            )
            self._jobs[job_id] = job
            self._by_external[request.external_id] = job_id
        return job

    def find_job(self, external_id: str) -> PrintJob | None:
        self._check_up("find print job")
        with self._lock:
            job_id = self._by_external.get(external_id)
            return self._jobs[job_id] if job_id else None

    def job_status(self, job_id: str) -> PrintJob:
        self._check_up("print job status")
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            raise ProviderBadRequestError(
                f"the print service has no job {job_id}", provider=self.name, status=404
            )
        return job

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> PrintJob:
        given = {k.lower(): v for k, v in headers.items()}.get(SIGNATURE_HEADER, "")
        expected = hmac.new(self.webhook_secret.encode(), body, hashlib.sha256).hexdigest()
        if not given or not hmac.compare_digest(expected, given):
            raise ProviderAuthError("the print webhook's signature is not the service's", provider=self.name)
        try:
            data = json.loads(body)
            return self.job_status(str(data["job_id"]))
        except (ValueError, KeyError, TypeError) as error:
            raise ProviderBadRequestError(
                f"the print webhook's body is not a job: {error}", provider=self.name
            ) from None

    # what the service's own people would do
    def advance(
        self, job_id: str, state: JobState, *, message: str = "", tracking: str = "", carrier: str = "USPS"
    ) -> PrintJob:
        """Move a job to `state` (shipped with `tracking`, rejected with `message`)."""
        with self._lock:
            job = replace(
                self._jobs[job_id],
                state=state,
                raw_status=RAW_STATUS[state],
                message=message,
                tracking_numbers=(tracking,) if tracking else (),
                tracking_urls=(f"https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking}",)
                if tracking
                else (),
                carrier=carrier if tracking else "",
            )
            self._jobs[job_id] = job
        return job

    def webhook(self, job_id: str) -> tuple[dict[str, str], bytes]:
        """The headers and body of the service's webhook about `job_id`, signed."""
        body = json.dumps({"job_id": job_id, "status": self._jobs[job_id].raw_status}).encode()
        signature = hmac.new(self.webhook_secret.encode(), body, hashlib.sha256).hexdigest()
        return {"Content-Type": "application/json", SIGNATURE_HEADER: signature}, body


def _pdf_pages(data: bytes) -> tuple[int, tuple[float, float]]:
    """The page count and the first page's size in points of a PDF (ValueError if it is not one)."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            box = [float(v) for v in pdf.pages[0].mediabox]
            return len(pdf.pages), (box[2] - box[0], box[3] - box[1])
    except pikepdf.PdfError as error:
        raise ValueError(f"not a PDF: {error}") from None
