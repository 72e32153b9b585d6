"""French phrases of early readers' and chapter books' pages (see chapters.py)."""

from __future__ import annotations

from storyloom.providers.text.engine.chapters import Thread

EXCHANGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "curious": (
        (
            "« Qui ça peut bien être ? » demanda {friend}, les yeux brillants",
            (
                "« Quelqu'un de gentil, c'est sûr, dit {hero}, et quelqu'un qui sait très bien ne pas "
                "se faire voir. »"
            ),
            "Ils sourirent tous les deux, car une énigme gentille est la meilleure des énigmes",
        ),
        (
            "« Tu crois que ça recommencera demain ? » se demanda {friend}",
            "« Je l'espère, dit {hero}, et cette fois, on ouvrira l'œil. »",
            "{friend} hocha la tête si fort qu'on aurait dit une petite danse",
        ),
        (
            "« Et si c'était quelqu'un de tout petit ? » demanda {friend}",
            "« Ou quelqu'un de très timide, dit {hero}, alors il faudra être très doux. »",
            "Ils se chuchotèrent leurs idées, chacune plus farfelue que la précédente",
        ),
        (
            "« J'adore les énigmes », dit {friend} en sautillant presque d'impatience",
            "« Moi aussi, dit {hero}, surtout celles qui ont une réponse gentille. »",
            "Alors ils réfléchirent tous les deux de toutes leurs forces",
        ),
        (
            "« On note tout ce qu'on a remarqué ? » demanda {friend}",
            "« Absolument tout, dit {hero}, même ce qui paraît trop petit pour compter. »",
            "Bientôt, la liste fut étonnamment longue",
        ),
        (
            "« C'est un peu comme une lettre sans signature », dit {friend}",
            "« Alors on va découvrir qui l'a écrite, dit {hero}, et on lui répondra. »",
            "Ce plan plut beaucoup à {friend}",
        ),
    ),
    "calm": (
        (
            "« Tu te demandes parfois ce qui nous attend au prochain tournant ? » demanda {friend}",
            "« Tout le temps, répondit {hero}, et c'est justement pour ça que j'adore explorer avec toi. »",
            "Ils échangèrent un sourire, parce que tous les deux connaissaient déjà la réponse",
        ),
        (
            "« Écoute, chuchota {friend}, tout sonne différemment quand on se tait. »",
            "« Tu as raison, murmura {hero}, c'est comme si cet endroit nous racontait un secret. »",
            "Pendant un moment, personne ne dit plus rien, et ce silence était doux et agréable",
        ),
        (
            (
                "« Si tu pouvais garder un seul moment de cette journée pour toujours, lequel choisirais-tu "
                "? » demanda {friend}"
            ),
            "« Celui-ci, sans doute, répondit {hero}, mais redemande-moi ce soir. »",
            "{friend} éclata de rire et promit de se souvenir de la question",
        ),
        (
            "« Ça me fait plaisir que tu sois là », dit soudain {friend}, sans lever les yeux",
            "« Moi aussi », répondit {hero}, et ces quelques mots comptaient beaucoup",
            "Parfois, les choses les plus importantes se disent en très peu de mots",
        ),
        (
            "« Est-ce qu'on devrait se souvenir de cet endroit pour un autre jour ? » demanda {hero}",
            "« Bien sûr, dit {friend}, on pourrait revenir quand on aura moins besoin de se dépêcher. »",
            "{hero} regarda lentement tout autour, en essayant de retenir chaque détail",
        ),
        (
            "« Je peux te raconter une bêtise ? » demanda {friend}",
            "« Les bêtises, ce sont mes choses préférées », répondit {hero}",
            (
                "{friend} raconta une histoire tellement absurde qu'ils durent tous les deux se tenir le "
                "ventre de rire"
            ),
        ),
        (
            "« À quoi est-ce que tu penses quand tu n'arrives pas à dormir ? » demanda {friend}",
            "« Surtout à des aventures, avoua {hero}, et parfois au petit déjeuner. »",
            "Cette réponse inattendue provoqua chez {friend} un fou rire interminable",
        ),
        (
            "« Tu as remarqué comme tout paraît différent d'ici ? » demanda {hero}",
            "« Tout paraît plus petit et plus intéressant à la fois », dit {friend} d'un air songeur",
            "Ils se disputèrent joyeusement pour déterminer si une chose pareille était seulement possible",
        ),
        (
            "« Raconte-moi la meilleure chose qui t'est arrivée cette semaine », dit {friend}",
            (
                "« La journée n'est pas encore finie, alors je réfléchis encore », répondit {hero} avec un "
                "clin d'œil"
            ),
            "{friend} leva les yeux au ciel, mais ne put s'empêcher de sourire",
        ),
        (
            "« J'aimerais que chaque journée soit aussi intéressante que celle-ci », soupira {friend}",
            "« Alors il faudra continuer à trouver des choses intéressantes », dit {hero}",
            "Tous les deux estimèrent que c'était un programme excellent, et même parfaitement raisonnable",
        ),
        (
            "« Quelle est la chose la plus bizarre que tu aies jamais vue ? » demanda {friend}",
            "« Sans doute ma propre tête au réveil », répondit {hero}",
            "{friend} rit tellement qu'il fallut très longtemps pour s'arrêter",
        ),
        (
            "« Tu crois que quelqu'un est déjà venu exactement ici ? » se demanda {hero}",
            (
                "« Peut-être, mais jamais avec nous, dit {friend}, alors ça compte quand même comme une "
                "découverte. »"
            ),
            "Tous les deux jugèrent l'argument parfaitement raisonnable, même s'il était impossible à "
            "vérifier",
        ),
    ),
    "worried": (
        (
            "« Et si on ne trouvait jamais {goal} ? » demanda {friend} d'une toute petite voix",
            (
                "« Alors on continuera à chercher jusqu'à ce qu'on y arrive », dit {hero}, en s'efforçant "
                "de parler avec assurance"
            ),
            "{friend} hocha lentement la tête, même si personne n'avait l'air tout à fait convaincu",
        ),
        (
            "« C'est peut-être ma faute », dit {friend}, les yeux fixés sur le sol",
            (
                "« Ce n'est la faute de personne, répondit {hero} d'une voix ferme, et se faire des "
                "reproches n'aidera personne. »"
            ),
            "Ces mots semblaient raisonnables, et peu à peu {friend} arrêta de fixer le sol",
        ),
        (
            "« Je n'aime pas du tout cette sensation », murmura {friend}",
            (
                "« Moi non plus, avoua {hero}, mais les sensations changent, et cette journée peut changer "
                "aussi. »"
            ),
            (
                "Ils restèrent serrés l'un contre l'autre, épaule contre épaule, jusqu'à ce que le pire "
                "soit passé"
            ),
        ),
        (
            "« Tu as un plan ? » demanda {friend} avec espoir",
            "« Pas encore, dit {hero}, mais j'y travaille, c'est promis. »",
            "{hero} fronça les sourcils pour se concentrer, et {friend} décida de ne pas l'interrompre",
        ),
        (
            "« On fait demi-tour ? » demanda {friend} tout bas",
            "« Pas encore, dit {hero}, réfléchissons encore une minute. »",
            "{friend} hocha la tête et attendit, et cette minute parut très longue",
        ),
        (
            "« Je ne sais plus trop quoi penser », chuchota {friend}",
            "« Moi non plus, dit {hero}, mais heureusement que tu es là. »",
            "Cela leur fit du bien à tous les deux",
        ),
    ),
    "busy": (
        (
            "« Par où est-ce qu'on va maintenant ? » demanda {friend}, en regardant à gauche puis à droite",
            "« Réfléchissons bien avant de décider », dit {hero}",
            (
                "Alors ils s'arrêtèrent, examinèrent toutes les possibilités et choisirent le chemin le "
                "plus raisonnable"
            ),
        ),
        (
            "« Je crois qu'on se rapproche », dit {friend} avec un petit bond plein d'espoir",
            "« J'espère que tu as raison, répondit {hero}, parce que mes jambes commencent à fatiguer. »",
            "Ils rirent tous les deux, et ce rire leur donna assez d'énergie pour continuer",
        ),
        (
            "« Attention ici, prévint {hero}, ça a l'air plus difficile que de loin. »",
            "« J'irai doucement, promit {friend}, un pas prudent après l'autre. »",
            "Avancer doucement se révéla être exactement la bonne idée",
        ),
        (
            "« Tu te souviens de tout ce qu'on a déjà essayé ? » demanda {hero}",
            "« De chaque chose », soupira {friend}, en les comptant une par une",
            "Curieusement, tout énumérer à voix haute rendit le problème un peu plus petit",
        ),
        (
            "« Qu'est-ce qu'un vrai explorateur ferait maintenant ? » se demanda {friend}",
            "« Il mangerait sans doute un goûter en réfléchissant », dit {hero} très sérieusement",
            "C'est exactement ce qu'ils firent, et le goûter les aida beaucoup",
        ),
        (
            (
                "« Attends, tu as remarqué ça ? » demanda {friend}, en s'arrêtant si brusquement que {hero} "
                "faillit trébucher"
            ),
            "« Remarqué quoi ? » demanda {hero}, en regardant dans toutes les directions",
            "Ce n'était rien d'important, mais à partir de ce moment-là ils firent beaucoup plus attention",
        ),
        (
            "« J'ai une idée, mais elle est peut-être très mauvaise », avoua {friend}",
            "« Les très mauvaises idées sont parfois le début des idées géniales », dit {hero}",
            "{friend} expliqua le plan, et {hero} écouta attentivement chacune de ses étapes",
        ),
        (
            "« Tu commences à fatiguer ? » demanda {hero}",
            (
                "« Un tout petit peu, dit {friend}, mais j'ai beaucoup trop envie de connaître la suite "
                "pour m'arrêter maintenant. »"
            ),
            "{hero} comprenait parfaitement ce sentiment",
        ),
        (
            "« À ton avis, c'est encore loin ? » demanda {friend}, en plissant les yeux",
            "« Plus loin que je le voudrais, mais moins loin que ce matin », répondit {hero}",
            "C'était une réponse tellement raisonnable que {friend} ne trouva rien à redire",
        ),
        (
            "« On devrait faire un vrai plan avant tout le reste », proposa {hero}",
            (
                "« Un plan avec au moins trois étapes, approuva {friend}, au cas où les deux premières ne "
                "marchent pas. »"
            ),
            "Ils firent le plan ensemble, en se disputant gaiement sur l'ordre des étapes",
        ),
        (
            "« Quoi qu'il arrive, restons ensemble », dit doucement {friend}",
            "« Toujours », promit {hero}, et ils se serrèrent la main très sérieusement",
            "Cette promesse rendit le chemin un peu moins incertain",
        ),
        (
            "« Je crois que je comprends mieux le problème maintenant », dit lentement {hero}",
            "« Alors explique-le-moi, parce que moi, je n'y comprends rien », rit {friend}",
            (
                "En l'expliquant à voix haute, {hero} remarqua une ou deux choses qui lui avaient échappé "
                "jusque-là"
            ),
        ),
        (
            "« On peut se reposer une minute ? » demanda {friend}, tout essoufflé",
            "« Une minute, et pas une seconde de plus », dit {hero} avec un sourire",
            "La minute devint trois, mais personne ne s'en plaignit",
        ),
        (
            "« Quelle est la dernière chose qu'on a vérifiée ? » demanda {friend} en se grattant le menton",
            "« Tout, sauf le seul endroit auquel on n'a pas encore pensé », répondit {hero}",
            "Ce n'était pas une réponse très utile, mais elle les fit réfléchir plus fort",
        ),
    ),
    "glad": (
        (
            "« On a vraiment réussi ! » cria {friend} en sautant sur place",
            "« On a réussi ensemble, dit {hero}, et c'est ça le plus beau. »",
            "Leurs voix résonnèrent tout autour, pleines de joie et de soulagement",
        ),
        (
            "« Je savais que tu trouverais quelque chose », dit fièrement {friend}",
            "« Je n'aurais jamais réussi sans toi », répondit {hero}, et c'était vrai du fond du cœur",
            "{friend} rayonnait tellement que {hero} sentit une douce chaleur l'envahir",
        ),
        (
            "« C'est vraiment fini ? » demanda {friend}, sans oser y croire",
            "« Vraiment, dit {hero}, et tout s'est encore mieux passé que prévu. »",
            "Ils restèrent là un moment, à savourer simplement ce sentiment",
        ),
        (
            "« C'est le plus beau jour de ma vie ! » déclara {friend}",
            "« Tu as dit ça hier, rit {hero}, mais cette fois je suis d'accord. »",
            "Tous ceux qui les entendirent se mirent à rire aussi",
        ),
        (
            "« Tu te rends compte qu'on a réussi ? » demanda {friend} avec un grand sourire",
            "« Pas encore, rit {hero}, redemande-moi demain. »",
            "{friend} rit si fort que tous les autres s'y mirent aussi",
        ),
        (
            "« Tu sais, j'avais un tout petit peu peur », avoua {friend}",
            "« Moi aussi, dit {hero}, mais on l'a fait quand même. »",
            "Le dire à voix haute, on ne sait comment, les rendit encore plus courageux",
        ),
    ),
    "night": (
        (
            "« Bonne nuit, {hero} », murmura {friend}, les yeux déjà à moitié fermés",
            "« Bonne nuit, chuchota {hero}, et merci pour cette journée. »",
            (
                "Bientôt, on n'entendit plus que la respiration lente et paisible d'amis qui avaient "
                "accompli quelque chose de merveilleux"
            ),
        ),
        (
            "« Est-ce que demain sera aussi passionnant qu'aujourd'hui ? » demanda {friend} en bâillant",
            "« Peut-être pas, dit {hero} d'une voix ensommeillée, mais c'est sans doute une bonne chose. »",
            "Quelque part tout près, quelqu'un ronflait déjà très doucement",
        ),
        (
            "« Qu'est-ce que tu as préféré aujourd'hui ? » demanda {friend} en bâillant",
            "« Tout, bâilla {hero}, même les moments difficiles. »",
            "{friend} fit oui de la tête, et bientôt tous les deux rêvaient",
        ),
        (
            "« Tu crois qu'on vivra bientôt une autre aventure ? » chuchota {friend}",
            "« J'espère bien, murmura {hero}, mais pas avant le petit déjeuner. »",
            "Ils pouffèrent tout bas jusqu'à ce que les rires deviennent des bâillements",
        ),
        (
            "« Merci de ne pas avoir abandonné aujourd'hui », dit doucement {friend}",
            "« Merci d'avoir été là avec moi », répondit {hero}",
            "C'était exactement ce qu'il fallait dire à la fin d'une telle journée",
        ),
    ),
}

FEELINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "curious": (
        (
            "Une curiosité pétillante monta en {hero}",
            "Quelqu'un était gentil en secret, et {hero} voulait vraiment savoir qui",
        ),
        (
            "{hero} avait hâte d'en savoir plus",
            "Une énigme avec une réponse gentille est la meilleure des énigmes",
        ),
        (
            "{hero} sentit un petit frisson d'impatience",
            "C'était comme la première page d'un livre que personne n'avait encore lu",
        ),
        (
            "Les questions bourdonnaient dans la tête de {hero} comme des abeilles amicales",
            "Qui, comment, et surtout pourquoi ?",
        ),
        (
            "{hero} eut un petit sourire secret",
            "Qui que ce soit, ce n'était sûrement pas pour faire peur à quelqu'un",
        ),
        (
            "{hero} avait l'esprit en éveil et plein de projets",
            "Quelque part, tout près, une réponse attendait qu'on la trouve",
        ),
    ),
    "calm": (
        (
            "{hero} avait l'esprit calme et plein de curiosité, comme au début d'un bon livre",
            "Tout pouvait arriver, et cette pensée était plus excitante qu'effrayante",
        ),
        (
            "Un sentiment doux et paisible envahit {hero}",
            "Les journées comme celle-ci étaient rares, et {hero} voulait en profiter à chaque minute",
        ),
        (
            "{hero} avait beaucoup de chance d'avoir une si bonne compagnie",
            "Explorer sans personne aurait été intéressant, mais explorer ensemble était bien meilleur",
        ),
        (
            "Pour une fois, {hero} avait tout son temps",
            "Il y avait le temps de regarder de près, d'écouter et de se poser des questions",
        ),
        (
            "{hero} respira lentement et eut l'impression que tout son corps se réveillait",
            "Chaque bruit et chaque couleur paraissaient un peu plus vifs que d'habitude",
        ),
        (
            "{hero} avait le cœur merveilleusement léger, comme si marcher pendant des heures était facile",
            "Impossible d'être de mauvaise humeur avec une compagnie aussi joyeuse",
        ),
        (
            "Un bonheur tranquille s'installa dans le cœur de {hero}",
            "C'était le genre de bonheur qui n'a besoin d'aucune raison particulière",
        ),
        (
            (
                "{hero} avait de la patience et de la bonne humeur à revendre, ce qui n'arrive pas tous les "
                "jours"
            ),
            (
                "Même les petites choses, comme un bruit amusant ou une forme étrange, valaient la peine de "
                "s'arrêter"
            ),
        ),
        (
            "Une bulle d'excitation monta en {hero}",
            "Quelque chose disait à {hero} que cette journée méritait qu'on s'en souvienne",
        ),
        (
            "{hero} se sentait parfaitement à sa place",
            "C'est une belle sensation d'être exactement là où l'on veut, avec exactement la bonne compagnie",
        ),
    ),
    "worried": (
        (
            "{hero} avait comme un gros nœud d'inquiétude au milieu de la poitrine",
            "C'était le genre d'inquiétude qui fait tourner les pensées en rond",
        ),
        (
            "Un sentiment froid et incertain envahit {hero}",
            "Ce matin, tout paraissait si simple, et maintenant plus rien ne l'était",
        ),
        (
            "{hero} avala sa salive et essaya de ne pas montrer son inquiétude",
            "Il fallait que quelqu'un garde son calme, et {hero} décida de s'en charger",
        ),
        (
            "La déception pesait sur les épaules de {hero} comme un manteau mouillé",
            "Pourtant, une petite voix têtue répétait que l'histoire ne s'arrêtait pas là",
        ),
        (
            "Une petite voix inquiète demandait sans cesse à {hero} ce qui allait se passer",
            "{hero} fit tout son possible pour ne pas l'écouter",
        ),
        (
            "{hero} avait le ventre tout noué",
            "C'est ce qu'on ressent quand on ne sait pas comment une chose va finir",
        ),
        (
            "D'un coup, tout parut immense à {hero}",
            "Le problème semblait avoir grandi pendant que personne ne regardait",
        ),
    ),
    "busy": (
        (
            "{hero} avait une grande détermination, même si personne ne savait ce qui allait se passer",
            "Chaque pas, même tout petit, les rapprochait de ce qu'ils cherchaient",
        ),
        (
            "Un frisson d'excitation nerveuse dansait dans le ventre de {hero}",
            "C'était effrayant et passionnant à la fois, comme souvent dans les aventures",
        ),
        (
            "{hero} se concentra si fort que tout le reste sembla disparaître",
            "Seul le problème comptait maintenant, et {hero} tenait à le résoudre",
        ),
        (
            "L'espoir et le doute se relayaient dans la tête de {hero}",
            "Chaque fois que le doute commençait à gagner, {hero} pensait au bout du chemin et continuait",
        ),
        (
            "{hero} sentait la fatigue, mais pas assez pour abandonner",
            "Être têtu, disait toujours grand-père, c'est parfois très utile",
        ),
        (
            "La curiosité tirait {hero} en avant comme un fil invisible",
            "Qu'est-ce qui les attendait plus loin, et est-ce que cela les aiderait ou compliquerait tout ?",
        ),
        (
            "{hero} avait un peu le trac, mais surtout beaucoup d'impatience",
            "Attendre sans rien faire n'avait jamais été son point fort",
        ),
        (
            "{hero} fit de son mieux pour réfléchir comme un détective",
            (
                "Les détectives remarquent les petites choses devant lesquelles tout le monde passe sans "
                "les voir"
            ),
        ),
        (
            "Une nouvelle idée commença à pousser dans la tête de {hero}, lentement, comme une graine",
            "Elle n'était pas encore prête, mais {hero} la sentait déjà grandir",
        ),
        (
            "{hero} avait plus de courage que d'habitude, et c'était une agréable surprise",
            "Peut-être que le courage grandit justement quand on en a besoin",
        ),
        (
            "{hero} sentit une étincelle d'espoir têtu",
            "Elle était petite, mais refusait de s'éteindre, même quand tout devenait difficile",
        ),
        (
            "{hero} ressentait de l'agacement, mais essaya de ne pas le montrer",
            "Se fâcher ne résoudrait rien, et chacun faisait de son mieux",
        ),
        (
            "Soudain, {hero} sentit peser sur ses épaules une grande responsabilité",
            "Les autres comptaient sur {hero}, et c'était un sentiment important",
        ),
        (
            "{hero} avait l'esprit bien éveillé et l'envie de tout essayer",
            "Chaque nouveau problème n'était qu'une énigme de plus à résoudre",
        ),
        (
            "Une petite étincelle têtue poussait {hero} à continuer",
            "Abandonner maintenant, ce serait ne jamais savoir comment l'histoire finissait",
        ),
        (
            "{hero} sentit un frisson d'impatience",
            "Quelque part tout près, la réponse attendait qu'on la trouve",
        ),
        (
            "{hero} avait un peu perdu son souffle, mais gardait le sourire",
            "Être occupé à quelque chose d'important, c'est une bonne fatigue",
        ),
    ),
    "glad": (
        (
            "Le bonheur pétillait en {hero} comme de la limonade",
            "Toute l'inquiétude de la journée disparut en un instant",
        ),
        (
            "{hero} ressentait de la fierté, mais surtout un immense soulagement",
            "Le problème qui avait paru si énorme était enfin résolu",
        ),
        (
            "{hero} n'arrivait plus à s'arrêter de sourire",
            "C'était le genre de sourire qui commence dans les orteils et finit dans les oreilles",
        ),
        (
            "Une merveilleuse légèreté remplit {hero} de la tête aux pieds",
            "Tout ce qu'ils avaient essayé, même ce qui avait échoué, les avait menés jusqu'à ce moment",
        ),
        (
            "{hero} eut envie de danser, et au bout d'un moment, se mit vraiment à danser",
            "Personne ne fit de remarque sur cette danse, pourtant la plus drôle qu'on ait jamais vue",
        ),
        (
            "Au fond, {hero} s'émerveillait de la tournure qu'avait prise la journée",
            "Ce matin, {hero} n'aurait jamais pu imaginer une fin pareille",
        ),
        (
            "{hero} avait le cœur léger comme un ballon",
            "Tous les soucis de la journée s'étaient envolés",
        ),
        (
            "Une grande chaleur douce envahit {hero}",
            "Tous ces efforts en valaient la peine",
        ),
    ),
    "night": (
        (
            "{hero} ressentait la plus agréable des fatigues",
            "C'était la fatigue qui vient après une longue journée passée à faire quelque chose d'important",
        ),
        (
            "{hero} se sentait en sécurité, au chaud et en paix",
            "Demain pouvait apporter ce qu'il voulait, car aujourd'hui avait suffi",
        ),
        (
            "{hero} sentait un grand calme l'envahir",
            "La journée avait été longue, mais elle finissait exactement comme il fallait",
        ),
        (
            "Un bonheur tout ensommeillé enveloppa {hero} comme un câlin",
            "Il n'y avait plus rien à craindre du tout",
        ),
        (
            "{hero} ressentait de la fierté et une énorme envie de dormir",
            "Avoir du courage et des idées toute la journée, c'est épuisant",
        ),
        (
            "{hero} n'arrivait plus à garder les yeux ouverts",
            "Cela avait été une très grande journée",
        ),
    ),
}

MOMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "curious": (
        ("Tout le monde se pencha pour mieux voir", "Personne ne voulait manquer le moindre détail"),
        (
            "Pendant un moment, personne ne parla, mais tout le monde souriait",
            "Un secret pouvait donc être une jolie chose",
        ),
        ("La journée semblait soudain pleine de possibilités", "Tout pouvait arriver ensuite"),
        (
            "Tout le monde se mit à deviner en même temps",
            "Certaines idées étaient malignes, d'autres merveilleusement farfelues",
        ),
        (
            "Ils regardèrent autour d'eux avec des yeux vifs et curieux",
            "Chaque recoin pouvait cacher un indice",
        ),
    ),
    "calm": (
        ("Le temps semblait ralentir, comme cela arrive parfois pendant les plus belles journées",),
        ("Avec {friends}, chaque recoin cachait déjà quelque chose d'intéressant",),
        ("Tout avait l'air paisible, comme si rien ne pouvait mal tourner",),
        ("C'était le genre d'endroit où l'on a envie de rester bien plus longtemps que prévu",),
        (
            "Personne n'était pressé, et cette tranquillité inhabituelle rendait chaque instant "
            "particulièrement précieux",
        ),
        ("Il y avait tant de choses intéressantes à regarder qu'on ne savait pas par où commencer",),
        ("Pour une fois, il n'y avait rien à résoudre, rien à chercher et nulle part où aller",),
        ("C'était assez calme pour entendre leurs propres pas, et même leurs propres pensées",),
        ("Tout le monde semblait de très bonne humeur, et la bonne humeur est contagieuse",),
        ("On aurait dit le début de quelque chose, même si personne n'aurait su dire quoi",),
        ("Quelqu'un fredonnait un air joyeux, et bientôt tout le monde fredonnait avec lui",),
        ("Les heures passaient comme des minutes, comme toujours quand on s'amuse",),
        (
            "Pendant un petit moment, personne ne dit rien",
            "C'était un silence amical, de ceux qui n'ont pas besoin de mots",
        ),
        (
            "Ils prirent le temps de bien regarder autour d'eux",
            "Il y avait tellement plus à voir quand personne n'était pressé",
        ),
        (
            "Tout semblait paisible et tranquille",
            "Même le problème pouvait attendre quelques minutes",
        ),
    ),
    "worried": (
        (
            "Pendant un long moment, personne ne bougea et personne ne sut quoi dire",
            "Le moindre bruit paraissait énorme dans ce lourd silence",
        ),
        (
            "La bonne humeur du matin avait disparu aussi vite qu'une bulle de savon",
            "Tout le monde pensait la même chose, mais personne ne voulait le dire à voix haute",
        ),
        (
            "On n'entendait même plus {friends}, et ce n'était jamais bon signe",
            "Quelqu'un soupira, et quelqu'un d'autre fixa le sol sans rien dire",
        ),
        (
            "Tout à coup, le chemin qui restait parut beaucoup plus long qu'avant",
            "Chaque pas semblait un peu plus lourd que le précédent",
        ),
        (
            "Tout près, quelque chose craqua, et tout le monde sursauta",
            "Ce n'était rien du tout, mais personne ne rit",
        ),
        (
            "Les joyeux projets du matin semblaient maintenant très loin",
            "Personne ne se rappelait vraiment pourquoi tout avait paru si facile",
        ),
        (
            "Pendant un moment, on n'entendit que le bruit de leur propre souffle",
            "Personne ne voulait dire le premier ce que tout le monde pensait",
        ),
    ),
    "busy": (
        ("Ils cherchaient depuis longtemps déjà, et il restait encore beaucoup de chemin",),
        ("Tous les quelques pas, quelqu'un s'arrêtait pour vérifier que tout le monde suivait",),
        ("Rien ne se passait comme prévu, mais personne n'avait envie d'abandonner",),
        ("Plus ils progressaient, plus les environs devenaient étranges, mystérieux et passionnants",),
        ("Quelque part se trouvait la réponse dont ils avaient besoin, s'ils arrivaient à la trouver",),
        ("C'était une entreprise difficile, et personne n'avait la prétention d'affirmer le contraire",),
        ("Les petites découvertes leur donnaient du courage, même quand la grande semblait lointaine",),
        ("Personne ne savait plus depuis combien de temps ils marchaient, mais cela semblait une éternité",),
        ("Chacun remarquait des choses différentes, et à eux tous ils remarquaient presque tout",),
        ("Peu à peu, cet endroit inconnu commençait à leur sembler un peu plus familier",),
        (
            "Leurs ombres les accompagnaient fidèlement, s'allongeant ou se raccourcissant à chaque "
            "détour du chemin",
        ),
        ("Chaque question menait à une autre question, et c'est ainsi qu'apprennent les vrais explorateurs",),
        ("Leur plan changeait sans cesse, mais changer de plan, ce n'est pas la même chose qu'abandonner",),
        ("De temps en temps, quelqu'un avait une nouvelle idée, et tout le monde s'arrêtait pour écouter",),
        (
            "Chacun avait une tâche, et chacun s'en occupa",
            "Personne n'eut besoin qu'on le lui demande deux fois",
        ),
        (
            "En chemin, ils chuchotaient vite, tout excités",
            "Chaque idée méritait d'être essayée au moins une fois",
        ),
        (
            "Pas à pas, ils continuaient",
            "Parfois lentement, parfois vite, mais toujours en avant",
        ),
    ),
    "glad": (
        (
            "Pendant un instant, tout le monde resta immobile, sans pouvoir y croire",
            "Puis les acclamations commencèrent, et elles durèrent très longtemps",
        ),
        (
            "Bientôt, tout le monde parlait en même temps et racontait la journée depuis le début",
            "Chacun s'en souvenait un peu différemment, ce qui la rendait encore plus drôle",
        ),
        (
            "L'endroit tout entier semblait faire la fête avec eux",
            "Même ce qui paraissait difficile le matin avait maintenant l'air aimable et familier",
        ),
        (
            "Quelqu'un se mit à rire, et bientôt tout le monde riait",
            "C'était ce genre de rire qui vient surtout du soulagement",
        ),
        (
            "Tout le monde voulait réentendre toute l'histoire, depuis le début",
            "Chaque fois qu'on la racontait, l'histoire grandissait un peu",
        ),
        (
            "Les câlins passaient de l'un à l'autre comme des cadeaux",
            "Personne ne fut oublié, pas même le plus petit",
        ),
        (
            "C'était comme si toute la journée avait retenu son souffle et pouvait enfin respirer",
            "Tout redevenait léger et facile",
        ),
    ),
    "night": (
        (
            "Dehors, le monde était devenu calme et silencieux, comme s'il se préparait lui aussi à dormir",
            "La longue et passionnante journée touchait enfin doucement à sa fin",
        ),
        (
            "Une à une, les lumières s'éteignirent et les voix se firent plus douces",
            "C'était une journée que personne n'oublierait de sitôt",
        ),
        (
            "Tout devint silencieux, un petit bruit après l'autre",
            "Bientôt, il ne resta plus que le doux calme de la nuit",
        ),
        (
            "Les paupières devenaient lourdes et les bâillements de plus en plus longs",
            "Personne n'allait pouvoir rester éveillé bien longtemps",
        ),
        (
            "L'aventure du jour était finie, mais personne ne l'oublierait",
            "Elle les attendrait dans leurs rêves, prête à être racontée encore",
        ),
        (
            "Tout le monde se pelotonna, bien au chaud et en sécurité",
            "Cette journée si remplie les avait épuisés de la plus douce des façons",
        ),
    ),
}

THREADS: tuple[Thread, ...] = (
    Thread(
        start=(
            (
                "{pal} connaissait une devinette que personne n'avait jamais résolue : « Qu'est-ce qui "
                "grandit quand on lui enlève quelque chose ? »"
            ),
            "Depuis des jours, {hero} essayait de trouver la réponse, sans aucun succès",
        ),
        middle=(
            "« C'est une ombre ? » essaya {hero}, mais {pal} se contenta de sourire mystérieusement",
            "Même en pleine recherche, {hero} continuait à tourner et retourner la devinette dans sa tête",
            (
                "« C'est une montagne de linge sale ? » tenta {hero}, et {pal} rit tellement que tout le "
                "monde se mit à rire aussi"
            ),
            "{hero} commençait à soupçonner que la devinette de {pal} n'avait pas de réponse du tout",
            "« Je n'ai pas oublié ta devinette, tu sais », prévint {hero}",
        ),
        payoff=(
            (
                "Soudain, {hero} s'arrêta au milieu de tout et s'écria : « Un trou ! La réponse, c'est un "
                "trou ! »"
            ),
            "{pal} applaudit de joie, car après tous ces jours la devinette était enfin résolue",
        ),
        epilogue=(
            "« Tu connais d'autres devinettes ? » demanda {hero} avant de s'endormir, et {pal} en promit "
            "une nouvelle pour le lendemain"
        ),
    ),
    Thread(
        start=(
            (
                "Dans la poche de {hero} se cachait un bracelet de l'amitié à moitié terminé, une surprise "
                "pour {pal}"
            ),
            (
                "{hero} comptait le finir en secret, un nœud après l'autre, chaque fois que personne ne "
                "regarderait"
            ),
        ),
        middle=(
            "Chaque fois que {pal} regardait ailleurs, {hero} ajoutait vite un nœud au bracelet secret",
            (
                "Une fois, {pal} faillit découvrir le bracelet, et {hero} dut faire semblant de se gratter "
                "l'oreille"
            ),
            "Le bracelet s'allongeait, avec des rayures de toutes les couleurs que {hero} avait pu trouver",
            "{hero} tâta encore sa poche, juste pour vérifier que le bracelet y était toujours bien caché",
            "Il ne restait plus que quelques nœuds, et {hero} avait hâte",
        ),
        payoff=(
            "Quand le bon moment arriva, {hero} sortit de sa poche le bracelet terminé et l'offrit à {pal}",
            (
                "« Tu as fait ça pour moi, pendant tout ce temps ? » demanda {pal}, qui le porta fièrement "
                "toute la soirée"
            ),
        ),
        epilogue="Le bracelet resta toute la nuit au poignet de {pal}, et {hero} s'endormit en souriant",
    ),
    Thread(
        start=(
            (
                "Depuis des semaines, {pal} essayait d'apprendre à siffler, mais seul un petit souffle "
                "triste sortait"
            ),
            (
                "« Un jour, je sifflerai plus fort que tout le monde », promit {pal}, et {hero} promit de "
                "l'aider"
            ),
        ),
        middle=(
            "{pal} essaya encore de siffler, et produisit un bruit de ballon qui se dégonfle",
            (
                "« Arrondis plus les lèvres », conseilla {hero} en montrant l'exemple, et {pal} recommença "
                "avec beaucoup de détermination"
            ),
            "De temps en temps, un minuscule couinement plein d'espoir venait de la direction de {pal}",
            "{hero} remarqua que {pal} s'entraînait tout bas, quand personne ne semblait écouter",
            "Les couinements s'amélioraient, et {hero} leva le pouce pour encourager {pal}",
        ),
        payoff=(
            (
                "Alors, au milieu de toute cette joie, {pal} arrondit les lèvres et siffla une note claire, "
                "forte et parfaite"
            ),
            "Tout le monde applaudit, et {hero} n'avait jamais vu {pal} sourire avec autant de fierté",
        ),
        epilogue="Quelque part dans le noir résonna un dernier petit sifflement, très doux et très fier",
    ),
    Thread(
        start=(
            "{hero} emportait partout un petit carnet pour dessiner la carte de chaque endroit exploré",
            (
                "Ce jour-là, la première page était encore toute blanche, et {hero} avait bien envie de la "
                "remplir"
            ),
        ),
        middle=(
            "{hero} s'arrêta pour ajouter quelques traits soigneux à la carte du carnet",
            (
                "{pal} regarda par-dessus l'épaule de {hero} et proposa de dessiner une petite étoile à "
                "chaque endroit passionnant"
            ),
            "La carte avait maintenant des flèches, des points d'interrogation et trois petites étoiles",
            "{hero} dessina tout le chemin parcouru, et s'étonna de voir jusqu'où ils étaient déjà allés",
            "{pal} ajouta un petit autoportrait dans un coin de la carte, ce qui fit rire {hero}",
        ),
        payoff=(
            (
                "Ensuite, {hero} et {pal} terminèrent la carte ensemble et dessinèrent une grande étoile "
                "dorée là où le problème avait été résolu"
            ),
            (
                "C'était la plus belle carte que {hero} ait jamais faite, et ils décidèrent de l'accrocher "
                "au mur"
            ),
        ),
        epilogue="La carte attendait sur le mur, avec encore beaucoup de place pour la prochaine aventure",
    ),
    Thread(
        start=(
            "{pal} avait parié que {hero} ne pourrait pas garder son sérieux toute une journée",
            "{hero} avait accepté tout de suite et pris l'air le plus sérieux du monde",
        ),
        middle=(
            (
                "Dès que personne ne regardait, {pal} faisait une grimace, et {hero} devait se mordre "
                "la lèvre très fort"
            ),
            "Le sérieux de {hero} vacilla un instant, mais tint bon",
            "{pal} chuchota une blague sur un fantôme qui avait le hoquet, et {hero} fit semblant de tousser",
            "Deux fois, {hero} faillit pouffer, et deux fois le fou rire se transforma en éternuement",
            "{pal} était à court de ruses, mais pas d'espoir",
        ),
        payoff=(
            (
                "Au milieu des cris de joie, {pal} fit une toute petite danse très bête, et {hero} "
                "éclata enfin de rire"
            ),
            "« Tu as gagné », pouffa {hero}, et {pal} fit une longue révérence très solennelle",
        ),
        epilogue="Même en s'endormant, {hero} riait encore en repensant à cette petite danse",
    ),
    Thread(
        start=(
            "{pal} avait décidé de compter tous les éclats de rire de la journée",
            "{hero} trouvait que c'était une idée formidable et promit d'aider à tenir les comptes",
        ),
        middle=(
            "« Ça fait déjà trois rires », annonça fièrement {pal}",
            "{hero} perdit le fil un moment, mais {pal}, bien sûr, ne l'avait pas perdu",
            "Même au moment le plus difficile, {pal} compta un petit rire courageux",
            (
                "« On compte toujours ? » demanda {hero}, et {pal} répondit que le nombre devenait "
                "vraiment très grand"
            ),
            "De temps en temps, {pal} chuchotait le nouveau nombre, pour que personne ne l'oublie",
        ),
        payoff=(
            (
                "Quand tout le monde poussa des cris de joie à la fin, {pal} abandonna le compte, "
                "parce qu'il y avait beaucoup trop de rires"
            ),
            "« Trop pour les compter, déclara {pal}, et c'est le plus beau des nombres. »",
        ),
        epilogue=(
            "Le tout dernier rire de la journée fut celui de {hero}, petit et ensommeillé, "
            "et {pal} le compta aussi"
        ),
    ),
)

# Ce que dit une page pendant que le problème est en cours, par forme de problème (voir chapters.py).
SHAPE_EXCHANGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "lost": (
        (
            "« Réfléchissons comme la chose qu'on cherche », proposa {friend}",
            "« Et moi, où est-ce que je me cacherais, à sa place ? » se demanda {hero} à voix haute",
            "Personne ne connaissait la réponse, mais c'était une question amusante",
        ),
        (
            "« Je crois que je vois quelque chose, là-bas ! » cria {friend}",
            "« Allons voir, mais c'est peut-être juste une ombre », dit {hero} en accourant",
            "Ce n'était pas ça, seulement quelque chose qui lui ressemblait un peu de loin",
        ),
        (
            "« On a déjà cherché partout deux fois », soupira {friend}",
            "« Alors la troisième fois sera la bonne », dit {hero}",
            "{friend} doutait que la chance marche comme ça, mais voulait bien essayer",
        ),
        (
            "« Tu te rappelles exactement à quoi ça ressemble ? » demanda {hero}",
            "« Dans les moindres détails », dit {friend}, avant de tout décrire encore une fois",
            "Après cette description, tout le monde regarda un peu plus attentivement",
        ),
        (
            "« Qui s'en est servi en dernier ? » demanda {friend}",
            "« Ce matin, presque certainement », répondit {hero} en comptant sur ses doigts",
            "Alors ils passèrent toute la matinée en revue, heure par heure",
        ),
        (
            (
                "« Les choses ne sont jamais vraiment perdues, elles sont seulement ailleurs », "
                "dit {friend} d'un air sage"
            ),
            "« Alors allons voir où se trouve cet ailleurs », dit {hero} en riant",
            "C'était devenu une sorte de jeu, et le jeu rendait les recherches plus faciles",
        ),
        (
            "« On se sépare ? » demanda {friend}",
            "« Non, répondit {hero}, on cherche ensemble ou on ne cherche pas du tout. »",
            "{friend} poussa un soupir de soulagement et ne quitta plus {hero} d'une semelle",
        ),
        (
            "« Et si quelqu'un d'autre était passé par là avant nous ? » s'inquiéta {friend}",
            "« Alors on posera la question à tous ceux qu'on croisera », décida {hero}",
            "À partir de là, personne ne passa sans qu'on lui pose poliment une question ou deux",
        ),
        (
            "« Je cherche toujours aux mêmes endroits », gémit {friend}",
            "« Moi aussi, alors cherchons là où on n'aurait jamais l'idée de chercher », proposa {hero}",
            "Ça paraissait un peu bête, mais c'était l'idée la plus utile qu'on ait eue jusque-là",
        ),
    ),
    "broken": (
        (
            "« Si seulement on avait les bons outils », dit {friend}",
            "« On a nos mains et notre tête, dit {hero}, et ce sont des outils aussi. »",
            "{friend} rit, mais dut reconnaître que c'était vrai",
        ),
        (
            "« Ce morceau-là ne va nulle part », dit {friend} en le montrant",
            "« Il se met peut-être dans l'autre sens », proposa {hero}",
            "C'était bien ça, et pendant un instant ils eurent l'impression d'être des génies",
        ),
        (
            "« Tu crois qu'on verra que c'était cassé ? » demanda {friend}",
            "« Un peu, peut-être, mais ça marchera de nouveau, dit {hero}, et c'est ça qui compte. »",
            "Il y avait quelque chose de rassurant dans cette réponse",
        ),
        (
            "« Je peux faire la suite ? » demanda {friend}",
            "« Bien sûr, chacun son tour », dit {hero} en reculant d'un pas",
            "Chacun son tour, ça allait moins vite, mais c'était bien plus amusant",
        ),
        (
            "« Tu crois que ça peut vraiment se réparer ? » demanda {friend}",
            "« Presque tout se répare, quand on a assez de patience », répondit {hero}",
            "{friend} hocha la tête et promit de prendre tout son temps",
        ),
        (
            "« Par quoi on commence ? » demanda {friend}",
            "« Par ce qui s'est cassé en premier, dit {hero}, et ensuite par ce qui vient après. »",
            "Avancer dans l'ordre rendait la tâche beaucoup moins effrayante",
        ),
        (
            "« Tiens ça bien droit, s'il te plaît », dit {hero}",
            "« Comme ça ? » demanda {friend} sans bouger d'un poil",
            "C'était exactement comme ça, et la pièce suivante se mit en place sans difficulté",
        ),
        (
            "« Oups, je crois que j'ai un peu aggravé les choses », avoua {friend}",
            "« Alors on défait et on recommence », dit calmement {hero}",
            "Défaire prit un moment, mais le deuxième essai se passa beaucoup mieux",
        ),
        (
            "« Comment est-ce que ça s'est cassé, au départ ? » se demanda {friend}",
            "« Si on le découvre, on pourra éviter que ça recommence », dit {hero}",
            "Alors ils examinèrent de près chaque fissure et chaque morceau branlant",
        ),
    ),
    "need": (
        (
            "« Et si notre aide n'était pas la bienvenue ? » demanda {friend}",
            "« Alors on attendra tout près, jusqu'à ce qu'elle le soit », dit {hero}",
            "Attendre patiemment, c'était aussi une façon d'aider",
        ),
        (
            "« Quelqu'un a peut-être faim, ici », chuchota {friend}",
            "« Ou sommeil, ou juste besoin de compagnie », chuchota {hero}",
            "Ils décidèrent d'aider pour les trois, au cas où",
        ),
        (
            "« On devrait dire nos prénoms », dit {friend}",
            "« Bonne idée, dit {hero}, les amitiés commencent toujours par les prénoms. »",
            "Alors ils se présentèrent, tout doucement et très poliment",
        ),
        (
            "« Heureusement qu'on a pris ce chemin », dit {friend}",
            "« Oui, sinon personne n'aurait rien remarqué », dit {hero}",
            "C'était étrange de penser qu'ils auraient pu passer à côté sans rien voir",
        ),
        (
            "« Tu crois qu'on lui fait peur ? » chuchota {friend}",
            "« Un peu, peut-être, alors bougeons doucement et parlons tout bas », répondit {hero}",
            "Ils s'approchèrent le plus doucement possible, sans un seul geste brusque",
        ),
        (
            "« À ton avis, qu'est-ce qui lui ferait le plus de bien ? » demanda {friend}",
            "« Un peu d'attention, dit {hero}, et ça, on a déjà commencé. »",
            "C'était bon de savoir que le premier pas était déjà fait",
        ),
        (
            "« On devrait aller chercher un adulte ? » demanda {friend}",
            "« Voyons d'abord ce qu'on peut faire, et on demandera de l'aide s'il le faut », répondit {hero}",
            "Tout le monde trouva que c'était raisonnable",
        ),
        (
            "« Qu'est-ce que tu ressentirais, sans personne autour de toi ? » demanda {hero}",
            "« J'aurais un gros chagrin et très peur », murmura {friend}",
            "Après ça, personne n'eut besoin qu'on lui rappelle d'être gentil",
        ),
        (
            "« Je crois que la confiance commence à venir », dit {friend}",
            "« Alors il ne faut surtout pas la décevoir », répondit {hero}",
            "Ils prirent la chose très au sérieux, comme de vrais sauveteurs",
        ),
    ),
    "fear": (
        (
            "« Et si c'était encore plus effrayant à l'intérieur ? » demanda {friend}",
            "« Et si ce n'était pas effrayant du tout ? » répondit {hero}",
            "Personne n'avait pensé à cette possibilité",
        ),
        (
            "« Tu restes près de moi ? » demanda {friend}",
            "« Aussi près qu'une ombre », promit {hero}",
            "Et ils restèrent tout près l'un de l'autre, du début à la fin",
        ),
        (
            "« Tu crois que les gens courageux ont peur, eux aussi ? » demanda {friend}",
            "« Tout le temps, je pense, c'est justement pour ça qu'il faut du courage », dit {hero}",
            "{friend} n'avait jamais vu les choses comme ça",
        ),
        (
            "« J'entends mes genoux qui s'entrechoquent », plaisanta {friend}",
            "« C'est juste ton courage qui s'échauffe », répondit {hero} sur le même ton",
            "Plaisanter ne faisait pas disparaître la peur, mais ça la rendait plus petite",
        ),
        (
            "« Tu as peur ? » demanda {friend}",
            "« Oui, avoua {hero}, mais avoir peur, ça ne veut pas dire s'arrêter. »",
            "{friend} y réfléchit très longtemps",
        ),
        (
            "« Qu'est-ce qui pourrait arriver de pire ? » demanda {hero}",
            (
                "« Que quelque chose surgisse et fasse bouh », dit {friend}, "
                "et ils se mirent à pouffer nerveusement"
            ),
            "Dit à voix haute, ça paraissait beaucoup moins terrible",
        ),
        (
            "« Comptons jusqu'à trois, et on y va », proposa {friend}",
            "« Un, deux, deux et demi », compta {hero}, et ils éclatèrent de rire",
            "Rire les aida bien plus que compter",
        ),
        (
            "« Mon cœur bat très fort », chuchota {friend}",
            "« Le mien aussi, on est à égalité », chuchota {hero}",
            "Bizarrement, c'était plus facile d'avoir peur à deux que sans personne",
        ),
        (
            "« On pourrait toujours faire demi-tour », dit {friend}",
            "« On pourrait, reconnut {hero}, mais alors on ne saurait jamais ce qu'il y a vraiment là-bas. »",
            "Ne pas savoir, décidèrent-ils, c'était pire que de découvrir la vérité",
        ),
    ),
    "wish": (
        (
            "« Tu crois qu'un vœu peut être trop grand ? » demanda {friend}",
            "« Seulement si personne n'essaie », dit {hero}",
            "Après ça, le vœu parut un peu moins immense",
        ),
        (
            "« Quelle est la partie la plus importante du plan ? » demanda {hero}",
            "« La surprise à la fin », dit {friend} d'un ton décidé",
            "Tout le monde fut d'accord : la surprise était le meilleur moment",
        ),
        (
            "« Chut, ça doit rester un secret jusqu'à ce que ce soit prêt », chuchota {friend}",
            "« Motus et bouche cousue », chuchota {hero}",
            "Garder un secret joyeux, c'est plus difficile qu'on ne le croit",
        ),
        (
            "« J'imagine sans arrêt la tête que tout le monde va faire », dit {friend}",
            "« Moi aussi, c'est ce qui me donne du courage », dit {hero}",
            "Rien que d'y penser, ils travaillaient avec une ardeur et une rapidité renouvelées",
        ),
        (
            "« Tu crois que les vœux peuvent vraiment se réaliser ? » demanda {friend}",
            "« Certains, oui, si quelqu'un leur donne un coup de pouce », dit {hero}",
            "Et donner un coup de pouce, c'était justement ce qu'ils avaient décidé de faire",
        ),
        (
            "« Et si on se trompait ? » s'inquiéta {friend}",
            "« Alors on aura presque réalisé un vœu, et c'est mieux que rien », dit {hero}",
            "{friend} dut reconnaître que c'était vrai",
        ),
        (
            "« Depuis combien de temps ce vœu attend-il, à ton avis ? » demanda {friend}",
            "« Depuis bien trop longtemps, dit {hero}, alors dépêchons-nous. »",
            "Personne ne se le fit dire deux fois",
        ),
        (
            "« Et toi, qu'est-ce que tu souhaiterais, si tu pouvais ? » demanda {hero}",
            "« Aujourd'hui, je souhaiterais que ce vœu-là se réalise », dit {friend}",
            "C'était la réponse la plus gentille que {hero} ait jamais entendue",
        ),
        (
            "« On a tout ce qu'il faut ? » demanda {friend}",
            "« Presque tout, dit {hero}, et le reste, on l'inventera. »",
            "Heureusement, l'invention était précisément l'une de leurs spécialités les plus remarquables",
        ),
    ),
    "lost:glad": (
        (
            "« Je n'arrive pas à croire que c'était là depuis le début », dit {friend}",
            "« C'est toujours comme ça, une fois qu'on a trouvé », dit {hero} en riant",
            "Tout le monde trouva que c'était la phrase la plus bête et la plus vraie de la journée",
        ),
        (
            "« Promets-moi qu'on fera plus attention, maintenant », dit {friend}",
            "« Promis, je garderai l'œil ouvert », dit {hero}",
            "{friend} hocha la tête avec un sourire soulagé",
        ),
        (
            "« On a bien mérité une pause, non ? » demanda {friend}",
            "« Une longue pause, avec un goûter », approuva {hero}",
            "Chercher, ça creuse, c'est bien connu",
        ),
    ),
    "broken:glad": (
        (
            "« Ça marche ! s'écria {friend}, ça marche vraiment ! »",
            "« Ça marche même mieux qu'avant », dit {hero} en regardant de très près",
            "C'est peut-être ce qui arrive aux choses qu'on répare avec soin",
        ),
        (
            "« On devrait faire une fête de la réparation », proposa {friend}",
            "« Bonne idée, mais d'abord on range les morceaux », dit {hero}",
            "Ranger ne prit qu'une minute, parce que tout le monde aida",
        ),
        (
            "« Et si on ouvrait un atelier de réparation ? » demanda {friend}",
            "« Avec une enseigne et tout », dit {hero} en souriant",
            "Cette idée les fit sourire encore plus",
        ),
    ),
    "need:glad": (
        (
            "« Regarde comme tout va mieux maintenant », chuchota {friend}",
            "« C'est le plus beau des mercis », chuchota {hero}",
            "Ils restèrent longtemps à regarder, avec un sourire jusqu'aux oreilles",
        ),
        (
            "« Tu crois qu'on se reverra ? » demanda {friend}",
            "« Bien sûr, les amis finissent toujours par se retrouver », dit {hero}",
            "D'une certaine façon, ça semblait très probable",
        ),
        (
            "« Aider, c'était bien mieux que je ne le pensais », dit {friend}",
            "« C'est toujours comme ça, dit {hero}, c'est ça, le secret. »",
            "{friend} décida de se souvenir de ce secret pour toujours",
        ),
    ),
    "fear:glad": (
        (
            "« Ce n'était pas si effrayant, finalement ! » dit {friend} en riant",
            "« Juste un tout petit peu, au tout début », reconnut {hero}",
            "Ils rirent de la peur qu'ils avaient eue",
        ),
        (
            "« J'ai l'impression que je pourrais tout faire, maintenant », dit {friend}",
            "« Moi aussi, mais peut-être pas tout en même temps », dit {hero}",
            "C'était quand même une sensation merveilleuse",
        ),
        (
            "« La prochaine fois, c'est moi qui passe devant », annonça {friend}",
            "« Alors je serai juste derrière toi », promit {hero}",
            "Bizarrement, la prochaine fois ne faisait plus peur du tout",
        ),
    ),
    "wish:glad": (
        (
            "« Il s'est vraiment réalisé ! » s'exclama {friend}",
            "« Parce qu'on lui a donné un coup de pouce », dit {hero} avec un grand sourire",
            "Il était bien difficile de dire qui était le plus heureux",
        ),
        (
            "« Tu crois qu'on pourrait réaliser un autre vœu, un jour ? » demanda {friend}",
            "« Peut-être plein, dit {hero}, un à la fois. »",
            "Cette perspective rendit la journée encore plus lumineuse, comme une promesse pour l'avenir",
        ),
        (
            "« Je n'oublierai jamais ça », dit doucement {friend}",
            "« Moi non plus », dit {hero}",
            "Il y a des journées comme ça, dont on sait tout de suite qu'on s'en souviendra",
        ),
    ),
}

SHAPE_FEELINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "lost": (
        (
            "{hero} avait l'impression de mener une enquête très importante",
            "Chaque indice comptait, même ceux qui ne menaient nulle part",
        ),
        (
            "L'impatience gagna {hero}",
            "Chercher, c'est lent, et {hero} voulait une réponse tout de suite",
        ),
        (
            "{hero} pensait à la tristesse qu'on ressent quand on perd quelque chose",
            "Perdre une chose qu'on aime est un des pires sentiments qui soient",
        ),
        (
            "{hero} commençait à avoir l'œil pour chercher",
            "Les yeux apprennent à remarquer les choses quand on les entraîne assez",
        ),
        (
            "Une question trottait dans la tête de {hero} sans lui laisser de répit",
            "Où une chose peut-elle bien disparaître ?",
        ),
        (
            "{hero} revoyait sans cesse l'endroit exact où tout aurait dû être",
            "Y penser ne faisait rien revenir, mais ça donnait de nouvelles idées",
        ),
        (
            "{hero} refusait de croire qu'une chose puisse s'évanouir pour toujours",
            "Tout est forcément quelque part, et ce quelque part peut se trouver",
        ),
        (
            "Une petite pensée pleine d'espoir poussait {hero} à continuer",
            "L'endroit suivant serait peut-être le bon",
        ),
    ),
    "broken": (
        (
            "{hero} sentait une petite bouffée de fierté à chaque pièce qui tenait",
            "Les petites réussites s'additionnent, l'une après l'autre",
        ),
        (
            "{hero} aurait voulu que réparer soit aussi rapide que casser",
            "Casser prend une seconde, et réparer peut prendre toute la journée",
        ),
        (
            "{hero} avait l'impression de travailler dans un vrai atelier d'inventeurs",
            "Même un inventeur se trompe, et ensuite il recommence",
        ),
        (
            "{hero} avait un peu mal aux doigts, mais ça lui était égal",
            "C'était la bonne fatigue, celle qui vient quand on fabrique quelque chose",
        ),
        (
            "{hero} goûtait la satisfaction tranquille de réparer les choses",
            "Chaque pièce bien ajustée rendait la suivante plus facile",
        ),
        (
            "{hero} avait peur d'aggraver les choses",
            "Mieux valait des mains prudentes que des mains pressées",
        ),
        (
            "{hero} avait de bonnes idées, mais des doigts un peu maladroits",
            "Réparer demandait de réfléchir autant que d'essayer",
        ),
        (
            "Une patience têtue s'installa chez {hero}",
            "Les choses cassées ne se réparent pas dans la précipitation",
        ),
    ),
    "need": (
        (
            "Une grande douceur remplit {hero} de la tête aux pieds",
            "La douceur, en fin de compte, est une forme de force",
        ),
        ("{hero} eut soudain une pensée inquiète", "Que se serait-il passé si personne n'était venu ?"),
        (
            "{hero} avait la joie de se rendre utile",
            "Il n'y a rien de mieux que de savoir qu'on change les choses",
        ),
        (
            "{hero} avait la gorge serrée",
            "Parfois, la gentillesse donne un peu envie de pleurer, mais dans le bon sens",
        ),
        ("{hero} ressentit un grand élan de tendresse", "Personne ne devrait rester seul face à un problème"),
        (
            "{hero} se sentait responsable, et c'était une bonne chose",
            "Quelqu'un avait besoin d'aide, et rien ne comptait davantage",
        ),
        (
            "{hero} aurait voulu pouvoir expliquer qu'ils venaient en amis",
            "La gentillesse devrait s'en charger à sa place",
        ),
        (
            "{hero} avait l'impression d'avoir grandi d'un coup",
            "C'est ce qui arrive quand on veille sur plus petit que soi",
        ),
    ),
    "fear": (
        (
            "{hero} sentit un frisson lui descendre le long du dos",
            "Ce n'était pas agréable, mais ça ne dura pas",
        ),
        (
            "{hero} chantonnait dans sa tête une petite chanson courageuse",
            "Les chansons savent très bien faire taire les peurs",
        ),
        (
            "Pendant un instant, {hero} eut l'impression de ne pas être bien grand",
            "Puis {hero} se rappela qu'on peut être petit et très courageux",
        ),
        (
            "{hero} avait envie de s'enfuir et de rester en même temps",
            "Rester l'emporta, et {hero} en tira une grande fierté",
        ),
        (
            "{hero} avait les jambes en coton, mais continua d'avancer",
            "Le courage, ce n'est pas quand les jambes arrêtent de trembler",
        ),
        ("{hero} avait peur et envie de savoir en même temps", "La curiosité gagnait, mais de justesse"),
        (
            "{hero} prit une grande inspiration et la retint un instant",
            "Puis l'air ressortit tout doucement, et la peur rapetissa un peu",
        ),
        (
            "{hero} remarqua que la peur diminuait",
            "Les peurs grandissent quand on les fuit et rapetissent quand on les regarde en face",
        ),
    ),
    "wish": (
        (
            "{hero} débordait de projets et d'idées",
            "Il y avait cent façons de réaliser un vœu, et {hero} voulait toutes les essayer",
        ),
        (
            "{hero} s'impatientait un peu",
            "Les vœux prennent du temps, et {hero} voulait que celui-ci se réalise aujourd'hui",
        ),
        (
            "{hero} avait de la chance de participer à quelque chose d'aussi spécial",
            "Tout le monde n'a pas l'occasion d'aider un vœu à se réaliser",
        ),
        (
            "{hero} avait chaud au cœur rien que d'y penser",
            "Réaliser le vœu de quelqu'un, c'était presque mieux que de voir le sien se réaliser",
        ),
        (
            "Un frisson d'excitation secret parcourut {hero}",
            "Réaliser un vœu, c'est une sorte de magie de tous les jours",
        ),
        (
            "{hero} imaginait déjà le bonheur de tout le monde",
            "Cette image aidait à tenir bon quand les choses devenaient difficiles",
        ),
        ("{hero} se sentait un peu comme une bonne fée", "C'était une sensation étonnamment agréable"),
        (
            "{hero} espérait de tout son cœur que le vœu se réaliserait",
            "Mais espérer ne suffisait pas, alors {hero} continua de travailler",
        ),
    ),
    "lost:glad": (
        (
            "{hero} serrait sa trouvaille bien fort, au cas où",
            "Après tant de recherches, lâcher prise ne semblait pas une bonne idée",
        ),
        (
            "Le soulagement envahit {hero} comme une eau tiède",
            "Les choses perdues qui reviennent paraissent encore plus précieuses qu'avant",
        ),
        (
            "{hero} aurait pu serrer le monde entier dans ses bras",
            "Bien sûr, c'était un travail d'équipe, et {hero} le savait",
        ),
        ("{hero} éclata de rire, de pur soulagement", "La longue recherche était enfin terminée"),
    ),
    "broken:glad": (
        ("{hero} passa doucement la main sur l'endroit réparé", "On ne voyait presque plus rien"),
        (
            "{hero} ressentait la fierté du travail bien fait",
            "Réparer quelque chose de ses propres mains rend heureux d'une façon très particulière",
        ),
        ("{hero} poussa un long soupir", "Tout ce travail minutieux en avait valu la peine"),
        (
            "Une douce satisfaction envahit {hero}",
            "Ce qui était cassé était de nouveau entier, et ça ressemblait à de la magie",
        ),
    ),
    "need:glad": (
        (
            "Le cœur de {hero} était plein à ras bord",
            "Rendre quelqu'un heureux donne un bonheur très particulier",
        ),
        (
            "{hero} avait chaud jusqu'au bout des orteils",
            "La gentillesse trouve toujours le chemin du retour",
        ),
        (
            "{hero} ressentait une fierté tranquille",
            "Personne ne leur avait demandé d'aider, mais ils l'avaient fait quand même",
        ),
        (
            "Un sentiment doux et joyeux s'installa chez {hero}",
            "Tout le monde était en sécurité et heureux, et c'était tout ce qui comptait",
        ),
    ),
    "fear:glad": (
        (
            "{hero} avait l'impression d'avoir grandi, ou au moins d'avoir plus de courage",
            "Affronter une peur nous change un peu, et en mieux",
        ),
        (
            "{hero} n'en revenait pas de voir à quel point la peur paraissait petite, maintenant",
            "De l'autre côté, elle semblait presque ridicule",
        ),
        (
            "Un courage pétillant remplissait {hero}",
            "C'était le genre de sensation qu'on voudrait garder pour toujours",
        ),
        (
            "{hero} avait le cœur plein de fierté et les jambes encore un peu tremblantes",
            "Avoir du courage, c'est fatigant, mais ça en vaut la peine",
        ),
    ),
    "wish:glad": (
        (
            "{hero} avait l'impression qu'un peu de magie venait d'arriver",
            "C'était peut-être vrai, et peut-être que cette magie, ils l'avaient faite eux-mêmes",
        ),
        (
            "La joie pétillait dans le cœur de {hero}",
            "Un vœu réalisé, c'est encore mieux quand on y a mis la main",
        ),
        ("Tant de bonheur empêchait {hero} de tenir en place", "Un bonheur pareil donne envie de danser"),
        (
            "{hero} regardait avec des yeux brillants",
            "Voir un vœu se réaliser, c'était la plus belle chose que {hero} ait jamais vue",
        ),
    ),
}

SHAPE_MOMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "lost": (
        ("De temps en temps, quelqu'un croyait tenir une piste, et tout le monde accourait",),
        ("Chaque fois qu'une cachette était vide, quelqu'un la rayait de la liste",),
        ("Quelqu'un inventa une chanson pour chercher, elle était affreuse, et tout le monde la chanta",),
        ("Chaque recoin fut fouillé deux fois, et certains même trois",),
        ("Quelqu'un proposa de refaire le chemin à l'envers, et quelqu'un d'autre avait déjà commencé",),
        ("La liste des endroits où ce n'était pas s'allongeait de plus en plus",),
        ("Chaque cachette vide rendait la suivante plus prometteuse",),
    ),
    "broken": (
        ("Quelqu'un fredonnait en travaillant, et le travail semblait avancer plus vite",),
        ("Toutes les deux minutes, quelqu'un reculait pour voir ce que ça donnait",),
        ("Il y eut quelques petits contretemps, mais personne ne les laissa gâcher la bonne humeur",),
        ("Chaque petite pièce fut soigneusement alignée, pour que rien ne se perde",),
        ("La réparation avançait lentement, une étape prudente après l'autre",),
        ("De temps en temps, quelque chose grinçait ou vacillait, et tout le monde retenait son souffle",),
        ("Petit à petit, ce qui était cassé retrouvait son allure d'avant",),
    ),
    "need": (
        ("Chaque mot gentil semblait compter, même le plus petit",),
        ("Quelqu'un partagea ce qu'il avait, et quelqu'un d'autre proposa de monter la garde",),
        ("C'était un travail lent, de ceux qu'on ne peut pas presser",),
        ("Aider quelqu'un, découvrirent-ils, c'est autant écouter qu'agir",),
        ("Tout le monde faisait des gestes un peu plus doux que d'habitude",),
        ("Plus personne ne parlait fort, au cas où quelqu'un de tout petit écouterait",),
        ("Plus ils aidaient, plus ils avaient envie d'aider",),
    ),
    "fear": (
        ("Chaque petit bruit faisait sursauter quelqu'un, et ensuite tout le monde riait de ces sursauts",),
        ("Lentement, très lentement, l'endroit qui faisait peur se rapprochait",),
        ("Personne ne passait devant et personne ne restait derrière : ils avançaient côte à côte",),
        ("Chaque ombre paraissait un peu plus grande qu'elle ne l'était sans doute",),
        ("Ils restaient si près l'un de l'autre que leurs coudes se cognaient sans arrêt",),
        ("Personne ne parlait de la boule qu'il avait au ventre, mais tout le monde en avait une",),
        ("Chaque petit pas courageux rendait le suivant un tout petit peu plus facile",),
    ),
    "wish": (
        ("Chacun travaillait sur une partie différente, et peu à peu les morceaux s'assemblaient",),
        ("On chuchotait beaucoup, parce que les vœux aiment rester secrets jusqu'au jour où on les réalise",),
        (
            (
                "Quelqu'un demandait sans cesse si c'était prêt, et on lui répondait toujours que "
                "c'était presque fini"
            ),
        ),
        (
            "Réaliser le vœu de quelqu'un d'autre demandait une organisation considérable et énormément "
            "de patience",
        ),
        ("Chacun avait une idée, et certaines étaient même utiles",),
        ("Personne ne le disait, mais tout le monde imaginait déjà la fin heureuse",),
        ("Le plan devenait plus grand et plus beau chaque fois que quelqu'un y ajoutait quelque chose",),
    ),
    "lost:glad": (
        ("Tout le monde voulait voir la trouvaille de près, pour être bien sûr qu'elle était réelle",),
        ("Les recherches étaient finies, et soudain tout le monde avait très faim",),
    ),
    "broken:glad": (
        ("Chacun voulut vérifier à son tour que tout tenait bien, l'un après l'autre",),
        ("Quelqu'un dit que c'était encore mieux qu'avant, et personne ne dit le contraire",),
    ),
    "need:glad": (
        ("Tout le monde souriait maintenant, même ceux qui avaient eu peur",),
        ("Quelqu'un dit merci, et puis tout le monde dit merci à tout le monde",),
    ),
    "fear:glad": (
        ("Tout le monde racontait en même temps le moment où il avait eu le plus peur",),
        ("L'endroit qui faisait si peur paraissait presque accueillant, maintenant",),
    ),
    "wish:glad": (
        ("Pendant un instant, personne ne dit rien, parce que la fin heureuse n'avait pas besoin de mots",),
        ("Puis tout le monde applaudit en même temps, et les applaudissements n'en finissaient plus",),
    ),
}


CHAPTER_CLAUSES: dict[str, str] = {
    # opening
    "Chaque jour était une nouvelle aventure": (
        "Chaque journée y commençait comme une page blanche, que personne ne pouvait deviner à l'avance"
    ),
    "Ils jouaient toujours ensemble": (
        "Ils inventaient ensemble des jeux si compliqués qu'il fallait parfois une matinée entière pour en "
        "expliquer les règles"
    ),
    "Là-bas, on ne s'ennuyait jamais": (
        "Là-bas, l'ennui n'avait tout simplement pas sa place, car chaque recoin réservait une surprise "
        "particulière"
    ),
    "{hero} jouait tous les jours avec {friends}": (
        "{hero} passait presque toutes ses journées avec {friends}, à imaginer des expéditions "
        "extraordinaires"
    ),
    # meet
    "Ensemble, chaque journée était plus belle": (
        "Ensemble, même les journées les plus ordinaires finissaient par devenir mémorables"
    ),
    "{hero} connaissait {friend} depuis toujours": (
        "{hero} connaissait {friend} depuis si longtemps que ni l'un ni l'autre ne se rappelait leur "
        "première rencontre"
    ),
    "{hero} et {friend} partageaient tout": (
        "{hero} et {friend} partageaient absolument tout, les secrets, les goûters et les idées les plus "
        "invraisemblables"
    ),
    "Ils aimaient faire des projets ensemble": (
        "Ils adoraient élaborer des projets ambitieux, même lorsque ceux-ci paraissaient parfaitement "
        "irréalisables"
    ),
    # problem
    "Mais soudain, quelque chose n'allait pas": (
        "Mais soudain, une inquiétude inattendue vint troubler cette tranquillité, et plus rien ne semblait "
        "normal"
    ),
    "{hero} resta bouche bée": (
        "{hero} resta d'abord immobile, incapable de prononcer un seul mot, tant la nouvelle paraissait "
        "incroyable"
    ),
    "Il fallait faire quelque chose": (
        "Il fallait réagir rapidement, avant que la situation ne devienne véritablement catastrophique"
    ),
    "{everyone} se regardèrent": (
        "{everyone} échangèrent un long regard inquiet, chacun espérant que quelqu'un d'autre aurait une "
        "solution"
    ),
    "Personne ne savait quoi faire": (
        "Personne ne savait par où commencer, et pendant un instant, le silence parut terriblement pesant"
    ),
    # setout
    "{hero} prit une grande inspiration": (
        "{hero} prit une profonde inspiration, rassembla tout son courage et décida qu'il était temps d'agir"
    ),
    "{friend} fit oui de la tête": (
        "{friend} approuva d'un signe de tête énergique, avec le soulagement évident de voir une décision "
        "enfin prise"
    ),
    "Ils prirent un goûter et partirent": (
        "Ils préparèrent rapidement quelques provisions, puis se mirent en route sans perdre une minute "
        "supplémentaire"
    ),
    # journey
    "{friend} s'arrêta net": (
        "{friend} s'immobilisa brusquement, en observant l'obstacle avec une méfiance parfaitement "
        "compréhensible"
    ),
    "{hero} regarda attentivement": (
        "{hero} examina attentivement les alentours, à la recherche du moindre indice qui pourrait les aider"
    ),
    "Puis ils trouvèrent un passage sûr": (
        "Finalement, après quelques hésitations, ils découvrirent un passage suffisamment sûr pour continuer"
    ),
    "{hero} garda son calme": (
        "{hero} s'efforça de garder son calme, parce que la panique n'avait jamais résolu la moindre "
        "difficulté"
    ),
    "{friend} resta tout près": (
        "{friend} resta tout près, afin d'intervenir immédiatement si la situation devenait dangereuse"
    ),
    "Et finalement, ils y arrivèrent": (
        "À force de patience et d'obstination, ils finirent par surmonter cette difficulté inattendue"
    ),
    "{hero} prit la main de {friend}": (
        "{hero} prit la main de {friend}, autant pour partager son courage que pour en trouver un peu"
    ),
    "Ils avancèrent pas à pas": (
        "Ils avancèrent prudemment, pas à pas, en vérifiant chaque fois où ils posaient les pieds"
    ),
    "Enfin, ils passèrent": (
        "Enfin, après d'interminables minutes, ils se retrouvèrent sains et saufs de l'autre côté"
    ),
    "{friend} avala sa salive": (
        "{friend} avala péniblement sa salive, sans toutefois proposer de faire demi-tour"
    ),
    "{hero} chercha un autre passage": (
        "{hero} chercha méthodiquement un autre passage, en refusant de se laisser décourager si facilement"
    ),
    "Ensemble, ils trouvèrent comment passer": (
        "En combinant leurs idées, ils imaginèrent finalement une manière ingénieuse de franchir l'obstacle"
    ),
    "{hero} ne s'arrêta pas": (
        "{hero} ne ralentit pas pour autant, car abandonner maintenant aurait été vraiment dommage"
    ),
    "Petit à petit, ils continuèrent": (
        "Petit à petit, avec une détermination tranquille, ils poursuivirent leur chemin"
    ),
    # spotlight
    "{friend} eut une idée : {idea}": (
        "{friend} eut alors une idée si simple que tout le monde se demanda pourquoi personne n'y avait "
        "pensé plus tôt : {idea}"
    ),
    "C'était justement ce qu'il fallait": (
        "C'était exactement ce dont ils avaient besoin, et {hero} le reconnut immédiatement"
    ),
    "{hero} sourit et dit merci": (
        "{hero} remercia chaleureusement {friend}, avec un sourire qui en disait plus long que les mots"
    ),
    "C'était au tour de {friend} d'aider": (
        "Cette fois, c'était à {friend} de montrer ce dont on était capable, et l'occasion était parfaite"
    ),
    "{hero} était content": ("{hero} éprouva un immense soulagement, mélangé à une reconnaissance sincère"),
    "Ils repartirent avec plus de force": (
        "Ils repartirent avec une énergie nouvelle, comme si la difficulté les avait rendus plus solides"
    ),
    # attempt
    "{hero} soupira": (
        "{hero} poussa un long soupir de découragement, en se demandant ce qui avait bien pu clocher"
    ),
    "Cela n'avait pas marché": (
        "Rien ne s'était déroulé comme prévu, et cette déception pesait plus lourd qu'on ne voulait "
        "l'admettre"
    ),
    "{friend} tapota l'épaule de {hero}": (
        "{friend} se serra affectueusement contre {hero}, pour montrer que personne n'était "
        "seul face à cet échec"
    ),
    "Il fallait trouver autre chose": (
        "Il fallait imaginer une solution différente, plus astucieuse, à laquelle personne n'avait encore "
        "réfléchi"
    ),
    "C'était plus difficile que prévu": (
        "La mission se révélait bien plus compliquée que prévu, mais personne n'envisageait sérieusement "
        "d'abandonner"
    ),
    # quiet
    "{friend} raconta une histoire drôle": (
        "{friend} raconta une histoire tellement ridicule que même les soucis de la journée parurent "
        "soudain moins graves"
    ),
    "Ils s'arrêtèrent pour se reposer": (
        "Ils décidèrent de s'accorder une véritable pause, parce que la fatigue commençait à embrouiller "
        "leurs idées"
    ),
    "Pendant un moment, tout était calme": (
        "Pendant un long moment, tout resta parfaitement calme, comme si le monde entier retenait son souffle"
    ),
    "{hero} resta un moment sans rien dire": (
        "{hero} garda longtemps le silence, en repassant dans sa tête chaque détail de la journée"
    ),
    "Se reposer les aida à réfléchir": (
        "Cette pause leur permit de réfléchir plus clairement, et les idées recommencèrent doucement à venir"
    ),
    "Après ça, tout le monde se sentit beaucoup mieux": (
        "Après cela, tout le monde se sentit nettement mieux, et les difficultés parurent moins "
        "insurmontables"
    ),
    "Parfois, une petite pause est la meilleure des idées": (
        "Parfois, s'arrêter un instant est la décision la plus intelligente, même lorsqu'on est pressé"
    ),
    # doubt
    "{hero} s'assit avec un gros soupir": (
        "{hero} s'assit lourdement, car tous ces efforts n'avaient encore absolument rien donné"
    ),
    "{friend} vint s'asseoir tout près": (
        "{friend} vint s'installer tout près, sans rien dire, parce que certains silences réconfortent "
        "davantage que les paroles"
    ),
    "Pendant un moment, personne ne dit rien": (
        "Pendant un long moment, personne ne prononça un mot, chacun étant perdu dans ses propres pensées"
    ),
    "{hero} sentait la fatigue monter": (
        "{hero} sentait la fatigue envahir ses jambes, mais refusait obstinément de l'avouer"
    ),
    "{friend} ne dit rien": (
        "{friend} ne répondit rien, tout en réfléchissant visiblement à une manière d'encourager {hero}"
    ),
    # wonder
    "{hero} s'arrêta pour tout regarder": (
        "{hero} s'arrêta pour contempler les environs, dont chaque détail inattendu était un émerveillement"
    ),
    "Personne n'avait envie de se dépêcher": (
        "Personne n'avait envie de se dépêcher, car un endroit pareil méritait qu'on prenne son temps"
    ),
    "{friend} posait question sur question": (
        "{friend} posait question sur question, avec une curiosité apparemment inépuisable"
    ),
    "On se serait cru dans un conte": (
        "On se serait cru dans un conte merveilleux, de ceux qu'on écoute le soir avant de s'endormir"
    ),
    "C'était un endroit extraordinaire": (
        "C'était un endroit véritablement extraordinaire, qu'aucune description n'aurait pu rendre "
        "complètement"
    ),
    "Tout était si beau": (
        "Tout paraissait si magnifique qu'il était difficile de décider ce qu'il fallait regarder d'abord"
    ),
    "Ils marchèrent encore et encore": (
        "Ils continuèrent à marcher longtemps, en découvrant à chaque détour une nouvelle curiosité"
    ),
    # resolution
    "Tout le monde était sain et sauf": (
        "Tout le monde était sain et sauf, et ce soulagement valait toutes les récompenses imaginables"
    ),
    "La longue journée finissait bien": (
        "Cette interminable journée se terminait finalement beaucoup mieux que quiconque ne l'avait espéré"
    ),
    # return
    "Tout doucement, ils repartirent vers la maison": (
        "Tranquillement, ils reprirent le chemin de la maison, en racontant déjà leurs aventures à voix haute"
    ),
    "La maison n'avait jamais paru aussi accueillante": (
        "La maison n'avait jamais paru aussi chaleureuse et accueillante qu'après une journée pareille"
    ),
    "Il était temps de rentrer": (
        "Il était temps de rentrer, même si personne n'avait vraiment envie que cette aventure se termine"
    ),
    # celebration
    "La journée finit en chansons": (
        "La journée s'acheva en chansons, et chacun inventa un couplet sur un épisode de l'aventure"
    ),
    "Tout le monde vint dire merci": (
        "Tout le monde vint exprimer sa reconnaissance, et {hero} ne savait plus très bien où regarder"
    ),
    # ending
    "Ce soir-là, {hero} repensa à la journée": (
        "Ce soir-là, {hero} repensa longuement à la journée, en revivant chaque moment important"
    ),
    "Maintenant, {hero} savait une chose importante": (
        "Désormais, {hero} comprenait une chose essentielle, qu'aucune leçon n'aurait pu expliquer aussi "
        "clairement"
    ),
    # more beats
    "{hero} avait de la chance d'avoir un tel ami": (
        "{hero} mesurait sa chance de pouvoir compter sur une amitié aussi fidèle et aussi généreuse"
    ),
    "Un matin, {hero} entendit un cri inquiet": (
        "Un matin, un cri inquiet retentit soudain, et {hero} comprit immédiatement que quelque chose "
        "n'allait pas"
    ),
    "{friend} chanta une chanson pour se donner du courage": (
        "{friend} entonna une chanson entraînante pour se donner du courage, en chantant un peu plus fort "
        "que nécessaire"
    ),
    "{friend} connaissait un passage secret": (
        "{friend} connaissait justement un passage secret, que presque personne n'avait jamais remarqué"
    ),
    "Ils partagèrent un goûter et reprirent leur souffle": (
        "Ils partagèrent tranquillement leurs provisions et reprirent leur souffle, en échangeant leurs "
        "impressions"
    ),
    "Le ciel devint un peu plus sombre": (
        "La lumière sembla diminuer légèrement, comme si la journée elle-même commençait à se décourager"
    ),
    "{friend} applaudit encore et encore": (
        "{friend} applaudit avec un enthousiasme si communicatif que tout le monde finit par l'imiter"
    ),
    "{everyone} dansèrent en rond": (
        "{everyone} se mirent à danser en rond, avec une joie absolument impossible à contenir"
    ),
    "{hero} rit et rit encore": (
        "{hero} riait sans pouvoir s'arrêter, tellement le soulagement était immense"
    ),
    "{hero} cria de joie": (
        "{hero} poussa un cri de joie retentissant, que tout le monde entendit sûrement alentour"
    ),
    "{friend} était {friend_kind}": (
        "{friend} était {friend_kind}, et {hero} ne connaissait personne de plus fidèle"
    ),
    "{friend} était {friend_traits}": (
        "{friend} était {friend_traits}, une qualité que tout le monde appréciait énormément"
    ),
    "Bientôt, {friend} arriva à son tour": (
        "Bientôt, {friend} arriva à son tour, avec l'impatience de savoir ce qu'on allait entreprendre"
    ),
    "{friend} arriva en courant pour dire bonjour": (
        "{friend} arriva en courant pour dire bonjour, avec l'enthousiasme habituel des grandes matinées"
    ),
    "Ce fut la plus belle fête depuis longtemps": (
        "Ce fut la fête la plus joyeuse et la plus animée dont on se souvienne depuis très longtemps"
    ),
    "{friend} bâillait déjà": (
        "{friend} bâillait déjà à s'en décrocher la mâchoire, après une journée aussi mémorable qu'épuisante"
    ),
    "Et {hero} s'endormit avec le sourire": (
        "Et {hero} s'endormit paisiblement, avec un sourire satisfait qui ne disparut qu'au matin"
    ),
    # a wish's problem page (the `wishing` beat)
    "Un jour, {hero} fit une nouvelle rencontre": (
        "Un jour, sans s'y attendre, {hero} fit une nouvelle rencontre : quelqu'un qui attendait un "
        "ami depuis très longtemps"
    ),
    "Un matin, {hero} entendit une petite voix pleine d'espoir": (
        "Un matin, pendant que tout le monde finissait le petit déjeuner, {hero} entendit une petite "
        "voix pleine d'espoir, tout près de là"
    ),
    "Cet après-midi-là, quelqu'un s'approcha timidement de {hero}": (
        "Cet après-midi-là, quelqu'un s'approcha timidement de {hero}, comme pour demander quelque "
        "chose de très important"
    ),
    "Un jour, {hero} remarqua quelqu'un assis tout seul": (
        "Un jour, {hero} remarqua quelqu'un assis tout seul, un peu à l'écart des autres, l'air plein "
        "d'espoir et un peu triste"
    ),
    "Peu après, {hero} entendit un petit soupir": (
        "Peu après, {hero} entendit un petit soupir, le genre de soupir qu'on pousse quand on "
        "souhaite quelque chose de toutes ses forces"
    ),
    "{hero} écouta attentivement": ("{hero} écouta attentivement chaque mot, sans jamais interrompre"),
    "{hero} voulut aider tout de suite": (
        "{hero} voulut aider tout de suite, parce que personne ne devrait attendre toujours qu'un "
        "souhait se réalise"
    ),
    "Pareil souhait méritait de se réaliser": (
        "Pareil souhait méritait de se réaliser, et {hero} décida sur-le-champ d'y veiller"
    ),
    "{hero} et {friends} échangèrent un sourire": (
        "{hero} et {friends} échangèrent un sourire, car tout le monde pensait exactement la même chose"
    ),
    "{hero} eut aussitôt envie d'aider": ("{hero} eut aussitôt envie d'aider, de toutes ses forces"),
}
"""A chapter book's (ages 9-12) own sentence for a short clause of a plot beat (see writer.py)."""
