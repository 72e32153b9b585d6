"""The reader's pictures: a picture's screen copy is served as it is, neither decoded nor encoded."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from storyloom.render.raster import encode
from storyloom.storage import asset_key, memory_store
from storyloom.web.files import _stored_screen_jpeg


def _picture(size: int) -> Image.Image:
    picture = Image.new("RGB", (size, size), "#3b7dd8")
    picture.paste(Image.new("RGB", (size // 2, size // 2), "#e4574b"), (size // 4, size // 4))
    return picture


def test_the_reader_gets_the_screen_copy_itself_when_it_asks_for_its_width_or_more() -> None:
    store = memory_store()
    copy = encode(_picture(1313), "screen-jpeg")
    store.put(asset_key("s1", "pages/01.png"), encode(_picture(1313), "png"))
    store.put(asset_key("s1", "screen/pages/01.jpg"), copy)

    assert _stored_screen_jpeg(store, "s1", "pages/01.png", 1600) == copy
    smaller = Image.open(io.BytesIO(_stored_screen_jpeg(store, "s1", "pages/01.png", 480)))
    assert (smaller.format, smaller.size) == ("JPEG", (480, 480))


@pytest.mark.parametrize("width", [pytest.param(1600, id="wide"), pytest.param(480, id="narrow")])
def test_a_picture_without_a_screen_copy_is_made_from_the_stored_png(width: int) -> None:
    store = memory_store()
    store.put(asset_key("s1", "pages/01.png"), encode(_picture(1313), "png"))

    served = Image.open(io.BytesIO(_stored_screen_jpeg(store, "s1", "pages/01.png", width)))

    assert (served.format, served.size) == ("JPEG", (min(width, 1313),) * 2)
