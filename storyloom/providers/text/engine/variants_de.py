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
    # SHAPE_MOMENTS
    "Ab und zu glaubte jemand, eine Spur entdeckt zu haben, und alle eilten hin": (
        "Immer wieder meldete jemand einen möglichen Hinweis, und die ganze Truppe stürzte hinüber",
    ),
    "Jedes Mal, wenn ein Versteck leer war, strich es jemand von der Liste": (
        "Eines nach dem anderen verschwanden die leeren Verstecke von ihrer Liste",
    ),
    "Jemand dachte sich ein Suchlied aus, es war schrecklich, und alle sangen es mit": (
        "Jemand erfand ein wirklich grauenhaftes Suchlied, und trotzdem sangen es alle im Chor",
    ),
    "Jede Ecke wurde zweimal abgesucht, manche sogar dreimal": (
        "Kein Winkel wurde nur ein einziges Mal angeschaut, ein paar sogar immer und immer wieder",
    ),
    "Jemand schlug vor, den ganzen Weg zurückzugehen, und jemand anderes hatte schon damit angefangen": (
        "Den Weg zurückzuverfolgen schien klug, und einer von ihnen war schon unterwegs",
    ),
    "Die Liste der Stellen, an denen sie vergeblich gesucht hatten, wurde immer länger": (
        "Ihre Liste der falschen Orte wuchs und wuchs",
    ),
    "Jedes leere Versteck ließ das nächste noch vielversprechender aussehen": (
        "Mit jedem leeren Winkel wirkten die übrigen ein wenig hoffnungsvoller",
    ),
    "Jemand summte bei der Arbeit, und die Arbeit schien schneller voranzugehen": (
        "Eine Melodie begleitete das Werkeln, und die Minuten vergingen schneller",
    ),
    "Alle paar Minuten trat jemand zurück, um zu sehen, wie es aussah": (
        "Von Zeit zu Zeit traten alle einen Schritt zurück und begutachteten ihren Fortschritt",
    ),
    "Es gab ein paar kleine Rückschläge, aber niemand ließ sich davon die Laune verderben": (
        "Ein- oder zweimal ging etwas schief, doch die gute Stimmung hielt",
    ),
    "Jedes kleine Teil wurde ordentlich hingelegt, damit nichts verloren ging": (
        "Alle Stücke lagen in sauberen Reihen, wo keines verschwinden konnte",
    ),
    "Das Reparieren ging langsam voran, ein vorsichtiger Schritt nach dem anderen": (
        "Die Reparatur war eine langwierige Sache, die viel Sorgfalt verlangte",
    ),
    "Ab und zu knarrte oder wackelte etwas, und alle hielten den Atem an": (
        "Sobald sich etwas bewegte oder ächzte, erstarrten alle wie Statuen",
    ),
    "Stück für Stück sah das Kaputte wieder aus wie früher": (
        "Langsam verschwand der Schaden, und die alte Form kehrte zurück",
    ),
    "Jedes freundliche Wort schien etwas zu bewirken, so klein es auch war": (
        "Selbst das sanfteste tröstende Wort schien ein wenig zu helfen",
    ),
    "Jemand teilte, was er hatte, und jemand anderes bot an, Wache zu halten": (
        "Einer gab her, was er mitgebracht hatte, und ein anderer stand Wache",
    ),
    "Es war langsame Arbeit, von der Sorte, die man nicht beschleunigen kann": (
        "Nichts davon ließ sich im Eiltempo erledigen",
    ),
    "Jemandem zu helfen, merkten sie, heißt genauso viel zuhören wie anpacken": (
        "Gut helfen, lernten sie, braucht zur Hälfte offene Ohren und zur Hälfte fleißige Arme",
    ),
    "Alle bewegten sich ein bisschen sanfter als sonst": (
        "Alle gingen leise und mit größter Vorsicht zu Werke",
    ),
    "Niemand sprach mehr laut, falls jemand Kleines zuhörte": (
        "Die Stimmen sanken zu einem Murmeln, um niemand Kleines zu erschrecken",
    ),
    "Je mehr sie halfen, desto mehr wollten sie helfen": (
        "Helfen war ansteckend: Jede gute Tat machte Lust auf die nächste",
    ),
    "Bei jedem kleinen Geräusch zuckte jemand zusammen, und dann lachten alle über das Zusammenzucken": (
        "Bei jedem Laut machte jemand einen Satz, und hinterher kicherten alle darüber",
    ),
    "Langsam, ganz langsam kam der unheimliche Ort näher": (
        "Schritt um Schritt rückte der Ort, vor dem sie sich fürchteten, heran",
    ),
    "Niemand ging voraus und niemand blieb zurück, und so gingen sie Seite an Seite": (
        "Sie gingen in einer Reihe, Schulter an Schulter, damit keiner vorangehen musste",
    ),
    "Jeder Schatten sah ein bisschen größer aus, als er wahrscheinlich war": (
        "Die Schatten schienen sich länger zu strecken, als sie eigentlich durften",
    ),
    "Sie blieben so dicht beieinander, dass ihre Ellbogen ständig aneinanderstießen": (
        "Sie drängten sich so eng aneinander, dass sie sich dauernd auf die Füße traten",
    ),
    "Niemand sprach über das mulmige Gefühl im Bauch, aber alle hatten es": (
        "Alle hatten Schmetterlinge im Bauch, auch wenn keiner es zugab",
    ),
    "Jeder kleine mutige Schritt machte den nächsten ein kleines bisschen leichter": (
        "Ein kühner kleiner Schritt machte dem folgenden weniger Angst",
    ),
    "Alle arbeiteten an einem anderen Teil, und langsam fügten sich die Teile zusammen": (
        "Jeder übernahm ein Stück der Aufgabe, und nach und nach wuchsen die Stücke zusammen",
    ),
    "Es wurde viel geflüstert, denn Wünsche bleiben gern geheim, bis sie sich erfüllen": (
        "Sie sprachen nur gedämpft, denn ein Wunsch bleibt geheim, bis er wahr wird",
    ),
    "Jemand fragte ständig, ob es schon fertig sei, und bekam jedes Mal zu hören, dass es fast so weit sei": (
        "„Ist es fertig?“, fragte jemand immer wieder, und die Antwort lautete jedes Mal „gleich“.",
    ),
    "Den Wunsch eines anderen zu erfüllen war eine Menge Arbeit": (
        "Jemand anderem einen Wunsch zu erfüllen kostete viel mehr Mühe als gedacht",
    ),
    "Alle hatten eine Idee, und manche davon waren sogar nützlich": (
        "Von allen Seiten kamen Vorschläge, und ein paar davon waren richtig gut",
    ),
    "Niemand sagte es, aber alle stellten sich schon das glückliche Ende vor": (
        "Im Stillen malte sich jeder schon aus, wie schön alles ausgehen würde",
    ),
    "Der Plan wurde jedes Mal größer und besser, wenn jemand etwas hinzufügte": (
        "Mit jedem neuen Beitrag wurde der Plan prächtiger",
    ),
    "Alle wollten den Fund aus der Nähe sehen, um sicher zu sein, dass er echt war": (
        "Sie drängten sich heran, um genau hinzusehen, falls sie doch nur träumten",
    ),
    "Die Suche war vorbei, und plötzlich hatten alle großen Hunger": (
        "Kaum war die Suche zu Ende, knurrten alle Mägen auf einmal",
    ),
    "Alle wollten der Reihe nach ausprobieren, ob wirklich alles hielt": (
        "Einer nach dem anderen testete es, um ganz sicher zu sein, dass es halten würde",
    ),
    "Jemand sagte, es sei jetzt sogar besser als vorher, und niemand widersprach": (
        "Es sah schöner aus als je zuvor, darin waren sich alle einig",
    ),
    "Jetzt lächelten alle, sogar die, die vorher Angst gehabt hatten": (
        "Auf jedem Gesicht lag ein Lächeln, auch auf denen, die eben noch blass vor Angst gewesen waren",
    ),
    "Jemand bedankte sich, und dann bedankten sich alle bei allen": (
        "Das Danke wanderte reihum, bis jeder jedem gedankt hatte",
    ),
    "Alle erzählten gleichzeitig von dem Moment, in dem sie am meisten Angst gehabt hatten": (
        "Alle plapperten durcheinander über den Augenblick, in dem sie sich am meisten gefürchtet hatten",
    ),
    "Der Ort, der so unheimlich gewirkt hatte, sah jetzt fast freundlich aus": (
        "Die Stelle, die ihnen solche Angst gemacht hatte, wirkte nun beinahe einladend",
    ),
    "Einen Augenblick lang sagte niemand etwas, denn das glückliche Ende brauchte keine Worte": (
        "Eine kleine Weile schauten sie einfach nur, denn Worte waren überflüssig",
    ),
    "Dann jubelten alle auf einmal, und der Jubel wollte gar nicht mehr aufhören": (
        "Dann brach ein großer Jubel los, den nichts mehr bremsen konnte",
    ),
    # SHAPE_FEELINGS: die Gründe
    "Jeder Hinweis zählte, auch die, die ins Leere führten": (
        "Selbst eine Spur, die ins Nichts führt, verrät, wo man nicht suchen muss",
    ),
    "Suchen dauert, und {hero} wollte sofort eine Antwort": (
        "Suchen dauert ewig, und Geduld war noch nie die Stärke von {hero} gewesen",
    ),
    "Etwas zu verlieren, das man liebt, gehört zu den schlimmsten Gefühlen überhaupt": (
        "Kaum etwas tut so weh, wie etwas Liebgewonnenes zu vermissen",
    ),
    "Augen lernen, Dinge zu bemerken, wenn man sie genug übt": (
        "Je mehr man hinschaut, desto besser lernen die Augen das Sehen",
    ),
    "Davon kam zwar nichts zurück, aber es brachte neue Ideen": (
        "Es sich vorzustellen, zauberte nichts herbei, weckte aber ein paar frische Gedanken",
    ),
    "Alles ist irgendwo, und irgendwo kann man finden": (
        "Nichts kann nirgends sein, also musste es an irgendeinem Ort warten",
    ),
    "Die nächste Stelle konnte genau die richtige sein": (
        "Vielleicht wartete die Lösung gleich hinter der nächsten Ecke",
    ),
    "Kleine Erfolge summieren sich, einer nach dem anderen": (
        "Viele winzige Siege ergeben am Ende einen großen",
    ),
    "Kaputtmachen dauert eine Sekunde, Reparieren manchmal einen ganzen Tag": (
        "Etwas geht im Handumdrehen kaputt und braucht dann Stunden, bis es wieder heil ist",
    ),
    "Auch Erfinder machen Fehler, und dann versuchen sie es noch einmal": (
        "Selbst berühmte Erfinder scheitern oft, bevor etwas gelingt",
    ),
    "Es war die gute Müdigkeit, die kommt, wenn man etwas baut": (
        "Über müde Arme nach nützlicher Arbeit beklagt sich niemand",
    ),
    "Jedes Teil, das passte, machte das nächste leichter": (
        "Jedes Stück, das seinen Platz fand, zeigte, wohin das nächste gehörte",
    ),
    "Vorsichtige Hände waren besser als schnelle": (
        "Langsam und gründlich, fand {hero}, war besser als schnell und schludrig",
    ),
    "Reparieren brauchte offenbar Nachdenken und Ausprobieren zugleich": (
        "Zum Reparieren brauchte man anscheinend einen klugen Kopf und fleißige Arme",
    ),
    "Kaputte Dinge werden nicht in Eile heil": ("Keine Reparatur, die etwas taugt, gelingt im Eiltempo",),
    "Sanft zu sein ist am Ende auch eine Art von Stärke": (
        "Behutsamkeit, so lernte {hero}, braucht ein starkes Herz",
    ),
    "Was wäre passiert, wenn niemand gekommen wäre?": (
        "Man musste sich einfach fragen, wie alles ohne Hilfe ausgegangen wäre",
    ),
    "Es gibt kein besseres Gefühl, als zu wissen, dass man etwas bewirkt": (
        "Zu wissen, dass man geholfen hat, gehört zu den schönsten Gefühlen der Welt",
    ),
    "Manchmal bringt Freundlichkeit einen ein bisschen zum Weinen, aber auf die gute Art": (
        "Güte kann einem die Augen feucht machen, selbst wenn man glücklich ist",
    ),
    "Niemand sollte mit einem Problem allein bleiben": ("Geteilte Sorgen wiegen nur halb so schwer",),
    "Jemand brauchte Hilfe, und das war wichtiger als alles andere": (
        "Gebraucht zu werden ließ alles andere ganz klein erscheinen",
    ),
    "Das musste nun die Freundlichkeit übernehmen": ("Freundliche Gesten mussten statt Worten sprechen",),
    "Das passiert, wenn man sich um jemand Kleineren kümmert": (
        "Wer sich um jemand Kleines kümmert, wächst dabei selbst ein Stück",
    ),
    "Es war kein schönes Gefühl, aber es ging vorbei": (
        "Zum Glück verflog das scheußliche Gefühl bald wieder",
    ),
    "Lieder können Ängste wunderbar leise machen": (
        "Eine Melodie, auch eine stumme, hält die Angst auf Abstand",
    ),
    "Dann fiel {hero} ein, dass auch Kleine sehr mutig sein können": (
        "Dann erinnerte sich {hero} daran, dass Mut nichts mit Größe zu tun hat",
    ),
    "Das Bleiben gewann, und darauf war {hero} stolz": (
        "Am Ende blieb {hero}, und darauf durfte {hero} stolz sein",
    ),
    "Mutig sein heißt nicht, dass die Knie aufhören zu zittern": (
        "Auch Mutigen zittern die Knie, sie gehen nur trotzdem weiter",
    ),
    "Die Neugier gewann, aber nur ganz knapp": ("Die Neugier lag vorn, wenn auch nur um Haaresbreite",),
    "Ängste wachsen, wenn man vor ihnen wegläuft, und schrumpfen, wenn man sie anschaut": (
        "Wer einer Angst ins Gesicht sieht, merkt oft, dass sie kleiner ist als gedacht",
    ),
    "Es gab hundert Arten, einen Wunsch zu erfüllen, und {hero} wollte sie alle ausprobieren": (
        "Es gab so viele Wege, einen Wunsch wahr zu machen, und {hero} wollte jeden einzelnen testen",
    ),
    "Wünsche brauchen Zeit, und {hero} wollte, dass dieser noch heute in Erfüllung ging": (
        "Auf einen Wunsch zu warten ist schwer, und {hero} hoffte, dass es diesmal schnell ging",
    ),
    "Nicht jeder darf einem Wunsch auf die Sprünge helfen": (
        "Beim Erfüllen eines Wunsches zu helfen ist eine seltene Aufgabe",
    ),
    "Einen Wunsch zu erfüllen war fast schöner, als selbst einen erfüllt zu bekommen": (
        "Jemand anderem einen Wunsch zu erfüllen fühlte sich fast so gut an wie ein eigener",
    ),
    "Einen Wunsch zu erfüllen ist eine Art Alltagszauber": (
        "Einen Wunsch wahr werden zu lassen kommt echter Zauberei am nächsten",
    ),
    "Diese Vorstellung half {hero} jedes Mal weiter, wenn es schwierig wurde": (
        "Wenn die Arbeit mühsam wurde, dachte {hero} an die glücklichen Gesichter",
    ),
    "Das war ein erstaunlich schönes Gefühl": ("Es fühlte sich wunderbar an",),
    "Hoffen allein reichte aber nicht, also arbeitete {hero} weiter": (
        "Doch mit Hoffen allein war es nicht getan, also machte sich {hero} wieder an die Arbeit",
    ),
    # SHAPE_EXCHANGES: was auf das Gespräch folgt
    "Niemand kannte die Antwort, aber es war eine lustige Frage": (
        "Die Frage war knifflig und komisch zugleich, und keiner wusste eine Antwort",
    ),
    "Leider nicht das Richtige, nur etwas, das von Weitem ein bisschen so aussah": (
        "Aus der Ferne hatte es sie getäuscht, aber aus der Nähe war es etwas ganz anderes",
    ),
    "{friend} war nicht sicher, ob das Glück so funktionierte, wollte es aber versuchen": (
        "{friend} bezweifelte, dass das Glück die Versuche mitzählt, machte aber trotzdem mit",
    ),
    "Danach schauten alle ein bisschen genauer hin": ("Von da an suchten alle Augen noch sorgfältiger",),
    "Also gingen sie den ganzen Morgen noch einmal durch, Stunde für Stunde": (
        "Schritt für Schritt gingen sie in Gedanken alles durch, was seit dem Frühstück passiert war",
    ),
    "Daraus wurde eine Art Spiel, und mit dem Spiel ging das Suchen leichter": (
        "Von da an war das Suchen fast ein Spiel, und Spiele machen nie so müde",
    ),
    "{friend} atmete erleichtert auf und wich {hero} nicht mehr von der Seite": (
        "Das hörte {friend} gern und blieb keinen Schritt mehr hinter {hero} zurück",
    ),
    "Von da an kam niemand an ihnen vorbei, ohne ein oder zwei höfliche Fragen zu hören": (
        "Danach wurde jeder, dem sie begegneten, höflich gefragt, ob er es gesehen hatte",
    ),
    "Es klang ein bisschen albern, aber es war die nützlichste Idee, die bisher jemand gehabt hatte": (
        "Es war ein seltsamer Plan, und doch wurde er ihr bester",
    ),
    "{friend} lachte, musste aber zugeben, dass das stimmte": (
        "Darüber musste {friend} kichern, aber widersprechen ließ sich kaum",
    ),
    "So war es, und einen Moment lang kamen sich beide ungeheuer schlau vor": (
        "Es passte perfekt, und sie waren mächtig zufrieden mit sich",
    ),
    "Diese Antwort hatte etwas Tröstliches": ("Das zu hören, tat irgendwie allen gut",),
    "Abwechseln machte die Arbeit langsamer, aber viel lustiger": (
        "Die Arbeit zu teilen machte sie langsamer, aber auch viel vergnüglicher",
    ),
    "{friend} nickte und versprach, sich ganz viel Zeit zu lassen": (
        "{friend} nickte entschlossen und schwor, unendlich viel Geduld zu haben",
    ),
    "Der Reihe nach wirkte die ganze Aufgabe gleich viel weniger schlimm": (
        "Eins nach dem anderen zu erledigen, ließ die große Aufgabe schrumpfen",
    ),
    "Genau so, und das nächste Teil rutschte ordentlich an seinen Platz": (
        "Das war genau richtig, und das folgende Stück rastete mit einem Klick ein",
    ),
    "Das dauerte eine Weile, aber der zweite Versuch klappte viel besser": (
        "Alles wieder auseinanderzunehmen dauerte, doch der neue Anlauf gelang prächtig",
    ),
    "Also sahen sie sich jeden Riss und jedes lose Teil ganz genau an": (
        "Sie untersuchten jeden Sprung und jedes wackelige Stück mit Detektivaugen",
    ),
    "Geduldig zu warten war, wie sich herausstellte, auch eine Art zu helfen": (
        "Manchmal, merkten sie, hilft man schon, indem man einfach da ist und wartet",
    ),
    "Sie beschlossen, bei allen dreien zu helfen, sicherheitshalber": (
        "Um nichts falsch zu machen, nahmen sie sich vor, bei allem zu helfen",
    ),
    "Also stellten sie sich vor, ganz leise und sehr höflich": (
        "Sie sagten ihre Namen mit ihren sanftesten und freundlichsten Stimmen",
    ),
    "Es war seltsam, daran zu denken, dass sie beinahe achtlos vorbeigekommen wären": (
        "Fast wären sie einfach vorbeigelaufen, und der Gedanke ließ sie nicht los",
    ),
    "Sie kamen ganz behutsam näher, ohne eine einzige hastige Bewegung": (
        "Nach und nach rückten sie heran und versuchten, klein und freundlich auszusehen",
    ),
    "Es tat gut zu wissen, dass der erste Schritt schon geschafft war": (
        "Zu wissen, dass sie schon angefangen hatten, machte den Rest möglich",
    ),
    "Das fanden alle vernünftig": ("Alle waren sich einig, dass das ein kluger Plan war",),
    "Danach musste niemand mehr daran erinnert werden, freundlich zu sein": (
        "Von da an kam die Freundlichkeit ganz von allein, ohne dass jemand darum bat",
    ),
    "Sie nahmen das sehr ernst, so wie es richtige Helfer tun": (
        "Es war ein ernstes Versprechen, und sie wollten es halten wie echte Helfer",
    ),
    "An diese Möglichkeit hatte noch niemand gedacht": ("Auf diese Idee war noch keiner gekommen",),
    "Und sie blieben wirklich dicht beieinander, vom Anfang bis zum Ende": (
        "Und so machten sie es, keinen Schritt voneinander entfernt, den ganzen Weg",
    ),
    "So hatte {friend} das noch nie gesehen": ("Für {friend} war das ein völlig neuer Gedanke",),
    "Scherzen vertrieb die Angst nicht, aber es machte sie kleiner": (
        "Die Witze konnten die Angst nicht verjagen, aber sie ließen sie schrumpfen",
    ),
    "Darüber dachte {friend} lange nach": (
        "Diese Worte gingen {friend} noch eine ganze Weile durch den Kopf",
    ),
    "Laut ausgesprochen klang es gleich viel weniger schrecklich": (
        "Kaum war es gesagt, wirkte es nur noch halb so furchtbar",
    ),
    "Das Lachen half viel mehr als das Zählen": ("Das Kichern tat mehr gut als jede Zahl",),
    "Irgendwie war es leichter, sich zu zweit zu fürchten als allein": (
        "Sich Seite an Seite zu gruseln war viel leichter, als sich allein zu gruseln",
    ),
    "Es nicht zu wissen, beschlossen sie, war schlimmer, als es herauszufinden": (
        "Für immer zu rätseln, fanden sie, wäre schlimmer, als nachzusehen",
    ),
    "Danach wirkte der Wunsch gar nicht mehr so riesig": (
        "Auf einmal schien der Wunsch eine Nummer kleiner",
    ),
    "Alle waren sich einig, dass die Überraschung das Beste war": (
        "Da gab es nichts zu streiten: Auf die Überraschung kam es an",
    ),
    "Ein fröhliches Geheimnis zu bewahren ist schwerer, als man denkt": (
        "Ein glückliches Geheimnis gehört zu den Dingen, die man am schwersten für sich behält",
    ),
    "Schon der Gedanke daran ließ sie ein bisschen schneller arbeiten": (
        "Sich diese Gesichter vorzustellen, ließ die Arbeit schneller vorangehen",
    ),
    "Und genau das hatten sie sich vorgenommen": ("Was genau ihr Plan war",),
    "{friend} musste zugeben, dass das stimmte": ("Dagegen fand {friend} kein einziges Argument",),
    "Das musste man niemandem zweimal sagen": ("Sofort machten sich alle wieder an die Arbeit",),
    "Es war die liebste Antwort, die {hero} je gehört hatte": (
        "{hero} fand, dass es die zärtlichste Antwort der Welt war",
    ),
    "Zum Glück gehörte Erfinden zu den Dingen, die sie am besten konnten": (
        "Zum Glück gehörte Improvisieren zu ihren besonderen Talenten",
    ),
    # REFLECTIONS
    "{hero} fragte sich, ob sich jedes große Abenteuer in der Mitte so unsicher anfühlte": (
        "Mitten in einem Abenteuer, dachte {hero}, weiß man nie, wie es ausgeht",
    ),
    "Irgendwo da draußen wartete die Lösung, und dieser Gedanke gab {hero} Kraft": (
        "Der Gedanke, dass die Lösung irgendwo wartete, gab {hero} neuen Schwung",
    ),
    "{friend} merkte, wie gründlich {hero} nachdachte, und blieb ganz in der Nähe": (
        "{friend} sah {hero} grübeln und blieb still in der Nähe",
    ),
    "Es ist seltsam, wie lang sich ein einziger Nachmittag anfühlen kann": (
        "Manchmal steckt in einem einzigen Nachmittag so viel wie in einer ganzen Woche",
    ),
    "{hero} erinnerte sich an einen Satz von Oma über Geduld und kleine Schritte": (
        "{hero} dachte daran, dass große Dinge, wie Oma gern sagte, aus kleinen Schritten bestehen",
    ),
    "Je weiter sie kamen, desto besser verstand {hero}, dass auch der Weg wichtig war": (
        "Nach und nach begriff {hero}, dass der Weg genauso zählte wie das Ziel",
    ),
    "Keiner sagte es laut, aber alle waren ein bisschen aufgeregt": (
        "Niemand gab es zu, aber manchen zitterten die Knie",
    ),
    "{hero} ging im Kopf noch einmal alles durch, was sie schon versucht hatten": (
        "Still zählte {hero} alle Ideen auf, die sie schon ausprobiert hatten",
    ),
    "Bei jedem neuen Geräusch schaute sich {friend} neugierig um": (
        "Bei jedem fremden Laut spitzte {friend} die Ohren",
    ),
    "In solchen Momenten stellte sich {hero} gern vor, was die Entdecker aus den Büchern tun würden": (
        "{hero} überlegte, was die Helden aus den Lieblingsbüchern jetzt versuchen würden",
    ),
    "Das Problem wirkte riesig, aber {hero} versuchte, es Stück für Stück zu durchdenken": (
        "{hero} beschloss, das riesige Problem zu zerlegen und ein kleines Teil nach dem anderen zu bedenken",
    ),
    "{friend} summte leise vor sich hin, und das bedeutete meistens, dass eine Idee unterwegs war": (
        "Von {friend} kam ein leises Summen, und das hieß fast immer, dass ein Plan reifte",
    ),
    "{hero} dachte daran, wie anders sich der Morgen angefühlt hatte und wie viel seitdem passiert war": (
        "Nach allem, was geschehen war, schien der Morgen schon sehr lange her",
    ),
    "{friend} war sehr geduldig, und darüber war {hero} froh": (
        "{hero} war dankbar, dass {friend} niemals jemanden drängte",
    ),
    "Jeder Schritt brachte sie ein Stück näher, auch wenn es sich nicht so anfühlte": (
        "Selbst die Schritte, die nutzlos wirkten, trugen sie näher heran",
    ),
    "{hero} ahnte, dass man von diesem Tag später noch oft erzählen würde": (
        "{hero} vermutete, dass dieser Tag noch jahrelang Gesprächsstoff sein würde",
    ),
    "Komisch: Das Schwierigste an einem Problem ist oft, einfach anzufangen": (
        "Der Anfang, bemerkte {hero}, ist oft der kniffligste Teil",
    ),
    "{hero} versuchte, sich jede Kleinigkeit zu merken, falls sie wichtig sein sollte": (
        "{hero} speicherte jedes Detail ab, falls eines davon zählen sollte",
    ),
    "Keiner beschwerte sich, obwohl alle ein bisschen müde waren": (
        "Müde Beine hin oder her, kein einziges Murren war zu hören",
    ),
    "{hero} drehte und wendete das Problem im Kopf hin und her": (
        "Das Problem kullerte im Kopf von {hero} herum wie eine Murmel in einer Schüssel",
    ),
    "Es gab keine Eile, fand {hero}: Sorgfältig war besser als schnell": (
        "Langsam und stetig, beschloss {hero}, würden sie ans Ziel kommen",
    ),
    "{friend} schaute immer wieder zu {hero} hinüber, um nachzusehen, ob alles in Ordnung war": (
        "Ab und zu blickte {friend} zu {hero}, um sicherzugehen, dass alles gut war",
    ),
    # SHAPE_FEELINGS: glad, die Gründe
    "Nach all dem Suchen schien Loslassen keine gute Idee": (
        "Es hatte viel zu lange gedauert, es zu finden, um es gleich wieder zu riskieren",
    ),
    "Verlorene Dinge, die zurückkommen, sind noch kostbarer als vorher": (
        "Was verschwunden war und wieder auftaucht, ist doppelt so viel wert",
    ),
    "Natürlich war es Teamarbeit gewesen, und das wusste {hero} genau": (
        "Allein hätte es niemand geschafft, und {hero} sagte das auch laut",
    ),
    "Die lange Suche war endlich vorbei": ("Das ganze Suchen hatte endlich ein Ende gefunden",),
    "Man sah fast nichts mehr davon": ("Nur wer genau wusste, wo, hätte die Reparatur entdeckt",),
    "Etwas mit den eigenen Händen zu reparieren macht auf ganz besondere Art glücklich": (
        "Kaum etwas fühlt sich so gut an, wie etwas selbst wieder heil zu machen",
    ),
    "Die ganze sorgfältige Arbeit hatte sich gelohnt": (
        "Jede langsame, geduldige Minute hatte sich ausgezahlt",
    ),
    "Aus kaputt war wieder ganz geworden, und das fühlte sich an wie Zauberei": (
        "Was in Stücken gewesen war, war wieder eins, und das wirkte fast magisch",
    ),
    "Jemand anderen glücklich zu machen macht auf ganz besondere Weise glücklich": (
        "Die Freude, jemand anderen zum Lächeln zu bringen, ist eine ganz eigene Freude",
    ),
    "Freundlichkeit findet immer einen Weg zurück": (
        "Freundlichkeit hat die Angewohnheit, wieder heimzukehren",
    ),
    "Niemand hatte sie um Hilfe gebeten, aber sie hatten trotzdem geholfen": (
        "Sie hatten geholfen, ohne dass jemand darum gebeten hatte, und das machte es noch schöner",
    ),
    "Alle waren in Sicherheit und glücklich, und nur das zählte": (
        "Jetzt zählte nur noch, dass alle sicher waren und lächelten",
    ),
    "Sich einer Angst zu stellen verändert einen ein bisschen, und zwar zum Guten": (
        "Wer einer Angst in die Augen schaut, wird innen ein kleines Stück größer",
    ),
    "Von der anderen Seite wirkte sie fast albern": (
        "Jetzt, wo sie hinter ihnen lag, war sie fast zum Lachen",
    ),
    "Es war die Art Gefühl, die man am liebsten für immer behalten würde": (
        "{hero} hätte dieses Gefühl gern in ein Glas gesteckt und für später aufgehoben",
    ),
    "Mutig sein ist anstrengend, aber es lohnt sich": ("Mut macht müde, aber er ist jede Mühe wert",),
    "Vielleicht stimmte das, und vielleicht hatten sie den Zauber selbst gemacht": (
        "Vielleicht war es so, und vielleicht waren sie es selbst, die gezaubert hatten",
    ),
    "Ein erfüllter Wunsch ist noch schöner, wenn man dabei geholfen hat": (
        "Ein Wunsch, bei dem man selbst geholfen hat, ist der allerbeste",
    ),
    "So ein Glück will tanzen": ("So viel Freude muss einfach durch die Füße hinaus",),
    "Einen Wunsch in Erfüllung gehen zu sehen war das Schönste, was {hero} je gesehen hatte": (
        "Zuzusehen, wie ein Wunsch wahr wurde, war schöner als alles, woran {hero} sich erinnern konnte",
    ),
    # THREADS: die Auflösungen
    "Plötzlich blieb {hero} mitten im Trubel stehen und rief: „Ein Loch! Die Antwort ist ein Loch!“": (
        "Auf einmal rief {hero}: „Ein Loch! Je mehr man gräbt, desto größer wird es!“",
    ),
    "„Kennst du noch mehr Rätsel?“, fragte {hero} vor dem Einschlafen, und {pal} versprach ein neues für "
    "morgen": (
        "Gähnend bat {hero} um ein weiteres Rätsel, und {pal} versprach eins gleich nach dem Aufwachen",
    ),
    "Als der richtige Moment gekommen war, holte {hero} das fertige Band aus der Tasche und schenkte es "
    "{pal}": (
        "Im genau richtigen Augenblick kam das fertige Band zum Vorschein, und {hero} überreichte es {pal}",
    ),
    "„Das hast du die ganze Zeit für mich gemacht?“, fragte {pal} und trug es den ganzen Abend voller "
    "Stolz": ("„Das hast du also heimlich gemacht?“, staunte {pal} und band es sich sofort strahlend um",),
    "Dann, mitten in all der Freude, spitzte {pal} die Lippen und pfiff einen klaren, lauten, perfekten "
    "Ton": ("Und genau da, während alle feierten, gelang {pal} endlich ein heller, klarer, lauter Pfiff",),
    "Danach machten {hero} und {pal} die Karte gemeinsam fertig und malten einen großen goldenen Stern an "
    "die Stelle, wo das Problem gelöst worden war": (
        "Später vollendeten {hero} und {pal} die Karte Seite an Seite und markierten den Ort ihres Erfolgs "
        "mit einem großen Goldstern",
    ),
    "Mitten im Jubel machte {pal} einen winzigen, sehr albernen Tanz, und {hero} prustete endlich los": (
        "Während alle feierten, legte {pal} einen lächerlichen kleinen Wackeltanz hin, und das ernste "
        "Gesicht von {hero} zerbrach endlich in Gelächter",
    ),
    "„Du hast gewonnen“, kicherte {hero}, und {pal} verbeugte sich lange und sehr feierlich": (
        "„Na gut, du hast gewonnen“, prustete {hero}, und {pal} verneigte sich so tief wie ein Hofdiener",
    ),
    "Als am Ende alle jubelten, gab {pal} das Zählen ganz auf, weil es einfach viel zu viele Lacher waren": (
        "Am Schluss, als alle jubelten, hörte {pal} mit dem Zählen auf, denn die Lacher waren nicht mehr zu "
        "zählen",
    ),
    "„Zu viele zum Zählen“, verkündete {pal}, „und das ist die allerschönste Zahl.“": (
        "„Mehr, als ich zählen kann“, erklärte {pal}, „und das ist die beste Summe überhaupt.“",
    ),
    "Das allerletzte Lachen des Tages kam von {hero}, leise und verschlafen, und {pal} zählte es auch noch": (
        "Kurz vor dem Einschlafen kicherte {hero} noch einmal schläfrig, und {pal} rechnete es mit",
    ),
    # EXCHANGES: was auf das Gespräch folgt
    "Sie grinsten sich an, denn beide kannten die Antwort schon längst": (
        "Sie tauschten ein Lächeln: Aussprechen musste es keiner",
    ),
    "Eine Weile sagte niemand mehr ein Wort, und die Stille fühlte sich warm und gemütlich an": (
        "Danach lauschten sie eine Zeit lang, und die Ruhe war richtig behaglich",
    ),
    "{friend} lachte und versprach, an die Frage zu denken": (
        "{friend} kicherte und schwor, beim Schlafengehen noch einmal nachzufragen",
    ),
    "Manchmal sagt man die wichtigsten Dinge mit den wenigsten Worten": (
        "Was am meisten zählt, passt oft in eine Handvoll Worte",
    ),
    "{hero} sah sich langsam um und versuchte, sich jede Kleinigkeit einzuprägen": (
        "{hero} schaute lange hin und bewahrte jede Einzelheit wie einen Schatz",
    ),
    "{friend} erzählte eine so verrückte Geschichte, dass sich beide vor Lachen die Bäuche halten mussten": (
        "Die Geschichte von {friend} war so absurd, dass beide am Ende vor Lachen nicht mehr konnten",
    ),
    "Über diese Antwort kicherte {friend} noch lange Zeit": (
        "{friend} konnte über diese Antwort gar nicht aufhören zu lachen",
    ),
    "Sie stritten fröhlich darüber, ob das überhaupt möglich war": (
        "Daraus wurde ein vergnügter Streit darüber, ob so etwas wahr sein konnte",
    ),
    "{friend} verdrehte die Augen, musste aber trotzdem lächeln": (
        "{friend} stöhnte, doch das Lächeln verriet alles",
    ),
    "Das klang für beide nach einem ausgezeichneten Plan": (
        "Beide waren sich einig, dass das eine prima Idee war",
    ),
    "{friend} lachte so sehr, dass es lange dauerte, bis das Lachen aufhörte": (
        "{friend} lachte, bis die Luft wegblieb",
    ),
    "Das fanden beide ein vollkommen vernünftiges Argument": (
        "Keiner von beiden fand auch nur einen Fehler in dieser Überlegung",
    ),
    "Also blieben sie stehen, überlegten sich jede Möglichkeit und wählten den vernünftigsten Weg": (
        "Sie hielten inne, wogen jede Richtung ab und nahmen die, die am meisten Sinn ergab",
    ),
    "Beide lachten, und das Lachen gab ihnen genug Kraft, um weiterzumachen": (
        "Darüber mussten beide lachen, und das Lachen brachte neue Kraft in ihre Beine",
    ),
    "Langsam zu gehen war genau die richtige Idee": ("Vorsichtig zu gehen erwies sich als die klügste Wahl",),
    "Irgendwie wirkte das Problem ein bisschen kleiner, als sie alles laut aufzählten": (
        "Alles laut auszusprechen ließ das Problem irgendwie schrumpfen",
    ),
    "Genau das taten sie dann auch, und der Imbiss half ganz bestimmt": (
        "Das machten sie, und der Imbiss war eine große Hilfe",
    ),
    "Es war nichts Wichtiges, aber von da an passten beide viel besser auf": (
        "Es war nicht der Rede wert, aber danach hielten beide die Augen weit offen",
    ),
    "{friend} erklärte den Plan, und {hero} hörte sich jeden Teil davon aufmerksam an": (
        "{hero} ließ sich von {friend} den ganzen Plan erklären, ohne ein einziges Mal zu unterbrechen",
    ),
    "{hero} verstand dieses Gefühl ganz genau": ("{hero} wusste nur zu gut, wie sich das anfühlt",),
    "Das war eine so vernünftige Antwort, dass {friend} keine einzige Beschwerde einfiel": (
        "{friend} musste zugeben, dass das eine sehr weise Antwort war",
    ),
    "Sie machten den Plan gemeinsam und stritten sich fröhlich über die Reihenfolge der Schritte": (
        "Zu zweit schmiedeten sie den Plan und zankten sich vergnügt darüber, was zuerst kam",
    ),
    "Irgendwie wirkte der Weg nach diesem Versprechen ein wenig freundlicher": (
        "Mit diesem Versprechen im Rücken sah der Weg gleich weniger ungewiss aus",
    ),
    "Beim lauten Erklären entdeckte {hero} ein oder zwei Dinge, die vorher verborgen geblieben waren": (
        "Beim Erzählen fielen {hero} ein paar Einzelheiten auf, die allen entgangen waren",
    ),
    "Aus der Minute wurden drei, aber niemand beschwerte sich": (
        "Die eine Minute dehnte sich auf drei, und keinen störte es",
    ),
    "Das war keine besonders hilfreiche Antwort, aber sie brachte alle zum Nachdenken": (
        "Geholfen hat das nicht viel, aber es brachte sie wieder ins Grübeln",
    ),
    # FEELINGS: busy und glad, die Gefühle
    "{hero} war fest entschlossen, auch wenn niemand wusste, was als Nächstes geschehen würde": (
        "{hero} wollte unbedingt weitermachen, ganz egal, was kam",
    ),
    "Im Bauch von {hero} tanzte ein aufgeregtes Kribbeln": (
        "{hero} hatte einen Bauch voller zappeliger Schmetterlinge",
    ),
    "{hero} konzentrierte sich so sehr, dass alles andere zu verschwinden schien": (
        "{hero} dachte so angestrengt nach, dass der Rest der Welt verstummte",
    ),
    "Im Kopf von {hero} wechselten sich Hoffnung und Zweifel ab": (
        "{hero} schwankte zwischen Hoffen und Zweifeln",
    ),
    "{hero} war müde, aber nicht müde genug, um aufzugeben": (
        "Die Beine von {hero} waren schwer, aber Schluss machen kam nicht in Frage",
    ),
    "Die Neugier zog {hero} vorwärts wie ein unsichtbarer Faden": (
        "{hero} spürte, wie die Neugier nach vorn drängte",
    ),
    "{hero} war ein wenig nervös, aber vor allem ungeduldig": (
        "{hero} war etwas zappelig und noch mehr darauf erpicht, weiterzukommen",
    ),
    "{hero} versuchte angestrengt, wie ein Detektiv zu denken": (
        "{hero} schaltete das beste Detektivdenken ein",
    ),
    "Eine neue Idee begann im Kopf von {hero} zu wachsen, langsam, wie ein Samenkorn": (
        "Langsam, wie ein Keimling, spross im Kopf von {hero} ein frischer Gedanke",
    ),
    "{hero} war mutiger als sonst, und das war eine angenehme Überraschung": (
        "Zur Freude von {hero} schien der Mut wie aus dem Nichts aufgetaucht zu sein",
    ),
    "{hero} spürte einen Funken sturer Hoffnung": ("In {hero} flackerte eine kleine, hartnäckige Hoffnung",),
    "{hero} war verärgert, versuchte aber, es nicht zu zeigen": (
        "Innerlich brodelte es in {hero} ein wenig, doch das Gesicht blieb ruhig",
    ),
    "Plötzlich spürte {hero} eine große Verantwortung": (
        "Auf einmal fühlte sich {hero} wichtig und gebraucht",
    ),
    "{hero} war hellwach und zu allem bereit": ("Alles an {hero} war wach und wollte loslegen",),
    "Ein kleiner, sturer Funke ließ {hero} weitermachen": (
        "Etwas Kleines, Entschlossenes in {hero} wollte nicht aufgeben",
    ),
    "{hero} spürte ein aufgeregtes Kribbeln": ("Ein Schauer der Vorfreude lief durch {hero}",),
    "{hero} war ein bisschen außer Atem, aber glücklich": (
        "{hero} schnaufte ein wenig und lächelte trotzdem",
    ),
    "Das Glück sprudelte in {hero} wie Limonade": ("{hero} lief fast über vor Freude",),
    "{hero} war stolz, aber vor allem erleichtert": (
        "Vor allem war {hero} erleichtert, und ein gutes Stück stolz",
    ),
    "{hero} konnte nicht aufhören zu lächeln": ("Ein riesiges Lächeln hatte das Gesicht von {hero} erobert",),
    "Eine wunderbare Leichtigkeit erfüllte {hero} von Kopf bis Fuß": ("{hero} fühlte sich federleicht",),
    "{hero} hatte Lust zu tanzen und tanzte nach einer Weile tatsächlich los": (
        "Die Füße von {hero} wollten tanzen, und bald taten sie es auch",
    ),
    "Tief im Inneren staunte {hero} darüber, wie der Tag ausgegangen war": (
        "{hero} konnte kaum glauben, wie gut der Tag geendet hatte",
    ),
    "{hero} fühlte sich leicht wie ein Luftballon": ("Am liebsten wäre {hero} in den Himmel geschwebt",),
    "Ein großes, warmes Glücksgefühl breitete sich in {hero} aus": (
        "{hero} strahlte vor Glück, innen wie außen",
    ),
}
