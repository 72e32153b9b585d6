"""The ordered pages of a book and the geometry of each: where the picture goes and where the text fits.

Story pages vary with the scene's composition: a wide scene runs full bleed under a text panel, a hero
on the left leaves a panel on the right (and the reverse), a centred scene sits above or below a band
of paper, a close-up is framed like a photograph. A panel over the picture stays inside the picture's
text zone (`storyloom.render.text_area`), which the illustrator keeps clear of characters and props;
text that does not fit there at the age group's size moves to the band. Text sizes start from the age
group's size and shrink until the text fits its box, never below MIN_FONT_PT.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import replace

from storyloom.render.book.fonts import (
    BODY_FILES,
    DISPLAY_FILES,
    missing_characters,
    text_height_in,
    wrapped_lines,
)
from storyloom.render.book.images import cover_palette
from storyloom.render.book.labels import labels_for, reading_level_text
from storyloom.render.book.model import (
    BLEED_IN,
    DEFAULT_TRIM,
    TEXT_MARGIN_IN,
    BookInput,
    BookLayoutError,
    Box,
    Edition,
    Layout,
    PageModel,
    TrimSize,
    trim_size,
)
from storyloom.render.text_area import FULL_BLEED_TEXT_DEPTH, SIDE_PANEL_HEIGHT, cover_text_bottom
from storyloom.story.schema import Chapter

BODY_PT = {"0-2": 24.0, "3-5": 20.0, "6-8": 16.0, "9-12": 13.5}
MIN_FONT_PT = 10.0
PANEL_INSET_IN = 0.42
PANEL_PAD_IN = 0.26
QR_IN = 0.62
QR_GAP_IN = 0.16
WAVE_IN = 0.3
B, M = BLEED_IN, TEXT_MARGIN_IN

COMPOSITION_LAYOUTS: dict[str, Layout] = {
    "wide": "full-bleed",
    "centered": "band",
    "hero-left": "panel-right",
    "hero-right": "panel-left",
    "close-up": "framed",
}


def paragraphs_of(text: str) -> tuple[str, ...]:
    """A chapter's text as paragraphs: split at line breaks, whitespace squeezed."""
    return tuple(re.sub(r"\s+", " ", part).strip() for part in re.split(r"\n+", text) if part.strip())


def _sizes(base: float, minimum: float = MIN_FONT_PT) -> Iterator[float]:
    size = base
    while size >= minimum - 1e-9:
        yield round(size, 2)
        size -= 0.5


def _story_geometry(
    layout: Layout, trim: TrimSize, paragraphs: tuple[str, ...], base_pt: float, top: bool, qr: bool
) -> tuple[Box, Box | None, Box, Box | None, float] | None:
    """(image, panel, text, qr, font size) for one story layout, or None when the text cannot fit."""
    w, h = trim.width_in, trim.height_in
    qr_room = QR_IN + QR_GAP_IN if qr else 0.0
    if layout == "band":
        min_band = (h - w - B + WAVE_IN) if trim.portrait else 0.26 * h
        text_w = w - 2 * M - qr_room
        for size in _sizes(base_pt):
            needed = text_height_in(paragraphs, font_pt=size, width_in=text_w)
            band = max(min_band, needed + M + WAVE_IN + 0.15, (QR_IN + M + WAVE_IN + 0.15) if qr else 0)
            if band <= 0.56 * h:
                area_h = band - M - WAVE_IN - 0.1
                area_y = M if top else h - band + WAVE_IN + 0.1
                image_h = h + B - band + WAVE_IN
                image = (
                    Box(-B, band - WAVE_IN, w + 2 * B, image_h) if top else Box(-B, -B, w + 2 * B, image_h)
                )
                text = Box(M, area_y, text_w, area_h)
                qr_box = Box(w - M - QR_IN, area_y + (area_h - QR_IN) / 2, QR_IN, QR_IN) if qr else None
                return image, None, text, qr_box, size
        return None
    if layout == "framed":
        frame_x, frame_top = 0.55, 0.55
        text_w = w - 2 * 0.6 - qr_room
        for size in _sizes(base_pt):
            needed = max(text_height_in(paragraphs, font_pt=size, width_in=text_w), QR_IN if qr else 0)
            area_h = max(needed, 0.16 * h)
            frame_h = min(h - frame_top - 0.35 - area_h - M, w - 2 * frame_x)
            if frame_h >= 0.45 * h:
                area_h = h - frame_top - 0.35 - frame_h - M
                if top:
                    area = Box(0.6, M, text_w, area_h)
                    frame = Box(frame_x, h - frame_top - frame_h, w - 2 * frame_x, frame_h)
                else:
                    frame = Box(frame_x, frame_top, w - 2 * frame_x, frame_h)
                    area = Box(0.6, frame.bottom + 0.35, text_w, area_h)
                qr_box = Box(w - 0.6 - QR_IN, area.y + (area.h - QR_IN) / 2, QR_IN, QR_IN) if qr else None
                return frame, frame, area, qr_box, size
        return None
    full = Box(-B, -B, w + 2 * B, h + 2 * B)
    side = layout in ("panel-left", "panel-right")
    panel_w = 0.44 * w if side else w - 2 * PANEL_INSET_IN
    text_w = panel_w - 2 * PANEL_PAD_IN - (0 if side else qr_room)
    max_panel_h = _max_panel_height(trim, side)
    for size in _sizes(base_pt, base_pt):
        text_h = text_height_in(paragraphs, font_pt=size, width_in=text_w)
        inner_h = text_h + (QR_IN + QR_GAP_IN if qr and side else 0)
        inner_h = max(inner_h, QR_IN if qr else 0)
        panel_h = inner_h + 2 * PANEL_PAD_IN
        if panel_h <= max_panel_h:
            x = w - PANEL_INSET_IN - panel_w if layout == "panel-right" else PANEL_INSET_IN
            y = PANEL_INSET_IN if top else h - PANEL_INSET_IN - panel_h
            panel = Box(x, y, panel_w, panel_h)
            text = Box(x + PANEL_PAD_IN, y + PANEL_PAD_IN, text_w, text_h if side else inner_h)
            qr_box = None
            if qr:
                qr_box = Box(
                    panel.right - PANEL_PAD_IN - QR_IN, panel.bottom - PANEL_PAD_IN - QR_IN, QR_IN, QR_IN
                )
            return full, panel, text, qr_box, size
    return None


def _max_panel_height(trim: TrimSize, side: bool) -> float:
    """The tallest text panel over a full-bleed picture that stays inside the picture's text zone
    (`storyloom.render.text_area`), which the illustrator keeps clear of characters and key props."""
    bleed_h = trim.height_in + 2 * B
    share = SIDE_PANEL_HEIGHT if side else FULL_BLEED_TEXT_DEPTH
    return min(trim.height_in - 2 * PANEL_INSET_IN, bleed_h * share - PANEL_INSET_IN - B)


def _story_page(
    book: BookInput, chapter: Chapter, index: int, common: dict[str, object], qr: bool, shrink: float
) -> PageModel:
    trim = common["trim"]
    assert isinstance(trim, TrimSize)
    paragraphs = paragraphs_of(chapter.text)
    base = BODY_PT[book.params.age_group] * shrink
    preferred = COMPOSITION_LAYOUTS[chapter.scene.composition]
    if trim.portrait and preferred != "framed":
        preferred = "band"
    top = chapter.scene.text_space == "top"
    qr_url = f"{book.reader_url}#page-{index}" if qr and book.reader_url else None
    for layout in (preferred, "band"):
        geometry = _story_geometry(layout, trim, paragraphs, base, top, qr_url is not None)
        if geometry is not None:
            image, panel, text, qr_box, size = geometry
            align = {"hero-left": "right", "hero-right": "left"}.get(chapter.scene.composition, "left")
            return PageModel(
                kind="story",
                layout=layout,
                image=f"page-{index:02d}",
                image_box=image,
                panel_box=panel,
                text_box=text,
                qr_box=qr_box,
                qr_url=qr_url,
                title=chapter.title,
                paragraphs=paragraphs,
                font_size_pt=size,
                text_space="top" if top else "bottom",
                align="left" if layout != "band" else align,  # type: ignore[arg-type]
                story_page=index,
                bookmark=f"{index}. {chapter.title}",
                fit_key=f"story-{index}",
                **common,  # type: ignore[arg-type]
            )
    raise BookLayoutError(
        f"the text of page {index} ({chapter.title!r}) is too long to fit on one page even at "
        f"{MIN_FONT_PT:g} pt; shorten it"
    )


def _display_size(text: str, width_in: float, base: float, minimum: float, max_lines: int) -> float:
    for size in _sizes(base, minimum):
        if (
            wrapped_lines([text], font_pt=size, width_in=width_in * 0.95, file="Comfortaa-Bold.ttf")
            <= max_lines
        ):
            return size
    return minimum


def _fit_size(
    paragraphs: tuple[str, ...], width_in: float, height_in: float, base: float, minimum: float
) -> float:
    for size in _sizes(base, minimum):
        if text_height_in(paragraphs, font_pt=size, width_in=width_in) <= height_in:
            return size
    raise BookLayoutError(f"text of {sum(len(p) for p in paragraphs)} characters cannot fit its page")


def book_pages(
    book: BookInput,
    *,
    edition: Edition,
    trim: str = DEFAULT_TRIM,
    qr_codes: bool = False,
    shrink: Mapping[str, float] | None = None,
) -> list[PageModel]:
    """The book's pages in reading order; print editions are padded to a multiple of 4 pages.

    `shrink` may scale the text of pages by their `fit_key` ("story-3", "title", "moral", "learning",
    "back", "cover"), which the PDF renderer uses when a laid-out page is fuller than estimated.
    """
    scales = shrink or {}
    size = trim_size(trim)
    _check_glyphs(book)
    palette = cover_palette(book.cover_png)
    story, params = book.story, book.params
    labels = labels_for(params.language, child_name=params.child_name)
    common: dict[str, object] = {
        "number": 0,
        "trim": size,
        "edition": edition,
        "palette": palette,
        "language": params.language,
        "labels": labels,
    }
    w, h = size.width_in, size.height_in
    wants_qr = qr_codes and bool(book.reader_url) and edition == "print"
    cover_scale, title_scale = scales.get("cover", 1.0), scales.get("title", 1.0)
    title_size = _display_size(story.title, w - 1.5, 46 * cover_scale, 24 * cover_scale, 3)
    cover_box = Box(-B, -B, w + 2 * B, h + 2 * B)
    if size.portrait:  # a square picture under a band of paper
        cover_box = Box(-B, h - w - B, w + 2 * B, w + 2 * B)
    # the title and "A story for ..." together in the top of the picture, where no character stands
    cover_text_h = cover_text_bottom(cover_box.y, cover_box.w, cover_box.h) - (M + 0.05) - 0.08
    pages: list[PageModel] = [
        PageModel(
            kind="cover",
            layout="band" if size.portrait else "full-bleed",
            text_space="top",
            image="cover",
            image_box=cover_box,
            text_box=Box(M + 0.1, M + 0.05, w - 2 * M - 0.2, cover_text_h),
            title=story.title,
            subtitle=labels["story_for"],
            title_size_pt=title_size,
            fit_key="cover",
            **common,  # type: ignore[arg-type]
        )
    ]
    diameter = min(w, h) * 0.42
    dedication = (params.dedication,) if params.dedication else ()
    heading_pt = _display_size(story.title, w - 1.2, 30 * title_scale, 18 * title_scale, 3)
    dedication_pt = (
        _fit_size(dedication, w - 2.2, 1.1, 15 * title_scale, 10 * title_scale) if dedication else 15
    )
    heading_lines = wrapped_lines(
        [story.title], font_pt=heading_pt, width_in=(w - 1.2) * 0.95, file=DISPLAY_FILES[0]
    )
    block_h = diameter + 0.3 + heading_lines * heading_pt * 1.15 / 72 + 0.45
    if dedication:
        block_h += text_height_in(dedication, font_pt=dedication_pt, width_in=w - 2.2) + 0.7
    vignette = Box((w - diameter) / 2, max(0.7, (h - block_h) / 2), diameter, diameter)
    pages.append(
        PageModel(
            kind="title",
            image="cover",
            image_box=vignette,
            text_box=Box(0.6, vignette.bottom + 0.3, w - 1.2, h - vignette.bottom - 0.3 - 0.6),
            title=story.title,
            subtitle=labels["written_for"],
            paragraphs=dedication,
            title_size_pt=heading_pt,
            font_size_pt=dedication_pt,
            fit_key="title",
            bookmark=story.title,
            **common,  # type: ignore[arg-type]
        )
    )
    for index, chapter in enumerate(story.chapters, start=1):
        pages.append(_story_page(book, chapter, index, common, wants_qr, scales.get(f"story-{index}", 1.0)))
    moral = (story.moral,)
    pages.append(
        PageModel(
            kind="moral",
            text_box=Box(0.9, M + 0.3, w - 1.8, h - 2 * M - 0.6),
            title=labels["the_end"],
            subtitle=labels["moral"],
            paragraphs=moral,
            title_size_pt=54,
            font_size_pt=_fit_size(moral, w - 2.0, h * 0.3, 22 * scales.get("moral", 1.0), 11),
            fit_key="moral",
            bookmark=labels["the_end"],
            **common,  # type: ignore[arg-type]
        )
    )
    words = tuple((v.word, v.definition) for v in story.vocabulary)
    level = reading_level_text(book.reading_level, labels["reading_level"])
    body = tuple(f"{word}: {meaning}" for word, meaning in words) + tuple(story.discussion_questions)
    learning_h = h - 2 * M - 1.7 - (0.35 if level else 0)
    learning_pt = min(19.0, BODY_PT[params.age_group] + 1) * scales.get("learning", 1.0)
    pages.append(
        PageModel(
            kind="learning",
            text_box=Box(M + 0.1, M, w - 2 * M - 0.2, h - 2 * M),
            title=labels["new_words"],
            subtitle=labels["talk"],
            vocabulary=words,
            questions=tuple(story.discussion_questions),
            reading_level=level,
            font_size_pt=_fit_size(body, w - 2 * M - 0.7, learning_h * 0.8, learning_pt, 9),
            fit_key="learning",
            bookmark=labels["new_words"],
            **common,  # type: ignore[arg-type]
        )
    )
    back_qr = Box(M, h - M - 0.8, 0.8, 0.8) if qr_codes and book.reader_url and edition == "print" else None
    description = (story.description,)
    pages.append(
        PageModel(
            kind="back-cover",
            image="cover",
            image_box=Box((w - 2.4) / 2, 1.05, 2.4, 2.4),
            text_box=Box(0.6, 1.05, w - 1.2, h - 1.05 - 1.75),
            qr_box=back_qr,
            qr_url=book.reader_url if back_qr else None,
            link_url=book.reader_url if edition == "screen" else None,
            title=story.title,
            subtitle=labels["written_for"],
            paragraphs=description,
            font_size_pt=_fit_size(description, w - 2.3, max(0.6, h - 7.2), 15 * scales.get("back", 1.0), 9),
            fit_key="back",
            **common,  # type: ignore[arg-type]
        )
    )
    if edition == "print":
        pages = _padded(pages, common)
    return [_numbered(page, number) for number, page in enumerate(pages, start=1)]


def _check_glyphs(book: BookInput) -> None:
    story, params = book.story, book.params
    texts = [story.title, story.description, story.moral, params.child_name, params.dedication]
    texts += [part for chapter in story.chapters for part in (chapter.title, chapter.text)]
    texts += [part for word in story.vocabulary for part in (word.word, word.definition)]
    texts += [
        *story.discussion_questions,
        *labels_for(params.language, child_name=params.child_name).values(),
    ]
    missing = missing_characters(texts, BODY_FILES) | missing_characters(texts, DISPLAY_FILES)
    if missing:
        shown = " ".join(sorted(missing)[:12])
        raise BookLayoutError(
            f"the book's fonts have no letters for: {shown}; this book cannot be printed without "
            "missing letters (supported: Latin incl. Polish and Vietnamese, Greek, Cyrillic)"
        )


def _padded(pages: list[PageModel], common: dict[str, object]) -> list[PageModel]:
    missing = -len(pages) % 4
    fillers = [
        PageModel(kind="belongs-to", **common),  # type: ignore[arg-type]
        PageModel(kind="draw", **common),  # type: ignore[arg-type]
        PageModel(kind="notes", **common),  # type: ignore[arg-type]
    ][:missing]
    front = [pages[0], *fillers[:1], *pages[1:-1]]
    return [*front, *fillers[1:], pages[-1]]


def _numbered(page: PageModel, number: int) -> PageModel:
    return replace(page, number=number)
