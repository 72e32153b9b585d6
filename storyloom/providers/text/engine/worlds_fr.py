"""French story worlds of the built-in engine: what each genre's stories are about."""

from __future__ import annotations

from storyloom.providers.text.engine.lexicon import GenreWorld

W = GenreWorld

WORLDS = {
    "adventure": W(
        "dans une vallée de grands pins et de ruisseaux",
        "la vieille boussole dorée",
        "la vieille boussole dorée avait roulé en bas de la colline",
        "la boussole faisait tic-tac sous une fougère près de la cascade",
        "la boussole dorée montrait de nouveau le chemin de la maison",
        "{hero} et la boussole dorée",
        (
            "un pont de cordes se balançait au-dessus du ruisseau",
            "un tronc tombé barrait le chemin",
            "un brouillard épais descendait des collines",
            "le sentier se séparait en trois chemins de boue",
            "une oie grognon gardait la seule barrière",
        ),
        (
            ("{hero} grimpa sur le plus haut rocher", "la vallée était bien trop grande"),
            ("{hero} appela la boussole très fort", "seul l'écho répondit"),
            ("{hero} suivit des traces dans la boue", "c'étaient les traces d'un cerf"),
            ("{hero} dessina une carte avec un bâton", "la pluie effaça la carte"),
        ),
        (
            "les pins sentaient la résine et le soleil",
            "le ruisseau chantait sur les cailloux",
            "un faucon tournait dans le ciel",
            "la mousse était douce et fraîche",
        ),
        (
            ("boussole", "un outil dont l'aiguille montre le nord"),
            ("vallée", "une terre basse entre des montagnes"),
            ("cascade", "de l'eau qui tombe de haut"),
            ("sentier", "un petit chemin dans la nature"),
        ),
    ),
    "fantasy": W(
        "dans un royaume où les nuages étaient en barbe à papa",
        "la chanson perdue du dragon",
        "le dragon endormi avait perdu sa chanson, et sans elle les fleurs ne s'ouvraient plus",
        "la chanson se cachait dans un coquillage qui fredonnait",
        "le dragon chanta, et toutes les fleurs du royaume s'ouvrirent d'un coup",
        "{hero} et la chanson du dragon",
        (
            "un mur de roses pleines d'épines barrait l'allée",
            "une devinette était gravée sur une porte",
            "les pierres du gué s'éloignaient en flottant",
            "un troll grognon voulait une blague pour laisser passer",
            "le chemin devint un escalier de nuages",
        ),
        (
            ("{hero} agita une baguette prêtée", "il ne sortit que des bulles"),
            ("{hero} chanta un air pour le dragon", "le dragon bâilla seulement"),
            ("{hero} chercha dans le livre du magicien", "les pages étaient blanches"),
            ("{hero} prépara une potion de pétales", "elle pétilla, devint rose, et rien de plus"),
        ),
        (
            "de petites lanternes flottaient comme des lucioles",
            "les nuages sentaient le sucre",
            "un arc-en-ciel brillait sur les tours",
            "l'herbe scintillait de rosée d'argent",
        ),
        (
            ("royaume", "un pays gouverné par un roi ou une reine"),
            ("dragon", "une créature de conte avec des ailes"),
            ("potion", "une boisson magique"),
            ("coquillage", "la maison dure de certains animaux de la mer"),
        ),
    ),
    "fairy tale": W(
        "dans une petite maison au bord d'une forêt enchantée",
        "la clé d'or de la tour qui chante",
        "la clé d'or de la tour qui chante avait disparu, et la tour restait muette",
        "une pie avait caché la clé d'or dans son nid, parce qu'elle aimait ce qui brille",
        "la clé tourna, et la tour chanta de nouveau pour tout le village",
        "{hero} et la clé d'or",
        (
            "une rivière de miel barrait la route",
            "une porte de lierre ne voulait pas s'ouvrir",
            "un géant dormait en travers du chemin",
            "un pont demandait un mot gentil pour laisser passer",
            "deux oies fières gardaient le sentier",
        ),
        (
            ("{hero} demanda au vieux hibou", "le hibou avait dormi toute la semaine"),
            ("{hero} chercha dans le jardin du château", "il n'y avait que des roses et des escargots"),
            ("{hero} fabriqua une clé en pâte à pain", "elle se plia comme une nouille"),
            ("{hero} frappa trois fois à la porte de la tour", "personne ne répondit"),
        ),
        (
            "la cheminée de la maison faisait de petits nuages",
            "des champignons poussaient en cercle",
            "la forêt sentait la pomme de pin et la pluie",
            "les clochettes bleues dansaient dans la brise",
        ),
        (
            ("enchantée", "touchée par la magie"),
            ("tour", "un bâtiment haut et étroit"),
            ("pie", "un oiseau noir et blanc"),
            ("village", "un petit groupe de maisons"),
        ),
    ),
    "space": W(
        "sur une petite station spatiale qui tournait autour de la lune",
        "la carte des étoiles",
        "la carte des étoiles avait disparu, et la fusée ne savait plus rentrer",
        "la carte avait flotté jusqu'à la serre et s'était enroulée autour d'un haricot",
        "la fusée décolla doucement, avec la carte qui brillait sur son écran",
        "{hero} et la carte des étoiles",
        (
            "une pluie de petites météorites passa devant le hublot",
            "la gravité s'arrêta et tout le monde flotta",
            "une trappe était bloquée par le givre",
            "les lumières du couloir devinrent bleues",
            "un nuage de poussière cachait le chemin",
        ),
        (
            ("{hero} demanda à l'ordinateur de la station", "l'ordinateur ne jouait que des bips"),
            ("{hero} regarda dans le grand télescope", "on ne voyait qu'une comète endormie"),
            ("{hero} fouilla les placards", "les placards étaient pleins de chaussettes et de biscuits"),
            (
                "{hero} prit un crayon et essaya de dessiner les étoiles de mémoire",
                "il y avait bien trop d'étoiles",
            ),
        ),
        (
            "la Terre brillait bleue et blanche par le hublot",
            "les étoiles ne scintillaient pas",
            "les moteurs ronronnaient doucement",
            "des miettes flottaient comme de la neige lente",
        ),
        (
            ("station", "un endroit dans l'espace où vivent des astronautes"),
            ("fusée", "une machine qui vole dans l'espace"),
            ("serre", "une pièce en verre pour les plantes"),
            ("gravité", "la force qui nous garde au sol"),
        ),
    ),
    "animals": W(
        "dans une ferme près d'un pré ensoleillé",
        "le petit caneton perdu",
        "le petit caneton s'était perdu, et Maman Cane l'appelait sans arrêt",
        "le caneton dormait dans une vieille botte près de la grange",
        "le caneton nagea tout joyeux derrière sa maman sur la mare",
        "{hero} et le caneton perdu",
        (
            "le grand maïs bougeait comme une mer verte",
            "un fossé de boue barrait le passage",
            "les chèvres avaient fermé la barrière",
            "une montagne de paille cachait le chemin",
            "les cochons faisaient une fête très bruyante",
        ),
        (
            ("{hero} fit coin-coin très fort", "les vaches répondirent seulement meuh"),
            ("{hero} regarda dans le poulailler", "les poules comptaient leurs œufs"),
            ("{hero} demanda au chien de renifler partout", "le chien ne trouva qu'une vieille balle"),
            ("{hero} jeta des miettes sur le chemin", "les moineaux mangèrent tout"),
        ),
        (
            "la grange sentait le foin chaud",
            "les abeilles bourdonnaient sur le trèfle",
            "la mare brillait comme un miroir",
            "les agneaux sautaient dans le pré",
        ),
        (
            ("caneton", "un bébé canard"),
            ("pré", "un champ d'herbe et de fleurs"),
            ("grange", "un grand bâtiment de ferme"),
            ("mare", "un petit étang"),
        ),
    ),
    "bedtime": W(
        "dans une maison calme au bout d'une rue endormie",
        "le rayon de lune perdu",
        "la veilleuse avait perdu son rayon de lune, et la chambre était trop sombre pour rêver",
        "le rayon de lune se reposait dans un verre d'eau sur le rebord de la fenêtre",
        "le rayon de lune retourna dans la veilleuse et brilla doux et argenté",
        "{hero} et le rayon de lune",
        (
            "le couloir craquait à chaque pas",
            "l'escalier était couvert de jouets endormis",
            "le chat était couché devant la porte",
            "les rideaux dansaient dans la brise",
            "une pile d'oreillers était tombée par terre",
        ),
        (
            ("{hero} regarda sous le lit", "il n'y avait qu'une chaussette perdue"),
            ("{hero} ouvrit l'armoire", "elle était pleine de manteaux et de silence"),
            ("{hero} chercha avec une lampe de poche", "la lampe ne faisait qu'un petit cercle jaune"),
            ("{hero} demanda à l'ours en peluche", "l'ours ronflait déjà"),
        ),
        (
            "l'horloge faisait tic-tac tout doucement",
            "la couverture était douce et chaude",
            "un hibou hululait au loin",
            "la maison sentait le lait chaud",
        ),
        (
            ("veilleuse", "une petite lumière pour la nuit"),
            ("rayon", "un trait de lumière"),
            ("argenté", "de la couleur brillante de l'argent"),
            ("brilla", "donna une douce lumière"),
        ),
    ),
    "mystery": W(
        "dans une petite ville au bord de la mer aux toits tordus",
        "le gâteau d'anniversaire du boulanger",
        "le gâteau d'anniversaire du boulanger avait disparu de la vitrine pendant la nuit",
        (
            "{hero} rassembla les indices : les miettes et les petites empreintes menaient à la porte de "
            "derrière du maire, et le gâteau était là, bien à l'abri dans sa cuisine : le chiot du maire l'y "
            "avait traîné pendant la nuit"
        ),
        "le mystère était résolu, et tout le monde partagea le gâteau sur la place",
        "{hero} et le gâteau disparu",
        (
            "l'indice était écrit en code secret",
            "les empreintes s'arrêtaient au milieu de la rue",
            "la porte de la boutique avait un gros cadenas",
            "trois voisins racontaient trois histoires",
            "la pluie effaça les marques de craie",
        ),
        (
            (
                "{hero} soupçonna un monsieur au chapeau d'être le voleur et le suivit",
                "il allait seulement acheter le journal, alors cette idée était fausse",
            ),
            (
                "{hero} chercha derrière la boulangerie",
                "il n'y avait que des sacs de farine vides, mais par terre {hero} repéra quelques miettes "
                "et de petites empreintes et les nota comme indices",
            ),
            ("{hero} demanda au pêcheur ce qu'il avait vu", "il ne regardait que les bateaux"),
            ("{hero} fit une liste de suspects", "tout le monde dormait cette nuit-là"),
        ),
        (
            "les mouettes criaient au-dessus du port",
            "les rues sentaient le sel et le pain chaud",
            "le phare clignotait sur la falaise",
            "les bateaux se balançaient près du quai",
        ),
        (
            ("mystère", "une chose étrange qu'il faut comprendre"),
            ("indice", "un petit signe qui aide à trouver"),
            ("boulanger", "une personne qui fait le pain"),
            ("résolu", "dont on a trouvé la réponse"),
        ),
    ),
    "friendship": W(
        "dans un quartier animé avec un grand parc vert",
        "un moyen de réparer le cerf-volant géant de la fête",
        "le cerf-volant géant de la fête s'était déchiré dans le vent, et la fête était demain",
        "chaque ami avait un petit morceau qui pouvait réparer une partie du cerf-volant",
        "le cerf-volant plein de pièces vola plus haut que tous les autres",
        "{hero} et le cerf-volant",
        (
            "le vent emportait les morceaux",
            "le pot de colle était presque vide",
            "la grille du parc allait fermer",
            "une flaque mouilla le papier",
            "la ficelle avait cent nœuds",
        ),
        (
            ("{hero} essaya de réparer le cerf-volant sans aide", "le trou devint plus grand"),
            ("{hero} colla les morceaux avec du scotch", "le scotch ne tenait pas"),
            ("{hero} voulut acheter un autre cerf-volant", "le magasin n'en avait plus"),
            ("{hero} cousit les bords déchirés", "le fil se cassa"),
        ),
        (
            "des enfants riaient sur les balançoires",
            "ça sentait le pop-corn",
            "un chien courait après une balle rouge",
            "la fontaine brillait au soleil",
        ),
        (
            ("fête", "une grande célébration joyeuse"),
            ("cerf-volant", "un jouet qui vole au bout d'une ficelle"),
            ("quartier", "les rues autour de ta maison"),
            ("déchiré", "coupé en morceaux"),
        ),
        solutions=(
            (
                "Alors {hero} demanda à tout le monde au parc d'apporter un petit bout de tissu ou de papier",
                "chaque ami avait un petit morceau qui pouvait réparer une partie du cerf-volant, et pièce "
                "après pièce, la déchirure se referma",
            ),
            (
                "Cela aida {hero} à réfléchir : une seule pièce était bien trop petite, mais beaucoup de "
                "pièces ensemble couvriraient toute la déchirure",
                "{friend} tint le cerf-volant bien à plat pendant que {hero} collait une pièce après "
                "l'autre, jusqu'à ce qu'il ne reste plus un seul trou",
            ),
        ),
        mends=(("thing", "le cerf-volant géant"),),
    ),
    "science": W(
        "dans un atelier plein d'engrenages, de bocaux et de lumières",
        "un moyen de réparer la machine à faire la météo",
        "la machine à faire la météo faisait neiger dans l'atelier",
        "un tout petit engrenage tournait à l'envers, alors la machine marchait à reculons",
        "la machine ronronna, et un petit arc-en-ciel traversa le plafond",
        "{hero} et la machine à météo",
        (
            "la moitié du mode d'emploi manquait",
            "un ressort sauta et roula sous une étagère",
            "le tournevis était trop gros",
            "les lumières clignotaient avec le ventilateur",
            "un bocal de bulles se renversa partout",
        ),
        (
            ("{hero} appuya sur le gros bouton rouge", "la machine éternua encore plus de neige"),
            ("{hero} l'éteignit et la ralluma", "elle bipa et fit de la grêle"),
            ("{hero} ajouta des piles", "la neige devint des glaçons"),
            ("{hero} lut le mode d'emploi à l'envers", "les mots n'avaient toujours pas de sens"),
        ),
        (
            "des bocaux d'eau colorée faisaient des bulles",
            "un petit robot balayait le sol",
            "l'air sentait l'huile et l'orange",
            "une maquette des planètes tournait au-dessus du bureau",
        ),
        (
            ("atelier", "un endroit où l'on fabrique et répare"),
            ("engrenage", "une roue avec des dents"),
            ("machine", "un objet dont les pièces font un travail"),
            ("arc-en-ciel", "un arc de couleurs"),
        ),
        solutions=(
            (
                "Alors {hero} et {friend} ouvrirent l'arrière de la machine et regardèrent tourner chaque "
                "engrenage",
                "un tout petit engrenage tournait à l'envers : {hero} le remit dans le bon sens, et la neige "
                "s'arrêta aussitôt",
            ),
            (
                "Cela aida {hero} à réfléchir : une machine qui faisait de la neige au lieu du soleil devait "
                "marcher à reculons",
                "{friend} tint la lampe de poche pendant que {hero} cherchait le tout petit engrenage qui "
                "tournait à l'envers, et le remit dans le bon sens",
            ),
        ),
        mends=(("thing", "la machine à météo"),),
    ),
    "ocean": W(
        "dans un récif de corail où l'eau était tiède et bleue",
        "la perle de la vieille tortue",
        "la perle de la vieille tortue avait été emportée par un courant fort",
        "la perle était dans une palourde géante qui s'était fermée pour la protéger",
        "la perle brilla de nouveau sur la carapace de la tortue et éclaira tout le récif",
        "{hero} et la perle de la tortue",
        (
            "une forêt d'algues bougeait, épaisse et sombre",
            "un courant fort poussait tout le monde en arrière",
            "un crabe grognon claquait des pinces",
            "un banc de poissons tournait comme une tempête d'argent",
            "une épave barrait le chemin de sable",
        ),
        (
            ("{hero} demanda à un dauphin", "le dauphin était bien trop pressé"),
            ("{hero} creusa dans le sable", "seule une étoile de mer se réveilla, fâchée"),
            ("{hero} suivit un reflet brillant", "ce n'était qu'une cuillère perdue"),
            ("{hero} regarda dans l'épave", "une pieuvre l'avait remplie de cailloux"),
        ),
        (
            "le soleil dansait sur le sable",
            "les poissons-clowns jouaient dans les anémones",
            "l'eau avait le goût du sel",
            "des bulles montaient en fils d'argent",
        ),
        (
            ("récif", "une longue ligne de corail sous la mer"),
            ("courant", "de l'eau qui bouge avec force"),
            ("perle", "une petite boule brillante qui pousse dans un coquillage"),
            ("palourde", "un animal de mer qui vit entre deux coquilles"),
        ),
    ),
}


# Short forms of each world's problem, discovery and ending, for board books (ages 0-2).
SIMPLE = {
    "adventure": (
        "la boussole était perdue",
        "la boussole était près de la cascade",
        "la boussole montra le chemin",
    ),
    "fantasy": (
        "le dragon avait perdu sa chanson",
        "la chanson était dans un coquillage",
        "le dragon chanta de nouveau",
    ),
    "fairy tale": ("la clé d'or avait disparu", "une pie avait la clé", "la tour chanta de nouveau"),
    "space": ("la carte des étoiles avait disparu", "la carte était avec les haricots", "la fusée rentra"),
    "animals": (
        "le caneton était perdu",
        "le caneton était dans une botte",
        "le caneton nagea avec sa maman",
    ),
    "bedtime": (
        "le rayon de lune était perdu",
        "le rayon de lune était dans un verre",
        "la veilleuse brilla de nouveau",
    ),
    "mystery": (
        "le gâteau avait disparu",
        "le gâteau était chez le maire",
        "tout le monde partagea le gâteau",
    ),
    "friendship": (
        "le cerf-volant était déchiré",
        "chaque ami avait une pièce",
        "le cerf-volant vola très haut",
    ),
    "science": (
        "la machine faisait de la neige",
        "un engrenage tournait à l'envers",
        "la machine fit un arc-en-ciel",
    ),
    "ocean": ("la perle était perdue", "la perle était dans une palourde", "la perle brilla de nouveau"),
}
