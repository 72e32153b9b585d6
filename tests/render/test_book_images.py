"""Illustrations made ready for a page: flattening, cropping like object-fit: cover, resolution, palette."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from structlog.testing import capture_logs

from storyloom.render.book import BookLayoutError, Box
from storyloom.render.book.images import (
    _contrast,
    encode_jpeg,
    fit_image,
    open_rgb,
    palette_from,
    prepare_image,
)


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def halves(size: tuple[int, int], left: str, right: str) -> Image.Image:
    image = Image.new("RGB", size, left)
    image.paste(Image.new("RGB", (size[0] // 2, size[1]), right), (size[0] // 2, 0))
    return image


def test_transparent_illustrations_are_flattened_onto_white() -> None:
    image = open_rgb(png(Image.new("RGBA", (4, 4), (255, 0, 0, 0))), name="page-01")

    assert image.mode == "RGB"
    assert image.getpixel((0, 0)) == (255, 255, 255)


def test_unreadable_bytes_are_a_layout_error_naming_the_illustration() -> None:
    with pytest.raises(BookLayoutError) as caught:
        open_rgb(b"not a png", name="page-07")

    assert str(caught.value).startswith("illustration 'page-07' is not a readable image")


def test_a_square_picture_is_cropped_around_its_centre_to_a_wide_box_at_the_dpi_asked() -> None:
    # given a square whose left half is red and right half blue, with a green stripe at the top
    square = halves((600, 600), "red", "blue")
    square.paste(Image.new("RGB", (600, 100), "green"), (0, 0))

    fitted = fit_image(square, Box(0, 0, 2.0, 1.0), dpi=300, name="page-01")

    assert fitted.size == (600, 300)
    assert fitted.getpixel((10, 5)) == (255, 0, 0)  # the green stripe was cropped away
    assert fitted.getpixel((590, 295)) == (0, 0, 255)


def test_a_picture_exactly_the_box_size_is_not_resampled() -> None:
    image = halves((2625, 2625), "red", "blue")

    fitted = fit_image(image, Box(-0.125, -0.125, 8.75, 8.75), dpi=300, name="cover")

    assert fitted.size == (2625, 2625)
    assert fitted.getpixel((1311, 0)) == (255, 0, 0) and fitted.getpixel((1312, 0)) == (0, 0, 255)


def test_a_picture_one_pixel_larger_than_its_box_is_cropped_not_resampled() -> None:
    image = halves((1313, 1313), "red", "blue")

    fitted = fit_image(image, Box(-0.125, -0.125, 8.75, 8.75), dpi=150, name="cover")

    assert fitted.size == (1312, 1312)
    # resampling would blend red and blue around the middle; a crop keeps every pixel as it was
    assert fitted.getpixel((655, 0)) == (255, 0, 0) and fitted.getpixel((656, 0)) == (0, 0, 255)


def test_a_small_picture_is_upscaled_to_the_print_resolution_with_a_warning() -> None:
    with capture_logs() as logs:
        fitted = fit_image(
            halves((1024, 1024), "red", "blue"), Box(0, 0, 8.75, 8.75), dpi=300, name="page-02"
        )

    assert fitted.size == (2625, 2625)
    assert logs == [
        {
            "event": "illustration upscaled",
            "illustration": "page-02",
            "pixels": "1024x1024",
            "effective_dpi": 117,
            "target_dpi": 300,
            "log_level": "warning",
        }
    ]


@pytest.mark.parametrize(("dpi", "subsampling"), [(300, "4:4:4"), (150, "4:2:0")], ids=["print", "screen"])
def test_jpegs_record_their_resolution_and_keep_colour_detail_in_print(dpi: int, subsampling: str) -> None:
    data = encode_jpeg(halves((64, 64), "red", "blue"), dpi=dpi)

    with Image.open(io.BytesIO(data)) as image:
        layers = image.layer  # type: ignore[attr-defined]
        assert image.format == "JPEG"
        assert image.info["dpi"] == (dpi, dpi)
        sampling = "4:4:4" if layers[0][1:3] == layers[1][1:3] else "4:2:0"
        assert sampling == subsampling


def test_prepared_images_are_jpeg_bytes_of_the_box_size() -> None:
    data = prepare_image(halves((300, 300), "red", "blue"), Box(0, 0, 1.0, 0.5), dpi=150, name="page-01")

    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.size) == ("JPEG", (150, 75))


@pytest.mark.parametrize(
    "colours",
    [("#1d3557", "#a8dadc"), ("#ffd6a5", "#fdffb6"), ("#000000", "#ffffff"), ("#4fd08d", "#f1fbf6")],
    ids=["navy", "pastel", "grey", "mint"],
)
def test_the_palette_keeps_headings_readable_on_its_paper(colours: tuple[str, str]) -> None:
    palette = palette_from(halves((96, 96), *colours))

    def rgb(colour: str) -> tuple[float, float, float]:
        return (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16))

    assert _contrast(rgb(palette.accent_dark), rgb(palette.paper)) >= 4.5
    assert _contrast(rgb(palette.ink), rgb(palette.paper)) >= 7
    assert _contrast(rgb(palette.accent), (255, 255, 255)) >= 3  # large white words on the accent
    assert _contrast(rgb(palette.accent), rgb(palette.paper)) >= 3
