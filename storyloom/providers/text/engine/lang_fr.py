"""French phrase bank of the built-in engine."""

from __future__ import annotations

from storyloom.providers.text.engine.lexicon import Lexicon
from storyloom.providers.text.engine.worlds_fr import SIMPLE, WORLDS

BEATS = {
    "opening": (
        (
            "{hero} vivait {place_in}",
            "{hero} jouait tous les jours avec {friends}|Chaque jour, {hero} jouait avec {friends}",
            "{hero} avait {hero_trait}",
            "Chaque jour était une nouvelle aventure",
        ),
        (
            "Voici l'histoire de {everyone}",
            "{hero} vivait {place_in}",
            "Ils jouaient toujours ensemble",
            "Là-bas, on ne s'ennuyait jamais",
        ),
    ),
    "meet": (
        (
            "Bientôt, {friend} arriva à son tour|Peu après, {friend} vint jouer aussi|Puis {friend} arriva",
            "{friend} était {friend_kind}",
            "{hero} connaissait {friend} depuis toujours|{hero} et {friend} étaient amis depuis longtemps",
            "Ensemble, chaque journée était plus belle",
        ),
        (
            "{friend} était {friend_kind}",
            "{friend} était {friend_traits}",
            "{hero} et {friend} partageaient tout|{hero} et {friend} faisaient tout ensemble",
            "Ils aimaient faire des projets ensemble",
        ),
        (
            (
                "{friend} arriva en courant pour dire bonjour|"
                "{friend} se dépêcha de venir dire bonjour|"
                "{friend} lança un joyeux bonjour"
            ),
            "{friend} était {friend_kind}",
            "Tout le monde savait que {friend} était {friend_traits}",
            "{hero} avait de la chance d'avoir un tel ami",
        ),
    ),
    "problem": (
        (
            (
                "Mais soudain, quelque chose n'allait pas|"
                "Mais un jour, quelque chose n'alla pas|"
                "Puis, tout à coup, il y eut un problème"
            ),
            "Oh non, {problem}|Aïe, {problem}",
            "{hero} resta bouche bée|{hero} n'en croyait pas ses yeux|{hero} poussa un cri de surprise",
            "Il fallait faire quelque chose",
        ),
        (
            (
                "Un matin, {hero} entendit un cri inquiet|"
                "Soudain, {hero} entendit un cri inquiet|"
                "Ce matin-là, quelqu'un appela {hero}"
            ),
            "Oh là là, {problem}|Mince alors, {problem}",
            "{hero} et {friends} se regardèrent",
            "Personne ne savait quoi faire",
        ),
    ),
    "wishing": (
        (
            (
                "Un jour, {hero} fit une nouvelle rencontre|"
                "Un matin, {hero} entendit une petite voix pleine d'espoir|"
                "Cet après-midi-là, quelqu'un s'approcha timidement de {hero}"
            ),
            "{problem}",
            "{hero} écouta attentivement|{hero} voulut aider tout de suite",
            "Pareil souhait méritait de se réaliser",
        ),
        (
            "Un jour, {hero} remarqua quelqu'un assis tout seul|Peu après, {hero} entendit un petit soupir",
            "{problem}",
            "{hero} et {friends} échangèrent un sourire",
            "{hero} eut aussitôt envie d'aider",
        ),
    ),
    "setout": (
        (
            "{hero} prit une grande inspiration|{hero} se releva d'un bond|{hero} prit sa décision",
            "« Nous allons chercher {goal} », dit {hero}",
            (
                "{friend} fit oui de la tête|"
                "{friend} hocha la tête sans hésiter|"
                "{friend} se leva d'un bond pour aider"
            ),
            "Ils prirent un goûter et partirent",
        ),
    ),
    "journey": (
        (
            "Tout à coup, {obstacle}",
            "{friend} s'arrêta net|{friend} ne bougea plus",
            "{hero} regarda attentivement",
            "Puis ils trouvèrent un passage sûr",
        ),
        (
            "Peu après, {obstacle}",
            "{hero} garda son calme|{hero} ne paniqua pas",
            "{friend} resta tout près",
            "Et finalement, ils y arrivèrent",
        ),
        (
            "Bientôt, {obstacle}",
            "{hero} {hold_friend}",
            "Ils avancèrent pas à pas",
            "Enfin, ils passèrent",
        ),
        (
            "En chemin, {obstacle}",
            "{friend} avala sa salive|{friend} prit un air inquiet",
            "{hero} chercha un autre passage",
            "Ensemble, ils trouvèrent comment passer",
        ),
        (
            "Ensuite, {obstacle}",
            "{hero} ne s'arrêta pas|{hero} continua d'avancer",
            "{friend} chanta une chanson pour se donner du courage",
            "Petit à petit, ils continuèrent",
        ),
    ),
    "spotlight": (
        (
            (
                "{friend} eut une idée : {idea}|"
                "{friend} pensa à quelque chose : {idea}|"
                "Puis {friend} trouva une idée : {idea}"
            ),
            "{idea_used}",
            "C'était justement ce qu'il fallait|C'était une très bonne idée",
            "{hero} sourit et dit merci",
        ),
        (
            (
                "C'était au tour de {friend} d'aider|"
                "Maintenant, {friend} pouvait aider|"
                "{friend} voulait aider aussi"
            ),
            "{friend} connaissait un passage secret|{friend} connaissait un raccourci",
            "Cela fit très plaisir à {hero}",
            "Ils repartirent avec plus de force",
        ),
    ),
    "attempt": (
        (
            "D'abord, {attempt}",
            "Mais {failure}",
            "{hero} soupira|{hero} poussa un long soupir",
            "Cela n'avait pas marché",
        ),
        (
            "Puis, {attempt}",
            "Hélas, {failure}",
            "{friend} tapota l'épaule de {hero}|{friend} fit un câlin à {hero}",
            "Il fallait trouver autre chose",
        ),
        (
            "Après cela, {attempt}",
            "Dommage, {failure}",
            "{hero} s'assit par terre",
            "C'était plus difficile que prévu",
        ),
    ),
    "quiet": (
        (
            "{hero} et {friend} trouvèrent un coin douillet pour s'asseoir",
            "{detail}",
            "Ils partagèrent un goûter et reprirent leur souffle",
            "Parfois, une petite pause est la meilleure des idées",
        ),
        (
            "Tout le monde avait besoin d'une petite pause|C'était l'heure d'une petite pause",
            "{detail}",
            "{friend} raconta une histoire drôle",
            "Après ça, tout le monde se sentit beaucoup mieux",
        ),
        (
            "Ils s'arrêtèrent pour se reposer|Ils s'assirent pour se reposer",
            "{friend} partagea des pommes croquantes",
            "{detail}",
            "Pendant un moment, tout était calme",
        ),
        (
            "{hero} resta un moment sans rien dire",
            "{detail}",
            "{friend} s'assit tout près",
            "Se reposer les aida à réfléchir",
        ),
    ),
    "doubt": (
        (
            "{hero} s'assit avec un gros soupir|{hero} s'assit et soupira",
            "« Et si c'était trop difficile ? » murmura {hero}|« C'est vraiment difficile », murmura {hero}",
            "{friend} vint s'asseoir tout près",
            "Pendant un moment, personne ne dit rien",
        ),
        (
            "{hero} sentait la fatigue monter|{hero} avait besoin d'un peu de courage",
            "« On ne va peut-être pas y arriver », dit {hero}|« Je ne sais pas quoi faire », dit {hero}",
            "{friend} ne dit rien",
            "{gloom}",
        ),
    ),
    "wonder": (
        (
            "{hero} s'arrêta pour tout regarder|{hero} s'arrêta pour regarder tout autour",
            "{detail}",
            "{friend} poussa un petit cri d'admiration",
            "Personne n'avait envie de se dépêcher",
        ),
        (
            "Partout où {hero} regardait, il y avait quelque chose de nouveau",
            "{detail}",
            "{friend} posait question sur question",
            "On se serait cru dans un conte",
        ),
        (
            "C'était un endroit extraordinaire|Quel endroit merveilleux",
            "{detail}",
            "{hero} essaya de compter toutes les couleurs",
            "{friend} abandonna à vingt",
        ),
        ("{hero} regarda tout autour", "{detail}", "Tout était si beau", "{friend} rit de joie"),
        (
            "Ils marchèrent encore et encore",
            "{detail}",
            "{hero} montra du doigt et sourit",
            "Il y avait tant de choses à voir",
        ),
    ),
    "resolution": (
        (
            "Et regarde, {ending}",
            "{hero} cria de joie|{hero} sauta de joie|{hero} applaudit de bon cœur",
            "{hero} et {friends} dansèrent en rond|{hero} et {friends} tournèrent et tournèrent encore",
            "Tout le monde était sain et sauf",
        ),
        (
            "Enfin, {ending}",
            "« Hourra ! » s'écria {hero}|« On a réussi ! » s'écria {hero}|« Youpi ! » cria {hero}",
            "{friend} applaudit encore et encore|{friend} riait de joie",
            "La longue journée finissait bien",
        ),
    ),
    "return": (
        (
            "La journée touchait à sa fin, alors ils prirent le chemin du retour",
            "{hero} et {friends} rentrèrent côte à côte",
            "{detail}",
            "Personne ne parlait beaucoup, mais tout le monde souriait",
        ),
        (
            "Tout doucement, ils repartirent vers la maison",
            "En chemin, ils se racontèrent tout ce qui s'était passé",
            "{detail}",
            "La maison n'avait jamais paru aussi accueillante",
        ),
        (
            "Il était temps de rentrer",
            "{hero} et {friends} rentrèrent ensemble",
            "{detail}",
            "Ils avaient les pieds fatigués et le cœur léger",
        ),
    ),
    "celebration": (
        (
            (
                "Ce soir-là, il y eut une petite fête|"
                "Ce soir-là, tout le monde fit une petite fête|"
                "Plus tard, il y eut une petite fête pour fêter ça"
            ),
            (
                "{hero} et {friends} apportèrent des gâteaux à partager|"
                "{hero} et {friends} partagèrent de bonnes choses|"
                "{hero} et {friends} apportèrent une tarte à partager"
            ),
            "{hero} rit et rit encore|{hero} rit toute la soirée",
            "Ce fut la plus belle fête depuis longtemps",
        ),
        (
            "Tout le monde vint dire merci",
            "{hero} rougit|{hero} eut un petit sourire timide",
            "{party}",
            "La journée finit en chansons",
        ),
    ),
    "thanks": (
        (
            "Tout le monde vint dire merci",
            "{hero} rougit|{hero} eut un petit sourire timide",
            "{pal} offrit à {hero} une petite carte de remerciement avec un dessin",
            "Puis chacun rentra chez soi sous les premières étoiles",
        ),
        (
            "Quand la dernière chanson fut chantée, il fut temps de rentrer",
            "{hero} et {friends} aidèrent à tout ranger",
            "Tout le monde se fit de grands signes d'au revoir",
            "Les pieds étaient fatigués, mais les cœurs étaient pleins de joie",
        ),
    ),
    "ending": (
        (
            (
                "Ce soir-là, {hero} repensa à la journée|"
                "Au moment de dormir, {hero} repensa à la journée|"
                "Ce soir-là, {hero} se rappela tout ce qui s'était passé"
            ),
            "{lesson}",
            "{friend} bâillait déjà",
            "Et {hero} s'endormit avec le sourire",
        ),
        (
            "Maintenant, {hero} savait une chose importante",
            "{lesson}",
            "{hero} et {friends} dirent bonne nuit",
        ),
    ),
}

THEMES = {
    "kindness": (
        (
            "{hero} vit que {friend} était triste et lui fit un gros câlin",
            "Ce geste gentil fit sourire {friend}",
            "Un peu plus joyeux, ils virent quelque chose",
            "{discovery}",
        ),
    ),
    "sharing": (
        (
            "{hero} avait le dernier biscuit et le coupa en deux pour {friend}",
            "Ils le mangèrent ensemble sur un tronc",
            "Le ventre plein, ils virent quelque chose",
            "{discovery}",
        ),
    ),
    "bravery": (
        (
            "{hero} avait peur, mais fit un pas courageux",
            "Puis un autre, et encore un autre",
            "Être courageux, ce n'est pas ne pas avoir peur",
            "Et là : {discovery}",
        ),
    ),
    "honesty": (
        (
            "{hero} dit la vérité : « Je n'ai pas bien regardé. »",
            "Tout le monde fut content de savoir la vérité",
            "Maintenant, ils pouvaient chercher au bon endroit",
            "{discovery}",
        ),
    ),
    "patience": (
        (
            "{hero} décida d'attendre et de bien regarder",
            "Ils attendirent longtemps",
            "Doucement, quelque chose bougea",
            "{discovery}",
        ),
    ),
    "teamwork": (
        (
            "{hero} dit : « Cette fois, essayons ensemble »",
            "Chacun fit une partie du travail",
            "Ensemble, ils virent la réponse",
            "{discovery}",
        ),
    ),
    "perseverance": (
        (
            "{hero} se releva et dit : « Je vais essayer encore une fois »",
            "Cette fois, {hero} regarda très attentivement",
            "Recommencer, c'était le secret",
            "{discovery}",
        ),
    ),
    "friendship": (
        (
            "{hero} {hold_friend} et dit : « On va y arriver, entre amis »",
            "Les amis s'aident quand c'est difficile",
            "Ensemble, ils regardèrent encore une fois",
            "{discovery}",
        ),
    ),
    "gratitude": (
        (
            "{hero} s'arrêta pour dire merci à {friends}",
            "Tout le monde se sentit bien",
            "Et en souriant, {hero} remarqua quelque chose",
            "{discovery}",
        ),
    ),
    "curiosity": (
        (
            "{hero} posa une nouvelle question : où n'avons-nous pas encore cherché",
            "C'est en posant des questions qu'on apprend",
            "Ils réfléchirent à la réponse",
            "{discovery}",
        ),
    ),
    "listening": (
        (
            "{hero} arrêta de parler et écouta {friend}",
            "{friend} avait vu un petit détail",
            "Écouter changea tout",
            "{discovery}",
        ),
    ),
}

THEME_KEYWORDS = {
    "sharing": ("partag", "donner"),
    "kindness": ("gentil", "bonté", "aimable", "aider"),
    "bravery": ("courag", "peur", "brave"),
    "honesty": ("vérité", "honnête", "mentir"),
    "patience": ("patien", "attendre"),
    "teamwork": ("ensemble", "équipe"),
    "perseverance": ("abandonn", "persévér", "essayer"),
    "friendship": ("ami",),
    "gratitude": ("merci", "reconnaiss", "gratitude"),
    "curiosity": ("apprend", "curios", "question"),
    "listening": ("écout",),
}

TITLES = {
    "opening": ("Voici {hero}", "Un matin comme les autres"),
    "meet": ("Voici {friend}", "Bonjour, {friend}"),
    "problem": ("Quelque chose ne va pas", "Oh non !"),
    "wishing": ("Un souhait", "Un petit souhait"),
    "setout": ("En route !", "La recherche commence"),
    "journey": (
        "En chemin",
        "Un passage difficile",
        "Toujours plus loin",
        "Par-dessus et autour",
        "Pas à pas",
        "Un peu plus loin",
        "Le long chemin",
        "On continue",
    ),
    "spotlight": ("{friend} aide", "L'idée de {friend}", "Grâce à {friend}", "{friend} à la rescousse"),
    "attempt": (
        "Un premier essai",
        "Presque",
        "Une autre idée",
        "Essayer encore",
        "Encore une fois",
        "Ne pas lâcher",
    ),
    "quiet": (
        "Une petite pause",
        "Reprendre son souffle",
        "Un moment tranquille",
        "Doucement",
        "Une pause bien méritée",
        "Le temps de réfléchir",
    ),
    "doubt": (
        "Un moment difficile",
        "Un moment de doute",
        "Quand tout semblait difficile",
        "Un peu de découragement",
    ),
    "wonder": (
        "Tant de choses à voir",
        "Un bel endroit",
        "Regarde !",
        "Un endroit inoubliable",
        "Les yeux grands ouverts",
        "Quelle vue !",
        "Des merveilles partout",
        "Le temps de regarder",
    ),
    "turn": ("Une nouvelle idée", "Le grand tournant"),
    "resolution": ("Trouvé !", "Hourra !"),
    "return": ("Le chemin du retour",),
    "celebration": ("Une petite fête", "Merci, {hero}"),
    "thanks": ("Merci, {hero}", "L'heure des au revoir"),
    "ending": ("Bonne nuit", "Ce que {hero} a appris"),
}


# Thoughts and asides that older readers (ages 9-12) get on top of each page's events.
REFLECTIONS = (
    "{hero} se demanda si toutes les grandes aventures étaient aussi incertaines au milieu",
    "Quelque part, {goal} les attendait, et cette pensée donnait du courage à {hero}",
    "{friend} vit que {hero} réfléchissait très fort et décida de rester tout près",
    "C'est étrange comme un seul après-midi peut sembler aussi long qu'une semaine entière",
    "{hero} se rappela une phrase de mamie sur la patience et les petits pas",
    "Plus ils avançaient, plus {hero} comprenait que le voyage comptait aussi",
    "Personne ne le dit à voix haute, mais tout le monde était un peu inquiet",
    "{hero} fit dans sa tête la liste de tout ce qu'ils avaient déjà essayé",
    "Chaque nouveau bruit faisait tourner la tête de {friend}",
    "Dans ces moments-là, {hero} aimait imaginer ce que feraient les explorateurs des livres",
    "Le problème semblait énorme, mais {hero} essaya d'y penser morceau par morceau",
    "{friend} fredonnait doucement, ce qui voulait souvent dire qu'une idée arrivait",
    "{hero} repensa au matin, qui semblait si différent, et à tout ce qui s'était passé depuis",
    "{friend} ne s'impatientait jamais, et cela faisait du bien à {hero}",
    "Chaque pas les rapprochait un peu, même quand ça n'en avait pas l'air",
    "{hero} sentait que cette journée ferait une belle histoire à raconter",
    "C'est drôle : souvent, le plus difficile dans un problème, c'est de commencer",
    "{hero} essaya de retenir chaque détail, au cas où il serait important",
    "Personne ne se plaignit, même si tout le monde était un peu fatigué",
    "{hero} tournait et retournait le problème dans sa tête",
    "Rien ne pressait, décida {hero} : mieux valait avancer doucement que trop vite",
    "{friend} jetait de petits coups d'œil à {hero}, comme pour vérifier que tout allait bien",
)

LEXICON = Lexicon(
    language="fr",
    and_word="et",
    list_and="et",
    lowercase_starters=frozenset(
        {
            "le",
            "la",
            "les",
            "un",
            "une",
            "tout",
            "personne",
            "ils",
            "il",
            "elle",
            "puis",
            "ensuite",
            "mais",
            "chaque",
            "là-bas",
            "maintenant",
            "c'était",
            "ce",
            "ensemble",
            "petit",
            "pendant",
            "se",
            "et",
            "enfin",
        }
    ),
    worlds=WORLDS,
    simple=SIMPLE,
    reflections=REFLECTIONS,
    beats=BEATS,
    themes=THEMES,
    theme_keywords=THEME_KEYWORDS,
    titles=TITLES,
    hero_traits=(
        "la tête pleine de questions",
        "un rire qui faisait sourire tout le monde",
        "des pieds rapides et un grand cœur",
        "des poches pleines de trésors",
        "un grand amour de l'aventure",
        "une façon très douce de s'occuper des animaux",
    ),
    default_traits=("aimable et drôle", "calme et sage", "rapide et habile", "timide mais très brave"),
    kinds={
        "hedgehog": "un petit hérisson",
        "owl": "une chouette sage",
        "fox": "un renard malin",
        "robot": "un petit robot",
        "dragon": "un dragon gentil",
        "unicorn": "une licorne timide",
        "puppy": "un chiot joueur",
        "kitten": "un chaton curieux",
        "turtle": "une tortue tranquille",
        "dolphin": "un dauphin joueur",
        "squirrel": "un écureuil rapide",
        "bear": "un ours gentil",
        "rabbit": "un lapin tout doux",
        "mouse": "une petite souris",
        "frog": "une grenouille sauteuse",
        "duck": "un canard joyeux",
    },
    description="{genre_phrase} pour {hero}, à propos de {goal}.",
    genre_phrases={
        "adventure": "Une histoire d'aventure",
        "fantasy": "Une histoire fantastique",
        "fairy tale": "Un conte de fées",
        "space": "Une histoire de l'espace",
        "animals": "Une histoire d'animaux",
        "bedtime": "Une histoire du soir",
        "mystery": "Une enquête",
        "friendship": "Une histoire d'amitié",
        "science": "Une histoire de science",
        "ocean": "Une histoire de la mer",
    },
    questions=(
        "Qu'est-ce qui n'allait pas au début de l'histoire, et comment {hero} se sentait ?",
        "Pourquoi les premiers essais n'ont-ils pas marché, à ton avis ?",
        "Qu'est-ce que {hero} a fait qui a le plus aidé, et quand pourrais-tu faire pareil ?",
    ),
    moral_vocabulary={
        "kindness": ("gentil", "qui est doux et bon avec les autres"),
        "sharing": ("partager", "donner une part de ce qu'on a"),
        "bravery": ("courageux", "qui agit même quand il a peur"),
        "honesty": ("vérité", "ce qui s'est vraiment passé"),
        "patience": ("attendre", "rester calme jusqu'à ce que quelque chose arrive"),
        "teamwork": ("ensemble", "les uns avec les autres"),
        "perseverance": ("essayer", "faire de son mieux"),
        "friendship": ("amis", "des personnes qui s'aiment et s'aident"),
        "gratitude": ("merci", "ce qu'on dit quand quelqu'un nous aide"),
        "curiosity": ("question", "ce qu'on demande pour savoir"),
        "listening": ("écouta", "fit attention à ce qu'on disait"),
    },
    setting_place_in="dans {setting}",
    article_rules={
        "masculine": "un",
        "feminine": "une",
        "_endings": "e",
        "_articles": "un une le la les l'",
        "_feminine": "souris fée sœur mémé maman grand-maman",
        "_masculine": "singe lièvre hérisson chien ours renard robot dragon lapin chat zèbre tigre "
        "crocodile rhinocéros hippopotame ange frère père grand-père oncle homme pirate astronaute adulte "
        "monstre extraterrestre androïde maître",
    },
)
