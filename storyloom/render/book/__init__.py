"""The book's layout: input, trim sizes, the ordered page model, and the HTML/CSS that draws it.

`book_pages` decides every page; `render_page_html` and `book_css` draw one page the same way for the
PDFs (storyloom.render.pdf) and for the web reader's page view.
"""

from storyloom.render.book.fonts import FONT_FACES, FONTS_DIR, missing_characters
from storyloom.render.book.html import (
    CROP_MARK_ROOM_IN,
    book_css,
    qr_data_uri,
    render_book_html,
    render_page_html,
)
from storyloom.render.book.layout import book_pages, paragraphs_of
from storyloom.render.book.model import (
    BLEED_IN,
    DEFAULT_TRIM,
    SAFETY_IN,
    TEXT_MARGIN_IN,
    TRIM_SIZES,
    BookInput,
    BookLayoutError,
    Box,
    Edition,
    PageKind,
    PageModel,
    Palette,
    TrimSize,
    trim_size,
)

__all__ = [
    "BLEED_IN",
    "CROP_MARK_ROOM_IN",
    "DEFAULT_TRIM",
    "FONTS_DIR",
    "FONT_FACES",
    "SAFETY_IN",
    "TEXT_MARGIN_IN",
    "TRIM_SIZES",
    "BookInput",
    "BookLayoutError",
    "Box",
    "Edition",
    "PageKind",
    "PageModel",
    "Palette",
    "TrimSize",
    "book_css",
    "book_pages",
    "missing_characters",
    "paragraphs_of",
    "qr_data_uri",
    "render_book_html",
    "render_page_html",
    "trim_size",
]
