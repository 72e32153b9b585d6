"""German story worlds of the built-in engine: what each genre's stories are about."""

from __future__ import annotations

from storyloom.providers.text.engine.lexicon import GenreWorld

W = GenreWorld

WORLDS = {
    "adventure": W(
        "in einem Tal mit hohen Kiefern und rauschenden Bächen",
        "die alte Schatzkarte",
        "der Wind hatte die alte Schatzkarte über den Hügel geweht",
        "die Karte hing an einem Farn beim Wasserfall",
        "die Schatzkarte zeigte wieder den Weg nach Hause",
        "{hero} und die alte Schatzkarte",
        (
            "eine Hängebrücke schwankte über dem Bach",
            "ein umgefallener Baum lag quer über dem Weg",
            "dichter Nebel kam von den Hügeln",
            "der Pfad teilte sich in drei schlammige Wege",
            "eine mürrische Gans bewachte das einzige Tor",
        ),
        (
            ("{hero} kletterte auf den höchsten Felsen", "das Tal war viel zu groß"),
            ("{hero} rief laut nach der Karte", "nur das Echo antwortete"),
            ("{hero} folgte Spuren im Schlamm", "es waren nur die Spuren eines Rehs"),
            ("{hero} malte eine Karte mit einem Stock", "der Regen wusch die Karte weg"),
        ),
        (
            "die Kiefern rochen nach Harz und Sonne",
            "der Bach plätscherte über glatte Steine",
            "ein Falke zog Kreise am Himmel",
            "das Moos war weich und kühl",
        ),
        (
            ("Schatzkarte", "ein Bild, das zeigt, wo etwas versteckt ist"),
            ("Tal", "tiefes Land zwischen Bergen"),
            ("Wasserfall", "Wasser, das von oben herunterfällt"),
            ("Pfad", "ein schmaler Weg in der Natur"),
        ),
    ),
    "fantasy": W(
        "in einem Königreich, in dem die Wolken aus Zuckerwatte waren",
        "das verlorene Lied des Drachen",
        "der schläfrige Drache hatte sein Lied verloren, und ohne das Lied blühten die Blumen nicht mehr",
        "das Lied versteckte sich in einer Muschel, die leise summte",
        "der Drache sang, und alle Blumen im Königreich blühten auf einmal",
        "{hero} und das Lied des Drachen",
        (
            "eine Mauer aus Dornenrosen versperrte den Weg",
            "ein Rätsel stand auf einer verschlossenen Tür",
            "die Trittsteine im Fluss schwammen davon",
            "ein mürrischer Troll wollte erst einen Witz hören",
            "der Weg wurde zu einer Treppe aus Wolken",
        ),
        (
            ("{hero} schwang einen geliehenen Zauberstab", "es kamen nur Seifenblasen heraus"),
            ("{hero} summte dem Drachen ein Lied vor", "der Drache gähnte nur"),
            ("{hero} suchte im Buch des Zauberers", "die Seiten waren leer"),
            ("{hero} mischte einen Zaubertrank aus Blüten", "er blubberte, wurde rosa und sonst nichts"),
        ),
        (
            "kleine Laternen schwebten wie Glühwürmchen",
            "die Wolken rochen nach Zucker",
            "ein Regenbogen stand über den Türmen",
            "das Gras glitzerte vor silbernem Tau",
        ),
        (
            ("Königreich", "ein Land mit einem König oder einer Königin"),
            ("Drache", "ein Märchentier mit Flügeln"),
            ("Zaubertrank", "ein magisches Getränk"),
            ("Muschel", "das harte Haus mancher Meerestiere"),
        ),
    ),
    "fairy tale": W(
        "in einem kleinen Haus am Rand eines verzauberten Waldes",
        "die goldene Glocke des singenden Turms",
        "die goldene Glocke des singenden Turms war verschwunden, und der Turm war ganz still",
        "eine Elster hatte die Glocke in ihr Nest gebracht, weil sie glänzende Dinge mochte",
        "die Glocke klang wieder, und der Turm sang für das ganze Dorf",
        "{hero} und die goldene Glocke",
        (
            "ein Fluss aus Honig versperrte den Weg",
            "ein Tor aus Efeu ging nicht auf",
            "ein Riese schlief quer über der Straße",
            "eine Brücke wollte erst ein freundliches Wort hören",
            "zwei stolze Gänse bewachten den Pfad",
        ),
        (
            ("{hero} fragte die alte Eule", "die Eule hatte die ganze Woche geschlafen"),
            ("{hero} suchte im Schlossgarten", "dort waren nur Rosen und Schnecken"),
            ("{hero} klopfte dreimal an die Turmtür", "niemand machte auf"),
            ("{hero} folgte einer Spur aus Glitzer", "sie führte nur zu einem tanzenden Frosch"),
        ),
        (
            "aus dem Schornstein stiegen kleine Wolken",
            "Pilze wuchsen in einem perfekten Kreis",
            "der Wald roch nach Tannenzapfen und Regen",
            "Glockenblumen nickten im Wind",
        ),
        (
            ("verzaubert", "von Magie berührt"),
            ("Turm", "ein hohes, schmales Gebäude"),
            ("Elster", "ein schwarz-weißer Vogel"),
            ("Dorf", "ein kleiner Ort mit wenigen Häusern"),
        ),
    ),
    "space": W(
        "auf einer kleinen Raumstation, die sich langsam um den Mond drehte",
        "die verlorene Sternenkarte",
        "die Sternenkarte war weg, und die Rakete fand den Weg nach Hause nicht mehr",
        "die Karte war ins Gewächshaus geschwebt und hatte sich um eine Bohnenpflanze gewickelt",
        "die Rakete hob sanft ab, und die Sternenkarte leuchtete auf dem Bildschirm",
        "{hero} und die Sternenkarte",
        (
            "ein Schauer aus kleinen Meteoriten prasselte am Fenster vorbei",
            "die Schwerkraft fiel aus und alle schwebten",
            "eine Luke war zugefroren",
            "das Licht im Gang wurde blau und schwach",
            "eine Wolke aus Sternenstaub versperrte den Weg",
        ),
        (
            ("{hero} fragte den Computer der Station", "der Computer spielte nur ein Piepslied"),
            ("{hero} schaute durch das große Teleskop", "es zeigte nur einen schlafenden Kometen"),
            ("{hero} durchsuchte die Schränke", "sie waren voller Socken und Weltraumkekse"),
            (
                "{hero} nahm einen Bleistift und versuchte, die Sterne aus dem Kopf zu malen",
                "es gab viel zu viele Sterne",
            ),
        ),
        (
            "die Erde leuchtete blau und weiß im Fenster",
            "die Sterne funkelten nicht",
            "die Motoren brummten leise",
            "Krümel schwebten wie langsamer Schnee",
        ),
        (
            ("Raumstation", "ein Ort im Weltall, wo Astronauten wohnen"),
            ("Rakete", "eine Maschine, die ins All fliegt"),
            ("Gewächshaus", "ein Raum aus Glas für Pflanzen"),
            ("Schwerkraft", "die Kraft, die uns am Boden hält"),
        ),
    ),
    "animals": W(
        "auf einem Bauernhof neben einer sonnigen Wiese",
        "das verlorene Entenküken",
        "das kleine Entenküken war weggelaufen, und Mama Ente rief und rief",
        "das Küken schlief in einem alten Stiefel neben der Scheune",
        "das Küken schwamm fröhlich hinter seiner Mama über den Teich",
        "{hero} und das kleine Entenküken",
        (
            "der hohe Mais wogte wie ein grünes Meer",
            "ein schlammiger Graben versperrte den Weg",
            "die Ziegen hatten das Tor zugedrückt",
            "ein Berg aus Heuballen stand im Weg",
            "die Schweine feierten ein sehr lautes Fest",
        ),
        (
            ("{hero} quakte so laut es ging", "die Kühe muhten nur zurück"),
            ("{hero} schaute in den Hühnerstall", "die Hühner zählten gerade ihre Eier"),
            ("{hero} bat den Hofhund, überall zu schnüffeln", "der Hund fand nur einen alten Ball"),
            ("{hero} streute Brotkrumen auf den Weg", "die Spatzen fraßen alles auf"),
        ),
        (
            "die Scheune roch nach warmem Heu",
            "Bienen summten über dem Klee",
            "der Teich glänzte wie ein Spiegel",
            "Lämmer hüpften über die Wiese",
        ),
        (
            ("Entenküken", "eine Ente, die noch ein Baby ist"),
            ("Wiese", "ein Feld mit Gras und Blumen"),
            ("Scheune", "ein großes Haus auf dem Bauernhof"),
            ("Teich", "ein kleiner See"),
        ),
    ),
    "bedtime": W(
        "in einem stillen Haus am Ende einer verschlafenen Straße",
        "das verlorene Mondlicht",
        "das kleine Nachtlicht hatte sein Mondlicht verloren, und das Zimmer war zu dunkel zum Träumen",
        "das Mondlicht ruhte in einem Glas Wasser auf dem Fensterbrett",
        "das Mondlicht kehrte ins Nachtlicht zurück und leuchtete sanft und silbern",
        "{hero} und das Mondlicht",
        (
            "der Flur knarrte bei jedem Schritt",
            "auf der Treppe lagen müde Spielsachen",
            "die Katze lag quer vor der Tür",
            "die Vorhänge flatterten im Wind",
            "ein Berg Kissen war auf den Boden gefallen",
        ),
        (
            ("{hero} schaute unter das Bett", "dort lag nur eine verlorene Socke"),
            ("{hero} öffnete den Schrank", "er war voller Mäntel und Stille"),
            ("{hero} leuchtete mit einer Taschenlampe", "sie machte nur einen kleinen gelben Kreis"),
            ("{hero} fragte den Teddybären", "der Teddy schnarchte schon"),
        ),
        (
            "die Uhr tickte leise",
            "die Decke war warm und schwer",
            "eine Eule rief in der Ferne",
            "das Haus roch nach warmer Milch",
        ),
        (
            ("Mondlicht", "das Licht, das vom Mond kommt"),
            ("Nachtlicht", "eine kleine Lampe für die Nacht"),
            ("Fensterbrett", "das Brett unten am Fenster"),
            ("silbern", "glänzend wie Silber"),
        ),
    ),
    "mystery": W(
        "in einem kleinen Städtchen am Meer mit schiefen Dächern",
        "die Geburtstagstorte des Bäckers",
        "die Geburtstagstorte des Bäckers war über Nacht aus dem Schaufenster verschwunden",
        (
            "{hero} setzte die Hinweise zusammen: Die Krümel und die kleinen Pfotenabdrücke führten zur "
            "Hintertür des Bürgermeisters, und dort stand die Torte, sicher in seiner Küche: Der Welpe des "
            "Bürgermeisters hatte sie in der Nacht dorthin geschleppt"
        ),
        "das Rätsel war gelöst, und alle teilten die Torte auf dem Marktplatz",
        "{hero} und die verschwundene Torte",
        (
            "der Hinweis war in einer Geheimschrift geschrieben",
            "die Fußspuren hörten mitten auf der Straße auf",
            "die Ladentür hatte ein dickes Schloss",
            "drei Nachbarn erzählten drei verschiedene Geschichten",
            "der Regen wusch die Kreidezeichen weg",
        ),
        (
            (
                "{hero} hielt einen Mann mit Hut für den Dieb und folgte ihm",
                "er wollte nur eine Zeitung kaufen, also war diese Vermutung falsch",
            ),
            (
                "{hero} suchte hinter der Bäckerei",
                "dort lagen nur leere Mehlsäcke. Erst auf den zweiten Blick entdeckte {hero} ein paar Krümel "
                "und kleine Pfotenabdrücke und merkte sie sich als Hinweise",
            ),
            ("{hero} fragte den Fischer, was er gesehen hatte", "er hatte nur auf die Boote geschaut"),
            ("{hero} schrieb eine Liste von Verdächtigen", "alle hatten in der Nacht geschlafen"),
        ),
        (
            "Möwen schrien über dem Hafen",
            "die Straßen rochen nach Salz und frischem Brot",
            "der Leuchtturm blinkte auf der Klippe",
            "Boote schaukelten am Steg",
        ),
        (
            ("Rätsel", "etwas Seltsames, das man herausfinden muss"),
            ("Hinweis", "ein kleines Zeichen, das beim Lösen hilft"),
            ("Bäcker", "jemand, der Brot und Kuchen backt"),
            ("gelöst", "die Antwort gefunden"),
        ),
    ),
    "friendship": W(
        "in einem bunten Viertel mit einem großen grünen Park",
        "einen Weg, den Riesendrachen für das Sommerfest zu flicken",
        "der Riesendrachen für das Sommerfest war im Wind gerissen, und das Fest war schon morgen",
        "jedes Kind hatte ein kleines Stück, das einen Teil des Drachens flicken konnte",
        "der geflickte Drachen flog höher als alle anderen im Park",
        "{hero} und der Flickendrachen",
        (
            "der Wind riss die Stücke immer wieder fort",
            "der Kleber war fast leer",
            "das Parktor wurde bald geschlossen",
            "eine Pfütze machte das Papier nass",
            "die Schnur hatte hundert Knoten",
        ),
        (
            ("{hero} wollte den Drachen allein reparieren", "das Loch wurde nur größer"),
            ("{hero} klebte die Stücke mit Klebeband", "das Band hielt nicht"),
            ("{hero} wollte einen neuen Drachen kaufen", "der Laden hatte keinen mehr"),
            ("{hero} nähte die Ränder zusammen", "der Faden riss"),
        ),
        (
            "Kinder lachten auf den Schaukeln",
            "es roch nach Popcorn",
            "ein Hund jagte einen roten Ball",
            "der Brunnen glitzerte in der Sonne",
        ),
        (
            ("Sommerfest", "eine große, fröhliche Feier im Sommer"),
            ("Drachen", "ein Spielzeug, das an einer Schnur fliegt"),
            ("Viertel", "die Straßen rund um dein Zuhause"),
            ("geflickt", "mit kleinen Stücken repariert"),
        ),
        solutions=(
            (
                "Dann bat {hero} alle im Park, ein kleines Stück Stoff oder Papier mitzubringen",
                "jedes Kind hatte ein kleines Stück, das einen Teil des Drachens flicken konnte, und Flicken "
                "für Flicken schloss sich der Riss",
            ),
            (
                "Das half {hero}, in Ruhe nachzudenken: Ein einziger Flicken war viel zu klein, aber viele "
                "Flicken zusammen würden den ganzen Riss bedecken",
                "{friend} hielt den Drachen schön flach, während {hero} einen Flicken nach dem anderen "
                "aufklebte, bis kein einziges Loch mehr übrig war",
            ),
        ),
        mends=(("thing", "der Riesendrachen"), ("thing_acc", "den Riesendrachen")),
    ),
    "science": W(
        "in einer hellen Werkstatt voller Zahnräder, Gläser und blinkender Lichter",
        "einen Weg, die Wettermaschine zu reparieren",
        "die kaputte Wettermaschine ließ es mitten in der Werkstatt schneien",
        "ein winziges Zahnrad drehte sich falsch herum, darum lief die Maschine rückwärts",
        "die Wettermaschine surrte, und ein kleiner Regenbogen spannte sich unter der Decke",
        "{hero} und die Wettermaschine",
        (
            "die Hälfte der Anleitung fehlte",
            "eine Feder sprang ab und rollte unter ein Regal",
            "der Schraubenzieher war zu groß",
            "das Licht flackerte, wenn der Ventilator lief",
            "ein Glas mit Seifenblasen kippte um",
        ),
        (
            ("{hero} drückte den großen roten Knopf", "die Maschine nieste noch mehr Schnee"),
            ("{hero} schaltete sie aus und wieder an", "sie piepte und machte Hagel"),
            ("{hero} legte neue Batterien ein", "der Schnee wurde zu Eiswürfeln"),
            ("{hero} las die Anleitung verkehrt herum", "die Wörter ergaben immer noch keinen Sinn"),
        ),
        (
            "Gläser mit buntem Wasser blubberten",
            "ein kleiner Roboter fegte den Boden",
            "die Luft roch nach Öl und Orangen",
            "ein Modell der Planeten drehte sich über dem Tisch",
        ),
        (
            ("Werkstatt", "ein Raum, in dem man Dinge baut und repariert"),
            ("Zahnrad", "ein Rad mit Zähnen"),
            ("Maschine", "ein Ding aus Teilen, die zusammen arbeiten"),
            ("Regenbogen", "ein Bogen aus Farben"),
        ),
        solutions=(
            (
                "Dann öffneten {hero} und {friend} die Rückseite der Maschine und sahen zu, wie sich jedes "
                "Zahnrad drehte",
                "ein winziges Zahnrad drehte sich falsch herum, also drehte {hero} es um, und sofort hörte "
                "der Schnee auf",
            ),
            (
                "Das half {hero}, in Ruhe nachzudenken: Eine Maschine, die Schnee statt Sonnenschein machte, "
                "musste rückwärts laufen",
                "{friend} hielt die Taschenlampe, während {hero} das winzige Zahnrad suchte, das sich falsch "
                "herum drehte, und es richtig herum einsetzte",
            ),
        ),
        mends=(("thing", "die Wettermaschine"), ("thing_acc", "die Wettermaschine")),
    ),
    "ocean": W(
        "in einem Korallenriff, wo das Wasser warm und blau war",
        "die Perle der alten Schildkröte",
        "eine starke Strömung hatte die Perle der alten Schildkröte fortgetragen",
        "die Perle lag in einer riesigen Muschel, die sich zum Schutz geschlossen hatte",
        "die Perle leuchtete wieder auf dem Panzer der Schildkröte und erhellte das Riff",
        "{hero} und die Perle der Schildkröte",
        (
            "ein Wald aus Seetang wogte dicht und dunkel",
            "eine starke Strömung drückte alle zurück",
            "eine mürrische Krabbe klapperte mit den Scheren",
            "ein Fischschwarm wirbelte wie ein silberner Sturm",
            "ein altes Schiffswrack lag quer über dem Sandweg",
        ),
        (
            ("{hero} fragte einen Delfin", "der Delfin hatte es viel zu eilig"),
            ("{hero} grub im weichen Sand", "nur ein Seestern wachte auf und war böse"),
            ("{hero} folgte einem Glitzern", "es war nur ein verlorener Löffel"),
            ("{hero} schaute in das Wrack", "ein Krake hatte es mit Kieseln gefüllt"),
        ),
        (
            "Sonnenlicht tanzte auf dem Sand",
            "Clownfische flitzten zwischen den Anemonen",
            "das Wasser schmeckte nach Salz",
            "Blasen stiegen wie silberne Perlenketten auf",
        ),
        (
            ("Riff", "eine lange Reihe aus Korallen unter dem Meer"),
            ("Strömung", "Wasser, das stark in eine Richtung fließt"),
            ("Perle", "eine glänzende Kugel aus einer Muschel"),
            ("Muschel", "ein Meerestier mit zwei Schalen"),
        ),
    ),
}


# Short forms of each world's problem, discovery and ending, for board books (ages 0-2).
SIMPLE = {
    "adventure": ("die Karte war weg", "die Karte hing am Wasserfall", "die Karte zeigte den Weg nach Hause"),
    "fantasy": (
        "der Drache hatte sein Lied verloren",
        "das Lied war in einer Muschel",
        "der Drache sang wieder",
    ),
    "fairy tale": ("die goldene Glocke war weg", "eine Elster hatte die Glocke", "der Turm sang wieder"),
    "space": ("die Sternenkarte war weg", "die Karte war bei den Bohnen", "die Rakete flog nach Hause"),
    "animals": ("das Küken war weg", "das Küken war in einem Stiefel", "das Küken schwamm zu seiner Mama"),
    "bedtime": (
        "das Mondlicht war weg",
        "das Mondlicht war in einem Glas",
        "das Nachtlicht leuchtete wieder",
    ),
    "mystery": ("die Torte war weg", "die Torte war beim Bürgermeister", "alle teilten die Torte"),
    "friendship": ("der Drachen war kaputt", "jedes Kind hatte ein Stück", "der Drachen flog hoch"),
    "science": (
        "die Maschine machte Schnee",
        "ein Zahnrad drehte sich falsch",
        "die Maschine machte einen Regenbogen",
    ),
    "ocean": ("die Perle war weg", "die Perle war in einer Muschel", "die Perle leuchtete wieder"),
}
