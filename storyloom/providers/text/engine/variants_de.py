"""Other ways to tell the German pool phrases (see variants.py)."""

from __future__ import annotations

VARIANTS: dict[str, tuple[str, ...]] = {
    # THREADS: das Rätsel
    "{pal} kannte ein Rätsel, das noch nie jemand gelöst hatte: „Was wird größer, je mehr man wegnimmt?“": (
        "{pal} hatte ein Rätsel auf Lager, an dem bisher alle gescheitert waren: „Was wird größer, je mehr "
        "man wegnimmt?“",
    ),
    "{hero} versuchte schon seit Tagen, die Antwort zu erraten, aber ohne jeden Erfolg": (
        "Seit Tagen zerbrach sich {hero} den Kopf darüber, und jeder Versuch war danebengegangen",
    ),
    "„Ist es ein Schatten?“, riet {hero}, aber {pal} lächelte nur geheimnisvoll und sagte nichts": (
        "„Ein Schatten?“, probierte {hero}, doch {pal} schüttelte nur mit einem verschmitzten Grinsen den "
        "Kopf",
    ),
    "Sogar mitten in der Suche dachte {hero} immer wieder über das Rätsel nach": (
        "Ganz egal, was gerade los war, irgendwo im Hinterkopf von {hero} kreiste das Rätsel weiter",
    ),
    "Allmählich vermutete {hero}, dass das Rätsel von {pal} gar keine Antwort hatte": (
        "{hero} fragte sich langsam, ob {pal} sich das Rätsel nur ausgedacht hatte, um alle zu necken",
    ),
    "„Dein Rätsel habe ich übrigens nicht vergessen“, warnte {hero}": (
        "„Glaub ja nicht, dass ich bei deinem Rätsel aufgegeben habe“, sagte {hero} mit ernster Miene",
    ),
    "{pal} klatschte begeistert in die Hände, denn nach all den Tagen war das Rätsel endlich gelöst": (
        "{pal} jubelte laut, denn endlich hatte jemand das Rätsel geknackt",
    ),
    # THREADS: das Freundschaftsband
    "{hero} wollte es heimlich fertig knüpfen, Knoten für Knoten, immer wenn gerade niemand hinsah": (
        "Der Plan war, hier einen Knoten und dort einen Knoten zu machen, immer heimlich, bis es fertig war",
    ),
    "Immer wenn {pal} wegschaute, knüpfte {hero} schnell einen weiteren Knoten in das geheime Band": (
        "Kaum drehte sich {pal} weg, bekam das geheime Band einen Knoten mehr",
    ),
    "Das Band wurde immer länger, mit Streifen in allen Farben, die {hero} finden konnte": (
        "Streifen um Streifen wurde aus dem geheimen Band ein kleiner Regenbogen",
    ),
    "{hero} tastete wieder nach der Tasche, nur um sicherzugehen, dass das Band noch gut versteckt war": (
        "Ab und zu fühlte {hero} durch den Stoff, ob das versteckte Band noch da war",
    ),
    "Jetzt fehlten nur noch ein paar Knoten, und {hero} konnte es kaum erwarten": (
        "Nur noch eine Handvoll Knoten, dann war die Überraschung fertig",
    ),
    "Das Freundschaftsband blieb die ganze Nacht am Handgelenk von {pal}, und {hero} schlief lächelnd ein": (
        "{pal} wollte das Band nicht einmal zum Schlafen abnehmen, und {hero} schloss mit einem breiten "
        "Grinsen die Augen",
    ),
    # THREADS: das Pfeifen
    "{pal} versuchte es wieder und brachte ein Geräusch hervor, das wie ein müder Luftballon klang": (
        "Der nächste Pfeifversuch klang eher wie ein Wasserkessel, der keine Lust mehr hatte",
    ),
    "Hin und wieder kam aus der Richtung von {pal} ein winziges, hoffnungsvolles Quietschen": (
        "Ab und zu entwischte {pal} ein hoffnungsvoller Piepser, fast schon ein Pfiff, aber nur fast",
    ),
    "{hero} bemerkte, dass {pal} heimlich übte, wenn gerade niemand zuzuhören schien": (
        "{pal} übte weiter im Stillen und pustete leise vor sich hin, wenn die anderen beschäftigt waren",
    ),
    "Das Quietschen wurde immer besser, und {hero} hob aufmunternd den Daumen": (
        "Die Piepser wurden deutlich besser, und {hero} sagte das auch laut, worüber sich {pal} sehr freute",
    ),
    "Alle jubelten, und {hero} hatte {pal} noch nie so stolz strahlen sehen": (
        "Der Jubel war riesig, und {pal} strahlte vor Stolz über das ganze Gesicht",
    ),
    "Irgendwo aus der Dunkelheit kam noch ein letzter, ganz leiser, sehr stolzer Pfiff": (
        "Kurz vor dem Einschlafen schwebte ein sanfter, stolzer Pfiff durch die Dunkelheit",
    ),
    # THREADS: die Karte
    "{hero} hatte immer ein kleines Notizbuch dabei, um eine Karte von jedem erkundeten Ort zu zeichnen": (
        "Im Rucksack von {hero} reiste ein Heft mit, das nur für Karten von neuen Orten bestimmt war",
    ),
    "Heute war die erste Seite noch ganz leer, und {hero} wollte sie unbedingt füllen": (
        "Die erste Seite darin war noch unberührt, und heute sollte sich das ändern",
    ),
    "{hero} hielt kurz an, um ein paar sorgfältige Linien in die Karte im Notizbuch einzuzeichnen": (
        "{hero} machte eine kurze Pause und skizzierte den Weg, den sie bisher gegangen waren",
    ),
    "Die Karte hatte jetzt Pfeile, Fragezeichen und drei kleine Sterne": (
        "Inzwischen wimmelte es auf der Seite von Pfeilen, Fragezeichen und kleinen Sternen",
    ),
    "{hero} zeichnete den bisherigen Weg ein und staunte, wie weit sie schon gekommen waren": (
        "Beim Blick auf die Karte konnte {hero} kaum glauben, wie viel Strecke sie schon geschafft hatten",
    ),
    "{pal} malte ein winziges Selbstporträt in eine Ecke der Karte, und {hero} musste lachen": (
        "{pal} schmuggelte ein klitzekleines Selbstporträt in eine Ecke der Karte, und {hero} kicherte",
    ),
    "Es war die beste Karte, die {hero} je gemacht hatte, und sie beschlossen, sie an die Wand zu hängen": (
        "Eine schönere Karte hatte es nie gegeben, fanden sie, und sie bekam einen Ehrenplatz an der Wand",
    ),
    "Die Karte hing an der Wand und hatte noch viel Platz für das nächste Abenteuer": (
        "An der Wand hing die Karte mit ihren leeren Rändern, bereit für die nächste Reise",
    ),
    # THREADS: das ernste Gesicht
    "{pal} hatte gewettet, dass {hero} es keinen ganzen Tag lang schaffen würde, ernst zu bleiben": (
        "{pal} hatte darauf gewettet, dass {hero} keinen einzigen Tag ohne Lachen durchhalten würde",
    ),
    "{hero} hatte sofort eingeschlagen und das ernsteste Gesicht aufgesetzt, das man je gesehen hatte": (
        "{hero} hatte die Wette auf der Stelle angenommen und eine Miene so feierlich wie ein Richter "
        "aufgesetzt",
    ),
    "Das ernste Gesicht von {hero} wackelte kurz, aber es hielt": (
        "Eine Sekunde lang zuckten die Mundwinkel von {hero}, aber die ernste Miene überlebte",
    ),
    "{pal} flüsterte einen Witz über ein Gespenst mit Schluckauf, und {hero} hustete schnell, um nicht zu "
    "lachen": (
        "{pal} murmelte etwas von einem Pinguin in der Badewanne, und {hero} musste ein Niesen vortäuschen",
    ),
    "Zweimal hätte {hero} beinahe gekichert, und zweimal wurde aus dem Kichern ein Niesen": (
        "Mehr als einmal wäre fast ein Lachen entwischt, und jedes Mal tarnte {hero} es als Husten",
    ),
    "{pal} gingen die Tricks aus, aber nicht die Hoffnung": (
        "{pal} fielen kaum noch Albernheiten ein, aber aufgeben kam nicht in Frage",
    ),
    "Sogar beim Einschlafen musste {hero} noch über den albernen kleinen Tanz kichern": (
        "Die Erinnerung an den lächerlichen Tanz begleitete {hero} kichernd bis in den Schlaf",
    ),
    # THREADS: die Lacher
    "{pal} hatte beschlossen, jedes einzelne Lachen des Tages zu zählen": (
        "{pal} hatte angekündigt, von morgens bis abends über jedes Lachen Buch zu führen",
    ),
    "{hero} fand die Idee wunderbar und versprach, beim Zählen zu helfen": (
        "{hero} war begeistert und bot sich als offizielle Zählhilfe an",
    ),
    "„Das sind schon drei Lacher“, verkündete {pal} stolz": (
        "„Lacher Nummer drei“, meldete {pal}, als wäre es ein Pokal",
    ),
    "{hero} verlor kurz den Überblick, {pal} aber natürlich nicht": (
        "{hero} wusste längst nicht mehr, wo sie standen, doch {pal} kannte die genaue Zahl",
    ),
    "Sogar im schwierigsten Moment zählte {pal} ein kleines, tapferes Lachen": (
        "Selbst als alles düster aussah, lachte jemand ein bisschen, und {pal} schrieb es auf",
    ),
    "Ab und zu flüsterte {pal} die neue Zahl, damit niemand sie vergaß": (
        "Hin und wieder murmelte {pal} den neuesten Stand, damit alle auf dem Laufenden blieben",
    ),
    # MOMENTS: calm
    "Die Zeit schien langsamer zu vergehen, wie manchmal an den allerschönsten Tagen": (
        "Die Minuten dehnten sich gemütlich, wie sie es nur an richtig guten Tagen tun",
    ),
    "Ringsum wirkte alles so friedlich, als könnte gar nichts schiefgehen": (
        "Eine sanfte Ruhe lag über allem, und Ärger schien meilenweit entfernt",
    ),
    "Es war einer dieser Orte, an denen man viel länger bleiben möchte als geplant": (
        "Manche Orte lassen einen das Gehen vergessen, und dieser gehörte dazu",
    ),
    "Ausnahmsweise gab es nichts zu lösen, nichts zu finden und kein bestimmtes Ziel": (
        "Gerade gab es keine Aufgaben, keine Rätsel und niemanden, der irgendwo auf sie wartete",
    ),
    "Es fühlte sich an wie der Anfang von etwas, auch wenn niemand hätte sagen können, wovon": (
        "In der Luft lag das Gefühl, dass gleich etwas beginnen würde",
    ),
    "Jemand summte eine fröhliche Melodie, und bald summten alle mit": (
        "Ein munteres Liedchen fing mit einer einzigen Stimme an und hatte bald alle angesteckt",
    ),
    "Eine kleine Weile sagte niemand etwas": ("Eine gemütliche Stille legte sich über sie",),
    "Es war eine freundliche Stille, eine, die keine Worte braucht": (
        "Niemand hatte das Bedürfnis, sie zu füllen, und gerade das war schön",
    ),
    "Sie ließen sich Zeit und sahen sich in Ruhe um": ("Sie gingen langsamer und ließen die Blicke wandern",),
    "Es gab so viel mehr zu sehen, wenn niemand es eilig hatte": (
        "So gemächlich entdeckten sie Dinge, an denen sie sonst vorbeigerannt wären",
    ),
    # MOMENTS: worried
    "Einen langen Moment bewegte sich niemand, und niemand wusste, was er sagen sollte": (
        "Alle standen wie erstarrt und suchten nach Worten, die nicht kommen wollten",
    ),
    "Selbst das leiseste Geräusch klang laut in dieser schweren Stille": (
        "In dieser Reglosigkeit klang das kleinste Rascheln wie ein Ruf",
    ),
    "Die fröhliche Stimmung des Morgens war so schnell verschwunden wie eine Seifenblase": (
        "Die gute Laune vom Morgen war zerplatzt, und nichts war von ihr übrig",
    ),
    "Alle dachten dasselbe, aber niemand wollte es als Erstes aussprechen": (
        "Dieselbe Sorge steckte in jedem Kopf und wartete darauf, dass jemand sie auszusprechen wagte",
    ),
    "Plötzlich kam ihnen der Weg, der noch vor ihnen lag, viel länger vor als vorher": (
        "Mit einem Mal schien der Pfad vor ihnen endlos zu sein",
    ),
    "Jeder Schritt fühlte sich ein bisschen schwerer an als der letzte": (
        "Sie schlurften, als wären ihre Schuhe voller Sand",
    ),
    "Die fröhlichen Pläne vom Morgen schienen jetzt sehr weit weg": (
        "Die schönen Ideen vom Frühstück wirkten, als gehörten sie zu einem anderen Tag",
    ),
    "Keiner wusste mehr so recht, warum alles so einfach ausgesehen hatte": (
        "Niemand verstand mehr, wie das alles je einfach hatte wirken können",
    ),
    "Eine Weile hörte man nur den eigenen langsamen Atem": (
        "Eine ganze Zeit standen sie einfach da und hörten sich selbst beim Atmen zu",
    ),
    "Keiner wollte als Erster aussprechen, was alle dachten": (
        "Der Gedanke hing zwischen ihnen, und niemand traute sich, ihn in Worte zu fassen",
    ),
    # MOMENTS: busy
    "Sie suchten schon sehr lange, und der Weg war noch weit": (
        "Ein guter Teil des Tages war schon vergangen, und ein Ende war nicht in Sicht",
    ),
    "Alle paar Schritte blieb jemand stehen, um nachzusehen, ob noch alle beisammen waren": (
        "Hin und wieder zählten sie durch, damit bloß niemand verloren ging",
    ),
    "Nichts lief so, wie es alle erwartet hatten, aber niemand wollte aufgeben": (
        "Nichts lief nach Plan, und trotzdem dachte keiner ans Umkehren",
    ),
    "Je weiter sie kamen, desto seltsamer und spannender wurde alles": (
        "Mit jedem Stück Weg wurde die Welt um sie herum merkwürdiger und wunderbarer",
    ),
    "Irgendwo dort vorn lag die Antwort, die sie brauchten, wenn sie sie nur finden könnten": (
        "Die Antwort war irgendwo da draußen, gut versteckt, und wartete auf aufmerksame Augen",
    ),
    "Kleine Entdeckungen hielten sie bei Laune, auch wenn die große noch weit weg schien": (
        "Kleine Funde unterwegs machten ihnen neuen Mut, wenn das Ziel fern wirkte",
    ),
    "Niemand wusste mehr genau, wie lange sie schon unterwegs waren, aber es fühlte sich wie eine Ewigkeit "
    "an": ("Sie hatten jedes Zeitgefühl verloren, und ihre Beine fingen an, sich zu beschweren",),
    "Alle bemerkten unterschiedliche Dinge, und zusammen bemerkten sie fast alles": (
        "Was einer übersah, entdeckte ein anderer, und so entging ihnen kaum etwas",
    ),
    "Nach und nach kam ihnen der fremde Ort ein wenig vertrauter vor": (
        "Stück für Stück verlor die fremde Umgebung etwas von ihrer Fremdheit",
    ),
    "Jede Frage führte zu einer neuen Frage, und genau so lernen echte Entdecker": (
        "Jede Antwort warf eine neue Frage auf, und so, sagen Entdecker, lernt man am besten",
    ),
    "Ihr Plan änderte sich ständig, aber einen Plan zu ändern ist nicht dasselbe wie aufzugeben": (
        "Sie änderten ihren Plan wieder und wieder, und das ist etwas ganz anderes, als die Flinte ins Korn "
        "zu werfen",
    ),
    "Ab und zu hatte jemand eine neue Idee, und alle blieben stehen, um zuzuhören": (
        "Sobald jemandem etwas einfiel, hielten alle inne und hörten bis zum Ende zu",
    ),
    "Unterwegs flüsterten sie schnell und aufgeregt miteinander": ("Sie zogen weiter und tuschelten eifrig",),
    "Jede Idee war es wert, wenigstens einmal ausprobiert zu werden": (
        "Kein Vorschlag war zu verrückt, um ihn nicht wenigstens zu versuchen",
    ),
    # MOMENTS: glad
    "Einen Augenblick lang standen alle einfach still und konnten es kaum glauben": (
        "Zuerst rührte sich niemand, als könnte alles bei einem Blinzeln wieder verschwinden",
    ),
    "Bald redeten alle durcheinander und erzählten die Geschichte des Tages von Anfang an": (
        "Im Nu plauderten alle miteinander und gingen den Tag von der ersten Minute an noch einmal durch",
    ),
    "Jeder erinnerte sich ein bisschen anders daran, und das machte sie noch lustiger": (
        "Keiner erzählte es genau gleich, und darüber mussten alle lachen",
    ),
    "Der ganze Ort schien mit ihnen zu feiern": ("Es war, als würde der Ort selbst sich mitfreuen",),
    "Sogar die Dinge, die heute Morgen schwierig ausgesehen hatten, wirkten jetzt freundlich und vertraut": (
        "Was beim Frühstück noch hart und fremd gewirkt hatte, sah jetzt sanft und einladend aus",
    ),
    "Alle wollten die ganze Geschichte noch einmal hören, von Anfang an": (
        "Sie bettelten einander an, alles noch einmal ganz von vorn zu erzählen",
    ),
    "Es war, als hätte der ganze Tag die Luft angehalten und könnte endlich wieder atmen": (
        "Der Tag stieß einen großen Seufzer der Erleichterung aus, und alle, die dabei waren, ebenso",
    ),
    # FEELINGS: calm
    "{hero} war ruhig und neugierig, so wie am Anfang eines guten Buches": (
        "{hero} spürte eine stille Neugier, wie beim Aufschlagen der ersten Seite eines neuen Märchens",
    ),
    "Alles Mögliche konnte als Nächstes passieren, und dieser Gedanke war eher aufregend als beängstigend": (
        "Was auch immer als Nächstes kam, {hero} wollte es mit einem Lächeln empfangen",
    ),
    "Solche Tage gab es nicht oft, und {hero} wollte jede Minute davon genießen": (
        "Tage wie dieser kamen selten vor, und {hero} wollte das Beste daraus machen",
    ),
    "Allein auf Entdeckungsreise zu gehen wäre spannend gewesen, aber zusammen war es viel schöner": (
        "Alles macht mehr Spaß, wenn man jemanden hat, mit dem man es teilen kann",
    ),
    "Es gab Zeit, genau hinzusehen, zuzuhören und über Dinge zu staunen": (
        "Es blieben Minuten übrig zum Beobachten, Lauschen und Tagträumen",
    ),
    "In so fröhlicher Gesellschaft war schlechte Laune einfach unmöglich": (
        "Mit solchen Freunden in der Nähe konnte niemand lange Trübsal blasen",
    ),
    "Sogar kleine Dinge, wie ein lustiges Geräusch oder eine seltsame Form, waren einen Halt wert": (
        "Ein merkwürdiger Kiesel, ein komisches Geräusch: Jede Kleinigkeit verdiente einen zweiten Blick",
    ),
    "Es ist ein schönes Gefühl, genau dort zu sein, wo man sein möchte, und in genau der richtigen "
    "Gesellschaft": ("Nichts ist schöner, als am richtigen Ort mit den richtigen Freunden zu sein",),
    # FEELINGS: worried
    "Es war die Art von Sorge, bei der die Gedanken immer im Kreis laufen": (
        "Die Gedanken von {hero} drehten sich im Kreis und kamen nirgendwo an",
    ),
    "Heute Morgen war alles so einfach gewesen, und jetzt war gar nichts mehr einfach": (
        "Der Vormittag war leicht gewesen, aber der Nachmittag hatte sich in ein Durcheinander verwandelt",
    ),
    "Trotzdem beharrte eine kleine, sture Stimme darauf, dass die Geschichte hier noch nicht zu Ende war": (
        "Und doch sagte ganz tief drinnen ein winziges Stimmchen, dass die Geschichte noch nicht vorbei war",
    ),
    "So fühlt es sich an, wenn man nicht weiß, wie etwas ausgehen wird": (
        "Nicht zu wissen, wie alles ausgehen würde, war das Schwerste daran",
    ),
    # FEELINGS: busy
    "Es war beängstigend und spannend zugleich, und genau so fühlen sich Abenteuer oft an": (
        "Ein Teil von {hero} wollte nach Hause, der andere wollte losstürmen, und so sind Abenteuer oft",
    ),
    "Was mochte weiter vorn warten, und würde es ihnen helfen oder alles schwerer machen?": (
        "Ob die nächste Biegung Hilfe oder neuen Ärger brachte, würde sich erst beim Weitergehen zeigen",
    ),
    "Detektive bemerken die kleinen Dinge, an denen alle anderen einfach vorbeilaufen": (
        "Der winzigste Hinweis kann wichtig sein, und ein guter Detektiv übersieht keinen",
    ),
    "Vielleicht ist Mut etwas, das immer dann wächst, wenn man ihn braucht": (
        "Der Mut, so schien es, tauchte genau dann auf, wenn er am dringendsten gebraucht wurde",
    ),
}
