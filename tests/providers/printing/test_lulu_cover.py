"""The cover the renderer makes from Lulu's cover dimensions is the cover Lulu's check accepts."""

from __future__ import annotations

import pytest

from storyloom.devtools.lulu_emulator import LuluEmulator
from storyloom.providers.printing.base import PrintFormat
from storyloom.render.cover import cover_spread_pdf
from tests.providers.image.conftest import FakeAPI
from tests.providers.printing.lulu_server import HARDCOVER, PAPERBACK, host, service
from tests.render.fixtures.book import make_book


@pytest.mark.parametrize("format", [PAPERBACK, HARDCOVER], ids=["paperback", "hardcover"])
def test_a_cover_sized_by_lulu_passes_lulus_cover_check(
    lulu: LuluEmulator, fake_api: FakeAPI, format: PrintFormat
) -> None:
    # given the dimensions Lulu gives for a 40-page book
    adapter = service(lulu)
    dims = adapter.cover_dimensions(format, 40)
    # when the cover is drawn to them and Lulu fetches it
    url = host(fake_api, "/books/cover.pdf", cover_spread_pdf(make_book(12), dims))
    result = adapter.validate_cover(format, url, 40)
    # then
    assert (result.state, result.errors) == ("valid", ())
