"""The page model: order, padding, layouts by composition, safety margins, resolution budget, fitting."""

from __future__ import annotations

import pytest

from storyloom.errors import InvalidInputError
from storyloom.render.book import (
    BLEED_IN,
    SAFETY_IN,
    TRIM_SIZES,
    BookInput,
    BookLayoutError,
    PageModel,
    book_pages,
    trim_size,
)
from tests.render.fixtures.book import ILLUSTRATION_PX, make_book, make_illustration, make_story

SMALL_PX = 64


def small_book(pages: int = 12, **kwargs: object) -> BookInput:
    return make_book(pages, image_px=SMALL_PX, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "width", "height"),
    [("8.5x8.5", 8.5, 8.5), ("8x10", 8.0, 10.0), ("8.25x8.25", 8.25, 8.25), ("a4", 8.2677, 11.6929)],
    ids=["square-8.5", "portrait-8x10", "square-8.25", "a4"],
)
def test_trim_sizes_have_their_dimensions(name: str, width: float, height: float) -> None:
    size = trim_size(name)

    assert (round(size.width_in, 4), round(size.height_in, 4)) == (width, height)
    assert round(size.bleed_width_in, 4) == round(width + 0.25, 4)


def test_unknown_trim_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(InvalidInputError) as caught:
        trim_size("6x9")

    assert caught.value.field == "trim"
    assert str(caught.value) == "trim must be one of 8.5x8.5, 8x10, 8.25x8.25, a4, not '6x9'"


@pytest.mark.parametrize(
    ("chapters", "fillers"),
    [
        (8, ["belongs-to", "draw", "notes"]),
        (9, ["belongs-to", "draw"]),
        (10, ["belongs-to"]),
        (11, []),
    ],
    ids=["8-chapters", "9-chapters", "10-chapters", "11-chapters"],
)
def test_print_pages_come_in_order_and_are_padded_to_a_multiple_of_4(
    chapters: int, fillers: list[str]
) -> None:
    pages = book_pages(small_book(chapters), edition="print")

    kinds = [page.kind for page in pages]
    expected = [
        "cover",
        *fillers[:1],
        "title",
        *["story"] * chapters,
        "moral",
        "learning",
        *fillers[1:],
        "back-cover",
    ]
    assert kinds == expected
    assert len(pages) % 4 == 0
    assert [page.number for page in pages] == list(range(1, len(pages) + 1))


def test_screen_pages_are_not_padded() -> None:
    pages = book_pages(small_book(8), edition="screen")

    assert [page.kind for page in pages] == [
        "cover",
        "title",
        *["story"] * 8,
        "moral",
        "learning",
        "back-cover",
    ]


def test_story_pages_carry_their_chapter_text_in_order() -> None:
    book = small_book(12)

    pages = [page for page in book_pages(book, edition="print") if page.kind == "story"]

    assert [page.paragraphs[0] for page in pages] == [chapter.text for chapter in book.story.chapters]
    assert [page.image for page in pages] == [f"page-{n:02d}" for n in range(1, 13)]
    assert [page.bookmark for page in pages][:2] == ["1. A Voice in the Garden", "2. The Tiny Door"]


@pytest.mark.parametrize(
    ("trim", "layouts"),
    [
        ("8.5x8.5", ["full-bleed", "panel-right", "band", "framed", "panel-left"]),
        ("8x10", ["band", "band", "band", "framed", "band"]),
    ],
    ids=["square", "portrait"],
)
def test_story_layouts_follow_the_scene_composition(trim: str, layouts: list[str]) -> None:
    # given the fixture's compositions: wide, hero-left, centered, close-up, hero-right
    pages = [page for page in book_pages(small_book(5), edition="screen", trim=trim) if page.kind == "story"]

    assert [page.layout for page in pages] == layouts


def test_text_space_puts_the_text_at_the_top_or_the_bottom() -> None:
    pages = [page for page in book_pages(small_book(10), edition="screen") if page.kind == "story"]

    for page in pages:
        assert page.text_box is not None
        middle = page.text_box.y + page.text_box.h / 2
        assert (middle < page.trim.height_in / 2) == (page.text_space == "top"), page.number


def _text_boxes(page: PageModel) -> list[tuple[str, float, float, float, float]]:
    boxes = []
    for label, box in (("text", page.text_box), ("qr", page.qr_box)):
        if box is not None:
            boxes.append((label, box.x, box.y, box.right, box.bottom))
    return boxes


@pytest.mark.parametrize("trim", list(TRIM_SIZES), ids=list(TRIM_SIZES))
def test_text_and_qr_codes_stay_inside_the_safety_margin(trim: str) -> None:
    pages = book_pages(small_book(12), edition="print", trim=trim, qr_codes=True)

    size = trim_size(trim)
    for page in pages:
        for label, left, top, right, bottom in _text_boxes(page):
            assert left >= SAFETY_IN and top >= SAFETY_IN, (page.number, page.kind, label)
            assert right <= size.width_in - SAFETY_IN, (page.number, page.kind, label)
            assert bottom <= size.height_in - SAFETY_IN, (page.number, page.kind, label)


@pytest.mark.parametrize("trim", list(TRIM_SIZES), ids=list(TRIM_SIZES))
def test_no_picture_is_shown_larger_than_its_pixels_allow_at_300_dpi(trim: str) -> None:
    # the illustrator delivers 2625 px squares; cover-fitting scales by the box's longer side
    pages = book_pages(small_book(12), edition="print", trim=trim, qr_codes=True)

    longest = max(max(page.image_box.w, page.image_box.h) for page in pages if page.image_box)
    assert ILLUSTRATION_PX / longest >= 300


def test_full_bleed_pictures_reach_the_bleed_on_every_side() -> None:
    pages = book_pages(small_book(5), edition="print")

    cover, story = pages[0], next(page for page in pages if page.layout == "full-bleed")
    for page in (cover, story):
        box = page.image_box
        assert box is not None
        assert (box.x, box.y) == (-BLEED_IN, -BLEED_IN)
        assert (round(box.right, 4), round(box.bottom, 4)) == (8.5 + BLEED_IN, 8.5 + BLEED_IN)


def test_qr_codes_open_each_page_in_the_reader() -> None:
    pages = book_pages(small_book(3), edition="print", qr_codes=True)

    urls = [page.qr_url for page in pages if page.kind == "story"]
    assert urls == [f"https://books.example.com/stories/st_demo#page-{n}" for n in (1, 2, 3)]
    assert pages[-1].qr_url == "https://books.example.com/stories/st_demo"


def test_qr_codes_need_a_reader_url_and_the_print_edition() -> None:
    without_url = book_pages(small_book(3, reader_url=None), edition="print", qr_codes=True)
    on_screen = book_pages(small_book(3), edition="screen", qr_codes=True)

    assert [page.qr_url for page in without_url + on_screen if page.qr_url] == []


def test_young_readers_get_bigger_text_than_older_ones() -> None:
    young = book_pages(small_book(3, age_group="0-2"), edition="screen")
    old = book_pages(small_book(3, age_group="9-12"), edition="screen")

    assert [page.font_size_pt for page in young if page.kind == "story"] == [24.0, 24.0, 24.0]
    assert [page.font_size_pt for page in old if page.kind == "story"] == [13.5, 13.5, 13.5]


def test_long_text_is_set_smaller_and_moves_to_a_roomier_layout() -> None:
    book = small_book(2)
    long_text = " ".join([book.story.chapters[1].text] * 6)
    book.story.chapters[1].text = long_text  # hero-left: a side panel first

    story_pages = [page for page in book_pages(book, edition="screen") if page.kind == "story"]

    assert story_pages[1].layout == "band"
    assert story_pages[1].font_size_pt < 20.0


def test_text_too_long_for_any_layout_is_refused_with_the_page_named() -> None:
    book = small_book(2)
    book.story.chapters[0].text = " ".join(["The otter swam across the wide and rushing river."] * 120)

    with pytest.raises(BookLayoutError) as caught:
        book_pages(book, edition="print")

    assert str(caught.value).startswith("the text of page 1 ('A Voice in the Garden') is too long")


def test_a_shrink_factor_makes_a_page_s_text_smaller() -> None:
    book = small_book(3)

    normal = book_pages(book, edition="screen")
    shrunk = book_pages(book, edition="screen", shrink={"story-2": 0.8})

    assert [page.font_size_pt for page in normal if page.kind == "story"] == [20.0, 20.0, 20.0]
    assert [page.font_size_pt for page in shrunk if page.kind == "story"] == [20.0, 16.0, 20.0]


def test_each_chapter_needs_exactly_one_illustration() -> None:
    with pytest.raises(BookLayoutError) as caught:
        BookInput(
            story=make_story(3),
            params=small_book(3).params,
            cover_png=make_illustration(1, SMALL_PX),
            page_pngs=[make_illustration(2, SMALL_PX)],
        )

    assert (
        str(caught.value)
        == "the book has 3 chapters but 1 page illustrations; each chapter needs exactly one"
    )


def test_letters_no_bundled_font_has_are_refused_before_printing_boxes() -> None:
    book = small_book(2, child_name="美玲", dedication="")

    with pytest.raises(BookLayoutError) as caught:
        book_pages(book, edition="print")

    assert str(caught.value).startswith("the book's fonts have no letters for: 玲 美;")


@pytest.mark.parametrize(
    ("language", "the_end", "belongs"),
    [
        ("en", "The End", "This book belongs to"),
        ("es", "Fin", "Este libro pertenece a"),
        ("de", "Ende", "Dieses Buch gehört"),
    ],
    ids=["english", "spanish", "german"],
)
def test_labels_follow_the_story_language(language: str, the_end: str, belongs: str) -> None:
    pages = book_pages(small_book(10, language=language), edition="print")

    moral = next(page for page in pages if page.kind == "moral")
    assert moral.title == the_end
    assert pages[1].labels["belongs_to"] == belongs


def test_the_palette_comes_from_the_cover_and_keeps_headings_readable() -> None:
    pages = book_pages(small_book(2), edition="screen")

    palette = pages[0].palette
    assert {page.palette for page in pages} == {palette}
    assert palette.paper != "#fdf6ec"  # not the fallback: taken from the picture
    assert all(len(colour) == 7 and colour.startswith("#") for colour in vars(palette).values())
