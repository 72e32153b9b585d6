"""The one signature comparison: exact, constant-time, and never raising on malformed input."""

from __future__ import annotations

import pytest

from storyloom.signatures import signature_matches, well_formed

EXPECTED = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def test_the_same_signature_matches() -> None:
    assert signature_matches(EXPECTED, EXPECTED)


@pytest.mark.parametrize(
    "received",
    [
        pytest.param(None, id="missing"),
        pytest.param("", id="empty"),
        pytest.param("é" + EXPECTED[1:], id="non-ascii"),
        pytest.param("\u200b" + EXPECTED, id="invisible-non-ascii"),
        pytest.param(EXPECTED.upper(), id="upper-case"),
        pytest.param(EXPECTED * 100, id="long"),
        pytest.param(EXPECTED[:-1], id="short"),
        pytest.param(b"bytes", id="not-a-string"),
    ],
)
def test_malformed_or_different_signatures_do_not_match_and_do_not_raise(received: object) -> None:
    assert signature_matches(EXPECTED, received) is False


def test_well_formed_means_short_non_empty_ascii() -> None:
    assert well_formed("abc") and not well_formed("ä") and not well_formed("") and not well_formed("a" * 513)
