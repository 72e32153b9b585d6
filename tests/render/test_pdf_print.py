"""The print edition, read back as a printer's preflight would: boxes, resolution, fonts, text, pixels."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pikepdf
import pytest
import zxingcpp
from PIL import Image

from storyloom.render.book import BLEED_IN, SAFETY_IN, book_pages
from storyloom.render.pdf import expected_boxes
from tests.render.fixtures.book import make_book
from tests.render.fixtures.book.inspect import (
    all_text,
    embedded_fonts,
    ink_spread,
    page_text,
    placed_images,
    rasterize,
    words_of,
    words_with_boxes,
)
from tests.render.fixtures.book.pdfs import print_pdf

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="module")
def default_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("print") / "book-print.pdf"
    path.write_bytes(print_pdf())
    return path


def _relative(box: pikepdf.Array, origin: tuple[float, float]) -> tuple[float, ...]:
    """The box in points from the MediaBox's corner, to the nearest 0.1 pt (WeasyPrint rounds A4)."""
    x0, y0, x1, y1 = (float(v) for v in box)
    return tuple(round(v, 1) for v in (x0 - origin[0], y0 - origin[1], x1 - origin[0], y1 - origin[1]))


def _check_boxes(pdf: pikepdf.Pdf, trim: str, *, crop_marks: bool = False) -> None:
    expected = {
        name: tuple(round(v, 1) for v in box)
        for name, box in expected_boxes(trim, crop_marks=crop_marks).items()
    }
    for number, page in enumerate(pdf.pages, start=1):
        media = page.obj.MediaBox
        origin = (float(media[0]), float(media[1]))
        found = {
            name: _relative(page.obj[f"/{name}"], origin) for name in ("MediaBox", "BleedBox", "TrimBox")
        }
        assert found == expected, f"page {number}"


def test_print_page_count_is_the_book_padded_to_a_multiple_of_4(default_pdf: Path) -> None:
    with pikepdf.open(default_pdf) as pdf:
        # cover, title, 12 story pages, moral, learning, back cover = 17, padded with 3
        assert len(pdf.pages) == 20


def test_every_print_page_has_its_media_bleed_and_trim_boxes(default_pdf: Path) -> None:
    with pikepdf.open(default_pdf) as pdf:
        _check_boxes(pdf, "8.5x8.5")
        first = pdf.pages[0].obj
        assert _relative(first.TrimBox, (float(first.MediaBox[0]), float(first.MediaBox[1]))) == (
            9.0,
            9.0,
            621.0,
            621.0,
        )


def test_every_font_is_embedded_and_is_one_of_the_bundled_faces(default_pdf: Path) -> None:
    with pikepdf.open(default_pdf) as pdf:
        fonts = embedded_fonts(pdf)

    assert fonts and all(fonts.values()), fonts
    assert {name.split("+", 1)[1] for name in fonts} == {
        "Storyloom-Body",
        "Storyloom-Body-Bold",
        "Storyloom-Body-Italic",
        "Storyloom-Display-Bold",
    }


def test_every_illustration_prints_at_300_dpi_or_more(default_pdf: Path) -> None:
    with pikepdf.open(default_pdf) as pdf:
        images = placed_images(pdf)

    # twelve page illustrations and the cover on the cover, the title page and the back cover
    pictures = [image for image in images if image.width_px > 500]
    qr_codes = [image for image in images if image.width_px <= 500]
    assert (len(pictures), len(qr_codes)) == (15, 13)
    assert min(image.effective_dpi for image in images) >= 299.5
    assert {image.colour_space for image in images} == {"/DeviceRGB"}
    full_bleed = [image for image in images if image.page == 1]
    assert [(image.width_px, round(image.shown_width_in, 3)) for image in full_bleed] == [(2625, 8.75)]


def test_every_word_sits_inside_the_safety_margin(default_pdf: Path) -> None:
    sizes, words = words_with_boxes(default_pdf)
    limit = (BLEED_IN + SAFETY_IN) * 72

    assert len(sizes) == 20 and len(words) > 400
    outside = [
        (word.page, word.text)
        for word in words
        if min(word.x_min, word.y_min) < limit
        or word.x_max > sizes[word.page - 1][0] - limit
        or word.y_max > sizes[word.page - 1][1] - limit
    ]
    assert outside == []


def test_the_text_of_every_page_is_there_in_reading_order(default_pdf: Path) -> None:
    book = make_book(12)
    pages = book_pages(book, edition="print", qr_codes=True)

    for page in pages:
        if page.kind == "story":
            expected = words_of(page.paragraphs[0])
            assert expected in " ".join(page_text(default_pdf, page.number).split()), page.number
    text = " ".join(all_text(default_pdf).split())
    positions = [text.index(words_of(chapter.text)) for chapter in book.story.chapters]
    assert positions == sorted(positions)
    assert text.index("This book belongs to") < text.index("Written for Zoë") < positions[0]
    assert positions[-1] < text.index("The End") < text.index("New words") < text.index("Made with Storyloom")
    assert "For Zoë, José, Łucja and Ngọc, who always find the way home together." in text


def test_no_rendered_page_is_blank_and_one_is_kept_for_a_person(default_pdf: Path, tmp_path: Path) -> None:
    pngs = rasterize(default_pdf, tmp_path / "pages", dpi=12)

    assert len(pngs) == 20
    assert [png.name for png in pngs if ink_spread(png) < 2.0] == []
    ARTIFACTS.mkdir(exist_ok=True)
    for number in (1, 5):
        kept = rasterize(default_pdf, tmp_path / f"kept-{number}", dpi=50, first=number, last=number)[0]
        shutil.copy(kept, ARTIFACTS / f"book-print-page-{number:02d}.png")
    assert (ARTIFACTS / "book-print-page-05.png").stat().st_size > 10_000


def test_the_qr_codes_open_each_page_in_the_web_reader(default_pdf: Path, tmp_path: Path) -> None:
    pages = book_pages(make_book(12), edition="print", qr_codes=True)
    checked = [page for page in pages if page.kind == "story"][:3] + [pages[-1]]

    found = []
    for page in checked:
        png = rasterize(
            default_pdf, tmp_path / f"qr-{page.number}", dpi=150, first=page.number, last=page.number
        )[0]
        with Image.open(png) as image:
            found.append([code.text for code in zxingcpp.read_barcodes(image)])

    reader = "https://books.example.com/stories/st_demo"
    assert found == [[f"{reader}#page-1"], [f"{reader}#page-2"], [f"{reader}#page-3"], [reader]]


@pytest.mark.parametrize("trim", ["8x10", "8.25x8.25", "a4"], ids=["8x10", "8.25x8.25", "a4"])
def test_other_trims_keep_boxes_and_300_dpi(trim: str) -> None:
    with pikepdf.open(io.BytesIO(print_pdf(8, trim=trim, qr_codes=False))) as pdf:
        assert len(pdf.pages) == 16
        _check_boxes(pdf, trim)
        assert min(image.effective_dpi for image in placed_images(pdf)) >= 299.5


def test_crop_marks_sit_outside_the_bleed_and_the_boxes_say_where_to_cut(tmp_path: Path) -> None:
    path = tmp_path / "marked.pdf"
    path.write_bytes(print_pdf(8, crop_marks=True, qr_codes=False))

    with pikepdf.open(path) as pdf:
        _check_boxes(pdf, "8.5x8.5", crop_marks=True)
    png = rasterize(path, tmp_path / "marked", dpi=72, first=1, last=1)[0]
    with Image.open(png) as image:
        grey = image.convert("L")
        # the horizontal mark at the trim line in the top-left corner, 0.5 in from the media edge
        mark = grey.crop((0, 34, 18, 38))
        artwork_margin = grey.crop((19, 19, 26, 26))
        assert mark.getextrema()[0] < 220
        assert artwork_margin.getextrema()[0] > 200  # white between the marks and the bleed
