"""Download names keep the book's title in any script, with an ASCII fallback."""

from __future__ import annotations

import pytest

from storyloom.web.filenames import content_disposition


@pytest.mark.parametrize(
    ("title", "suffix", "expected"),
    [
        pytest.param(
            "Lucía y la brújula dorada",
            "-print.pdf",
            'attachment; filename="Lucia y la brujula dorada-print.pdf"; '
            "filename*=UTF-8''Luc%C3%ADa%20y%20la%20br%C3%BAjula%20dorada-print.pdf",
            id="spanish",
        ),
        pytest.param(
            "Jörg und der große Bär",
            "-screen.pdf",
            'attachment; filename="Jorg und der groe Bar-screen.pdf"; '
            "filename*=UTF-8''J%C3%B6rg%20und%20der%20gro%C3%9Fe%20B%C3%A4r-screen.pdf",
            id="german",
        ),
        pytest.param(
            "Zoé et l'étoile filante",
            ".mp3",
            'attachment; filename="Zoe et l\'etoile filante.mp3"; '
            "filename*=UTF-8''Zo%C3%A9%20et%20l%27%C3%A9toile%20filante.mp3",
            id="french",
        ),
        pytest.param(
            "ハナと月のランタン",
            "-print.pdf",
            'attachment; filename="storybook-print.pdf"; '
            "filename*=UTF-8''%E3%83%8F%E3%83%8A%E3%81%A8%E6%9C%88%E3%81%AE%E3%83%A9%E3%83%B3%E3%82%BF%E3%83%B3-print.pdf",
            id="japanese",
        ),
        pytest.param(
            "Маша и медведь",
            "-print.pdf",
            'attachment; filename="storybook-print.pdf"; '
            "filename*=UTF-8''%D0%9C%D0%B0%D1%88%D0%B0%20%D0%B8%20%D0%BC%D0%B5%D0%B4%D0%B2%D0%B5%D0%B4%D1%8C-print.pdf",
            id="russian",
        ),
        pytest.param(
            "Mia and the Moon", "-print.pdf", 'attachment; filename="Mia and the Moon-print.pdf"', id="ascii"
        ),
        pytest.param(
            'A "quoted"/path\\name', ".pdf", 'attachment; filename="A quoted path name.pdf"', id="unsafe"
        ),
        pytest.param(None, ".pdf", 'attachment; filename="storybook.pdf"', id="untitled"),
    ],
)
def test_the_title_survives_in_filename_star_with_an_ascii_fallback(
    title: str | None, suffix: str, expected: str
) -> None:
    assert content_disposition(title, suffix) == expected


def test_inline_narration_is_not_an_attachment() -> None:
    assert content_disposition("Mia", ".mp3", download=False) == 'inline; filename="Mia.mp3"'
