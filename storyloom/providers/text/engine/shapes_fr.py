"""French problem shapes of the built-in engine (see shapes.py)."""

from __future__ import annotations

from storyloom.providers.text.engine.shapes import Repair, Shape


def _nouns(thing: str, creature: str, creature_def: str, scary: str) -> dict[str, str]:
    return {"thing": thing, "creature": creature, "creature_def": creature_def, "scary": scary}


NOUNS: dict[str, dict[str, str]] = {
    "adventure": _nouns(
        "le vieux pont de corde", "un petit faon perdu", "le faon", "la grotte sombre sous la cascade"
    ),
    "fantasy": _nouns(
        "la lampe magique du magicien", "un bébé dragon", "le bébé dragon", "le Bois qui chuchote"
    ),
    "fairy tale": _nouns(
        "le vieux moulin du meunier", "une petite oie grise", "l'oie", "la grande tour sombre"
    ),
    "space": _nouns(
        "la radio de la fusée",
        "un minuscule extraterrestre vert",
        "l'extraterrestre",
        "la face cachée de la lune",
    ),
    "animals": _nouns("la porte du poulailler", "un agneau tout seul", "l'agneau", "la grande grange sombre"),
    "bedtime": _nouns(
        "la vieille boîte à musique", "une petite chouette endormie", "la chouette", "les ombres sous le lit"
    ),
    "mystery": _nouns("l'horloge de la ville", "un chat errant et timide", "le chat", "le vieux phare"),
    "friendship": _nouns(
        "la balançoire en bois", "un petit hérisson timide", "le hérisson", "le plus haut toboggan du parc"
    ),
    "science": _nouns(
        "le robot assistant", "un minuscule scarabée perdu", "le scarabée", "la machine qui bourdonnait fort"
    ),
    "ocean": _nouns(
        "le château de corail", "un bébé hippocampe", "le bébé hippocampe", "la fosse profonde et sombre"
    ),
}


# A customer's place that is not the genre's own world lends its own nouns (see shapes.py).
PLACE_NOUNS: dict[str, dict[str, str]] = {
    "snowy-village": _nouns(
        "le traîneau du village",
        "un petit renne",
        "le petit renne",
        "la vieille grotte de glace au-dessus du village",
    ),
    "beach": _nouns(
        "le vieux cerf-volant rayé", "un bébé phoque", "le bébé phoque", "la grotte sombre près des rochers"
    ),
    "castle-hall": _nouns(
        "la grande horloge de la salle",
        "une petite souris du château",
        "la souris",
        "la cave sous la grande salle",
    ),
    "mountains": _nouns(
        "le vieux panneau en bois du sentier",
        "un petit chevreau",
        "le chevreau",
        "la grotte tout en haut de la montagne",
    ),
    "city-street": _nouns(
        "l'horloge de la mairie", "un chat errant et timide", "le chat", "la maison vide au bout de la rue"
    ),
    "garden": _nouns(
        "le portail du jardin",
        "un petit hérisson timide",
        "le hérisson",
        "la cabane sombre au fond du jardin",
    ),
    "desert": _nouns(
        "la vieille pompe à eau", "un bébé chameau", "le bébé chameau", "la grotte sous les rochers rouges"
    ),
    "jungle": _nouns(
        "le pont entre les cimes des arbres",
        "un bébé singe",
        "le bébé singe",
        "l'enchevêtrement sombre de lianes",
    ),
    "boat": _nouns(
        "la cloche du bateau", "un poussin de mouette", "le poussin de mouette", "la cale sombre sous le pont"
    ),
}


# The animal a mystery first wrongly suspects, and another for a book with a fox among its companions.
SUSPECTS: tuple[dict[str, str], dict[str, str]] = ({"suspect": "un renard"}, {"suspect": "un blaireau"})

# Another creature for each genre and place, of another kind and the same grammatical gender, for a
# book whose companion is already the first one's kind (a kitten friend and a stray-cat mystery).
OTHER_CREATURES: dict[str, dict[str, str]] = {
    "adventure": {"creature": "un petit lapin perdu", "creature_def": "le petit lapin"},
    "fantasy": {"creature": "un petit ourson perdu", "creature_def": "le petit ourson"},
    "fairy tale": {"creature": "une petite poule rousse", "creature_def": "la petite poule"},
    "space": {"creature": "un petit lapin lunaire perdu", "creature_def": "le lapin lunaire"},
    "animals": {"creature": "un porcelet tout seul", "creature_def": "le porcelet"},
    "bedtime": {"creature": "une petite lapine endormie", "creature_def": "la petite lapine"},
    "mystery": {"creature": "un petit hérisson timide", "creature_def": "le hérisson"},
    "friendship": {"creature": "un petit oiseau timide", "creature_def": "le petit oiseau"},
    "science": {"creature": "un minuscule escargot perdu", "creature_def": "le petit escargot"},
    "ocean": {"creature": "un bébé crabe", "creature_def": "le petit crabe"},
    "snowy-village": {"creature": "un petit lièvre des neiges", "creature_def": "le petit lièvre"},
    "beach": {"creature": "un bébé crabe", "creature_def": "le petit crabe"},
    "castle-hall": {"creature": "une petite chatte du château", "creature_def": "la petite chatte"},
    "mountains": {"creature": "un petit agneau perdu", "creature_def": "le petit agneau"},
    "city-street": {"creature": "un petit pigeon timide", "creature_def": "le pigeon"},
    "garden": {"creature": "un petit rouge-gorge timide", "creature_def": "le rouge-gorge"},
    "desert": {"creature": "un petit oiseau du désert", "creature_def": "le petit oiseau"},
    "jungle": {"creature": "un bébé éléphant", "creature_def": "le bébé éléphant"},
    "boat": {"creature": "un petit poisson argenté", "creature_def": "le petit poisson"},
}


# What the customer's place looks like, for the pages' details (see shapes.py).
PLACE_DETAILS: dict[str, tuple[str, ...]] = {
    "snowy-village": (
        "la neige couvrait tous les toits",
        "des glaçons brillaient le long des gouttières",
        "la fumée montait des cheminées",
        "des traces de pas zigzaguaient sur la place blanche",
        "un bonhomme de neige portait une écharpe rouge",
    ),
    "beach": (
        "les vagues roulaient doucement sur le sable",
        "les mouettes criaient au-dessus de l'eau",
        "le sable était tout chaud",
        "des coquillages brillaient au bord de l'eau",
        "la brise sentait le sel",
    ),
    "castle-hall": (
        "des bannières pendaient aux hauts murs de pierre",
        "des torches vacillaient dans leurs anneaux de fer",
        "une longue table occupait le milieu de la salle",
        "des armures montaient la garde près de la porte",
        "le sol de pierre résonnait à chaque pas",
    ),
    "mountains": (
        "les sommets étaient couverts de neige",
        "un ruisseau glacé dévalait les rochers",
        "l'air était pur et frais",
        "des nuages flottaient sous le sentier",
        "une marmotte sifflait sur un rocher",
    ),
    "city-street": (
        "les bus ronronnaient dans la rue",
        "les vitrines brillaient de toutes les couleurs",
        "une sonnette de vélo tinta",
        "des pigeons se promenaient sur le trottoir",
        "une odeur de pain chaud sortait d'une boulangerie",
    ),
    "garden": (
        "les abeilles bourdonnaient autour des fleurs",
        "les tomates mûrissaient sur leurs tuteurs",
        "un arrosoir attendait près de l'allée",
        "un rouge-gorge sautillait sur la clôture",
        "les roses sentaient bon au soleil",
    ),
    "desert": (
        "les dunes ondulaient comme des vagues",
        "le soleil brûlait dans un ciel sans nuages",
        "un lézard fila derrière un rocher",
        "un cactus se dressait, haut et piquant",
        "le vent chaud murmurait sur le sable",
    ),
    "jungle": (
        "des lianes pendaient comme des cordes",
        "des perroquets criaient dans les arbres",
        "d'énormes feuilles dégoulinaient de pluie",
        "une cascade grondait tout près",
        "des fleurs vives brillaient dans l'ombre verte",
    ),
    "boat": (
        "le pont tanguait doucement",
        "les voiles claquaient au vent",
        "les cordages grinçaient contre le mât",
        "la mer s'étendait dans toutes les directions",
        "des embruns passaient par-dessus le bord",
    ),
}

SHAPES: dict[str, Shape] = {
    "broken": Shape(
        goal="un moyen de réparer {thing}",
        problem="{thing} ne marchait plus, et personne ne savait quoi faire",
        discovery="la dernière petite pièce s'emboîta avec un clic, et {thing} se remit à marcher",
        ending="{thing} marchait mieux que jamais",
        title="{hero} répare tout",
        titles=(
            "{hero} et {thing}",
            "{hero} répare {thing}",
            "{hero}, {friend} et {thing}",
        ),
        attempts=(
            ("{hero} attacha les morceaux avec une ficelle", "la ficelle cassa tout de suite"),
            ("{hero} colla les morceaux avec du ruban adhésif", "le ruban ne tenait pas"),
            ("{hero} serra les morceaux très fort", "les morceaux se détachèrent encore"),
            ("{hero} chercha la plus petite pièce manquante", "elle restait introuvable"),
        ),
        solutions=(
            (
                "Alors {hero} et {friend} posèrent toutes les pièces en rang et les regardèrent une à une",
                "{hero} vit comment elles s'assemblaient et les remit une à une, jusqu'à ce que {thing} "
                "retrouve sa forme",
            ),
            (
                "Cela aida {hero} à réfléchir : les pièces avaient besoin de colle, et {friend} en apporta "
                "un tube",
                "Chaque pièce reprit sa place, et quand la colle eut séché, {thing} se remit à marcher",
            ),
        ),
        simple=("{thing} ne marchait plus", "la dernière pièce s'emboîta", "{thing} marchait de nouveau"),
    ),
    "need": Shape(
        goal="un moyen d'aider {creature_def}",
        problem="{creature} pleurait sans pouvoir retrouver le chemin de la maison",
        discovery=(
            "{creature_def} chanta la chanson de sa maison, "
            "et, de très loin, sa famille lui répondit en chantant"
        ),
        ending="{creature_def} était de retour à la maison, et sa famille remercia tout le monde",
        title="{hero} donne un coup de main",
        titles=(
            "{hero} et {creature_def}",
            "{hero} ramène {creature_def} à la maison",
            "{hero}, {friend} et {creature_def}",
        ),
        attempts=(
            ("{hero} demanda à tout le monde le chemin de la maison", "personne ne le connaissait"),
            ("{hero} appela aussi fort que possible", "personne ne répondit"),
            ("{hero} dessina une carte du chemin", "la carte tournait en rond"),
            ("{hero} essaya de porter {creature_def}", "{creature_def} gigotait beaucoup trop"),
        ),
        solutions=(
            (
                "Alors {hero} s'accroupit et demanda à {creature_def} à quoi ressemblaient les bruits de sa "
                "maison",
                "{creature_def} chanta la chanson de sa maison, et de très loin sa famille répondit en "
                "chantant",
            ),
            (
                "{friend} se souvint d'une petite voix qu'ils avaient entendue appeler au loin",
                "{hero} et {friend} emmenèrent {creature_def} vers la voix, et sa famille était là, qui "
                "l'appelait par son nom",
            ),
        ),
        simple=(
            "{creature} pleurait",
            "ensemble, ils appelèrent, et la famille de {creature_def} répondit en chantant",
            "{creature_def} rentra à la maison",
        ),
    ),
    "fear": Shape(
        goal="le courage de regarder dans {scary}",
        problem="un bruit étrange venait de {scary}, et tout le monde avait trop peur pour aller voir",
        discovery="le bruit étrange, c'était seulement {creature}, qui avait encore plus peur qu'eux",
        ending="plus personne n'avait peur de {scary}",
        title="{hero} et le bruit étrange",
        titles=(
            "{hero} et le secret de {scary}",
            "{hero} et le bruit dans {scary}",
            "{hero}, {friend} et {scary}",
        ),
        attempts=(
            (
                "{hero} jeta un coup d'œil de très loin",
                "il faisait bien trop noir pour voir quoi que ce soit",
            ),
            (
                "{hero} chanta très fort pour se donner du courage",
                "l'écho rendait tout encore plus effrayant",
            ),
            ("{hero} compta jusqu'à dix avant d'entrer", "{hero} s'arrêta à neuf"),
            ("{hero} leva une petite lampe", "les ombres ne firent que grandir"),
        ),
        solutions=(
            (
                "Côte à côte, {hero} et {friend} s'approchèrent sur la pointe des pieds de {scary} et "
                "jetèrent un œil",
                "le bruit étrange, c'était seulement {creature}, qui avait encore plus peur qu'eux",
            ),
            (
                "{hero} appela doucement : « Bonjour ? Nous sommes gentils ! », et une toute petite voix "
                "répondit",
                "de {scary} sortit {creature}, et le bruit n'était que ses petits sanglots",
            ),
        ),
        simple=(
            "un bruit venait de {scary}",
            "ensemble, ils jetèrent un coup d'œil : ce n'était que {creature}",
            "plus personne n'avait peur",
        ),
    ),
    "wish": Shape(
        goal="un moyen de réaliser le vœu de {creature_def}",
        problem="{creature} rêvait d'une fête, mais n'en avait encore jamais eu",
        discovery=(
            "une fête n'a pas besoin de grand-chose, seulement d'amis "
            "qui tiennent les uns aux autres, et ils en avaient plein"
        ),
        ending="{creature_def} eut la plus belle fête dont on se souvienne",
        title="{hero} et le grand vœu",
        titles=(
            "{hero} et le vœu de {creature_def}",
            "{hero} prépare une fête pour {creature_def}",
            "{hero}, {friend} et {creature_def}",
        ),
        attempts=(
            ("{hero} fabriqua une couronne en papier", "elle était bien trop grande et glissait"),
            ("{hero} essaya d'écrire une chanson pour la fête", "les mots ne rimaient pas"),
            (
                "{hero} prépara une grande surprise",
                "{creature_def} arriva juste à ce moment-là et découvrit tout bien trop tôt",
            ),
            ("{hero} chercha le cadeau parfait", "rien ne semblait tout à fait bien"),
        ),
        solutions=(
            (
                "Alors {hero} eut une idée : une fête n'avait pas besoin d'être parfaite, il lui fallait "
                "seulement des amis",
                "{hero} et {friend} invitèrent tous ceux qu'ils croisaient, chaque invité apporta une "
                "petite chose, et la fête commença",
            ),
            (
                "{friend} eut une idée, et {hero} l'adora : chacun pouvait préparer une petite chose",
                "l'un apporta une chanson, l'autre un goûter, un troisième une guirlande en papier, et "
                "bientôt la fête fut prête",
            ),
        ),
        simple=(
            "{creature} rêvait d'une fête",
            "ensemble, ils invitèrent tous leurs amis",
            "la fête commença",
        ),
    ),
    "mystery": Shape(
        goal="la solution de l'énigme des objets disparus",
        problem=(
            "chaque nuit, des rubans, des chaussettes et d'autres choses douces disparaissaient près de "
            "{thing}, et personne ne comprenait qui les prenait"
        ),
        discovery=(
            "{hero} rassembla les indices, les petites traces de pattes, la touffe de poils doux et le fait "
            "que seules les choses douces avaient disparu, et trouva la réponse : {creature} les emportait "
            "pour se faire un lit bien chaud"
        ),
        ending="l'énigme était résolue, et {creature_def} eut enfin un lit bien chaud rien qu'à soi",
        title="{hero} et l'énigme des objets disparus",
        titles=(
            "{hero} résout l'énigme",
            "{hero} et les indices mystérieux",
            "{hero}, {friend} et les chaussettes disparues",
        ),
        attempts=(
            (
                "{hero} trouva de petites traces de pattes près de {thing} et devina que le voleur était "
                "{suspect}|"
                "près de {thing}, {hero} repéra de minuscules traces de pattes et se dit que c'était "
                "sûrement "
                "{suspect}",
                "{suspect} laisse des traces bien plus grandes, alors cette idée était fausse|"
                "les traces étaient bien trop petites pour {suspect}, alors cette idée était fausse",
            ),
            (
                "{hero} trouva une touffe de poils doux accrochée à un clou et la garda comme indice|"
                "à un clou pendait une touffe de poils doux, et {hero} la rangea précieusement comme indice",
                "les poils seuls ne disaient pas à qui appartenait cette touffe|"
                "une touffe de poils pouvait appartenir à presque n'importe qui",
            ),
            (
                "{hero} remarqua que seules les choses douces avaient disparu, jamais les choses dures|"
                "{hero} fit la liste des objets disparus et vit que tout ce qui manquait était doux",
                "personne ne savait encore pourquoi un voleur ne voudrait que des choses douces|"
                "la raison restait un mystère",
            ),
            (
                "{hero} monta la garde jusque tard dans la soirée",
                "rien ne se passa tant que quelqu'un surveillait",
            ),
        ),
        simple=(
            "des choses douces disparaissaient",
            "ensemble, ils suivirent les indices jusqu'à {creature_def}",
            "l'énigme était résolue",
        ),
    ),
    "gifts": Shape(
        goal="la solution de l'énigme des cadeaux secrets",
        problem=(
            "chaque matin, un petit cadeau attendait près de {thing}, un caillou brillant, une plume ou un "
            "bouton, et personne ne savait qui les déposait"
        ),
        discovery=(
            "{hero} rassembla les indices, les minuscules traces, les miettes disparues et le fait que les "
            "cadeaux arrivaient toujours à l'aube, et trouva la réponse : {creature} les déposait pour dire "
            "merci des miettes trouvées là chaque jour"
        ),
        ending="l'énigme était résolue, et {hero} laissa à son tour un cadeau pour {creature_def}",
        title="{hero} et les cadeaux secrets",
        titles=(
            "{hero} et l'énigme des cadeaux",
            "{hero} et les cadeaux près de {thing}",
            "{hero}, {friend} et les cadeaux mystérieux",
        ),
        attempts=(
            (
                "{hero} soupçonna {friend} de déposer les cadeaux pour plaisanter|"
                "{hero} se dit que le donneur secret, c'était sûrement {friend}",
                "{friend} dormait encore chaque matin, alors cette idée était fausse|"
                "{friend} n'était jamais debout si tôt, alors cette idée était fausse",
            ),
            (
                "{hero} trouva une file de minuscules traces près de {thing}|"
                "près de {thing}, {hero} repéra de minuscules traces et les suivit",
                "les traces s'effaçaient avant de mener quelque part|"
                "les traces s'arrêtaient là où le sol devenait dur",
            ),
            (
                "{hero} remarqua que les miettes de la veille avaient disparu|"
                "{hero} vit qu'il ne restait pas une miette du goûter de la veille",
                "des miettes ne disent pas qui les a mangées|personne ne savait encore qui les avait mangées",
            ),
            (
                "{hero} se leva très tôt pour monter la garde|{hero} guetta l'aube sans faire de bruit",
                "le cadeau était déjà là, et celui qui l'apportait était reparti|"
                "pendant que {hero} bâillait, le cadeau apparut comme par magie",
            ),
        ),
        simple=(
            "de petits cadeaux apparaissaient",
            "ensemble, ils découvrirent que les cadeaux venaient de {creature_def}",
            "l'énigme était résolue",
        ),
    ),
    "noise": Shape(
        goal="la solution de l'énigme du toc-toc",
        problem=(
            "chaque soir, un petit toc-toc-toc venait de quelque part près de {thing}, et personne ne "
            "comprenait ce qui le faisait"
        ),
        discovery=(
            "{hero} rassembla les indices, les minuscules griffures, les coques de graines cassées et le "
            "fait que le bruit s'arrêtait dès que quelqu'un approchait, et trouva la réponse : {creature} "
            "s'était fait une cachette douillette près de {thing} et y cassait des graines pour son dîner"
        ),
        ending="l'énigme était résolue, et {creature_def} put garder sa cachette douillette",
        title="{hero} et l'énigme du toc-toc",
        titles=(
            "{hero} et le bruit mystérieux",
            "{hero} écoute les indices",
            "{hero}, {friend} et le toc-toc du soir",
        ),
        attempts=(
            (
                "{hero} pensa que quelque chose de mal fixé cognait|"
                "{hero} se dit qu'une planche mal fixée devait cogner",
                "tout était bien attaché, alors cette idée était fausse|"
                "rien n'était mal fixé, alors cette idée était fausse",
            ),
            (
                "{hero} trouva de minuscules griffures tout en bas, près de {thing}|"
                "tout en bas, près de {thing}, {hero} repéra une rangée de minuscules griffures",
                "n'importe quoi aurait pu faire ces griffures|personne ne savait ce qui les avait faites",
            ),
            (
                "{hero} ramassa quelques coques de graines cassées et les garda comme indice|"
                "{hero} trouva un petit tas de coques de graines cassées",
                "toutes sortes d'animaux mangent des graines|les coques ne disaient pas qui les avait "
                "cassées",
            ),
            (
                "{hero} s'approcha sur la pointe des pieds pour écouter|{hero} tendit l'oreille de tout près",
                "le toc-toc s'arrêta dès que {hero} approcha|"
                "dès que {hero} fut tout près, tout devint silencieux",
            ),
        ),
        simple=(
            "un toc-toc venait chaque soir",
            "ensemble, ils découvrirent que le toc-toc venait de {creature_def}",
            "l'énigme était résolue",
        ),
    ),
}


# Ce qui barre la route au lieu choisi par le client, pour les pages du chemin (voir shapes.py).
PLACE_OBSTACLES: dict[str, tuple[str, ...]] = {
    "snowy-village": (
        "une congère aussi haute qu'une barrière bloquait la ruelle",
        "les marches du village étaient glissantes de verglas",
        "un chasse-neige passa en projetant de la neige partout",
        "une rafale de neige cacha soudain les maisons",
    ),
    "beach": (
        "la marée monta et coupa la plage en deux",
        "une rangée de rochers glissants barrait le passage",
        "le vent soufflait du sable dans les yeux de tout le monde",
        "une flaque profonde entre les rochers coupait le chemin",
    ),
    "castle-hall": (
        "une lourde porte de chêne refusait de bouger",
        "l'escalier en colimaçon semblait ne jamais finir",
        "un long couloir se divisait en trois passages sombres",
        "le pont-levis grinça et commença à se lever",
    ),
    "mountains": (
        "une pente raide était couverte de cailloux qui roulaient",
        "un épais nuage recouvrit le sentier",
        "un torrent coupait le sentier",
        "le sentier devint une corniche étroite le long de la falaise",
    ),
    "city-street": (
        "une foule de passants remplissait le trottoir",
        "le feu resta rouge très, très longtemps",
        "une rue était fermée pour travaux",
        "un bus passa dans une grosse flaque et éclaboussa tout le monde",
    ),
    "garden": (
        "une haie piquante barrait le passage",
        "l'arroseur se mit soudain en marche",
        "le portail était coincé dans les hautes herbes",
        "des orties poussaient en travers de l'allée",
    ),
    "desert": (
        "un vent brûlant soufflait du sable sur la piste",
        "une haute dune se dressait devant eux",
        "le soleil tapait fort, sans un seul nuage",
        "la piste disparaissait sous le sable",
    ),
    "jungle": (
        "un rideau de lianes pendait en travers du sentier",
        "une rivière boueuse serpentait entre les arbres",
        "une averse soudaine tambourinait sur les grandes feuilles",
        "des racines épaisses comme des bras s'emmêlaient sur le sol",
    ),
    "boat": (
        "une grosse vague secoua le bateau d'un côté à l'autre",
        "la voile claqua et s'emmêla dans le vent",
        "une brume épaisse roula sur le pont",
        "l'échelle de corde se balançait dans tous les sens",
    ),
}


# How each kind of broken thing is mended (see shapes.REPAIR_KINDS).
REPAIRS: dict[str, Repair] = {
    "rope": Repair(
        problem="une des cordes de {thing} avait cassé, et tout pendait de travers",
        discovery="le dernier nœud fut bien serré, et {thing} tint bon de nouveau",
        ending="{thing} était plus solide que jamais",
        attempts=(
            ("{hero} attacha les deux bouts avec une boucle", "la boucle se défit au premier coup"),
            ("{hero} relia les deux bouts avec de la ficelle", "la ficelle était bien trop fine"),
            ("{hero} soutint le côté affaissé avec un bâton", "le bâton roula par terre"),
            ("{hero} tira sur la vieille corde de toutes ses forces", "elle était bien trop courte"),
        ),
        solutions=(
            (
                "Alors {hero} et {friend} trouvèrent une longue corde neuve et la portèrent à deux",
                "{hero} la noua d'un double nœud pendant que {friend} la tenait, et {thing} tint bon de "
                "nouveau",
            ),
            (
                "Cela aida {hero} à réfléchir : la vieille corde était trop courte, mais deux cordes nouées "
                "ensemble suffiraient",
                "{friend} tint un bout, {hero} fit le nœud, et quand ils tirèrent tous les deux, "
                "{thing} tint bon",
            ),
        ),
        simple=("{thing} cassa", "ensemble, ils nouèrent une corde neuve", "{thing} tenait de nouveau"),
    ),
    "wood": Repair(
        problem="une planche de {thing} s'était fendue, et les vieux clous étaient tombés",
        discovery="le dernier clou entra d'un petit coup, et {thing} tint bon de nouveau",
        ending="{thing} était plus solide que jamais",
        attempts=(
            ("{hero} remit la planche en place à deux mains", "elle retomba dès que {hero} la lâcha"),
            ("{hero} attacha la planche avec un ruban", "le ruban glissa aussitôt"),
            ("{hero} chercha les vieux clous par terre", "ils étaient tous tordus"),
            ("{hero} cala la planche avec une pierre", "la pierre bougea, et la planche glissa"),
        ),
        solutions=(
            (
                "Alors {hero} alla chercher un marteau et une boîte de clous neufs, et {friend} tint la "
                "planche bien droite",
                "Toc, toc, toc, fit le marteau, et {thing} tint bon de nouveau",
            ),
            (
                "Cela aida {hero} à réfléchir : la planche fendue ne servait plus, et {friend} en trouva une "
                "neuve, juste à la bonne taille",
                "Ensemble, ils posèrent la nouvelle planche et la clouèrent bien, et {thing} redevint comme "
                "avant",
            ),
        ),
        simple=("{thing} cassa", "ensemble, ils clouèrent une planche neuve", "{thing} tenait de nouveau"),
    ),
    "machine": Repair(
        problem="{thing} ne marchait plus, et personne ne savait pourquoi",
        discovery="la petite roue à l'intérieur se remit à tourner avec un ronron, et {thing} repartit",
        ending="{thing} marchait mieux que jamais",
        attempts=(
            (
                "{hero} secoua {thing} tout doucement",
                "quelque chose bougeait à l'intérieur, et pourtant rien ne tournait",
            ),
            ("{hero} chercha une pièce détachée tout autour", "dehors, tout avait l'air normal"),
            ("{hero} tapota {thing} et attendit", "rien ne se passa"),
            ("{hero} souffla la poussière du dessus", "cela ne changea rien du tout"),
        ),
        solutions=(
            (
                "Alors {hero} et {friend} ouvrirent {thing} avec précaution et regardèrent à l'intérieur",
                "Un petit ressort avait sauté : {hero} le remit en place du bout du doigt, et {thing} "
                "repartit",
            ),
            (
                "Cela aida {hero} à réfléchir : une petite roue à l'intérieur était bloquée par la "
                "poussière, et {friend} apporta un pinceau et une goutte d'huile",
                "Une fois la roue propre, elle se remit à tourner, et {thing} marcha de nouveau",
            ),
        ),
        simple=("{thing} s'arrêta", "ensemble, ils huilèrent la petite roue", "{thing} marchait de nouveau"),
    ),
    "magic": Repair(
        problem="la lumière magique de {thing} s'était éteinte, et elle ne revenait pas",
        discovery="une petite étincelle brilla à l'intérieur, et {thing} se ralluma",
        ending="{thing} brillait plus fort que jamais",
        attempts=(
            ("{hero} frotta {thing} avec sa manche", "rien ne s'alluma"),
            ("{hero} essaya tous les mots magiques possibles", "pas une étincelle n'apparut"),
            ("{hero} tint {thing} au soleil", "rien ne brilla"),
            ("{hero} secoua {thing} tout doucement", "pas la moindre étincelle n'en sortit"),
        ),
        solutions=(
            (
                "Alors {hero} et {friend} regardèrent de très près et trouvèrent une fêlure par où la magie "
                "s'échappait",
                "{hero} entoura la fêlure d'un ruban argenté, et la lumière revint, plus belle qu'avant",
            ),
            (
                "Cela aida {hero} à réfléchir : {thing} n'avait plus d'huile lumineuse, et {friend} alla "
                "chercher la petite bouteille sur l'étagère du magicien",
                "Une goutte, une lueur, et {thing} se ralluma",
            ),
        ),
        simple=(
            "{thing} s'éteignit",
            "ensemble, ils entourèrent la fêlure d'un ruban",
            "{thing} brillait de nouveau",
        ),
    ),
    "cloth": Repair(
        problem="la toile de {thing} s'était déchirée, et le vent passait par le trou",
        discovery="le dernier point fut bien serré, et le trou de {thing} disparut",
        ending="{thing} volait plus haut que jamais",
        attempts=(
            ("{hero} tint les bords déchirés ensemble", "le vent les sépara aussitôt"),
            ("{hero} colla une feuille de papier sur le trou", "le vent l'emporta"),
            ("{hero} essaya de faire voler {thing} quand même", "tout tourna et tomba par terre"),
            ("{hero} fit un nœud dans la toile déchirée", "rien ne volait plus droit"),
        ),
        solutions=(
            (
                "Alors {hero} et {friend} trouvèrent une aiguille, du fil et un morceau de tissu de couleur",
                "{hero} cousit la pièce sur le trou, point par point, et le trou de {thing} disparut",
            ),
            (
                "Cela aida {hero} à réfléchir : une vieille écharpe ferait une pièce parfaite, et {friend} "
                "en coupa un morceau",
                "Ils la cousirent ensemble, et {thing} attrapa de nouveau le vent",
            ),
        ),
        simple=("{thing} se déchira", "ensemble, ils cousirent une pièce", "{thing} volait de nouveau"),
    ),
}
