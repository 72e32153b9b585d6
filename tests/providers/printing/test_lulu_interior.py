"""The print PDF made into Lulu's interior: covers out, padded to Lulu's least page count, accepted
by Lulu's interior check."""

from __future__ import annotations

import io

import pikepdf
import pytest

from storyloom.devtools.lulu_emulator import LuluEmulator
from storyloom.providers.printing.base import PrintFormat
from storyloom.providers.printing.lulu import LuluPrintService
from storyloom.render.interior import print_interior
from tests.providers.image.conftest import FakeAPI
from tests.providers.printing.lulu_server import HARDCOVER, PAPERBACK, blank_pdf, host, service
from tests.render.fixtures.book.pdfs import print_pdf


@pytest.mark.parametrize("format", [HARDCOVER, PAPERBACK], ids=["hardcover", "paperback"])
def test_the_print_pdf_without_covers_and_padded_passes_lulus_interior_check(
    lulu: LuluEmulator, fake_api: FakeAPI, format: PrintFormat
) -> None:
    # given the print edition of a short book (cover, 4 story pages, back cover: 12 pages)
    book_pdf = print_pdf(4)
    # when
    interior = print_interior(book_pdf, min_pages=LuluPrintService.minimum_pages(format))
    # then
    with pikepdf.open(io.BytesIO(book_pdf)) as book, pikepdf.open(io.BytesIO(interior)) as inside:
        assert len(book.pages) == 12
        assert len(inside.pages) == {"hardcover": 24, "paperback": 32}[format.binding]
        assert inside.pages[0].Contents.read_bytes() == book.pages[1].Contents.read_bytes()
        boxes = {
            tuple(tuple(float(v) for v in page.obj[name]) for name in ("/MediaBox", "/TrimBox", "/BleedBox"))
            for page in inside.pages
        }
        # every page, the blank ones too, has the print pages' boxes (WeasyPrint's origin is at -9, -9)
        assert boxes == {((-9.0, -9.0, 621.0, 621.0), (0.0, 0.0, 612.0, 612.0), (-9.0, -9.0, 621.0, 621.0))}
    result = service(lulu).validate_interior(format, host(fake_api, "/books/interior.pdf", interior))
    assert (result.state, result.errors, result.page_count) == ("valid", (), len(inside.pages))


def test_an_interior_already_long_enough_is_only_rounded_to_a_multiple_of_4() -> None:
    interior = print_interior(blank_pdf(630, 630, 30), min_pages=24)
    with pikepdf.open(io.BytesIO(interior)) as pdf:
        assert len(pdf.pages) == 28
