"""Other ways to tell the French pool phrases (see variants.py)."""

from __future__ import annotations

VARIANTS: dict[str, tuple[str, ...]] = {
    # THREADS : la devinette
    "{pal} connaissait une devinette que personne n'avait jamais résolue : « Qu'est-ce qui grandit quand on "
    "lui enlève quelque chose ? »": (
        "{pal} gardait en réserve une devinette qui avait battu tout le monde : « Qu'est-ce qui grandit "
        "quand on lui enlève quelque chose ? »",
    ),
    "Depuis des jours, {hero} essayait de trouver la réponse, sans aucun succès": (
        "Voilà des jours que {hero} s'y cassait la tête, et chaque réponse tombait à côté",
    ),
    "« C'est une ombre ? » essaya {hero}, mais {pal} se contenta de sourire mystérieusement": (
        "« Une ombre ? » hasarda {hero}, et {pal} fit non de la tête avec un sourire malicieux",
    ),
    "Même en pleine recherche, {hero} continuait à tourner et retourner la devinette dans sa tête": (
        "Malgré tout le reste, un coin de la tête de {hero} ne lâchait jamais cette devinette",
    ),
    "{hero} commençait à soupçonner que la devinette de {pal} n'avait pas de réponse du tout": (
        "{hero} finit par se demander si {pal} n'avait pas inventé cette devinette juste pour taquiner",
    ),
    "« Je n'ai pas oublié ta devinette, tu sais », prévint {hero}": (
        "« Ne crois pas que j'ai renoncé à ta devinette », lança {hero} d'un ton très sérieux",
    ),
    "{pal} applaudit de joie, car après tous ces jours la devinette était enfin résolue": (
        "{pal} poussa un cri de joie, car quelqu'un avait enfin percé le mystère de la devinette",
    ),
    # THREADS : le bracelet
    "{hero} comptait le finir en secret, un nœud après l'autre, chaque fois que personne ne regarderait": (
        "Le plan était d'ajouter un nœud par-ci, un nœud par-là, toujours en cachette, jusqu'au bout",
    ),
    "Chaque fois que {pal} regardait ailleurs, {hero} ajoutait vite un nœud au bracelet secret": (
        "Dès que {pal} tournait la tête, le bracelet secret gagnait un nœud de plus",
    ),
    "Le bracelet s'allongeait, avec des rayures de toutes les couleurs que {hero} avait pu trouver": (
        "Rayure après rayure, le bracelet secret devenait un petit arc-en-ciel",
    ),
    "{hero} tâta encore sa poche, juste pour vérifier que le bracelet y était toujours bien caché": (
        "De temps à autre, {hero} effleurait sa poche pour sentir le bracelet caché à l'intérieur",
    ),
    "Il ne restait plus que quelques nœuds, et {hero} avait hâte": (
        "Encore une poignée de nœuds, et la surprise serait prête",
    ),
    "Le bracelet resta toute la nuit au poignet de {pal}, et {hero} s'endormit en souriant": (
        "{pal} refusa d'enlever le bracelet même pour dormir, et {hero} ferma les yeux avec un grand sourire",
    ),
    # THREADS : le sifflet
    "{pal} essaya encore de siffler, et produisit un bruit de ballon qui se dégonfle": (
        "Le nouvel essai de sifflement ressembla plutôt au soupir d'une bouilloire fatiguée",
    ),
    "De temps en temps, un minuscule couinement plein d'espoir venait de la direction de {pal}": (
        "Par moments, {pal} laissait échapper un petit sifflement plein d'espoir, presque réussi",
    ),
    "{hero} remarqua que {pal} s'entraînait tout bas, quand personne ne semblait écouter": (
        "{pal} continuait à s'exercer en cachette, soufflant doucement quand les autres étaient occupés",
    ),
    "Les couinements s'amélioraient, et {hero} leva le pouce pour encourager {pal}": (
        "Les couinements faisaient de vrais progrès, et {hero} le dit tout haut, ce qui fit rayonner {pal}",
    ),
    "Tout le monde applaudit, et {hero} n'avait jamais vu {pal} sourire avec autant de fierté": (
        "L'ovation fut immense, et la fierté illuminait tout le visage de {pal}",
    ),
    "Quelque part dans le noir résonna un dernier petit sifflement, très doux et très fier": (
        "Juste avant le sommeil, un sifflement doux et fier flotta dans l'obscurité",
    ),
    # THREADS : la carte
    "{hero} emportait partout un petit carnet pour dessiner la carte de chaque endroit exploré": (
        "Dans le sac de {hero} voyageait un carnet réservé aux cartes de tous les lieux à explorer",
    ),
    "Ce jour-là, la première page était encore toute blanche, et {hero} avait bien envie de la remplir": (
        "Sa première page attendait toujours, vierge, et {hero} comptait bien l'inaugurer ce jour-là",
    ),
    "{hero} s'arrêta pour ajouter quelques traits soigneux à la carte du carnet": (
        "{hero} fit une courte halte pour esquisser le chemin déjà parcouru",
    ),
    "La carte avait maintenant des flèches, des points d'interrogation et trois petites étoiles": (
        "À présent la page débordait de flèches, de points d'interrogation et de petites étoiles",
    ),
    "{hero} dessina tout le chemin parcouru, et s'étonna de voir jusqu'où ils étaient déjà allés": (
        "En regardant la carte, {hero} avait du mal à croire toute la distance déjà couverte",
    ),
    "{pal} ajouta un petit autoportrait dans un coin de la carte, ce qui fit rire {hero}": (
        "{pal} glissa un minuscule autoportrait dans un coin de la carte, et {hero} pouffa",
    ),
    "C'était la plus belle carte que {hero} ait jamais faite, et ils décidèrent de l'accrocher au mur": (
        "Jamais on n'avait vu plus belle carte, décidèrent-ils, et elle aurait une place d'honneur au mur",
    ),
    "La carte attendait sur le mur, avec encore beaucoup de place pour la prochaine aventure": (
        "Accrochée au mur, la carte gardait ses bords vides, prêts pour le prochain voyage",
    ),
    # THREADS : le sérieux
    "{pal} avait parié que {hero} ne pourrait pas garder son sérieux toute une journée": (
        "{pal} avait fait le pari que {hero} ne tiendrait pas une seule journée sans rire",
    ),
    "{hero} avait accepté tout de suite et pris l'air le plus sérieux du monde": (
        "{hero} avait relevé le défi sur-le-champ et pris une mine aussi solennelle que celle d'un juge",
    ),
    "Le sérieux de {hero} vacilla un instant, mais tint bon": (
        "Pendant une seconde, les coins de la bouche de {hero} frémirent, mais la mine grave résista",
    ),
    "{pal} chuchota une blague sur un fantôme qui avait le hoquet, et {hero} fit semblant de tousser": (
        "{pal} marmonna une histoire de pingouin dans une baignoire, et {hero} dut simuler un éternuement",
    ),
    "Deux fois, {hero} faillit pouffer, et deux fois le fou rire se transforma en éternuement": (
        "Plus d'une fois, un rire faillit s'échapper, et chaque fois {hero} le déguisa en quinte de toux",
    ),
    "{pal} était à court de ruses, mais pas d'espoir": (
        "Il ne restait presque plus de bêtises en réserve, mais {pal} refusait d'abandonner",
    ),
    "Même en s'endormant, {hero} riait encore en repensant à cette petite danse": (
        "Le souvenir de cette danse ridicule accompagna {hero}, en gloussant, jusqu'au sommeil",
    ),
    # THREADS : les rires
    "{pal} avait décidé de compter tous les éclats de rire de la journée": (
        "{pal} avait annoncé son intention de noter chaque rire, du matin jusqu'au soir",
    ),
    "{hero} trouvait que c'était une idée formidable et promit d'aider à tenir les comptes": (
        "Le projet enchanta {hero}, qui se proposa comme aide officielle pour les comptes",
    ),
    "« Ça fait déjà trois rires », annonça fièrement {pal}": (
        "« Rire numéro trois », signala {pal}, comme si c'était un trophée",
    ),
    "{hero} perdit le fil un moment, mais {pal}, bien sûr, ne l'avait pas perdu": (
        "{hero} ne savait plus du tout où en était le compte, mais {pal} connaissait le nombre exact",
    ),
    "Même au moment le plus difficile, {pal} compta un petit rire courageux": (
        "Même quand tout allait mal, quelqu'un laissa échapper un petit rire, et {pal} le nota",
    ),
    "De temps en temps, {pal} chuchotait le nouveau nombre, pour que personne ne l'oublie": (
        "Régulièrement, {pal} murmurait le total, pour tenir tout le monde au courant",
    ),
    # MOMENTS : calm
    "Le temps semblait ralentir, comme cela arrive parfois pendant les plus belles journées": (
        "Les minutes s'étiraient paresseusement, comme seulement lors des très bonnes journées",
    ),
    "Tout avait l'air paisible, comme si rien ne pouvait mal tourner": (
        "Un calme doux régnait alentour, et les ennuis semblaient à mille lieues",
    ),
    "C'était le genre d'endroit où l'on a envie de rester bien plus longtemps que prévu": (
        "Certains lieux font oublier l'heure du départ, et celui-ci en faisait partie",
    ),
    "Pour une fois, il n'y avait rien à résoudre, rien à chercher et nulle part où aller": (
        "À cet instant, pas de tâche, pas d'énigme, et personne ne les attendait nulle part",
    ),
    "On aurait dit le début de quelque chose, même si personne n'aurait su dire quoi": (
        "Il flottait dans l'air l'impression que quelque chose allait commencer",
    ),
    "Quelqu'un fredonnait un air joyeux, et bientôt tout le monde fredonnait avec lui": (
        "Une petite chanson gaie commença sur une seule voix et finit par les entraîner tous",
    ),
    "Pendant un petit moment, personne ne dit rien": ("Un silence confortable se posa sur eux",),
    "C'était un silence amical, de ceux qui n'ont pas besoin de mots": (
        "Personne n'éprouvait le besoin de combler ce silence, et c'était bien agréable",
    ),
    "Ils prirent le temps de bien regarder autour d'eux": (
        "Ils ralentirent le pas et laissèrent leurs yeux flâner",
    ),
    "Il y avait tellement plus à voir quand personne n'était pressé": (
        "En allant doucement, ils découvraient des choses qu'ils auraient dépassées sans les voir",
    ),
    # MOMENTS : worried
    "Pendant un long moment, personne ne bougea et personne ne sut quoi dire": (
        "Tous restèrent figés, à chercher des mots qui ne venaient pas",
    ),
    "Le moindre bruit paraissait énorme dans ce lourd silence": (
        "Dans cette immobilité, le plus léger froissement sonnait comme un cri",
    ),
    "La bonne humeur du matin avait disparu aussi vite qu'une bulle de savon": (
        "L'entrain du matin avait éclaté, et il n'en restait plus rien",
    ),
    "Tout le monde pensait la même chose, mais personne ne voulait le dire à voix haute": (
        "La même inquiétude tournait dans toutes les têtes, en attendant que quelqu'un ose la dire",
    ),
    "Tout à coup, le chemin qui restait parut beaucoup plus long qu'avant": (
        "D'un coup, le sentier devant eux sembla ne jamais finir",
    ),
    "Chaque pas semblait un peu plus lourd que le précédent": (
        "Ils traînaient les pieds comme si leurs chaussures étaient pleines de sable",
    ),
    "Les joyeux projets du matin semblaient maintenant très loin": (
        "Les belles idées du petit déjeuner semblaient appartenir à un autre jour",
    ),
    "Personne ne se rappelait vraiment pourquoi tout avait paru si facile": (
        "Plus personne ne comprenait comment tout cela avait pu sembler simple",
    ),
    "Pendant un moment, on n'entendit que le bruit de leur propre souffle": (
        "Un bon moment, ils restèrent là sans rien faire d'autre que s'écouter respirer",
    ),
    "Personne ne voulait dire le premier ce que tout le monde pensait": (
        "L'idée flottait entre eux, et personne n'osait la mettre en mots",
    ),
    # MOMENTS : busy
    "Ils cherchaient depuis longtemps déjà, et il restait encore beaucoup de chemin": (
        "Une bonne partie de la journée avait filé, et la fin n'était toujours pas en vue",
    ),
    "Tous les quelques pas, quelqu'un s'arrêtait pour vérifier que tout le monde suivait": (
        "De temps à autre, ils se comptaient, pour être sûrs que personne ne s'était égaré",
    ),
    "Rien ne se passait comme prévu, mais personne n'avait envie d'abandonner": (
        "Rien n'allait selon le plan, et pourtant personne ne songeait à renoncer",
    ),
    "Quelque part se trouvait la réponse dont ils avaient besoin, s'ils arrivaient à la trouver": (
        "La réponse était là, quelque part, cachée, à attendre des yeux attentifs",
    ),
    "Les petites découvertes leur donnaient du courage, même quand la grande semblait lointaine": (
        "Chaque petite trouvaille en chemin leur redonnait du cœur quand le but paraissait loin",
    ),
    "Personne ne savait plus depuis combien de temps ils marchaient, mais cela semblait une éternité": (
        "Ils avaient perdu toute notion du temps, et leurs jambes commençaient à protester",
    ),
    "Chacun remarquait des choses différentes, et à eux tous ils remarquaient presque tout": (
        "Ce que l'un manquait, l'autre le repérait, si bien que presque rien ne leur échappait",
    ),
    "Peu à peu, cet endroit inconnu commençait à leur sembler un peu plus familier": (
        "Petit à petit, ces lieux étranges prenaient un air de déjà-vu",
    ),
    "Chaque question menait à une autre question, et c'est ainsi qu'apprennent les vrais explorateurs": (
        "Chaque réponse ouvrait une nouvelle question, et les explorateurs disent que c'est ainsi qu'on "
        "apprend",
    ),
    "Leur plan changeait sans cesse, mais changer de plan, ce n'est pas la même chose qu'abandonner": (
        "Ils changèrent de plan bien des fois, ce qui est tout autre chose que baisser les bras",
    ),
    "De temps en temps, quelqu'un avait une nouvelle idée, et tout le monde s'arrêtait pour écouter": (
        "Dès qu'une idée surgissait, tous faisaient une pause pour l'entendre jusqu'au bout",
    ),
    "En chemin, ils chuchotaient vite, tout excités": (
        "Ils avançaient en échangeant des murmures impatients",
    ),
    "Chaque idée méritait d'être essayée au moins une fois": (
        "Aucune proposition n'était trop bizarre pour être tentée",
    ),
    # MOMENTS : glad
    "Pendant un instant, tout le monde resta immobile, sans pouvoir y croire": (
        "D'abord, personne ne bougea, comme si tout risquait de s'envoler au moindre clignement d'yeux",
    ),
    "Bientôt, tout le monde parlait en même temps et racontait la journée depuis le début": (
        "En un rien de temps, ils bavardaient tous ensemble et refaisaient la journée depuis sa première "
        "minute",
    ),
    "Chacun s'en souvenait un peu différemment, ce qui la rendait encore plus drôle": (
        "Personne ne la racontait de la même façon, et cela les faisait tous rire",
    ),
    "L'endroit tout entier semblait faire la fête avec eux": (
        "On aurait dit que les lieux eux-mêmes se joignaient à la fête",
    ),
    "Même ce qui paraissait difficile le matin avait maintenant l'air aimable et familier": (
        "Ce qui semblait dur et étrange au petit déjeuner paraissait maintenant doux et accueillant",
    ),
    "Tout le monde voulait réentendre toute l'histoire, depuis le début": (
        "Ils se suppliaient les uns les autres de tout raconter encore une fois, depuis le tout début",
    ),
    "C'était comme si toute la journée avait retenu son souffle et pouvait enfin respirer": (
        "La journée poussa un grand soupir de soulagement, et tous ceux qui s'y trouvaient aussi",
    ),
    # FEELINGS : calm
    "{hero} avait l'esprit calme et plein de curiosité, comme au début d'un bon livre": (
        "{hero} ressentait une curiosité paisible, comme en ouvrant la première page d'un conte inconnu",
    ),
    "Tout pouvait arriver, et cette pensée était plus excitante qu'effrayante": (
        "Quoi qu'il arrive ensuite, {hero} avait envie de l'accueillir avec le sourire",
    ),
    "Les journées comme celle-ci étaient rares, et {hero} voulait en profiter à chaque minute": (
        "Ce genre de journée ne se présentait pas souvent, et {hero} comptait bien la savourer",
    ),
    "Explorer sans personne aurait été intéressant, mais explorer ensemble était bien meilleur": (
        "Tout est plus amusant quand on a quelqu'un avec qui le partager",
    ),
    "Il y avait le temps de regarder de près, d'écouter et de se poser des questions": (
        "On avait des minutes à revendre pour observer, écouter et laisser rêver son esprit",
    ),
    "Impossible d'être de mauvaise humeur avec une compagnie aussi joyeuse": (
        "Personne ne pouvait bouder longtemps avec de tels amis autour",
    ),
    "Même les petites choses, comme un bruit amusant ou une forme étrange, valaient la peine de s'arrêter": (
        "Un caillou bizarre, un son rigolo : chaque détail méritait un regard plus attentif",
    ),
    "C'est une belle sensation d'être exactement là où l'on veut, avec exactement la bonne compagnie": (
        "Rien ne vaut le fait d'être au bon endroit avec les bons amis",
    ),
    # FEELINGS : worried
    "C'était le genre d'inquiétude qui fait tourner les pensées en rond": (
        "Les pensées de {hero} tournaient et tournaient sans mener nulle part",
    ),
    "Ce matin, tout paraissait si simple, et maintenant plus rien ne l'était": (
        "La matinée avait été facile, mais l'après-midi s'était changé en casse-tête",
    ),
    "Pourtant, une petite voix têtue répétait que l'histoire ne s'arrêtait pas là": (
        "Et pourtant, tout au fond, une voix minuscule répétait que l'histoire n'était pas finie",
    ),
    "C'est ce qu'on ressent quand on ne sait pas comment une chose va finir": (
        "Ne pas savoir comment tout cela finirait, voilà le plus dur",
    ),
    # FEELINGS : busy
    "C'était effrayant et passionnant à la fois, comme souvent dans les aventures": (
        "Une part de {hero} voulait rentrer et l'autre foncer en avant, et les aventures sont souvent ainsi",
    ),
    "Qu'est-ce qui les attendait plus loin, et est-ce que cela les aiderait ou compliquerait tout ?": (
        "Seule la suite dirait si le prochain tournant apporterait de l'aide ou de nouveaux ennuis",
    ),
    "Les détectives remarquent les petites choses devant lesquelles tout le monde passe sans les voir": (
        "Le plus petit indice peut compter, et un bon détective n'en néglige aucun",
    ),
    "Peut-être que le courage grandit justement quand on en a besoin": (
        "Le courage, apparemment, arrivait juste au moment où il manquait le plus",
    ),
    # SHAPE_MOMENTS
    "De temps en temps, quelqu'un croyait tenir une piste, et tout le monde accourait": (
        "Régulièrement, une voix signalait un indice possible, et toute la troupe se précipitait",
    ),
    "Chaque fois qu'une cachette était vide, quelqu'un la rayait de la liste": (
        "Une à une, les cachettes vides disparaissaient de leur liste",
    ),
    "Quelqu'un inventa une chanson pour chercher, elle était affreuse, et tout le monde la chanta": (
        "Quelqu'un composa une chanson de recherche vraiment épouvantable, et ils la chantèrent tous en "
        "chœur",
    ),
    "Chaque recoin fut fouillé deux fois, et certains même trois": (
        "Aucun coin ne fut inspecté une seule fois, et quelques-uns le furent encore et encore",
    ),
    "Quelqu'un proposa de refaire le chemin à l'envers, et quelqu'un d'autre avait déjà commencé": (
        "Revenir sur leurs pas semblait sage, et l'un d'eux était déjà reparti en arrière",
    ),
    "La liste des endroits où ce n'était pas s'allongeait de plus en plus": (
        "Leur liste des mauvais endroits ne cessait de grandir",
    ),
    "Chaque cachette vide rendait la suivante plus prometteuse": (
        "À chaque coin vide, ceux qui restaient paraissaient un peu plus pleins d'espoir",
    ),
    "Quelqu'un fredonnait en travaillant, et le travail semblait avancer plus vite": (
        "Un air accompagnait l'ouvrage, et les minutes filaient plus vite",
    ),
    "Toutes les deux minutes, quelqu'un reculait pour voir ce que ça donnait": (
        "De temps à autre, ils prenaient tous du recul pour juger de leurs progrès",
    ),
    "Il y eut quelques petits contretemps, mais personne ne les laissa gâcher la bonne humeur": (
        "Une ou deux choses tournèrent mal, mais la bonne ambiance résista",
    ),
    "Chaque petite pièce fut soigneusement alignée, pour que rien ne se perde": (
        "Tous les morceaux furent rangés en rangées bien nettes, où aucun ne pouvait s'égarer",
    ),
    "La réparation avançait lentement, une étape prudente après l'autre": (
        "Réparer était une affaire lente, qui réclamait une grande attention",
    ),
    "De temps en temps, quelque chose grinçait ou vacillait, et tout le monde retenait son souffle": (
        "Dès que quelque chose bougeait ou gémissait, tous se figeaient comme des statues",
    ),
    "Petit à petit, ce qui était cassé retrouvait son allure d'avant": (
        "Lentement, les dégâts s'effaçaient et l'ancienne forme revenait",
    ),
    "Chaque mot gentil semblait compter, même le plus petit": (
        "Même la plus douce parole de réconfort semblait aider un peu",
    ),
    "Quelqu'un partagea ce qu'il avait, et quelqu'un d'autre proposa de monter la garde": (
        "L'un offrit ce qu'il avait apporté, et un autre resta en sentinelle",
    ),
    "C'était un travail lent, de ceux qu'on ne peut pas presser": (
        "Rien de tout cela ne pouvait se faire en courant",
    ),
    "Aider quelqu'un, découvrirent-ils, c'est autant écouter qu'agir": (
        "Pour bien aider, apprirent-ils, il faut moitié oreilles et moitié bras",
    ),
    "Tout le monde faisait des gestes un peu plus doux que d'habitude": (
        "Tous bougeaient tout doucement, avec mille précautions",
    ),
    "Plus personne ne parlait fort, au cas où quelqu'un de tout petit écouterait": (
        "Les voix baissèrent jusqu'au murmure, pour n'effrayer aucun petit être",
    ),
    "Plus ils aidaient, plus ils avaient envie d'aider": (
        "Aider se révéla contagieux : chaque geste leur donnait envie d'en faire davantage",
    ),
    "Chaque petit bruit faisait sursauter quelqu'un, et ensuite tout le monde riait de ces sursauts": (
        "Au moindre son, quelqu'un bondissait, et ensuite ils en pouffaient tous",
    ),
    "Lentement, très lentement, l'endroit qui faisait peur se rapprochait": (
        "Pas après pas, le lieu qui les effrayait se faisait plus proche",
    ),
    "Personne ne passait devant et personne ne restait derrière : ils avançaient côte à côte": (
        "Ils marchaient en ligne, épaule contre épaule, pour que personne n'ait à ouvrir la marche",
    ),
    "Chaque ombre paraissait un peu plus grande qu'elle ne l'était sans doute": (
        "Les ombres semblaient s'étirer bien plus que de raison",
    ),
    "Ils restaient si près l'un de l'autre que leurs coudes se cognaient sans arrêt": (
        "Ils se serraient tant qu'ils se marchaient sans cesse sur les pieds",
    ),
    "Personne ne parlait de la boule qu'il avait au ventre, mais tout le monde en avait une": (
        "Tous avaient des papillons dans le ventre, même si aucun ne l'avouait",
    ),
    "Chaque petit pas courageux rendait le suivant un tout petit peu plus facile": (
        "Un petit pas hardi rendait le suivant moins effrayant",
    ),
    "Chacun travaillait sur une partie différente, et peu à peu les morceaux s'assemblaient": (
        "Chacun se chargea d'un bout de la tâche, et les bouts finirent par se rejoindre",
    ),
    "On chuchotait beaucoup, parce que les vœux aiment rester secrets jusqu'au jour où on les réalise": (
        "Ils parlaient tout bas, car un vœu se garde secret jusqu'à ce qu'il se réalise",
    ),
    "Quelqu'un demandait sans cesse si c'était prêt, et on lui répondait toujours que c'était presque fini": (
        "« C'est prêt ? » demandait quelqu'un encore et encore, et la réponse était toujours « presque ».",
    ),
    "Réaliser le vœu de quelqu'un d'autre demandait une organisation considérable et énormément de "
    "patience": ("Exaucer le vœu d'un autre coûtait bien plus d'efforts que prévu",),
    "Chacun avait une idée, et certaines étaient même utiles": (
        "Les idées pleuvaient de tous côtés, et quelques-unes étaient vraiment bonnes",
    ),
    "Personne ne le disait, mais tout le monde imaginait déjà la fin heureuse": (
        "En silence, chacun voyait déjà à quel point tout finirait bien",
    ),
    "Le plan devenait plus grand et plus beau chaque fois que quelqu'un y ajoutait quelque chose": (
        "À chaque nouvelle contribution, le plan prenait de l'ampleur",
    ),
    "Tout le monde voulait voir la trouvaille de près, pour être bien sûr qu'elle était réelle": (
        "Ils se pressèrent autour pour bien regarder, au cas où ils rêveraient",
    ),
    "Les recherches étaient finies, et soudain tout le monde avait très faim": (
        "La chasse terminée, tous les ventres se mirent à gargouiller en même temps",
    ),
    "Chacun voulut vérifier à son tour que tout tenait bien, l'un après l'autre": (
        "L'un après l'autre, ils l'essayèrent pour être certains que ça tiendrait",
    ),
    "Quelqu'un dit que c'était encore mieux qu'avant, et personne ne dit le contraire": (
        "C'était plus beau que jamais, et tous furent d'accord là-dessus",
    ),
    "Tout le monde souriait maintenant, même ceux qui avaient eu peur": (
        "Il y avait des sourires sur tous les visages, même ceux qui avaient pâli de peur",
    ),
    "Quelqu'un dit merci, et puis tout le monde dit merci à tout le monde": (
        "Les mercis firent le tour encore et encore, jusqu'à ce que chacun ait remercié chacun",
    ),
    "Tout le monde racontait en même temps le moment où il avait eu le plus peur": (
        "Ils bavardaient tous ensemble de l'instant où ils avaient été le plus effrayés",
    ),
    "L'endroit qui faisait si peur paraissait presque accueillant, maintenant": (
        "Le coin qui les avait tant effrayés semblait désormais presque aimable",
    ),
    "Pendant un instant, personne ne dit rien, parce que la fin heureuse n'avait pas besoin de mots": (
        "Un petit moment, ils se contentèrent de regarder, car les mots étaient inutiles",
    ),
    "Puis tout le monde applaudit en même temps, et les applaudissements n'en finissaient plus": (
        "Puis éclata une grande ovation que rien ne pouvait arrêter",
    ),
    # SHAPE_FEELINGS : les raisons
    "Chaque indice comptait, même ceux qui ne menaient nulle part": (
        "Même un indice qui ne mène à rien indique où il ne faut pas chercher",
    ),
    "Chercher, c'est lent, et {hero} voulait une réponse tout de suite": (
        "Chercher prend un temps fou, et la patience n'avait jamais été le fort de {hero}",
    ),
    "Perdre une chose qu'on aime est un des pires sentiments qui soient": (
        "Peu de choses font aussi mal que l'absence d'un objet qu'on aime",
    ),
    "Les yeux apprennent à remarquer les choses quand on les entraîne assez": (
        "Plus on regarde, mieux les yeux apprennent à voir",
    ),
    "Y penser ne faisait rien revenir, mais ça donnait de nouvelles idées": (
        "L'imaginer ne le ferait pas réapparaître, mais cela réveillait quelques idées neuves",
    ),
    "Tout est forcément quelque part, et ce quelque part peut se trouver": (
        "Rien ne peut être nulle part, alors il fallait bien que ce soit dans un coin",
    ),
    "L'endroit suivant serait peut-être le bon": (
        "Peut-être que la réponse attendait juste au prochain tournant",
    ),
    "Les petites réussites s'additionnent, l'une après l'autre": (
        "Beaucoup de toutes petites victoires finissent par en faire une grande",
    ),
    "Casser prend une seconde, et réparer peut prendre toute la journée": (
        "Une chose se casse en un clin d'œil et demande ensuite des heures de réparation",
    ),
    "Même un inventeur se trompe, et ensuite il recommence": (
        "Même les inventeurs célèbres échouent souvent avant de réussir",
    ),
    "C'était la bonne fatigue, celle qui vient quand on fabrique quelque chose": (
        "Des bras fatigués par un travail utile, il n'y a pas de quoi s'en plaindre",
    ),
    "Chaque pièce bien ajustée rendait la suivante plus facile": (
        "Chaque morceau qui trouvait sa place montrait où irait le prochain",
    ),
    "Mieux valait des mains prudentes que des mains pressées": (
        "Lentement et bien, se dit {hero}, cela valait mieux que vite et mal",
    ),
    "Réparer demandait de réfléchir autant que d'essayer": (
        "Réparer, apparemment, réclamait autant de tête que de bras",
    ),
    "Les choses cassées ne se réparent pas dans la précipitation": (
        "Aucune réparation digne de ce nom ne se fait en courant",
    ),
    "La douceur, en fin de compte, est une forme de force": (
        "La délicatesse, {hero} l'apprenait, demande un cœur solide",
    ),
    "Que se serait-il passé si personne n'était venu ?": (
        "Difficile de ne pas se demander comment tout aurait fini sans personne pour aider",
    ),
    "Il n'y a rien de mieux que de savoir qu'on change les choses": (
        "Savoir qu'on a aidé, c'est l'un des meilleurs sentiments du monde",
    ),
    "Parfois, la gentillesse donne un peu envie de pleurer, mais dans le bon sens": (
        "La bonté peut faire picoter les yeux, même quand on est heureux",
    ),
    "Personne ne devrait rester seul face à un problème": (
        "Les soucis pèsent moins lourd quand on les partage",
    ),
    "Quelqu'un avait besoin d'aide, et rien ne comptait davantage": (
        "Savoir qu'on comptait sur eux rendait tout le reste bien petit",
    ),
    "La gentillesse devrait s'en charger à sa place": (
        "Les gestes gentils devraient parler à la place des mots",
    ),
    "C'est ce qui arrive quand on veille sur plus petit que soi": (
        "Prendre soin d'un plus petit que soi fait grandir",
    ),
    "Ce n'était pas agréable, mais ça ne dura pas": ("Heureusement, cette vilaine sensation passa vite",),
    "Les chansons savent très bien faire taire les peurs": (
        "Un air, même fredonné en silence, tient la peur à distance",
    ),
    "Puis {hero} se rappela qu'on peut être petit et très courageux": (
        "Puis {hero} se souvint que le courage ne dépend pas de la taille",
    ),
    "Le courage, ce n'est pas quand les jambes arrêtent de trembler": (
        "Les gens courageux ont aussi les genoux qui tremblent, mais ils continuent d'avancer",
    ),
    "La curiosité gagnait, mais de justesse": ("La curiosité menait, mais d'un cheveu",),
    "Les peurs grandissent quand on les fuit et rapetissent quand on les regarde en face": (
        "Quand on regarde une peur droit dans les yeux, elle est souvent plus petite qu'on ne le croyait",
    ),
    "Il y avait cent façons de réaliser un vœu, et {hero} voulait toutes les essayer": (
        "Il existait tant de manières d'exaucer un vœu, et {hero} avait envie de tester chacune",
    ),
    "Les vœux prennent du temps, et {hero} voulait que celui-ci se réalise aujourd'hui": (
        "Attendre un vœu est difficile, et {hero} espérait que celui-ci ne tarderait pas",
    ),
    "Tout le monde n'a pas l'occasion d'aider un vœu à se réaliser": (
        "Aider à exaucer un vœu, c'est une mission rare",
    ),
    "Réaliser le vœu de quelqu'un, c'était presque mieux que de voir le sien se réaliser": (
        "Exaucer le vœu d'un autre faisait presque autant plaisir que de voir le sien exaucé",
    ),
    "Réaliser un vœu, c'est une sorte de magie de tous les jours": (
        "Aider à exaucer un vœu, c'est ce qui ressemble le plus à de la vraie magie",
    ),
    "Cette image aidait à tenir bon quand les choses devenaient difficiles": (
        "Quand la tâche devenait dure, {hero} pensait à ces visages heureux",
    ),
    "C'était une sensation étonnamment agréable": ("Cela se révéla être une sensation délicieuse",),
    "Mais espérer ne suffisait pas, alors {hero} continua de travailler": (
        "Mais l'espoir seul n'y suffirait pas, alors {hero} se remit à l'ouvrage",
    ),
    # SHAPE_EXCHANGES : ce qui suit l'échange
    "Personne ne connaissait la réponse, mais c'était une question amusante": (
        "La question était curieuse et drôle, et personne ne sut y répondre",
    ),
    "Ce n'était pas ça, seulement quelque chose qui lui ressemblait un peu de loin": (
        "De loin, ils s'y étaient laissé prendre, mais de près c'était tout autre chose",
    ),
    "{friend} doutait que la chance marche comme ça, mais voulait bien essayer": (
        "{friend} se demandait si la chance comptait les essais, mais accepta de tenter le coup",
    ),
    "Après cette description, tout le monde regarda un peu plus attentivement": (
        "Dès lors, tous les yeux fouillèrent avec plus de soin",
    ),
    "Alors ils passèrent toute la matinée en revue, heure par heure": (
        "Pas à pas, ils refirent en pensée tout le chemin depuis le petit déjeuner",
    ),
    "C'était devenu une sorte de jeu, et le jeu rendait les recherches plus faciles": (
        "Chercher devint presque un jeu, et un jeu ne fatigue jamais autant",
    ),
    "{friend} poussa un soupir de soulagement et ne quitta plus {hero} d'une semelle": (
        "Cette réponse fit plaisir à {friend}, qui ne s'éloigna plus de {hero}",
    ),
    "À partir de là, personne ne passa sans qu'on lui pose poliment une question ou deux": (
        "Ensuite, chaque personne croisée eut droit à une question polie : l'avait-elle vu ?",
    ),
    "Ça paraissait un peu bête, mais c'était l'idée la plus utile qu'on ait eue jusque-là": (
        "C'était un plan étrange, et pourtant ce fut leur meilleur",
    ),
    "{friend} rit, mais dut reconnaître que c'était vrai": (
        "Cela fit pouffer {friend}, mais difficile de dire le contraire",
    ),
    "C'était bien ça, et pendant un instant ils eurent l'impression d'être des génies": (
        "Cela s'emboîta parfaitement, et ce fut une belle victoire",
    ),
    "Il y avait quelque chose de rassurant dans cette réponse": (
        "Entendre cela, allez savoir pourquoi, fit du bien à tout le monde",
    ),
    "Chacun son tour, ça allait moins vite, mais c'était bien plus amusant": (
        "Se partager le travail le ralentissait, mais le rendait aussi bien plus agréable",
    ),
    "{friend} hocha la tête et promit de prendre tout son temps": (
        "{friend} acquiesça fermement et jura d'avoir une patience infinie",
    ),
    "Avancer dans l'ordre rendait la tâche beaucoup moins effrayante": (
        "Faire une chose à la fois rendait le grand travail bien plus petit",
    ),
    "C'était exactement comme ça, et la pièce suivante se mit en place sans difficulté": (
        "C'était parfait, et la partie suivante trouva sa place d'un petit clic",
    ),
    "Défaire prit un moment, mais le deuxième essai se passa beaucoup mieux": (
        "Tout démonter fut long, mais la tentative suivante réussit à merveille",
    ),
    "Alors ils examinèrent de près chaque fissure et chaque morceau branlant": (
        "Ils étudièrent chaque fêlure et chaque bout qui bougeait avec des yeux de détective",
    ),
    "Attendre patiemment, c'était aussi une façon d'aider": (
        "Parfois, découvrirent-ils, rester là et attendre, c'est déjà aider",
    ),
    "Ils décidèrent d'aider pour les trois, au cas où": (
        "Pour ne rien laisser au hasard, ils résolurent d'aider pour tout",
    ),
    "Alors ils se présentèrent, tout doucement et très poliment": (
        "Ils dirent qui ils étaient de leur voix la plus douce et la plus aimable",
    ),
    "C'était étrange de penser qu'ils auraient pu passer à côté sans rien voir": (
        "Ils avaient failli passer sans rien remarquer, et cette idée les troublait",
    ),
    "Ils s'approchèrent le plus doucement possible, sans un seul geste brusque": (
        "Peu à peu, ils avancèrent, en essayant de n'effrayer personne",
    ),
    "C'était bon de savoir que le premier pas était déjà fait": (
        "Savoir qu'ils avaient déjà commencé rendait la suite possible",
    ),
    "Tout le monde trouva que c'était raisonnable": ("Chacun convint que c'était un plan sage",),
    "Après ça, personne n'eut besoin qu'on lui rappelle d'être gentil": (
        "À partir de ce moment, la gentillesse vint toute seule, sans qu'on la demande",
    ),
    "Ils prirent la chose très au sérieux, comme de vrais sauveteurs": (
        "C'était une promesse sérieuse, et ils comptaient la tenir comme de vrais sauveteurs",
    ),
    "Personne n'avait pensé à cette possibilité": ("Cette idée n'avait effleuré personne",),
    "Et ils restèrent tout près l'un de l'autre, du début à la fin": (
        "Et c'est ce qu'ils firent, sans jamais s'éloigner d'un pas",
    ),
    "{friend} n'avait jamais vu les choses comme ça": ("Pour {friend}, c'était une idée toute neuve",),
    "Plaisanter ne faisait pas disparaître la peur, mais ça la rendait plus petite": (
        "Les blagues ne chassaient pas la peur, mais elles la faisaient rétrécir",
    ),
    "{friend} y réfléchit très longtemps": ("Ces mots restèrent un bon moment dans la tête de {friend}",),
    "Dit à voix haute, ça paraissait beaucoup moins terrible": (
        "Une fois prononcé, cela semblait deux fois moins horrible",
    ),
    "Rire les aida bien plus que compter": ("Les fous rires firent plus de bien que tous les chiffres",),
    "Bizarrement, c'était plus facile d'avoir peur à deux que sans personne": (
        "Avoir peur côte à côte se révéla bien plus supportable qu'avoir peur sans personne",
    ),
    "Ne pas savoir, décidèrent-ils, c'était pire que de découvrir la vérité": (
        "Rester dans le doute pour toujours, convinrent-ils, serait pire que d'aller voir",
    ),
    "Après ça, le vœu parut un peu moins immense": (
        "Tout à coup, le vœu sembla avoir rapetissé d'une taille",
    ),
    "Tout le monde fut d'accord : la surprise était le meilleur moment": (
        "Impossible de dire le contraire : la surprise était ce qui comptait le plus",
    ),
    "Garder un secret joyeux, c'est plus difficile qu'on ne le croit": (
        "Un secret heureux est l'une des choses les plus difficiles à garder",
    ),
    "Rien que d'y penser, ils travaillaient avec une ardeur et une rapidité renouvelées": (
        "Imaginer ces visages faisait avancer le travail plus vite",
    ),
    "Et donner un coup de pouce, c'était justement ce qu'ils avaient décidé de faire": (
        "Ce qui était exactement leur intention",
    ),
    "{friend} dut reconnaître que c'était vrai": ("{friend} ne trouva rien à redire à cela",),
    "Personne ne se le fit dire deux fois": ("Aussitôt, tout le monde se remit à l'ouvrage",),
    "C'était la réponse la plus gentille que {hero} ait jamais entendue": (
        "{hero} trouva que c'était la réponse la plus tendre du monde",
    ),
    "Heureusement, l'invention était précisément l'une de leurs spécialités les plus remarquables": (
        "Par chance, improviser en chemin faisait partie de leurs talents",
    ),
    # REFLECTIONS
    "{hero} se demanda si toutes les grandes aventures étaient aussi incertaines au milieu": (
        "Au milieu d'une aventure, pensa {hero}, on ne sait jamais comment elle finira",
    ),
    "Quelque part, {goal} les attendait, et cette pensée donnait du courage à {hero}": (
        "L'idée que {goal} les attendait quelque part redonnait des forces à {hero}",
    ),
    "{friend} vit que {hero} réfléchissait très fort et décida de rester tout près": (
        "{friend} voyait {hero} réfléchir et resta discrètement à côté",
    ),
    "C'est étrange comme un seul après-midi peut sembler aussi long qu'une semaine entière": (
        "Parfois, un seul après-midi contient autant qu'une semaine ordinaire",
    ),
    "{hero} se rappela une phrase de mamie sur la patience et les petits pas": (
        "{hero} se souvint que les grandes choses, comme disait mamie, se font à petits pas",
    ),
    "Plus ils avançaient, plus {hero} comprenait que le voyage comptait aussi": (
        "Peu à peu, {hero} voyait que le chemin comptait autant que l'arrivée",
    ),
    "Personne ne le dit à voix haute, mais tout le monde était un peu inquiet": (
        "Personne ne l'avouait, mais quelques genoux tremblaient",
    ),
    "{hero} fit dans sa tête la liste de tout ce qu'ils avaient déjà essayé": (
        "En silence, {hero} repassa toutes les idées déjà tentées",
    ),
    "Chaque nouveau bruit faisait tourner la tête de {friend}": (
        "Au moindre son nouveau, {friend} dressait l'oreille",
    ),
    "Dans ces moments-là, {hero} aimait imaginer ce que feraient les explorateurs des livres": (
        "{hero} se demanda ce que tenteraient maintenant les héros de ses livres préférés",
    ),
    "Le problème semblait énorme, mais {hero} essaya d'y penser morceau par morceau": (
        "{hero} décida de découper l'énorme problème et d'en examiner un petit bout après l'autre",
    ),
    "{friend} fredonnait doucement, ce qui voulait souvent dire qu'une idée arrivait": (
        "Un léger fredonnement venait de {friend}, signe presque sûr qu'un plan se préparait",
    ),
    "{hero} repensa au matin, qui semblait si différent, et à tout ce qui s'était passé depuis": (
        "Le matin paraissait déjà loin, après tout ce qui était arrivé",
    ),
    "{friend} ne s'impatientait jamais, et cela faisait du bien à {hero}": (
        "{hero} appréciait que {friend} ne presse jamais personne",
    ),
    "Chaque pas les rapprochait un peu, même quand ça n'en avait pas l'air": (
        "Même les pas qui semblaient inutiles les menaient plus près",
    ),
    "{hero} sentait que cette journée ferait une belle histoire à raconter": (
        "{hero} se doutait qu'on raconterait cette journée pendant des années",
    ),
    "C'est drôle : souvent, le plus difficile dans un problème, c'est de commencer": (
        "Commencer, remarqua {hero}, est souvent le plus délicat",
    ),
    "{hero} essaya de retenir chaque détail, au cas où il serait important": (
        "{hero} mit de côté chaque petit détail, au cas où l'un d'eux compterait",
    ),
    "Personne ne se plaignit, même si tout le monde était un peu fatigué": (
        "Jambes lourdes ou pas, on n'entendit pas une seule plainte",
    ),
    "{hero} tournait et retournait le problème dans sa tête": (
        "Le problème roulait dans la tête de {hero} comme une bille dans un bol",
    ),
    "Rien ne pressait, décida {hero} : mieux valait avancer doucement que trop vite": (
        "Lentement mais sûrement, décida {hero}, ils y arriveraient",
    ),
    "{friend} jetait de petits coups d'œil à {hero}, comme pour vérifier que tout allait bien": (
        "De temps en temps, {friend} regardait vers {hero} pour s'assurer que tout allait bien",
    ),
    # SHAPE_FEELINGS : glad, les raisons
    "Après tant de recherches, lâcher prise ne semblait pas une bonne idée": (
        "Il avait fallu bien trop longtemps pour la retrouver pour risquer de la reperdre",
    ),
    "Les choses perdues qui reviennent paraissent encore plus précieuses qu'avant": (
        "Ce qui a disparu puis réapparaît vaut deux fois plus",
    ),
    "Bien sûr, c'était un travail d'équipe, et {hero} le savait": (
        "Personne n'y serait arrivé sans les autres, et {hero} le dit tout haut",
    ),
    "La longue recherche était enfin terminée": ("Toute cette chasse avait enfin pris fin",),
    "On ne voyait presque plus rien": (
        "Seul quelqu'un qui savait où regarder aurait remarqué la réparation",
    ),
    "Réparer quelque chose de ses propres mains rend heureux d'une façon très particulière": (
        "Peu de choses font autant de bien que de réparer quelque chose par soi-même",
    ),
    "Tout ce travail minutieux en avait valu la peine": (
        "Chaque minute lente et patiente avait porté ses fruits",
    ),
    "Ce qui était cassé était de nouveau entier, et ça ressemblait à de la magie": (
        "Ce qui était en morceaux ne faisait de nouveau plus qu'un, et cela tenait presque du prodige",
    ),
    "Rendre quelqu'un heureux donne un bonheur très particulier": (
        "La joie de faire sourire quelqu'un est une joie à part",
    ),
    "La gentillesse trouve toujours le chemin du retour": (
        "La gentillesse a l'habitude de revenir à la maison",
    ),
    "Personne ne leur avait demandé d'aider, mais ils l'avaient fait quand même": (
        "Ils avaient aidé sans qu'on le leur demande, et c'était encore plus beau",
    ),
    "Tout le monde était en sécurité et heureux, et c'était tout ce qui comptait": (
        "Désormais, une seule chose comptait : tout le monde était à l'abri et souriait",
    ),
    "Affronter une peur nous change un peu, et en mieux": (
        "Regarder une peur dans les yeux nous rend un peu plus grand à l'intérieur",
    ),
    "De l'autre côté, elle semblait presque ridicule": (
        "Maintenant qu'elle était derrière eux, elle faisait presque rire",
    ),
    "C'était le genre de sensation qu'on voudrait garder pour toujours": (
        "{hero} aurait aimé mettre cette sensation en bocal pour plus tard",
    ),
    "Avoir du courage, c'est fatigant, mais ça en vaut la peine": (
        "Le courage épuise, mais il vaut chaque goutte d'effort",
    ),
    "C'était peut-être vrai, et peut-être que cette magie, ils l'avaient faite eux-mêmes": (
        "Peut-être bien, et peut-être étaient-ils eux-mêmes les magiciens",
    ),
    "Un vœu réalisé, c'est encore mieux quand on y a mis la main": (
        "Un vœu qu'on a aidé à exaucer est le plus beau de tous",
    ),
    "Un bonheur pareil donne envie de danser": ("Une joie aussi grande doit sortir par les pieds",),
    "Voir un vœu se réaliser, c'était la plus belle chose que {hero} ait jamais vue": (
        "Assister à un vœu exaucé fut plus beau que tout ce dont {hero} se souvenait",
    ),
    # THREADS : les dénouements
    "Soudain, {hero} s'arrêta au milieu de tout et s'écria : « Un trou ! La réponse, c'est un trou ! »": (
        "Tout à coup, {hero} s'exclama : « Un trou ! Plus on creuse, plus il grandit ! »",
    ),
    "« Tu connais d'autres devinettes ? » demanda {hero} avant de s'endormir, et {pal} en promit une "
    "nouvelle pour le lendemain": (
        "En bâillant, {hero} réclama une autre devinette, et {pal} en promit une dès le réveil",
    ),
    "Quand le bon moment arriva, {hero} sortit de sa poche le bracelet terminé et l'offrit à {pal}": (
        "Au moment parfait, le bracelet terminé apparut, et {hero} le tendit à {pal}",
    ),
    "« Tu as fait ça pour moi, pendant tout ce temps ? » demanda {pal}, qui le porta fièrement toute la "
    "soirée": (
        "« C'est donc ça que tu faisais en cachette ? » s'étonna {pal}, qui l'enfila aussitôt avec un grand "
        "sourire",
    ),
    "Alors, au milieu de toute cette joie, {pal} arrondit les lèvres et siffla une note claire, forte et "
    "parfaite": (
        "Et juste à ce moment, pendant que tous faisaient la fête, {pal} réussit enfin un sifflement net, "
        "clair et sonore",
    ),
    "Ensuite, {hero} et {pal} terminèrent la carte ensemble et dessinèrent une grande étoile dorée là où le "
    "problème avait été résolu": (
        "Plus tard, {hero} et {pal} achevèrent la carte côte à côte et marquèrent le lieu de leur réussite "
        "d'une grosse étoile d'or",
    ),
    "Au milieu des cris de joie, {pal} fit une toute petite danse très bête, et {hero} éclata enfin de "
    "rire": (
        "En pleine fête, {pal} se lança dans une petite danse ridicule, et le sérieux de {hero} céda enfin "
        "dans un grand éclat de rire",
    ),
    "« Tu as gagné », pouffa {hero}, et {pal} fit une longue révérence très solennelle": (
        "« D'accord, tu as gagné », bafouilla {hero} en riant, et {pal} s'inclina aussi bas qu'un majordome",
    ),
    "Quand tout le monde poussa des cris de joie à la fin, {pal} abandonna le compte, parce qu'il y avait "
    "beaucoup trop de rires": (
        "À la fin, au milieu des acclamations, {pal} arrêta de compter, car les rires étaient devenus "
        "innombrables",
    ),
    "« Trop pour les compter, déclara {pal}, et c'est le plus beau des nombres. »": (
        "« Plus que je ne sais compter, annonça {pal}, et c'est le meilleur total qui soit. »",
    ),
    "Le tout dernier rire de la journée fut celui de {hero}, petit et ensommeillé, et {pal} le compta "
    "aussi": (
        "Juste avant de dormir, {hero} laissa échapper un petit rire endormi, et {pal} l'ajouta au compte",
    ),
    # EXCHANGES : ce qui suit l'échange
    "Ils échangèrent un sourire, parce que tous les deux connaissaient déjà la réponse": (
        "Un sourire passa de l'un à l'autre : pas besoin de mots",
    ),
    "Pendant un moment, personne ne dit plus rien, et ce silence était doux et agréable": (
        "Ensuite, ils écoutèrent un moment, et ce calme avait quelque chose de douillet",
    ),
    "{friend} éclata de rire et promit de se souvenir de la question": (
        "{friend} gloussa et jura de reposer la question à l'heure du coucher",
    ),
    "Parfois, les choses les plus importantes se disent en très peu de mots": (
        "Ce qui compte le plus tient souvent en une poignée de mots",
    ),
    "{hero} regarda lentement tout autour, en essayant de retenir chaque détail": (
        "{hero} prit le temps de tout observer, rangeant chaque détail comme un trésor",
    ),
    "{friend} raconta une histoire tellement absurde qu'ils durent tous les deux se tenir le ventre de "
    "rire": ("Le récit de {friend} était si absurde qu'ils finirent tous les deux pliés de rire",),
    "Cette réponse inattendue provoqua chez {friend} un fou rire interminable": (
        "{friend} n'arrivait plus à s'arrêter de rire de cette réponse",
    ),
    "Ils se disputèrent joyeusement pour déterminer si une chose pareille était seulement possible": (
        "Cela lança une joyeuse discussion : une telle chose pouvait-elle être vraie ?",
    ),
    "{friend} leva les yeux au ciel, mais ne put s'empêcher de sourire": (
        "{friend} soupira, mais son sourire le trahissait",
    ),
    "Tous les deux estimèrent que c'était un programme excellent, et même parfaitement raisonnable": (
        "Ils tombèrent d'accord : c'était une idée formidable",
    ),
    "{friend} rit tellement qu'il fallut très longtemps pour s'arrêter": (
        "{friend} rit aux éclats, au point de perdre le souffle",
    ),
    "Tous les deux jugèrent l'argument parfaitement raisonnable, même s'il était impossible à vérifier": (
        "Aucun des deux ne trouva la moindre faille dans ce raisonnement",
    ),
    "Alors ils s'arrêtèrent, examinèrent toutes les possibilités et choisirent le chemin le plus "
    "raisonnable": (
        "Ils firent une pause, pesèrent chaque direction et prirent celle qui avait le plus de sens",
    ),
    "Ils rirent tous les deux, et ce rire leur donna assez d'énergie pour continuer": (
        "Cela les fit rire, et le rire redonna des forces à leurs jambes",
    ),
    "Avancer doucement se révéla être exactement la bonne idée": (
        "Aller prudemment s'avéra le choix le plus sage",
    ),
    "Curieusement, tout énumérer à voix haute rendit le problème un peu plus petit": (
        "Tout dire à voix haute fit rétrécir le problème, allez savoir comment",
    ),
    "C'est exactement ce qu'ils firent, et le goûter les aida beaucoup": (
        "C'est ce qu'ils firent, et le goûter leur fut d'un grand secours",
    ),
    "Ce n'était rien d'important, mais à partir de ce moment-là ils firent beaucoup plus attention": (
        "Ce n'était pas grand-chose, mais ensuite ils gardèrent tous les deux les yeux grands ouverts",
    ),
    "{friend} expliqua le plan, et {hero} écouta attentivement chacune de ses étapes": (
        "{hero} écouta tout le plan de {friend} sans l'interrompre une seule fois",
    ),
    "{hero} comprenait parfaitement ce sentiment": ("{hero} savait très bien ce que c'était",),
    "C'était une réponse tellement raisonnable que {friend} ne trouva rien à redire": (
        "{friend} dut admettre que c'était une réponse très sage",
    ),
    "Ils firent le plan ensemble, en se disputant gaiement sur l'ordre des étapes": (
        "Ils préparèrent le plan à deux, en se chamaillant joyeusement sur la première étape",
    ),
    "Cette promesse rendit le chemin un peu moins incertain": (
        "Après cette promesse, le chemin parut un peu plus accueillant",
    ),
    "En l'expliquant à voix haute, {hero} remarqua une ou deux choses qui lui avaient échappé jusque-là": (
        "Tout en racontant, {hero} repéra deux ou trois détails que personne n'avait vus",
    ),
    "La minute devint trois, mais personne ne s'en plaignit": (
        "La minute s'étira jusqu'à trois, et cela ne dérangea personne",
    ),
    "Ce n'était pas une réponse très utile, mais elle les fit réfléchir plus fort": (
        "Cela n'aidait pas beaucoup, mais cela les remit à réfléchir",
    ),
    # FEELINGS : busy et glad, les sentiments
    "{hero} avait une grande détermination, même si personne ne savait ce qui allait se passer": (
        "{hero} comptait bien continuer, quoi qu'il arrive",
    ),
    "Un frisson d'excitation nerveuse dansait dans le ventre de {hero}": (
        "{hero} avait le ventre plein de papillons agités",
    ),
    "{hero} se concentra si fort que tout le reste sembla disparaître": (
        "{hero} réfléchissait si fort que le reste du monde se tut",
    ),
    "L'espoir et le doute se relayaient dans la tête de {hero}": (
        "{hero} passait de l'espoir au doute, et retour",
    ),
    "{hero} sentait la fatigue, mais pas assez pour abandonner": (
        "Les jambes de {hero} étaient lourdes, mais {hero} n'avait pas dit son dernier mot",
    ),
    "La curiosité tirait {hero} en avant comme un fil invisible": (
        "{hero} sentait la curiosité pousser vers l'avant",
    ),
    "{hero} avait un peu le trac, mais surtout beaucoup d'impatience": (
        "{hero} avait les nerfs un peu à vif, et plus encore l'envie d'avancer",
    ),
    "{hero} fit de son mieux pour réfléchir comme un détective": (
        "{hero} mit en marche sa meilleure tête de détective",
    ),
    "Une nouvelle idée commença à pousser dans la tête de {hero}, lentement, comme une graine": (
        "Doucement, comme une pousse, une idée neuve pointait dans la tête de {hero}",
    ),
    "{hero} avait plus de courage que d'habitude, et c'était une agréable surprise": (
        "À la joie de {hero}, le courage semblait surgi de nulle part",
    ),
    "{hero} sentit une étincelle d'espoir têtu": ("Un petit espoir obstiné clignotait en {hero}",),
    "{hero} ressentait de l'agacement, mais essaya de ne pas le montrer": (
        "Au fond, {hero} bouillait un peu, mais son visage restait calme",
    ),
    "Soudain, {hero} sentit peser sur ses épaules une grande responsabilité": (
        "D'un coup, {hero} sentit que tout le monde comptait sur son aide",
    ),
    "{hero} avait l'esprit bien éveillé et l'envie de tout essayer": (
        "Tout en {hero} était en alerte et pressé de commencer",
    ),
    "Une petite étincelle têtue poussait {hero} à continuer": (
        "Quelque chose de petit et de décidé, en {hero}, refusait de renoncer",
    ),
    "{hero} sentit un frisson d'impatience": ("Un frémissement d'envie parcourut {hero}",),
    "{hero} avait un peu perdu son souffle, mais gardait le sourire": (
        "{hero} soufflait un peu, et souriait quand même",
    ),
    "Le bonheur pétillait en {hero} comme de la limonade": ("{hero} débordait de joie",),
    "{hero} ressentait de la fierté, mais surtout un immense soulagement": (
        "Avant tout, {hero} éprouvait du soulagement, avec une bonne dose de fierté",
    ),
    "{hero} n'arrivait plus à s'arrêter de sourire": ("Un immense sourire avait envahi le visage de {hero}",),
    "Une merveilleuse légèreté remplit {hero} de la tête aux pieds": (
        "{hero} avait le corps aussi léger qu'une plume",
    ),
    "{hero} eut envie de danser, et au bout d'un moment, se mit vraiment à danser": (
        "Les pieds de {hero} réclamaient une danse, et bientôt ils dansaient",
    ),
    "Au fond, {hero} s'émerveillait de la tournure qu'avait prise la journée": (
        "{hero} avait du mal à croire que la journée finisse si bien",
    ),
    "{hero} avait le cœur léger comme un ballon": (
        "{hero} avait l'impression de pouvoir s'envoler dans le ciel",
    ),
    "Une grande chaleur douce envahit {hero}": ("{hero} rayonnait de bonheur, dedans comme dehors",),
}
