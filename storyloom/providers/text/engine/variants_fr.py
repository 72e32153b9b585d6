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
}
