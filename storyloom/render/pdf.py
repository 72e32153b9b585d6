"""Print-ready and screen PDFs of a book, laid out by WeasyPrint from the shared page HTML and CSS.

Print: trim + 0.125 in bleed on every side, TrimBox and BleedBox on every page (set exactly with
pikepdf after WeasyPrint), illustrations at 300 dpi in the box they fill, fonts embedded, page count
a multiple of 4, optional crop marks and QR codes. Screen: trim only, RGB JPEGs at 150 dpi, a bookmark
per chapter, opened with the bookmarks shown.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pikepdf
import structlog
from PIL import Image
from weasyprint import HTML
from weasyprint.formatting_structure import boxes
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from storyloom.render.book import (
    BLEED_IN,
    CROP_MARK_ROOM_IN,
    DEFAULT_TRIM,
    BookInput,
    BookLayoutError,
    Edition,
    PageModel,
    book_css,
    book_pages,
    render_book_html,
    trim_size,
)
from storyloom.render.book.images import (
    PRINT_DPI,
    SCREEN_DPI,
    box_pixels,
    jpeg_as_is,
    open_rgb,
    prepare_image,
)

log = structlog.get_logger(__name__)

IMAGE_SCHEME = "storyloom-image"
PACKAGE_DIR = Path(__file__).parent
MAX_FIT_PASSES = 4
SHRINK_STEP = 0.9
POINTS_PER_INCH = 72.0


class _BookFetcher(URLFetcher):  # type: ignore[misc]  # weasyprint has no type hints: URLFetcher is Any
    """Serves the book's prepared illustrations and the package's fonts; refuses everything else.
    Without an image cache (the cover, whose pictures come as data URIs) it serves only fonts and data."""

    def __init__(self, images: _ImageCache | None) -> None:
        super().__init__(allowed_protocols={"file", "data", IMAGE_SCHEME}, fail_on_errors=True)
        self.images = images

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        if url.startswith(f"{IMAGE_SCHEME}:") and self.images is not None:
            number, _, name = url.removeprefix(f"{IMAGE_SCHEME}:").partition("/")
            try:
                body = self.images.jpeg(int(number), name)
            except (KeyError, ValueError) as exc:
                raise FatalURLFetchingError(f"no illustration {url!r}: {exc}") from exc
            return URLFetcherResponse(url, body=body, headers={"Content-Type": "image/jpeg"})
        if url.startswith("file:"):
            path = Path(url2pathname(urlsplit(url).path)).resolve()
            if PACKAGE_DIR not in path.parents:
                raise FatalURLFetchingError(f"the book may only load its own files, not {url!r}")
        elif not url.startswith("data:"):
            raise FatalURLFetchingError(f"the book may not load {url!r}")
        return super().fetch(url, headers)


@dataclass
class _ImageCache:
    """Prepares each illustration once per box size, for the current page list. Only the last
    decoded illustration is kept: a book's pictures decoded all at once would take gigabytes."""

    book: BookInput
    dpi: int
    pages: dict[int, PageModel] = field(default_factory=dict)
    _decoded: tuple[str, Image.Image] | None = None
    _prepared: dict[tuple[str, float, float], bytes] = field(default_factory=dict)

    def encoded(self, name: str) -> bytes:
        if name == "cover":
            return self.book.cover_png
        return self.book.page_pngs[int(name.removeprefix("page-")) - 1]

    def source(self, name: str, at_least: tuple[int, int]) -> Image.Image:
        """The illustration decoded, a JPEG at the smallest of its scales that still covers `at_least`
        pixels (a back-cover thumbnail of the print cover decodes a quarter of its pixels)."""
        held = self._decoded
        if held is None or held[0] != name or held[1].width < at_least[0] or held[1].height < at_least[1]:
            self._decoded = held = None
            held = self._decoded = (name, open_rgb(self.encoded(name), name=name, at_least=at_least))
        return held[1]

    def jpeg(self, number: int, name: str) -> bytes:
        page = self.pages[number]
        if page.image != name or page.image_box is None:
            raise KeyError(f"page {number} shows no {name!r}")
        box = page.image_box
        key = (name, round(box.w, 3), round(box.h, 3))
        if key not in self._prepared:
            as_is = jpeg_as_is(self.encoded(name), box, dpi=self.dpi)
            if as_is is None:
                target = box_pixels(box, dpi=self.dpi)
                as_is = prepare_image(self.source(name, target), box, dpi=self.dpi, name=name)
            self._prepared[key] = as_is
        return self._prepared[key]


def _descendants(box: object) -> Iterator[object]:
    yield box
    for child in getattr(box, "children", ()) or ():
        yield from _descendants(child)


def _overflowing(document: object) -> set[str]:
    """Keys (`data-fit`) of boxes whose lines of text or pictures spill out of them once laid out."""
    spilled: set[str] = set()
    for page in document.pages:  # type: ignore[attr-defined]
        for box in _descendants(page._page_box):
            element = getattr(box, "element", None)
            key = element.get("data-fit") if element is not None else None
            if not key or getattr(box, "element_tag", None) is None or not getattr(box, "children", None):
                continue
            top, bottom = box.content_box_y(), box.content_box_y() + box.height  # type: ignore[attr-defined]
            for inner in _descendants(box):
                if not isinstance(inner, boxes.LineBox | boxes.ReplacedBox):
                    continue
                y = inner.border_box_y()
                if y < top - 1.5 or y + inner.border_height() > bottom + 1.5:
                    spilled.add(key)
                    break
    return spilled


def _render(book: BookInput, *, edition: Edition, trim: str, css: str, qr_codes: bool, dpi: int) -> bytes:
    images = _ImageCache(book, dpi)
    fetcher = _BookFetcher(images)
    shrink: dict[str, float] = {}
    for _ in range(MAX_FIT_PASSES):
        pages = book_pages(book, edition=edition, trim=trim, qr_codes=qr_codes, shrink=shrink)
        images.pages = {page.number: page for page in pages}
        html = render_book_html(
            pages,
            image_url=lambda page, name: f"{IMAGE_SCHEME}:{page.number}/{name}",
            title=book.story.title,
            css=css,
        )
        document = HTML(string=html, base_url=PACKAGE_DIR.as_uri() + "/", url_fetcher=fetcher).render()
        spilled = _overflowing(document)
        if not spilled:
            pdf: bytes = document.write_pdf()
            return pdf
        log.info("book text refitted", pages=sorted(spilled))
        for key in spilled:
            shrink[key] = shrink.get(key, 1.0) * SHRINK_STEP
    raise BookLayoutError(f"text does not fit on {', '.join(sorted(spilled))} even after shrinking it")


def _set_boxes(pdf: pikepdf.Pdf, *, outside_trim_pt: float) -> None:
    """TrimBox `outside_trim_pt` inside the MediaBox, BleedBox exactly one bleed around the TrimBox."""
    bleed_pt = BLEED_IN * POINTS_PER_INCH
    for page in pdf.pages:
        x0, y0, x1, y1 = (float(v) for v in page.mediabox)
        trim = [x0 + outside_trim_pt, y0 + outside_trim_pt, x1 - outside_trim_pt, y1 - outside_trim_pt]
        page.obj.TrimBox = pikepdf.Array([round(v, 4) for v in trim])
        bleed = [trim[0] - bleed_pt, trim[1] - bleed_pt, trim[2] + bleed_pt, trim[3] + bleed_pt]
        page.obj.BleedBox = pikepdf.Array([round(v, 4) for v in bleed])
        if "/CropBox" in page.obj:
            del page.obj["/CropBox"]


def _finish(raw: bytes, book: BookInput, *, edition: Edition, outside_trim_pt: float | None) -> bytes:
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        if outside_trim_pt is not None:
            _set_boxes(pdf, outside_trim_pt=outside_trim_pt)
        pdf.Root.Lang = pikepdf.String(book.params.language)
        if edition == "screen":
            pdf.Root.PageMode = pikepdf.Name.UseOutlines
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = book.story.title
            meta["dc:description"] = book.story.description
            meta["dc:language"] = [book.params.language]
            meta["xmp:CreatorTool"] = "Storyloom"
        pdf.docinfo["/Title"] = book.story.title
        pdf.docinfo["/Subject"] = book.story.description
        pdf.docinfo["/Creator"] = "Storyloom"
        out = io.BytesIO()
        pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()


def _quiet_weasyprint() -> None:
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def render_print_pdf(
    book: BookInput, *, trim: str = DEFAULT_TRIM, crop_marks: bool = False, qr_codes: bool = False
) -> bytes:
    """The print-ready PDF: every page trim + bleed, TrimBox/BleedBox set, 300 dpi art, embedded
    fonts, a multiple of 4 pages. `qr_codes` needs `book.reader_url`; crop marks add room outside
    the bleed (most print-on-demand services want them off)."""
    _quiet_weasyprint()
    trim_size(trim)
    started = time.perf_counter()
    css = book_css(trim, edition="print", crop_marks=crop_marks)
    raw = _render(book, edition="print", trim=trim, css=css, qr_codes=qr_codes, dpi=PRINT_DPI)
    outside = (BLEED_IN + (CROP_MARK_ROOM_IN if crop_marks else 0.0)) * POINTS_PER_INCH
    pdf = _finish(raw, book, edition="print", outside_trim_pt=outside)
    log.info("print pdf rendered", trim=trim, bytes=len(pdf), seconds=round(time.perf_counter() - started, 2))
    return pdf


def render_screen_pdf(book: BookInput, *, trim: str = DEFAULT_TRIM) -> bytes:
    """The light PDF for phones and tablets: trim-sized pages, 150 dpi JPEGs, a bookmark per chapter."""
    _quiet_weasyprint()
    started = time.perf_counter()
    css = book_css(trim, edition="screen")
    raw = _render(book, edition="screen", trim=trim, css=css, qr_codes=False, dpi=SCREEN_DPI)
    pdf = _finish(raw, book, edition="screen", outside_trim_pt=None)
    log.info(
        "screen pdf rendered", trim=trim, bytes=len(pdf), seconds=round(time.perf_counter() - started, 2)
    )
    return pdf


def expected_boxes(trim: str, *, crop_marks: bool = False) -> Mapping[str, tuple[float, float, float, float]]:
    """The MediaBox, BleedBox and TrimBox (points, origin at the MediaBox corner) a print page must have."""
    size = trim_size(trim)
    outside = (BLEED_IN + (CROP_MARK_ROOM_IN if crop_marks else 0.0)) * POINTS_PER_INCH
    width = size.width_in * POINTS_PER_INCH + 2 * outside
    height = size.height_in * POINTS_PER_INCH + 2 * outside
    bleed = BLEED_IN * POINTS_PER_INCH
    return {
        "MediaBox": (0.0, 0.0, width, height),
        "BleedBox": (outside - bleed, outside - bleed, width - outside + bleed, height - outside + bleed),
        "TrimBox": (outside, outside, width - outside, height - outside),
    }
