"""The one-piece cover a print service binds around the interior: back, spine and front on one page.

Its size is the service's (`CoverDimensions` from the cover-dimensions call, which depends on the
product and the page count): width = edge + back + spine + front + edge, where the edge is the bleed
of a paperback or the turn-in wrap of a casewrap hardcover. The front is the cover picture out to the
edge with the title and "A story for …"; the spine carries the title and the child's name, turned,
only when it is at least a quarter inch wide (thinner spines print no text, as Lulu asks); the back
has a small picture, the blurb (the story's description and its moral) and the brand. Text keeps the
safety margin from every trim line and fold, fonts are the book's own (embedded), pictures are
resampled to 300 dpi for the box they fill, laid out by WeasyPrint like the interior. The front of a
hardcover is wider and taller than the print-size picture (its wrap): `cover_picture_px` says how large
a cover picture must be to fill it at 300 dpi without upscaling.
"""

from __future__ import annotations

import base64
import io
import time
from dataclasses import dataclass
from html import escape

import pikepdf
import structlog
from weasyprint import HTML

from storyloom.render.book import SAFETY_IN, BookInput, BookLayoutError, Box, Palette, missing_characters
from storyloom.render.book.fonts import (
    DISPLAY_FILES,
    font_face_css,
    text_height_in,
    text_width_em,
    wrapped_lines,
)
from storyloom.render.book.images import PRINT_DPI, box_pixels, open_rgb, palette_from, prepare_image
from storyloom.render.book.labels import labels_for
from storyloom.render.book.model import CoverDimensions
from storyloom.render.pdf import PACKAGE_DIR, _BookFetcher, _overflowing, _quiet_weasyprint
from storyloom.render.text_area import cover_text_bottom

log = structlog.get_logger(__name__)

POINTS_PER_INCH = 72.0
SPINE_TEXT_MIN_PT = 18.0
"""Spines narrower than a quarter inch carry no text: it could wander onto the front or the back."""
SPINE_MIN_TEXT_PT = 9.0
"""The smallest spine text worth printing; a longer line is shortened rather than set smaller."""
SPINE_FOLD_GAP_PT = 4.5
"""Room between spine text and each fold (1/16 in)."""
WRAP_HINGE_PT = 9.0
"""Extra room for text on a casewrap cover, whose boards and turn-ins shift a little in binding."""
MAX_FIT_PASSES = 4


@dataclass(frozen=True)
class SpreadGeometry:
    """Where the back, the spine and the front lie on the cover, in points from its top-left corner."""

    width: float
    height: float
    edge: float
    panel_width: float
    panel_height: float
    spine: float
    safety: float

    @property
    def back_x(self) -> float:
        return self.edge

    @property
    def spine_x(self) -> float:
        return self.edge + self.panel_width

    @property
    def front_x(self) -> float:
        return self.spine_x + self.spine

    @property
    def spine_has_text(self) -> bool:
        return self.spine >= SPINE_TEXT_MIN_PT

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        """Back, spine and front without the edges, as a PDF box (origin bottom-left)."""
        return (self.edge, self.edge, self.width - self.edge, self.height - self.edge)


def spread_geometry(dims: CoverDimensions) -> SpreadGeometry:
    """The panels of a cover of `dims`; dimensions that leave no room for two panels are refused."""
    edge = dims.edge_pt
    panel_width = (dims.width_pt - dims.spine_width_pt - 2 * edge) / 2
    panel_height = dims.height_pt - 2 * edge
    if panel_width < 144 or panel_height < 144 or dims.spine_width_pt < 0:
        raise BookLayoutError(
            f"a cover of {dims.width_pt:.1f} x {dims.height_pt:.1f} pt with a {dims.spine_width_pt:.1f} pt "
            f"spine and {edge:.1f} pt edges leaves no room for a back and a front"
        )
    safety = SAFETY_IN * POINTS_PER_INCH + (WRAP_HINGE_PT if edge > 2 * 9.0 else 0.0)
    return SpreadGeometry(
        width=dims.width_pt,
        height=dims.height_pt,
        edge=edge,
        panel_width=panel_width,
        panel_height=panel_height,
        spine=dims.spine_width_pt,
        safety=safety,
    )


def _front_box(g: SpreadGeometry) -> Box:
    """The front picture's box in inches: from the spine fold out over the edge, top to bottom."""
    return Box(0, 0, (g.width - g.front_x) / 72, g.height / 72)


def _vignette_pt(g: SpreadGeometry) -> float:
    return min(g.panel_width * 0.34, g.panel_height * 0.3)


def cover_picture_px(dims: CoverDimensions) -> int:
    """The side of the square cover picture that fills the front (and the back's vignette) of a cover of
    `dims` at 300 dpi without upscaling: more than the print size on a hardcover, whose wrap it covers."""
    g = spread_geometry(dims)
    vignette_in = _vignette_pt(g) / 72
    return max(
        *box_pixels(_front_box(g), dpi=PRINT_DPI),
        *box_pixels(Box(0, 0, vignette_in, vignette_in), dpi=PRINT_DPI),
    )


def cover_spread_pdf(book: BookInput, dims: CoverDimensions) -> bytes:
    """The one-piece print cover of `book`, exactly `dims` in size (one page, TrimBox around back,
    spine and front), with the bundled fonts embedded and the cover picture at 300 dpi."""
    _quiet_weasyprint()
    started = time.perf_counter()
    geometry = spread_geometry(dims)
    texts = _texts(book)
    missing = missing_characters(texts.values()) | missing_characters(texts.values(), DISPLAY_FILES)
    if missing:
        raise BookLayoutError(f"the cover's fonts have no letters for: {' '.join(sorted(missing)[:12])}")
    cover = open_rgb(book.cover_png, name="cover")
    palette = palette_from(cover)
    vignette_pt = _vignette_pt(geometry)
    pictures = {
        "front": _data_uri(prepare_image(cover, _front_box(geometry), dpi=PRINT_DPI, name="cover")),
        "vignette": _data_uri(
            prepare_image(cover, Box(0, 0, vignette_pt / 72, vignette_pt / 72), dpi=PRINT_DPI, name="cover")
        ),
    }
    fetcher = _BookFetcher(None)
    shrink: dict[str, float] = {}
    for _ in range(MAX_FIT_PASSES):
        html = _html(book, geometry, palette, texts, pictures, vignette_pt, shrink)
        document = HTML(string=html, base_url=PACKAGE_DIR.as_uri() + "/", url_fetcher=fetcher).render()
        spilled = _overflowing(document)
        if not spilled:
            pdf = _finish(document.write_pdf(), book, geometry)
            log.info(
                "cover spread rendered",
                width_pt=dims.width_pt,
                spine_pt=dims.spine_width_pt,
                bytes=len(pdf),
                seconds=round(time.perf_counter() - started, 2),
            )
            return pdf
        for key in spilled:
            shrink[key] = shrink.get(key, 1.0) * 0.9
    raise BookLayoutError(f"the cover's text does not fit on {', '.join(sorted(spilled))}")


def _texts(book: BookInput) -> dict[str, str]:
    labels = labels_for(book.params.language, child_name=book.params.child_name)
    return {
        "title": book.story.title,
        "story_for": labels["story_for"],
        "description": book.story.description or book.story.chapters[0].text.split(". ")[0],
        "moral": book.story.moral,
        "brand": labels["made_with"],
        "child": book.params.child_name,
    }


def _display_pt(text: str, width_pt: float, base: float, minimum: float, max_lines: int) -> float:
    size = base
    while size > minimum:
        lines = wrapped_lines([text], font_pt=size, width_in=width_pt / 72 * 0.95, file=DISPLAY_FILES[0])
        if lines <= max_lines:
            return size
        size -= 1
    return minimum


def _body_pt(paragraphs: list[str], width_pt: float, height_pt: float, base: float, minimum: float) -> float:
    size = base
    while (
        size > minimum and text_height_in(paragraphs, font_pt=size, width_in=width_pt / 72) > height_pt / 72
    ):
        size -= 0.5
    return max(size, minimum)


def _html(
    book: BookInput,
    g: SpreadGeometry,
    palette: Palette,
    texts: dict[str, str],
    pictures: dict[str, str],
    vignette_pt: float,
    shrink: dict[str, float],
) -> str:
    scale = g.panel_width / 612  # sizes are designed for an 8.5 in panel
    inner_w = g.panel_width - 2 * g.safety
    inner_h = g.panel_height - 2 * g.safety
    top = g.edge + g.safety
    # the title and "A story for ..." stay together in the top of the front picture, above every character
    front_h = cover_text_bottom(0.0, g.width - g.front_x, g.height) - top - 6 * scale
    title_pt = _display_pt(texts["title"], inner_w - 40, 46 * scale * shrink.get("front", 1.0), 20, 3)
    for_pt = 20 * scale * shrink.get("front", 1.0)
    # back: vignette, title, blurb and moral in a card; the brand under it
    brand_pt = 13 * scale
    card_h = inner_h - brand_pt * 2.4
    back_title_pt = _display_pt(texts["title"], inner_w - 60, 24 * scale * shrink.get("back", 1.0), 13, 3)
    blurb = [texts["description"], texts["moral"]]
    title_h = (
        wrapped_lines([texts["title"]], font_pt=back_title_pt, width_in=(inner_w - 60) / 72)
        * back_title_pt
        * 1.2
    )
    room = card_h - vignette_pt - title_h - 90
    blurb_pt = _body_pt(blurb, inner_w - 60, room, 15 * scale * shrink.get("back", 1.0), 8)
    spine = ""
    if g.spine_has_text:
        length = g.panel_height - 2 * g.safety
        widest = min(16.0, (g.spine - 2 * SPINE_FOLD_GAP_PT) * 0.8)
        # title and name; a title too long to read at a legible size leaves the name out, then stands alone
        for line in (f"{texts['title']}  ·  {texts['child']}", texts["title"], texts["child"]):
            spine_pt = min(widest, (length * 0.94) / max(1.0, text_width_em(line, DISPLAY_FILES[0])))
            if spine_pt >= min(widest, SPINE_MIN_TEXT_PT):
                break
        spine_pt = max(5.0, spine_pt)
        left = g.spine_x + g.spine / 2 - length / 2
        spine = (
            f'<div class="spine-text" data-fit="spine" style="left:{left:.3f}pt;'
            f"top:{g.height / 2 - g.spine / 2:.3f}pt;width:{length:.3f}pt;height:{g.spine:.3f}pt;"
            f'line-height:{g.spine:.3f}pt;font-size:{spine_pt:.2f}pt">{escape(line)}</div>'
        )
    css = f"""{font_face_css()}
@page {{ size: {g.width:.3f}pt {g.height:.3f}pt; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ position: relative; width: {g.width:.3f}pt; height: {g.height:.3f}pt; overflow: hidden;
  font-family: "Storyloom Body", "Storyloom Fallback"; color: {palette.ink}; }}
body > * {{ position: absolute; margin: 0; box-sizing: border-box; }}
.ground {{ left: 0; top: 0; width: {g.width:.3f}pt; height: {g.height:.3f}pt;
  background: linear-gradient(rgba(255,255,255,0.22), rgba(255,255,255,0.04)), {palette.accent}; }}
.spine {{ left: {g.spine_x:.3f}pt; top: 0; width: {g.spine:.3f}pt; height: {g.height:.3f}pt;
  background: {palette.accent_dark}; }}
.front-art {{ left: {g.front_x:.3f}pt; top: 0; width: {g.width - g.front_x:.3f}pt; height: {g.height:.3f}pt;
  display: block; object-fit: cover; }}
.front-text {{ left: {g.front_x + g.safety:.3f}pt; top: {top:.3f}pt; width: {inner_w:.3f}pt;
  height: {front_h:.3f}pt; display: flex; flex-direction: column; justify-content: flex-start;
  align-items: center; }}
h1, .display {{ font-family: "Storyloom Display", "Storyloom Fallback"; font-weight: 700; margin: 0; }}
.title {{ background: {palette.paper}; color: {palette.accent_dark}; border-radius: {23 * scale:.2f}pt;
  padding: {14 * scale:.2f}pt {29 * scale:.2f}pt {19 * scale:.2f}pt; line-height: 1.12; text-align: center;
  max-width: 100%; font-size: {title_pt:.2f}pt; box-shadow: 0 {3.6 * scale:.2f}pt 0 rgba(0,0,0,0.12); }}
.story-for {{ background: {palette.accent}; color: white; font-size: {for_pt:.2f}pt;
  margin-top: {10 * scale:.2f}pt; padding: {8.6 * scale:.2f}pt {30 * scale:.2f}pt {10.8 * scale:.2f}pt;
  border-radius: {21.6 * scale:.2f}pt;
  box-shadow: 0 {3.6 * scale:.2f}pt 0 rgba(0,0,0,0.12); }}
.spine-text {{ color: white; text-align: center; white-space: nowrap; overflow: hidden;
  font-family: "Storyloom Display", "Storyloom Fallback"; font-weight: 700; transform: rotate(90deg); }}
.back-card {{ left: {g.back_x + g.safety:.3f}pt; top: {top:.3f}pt; width: {inner_w:.3f}pt;
  height: {card_h:.3f}pt; background: {palette.paper}; border-radius: {25 * scale:.2f}pt; padding: 30pt;
  display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center;
  box-shadow: 0 {3.6 * scale:.2f}pt 0 rgba(0,0,0,0.12); }}
.vignette {{ width: {vignette_pt:.3f}pt; height: {vignette_pt:.3f}pt; border-radius: 50%;
  border: {6 * scale:.2f}pt solid white; box-sizing: border-box; object-fit: cover; display: block;
  margin-bottom: {14 * scale:.2f}pt; }}
.back-title {{ color: {palette.accent_dark}; font-size: {back_title_pt:.2f}pt; line-height: 1.15;
  margin-bottom: {10 * scale:.2f}pt; }}
.blurb {{ font-size: {blurb_pt:.2f}pt; line-height: 1.4; margin: 0 0 {0.5 * blurb_pt:.2f}pt; }}
.moral {{ font-style: italic; color: {palette.accent_dark}; }}
.brand {{ left: {g.back_x + g.safety:.3f}pt; width: {inner_w:.3f}pt;
  top: {g.height - g.edge - g.safety - brand_pt * 1.5:.3f}pt; height: {brand_pt * 1.5:.3f}pt;
  color: white; font-size: {brand_pt:.2f}pt; text-align: center; line-height: 1.2; }}
"""
    language = escape(book.params.language)
    return f"""<!DOCTYPE html>
<html lang="{language}"><head><meta charset="utf-8"><title>{escape(texts["title"])}</title>
<style>{css}</style></head>
<body>
<div class="ground"></div>
<div class="spine"></div>
{spine}
<img class="front-art" src="{pictures["front"]}" alt="">
<div class="front-text" data-fit="front">
  <h1 class="title">{escape(texts["title"])}</h1>
  <p class="story-for display">{escape(texts["story_for"])}</p>
</div>
<div class="back-card" data-fit="back">
  <img class="vignette" src="{pictures["vignette"]}" alt="">
  <h1 class="back-title">{escape(texts["title"])}</h1>
  <p class="blurb">{escape(texts["description"])}</p>
  <p class="blurb moral">{escape(texts["moral"])}</p>
</div>
<p class="brand display">{escape(texts["brand"])}</p>
</body></html>"""


def _data_uri(jpeg: bytes) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(jpeg).decode("ascii")


def _finish(raw: bytes, book: BookInput, g: SpreadGeometry) -> bytes:
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        if len(pdf.pages) != 1:
            raise BookLayoutError(f"the cover came out as {len(pdf.pages)} pages, not one")
        page = pdf.pages[0]
        x0, y0, x1, y1 = (float(v) for v in page.mediabox)
        if abs((x1 - x0) - g.width) > 0.5 or abs((y1 - y0) - g.height) > 0.5:
            raise BookLayoutError(
                f"the cover is {x1 - x0:.2f} x {y1 - y0:.2f} pt, not {g.width} x {g.height}"
            )
        page.obj.MediaBox = pikepdf.Array([0, 0, round(g.width, 4), round(g.height, 4)])
        page.obj.TrimBox = pikepdf.Array([round(v, 4) for v in g.trim_box])
        page.obj.BleedBox = pikepdf.Array([0, 0, round(g.width, 4), round(g.height, 4)])
        if "/CropBox" in page.obj:
            del page.obj["/CropBox"]
        pdf.Root.Lang = pikepdf.String(book.params.language)
        pdf.docinfo["/Title"] = f"{book.story.title} (cover)"
        pdf.docinfo["/Creator"] = "Storyloom"
        out = io.BytesIO()
        pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()
