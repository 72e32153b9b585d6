"""German phrase bank of the built-in engine (`goal` is always used in the accusative)."""

from __future__ import annotations

from storyloom.providers.text.engine.lexicon import Lexicon
from storyloom.providers.text.engine.worlds_de import SIMPLE, WORLDS

BEATS = {
    "opening": (
        (
            "{hero} lebte {place_in}",
            "{hero} spielte jeden Tag mit {friends}|Jeden Tag spielte {hero} mit {friends}",
            "{hero} hatte {hero_trait}",
            "Jeder Tag war ein neues Abenteuer",
        ),
        (
            "Das ist die Geschichte von {hero} und {friends}",
            "{hero} lebte {place_in}",
            "Sie spielten immer zusammen",
            "Dort wurde es nie langweilig",
        ),
    ),
    "meet": (
        (
            "Bald kam auch {friend} dazu|Kurz darauf kam {friend} dazu|Dann kam {friend}",
            "{friend} war {friend_kind}",
            "{hero} kannte {friend} schon ewig|{hero} und {friend} waren schon lange befreundet",
            "Zusammen war jeder Tag schöner",
        ),
        (
            "{friend} war {friend_kind}",
            "{friend} war {friend_traits}",
            "{hero} und {friend} teilten alles|{hero} und {friend} machten alles zusammen",
            "Sie schmiedeten gern zusammen Pläne",
        ),
        (
            (
                "{friend} kam angerannt und rief Hallo|"
                "{friend} kam schnell herbei, um Hallo zu sagen|"
                "{friend} rief fröhlich Hallo"
            ),
            "{friend} war {friend_kind}",
            "Alle wussten, dass {friend} {friend_traits} war",
            "{hero} war froh über so eine Freundschaft",
        ),
    ),
    "problem": (
        (
            (
                "Aber dann ging etwas schief|"
                "Doch eines Tages ging etwas schief|"
                "Dann gab es plötzlich ein Problem"
            ),
            "Oh nein, {problem}|Ach herrje, {problem}",
            "{hero} staunte mit offenem Mund|{hero} konnte es kaum glauben|{hero} schnappte nach Luft",
            "Jemand musste etwas tun",
        ),
        (
            (
                "Eines Morgens hörte {hero} einen besorgten Ruf|"
                "Plötzlich hörte {hero} einen besorgten Ruf|"
                "An diesem Morgen rief jemand nach {hero}"
            ),
            "Oje, {problem}|Ach du meine Güte, {problem}",
            "{hero} und {friends} sahen sich an",
            "Niemand wusste, was zu tun war",
        ),
    ),
    "wishing": (
        (
            (
                "Eines Tages bekam {hero} Besuch|"
                "Eines Morgens hörte {hero} ein kleines, hoffnungsvolles Stimmchen|"
                "An diesem Nachmittag kam jemand schüchtern zu {hero}"
            ),
            "{problem}",
            "{hero} hörte genau zu|{hero} wollte sofort helfen",
            "So ein Wunsch sollte in Erfüllung gehen",
        ),
        (
            "Eines Tages sah {hero} jemanden ganz allein sitzen|Bald darauf hörte {hero} ein leises Seufzen",
            "{problem}",
            "{hero} und {friends} lächelten sich an",
            "Vielleicht konnten sie helfen",
        ),
    ),
    "setout": (
        (
            "{hero} holte tief Luft|{hero} richtete sich auf|{hero} fasste einen Entschluss",
            "„Wir suchen {goal}“, sagte {hero}",
            "{friend} nickte sofort|{friend} nickte, bereit loszugehen|{friend} sprang auf, um zu helfen",
            "Sie packten etwas zu essen ein und gingen los",
        ),
    ),
    "journey": (
        (
            "Auf einmal wurde es knifflig: {obstacle}",
            "{friend} blieb abrupt stehen|{friend} erstarrte",
            "{hero} schaute genau hin",
            "Dann fanden sie einen sicheren Weg hindurch",
        ),
        (
            "Kurz darauf gab es eine Überraschung: {obstacle}",
            "{hero} blieb ruhig|{hero} geriet nicht in Panik",
            "{friend} blieb dicht dabei",
            "Gemeinsam schafften sie es",
        ),
        (
            "Unterwegs passierte etwas: {obstacle}",
            "{hero} {hold_friend}",
            "Sie gingen langsam, Schritt für Schritt",
            "Endlich hatten sie es geschafft",
        ),
        (
            "Dann kam das nächste Problem: {obstacle}",
            "{friend} schluckte|{friend} sah besorgt aus",
            "{hero} suchte einen anderen Weg",
            "Zusammen fanden sie einen Weg daran vorbei",
        ),
        (
            "Und noch etwas war schwierig: {obstacle}",
            "{hero} gab nicht auf|{hero} ging weiter",
            "{friend} sang ein Lied, um mutig zu bleiben",
            "Stück für Stück ging es weiter",
        ),
    ),
    "spotlight": (
        (
            (
                "{friend} hatte eine Idee: {idea}|"
                "{friend} fiel etwas ein: {idea}|"
                "Da dachte {friend} an etwas: {idea}"
            ),
            "{idea_used}",
            "Das war genau das Richtige|Das war eine sehr gute Idee",
            "{hero} lächelte und sagte danke",
        ),
        (
            "Jetzt half {friend}|Nun konnte {friend} helfen|{friend} wollte auch helfen",
            "{friend} kannte einen geheimen Weg|{friend} kannte eine Abkürzung",
            "{hero} war sehr froh",
            "Mit neuer Kraft gingen sie weiter",
        ),
    ),
    "attempt": (
        (
            "Als Erstes hatte {hero} eine Idee: {attempt}",
            "Aber {failure}",
            "{hero} seufzte|{hero} seufzte lange",
            "Das hatte nicht geklappt",
        ),
        (
            "Dann versuchte es {hero} anders: {attempt}",
            "Doch {failure}",
            "{friend} klopfte {hero} auf die Schulter|{friend} nahm {hero} in den Arm",
            "Sie mussten sich etwas anderes ausdenken",
        ),
        (
            "Danach kam der nächste Versuch: {attempt}",
            "Aber {failure}",
            "{hero} setzte sich auf den Boden",
            "Es war schwerer als gedacht",
        ),
    ),
    "quiet": (
        (
            "{hero} und {friend} fanden ein gemütliches Eckchen zum Sitzen",
            "{detail}",
            "Sie teilten einen Snack und kamen wieder zu Atem",
            "Manchmal ist eine kurze Pause die beste Idee",
        ),
        (
            "Alle brauchten eine kleine Pause|Es war Zeit für eine kleine Pause",
            "{detail}",
            "{friend} erzählte eine lustige Geschichte",
            "Danach fühlten sich alle viel besser",
        ),
        (
            "Sie machten eine Pause|Sie setzten sich hin, um auszuruhen",
            "{friend} teilte knackige Äpfel",
            "{detail}",
            "Einen Moment lang war alles still",
        ),
        (
            "{hero} saß eine Weile ganz ruhig da",
            "{detail}",
            "{friend} saß ganz nah",
            "Die Pause half beim Nachdenken",
        ),
    ),
    "doubt": (
        (
            "{hero} setzte sich mit einem tiefen Seufzer hin|{hero} setzte sich hin und seufzte",
            "„Und wenn es zu schwer ist?“, flüsterte {hero}|„Das ist so schwer“, flüsterte {hero}",
            "{friend} setzte sich ganz nah dazu",
            "Eine Weile sagte niemand ein Wort",
        ),
        (
            "{hero} fühlte sich müde und klein|{hero} war müde und ein bisschen traurig",
            (
                "„Vielleicht schaffen wir es nicht“, sagte {hero}|"
                "„Ich weiß nicht, was ich tun soll“, sagte {hero}"
            ),
            "{friend} sagte nichts",
            "{gloom}",
        ),
    ),
    "wonder": (
        (
            "{hero} blieb stehen, um alles anzuschauen|{hero} blieb stehen und schaute sich um",
            "{detail}",
            "{friend} staunte mit offenem Mund",
            "Niemand wollte sich beeilen",
        ),
        (
            "Wohin {hero} auch schaute, überall gab es etwas Neues",
            "{detail}",
            "{friend} stellte eine Frage nach der anderen",
            "Es war wie in einem Bilderbuch",
        ),
        (
            "Was für ein besonderer Ort das war|Was für ein wunderbarer Ort",
            "{detail}",
            "{hero} versuchte, alle Farben zu zählen",
            "{friend} gab bei zwanzig auf",
        ),
        ("{hero} schaute sich um", "{detail}", "Alles war so schön", "{friend} lachte vor Freude"),
        (
            "Sie gingen weiter und weiter",
            "{detail}",
            "{hero} zeigte darauf und lächelte",
            "Es gab so viel zu sehen",
        ),
    ),
    "resolution": (
        (
            "Und schau nur, {ending}",
            "{hero} jubelte|{hero} hüpfte vor Freude|{hero} klatschte vor Freude in die Hände",
            "{hero} und {friends} tanzten im Kreis|{hero} und {friends} drehten sich immer wieder im Kreis",
            "Alle waren froh und sicher",
        ),
        (
            "Endlich war es so weit: {ending}",
            "„Hurra!“, rief {hero}|„Wir haben es geschafft!“, rief {hero}|„Juhu!“, jubelte {hero}",
            "{friend} klatschte und klatschte|{friend} lachte vor Freude",
            "Der lange Tag hatte ein gutes Ende",
        ),
    ),
    "return": (
        (
            "Der Tag war fast vorbei, also machten sie sich auf den Heimweg",
            "{hero} und {friends} gingen Seite an Seite zurück",
            "{detail}",
            "Niemand sagte viel, aber alle lächelten",
        ),
        (
            "Langsam machten sie sich auf den Rückweg",
            "Unterwegs erzählten sie sich alles, was passiert war",
            "{detail}",
            "Das Zuhause hatte noch nie so einladend ausgesehen",
        ),
        (
            "Es war Zeit, nach Hause zu gehen",
            "{hero} und {friends} gingen zusammen zurück",
            "{detail}",
            "Die Füße waren müde, aber die Herzen waren leicht",
        ),
    ),
    "celebration": (
        (
            (
                "Am Abend gab es ein kleines Fest|"
                "Am Abend feierten alle ein kleines Fest|"
                "Später gab es ein kleines Fest zur Feier des Tages"
            ),
            (
                "{hero} und {friends} brachten Leckereien zum Teilen|"
                "{hero} und {friends} teilten leckere Sachen|"
                "{hero} und {friends} brachten einen Kuchen zum Teilen"
            ),
            "{hero} lachte und lachte|{hero} kicherte den ganzen Abend",
            "Es war das schönste Fest seit Langem",
        ),
        (
            "Alle kamen, um danke zu sagen|Alle kamen vorbei, um sich zu bedanken",
            "{hero} wurde ganz rot|{hero} lächelte schüchtern",
            "{party}",
            "Der Tag endete mit Liedern und Gekicher",
        ),
    ),
    "thanks": (
        (
            "Alle kamen, um danke zu sagen|Alle kamen vorbei, um sich zu bedanken",
            "{hero} wurde ganz rot|{hero} lächelte schüchtern",
            "{pal} schenkte {hero} eine kleine Dankeskarte mit einem Bild darauf",
            "Dann gingen alle unter den ersten Sternen nach Hause",
        ),
        (
            "Als das letzte Lied gesungen war, war es Zeit, nach Hause zu gehen",
            "{hero} und {friends} halfen beim Aufräumen",
            "Alle winkten einander zu, bis sie sich nicht mehr sehen konnten",
            "Die Füße waren müde, aber die Herzen waren voller Freude",
        ),
    ),
    "ending": (
        (
            (
                "In der Nacht dachte {hero} an den Tag|"
                "Vor dem Einschlafen dachte {hero} an den Tag|"
                "In der Nacht erinnerte sich {hero} an alles, was passiert war"
            ),
            "{lesson}",
            "{friend} gähnte schon",
            "Und {hero} lächelte bis in die Träume hinein",
        ),
        (
            "Jetzt wusste {hero} etwas Wichtiges|Jetzt verstand {hero} etwas Wichtiges",
            "{lesson}",
            "{hero} und {friends} sagten gute Nacht",
        ),
    ),
}

THEMES = {
    "kindness": (
        (
            "{hero} sah, dass {friend} traurig war, und umarmte {friend} ganz fest",
            "Die kleine Freundlichkeit brachte {friend} zum Lächeln",
            "Froher als vorher sahen sie etwas",
            "{discovery}",
        ),
    ),
    "sharing": (
        (
            "{hero} hatte den letzten Keks und brach ihn für {friend} in zwei Hälften",
            "Sie aßen ihn zusammen auf einem Baumstamm",
            "Mit vollem Bauch entdeckten sie etwas",
            "{discovery}",
        ),
    ),
    "bravery": (
        (
            "{hero} hatte Angst, machte aber einen mutigen Schritt nach vorn",
            "Dann noch einen und noch einen",
            "Mutig sein heißt nicht, keine Angst zu haben",
            "Und da war es: {discovery}",
        ),
    ),
    "honesty": (
        (
            "{hero} sagte die Wahrheit: „Ich habe nicht richtig hingeschaut.“",
            "Alle waren froh, die Wahrheit zu kennen",
            "Jetzt konnten sie an der richtigen Stelle suchen",
            "{discovery}",
        ),
    ),
    "patience": (
        (
            "{hero} beschloss, zu warten und genau hinzusehen",
            "Sie warteten und warteten",
            "Langsam bewegte sich etwas",
            "{discovery}",
        ),
    ),
    "teamwork": (
        (
            "{hero} sagte: „Diesmal versuchen wir es zusammen.“",
            "Jeder machte einen Teil der Arbeit",
            "Gemeinsam sahen sie die Lösung",
            "{discovery}",
        ),
    ),
    "perseverance": (
        (
            "{hero} stand auf und sagte: „Ich versuche es noch einmal.“",
            "Diesmal schaute {hero} ganz genau hin",
            "Nicht aufgeben war das Geheimnis",
            "{discovery}",
        ),
    ),
    "friendship": (
        (
            "{hero} {hold_friend} und sagte: „Wir schaffen das als Freunde.“",
            "Freunde helfen sich, wenn es schwer ist",
            "Zusammen schauten sie noch einmal",
            "{discovery}",
        ),
    ),
    "gratitude": (
        (
            "{hero} blieb stehen und sagte {friends} danke für alle Hilfe",
            "Allen wurde warm ums Herz",
            "Und beim Lächeln bemerkte {hero} etwas",
            "{discovery}",
        ),
    ),
    "curiosity": (
        (
            "{hero} stellte eine neue Frage: Wo haben wir noch nicht gesucht",
            "Durch Fragen lernt man",
            "Sie dachten über die Antwort nach",
            "{discovery}",
        ),
    ),
    "listening": (
        (
            "{hero} hörte auf zu reden und hörte {friend} zu",
            "{friend} hatte etwas Kleines gesehen",
            "Zuhören machte den Unterschied",
            "{discovery}",
        ),
    ),
}

THEME_KEYWORDS = {
    "sharing": ("teil",),
    "kindness": ("freundlich", "nett", "hilf", "lieb"),
    "bravery": ("mut", "angst", "tapfer"),
    "honesty": ("wahrheit", "ehrlich", "lüg"),
    "patience": ("geduld", "warten"),
    "teamwork": ("zusammen", "gemeinsam", "team"),
    "perseverance": ("aufgeben", "versuch", "dranbleiben"),
    "friendship": ("freund",),
    "gratitude": ("dank",),
    "curiosity": ("lern", "neugier", "frag"),
    "listening": ("zuhör", "hören"),
}

TITLES = {
    "opening": ("Das ist {hero}", "Ein Morgen wie jeder andere"),
    "meet": ("{friend} kommt dazu", "Hallo, {friend}"),
    "problem": ("Etwas stimmt nicht", "Oh nein!"),
    "wishing": ("Ein Wunsch", "Ein kleiner Wunsch"),
    "setout": ("Los geht's!", "Die Suche beginnt"),
    "journey": (
        "Unterwegs",
        "Ein schwieriger Weg",
        "Immer weiter",
        "Drüber und drumherum",
        "Schritt für Schritt",
        "Noch ein Stück weiter",
        "Der lange Weg",
        "Weiter geht es",
    ),
    "spotlight": (
        "{friend} hilft",
        "{friend} hat eine Idee",
        "Zum Glück gibt es {friend}",
        "{friend} packt mit an",
    ),
    "attempt": (
        "Ein erster Versuch",
        "Fast",
        "Eine andere Idee",
        "Noch einmal probieren",
        "Noch ein Versuch",
        "Nicht aufgeben",
    ),
    "quiet": (
        "Eine kleine Pause",
        "Durchatmen",
        "Ein stiller Moment",
        "Langsamer",
        "Eine verdiente Pause",
        "Zeit zum Nachdenken",
    ),
    "doubt": ("Ein schwerer Moment", "Ganz klein", "Als alles schwer schien", "Ein bisschen mutlos"),
    "wonder": (
        "So viel zu sehen",
        "Ein schöner Ort",
        "Schau mal!",
        "Ein Ort zum Merken",
        "Mit großen Augen",
        "Was für eine Aussicht",
        "Überall Wunder",
        "Stehen bleiben und schauen",
    ),
    "turn": ("Ein neuer Weg", "Die große Wende"),
    "resolution": ("Gefunden!", "Hurra!"),
    "return": ("Der Weg nach Hause",),
    "celebration": ("Ein kleines Fest", "Danke, {hero}"),
    "thanks": ("Danke, {hero}", "Zeit für den Abschied"),
    "ending": ("Gute Nacht", "Was {hero} gelernt hat"),
}


# Thoughts and asides that older readers (ages 9-12) get on top of each page's events.
REFLECTIONS = (
    "{hero} fragte sich, ob sich jedes große Abenteuer in der Mitte so unsicher anfühlte",
    "Irgendwo da draußen wartete die Lösung, und dieser Gedanke gab {hero} Kraft",
    "{friend} merkte, wie gründlich {hero} nachdachte, und blieb ganz in der Nähe",
    "Es ist seltsam, wie lang sich ein einziger Nachmittag anfühlen kann",
    "{hero} erinnerte sich an einen Satz von Oma über Geduld und kleine Schritte",
    "Je weiter sie kamen, desto besser verstand {hero}, dass auch der Weg wichtig war",
    "Keiner sagte es laut, aber alle waren ein bisschen aufgeregt",
    "{hero} ging im Kopf noch einmal alles durch, was sie schon versucht hatten",
    "Bei jedem neuen Geräusch schaute sich {friend} neugierig um",
    "In solchen Momenten stellte sich {hero} gern vor, was die Entdecker aus den Büchern tun würden",
    "Das Problem wirkte riesig, aber {hero} versuchte, es Stück für Stück zu durchdenken",
    "{friend} summte leise vor sich hin, und das bedeutete meistens, dass eine Idee unterwegs war",
    "{hero} dachte daran, wie anders sich der Morgen angefühlt hatte und wie viel seitdem passiert war",
    "{friend} war sehr geduldig, und darüber war {hero} froh",
    "Jeder Schritt brachte sie ein Stück näher, auch wenn es sich nicht so anfühlte",
    "{hero} ahnte, dass man von diesem Tag später noch oft erzählen würde",
    "Komisch: Das Schwierigste an einem Problem ist oft, einfach anzufangen",
    "{hero} versuchte, sich jede Kleinigkeit zu merken, falls sie wichtig sein sollte",
    "Keiner beschwerte sich, obwohl alle ein bisschen müde waren",
    "{hero} drehte und wendete das Problem im Kopf hin und her",
    "Es gab keine Eile, fand {hero}: Sorgfältig war besser als schnell",
    "{friend} schaute immer wieder zu {hero} hinüber, um nachzusehen, ob alles in Ordnung war",
)

LEXICON = Lexicon(
    language="de",
    and_word="und",
    list_and="und",
    lowercase_starters=frozenset(
        {
            "der",
            "die",
            "das",
            "ein",
            "eine",
            "es",
            "sie",
            "er",
            "alle",
            "niemand",
            "jemand",
            "aber",
            "doch",
            "und",
        }
    ),
    worlds=WORLDS,
    simple=SIMPLE,
    reflections=REFLECTIONS,
    beats=BEATS,
    themes=THEMES,
    theme_keywords=THEME_KEYWORDS,
    titles=TITLES,
    hero_traits=(
        "einen Kopf voller Fragen",
        "ein Lachen, das alle froh machte",
        "flinke Füße und ein großes Herz",
        "Taschen voller Schätze",
        "große Lust auf Abenteuer",
        "ein gutes Händchen für Tiere",
    ),
    default_traits=("lieb und lustig", "klug und ruhig", "flink und fröhlich", "schüchtern, aber sehr mutig"),
    kinds={
        "hedgehog": "ein kleiner Igel",
        "owl": "eine kluge Eule",
        "fox": "ein schlauer Fuchs",
        "robot": "ein kleiner Roboter",
        "dragon": "ein freundlicher Drache",
        "unicorn": "ein scheues Einhorn",
        "puppy": "ein verspielter Welpe",
        "kitten": "ein neugieriges Kätzchen",
        "turtle": "eine ruhige Schildkröte",
        "dolphin": "ein verspielter Delfin",
        "squirrel": "ein flinkes Eichhörnchen",
        "bear": "ein sanfter Bär",
        "rabbit": "ein weiches Kaninchen",
        "mouse": "eine kleine Maus",
        "frog": "ein hüpfender Frosch",
        "duck": "eine fröhliche Ente",
    },
    description="{genre_phrase} für {hero} über {goal}.",
    genre_phrases={
        "adventure": "Eine Abenteuergeschichte",
        "fantasy": "Eine Fantasiegeschichte",
        "fairy tale": "Ein Märchen",
        "space": "Eine Weltraumgeschichte",
        "animals": "Eine Tiergeschichte",
        "bedtime": "Eine Gutenachtgeschichte",
        "mystery": "Eine Detektivgeschichte",
        "friendship": "Eine Freundschaftsgeschichte",
        "science": "Eine Forschergeschichte",
        "ocean": "Eine Meeresgeschichte",
    },
    questions=(
        "Was ging am Anfang der Geschichte schief, und wie fühlte sich {hero}?",
        "Warum haben die ersten Versuche wohl nicht geklappt?",
        "Was hat {hero} getan, das am meisten geholfen hat, und wann könntest du das auch tun?",
    ),
    moral_vocabulary={
        "kindness": ("Freundlichkeit", "lieb und gut zu anderen sein"),
        "sharing": ("teilten", "gaben einander etwas ab"),
        "bravery": ("mutig", "etwas tun, auch wenn man Angst hat"),
        "honesty": ("Wahrheit", "was wirklich passiert ist"),
        "patience": ("warten", "ruhig bleiben, bis etwas passiert"),
        "teamwork": ("zusammen", "miteinander"),
        "perseverance": ("aufgeben", "aufhören, bevor man es geschafft hat"),
        "friendship": ("Freunde", "Menschen, die sich mögen und helfen"),
        "gratitude": ("danke", "was man sagt, wenn jemand hilft"),
        "curiosity": ("Frage", "etwas, das man wissen möchte"),
        "listening": ("zuhören", "genau auf jemanden achten"),
    },
    setting_place_in="in {setting}",
    article_rules={
        "masculine": "ein",
        "feminine": "eine",
        "_endings": "e in ung heit keit ei",
        "_articles": "ein eine der die das",
        "_masculine": "drache hase löwe affe rabe junge welpe",
        "_feminine": "maus kuh gans oma omi mama mutti mutter großmutter tante frau dame schwester",
    },
)
