"""The child-safety word lists."""

from __future__ import annotations

import pytest

from storyloom.story.safety import unsuitable_words


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The monster wanted to kill everyone, and there was blood.", "en", ["blood", "kill"]),
        ("El lobo quería matar a todos.", "es", ["matar"]),
        ("Le loup voulait tuer tout le monde.", "fr", ["tuer"]),
        ("Der Wolf wollte alle töten.", "de", ["töten"]),
        ("Es war ein Horror.", "de", ["horror"]),
    ],
    ids=["english", "spanish", "french", "german", "english-word-in-german"],
)
def test_unsuitable_words_are_found(text: str, language: str, expected: list[str]) -> None:
    assert unsuitable_words(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Sonne war hell, und die Kinder lachten.", "de"),
        ("The duckling was lost, then found by the pond.", "en"),
        ("Le chat dort sur le lit.", "fr"),
    ],
    ids=["german-die-and-hell", "english", "french"],
)
def test_ordinary_words_are_not_flagged(text: str, language: str) -> None:
    assert unsuitable_words(text, language) == []
