"""German phrases of early readers' and chapter books' pages (see chapters.py)."""

from __future__ import annotations

from storyloom.providers.text.engine.chapters import Thread

EXCHANGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "curious": (
        (
            "„Wer könnte das nur sein?“, fragte {friend} mit leuchtenden Augen",
            (
                "„Jemand Freundliches, so viel ist sicher“, sagte {hero}, „und jemand, der sich gut "
                "verstecken kann.“"
            ),
            "Beide grinsten, denn ein freundliches Rätsel ist das allerschönste",
        ),
        (
            "„Ob morgen wieder etwas daliegt?“, überlegte {friend}",
            "„Das hoffe ich“, sagte {hero}, „und diesmal passen wir genau auf.“",
            "{friend} nickte so eifrig, dass es fast wie ein kleiner Tanz aussah",
        ),
        (
            "„Und wenn es jemand ganz Kleines ist?“, fragte {friend}",
            "„Oder jemand sehr Schüchternes“, sagte {hero}, „dann müssen wir ganz behutsam sein.“",
            "Sie flüsterten sich ihre Vermutungen zu, eine lustiger als die andere",
        ),
        (
            "„Ich liebe Rätsel“, sagte {friend} und hüpfte fast vor Aufregung",
            "„Ich auch“, sagte {hero}, „besonders eins mit einer freundlichen Lösung.“",
            "Also steckten die beiden die Köpfe zusammen",
        ),
        (
            "„Sollen wir alles aufschreiben, was uns aufgefallen ist?“, fragte {friend}",
            "„Alles“, sagte {hero}, „auch die Dinge, die zu klein scheinen, um wichtig zu sein.“",
            "Bald war die Liste erstaunlich lang",
        ),
        (
            "„Das ist fast wie ein Brief ohne Absender“, sagte {friend}",
            "„Dann finden wir heraus, wer ihn geschrieben hat“, sagte {hero}, „und schreiben zurück.“",
            "Dieser Plan gefiel {friend} sehr",
        ),
    ),
    "calm": (
        (
            "„Fragst du dich manchmal, was hinter der nächsten Ecke auf uns wartet?“, fragte {friend}",
            "„Ständig“, sagte {hero}, „und genau deshalb bin ich so gern mit dir unterwegs.“",
            "Sie grinsten sich an, denn beide kannten die Antwort schon längst",
        ),
        (
            "„Hör mal“, flüsterte {friend}, „wenn wir still sind, klingt alles ganz anders.“",
            "„Du hast recht“, flüsterte {hero} zurück, „als würde uns dieser Ort ein Geheimnis erzählen.“",
            "Eine Weile sagte niemand mehr ein Wort, und die Stille fühlte sich warm und gemütlich an",
        ),
        (
            (
                "„Wenn du einen Augenblick von heute für immer behalten könntest, welchen würdest du "
                "nehmen?“, fragte {friend}"
            ),
            "„Wahrscheinlich diesen hier“, sagte {hero}, „aber frag mich heute Abend noch einmal.“",
            "{friend} lachte und versprach, an die Frage zu denken",
        ),
        (
            "„Schön, dass du da bist“, sagte {friend} plötzlich, ohne aufzusehen",
            "„Das finde ich auch“, antwortete {hero}, und diese wenigen Worte bedeuteten sehr viel",
            "Manchmal sagt man die wichtigsten Dinge mit den wenigsten Worten",
        ),
        (
            "„Sollen wir uns diesen Ort für einen anderen Tag merken?“, fragte {hero}",
            "„Auf jeden Fall“, sagte {friend}, „wir könnten wiederkommen, wenn wir mehr Zeit haben.“",
            "{hero} sah sich langsam um und versuchte, sich jede Kleinigkeit einzuprägen",
        ),
        (
            "„Darf ich dir etwas Albernes erzählen?“, fragte {friend}",
            "„Alberne Sachen sind meine Lieblingssachen“, sagte {hero}",
            (
                "{friend} erzählte eine so verrückte Geschichte, dass sich beide vor Lachen die Bäuche "
                "halten mussten"
            ),
        ),
        (
            "„Woran denkst du, wenn du nicht einschlafen kannst?“, fragte {friend}",
            "„Meistens an Abenteuer“, gab {hero} zu, „und manchmal an das Frühstück.“",
            "Über diese Antwort kicherte {friend} noch lange Zeit",
        ),
        (
            "„Hast du bemerkt, wie anders von hier aus alles aussieht?“, fragte {hero}",
            "„Alles sieht kleiner und gleichzeitig spannender aus“, sagte {friend} nachdenklich",
            "Sie stritten fröhlich darüber, ob das überhaupt möglich war",
        ),
        (
            "„Erzähl mir das Beste, was dir diese Woche passiert ist“, sagte {friend}",
            "„Der Tag ist noch nicht vorbei, also überlege ich noch“, antwortete {hero} mit einem Zwinkern",
            "{friend} verdrehte die Augen, musste aber trotzdem lächeln",
        ),
        (
            "„Ich wünschte, jeder Tag wäre so spannend wie dieser“, seufzte {friend}",
            "„Dann müssen wir eben weiter spannende Dinge finden“, sagte {hero}",
            "Das klang für beide nach einem ausgezeichneten Plan",
        ),
        (
            "„Was ist das Seltsamste, das du je gesehen hast?“, fragte {friend}",
            "„Wahrscheinlich mein eigenes Gesicht gleich nach dem Aufwachen“, sagte {hero}",
            "{friend} lachte so sehr, dass es lange dauerte, bis das Lachen aufhörte",
        ),
        (
            "„Glaubst du, dass schon einmal jemand genau hier gewesen ist?“, überlegte {hero}",
            "„Vielleicht, aber noch nie mit uns“, sagte {friend}, „also zählt es trotzdem als Entdeckung.“",
            "Das fanden beide ein vollkommen vernünftiges Argument",
        ),
    ),
    "worried": (
        (
            "„Und wenn wir es niemals schaffen?“, fragte {friend} mit ganz leiser Stimme",
            (
                "„Dann suchen wir einfach weiter, bis wir es geschafft haben“, sagte {hero} und versuchte, "
                "mutiger zu klingen, als sich alle fühlten"
            ),
            "{friend} nickte langsam, obwohl niemand wirklich überzeugt aussah",
        ),
        (
            "„Vielleicht ist das alles meine Schuld“, sagte {friend} und starrte auf den Boden",
            "„Es ist niemandes Schuld“, antwortete {hero} bestimmt, „und Vorwürfe helfen keinem von uns.“",
            "Die Worte klangen vernünftig, und nach und nach hörte {friend} auf, den Boden anzustarren",
        ),
        (
            "„Dieses Gefühl mag ich überhaupt nicht“, murmelte {friend}",
            (
                "„Ich auch nicht“, gab {hero} zu, „aber Gefühle ändern sich, und dieser Tag kann sich auch "
                "noch ändern.“"
            ),
            "Sie standen dicht beieinander, Schulter an Schulter, bis das Schlimmste vorbei war",
        ),
        (
            "„Hast du einen Plan?“, fragte {friend} hoffnungsvoll",
            "„Noch nicht“, sagte {hero}, „aber ich arbeite daran, versprochen.“",
            "{hero} runzelte vor Konzentration die Stirn, und {friend} beschloss, lieber nicht zu stören",
        ),
        (
            "„Sollen wir umkehren?“, fragte {friend} leise",
            "„Noch nicht“, sagte {hero}, „lass uns noch eine Minute nachdenken.“",
            "{friend} nickte und wartete, und die Minute kam ihnen sehr lang vor",
        ),
        (
            "„Ich weiß nicht mehr so recht“, flüsterte {friend}",
            "„Ich auch nicht“, sagte {hero}, „aber gut, dass du da bist.“",
            "Danach ging es ihnen beiden ein kleines bisschen besser",
        ),
    ),
    "busy": (
        (
            "„Wohin gehen wir jetzt?“, fragte {friend} und schaute nach links und dann nach rechts",
            "„Lass uns gut nachdenken, bevor wir uns entscheiden“, sagte {hero}",
            "Also blieben sie stehen, überlegten sich jede Möglichkeit und wählten den vernünftigsten Weg",
        ),
        (
            "„Ich glaube, wir kommen näher“, sagte {friend} mit einem kleinen, hoffnungsvollen Hüpfer",
            "„Hoffentlich hast du recht“, antwortete {hero}, „denn meine Beine werden langsam müde.“",
            "Beide lachten, und das Lachen gab ihnen genug Kraft, um weiterzumachen",
        ),
        (
            "„Vorsicht hier“, warnte {hero}, „das sieht schwieriger aus als von weitem.“",
            "„Ich gehe ganz langsam“, versprach {friend}, „einen vorsichtigen Schritt nach dem anderen.“",
            "Langsam zu gehen war genau die richtige Idee",
        ),
        (
            "„Weißt du noch, was wir alles schon versucht haben?“, fragte {hero}",
            "„Jede einzelne Sache“, seufzte {friend} und zählte sie eine nach der anderen auf",
            "Irgendwie wirkte das Problem ein bisschen kleiner, als sie alles laut aufzählten",
        ),
        (
            "„Was würde eine echte Entdeckerin jetzt tun?“, überlegte {friend}",
            "„Wahrscheinlich etwas essen und nachdenken“, sagte {hero} mit ernstem Gesicht",
            "Genau das taten sie dann auch, und der Imbiss half ganz bestimmt",
        ),
        (
            (
                "„Warte, hast du das gesehen?“, fragte {friend} und blieb so plötzlich stehen, dass {hero} "
                "beinahe stolperte"
            ),
            "„Was denn?“, fragte {hero} und schaute in alle Richtungen",
            "Es war nichts Wichtiges, aber von da an passten beide viel besser auf",
        ),
        (
            "„Ich habe eine Idee, aber vielleicht ist sie schrecklich“, gab {friend} zu",
            "„Schreckliche Ideen sind manchmal der Anfang von großartigen“, sagte {hero}",
            "{friend} erklärte den Plan, und {hero} hörte sich jeden Teil davon aufmerksam an",
        ),
        (
            "„Bist du schon müde?“, fragte {hero}",
            "„Ein winziges bisschen“, sagte {friend}, „aber ich bin viel zu neugierig, um jetzt aufzuhören.“",
            "{hero} verstand dieses Gefühl ganz genau",
        ),
        (
            "„Was meinst du, wie weit ist es noch?“, fragte {friend} und kniff die Augen zusammen",
            "„Weiter, als mir lieb ist, aber näher als heute Morgen“, antwortete {hero}",
            "Das war eine so vernünftige Antwort, dass {friend} keine einzige Beschwerde einfiel",
        ),
        (
            "„Wir sollten einen richtigen Plan machen, bevor wir irgendetwas anderes tun“, schlug {hero} vor",
            (
                "„Einen Plan mit mindestens drei Schritten“, stimmte {friend} zu, „falls die ersten beiden "
                "schiefgehen.“"
            ),
            "Sie machten den Plan gemeinsam und stritten sich fröhlich über die Reihenfolge der Schritte",
        ),
        (
            "„Egal, was passiert, wir bleiben zusammen“, sagte {friend} leise",
            "„Immer“, versprach {hero}, und sie gaben sich sehr feierlich die Hand darauf",
            "Irgendwie wirkte der Weg nach diesem Versprechen ein wenig freundlicher",
        ),
        (
            "„Ich glaube, jetzt verstehe ich das Problem besser“, sagte {hero} langsam",
            "„Dann erklär es mir, denn ich verstehe überhaupt nichts“, lachte {friend}",
            "Beim lauten Erklären entdeckte {hero} ein oder zwei Dinge, die vorher verborgen geblieben waren",
        ),
        (
            "„Können wir eine Minute ausruhen?“, fragte {friend} schnaufend",
            "„Eine Minute und keine Sekunde länger“, sagte {hero} grinsend",
            "Aus der Minute wurden drei, aber niemand beschwerte sich",
        ),
        (
            "„Was haben wir zuletzt überprüft?“, fragte {friend} und kratzte sich nachdenklich am Kinn",
            "„Alles außer dem einen Ort, an den wir noch nicht gedacht haben“, sagte {hero}",
            "Das war keine besonders hilfreiche Antwort, aber sie brachte alle zum Nachdenken",
        ),
    ),
    "glad": (
        (
            "„Wir haben es wirklich geschafft!“, rief {friend} und hüpfte auf und ab",
            "„Wir haben es zusammen geschafft“, sagte {hero}, „und das ist das Allerbeste daran.“",
            "Ihre Stimmen hallten ringsum wider, voller Freude und Erleichterung",
        ),
        (
            "„Ich wusste, dass dir etwas einfällt“, sagte {friend} stolz",
            "„Ohne dich hätte ich es nie geschafft“, antwortete {hero}, und das war von Herzen ernst gemeint",
            "{friend} strahlte so sehr, dass {hero} ganz warm ums Herz wurde",
        ),
        (
            "„Ist es wirklich vorbei?“, fragte {friend} ungläubig",
            "„Wirklich“, sagte {hero}, „und alles ist besser ausgegangen, als wir gehofft hatten.“",
            "Einen Moment lang standen sie einfach da und genossen das Gefühl",
        ),
        (
            "„Das ist der schönste Tag überhaupt!“, verkündete {friend}",
            "„Das hast du gestern auch gesagt“, lachte {hero}, „aber diesmal stimme ich dir zu.“",
            "Alle, die es hörten, mussten ebenfalls lachen",
        ),
        (
            "„Kannst du glauben, dass wir es wirklich geschafft haben?“, fragte {friend} grinsend",
            "„Noch nicht“, lachte {hero}, „frag mich morgen noch mal.“",
            "{friend} lachte so sehr, dass alle anderen mitlachen mussten",
        ),
        (
            "„Weißt du, ich hatte ein kleines bisschen Angst“, gab {friend} zu",
            "„Ich auch“, sagte {hero}, „aber wir haben es trotzdem gemacht.“",
            "Es laut auszusprechen, machte sie irgendwie beide noch mutiger",
        ),
    ),
    "night": (
        (
            "„Gute Nacht, {hero}“, murmelte {friend} mit halb geschlossenen Augen",
            "„Gute Nacht“, flüsterte {hero}, „und danke für diesen Tag.“",
            (
                "Bald hörte man nur noch den langsamen, ruhigen Atem von Freunden, die etwas Wunderbares "
                "geschafft hatten"
            ),
        ),
        (
            "„Wird morgen genauso aufregend wie heute?“, fragte {friend} gähnend",
            "„Vielleicht nicht“, sagte {hero} schläfrig, „aber das ist wahrscheinlich auch gut so.“",
            "Irgendwo ganz in der Nähe schnarchte schon jemand sehr leise",
        ),
        (
            "„Was war heute das Schönste?“, fragte {friend} verschlafen",
            "„Alles“, gähnte {hero}, „sogar die schwierigen Stellen.“",
            "{friend} nickte müde, und bald träumten sie beide",
        ),
        (
            "„Glaubst du, wir erleben bald wieder ein Abenteuer?“, flüsterte {friend}",
            "„Hoffentlich“, murmelte {hero}, „aber erst nach dem Frühstück.“",
            "Sie kicherten leise, bis aus dem Kichern ein Gähnen wurde",
        ),
        (
            "„Danke, dass du heute nicht aufgegeben hast“, sagte {friend} leise",
            "„Danke, dass du bei mir geblieben bist“, antwortete {hero}",
            "Es war genau das Richtige am Ende eines solchen Tages",
        ),
    ),
}

FEELINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "curious": (
        (
            "Eine prickelnde Neugier stieg in {hero} auf",
            "Jemand war heimlich freundlich, und {hero} wollte unbedingt wissen, wer",
        ),
        (
            "{hero} konnte es kaum erwarten, mehr herauszufinden",
            "Ein Rätsel mit einer freundlichen Lösung ist das beste",
        ),
        (
            "{hero} spürte ein kleines Kribbeln",
            "Es war wie die erste Seite eines Buches, das noch niemand gelesen hatte",
        ),
        ("Fragen summten {hero} durch den Kopf wie freundliche Bienen", "Wer, wie und vor allem warum?"),
        (
            "{hero} lächelte ein kleines, heimliches Lächeln",
            "Wer auch immer es war, wollte bestimmt niemandem Angst machen",
        ),
        (
            "{hero} war hellwach und voller Pläne",
            "Irgendwo ganz in der Nähe wartete eine Antwort darauf, gefunden zu werden",
        ),
    ),
    "calm": (
        (
            "{hero} war ruhig und neugierig, so wie am Anfang eines guten Buches",
            (
                "Alles Mögliche konnte als Nächstes passieren, und dieser Gedanke war eher aufregend als "
                "beängstigend"
            ),
        ),
        (
            "Ein warmes, zufriedenes Gefühl breitete sich in {hero} aus",
            "Solche Tage gab es nicht oft, und {hero} wollte jede Minute davon genießen",
        ),
        (
            "{hero} war froh über so gute Gesellschaft",
            "Allein auf Entdeckungsreise zu gehen wäre spannend gewesen, aber zusammen war es viel schöner",
        ),
        (
            "Ausnahmsweise hatte {hero} überhaupt keine Eile",
            "Es gab Zeit, genau hinzusehen, zuzuhören und über Dinge zu staunen",
        ),
        (
            "{hero} atmete langsam ein und war plötzlich hellwach",
            "Jedes Geräusch und jede Farbe wirkten ein bisschen kräftiger als sonst",
        ),
        (
            "{hero} fühlte sich wunderbar leicht, als könnte man stundenlang so weiterlaufen",
            "In so fröhlicher Gesellschaft war schlechte Laune einfach unmöglich",
        ),
        (
            "Ein stilles Glück machte sich in {hero} breit",
            "Es war die Art von Glück, die keinen besonderen Grund braucht",
        ),
        (
            "{hero} war geduldig und fröhlich, und das kommt nicht jeden Tag vor",
            "Sogar kleine Dinge, wie ein lustiges Geräusch oder eine seltsame Form, waren einen Halt wert",
        ),
        (
            "Eine Blase aus Aufregung stieg in {hero} auf",
            "Irgendetwas sagte {hero}, dass man sich an diesen Tag erinnern würde",
        ),
        (
            "{hero} fühlte sich vollkommen zu Hause",
            (
                "Es ist ein schönes Gefühl, genau dort zu sein, wo man sein möchte, und in genau der "
                "richtigen Gesellschaft"
            ),
        ),
    ),
    "worried": (
        (
            "{hero} spürte einen schweren Knoten aus Sorge mitten in der Brust",
            "Es war die Art von Sorge, bei der die Gedanken immer im Kreis laufen",
        ),
        (
            "Ein kaltes, unsicheres Gefühl beschlich {hero}",
            "Heute Morgen war alles so einfach gewesen, und jetzt war gar nichts mehr einfach",
        ),
        (
            "{hero} schluckte schwer und versuchte, sich die Sorge nicht anmerken zu lassen",
            "Irgendjemand musste ruhig bleiben, und {hero} beschloss, dieser Jemand zu sein",
        ),
        (
            "Die Enttäuschung lag auf {hero} wie ein schwerer, nasser Mantel",
            (
                "Trotzdem beharrte eine kleine, sture Stimme darauf, dass die Geschichte hier noch nicht zu "
                "Ende war"
            ),
        ),
        (
            "Eine kleine, besorgte Stimme in {hero} fragte immer wieder, was als Nächstes passieren würde",
            "{hero} gab sich große Mühe, nicht auf sie zu hören",
        ),
        (
            "{hero} hatte ein unruhiges Kribbeln im Bauch",
            "So fühlt es sich an, wenn man nicht weiß, wie etwas ausgehen wird",
        ),
        (
            "Auf einmal kam {hero} alles riesengroß vor",
            "Das Problem schien gewachsen zu sein, während keiner hingesehen hatte",
        ),
    ),
    "busy": (
        (
            "{hero} war fest entschlossen, auch wenn niemand wusste, was als Nächstes geschehen würde",
            "Jeder Schritt nach vorn, so klein er auch war, brachte sie dem Ziel ein Stück näher",
        ),
        (
            "Im Bauch von {hero} tanzte ein aufgeregtes Kribbeln",
            "Es war beängstigend und spannend zugleich, und genau so fühlen sich Abenteuer oft an",
        ),
        (
            "{hero} konzentrierte sich so sehr, dass alles andere zu verschwinden schien",
            "Jetzt zählte nur noch das Problem, und {hero} wollte es unbedingt lösen",
        ),
        (
            "Im Kopf von {hero} wechselten sich Hoffnung und Zweifel ab",
            "Immer wenn der Zweifel zu gewinnen drohte, dachte {hero} an das Ziel und ging weiter",
        ),
        (
            "{hero} war müde, aber nicht müde genug, um aufzugeben",
            "Sturheit, sagte Opa immer, ist manchmal eine sehr nützliche Sache",
        ),
        (
            "Die Neugier zog {hero} vorwärts wie ein unsichtbarer Faden",
            "Was mochte weiter vorn warten, und würde es ihnen helfen oder alles schwerer machen?",
        ),
        (
            "{hero} war ein wenig nervös, aber vor allem ungeduldig",
            "Herumsitzen und warten gehörte noch nie zu den Stärken von {hero}",
        ),
        (
            "{hero} versuchte angestrengt, wie ein Detektiv zu denken",
            "Detektive bemerken die kleinen Dinge, an denen alle anderen einfach vorbeilaufen",
        ),
        (
            "Eine neue Idee begann im Kopf von {hero} zu wachsen, langsam, wie ein Samenkorn",
            "Sie war noch nicht fertig, aber {hero} spürte schon, wie sie größer wurde",
        ),
        (
            "{hero} war mutiger als sonst, und das war eine angenehme Überraschung",
            "Vielleicht ist Mut etwas, das immer dann wächst, wenn man ihn braucht",
        ),
        (
            "{hero} spürte einen Funken sturer Hoffnung",
            "Er war klein, aber er weigerte sich auszugehen, ganz egal, wie schwierig es wurde",
        ),
        (
            "{hero} war verärgert, versuchte aber, es nicht zu zeigen",
            "Schimpfen würde nichts lösen, und alle gaben sich die größte Mühe",
        ),
        (
            "Plötzlich spürte {hero} eine große Verantwortung",
            "Die anderen verließen sich auf {hero}, und das war ein wichtiges Gefühl",
        ),
        (
            "{hero} war hellwach und zu allem bereit",
            "Jedes neue Problem war einfach ein weiteres Rätsel",
        ),
        (
            "Ein kleiner, sturer Funke ließ {hero} weitermachen",
            "Jetzt aufzugeben hieße, nie zu erfahren, wie die Geschichte ausging",
        ),
        (
            "{hero} spürte ein aufgeregtes Kribbeln",
            "Irgendwo ganz in der Nähe wartete die Antwort darauf, gefunden zu werden",
        ),
        (
            "{hero} war ein bisschen außer Atem, aber glücklich",
            "Mit etwas Wichtigem beschäftigt zu sein, macht auf gute Art müde",
        ),
    ),
    "glad": (
        (
            "Das Glück sprudelte in {hero} wie Limonade",
            "Alle Sorgen des Tages lösten sich in einem einzigen Augenblick auf",
        ),
        (
            "{hero} war stolz, aber vor allem erleichtert",
            "Das Problem, das so riesig ausgesehen hatte, war endlich gelöst",
        ),
        (
            "{hero} konnte nicht aufhören zu lächeln",
            "Es war die Art von Lächeln, die in den Zehen anfängt und in den Ohren aufhört",
        ),
        (
            "Eine wunderbare Leichtigkeit erfüllte {hero} von Kopf bis Fuß",
            (
                "Alles, was sie versucht hatten, sogar das, was schiefgegangen war, hatte zu diesem Moment "
                "geführt"
            ),
        ),
        (
            "{hero} hatte Lust zu tanzen und tanzte nach einer Weile tatsächlich los",
            "Niemand störte sich daran, dass es der albernste Tanz war, den man je gesehen hatte",
        ),
        (
            "Tief im Inneren staunte {hero} darüber, wie der Tag ausgegangen war",
            "Heute Morgen hätte sich {hero} ein solches Ende niemals vorstellen können",
        ),
        (
            "{hero} fühlte sich leicht wie ein Luftballon",
            "Alle Sorgen des Tages waren davongeflogen",
        ),
        (
            "Ein großes, warmes Glücksgefühl breitete sich in {hero} aus",
            "Die ganze Mühe hatte sich gelohnt",
        ),
    ),
    "night": (
        (
            "{hero} war auf die schönste Art müde",
            "Es war die Müdigkeit, die nach einem langen Tag voller wichtiger Dinge kommt",
        ),
        (
            "{hero} fühlte sich sicher, warm und geborgen",
            "Morgen konnte bringen, was es wollte, denn dieser Tag hatte gereicht",
        ),
        (
            "{hero} fühlte sich ruhig und geborgen",
            "Der Tag war lang gewesen, aber er endete genau richtig",
        ),
        (
            "Ein schläfriges Glück hüllte {hero} ein wie eine Umarmung",
            "Es gab überhaupt nichts mehr, worüber man sich Sorgen machen musste",
        ),
        (
            "{hero} war stolz und sehr, sehr müde",
            "Einen ganzen Tag lang mutig und klug zu sein, ist anstrengend",
        ),
        (
            "{hero} fielen die Augen von ganz allein zu",
            "Es war wirklich ein großer Tag gewesen",
        ),
    ),
}

MOMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "curious": (
        ("Alle beugten sich nah heran", "Niemand wollte auch nur die kleinste Kleinigkeit verpassen"),
        (
            "Einen Moment lang sagte niemand etwas, aber alle lächelten",
            "Ein Geheimnis konnte offenbar etwas Schönes sein",
        ),
        (
            "Der Tag fühlte sich plötzlich voller Möglichkeiten an",
            "Alles Mögliche konnte als Nächstes passieren",
        ),
        ("Alle fingen gleichzeitig an zu raten", "Manche Vermutungen waren klug, manche herrlich albern"),
        ("Sie sahen sich mit wachen, neugierigen Augen um", "In jeder Ecke konnte ein Hinweis stecken"),
    ),
    "calm": (
        ("Die Zeit schien langsamer zu vergehen, wie manchmal an den allerschönsten Tagen",),
        ("Mit {friends} gab es schon in allen Richtungen spannende Dinge zu entdecken",),
        ("Ringsum wirkte alles so friedlich, als könnte gar nichts schiefgehen",),
        ("Es war einer dieser Orte, an denen man viel länger bleiben möchte als geplant",),
        ("Niemand hatte es eilig, und dadurch fühlte sich alles noch besonderer an",),
        ("Es gab so viele spannende Dinge zu sehen, dass man kaum wusste, wo man anfangen sollte",),
        ("Ausnahmsweise gab es nichts zu lösen, nichts zu finden und kein bestimmtes Ziel",),
        ("Es war so still, dass man die eigenen Schritte hörte und sogar die eigenen Gedanken",),
        ("Alle schienen besonders gute Laune zu haben, und gute Laune ist ansteckend",),
        ("Es fühlte sich an wie der Anfang von etwas, auch wenn niemand hätte sagen können, wovon",),
        ("Jemand summte eine fröhliche Melodie, und bald summten alle mit",),
        ("Die Stunden vergingen wie Minuten, so wie immer, wenn man Spaß hat",),
        (
            "Eine kleine Weile sagte niemand etwas",
            "Es war eine freundliche Stille, eine, die keine Worte braucht",
        ),
        (
            "Sie ließen sich Zeit und sahen sich in Ruhe um",
            "Es gab so viel mehr zu sehen, wenn niemand es eilig hatte",
        ),
        (
            "Alles wirkte friedlich und gemächlich",
            "Sogar das Problem konnte ein paar Minuten warten",
        ),
    ),
    "worried": (
        (
            "Einen langen Moment bewegte sich niemand, und niemand wusste, was er sagen sollte",
            "Selbst das leiseste Geräusch klang laut in dieser schweren Stille",
        ),
        (
            "Die fröhliche Stimmung des Morgens war so schnell verschwunden wie eine Seifenblase",
            "Alle dachten dasselbe, aber niemand wollte es als Erstes aussprechen",
        ),
        (
            "Selbst von {friends} war kein Wort mehr zu hören, und das war nie ein gutes Zeichen",
            "Jemand seufzte, und jemand anderes starrte angestrengt auf den Boden",
        ),
        (
            "Plötzlich kam ihnen der Weg, der noch vor ihnen lag, viel länger vor als vorher",
            "Jeder Schritt fühlte sich ein bisschen schwerer an als der letzte",
        ),
        (
            "Ganz in der Nähe knarrte etwas, und alle zuckten zusammen",
            "Es war gar nichts, aber niemand lachte",
        ),
        (
            "Die fröhlichen Pläne vom Morgen schienen jetzt sehr weit weg",
            "Keiner wusste mehr so recht, warum alles so einfach ausgesehen hatte",
        ),
        (
            "Eine Weile hörte man nur den eigenen langsamen Atem",
            "Keiner wollte als Erster aussprechen, was alle dachten",
        ),
    ),
    "busy": (
        ("Sie suchten schon sehr lange, und der Weg war noch weit",),
        ("Alle paar Schritte blieb jemand stehen, um nachzusehen, ob noch alle beisammen waren",),
        ("Nichts lief so, wie es alle erwartet hatten, aber niemand wollte aufgeben",),
        ("Je weiter sie kamen, desto seltsamer und spannender wurde alles",),
        ("Irgendwo dort vorn lag die Antwort, die sie brauchten, wenn sie sie nur finden könnten",),
        ("Es war harte Arbeit, und niemand tat so, als wäre es anders",),
        ("Kleine Entdeckungen hielten sie bei Laune, auch wenn die große noch weit weg schien",),
        (
            (
                "Niemand wusste mehr genau, wie lange sie schon unterwegs waren, aber es fühlte sich wie "
                "eine Ewigkeit an"
            ),
        ),
        ("Alle bemerkten unterschiedliche Dinge, und zusammen bemerkten sie fast alles",),
        ("Nach und nach kam ihnen der fremde Ort ein wenig vertrauter vor",),
        ("Ihre Schatten begleiteten sie treu bei jedem Schritt",),
        ("Jede Frage führte zu einer neuen Frage, und genau so lernen echte Entdecker",),
        ("Ihr Plan änderte sich ständig, aber einen Plan zu ändern ist nicht dasselbe wie aufzugeben",),
        ("Ab und zu hatte jemand eine neue Idee, und alle blieben stehen, um zuzuhören",),
        (
            "Alle hatten eine Aufgabe, und alle erledigten sie",
            "Niemand musste zweimal gebeten werden",
        ),
        (
            "Unterwegs flüsterten sie schnell und aufgeregt miteinander",
            "Jede Idee war es wert, wenigstens einmal ausprobiert zu werden",
        ),
        (
            "Schritt für Schritt ging die Suche weiter",
            "Mal langsam, mal schnell, aber immer vorwärts",
        ),
    ),
    "glad": (
        (
            "Einen Augenblick lang standen alle einfach still und konnten es kaum glauben",
            "Dann begann der Jubel, und er hörte sehr lange nicht auf",
        ),
        (
            "Bald redeten alle durcheinander und erzählten die Geschichte des Tages von Anfang an",
            "Jeder erinnerte sich ein bisschen anders daran, und das machte sie noch lustiger",
        ),
        (
            "Der ganze Ort schien mit ihnen zu feiern",
            (
                "Sogar die Dinge, die heute Morgen schwierig ausgesehen hatten, wirkten jetzt freundlich "
                "und vertraut"
            ),
        ),
        (
            "Jemand fing an zu lachen, und bald lachten alle",
            "Es war die Art von Lachen, die vor allem aus Erleichterung kommt",
        ),
        (
            "Alle wollten die ganze Geschichte noch einmal hören, von Anfang an",
            "Jedes Mal, wenn sie erzählt wurde, wuchs die Geschichte ein kleines bisschen",
        ),
        (
            "Umarmungen wurden verteilt wie Geschenke",
            "Niemand ging leer aus, nicht einmal der Kleinste",
        ),
        (
            "Es war, als hätte der ganze Tag die Luft angehalten und könnte endlich wieder atmen",
            "Alles war wieder leicht und einfach",
        ),
    ),
    "night": (
        (
            "Draußen war die Welt still und ruhig geworden, als würde auch sie sich schlafen legen",
            "Der lange, aufregende Tag ging endlich sanft zu Ende",
        ),
        (
            "Eines nach dem anderen gingen die Lichter aus, und die Stimmen wurden leiser",
            "Es war ein Tag gewesen, den so schnell niemand vergessen würde",
        ),
        (
            "Alles wurde still, ein kleines Geräusch nach dem anderen",
            "Bald blieb nur noch die sanfte Ruhe der Nacht",
        ),
        (
            "Die Augen wurden schwer und das Gähnen immer länger",
            "Lange würde niemand mehr wach bleiben",
        ),
        (
            "Das Abenteuer des Tages war vorbei, aber vergessen war es nicht",
            "Es würde in ihren Träumen warten, bereit, noch einmal erlebt zu werden",
        ),
        (
            "Alle kuschelten sich ein, warm und geborgen",
            "Der viele Trubel hatte sie auf die schönste Art müde gemacht",
        ),
    ),
}

THREADS: tuple[Thread, ...] = (
    Thread(
        start=(
            (
                "{pal} kannte ein Rätsel, das noch nie jemand gelöst hatte: „Was wird größer, je mehr man "
                "wegnimmt?“"
            ),
            "{hero} versuchte schon seit Tagen, die Antwort zu erraten, aber ohne jeden Erfolg",
        ),
        middle=(
            "„Ist es ein Schatten?“, riet {hero}, aber {pal} lächelte nur geheimnisvoll und sagte nichts",
            "Sogar mitten in der Suche dachte {hero} immer wieder über das Rätsel nach",
            (
                "„Ist es ein Berg Wäsche?“, versuchte es {hero}, und {pal} lachte so sehr, dass alle "
                "anderen mitlachen mussten"
            ),
            "Allmählich vermutete {hero}, dass das Rätsel von {pal} gar keine Antwort hatte",
            "„Dein Rätsel habe ich übrigens nicht vergessen“, warnte {hero}",
        ),
        payoff=(
            "Plötzlich blieb {hero} mitten im Trubel stehen und rief: „Ein Loch! Die Antwort ist ein Loch!“",
            "{pal} klatschte begeistert in die Hände, denn nach all den Tagen war das Rätsel endlich gelöst",
        ),
        epilogue=(
            "„Kennst du noch mehr Rätsel?“, fragte {hero} vor dem Einschlafen, und {pal} versprach ein "
            "neues für morgen"
        ),
    ),
    Thread(
        start=(
            (
                "Versteckt in der Tasche von {hero} steckte ein halb fertiges Freundschaftsband, eine "
                "Überraschung für {pal}"
            ),
            "{hero} wollte es heimlich fertig knüpfen, Knoten für Knoten, immer wenn gerade niemand hinsah",
        ),
        middle=(
            "Immer wenn {pal} wegschaute, knüpfte {hero} schnell einen weiteren Knoten in das geheime Band",
            (
                "Einmal hätte {pal} das Band beinahe entdeckt, und {hero} musste so tun, als würde es am "
                "Ohr jucken"
            ),
            "Das Band wurde immer länger, mit Streifen in allen Farben, die {hero} finden konnte",
            (
                "{hero} tastete wieder nach der Tasche, nur um sicherzugehen, dass das Band noch gut "
                "versteckt war"
            ),
            "Jetzt fehlten nur noch ein paar Knoten, und {hero} konnte es kaum erwarten",
        ),
        payoff=(
            (
                "Als der richtige Moment gekommen war, holte {hero} das fertige Band aus der Tasche und "
                "schenkte es {pal}"
            ),
            (
                "„Das hast du die ganze Zeit für mich gemacht?“, fragte {pal} und trug es den ganzen Abend "
                "voller Stolz"
            ),
        ),
        epilogue=(
            "Das Freundschaftsband blieb die ganze Nacht am Handgelenk von {pal}, und {hero} schlief "
            "lächelnd ein"
        ),
    ),
    Thread(
        start=(
            (
                "{pal} versuchte seit Wochen, pfeifen zu lernen, aber es kam immer nur ein trauriges "
                "kleines Pusten heraus"
            ),
            (
                "„Eines Tages pfeife ich lauter als alle anderen“, versprach {pal}, und {hero} versprach zu "
                "helfen"
            ),
        ),
        middle=(
            "{pal} versuchte es wieder und brachte ein Geräusch hervor, das wie ein müder Luftballon klang",
            (
                "„Die Lippen runder“, riet {hero} und machte es vor, und {pal} versuchte es mit großem "
                "Eifer noch einmal"
            ),
            "Hin und wieder kam aus der Richtung von {pal} ein winziges, hoffnungsvolles Quietschen",
            "{hero} bemerkte, dass {pal} heimlich übte, wenn gerade niemand zuzuhören schien",
            "Das Quietschen wurde immer besser, und {hero} hob aufmunternd den Daumen",
        ),
        payoff=(
            (
                "Dann, mitten in all der Freude, spitzte {pal} die Lippen und pfiff einen klaren, lauten, "
                "perfekten Ton"
            ),
            "Alle jubelten, und {hero} hatte {pal} noch nie so stolz strahlen sehen",
        ),
        epilogue="Irgendwo aus der Dunkelheit kam noch ein letzter, ganz leiser, sehr stolzer Pfiff",
    ),
    Thread(
        start=(
            (
                "{hero} hatte immer ein kleines Notizbuch dabei, um eine Karte von jedem erkundeten Ort zu "
                "zeichnen"
            ),
            "Heute war die erste Seite noch ganz leer, und {hero} wollte sie unbedingt füllen",
        ),
        middle=(
            "{hero} hielt kurz an, um ein paar sorgfältige Linien in die Karte im Notizbuch einzuzeichnen",
            (
                "{pal} schaute {hero} über die Schulter und schlug vor, überall dort einen kleinen Stern zu "
                "malen, wo etwas Spannendes passiert war"
            ),
            "Die Karte hatte jetzt Pfeile, Fragezeichen und drei kleine Sterne",
            "{hero} zeichnete den bisherigen Weg ein und staunte, wie weit sie schon gekommen waren",
            "{pal} malte ein winziges Selbstporträt in eine Ecke der Karte, und {hero} musste lachen",
        ),
        payoff=(
            (
                "Danach machten {hero} und {pal} die Karte gemeinsam fertig und malten einen großen "
                "goldenen Stern an die Stelle, wo das Problem gelöst worden war"
            ),
            (
                "Es war die beste Karte, die {hero} je gemacht hatte, und sie beschlossen, sie an die Wand "
                "zu hängen"
            ),
        ),
        epilogue="Die Karte hing an der Wand und hatte noch viel Platz für das nächste Abenteuer",
    ),
    Thread(
        start=(
            "{pal} hatte gewettet, dass {hero} es keinen ganzen Tag lang schaffen würde, ernst zu bleiben",
            (
                "{hero} hatte sofort eingeschlagen und das ernsteste Gesicht aufgesetzt, das man je "
                "gesehen hatte"
            ),
        ),
        middle=(
            (
                "Immer wenn niemand hinsah, schnitt {pal} eine Grimasse, und {hero} musste sich ganz "
                "fest auf die Lippe beißen"
            ),
            "Das ernste Gesicht von {hero} wackelte kurz, aber es hielt",
            (
                "{pal} flüsterte einen Witz über ein Gespenst mit Schluckauf, und {hero} hustete "
                "schnell, um nicht zu lachen"
            ),
            "Zweimal hätte {hero} beinahe gekichert, und zweimal wurde aus dem Kichern ein Niesen",
            "{pal} gingen die Tricks aus, aber nicht die Hoffnung",
        ),
        payoff=(
            (
                "Mitten im Jubel machte {pal} einen winzigen, sehr albernen Tanz, und {hero} prustete "
                "endlich los"
            ),
            "„Du hast gewonnen“, kicherte {hero}, und {pal} verbeugte sich lange und sehr feierlich",
        ),
        epilogue="Sogar beim Einschlafen musste {hero} noch über den albernen kleinen Tanz kichern",
    ),
    Thread(
        start=(
            "{pal} hatte beschlossen, jedes einzelne Lachen des Tages zu zählen",
            "{hero} fand die Idee wunderbar und versprach, beim Zählen zu helfen",
        ),
        middle=(
            "„Das sind schon drei Lacher“, verkündete {pal} stolz",
            "{hero} verlor kurz den Überblick, {pal} aber natürlich nicht",
            "Sogar im schwierigsten Moment zählte {pal} ein kleines, tapferes Lachen",
            "„Zählen wir noch?“, fragte {hero}, und {pal} sagte, die Zahl sei schon riesig",
            "Ab und zu flüsterte {pal} die neue Zahl, damit niemand sie vergaß",
        ),
        payoff=(
            (
                "Als am Ende alle jubelten, gab {pal} das Zählen ganz auf, weil es einfach viel zu "
                "viele Lacher waren"
            ),
            "„Zu viele zum Zählen“, verkündete {pal}, „und das ist die allerschönste Zahl.“",
        ),
        epilogue=(
            "Das allerletzte Lachen des Tages kam von {hero}, leise und verschlafen, und "
            "{pal} zählte es auch noch"
        ),
    ),
)

# Was eine Seite sagt, während das Problem noch ungelöst ist, je Problemform (siehe chapters.py).
SHAPE_EXCHANGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "lost": (
        (
            "„Denken wir doch einmal wie das, was wir suchen“, schlug {friend} vor",
            "„Wo wäre ich, wenn ich verloren gegangen wäre?“, überlegte {hero} laut",
            "Niemand kannte die Antwort, aber es war eine lustige Frage",
        ),
        (
            "„Ich glaube, da drüben ist etwas!“, rief {friend}",
            "„Schauen wir nach, aber vielleicht ist es nur ein Schatten“, sagte {hero} und eilte hinüber",
            "Leider nicht das Richtige, nur etwas, das von Weitem ein bisschen so aussah",
        ),
        (
            "„Wir haben schon überall zweimal gesucht“, seufzte {friend}",
            "„Dann klappt es eben beim dritten Mal“, sagte {hero}",
            "{friend} war nicht sicher, ob das Glück so funktionierte, wollte es aber versuchen",
        ),
        (
            "„Weißt du noch ganz genau, wie das aussieht, was wir suchen?“, fragte {hero}",
            "„Bis ins kleinste Detail“, sagte {friend} und beschrieb alles noch einmal",
            "Danach schauten alle ein bisschen genauer hin",
        ),
        (
            "„Wo waren wir heute Morgen überall?“, fragte {friend}",
            "„Erst zu Hause und dann hier in der Gegend“, sagte {hero} und zählte an den Fingern ab",
            "Also gingen sie den ganzen Morgen noch einmal durch, Stunde für Stunde",
        ),
        (
            "„Dinge gehen nie richtig verloren, sie sind nur woanders“, sagte {friend} weise",
            "„Dann finden wir eben heraus, wo dieses Woanders ist“, lachte {hero}",
            "Daraus wurde eine Art Spiel, und mit dem Spiel ging das Suchen leichter",
        ),
        (
            "„Sollen wir uns aufteilen?“, fragte {friend}",
            "„Nein“, sagte {hero}, „wir suchen zusammen oder gar nicht.“",
            "{friend} atmete erleichtert auf und wich {hero} nicht mehr von der Seite",
        ),
        (
            "„Und wenn schon jemand anderes hier vorbeigekommen ist?“, überlegte {friend}",
            "„Dann fragen wir alle, die uns begegnen“, beschloss {hero}",
            "Von da an kam niemand an ihnen vorbei, ohne ein oder zwei höfliche Fragen zu hören",
        ),
        (
            "„Ich suche immer an denselben Stellen“, stöhnte {friend}",
            "„Ich auch, also suchen wir dort, wo wir sonst nie suchen würden“, sagte {hero}",
            "Es klang ein bisschen albern, aber es war die nützlichste Idee, die bisher jemand gehabt hatte",
        ),
    ),
    "broken": (
        (
            "„Wenn wir nur wüssten, wie es genau geht“, sagte {friend}",
            "„Wir haben unsere Hände und unsere Köpfe“, sagte {hero}, „das ist schon ein guter Anfang.“",
            "{friend} lachte, musste aber zugeben, dass das stimmte",
        ),
        (
            "„Dieses Teil passt nirgendwo hin“, sagte {friend} und hielt es hoch",
            "„Vielleicht gehört es andersherum“, meinte {hero}",
            "So war es, und einen Moment lang kamen sich beide ungeheuer schlau vor",
        ),
        (
            "„Glaubst du, man sieht nachher noch, dass es kaputt war?“, fragte {friend}",
            (
                "„Vielleicht ein bisschen, aber es wird wieder funktionieren“, sagte {hero}, „und "
                "darauf kommt es an.“"
            ),
            "Diese Antwort hatte etwas Tröstliches",
        ),
        (
            "„Darf ich das nächste Stück machen?“, fragte {friend}",
            "„Klar, wir wechseln uns ab“, sagte {hero} und trat einen Schritt zurück",
            "Abwechseln machte die Arbeit langsamer, aber viel lustiger",
        ),
        (
            "„Glaubst du, man kann das wirklich reparieren?“, fragte {friend}",
            "„Fast alles lässt sich reparieren, wenn man genug Geduld hat“, sagte {hero}",
            "{friend} nickte und versprach, sich ganz viel Zeit zu lassen",
        ),
        (
            "„Womit fangen wir an?“, fragte {friend}",
            "„Mit dem, was zuerst kaputtgegangen ist“, sagte {hero}, „und dann mit dem Nächsten.“",
            "Der Reihe nach wirkte die ganze Aufgabe gleich viel weniger schlimm",
        ),
        (
            "„Halt das bitte ganz fest“, sagte {hero}",
            "„So?“, fragte {friend} und rührte sich nicht",
            "Genau so, und das nächste Teil rutschte ordentlich an seinen Platz",
        ),
        (
            "„Hoppla, ich glaube, ich habe es ein bisschen schlimmer gemacht“, gab {friend} zu",
            (
                "„Dann machen wir den letzten Schritt rückgängig und versuchen es noch einmal“, "
                "sagte {hero} ruhig"
            ),
            "Das dauerte eine Weile, aber der zweite Versuch klappte viel besser",
        ),
        (
            "„Wie ist das überhaupt kaputtgegangen?“, überlegte {friend}",
            "„Wenn wir das herausfinden, können wir verhindern, dass es wieder passiert“, sagte {hero}",
            "Also sahen sie sich jeden Riss und jedes lose Teil ganz genau an",
        ),
    ),
    "need": (
        (
            "„Und wenn unsere Hilfe gar nicht erwünscht ist?“, fragte {friend}",
            "„Dann warten wir in der Nähe, bis sie es ist“, sagte {hero}",
            "Geduldig zu warten war, wie sich herausstellte, auch eine Art zu helfen",
        ),
        (
            "„Vielleicht ist hier jemand hungrig“, flüsterte {friend}",
            "„Oder müde, oder einfach sehr einsam“, flüsterte {hero}",
            "Sie beschlossen, bei allen dreien zu helfen, sicherheitshalber",
        ),
        (
            "„Wir sollten unsere Namen sagen“, meinte {friend}",
            "„Gute Idee“, sagte {hero}, „Freundschaften fangen immer mit Namen an.“",
            "Also stellten sie sich vor, ganz leise und sehr höflich",
        ),
        (
            "„Wie gut, dass wir hier entlanggekommen sind“, sagte {friend}",
            "„Ja, sonst hätte es niemand bemerkt“, sagte {hero}",
            "Es war seltsam, daran zu denken, dass sie beinahe achtlos vorbeigekommen wären",
        ),
        (
            "„Glaubst du, wir sind zu laut?“, flüsterte {friend}",
            "„Vielleicht ein bisschen, also bewegen wir uns langsam und sprechen leise“, sagte {hero}",
            "Sie kamen ganz behutsam näher, ohne eine einzige hastige Bewegung",
        ),
        (
            "„Was wird jetzt wohl am dringendsten gebraucht?“, fragte {friend}",
            "„Ein bisschen Aufmerksamkeit“, sagte {hero}, „und damit haben wir schon angefangen.“",
            "Es tat gut zu wissen, dass der erste Schritt schon geschafft war",
        ),
        (
            "„Sollen wir einen Erwachsenen holen?“, fragte {friend}",
            "„Schauen wir erst, was wir selbst tun können, und holen Hilfe, wenn es nötig ist“, sagte {hero}",
            "Das fanden alle vernünftig",
        ),
        (
            "„Wie würdest du dich fühlen, so ganz ohne jemanden?“, fragte {hero}",
            "„Sehr klein und sehr traurig“, sagte {friend} leise",
            "Danach musste niemand mehr daran erinnert werden, freundlich zu sein",
        ),
        (
            "„Ich glaube, das Vertrauen wächst langsam“, sagte {friend}",
            "„Dann dürfen wir es auf keinen Fall enttäuschen“, antwortete {hero}",
            "Sie nahmen das sehr ernst, so wie es richtige Helfer tun",
        ),
    ),
    "fear": (
        (
            "„Und wenn es drinnen noch gruseliger ist?“, fragte {friend}",
            "„Und wenn es gar nicht gruselig ist?“, antwortete {hero}",
            "An diese Möglichkeit hatte noch niemand gedacht",
        ),
        (
            "„Bleibst du dicht bei mir?“, fragte {friend}",
            "„So dicht wie ein Schatten“, versprach {hero}",
            "Und sie blieben wirklich dicht beieinander, vom Anfang bis zum Ende",
        ),
        (
            "„Glaubst du, mutige Leute haben auch manchmal Angst?“, fragte {friend}",
            "„Ständig, glaube ich, deshalb brauchen sie ja Mut“, sagte {hero}",
            "So hatte {friend} das noch nie gesehen",
        ),
        (
            "„Ich höre meine Knie schlottern“, scherzte {friend}",
            "„Das ist nur dein Mut, der sich aufwärmt“, scherzte {hero} zurück",
            "Scherzen vertrieb die Angst nicht, aber es machte sie kleiner",
        ),
        (
            "„Hast du Angst?“, fragte {friend}",
            "„Ja“, gab {hero} zu, „aber Angst haben heißt nicht stehen bleiben.“",
            "Darüber dachte {friend} lange nach",
        ),
        (
            "„Was ist das Schlimmste, was passieren kann?“, fragte {hero}",
            "„Dass etwas herausspringt und uns erschreckt“, sagte {friend}, und beide kicherten nervös",
            "Laut ausgesprochen klang es gleich viel weniger schrecklich",
        ),
        (
            "„Wir zählen bis drei, und dann geht es los“, schlug {friend} vor",
            "„Eins, zwei, zweieinhalb“, zählte {hero}, und beide prusteten los",
            "Das Lachen half viel mehr als das Zählen",
        ),
        (
            "„Mein Herz klopft ganz schnell“, flüsterte {friend}",
            "„Meins auch, dann sind wir quitt“, flüsterte {hero}",
            "Irgendwie war es leichter, sich zu zweit zu fürchten als allein",
        ),
        (
            "„Wir könnten immer noch umkehren“, sagte {friend}",
            "„Könnten wir“, gab {hero} zu, „aber dann wüssten wir nie, was dort wirklich ist.“",
            "Es nicht zu wissen, beschlossen sie, war schlimmer, als es herauszufinden",
        ),
    ),
    "wish": (
        (
            "„Glaubst du, ein Wunsch kann zu groß sein?“, fragte {friend}",
            "„Nur, wenn es niemand versucht“, sagte {hero}",
            "Danach wirkte der Wunsch gar nicht mehr so riesig",
        ),
        (
            "„Was ist das Wichtigste an unserem Plan?“, fragte {hero}",
            "„Die Überraschung am Ende“, sagte {friend} entschieden",
            "Alle waren sich einig, dass die Überraschung das Beste war",
        ),
        (
            "„Pst, das muss ein Geheimnis bleiben, bis es fertig ist“, flüsterte {friend}",
            "„Ich schweige wie ein Grab“, flüsterte {hero}",
            "Ein fröhliches Geheimnis zu bewahren ist schwerer, als man denkt",
        ),
        (
            "„Ich stelle mir ständig vor, was alle für Gesichter machen werden“, sagte {friend}",
            "„Ich auch, und das gibt mir Kraft“, sagte {hero}",
            "Schon der Gedanke daran ließ sie ein bisschen schneller arbeiten",
        ),
        (
            "„Glaubst du, dass Wünsche wirklich in Erfüllung gehen?“, fragte {friend}",
            "„Manche schon, wenn jemand ein bisschen nachhilft“, sagte {hero}",
            "Und genau das hatten sie sich vorgenommen",
        ),
        (
            "„Und wenn wir es falsch machen?“, sorgte sich {friend}",
            "„Dann haben wir einen Wunsch fast erfüllt, und das ist besser als nichts“, sagte {hero}",
            "{friend} musste zugeben, dass das stimmte",
        ),
        (
            "„Wie lange dieser Wunsch wohl schon wartet?“, fragte sich {friend}",
            "„Viel zu lange“, sagte {hero}, „also beeilen wir uns.“",
            "Das musste man niemandem zweimal sagen",
        ),
        (
            "„Was würdest du dir wünschen, wenn du könntest?“, fragte {hero}",
            "„Heute würde ich mir wünschen, dass dieser Wunsch in Erfüllung geht“, sagte {friend}",
            "Es war die liebste Antwort, die {hero} je gehört hatte",
        ),
        (
            "„Haben wir alles, was wir brauchen?“, fragte {friend}",
            "„Fast alles“, sagte {hero}, „und den Rest erfinden wir.“",
            "Zum Glück gehörte Erfinden zu den Dingen, die sie am besten konnten",
        ),
    ),
    "lost:glad": (
        (
            "„Ich kann gar nicht glauben, dass wir so lange gesucht haben“, sagte {friend}",
            "„Am Ende findet man alles da, wo man zuletzt sucht“, lachte {hero}",
            "Alle waren sich einig, dass das der albernste und zugleich wahrste Satz des ganzen Tages war",
        ),
        (
            "„Versprich mir, dass wir ab jetzt besser aufpassen“, sagte {friend}",
            "„Versprochen, ab jetzt passe ich doppelt gut auf“, sagte {hero}",
            "{friend} nickte zufrieden und auch ein bisschen erleichtert",
        ),
        (
            "„Wir haben uns eine Pause verdient, oder?“, fragte {friend}",
            "„Eine lange Pause, mit Proviant“, stimmte {hero} zu",
            "Suchen macht hungrig, das weiß doch jeder",
        ),
    ),
    "broken:glad": (
        (
            "„Es funktioniert!“, rief {friend}, „es funktioniert wirklich!“",
            "„Sogar besser als vorher“, sagte {hero} und sah ganz genau hin",
            "Vielleicht passiert das mit Dingen, die man mit Sorgfalt repariert",
        ),
        (
            "„Wir sollten ein Reparaturfest feiern“, schlug {friend} vor",
            "„Gute Idee, aber erst räumen wir die Teile weg“, sagte {hero}",
            "Das Aufräumen dauerte nur eine Minute, weil alle mithalfen",
        ),
        (
            "„Sollen wir eine Reparaturwerkstatt aufmachen?“, fragte {friend}",
            "„Mit allem Drum und Dran“, sagte {hero} grinsend",
            "Bei dem Gedanken mussten beide noch mehr lächeln",
        ),
    ),
    "need:glad": (
        (
            "„Schau mal, wie gut es jetzt allen geht“, flüsterte {friend}",
            "„Das ist das schönste Dankeschön, das es gibt“, flüsterte {hero}",
            "Sie schauten noch lange zu und strahlten übers ganze Gesicht",
        ),
        (
            "„Glaubst du, wir sehen uns wieder?“, fragte {friend}",
            "„Bestimmt, Freunde finden sich immer wieder“, sagte {hero}",
            "Irgendwie schien das sehr wahrscheinlich",
        ),
        (
            "„Helfen war viel schöner, als ich gedacht hatte“, sagte {friend}",
            "„Das ist es immer“, sagte {hero}, „das ist das Geheimnis.“",
            "{friend} beschloss, sich dieses Geheimnis für immer zu merken",
        ),
    ),
    "fear:glad": (
        (
            "„So gruselig war es ja gar nicht!“, lachte {friend}",
            "„Nur ein winziges bisschen, ganz am Anfang“, gab {hero} zu",
            "Sie lachten über ihre eigene Angst",
        ),
        (
            "„Ich habe das Gefühl, ich könnte jetzt alles schaffen“, sagte {friend}",
            "„Ich auch, aber vielleicht nicht alles auf einmal“, sagte {hero}",
            "Trotzdem war es ein wunderbares Gefühl",
        ),
        (
            "„Nächstes Mal gehe ich vor“, verkündete {friend}",
            "„Dann bin ich direkt hinter dir“, versprach {hero}",
            "Seltsamerweise klang das nächste Mal überhaupt nicht mehr unheimlich",
        ),
    ),
    "wish:glad": (
        (
            "„Er ist wirklich in Erfüllung gegangen!“, staunte {friend}",
            "„Weil wir ein bisschen nachgeholfen haben“, sagte {hero} strahlend",
            "Es war schwer zu sagen, wer glücklicher war",
        ),
        (
            "„Glaubst du, wir könnten eines Tages noch einen Wunsch erfüllen?“, fragte {friend}",
            "„Vielleicht sogar viele“, sagte {hero}, „einen nach dem anderen.“",
            "Der Gedanke machte den Tag noch schöner",
        ),
        (
            "„Das werde ich nie vergessen“, sagte {friend} leise",
            "„Ich auch nicht“, sagte {hero}",
            "Es gibt solche Tage, von denen man sofort weiß, dass man sich an sie erinnern wird",
        ),
    ),
}

SHAPE_FEELINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "lost": (
        (
            "{hero} fühlte sich wie bei einem sehr wichtigen Detektivfall",
            "Jeder Hinweis zählte, auch die, die ins Leere führten",
        ),
        ("Die Ungeduld packte {hero}", "Suchen dauert, und {hero} wollte sofort eine Antwort"),
        (
            "{hero} dachte daran, wie traurig es ist, etwas zu verlieren",
            "Etwas zu verlieren, das man liebt, gehört zu den schlimmsten Gefühlen überhaupt",
        ),
        (
            "{hero} bekam allmählich einen Blick fürs Suchen",
            "Augen lernen, Dinge zu bemerken, wenn man sie genug übt",
        ),
        ("Eine Frage ließ {hero} einfach keine Ruhe", "Wohin kann etwas denn einfach so verschwinden?"),
        (
            "{hero} sah immer wieder die Stelle vor sich, wo alles hätte sein sollen",
            "Davon kam zwar nichts zurück, aber es brachte neue Ideen",
        ),
        (
            "{hero} wollte nicht glauben, dass etwas für immer verschwinden kann",
            "Alles ist irgendwo, und irgendwo kann man finden",
        ),
        (
            "Ein kleiner, hoffnungsvoller Gedanke ließ {hero} weitersuchen",
            "Die nächste Stelle konnte genau die richtige sein",
        ),
    ),
    "broken": (
        (
            "{hero} spürte bei jedem Teil, das hielt, ein bisschen Stolz",
            "Kleine Erfolge summieren sich, einer nach dem anderen",
        ),
        (
            "{hero} wünschte, Reparieren ginge so schnell wie Kaputtmachen",
            "Kaputtmachen dauert eine Sekunde, Reparieren manchmal einen ganzen Tag",
        ),
        (
            "{hero} fühlte sich wie in einer echten Erfinderwerkstatt",
            "Auch Erfinder machen Fehler, und dann versuchen sie es noch einmal",
        ),
        (
            "{hero} taten die Finger ein bisschen weh, aber das machte nichts",
            "Es war die gute Müdigkeit, die kommt, wenn man etwas baut",
        ),
        (
            "{hero} spürte die stille Freude am Reparieren",
            "Jedes Teil, das passte, machte das nächste leichter",
        ),
        ("{hero} hatte Angst, alles noch schlimmer zu machen", "Vorsichtige Hände waren besser als schnelle"),
        (
            "{hero} hatte gute Ideen, aber etwas ungeschickte Finger",
            "Reparieren brauchte offenbar Nachdenken und Ausprobieren zugleich",
        ),
        ("Eine zähe Geduld überkam {hero}", "Kaputte Dinge werden nicht in Eile heil"),
    ),
    "need": (
        (
            "Eine große Sanftheit erfüllte {hero} von Kopf bis Fuß",
            "Sanft zu sein ist am Ende auch eine Art von Stärke",
        ),
        ("{hero} kam ein beunruhigender Gedanke", "Was wäre passiert, wenn niemand gekommen wäre?"),
        (
            "{hero} freute sich, nützlich zu sein",
            "Es gibt kein besseres Gefühl, als zu wissen, dass man etwas bewirkt",
        ),
        (
            "{hero} hatte einen Kloß im Hals",
            "Manchmal bringt Freundlichkeit einen ein bisschen zum Weinen, aber auf die gute Art",
        ),
        ("{hero} spürte ein warmes Mitgefühl", "Niemand sollte mit einem Problem allein bleiben"),
        (
            "{hero} fühlte sich verantwortlich, und das war ein gutes Gefühl",
            "Jemand brauchte Hilfe, und das war wichtiger als alles andere",
        ),
        (
            "{hero} hätte gern erklärt, dass sie als Freunde kamen",
            "Das musste nun die Freundlichkeit übernehmen",
        ),
        (
            "{hero} fühlte sich auf einmal erstaunlich groß",
            "Das passiert, wenn man sich um jemand Kleineren kümmert",
        ),
    ),
    "fear": (
        ("Ein Schauer lief {hero} den Rücken hinunter", "Es war kein schönes Gefühl, aber es ging vorbei"),
        ("{hero} sang im Kopf ein kleines mutiges Lied", "Lieder können Ängste wunderbar leise machen"),
        (
            "Einen Moment lang fühlte sich {hero} sehr klein",
            "Dann fiel {hero} ein, dass auch Kleine sehr mutig sein können",
        ),
        (
            "{hero} wollte weglaufen und gleichzeitig bleiben",
            "Das Bleiben gewann, und darauf war {hero} stolz",
        ),
        (
            "{hero} hatte weiche Knie, ging aber trotzdem weiter",
            "Mutig sein heißt nicht, dass die Knie aufhören zu zittern",
        ),
        ("{hero} hatte Angst und war zugleich neugierig", "Die Neugier gewann, aber nur ganz knapp"),
        (
            "{hero} holte tief Luft und hielt sie einen Moment an",
            "Dann strömte die Luft langsam wieder hinaus, und die Angst wurde ein wenig kleiner",
        ),
        (
            "{hero} merkte, dass die Angst schrumpfte",
            "Ängste wachsen, wenn man vor ihnen wegläuft, und schrumpfen, wenn man sie anschaut",
        ),
    ),
    "wish": (
        (
            "{hero} steckte voller Pläne und Ideen",
            "Es gab hundert Arten, einen Wunsch zu erfüllen, und {hero} wollte sie alle ausprobieren",
        ),
        (
            "{hero} wurde ein bisschen ungeduldig",
            "Wünsche brauchen Zeit, und {hero} wollte, dass dieser noch heute in Erfüllung ging",
        ),
        (
            "{hero} war froh, bei etwas so Besonderem dabei zu sein",
            "Nicht jeder darf einem Wunsch auf die Sprünge helfen",
        ),
        (
            "Beim Gedanken daran wurde {hero} ganz warm ums Herz",
            "Einen Wunsch zu erfüllen war fast schöner, als selbst einen erfüllt zu bekommen",
        ),
        ("Ein heimliches Kribbeln durchfuhr {hero}", "Einen Wunsch zu erfüllen ist eine Art Alltagszauber"),
        (
            "{hero} konnte sich schon vorstellen, wie glücklich alle sein würden",
            "Diese Vorstellung half {hero} jedes Mal weiter, wenn es schwierig wurde",
        ),
        ("{hero} fühlte sich ein bisschen wie eine gute Fee", "Das war ein erstaunlich schönes Gefühl"),
        (
            "{hero} hoffte von ganzem Herzen, dass der Wunsch in Erfüllung ging",
            "Hoffen allein reichte aber nicht, also arbeitete {hero} weiter",
        ),
    ),
    "lost:glad": (
        (
            "{hero} hielt den Fund ganz fest, nur zur Sicherheit",
            "Nach all dem Suchen schien Loslassen keine gute Idee",
        ),
        (
            "Erleichterung durchströmte {hero} wie warmes Wasser",
            "Verlorene Dinge, die zurückkommen, sind noch kostbarer als vorher",
        ),
        (
            "{hero} hätte die ganze Welt umarmen können",
            "Natürlich war es Teamarbeit gewesen, und das wusste {hero} genau",
        ),
        ("{hero} lachte laut vor lauter Erleichterung", "Die lange Suche war endlich vorbei"),
    ),
    "broken:glad": (
        ("{hero} strich vorsichtig über die reparierte Stelle", "Man sah fast nichts mehr davon"),
        (
            "{hero} spürte den Stolz über gute Arbeit",
            "Etwas mit den eigenen Händen zu reparieren macht auf ganz besondere Art glücklich",
        ),
        ("{hero} atmete lange aus", "Die ganze sorgfältige Arbeit hatte sich gelohnt"),
        (
            "Eine warme Zufriedenheit erfüllte {hero}",
            "Aus kaputt war wieder ganz geworden, und das fühlte sich an wie Zauberei",
        ),
    ),
    "need:glad": (
        (
            "{hero} hatte ein randvolles Herz",
            "Jemand anderen glücklich zu machen macht auf ganz besondere Weise glücklich",
        ),
        ("Wärme erfüllte {hero} bis in die Zehenspitzen", "Freundlichkeit findet immer einen Weg zurück"),
        (
            "{hero} spürte einen stillen Stolz",
            "Niemand hatte sie um Hilfe gebeten, aber sie hatten trotzdem geholfen",
        ),
        (
            "Ein sanftes, frohes Gefühl breitete sich in {hero} aus",
            "Alle waren in Sicherheit und glücklich, und nur das zählte",
        ),
    ),
    "fear:glad": (
        (
            "{hero} fühlte sich größer als vorher, oder zumindest mutiger",
            "Sich einer Angst zu stellen verändert einen ein bisschen, und zwar zum Guten",
        ),
        (
            "{hero} konnte kaum glauben, wie klein die Angst jetzt aussah",
            "Von der anderen Seite wirkte sie fast albern",
        ),
        (
            "Ein prickelnder Mut erfüllte {hero}",
            "Es war die Art Gefühl, die man am liebsten für immer behalten würde",
        ),
        (
            "{hero} war stolz und hatte noch ein bisschen weiche Knie",
            "Mutig sein ist anstrengend, aber es lohnt sich",
        ),
    ),
    "wish:glad": (
        (
            "{hero} hatte das Gefühl, dass gerade ein bisschen Zauber geschehen war",
            "Vielleicht stimmte das, und vielleicht hatten sie den Zauber selbst gemacht",
        ),
        ("Freude sprudelte in {hero}", "Ein erfüllter Wunsch ist noch schöner, wenn man dabei geholfen hat"),
        ("{hero} war so glücklich, dass Stillstehen fast unmöglich war", "So ein Glück will tanzen"),
        (
            "{hero} sah mit leuchtenden Augen zu",
            "Einen Wunsch in Erfüllung gehen zu sehen war das Schönste, was {hero} je gesehen hatte",
        ),
    ),
}

SHAPE_MOMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "lost": (
        ("Ab und zu glaubte jemand, eine Spur entdeckt zu haben, und alle eilten hin",),
        ("Jedes Mal, wenn ein Versteck leer war, strich es jemand von der Liste",),
        ("Jemand dachte sich ein Suchlied aus, es war schrecklich, und alle sangen es mit",),
        ("Jede Ecke wurde zweimal abgesucht, manche sogar dreimal",),
        ("Jemand schlug vor, den ganzen Weg zurückzugehen, und jemand anderes hatte schon damit angefangen",),
        ("Die Liste der Stellen, an denen sie vergeblich gesucht hatten, wurde immer länger",),
        ("Jedes leere Versteck ließ das nächste noch vielversprechender aussehen",),
    ),
    "broken": (
        ("Jemand summte bei der Arbeit, und die Arbeit schien schneller voranzugehen",),
        ("Alle paar Minuten trat jemand zurück, um zu sehen, wie es aussah",),
        ("Es gab ein paar kleine Rückschläge, aber niemand ließ sich davon die Laune verderben",),
        ("Jedes kleine Teil wurde ordentlich hingelegt, damit nichts verloren ging",),
        ("Das Reparieren ging langsam voran, ein vorsichtiger Schritt nach dem anderen",),
        ("Ab und zu knarrte oder wackelte etwas, und alle hielten den Atem an",),
        ("Stück für Stück sah das Kaputte wieder aus wie früher",),
    ),
    "need": (
        ("Jedes freundliche Wort schien etwas zu bewirken, so klein es auch war",),
        ("Jemand teilte, was er hatte, und jemand anderes bot an, Wache zu halten",),
        ("Es war langsame Arbeit, von der Sorte, die man nicht beschleunigen kann",),
        ("Jemandem zu helfen, merkten sie, heißt genauso viel zuhören wie anpacken",),
        ("Alle bewegten sich ein bisschen sanfter als sonst",),
        ("Niemand sprach mehr laut, falls jemand Kleines zuhörte",),
        ("Je mehr sie halfen, desto mehr wollten sie helfen",),
    ),
    "fear": (
        ("Bei jedem kleinen Geräusch zuckte jemand zusammen, und dann lachten alle über das Zusammenzucken",),
        ("Langsam, ganz langsam kam der unheimliche Ort näher",),
        ("Niemand ging voraus und niemand blieb zurück, und so gingen sie Seite an Seite",),
        ("Jeder Schatten sah ein bisschen größer aus, als er wahrscheinlich war",),
        ("Sie blieben so dicht beieinander, dass ihre Ellbogen ständig aneinanderstießen",),
        ("Niemand sprach über das mulmige Gefühl im Bauch, aber alle hatten es",),
        ("Jeder kleine mutige Schritt machte den nächsten ein kleines bisschen leichter",),
    ),
    "wish": (
        ("Alle arbeiteten an einem anderen Teil, und langsam fügten sich die Teile zusammen",),
        ("Es wurde viel geflüstert, denn Wünsche bleiben gern geheim, bis sie sich erfüllen",),
        (
            (
                "Jemand fragte ständig, ob es schon fertig sei, und bekam jedes Mal zu hören, dass es "
                "fast so weit sei"
            ),
        ),
        ("Den Wunsch eines anderen zu erfüllen war eine Menge Arbeit",),
        ("Alle hatten eine Idee, und manche davon waren sogar nützlich",),
        ("Niemand sagte es, aber alle stellten sich schon das glückliche Ende vor",),
        ("Der Plan wurde jedes Mal größer und besser, wenn jemand etwas hinzufügte",),
    ),
    "lost:glad": (
        ("Alle wollten den Fund aus der Nähe sehen, um sicher zu sein, dass er echt war",),
        ("Die Suche war vorbei, und plötzlich hatten alle großen Hunger",),
    ),
    "broken:glad": (
        ("Alle wollten der Reihe nach ausprobieren, ob wirklich alles hielt",),
        ("Jemand sagte, es sei jetzt sogar besser als vorher, und niemand widersprach",),
    ),
    "need:glad": (
        ("Jetzt lächelten alle, sogar die, die vorher Angst gehabt hatten",),
        ("Jemand bedankte sich, und dann bedankten sich alle bei allen",),
    ),
    "fear:glad": (
        ("Alle erzählten gleichzeitig von dem Moment, in dem sie am meisten Angst gehabt hatten",),
        ("Der Ort, der so unheimlich gewirkt hatte, sah jetzt fast freundlich aus",),
    ),
    "wish:glad": (
        ("Einen Augenblick lang sagte niemand etwas, denn das glückliche Ende brauchte keine Worte",),
        ("Dann jubelten alle auf einmal, und der Jubel wollte gar nicht mehr aufhören",),
    ),
}


CHAPTER_CLAUSES: dict[str, str] = {
    # opening
    "Jeder Tag war ein neues Abenteuer": (
        "Jeder Morgen begann dort wie eine unbeschriebene Seite, und niemand konnte vorhersagen, was darauf "
        "geschehen würde"
    ),
    "Sie spielten immer zusammen": (
        "Gemeinsam erfanden sie Spiele mit so komplizierten Regeln, dass die Erklärung manchmal einen "
        "ganzen Vormittag dauerte"
    ),
    "Dort wurde es nie langweilig": (
        "Langeweile hatte dort keine Chance, denn hinter jeder Ecke wartete eine andere Überraschung"
    ),
    # meet
    "{hero} kannte {friend} schon ewig": (
        "{hero} kannte {friend} schon so lange, dass sich niemand mehr an ihr allererstes Treffen erinnerte"
    ),
    "Zusammen war jeder Tag schöner": (
        "Zusammen wurden selbst gewöhnliche Tage zu Erlebnissen, von denen man noch wochenlang erzählte"
    ),
    "{hero} und {friend} teilten alles": (
        "{hero} und {friend} teilten wirklich alles: Geheimnisse, Pausenbrote und die unglaublichsten "
        "Einfälle"
    ),
    "Sie schmiedeten gern zusammen Pläne": (
        "Sie schmiedeten leidenschaftlich gern ehrgeizige Pläne, auch wenn diese oft vollkommen "
        "unmöglich erschienen"
    ),
    # problem
    "Aber dann ging etwas schief": (
        "Doch plötzlich geschah etwas Unerwartetes, und die ganze Gemütlichkeit war mit einem Schlag "
        "verschwunden"
    ),
    "{hero} staunte mit offenem Mund": (
        "{hero} brachte vor Überraschung eine ganze Weile kein einziges Wort heraus"
    ),
    "Jemand musste etwas tun": (
        "Irgendjemand musste schnell handeln, bevor die Lage wirklich ernsthaft gefährlich wurde"
    ),
    "{everyone} sahen sich an": (
        "{everyone} wechselten besorgte Blicke, und alle hofften insgeheim, dass jemand anderes eine Lösung "
        "wüsste"
    ),
    "Niemand wusste, was zu tun war": (
        "Niemand wusste, womit man anfangen sollte, und für einen Augenblick wurde die Stille unangenehm "
        "schwer"
    ),
    # setout
    "{hero} holte tief Luft": (
        "{hero} holte tief Luft, nahm allen Mut zusammen und beschloss, dass es Zeit zum Handeln war"
    ),
    "{friend} nickte sofort": (
        "{friend} nickte entschlossen und war sichtlich erleichtert, dass endlich eine Entscheidung "
        "gefallen war"
    ),
    # journey
    "{friend} blieb abrupt stehen": (
        "{friend} blieb abrupt stehen und betrachtete das Hindernis mit verständlichem Misstrauen"
    ),
    "{hero} schaute genau hin": (
        "{hero} untersuchte die Umgebung aufmerksam nach irgendeinem Hinweis, der weiterhelfen könnte"
    ),
    "{hero} blieb ruhig": (
        "{hero} bemühte sich, ruhig zu bleiben, denn Aufregung hatte noch nie irgendein Problem gelöst"
    ),
    "{friend} blieb dicht dabei": (
        "{friend} blieb dicht dabei, jederzeit bereit, sofort einzugreifen, falls es gefährlich würde"
    ),
    "Gemeinsam schafften sie es": (
        "Mit Geduld und Beharrlichkeit überwanden sie schließlich gemeinsam diese unerwartete Schwierigkeit"
    ),
    "{hero} nahm {friend} an der Hand": (
        "{hero} nahm {friend} an der Hand, um Mut zu teilen und gleichzeitig selbst ein bisschen Mut zu "
        "finden"
    ),
    "Sie gingen langsam, Schritt für Schritt": (
        "Sie bewegten sich vorsichtig vorwärts, Schritt für Schritt, und überprüften jedes Mal, wohin sie "
        "traten"
    ),
    "Endlich hatten sie es geschafft": (
        "Nach endlosen Minuten standen sie schließlich wohlbehalten auf der anderen Seite"
    ),
    "{friend} schluckte": ("{friend} schluckte schwer, schlug aber kein einziges Mal vor, wieder umzukehren"),
    "{hero} suchte einen anderen Weg": (
        "{hero} suchte planmäßig nach einem anderen Durchgang, statt sich so leicht entmutigen zu lassen"
    ),
    "{hero} gab nicht auf": (
        "{hero} dachte nicht ans Aufgeben, denn ausgerechnet jetzt umzukehren wäre wirklich schade gewesen"
    ),
    "Stück für Stück ging es weiter": (
        "Stück für Stück ging es mit ruhiger Entschlossenheit weiter in Richtung Ziel"
    ),
    # spotlight
    "{friend} hatte eine Idee: {idea}": (
        "{friend} hatte plötzlich einen so einfachen Einfall, dass sich alle fragten, warum niemand "
        "früher daran gedacht hatte: {idea}"
    ),
    "Das war genau das Richtige": (
        "Das war genau das, was sie gebraucht hatten, und {hero} erkannte es sofort"
    ),
    "{hero} lächelte und sagte danke": (
        "{hero} bedankte sich herzlich bei {friend}, mit einem Lächeln, das mehr verriet als alle Worte"
    ),
    "{hero} war sehr froh": ("{hero} spürte eine riesige Erleichterung, vermischt mit ehrlicher Dankbarkeit"),
    "Mit neuer Kraft gingen sie weiter": (
        "Mit frischer Energie machten sie weiter, als hätte die Schwierigkeit sie widerstandsfähiger gemacht"
    ),
    # attempt
    "{hero} seufzte": (
        "{hero} seufzte enttäuscht und überlegte angestrengt, woran es diesmal gelegen haben mochte"
    ),
    "Das hatte nicht geklappt": (
        "Nichts war nach Plan verlaufen, und die Enttäuschung wog schwerer, als irgendjemand zugeben wollte"
    ),
    "{friend} klopfte {hero} auf die Schulter": (
        "{friend} kuschelte sich freundschaftlich an {hero}, als Zeichen, dass niemand mit "
        "diesem Misserfolg allein war"
    ),
    "Sie mussten sich etwas anderes ausdenken": (
        "Sie mussten sich eine völlig andere, raffiniertere Lösung ausdenken, an die bisher noch niemand "
        "gedacht hatte"
    ),
    "Es war schwerer als gedacht": (
        "Die Aufgabe erwies sich als wesentlich schwieriger als erwartet, doch niemand dachte ernsthaft ans "
        "Aufhören"
    ),
    # quiet
    "Alle brauchten eine kleine Pause": (
        "Alle brauchten dringend eine Verschnaufpause, auch wenn das niemand als Erstes zugeben wollte"
    ),
    "{friend} erzählte eine lustige Geschichte": (
        "{friend} erzählte eine so lächerliche Geschichte, dass selbst die Sorgen des Tages plötzlich "
        "weniger schlimm wirkten"
    ),
    "Danach fühlten sich alle viel besser": (
        "Danach fühlten sich alle deutlich besser, und die Schwierigkeiten erschienen weniger unüberwindlich"
    ),
    "Einen Moment lang war alles still": (
        "Einen langen Moment blieb alles vollkommen still, als würde die ganze Welt den Atem anhalten"
    ),
    "{hero} saß eine Weile ganz ruhig da": (
        "{hero} saß eine ganze Weile schweigend da und ging in Gedanken jede Einzelheit des Tages durch"
    ),
    "Die Pause half beim Nachdenken": (
        "Die Unterbrechung half beim Nachdenken, und allmählich kamen die Ideen zurück"
    ),
    # doubt
    "Eine Weile sagte niemand ein Wort": (
        "Eine ganze Weile sagte niemand ein Wort, und alle hingen ihren eigenen Gedanken nach"
    ),
    "{hero} fühlte sich müde und klein": (
        "{hero} spürte, wie die Müdigkeit in die Beine kroch, wollte das aber auf keinen Fall zugeben"
    ),
    "{friend} sagte nichts": (
        "{friend} antwortete nicht, überlegte aber sichtlich, wie man {hero} wieder aufmuntern könnte"
    ),
    # wonder
    "{hero} blieb stehen, um alles anzuschauen": (
        "{hero} blieb stehen, um die Umgebung zu betrachten, und entdeckte überall unerwartete Einzelheiten"
    ),
    "Niemand wollte sich beeilen": (
        "Niemand wollte sich beeilen, denn ein solcher Ort verdiente es, in aller Ruhe betrachtet zu werden"
    ),
    "{friend} stellte eine Frage nach der anderen": (
        "{friend} stellte eine Frage nach der anderen, mit einer scheinbar unerschöpflichen Neugier"
    ),
    "Was für ein besonderer Ort das war": (
        "Es war ein wirklich außergewöhnlicher Ort, den keine Beschreibung vollständig hätte wiedergeben "
        "können"
    ),
    "Alles war so schön": (
        "Alles war so wunderschön, dass man kaum entscheiden konnte, wohin man zuerst schauen sollte"
    ),
    "Sie gingen weiter und weiter": (
        "Sie wanderten noch lange weiter und entdeckten hinter jeder Biegung eine neue Merkwürdigkeit"
    ),
    # resolution
    "Alle waren froh und sicher": (
        "Alle waren wohlbehalten, und diese Erleichterung war mehr wert als jede vorstellbare Belohnung"
    ),
    "Der lange Tag hatte ein gutes Ende": (
        "Dieser endlose Tag ging viel besser zu Ende, als irgendjemand zu hoffen gewagt hatte"
    ),
    # return
    "Langsam machten sie sich auf den Rückweg": (
        "Gemächlich machten sie sich auf den Heimweg und erzählten sich ihre Abenteuer schon unterwegs"
    ),
    "Es war Zeit, nach Hause zu gehen": (
        "Es war Zeit, nach Hause zu gehen, obwohl eigentlich niemand wollte, dass dieses Abenteuer endete"
    ),
    # celebration
    "Es war das schönste Fest seit Langem": (
        "Es wurde die fröhlichste Feier, an die sich irgendjemand seit sehr langer Zeit erinnern konnte"
    ),
    "Alle kamen, um danke zu sagen": (
        "Alle kamen vorbei, um sich ausdrücklich zu bedanken, und {hero} wusste kaum noch, wohin mit dem "
        "Blick"
    ),
    "Der Tag endete mit Liedern und Gekicher": (
        "Der Tag endete mit Liedern und Gekicher, und alle erfanden eine Strophe über ein Stück des "
        "Abenteuers"
    ),
    # ending
    "Jetzt wusste {hero} etwas Wichtiges": (
        "Nun verstand {hero} etwas Wesentliches, das keine Unterrichtsstunde so deutlich hätte erklären "
        "können"
    ),
    # a wish's problem page (the `wishing` beat)
    "Eines Tages bekam {hero} Besuch": (
        "Eines Tages bekam {hero} ganz unerwartet Besuch von jemandem, der schon sehr lange auf einen "
        "Freund gewartet hatte"
    ),
    "Eines Morgens hörte {hero} ein kleines, hoffnungsvolles Stimmchen": (
        "Eines Morgens, als alle noch beim Frühstück saßen, hörte {hero} ganz in der Nähe ein "
        "kleines, hoffnungsvolles Stimmchen"
    ),
    "An diesem Nachmittag kam jemand schüchtern zu {hero}": (
        "An diesem Nachmittag kam jemand schüchtern zu {hero}, als gäbe es etwas sehr Wichtiges zu fragen"
    ),
    "Eines Tages sah {hero} jemanden ganz allein sitzen": (
        "Eines Tages sah {hero} jemanden ganz allein sitzen, ein wenig abseits von allen anderen, "
        "hoffnungsvoll und ein bisschen traurig"
    ),
    "Bald darauf hörte {hero} ein leises Seufzen": (
        "Bald darauf hörte {hero} ein leises Seufzen, so wie man seufzt, wenn man sich etwas von "
        "ganzem Herzen wünscht"
    ),
    "{hero} hörte genau zu": ("{hero} hörte genau zu und unterbrach kein einziges Mal"),
    "{hero} wollte sofort helfen": (
        "{hero} wollte sofort helfen, denn niemand sollte ewig auf die Erfüllung eines Wunsches warten müssen"
    ),
    "So ein Wunsch sollte in Erfüllung gehen": (
        "So ein Wunsch sollte in Erfüllung gehen, und {hero} beschloss auf der Stelle, dafür zu sorgen"
    ),
    "{hero} und {friends} lächelten sich an": (
        "{hero} und {friends} lächelten sich an, denn alle dachten genau dasselbe"
    ),
    "Vielleicht konnten sie helfen": ("Vielleicht konnten sie helfen, wenn sie alle zusammenhielten"),
}
"""A chapter book's (ages 9-12) own sentence for a short clause of a plot beat (see writer.py)."""
