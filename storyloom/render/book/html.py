"""The book as HTML and CSS: one page template and one stylesheet shared by the PDFs and the web reader.

The web reader shows a page with `book_css(trim, font_url=...)` in a <style> element and
`render_page_html(page, image_url=...)` in the body: a `.page` element exactly the trim's size in
inches, which the reader may scale with a CSS transform. The PDFs add `@page` rules for their edition.
"""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from pathlib import Path

import qrcode
import qrcode.image.svg
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from storyloom.render.book.fonts import font_face_css
from storyloom.render.book.layout import WAVE_IN
from storyloom.render.book.model import BLEED_IN, Edition, PageModel, trim_size

PACKAGE_DIR = Path(__file__).parent
CSS_FILE = PACKAGE_DIR / "book.css"
CROP_MARK_ROOM_IN = 0.375
"""Extra room outside the bleed for crop marks, so the marks never touch the artwork."""


def _rgba(colour: str, alpha: float) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


@lru_cache(maxsize=256)
def qr_data_uri(url: str, *, dpi: int | None = None, size_in: float = 0.62) -> str:
    """A QR code for `url` as a data URI: vector SVG by default; with `dpi`, a 1-bit PNG whose modules
    are whole pixels at that resolution for `size_in` inches (fast for WeasyPrint, sharp in print)."""
    code = qrcode.QRCode(border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(url)
    code.make(fit=True)
    buffer = io.BytesIO()
    if dpi is None:
        code.make_image(image_factory=qrcode.image.svg.SvgPathFillImage).save(buffer)
        return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
    modules = code.modules_count + 2 * code.border
    code.box_size = max(1, math.ceil(size_in * dpi / modules))
    code.make_image().get_image().convert("1").save(buffer, "PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(PACKAGE_DIR / "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["rgba"] = _rgba
    environment.globals.update(bleed_in=BLEED_IN, wave_in=WAVE_IN, qr_data_uri=qr_data_uri)
    return environment


def render_page_html(page: PageModel, *, image_url: Callable[[str], str]) -> str:
    """One page as an HTML fragment (a `<section class="page">`); `image_url` maps an image name
    ("cover", "page-03") to the URL the page should load it from."""
    return _environment().get_template("page.html").render(page=page, image_url=image_url)


def book_css(
    trim: str,
    *,
    edition: Edition = "screen",
    crop_marks: bool = False,
    font_url: Callable[[str], str] | None = None,
) -> str:
    """The stylesheet for pages of `trim`: @font-face rules for the bundled fonts, @page rules for
    the edition, then the shared page styles. `font_url` maps a font file name to its URL (the
    default is a file:// URL into the package, which WeasyPrint reads; the web must pass its own)."""
    size = trim_size(trim)
    if edition == "print":
        bleed = BLEED_IN + (CROP_MARK_ROOM_IN if crop_marks else 0.0)
        marks = "crop" if crop_marks else "none"
        page_rule = f"bleed: {bleed}in; marks: {marks};"
    else:
        page_rule = ""
    prelude = f"""{font_face_css(font_url)}
@page {{ size: {size.width_in:.4f}in {size.height_in:.4f}in; margin: 0; {page_rule} background: white; }}
:root {{ --trim-width: {size.width_in:.4f}in; --trim-height: {size.height_in:.4f}in; --bleed: {BLEED_IN}in; }}
"""
    return prelude + CSS_FILE.read_text(encoding="utf-8")


def render_book_html(
    pages: Sequence[PageModel],
    *,
    image_url: Callable[[PageModel, str], str],
    title: str,
    css: str,
) -> str:
    """The whole book as one HTML document (what WeasyPrint lays out), its stylesheet inlined."""
    sections = [
        Markup(render_page_html(page, image_url=lambda name, page=page: image_url(page, name)))  # type: ignore[misc]
        for page in pages
    ]
    edition = pages[0].edition if pages else "screen"
    language = pages[0].language if pages else "en"
    return (
        _environment()
        .get_template("book.html")
        .render(sections=sections, css=Markup(css), title=title, edition=edition, language=language)
    )
