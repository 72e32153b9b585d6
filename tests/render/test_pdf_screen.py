"""The screen edition: light, RGB, trim-sized, with a bookmark per chapter; and every name's letters."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from storyloom.providers.image.base import SCREEN_SIZE_PX
from storyloom.render.pdf import _overflowing, render_screen_pdf
from storyloom.render.raster import encode
from tests.render.fixtures.book import make_book
from tests.render.fixtures.book.inspect import all_text, embedded_fonts, ink_spread, placed_images, rasterize
from tests.render.fixtures.book.pdfs import screen_pdf

OUR_FONTS = ("Storyloom-Body", "Storyloom-Display", "Storyloom-Fallback")


@pytest.fixture(scope="module")
def screen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("screen") / "book-screen.pdf"
    path.write_bytes(screen_pdf())
    return path


def test_the_screen_edition_is_small_and_unpadded(screen: Path) -> None:
    with pikepdf.open(screen) as pdf:
        assert len(pdf.pages) == 17
        assert {tuple(float(v) for v in page.mediabox) for page in pdf.pages} == {(0.0, 0.0, 612.0, 612.0)}
    assert screen.stat().st_size < 10 * 1024 * 1024


def test_screen_images_are_rgb_jpegs_at_about_150_dpi(screen: Path) -> None:
    with pikepdf.open(screen) as pdf:
        images = placed_images(pdf)

    assert len(images) == 15
    assert {(image.colour_space, image.filter) for image in images} == {("/DeviceRGB", "/DCTDecode")}
    assert all(145 <= image.effective_dpi <= 170 for image in images), [
        round(i.effective_dpi) for i in images
    ]


def test_every_chapter_has_a_bookmark_to_its_page_and_the_reader_opens_them(screen: Path) -> None:
    book = make_book(12)
    with pikepdf.open(screen) as pdf:
        assert pdf.Root.PageMode == pikepdf.Name.UseOutlines
        with pdf.open_outline() as outline:
            entries = [(item.title, pikepdf.Page(item.destination[0]).index) for item in outline.root]

    chapters = [(f"{n}. {c.title}", n + 1) for n, c in enumerate(book.story.chapters, start=1)]
    assert entries == [("Zoë and the Bridge of Friends", 1), *chapters, ("The End", 14), ("New words", 15)]


def test_the_screen_edition_carries_its_metadata(screen: Path) -> None:
    with pikepdf.open(screen) as pdf:
        assert str(pdf.docinfo["/Title"]) == "Zoë and the Bridge of Friends"
        assert str(pdf.Root.Lang) == "en"


def test_the_back_cover_links_to_the_web_reader(screen: Path) -> None:
    with pikepdf.open(screen) as pdf:
        links = [
            str(annotation.A.URI)
            for page in pdf.pages
            for annotation in page.obj.get("/Annots", [])
            if annotation.get("/A") is not None and "/URI" in annotation.A
        ]

    assert links == ["https://books.example.com/stories/st_demo"]


def test_no_screen_page_is_blank(screen: Path, tmp_path: Path) -> None:
    pngs = rasterize(screen, tmp_path / "pages", dpi=12)

    assert [png.name for png in pngs if ink_spread(png) < 2.0] == []


@pytest.mark.parametrize(
    ("child_name", "language", "dedication", "needs_fallback"),
    [
        ("Łucja", "fr", "Pour Łucja, José et Zoë, avec tout notre amour.", False),
        ("Ngọc", "es", "Para Ngọc y su abuela Trần Thị Hằng: ¡buenas noches!", False),
        ("Zoë", "de", "Für Zoë und Σοφία, die größten Entdeckerinnen.", True),
    ],
    ids=["polish-name-in-french", "vietnamese-name-in-spanish", "greek-name-in-german"],
)
def test_names_with_accents_render_with_no_missing_glyphs(
    child_name: str, language: str, dedication: str, needs_fallback: bool
) -> None:
    book = make_book(8, child_name=child_name, language=language, dedication=dedication, image_px=300)

    pdf_bytes = render_screen_pdf(book)

    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        fonts = embedded_fonts(pdf)
    path = Path("names.pdf")
    path.write_bytes(pdf_bytes)
    text = unicodedata.normalize("NFC", " ".join(all_text(path).split()))
    assert all(fonts.values())
    assert all(name.split("+", 1)[1].startswith(OUR_FONTS) for name in fonts), fonts
    assert dedication in text
    assert child_name in text
    assert "\ufffd" not in text
    # Polish and Vietnamese letters come from the main faces; Greek from the bundled Noto Sans
    assert any(name.split("+", 1)[1].startswith("Storyloom-Fallback") for name in fonts) == needs_fallback


def test_a_text_box_whose_content_spills_is_reported_and_one_that_fits_is_not() -> None:
    from weasyprint import HTML

    html = """<div data-fit="tight" style="height: 20px; width: 100px">
      <p>one two three four five six seven eight nine ten eleven twelve</p></div>
      <div data-fit="roomy" style="height: 200px; width: 300px"><p>one two</p></div>"""

    assert _overflowing(HTML(string=html).render()) == {"tight"}


def test_screen_copies_go_into_the_screen_edition_as_they_are() -> None:
    book = make_book(12)

    def copy(png: bytes) -> bytes:
        with Image.open(io.BytesIO(png)) as picture:
            return encode(picture.convert("RGB").resize((SCREEN_SIZE_PX, SCREEN_SIZE_PX)), "screen-jpeg")

    copies = [copy(book.cover_png), *(copy(page) for page in book.page_pngs)]
    pdf = render_screen_pdf(replace(book, cover_png=copies[0], page_pngs=copies[1:]))

    with pikepdf.open(io.BytesIO(pdf)) as document:
        streams = {
            bytes(image.read_raw_bytes()) for page in document.pages for image in page.get_images().values()
        }
    # The cover and the pages whose picture fills the page (1313 px in a 1312.5 px box at 150 dpi)
    # embed the very bytes stored; the band and framed pages crop theirs.
    full_page = [1, 2, 5, 6, 7, 10, 11, 12]
    assert [n for n in range(13) if copies[n] in streams] == [0, *full_page]
