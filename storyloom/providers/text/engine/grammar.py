"""The last pass over every sentence the engine writes: the spelling rules templates cannot know.

Templates are filled with names, goals and settings whose first letters and articles are only known
at run time, so contractions ("de le" -> "du"), elision ("de Élodie" -> "d'Élodie") and German
capitals after a colon are settled here, once the words are in place.
"""

from __future__ import annotations

import re
import unicodedata
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
    """Where the story happens, as a phrase that follows "lived": "by the seaside", "dans le jardin".

    A known place typed without an article ("farm", "Bauernhof") or in another language ("farm" in a
    French book) is said in the book's language ("dans une ferme", "auf einem Bauernhof"); an unknown
    word without an article is named as a place ("dans un endroit appelé « moonbase »")."""
    first = setting.split(" ", 1)[0].casefold()
    if first in _PREPOSITIONS[language]:
        return setting
    own = _own_determiner(setting, language)
    known = _known_setting(setting)
    if known is None and not own and language != "en" and not (language == "de" and setting[:1].isupper()):
        # "verschneites Dorf": "in einem kleinen Dorf"; a German name's place ("Omas Garten") stays
        known = _known_setting(setting, loose=True)
    elif known is None and not own and language == "en":
        loose = _known_setting(setting, loose=True)  # "snowy village" is "the snowy village" in English
        known = None if loose is None or "en" in loose[1] else loose
    if known is not None and (not own or language not in known[1]):
        return SETTING_PHRASES[known[0]][language]
    if not own:
        if setting[:1].isupper():
            return {
                "en": f"in {setting}",
                "es": f"en {setting}",
                "fr": f"à {setting}",
                "de": f"in {setting}",
            }[language]
        if language == "en":
            setting = f"the {setting}"
        else:
            return _CALLED[language].format(setting=setting)
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


_ARTICLES = {
    "en": frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that"}),
    "es": frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "mi", "tu", "su", "nuestro"})
    | frozenset({"nuestra", "este", "esta", "aquel", "aquella"}),
    "fr": frozenset({"le", "la", "les", "un", "une", "des", "du", "mon", "ma", "mes", "ton", "ta", "son"})
    | frozenset({"sa", "notre", "votre", "leur", "ce", "cet", "cette"}),
    "de": frozenset({"der", "die", "das", "ein", "eine", "mein", "meine", "unser", "unsere", "dem", "den"})
    | frozenset({"dein", "deine", "sein", "seine", "ihr", "ihre", "diese", "dieser", "dieses"}),
}
"""Words that start a noun phrase in each language: a setting that starts with one reads as typed."""

_CALLED = {
    "es": "en un lugar llamado «{setting}»",
    "fr": "dans un endroit appelé « {setting} »",
    "de": "an einem Ort namens „{setting}“",
}
"""An unknown place typed without an article, named as a place (its gender is not known)."""

SETTING_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "farm": {"en": ("farm",), "es": ("granja",), "fr": ("ferme",), "de": ("bauernhof", "hof")},
    "seaside": {
        "en": ("seaside", "beach", "seashore", "coast", "shore", "sea"),
        "es": ("playa", "costa", "mar"),
        "fr": ("plage", "mer", "bord de mer", "cote"),
        "de": ("strand", "meer", "kuste"),
    },
    "space": {
        "en": ("space", "outer space"),
        "es": ("espacio", "espacio exterior"),
        "fr": ("espace",),
        "de": ("weltall", "weltraum", "all"),
    },
    "moon": {"en": ("moon",), "es": ("luna",), "fr": ("lune",), "de": ("mond",)},
    "forest": {
        "en": ("forest", "woods", "wood"),
        "es": ("bosque",),
        "fr": ("foret", "bois"),
        "de": ("wald",),
    },
    "garden": {"en": ("garden",), "es": ("jardin",), "fr": ("jardin",), "de": ("garten",)},
    "park": {"en": ("park",), "es": ("parque",), "fr": ("parc",), "de": ("park",)},
    "playground": {
        "en": ("playground",),
        "es": ("parque infantil",),
        "fr": ("aire de jeux",),
        "de": ("spielplatz",),
    },
    "castle": {"en": ("castle", "palace"), "es": ("castillo", "palacio"), "fr": ("chateau", "palais")}
    | {"de": ("schloss", "burg", "palast")},
    "school": {"en": ("school",), "es": ("escuela", "colegio"), "fr": ("ecole",), "de": ("schule",)},
    "library": {"en": ("library",), "es": ("biblioteca",), "fr": ("bibliotheque",), "de": ("bibliothek",)},
    "home": {
        "en": ("home", "house", "bedroom", "kitchen"),
        "es": ("casa", "dormitorio", "habitacion", "cocina"),
        "fr": ("maison", "chambre", "cuisine"),
        "de": ("haus", "zuhause", "schlafzimmer", "kinderzimmer", "kuche"),
    },
    "mountains": {
        "en": ("mountains", "mountain", "hills"),
        "es": ("montana", "montanas"),
        "fr": ("montagne", "montagnes"),
        "de": ("berge", "gebirge", "berg"),
    },
    "desert": {"en": ("desert",), "es": ("desierto",), "fr": ("desert",), "de": ("wuste",)},
    "jungle": {"en": ("jungle",), "es": ("selva", "jungla"), "fr": ("jungle",), "de": ("dschungel",)},
    "village": {"en": ("village",), "es": ("pueblo", "aldea"), "fr": ("village",), "de": ("dorf",)},
    "city": {"en": ("city", "town"), "es": ("ciudad",), "fr": ("ville",), "de": ("stadt",)},
    "underwater": {
        "en": ("ocean", "underwater", "under the sea"),
        "es": ("oceano", "fondo del mar"),
        "fr": ("ocean", "fond de la mer"),
        "de": ("ozean", "unterwasser"),
    },
    "boat": {"en": ("boat", "ship"), "es": ("barco",), "fr": ("bateau", "navire"), "de": ("boot", "schiff")},
}
"""Known places a customer may type as one word or two, per language, accents folded."""

SETTING_PHRASES: dict[str, dict[str, str]] = {
    "farm": {"en": "on a farm", "es": "en una granja", "fr": "dans une ferme", "de": "auf einem Bauernhof"},
    "seaside": {"en": "by the seaside", "es": "junto al mar", "fr": "au bord de la mer", "de": "am Meer"},
    "space": {"en": "in outer space", "es": "en el espacio", "fr": "dans l'espace", "de": "im Weltall"},
    "moon": {"en": "on the moon", "es": "en la luna", "fr": "sur la lune", "de": "auf dem Mond"},
    "forest": {"en": "in a forest", "es": "en un bosque", "fr": "dans une forêt", "de": "in einem Wald"},
    "garden": {
        "en": "in a house with a garden",
        "es": "en una casa con jardín",
        "fr": "dans une maison avec un jardin",
        "de": "in einem Haus mit Garten",
    },
    "park": {
        "en": "near a park",
        "es": "cerca de un parque",
        "fr": "près d'un parc",
        "de": "nahe einem Park",
    },
    "playground": {
        "en": "near a playground",
        "es": "cerca de un parque infantil",
        "fr": "près d'une aire de jeux",
        "de": "nahe einem Spielplatz",
    },
    "castle": {
        "en": "in a castle",
        "es": "en un castillo",
        "fr": "dans un château",
        "de": "in einem Schloss",
    },
    "school": {
        "en": "near a school",
        "es": "cerca de una escuela",
        "fr": "près d'une école",
        "de": "nahe einer Schule",
    },
    "library": {
        "en": "near a library",
        "es": "cerca de una biblioteca",
        "fr": "près d'une bibliothèque",
        "de": "nahe einer Bibliothek",
    },
    "home": {
        "en": "in a cosy little house",
        "es": "en una casita acogedora",
        "fr": "dans une petite maison douillette",
        "de": "in einem gemütlichen kleinen Haus",
    },
    "mountains": {
        "en": "in the mountains",
        "es": "en las montañas",
        "fr": "à la montagne",
        "de": "in den Bergen",
    },
    "desert": {"en": "in the desert", "es": "en el desierto", "fr": "dans le désert", "de": "in der Wüste"},
    "jungle": {"en": "in the jungle", "es": "en la selva", "fr": "dans la jungle", "de": "im Dschungel"},
    "village": {
        "en": "in a little village",
        "es": "en un pueblecito",
        "fr": "dans un petit village",
        "de": "in einem kleinen Dorf",
    },
    "city": {
        "en": "in a big city",
        "es": "en una gran ciudad",
        "fr": "dans une grande ville",
        "de": "in einer großen Stadt",
    },
    "underwater": {"en": "under the sea", "es": "bajo el mar", "fr": "sous la mer", "de": "unter dem Meer"},
    "boat": {"en": "on a boat", "es": "en un barco", "fr": "sur un bateau", "de": "auf einem Boot"},
}
"""How each language says that a story happens at a known place (`SETTING_WORDS`)."""


def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _own_determiner(setting: str, language: str) -> bool:
    """Whether the setting starts as a noun phrase of `language` does: with its article or determiner
    ("la granja", "l'école"), or in English with a possessive ("Grandma's garden")."""
    first = setting.split(" ", 1)[0].casefold()
    if language == "fr" and first.startswith(("l'", "l’")):
        return True
    if language == "en" and first.endswith(("'s", "’s")):
        return True
    return first in _ARTICLES[language]


def _known_setting(setting: str, loose: bool = False) -> tuple[str, frozenset[str]] | None:
    """The known place a setting names (its article dropped, or the noun after an English possessive:
    "Grandma's garden"), and the languages whose word it is; None if it is not one of `SETTING_WORDS`.
    `loose`: else the place its last or first word names ("a snowy mountain village": a village)."""
    words = _fold_accents(setting).replace("’", "'").split()
    if words and (words[0] in _ALL_ARTICLES or words[0].startswith("l'")):
        words[0] = words[0][2:] if words[0].startswith("l'") else ""
    if words and words[0].endswith("'s"):
        words = words[1:]
    phrase = " ".join(word for word in words if word)
    found = _SETTING_INDEX.get(phrase)
    if found is None and loose and phrase:
        first, last = _SETTING_INDEX.get(phrase.split()[0]), _SETTING_INDEX.get(phrase.split()[-1])
        # The noun comes first in Spanish and French ("pueblo en la montaña"), last in English and German.
        found = first if first is not None and {"es", "fr"} & first[1] else last or first
    return found


_ALL_ARTICLES = frozenset().union(*_ARTICLES.values())
_SETTING_INDEX: dict[str, tuple[str, frozenset[str]]] = {
    word: (key, frozenset(lang for lang, own in by_language.items() if word in own))
    for key, by_language in SETTING_WORDS.items()
    for words in by_language.values()
    for word in words
}


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


_FEMININE_PLURAL: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        (r"\bS'ils\b", "Si elles"),
        (r"\bs'ils\b", "si elles"),
        (r"\bIls\b", "Elles"),
        (r"\bils\b", "elles"),
        (r"\b([Tt])ous les deux\b", r"\1outes les deux"),
        (r"\bautour d'eux\b", "autour d'elles"),
        (r"\beux-mêmes\b", "elles-mêmes"),
        (r"\bà eux tous\b", "à elles toutes"),
        (r"\bl'un (contre|de) l'autre\b", r"l'une \1 l'autre"),
        (r"\bserrés l'une\b", "serrées l'une"),
        (r"\bPleins d'énergie\b", "Pleines d'énergie"),
        (r"\bUn peu plus joyeux, elles\b", "Un peu plus joyeuses, elles"),
        (r"\bsains et saufs\b", "saines et sauves"),
        (r"\btout excités\b", "tout excitées"),
        (r"\bde vrais sauveteurs\b", "de vraies sauveteuses"),
        (r"\bles avait rendus\b", "les avait rendues"),
        (r"\bAmis de nouveau\b", "Amies de nouveau"),
        (r"\bDeux amis voient\b", "Deux amies voient"),
        (r"\belles étaient (déjà )?(allé|passé)s\b", r"elles étaient \1\2es"),
        (r"\bétaient amis\b", "étaient amies"),
    ),
    "es": (
        (r"\btodos juntos\b", "todas juntas"),
        (r"\b([Jj])untos\b", r"\1untas"),
        (r"\b([Ll])os dos\b(?! primeros)", r"\1as dos"),
        (r"\blos hizo sentirse\b", "las hizo sentirse"),
        (r"\b(con|que|delante de) ellos\b", r"\1 ellas"),
        (r"\bDos amigos ven\b", "Dos amigas ven"),
        (r"\bEran los mejores amigos\b", "Eran las mejores amigas"),
        (r"\beran amigos\b", "eran amigas"),
        (r"\bOtra vez amigos\b", "Otra vez amigas"),
        (r"\bYa más contentos\b", "Ya más contentas"),
    ),
}
"""What changes when every character of the story is a woman, a girl or a feminine noun: French
"elles" for "ils" (and the words that agree with it), Spanish "ellas", "juntas", "las dos". German
"sie" and English "they" are the same for all."""


def feminine_plural(text: str, language: str) -> str:
    """The text with the plural of the story's characters in the feminine (all of them are)."""
    for pattern, replacement in _FEMININE_PLURAL.get(language, ()):
        text = re.sub(pattern, replacement, text)
    return text
