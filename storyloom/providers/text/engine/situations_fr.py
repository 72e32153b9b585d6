"""Phrases françaises d'une page de roman tirées de sa situation (voir situations.py)."""

from __future__ import annotations

BEFORE: dict[str, tuple[str, ...]] = {
    "lost": (
        "{hero} imaginait {lost} dans un coin auquel personne n'avait pensé, en attendant patiemment que "
        "quelqu'un passe par là",
        "Chaque fois que {friend} demandait où pouvait bien se trouver {lost}, {hero} proposait une nouvelle "
        "idée, chaque fois un peu plus farfelue que la précédente",
        "Sans {lost}, la journée entière semblait étrangement inachevée, comme une histoire à laquelle "
        "manquerait sa page la plus importante",
        "{hero} essayait de se rappeler le dernier moment où quelqu'un avait vu {lost}, mais le souvenir "
        "s'échappait chaque fois",
        "« Si on réfléchit comme un objet perdu, on saura où chercher », déclara {friend}, ce qui "
        "n'avait aucun sens et aida pourtant un peu",
        "{hero} fouilla toutes ses poches deux fois, au cas où {lost} y aurait été depuis le début",
    ),
    "broken": (
        "{hero} pensait sans cesse à {thing}, et à quel point tout paraissait triste et silencieux depuis "
        "la panne",
        "Chaque fois que {friend} parlait de {thing}, {hero} imaginait toutes les pièces reprendre "
        "sagement leur place",
        "Réparer quelque chose comme il faut demande beaucoup de patience, et {hero} commençait à comprendre "
        "combien",
        "{friend} se demandait à voix haute si {thing} marcherait de nouveau un jour, et {hero} refusait "
        "de croire le contraire",
        "{hero} compta de nouveau les morceaux de {thing}, pour vérifier qu'il n'en manquait pas un seul",
        "« Ce qui est cassé peut se réparer, dit {friend}, mais seulement si personne n'abandonne en "
        "route. »",
    ),
    "need": (
        "{hero} ne pouvait s'empêcher de penser à {creature_def}, qui avait sûrement peur, quelque part loin "
        "de sa famille",
        "Toutes les deux minutes, {friend} s'arrêtait pour écouter, dans l'espoir d'entendre l'appel de "
        "{creature_def} quelque part tout près",
        "Aider quelqu'un qui s'est perdu est un travail très sérieux, et {hero} voulait le faire comme "
        "il faut",
        "{hero} promit tout bas que personne ne se reposerait avant que {creature_def} soit de retour à la "
        "maison, en sécurité",
        "{hero} se demanda si {creature_def} avait faim, et garda le meilleur morceau du goûter au cas où",
        "« On arrive », souffla {friend}, même si {creature_def} était encore bien trop loin pour entendre",
    ),
    "fear": (
        "{hero} jeta un coup d'œil vers {scary} et sentit un petit frisson descendre jusqu'au bout de ses "
        "orteils",
        "Chaque fois que quelqu'un parlait de {scary}, {friend} se mettait à regarder ailleurs avec un "
        "intérêt tout à fait soudain",
        "Avoir peur, ce n'est pas la même chose qu'être lâche, rappela {hero} à tout le monde, et aussi à "
        "ses propres genoux qui tremblaient",
        "Plus ils approchaient de {scary}, plus le bruit étrange paraissait fort, et plus tout le monde "
        "marchait lentement",
        "{hero} essaya d'imaginer ce qui pouvait bien faire ce bruit dans {scary}, et chaque idée était "
        "plus étrange que la précédente",
        "« Si on y va ensemble, ce sera deux fois moins effrayant », dit {friend}, et cela semblait très "
        "raisonnable",
    ),
    "wish": (
        "{hero} imaginait déjà le visage de {creature_def} le jour où son vœu se réaliserait enfin",
        "Préparer une surprise est plus difficile qu'on ne le croit, car chaque bonne idée en réclame "
        "aussitôt "
        "trois autres",
        "{friend} dressa la liste de tout ce qu'il faut pour une vraie fête, et la liste fut étonnamment "
        "longue",
        "{hero} chuchota à {friend} que personne ne devrait attendre toute sa vie qu'un vœu se réalise",
        "{hero} pensa aux ballons, aux chansons et au gâteau, et se demanda ce que {creature_def} "
        "préférerait",
        "« Un vœu, c'est juste un projet qui n'a pas encore commencé », dit {friend}, très fier de son idée",
    ),
    "mystery": (
        "{hero} notait chaque indice dans un petit carnet, car un détective qui oublie ses indices n'a plus "
        "rien sur quoi réfléchir",
        "Chaque fois que {friend} proposait un nouveau suspect, {hero} demandait quel indice l'accusait, et "
        "la plupart du temps, aucun ne le faisait",
        "Un bon détective, décida {hero}, ne devine pas d'abord pour observer ensuite : il observe "
        "attentivement et devine en dernier",
        "{friend} se demanda à voix haute pourquoi quelqu'un volerait des choses douces, et la question "
        "poursuivit {hero} tout l'après-midi",
        "{hero} étudia de nouveau les indices, avec la certitude que la réponse se cachait quelque part "
        "parmi eux",
        "« Une énigme, c'est seulement une histoire dont il manque la dernière page », déclara {friend}, "
        "très satisfait de sa formule",
    ),
    "gifts": (
        "{hero} aligna tous les cadeaux et les observa longuement, comme si ces cadeaux pouvaient "
        "chuchoter qui les avait apportés",
        "{friend} pensait qu'un donneur secret devait être très timide, ou très gentil, ou un peu des deux",
        "C'est une drôle d'impression de recevoir des cadeaux de quelqu'un qu'on n'a jamais vu, se dit "
        "{hero}",
        "Chaque nouveau cadeau rendait l'énigme un peu plus grande, et la curiosité de {hero} un peu "
        "plus vive",
        "{hero} se demandait ce que pouvait bien vouloir en échange quelqu'un qui ne se montrait jamais",
    ),
    "noise": (
        "{hero} frappa trois petits coups sur une pierre pour entendre jusqu'où portait le bruit",
        "{friend} chuchota qu'un bruit que personne ne fait, c'est la meilleure des énigmes",
        "Chaque soir, ils écoutaient plus fort, et chaque soir, le toc-toc semblait un peu plus timide",
        "{hero} dessina un plan de tous les endroits où l'on avait entendu le toc-toc, et les croix se "
        "serraient toutes au même endroit",
        "Un bruit, décida {hero}, n'est qu'un indice qu'on entend au lieu de le voir",
    ),
}
"""Ce que les personnages pensent et disent du problème avant de le résoudre, par forme de problème."""

GOAL: tuple[str, ...] = (
    "Chaque pas les rapprochait un peu de {goal}, même les pas qui donnaient l'impression de reculer",
    "{hero} gardait {goal} bien en tête, comme un marin garde l'œil sur l'étoile la plus brillante",
    "Personne ne l'avait dit à voix haute, mais tout le monde savait que {goal} comptait plus que la fatigue",
    "{friend} demanda s'ils étaient plus près de {goal}, et {hero} répondit que oui, parce que c'était "
    "ce qu'on ressentait",
    "Quand le chemin devenait difficile, {hero} pensait à {goal} et trouvait un peu plus de force",
    "{friend} déclara que {goal} valait bien chaque pas dans la boue, et personne ne le contredit",
    "C'était étrange de penser que {goal} se trouvait peut-être juste au prochain tournant, ou encore "
    "très loin",
    "{hero} imagina ce qu'on ressentirait le jour où l'on aurait enfin {goal}, et pressa un peu le pas",
    "Même quand on parlait d'autre chose, les pensées de chacun revenaient sans cesse à {goal}",
    "{hero} décida que {goal} valait au moins un essai de plus, et sans doute plusieurs autres ensuite",
)
"""Frames about the problem's `{goal}` before it is reached."""

AFTER: dict[str, tuple[str, ...]] = {
    "lost": (
        "De temps en temps, {hero} vérifiait que {lost} était toujours en sécurité, juste pour en avoir "
        "le cœur net",
    ),
    "broken": ("{hero} passa un doigt sur {thing} et ne vit presque plus l'endroit de la cassure",),
    "need": ("{creature_def} restait tout près de {hero}, comme pour dire merci à sa manière",),
    "fear": (
        "Maintenant qu'ils connaissaient la vérité, {scary} ne faisait plus peur du tout, et tout le "
        "monde en riait même un peu",
    ),
    "wish": (
        "{creature_def} rayonnait tellement de bonheur que {hero} décida que c'était la meilleure idée de "
        "toute l'année",
    ),
    "mystery": (
        "{hero} referma le carnet d'indices avec satisfaction, car chaque indice avait finalement trouvé "
        "sa place",
    ),
    "gifts": (
        "{hero} rangea tous les cadeaux dans une petite boîte, et chacun d'eux voulait désormais dire merci",
    ),
    "noise": (
        "Désormais, quand le petit toc-toc commençait, tout le monde souriait, car chacun savait qui dînait",
    ),
}
"""Ce qu'ils disent du problème une fois résolu, par forme de problème."""

PLACE: tuple[str, ...] = (
    "Pendant que {friend} réfléchissait, {hero} jeta un regard alentour et remarqua que {detail}, ce qui "
    "rendit tout un peu plus paisible",
    "{friend} fit remarquer que {detail}, et pendant un moment, tous deux restèrent à regarder en silence",
    "C'était le genre d'endroit où {detail}, et {hero} essaya d'en retenir chaque détail",
)
"""Cadres pour un détail du lieu (`{detail}`, une proposition)."""

COMPANION: tuple[str, ...] = (
    "Après tout, {friend} était {friend_kind} et connaissait des choses sur cet endroit que personne "
    "d'autre ne savait",
    "{hero} se réjouissait d'avoir {friend} à ses côtés, car à deux, tout paraissait moins difficile",
    "{friend} resta tout près de {hero} pendant tout ce temps, toujours disponible au moindre besoin",
    "{hero} remarqua que {friend} ne disait plus rien, et lui donna un petit coup de coude jusqu'à ce "
    "que le sourire revienne",
)
"""Cadres sur le compagnon de la page (`{friend_kind}` avec son article, `{friend_traits}`)."""
