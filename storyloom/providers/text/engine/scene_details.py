"""Details of a page's picture read from its words, beyond place, cast and props (`scenes`): the time of
day the text names, the things worn on a head (paper crowns), hands held, and what stands on the
windowsill.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from storyloom.providers.text.engine.scenes import ATTRIBUTIVE, CARRYING_WORDS, CLAUSE_BREAK, GROUP_WORDS
from storyloom.story.kinds import named_animals
from storyloom.story.props import PROPS_BY_ID, find_props
from storyloom.story.scene import Place
from storyloom.story.schema import AnimalInScene, CharacterInScene, PropInScene, TimeOfDay

SENTENCE_START = r"(?:^|[.!?»”“]\s+)(?:(?:and|then|but|y|luego|pero|et|puis|mais|und|dann|aber)\s+)?"
"""Where a sentence begins (accents folded), with a joining word it may open with."""
NIGHT_OPENING = {
    "en": r"(?:at night|late at night|in the night|one night|that night)",
    "es": r"(?:por la noche|de noche|una noche|esa noche|aquella noche|esta noche)",
    "fr": r"(?:la nuit|une nuit|cette nuit|cette nuit-la|pendant la nuit|dans la nuit)",
    "de": r"(?:nachts|in der nacht|eines nachts|in dieser nacht|in jener nacht|spat in der nacht)",
}
"""Words opening a sentence that set it at night ("That night, ...", "Por la noche, ..."): said
elsewhere ("the big barn at night", "disappeared during the night") they describe another time."""
NIGHT_ANYWHERE = {
    "en": r"\b(?:that night|under the stars|by moonlight|in the moonlight|night fell|the stars came out"
    r"|beneath the stars)\b",
    "es": r"\b(?:esa noche|aquella noche|bajo las estrellas|a la luz de la luna|cayo la noche"
    r"|se hizo de noche)\b",
    "fr": r"\b(?:cette nuit-la|sous les etoiles|au clair de lune|la nuit tomba|la nuit tombait"
    r"|la nuit etait tombee)\b",
    "de": r"\b(?:in dieser nacht|in jener nacht|unter den sternen|im mondlicht|im mondschein"
    r"|es wurde nacht|die nacht brach herein)\b",
}
"""Words setting the page at night wherever they stand in the narration."""
MORNING_OPENING = {
    "en": r"(?:one morning|early one morning|that morning|the next morning|in the morning)",
    "es": r"(?:una manana|aquella manana|esa manana|a la manana siguiente|por la manana)",
    "fr": r"(?:un matin|ce matin-la|le lendemain matin|le matin)",
    "de": r"(?:eines morgens|am nachsten morgen|an diesem morgen|am morgen|morgens)",
}
"""Words opening a sentence that set it in the morning ("Una mañana, Mia oyó ...")."""
EVENING_OPENING = {
    "en": r"(?:that evening|one evening|in the evening|at sunset)",
    "es": r"(?:esa tarde|aquella tarde|al atardecer|al anochecer)",
    "fr": r"(?:ce soir-la|un soir|le soir|au coucher du soleil)",
    "de": r"(?:an diesem abend|eines abends|am abend|abends|bei sonnenuntergang)",
}
"""Words opening a sentence that set it in the evening ("That evening there was a little party")."""
SPOKEN = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|„[^“]*“')
"""What the characters say aloud: "ask me again tonight" does not make the page night."""


def fold(text: str) -> str:
    """`text` lower-cased, accents removed, ß as ss."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def time_in_text(text: str, language: str) -> TimeOfDay | None:
    """The time of day the page's narration names ("That night", "under the stars", "Una mañana",
    "That evening"), or None when it names none: the picture's sky follows the text."""
    told = fold(SPOKEN.sub(" ", text))
    if language not in NIGHT_OPENING:
        return None
    if re.search(SENTENCE_START + NIGHT_OPENING[language] + r"\b", told) or re.search(
        NIGHT_ANYWHERE[language], told
    ):
        return "night"
    if re.search(SENTENCE_START + MORNING_OPENING[language] + r"\b", told):
        return "morning"
    if re.search(SENTENCE_START + EVENING_OPENING[language] + r"\b", told):
        return "sunset"
    return None


WORN_PROPS = frozenset({"crown", "flower-crown", "party-hat"})
"""Things worn on the head: drawn on the wearer's head, never on the floor."""
FOR_EVERYONE = {
    "en": r"\b(?:for everyone|for everybody|for all|for each other|everyone|everybody|they all|all put on)\b",
    "es": r"\b(?:para todos|para todo el mundo|todos|todas)\b",
    "fr": r"\b(?:pour tout le monde|pour tous|pour chacun|tout le monde|tous)\b",
    "de": r"\b(?:fur alle|fur jeden|alle)\b",
}
"""Words saying every character present gets one (accents folded)."""
WORN_PLURALS = re.compile(
    r"\b(?:crowns|tiaras|hats|chains|coronas|gorros|sombreros|guirnaldas|couronnes|diademes|chapeaux"
    r"|kronen|papierkronen|diademe|hute|partyhute|partyhutchen|blumenkranze)\b"
)
"""The plural of a worn thing's word (folded): "paper crowns", "coronas de papel", "Papierkronen"."""
WORN_BY_ANOTHER = re.compile(
    r"\b(?:snowman|scarecrow|muneco de nieve|espantapajaros|bonhomme de neige|epouvantail|schneemann"
    r"|vogelscheuche)\b"
)
"""Who may wear a hat in a sentence that is none of the characters (the snowman's party hat)."""


def worn_things(
    props: list[PropInScene], text: str, language: str, present: Sequence[str]
) -> list[PropInScene]:
    """The page's things with each crown or hat it names on the head of whoever wears it: one each
    for every character present when the page says so ("made paper crowns for everyone", "coronas de
    papel para todos") or names them in the plural, else on the first character its sentence names
    (the one who made it), else on the hero; one held up in a hand ("held up the crown") stays there."""
    if not present or not any(prop.prop in WORN_PROPS for prop in props):
        return props
    sentences = [fold(sentence) for sentence in re.split(r"(?<=[.!?»”“])\s+", text)]
    worn: list[PropInScene] = []
    for prop in props:
        carried = prop.where == "held" and re.search(CARRYING_WORDS[language], text.casefold())
        if prop.prop not in WORN_PROPS or prop.where == "worn" or carried:
            worn.append(prop)
            continue
        wearers = _wearers(prop.prop, sentences, language, present)
        if not wearers:
            worn.append(prop)
            continue
        worn.extend(PropInScene(prop=prop.prop, where="worn", held_by=name) for name in wearers)
    return worn


def _wearers(prop_id: str, sentences: list[str], language: str, present: Sequence[str]) -> list[str]:
    words = [fold(word) for word in PROPS_BY_ID[prop_id].words.get(language, ())]
    pattern = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    for sentence in sentences:
        match = re.search(rf"(?<!\w)(?:{pattern})(?!\w)", sentence) if pattern else None
        if match is None:
            continue
        if WORN_BY_ANOTHER.search(sentence):
            return []
        if WORN_PLURALS.search(match.group()) or re.search(FOR_EVERYONE[language], sentence):
            return list(present)
        named = [name for name in present if re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", sentence)]
        return named[:1] or [present[0]]
    return [present[0]]


HANDS = r"(?:hand|hands|paw|paws|wing|flipper|claw|fin)"
HOLDING_HANDS = {
    "en": rf"\b(?:held|holding|took|grabbed|squeezed)\s+(?:on to\s+)?(?:\w+'s|his|her|their|its)\s+{HANDS}\b"
    r"|\bhand in hand\b|\bpaw in paw\b|\bheld hands\b|\bholding hands\b",
    "es": r"\b(?:tom[oó]|agarr[oó]|cogi[oó]|sujet[oó])\s+(?:la|las|el)\s+"
    r"(?:mano|manos|pata|patas|ala|aleta)\s+de\b"
    r"|\b(?:de|dados de|cogidos de|agarrados de|tomados de) la mano\b|\bse agarr\w+ a la aleta\b",
    "fr": r"\b(?:prit|prirent|tint|tenait|serra)\s+la\s+(?:main|patte|aile|nageoire)\s+de\b|\blui prit la"
    r" (?:main|patte)\b|\bmain dans la main\b|\bpatte dans la patte\b|\bse tenant (?:par )?la main\b",
    "de": r"\b(?:nahm|fasste|hielt)\s+\w+\s+(?:\w+\s+)?(?:an der|am)\s+(?:hand|pfote|flugel|flosse)\b"
    r"|\bhand in hand\b|\bpfote in pfote\b|\bhielten sich an den handen\b",
}
"""Words saying two characters hold hands (or paw, wing, fin), accents folded except in Spanish."""


def holding_hands(cast: list[CharacterInScene], text: str, language: str) -> list[CharacterInScene]:
    """The cast with the two who hold hands ("Mia held Bruno's paw", "tomó la mano de", "main dans la
    main", "nahm Bruno an der Pfote") side by side, facing each other, hand in hand: the first two
    present its sentence names, or the first two present when it names none ("hand in hand")."""
    words = HOLDING_HANDS.get(language)
    if words is None or len(cast) < 2:
        return cast
    names = [entry.name for entry in cast]
    for sentence in re.split(r"(?<=[.!?»”“])\s+", text):
        plain = sentence.casefold() if language == "es" else fold(sentence)
        if not re.search(words, plain):
            continue
        named = [name for name in names if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)]
        pair = (named if len(named) >= 2 else [*named, *(n for n in names if n not in named)])[:2]
        return [
            entry.model_copy(
                update={"pose": "hold-hands", "facing": "right" if entry.name == pair[0] else "left"}
            )
            if entry.name in pair
            else entry
            for entry in cast
        ]
    return cast


ON_THE_SILL = {
    "en": r"\bon the (?:window ?sill|window ledge)\b",
    "es": r"\b(?:en|sobre) (?:el alfeizar|la repisa de la ventana)\b|\bjunto a la ventana\b",
    "fr": r"\bsur le rebord de (?:la )?fenetre\b",
    "de": r"\bauf (?:dem|das) fenster(?:brett|bank)\b",
}
"""Words saying a thing stands on the windowsill (accents folded)."""
SILL_SIZES = frozenset({"tiny", "small", "medium"})
"""Sizes of a thing that fits on a windowsill (a glass, a plant pot, a lamp)."""


def animals_on_the_sill(animals: list[AnimalInScene], text: str, language: str) -> list[AnimalInScene]:
    """The page's animals with those its sentence puts on the windowsill ("the cat dozed on the
    windowsill") sitting there."""
    words = ON_THE_SILL.get(language)
    if words is None or not animals:
        return animals
    named = {
        kind
        for sentence in re.split(r"(?<=[.!?»”“])\s+", text)
        if re.search(words, fold(sentence))
        for kind, _ in named_animals(sentence, language, ())
    }
    return [
        animal.model_copy(update={"where": "sill", "count": 1})
        if animal.kind in named and animal.where in ("ground", "floating")
        else animal
        for animal in animals
    ]


def on_the_sill(
    props: list[PropInScene], text: str, language: str, animals: Sequence[AnimalInScene] = ()
) -> list[PropInScene]:
    """The page's things with what its sentence puts on the windowsill ("a glass of water on the
    windowsill", "en un vaso de agua junto a la ventana") standing on it, and the windowsill listed
    when anything is on it (an animal of `animals` too)."""
    words = ON_THE_SILL.get(language)
    if words is None:
        return props
    sentences = [
        sentence for sentence in re.split(r"(?<=[.!?»”“])\s+", text) if re.search(words, fold(sentence))
    ]
    if not sentences and not animals:
        return props
    named = {prop for sentence in sentences for prop in find_props(sentence, language)}
    placed = [
        prop.model_copy(update={"where": "sill"})
        if prop.prop in named
        and prop.where in ("ground", "table")
        and PROPS_BY_ID[prop.prop].size in SILL_SIZES
        else prop
        for prop in props
    ]
    on_it = any(prop.where == "sill" for prop in placed) or any(a.where == "sill" for a in animals)
    if on_it and not any(p.prop == "windowsill" for p in placed):
        placed.append(PropInScene(prop="windowsill", where="wall"))
    return placed


THE_EARTH = {
    "en": r"\bthe earth (?:glowed|shone|turned|spun|hung|floated|was|looked)\b|\bearth in the window\b",
    "es": r"\bla tierra (?:brillaba|brillo|giraba|flotaba|era|se veia)\b",
    "fr": r"\bla terre (?:brillait|brilla|tournait|flottait|etait)\b",
    "de": r"\bdie erde (?:leuchtete|glanzte|drehte sich|schwebte|war)\b",
}
"""Words naming the Earth seen from space ("The Earth glowed blue and white in the window"), folded."""
SPACE_PLACES = frozenset({"space-station", "outer-space"})


def earth_in_view(props: list[PropInScene], text: str, language: str, place: str) -> list[PropInScene]:
    """The page's things and, in space, the Earth its text says is seen: in the station's window, or
    in the sky of outer space."""
    words = THE_EARTH.get(language)
    if place not in SPACE_PLACES or words is None or any(prop.prop == "earth" for prop in props):
        return props
    if not re.search(words, fold(SPOKEN.sub(" ", text))):
        return props
    return [*props, PropInScene(prop="earth", where="sky" if place == "outer-space" else "wall")]


STATION_ROOMS = frozenset({"greenhouse", "henhouse", "barn"})
"""Things grown or kept indoors that a page in space names: on the moon or among the stars they are
rooms of the station (nothing grows in the open on the moon), so the page is at the station's inside."""


def inside_the_station(place: Place, props: list[PropInScene]) -> Place:
    """The page's place: the space station's inside where a page in outer space names one of its rooms
    ("the star map had floated into the greenhouse"), else `place`."""
    if place == "outer-space" and any(item.prop in STATION_ROOMS for item in props):
        return "space-station"
    return place


SINGING = {
    "en": r"\b(?:sang|sing|sings|singing|hummed|hum|hums|humming)\b",
    "es": r"\b(?:canto|cantaron|cantaba|cantaban|cantando|cantar|canta|cantan|tararea\w*)\b",
    "fr": r"\b(?:chanta|chanterent|chantait|chantaient|chantant|chanter|chante|chantent|fredonn\w*)\b",
    "de": r"\b(?:sang|sangen|singt|singen|singend|summte|summten)\b",
}
"""Words saying someone sings (or hums) a song, accents folded: "Mia sang a loud song", "cantaron
juntos", "ils chantèrent", "sie sangen"."""
SILENTLY = {
    "en": r"\binside (?:their|his|her|its) head\b|\bin (?:his|her|their) head\b",
    "es": r"\bpor dentro\b|\ben su cabeza\b",
    "fr": r"\bdans sa tete\b|\bdans leur tete\b",
    "de": r"\bim kopf\b|\binnerlich\b",
}
"""Words saying the song is only thought, not sung aloud ("sang a small brave song inside their head")."""


def singers(present: Sequence[str], text: str, language: str) -> list[str]:
    """Who the page says sings aloud: the characters its singing clauses name, or everyone present
    when such a clause names nobody but says "they", "together", "alle" (not what they say they will
    sing, not "the singing tower", not a song sung only in someone's head)."""
    words = SINGING.get(language)
    if words is None:
        return []
    found: list[str] = []
    for sentence in re.split(r"(?<=[.!?»”“])\s+", SPOKEN.sub(" ", text)):
        for clause in CLAUSE_BREAK.split(sentence):
            plain = fold(clause)
            match = re.search(words, plain)
            if (
                match is None
                or ATTRIBUTIVE.search(plain[: match.start()])
                or re.search(SILENTLY[language], plain)
            ):
                continue
            named = [name for name in present if re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", plain)]
            if not named and GROUP_WORDS.search(clause):
                named = list(present)
            found.extend(name for name in named if name not in found)
    return found


def singing(
    cast: list[CharacterInScene], props: list[PropInScene], text: str, language: str
) -> tuple[list[CharacterInScene], list[PropInScene]]:
    """The cast with who sings singing (open-mouthed and happy), and the page's things with the song
    in the air beside the first singer (`held_by`: who sings it); unchanged where nobody sings."""
    voices = singers([entry.name for entry in cast], text, language)
    if not voices:
        return cast, props
    cast = [
        entry.model_copy(update={"expression": "happy"}) if entry.name in voices else entry for entry in cast
    ]
    song = PropInScene(prop="song", where="floating", held_by=voices[0])
    return cast, [*(item for item in props if item.prop != "song"), song]


FAMILY_OF = {
    "en": (r"\b(\w+) family\b", r"\bfamily of (\w+)"),
    "es": (r"\bfamilia de (\w+)",),
    "fr": (r"\bfamille de (\w+)",),
    "de": (r"\b(\w+?)familie\b",),
}
"""A family of a kind of animal named with it, accents folded: "the duck family", "a family of rabbits",
"la familia de patos", "la famille de canards", "die Entenfamilie"."""
ITS_FAMILY = {
    "en": r"\b(?:its|the) (?:whole )?family\b|\b\w+'s family\b",
    "es": r"\b(?:su|la) familia\b",
    "fr": r"\b(?:sa|la) famille\b",
    "de": r"\b(?:die|seine|ihre|der) (?:ganze |ganzen )?familie\b",
}
"""A family named without its kind ("its family sang back", "y allí estaba su familia", "da war die
Familie"): the family of the animal the sentence names, or of the page's one creature when the
sentence names nobody (not "Mia remembered what her family liked to say")."""
FAMILY_SIZE = 3
"""How many a family is drawn as: a parent and two young."""


def families(
    animals: list[AnimalInScene], text: str, language: str, characters: Sequence[str]
) -> list[AnimalInScene]:
    """The page's animals with the families its text names drawn as families: a parent and its young
    (`family`, at least `FAMILY_SIZE` of them), a kind named only in a family ("die Entenfamilie")
    added on the ground."""
    explicit, pronoun = FAMILY_OF.get(language), ITS_FAMILY.get(language)
    if explicit is None or pronoun is None:
        return animals
    kinds: list[str] = []
    for sentence in re.split(r"(?<=[.!?»”“])\s+", SPOKEN.sub(" ", text)):
        plain = fold(sentence)
        named = [
            kind
            for pattern in explicit
            for word in re.findall(pattern, plain)
            for kind, _ in (named_animals(word, language) or named_animals(word + "n", language))[:1]
        ]
        if named:
            kinds.extend(named)
        elif re.search(pronoun, plain):
            own = named_animals(sentence, language, characters)
            if own:
                kinds.append(own[0][0])
            elif len(animals) == 1 and not any(
                re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", plain) for name in characters
            ):
                kinds.append(animals[0].kind)
    if not kinds:
        return animals
    kept = [
        item.model_copy(update={"family": True, "count": max(item.count, FAMILY_SIZE)})
        if item.kind in kinds and item.where not in ("held", "sill")
        else item
        for item in animals
    ]
    listed = {item.kind for item in animals}
    added = [
        AnimalInScene(kind=kind, count=FAMILY_SIZE, family=True)
        for kind in dict.fromkeys(kinds)
        if kind not in listed
    ]
    return [*kept, *added][:4]
