"""What a book is made of: its input, its trim sizes, and the page model the templates draw.

Sizes are inches measured from the trim's top-left corner; art that bleeds starts at -BLEED_IN.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from storyloom.errors import InvalidInputError, StoryloomError
from storyloom.story.params import StoryParams
from storyloom.story.schema import StoryContent

Edition = Literal["print", "screen"]
PageKind = Literal[
    "cover", "belongs-to", "title", "story", "moral", "learning", "draw", "notes", "back-cover"
]
Layout = Literal["", "full-bleed", "panel-left", "panel-right", "band", "framed"]
Align = Literal["left", "center", "right"]

BLEED_IN = 0.125
"""Bleed on every side of the trim, as every print-on-demand service asks."""
SAFETY_IN = 0.375
"""No text may come closer than this to the trim."""
TEXT_MARGIN_IN = 0.5
"""Where the layouts actually start text: comfortably inside the safety margin."""


class BookLayoutError(StoryloomError):
    """A book cannot be laid out: its input is inconsistent or a page's text cannot fit."""

    code = "BOOK_LAYOUT_ERROR"


@dataclass(frozen=True)
class TrimSize:
    """A finished (trimmed) page size."""

    name: str
    label: str
    width_in: float
    height_in: float

    @property
    def portrait(self) -> bool:
        """True when the page is clearly taller than wide (8x10, A4)."""
        return self.height_in > self.width_in * 1.1

    @property
    def bleed_width_in(self) -> float:
        return self.width_in + 2 * BLEED_IN

    @property
    def bleed_height_in(self) -> float:
        return self.height_in + 2 * BLEED_IN


TRIM_SIZES: dict[str, TrimSize] = {
    "8.5x8.5": TrimSize("8.5x8.5", "8.5 × 8.5 in square", 8.5, 8.5),
    "8x10": TrimSize("8x10", "8 × 10 in portrait", 8.0, 10.0),
    "8.25x8.25": TrimSize("8.25x8.25", "8.25 × 8.25 in square", 8.25, 8.25),
    "a4": TrimSize("a4", "A4 portrait (210 × 297 mm)", 210 / 25.4, 297 / 25.4),
}
DEFAULT_TRIM = "8.5x8.5"


def trim_size(name: str) -> TrimSize:
    """The trim size called `name`; an unknown name is refused with the list of known ones."""
    try:
        return TRIM_SIZES[name]
    except KeyError:
        known = ", ".join(TRIM_SIZES)
        raise InvalidInputError(f"trim must be one of {known}, not {name!r}", field="trim") from None


@dataclass(frozen=True)
class CoverDimensions:
    """The one-piece cover (back, spine, front, with bleed) a print service expects, in points (its
    cover-dimensions call, storyloom.providers.printing)."""

    width_pt: float
    height_pt: float
    spine_width_pt: float
    # What lies outside the trim on each outer edge (top, bottom, left, right): the 0.125 in bleed of a
    # paperback, the turn-in wrap of a casewrap hardcover. Optional; the default is the paperback bleed.
    edge_pt: float = 9.0


@dataclass(frozen=True)
class Box:
    """A rectangle in inches from the trim's top-left corner."""

    x: float
    y: float
    w: float
    h: float

    def css(self) -> str:
        """Absolute-position declarations for this box."""
        return f"left:{self.x:.4f}in;top:{self.y:.4f}in;width:{self.w:.4f}in;height:{self.h:.4f}in"

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class Palette:
    """The book's colours, taken from its cover so every page belongs to the same book."""

    accent: str = "#e07a5f"
    accent_dark: str = "#7a3522"
    paper: str = "#fdf6ec"
    ink: str = "#2b2a33"


@dataclass
class BookInput:
    """Everything a book is laid out from: the story, the order, and the illustrations as image bytes
    (PNGs, or JPEGs, which go into a PDF as they are when they fit their box at its resolution).

    `page_pngs` must hold one illustration per chapter, in order (a sequence that may hand each one
    over only when it is asked for: the print PDF is laid out while its pictures are still drawn).
    `reader_url` is the web reader's address of this story (e.g. https://host/stories/{id}); QR
    codes open f"{reader_url}#page-{n}".
    """

    story: StoryContent
    params: StoryParams
    cover_png: bytes
    page_pngs: Sequence[bytes]
    reading_level: dict[str, object] | None = None
    reader_url: str | None = None

    def __post_init__(self) -> None:
        if len(self.page_pngs) != len(self.story.chapters):
            raise BookLayoutError(
                f"the book has {len(self.story.chapters)} chapters but {len(self.page_pngs)} page "
                "illustrations; each chapter needs exactly one"
            )
        if not self.story.chapters:
            raise BookLayoutError("the story has no chapters")


@dataclass(frozen=True)
class PageModel:
    """One page as the templates draw it; every size is already decided here."""

    number: int
    kind: PageKind
    trim: TrimSize
    edition: Edition
    palette: Palette
    language: str
    layout: Layout = ""
    image: str | None = None
    image_box: Box | None = None
    text_box: Box | None = None
    panel_box: Box | None = None
    qr_box: Box | None = None
    qr_url: str | None = None
    link_url: str | None = None
    title: str = ""
    subtitle: str = ""
    paragraphs: tuple[str, ...] = ()
    font_size_pt: float = 0.0
    title_size_pt: float = 0.0
    text_space: Literal["top", "bottom"] = "bottom"
    align: Align = "left"
    story_page: int | None = None
    bookmark: str = ""
    fit_key: str = ""
    vocabulary: tuple[tuple[str, str], ...] = ()
    questions: tuple[str, ...] = ()
    reading_level: str = ""
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def image_names(self) -> tuple[str, ...]:
        """The illustrations this page shows (at most one)."""
        return (self.image,) if self.image else ()
