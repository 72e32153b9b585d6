"""The one-piece print cover, read back as a printer's preflight would: its size is the service's to the
point, the trim box leaves the edges, fonts are embedded, the pictures print at 300 dpi, every word
keeps clear of the trim and the spine folds, and the spine carries text only when it is wide enough."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops
from structlog.testing import capture_logs

from storyloom.pipeline.pictures import draw_cover
from storyloom.providers.image.base import PRINT_SIZE_PX
from storyloom.providers.image.builtin import BuiltinIllustrator
from storyloom.render.book import BookLayoutError
from storyloom.render.book.model import BLEED_IN, CoverDimensions, trim_size
from storyloom.render.cover import SPINE_FOLD_GAP_PT, cover_picture_px, cover_spread_pdf, spread_geometry
from storyloom.render.illustrator.compose import cover_scene, scene_svg
from storyloom.render.illustrator.styles import style_named
from storyloom.render.text_area import COVER_TEXT_DEPTH, cover_text_bottom
from storyloom.story.schema import SceneSpec
from tests.render.fixtures.book import make_book
from tests.render.fixtures.book.inspect import (
    PlacedImage,
    Word,
    all_text,
    embedded_fonts,
    ink_spread,
    placed_images,
    rasterize,
    words_with_boxes,
)
from tests.render.fixtures.book.pdfs import print_pdf, screen_pdf
from tests.render.test_scene_drawing import companion, raster

# Lulu's 8.5 in square paperback with 32 pages (a 0.13 in spine: too thin for text) and casewrap
# hardcover with 120 pages (0.47 in spine, 0.75 in turn-in wrap on every edge).
PAPERBACK = CoverDimensions(width_pt=1251.509, height_pt=630.0, spine_width_pt=9.509, edge_pt=9.0)
HARDCOVER = CoverDimensions(width_pt=1366.459, height_pt=720.0, spine_width_pt=34.459, edge_pt=54.0)
COVERS = {"paperback": PAPERBACK, "hardcover": HARDCOVER}


@cache
def _pdf(kind: str) -> bytes:
    return cover_spread_pdf(make_book(12), COVERS[kind])


@pytest.fixture(scope="module", params=["paperback", "hardcover"])
def cover(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    path = tmp_path_factory.mktemp("cover") / f"cover-{request.param}.pdf"
    path.write_bytes(_pdf(request.param))
    return request.param, path


def test_the_cover_is_one_page_exactly_the_size_the_service_asked_for(cover: tuple[str, Path]) -> None:
    kind, path = cover
    dims = COVERS[kind]
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0].obj
        assert [float(v) for v in page.MediaBox] == [0.0, 0.0, dims.width_pt, dims.height_pt]
        assert [float(v) for v in page.BleedBox] == [0.0, 0.0, dims.width_pt, dims.height_pt]
        edge = dims.edge_pt
        assert [float(v) for v in page.TrimBox] == [edge, edge, dims.width_pt - edge, dims.height_pt - edge]


def test_the_back_and_front_are_each_the_trim_wide(cover: tuple[str, Path]) -> None:
    kind, _ = cover
    geometry = spread_geometry(COVERS[kind])
    assert geometry.panel_width == pytest.approx(612.0)
    assert geometry.panel_height == pytest.approx(612.0)
    assert geometry.front_x == pytest.approx(geometry.edge + 612 + COVERS[kind].spine_width_pt)


def test_every_font_is_embedded_and_is_one_of_the_bundled_faces(cover: tuple[str, Path]) -> None:
    _, path = cover
    with pikepdf.open(path) as pdf:
        fonts = embedded_fonts(pdf)
    assert fonts and all(fonts.values()), fonts
    assert {name.split("+", 1)[1] for name in fonts} == {
        "Storyloom-Body",
        "Storyloom-Body-Italic",
        "Storyloom-Display-Bold",
    }


def test_the_pictures_print_at_300_dpi_and_the_front_one_reaches_the_edge(cover: tuple[str, Path]) -> None:
    kind, path = cover
    geometry = spread_geometry(COVERS[kind])
    with pikepdf.open(path) as pdf:
        images = placed_images(pdf)
    assert len(images) == 2
    assert min(image.effective_dpi for image in images) >= 299.5
    front = max(images, key=lambda image: image.shown_width_in)
    # WeasyPrint places boxes on its 1/96 in grid: within 0.005 in of the spine fold
    assert front.shown_width_in == pytest.approx((geometry.width - geometry.front_x) / 72, abs=0.005)
    assert front.shown_height_in == pytest.approx(geometry.height / 72, abs=0.005)
    assert {image.colour_space for image in images} == {"/DeviceRGB"}


def test_every_word_keeps_clear_of_the_trim_and_the_spine_folds(cover: tuple[str, Path]) -> None:
    kind, path = cover
    g = spread_geometry(COVERS[kind])
    sizes, words = words_with_boxes(path)
    assert sizes == [(pytest.approx(g.width, abs=0.01), pytest.approx(g.height, abs=0.01))]
    assert len(words) > 30
    panels = [(g.back_x, g.spine_x), (g.front_x, g.front_x + g.panel_width)]
    top, bottom = g.edge + g.safety, g.height - g.edge - g.safety
    outside = []
    for word in words:
        centre = (word.x_min + word.x_max) / 2
        if g.spine_x <= centre <= g.front_x:  # on the spine: between the folds, clear of the ends
            fits = (
                word.x_min >= g.spine_x + SPINE_FOLD_GAP_PT - 0.5
                and word.x_max <= g.front_x - SPINE_FOLD_GAP_PT + 0.5
                and word.y_min >= top - 0.5
                and word.y_max <= bottom + 0.5
            )
        else:
            left, right = next(panel for panel in panels if panel[0] <= centre <= panel[1])
            fits = (
                word.x_min >= left + g.safety
                and word.x_max <= right - g.safety
                and word.y_min >= top
                and word.y_max <= bottom
            )
        if not fits:
            outside.append((word.text, round(word.x_min), round(word.y_min)))
    assert outside == []


def test_the_spine_carries_title_and_name_only_when_it_is_wide_enough(cover: tuple[str, Path]) -> None:
    kind, path = cover
    g = spread_geometry(COVERS[kind])
    _, words = words_with_boxes(path)
    on_spine = [word.text for word in words if g.spine_x <= (word.x_min + word.x_max) / 2 <= g.front_x]
    if kind == "hardcover":
        assert g.spine_has_text
        assert " ".join(on_spine) == "Zoë and the Bridge of Friends · Zoë"
    else:
        assert not g.spine_has_text
        assert on_spine == []


def test_front_and_back_say_what_the_book_is(cover: tuple[str, Path]) -> None:
    _, path = cover
    book = make_book(12)
    text = " ".join(all_text(path).split())
    assert text.count(book.story.title) >= 2  # front and back (and the spine when wide enough)
    assert "A story for Zoë" in text
    assert " ".join(book.story.description.split()) in text
    assert " ".join(book.story.moral.split()) in text
    assert "Made with Storyloom" in text


def test_the_rendered_cover_is_not_blank_on_either_side(cover: tuple[str, Path], tmp_path: Path) -> None:
    from PIL import Image

    kind, path = cover
    g = spread_geometry(COVERS[kind])
    [png] = rasterize(path, tmp_path, dpi=20)
    with Image.open(png) as image:
        scale = image.width / g.width
        back = image.crop((0, 0, round(g.spine_x * scale), image.height))
        front = image.crop((round(g.front_x * scale), 0, image.width, image.height))
        back.save(tmp_path / "back.png")
        front.save(tmp_path / "front.png")
    assert ink_spread(tmp_path / "back.png") > 20
    assert ink_spread(tmp_path / "front.png") > 20


def test_dimensions_without_room_for_two_panels_are_refused() -> None:
    with pytest.raises(BookLayoutError, match="no room for a back and a front"):
        cover_spread_pdf(make_book(12), CoverDimensions(width_pt=300, height_pt=630, spine_width_pt=10))


def test_a_long_title_and_blurb_in_german_still_fit_inside_the_margins(tmp_path: Path) -> None:
    # given the longest title and description a story may have, in German
    book = make_book(12, language="de", child_name="Maximilian")
    book.story = book.story.model_copy(
        update={
            "title": "Maximilian und die wundersame Reise über die sieben glitzernden Regenbogenbrücken",
            "description": " ".join([book.story.description] * 3),
        }
    )
    path = tmp_path / "cover.pdf"
    # when
    path.write_bytes(cover_spread_pdf(book, HARDCOVER))
    # then every word stays inside its panel's safety margin and the spine names the child
    g = spread_geometry(HARDCOVER)
    _, words = words_with_boxes(path)
    text = " ".join(all_text(path).split())
    assert "Eine Geschichte für Maximilian" in text and "Gemacht mit Storyloom" in text
    for word in words:
        centre = (word.x_min + word.x_max) / 2
        if g.spine_x <= centre <= g.front_x:
            assert g.edge + g.safety - 0.5 <= word.y_min and word.y_max <= g.height - g.edge - g.safety + 0.5
            assert word.x_max - word.x_min >= 9.0, word  # turned text: its box's width is its size
            continue
        left = g.back_x if centre < g.spine_x else g.front_x
        assert left + g.safety <= word.x_min and word.x_max <= left + g.panel_width - g.safety, word
        assert g.edge + g.safety <= word.y_min and word.y_max <= g.height - g.edge - g.safety, word


def _front(pdf_bytes: bytes) -> PlacedImage:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        return max(placed_images(pdf), key=lambda image: image.shown_width_in)


def _upscaled(logs: list[dict[str, object]]) -> list[object]:
    return [entry["effective_dpi"] for entry in logs if entry["event"] == "illustration upscaled"]


@pytest.mark.parametrize(
    ("kind", "side"), [("paperback", PRINT_SIZE_PX), ("hardcover", 3000)], ids=["paperback", "hardcover"]
)
def test_the_cover_picture_size_fills_the_front_at_300_dpi(kind: str, side: int) -> None:
    # a hardcover's front is 9.25 x 10 in with its wrap: more than the 8.75 in print-size picture
    assert cover_picture_px(COVERS[kind]) == side


def test_a_hardcover_front_drawn_by_the_builtin_illustrator_at_its_size_is_300_dpi_unscaled(
    tmp_path: Path,
) -> None:
    # given the cover drawn again by the built-in illustrator at the size the hardcover's front needs
    book = make_book(12)
    side = cover_picture_px(HARDCOVER)
    picture = draw_cover(
        [BuiltinIllustrator()], book.story, style="flat", seed=7, references={}, size_px=side, encoding="jpeg"
    )
    book.cover_png = picture.png
    # when the spread is made
    with capture_logs() as logs:
        pdf = cover_spread_pdf(book, HARDCOVER)
    # then its front picture prints at 300 dpi from pixels that were drawn, not upscaled
    front = _front(pdf)
    assert front.height_px == 3000
    assert front.effective_dpi >= 299.5
    assert _upscaled(logs) == []
    path = tmp_path / "cover.pdf"
    path.write_bytes(pdf)
    [png] = rasterize(path, tmp_path, dpi=20)
    assert ink_spread(png) > 20


def test_a_print_size_bitmap_on_a_hardcover_still_makes_a_valid_spread_and_says_it_is_upscaled() -> None:
    # given the 2625 px print-size picture a bitmap provider drew once
    book = make_book(12)
    # when it makes a hardcover spread
    with capture_logs() as logs:
        pdf = cover_spread_pdf(book, HARDCOVER)
    # then the spread is whole, its front at 300 dpi, and the log says the picture held only 262
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1
    assert _front(pdf).effective_dpi >= 299.5
    assert _upscaled(logs) == [262]


def _words_of(pdf: bytes, tmp_path: Path, name: str) -> tuple[list[tuple[float, float]], list[Word]]:
    path = tmp_path / name
    path.write_bytes(pdf)
    return words_with_boxes(path)


@pytest.mark.parametrize("kind", ["paperback", "hardcover"])
def test_the_fronts_title_and_label_stay_in_the_top_of_the_picture_where_no_character_stands(
    kind: str, tmp_path: Path
) -> None:
    # given the print spread of a book
    g = spread_geometry(COVERS[kind])
    # when its words are read back
    _, words = _words_of(_pdf(kind), tmp_path, "spread.pdf")
    front = [word for word in words if word.x_min >= g.front_x]
    # then the title and "A story for Zoë" are both on the front, above the depth the picture keeps clear
    assert "A story for Zoë" in " ".join(word.text for word in front)
    clear = cover_text_bottom(0.0, g.width - g.front_x, g.height)
    assert max(word.y_max for word in front) <= clear


@pytest.mark.parametrize(
    ("edition", "trim"), [("screen", "8.5x8.5"), ("print", "8.5x8.5"), ("print", "8x10")]
)
def test_the_book_covers_title_and_label_stay_in_the_top_of_the_picture(
    edition: str, trim: str, tmp_path: Path
) -> None:
    # given the book's own cover page, on screen and in print (where the page has a bleed)
    pdf = screen_pdf() if edition == "screen" else print_pdf(trim=trim)
    size = trim_size(trim)
    sizes, words = _words_of(pdf, tmp_path, "book.pdf")
    bleed = (sizes[0][0] - size.width_in * 72) / 2
    # when the cover's words are read back
    cover = [word for word in words if word.page == 1]
    assert "A story for Zoë" in " ".join(word.text for word in cover)
    # then all lie above the depth of the cover picture that no character reaches into
    if size.portrait:  # the picture is a square under a band of paper
        box_top, box_height = size.height_in - size.width_in - BLEED_IN, size.width_in + 2 * BLEED_IN
    else:
        box_top, box_height = -BLEED_IN, size.bleed_height_in
    clear = bleed + 72 * cover_text_bottom(box_top, size.width_in + 2 * BLEED_IN, box_height)
    assert max(word.y_max for word in cover) <= clear


@pytest.mark.parametrize("style", ["flat", "papercut"])
def test_the_builtin_cover_keeps_every_character_below_the_title_and_label(style: str) -> None:
    # given a cover with a child, a grown-up and a giraffe, drawn as the built-in illustrator does
    cast = [make_book(12).story.characters[0], companion("Gran", "grandma"), companion("Ella", "giraffe")]
    spec = cover_scene("forest", "morning", [c.name for c in cast], "happy")
    empty = cover_scene("forest", "morning", [], "happy")
    calm = COVER_TEXT_DEPTH * 1000

    def drawn(scene: SceneSpec) -> Image.Image:
        svg = scene_svg(scene, cast, style_named(style), 5, width=200, height=200, calm_depth=calm)
        return raster(svg)

    # when drawn with and without its characters
    difference = (
        ImageChops.difference(drawn(spec), drawn(empty)).convert("L").point(lambda v: 255 if v > 24 else 0)
    )
    # then the characters are there, all below the cover's text depth
    box = difference.getbbox()
    assert box is not None
    assert box[1] >= COVER_TEXT_DEPTH * 200
