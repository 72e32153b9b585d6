"""The PrintService protocol: a service that prints and ships a book made from our PDF files.

The pipeline calls it in this order for one order line: `cover_dimensions` (to size the one-piece
cover), `validate_interior` and `validate_cover` (the service fetches our signed URLs and checks
them), `quote` (the cost shown to the merchant), `create_job` (idempotent by `external_id`, the order
line), then `job_status` (or the service's webhook, read by `parse_webhook`) until the job ships or is
rejected. Every method raises only provider-tree errors (`RetryableProviderError` for network, 429 and
5xx; `TerminalProviderError` subclasses for refusals the merchant must fix)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from storyloom.providers.base import CallRecord
from storyloom.render.book.model import CoverDimensions

Binding = Literal["hardcover", "paperback"]
ShippingLevel = Literal["MAIL", "PRIORITY_MAIL", "GROUND", "EXPEDITED", "EXPRESS"]
JobState = Literal["created", "in_production", "shipped", "rejected", "canceled"]
FileState = Literal["validating", "valid", "invalid"]


@dataclass(frozen=True)
class PrintFormat:
    """A printed edition a merchant sells: trim size, binding, paper; `product_id` is the service's
    own code for it (Lulu's pod_package_id, e.g. "0850X0850FCPRECW080CW444GXX")."""

    key: str  # our stable name, e.g. "hardcover-8.5-square"
    binding: Binding
    trim_width_in: float
    trim_height_in: float
    product_id: str


@dataclass(frozen=True)
class ShippingAddress:
    name: str
    street1: str
    city: str
    postcode: str
    country_code: str
    state_code: str = ""
    street2: str = ""
    phone_number: str = ""
    email: str = ""


@dataclass(frozen=True)
class FileValidation:
    state: FileState
    errors: tuple[str, ...] = ()
    page_count: int | None = None
    call: CallRecord | None = None


@dataclass(frozen=True)
class PrintQuote:
    """What the service charges for one copy shipped to `address` at `shipping_level`."""

    currency: str
    total_cost_excl_tax: str  # decimal strings, as the service sends them
    total_cost_incl_tax: str
    shipping_cost_excl_tax: str = ""
    call: CallRecord | None = None


@dataclass(frozen=True)
class PrintJobRequest:
    external_id: str  # our idempotency key: "<shop>:<order id>:<line item id>"
    title: str
    page_count: int
    format: PrintFormat
    interior_url: str
    cover_url: str
    address: ShippingAddress
    shipping_level: ShippingLevel = "MAIL"
    quantity: int = 1
    contact_email: str = ""


@dataclass(frozen=True)
class PrintJob:
    """A print job as the service last reported it."""

    job_id: str
    external_id: str
    state: JobState
    raw_status: str  # the service's own status name, e.g. "PRODUCTION_DELAYED"
    message: str = ""  # the service's reason for a rejection or cancellation
    tracking_numbers: tuple[str, ...] = ()
    tracking_urls: tuple[str, ...] = ()
    carrier: str = ""
    cost_excl_tax: str = ""
    currency: str = ""
    line_item_ids: tuple[str, ...] = field(default_factory=tuple)
    call: CallRecord | None = None


@runtime_checkable
class PrintService(Protocol):
    """Prints and ships books. Implementations must be safe to call again after a crash:
    `create_job` with an `external_id` that already has a job must return that job, not a new one."""

    @property
    def name(self) -> str: ...

    def cover_dimensions(self, format: PrintFormat, page_count: int) -> CoverDimensions: ...

    def validate_interior(self, format: PrintFormat, url: str) -> FileValidation: ...

    def validate_cover(self, format: PrintFormat, url: str, page_count: int) -> FileValidation: ...

    def quote(
        self, format: PrintFormat, page_count: int, address: ShippingAddress, shipping_level: ShippingLevel
    ) -> PrintQuote: ...

    def create_job(self, request: PrintJobRequest) -> PrintJob: ...

    def find_job(self, external_id: str) -> PrintJob | None: ...

    def job_status(self, job_id: str) -> PrintJob: ...

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> PrintJob:
        """Check the webhook's signature (raise `ProviderAuthError` if it is not the service's) and
        return the job it reports."""
        ...
