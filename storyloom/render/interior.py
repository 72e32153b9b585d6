"""The interior a print service binds inside a separate one-piece cover, made from the print PDF.

The print PDF opens with the cover and ends with the back cover, which the one-piece cover
(storyloom.render.cover) already carries; a service also wants a least page count (Lulu: 24 for a
hardcover, 32 for a paperback). `print_interior` takes the two cover pages out and adds blank pages
at the end, the size and boxes of the others, up to that count and a multiple of 4.
"""

from __future__ import annotations

import io

import pikepdf

from storyloom.render.book import BookLayoutError

BOX_NAMES = ("/MediaBox", "/TrimBox", "/BleedBox")


def print_interior(print_pdf: bytes, *, min_pages: int = 0, without_covers: bool = True) -> bytes:
    """`print_pdf` (from `render_print_pdf`) as a service's interior: without its first and last
    pages when `without_covers`, then padded with blank pages to at least `min_pages`, a multiple of 4."""
    with pikepdf.open(io.BytesIO(print_pdf)) as pdf:
        if without_covers:
            if len(pdf.pages) < 4:
                raise BookLayoutError(
                    f"a print PDF of {len(pdf.pages)} pages has no interior besides its covers"
                )
            del pdf.pages[-1]
            del pdf.pages[0]
        model = pdf.pages[0].obj
        target = max(min_pages, len(pdf.pages))
        target += -target % 4
        while len(pdf.pages) < target:
            x0, y0, x1, y1 = (float(v) for v in model.MediaBox)
            blank = pdf.add_blank_page(page_size=(x1 - x0, y1 - y0))
            for name in BOX_NAMES:
                if name in model:
                    blank.obj[name] = pikepdf.Array(list(model[name]))
        out = io.BytesIO()
        pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()
