"""The command line refuses bad input with one line naming the flag's field, and status 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyloom.cli import app, parse_character

runner = CliRunner()
BASE = ["generate", "--name", "Mia", "--age", "3-5", "--moral", "sharing is kind"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        pytest.param(["--name", ""], "child_name must not be empty", id="empty-name"),
        pytest.param(["--age", "99"], "age_group: Input should be '0-2', '3-5', '6-8' or '9-12'", id="age"),
        pytest.param(["--pages", "0"], "page_count: Input should be greater than or equal to 8", id="pages"),
        pytest.param(["--genre", "horror"], "genre: Input should be", id="genre"),
        pytest.param(["--language", "xx"], "language: Input should be", id="language"),
        pytest.param(["--style", "oil"], "illustration_style: Input should be", id="style"),
        pytest.param(["--moral", "x"], "moral_lesson must be at least 3 characters", id="moral"),
        pytest.param(["--pronouns", "it"], "pronouns: Input should be", id="pronouns"),
        pytest.param(
            ["--dedication", "x" * 201], "dedication: String should have at most 200", id="dedication"
        ),
        pytest.param(
            ["--character", "R2:robot"], "characters.0.name: name may contain only letters", id="friend"
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(extra: list[str], message: str) -> None:
    result = runner.invoke(app, [*BASE, *extra])

    assert result.exit_code == 2
    lines = [line for line in result.output.strip().splitlines() if line.strip()]
    assert len(lines) == 1
    assert message in " ".join(result.output.split())


def test_a_character_flag_splits_into_fields() -> None:
    assert parse_character("Leo:fox:curious:red scarf") == {
        "name": "Leo", "kind": "fox", "traits": "curious", "look": "red scarf",
    }  # fmt: skip
    assert parse_character("Leo") == {"name": "Leo"}


def test_a_language_that_is_not_enabled_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, [*BASE, "--language", "es", "--quiet"])

    assert result.exit_code == 2
    assert "ENABLE_MULTI_LANGUAGE" in result.output


def test_a_refused_book_stops_the_render_processes_before_it_exits(tmp_path: Path) -> None:
    """The render processes start while the book is checked: a refused book waits for them to exit, so
    the one line is all the customer reads (a process left half-started printed a traceback)."""
    env = {
        **os.environ,
        "DATA_DIR": str(tmp_path / "data"),
        "ENABLE_MULTI_LANGUAGE": "false",
        "RENDER_PROCESSES": "2",
    }
    command = [sys.executable, "-m", "storyloom.cli", *BASE, "--language", "es", "--quiet"]

    result = subprocess.run(
        [*command, "--out", str(tmp_path / "book")], env=env, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 2
    assert "ENABLE_MULTI_LANGUAGE" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr + result.stdout


def test_doctor_with_no_keys_says_the_built_in_providers_are_ready() -> None:
    result = runner.invoke(app, ["doctor"])

    assert result.exit_code == 0
    assert "The built-in providers are ready" in result.output


def test_doctor_exits_1_when_a_provider_the_settings_use_will_not_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("IMAGE_PROVIDER", "stability")

    result = runner.invoke(app, ["doctor"])

    assert result.exit_code == 1
    assert "STABILITY_API_KEY is not set" in result.output


@pytest.mark.parametrize(
    ("elapsed", "eta", "done", "previous", "fraction"),
    [
        pytest.param(30.0, 30, 20, 0.5, 0.5, id="half-the-time"),
        pytest.param(40.0, 20, 21, 0.5, 40 / 60, id="moves-through-the-pdf"),
        pytest.param(40.0, 80, 21, 0.6, 0.6, id="never-back"),
        pytest.param(5.0, None, 11, 0.0, 0.5, id="units-before-an-estimate"),
        pytest.param(99.0, 0, 22, 0.9, 0.99, id="full-only-when-done"),
    ],
)
def test_the_bar_follows_the_time_left(
    elapsed: float, eta: int | None, done: int, previous: float, fraction: float
) -> None:
    from storyloom.cli import bar_fraction

    assert bar_fraction(elapsed, eta, done, 22, previous) == pytest.approx(fraction)
