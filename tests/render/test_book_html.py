"""The shared page HTML and CSS, and the bundled fonts they load."""

from __future__ import annotations

import base64
import re

import pytest

from storyloom.render.book import (
    FONT_FACES,
    FONTS_DIR,
    book_css,
    book_pages,
    missing_characters,
    qr_data_uri,
    render_page_html,
)
from storyloom.render.book.fonts import BODY_FILES, DISPLAY_FILES
from tests.render.fixtures.book import make_book

NAMES = ["Zoë", "José", "Łucja", "Ngọc"]
POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
WESTERN = "äöüßàâçéèêëîïôûùüÿœæñ¿¡«»“”‘’—–…"


def web_url(name: str) -> str:
    return f"/api/assets/stories/st_demo/{name}.png"


def test_a_story_page_is_a_trim_sized_section_showing_its_illustration_and_text() -> None:
    book = make_book(3, image_px=64)
    page = next(p for p in book_pages(book, edition="screen") if p.kind == "story")

    html = render_page_html(page, image_url=web_url)

    assert re.search(
        r'<section class="page page--story layout-full-bleed text-bottom"\s+id="book-page-3"', html
    )
    assert 'src="/api/assets/stories/st_demo/page-01.png"' in html
    assert "Zoë woke up early and heard a tiny voice calling from the garden." in html
    assert 'data-story-page="1"' in html


def test_page_text_is_escaped() -> None:
    book = make_book(8, image_px=64)
    book.story.chapters[0].text = "Zoë wrote <b>hello</b> & waved."
    page = next(p for p in book_pages(book, edition="screen") if p.kind == "story")

    html = render_page_html(page, image_url=web_url)

    assert "Zoë wrote &lt;b&gt;hello&lt;/b&gt; &amp; waved." in html
    assert "<b>hello</b>" not in html


def test_every_kind_of_page_renders_for_the_web_reader() -> None:
    pages = book_pages(make_book(8, image_px=64), edition="print", qr_codes=True)

    kinds = {page.kind: render_page_html(page, image_url=web_url) for page in pages}

    assert sorted(kinds) == sorted(
        ["cover", "belongs-to", "title", "story", "moral", "learning", "draw", "notes", "back-cover"]
    )
    assert "This book belongs to" in kinds["belongs-to"]
    assert (
        "lantern" in kinds["learning"] and "How did each friend help to fix the bridge?" in kinds["learning"]
    )
    assert "Friends who help each other can mend anything" in kinds["moral"]


@pytest.mark.parametrize(
    ("trim", "size"),
    [("8.5x8.5", "8.5000in 8.5000in"), ("8x10", "8.0000in 10.0000in"), ("a4", "8.2677in 11.6929in")],
    ids=["square", "portrait", "a4"],
)
def test_book_css_sizes_the_page_to_the_trim(trim: str, size: str) -> None:
    css = book_css(trim)

    assert f"@page {{ size: {size}; margin: 0;  background: white; }}" in css
    assert f"--trim-width: {size.split()[0]}" in css


def test_print_css_adds_the_bleed_and_optionally_crop_marks() -> None:
    plain = book_css("8.5x8.5", edition="print")
    marked = book_css("8.5x8.5", edition="print", crop_marks=True)

    assert "bleed: 0.125in; marks: none;" in plain
    assert "bleed: 0.5in; marks: crop;" in marked


def test_book_css_loads_every_bundled_face_from_the_url_it_is_given() -> None:
    css = book_css("8.5x8.5", font_url=lambda name: f"/static/book-fonts/{name}")

    for face in FONT_FACES:
        assert f'src: url("/static/book-fonts/{face.file}") format("truetype")' in css
    assert "sans-serif" not in css and "serif;" not in css


def test_the_default_font_urls_point_into_the_package() -> None:
    css = book_css("8.5x8.5")

    urls = re.findall(r'url\("file://([^"]+)"\)', css)
    assert len(urls) == len(FONT_FACES)
    assert all(FONTS_DIR.joinpath(url.rsplit("/", 1)[1]).is_file() for url in urls)


def test_the_fonts_ship_with_their_licences_and_stay_small() -> None:
    files = {path.name for path in FONTS_DIR.iterdir()}
    total = sum(path.stat().st_size for path in FONTS_DIR.iterdir())

    assert {face.file for face in FONT_FACES} <= files
    assert {"OFL-Andika.txt", "OFL-Comfortaa.txt", "OFL-NotoSans.txt", "README.txt"} <= files
    assert "SIL Open Font License" in (FONTS_DIR / "OFL-Andika.txt").read_text(encoding="utf-8")
    assert total < 4_000_000


@pytest.mark.parametrize(
    "text", [" ".join(NAMES), POLISH, VIETNAMESE, WESTERN], ids=["names", "polish", "vietnamese", "western"]
)
def test_the_main_faces_themselves_have_every_letter_of_the_supported_languages(text: str) -> None:
    assert missing_characters([text], BODY_FILES[:1]) == set()
    assert missing_characters([text], DISPLAY_FILES[:1]) == set()


def test_greek_names_fall_back_to_noto_sans_which_has_them() -> None:
    assert "ί" in missing_characters(["Σοφία"], BODY_FILES[:1])
    assert missing_characters(["Σοφία Γιώργος"], BODY_FILES) == set()


def test_qr_codes_are_vector_svg() -> None:
    uri = qr_data_uri("https://books.example.com/stories/st_demo#page-3")

    svg = base64.b64decode(uri.removeprefix("data:image/svg+xml;base64,")).decode()
    assert uri.startswith("data:image/svg+xml;base64,")
    assert "<svg" in svg and "<path" in svg
