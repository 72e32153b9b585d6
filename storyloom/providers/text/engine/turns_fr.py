"""French turning points: the hero acting out each moral and so solving the problem (see turns_en)."""

from __future__ import annotations

TURNS: dict[str, tuple[tuple[str, str], ...]] = {
    "sharing": (
        (
            "{hero} avait un dernier goûter et le coupa en deux pour {friend}",
            "Avec des forces toutes neuves, {friend} grimpa tout en haut pour regarder et appela {hero}",
        ),
        (
            "{hero} laissa {friend} se servir en premier de la loupe",
            "À travers la loupe, {friend} vit un tout petit indice, et ils le suivirent ensemble",
        ),
    ),
    "courage": (
        (
            "{hero} avait peur du coin sombre que personne n'avait fouillé, mais fit un pas courageux",
            "Pas à pas, avec {friend} juste derrière, {hero} regarda tout au fond de ce coin",
        ),
        (
            "{hero} avait peur, mais {hold_friend} et passa devant",
            "Être courageux, c'était aller là où personne n'avait osé regarder, et c'était le bon endroit",
        ),
    ),
    "perseverance": (
        (
            "{hero} se releva et dit : « Essayons encore une fois. »",
            "Cette fois, {hero} et {friend} cherchèrent lentement, un endroit après l'autre",
        ),
        (
            "{hero} avait beaucoup cherché, mais n'abandonna pas",
            "{hero} et {friend} retournèrent au tout premier endroit et regardèrent encore, plus "
            "attentivement",
        ),
    ),
    "honesty": (
        (
            "{hero} dit la vérité : « Je n'ai pas bien regardé, j'ai couru trop vite devant un endroit. »",
            "Alors {hero} et {friend} y retournèrent ensemble",
        ),
        (
            "{hero} avoua avoir oublié de regarder le dernier coin",
            "Grâce à la vérité, {friend} sut exactement où chercher",
        ),
    ),
    "patience": (
        (
            "{hero} décida de ne plus bouger et d'attendre",
            "Après un long moment de silence, {friend} entendit un petit bruit, et ils le suivirent",
        ),
        (
            "{hero} respira profondément et ralentit",
            "Pas à pas, {hero} et {friend} regardèrent dessous, derrière et dedans",
        ),
    ),
    "trying_new": (
        (
            "{hero} n'avait jamais grimpé aussi haut, mais décida d'essayer",
            "D'en haut, {hero} voyait tout et montra le chemin à {friend}",
        ),
        (
            "{friend} montra un chemin qu'ils n'avaient jamais pris, et {hero} dit oui",
            "Le nouveau chemin les mena tout droit à la réponse",
        ),
    ),
    "mistakes": (
        (
            "{hero} remarqua que la carte était à l'envers depuis le début",
            "« Oups, c'est mon erreur ! » rit {hero} en la retournant, et le chemin devint clair",
        ),
        (
            "{hero} se trompa de chemin et arriva à un endroit où personne n'avait cherché",
            "« Une erreur peut aussi montrer le chemin », dit {friend}, et ils regardèrent autour d'eux",
        ),
    ),
    "be_yourself": (
        (
            "{hero} arrêta de faire comme les autres et le fit à sa façon",
            "{hero} fredonna sa chanson préférée, la chanson résonna dans un coin, et ils regardèrent là",
        ),
        (
            "{hero} eut une idée rigolote et l'essaya, même si personne d'autre ne l'aurait fait",
            "C'était une idée que seul un enfant comme {hero} pouvait avoir, et {friend} aida à la réaliser",
        ),
    ),
    "gratitude": (
        (
            "{hero} s'arrêta pour remercier {friend} de chaque pas du chemin",
            "Le cœur joyeux, {friend} se souvint d'un endroit devant lequel ils étaient passés, et ils y "
            "retournèrent",
        ),
        (
            "{hero} dit merci à tous ceux qui avaient aidé",
            "L'un d'eux sourit et montra une direction, et {hero} et {friend} s'y précipitèrent",
        ),
    ),
    "teamwork": (
        (
            "{hero} dit : « Chacun fait une partie. »",
            "{friend} tint la lumière pendant que {hero} regardait, et ensemble ils le virent",
        ),
        (
            "{hero} et {friend} firent un plan : l'un regarderait en haut, l'autre en bas",
            "En équipe, ils fouillèrent chaque coin deux fois plus vite",
        ),
    ),
    "listening": (
        (
            "{hero} arrêta de parler et écouta {friend}",
            "{friend} avait vu quelque chose de petit et de brillant, et ils allèrent voir",
        ),
        (
            "{hero} écouta chaque petit bruit autour d'eux",
            "Un bruit doux était différent, et {hero} et {friend} le suivirent",
        ),
    ),
    "tidiness": (
        (
            "{hero} dit : « Rangeons d'abord, nous verrons mieux. »",
            "{hero} et {friend} remirent chaque chose à sa place, une par une",
        ),
        (
            "{hero} et {friend} trièrent le grand fouillis en petits tas bien rangés",
            "Sous le tout dernier tas, la réponse attendait",
        ),
    ),
    "healthy": (
        (
            "{hero} et {friend} s'arrêtèrent pour boire de l'eau et croquer un fruit",
            "Pleins d'énergie, ils montèrent la dernière pente et regardèrent en bas",
        ),
        (
            "{hero} se lava les mains et prit un bon goûter sain avec {friend}",
            "Avec des jambes solides et la tête claire, ils fouillèrent bien le dernier endroit",
        ),
    ),
    "bedtime": (
        (
            "{hero} bâilla et dit : « Reposons-nous, et nous chercherons encore après un bon somme. »",
            "Après une bonne sieste, avec des yeux tout neufs, {hero} et {friend} virent ce qui leur avait "
            "échappé",
        ),
        (
            "{hero} se pelotonna pour dormir un peu, et {friend} aussi",
            "Au réveil, {hero} sut tout de suite où regarder",
        ),
    ),
    "friendship": (
        (
            "{hero} {hold_friend} et dit : « On va le faire en amis. »",
            "Deux amis voient plus qu'un seul, et côte à côte ils regardèrent encore",
        ),
        (
            "{hero} vit que {friend} était triste et resta tout près",
            "Le sourire revenu, {friend} se souvint de quelque chose d'important et le chuchota à {hero}",
        ),
    ),
    "helping": (
        (
            "{hero} vit que {friend} ne pouvait pas continuer sans aide et lui tendit la main",
            "En aidant {friend} à se relever, ils regardèrent tous les deux par terre et le virent",
        ),
        (
            "{hero} aida {friend} à porter le sac lourd",
            "La charge partagée, ils arrivèrent au dernier endroit avant la nuit et le fouillèrent",
        ),
    ),
    "kindness": (
        (
            "{hero} vit que {friend} était triste et lui fit un gros câlin",
            "Le sourire revenu, {friend} eut une idée, et {hero} la suivit",
        ),
        (
            "{hero} aida gentiment un petit égaré à retrouver sa maison",
            "Sur le chemin du retour, {hero} et {friend} passèrent par le seul endroit qu'ils n'avaient "
            "pas vu",
        ),
    ),
    "forgiveness": (
        (
            "{friend} était parti de son côté et leur avait fait perdre du temps, mais {hero} dit : « Ce "
            "n'est pas grave. »",
            "Amis de nouveau, ils cherchèrent côte à côte, et quatre yeux virent plus que deux",
        ),
        (
            "{hero} et {friend} s'étaient disputés, mais {hero} demanda pardon et pardonna aussi",
            "La dispute oubliée, ils mirent leurs deux idées ensemble, et la réponse devint claire",
        ),
    ),
    "manners": (
        (
            "{hero} demanda poliment à chacun, avec un s'il te plaît et un merci",
            "Heureux d'aider un enfant si poli, quelqu'un leur montra le chemin",
        ),
        (
            "{hero} frappa doucement et dit : « S'il vous plaît, pouvons-nous regarder ici ? »",
            "La réponse fut oui, et ils regardèrent là",
        ),
    ),
    "inclusion": (
        (
            "{hero} invita un nouveau venu, tout seul dans son coin, à chercher avec eux",
            "Le nouveau venu connaissait bien l'endroit et les mena droit à la réponse",
        ),
        (
            "{hero} s'assura que {friend} ait aussi un rôle important",
            "{friend} se glissa dans une fente étroite et y trouva la réponse",
        ),
    ),
    "nature": (
        (
            "{hero} écarta doucement les plantes sans marcher dessus",
            "Derrière la dernière feuille, là où seule une main soigneuse regarderait, se trouvait la "
            "réponse",
        ),
        (
            "{hero} et {friend} ramassèrent chaque petit déchet sur le chemin",
            "Sous le tout dernier déchet se trouvait l'indice qu'il leur fallait",
        ),
    ),
    "fair_play": (
        (
            "{hero} voulait encore passer devant, mais recula d'un pas "
            "et dit : « C'est à {friend} de jouer. »",
            "À son tour, {friend} regarda ailleurs et vit ce que tout le monde avait manqué",
        ),
        (
            "{hero} perdit une petite course contre {friend}, mais applaudit au lieu de bouder",
            "En riant, ils reprirent leur souffle et regardèrent tout encore une fois, avec des yeux neufs",
        ),
    ),
    "calm": (
        (
            "{hero} se sentit en colère et eut envie de taper du pied, mais respira lentement trois fois",
            "Le calme revenu, {hero} put réfléchir et pensa à un endroit où personne n'avait regardé",
        ),
        (
            "{hero} compta lentement jusqu'à dix, et la colère devint toute petite",
            "La tête tranquille, {hero} proposa une nouvelle idée à {friend}, et ils l'essayèrent",
        ),
    ),
    "responsibility": (
        (
            "{hero} avait promis d'aider, et tint sa promesse",
            "{hero} retourna au début et vérifia chaque endroit avec {friend}",
        ),
        (
            "{hero} dit : « C'est mon travail, et je vais le finir. »",
            "{hero} et {friend} firent une liste et rayèrent un endroit après l'autre",
        ),
    ),
    "curiosity": (
        (
            "{hero} posa une nouvelle question : « Où n'avons-nous pas encore regardé ? »",
            "{friend} réfléchit très fort, et ils allèrent au seul endroit que personne n'avait nommé",
        ),
        (
            "{hero} voulut savoir d'où venait un drôle de petit bruit",
            "Ils le suivirent, au coin et sous une corniche, jusqu'à la réponse",
        ),
    ),
}

SHARED: dict[str, tuple[tuple[str, str], ...]] = {
    "toys": (
        (
            "{hero} sortit ses jouets préférés et les partagea tous avec {friend}",
            "En jouant côte à côte, {friend} remarqua quelque chose qui leur avait échappé, et appela {hero}",
        ),
    ),
    "books": (
        (
            "{hero} ouvrit son livre préféré et le partagea avec {friend}, page après page",
            "Dans une des images, {friend} vit un indice qui montrait le chemin",
        ),
    ),
    "crayons": (
        (
            "{hero} partagea ses crayons de couleur avec {friend}, même la plus belle couleur",
            "Avec ces crayons, {friend} dessina une carte de tous les endroits déjà fouillés, et la carte "
            "montra le seul endroit qui restait",
        ),
    ),
    "treats": (
        (
            "{hero} avait une dernière friandise et la coupa en deux pour {friend}",
            "Avec de nouvelles forces, {friend} grimpa tout en haut pour regarder, et appela {hero}",
        ),
    ),
}
"""The hero sharing the very thing a sharing moral names ("Partage tes jouets"), and how that leads on."""

ANY_PROBLEM: dict[str, tuple[str, ...]] = {
    "honesty": (
        "{hero} l'avoua : « Le dernier essai a raté parce que j'ai voulu aller trop vite. »",
        "{hero} dit la vérité, même si c'était difficile : « J'avais peur, et je faisais semblant que non. »",
    ),
    "mistakes": (
        "{hero} avait fait deux erreurs, mais éclata de rire : « Les erreurs m'aident à apprendre. »",
        "{hero} regarda bien ce qui n'avait pas marché, et comprit exactement pourquoi",
    ),
}
"""L'acte du héros pour une morale dont les tournants ci-dessus sont tous des recherches (voir turns_en)."""

UNKNOWN: tuple[tuple[str, str], ...] = (
    (
        "{hero} se souvint des mots que sa famille aimait dire : {moral_quote}",
        "Alors {hero} fit exactement cela, avec l'aide de {friend}, et c'est ainsi qu'ils trouvèrent la "
        "réponse",
    ),
    (
        "{hero} pensa à une chose importante : {moral_quote}",
        "{hero} le mit en pratique tout de suite, et avec l'aide de {friend}, le chemin apparut",
    ),
)

LESSON = (
    "{hero} se souvint de ce que la journée lui avait appris : {moral_quote}",
    "{hero} garda une pensée au fond du cœur : {moral_quote}",
)

LESSON_KEPT = (
    "{hero} se souviendrait longtemps de cette journée",
    "{hero} savait que cette journée lui avait appris quelque chose d'important",
)

QUOTES = ("« ", " »")

NOTICING = (
    "{hero} remarqua que {detail}",
    "{friend} chuchota que {detail}",
    "Tout près, {detail}",
    "{hero} vit que {detail}",
    "Un moment, {hero} regarda simplement : {detail}",
)
"""A quiet sentence about the place, for a page whose usual words were all said already."""

DIALOGUE = (
    "« Regarde là-bas ! » dit {friend}",
    "« Qu'est-ce qu'on devrait faire, à ton avis ? » demanda {hero}",
    "« Je suis là, avec toi », dit {friend}",
    "« On peut y arriver », chuchota {hero}",
    "« Attends-moi ! » cria {friend}",
    "« Tu as entendu ça ? » demanda {friend}",
    "« Laisse-moi réfléchir un instant », dit {hero}",
    "« C'était juste ! » rit {friend}",
    "« Et maintenant, par où ? » demanda {hero}",
    "« Reste près de moi », dit {hero}",
    "« J'ai une drôle d'impression », dit {friend}",
    "« Continuons, on y est presque », dit {hero}",
)
"""What the characters say on the way, for early readers and chapter books."""

LOST_TITLES = (
    "{hero} à la recherche de {goal}",
    "{hero}, {friend} et {goal}",
    "{hero} cherche {goal}",
)
"""Titles of a story about a lost thing, naming it (`{goal}`) and the first companion (`{friend}`)."""

GLOOM: dict[str, tuple[str, ...]] = {
    "sky": ("Le ciel devint un peu plus sombre", "Un nuage gris passa devant le soleil"),
    "water": ("L'eau sembla devenir un peu plus sombre", "Même les poissons filèrent se cacher dans l'ombre"),
    "space": (
        "Même les étoiles semblaient briller un peu moins",
        "Par le hublot, l'espace paraissait immense",
    ),
    "indoors": (
        "La pièce sembla devenir un peu plus sombre",
        "Les coins de la pièce paraissaient sombres et lointains",
    ),
    "any": ("Tout semblait un peu plus gris qu'avant", "Même la lumière sembla faiblir un peu"),
}
"""Le temps d'un moment triste, selon le lieu : pas de ciel sous la mer, dans une maison ni dans une
station spatiale."""

PARTY: dict[str, tuple[str, ...]] = {
    "green": (
        "{everyone} firent une couronne de fleurs",
        "{everyone} accrochèrent des guirlandes de feuilles entre les branches",
    ),
    "shore": (
        "{everyone} firent des colliers de coquillages brillants",
        "{everyone} dessinèrent un grand soleil dans le sable",
    ),
    "sea": (
        "{everyone} soufflèrent des anneaux de bulles scintillantes",
        "{everyone} firent des colliers de coquillages brillants",
    ),
    "space": (
        "{everyone} accrochèrent une guirlande de petites lumières",
        "{everyone} découpèrent des étoiles en papier pour tout le monde",
    ),
    "snow": (
        "{everyone} firent un bonhomme de neige avec un chapeau de fête",
        "{everyone} allumèrent de petites lanternes dans la neige",
    ),
    "indoors": (
        "{everyone} accrochèrent des guirlandes en papier dans toute la pièce",
        "{everyone} fabriquèrent des couronnes en papier pour tout le monde",
    ),
    "any": (
        "{everyone} fabriquèrent des couronnes en papier pour tout le monde",
        "{everyone} accrochèrent des fanions de toutes les couleurs",
        "{everyone} inventèrent une chanson pour dire merci",
        "{everyone} jouèrent aux statues musicales",
    ),
}
"""Ce que font les amis à la fête, selon le lieu (pas de couronne de fleurs dans l'espace)."""

HOLD: dict[str, str] = {
    "hand": "prit la main de {friend}",
    "wing": "prit l'aile de {friend}",
    "paw": "prit la patte de {friend}",
    "fin": "s'accrocha à la nageoire de {friend}",
    "flipper": "prit la nageoire de {friend}",
    "trunk": "s'accrocha à la trompe de {friend}",
    "claw": "prit doucement la griffe de {friend}",
    "close": "resta tout près de {friend}",
}
"""Tenir un compagnon selon ce qu'il a : un hibou n'a pas de main."""

IDEAS: tuple[tuple[str, str], ...] = (
    (
        "ils pourraient passer devant chacun à leur tour",
        "Alors ils passèrent devant chacun à leur tour, et personne ne se fatigua trop",
    ),
    ("chacun pourrait surveiller un côté", "Alors chacun surveilla un côté, et rien ne leur échappa"),
    (
        "ils pourraient chanter en chemin",
        "Alors ils chantèrent en chemin, et la route parut bien plus courte",
    ),
    (
        "ils pourraient compter à voix haute ensemble",
        "Alors ils comptèrent à voix haute ensemble, et personne ne resta en arrière",
    ),
    (
        "ils pourraient redire à voix haute tout ce qu'ils savaient déjà",
        "Alors ils repassèrent tout en revue et virent tout de suite ce qui restait à faire",
    ),
)
"""A companion's clever thought on its own page (`{idea}`) and how it is used there (`{idea_used}`)."""

INTRODUCTION = "{friend} était {friend_kind}"
"""Who a companion is, said where the book first names them (the meet page says it the same way)."""

CURIOUS_PROBLEM: tuple[tuple[str, ...], ...] = (
    (
        "Puis il se passa quelque chose de curieux|Mais un jour, il se passa quelque chose de très curieux",
        "{problem}",
        "{hero} et {friends} se regardèrent avec étonnement",
        "Qui cela pouvait-il bien être ?",
    ),
    (
        (
            "Un matin, {hero} trouva une surprise|"
            "Ce matin-là, {hero} remarqua quelque chose d'étrange et de joli"
        ),
        "{problem}",
        "{hero} ouvrit de grands yeux|{hero} sourit avec curiosité",
        "C'était une vraie énigme",
    ),
)
CURIOUS_PROBLEM_TITLES = ("Une curieuse surprise", "Qui cela peut-il être ?")
"""The problem page of a pleasant puzzle (gifts left every morning), and its titles: a surprise to
wonder at, not a worried cry."""
