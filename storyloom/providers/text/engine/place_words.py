"""Where a page's text says it happens, in any of the four languages: "the kelp forest" is under the
sea, "the streets smelled of salt" a town street, "the barn" a farm. A page that names no place stays
where the story is (see `storyloom.providers.text.engine.scenes.place_for`)."""

from __future__ import annotations

import re
from functools import cache

from storyloom.story.props import SIMILE, fold
from storyloom.story.scene import Place

TEXT_PLACES: tuple[tuple[Place, str], ...] = (
    (
        "underwater",
        r"reef|coral|kelp|seaweed|under the sea|seabed|sea floor|anemone|shipwreck|clownfish"
        r"|arrecife|algas?|fondo del mar|anemona|naufragio|pez payaso|peces payaso"
        r"|recif|corail|algues?|fond de la mer|anemone|epave|poisson-clown|poissons-clowns"
        r"|riff|korallen|seetang|algen|meeresgrund|anemonen|wrack|clownfisch|trench|\bfosa\b|fosse profonde"
        r"|dunklen graben|tiefseegraben",
    ),
    (
        "boat",
        r"on deck|the deck|below deck|aboard|on board|the sails?"
        r"|cubierta|a bordo|las velas|le pont|a bord|les voiles"
        r"|an deck|unter deck|an bord|die segel|das deck\b|\bdeck\b|das segel|la voile",
    ),
    (
        "space-station",
        r"corridor|airlock|control room|space station|porthole|pasillo|esclusa|estacion espacial|ojo de buey"
        r"|couloir|sas|station spatiale|hublot|korridor|luftschleuse|raumstation|bullauge",
    ),
    (
        "outer-space",
        r"craters?|asteroids?|comets?\b|spacewalk"
        r"|side of the moon|cara oculta de la luna|face cachee de la lune"
        r"|seite des mondes|crateres?|asteroides?|cometas? dormid|comete|komet\w*"
        r"|krater|asteroid\w*|stars shone|estrellas brillaban|etoiles brillaient|sterne leuchteten",
    ),
    (  # before the castle and the kingdom: the kingdom of candyfloss clouds is up in the sky
        "cloud-kingdom",
        r"candyfloss|cotton candy|clouds were made|kingdom of clouds|cloud kingdom|above the clouds"
        r"|algodon de azucar|nubes eran|reino de las nubes|sobre las nubes"
        r"|barbe a papa|nuages etaient|royaume des nuages|au-dessus des nuages"
        r"|zuckerwatte|wolkenreich|wolkenkonigreich|uber den wolken",
    ),
    (  # before the castle: "le jardin du château" is a garden
        "garden",
        r"jardin (?:du|de la) (?:chateau|palais)|jardin del (?:castillo|palacio)|(?:castle|palace) gardens?"
        r"|schlossgarten|palastgarten|garten des (?:schlosses|palastes)",
    ),
    (
        "castle-hall",
        r"great hall|cellar|gran salon|sotano|grande salle|la cave sous|\bsaal\b|keller",
    ),
    ("cave", r"\bcaves?|cavern|cueva|caverna|grotte|caverne|hohle|\w+hohle\b"),
    ("mill", r"windmill|\bmills?\b|\bmolinos?\b|\bmoulins?\b|\bwindmuhle|\bmuhlen?\b"),
    ("workshop", r"workshop|\btaller(?:es)?\b|\batelier|werkstatt"),
    (
        "tower",
        r"(?<!castle )\btower\b(?! of)|\btorre\b"
        r"|(?<!\ble )(?<!\bson )(?<!\bleur )(?<!\bmon )(?<!\bton )(?<!\bun )(?<!\ba )(?<!demi-)"
        r"\btour\b(?! a tour)|\bturm\b",
    ),
    (
        "castle-hall",
        r"castle(?! towers)|throne|palace|kingdom|castillo|trono|palacio"
        r"|\breino\b|chateau|palais|royaume|schloss"
        r"|thron|burg\b|konigreich",
    ),
    ("library", r"library|bookshel|biblioteca|estanteria|bibliotheque|etagere|bibliothek|bucherregal"),
    ("classroom", r"classroom|school(?! of)|aula|escuela|colegio|salle de classe|ecole|klassenzimmer|schule"),
    ("kitchen", r"kitchen|oven|stove|cocina|horno|cuisine|kuche\b|\bofen\b"),  # not "Kuchen", a cake
    (
        "bedroom",
        r"bedroom|quiet house|casa tranquila|maison calme|stillen haus"
        r"|(?<!flower )\bbed\b(?! of nettles)|dormitorio|\bcama\b|chambre|(?:son|le|leur) lit\b|schlafzimmer"
        r"|\bbett\b",
    ),
    (
        "living-room",
        r"living room|sofa|fireplace|stairs|\bsalon\b|chimenea(?! de la casita)|escalera|canape"
        r"|cheminee(?! de la (?:petite )?maison)"
        r"|escalier|wohnzimmer|kamin|treppe",
    ),
    ("train", r"\btrain\b|carriage|\btren\b|vagon|\bzug\b|abteil"),
    (  # before the streets: "un pueblo nevado" is the snowy village, not a town
        "snowy-village",
        r"snowy (?:mountain )?village|pueblo nevado|aldea nevada|village (?:de montagne )?enneige"
        r"|verschneit\w* (?:berg)?dorf",
    ),
    (
        "city-street",
        r"\bstreets?\b|\btown\b|\bcity\b|market|rooftops|\bcalles?\b|ciudad|pueblo|\bplaza\b|mercado|tejados"
        r"|\brues?\b|\bville\b|\btoits\b|strasse|\bstadt\b|\bmarkt|dacher|gassen?\b"
        r"|bakery|pavement|shoppers|panaderia|\bacera\b|boulangerie|trottoir|backerei|gehweg"
        r"|town square|\bsur la place\b(?! blanche)|\bplace du (?:village|marche)\b|dorfplatz",
    ),
    (
        "beach",
        r"\bbeach|seaside|shore|\bwaves\b|harbou?r|\bquay|lighthouse|cliff|playa|orilla|\bolas?\b|puerto"
        r"|muelle|\bfaro\b|acantilado|plage|rivage|vagues?|\bport\b|\bquai|\bphare|falaise|\bstrand\b|\bufer\b"
        r"|wellen?\b|hafen|\bkai\b|leuchtturm|klippe",
    ),
    ("snowy-village", r"\bsnow|\bnieve|ventisca|\bneige|\bschnee|icicle|carambano|glacons|eiszapfen"),
    ("desert", r"desert|dunes?|desierto|dunas?|wuste|dunen?"),
    ("jungle", r"jungle|vines|lianas?|selva|lianes?|dschungel|lianen"),
    (
        "farm",
        r"\bbarn|farmyard|hen ?houses?|chicken coop|gallinero|poulailler|huhnerstall\w*"
        r"|\bhay\b|\bfarm\b|granero|granja|\bheno\b|grange|\bfoin\b|scheune|bauernhof|\bheu\b"
        # "la ferme" (the farm), not "fermée" (shut) nor "il la ferme" (he shuts it)
        r"|(?<!\bil )(?<!\belle )(?<!\bon )(?<!\bils )(?<!\belles )"
        r"\b(?:la|une|sa|leur|cette|notre|ma|ta|de|petite|grande|vieille|belle) ferme\b"
        r"|\b(?:les|des|aux|ces|leurs) fermes\b|\bfermier|\bfermiere"
        r"|(?<![\w-])corn(?:field)?\b|\bmaiz(?:al)?\b|(?:le|du|grand) mais\b"
        r"|(?:der|den|dem|hohe) mais\b|maisfeld",
    ),
    (
        "mountains",
        r"mountain|\bhills?\b|slope|\bpeaks?\b|montana|colina|ladera|\bcima\b|montagne|colline|pente"
        r"|sommet|\bberg|hugel|gipfel|precipicio|felswand",
    ),
    (
        "forest",
        r"forest|\bwoods\b|(?:the|enchanted|whispering) wood\b"
        r"|\bpines?\b|\bmoss\b|\bferns?\b|bosque|pinos?\b|musgo|helecho|\bforet|\bbois\b"
        r"|\bpins?\b|mousse\b|fougere|\w*wald\b|\bwald|kiefern|\bmoos\b|\bfarn",
    ),
    ("playground", r"playground|parque infantil|aire de jeux|spielplatz"),
    (
        "garden",
        r"garden|vegetable patch|jardin|huerto|potager|\bgarten|gemusebeet|tomato|\btomates?\b|\btomaten\b"
        r"|sprinkler|aspersor|arroseur|rasensprenger",
    ),
    ("park", r"\bpark\b|\bpond\b|parque|estanque|\bparc\b|etang|\bteich"),
    (
        "meadow",
        r"meadow|\bfields?\b|\bgrass\b|\bprado\b|\bcampo\b|hierba|prairie|\bchamps?\b|herbe|\bwiese|\bfeld\b|\bgras\b"
        r"|\ble pre\b|\bdans le pre\b",
    ),
)
"""Each place and its words (accents folded), the more particular places first: "the kelp forest" is
under the sea before it is a forest, "the streets of the seaside town" a street before a beach. Towers
seen from outside ("bells tinkled in the high towers", "over the castle towers") are not inside one."""


@cache
def _patterns() -> tuple[tuple[Place, re.Pattern[str]], ...]:
    return tuple((place, re.compile(rf"\b(?:{words})")) for place, words in TEXT_PLACES)


def place_word(text: str) -> str:
    """The words by which `text` names its place ("moulin" in "le vieux moulin du meunier"), accents
    folded; "" when it names none."""
    folded = fold(text)
    for _, pattern in _patterns():
        for match in pattern.finditer(folded):
            if not SIMILE.search(folded[: match.start()]):
                return match.group()
    return ""


INSIDE = re.compile(
    r"\b(?:inside|indoors|in the tower|into the tower|tower room|stairs|staircase|steps inside|upstairs"
    r"|dentro|interior|en la torre|subi\w* las escaleras|escaleras?|habitacion|sala de la torre"
    r"|dans la tour|a l'interieur|interieur|escaliers?|chambre|salle de la tour"
    r"|im turm|in den turm|innen|drinnen|treppen?\w*|turmzimmer|zimmer)"
)
"""Words saying a page happens inside the tower or castle it names ("climbed the stairs inside the
tower", "in the tower room")."""

OUTSIDE = re.compile(
    r"\b(?:(?:castle|palace) on the hill|up to the (?:castle|palace)|towards? the (?:castle|palace)"
    r"|outside the (?:castle|palace)|(?:castle|palace) (?:gates?|walls)|in the distance|far away"
    r"|(?:castillo|palacio) (?:en|sobre) la colina|hacia el (?:castillo|palacio)"
    r"|fuera del (?:castillo|palacio)"
    r"|a lo lejos|(?:chateau|palais) sur la colline|vers le (?:chateau|palais)|devant le (?:chateau|palais)"
    r"|au loin|(?:schloss|burg) auf dem (?:hugel|berg)|zum schloss|zur burg|vor dem schloss|vor der burg"
    r"|in der ferne)"
)
"""Words saying a castle is seen from outside, as a landmark ("the castle on the hill")."""

CASTLE = re.compile(r"\b(?:castle|palace|castillo|palacio|chateau|palais|schloss|burg)\b")
CORRIDOR = re.compile(r"\b(?:corridors?|pasillos?|couloirs?|korridor\w*)\b")
"""A corridor: a space station's, or, in a story that never goes to space, a castle's."""
KINGDOM = re.compile(r"\b(?:kingdom|reino|royaume|konigreich)\b")
"""A kingdom named without its castle: the land the story happens in, not a hall."""


def _seen_from_outside(place: Place, folded: str) -> bool:
    """Whether the tower or castle the text names is a landmark seen from outside: a tower unless
    the text says the page is inside it; a castle when the text says it is seen from outside."""
    if INSIDE.search(folded):
        return False
    if place == "tower":
        return True
    return place == "castle-hall" and CASTLE.search(folded) is not None and OUTSIDE.search(folded) is not None


NAMING_NOUNS: dict[Place, re.Pattern[str]] = {
    "snowy-village": re.compile(r"\b(?:village|town|pueblo|aldea|ciudad|ville|bourg|dorf|stadt)\b|\w+dorf\b"),
    "library": re.compile(r"\b(?:library|biblioteca|bibliotheque|bibliothek)\b"),
}
"""Places a text may name only by the words that hint at them: snow falls anywhere (a weather machine
makes it in the workshop), a bookshelf stands in a bedroom. Where the story already is indoors, those
words do not move the page; a page naming the place itself ("the snowy village", "the library") goes
there."""


GOING_OUT = re.compile(
    r"\b(?:outside|outdoors|out into|out of the house|afuera|fuera|salieron|salio|dehors|sortit|sortirent"
    r"|draussen|hinaus|nach draussen|ins freie)\b"
)
"""Words taking a page out of doors: "ran outside into the snow" is in the snow."""


def named_by_signs(place: Place, text: str) -> bool:
    """Whether `text` names `place` only by the words that hint at it: snow without a village (nor
    anyone going out into it), a bookshelf without a library."""
    noun = NAMING_NOUNS.get(place)
    if noun is None:
        return False
    folded = fold(text)
    return noun.search(folded) is None and not (place == "snowy-village" and GOING_OUT.search(folded))


def place_in_text(text: str) -> Place | None:
    """The place the page's `text` names, the most particular one first; None when it names none. A
    tower or castle named as a landmark ("walked up to the tall dark tower", "the castle on the hill")
    is `tower-outside`, the tower seen from outside."""
    folded = fold(text)
    for place, pattern in _patterns():
        if any(not SIMILE.search(folded[: match.start()]) for match in pattern.finditer(folded)):
            if place in ("tower", "castle-hall") and _seen_from_outside(place, folded):
                return "tower-outside"
            return place
    return None
