"""Every plot object and every place the built-in engine can write into a story (per genre, per problem
shape, per customer place, in all four languages) is something the built-in illustrator draws: a place
of the scene vocabulary, a prop with art, or an animal; and the scene the writer makes for a page
naming it carries that place, prop or animal."""

from __future__ import annotations

import importlib
import re

import pytest

from storyloom.providers.text.engine import scenes
from storyloom.providers.text.engine.place_words import place_in_text
from storyloom.providers.text.engine.writer import compose_story
from storyloom.render.illustrator.places import PLACES as PAINTED_PLACES
from storyloom.render.illustrator.props_art import has_drawing
from storyloom.story.kinds import ANIMAL_KIND_IDS, named_animals
from storyloom.story.params import StoryParams
from storyloom.story.props import PROP_IDS, fold
from storyloom.story.scene import PLACES
from storyloom.story.schema import SceneSpec
from tests.story.test_engine_creatures import INTENDED as CREATURE_KINDS

LANGUAGES = ("en", "es", "fr", "de")
GENRES = ("adventure", "fantasy", "fairy tale", "space", "animals", "bedtime", "mystery", "friendship")
GENRES += ("science", "ocean")

INTENDED: dict[tuple[str, str], str] = {
    ("adventure", "goal"): "prop:compass",
    ("fantasy", "goal"): "animal:dragon",
    ("fairy tale", "goal"): "prop:key",
    ("space", "goal"): "prop:map",
    ("animals", "goal"): "animal:duck",
    ("bedtime", "goal"): "prop:moon",
    ("mystery", "goal"): "prop:cake",
    ("friendship", "goal"): "prop:kite",
    ("science", "goal"): "prop:machine",
    ("ocean", "goal"): "prop:pearl",
    ("adventure", "place_in"): "place:forest",
    ("fantasy", "place_in"): "place:cloud-kingdom",
    ("fairy tale", "place_in"): "place:forest",
    ("space", "place_in"): "place:space-station",
    ("animals", "place_in"): "place:farm",
    ("bedtime", "place_in"): "place:bedroom",
    ("mystery", "place_in"): "place:city-street",
    ("friendship", "place_in"): "place:park",
    ("science", "place_in"): "place:workshop",
    ("ocean", "place_in"): "place:underwater",
    ("adventure", "thing"): "prop:rope-bridge",
    ("fantasy", "thing"): "prop:magic-lamp",
    ("fairy tale", "thing"): "place:mill",
    ("space", "thing"): "prop:radio",
    ("animals", "thing"): "prop:henhouse",
    ("bedtime", "thing"): "prop:music-box",
    ("mystery", "thing"): "prop:clock",
    ("friendship", "thing"): "prop:swing",
    ("science", "thing"): "animal:robot",
    ("ocean", "thing"): "place:underwater",
    ("snowy-village", "thing"): "prop:sled",
    ("beach", "thing"): "prop:kite",
    ("castle-hall", "thing"): "prop:clock",
    ("mountains", "thing"): "prop:signpost",
    ("city-street", "thing"): "prop:clock",
    ("garden", "thing"): "prop:gate",
    ("desert", "thing"): "prop:water-pump",
    ("jungle", "thing"): "prop:bridge",
    ("boat", "thing"): "prop:bell",
    ("adventure", "scary"): "place:cave",
    ("fantasy", "scary"): "place:forest",
    ("fairy tale", "scary"): "place:tower-outside",
    ("space", "scary"): "place:outer-space",
    ("animals", "scary"): "place:farm",
    ("bedtime", "scary"): "place:bedroom",
    ("mystery", "scary"): "place:beach",
    ("friendship", "scary"): "place:park",
    ("science", "scary"): "prop:machine",
    ("ocean", "scary"): "place:underwater",
    ("snowy-village", "scary"): "place:cave",
    ("beach", "scary"): "place:cave",
    ("castle-hall", "scary"): "place:castle-hall",
    ("mountains", "scary"): "place:cave",
    ("city-street", "scary"): "place:city-street",
    ("garden", "scary"): "place:garden",
    ("desert", "scary"): "place:cave",
    ("jungle", "scary"): "place:jungle",
    ("boat", "scary"): "place:boat",
}
"""What each genre's or customer place's plot object or place is drawn as, whatever the language."""

IN_LANGUAGE = {
    ("de", "adventure", "goal"): "prop:map",  # die alte Schatzkarte
    ("de", "fairy tale", "goal"): "prop:bell",  # die goldene Glocke des singenden Turms
}
"""Where a language's story tells of another thing."""

CREATURES = CREATURE_KINDS
"""The animal each genre's or place's creature is."""

SETTINGS = {
    "snowy-village": "a snowy village",
    "beach": "the beach",
    "castle-hall": "a castle",
    "mountains": "the mountains",
    "city-street": "a big city",
    "garden": "a garden",
    "desert": "the desert",
    "jungle": "the jungle",
    "boat": "a boat",
}
"""A customer's setting for each place with its own nouns."""

FIELDS = {"thing": "thing", "thing_acc": "thing", "scary": "scary", "scary_dat": "scary"}


def _phrases(language: str) -> list[tuple[str, str, str]]:
    """(genre or place, field, words) for every plot object and place phrase of `language`."""
    worlds = importlib.import_module(f"storyloom.providers.text.engine.worlds_{language}").WORLDS
    shapes = importlib.import_module(f"storyloom.providers.text.engine.shapes_{language}")
    found = [
        (genre, field, getattr(world, field))
        for genre, world in worlds.items()
        for field in ("goal", "place_in")
    ]
    for table in (shapes.NOUNS, shapes.PLACE_NOUNS):
        for key, nouns in table.items():
            found.extend((key, FIELDS[field], words) for field, words in nouns.items() if field in FIELDS)
    return found


CASES = [(language, *phrase) for language in LANGUAGES for phrase in _phrases(language)]


def _intended(language: str, key: str, field: str) -> tuple[str, str]:
    kind, _, value = IN_LANGUAGE.get((language, key, field), INTENDED[(key, field)]).partition(":")
    return kind, value


def test_the_intended_table_covers_every_phrase_and_names_only_drawable_things() -> None:
    assert {(key, field) for _, key, field, _ in CASES} == set(INTENDED)
    for kind, _, value in (entry.partition(":") for entry in (*INTENDED.values(), *IN_LANGUAGE.values())):
        if kind == "place":
            assert value in PLACES and value in PAINTED_PLACES
        elif kind == "prop":
            assert value in PROP_IDS and has_drawing(value)
        else:
            assert value in ANIMAL_KIND_IDS


@pytest.mark.parametrize(("language", "key", "field", "words"), CASES)
def test_every_plot_object_and_place_phrase_names_what_it_is_drawn_as(
    language: str, key: str, field: str, words: str
) -> None:
    kind, value = _intended(language, key, field)
    if kind == "place":
        assert place_in_text(words) == value
    elif kind == "prop":
        assert value in scenes.named_props(words, language)
    else:
        assert value in [found for found, _ in named_animals(words, language)]
        # drawn as the creature only (the dragon's lost song is missing from its pages: see props_for)
        assert not set(scenes.named_props(words, language)) - {"coral", "song"}


def _core(words: str) -> str:
    """The phrase as it stands inside a sentence: without its leading article, which contracts ("du")."""
    words = re.sub(
        r"^(?:the|el|la|los|las|le|les|l'|un|una|une|der|die|das|den|dem|des|in|en|dans|on|sur|auf)\s*",
        "",
        words,
        flags=re.IGNORECASE,
    )
    return fold(words)


def _carries(scene: SceneSpec, kind: str, value: str, text: str, language: str) -> bool:
    if kind == "place":
        if value == "tower-outside" and scene.place == "tower":
            return place_in_text(text) == "tower"  # the page goes inside ("climbed the stairs inside")
        return scene.place == value
    if kind == "animal":
        return value in [animal.kind for animal in scene.animals] and value not in [
            p.prop for p in scene.props
        ]
    return value in [p.prop for p in scene.props] or scenes.missing_from_page(value, text, language)


def _books(language: str, key: str) -> list[tuple[int, list[tuple[str, SceneSpec]]]]:
    """Every problem shape's book for a genre, or for a customer's place (told in the adventure genre)."""
    genre, setting, seeds = (key, "", range(5)) if key in GENRES else ("adventure", SETTINGS[key], range(4))
    books = []
    for seed in seeds:
        params = StoryParams(
            child_name="Mia",
            age_group="6-8",
            genre=genre,  # type: ignore[arg-type]
            language=language,  # type: ignore[arg-type]
            moral_lesson="Be kind",
            setting=setting,
            page_count=8,
            seed=seed,
        )
        story = compose_story(params, seed, 2000)
        books.append((seed, [(chapter.text, chapter.scene) for chapter in story.chapters]))
    return books


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", [*GENRES, *SETTINGS])
def test_a_page_naming_a_plot_object_or_place_carries_it_in_its_scene(language: str, key: str) -> None:
    phrases = [(field, words) for own, field, words in _phrases(language) if own == key]
    creature = CREATURES[key]
    seen = 0
    for seed, pages in _books(language, key):
        for number, (text, scene) in enumerate(pages, start=1):
            if scene.place in ("bedroom",) and number == len(pages):
                continue  # the last page is at bedtime, whatever it recalls
            folded = fold(text)
            for field, words in phrases:
                if _core(words) in folded:
                    seen += 1
                    kind, value = _intended(language, key, field)
                    assert _carries(scene, kind, value, text, language), (seed, number, words, text, scene)
            animals = [animal.kind for animal in scene.animals]
            if creature in animals:
                assert creature not in [p.prop for p in scene.props], (seed, number, text)
    assert seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pages_after_the_mill_broke_stay_at_the_mill_until_the_party(language: str) -> None:
    params = StoryParams(
        child_name="Léa",
        age_group="3-5",
        genre="fairy tale",
        language=language,  # type: ignore[arg-type]
        moral_lesson="Be kind",
        page_count=8,
        seed=3,
    )
    story = compose_story(params, 3, 2000)
    places = [chapter.scene.place for chapter in story.chapters]
    first = places.index("mill")
    ending = max(i for i, chapter in enumerate(story.chapters) if chapter.scene.place == "mill")
    assert first <= 2 and ending >= 5
    assert set(places[first : ending + 1]) == {"mill"}, places


def test_a_lost_beetle_is_drawn_as_a_creature_not_a_tiny_prop() -> None:
    text = "Mia y Gizmo encontraron un escarabajo perdido que lloraba en el suelo."
    props = scenes.props_for(text, "es", ["Mia", "Gizmo"], "workshop")
    assert "beetle" not in [p.prop for p in props]
    assert [a.kind for a in scenes.animals_for(text, "es", [], "workshop")] == ["beetle"]


def test_a_page_referring_back_there_stays_at_the_storys_place() -> None:
    assert scenes.place_for("return", 5, "fairy tale", "", "mill", "They went back there.", "mill") == "mill"
    assert scenes.place_for("return", 5, "fairy tale", "", "mill", "They went home.", "mill") == "living-room"
    assert scenes.place_for("attempt", 3, "fairy tale", "", "mill", "Léa tried again.", "mill") == "mill"


# What the engine writes beyond the plot: each genre's obstacles, attempts and details, each customer
# place's details and obstacles (the `{detail}` of situations.PLACE and the beats' obstacles).

NAMES_ONLY_THE_PLACE: frozenset[tuple[str, str]] = frozenset(
    {
        ("fr", "ça sentait le pop-corn"),
        ("es", "el sendero se partía en tres caminos de barro"),
        ("fr", "le sentier se séparait en trois chemins de boue"),
        ("de", "der Pfad teilte sich in drei schlammige Wege"),
        ("en", "the trail split into three muddy paths"),
        ("en", "the sand was warm between the toes"),
        ("es", "la arena estaba calentita"),
        ("fr", "le sable était tout chaud"),
        ("de", "der Sand war warm unter den Füßen"),
        ("en", "a breeze smelled of salt and sunscreen"),
        ("es", "la brisa olía a sal"),
        ("fr", "la brise sentait le sel"),
        ("de", "der Wind roch nach Salz"),
        ("en", "the wind blew sand into everyone's eyes"),
        ("es", "el viento les echaba arena en los ojos"),
        ("fr", "le vent soufflait du sable dans les yeux de tout le monde"),
        ("de", "der Wind blies allen Sand in die Augen"),
        ("en", "the sea stretched out in every direction"),
        ("es", "el mar se extendía en todas direcciones"),
        ("fr", "la mer s'étendait dans toutes les directions"),
        ("de", "das Meer erstreckte sich in alle Richtungen"),
        ("en", "spray splashed over the side"),
        ("es", "la espuma salpicaba por la borda"),
        ("fr", "des embruns passaient par-dessus le bord"),
        ("de", "Gischt spritzte über die Reling"),
        ("en", "the sun blazed in a cloudless sky"),
        ("de", "die Sonne brannte von einem wolkenlosen Himmel"),
        ("en", "the hot wind whispered over the sand"),
        ("es", "el viento caliente susurraba sobre la arena"),
        ("fr", "le vent chaud murmurait sur le sable"),
        ("de", "der heiße Wind flüsterte über den Sand"),
        ("en", "a hot wind blew sand across the track"),
        ("es", "un viento caliente arrastraba arena por la pista"),
        ("fr", "un vent brûlant soufflait du sable sur la piste"),
        ("de", "ein heißer Wind blies Sand über die Piste"),
        ("en", "the track vanished under drifting sand"),
        ("es", "la pista desaparecía bajo la arena"),
        ("fr", "la piste disparaissait sous le sable"),
        ("de", "die Piste verschwand unter dem Sand"),
        ("en", "{hero} asked the wind to be gentle, the wind did not listen"),
        ("en", "the wind kept tugging the pieces away"),
        ("es", "el viento se llevaba los trozos"),
        ("fr", "le vent emportait les morceaux"),
        ("de", "der Wind riss die Stücke immer wieder fort"),
        ("en", "the air was thin and fresh"),
        ("es", "el aire era limpio y fresco"),
        ("fr", "l'air était pur et frais"),
        ("de", "die Luft war klar und frisch"),
        ("en", "three people told three different stories"),
        ("es", "tres vecinos contaron tres historias distintas"),
        ("fr", "trois voisins racontaient trois histoires"),
        ("de", "drei Nachbarn erzählten drei verschiedene Geschichten"),
        ("en", "sunlight danced in wavy lines on the sand"),
        ("es", "la luz del sol bailaba sobre la arena"),
        ("fr", "le soleil dansait sur le sable"),
        ("de", "Sonnenlicht tanzte auf dem Sand"),
        ("en", "the water tasted of salt"),
        ("es", "el agua sabía a sal"),
        ("fr", "l'eau avait le goût du sel"),
        ("de", "das Wasser schmeckte nach Salz"),
        ("en", "a strong current pushed everyone backwards"),
        ("es", "una corriente fuerte empujaba hacia atrás"),
        ("fr", "un courant fort poussait tout le monde en arrière"),
        ("de", "eine starke Strömung drückte alle zurück"),
        ("en", "the water grew deep and cold"),
        ("en", "{hero} turned it off and on again, it beeped and made hail"),
        ("es", "{hero} la apagó y la encendió otra vez, pitó y empezó a granizar"),
        ("fr", "{hero} l'éteignit et la ralluma, elle bipa et fit de la grêle"),
        ("de", "{hero} schaltete sie aus und wieder an, sie piepte und machte Hagel"),
        ("en", "the air smelled of oil and oranges"),
        ("es", "el aire olía a aceite y a naranjas"),
        ("fr", "l'air sentait l'huile et l'orange"),
        ("de", "die Luft roch nach Öl und Orangen"),
        ("en", "the engines hummed a low, steady note"),
        ("es", "los motores zumbaban bajito"),
        ("fr", "les moteurs ronronnaient doucement"),
        ("de", "die Motoren brummten leise"),
        ("en", "the gravity switch flickered and everyone floated"),
        ("es", "el botón de la gravedad falló y todos flotaron"),
        ("fr", "la gravité s'arrêta et tout le monde flotta"),
        ("de", "die Schwerkraft fiel aus und alle schwebten"),
    }
)
"""Phrases naming only weather, air, light, sound, a smell, the sea or the sand: what the page's place
already paints (its sky, its sea, its ground), nothing to draw besides."""

NOT_DRAWN_YET: frozenset[tuple[str, str]] = frozenset(
    {
        ("fr", "{hero} cousit les bords déchirés, le fil se cassa"),  # "perdre le fil" is no thread
        ("es", "{hero} cosió los bordes rotos, el hilo se rompió"),  # nor "con un hilo de voz"
        ("en", "the hallway creaked with every step"),
        ("de", "der Flur knarrte bei jedem Schritt"),
        ("de", "der Steinboden hallte bei jedem Schritt"),
        ("es", "{hero} pegó los trozos con cinta, la cinta no pegaba"),
        ("fr", "{hero} colla les morceaux avec du scotch, le scotch ne tenait pas"),
        ("de", "{hero} klebte die Stücke mit Klebeband, das Band hielt nicht"),
        ("es", "olía a palomitas"),
        ("de", "es roch nach Popcorn"),
        ("en", "two friends wanted to paint it different colours"),
        ("en", "a spring bounced off and rolled under a shelf"),
        ("en", "the lights flickered every time the fan spun"),
        ("es", "las luces parpadeaban con el ventilador"),
        ("fr", "les lumières clignotaient avec le ventilateur"),
        ("de", "das Licht flackerte, wenn der Ventilator lief"),
        ("en", "the village steps were slippery with ice"),
        ("fr", "les marches du village étaient glissantes de verglas"),
    }
)
"""Phrases naming a thing or creature the illustrator has no drawing for yet (a fan, a spring
...): known gaps, drawn as their page's place only."""


def _world_phrases(language: str) -> list[tuple[str, str]]:
    """(where it comes from, phrase) for every obstacle, attempt and detail the engine can write."""
    worlds = importlib.import_module(f"storyloom.providers.text.engine.worlds_{language}").WORLDS
    shapes = importlib.import_module(f"storyloom.providers.text.engine.shapes_{language}")
    found = []
    for genre, world in worlds.items():
        found.extend((f"{genre} obstacle", phrase) for phrase in world.obstacles)
        found.extend((f"{genre} detail", phrase) for phrase in world.details)
        found.extend((f"{genre} attempt", f"{tried}, {result}") for tried, result in world.attempts)
    for table in ("PLACE_DETAILS", "PLACE_OBSTACLES"):
        for place, phrases in getattr(shapes, table).items():
            found.extend((f"{place} {table.lower()}", phrase) for phrase in phrases)
    return found


DETAIL_CASES = [
    (language, source, words) for language in LANGUAGES for source, words in _world_phrases(language)
]


def _drawn_from(words: str, language: str) -> tuple[list[str], list[str], str | None]:
    """(props, animals, place) a page saying `words` names: the things as the scene finds them, the
    animals as the scene draws them (a teddy bear is a toy, a "cerf-volant" a kite, not a deer)."""
    text = words.replace("{hero}", "Mia")
    animals = [animal.kind for animal in scenes.animals_for(text, language, [], "meadow")]
    named = scenes.named_props(text, language, names=("Mia",))
    props = [prop for prop in named if prop not in ANIMAL_KIND_IDS]
    return props, animals, place_in_text(text)


@pytest.mark.parametrize(("language", "source", "words"), DETAIL_CASES)
def test_every_detail_and_obstacle_the_engine_writes_names_something_drawable(
    language: str, source: str, words: str
) -> None:
    # given a phrase the engine may put on a page
    props, animals, place = _drawn_from(words, language)
    if (language, words) in NAMES_ONLY_THE_PLACE | NOT_DRAWN_YET:
        assert not (props or animals or place), ("now drawn: take it off the list", language, words)
        return
    # then it names at least one thing the illustrator draws
    assert props or animals or place, (language, source, words)
    for prop in props:
        assert prop in PROP_IDS and has_drawing(prop), (prop, words)
    for kind in animals:
        assert kind in ANIMAL_KIND_IDS, (kind, words)
    if place is not None:
        assert place in PAINTED_PLACES, (place, words)
    # and the scene of a page saying it carries each of them
    text = words.replace("{hero}", "Mia")
    drawn_props = [p.prop for p in scenes.props_for(text, language, ["Mia"], "meadow")]
    # a door or a window is carried where there is a wall (outdoors it is the drawn building's own)
    walled = [p.prop for p in scenes.props_for(text, language, ["Mia"], "castle-hall")]
    for prop in props:
        carried = walled if prop in scenes.BUILT_IN_PROPS else drawn_props
        assert prop in carried or scenes.missing_from_page(prop, text, language), (prop, words)


@pytest.mark.parametrize(
    ("language", "words", "drawn"),
    [
        ("de", "eine schwere Eichentür ließ sich nicht bewegen", "prop:door"),
        ("de", "die Wendeltreppe schien niemals aufzuhören", "prop:stairs"),
        ("de", "die Zugbrücke knarrte und begann sich zu heben", "prop:bridge"),
        ("en", "the drawbridge creaked and began to rise", "prop:bridge"),
        ("de", "die Strickleiter schwang hin und her", "prop:ladder"),
        ("es", "las antorchas parpadeaban en sus aros de hierro", "prop:torch"),
        ("fr", "des torches vacillaient dans leurs anneaux de fer", "prop:torch"),
        ("de", "Fackeln flackerten in ihren Eisenringen", "prop:torch"),
        ("fr", "les escaparates", "none"),
        ("es", "los escaparates brillaban de colores", "prop:window"),
        ("de", "Papageien kreischten in den Baumkronen", "animal:bird"),
        ("de", "es waren nur die Spuren eines Rehs", "animal:deer"),
        ("fr", "les agneaux sautaient dans le pré", "animal:sheep"),
        ("es", "dos gansos orgullosos vigilaban el sendero", "animal:goose"),
        ("en", "a bed of nettles grew right across the path", "prop:hedge"),
        ("en", "the tall corn swayed like a green sea", "place:farm"),
        ("fr", "le grand maïs bougeait comme une mer verte", "place:farm"),
        ("en", "icicles sparkled along the gutters", "place:snowy-village"),
        ("en", "the sprinkler suddenly turned on", "place:garden"),
        ("de", "der Schraubenzieher war zu groß", "prop:hammer"),
        ("es", "la lluvia borró las marcas de tiza", "prop:pencil"),
        ("fr", "une trappe était bloquée par le givre", "prop:door"),
        ("de", "Krümel schwebten wie langsamer Schnee", "prop:cookie"),
    ],
)
def test_things_named_in_compounds_plurals_and_other_words_are_drawn(
    language: str, words: str, drawn: str
) -> None:
    props, animals, place = _drawn_from(words, language)
    kind, _, value = drawn.partition(":")
    if kind == "none":
        assert not (props or animals)
    elif kind == "prop":
        assert value in props, (props, words)
    elif kind == "animal":
        assert value in animals, (animals, words)
    else:
        assert place == value, (place, words)


def test_a_bed_of_nettles_keeps_the_page_in_the_garden() -> None:
    assert place_in_text("a bed of nettles grew right across the path") is None
    assert "bed" not in scenes.named_props("a bed of nettles grew right across the path", "en")


@pytest.mark.parametrize(
    "text",
    [
        "« On pourrait toujours faire demi-tour », dit Juniper.",
        "Ils parlèrent à tour de rôle.",
        "Tour à tour, ils essayèrent.",
        "Ils firent un tour avant de rentrer.",
        "C'est ton tour, dit Léa.",
    ],
)
def test_a_french_turn_is_no_tower(text: str) -> None:
    assert place_in_text(text) is None
    assert place_in_text("Léa monta en haut de la tour.") in ("tower", "tower-outside")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("seed", [3, 7])
def test_the_kingdom_of_clouds_is_drawn_in_the_sky_not_in_a_castle_hall(language: str, seed: int) -> None:
    # given the built-in fantasy book, whose kingdom's clouds are made of candyfloss
    params = StoryParams(
        child_name="Lena",
        age_group="9-12",
        genre="fantasy",
        language=language,  # type: ignore[arg-type]
        moral_lesson="Courage",
        page_count=8,
    )
    # when written
    story = compose_story(params, seed, 2000)
    places = [chapter.scene.place for chapter in story.chapters]
    # then it opens in the kingdom of clouds, a place the illustrator paints
    assert places[0] == "cloud-kingdom" and "cloud-kingdom" in PAINTED_PLACES, places
    # every page naming the kingdom (not its castle) is there, and not every page is a castle hall
    for chapter in story.chapters:
        text = fold(chapter.text)
        if re.search(r"\b(?:kingdom|reino|royaume|konigreich)\b", text) and not re.search(
            r"castle|castillo|chateau|schloss|burg\b|throne|trono|thron|palace|palacio|palais", text
        ):
            assert chapter.scene.place == "cloud-kingdom", (chapter.text[:80], chapter.scene.place)
    assert places.count("castle-hall") < len(places) / 2, places


@pytest.mark.parametrize(
    ("genre", "setting", "text", "place"),
    [
        ("fantasy", "", "A long corridor split into three dark passages.", "castle-hall"),
        ("fairy tale", "", "Un long couloir se divisait en trois passages sombres.", "castle-hall"),
        ("fantasy", "", "Un largo pasillo se dividía en tres galerías oscuras.", "castle-hall"),
        ("space", "", "The corridor lights went dim and blue.", "space-station"),
        ("space", "", "Las luces del pasillo se pusieron azules.", "space-station"),
    ],
)
def test_a_corridor_is_the_castles_unless_the_story_goes_to_space(
    genre: str, setting: str, text: str, place: str
) -> None:
    assert scenes.place_for("journey", 2, genre, setting, "forest", text) == place


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A ray of light fell through the tower window.", "en"),
        ("Un rayo de luz entró por la ventana.", "es"),
        ("Un rayon de soleil traversa la salle.", "fr"),
        ("Ein Lichtstrahl fiel durch das Fenster.", "de"),
    ],
)
def test_a_ray_of_light_is_a_prop_the_illustrator_draws(text: str, language: str) -> None:
    props = scenes.props_for(text, language, ["Mia"], "castle-hall", ["Mia"])
    assert "light-ray" in [prop.prop for prop in props] and has_drawing("light-ray")


@pytest.mark.parametrize(
    ("text", "previous", "place"),
    [
        # snow a machine makes, or a bookshelf, where the story already is: the page stays there
        ("Ay, la máquina estornudó más nieve.", "workshop", "workshop"),
        ("Oh no, the machine sneezed more snow all over the floor.", "workshop", "workshop"),
        ("La machine éternua encore de la neige.", "workshop", "workshop"),
        ("Die Maschine niste noch mehr Schnee.", "workshop", "workshop"),
        ("Mia took a book from the bookshelf.", "workshop", "workshop"),
        ("Inés sacó un libro de la estantería.", "workshop", "workshop"),
        # out of doors, snow and a snowy village are still where a snowy page goes
        ("Snow covered everything, as far as they could see.", "meadow", "snowy-village"),
        ("They walked into the snowy village.", "workshop", "snowy-village"),
        ("They went to the library.", "workshop", "library"),
        ("Mia ran outside into the fresh snow.", "workshop", "snowy-village"),
        ("Lucía salió corriendo a la nieve.", "workshop", "snowy-village"),
        ("Léo sortit en courant dans la neige.", "workshop", "snowy-village"),
        ("Jonas lief hinaus in den Schnee.", "workshop", "snowy-village"),
    ],
)
def test_snow_or_a_bookshelf_where_the_story_already_is_does_not_move_the_page(
    text: str, previous: str, place: str
) -> None:
    assert scenes.place_for("attempt", 3, "science", "", previous, text) == place


def test_a_machine_making_snow_in_the_workshop_keeps_the_whole_book_there() -> None:
    params = StoryParams(
        child_name="Inés",
        age_group="9-12",
        genre="science",
        language="es",
        moral_lesson="Nunca te rindas",
        page_count=8,
        illustration_style="watercolour",
    )
    story = compose_story(params, 3, 5000)
    snowing = [chapter for chapter in story.chapters if re.search(r"\bniev", chapter.text)]
    assert snowing and "taller" in story.chapters[1].text
    places = [chapter.scene.place for chapter in story.chapters]
    assert "snowy-village" not in places and "library" not in places, places


@pytest.mark.parametrize(
    ("text", "language", "prop"),
    [
        ("Oh dear, the valley was too wide to see the compass.", "en", "compass"),
        ("There was no sign of the compass anywhere.", "en", "compass"),
        ("De la brújula, ni rastro.", "es", "compass"),
        ("Aucune trace de la boussole.", "fr", "compass"),
        ("Der Kompass war nirgends zu sehen.", "de", "compass"),
    ],
)
def test_a_thing_said_to_be_out_of_sight_is_not_drawn(text: str, language: str, prop: str) -> None:
    assert prop not in [p.prop for p in scenes.props_for(text, language, ["Mia"], "mountains", ["Mia"])]
    seen = text.replace("too wide to see", "bright enough to show").replace("no sign of", "a glint of")
    if language == "en":
        assert prop in [p.prop for p in scenes.props_for(seen, language, ["Mia"], "mountains", ["Mia"])]
