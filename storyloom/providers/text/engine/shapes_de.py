"""German problem shapes of the built-in engine (see shapes.py).

German needs the cases: `thing_acc`, `creature_acc` and `scary_dat` are the same nouns declined.
"""

from __future__ import annotations

from storyloom.providers.text.engine.shapes import Repair, Shape


def _nouns(
    thing: tuple[str, str], creature: str, creature_def: tuple[str, str], scary_dat: str
) -> dict[str, str]:
    return {
        "thing": thing[0],
        "thing_acc": thing[1],
        "creature": creature,
        "creature_def": creature_def[0],
        "creature_acc": creature_def[1],
        "scary_dat": scary_dat,
    }


NOUNS: dict[str, dict[str, str]] = {
    "adventure": _nouns(
        ("die alte Hängebrücke", "die alte Hängebrücke"),
        "ein kleines verirrtes Rehkitz",
        ("das Rehkitz", "das Rehkitz"),
        "der dunklen Höhle unter dem Wasserfall",
    ),
    "fantasy": _nouns(
        ("die Zauberlampe des Zauberers", "die Zauberlampe des Zauberers"),
        "ein kleiner Drache",
        ("der kleine Drache", "den kleinen Drachen"),
        "dem Flüsterwald",
    ),
    "fairy tale": _nouns(
        ("die alte Mühle des Müllers", "die alte Mühle des Müllers"),
        "eine kleine graue Gans",
        ("die Gans", "die Gans"),
        "dem hohen dunklen Turm",
    ),
    "space": _nouns(
        ("das Funkgerät der Rakete", "das Funkgerät der Rakete"),
        "ein winziger grüner Außerirdischer",
        ("der Außerirdische", "den Außerirdischen"),
        "der dunklen Seite des Mondes",
    ),
    "animals": _nouns(
        ("die Tür des Hühnerstalls", "die Tür des Hühnerstalls"),
        "ein einsames Lamm",
        ("das Lamm", "das Lamm"),
        "der großen dunklen Scheune",
    ),
    "bedtime": _nouns(
        ("die alte Spieluhr", "die alte Spieluhr"),
        "eine kleine müde Eule",
        ("die Eule", "die Eule"),
        "den Schatten unter dem Bett",
    ),
    "mystery": _nouns(
        ("die Uhr am Rathaus", "die Uhr am Rathaus"),
        "eine scheue streunende Katze",
        ("die Katze", "die Katze"),
        "dem alten Leuchtturm",
    ),
    "friendship": _nouns(
        ("die Holzschaukel", "die Holzschaukel"),
        "ein kleiner scheuer Igel",
        ("der Igel", "den Igel"),
        "der höchsten Rutsche im Park",
    ),
    "science": _nouns(
        ("der Helferroboter", "den Helferroboter"),
        "ein winziger verirrter Käfer",
        ("der Käfer", "den Käfer"),
        "der laut brummenden Maschine",
    ),
    "ocean": _nouns(
        ("das Korallenschloss", "das Korallenschloss"),
        "ein kleines Seepferdchen",
        ("das Seepferdchen", "das Seepferdchen"),
        "dem tiefen dunklen Graben",
    ),
}


# A customer's place that is not the genre's own world lends its own nouns (see shapes.py).
PLACE_NOUNS: dict[str, dict[str, str]] = {
    "snowy-village": _nouns(
        ("der Dorfschlitten", "den Dorfschlitten"),
        "ein kleines Rentierkalb",
        ("das Rentierkalb", "das Rentierkalb"),
        "der alten Eishöhle über dem Dorf",
    ),
    "beach": _nouns(
        ("der alte gestreifte Drachen", "den alten gestreiften Drachen"),
        "ein kleiner Seehund",
        ("der Seehund", "den Seehund"),
        "der dunklen Höhle bei den Felsen",
    ),
    "castle-hall": _nouns(
        ("die große Uhr im Saal", "die große Uhr im Saal"),
        "eine kleine Schlossmaus",
        ("die Maus", "die Maus"),
        "dem Keller unter dem großen Saal",
    ),
    "mountains": _nouns(
        ("der alte hölzerne Wegweiser", "den alten hölzernen Wegweiser"),
        "ein kleines Zicklein",
        ("das Zicklein", "das Zicklein"),
        "der Höhle hoch oben am Berg",
    ),
    "city-street": _nouns(
        ("die Uhr am Rathaus", "die Uhr am Rathaus"),
        "eine scheue streunende Katze",
        ("die Katze", "die Katze"),
        "dem leeren Haus am Ende der Straße",
    ),
    "garden": _nouns(
        ("das Gartentor", "das Gartentor"),
        "ein kleiner scheuer Igel",
        ("der Igel", "den Igel"),
        "dem dunklen Schuppen hinten im Garten",
    ),
    "desert": _nouns(
        ("die alte Wasserpumpe", "die alte Wasserpumpe"),
        "ein kleines Kamelfohlen",
        ("das Kamelfohlen", "das Kamelfohlen"),
        "der Höhle unter den roten Felsen",
    ),
    "jungle": _nouns(
        ("die Brücke zwischen den Baumkronen", "die Brücke zwischen den Baumkronen"),
        "ein kleines Äffchen",
        ("das Äffchen", "das Äffchen"),
        "dem dunklen Gewirr aus Lianen",
    ),
    "boat": _nouns(
        ("die Schiffsglocke", "die Schiffsglocke"),
        "ein Möwenküken",
        ("das Möwenküken", "das Möwenküken"),
        "dem dunklen Laderaum unter Deck",
    ),
}


# The animal a mystery first wrongly suspects, and another for a book with a fox among its companions.
SUSPECTS: tuple[dict[str, str], dict[str, str]] = (
    {"suspect": "ein Fuchs", "suspect_acc": "einen Fuchs"},
    {"suspect": "ein Dachs", "suspect_acc": "einen Dachs"},
)

# Another creature for each genre and place, of another kind and the same grammatical gender, for a
# book whose companion is already the first one's kind (a kitten friend and a stray-cat mystery).
OTHER_CREATURES: dict[str, dict[str, str]] = {
    "adventure": {
        "creature": "ein kleines verirrtes Kaninchen",
        "creature_def": "das Kaninchen",
        "creature_acc": "das Kaninchen",
    },
    "fantasy": {
        "creature": "ein kleiner verirrter Bär",
        "creature_def": "der kleine Bär",
        "creature_acc": "den kleinen Bären",
    },
    "fairy tale": {
        "creature": "eine kleine braune Henne",
        "creature_def": "die Henne",
        "creature_acc": "die Henne",
    },
    "space": {
        "creature": "ein kleiner verirrter Mondhase",
        "creature_def": "der Mondhase",
        "creature_acc": "den Mondhasen",
    },
    "animals": {
        "creature": "ein einsames Ferkel",
        "creature_def": "das Ferkel",
        "creature_acc": "das Ferkel",
    },
    "bedtime": {
        "creature": "eine kleine müde Katze",
        "creature_def": "die Katze",
        "creature_acc": "die Katze",
    },
    "mystery": {
        "creature": "eine scheue kleine Maus",
        "creature_def": "die Maus",
        "creature_acc": "die Maus",
    },
    "friendship": {
        "creature": "ein kleiner scheuer Vogel",
        "creature_def": "der kleine Vogel",
        "creature_acc": "den kleinen Vogel",
    },
    "science": {
        "creature": "ein winziger verirrter Marienkäfer",
        "creature_def": "der Marienkäfer",
        "creature_acc": "den Marienkäfer",
    },
    "ocean": {
        "creature": "ein kleines Krabbenbaby",
        "creature_def": "das Krabbenbaby",
        "creature_acc": "das Krabbenbaby",
    },
    "snowy-village": {
        "creature": "ein kleines Schneehäschen",
        "creature_def": "das Schneehäschen",
        "creature_acc": "das Schneehäschen",
    },
    "beach": {
        "creature": "ein kleiner Krebs",
        "creature_def": "der kleine Krebs",
        "creature_acc": "den kleinen Krebs",
    },
    "castle-hall": {
        "creature": "eine kleine Schlosskatze",
        "creature_def": "die Katze",
        "creature_acc": "die Katze",
    },
    "mountains": {
        "creature": "ein kleines verirrtes Lamm",
        "creature_def": "das Lamm",
        "creature_acc": "das Lamm",
    },
    "city-street": {
        "creature": "eine scheue kleine Taube",
        "creature_def": "die Taube",
        "creature_acc": "die Taube",
    },
    "garden": {
        "creature": "ein kleiner scheuer Vogel",
        "creature_def": "der kleine Vogel",
        "creature_acc": "den kleinen Vogel",
    },
    "desert": {
        "creature": "ein kleines Vogelküken",
        "creature_def": "das Vogelküken",
        "creature_acc": "das Vogelküken",
    },
    "jungle": {
        "creature": "ein kleines Elefantenbaby",
        "creature_def": "das Elefantenbaby",
        "creature_acc": "das Elefantenbaby",
    },
    "boat": {
        "creature": "ein kleines Fischlein",
        "creature_def": "das Fischlein",
        "creature_acc": "das Fischlein",
    },
}


# What the customer's place looks like, for the pages' details (see shapes.py).
PLACE_DETAILS: dict[str, tuple[str, ...]] = {
    "snowy-village": (
        "auf allen Dächern lag dicker Schnee",
        "Eiszapfen glitzerten an den Regenrinnen",
        "aus den Schornsteinen stieg Rauch auf",
        "Fußspuren liefen im Zickzack über den weißen Platz",
        "ein Schneemann trug einen roten Schal",
    ),
    "beach": (
        "die Wellen rollten sanft auf den Sand",
        "Möwen kreischten über dem Wasser",
        "der Sand war warm unter den Füßen",
        "Muscheln glitzerten am Wassersaum",
        "der Wind roch nach Salz",
    ),
    "castle-hall": (
        "Banner hingen an den hohen Steinmauern",
        "Fackeln flackerten in ihren Eisenringen",
        "in der Mitte des Saals stand eine lange Tafel",
        "Ritterrüstungen hielten an der Tür Wache",
        "der Steinboden hallte bei jedem Schritt",
    ),
    "mountains": (
        "die Gipfel waren mit Schnee bedeckt",
        "ein kalter Bach sprang über die Felsen",
        "die Luft war klar und frisch",
        "Wolken zogen unterhalb des Weges vorbei",
        "ein Murmeltier pfiff von einem Felsen",
    ),
    "city-street": (
        "Busse brummten die Straße entlang",
        "die Schaufenster leuchteten bunt",
        "eine Fahrradklingel schellte",
        "Tauben stolzierten über den Gehweg",
        "aus einer Bäckerei duftete es nach frischem Brot",
    ),
    "garden": (
        "Bienen summten um die Blumenbeete",
        "an den Stäben reiften Tomaten",
        "neben dem Weg stand eine Gießkanne",
        "ein Rotkehlchen hüpfte über den Zaun",
        "die Rosen dufteten in der Sonne",
    ),
    "desert": (
        "die Dünen wogten wie Wellen",
        "die Sonne brannte von einem wolkenlosen Himmel",
        "eine Eidechse huschte hinter einen Stein",
        "ein Kaktus stand hoch und stachelig da",
        "der heiße Wind flüsterte über den Sand",
    ),
    "jungle": (
        "Lianen hingen herab wie Seile",
        "Papageien kreischten in den Baumkronen",
        "von riesigen Blättern tropfte der Regen",
        "ganz in der Nähe rauschte ein Wasserfall",
        "bunte Blüten leuchteten im grünen Schatten",
    ),
    "boat": (
        "das Deck schaukelte sanft",
        "die Segel knallten im Wind",
        "die Taue knarrten am Mast",
        "das Meer erstreckte sich in alle Richtungen",
        "Gischt spritzte über die Reling",
    ),
}

SHAPES: dict[str, Shape] = {
    "broken": Shape(
        goal="einen Weg, {thing_acc} zu reparieren",
        problem="{thing} war in Stücke gegangen, und niemand wusste Rat",
        discovery="das letzte kleine Teil rastete mit einem Klick ein, und {thing} funktionierte wieder",
        ending="{thing} funktionierte besser als je zuvor",
        title="{hero} repariert alles",
        titles=(
            "{hero} und {thing}",
            "{hero} repariert {thing_acc}",
            "{hero}, {friend} und {thing}",
        ),
        attempts=(
            ("{hero} band die Teile mit einer Schnur zusammen", "die Schnur riss sofort"),
            ("{hero} klebte die Teile mit Klebeband zusammen", "das Klebeband hielt nicht"),
            ("{hero} drückte die Teile ganz fest zusammen", "sie fielen wieder auseinander"),
            ("{hero} suchte das kleinste fehlende Teil", "es war nirgends zu finden"),
        ),
        solutions=(
            (
                "Dann legten {hero} und {friend} alle Teile in einer Reihe aus und sahen sich jedes genau an",
                "{hero} erkannte, wie sie zusammenpassten, und setzte sie eins nach dem anderen ein, bis "
                "{thing} wieder ganz war",
            ),
            (
                "Das half {hero}, in Ruhe nachzudenken: Die Teile brauchten Leim, und {friend} holte eine "
                "Tube",
                "Jedes Teil kam an seinen Platz, und als der Leim getrocknet war, funktionierte {thing} "
                "wieder",
            ),
        ),
        simple=("{thing} ging kaputt", "das letzte Teil passte", "{thing} funktionierte wieder"),
    ),
    "need": Shape(
        goal="Hilfe für {creature_acc}",
        problem="{creature} weinte und fand den Weg nach Hause nicht mehr",
        discovery="{creature_def} sang das Lied von zu Hause, und von weit her sang die Familie zurück",
        ending="{creature_def} war wieder sicher zu Hause, und die ganze Familie sagte Danke",
        title="{hero} hilft gern",
        titles=(
            "{hero} und {creature_def}",
            "{hero} bringt {creature_acc} nach Hause",
            "{hero}, {friend} und {creature_def}",
        ),
        attempts=(
            ("{hero} fragte alle in der Nähe nach dem Weg", "niemand kannte ihn"),
            ("{hero} rief, so laut es ging", "niemand rief zurück"),
            ("{hero} malte eine Karte vom Heimweg", "die Karte führte nur im Kreis"),
            ("{hero} versuchte, {creature_acc} zu tragen", "{creature_def} zappelte viel zu sehr"),
        ),
        solutions=(
            (
                "Dann kniete sich {hero} hin und fragte leise: „Wie klingt es bei dir zu Hause?“",
                "{creature_def} sang das Lied von zu Hause, und von weit her sang die Familie zurück",
            ),
            (
                "{friend} erinnerte sich an ein feines Stimmchen, das sie von weit her rufen gehört hatten",
                "{hero} und {friend} brachten {creature_acc} zu der Stimme, und da war die Familie und rief "
                "nach dem Kleinen",
            ),
        ),
        simple=(
            "{creature} hatte sich verirrt",
            "gemeinsam riefen sie laut, und {creature_def} hörte die Familie singen",
            "{creature_def} war wieder zu Hause",
        ),
    ),
    "fear": Shape(
        goal="den Mut, nachzusehen",
        problem="aus {scary_dat} kam ein seltsames Geräusch, und alle hatten zu viel Angst, um nachzusehen",
        discovery=(
            "hinter dem seltsamen Geräusch steckte nur {creature}, "
            "und {creature_def} hatte noch mehr Angst als sie alle"
        ),
        ending="niemand hatte mehr Angst vor {scary_dat}",
        title="{hero} und das seltsame Geräusch",
        titles=(
            "{hero} und das Geheimnis aus {scary_dat}",
            "{hero} und das Geräusch aus {scary_dat}",
            "{hero}, {friend} und das seltsame Geräusch",
        ),
        attempts=(
            ("{hero} spähte von weit weg hinein", "es war viel zu dunkel, um etwas zu sehen"),
            ("{hero} sang ganz laut, um mutig zu sein", "das Echo klang noch unheimlicher"),
            ("{hero} zählte bis zehn, um dann hineinzugehen", "bei neun blieb {hero} stehen"),
            ("{hero} hielt eine kleine Lampe hoch", "die Schatten wurden nur größer"),
        ),
        solutions=(
            (
                "Seite an Seite schlichen {hero} und {friend} auf Zehenspitzen zu {scary_dat} und spähten "
                "hinein",
                "hinter dem seltsamen Geräusch steckte nur {creature}, und {creature_def} hatte noch mehr "
                "Angst als sie alle",
            ),
            (
                "{hero} rief leise: „Hallo? Wir sind Freunde!“, und ein feines Stimmchen antwortete",
                "aus {scary_dat} kam {creature} hervor, und das Geräusch war nur ein leises Schniefen "
                "gewesen",
            ),
        ),
        simple=(
            "aus {scary_dat} kam ein Geräusch",
            "gemeinsam schauten sie nach, und es war nur {creature}",
            "niemand hatte mehr Angst",
        ),
    ),
    "wish": Shape(
        goal="einen Weg, den großen Wunsch zu erfüllen",
        problem="{creature} wünschte sich so sehr ein Fest, doch noch nie hatte es eines gegeben",
        discovery="ein Fest braucht nicht viel, nur Freunde, die zusammenhalten, und davon hatten sie viele",
        ending="{creature_def} feierte das schönste Fest, an das sich alle erinnern konnten",
        title="{hero} und der große Wunsch",
        titles=(
            "{hero} und der Wunsch für {creature_acc}",
            "{hero} plant ein Fest für {creature_acc}",
            "{hero}, {friend} und ein großes Fest",
        ),
        attempts=(
            ("{hero} bastelte eine Krone aus Papier", "sie war viel zu groß und rutschte herunter"),
            ("{hero} versuchte, ein Festlied zu schreiben", "die Wörter reimten sich nicht"),
            (
                "{hero} plante eine große Überraschung",
                "{creature_def} kam gerade vorbei und merkte alles viel zu früh",
            ),
            ("{hero} suchte das perfekte Geschenk", "nichts schien ganz richtig zu sein"),
        ),
        solutions=(
            (
                "Da hatte {hero} eine Idee: Ein Fest musste nicht perfekt sein, es brauchte nur Freunde",
                "{hero} und {friend} luden alle ein, die ihnen begegneten, jeder Gast brachte eine "
                "Kleinigkeit mit, und das Fest begann",
            ),
            (
                "{friend} hatte eine Idee, und {hero} war begeistert: Jeder konnte eine Kleinigkeit "
                "vorbereiten",
                "einer brachte ein Lied, einer etwas zu naschen und einer eine Girlande aus Papier, und "
                "bald war das Fest bereit",
            ),
        ),
        simple=(
            "{creature} wünschte sich ein Fest",
            "gemeinsam luden sie alle Freunde ein",
            "das Fest begann",
        ),
    ),
    "mystery": Shape(
        goal="die Lösung des Rätsels um die verschwundenen Sachen",
        problem=(
            "jede Nacht verschwanden Bänder, Socken und andere weiche Sachen, "
            "und niemand wusste, wer sie mitnahm"
        ),
        discovery=(
            "{hero} setzte die Hinweise zusammen, die kleinen Pfotenabdrücke, das Büschel weiches Fell und "
            "die Tatsache, dass nur weiche Sachen fehlten, und fand die Antwort: {creature} hatte alles "
            "fortgetragen, um sich ein warmes Bett zu bauen"
        ),
        ending="das Rätsel war gelöst, und {creature_def} bekam endlich ein eigenes warmes Bett",
        title="{hero} und das Rätsel der verschwundenen Sachen",
        titles=(
            "{hero} löst das Rätsel",
            "{hero} und die geheimnisvollen Hinweise",
            "{hero}, {friend} und die verschwundenen Socken",
        ),
        attempts=(
            (
                "{hero} fand kleine Pfotenabdrücke und vermutete, dass {suspect} der Dieb war|"
                "{hero} entdeckte winzige Pfotenabdrücke und dachte, es müsse {suspect} gewesen sein",
                "{suspect} hinterlässt viel größere Spuren, also war diese Vermutung falsch|"
                "für {suspect_acc} waren die Spuren viel zu klein, also war diese Vermutung falsch",
            ),
            (
                "{hero} fand ein Büschel weiches Fell an einem Nagel und hob es als Hinweis auf|"
                "an einem Nagel hing ein Büschel weiches Fell, und {hero} steckte es als Hinweis ein",
                "das Fell allein verriet nicht, wem es gehörte|so ein Büschel Fell konnte fast jedem gehören",
            ),
            (
                "{hero} bemerkte, dass nur weiche Sachen verschwunden waren, nie harte|"
                "{hero} schrieb auf, was fehlte, und sah, dass alles weich war",
                "noch konnte niemand sagen, warum ein Dieb nur weiche Sachen wollte|"
                "der Grund blieb ein Rätsel",
            ),
            ("{hero} hielt bis spät am Abend Wache", "nichts geschah, solange jemand aufpasste"),
        ),
        simple=(
            "weiche Sachen verschwanden",
            "gemeinsam folgten sie den Spuren, und die verrieten {creature_acc}",
            "das Rätsel war gelöst",
        ),
    ),
    "gifts": Shape(
        goal="die Lösung des Rätsels um die geheimen Geschenke",
        problem=(
            "jeden Morgen lag ein kleines Geschenk bereit, ein glänzender Kiesel, eine Feder oder ein Knopf, "
            "und niemand wusste, wer sie hinlegte"
        ),
        discovery=(
            "{hero} setzte die Hinweise zusammen, die winzigen Spuren, die verschwundenen Krümel und die "
            "Tatsache, dass die Geschenke immer im Morgengrauen kamen, und fand die Antwort: {creature} "
            "hatte "
            "sie hingelegt, um sich für die Krümel zu bedanken, die dort jeden Tag lagen"
        ),
        ending="das Rätsel war gelöst, und {hero} legte nun selbst ein Dankeschön für {creature_acc} hin",
        title="{hero} und die geheimen Geschenke",
        titles=(
            "{hero} und das Rätsel der Geschenke",
            "{hero} und die Geschenke am Morgen",
            "{hero}, {friend} und die geheimnisvollen Geschenke",
        ),
        attempts=(
            (
                "{hero} vermutete, dass {friend} die Geschenke zum Spaß hinlegte|"
                "{hero} war sich sicher, dass {friend} dahintersteckte",
                "{friend} schlief jeden Morgen noch tief und fest, also war diese Vermutung falsch|"
                "{friend} war nie so früh wach, also war diese Vermutung falsch",
            ),
            (
                "{hero} fand eine Reihe winziger Spuren|{hero} entdeckte winzige Spuren und folgte ihnen",
                "die Spuren verloren sich, bevor sie irgendwohin führten|"
                "wo der Boden hart wurde, hörten die Spuren auf",
            ),
            (
                "{hero} bemerkte, dass die Krümel vom Vortag verschwunden waren|"
                "{hero} sah, dass vom Picknick gestern kein einziger Krümel übrig war",
                "Krümel verraten nicht, wer sie gegessen hat|noch wusste niemand, wer sie gegessen hatte",
            ),
            (
                "{hero} stand ganz früh auf, um Wache zu halten|{hero} legte sich im Morgengrauen auf die "
                "Lauer",
                "das Geschenk lag schon da, und wer es gebracht hatte, war längst fort|"
                "während {hero} gähnte, lag das Geschenk plötzlich wie von Zauberhand da",
            ),
        ),
        simple=(
            "kleine Geschenke tauchten auf",
            "gemeinsam fanden sie heraus, dass {creature} die Geschenke brachte",
            "das Rätsel war gelöst",
        ),
    ),
    "noise": Shape(
        goal="die Lösung des Rätsels um das Klopfen",
        problem=(
            "jeden Abend war irgendwo ein leises Tock-tock-tock zu hören, und niemand wusste, woher es kam"
        ),
        discovery=(
            "{hero} setzte die Hinweise zusammen, die winzigen Kratzer, die geknackten Samenschalen und die "
            "Tatsache, dass das Klopfen aufhörte, sobald jemand näher kam, und fand die Antwort: {creature} "
            "hatte sich ein gemütliches Versteck gebaut und knackte dort Samen zum Abendessen"
        ),
        ending="das Rätsel war gelöst, und {creature_def} durfte das gemütliche Versteck behalten",
        title="{hero} und das Rätsel um das Klopfen",
        titles=(
            "{hero} und das geheimnisvolle Klopfen",
            "{hero} lauscht nach Hinweisen",
            "{hero}, {friend} und das Tock-tock am Abend",
        ),
        attempts=(
            (
                "{hero} vermutete, dass irgendwo etwas Lockeres klapperte|"
                "{hero} dachte, ein loses Brett müsse klopfen",
                "alles war fest, also war diese Vermutung falsch|nichts war locker, also war diese Vermutung "
                "falsch",
            ),
            (
                "{hero} fand ganz unten winzige Kratzer|ganz unten entdeckte {hero} eine Reihe winziger "
                "Kratzer",
                "solche Kratzer konnte fast alles machen|niemand wusste, wovon sie stammten",
            ),
            (
                "{hero} hob ein paar geknackte Samenschalen auf und steckte sie als Hinweis ein|"
                "{hero} fand ein Häufchen geknackter Samenschalen",
                "Samen fressen viele Tiere|die Schalen verrieten nicht, wer sie geknackt hatte",
            ),
            (
                "{hero} schlich auf Zehenspitzen näher, um zu lauschen|{hero} spitzte ganz nah die Ohren",
                "das Klopfen hörte auf, sobald {hero} näher kam|kaum war {hero} nah genug, wurde alles still",
            ),
        ),
        simple=(
            "jeden Abend klopfte etwas",
            "gemeinsam fanden sie heraus, dass {creature} das Klopfen machte",
            "das Rätsel war gelöst",
        ),
    ),
}


# Was am Ort des Kunden im Weg steht, für die Seiten unterwegs (siehe shapes.py).
PLACE_OBSTACLES: dict[str, tuple[str, ...]] = {
    "snowy-village": (
        "eine Schneewehe, so hoch wie ein Zaun, versperrte die Gasse",
        "die Dorftreppe war spiegelglatt vor Eis",
        "ein Schneepflug rumpelte vorbei und wirbelte überall Schnee auf",
        "ein plötzliches Schneegestöber verbarg die Häuser",
    ),
    "beach": (
        "die Flut kam und teilte den Strand in zwei Hälften",
        "eine Reihe glitschiger Felsen versperrte den Weg",
        "der Wind blies allen Sand in die Augen",
        "ein tiefer Gezeitentümpel lag mitten auf dem Weg",
    ),
    "castle-hall": (
        "eine schwere Eichentür ließ sich nicht bewegen",
        "die Wendeltreppe schien niemals aufzuhören",
        "ein langer Gang teilte sich in drei dunkle Flure",
        "die Zugbrücke knarrte und begann sich zu heben",
    ),
    "mountains": (
        "ein steiler Hang war voller loser Steine",
        "eine dicke Wolke legte sich über den Pfad",
        "ein reißender Bach lief quer über den Pfad",
        "der Pfad wurde zu einem schmalen Sims an der Felswand",
    ),
    "city-street": (
        "eine Menge Leute drängte sich auf dem Gehweg",
        "die Ampel blieb sehr, sehr lange rot",
        "eine Straße war wegen einer Baustelle gesperrt",
        "ein Bus fuhr durch eine große Pfütze und spritzte alle nass",
    ),
    "garden": (
        "eine stachelige Hecke versperrte den Weg",
        "der Rasensprenger ging plötzlich an",
        "das Tor klemmte im hohen Gras",
        "Brennnesseln wuchsen quer über den Weg",
    ),
    "desert": (
        "ein heißer Wind blies Sand über die Piste",
        "eine hohe Düne ragte vor ihnen auf",
        "die Sonne brannte, und keine einzige Wolke war zu sehen",
        "die Piste verschwand unter dem Sand",
    ),
    "jungle": (
        "ein Vorhang aus Lianen hing über dem Pfad",
        "ein schlammiger Fluss schlängelte sich zwischen den Bäumen",
        "ein plötzlicher Regen trommelte auf die großen Blätter",
        "Wurzeln, so dick wie Arme, verschlangen sich auf dem Boden",
    ),
    "boat": (
        "eine große Welle schaukelte das Boot hin und her",
        "das Segel flatterte und verhedderte sich im Wind",
        "dichter Seenebel zog über das Deck",
        "die Strickleiter schwang hin und her",
    ),
}


# How each kind of broken thing is mended (see shapes.REPAIR_KINDS).
REPAIRS: dict[str, Repair] = {
    "rope": Repair(
        problem="ein Seil war gerissen, und {thing} hing ganz schief herunter",
        discovery="der letzte Knoten war fest gezogen, und {thing} hielt wieder",
        ending="{thing} hielt besser als je zuvor",
        attempts=(
            (
                "{hero} band die losen Enden mit einer Schleife zusammen",
                "die Schleife ging beim ersten Ruck auf",
            ),
            ("{hero} verknotete die Enden mit einem Stück Schnur", "die Schnur war viel zu dünn"),
            ("{hero} stützte die schiefe Seite mit einem Stock", "der Stock rollte weg"),
            ("{hero} zog das alte Seil so fest wie möglich", "es war viel zu kurz"),
        ),
        solutions=(
            (
                "Dann fanden {hero} und {friend} ein langes neues Seil und trugen es gemeinsam herbei",
                "{hero} band es mit einem doppelten Knoten fest, während {friend} es hielt, und {thing} "
                "hielt wieder",
            ),
            (
                "Das half {hero}, in Ruhe nachzudenken: Das alte Seil war zu kurz, aber zwei "
                "zusammengeknotete Seile würden reichen",
                "{friend} hielt ein Ende, {hero} machte den Knoten, und als beide zogen, hielt {thing}",
            ),
        ),
        simple=("{thing} ging kaputt", "gemeinsam banden sie ein neues Seil an", "{thing} hielt wieder"),
    ),
    "wood": Repair(
        problem="ein Brett war gesprungen, die alten Nägel waren herausgefallen, und {thing} wackelte",
        discovery="der letzte Nagel saß mit einem Klopfen, und {thing} stand wieder fest",
        ending="{thing} stand fester als je zuvor",
        attempts=(
            (
                "{hero} drückte das lose Brett mit beiden Händen an",
                "es fiel wieder ab, sobald {hero} losließ",
            ),
            ("{hero} band das Brett mit einem Band fest", "das Band rutschte sofort ab"),
            ("{hero} suchte die alten Nägel auf dem Boden", "sie waren alle krumm"),
            (
                "{hero} stützte das Brett mit einem Stein",
                "der Stein wackelte, und das Brett rutschte herunter",
            ),
        ),
        solutions=(
            (
                "Dann holte {hero} einen Hammer und eine Schachtel neuer Nägel, und {friend} hielt das Brett "
                "fest",
                "Tock, tock, tock machte der Hammer, und {thing} stand wieder fest",
            ),
            (
                "Das half {hero}, in Ruhe nachzudenken: Das gesprungene Brett musste weg, und {friend} fand "
                "ein neues in genau der richtigen Größe",
                "Gemeinsam setzten sie das neue Brett ein und nagelten es fest, und {thing} war wieder wie "
                "früher",
            ),
        ),
        simple=(
            "{thing} ging kaputt",
            "gemeinsam nagelten sie ein neues Brett an",
            "{thing} stand wieder fest",
        ),
    ),
    "machine": Repair(
        problem="{thing} funktionierte nicht mehr, und niemand wusste, warum",
        discovery="das kleine Rad im Inneren drehte sich surrend wieder, und {thing} funktionierte",
        ending="{thing} funktionierte besser als je zuvor",
        attempts=(
            (
                "{hero} schüttelte {thing_acc} ganz vorsichtig",
                "innen klapperte etwas, doch nichts bewegte sich",
            ),
            ("{hero} suchte außen nach einem losen Teil", "außen schien alles in Ordnung"),
            ("{hero} klopfte leise an und wartete", "nichts geschah"),
            ("{hero} blies den Staub ab", "das änderte gar nichts"),
        ),
        solutions=(
            (
                "Dann öffneten {hero} und {friend} {thing_acc} ganz vorsichtig und schauten hinein",
                "Eine winzige Feder war herausgesprungen: {hero} setzte sie mit einem Finger wieder ein, und "
                "{thing} lief wieder",
            ),
            (
                "Das half {hero}, in Ruhe nachzudenken: Ein kleines Rad im Inneren steckte voller Staub, und "
                "{friend} holte einen Pinsel und einen Tropfen Öl",
                "Sobald das Rad sauber war, drehte es sich wieder, und {thing} funktionierte wieder",
            ),
        ),
        simple=(
            "{thing} ging nicht mehr",
            "gemeinsam ölten sie das kleine Rad im Inneren",
            "{thing} funktionierte wieder",
        ),
    ),
    "magic": Repair(
        problem="{thing} war dunkel geworden, und das Zauberlicht kam nicht zurück",
        discovery="ein winziger Funke flackerte auf, und {thing} leuchtete wieder",
        ending="{thing} leuchtete heller als je zuvor",
        attempts=(
            ("{hero} rieb {thing_acc} mit dem Ärmel", "alles blieb dunkel"),
            ("{hero} probierte alle Zauberwörter aus", "kein einziger Funke erschien"),
            ("{hero} hielt {thing_acc} in die Sonne", "nichts leuchtete"),
            ("{hero} schüttelte {thing_acc} ganz sanft", "nicht ein Funke kam heraus"),
        ),
        solutions=(
            (
                "Dann schauten {hero} und {friend} ganz genau hin und fanden einen Riss, aus dem der Zauber "
                "entwich",
                "{hero} wickelte ein silbernes Band um den Riss, und das Licht kam zurück, heller als zuvor",
            ),
            (
                "Das half {hero}, in Ruhe nachzudenken: Das leuchtende Öl war ausgegangen, und "
                "{friend} holte das kleine Fläschchen aus dem Regal des Zauberers",
                "Ein Tropfen, ein Flackern, und {thing} leuchtete wieder",
            ),
        ),
        simple=(
            "{thing} ging aus",
            "gemeinsam wickelten sie ein Band um den Riss",
            "{thing} leuchtete wieder",
        ),
    ),
    "cloth": Repair(
        problem="{thing} war zerrissen, und der Wind pfiff durch das Loch",
        discovery="der letzte Stich saß fest, und das Loch war zu",
        ending="{thing} flog höher als je zuvor",
        attempts=(
            ("{hero} hielt die gerissenen Ränder zusammen", "der Wind riss sie sofort wieder auseinander"),
            ("{hero} klebte ein Blatt Papier über das Loch", "der Wind wehte es fort"),
            ("{hero} ließ {thing_acc} trotzdem steigen", "alles drehte sich und stürzte ab"),
            ("{hero} machte einen Knoten in den Stoff", "so flog gar nichts mehr gerade"),
        ),
        solutions=(
            (
                "Dann fanden {hero} und {friend} Nadel, Faden und einen bunten Flicken",
                "{hero} nähte den Flicken Stich für Stich über das Loch, und {thing} war wieder ganz",
            ),
            (
                "Das half {hero}, in Ruhe nachzudenken: Ein alter Schal gäbe einen perfekten Flicken, und "
                "{friend} schnitt ein Stück ab",
                "Gemeinsam nähten sie ihn an, und {thing} fing wieder den Wind",
            ),
        ),
        simple=("{thing} zerriss", "gemeinsam nähten sie einen Flicken auf", "{thing} flog wieder"),
    ),
}
