"""Deutsche Sätze einer Kapitelbuchseite aus ihrer Lage (siehe situations.py)."""

from __future__ import annotations

BEFORE: dict[str, tuple[str, ...]] = {
    "lost": (
        "{hero} stellte sich vor, wie jemand {lost} in einer Ecke entdeckte, an die bisher niemand gedacht "
        "hatte, und wie groß die Freude dann sein würde",
        "Jedes Mal, wenn {friend} fragte, wo man {lost} noch suchen könnte, hatte {hero} eine neue Idee, "
        "und jede "
        "war ein bisschen verrückter als die letzte",
        "Ohne {lost} fühlte sich der ganze Tag seltsam unfertig an, wie eine Geschichte, in der die "
        "wichtigste Seite fehlt",
        "{hero} versuchte sich an den letzten Moment zu erinnern, in dem jemand {lost} gesehen hatte, aber "
        "die Erinnerung entwischte immer wieder",
        "„Wenn wir wie ein verlorenes Ding denken, finden wir es“, erklärte {friend}, was überhaupt "
        "keinen Sinn ergab und trotzdem half",
        "{hero} durchsuchte alle Taschen zweimal, falls jemand {lost} dort die ganze Zeit übersehen hatte",
    ),
    "broken": (
        "{hero} musste immer wieder an {thing_acc} denken und daran, wie still und traurig seitdem alles war",
        "Jedes Mal, wenn {friend} davon sprach, stellte sich {hero} vor, wie alle Teile wieder an ihren "
        "Platz rutschten",
        "Etwas richtig zu reparieren braucht viel Geduld, und {hero} begann zu verstehen, wie viel",
        "{friend} fragte sich laut, ob {thing} jemals wieder so gut wie neu sein würde, doch {hero} wollte "
        "nichts anderes glauben",
        "{hero} zählte alle Teile noch einmal, um sicher zu sein, dass kein einziges fehlte",
        "„Was kaputt ist, kann man reparieren“, sagte {friend}, „aber nur, wenn niemand auf halbem Weg "
        "aufgibt.“",
    ),
    "need": (
        "{hero} musste ständig an {creature_acc} denken, so allein und so weit weg von zu Hause, und "
        "vielleicht gerade sehr ängstlich",
        "Alle paar Minuten blieb {friend} stehen und lauschte, in der Hoffnung, irgendwo in der Nähe ein "
        "leises Rufen zu hören",
        "Jemandem zu helfen, der sich verlaufen hat, ist eine ernste Aufgabe, und {hero} wollte sie gut "
        "machen",
        "{hero} versprach leise, dass sich niemand ausruhen würde, bevor {creature_def} wieder sicher "
        "zu Hause war",
        "{hero} fragte sich, ob {creature_def} wohl Hunger hatte, und hob das beste Stück vom Proviant "
        "vorsichtshalber auf",
        "„Wir kommen“, rief {friend} leise, obwohl {creature_def} noch viel zu weit weg war, um es zu hören",
    ),
    "fear": (
        "{hero} warf einen Blick hinüber und spürte einen kleinen Schauer, der bis in die Zehenspitzen "
        "hinunterlief",
        "Sobald jemand von dem seltsamen Geräusch sprach, interessierte sich {friend} plötzlich sehr für "
        "etwas ganz anderes",
        "Angst zu haben ist nicht dasselbe wie feige zu sein, erinnerte {hero} alle, und auch die eigenen "
        "zitternden Knie",
        "Je näher sie kamen, desto lauter klang das seltsame Geräusch, und desto langsamer gingen alle",
        "{hero} versuchte sich vorzustellen, was dieses Geräusch wohl machte, und jede Vermutung war "
        "seltsamer als die letzte",
        "„Wenn wir zusammen gehen, ist es nur halb so unheimlich“, sagte {friend}, und das klang sehr "
        "vernünftig",
    ),
    "wish": (
        "{hero} stellte sich schon das Gesicht vor, das {creature_def} machen würde, wenn der Wunsch endlich "
        "in Erfüllung ging",
        "Eine Überraschung vorzubereiten ist schwieriger, als man denkt, denn jede gute Idee braucht gleich "
        "drei weitere",
        "{friend} schrieb eine Liste mit allem, was ein richtiges Fest braucht, und die Liste wurde "
        "erstaunlich lang",
        "{hero} flüsterte {friend} zu, dass niemand ewig darauf warten sollte, dass ein Wunsch wahr wird",
        "{hero} dachte an Luftballons, Lieder und Kuchen und überlegte, worüber sich {creature_def} wohl "
        "am meisten freuen würde",
        "„Ein Wunsch ist nur ein Plan, der noch nicht angefangen hat“, sagte {friend}, sehr zufrieden "
        "mit dem Gedanken",
    ),
    "mystery": (
        "{hero} schrieb jeden Hinweis in ein kleines Notizbuch, denn wer die Hinweise vergisst, hat nichts "
        "mehr zum Nachdenken",
        "Jedes Mal, wenn {friend} einen neuen Verdächtigen vorschlug, fragte {hero}, welcher Hinweis dafür "
        "sprach, und meistens war es keiner",
        "Wer gut ermittelt, fand {hero}, rät nicht zuerst, sondern beobachtet genau und rät erst am Schluss",
        "{friend} fragte sich laut, warum jemand ausgerechnet weiche Sachen stehlen sollte, und die Frage "
        "ging {hero} den ganzen Nachmittag nicht aus dem Kopf",
        "{hero} betrachtete die Hinweise noch einmal, ganz sicher, dass sich die Antwort irgendwo darin "
        "versteckte",
        "„Ein Rätsel ist nur eine Geschichte, bei der die letzte Seite fehlt“, sagte {friend}, sehr "
        "zufrieden mit dem Gedanken",
    ),
    "gifts": (
        "{hero} legte alle Geschenke in eine Reihe und betrachtete sie, als könnten sie verraten, wer sie "
        "gebracht hatte",
        "{friend} meinte, wer heimlich schenkt, müsse sehr schüchtern sein oder sehr lieb, vielleicht auch "
        "beides",
        "Es ist ein seltsames Gefühl, Geschenke von jemandem zu bekommen, den man nie gesehen hat, "
        "fand {hero}",
        "Jedes neue Geschenk machte das Rätsel ein bisschen größer und {hero} ein bisschen neugieriger",
        "{hero} fragte sich, was jemand, der sich nie zeigte, wohl als Dank haben wollte",
    ),
    "noise": (
        "{hero} klopfte dreimal auf einen Stein, um zu hören, wie weit der Klang trug",
        "{friend} flüsterte, ein Geräusch, das niemand macht, sei das beste Rätsel von allen",
        "Jeden Abend lauschten sie genauer, und jeden Abend klang das Klopfen ein bisschen schüchterner",
        "{hero} zeichnete eine Karte von allen Stellen, an denen das Klopfen zu hören gewesen war, und alle "
        "Kreuze lagen dicht beieinander",
        "Ein Geräusch, fand {hero}, ist nur ein Hinweis, den man hört statt sieht",
    ),
}
"""Was die Figuren vor der Lösung über das Problem denken und sagen, je Form des Problems."""

GOAL: tuple[str, ...] = (
    "Jeder Schritt brachte sie dem Ziel ein kleines Stück näher, sogar die Schritte, die sich wie "
    "Rückschritte anfühlten",
    "{hero} behielt das Ziel fest im Blick, so wie ein Seemann den einen hellen Stern im Blick behält",
    "Niemand hatte es laut gesagt, aber alle wussten, dass das Ziel wichtiger war als die Müdigkeit",
    "{friend} fragte, ob sie dem Ziel schon näher waren, und {hero} sagte Ja, weil es sich so anfühlte",
    "Wenn der Weg schwer wurde, dachte {hero} an das Ziel und fand irgendwo noch ein bisschen mehr Kraft",
    "{friend} meinte, das Ziel sei jeden matschigen Schritt wert, und niemand widersprach",
    "Es war seltsam zu denken, dass das Ziel vielleicht gleich hinter der nächsten Ecke lag, oder noch "
    "sehr weit weg",
    "{hero} stellte sich vor, wie es sich anfühlen würde, das Ziel endlich zu erreichen, und ging ein "
    "wenig schneller",
    "Auch wenn sie über andere Dinge sprachen, kehrten alle Gedanken immer wieder zum Ziel zurück",
    "{hero} beschloss, dass das Ziel mindestens einen weiteren Versuch wert war, und wahrscheinlich noch "
    "viele mehr",
)
"""Frames about the problem's `{goal}` before it is reached."""

AFTER: dict[str, tuple[str, ...]] = {
    "lost": ("Ab und zu sah sich {hero} {lost} noch einmal ganz genau an, nur um wirklich sicher zu sein",),
    "broken": ("{hero} strich mit dem Finger darüber und konnte kaum noch sehen, wo der Bruch gewesen war",),
    "need": (
        "{creature_def} wich {hero} nicht mehr von der Seite, und das war schöner als jedes Dankeschön",
    ),
    "fear": (
        "Jetzt, da sie die Wahrheit kannten, war das seltsame Geräusch kein bisschen unheimlich mehr, "
        "nur noch ein wenig rätselhaft",
    ),
    "wish": (
        "{creature_def} sah so glücklich aus, dass {hero} beschloss, dies sei die beste Idee des ganzen "
        "Jahres gewesen",
    ),
    "mystery": (
        "{hero} klappte das Notizbuch mit den Hinweisen zufrieden zu, denn am Ende hatte jeder einzelne "
        "Hinweis gepasst",
    ),
    "gifts": (
        "{hero} bewahrte alle Geschenke in einer kleinen Schachtel auf, und jedes davon hieß jetzt Danke",
    ),
    "noise": (
        "Wenn jetzt das leise Klopfen begann, lächelten alle, denn sie wussten genau, wer da zu Abend aß",
    ),
}
"""Was sie über das Problem sagen, wenn es gelöst ist, je Form des Problems."""

PLACE: tuple[str, ...] = (
    "Während {friend} nachdachte, sah sich {hero} um, und {detail}",
    "{friend} zeigte stumm nach vorn, und {detail}",
    "Es war ein Ort voller kleiner Wunder, und {detail}",
)
"""Rahmen für ein Detail des Ortes (`{detail}`, ein Hauptsatz)."""

COMPANION: tuple[str, ...] = (
    "{friend} war schließlich {friend_kind} und wusste Dinge über diesen Ort, die sonst niemand wusste",
    "{hero} war sehr froh, {friend} dabeizuhaben, denn zu zweit schien alles weniger schwierig",
    "{friend} blieb die ganze Zeit dicht bei {hero}, bereit zu helfen, sobald Hilfe gebraucht wurde",
    "{hero} bemerkte, dass {friend} ganz still geworden war, und stupste {friend} sanft an, bis das "
    "Lächeln zurückkam",
)
"""Rahmen über den Begleiter der Seite (`{friend_kind}` mit Artikel)."""
