"""The book's bundled fonts: where they are, how CSS loads them, and how wide a text set in them is.

Widths come from the fonts' own advance widths (fontTools), so layouts can size text boxes before
WeasyPrint lays the page out; the PDF renderer still checks the real layout afterwards.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

from storyloom.errors import N_

FONTS_DIR = Path(__file__).parent / "fonts"
BODY_FAMILY = "Storyloom Body"
DISPLAY_FAMILY = "Storyloom Display"
FALLBACK_FAMILY = "Storyloom Fallback"
BODY_FILES = ("Andika-Regular.ttf", "NotoSans-Regular.ttf")
DISPLAY_FILES = ("Comfortaa-Bold.ttf", "NotoSans-Regular.ttf")
# The rule a text with `missing_characters` breaks, as an input error tells it.
UNPRINTABLE = N_("the book's typefaces cannot print %(letters)s; use Latin, Greek or Cyrillic letters")


@dataclass(frozen=True)
class FontFace:
    family: str
    weight: int
    style: str
    file: str


FONT_FACES: tuple[FontFace, ...] = (
    FontFace(BODY_FAMILY, 400, "normal", "Andika-Regular.ttf"),
    FontFace(BODY_FAMILY, 700, "normal", "Andika-Bold.ttf"),
    FontFace(BODY_FAMILY, 400, "italic", "Andika-Italic.ttf"),
    FontFace(DISPLAY_FAMILY, 700, "normal", "Comfortaa-Bold.ttf"),
    FontFace(FALLBACK_FAMILY, 400, "normal", "NotoSans-Regular.ttf"),
)


def font_face_css(font_url: Callable[[str], str] | None = None) -> str:
    """@font-face rules for every bundled face; `font_url` maps a file name to a URL (default file://)."""
    url = font_url or (lambda name: (FONTS_DIR / name).as_uri())
    return "\n".join(
        f'@font-face {{ font-family: "{face.family}"; src: url("{url(face.file)}") format("truetype"); '
        f"font-weight: {face.weight}; font-style: {face.style}; }}"
        for face in FONT_FACES
    )


@cache
def _metrics(file: str) -> tuple[dict[int, int], float, int]:
    font = TTFont(FONTS_DIR / file, lazy=True)
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    advances = {code: hmtx[glyph][0] for code, glyph in cmap.items()}
    units = float(font["head"].unitsPerEm)
    space = advances.get(0x20, int(units * 0.25))
    return advances, units, space


def text_width_em(text: str, file: str = "Andika-Regular.ttf") -> float:
    """Width of `text` in em of the given bundled font (advance widths, no kerning)."""
    advances, units, space = _metrics(file)
    fallback = int(units * 0.6)
    return sum(advances.get(ord(char), fallback if not char.isspace() else space) for char in text) / units


def missing_characters(texts: Iterable[str], files: Iterable[str] = BODY_FILES) -> set[str]:
    """The characters of `texts` that none of the bundled font `files` has a glyph for."""
    tables = [_metrics(file)[0] for file in files]
    return {
        char
        for text in texts
        for char in text
        if not char.isspace() and not any(ord(char) in table for table in tables)
    }


def wrapped_lines(
    paragraphs: Iterable[str], *, font_pt: float, width_in: float, file: str = "Andika-Regular.ttf"
) -> int:
    """How many lines the paragraphs take when wrapped greedily at word boundaries in `width_in`."""
    limit_em = width_in * 72.0 / font_pt
    space = text_width_em(" ", file)
    lines = 0
    for paragraph in paragraphs:
        current = -space
        lines += 1
        for word in paragraph.split():
            width = text_width_em(word, file)
            if current + space + width > limit_em and current > 0:
                lines += 1 + max(0, math.ceil(width / limit_em) - 1)
                current = width % limit_em if width > limit_em else width
            else:
                current += space + width
    return lines


def text_height_in(
    paragraphs: Iterable[str],
    *,
    font_pt: float,
    width_in: float,
    line_height: float = 1.4,
    paragraph_gap_em: float = 0.5,
    file: str = "Andika-Regular.ttf",
) -> float:
    """The height the paragraphs take, in inches, set at `font_pt` in a column `width_in` wide."""
    paragraphs = [p for p in paragraphs if p.strip()]
    lines = wrapped_lines(paragraphs, font_pt=font_pt, width_in=width_in * 0.97, file=file)
    gaps = max(0, len(paragraphs) - 1) * paragraph_gap_em
    return (lines * line_height + gaps) * font_pt / 72.0
