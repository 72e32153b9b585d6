"""What each page's picture shows, read from the page the engine wrote: place, shot, cast and props.

The place follows the story's beat (home at the start and at bedtime, the wider world while searching),
a customer's setting replaces the genre's world, every character on the page gets a pose, facing and
expression matching what the text says, every thing the text names is a prop, and the shot changes from
one page to the next unless the story stays put.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from storyloom.providers.text.engine.place_words import (
    CASTLE,
    CORRIDOR,
    KINGDOM,
    named_by_signs,
    place_in_text,
    place_word,
)
from storyloom.story.kinds import ANIMAL_KIND_IDS, KINDS_BY_ID, kind_of, named_animals
from storyloom.story.props import DRAGON_NOT_KITE, PROPS, PROPS_BY_ID, SIMILE, VERB_USES, fold
from storyloom.story.scene import INDOOR_PLACES, Expression, Facing, Place, Pose, PropPlacement, Shot
from storyloom.story.schema import AnimalInScene, Character, CharacterInScene, Composition, PropInScene

# Home, then the places the search goes through, per genre.
GENRE_PLACES: dict[str, tuple[Place, tuple[Place, ...]]] = {
    "adventure": ("meadow", ("forest", "mountains", "cave", "forest")),
    "fantasy": ("cloud-kingdom", ("meadow", "tower", "forest", "castle-hall")),
    "fairy tale": ("living-room", ("forest", "tower", "meadow", "castle-hall")),
    "space": ("space-station", ("outer-space", "space-station", "outer-space")),
    "animals": ("farm", ("meadow", "farm", "forest")),
    "bedtime": ("bedroom", ("living-room", "kitchen", "bedroom")),
    "mystery": ("city-street", ("beach", "city-street", "library")),
    "friendship": ("park", ("playground", "park", "garden")),
    "science": ("workshop", ("library", "classroom", "workshop")),
    "ocean": ("underwater", ("underwater", "beach", "boat")),
}
# A customer's setting, by its words in any language: the place the whole book happens in.
SETTING_PLACES: tuple[tuple[Place, str], ...] = (
    ("snowy-village", r"snow|nieve|nevad|neige|ennei|schnee|verschneit"),
    ("underwater", r"underwater|reef|submarin|arrecife|recif|unterwasser|korallen"),
    ("beach", r"seaside|beach|coast|sea\b|shore|playa|costa|\bmar\b|plage|\bmer\b|strand|meer|kuste"),
    ("boat", r"\bboat|\bship|barco|bateau|navire|schiff|\bboot\b"),
    ("outer-space", r"space|moon|planet|espacio|luna|planeta|espace|lune|planete|weltall|mond"),
    ("castle-hall", r"castle|palace|castillo|palacio|chateau|palais|schloss|burg"),
    ("bedroom", r"bedroom|dormitorio|habitacion|chambre|schlafzimmer|kinderzimmer"),
    ("kitchen", r"kitchen|cocina|cuisine|kuche"),
    ("library", r"library|biblioteca|bibliotheque|bibliothek|bucherei"),
    ("classroom", r"school|class|escuela|colegio|ecole|schule|klasse"),
    ("farm", r"farm|granja|ferme|bauernhof"),
    ("mountains", r"mountain|hill|montana|montagne|berg|gebirge|alm"),
    ("desert", r"desert|desierto|wuste"),
    ("jungle", r"jungle|selva|dschungel"),
    ("playground", r"playground|parque infantil|aire de jeux|spielplatz"),
    ("garden", r"garden|jardin|garten"),
    ("park", r"park|parque|parc"),
    ("forest", r"forest|wood|bosque|foret|\bbois\b|wald"),
    ("city-street", r"town|city|street|village|ciudad|pueblo|calle|ville|\brue\b|stadt|dorf|strasse"),
)
THERE = re.compile(
    r"\b(?:in there|out there|over there|back there|up there|down there|alli|alla|ahi|la-bas|la-dedans"
    r"|dort|dorthin|dorthinein)\b"
)
"""Words referring back to where the story just was ("they went back there"), accents folded."""
HOME_BEATS = frozenset({"opening", "meet", "problem", "wishing", "celebration", "return"})
"""Beats at the story's home unless their text says otherwise."""
BEAT_SHOTS: dict[str, tuple[Shot, ...]] = {
    "opening": ("wide", "medium"),
    "meet": ("two-shot", "medium"),
    "problem": ("medium", "close-up"),
    "wishing": ("two-shot", "medium"),
    "setout": ("from-behind", "wide"),
    "journey": ("wide", "from-behind", "medium"),
    "spotlight": ("two-shot", "medium"),
    "attempt": ("medium", "two-shot", "close-up"),
    "quiet": ("two-shot", "wide"),
    "doubt": ("close-up", "two-shot"),
    "wonder": ("wide", "from-behind"),
    "turn": ("two-shot", "medium"),
    "resolution": ("wide", "medium"),
    "return": ("from-behind", "wide"),
    "celebration": ("wide", "two-shot"),
    "ending": ("close-up", "medium"),
}
BEAT_LOOKS: dict[str, tuple[Pose, Expression]] = {
    "opening": ("stand", "happy"),
    "meet": ("wave", "happy"),
    "problem": ("stand", "worried"),
    "wishing": ("stand", "surprised"),
    "setout": ("walk", "determined"),
    "journey": ("walk", "determined"),
    "spotlight": ("point", "excited"),
    "attempt": ("reach", "determined"),
    "quiet": ("sit", "calm"),
    "doubt": ("sit", "sad"),
    "wonder": ("look-up", "surprised"),
    "turn": ("hold", "determined"),
    "resolution": ("jump", "excited"),
    "return": ("walk", "happy"),
    "celebration": ("dance", "happy"),
    "ending": ("lie", "sleepy"),
}
TIDY_WORDS = (
    r"\btid(?:y|ied|ying)\b|clean(?:ed)? up|clear(?:ed)? everything away|put (?:everything|it all) away"
    r"|recog(?:er|ieron|ió)|\borden(?:ar|aron|ó)\b|\brang(?:er|èrent|ea|ent|eons)\b|aufzuräumen|aufräum"
    r"|räumten|räumte"
)
"""Words saying someone tidies up: they carry things away in a basket, nobody dances."""
# What a sentence says someone does, in any language, and the pose it gives them.
ACTION_POSES: tuple[tuple[Pose, str], ...] = (
    ("sleep", r"asleep|sleeping|\bnap\b|dormía|dormait|dormir|schlief|schläfchen|into dreams|sueño"),
    ("hug", r"\bhug|abrazo|abrazó|câlin|umarmte"),
    ("cry", r"tears|\bcried|lágrimas|larmes|tränen|weinte"),
    (
        "sit",
        r"\bsat\b|\bsit\b|sitting|curled up|sentó|sentaron|sentad|assis|s'assit|s'assirent|setzte|saß"
        r"|sitzen|kuschelte|acurrucó|pelotonna",
    ),
    ("hold", TIDY_WORDS),
    (
        "peek",
        r"\bpeek|\bpeer(?:ed|ing)?\b|\bpeep(?:ed|ing)?\b|\basom(?:ó|aron|arse|aba|aban)\b"
        r"|\bjet(?:a|èrent|ait) un (?:coup d'(?:œ|oe)il|(?:œ|oe)il)|späht|lugte|lugten|guckte|guckten",
    ),
    ("dance", r"danc|bailaron|bailó|dansèrent|dansa|tanzten|tanzte"),
    (
        "run",
        r"\bran\b(?! (?:a|her|his|their|its) (?:\w+ )?(?:hands?|fingers?|paws?|eyes?))|running|hurried"
        r"|corriendo|corrieron|en courant|précipit|angerannt|rannte|liefen",
    ),
    ("jump", r"jump|cheered|saltó|sauta|sprang|jubelte"),
    ("laugh", r"laugh|se rio|rieron|\brit\b|rirent|lachte|lachten"),
    ("point", r"point|señaló|señal|montra|zeigte"),
    ("wave", r"\bwave|saludar|bonjour|hallo"),
    ("reach", r"climb|subió|grimpa|kletterte|reached"),
    ("look-up", r"looked up|miró arriba|leva les yeux|schaute nach oben|gazed"),
    ("look-down", r"looked down|miraron abajo|regardèrent par terre|nach unten"),
    ("swim", r"\bswam|\bswim|nadó|nagea|schwamm"),
    ("hold", r"\bheld|holding|carry|sujetó|llevar|tint|porter|hielt|tragen"),
    (
        "talk",
        r"\bsaid\b|asked|whispered|told|dijo|preguntó|susurró|\bdit\b|demanda|chuchota|sagte|fragte|flüsterte|erzählte",
    ),
    ("walk", r"walked|went back|set off|caminaron|volvieron|fueron|marchèrent|retournèrent|gingen|liefen"),
)
SPOKEN_CRY = re.compile(r"\bcried(?=,? ['\"“«„])|(?<=[!?.,]['\"”»] )cried\b")
"""'"It works!" cried Sparky' and 'Mia cried, "Look!"': "cried" saying something aloud."""
CLAUSE_BREAK = re.compile(
    r"\s*[,;:–—]\s*|\s+(?=(?:but|because|while|who|which|pero|porque|mientras|quien|mais|car|parce|pendant"
    r"|qui|aber|weil|während|doch|denn)\b)",
    re.IGNORECASE,
)
"""Where a sentence's clauses part: a pose word says what its own clause's subject does ("Sam looked
through the telescope, but it showed only a sleeping comet": Sam is not asleep)."""
GROUP_WORDS = re.compile(
    r"\b(?:they|both|everyone|everybody|together|we|ellos|ellas|juntos|juntas|todos|ambos|los dos"
    r"|ils|elles|tous|ensemble|les deux|sie|beide|alle|zusammen|gemeinsam|wir)\b",
    re.IGNORECASE,
)
"""Words making a clause without a name about everyone present ("they sat on the log")."""
ATTRIBUTIVE = re.compile(
    r"\b(?:a|an|the|its|his|her|their|some|un|una|el|la|los|las|une|le|les|des|ein|eine|einen|einem"
    r"|einer|der|die|das|den|dem)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""What stands before a pose word used as an adjective ("a sleeping comet", "the little sleeping owl")."""
LISTED_ADJECTIVES = re.compile(r"\b(big|long|warm|soft|gentle|tight|quick)\s*,\s*(?=\w+\s+hugs?\b)")
"""The comma between two adjectives of a hug ("a big, warm hug"), which parts no clause."""
STILL_POSES = frozenset({"talk", "hold", "point", "reach", "stand", "look-up", "look-down"})
"""Poses a sitting or lying beat keeps its own pose over: saying or thinking something while lying."""
POSE_EXPRESSIONS: dict[str, Expression] = {
    "cry": "sad",
    "laugh": "happy",
    "dance": "happy",
    "jump": "excited",
    "sleep": "sleepy",
    "hug": "happy",
}
SKY_PROPS = frozenset(
    {"rainbow", "star", "moon", "planet", "satellite", "cloud", "plane", "hot-air-balloon", "kite"}
    | {"light-ray"}
)
WATER_PROPS = frozenset({"sailboat", "anchor", "seaweed", "coral", "starfish"})
WALL_PROPS = frozenset(
    {"window", "door", "painting", "photo", "blackboard", "clock", "mirror", "windowsill", "curtains"}
)
WALLED_PLACES = INDOOR_PLACES | {"space-station"}
"""Places with a wall to hang a picture or put a window in."""
BUILT_IN_PROPS = frozenset({"window", "door", "windowsill", "curtains"})
"""Parts of a building: where there is no wall, the building drawn behind (a tower, a street, a barn)
has them, or the page looks out of one (the Earth in the station's window, from outer space)."""
BACKGROUND_PROPS = frozenset(
    {"waterfall", "lighthouse", "barn", "henhouse", "greenhouse", "chimney-smoke", "man-in-hat"}
    | {"cave-mouth", "corridor"}
)
"""Scenery that stands far off, behind the characters."""
TABLE_PROPS = frozenset(
    {"cup", "teapot", "bowl", "plate", "cake", "pie", "soup", "bread", "microscope", "globe"}
)
HELD_SIZES = frozenset({"tiny", "small"})
UNHELD_PROPS = frozenset(
    {
        "beetle",
        "caterpillar",
        "worm",
        "firefly",
        "shoe",
        "boot",
        "sock",
        "helmet",
        "puddle",
        "leaf-pile",
        "tree",
        "clam",
        "song",
        "bunting",
    }
)
SWIMMING_PLACES = frozenset({"underwater", "beach", "boat"})
"""Places where a swimming pose can be drawn; elsewhere a sentence's "swam" is someone else's."""
MISSING_WORDS = {
    "en": r"\b(?:lost|missing|find|look for|looking for|search\w*|rolled away|vanished|gone|no sign of"
    r"|nowhere|too \w+ to see|(?:could not|couldn't|can't|cannot) see)\b",
    "es": r"\b(?:perdid\w*|perdio|busc\w*|encontrar|rodado|desaparec\w*|ni rastro|ni una pista"
    r"|por ninguna parte|no se ve\w*)\b",
    "fr": r"\b(?:perdu\w*|cherch\w*|retrouver|disparu\w*|roule|envole\w*|emporte\w*|aucune trace"
    r"|introuvable|nulle part)\b",
    "de": r"\b(?:verloren|verschwunden|such\w*|finden|weggerollt|weggeweht|fort|keine spur|nirgends"
    r"|nirgendwo)\b",
}
"""Words saying a thing is lost, sought or out of sight (accents folded): it is not on the page yet."""
MISSING_REACH = 40
"""How far (in characters) a lost/sought word reaches to the thing it is said of."""
OWNER_WORDS = r"\s+(?:its|his|her|their|su|sus|son|sa|ses|seinen|seine|sein|ihre|ihren|ihr)\b"
"""A possessive after "lost": what comes before it is the owner, still on the page."""
HOLDING_WORDS = {
    "en": r"\b(?:held|holds?|holding|carried|carry|took|picked|grabbed|had|with|gave|waved|drew|through"
    r"|swung|swings?|swinging|shook|brandished|shone|shines|shining)\b",
    "es": r"\b(?:sujet\w*|llev\w*|tom\w*|cogi\w*|tenía|con|dio|agit\w*|dibuj\w*|por|levant\w*|movió"
    r"|blandi\w*|sacudió|alumbr\w*|ilumin\w*)\b",
    "fr": r"\b(?:tint|tenait|port\w*|prit|ramass\w*|avait|avec|donna|agita|dessina|dans|leva|souleva"
    r"|brandit|secoua|éclaira|braqua)\b",
    "de": r"\b(?:hielt|trug|nahm|hob|hatte|mit|gab|schwenkte|malte|durch|hochhielt|schwang|schüttelte"
    r"|leuchtete)\b",
}
"""Words saying someone has a small thing in hand: holding, giving, waving or swinging it (a wand), or
shining it (a torch)."""


CARRYING_WORDS = {
    "en": r"\b(?:held|holds?|holding|carried|carry|carrying|lifted|picked up)\b",
    "es": r"\b(?:sujet\w*|llevaba|llevó|levantó|cogió|tenía en (?:la|las) manos?)\b",
    "fr": r"\b(?:tint|tenait|portait|porta|souleva|leva)\b",
    "de": r"\b(?:hielt|trug|hob|hochhielt)\b",
}
"""Words saying someone holds or carries a bigger thing in their hands (not only "with" or "had")."""


@dataclass
class SceneTrail:
    """The previous page's place and framing, so the next page can differ from it, and the creatures
    met so far (the lamb that wanted a party comes to it)."""

    place: str = ""
    shot: str = ""
    composition: str = ""
    met: list[str] = field(default_factory=list)
    recent: list[tuple[str, str]] = field(default_factory=list)
    """The (place, shot) of every page so far: a story staying at one place frames each of a few pages
    in a row differently."""


PARTY_WORDS = {
    "en": r"\b(?:party|parties|feast|picnic|celebrat\w*)\b",
    "es": r"\b(?:fiesta|fiestas|banquete|picnic|celebra\w*)\b",
    "fr": r"\b(?:fete|fetes|festin|pique-nique|celebr\w*)\b",
    "de": r"(?<!ganz )(?<!und )\bfest\b(?! entschlossen| auf)|\w{3,}fest\b|\bfeier(?:n|te|ten|t)?\b|\bparty\b"
    r"|picknick|festmahl",
}
"""Words saying a party is held (accents folded)."""
PARTY_BEATS = frozenset({"turn", "resolution", "celebration"})
"""Beats a party is held on; on the others it is only wished for or planned."""
FOOD_PROPS = frozenset(
    {
        *("apple", "banana", "pear", "strawberry", "cherry", "carrot", "pumpkin", "cake", "cupcake", "pie"),
        *("bread", "sandwich", "cheese", "honey", "ice-cream", "pizza", "soup", "egg", "candy", "cookie"),
        *("picnic-basket", "teapot", "cup", "plate", "bowl"),
    }
)
PARTY_GUESTS = 2
"""How many creatures met earlier in the story come to its party."""


EVERYONE_CAME = re.compile(
    r"\b(?:everyone|everybody) came\b|\btodos vinieron\b|\btodo el mundo vino\b"
    r"|\b(?:tout le monde|chacun) vint\b|\balle kamen\b",
    re.IGNORECASE,
)
"""A page saying everyone came (to say thank you): every character of the story is on it."""


def is_party(beat: str, text: str, language: str) -> bool:
    """Whether the page is the party itself (not one wished for or planned): everyone is there, with
    something good to eat."""
    return (
        beat in PARTY_BEATS
        and re.search(PARTY_WORDS.get(language, PARTY_WORDS["en"]), _fold(text)) is not None
    )


def party_things(props: list[PropInScene], place: Place) -> list[PropInScene]:
    """The party's food and decoration, added to what the page names: the food named on a table, a
    cake when none is named, balloons over the guests (not under the sea or in space)."""
    added = [
        prop.model_copy(update={"where": "table"})
        if prop.prop in FOOD_PROPS and prop.where == "ground"
        else prop
        for prop in props
    ]
    if not any(prop.prop in FOOD_PROPS for prop in props):
        added.append(PropInScene(prop="cake", where="table"))
    if place not in ("underwater", "outer-space") and not any(p.prop == "balloon" for p in props):
        added.append(PropInScene(prop="balloon", where="sky" if place not in INDOOR_PLACES else "floating"))
    return added


def tidy_things(props: list[PropInScene], text: str, present: Sequence[str]) -> list[PropInScene]:
    """The page's things and, when it says they tidy up and nobody holds anything, a basket in the
    first character's hands and toys on the floor still to put away."""
    if not present or not re.search(TIDY_WORDS, text.casefold()) or any(p.where == "held" for p in props):
        return props
    listed = {p.prop for p in props}
    added = [PropInScene(prop="basket", where="held", held_by=present[0])] if "basket" not in listed else []
    added += [PropInScene(prop=toy) for toy in ("blocks", "ball") if toy not in listed]
    return [*props, *added]


def party_guests(
    animals: list[AnimalInScene], met: Sequence[str], friends: set[str], place: Place
) -> list[AnimalInScene]:
    """The page's animals and the creatures met earlier in the story that are no friend's kind."""
    guests = list(animals)
    come = 0
    for kind in met:
        if len(guests) >= MOST_ANIMALS or come >= PARTY_GUESTS:
            break
        if kind in friends or any(a.kind == kind for a in guests):
            continue
        where: PropPlacement = "water" if kind in WATER_ANIMALS or place == "underwater" else "ground"
        if kind in FLYING_ANIMALS:
            where = "floating" if place in INDOOR_PLACES else "sky"
        guests.append(AnimalInScene(kind=kind, count=1, where=where))
        come += 1
    return guests


def story_places(genre: str, setting: str) -> tuple[Place, tuple[Place, ...]]:
    """Home and the search's places: the customer's setting replaces the genre's world."""
    if setting:
        folded = _fold(setting)
        for place, words in SETTING_PLACES:
            if re.search(words, folded):
                return place, (place,)
    return GENRE_PLACES[genre]


def plot_place(problem: str) -> str:
    """The words naming the place the story's problem happens at ("the miller's old windmill had
    broken": "windmill", which is the mill), accents folded; "" if its text names none."""
    return place_word(problem)


def place_for(
    beat: str,
    index: int,
    genre: str,
    setting: str,
    previous: str,
    text: str = "",
    plot: str = "",
    party: bool = False,
) -> Place:
    """Where the page happens: where its text says; else home at the start, the end and the party,
    and on the way where the story already is (the search's first place when it sets off).

    The story's place (the mill that broke, the cave the noise comes from: `plot` is the words
    naming it, see `plot_place`) is one of its places: a page naming it is there, the pages after it
    stay there until the text names another place, and a home beat referring back to it ("there")
    too. Bedtime is in a bedroom (the whole book in one place a customer chose stays there, and the
    illustrator puts a bed under whoever sleeps); with a customer's setting every other page is there.
    A `party` page naming no place is at home."""
    home, away = story_places(genre, setting)
    folded = fold(text)
    named = place_in_text(text)
    if (
        named == "castle-hall"
        and home == "cloud-kingdom"
        and KINGDOM.search(folded)
        and not CASTLE.search(folded)
    ):
        named = home  # "every flower in the kingdom opened": the kingdom of clouds, not a castle's hall
    if named == "space-station" and CORRIDOR.search(folded) and "space-station" not in (home, *away):
        named = "castle-hall"  # "a long corridor split into three dark passages": the castle's corridor
    if named is not None and previous in WALLED_PLACES and named != previous and named_by_signs(named, text):
        named = None  # the snow a machine makes in the workshop, a bookshelf in the bedroom: still there
    back = previous if previous and THERE.search(folded) else ""
    story_place = place_in_text(plot) if plot else None
    at_plot = story_place is not None and re.search(rf"\b{re.escape(plot)}\b", folded) is not None
    if setting:
        # the plot's place is beyond the setting unless the setting names it ("el pueblo" of "un pueblo
        # nevado de montaña" is the snowy village itself)
        beyond = (
            story_place is not None
            and story_place not in (home, *away)
            and not re.search(rf"\b{re.escape(plot)}\b", fold(setting))
        )
        if story_place is not None and beyond and (at_plot or (back == story_place and not named)):
            return _inside(story_place, named)
        if beat == "ending" and home in ("city-street", "snowy-village", "farm"):
            return "bedroom"
        return home if beat in HOME_BEATS else away[index % len(away)]
    if beat == "ending":
        return "bedroom"
    if story_place is not None and at_plot:
        # "the streets smelled of salt" on the page about the lighthouse: at the lighthouse
        return _inside(story_place, named)
    if named is not None:
        return named
    if party:
        return home  # the party is held at home, where the friends live
    places = (home, *away, *((story_place,) if story_place is not None else ()))
    if back in places:
        return back  # type: ignore[return-value]
    if beat == "meet" and previous:
        return previous  # type: ignore[return-value]  # a friend comes to where the hero is (the forest)
    if beat in HOME_BEATS:
        return home
    if previous in places and (previous != home or home in away):
        return previous  # type: ignore[return-value]
    # once the problem is told, trying to solve it goes out into the world, when the story's world is
    # not its home too (the kingdom of clouds' search is in the meadow, the space station's on board): a
    # book without a setting-out page (a short picture book) does not keep every page at home
    return away[0]


def _inside(story_place: Place, named: Place | None) -> Place:
    """The story's place, or inside it when it is a tower seen from outside and the page goes in
    ("climbed the stairs inside the tall dark tower")."""
    if story_place == "tower-outside" and named in ("tower", "castle-hall"):
        return named
    return story_place


def cast_for(
    beat: str, present: list[str], text: str, place: Place, holder_of: dict[str, str]
) -> list[CharacterInScene]:
    """Each present character's pose, facing and expression, from what their sentences say."""
    default_pose, default_expression = BEAT_LOOKS.get(beat, ("stand", "happy"))
    text = LISTED_ADJECTIVES.sub(r"\1 ", text)  # "a big, warm hug" is one clause: a hug
    text = SPOKEN_CRY.sub("said", text)  # 'Mia cried, "Look!"' says it aloud: no tears
    clauses = [
        part
        for sentence in re.split(r"(?<=[.!?»”“])\s+", text)
        for clause in CLAUSE_BREAK.split(sentence)
        for part in _own_clauses(clause, present)
    ]
    together = " ".join(c for c in clauses if not any(n in c for n in present) and GROUP_WORDS.search(c))
    hugging = [
        sentence
        for sentence in re.split(r"(?<=[.!?»”“])\s+", text)
        if sum(bool(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence)) for n in present) >= 2
    ]
    entries: list[CharacterInScene] = []
    for position, name in enumerate(present):
        mine = " ".join(c for c in clauses if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", c))
        holding = next((prop for prop, holder in holder_of.items() if holder == name), "")
        pose = (
            _pose_in(blank_names(mine, present)) or _pose_in(blank_names(together, present)) or default_pose
        )
        if default_pose in ("sit", "lie") and pose in STILL_POSES and not holding:
            pose = default_pose  # "sitting down, feeling discouraged" while saying so is still sitting
        if place == "underwater" and pose in ("walk", "run", "stand"):
            pose = "swim"
        elif pose == "swim" and place not in SWIMMING_PLACES:
            pose = default_pose  # "the duckling swam with its mum": nobody swims across a farmyard
        if pose != "hug" and any(
            re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)
            and _pose_in(blank_names(sentence, present)) == "hug"
            for sentence in hugging
        ):
            pose = "hug"  # "Mia sah, dass Tansy traurig war, und umarmte Tansy": both hug
        expression = POSE_EXPRESSIONS.get(pose, default_expression)
        entries.append(
            CharacterInScene(
                name=name,
                pose=pose,
                facing=_facing(position, len(present), pose, beat),
                expression=expression,
                holding=holding,
            )
        )
    return entries


def _own_clauses(clause: str, present: Sequence[str]) -> list[str]:
    """`clause` parted before "and NAME" when what stands before names nobody present: "a giant was
    asleep across the road and Mia thought hard" is about the giant, then about Mia (who is awake);
    "Mia and Leo sat down" stays whole."""
    names = "|".join(re.escape(name) for name in present if name.strip())
    if not names:
        return [clause]
    match = re.search(rf"\s+(?:and|y|et|und)\s+(?=(?:{names})(?!\w))", clause)
    if match is None or re.search(rf"(?<!\w)(?:{names})(?!\w)", clause[: match.start()]):
        return [clause]
    return [clause[: match.start()], clause[match.end() :]]


def props_for(
    text: str, language: str, present: list[str], place: Place, names: Sequence[str] = ()
) -> list[PropInScene]:
    """Every thing the page names, where it is, and who holds it (a small thing held in a sentence).
    `names` are the story's characters: a dog called Luna is not a moon."""
    items: list[PropInScene] = []
    sentences = re.split(r"(?<=[.!?»”“])\s+", text)
    taken: set[str] = set()
    for prop_id in named_props(text, language, names=(*present, *names)):
        if prop_id in ANIMAL_KIND_IDS or missing_from_page(prop_id, text, language):
            continue  # an animal (the lost beetle) is drawn as a creature, see `animals_for`
        where: PropPlacement = "ground"
        holder = ""
        if prop_id in SKY_PROPS:
            where = (
                "sky"
                if place not in ("bedroom", "kitchen", "living-room", "classroom", "library")
                else "wall"
            )
        elif prop_id in WATER_PROPS:
            where = "water"
        elif prop_id in WALL_PROPS:
            if place not in WALLED_PLACES and prop_id in BUILT_IN_PROPS:
                continue  # "knocked at the tower's door": the tower drawn has one; none floats in the sky
            where = "wall" if place in WALLED_PLACES else "ground"  # a painting outdoors leans on the ground
        elif prop_id in BACKGROUND_PROPS or (
            prop_id in HEARD_FROM_AFAR and _far_off(prop_id, sentences, language)
        ):
            where = "background"
        elif prop_id in TABLE_PROPS:
            where = "table"
        elif PROPS_BY_ID[prop_id].size in HELD_SIZES and prop_id not in UNHELD_PROPS:
            holder = _holder(prop_id, sentences, language, present, taken)
            where = "held" if holder else "ground"
        elif PROPS_BY_ID[prop_id].size == "medium" and prop_id not in UNHELD_PROPS:
            # a lamp, a guitar: held only where the sentence says so ("Mia held up a little lamp")
            holder = _holder(prop_id, sentences, language, present, taken, CARRYING_WORDS)
            where = "held" if holder else "ground"
        if holder:
            taken.add(holder)
        items.append(PropInScene(prop=prop_id, where=where, held_by=holder))
    return items


FAR_LOOK = re.compile(
    r"\b(?:from (?:far away|afar|a distance)|desde (?:muy )?lejos|de (?:tres )?loin|von weit(?:em| weg)"
    r"|aus der ferne)\b"
)
"""Words saying the characters look at something from far off (accents folded): "peeked in from far
away", "se asomó desde muy lejos", "jeta un coup d'oeil de très loin", "spähte von weit weg hinein"."""
FAR_SIZES = frozenset({"large", "huge", "giant"})
"""Sizes of a thing that, seen from afar, stands in the distance (a barn, a lighthouse), not at the feet."""


def seen_from_afar(
    text: str, sight: str, language: str, place: Place, names: Sequence[str] = ()
) -> tuple[Place, list[PropInScene]] | None:
    """Where a page is whose text looks at the story's `sight` from far off ("Mia peeked in from far
    away" at "the dark cave under the falls"), and the things of the sight it shows: outside, with
    the cave's mouth far behind the cast; the tower seen from outside; else the sight's own place (the
    bedroom of "the shadows under the bed"). None when the page looks at nothing from afar."""
    if not sight or not FAR_LOOK.search(fold(text)):
        return None
    named = place_in_text(sight)
    outdoors = place not in INDOOR_PLACES and named not in INDOOR_PLACES
    things = [
        prop.model_copy(update={"where": "background"})
        if outdoors and prop.where == "ground" and PROPS_BY_ID[prop.prop].size in FAR_SIZES
        else prop
        for prop in props_for(sight, language, [], place, names)
        if named != "boat"  # "la cale sous le pont": the deck of the ship, no bridge
    ]
    if named == "cave":
        outside: Place = place if place not in INDOOR_PLACES and place != "cave" else "mountains"
        return outside, [*things, PropInScene(prop="cave-mouth", where="background")]
    if named == "tower":
        return "tower-outside", things
    return named or place, things


HEARD_FROM_AFAR = frozenset({"bell"})
"""Things a page may only hear from far off ("the sound of distant bells"): drawn in the distance."""
FAR_OFF = {
    "en": r"\b(?:distant|far away|far-off|far off|from afar|in the distance)\b",
    "es": r"\b(?:lejan\w*|a lo lejos|de lejos|desde lejos)\b",
    "fr": r"\b(?:lointain\w*|au loin|de loin)\b",
    "de": r"\b(?:fern\w*|in der ferne|von weitem)\b",
}
"""Words saying a thing is far off (accents folded)."""


def _far_off(prop_id: str, sentences: list[str], language: str) -> bool:
    """Whether a sentence naming the prop says it is far off ("the sound of distant bells")."""
    words = FAR_OFF.get(language, FAR_OFF["en"])
    return any(_names_prop(s, prop_id, language) and re.search(words, _fold(s)) for s in sentences)


def with_thing_to_mend(
    props: list[PropInScene], thing: str, language: str, place: Place, names: Sequence[str] = ()
) -> list[PropInScene]:
    """The page's things and the broken `thing` (its noun phrase: "the old rope bridge") the characters
    try to mend, when the page does not name it: its last named prop is what it is ("the rocket's
    radio" is a radio), where such a prop stands at `place`."""
    own = props_for(thing, language, [], place, names)
    if not own or any(prop.prop == own[-1].prop for prop in props):
        return props
    return [*props, own[-1]]


WATER_ANIMALS = frozenset({"dolphin", "whale", "shark", "fish", "octopus", "turtle", "crab", "seal", "ray"})
FLYING_ANIMALS = frozenset({"bird", "bee", "butterfly"})
MOST_ANIMALS = 3
HERD = 3
"""How many animals on the ground make a herd (three cows, two lambs and a cow): the page is drawn
wide, with its text in a band below, so they stand side by side at their size beside the cast."""
"""How many kinds of animal one page draws besides its characters."""


def animals_for(text: str, language: str, characters: list[Character], place: Place) -> list[AnimalInScene]:
    """The animals the page names that are none of the story's characters (the dolphin she asks, the
    cows in the field), each with how many and where: swimmers in the water, birds in the sky.

    A sentence naming a character does not add another of its kind ("Bruno was a dog"); elsewhere
    ("the lost duckling" in a book with a duck friend) it does."""
    ignore = [c.name for c in characters]
    for prop_id in named_props(text, language, names=ignore):
        if prop_id not in ANIMAL_KIND_IDS:
            ignore.extend(PROPS_BY_ID[prop_id].words.get(language, ()))
    found: dict[str, int] = {}
    broken: set[str] = set()
    for sentence in re.split(r"(?<=[.!?»”“])\s+", text):
        named = [c for c in characters if re.search(rf"(?<!\w){re.escape(c.name)}(?!\w)", sentence)]
        own = {kind_of(c.bible.species, c.bible.kind).id for c in named}
        for kind_id, count in named_animals(sentence, language, ignore):
            if kind_id not in own or _another_one(sentence, kind_id, language, [c.name for c in named]):
                found[kind_id] = max(count, found.get(kind_id, 0))
                if KINDS_BY_ID[kind_id].group == "machine" and re.search(
                    BROKEN_WORDS[language], _fold(sentence)
                ):
                    broken.add(kind_id)
    animals: list[AnimalInScene] = []
    carried = _carried(text, language, ignore)
    for kind_id, count in list(found.items())[:MOST_ANIMALS]:
        where: PropPlacement = "ground"
        if kind_id == carried and count == 1:
            where = "held"  # "tried to carry the lamb": the lamb in the hero's arms
        elif kind_id in WATER_ANIMALS or place == "underwater":
            where = "water"
        elif kind_id in FLYING_ANIMALS:
            where = "floating" if place in INDOOR_PLACES else "sky"
        elif kind_id == "owl" and place not in INDOOR_PLACES:
            where = "tree"
        animals.append(AnimalInScene(kind=kind_id, count=count, where=where, broken=kind_id in broken))
    return animals


CARRY_WORDS = {
    "en": r"\b(?:carr(?:y|ied|ies|ying)|in (?:his|her|their|its) arms|picked up|lifted)\b",
    "es": r"\b(?:en brazos|en sus brazos|carg(?:ar|o|aba)|levant(?:ar|o))\b",
    "fr": r"\b(?:porter|porta|portait|dans (?:ses|leurs) bras|souleva|soulever)\b",
    "de": r"\b(?:tragen|trug|im arm|auf den arm|in den armen|hob|hochheben)\b",
}
"""Words saying someone carries a creature in their arms (accents folded)."""
CARRIED_KINDS = frozenset(
    {
        "sheep",
        "cat",
        "dog",
        "rabbit",
        "duck",
        "goose",
        "chicken",
        "deer",
        "goat",
        "pig",
        "hedgehog",
        "squirrel",
    }
    | {"mouse", "fox", "bird", "owl", "penguin", "turtle", "frog", "dragon", "bear", "unicorn"}
)
"""Creatures small enough, as a page's young one, to be carried in a child's arms."""
CARRY_REACH = 40
"""How far (in characters) a carrying word reaches to the creature it is said of."""


def _carried(text: str, language: str, ignore: Sequence[str]) -> str:
    """The kind of the one creature a sentence of `text` says is carried ("intentó llevar en brazos al
    corderito"), or ""."""
    words = CARRY_WORDS.get(language)
    if words is None:
        return ""
    for sentence in re.split(r"(?<=[.!?»”“])\s+", text):
        folded = _fold(sentence)
        carrying = [match.end() for match in re.finditer(words, folded)]  # the creature before or after
        if not carrying:
            continue
        for kind_id, count in named_animals(sentence, language, ignore):
            if count != 1 or kind_id not in CARRIED_KINDS:
                continue
            spots = [
                match.start()
                for word in KINDS_BY_ID[kind_id].words.get(language, ())
                for match in re.finditer(rf"(?<!\w){re.escape(_fold(word))}", folded)
            ]
            if any(abs(spot - end) <= CARRY_REACH for spot in spots for end in carrying):
                return kind_id
    return ""


BROKEN_WORDS = {
    "en": r"\b(?:broken|broke|stopped working|would not work|won.t work|wouldn.t work|fell apart"
    r"|in pieces)\b",
    "es": r"\b(?:rot[oa]s?|se rompio|averiad[oa]s?|estropead[oa]s?|no funcionaba|en pedazos)\b",
    "fr": r"\b(?:casse\w*|en panne|en morceaux|ne marchait plus|ne fonctionnait plus)\b",
    "de": r"\b(?:kaputt\w*|zerbrochen|defekt|in stucke|funktionierte nicht)\b",
}
"""Words saying a machine is broken (accents folded): it is drawn broken on that page, whole once mended."""


INDEFINITE = {
    "en": r"(?:a|an|another|some)",
    "es": r"(?:un|una|unos|unas|otro|otra)",
    "fr": r"(?:un|une|des|un autre|une autre)",
    "de": r"(?:ein|eine|einen|einem|einer|eines|noch ein\w*)",
}
"""Articles introducing a creature not met before ("a shy stray cat")."""
IS_WORDS = {
    "en": r"(?:is|was|were|are)",
    "es": r"(?:es|era|fue|son|eran)",
    "fr": r"(?:est|etait|sont|etaient)",
    "de": r"(?:ist|war|sind|waren)",
}
"""What says a character is the creature it names ("Bruno was a dog"), accents folded."""
CALLED = (
    r",?\s+(?:called|named|llamad[oa]|que se llamaba|appele\w*|nomme\w*|qui s'appelait|namens|mit namen)\b"
)
"""What names the creature just brought in: "a kitten called Inky" is Inky."""


BY_THE_WAY = (
    r"(?:really|actually|just|also|only|of course|schliesslich|wirklich|eigentlich|auch|nur|doch|ja"
    r"|en realidad|realmente|tambien|solo|vraiment|en fait|aussi|bien|seulement)"
)
"""Adverbs between "was" and "a": "Fritz war schließlich ein Hund", "Inky was really a cat" (folded)."""


def _another_one(sentence: str, kind_id: str, language: str, names: Sequence[str] = ()) -> bool:
    """Whether the sentence brings in a new creature of `kind_id` (an indefinite article, up to three
    adjectives and the creature's word: "a shy stray cat", "eine scheue streunende Katze"), rather
    than saying what a character `names` is ("Inky was a cat", "Inky, a kitten", "a kitten called
    Inky")."""
    words = KINDS_BY_ID[kind_id].words.get(language, ())
    if not words or language not in INDEFINITE:
        return False
    kinds = "|".join(re.escape(_fold(word)) for word in sorted(words, key=len, reverse=True))
    ending = "(?:n|en|e|es|s)?" if language == "de" else ""
    pattern = rf"(?<!\w){INDEFINITE[language]}\s+(?:[\w-]+,?\s+){{0,3}}?(?:{kinds}){ending}(?!\w)"
    folded = _fold(sentence)
    names_before = "|".join(re.escape(_fold(name)) for name in names) or "(?!)"
    return any(
        # "Fritz war (schließlich) ein Hund": an adverb may stand between the verb and the article
        not re.search(
            rf"(?:\b{IS_WORDS[language]}(?:\s+{BY_THE_WAY})?|(?:{names_before}),)\s+$",
            folded[: match.start()],
        )
        and not re.match(CALLED, folded[match.end() :])
        for match in re.finditer(pattern, folded)
    )


SHOTS_APART = 2
"""How many pages back a page at the same place may not repeat a shot: three pages in a row at the
tower see it three ways."""
CLOSE_SHOTS = frozenset({"close-up", "two-shot"})
"""Shots the cast fills from side to side: nothing far off shows past them."""


def shot_for(
    beat: str, index: int, place: str, composition: Composition, trail: SceneTrail, far_sight: bool = False
) -> Shot:
    """The beat's shot, changed when the previous page had the same place, shot and composition; a
    page naming a landmark far off (`far_sight`: the lighthouse on the cliff) is never a close shot,
    which would hide it behind the cast."""
    options = BEAT_SHOTS.get(beat, ("medium", "wide"))
    if far_sight:
        options = tuple(shot for shot in options if shot not in CLOSE_SHOTS) or ("medium", "wide")
    shot = options[index % len(options)]
    # the shots of the last pages at this same place (only the one before when the story moved on)
    framed = [seen for where, seen in trail.recent[-SHOTS_APART:] if where == place] or (
        [trail.shot] if place == trail.place else []
    )
    if shot in framed:
        every: tuple[Shot, ...] = ("wide", "medium", "two-shot", "close-up", "from-behind")
        if far_sight:
            every = tuple(shot for shot in every if shot not in CLOSE_SHOTS)
        alternatives = [s for s in every if s not in framed] or [s for s in every if s != trail.shot]
        shot = next((s for s in options if s not in framed), alternatives[index % len(alternatives)])
    return shot


def missing_from_page(prop_id: str, text: str, language: str) -> bool:
    """Whether every sentence of `text` naming the prop says it is lost or sought: it is drawn where it
    is found, not where it is lost."""
    sentences = re.split(r"(?<=[.!?»”“])\s+", text)
    naming = [_fold(s) for s in sentences if _names_prop(s, prop_id, language)]
    return bool(naming) and all(_says_missing(s, prop_id, language) for s in naming)


FOUND_AFTER_ALL = {
    "en": r"\b(?:was|were|is) (?:just|only) (?:a|an|some)\b",
    "es": r"\b(?:era|es) (?:solo|solamente) (?:un|una|unos|unas)\b",
    "fr": r"\bn'(?:etait|est) qu'(?:un|une|des)\b",
    "de": r"\b(?:war|ist) nur (?:ein|eine|einen)\b",
}
"""Words saying what was found is only a lost thing ("it was just a lost spoon"): it is there, seen."""
NOT_MISSING = {
    "en": r"\b(?:look|looking|search|searching) for a way\b|\bfind a way\b|\bgone (?=dark|quiet|silent|cold"
    r"|still|out|wrong|dim|flat)",
    "es": r"\bbuscar (?:una forma|la forma|la manera|una manera)\b|\bencontrar (?:una forma|la manera)\b",
    "fr": r"\b(?:chercher|trouver) (?:un moyen|une facon|comment)\b",
    "de": r"\b(?:suchen|finden) einen weg\b|\beinen weg (?:suchen|finden)\b",
}
"""Words that look like a thing is sought but say something else (folded): "look for a way to mend the
lamp" seeks a way, "the lamp had gone dark" is there, dark."""


def _says_missing(sentence: str, prop_id: str, language: str) -> bool:
    """Whether a lost/sought word stands next to the prop's word (within a few words) in `sentence`,
    not in one saying the thing seen is only a lost one ("it was just a lost spoon")."""
    if re.search(FOUND_AFTER_ALL[language], sentence):
        return False
    sentence = re.sub(NOT_MISSING[language], lambda match: " " * len(match.group()), sentence)
    words = [_fold(word) for word in PROPS_BY_ID[prop_id].words.get(language, ())]
    spans = [m.span() for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", sentence)]
    for missing in re.finditer(MISSING_WORDS[language], sentence):
        owner = re.match(OWNER_WORDS, sentence[missing.end() :])
        for start, end in spans:
            if owner and end <= missing.start():
                continue  # "the night light had lost its moonbeam": the light is still there
            if max(missing.start() - end, start - missing.end()) <= MISSING_REACH:
                return True
    return False


def _holder(
    prop_id: str,
    sentences: list[str],
    language: str,
    present: list[str],
    taken: set[str],
    words: dict[str, str] = HOLDING_WORDS,
) -> str:
    for sentence in sentences:
        if not _names_prop(sentence, prop_id, language) or not re.search(words[language], sentence):
            continue
        for name in present:
            if name not in taken and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence):
                return name
    return ""


@cache
def _prop_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    phrases: dict[str, str] = {}
    for prop in PROPS:
        for word in prop.words.get(language, ()):
            phrases.setdefault(fold(word), prop.id)
    ending = "(?:n|en|e|es|s)?" if language == "de" else ""
    ordered = sorted(phrases, key=len, reverse=True)
    # German case endings only on words longer than 3 letters ("Ei" + "n" is "ein", not an egg)
    longer = "|".join(re.escape(p) for p in ordered if len(p) > 3)
    short = "|".join(re.escape(p) for p in ordered if len(p) <= 3) or "(?!)"
    return re.compile(rf"(?<!\w)(?:({longer}){ending}|({short}))(?!\w)"), phrases


def blank_names(text: str, names: Sequence[str]) -> str:
    """`text` with the characters' `names` (as written) blanked out, its length kept: a child called
    Hugo does not hug on every page, a dog called Luna is no moon, a girl called Florence no town."""
    for name in sorted({name.strip() for name in names if name.strip()}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", lambda match: " " * len(match.group()), text)
    return text


ASKED = re.compile(r'"[^"]*\?\s*"|“[^”]*\?\s*”|«[^»]*\?\s*»|„[^“]*\?\s*“')
"""A question said aloud, in any language's quotation marks."""


def without_questions(text: str) -> str:
    """`text` without the questions its characters ask aloud: "Shall we open a mending workshop?" asked
    on the castle's page does not take the page to a workshop."""
    return ASKED.sub(" ", text)


def named_props(text: str, language: str, names: Sequence[str] = ()) -> list[str]:
    """The prop ids `text` names, in order, each once: one pass of one pattern over the page. The
    characters' `names` are not things ("Luna" the dog, "Rose" the cat, "Sol" the turtle).

    Finds what `storyloom.story.props.find_props` finds.
    """
    pattern, phrases = _prop_pattern(language)
    folded = fold(blank_names(text, names))
    not_props = VERB_USES.get(language)
    if not_props is not None:
        folded = not_props.sub(lambda match: " " * len(match.group()), folded)
    found = list(
        dict.fromkeys(
            phrases[match.group(1) or match.group(2)]
            for match in pattern.finditer(folded)
            if not SIMILE.search(folded[: match.start()])
        )
    )
    if language == "de" and "kite" in found and DRAGON_NOT_KITE.search(folded):
        found.remove("kite")
    return found


def _names_prop(sentence: str, prop_id: str, language: str) -> bool:
    words = PROPS_BY_ID[prop_id].words.get(language, ())
    folded = _fold(sentence)
    return any(re.search(rf"(?<!\w){re.escape(_fold(word))}(?!\w)", folded) for word in words)


def _pose_in(text: str) -> Pose | None:
    """The first pose a clause's verb says, skipping words used as adjectives ("a sleeping comet")."""
    lowered = text.casefold()
    for pose, words in ACTION_POSES:
        for match in re.finditer(words, lowered):
            # a hug is a noun after its article ("un gros câlin", "un abrazo"), not an adjective, and
            # tidying after "a" is Spanish ("ayudaron a recogerlo todo")
            if pose == "hug" or words is TIDY_WORDS or not ATTRIBUTIVE.search(lowered[: match.start()]):
                return pose
    return None


def _facing(position: int, count: int, pose: Pose, beat: str) -> Facing:
    if pose in ("sleep", "lie") or beat == "ending":
        return "front"
    if count > 1 and pose in ("talk", "hug", "hold", "point", "wave", "sit", "laugh", "stand", "reach"):
        return "right" if position % 2 == 0 else "left"
    if pose in ("walk", "run", "swim", "peek") or beat in ("journey", "setout", "return"):
        return "back" if beat == "return" else "right"
    return "front"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SKY = {
    "en": r"\bsky\b|\brain\b|\bwind\b|breeze|\bstorm",
    "es": r"\bcielo\b|\blluvia\b|\bviento\b|\bbrisa\b|tormenta",
    "fr": r"\bciel\b|\bpluie\b|\bvent\b|\bbrise\b|\borage",
    "de": r"\bhimmel\b|\bregen\b|\bwind\b|\bbrise\b|\bsturm\b",
}
_LAND = {
    "en": r"\blogs?\b|flowers?|\bbirds?\b|\btrees?\b|\bgrass\b|\bmeadow|\bdust\b|\bmud\b|hawk|goose|gulls?",
    "es": r"\btroncos?\b|\bflor(es)?\b|\bpajaros?\b|\barbol(es)?\b|\bhierba\b|\bprado|\bbarro\b"
    r"|halcon|ganso|gaviotas?",
    "fr": r"\b(rondins?|troncs?)\b|\bfleurs?\b|\boiseaux?\b|\barbres?\b|\bherbe\b|\bprairie|\bboue\b"
    r"|faucon|\boie\b|mouettes?",
    "de": r"baumstamm|blumen|blume\b|\bvogel|\bbaume?\b|\bgras\b|\bwiese|schlamm|falke|\bgans\b|mowen?",
}
_SEASIDE = {
    "en": r"\bgulls?\b|\bbeach|\bsand\b|ice-cream|ice cream|\bwaves?\b|seaside|\bsea\b|harbou?r"
    r"|boats?\b",
    "es": r"gaviotas?|\bplaya|\barena\b|\bhelados?\b|\bolas?\b|\bmar\b|\bpuerto\b|barcos?",
    "fr": r"mouettes?|\bplage|\bsable\b|(?<!grotte de )\bglaces?\b|\bvagues?\b|\bmer\b|\bport\b|bateaux?",
    "de": r"mowen?|\bstrand|\bsand\b|\beis(wagen)?\b|\bwellen?\b|\bmeer\b|\bhafen\b|boote?\b",
}
_SEA = {
    "en": r"\bgulls?\b|\bbeach|ice-cream|ice cream|\bwaves?\b|seaside|\bsea\b|harbou?r|boats?\b",
    "es": r"gaviotas?|\bplaya|\bhelados?\b|\bolas?\b|\bmar\b|\bpuerto\b|barcos?",
    "fr": r"mouettes?|\bplage|(?<!grotte de )\bglaces?\b|\bvagues?\b|\bmer\b|\bport\b|bateaux?",
    "de": r"mowen?|\bstrand|\beis(wagen)?\b|\bwellen?\b|\bmeer\b|\bhafen\b|boote?\b",
}
"""The seaside without its sand, which a desert has too."""
_UNDERWATER = {
    "en": r"dolphins?|turtles?|seahorses?|\bcoral|\breef|seaweed|\bshoals?\b|strong current",
    "es": r"delfin(es)?\b|tortugas?|caballitos? de mar|\bcoral|arrecife|\balgas?\b|bancos? de peces"
    r"|corriente fuerte",
    "fr": r"dauphins?|tortues?|hippocampes?|\bcorail|\bcoraux\b|\brecif|\balgues?\b|bancs? de poissons"
    r"|courant puissant|fort courant",
    "de": r"delfin(e)?\b|schildkrote|seepferdchen|korall|\briff\b|seetang|fischschwarm|starke stromung",
}
"""What lives only in the sea: no dolphin, reef or current in a snowy village."""
_BLOOM = {
    "en": r"flowers?\b|blossom",
    "es": r"\bflor(es)?\b",
    "fr": r"\bfleurs?\b",
    "de": r"blumen|blume\b|bluten\b",
}
"""What does not grow in the snow."""
_SNOW = {
    "en": r"\bsnow|\bice\b|frost",
    "es": r"\bnieve|\bhielo\b|escarcha",
    "fr": r"\bneige|\bglace\b|givre",
    "de": r"\bschnee|\beis\b|frost",
}
CANNOT_BE_THERE: dict[str, tuple[dict[str, str], ...]] = {
    "underwater": (_SKY, _LAND),
    "outer-space": (_SKY, _LAND),
    "space-station": (_SKY, _LAND),
    "snowy-village": (_SEASIDE, _UNDERWATER, _BLOOM),
    "mountains": (_SEASIDE, _UNDERWATER),
    "desert": (_SNOW, _SEA, _UNDERWATER),
    "farm": (_SEASIDE, _UNDERWATER),
    "garden": (_SEASIDE, _UNDERWATER),
    "city-street": (_UNDERWATER,),
    "castle-hall": (_UNDERWATER,),
    "jungle": (_SNOW, _UNDERWATER),
}
"""Words for what cannot be at a place (weather under the sea, gulls in a snowy village), per language."""


def fits_the_places(sentence: str, places: tuple[str, ...], language: str) -> bool:
    """Whether nothing the sentence names is impossible at every one of the story's places."""
    folded = _fold(sentence)
    for place in places:
        for words in CANNOT_BE_THERE.get(place, ()):
            if re.search(words[language], folded):
                return False
    return True
