"""The last pass over every sentence the engine writes: the spelling rules templates cannot know.

Templates are filled with names, goals and settings whose first letters and articles are only known
at run time, so contractions ("de le" -> "du"), elision ("de Élodie" -> "d'Élodie") and German
capitals after a colon are settled here, once the words are in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_VOWEL = "aeiouàâäéèêëîïôöûüAEIOUÀÂÄÉÈÊËÎÏÔÖÛÜ"

_FRENCH_CONTRACTIONS = (
    (re.compile(r"\b([Dd])e le\b"), lambda m: "du" if m.group(1) == "d" else "Du"),
    (re.compile(r"\b([Dd])e les\b"), lambda m: "des" if m.group(1) == "d" else "Des"),
    (re.compile(r"\b([Àà]) le\b"), lambda m: "au" if m.group(1) == "à" else "Au"),
    (re.compile(r"\b([Àà]) les\b"), lambda m: "aux" if m.group(1) == "à" else "Aux"),
)
_ELIDED = (
    "[Dd]e",
    "[Qq]ue",
    "[Ll]orsque",
    "[Pp]uisque",
    "[Jj]usque",
    "[Nn]e",
    "[Ss]e",
    "[Jj]e",
    "[Mm]e",
    "[Tt]e",
    "[Ll]e",
    "[Ll]a",
)
_FRENCH_ELISION = re.compile(rf"\b({'|'.join(_ELIDED)}) (?=[{_VOWEL}])")
_FRENCH_SI = re.compile(r"\b([Ss])i (ils?)\b")
_SPANISH_CONTRACTIONS = (
    (re.compile(r"\b([Dd])e el\b"), lambda m: f"{m.group(1)}el"),
    (re.compile(r"\b([Aa]) el\b"), lambda m: f"{m.group(1)}l"),
)
_GERMAN_COLON = re.compile(r"(: )([a-zäöüß])")


def _french(text: str) -> str:
    for pattern, replace in _FRENCH_CONTRACTIONS:
        text = pattern.sub(replace, text)
    text = _FRENCH_ELISION.sub(lambda m: m.group(1)[:-1] + "'", text)
    return _FRENCH_SI.sub(lambda m: f"{m.group(1)}'{m.group(2)}", text)


def _spanish(text: str) -> str:
    for pattern, replace in _SPANISH_CONTRACTIONS:
        text = pattern.sub(replace, text)
    return text


def _german(text: str) -> str:
    return _GERMAN_COLON.sub(lambda m: m.group(1) + m.group(2).upper(), text)


_RULES: dict[str, Callable[[str], str]] = {"fr": _french, "es": _spanish, "de": _german}


def polish(text: str, language: str) -> str:
    """`text` with the language's contractions, elisions and capitals after a colon applied."""
    rule = _RULES.get(language)
    if rule:
        text = rule(text)
    return re.sub(r" {2,}", " ", text)


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "by", "for", "from", "under", "with"}
)


def headline(title: str, language: str) -> str:
    """An English title in title case ("Mia and the Old Rope Bridge"); other languages' as written."""
    if language != "en":
        return title
    words = title.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


_ENGLISH_BY = re.compile(r"\b(seaside|beach|sea|coast|shore|lake|river|harbou?r)\b", re.IGNORECASE)
_ENGLISH_ON = re.compile(r"\b(island|farm|moon|planet|ship|boat|hill|mountaintop)\b", re.IGNORECASE)
_PREPOSITIONS = {
    "en": (
        "in",
        "on",
        "at",
        "by",
        "near",
        "under",
        "inside",
        "beside",
        "behind",
        "beyond",
        "among",
        "across",
        "above",
        "below",
        "outside",
        "over",
        "along",
        "far",
        "deep",
        "up",
        "down",
        "high",
        "somewhere",
    ),
    "es": (
        "en",
        "junto",
        "cerca",
        "bajo",
        "sobre",
        "dentro",
        "a",
        "al",
        "entre",
        "tras",
        "detrás",
        "delante",
        "encima",
        "debajo",
        "lejos",
        "allá",
        "por",
        "frente",
        "fuera",
        "arriba",
        "abajo",
    ),
    "fr": (
        "dans",
        "sur",
        "au",
        "aux",
        "à",
        "près",
        "sous",
        "chez",
        "en",
        "vers",
        "derrière",
        "devant",
        "entre",
        "parmi",
        "loin",
        "au-dessus",
        "hors",
        "là-bas",
        "là-haut",
        "auprès",
    ),
    "de": (
        "in",
        "im",
        "am",
        "an",
        "auf",
        "bei",
        "beim",
        "unter",
        "zu",
        "zum",
        "zur",
        "hoch",
        "oben",
        "hinter",
        "vor",
        "neben",
        "über",
        "zwischen",
        "nahe",
        "mitten",
        "weit",
        "tief",
        "ganz",
        "draußen",
        "unten",
        "nah",
        "fern",
        "ins",
        "aufs",
        "ans",
    ),
}
"""Words that start a setting phrase which already says where ("high in the mountains", "en haute
montagne", "hoch in den Bergen"): such a phrase takes no preposition of ours."""
_GERMAN_DATIVE = {"der": "im", "das": "im", "die": "in der", "ein": "in einem", "eine": "in einer"}


def place_phrase(setting: str, language: str) -> str:
    """Where the story happens, as a phrase that follows "lived": "by the seaside", "dans le jardin"."""
    first = setting.split(" ", 1)[0].casefold()
    if first in _PREPOSITIONS[language]:
        return setting
    if language == "en":
        preposition = "by" if _ENGLISH_BY.search(setting) else "on" if _ENGLISH_ON.search(setting) else "in"
        return f"{preposition} {setting}"
    if language == "es":
        return f"en {setting}"
    if language == "fr":
        lowered = setting.casefold()
        if re.search(r"\bplage\b", lowered):
            return f"sur {setting}"
        if re.match(r"(la )?mer\b", lowered):
            return f"au bord de {setting}"
        return polish(f"dans {setting}", "fr")
    if first in _GERMAN_DATIVE:
        if " " not in setting:
            return f"in {setting}"
        return f"{_GERMAN_DATIVE[first]} {_german_dative_adjectives(setting.split(' ', 1)[1])}"
    return f"in {setting}"


def _german_dative_adjectives(phrase: str) -> str:
    """Adjectives before the noun declined after a dative article: "verschneites" -> "verschneiten"."""
    words = phrase.split(" ")
    for index, word in enumerate(words):
        if word[:1].isupper():
            break
        if word.endswith(("es", "er", "em")):
            words[index] = word[:-2] + "en"
        elif word.endswith("e"):
            words[index] = word + "n"
    return " ".join(words)


_NO_AGREEMENT = frozenset(
    [
        "et",
        "mais",
        "ou",
        "très",
        "trop",
        "si",
        "assez",
        "plutôt",
        "toujours",
        "un",
        "peu",
        "bien",
        "aussi",
        "pas",
        "jamais",
        "tout",
        "vraiment",
        "y",
        "e",
        "o",
        "u",
        "ni",
        "pero",
        "muy",
        "poco",
        "tan",
        "bastante",
        "algo",
        "demasiado",
        "siempre",
        "también",
        "más",
        "menos",
        "no",
        "nada",
    ]
)
_DETERMINERS = frozenset(
    [
        "de",
        "d'",
        "du",
        "des",
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "au",
        "aux",
        "à",
        "avec",
        "pour",
        "en",
        "son",
        "sa",
        "ses",
        "del",
        "el",
        "los",
        "las",
        "una",
        "al",
        "a",
        "con",
        "por",
        "para",
        "sin",
        "su",
        "sus",
    ]
)
_FRENCH_FEMININE = {
    "gentil": "gentille",
    "beau": "belle",
    "nouveau": "nouvelle",
    "fou": "folle",
    "mou": "molle",
    "vieux": "vieille",
    "malin": "maligne",
    "doux": "douce",
    "roux": "rousse",
    "faux": "fausse",
    "frais": "fraîche",
    "blanc": "blanche",
    "franc": "franche",
    "sec": "sèche",
    "long": "longue",
    "gros": "grosse",
    "gras": "grasse",
    "bas": "basse",
    "favori": "favorite",
    "complet": "complète",
    "inquiet": "inquiète",
    "secret": "secrète",
    "discret": "discrète",
    "meilleur": "meilleure",
    "public": "publique",
    "grec": "grecque",
    "fier": "fière",
    "cher": "chère",
}
_SPANISH_INVARIABLE = frozenset(
    ["mejor", "peor", "mayor", "menor", "superior", "inferior", "interior", "exterior", "cortés"]
)


def _french_feminine(word: str) -> str:
    lowered = word.casefold()
    if lowered in _FRENCH_FEMININE:
        return _FRENCH_FEMININE[lowered]
    for ending, feminine in (
        ("eux", "euse"),
        ("eur", "euse"),
        ("if", "ive"),
        ("ier", "ière"),
        ("er", "ère"),
        ("el", "elle"),
        ("eil", "eille"),
        ("ien", "ienne"),
        ("on", "onne"),
        ("et", "ette"),
    ):
        if lowered.endswith(ending):
            return word[: -len(ending)] + feminine
    if lowered.endswith(
        (
            "ant",
            "ent",
            "and",
            "ard",
            "ais",
            "ois",
            "ot",
            "ut",
            "in",
            "ain",
            "un",
            "é",
            "i",
            "u",
            "it",
            "al",
            "il",
            "ul",
            "ic",
            "ond",
            "ort",
            "rt",
            "nd",
            "ct",
        )
    ):
        return word + "e"
    return word


def _spanish_feminine(word: str) -> str:
    lowered = word.casefold()
    if lowered in _SPANISH_INVARIABLE:
        return word
    if lowered.endswith("o"):
        return word[:-1] + "a"
    if lowered.endswith(("or", "ol")):
        return word + "a"
    for ending, feminine in (("ón", "ona"), ("án", "ana"), ("és", "esa"), ("ín", "ina")):
        if lowered.endswith(ending):
            return word[: -len(ending)] + feminine
    return word


def agree(traits: str, language: str, feminine: bool) -> str:
    """Traits said of a character, agreeing with her: "drôle et gentille", "muy curiosa". The words
    after a preposition or article ("plein d'idées", "amante de los libros") are nouns and stay."""
    if not feminine or language not in ("fr", "es"):
        return traits
    inflect = _french_feminine if language == "fr" else _spanish_feminine
    words = re.split(r"(\s+|,|')", traits)
    after_determiner = False
    out: list[str] = []
    for piece in words:
        lowered = piece.casefold()
        if not piece or not piece.strip(" ,") or piece == "'":
            if piece == "'" and out:
                after_determiner = True
            out.append(piece)
            continue
        if after_determiner or lowered in _NO_AGREEMENT or not piece.isalpha():
            out.append(piece)
        else:
            out.append(inflect(piece))
        after_determiner = lowered in _DETERMINERS
    return "".join(out)
