"""Character bibles for the built-in engine: fixed looks with hex colours, honouring the customer's words."""

from __future__ import annotations

import random
import re

from storyloom.story.appearance import apply_appearance
from storyloom.story.kinds import KINDS_BY_ID, resolve_kind
from storyloom.story.looks import MANES, SPECIES_LOOKS, is_gull
from storyloom.story.params import Appearance
from storyloom.story.props import fold
from storyloom.story.schema import CharacterRole, VisualBible

COLOUR_WORDS: dict[str, tuple[str, str]] = {}
for _names, _english, _hex in (
    (("red", "rojo", "roja", "rouge", "rot", "rote", "roten", "roter"), "red", "#d63b3b"),
    (("blue", "azul", "bleu", "bleue", "blau", "blaue", "blauen", "blauer"), "blue", "#3b6fd6"),
    (("green", "verde", "vert", "verte", "grün", "grüne", "grünen", "gruen"), "green", "#3f9e4d"),
    (("yellow", "amarillo", "amarilla", "jaune", "gelb", "gelbe", "gelben"), "yellow", "#f2c94c"),
    (("orange", "naranja", "orangen", "oranger"), "orange", "#e8833a"),
    (("purple", "violet", "violette", "morado", "morada", "lila", "violett"), "purple", "#8e5bc4"),
    (("pink", "rosa", "rose", "rosado", "rosada"), "pink", "#f29bbf"),
    (
        ("brown", "marrón", "café", "brun", "brune", "marron", "braun", "braune", "braunen"),
        "brown",
        "#8a5a36",
    ),
    (("black", "negro", "negra", "noir", "noire", "schwarz", "schwarze", "schwarzen"), "black", "#2b2b2b"),
    (
        ("white", "blanco", "blanca", "blanc", "blanche", "weiß", "weiss", "weiße", "weißen"),
        "white",
        "#f5f3ee",
    ),
    (("grey", "gray", "gris", "grise", "grau", "graue", "grauen"), "grey", "#8d9096"),
    (("gold", "golden", "dorado", "dorada", "doré", "dorée", "goldene", "goldenen"), "gold", "#d4a72c"),
    (("silver", "plateado", "plateada", "argenté", "argentée", "silbern", "silberne"), "silver", "#c0c4cc"),
    (("teal", "turquoise", "turquesa", "türkis"), "teal", "#2aa39a"),
    (("ginger", "pelirrojo", "pelirroja", "roux", "rousse"), "ginger", "#c8612e"),
    (("blond", "blonde", "rubio", "rubia"), "blond", "#e8c872"),
):
    for _name in _names:
        COLOUR_WORDS[_name] = (_english, _hex)
for _stem in (
    "rot",
    "blau",
    "grün",
    "gelb",
    "schwarz",
    "weiß",
    "weiss",
    "braun",
    "grau",
    "golden",
    "silbern",
    "lila",
):
    for _ending in ("e", "en", "er", "es", "em"):
        COLOUR_WORDS.setdefault(_stem + _ending, COLOUR_WORDS[_stem])

_SKIN_PARTS = {
    "fur",
    "skin",
    "scales",
    "feathers",
    "pelaje",
    "piel",
    "plumas",
    "escamas",
    "fourrure",
    "peau",
    "plumes",
    "écailles",
    "fell",
    "haut",
    "federn",
    "schuppen",
    "coat",
}
_HAIR_PARTS = {"hair", "mane", "cabello", "pelo", "melena", "cheveux", "crinière", "haare", "haar", "mähne"}
_EYE_PARTS = {"eyes", "eye", "ojos", "yeux", "augen"}
_CLOTHES = {
    "scarf",
    "hat",
    "cap",
    "coat",
    "dress",
    "shirt",
    "boots",
    "cape",
    "bow",
    "jacket",
    "vest",
    "jumper",
    "sweater",
    "trousers",
    "shorts",
    "skirt",
    "glasses",
    "collar",
    "bandana",
    "apron",
    "overalls",
    "bufanda",
    "sombrero",
    "gorra",
    "abrigo",
    "vestido",
    "camisa",
    "botas",
    "capa",
    "lazo",
    "chaqueta",
    "gafas",
    "écharpe",
    "chapeau",
    "casquette",
    "manteau",
    "robe",
    "chemise",
    "bottes",
    "nœud",
    "veste",
    "lunettes",
    "pull",
    "schal",
    "hut",
    "mütze",
    "mantel",
    "kleid",
    "hemd",
    "stiefel",
    "umhang",
    "schleife",
    "jacke",
    "brille",
    "halsband",
    "pullover",
    "latzhose",
}

GARMENTS: dict[str, tuple[str, ...]] = {
    "cardigan": ("cardigan", "cárdigan", "rebeca", "chaqueta de punto", "gilet", "strickjacke"),
    "jumper": ("jumper", "sweater", "pullover", "jersey", "suéter", "pull", "pullover"),
    "raincoat": (
        "raincoat",
        "mac",
        "impermeable",
        "chubasquero",
        "imperméable",
        "ciré",
        "regenmantel",
        "regenjacke",
    ),
    "coat": ("coat", "jacket", "abrigo", "chaqueta", "manteau", "veste", "blouson", "mantel", "jacke"),
    "shawl": ("shawl", "chal", "mantón", "châle", "schultertuch", "tuch"),
    "scarf": ("scarf", "bufanda", "pañuelo", "écharpe", "foulard", "schal", "halstuch"),
    "hat": (
        "hat",
        "cap",
        "beanie",
        "sombrero",
        "gorro",
        "gorra",
        "chapeau",
        "bonnet",
        "casquette",
        "hut",
        "mütze",
    ),
    "collar": ("collar", "collarín", "collier", "halsband"),
    "bow": ("bow", "bow tie", "ribbon", "lazo", "pajarita", "nœud", "noeud", "schleife", "fliege"),
    "backpack": ("backpack", "rucksack", "mochila", "sac à dos", "sac", "rucksack", "ranzen"),
    "apron": ("apron", "delantal", "tablier", "schürze"),
    "dress": ("dress", "skirt", "gown", "vestido", "falda", "robe", "jupe", "kleid", "rock"),
    "cape": ("cape", "cloak", "capa", "cape", "umhang"),
    "boots": ("boots", "wellies", "botas", "bottes", "stiefel", "gummistiefel"),
    "glasses": ("glasses", "spectacles", "gafas", "lentes", "lunettes", "brille"),
    "vest": ("vest", "waistcoat", "chaleco", "gilet sans manches", "weste"),
    "shirt": ("shirt", "t-shirt", "tunic", "camisa", "camiseta", "chemise", "t-shirt", "hemd"),
    "overalls": ("overalls", "dungarees", "peto", "salopette", "latzhose"),
}
"""What a customer can write that a companion wears, by the English name the illustrator draws it by."""

_GARMENT_WORDS = {fold(word): garment for garment, words in GARMENTS.items() for word in words}
_CLOTHES |= set(_GARMENT_WORDS)


_CLOTHING_BODY = {"cardigan", "jumper", "raincoat", "coat", "dress", "shirt", "overalls", "vest"}
"""Garments that are the outfit itself (their colour is the outfit's); the others are accessories."""


def garments_in(phrase: str) -> list[str]:
    """The garments (English names) a phrase of the customer's look names: "a purple cardigan" -> cardigan."""
    folded = fold(phrase)
    found = [
        garment
        for word, garment in sorted(_GARMENT_WORDS.items(), key=lambda item: -len(item[0]))
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded)
    ]
    return list(dict.fromkeys(found))


SKIN_TONES = (
    ("fair skin", "#f6d7c3"),
    ("light skin with rosy cheeks", "#efc4a4"),
    ("warm beige skin", "#d9a77e"),
    ("olive skin", "#c19468"),
    ("golden brown skin", "#a8714a"),
    ("brown skin", "#8a5535"),
    ("deep brown skin", "#5e3a24"),
)
HAIR = (
    ("black", "#241c17"),
    ("dark brown", "#4a3123"),
    ("chestnut", "#7b4a2c"),
    ("auburn", "#a0462a"),
    ("golden blond", "#d8b062"),
    ("strawberry blond", "#d99a6c"),
    ("light brown", "#9a6c45"),
)
HAIR_STYLES = (
    "short and curly",
    "in two bouncy bunches",
    "straight with a fringe",
    "in a neat ponytail",
    "wild and wavy",
    "in tiny braids",
    "short and spiky",
)
OUTFIT_COLOURS = (
    ("sunny yellow", "#f2c230"),
    ("tomato red", "#e0533d"),
    ("sky blue", "#5aa5e6"),
    ("leaf green", "#5cae4f"),
    ("plum purple", "#8c4fa8"),
    ("coral pink", "#f07f7a"),
    ("teal", "#2f9c95"),
    ("pumpkin orange", "#ef8a32"),
)
GENRE_OUTFITS = {
    "adventure": "explorer's shorts and a {colour} t-shirt with a little backpack",
    "fantasy": "a {colour} tunic with a star-shaped brooch",
    "fairy tale": "a {colour} cloak over a cream shirt",
    "space": "a white space suit with {colour} stripes",
    "animals": "{colour} dungarees and green wellies",
    "bedtime": "{colour} pyjamas with little moons on them",
    "mystery": "a {colour} raincoat and a magnifying glass on a string",
    "friendship": "a {colour} hoodie and blue jeans",
    "science": "a white lab coat over a {colour} jumper, with goggles on the forehead",
    "ocean": "a {colour} swimsuit and a snorkel mask",
}
HERO_AGE = {"0-2": "two-year-old", "3-5": "four-year-old", "6-8": "seven-year-old", "9-12": "ten-year-old"}


def colour_phrases(look: str) -> list[tuple[str, str, str, str]]:
    """(part, english colour, hex, phrase) for each colour the customer named in `look`."""
    found = []
    for phrase in re.split(r",|;|\band\b|\bwith\b|\by\b|\bcon\b|\bet\b|\bavec\b|\bund\b|\bmit\b", look):
        words = [w.casefold() for w in re.findall(r"[^\W\d_]+", phrase)]
        colours = [COLOUR_WORDS[w] for w in words if w in COLOUR_WORDS]
        if not colours:
            continue
        word_set = set(words)
        if word_set & _EYE_PARTS:
            part = "eyes"
        elif word_set & _HAIR_PARTS:
            part = "hair"
        elif word_set & _CLOTHES or garments_in(phrase):
            part = "outfit"
        elif word_set & _SKIN_PARTS:
            part = "skin"
        else:
            part = "body"
        english, hex_code = colours[0]
        found.append((part, english, hex_code, phrase.strip()))
    return found


def hero_bible(
    rng: random.Random, age_group: str, genre: str, appearance: Appearance | None = None
) -> VisualBible:
    """A child hero's look, fixed for the story by `rng`; every part the customer chose in
    `appearance` replaces the engine's choice (the rng is drawn the same either way)."""
    skin, skin_hex = rng.choice(SKIN_TONES)
    hair, hair_hex = rng.choice(HAIR)
    outfit_colour, outfit_hex = rng.choice(OUTFIT_COLOURS)
    eyes, eyes_hex = rng.choice(
        (
            ("brown", "#5a3b22"),
            ("hazel", "#8a6a3a"),
            ("blue", "#4a78b0"),
            ("green", "#5b8a4a"),
            ("dark brown", "#3a2616"),
        )
    )
    marks = rng.choice(
        (
            "freckles across the nose",
            "a gap-toothed grin",
            "rosy cheeks",
            "a little star-shaped birthmark on one cheek",
            "round glasses",
            "dimples",
        )
    )
    bible = VisualBible(
        species="human child",
        age=HERO_AGE[age_group],
        skin_or_fur=skin,
        hair=f"{hair}, {rng.choice(HAIR_STYLES)}",
        outfit=GENRE_OUTFITS[genre].format(colour=outfit_colour),
        distinguishing_marks=f"{marks}, {eyes} eyes",
        colours={"skin": skin_hex, "hair": hair_hex, "outfit": outfit_hex, "eyes": eyes_hex},
    )
    return bible if appearance is None else apply_appearance(bible, appearance)


_KIND_AGE = {"elder": "old", "adult": "grown-up", "baby": "baby", "child": "young"}
_PERSON_HAIR = {"grandma": " in a neat bun", "mum": ", long and wavy", "teacher": " in a ponytail"}
_ELDER_HAIR = (("silver-grey", "#b9bcc4"), ("snow-white", "#eeeeea"))


def companion_bible(rng: random.Random, species: str, look: str, human: bool) -> VisualBible:
    """A companion's look: the species' defaults, overridden by every colour the customer named.

    The drawing kind is resolved once from `species` (in any of the four languages) and stored, so
    every page agrees; a colour named with a garment ("a purple cardigan") colours that garment, never
    the face or fur."""
    outfit_colour, outfit_hex = rng.choice(OUTFIT_COLOURS)
    kind = KINDS_BY_ID[resolve_kind(species)]
    human = human or kind.is_person or kind.id == "fairy"
    extra_mark = ""
    if human:
        skin, skin_hex = rng.choice(SKIN_TONES)
        hair, hair_hex = rng.choice(_ELDER_HAIR if kind.age == "elder" else HAIR)
        body, hair_text = skin, f"{hair} hair{_PERSON_HAIR.get(kind.id, '')}"
        outfit = f"a {outfit_colour} jumper and comfy trousers"
    else:
        body, skin_hex, extra = SPECIES_LOOKS.get(
            "gull" if kind.id == "bird" and is_gull(species) else kind.id,
            SPECIES_LOOKS.get(
                species, (f"soft {rng.choice(('brown', 'grey', 'cream'))} fur", "#a07850", "none")
            ),
        )
        if "mane" in extra:
            hair_text, hair_hex = extra, MANES.get(kind.id, "#e8b4d8")
        else:
            hair_text, hair_hex = "none", skin_hex
            extra_mark = "" if extra == "none" else extra
        outfit = f"a {outfit_colour} scarf"
    colours = {"skin": skin_hex, "hair": hair_hex, "outfit": outfit_hex}
    outfit_parts: list[str] = []
    accents = 0
    skin_named = False
    body_named = False
    phrases = colour_phrases(look)
    used = {phrase for *_, phrase in phrases}
    others = [p.strip() for p in re.split(r",|;", look) if p.strip() and p.strip() not in used]
    marks = ", ".join(others) if phrases else look
    for part, _english, hex_code, phrase in phrases:
        if part in ("skin", "body") and not skin_named:
            colours["skin"] = hex_code
            skin_named = True
            body = phrase
        elif part == "hair":
            colours["hair"] = hex_code
            hair_text = phrase
        elif part == "eyes":
            colours["eyes"] = hex_code
        elif part == "outfit":
            worn = garments_in(phrase)
            for garment in worn:
                colours.setdefault(garment, hex_code)
            if not body_named:
                colours["outfit"] = hex_code
                body_named = True
            else:
                accents += 1
                colours[f"accent{accents}" if accents > 1 else "accent"] = hex_code
            outfit_parts.append(phrase)
        else:
            accents += 1
            colours[f"accent{accents}" if accents > 1 else "accent"] = hex_code
    if "glasses" in garments_in(look) and not re.search(r"glasses|spectacles", look, re.IGNORECASE):
        marks = f"{marks}, glasses" if marks else "glasses"  # "lunettes", "Brille": the illustrator's word
    for garment in garments_in(look):
        if garment not in colours and garment != "glasses":
            others = [hex_code for _, hex_code in OUTFIT_COLOURS if hex_code != colours["outfit"]]
            colours[garment] = colours["outfit"] if garment in _CLOTHING_BODY else rng.choice(others)
    return VisualBible(
        species=species,
        kind=kind.id,
        age=_KIND_AGE.get(kind.age, "young"),
        skin_or_fur=body,
        hair=hair_text,
        outfit=", ".join(outfit_parts) if outfit_parts else outfit,
        distinguishing_marks=marks or extra_mark,
        colours=colours,
    )


ROLE_WORDS: dict[CharacterRole, tuple[str, ...]] = {
    "family": (
        "grandma",
        "grandpa",
        "granny",
        "mum",
        "mom",
        "dad",
        "brother",
        "sister",
        "aunt",
        "uncle",
        "abuela",
        "abuelo",
        "mamá",
        "papá",
        "hermano",
        "hermana",
        "tía",
        "tío",
        "mamie",
        "papi",
        "maman",
        "papa",
        "frère",
        "sœur",
        "tante",
        "oncle",
        "oma",
        "opa",
        "mama",
        "bruder",
        "schwester",
        "onkel",
    ),
    "pet": (
        "dog",
        "cat",
        "puppy",
        "kitten",
        "hamster",
        "perro",
        "perrito",
        "gato",
        "gatito",
        "chien",
        "chat",
        "chiot",
        "chaton",
        "hund",
        "katze",
        "kätzchen",
        "welpe",
    ),
}
HUMAN_WORDS = ROLE_WORDS["family"] + (
    "friend",
    "boy",
    "girl",
    "child",
    "teacher",
    "amigo",
    "amiga",
    "niño",
    "niña",
    "ami",
    "amie",
    "garçon",
    "fille",
    "freund",
    "freundin",
    "junge",
    "mädchen",
    "kind",
    "lehrer",
    "lehrerin",
    "maestra",
    "maestro",
)


def role_for(kind: str) -> CharacterRole:
    """The story role a customer's character plays, from what kind of being it is."""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", kind)}
    for role, markers in ROLE_WORDS.items():
        if words & set(markers):
            return role
    return "friend"


def is_human(kind: str) -> bool:
    return bool({w.casefold() for w in re.findall(r"[^\W\d_]+", kind)} & set(HUMAN_WORDS))
