"""The appearance flags of `storyloom generate`: an unknown value is one line naming the flag and the
choices, status 2, and nothing is made."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyloom.cli import app
from storyloom.render.illustrator.svg import hair_against
from storyloom.story.appearance import EYE_COLOURS, HAIR_COLOURS, HAIR_STYLES, OUTFIT_COLOURS, SKIN_TONES
from tests.render.fixtures.illustration import pixels_near

runner = CliRunner()
BASE = ["generate", "--name", "Mia", "--age", "3-5", "--moral", "sharing is kind", "--quiet"]


@pytest.mark.parametrize(
    ("flag", "choices"),
    [
        pytest.param("--skin", SKIN_TONES, id="skin"),
        pytest.param("--hair-colour", HAIR_COLOURS, id="hair-colour"),
        pytest.param("--hair-style", HAIR_STYLES, id="hair-style"),
        pytest.param("--eyes", EYE_COLOURS, id="eyes"),
        pytest.param("--outfit-colour", OUTFIT_COLOURS, id="outfit-colour"),
    ],
)
def test_an_unknown_value_exits_2_with_one_line_of_choices(
    flag: str, choices: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "book"
    result = runner.invoke(app, [*BASE, flag, "zebra", "--out", str(out)])

    assert result.exit_code == 2
    lines = [line for line in result.output.strip().splitlines() if line.strip()]
    assert len(lines) == 1
    text = " ".join(result.output.split())
    assert text.startswith(f"error: {flag}: Input should be")
    assert all(f"'{choice}'" in text for choice in choices)
    assert not out.exists()


def test_the_switches_take_no_value() -> None:
    result = runner.invoke(app, [*BASE, "--glasses=yes"])
    assert result.exit_code == 2


@pytest.mark.slow
def test_the_flags_make_a_book_whose_hero_looks_so(runtime: object, tmp_path: Path) -> None:
    import json

    out = tmp_path / "book"
    result = runner.invoke(
        app,
        [*BASE, "--pages", "8", "--seed", "3", "--out", str(out), "--style", "flat", "--skin", "deep-brown",
         "--hair-colour", "auburn", "--hair-style", "coily", "--eyes", "green", "--glasses", "--freckles",
         "--hearing-aid", "--wheelchair", "--outfit-colour", "purple"],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    story = json.loads((out / "story.json").read_text())
    [hero] = [c for c in story["characters"] if c["role"] == "hero"]
    bible = hero["bible"]
    assert bible["colours"]["skin"] == SKIN_TONES["deep-brown"][1]
    assert bible["colours"]["hair"] == HAIR_COLOURS["auburn"][1]
    assert bible["colours"]["eyes"] == EYE_COLOURS["green"][1]
    assert bible["colours"]["outfit"] == OUTFIT_COLOURS["purple"][1]
    assert bible["hair"] == "short coily auburn hair"
    for mark in ("round glasses", "freckles", "hearing aid", "wheelchair", "green eyes"):
        assert mark in bible["distinguishing_marks"]
    # and the screen PDF's pages show that skin and hair (colours that no scenery of this book uses)
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(out / "book-screen.pdf"), str(tmp_path / "pdf")], check=True
    )
    pages = sorted(tmp_path.glob("pdf-*.png"))
    # auburn, a little redder and lighter so that it stands apart from deep brown skin
    drawn_hair = hair_against(HAIR_COLOURS["auburn"][1], SKIN_TONES["deep-brown"][1])
    assert len(pages) >= 8
    showing = [
        page
        for page in pages
        if pixels_near(page.read_bytes(), SKIN_TONES["deep-brown"][1], 12) >= 20
        and pixels_near(page.read_bytes(), drawn_hair, 12) >= 10
    ]
    assert len(showing) >= 7, [p.name for p in showing]
