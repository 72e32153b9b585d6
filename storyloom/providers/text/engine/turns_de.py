"""German turning points: the hero acting out each moral and so solving the problem (see turns_en)."""

from __future__ import annotations

TURNS: dict[str, tuple[tuple[str, str], ...]] = {
    "sharing": (
        (
            "{hero} hatte noch ein letztes Pausenbrot und teilte es mit {friend}",
            "Mit neuer Kraft kletterte {friend} ganz nach oben, schaute sich um und rief {hero}",
        ),
        (
            "{hero} ließ {friend} zuerst durch die Lupe schauen",
            "Durch die Lupe sah {friend} eine winzige Spur, und sie folgten ihr gemeinsam",
        ),
    ),
    "courage": (
        (
            "{hero} hatte Angst vor der dunklen Ecke, in die noch niemand geschaut hatte, machte aber "
            "einen mutigen Schritt",
            "Schritt für Schritt, mit {friend} dicht dahinter, schaute {hero} genau in diese Ecke",
        ),
        (
            "{hero} hatte Angst, {hold_friend_but} und ging voraus",
            "Mutig sein hieß, dort zu suchen, wo sich niemand hingetraut hatte, und genau dort war es",
        ),
    ),
    "perseverance": (
        (
            "{hero} stand auf und sagte: „Wir versuchen es noch einmal.“",
            "Diesmal suchten {hero} und {friend} langsam, eine Stelle nach der anderen",
        ),
        (
            "{hero} hatte schon lange gesucht, gab aber nicht auf",
            "{hero} und {friend} gingen zur allerersten Stelle zurück und schauten noch einmal genauer hin",
        ),
    ),
    "honesty": (
        (
            "{hero} sagte die Wahrheit: „Ich habe nicht richtig hingeschaut und bin an einer Stelle zu "
            "schnell vorbeigelaufen.“",
            "Also gingen {hero} und {friend} gemeinsam dorthin zurück",
        ),
        (
            "{hero} gab zu, die letzte Ecke vergessen zu haben",
            "Dank der Wahrheit wusste {friend} genau, wo sie suchen mussten",
        ),
    ),
    "patience": (
        (
            "{hero} beschloss, ganz still zu sitzen und zu warten",
            "Nach einer langen, stillen Weile hörte {friend} ein leises Geräusch, und sie folgten ihm",
        ),
        (
            "{hero} atmete tief durch und wurde langsamer",
            "Schritt für Schritt schauten {hero} und {friend} unter, hinter und in alles",
        ),
    ),
    "trying_new": (
        (
            "{hero} war noch nie so hoch geklettert, wollte es aber versuchen",
            "Von oben sah {hero} alles und zeigte {friend} den Weg",
        ),
        (
            "{friend} zeigte auf einen Weg, den sie noch nie genommen hatten, und {hero} sagte Ja",
            "Der neue Weg führte sie direkt zur Antwort",
        ),
    ),
    "mistakes": (
        (
            "{hero} merkte, dass die Karte die ganze Zeit verkehrt herum gewesen war",
            "„Hoppla, mein Fehler!“, lachte {hero} und drehte sie um, und nun war der Weg klar",
        ),
        (
            "{hero} bog falsch ab und kam an eine Stelle, wo noch niemand gesucht hatte",
            "„Auch ein Fehler kann den Weg zeigen“, sagte {friend}, und sie schauten sich um",
        ),
    ),
    "be_yourself": (
        (
            "{hero} hörte auf, es wie alle anderen zu machen, und machte es auf eigene Art",
            "{hero} summte das liebste Quatschlied, das Lied hallte aus einer Ecke zurück, und dort "
            "schauten sie nach",
        ),
        (
            "{hero} hatte eine lustige Idee und probierte sie aus, auch wenn sonst niemand das getan hätte",
            "So eine Idee konnte nur {hero} haben, und {friend} half, sie umzusetzen",
        ),
    ),
    "gratitude": (
        (
            "{hero} blieb stehen und dankte {friend} für jeden Schritt des Weges",
            "Froh und warm ums Herz erinnerte sich {friend} an eine Stelle, an der sie vorbeigekommen "
            "waren, und sie gingen zurück",
        ),
        (
            "{hero} bedankte sich bei allen, die bisher geholfen hatten",
            "Jemand lächelte und zeigte in eine Richtung, und {hero} und {friend} liefen dorthin",
        ),
    ),
    "teamwork": (
        (
            "{hero} sagte: „Jeder macht einen Teil.“",
            "{friend} hielt das Licht, während {hero} suchte, und gemeinsam sahen sie es",
        ),
        (
            "{hero} und {friend} machten einen Plan: einer schaute oben, der andere unten",
            "Als Team suchten sie jede Ecke doppelt so schnell ab",
        ),
    ),
    "listening": (
        (
            "{hero} hörte auf zu reden und hörte {friend} zu",
            "{friend} hatte etwas Kleines, Glänzendes gesehen, und sie gingen nachschauen",
        ),
        (
            "{hero} lauschte auf jedes kleine Geräusch ringsum",
            "Ein leises Geräusch war anders, und {hero} und {friend} folgten ihm",
        ),
    ),
    "tidiness": (
        (
            "{hero} sagte: „Lass uns erst aufräumen, dann sehen wir besser.“",
            "{hero} und {friend} legten alles an seinen Platz zurück, ein Ding nach dem anderen",
        ),
        (
            "{hero} und {friend} sortierten das große Durcheinander in ordentliche Haufen",
            "Unter dem allerletzten Haufen wartete die Antwort",
        ),
    ),
    "healthy": (
        (
            "{hero} und {friend} machten Pause, tranken Wasser und aßen knackiges Obst",
            "Voller Kraft liefen sie den letzten Hang hinauf und schauten hinunter",
        ),
        (
            "{hero} wusch sich die Hände und aß mit {friend} etwas Gesundes",
            "Mit starken Beinen und klarem Kopf durchsuchten sie die letzte Stelle gründlich",
        ),
    ),
    "bedtime": (
        (
            "{hero} gähnte und sagte: „Wir ruhen uns aus und suchen nach dem Schlafen weiter.“",
            "Nach einem guten Schläfchen sahen {hero} und {friend} mit frischen Augen, was sie übersehen "
            "hatten",
        ),
        (
            "{hero} kuschelte sich für ein kurzes Schläfchen ein, und {friend} auch",
            "Nach dem Aufwachen wusste {hero} sofort, wo sie suchen mussten",
        ),
    ),
    "friendship": (
        (
            "{hero} {hold_friend} und sagte: „Wir schaffen das als Freunde.“",
            "Zwei Freunde sehen mehr als einer, und Seite an Seite schauten sie noch einmal",
        ),
        (
            "{hero} merkte, dass {friend} traurig war, und blieb ganz nah",
            "Wieder fröhlich, erinnerte sich {friend} an etwas Wichtiges und flüsterte es {hero} zu",
        ),
    ),
    "helping": (
        (
            "{hero} sah, dass {friend} allein nicht weiterkam, und reichte eine Hand",
            "Als {hero} {friend} hochhalf, schauten beide nach unten und sahen es",
        ),
        (
            "{hero} half {friend}, die schwere Tasche zu tragen",
            "Mit geteilter Last erreichten sie die letzte Stelle vor dem Abend und durchsuchten sie",
        ),
    ),
    "kindness": (
        (
            "{hero} sah, dass {friend} traurig war, und umarmte {friend} ganz fest",
            "Wieder fröhlich, hatte {friend} eine Idee, und {hero} folgte ihr",
        ),
        (
            "{hero} half einem verirrten Kleinen freundlich nach Hause",
            "Auf dem Rückweg kamen {hero} und {friend} an der einzigen Stelle vorbei, die sie noch nicht "
            "kannten",
        ),
    ),
    "forgiveness": (
        (
            "{friend} war allein losgelaufen und hatte sie Zeit gekostet, aber {hero} sagte: „Schon gut.“",
            "Wieder Freunde, suchten sie Seite an Seite, und vier Augen sahen mehr als zwei",
        ),
        (
            "{hero} und {friend} hatten gestritten, aber {hero} entschuldigte sich und verzieh auch",
            "Ohne Streit legten sie ihre zwei Ideen zusammen, und die Antwort war klar",
        ),
    ),
    "manners": (
        (
            "{hero} fragte alle höflich, mit Bitte und Danke",
            "Jemand half gern einem so höflichen Kind und zeigte ihnen den Weg",
        ),
        (
            "{hero} klopfte leise und sagte: „Bitte, dürfen wir hier suchen?“",
            "Die Antwort war Ja, und dort schauten sie nach",
        ),
    ),
    "inclusion": (
        (
            "{hero} lud ein neues Kind, das allein dastand, zum Suchen ein",
            "Das neue Kind kannte sich gut aus und führte sie direkt zur Antwort",
        ),
        (
            "{hero} sorgte dafür, dass auch {friend} eine wichtige Aufgabe bekam",
            "{friend} zwängte sich durch einen schmalen Spalt und fand dort die Antwort",
        ),
    ),
    "nature": (
        (
            "{hero} schob die Pflanzen vorsichtig zur Seite, statt sie zu zertreten",
            "Hinter dem letzten Blatt, wo nur eine sorgsame Hand suchen würde, lag die Antwort",
        ),
        (
            "{hero} und {friend} sammelten unterwegs jedes Stückchen Müll auf",
            "Unter dem allerletzten Stückchen lag die Spur, die sie brauchten",
        ),
    ),
    "fair_play": (
        (
            "{hero} wollte schon wieder anfangen, trat aber zur Seite und sagte: „Jetzt ist {friend} dran.“",
            "Diesmal schaute {friend} an einer ganz neuen Stelle nach "
            "und entdeckte, was alle übersehen hatten",
        ),
        (
            "{hero} verlor ein kleines Wettrennen gegen {friend}, jubelte aber, statt zu schmollen",
            "Lachend kamen sie wieder zu Atem und sahen sich alles noch einmal mit frischen Augen an",
        ),
    ),
    "calm": (
        (
            "{hero} wurde wütend und wollte stampfen, atmete aber dreimal langsam ein und aus",
            "Wieder ruhig, konnte {hero} klar denken und kam auf eine Stelle, wo noch niemand gesucht hatte",
        ),
        (
            "{hero} zählte langsam bis zehn, und die Wut wurde kleiner",
            "Mit ruhigem Kopf erzählte {hero} {friend} eine neue Idee, und sie probierten sie aus",
        ),
    ),
    "responsibility": (
        (
            "{hero} hatte versprochen zu helfen und hielt das Versprechen",
            "{hero} ging zum Anfang zurück und prüfte mit {friend} jede Stelle noch einmal",
        ),
        (
            "{hero} sagte: „Das ist meine Aufgabe, und ich bringe sie zu Ende.“",
            "{hero} und {friend} schrieben eine Liste und hakten eine Stelle nach der anderen ab",
        ),
    ),
    "curiosity": (
        (
            "{hero} stellte eine neue Frage: „Wo haben wir noch nicht gesucht?“",
            "{friend} dachte scharf nach, und sie gingen zu der einzigen Stelle, die noch niemand genannt "
            "hatte",
        ),
        (
            "{hero} wurde neugierig auf ein seltsames leises Geräusch",
            "Sie folgten ihm um eine Ecke und unter einen Vorsprung, bis zur Antwort",
        ),
    ),
}

SHARED: dict[str, tuple[tuple[str, str], ...]] = {
    "toys": (
        (
            "{hero} holte die schönsten Spielsachen und teilte jedes einzelne mit {friend}",
            "Beim gemeinsamen Spielen entdeckte {friend} etwas, das alle übersehen hatten, "
            "und rief {hero} herbei",
        ),
    ),
    "books": (
        (
            "{hero} schlug das Lieblingsbuch auf und teilte es Seite für Seite mit {friend}",
            "Auf einem der Bilder entdeckte {friend} einen Hinweis, der den Weg zeigte",
        ),
    ),
    "crayons": (
        (
            "{hero} teilte die Buntstifte mit {friend}, sogar die allerschönste Farbe",
            "Mit den Stiften malte {friend} eine Karte von allen Orten, an denen schon gesucht worden war, "
            "und die Karte zeigte den einzigen Ort, der noch übrig war",
        ),
    ),
    "treats": (
        (
            "{hero} hatte noch eine letzte Leckerei und teilte sie mit {friend}",
            "Mit neuer Kraft kletterte {friend} ganz nach oben, um Ausschau zu halten, "
            "und rief {hero} herbei",
        ),
    ),
}
"""The hero sharing the very thing a sharing moral names ("Teile deine Spielsachen"), and what follows."""

ANY_PROBLEM: dict[str, tuple[str, ...]] = {
    "honesty": (
        "{hero} gab es zu: „Der letzte Versuch ging schief, weil ich mich zu sehr beeilt habe.“",
        "{hero} sagte die Wahrheit, auch wenn es schwerfiel: „Ich hatte Angst und habe so getan, als ob "
        "nicht.“",
    ),
    "mistakes": (
        "{hero} hatte sich zweimal geirrt, lachte aber und sagte: „Aus Fehlern lerne ich.“",
        "{hero} sah sich genau an, was schiefgegangen war, und verstand, warum",
    ),
}
"""Die Tat für eine Lehre, deren Wendepunkte oben alle Suchen sind (siehe turns_en)."""

UNKNOWN: tuple[tuple[str, str], ...] = (
    (
        "{hero} erinnerte sich an die Worte, die in der Familie oft gesagt wurden: {moral_quote}",
        "Also tat {hero} genau das, zusammen mit {friend}, und so fanden sie die Antwort",
    ),
    (
        "{hero} dachte an etwas Wichtiges: {moral_quote}",
        "{hero} handelte sofort danach, und mit der Hilfe von {friend} zeigte sich der Weg",
    ),
)

LESSON = (
    "{hero} dachte daran, was der Tag gezeigt hatte: {moral_quote}",
    "Ein Gedanke blieb {hero} im Herzen: {moral_quote}",
)

LESSON_KEPT = (
    "An diesen Tag würde {hero} noch lange denken",
    "{hero} wusste, dass dieser Tag etwas Wichtiges gezeigt hatte",
)

QUOTES = ("„", "“")

NOTICING = (
    "{hero} bemerkte etwas: {detail}",
    "{friend} flüsterte leise: {detail}",
    "Ganz in der Nähe war es zu sehen: {detail}",
    "{hero} schaute genau hin: {detail}",
    "Eine Weile schaute {hero} nur zu: {detail}",
)
"""A quiet sentence about the place, for a page whose usual words were all said already."""

DIALOGUE = (
    "„Schau mal da!“, sagte {friend}",
    "„Was sollen wir jetzt tun?“, fragte {hero}",
    "„Ich bin hier bei dir“, sagte {friend}",
    "„Wir schaffen das“, flüsterte {hero}",
    "„Wartet auf mich!“, rief {friend}",
    "„Hast du das gehört?“, fragte {friend}",
    "„Lass mich kurz nachdenken“, sagte {hero}",
    "„Das war knapp!“, lachte {friend}",
    "„Wohin jetzt?“, fragte {hero}",
    "„Bleib dicht bei mir“, sagte {hero}",
    "„Ich habe ein komisches Gefühl“, sagte {friend}",
    "„Weiter, wir sind fast da“, sagte {hero}",
)
"""What the characters say on the way, for early readers and chapter books."""

LOST_TITLES = (
    "{hero} sucht {goal}",
    "{hero}, {friend} und die große Suche",
    "Die große Suche von {hero}",
)
"""Titles of a story about a lost thing, naming it (`{goal}`) and the first companion (`{friend}`)."""

GLOOM: dict[str, tuple[str, ...]] = {
    "sky": ("Der Himmel wurde ein wenig dunkler", "Eine graue Wolke schob sich vor die Sonne"),
    "water": (
        "Das Wasser schien ein wenig dunkler zu werden",
        "Sogar die Fische schwammen davon in den Schatten",
    ),
    "space": (
        "Sogar die Sterne schienen ein wenig schwächer zu leuchten",
        "Draußen vor dem Fenster sah das All riesig aus",
    ),
    "indoors": (
        "Das Zimmer schien ein wenig dunkler zu werden",
        "Die Ecken des Zimmers sahen dunkel und weit weg aus",
    ),
    "any": (
        "Alles sah ein bisschen grauer aus als vorher",
        "Sogar das Licht schien ein wenig schwächer zu werden",
    ),
}
"""Das Wetter eines traurigen Moments, passend zum Ort: kein Himmel unter dem Meer, drinnen oder auf
einer Raumstation."""

PARTY: dict[str, tuple[str, ...]] = {
    "green": (
        "{everyone} flochten einen Blumenkranz",
        "{everyone} hängten Girlanden aus Blättern zwischen die Zweige",
    ),
    "shore": (
        "{everyone} fädelten Ketten aus glänzenden Muscheln auf",
        "{everyone} malten eine riesige lachende Sonne in den Sand",
    ),
    "sea": (
        "{everyone} bliesen Ringe aus glitzernden Blasen",
        "{everyone} fädelten Ketten aus glänzenden Muscheln auf",
    ),
    "space": (
        "{everyone} hängten eine Kette aus funkelnden Lichtern auf",
        "{everyone} schnitten Papiersterne für alle aus",
    ),
    "snow": (
        "{everyone} bauten einen Schneemann mit Partyhut",
        "{everyone} zündeten kleine Laternen im Schnee an",
    ),
    "indoors": (
        "{everyone} hängten Papiergirlanden quer durchs Zimmer",
        "{everyone} bastelten Papierkronen für alle",
    ),
    "any": (
        "{everyone} bastelten Papierkronen für alle",
        "{everyone} hängten bunte Wimpel auf",
        "{everyone} dachten sich ein Danke-Lied aus",
        "{everyone} spielten Stopptanz",
    ),
}
"""Was die Freunde beim Fest machen, passend zum Ort (kein Blumenkranz im Weltall)."""

HOLD: dict[str, str] = {
    "hand": "nahm {friend} {but}an der Hand",
    "wing": "nahm {friend} {but}am Flügel",
    "paw": "nahm {friend} {but}an der Pfote",
    "fin": "fasste {friend} {but}an der Flosse",
    "flipper": "fasste {friend} {but}an der Flosse",
    "trunk": "fasste {friend} {but}am Rüssel",
    "claw": "fasste {friend} {but}vorsichtig an der Kralle",
    "close": "blieb {but}ganz dicht bei {friend}",
}
"""Sich an einem Begleiter festhalten, je nachdem, was er hat: Eine Eule hat keine Hand. `{but}` ist
"aber " in „{hero} hatte Angst, nahm Hoot aber am Flügel“."""

IDEAS: tuple[tuple[str, str], ...] = (
    (
        "wenn sie sich vorne abwechselten, würde keiner zu müde werden",
        "Also wechselten sie sich vorne ab, und keiner wurde zu müde",
    ),
    (
        "jeder könnte auf eine andere Seite achten",
        "Also achtete jeder auf eine Seite, und nichts entging ihnen",
    ),
    (
        "mit einem Lied würde der Weg kürzer wirken",
        "Also sangen sie unterwegs, und der Weg kam ihnen viel kürzer vor",
    ),
    (
        "wenn sie gemeinsam laut zählten, würde keiner zurückbleiben",
        "Also zählten sie gemeinsam laut, und keiner blieb zurück",
    ),
    (
        "am besten sagten sie einmal laut, was sie schon alles wussten",
        "Also gingen sie alles durch und sahen sofort, was noch zu tun war",
    ),
)
"""A companion's clever thought on its own page (`{idea}`) and how it is used there (`{idea_used}`)."""

INTRODUCTION = "{friend} war {friend_kind}"
"""Who a companion is, said where the book first names them (the meet page says it the same way)."""

CURIOUS_PROBLEM: tuple[tuple[str, ...], ...] = (
    (
        "Dann geschah etwas Seltsames|Doch dann geschah etwas sehr Merkwürdiges",
        "{problem}",
        "{hero} und {friends} sahen sich staunend an",
        "Wer konnte das nur sein?",
    ),
    (
        (
            "Eines Morgens fand {hero} eine Überraschung|"
            "An diesem Morgen entdeckte {hero} etwas Seltsames und Schönes"
        ),
        "{problem}",
        "{hero} machte große Augen|{hero} lächelte verwundert",
        "Das war ein echtes Rätsel",
    ),
)
CURIOUS_PROBLEM_TITLES = ("Eine seltsame Überraschung", "Wer war das nur?")
"""The problem page of a pleasant puzzle (gifts left every morning), and its titles: a surprise to
wonder at, not a worried cry."""
