"""The local Lulu Print API for the adapter's tests (storyloom.devtools.lulu_emulator, which `make
shopify-dev` starts too), a file host serving the PDFs Lulu is asked to fetch, and the products."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pikepdf
import pytest

from storyloom.config import PrintSettings, Settings
from storyloom.devtools.lulu_emulator import LuluEmulator
from storyloom.providers.printing.base import PrintFormat, ShippingAddress
from storyloom.providers.printing.lulu import LuluPrintService
from tests.providers.image.conftest import FakeAPI, Reply

HARDCOVER = PrintFormat("hardcover-8.5-square", "hardcover", 8.5, 8.5, "0850X0850FCPRECW080CW444GXX")
PAPERBACK = PrintFormat("paperback-8.5-square", "paperback", 8.5, 8.5, "0850X0850FCSTDPB080CW444GXX")
ADDRESS = ShippingAddress(
    name="Ada Lovelace",
    street1="101 Independence Ave SE",
    city="Washington",
    postcode="20540",
    country_code="US",
    state_code="DC",
    phone_number="+1 206 555 0100",
    email="ada@example.com",
)


@pytest.fixture
def lulu() -> Iterator[LuluEmulator]:
    emulator = LuluEmulator().start()
    yield emulator
    emulator.stop()


def service(emulator: LuluEmulator | str, **values: Any) -> LuluPrintService:
    """The adapter pointed at `emulator` with its credentials (override any PrintSettings field)."""
    env = LuluEmulator(url=emulator).env() if isinstance(emulator, str) else emulator.env()
    fields: dict[str, Any] = {
        "lulu_client_key": env["LULU_CLIENT_KEY"],
        "lulu_client_secret": env["LULU_CLIENT_SECRET"],
        "lulu_api_url": env["LULU_API_URL"],
        "lulu_timeout_seconds": 5.0,
        "lulu_validation_wait_seconds": 5.0,
        **values,
    }
    adapter = LuluPrintService(Settings(printing=PrintSettings(**fields)))
    adapter.poll_interval_seconds = 0.01  # type: ignore[misc]
    return adapter


def blank_pdf(width_pt: float, height_pt: float, pages: int = 1) -> bytes:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=(width_pt, height_pt))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def host(files: FakeAPI, path: str, data: bytes) -> str:
    """Serve `data` at `path` on the file host; returns its URL (what a signed link would be)."""
    files.on("GET", path, Reply(200, data, {"content-type": "application/pdf"}))
    return f"{files.url}{path}"
