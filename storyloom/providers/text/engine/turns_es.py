"""Spanish turning points: how the hero acts out each moral, and how that solves the problem (see "
"turns_en)."""

from __future__ import annotations

TURNS: dict[str, tuple[tuple[str, str], ...]] = {
    "sharing": (
        (
            "{hero} tenía la última merienda y la partió en dos para {friend}",
            "Con fuerzas nuevas, {friend} subió a lo alto para mirar y llamó a {hero}",
        ),
        (
            "{hero} dejó a {friend} usar primero su lupa",
            "Con la lupa, {friend} vio una pista diminuta, y la siguieron juntos",
        ),
    ),
    "courage": (
        (
            "A {hero} le daba miedo el rincón oscuro que nadie había mirado, pero dio un paso valiente",
            "Paso a paso, con {friend} justo detrás, {hero} miró bien en ese rincón",
        ),
        (
            "{hero} sentía miedo, pero {hold_friend} y fue delante",
            "Ser valiente era ir adonde nadie se había atrevido a mirar, y ese era el lugar",
        ),
    ),
    "perseverance": (
        (
            "{hero} se levantó y dijo: «Intentémoslo una vez más».",
            "Esta vez {hero} y {friend} buscaron despacio, un sitio tras otro",
        ),
        (
            "{hero} había buscado mucho, pero no se rindió",
            "{hero} y {friend} volvieron al primer lugar y miraron otra vez, con más cuidado",
        ),
    ),
    "honesty": (
        (
            "{hero} dijo la verdad: «No miré bien y pasé deprisa por un sitio».",
            "Así que {hero} y {friend} volvieron juntos a ese sitio",
        ),
        (
            "{hero} confesó que se le había olvidado mirar el último rincón",
            "Gracias a la verdad, {friend} supo exactamente dónde buscar",
        ),
    ),
    "patience": (
        (
            "{hero} decidió no moverse y esperar",
            "Después de un largo rato en silencio, {friend} oyó un ruidito, y lo siguieron",
        ),
        (
            "{hero} respiró hondo y fue más despacio",
            "Paso a paso, {hero} y {friend} miraron debajo, detrás y dentro de todo",
        ),
    ),
    "trying_new": (
        (
            "{hero} nunca había subido tan alto, pero decidió intentarlo",
            "Desde arriba, {hero} lo veía todo y le mostró el camino a {friend}",
        ),
        (
            "{friend} señaló un camino que nunca habían tomado, y {hero} dijo que sí",
            "El camino nuevo los llevó directos a la respuesta",
        ),
    ),
    "mistakes": (
        (
            "{hero} se dio cuenta de que el mapa había estado al revés todo el tiempo",
            "«¡Uy, fue un error mío!», se rio {hero}, y le dio la vuelta, y ahora el camino estaba claro",
        ),
        (
            "{hero} se equivocó de camino y llegó a un sitio donde no habían buscado",
            "«Un error también puede enseñar el camino», dijo {friend}, y miraron alrededor",
        ),
    ),
    "be_yourself": (
        (
            "{hero} dejó de hacerlo como los demás y lo hizo a su manera",
            "{hero} tarareó su canción favorita, la canción resonó en un rincón, y miraron allí",
        ),
        (
            "{hero} tuvo una idea divertida y la probó, aunque nadie más lo habría hecho",
            "Era una idea que solo {hero} podía tener, y {friend} ayudó a que funcionara",
        ),
    ),
    "gratitude": (
        (
            "{hero} se paró para darle las gracias a {friend} por cada paso del camino",
            "Feliz, {friend} recordó un sitio por el que habían pasado, y volvieron a él",
        ),
        (
            "{hero} dio las gracias a todos los que habían ayudado",
            "Uno de ellos sonrió y señaló, y {hero} y {friend} corrieron hacia allí",
        ),
    ),
    "teamwork": (
        (
            "{hero} dijo: «Que cada uno haga una parte».",
            "{friend} sujetó la luz mientras {hero} miraba, y juntos lo vieron",
        ),
        (
            "{hero} y {friend} hicieron un plan: uno miraría arriba y el otro abajo",
            "Trabajando en equipo, revisaron cada rincón el doble de rápido",
        ),
    ),
    "listening": (
        (
            "{hero} dejó de hablar y escuchó a {friend}",
            "{friend} había visto algo pequeño y brillante, y fueron a mirar",
        ),
        (
            "{hero} escuchó cada ruidito a su alrededor",
            "Un sonido suave era distinto, y {hero} y {friend} lo siguieron",
        ),
    ),
    "tidiness": (
        (
            "{hero} dijo: «Primero ordenemos, así veremos mejor».",
            "{hero} y {friend} pusieron cada cosa en su sitio, una por una",
        ),
        (
            "{hero} y {friend} separaron el gran lío en montones ordenados",
            "Debajo del último montón esperaba la respuesta",
        ),
    ),
    "healthy": (
        (
            "{hero} y {friend} pararon a beber agua y a comer fruta crujiente",
            "Con energía nueva, subieron la última cuesta y miraron abajo",
        ),
        (
            "{hero} se lavó las manos y tomó una merienda sana con {friend}",
            "Con piernas fuertes y la cabeza clara, buscaron bien en el último lugar",
        ),
    ),
    "bedtime": (
        (
            "{hero} bostezó y dijo: «Descansemos y miremos otra vez después de dormir».",
            "Tras una buena siesta, con ojos nuevos, {hero} y {friend} vieron lo que se les había escapado",
        ),
        (
            "{hero} se acurrucó para dormir un poco, y {friend} también",
            "Al despertar, {hero} supo justo dónde mirar",
        ),
    ),
    "friendship": (
        (
            "{hero} {hold_friend} y dijo: «Lo haremos como amigos».",
            "Dos amigos ven más que uno, y juntos miraron una vez más",
        ),
        (
            "{hero} notó que {friend} estaba triste y se quedó a su lado",
            "Con una sonrisa, {friend} recordó algo importante y se lo susurró a {hero}",
        ),
    ),
    "helping": (
        (
            "{hero} vio que {friend} no podía seguir sin ayuda y le tendió la mano",
            "Mientras {hero} ayudaba a {friend} a levantarse, los dos miraron abajo y lo vieron",
        ),
        (
            "{hero} ayudó a {friend} a llevar la bolsa pesada",
            "Con la carga compartida, llegaron al último lugar antes de la noche y lo revisaron",
        ),
    ),
    "kindness": (
        (
            "{hero} vio que {friend} estaba triste y le dio un abrazo grande",
            "Con una sonrisa, {friend} tuvo una idea, y {hero} la siguió",
        ),
        (
            "{hero} ayudó con cariño a un pequeño perdido a volver a casa",
            "De vuelta, {hero} y {friend} pasaron por el único sitio que no habían mirado",
        ),
    ),
    "forgiveness": (
        (
            "{friend} se había alejado y les había hecho perder tiempo, pero {hero} dijo: «No pasa nada».",
            "Otra vez amigos, buscaron codo con codo, y cuatro ojos vieron más que dos",
        ),
        (
            "{hero} y {friend} habían discutido, pero {hero} pidió perdón y perdonó a {friend}",
            "Sin enfado, juntaron sus dos ideas, y la respuesta quedó clara",
        ),
    ),
    "manners": (
        (
            "{hero} preguntó a todos con educación, con un por favor y un gracias",
            "Contento de ayudar a alguien con tan buenos modales, alguien les mostró el camino",
        ),
        (
            "{hero} llamó suavemente y dijo: «Por favor, ¿podemos mirar aquí?».",
            "La respuesta fue que sí, y allí miraron",
        ),
    ),
    "inclusion": (
        (
            "{hero} invitó a alguien nuevo, que estaba solo, a buscar con ellos",
            "Conocía bien el lugar y los llevó directos a la respuesta",
        ),
        (
            "{hero} se aseguró de que también {friend} tuviera un trabajo importante",
            "{friend} se metió por un hueco estrecho y allí encontró la respuesta",
        ),
    ),
    "nature": (
        (
            "{hero} apartó las plantas con cuidado en lugar de pisarlas",
            "Detrás de la última hoja, justo donde miraría una mano cuidadosa, estaba la respuesta",
        ),
        (
            "{hero} y {friend} recogieron cada trocito de basura del camino",
            "Debajo del último trocito estaba la pista que necesitaban",
        ),
    ),
    "fair_play": (
        (
            "{hero} quería volver a ir delante, pero se echó a un lado y dijo: «Ahora le toca a {friend}».",
            "En su turno, {friend} miró en un sitio nuevo y vio lo que a todos se les había escapado",
        ),
        (
            "{hero} perdió una carrerita contra {friend}, pero le aplaudió en vez de enfurruñarse",
            "Riéndose juntos, recuperaron el aliento y volvieron a mirarlo todo con ojos nuevos",
        ),
    ),
    "calm": (
        (
            "{hero} se enfadó y quiso patalear, pero respiró despacio tres veces",
            "Ya en calma, {hero} pudo pensar con claridad y recordó un sitio donde no habían mirado",
        ),
        (
            "{hero} contó despacio hasta diez, y el enfado se hizo más pequeño",
            "Con la cabeza tranquila, {hero} le contó a {friend} una idea nueva, y la probaron",
        ),
    ),
    "responsibility": (
        (
            "{hero} había prometido ayudar, y cumplió su promesa",
            "{hero} volvió al principio y revisó cada sitio otra vez con {friend}",
        ),
        (
            "{hero} dijo: «Es mi tarea, y la voy a terminar».",
            "{hero} y {friend} hicieron una lista y tacharon un sitio tras otro",
        ),
    ),
    "curiosity": (
        (
            "{hero} hizo una pregunta nueva: «¿Dónde no hemos mirado todavía?».",
            "{friend} pensó mucho, y fueron al único sitio que nadie había nombrado",
        ),
        (
            "A {hero} le dio curiosidad un ruidito extraño",
            "Lo siguieron, por una esquina y bajo un saliente, hasta la respuesta",
        ),
    ),
}

SHARED: dict[str, tuple[tuple[str, str], ...]] = {
    "toys": (
        (
            "{hero} sacó sus juguetes favoritos y los compartió todos con {friend}",
            "Mientras jugaban juntos, {friend} vio algo que se les había escapado, y llamó a {hero}",
        ),
    ),
    "books": (
        (
            "{hero} abrió su libro favorito y lo compartió con {friend}, página a página",
            "En uno de sus dibujos, {friend} vio una pista que mostraba el camino",
        ),
    ),
    "crayons": (
        (
            "{hero} compartió sus colores con {friend}, incluso el más bonito",
            "Con ellos, {friend} dibujó un mapa de todos los sitios ya probados, y el mapa mostró el único "
            "sitio que quedaba",
        ),
    ),
    "treats": (
        (
            "{hero} tenía la última golosina y la partió en dos para {friend}",
            "Con fuerzas nuevas, {friend} subió bien alto para mirar, y llamó a {hero}",
        ),
    ),
}
"""The hero sharing the very thing a sharing moral names ("Comparte tus juguetes"), and how that leads on."""

ANY_PROBLEM: dict[str, tuple[str, ...]] = {
    "honesty": (
        "{hero} lo reconoció: «El último intento salió mal porque fui demasiado deprisa».",
        "{hero} dijo la verdad, aunque le costó: «Tenía miedo y hacía como si no».",
    ),
    "mistakes": (
        "{hero} se había equivocado dos veces, pero se rio y dijo: «Los errores me ayudan a aprender».",
        "{hero} miró bien lo que había salido mal y entendió por qué",
    ),
}
"""El acto del héroe para una moraleja cuyos giros de arriba son todos búsquedas (ver turns_en)."""

UNKNOWN: tuple[tuple[str, str], ...] = (
    (
        "{hero} recordó las palabras que su familia solía decir: {moral_quote}",
        "Así que {hero} hizo justo eso, con la ayuda de {friend}, y así encontraron la respuesta",
    ),
    (
        "{hero} pensó en algo importante: {moral_quote}",
        "{hero} lo puso en práctica enseguida, y con la ayuda de {friend} encontraron el camino",
    ),
)

LESSON = (
    "{hero} recordó lo que el día le había enseñado: {moral_quote}",
    "{hero} guardó un pensamiento en el corazón: {moral_quote}",
)

LESSON_KEPT = (
    "{hero} recordaría este día durante mucho tiempo",
    "{hero} sabía que ese día había aprendido algo importante",
)

QUOTES = ("«", "»")

NOTICING = (
    "{hero} se fijó en que {detail}",
    "{friend} susurró que {detail}",
    "Cerca de allí, {detail}",
    "{hero} vio que {detail}",
    "Durante un rato, {hero} solo miró: {detail}",
)
"""A quiet sentence about the place, for a page whose usual words were all said already."""

DIALOGUE = (
    "«¡Mira allí!», dijo {friend}",
    "«¿Qué crees que deberíamos hacer?», preguntó {hero}",
    "«Estoy aquí contigo», dijo {friend}",
    "«Podemos hacerlo», susurró {hero}",
    "«¡Espérame!», gritó {friend}",
    "«¿Has oído eso?», preguntó {friend}",
    "«Déjame pensar un momento», dijo {hero}",
    "«¡Por poco!», se rio {friend}",
    "«¿Por dónde seguimos?», preguntó {hero}",
    "«No te separes de mí», dijo {hero}",
    "«Tengo una sensación rara», dijo {friend}",
    "«Sigamos, ya casi llegamos», dijo {hero}",
)
"""What the characters say on the way, for early readers and chapter books."""

LOST_TITLES = (
    "{hero} y la búsqueda de {goal}",
    "{hero}, {friend} y {goal}",
    "{hero} busca {goal}",
)
"""Titles of a story about a lost thing, naming it (`{goal}`) and the first companion (`{friend}`)."""

GLOOM: dict[str, tuple[str, ...]] = {
    "sky": ("El cielo se oscureció un poco", "Una nube gris tapó el sol"),
    "water": ("El agua pareció oscurecerse un poco", "Hasta los peces se escondieron entre las sombras"),
    "space": (
        "Hasta las estrellas parecían brillar un poco menos",
        "Por la ventana, el espacio se veía enorme",
    ),
    "indoors": (
        "La habitación pareció oscurecerse un poco",
        "Los rincones de la habitación parecían oscuros y lejanos",
    ),
    "any": ("Todo parecía un poco más gris que antes", "Hasta la luz pareció apagarse un poco"),
}
"""El tiempo de un momento triste, según el lugar: no hay cielo bajo el mar, en casa ni en una
estación espacial."""

PARTY: dict[str, tuple[str, ...]] = {
    "green": (
        "{everyone} hicieron una corona de flores",
        "{everyone} colgaron guirnaldas de hojas entre las ramas",
    ),
    "shore": (
        "{everyone} hicieron collares de conchas brillantes",
        "{everyone} dibujaron un sol enorme en la arena",
    ),
    "sea": (
        "{everyone} soplaron anillos de burbujas brillantes",
        "{everyone} hicieron collares de conchas brillantes",
    ),
    "space": (
        "{everyone} colgaron una tira de lucecitas",
        "{everyone} recortaron estrellas de papel para todos",
    ),
    "snow": (
        "{everyone} hicieron un muñeco de nieve con sombrero de fiesta",
        "{everyone} encendieron farolillos en la nieve",
    ),
    "indoors": (
        "{everyone} colgaron guirnaldas de papel por toda la habitación",
        "{everyone} hicieron coronas de papel para todos",
    ),
    "any": (
        "{everyone} hicieron coronas de papel para todos",
        "{everyone} colgaron banderines de colores",
        "{everyone} inventaron una canción para dar las gracias",
        "{everyone} jugaron a las estatuas musicales",
    ),
}
"""Lo que hacen los amigos en la fiesta, según el lugar (ninguna corona de flores en el espacio)."""

HOLD: dict[str, str] = {
    "hand": "tomó la mano de {friend}",
    "wing": "tomó el ala de {friend}",
    "paw": "tomó la pata de {friend}",
    "fin": "se agarró a la aleta de {friend}",
    "flipper": "tomó la aleta de {friend}",
    "trunk": "se agarró a la trompa de {friend}",
    "claw": "tomó con cuidado la garra de {friend}",
    "close": "se quedó muy cerca de {friend}",
}
"""Agarrarse a un compañero según lo que tiene: un búho no tiene mano."""

IDEAS: tuple[tuple[str, str], ...] = (
    ("podían turnarse para ir delante", "Así que se turnaron para ir delante y nadie se cansó demasiado"),
    ("cada uno podía vigilar un lado", "Así que cada uno vigiló un lado y nada se les escapó"),
    ("podían cantar por el camino", "Así que cantaron por el camino y el trayecto se hizo mucho más corto"),
    ("podían contar en voz alta a la vez", "Así que contaron en voz alta a la vez y nadie se quedó atrás"),
    (
        "podían decir en voz alta todo lo que ya sabían",
        "Así que lo repasaron todo y vieron enseguida lo que aún faltaba por hacer",
    ),
)
"""A companion's clever thought on its own page (`{idea}`) and how it is used there (`{idea_used}`)."""

INTRODUCTION = "{friend} era {friend_kind}"
"""Who a companion is, said where the book first names them (the meet page says it the same way)."""

CURIOUS_PROBLEM: tuple[tuple[str, ...], ...] = (
    (
        "Entonces empezó a pasar algo curioso|Pero entonces pasó algo muy curioso",
        "{problem}",
        "{hero} y {friends} se miraron con asombro",
        "¿Quién podría ser?",
    ),
    (
        "Una mañana, {hero} encontró una sorpresa|Aquella mañana, {hero} vio algo extraño y bonito",
        "{problem}",
        "{hero} abrió mucho los ojos|{hero} sonrió con curiosidad",
        "Era un verdadero misterio",
    ),
)
CURIOUS_PROBLEM_TITLES = ("Una sorpresa curiosa", "¿Quién habrá sido?")
"""The problem page of a pleasant puzzle (gifts left every morning), and its titles: a surprise to
wonder at, not a worried cry."""
