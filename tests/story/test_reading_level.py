"""Reading level per language, bands per age group, word ranges and distinct-2."""

from __future__ import annotations

import pytest

from storyloom.story.reading_level import count_words, distinct_2, measure, raw_score, word_range


def test_flesch_kincaid_grade_of_a_known_sentence() -> None:
    # given six one-syllable words in one sentence: 0.39 * 6 + 11.8 * 1 - 15.59
    text = "The cat sat on the mat."
    # when
    level = measure(text, "en", "0-2")
    # then
    assert level.formula == "Flesch-Kincaid grade"
    assert level.score == pytest.approx(-1.45)
    assert level.within_band is True


def test_kandel_moles_of_a_known_sentence() -> None:
    # given three one-syllable words in one sentence: 207 - 1.015 * 3 - 73.6 * 1
    # when
    score = raw_score("Le chat dort.", "fr")
    # then
    assert score == pytest.approx(130.355)


@pytest.mark.parametrize(
    ("language", "formula", "direction"),
    [
        ("en", "Flesch-Kincaid grade", "grade"),
        ("es", "Fernandez-Huerta", "ease"),
        ("fr", "Kandel-Moles", "ease"),
        ("de", "Wiener Sachtextformel", "grade"),
    ],
    ids=["english", "spanish", "french", "german"],
)
def test_each_language_uses_its_own_formula(language: str, formula: str, direction: str) -> None:
    # when
    level = measure("Una frase. Une phrase. Ein Satz. A sentence.", language, "6-8")
    # then
    assert (level.formula, level.direction, level.language) == (formula, direction, language)


def test_a_long_winded_text_is_too_hard_for_a_board_book() -> None:
    # given
    text = (
        "Notwithstanding considerable meteorological uncertainty, the expedition's organisational "
        "committee unanimously recommended postponing the intercontinental reconnaissance indefinitely."
    )
    # when
    level = measure(text, "en", "0-2")
    # then
    assert level.too_hard is True
    assert level.within_band is False
    assert level.as_json()["band"] == [-4.0, 2.5]


def test_word_range_scales_with_pages_and_never_exceeds_the_limit() -> None:
    # then
    assert word_range("3-5", 12, 5000) == (144, 960)
    assert word_range("9-12", 32, 5000) == (768, 5000)
    assert word_range("9-12", 32, 500) == (500, 500)


def test_count_words_keeps_apostrophes_and_hyphens_inside_words() -> None:
    assert count_words("Jean-Luc didn't stop: 3 cheers!") == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a b c d", 1.0), ("a b a b", 2 / 3), ("word", 1.0)],
    ids=["all-distinct", "repeated-pair", "single-word"],
)
def test_distinct_2(text: str, expected: float) -> None:
    assert distinct_2(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "within the target"),
        ("es", "del objetivo de"),
        ("fr", "la cible de"),
        ("de", "des Zielbereichs"),
    ],
    ids=["english", "spanish", "french", "german"],
)
def test_the_reading_level_line_is_in_the_books_language(language: str, words: str) -> None:
    # when
    label = measure("Mia ran. Mia sat. Mia ate.", language, "3-5", names=["Mia"]).as_json()["label"]
    # then
    assert words in label
    assert "target" not in label or language == "en"
