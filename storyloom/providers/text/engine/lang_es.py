"""Spanish phrase bank of the built-in engine."""

from __future__ import annotations

from storyloom.providers.text.engine.lexicon import Lexicon
from storyloom.providers.text.engine.worlds_es import SIMPLE, WORLDS

BEATS = {
    "opening": (
        (
            "{hero} vivía {place_in}|{hero} crecía {place_in}",
            "{hero} jugaba siempre con {friends}|{hero} pasaba los días con {friends}",
            "{hero} tenía {hero_trait}",
            "Cada día era una nueva aventura",
        ),
        (
            "Esta es la historia de {everyone}",
            "{hero} vivía {place_in}|{hero} crecía {place_in}",
            "Eran los mejores amigos del mundo",
            "Allí nunca había tiempo para aburrirse",
        ),
    ),
    "meet": (
        (
            "Al poco rato llegó {friend}|Enseguida apareció {friend}|Entonces llegó {friend}",
            "{friend} era {friend_kind}",
            "{hero} conocía a {friend} desde siempre|{hero} y {friend} eran amigos desde hacía mucho",
            "Con {friend} cerca, el día siempre era mejor|Con {friend} al lado, todo era más divertido",
        ),
        (
            "{friend} era {friend_kind}",
            "{friend} era {friend_traits}",
            "{hero} y {friend} lo compartían todo|{hero} y {friend} lo hacían todo juntos",
            "Les encantaba hacer planes juntos|Siempre tenían algún plan entre manos",
        ),
        (
            (
                "{friend} llegó corriendo para saludar|"
                "{friend} se acercó deprisa para saludar|"
                "{friend} saludó con mucha alegría"
            ),
            "{friend} era {friend_kind}",
            "Todos sabían que {friend} era {friend_traits}",
            "{hero} estaba feliz de tener una amistad así|{hero} sabía que tenía una amistad de las buenas",
        ),
    ),
    "problem": (
        (
            (
                "Pero entonces algo salió mal|"
                "Pero un día algo salió mal|"
                "Entonces, de repente, surgió un problema"
            ),
            "Qué pena, {problem}|Vaya, {problem}",
            (
                "{hero} se quedó con la boca abierta|"
                "{hero} casi no podía creerlo|"
                "{hero} soltó un grito de sorpresa"
            ),
            "Alguien tenía que hacer algo",
        ),
        (
            (
                "Una mañana, {hero} oyó un grito preocupado|"
                "De pronto, {hero} oyó un grito preocupado|"
                "Aquella mañana, alguien llamó a {hero}"
            ),
            "Ay, {problem}|Ay, ay, ay, {problem}",
            "{hero} y {friends} se miraron",
            "Nadie sabía qué hacer",
        ),
    ),
    "wishing": (
        (
            (
                "Un día, {hero} conoció a alguien nuevo|"
                "Una mañana, {hero} oyó una vocecita llena de esperanza|"
                "Aquella tarde, alguien se acercó con timidez a {hero}"
            ),
            "{problem}",
            "{hero} escuchó con atención|{hero} quiso ayudar enseguida",
            "Aquel deseo merecía hacerse realidad",
        ),
        (
            "Un día, {hero} vio a alguien sentado muy solo|Poco después, {hero} oyó un suspiro pequeñito",
            "{problem}",
            "{hero} y {friends} se sonrieron",
            "Quizá podían ayudar",
        ),
    ),
    "setout": (
        (
            "{hero} respiró hondo|{hero} se levantó con decisión|{hero} tomó una decisión",
            "«Vamos a buscar {goal}», dijo {hero}",
            (
                "{friend} dijo que sí con la cabeza|"
                "{friend} asintió, con ganas de empezar|"
                "{friend} se levantó de un salto para ayudar"
            ),
            "Prepararon una merienda y se pusieron en marcha|Cogieron algo de merienda y salieron enseguida",
        ),
    ),
    "journey": (
        (
            "De repente, {obstacle}",
            "{friend} se paró en seco|{friend} se paró de golpe",
            "{hero} miró con atención",
            "Luego encontraron un paso seguro",
        ),
        (
            "Poco después, {obstacle}",
            "{hero} no perdió la calma|{hero} no se asustó",
            "{friend} se quedó muy cerca",
            "Y al final lo lograron",
        ),
        (
            "Muy pronto, {obstacle}",
            "{hero} {hold_friend}",
            "Fueron despacio, paso a paso",
            "Por fin lo dejaron atrás",
        ),
        (
            "Por el camino, {obstacle}",
            "{friend} tragó saliva|{friend} puso cara de preocupación",
            "{hero} buscó otro camino",
            "Juntos encontraron la manera de pasar",
        ),
        (
            "Después, {obstacle}",
            "{hero} no se detuvo|{hero} siguió adelante",
            "{friend} cantó una canción para darse valor",
            "Poco a poco, siguieron adelante",
        ),
    ),
    "spotlight": (
        (
            (
                "{friend} tuvo una idea: {idea}|"
                "A {friend} se le ocurrió algo: {idea}|"
                "Entonces {friend} pensó en algo: {idea}"
            ),
            "{idea_used}",
            "Era justo lo que necesitaban|Era una idea muy buena",
            "{hero} sonrió y dio las gracias",
        ),
        (
            "Era el turno de {friend}|Ahora {friend} podía ayudar|{friend} también quería ayudar",
            "{friend} conocía un camino secreto|{friend} conocía un atajo",
            "{hero} se alegró mucho",
            "Siguieron adelante con más fuerza|Y siguieron adelante con más ánimo",
        ),
    ),
    "attempt": (
        (
            "Primero, {attempt}",
            "Pero {failure}",
            "{hero} suspiró|{hero} soltó un largo suspiro",
            "Aquello no había funcionado|No había servido de nada",
        ),
        (
            "Luego, {attempt}",
            "Ay, {failure}",
            "{friend} dio una palmadita a {hero}|{friend} le dio un abrazo a {hero}",
            "Tendrían que pensar otra cosa|Había que buscar otra idea",
        ),
        (
            "Después, {attempt}",
            "Por desgracia, {failure}",
            "{hero} se sentó en el suelo",
            "Era más difícil de lo que pensaban",
        ),
    ),
    "quiet": (
        (
            "{hero} y {friend} encontraron un rincón acogedor para sentarse",
            "{detail}",
            "Compartieron la merienda y recuperaron el aliento",
            "A veces, un descanso corto es la mejor idea",
        ),
        (
            "Todo el mundo necesitaba un pequeño descanso|Era hora de un pequeño descanso",
            "{detail}",
            "{friend} contó una historia divertida",
            "Después de eso, todo el mundo se sintió mucho mejor",
        ),
        (
            "Se pararon a descansar|Se sentaron a descansar",
            "{friend} compartió unas manzanas crujientes",
            "{detail}",
            "Por un momento, todo estaba en calma",
        ),
        (
            "{hero} se quedó un rato en silencio",
            "{detail}",
            "{friend} se sentó cerca",
            "Descansar les ayudó a pensar",
        ),
    ),
    "doubt": (
        (
            "{hero} se sentó con un gran suspiro|{hero} se sentó y suspiró",
            "«¿Y si es demasiado difícil?», susurró {hero}|«Esto es muy difícil», susurró {hero}",
            "{friend} se sentó a su lado",
            "Durante un rato, nadie dijo nada",
        ),
        (
            "{hero} sintió mucho cansancio|{hero} sintió cansancio y un poco de tristeza",
            "«A lo mejor no podemos», dijo {hero}|«No sé qué hacer», dijo {hero}",
            "{friend} no dijo nada",
            "{gloom}",
        ),
    ),
    "wonder": (
        (
            "{hero} se detuvo para mirarlo todo|{hero} se detuvo a mirar a su alrededor",
            "{detail}",
            "{friend} soltó un gritito de admiración",
            "Nadie tenía ganas de darse prisa|Nadie quería irse todavía",
        ),
        (
            "Mirara donde mirara, {hero} descubría algo nuevo",
            "{detail}",
            "{friend} hacía una pregunta tras otra",
            "Era como estar dentro de un cuento",
        ),
        (
            "Era un lugar extraordinario|Qué lugar tan maravilloso",
            "{detail}",
            "{hero} intentó contar todos los colores",
            "{friend} se rindió al llegar a veinte",
        ),
        ("{hero} miró a su alrededor", "{detail}", "Todo era precioso", "{friend} se rio de alegría"),
        ("Caminaron y caminaron", "{detail}", "{hero} señaló y sonrió", "Había tanto que ver"),
    ),
    "resolution": (
        (
            "Y mira, {ending}",
            "{hero} gritó de alegría|{hero} dio saltos de alegría|{hero} aplaudió con ganas",
            "{hero} y {friends} bailaron en círculo|{hero} y {friends} dieron vueltas y más vueltas",
            "Todos estaban a salvo y felices",
        ),
        (
            "Por fin, {ending}",
            "«¡Hurra!», gritó {hero}|«¡Lo conseguimos!», gritó {hero}|«¡Bien!», exclamó {hero}",
            "{friend} aplaudió y aplaudió|{friend} se rio de alegría",
            "El largo día tuvo un final feliz",
        ),
    ),
    "return": (
        (
            "El día casi había terminado, así que emprendieron la vuelta",
            "{hero} y {friends} volvieron codo con codo",
            "{detail}",
            "Nadie hablaba mucho, pero todo el mundo sonreía",
        ),
        (
            "Poco a poco, fueron volviendo a casa",
            "Por el camino hablaron de todo lo que había pasado",
            "{detail}",
            "La casa nunca les había parecido tan acogedora",
        ),
        (
            "Era hora de volver a casa",
            "{hero} y {friends} volvieron juntos",
            "{detail}",
            "Tenían los pies cansados y el corazón contento",
        ),
    ),
    "celebration": (
        (
            (
                "Esa tarde hubo una pequeña fiesta|"
                "Esa tarde celebraron una pequeña fiesta|"
                "Más tarde hubo una fiestecita para celebrarlo"
            ),
            (
                "{hero} y {friends} trajeron cosas ricas para compartir|"
                "{hero} y {friends} compartieron cosas muy ricas|"
                "{hero} y {friends} trajeron un bizcocho para compartir"
            ),
            "{hero} se rio sin parar|{hero} no paró de reír en toda la tarde",
            "Fue la mejor fiesta en mucho tiempo",
        ),
        (
            "Todos vinieron a dar las gracias|Todo el mundo vino a dar las gracias",
            "A {hero} le subieron los colores|{hero} sonrió con timidez",
            "{party}",
            "El día terminó con canciones y risas",
        ),
    ),
    "thanks": (
        (
            "Todos vinieron a dar las gracias|Todo el mundo vino a dar las gracias",
            "A {hero} le subieron los colores|{hero} sonrió con timidez",
            "{pal} le regaló a {hero} una tarjeta de agradecimiento con un dibujo",
            "Luego cada uno volvió a casa bajo las primeras estrellas",
        ),
        (
            "Cuando terminó la última canción, llegó la hora de volver a casa",
            "{hero} y {friends} ayudaron a recogerlo todo",
            "Todos se dijeron adiós con la mano hasta perderse de vista",
            "Tenían los pies cansados, pero el corazón lleno de alegría",
        ),
    ),
    "ending": (
        (
            (
                "Esa noche, {hero} pensó en el día|"
                "A la hora de dormir, {hero} pensó en el día|"
                "Esa noche, {hero} recordó todo lo que había pasado"
            ),
            "{lesson}",
            "a {friend} ya se le cerraban los ojos",
            "Y {hero} sonrió hasta que llegó el sueño",
        ),
        (
            "Ahora {hero} sabía algo importante|Ahora {hero} entendía algo importante",
            "{lesson}",
            "{hero} y {friends} dieron las buenas noches",
        ),
    ),
}

THEMES = {
    "kindness": (
        (
            "{hero} vio que {friend} estaba triste y le dio un abrazo grande",
            "Ese gesto amable hizo sonreír a {friend}",
            "Ya más contentos, vieron algo",
            "{discovery}",
        ),
    ),
    "sharing": (
        (
            "{hero} tenía la última galleta y la partió en dos para {friend}",
            "Se la comieron juntos sobre un tronco",
            "Con la tripa llena, vieron algo",
            "{discovery}",
        ),
    ),
    "bravery": (
        (
            "{hero} tenía miedo, pero dio un paso valiente",
            "Luego otro, y otro más",
            "Ser valiente no es no tener miedo",
            "Y allí estaba: {discovery}",
        ),
    ),
    "honesty": (
        (
            "{hero} dijo la verdad: «No miré con cuidado, y por eso no lo vimos antes»",
            "A todos les gustó saber la verdad",
            "Ahora podían buscar en el sitio correcto",
            "{discovery}",
        ),
    ),
    "patience": (
        (
            "{hero} decidió esperar y mirar con mucha atención",
            "Esperaron y esperaron",
            "Despacio, algo se movió",
            "{discovery}",
        ),
    ),
    "teamwork": (
        (
            "{hero} dijo: «Esta vez, probemos juntos»",
            "Cada uno hizo una parte del trabajo",
            "Juntos vieron la respuesta",
            "{discovery}",
        ),
    ),
    "perseverance": (
        (
            "{hero} se levantó y dijo: «Lo intentaré una vez más»",
            "Esta vez {hero} miró con cuidado",
            "Intentarlo otra vez era el secreto",
            "{discovery}",
        ),
    ),
    "friendship": (
        (
            "{hero} {hold_friend} y dijo: «Lo haremos como amigos»",
            "Los amigos se ayudan en los momentos difíciles",
            "Juntos miraron una vez más",
            "{discovery}",
        ),
    ),
    "gratitude": (
        (
            "{hero} se paró para dar las gracias a {friends}",
            "Todos sintieron calor por dentro",
            "Y mientras sonreían, {hero} vio algo",
            "{discovery}",
        ),
    ),
    "curiosity": (
        (
            "{hero} hizo una pregunta nueva: dónde no hemos mirado todavía",
            "Preguntando se aprende",
            "Pensaron en la respuesta",
            "{discovery}",
        ),
    ),
    "listening": (
        (
            "{hero} dejó de hablar y escuchó a {friend}",
            "{friend} había visto algo pequeño",
            "Escuchar lo cambió todo",
            "{discovery}",
        ),
    ),
}

THEME_KEYWORDS = {
    "sharing": ("compart", "dar "),
    "kindness": ("amab", "bondad", "cariñ", "ayud"),
    "bravery": ("valient", "valor", "miedo", "coraje"),
    "honesty": ("verdad", "honest", "mentir"),
    "patience": ("pacien", "esperar"),
    "teamwork": ("junt", "equipo"),
    "perseverance": ("rendir", "persever", "intentar"),
    "friendship": ("amig",),
    "gratitude": ("gracias", "agradec"),
    "curiosity": ("aprend", "curios", "pregunt"),
    "listening": ("escuch",),
}

TITLES = {
    "opening": ("Te presento a {hero}", "Una mañana cualquiera"),
    "meet": ("{friend} llega", "Hola, {friend}"),
    "problem": ("Algo va mal", "¡Oh, no!"),
    "wishing": ("Un deseo", "Un pequeño deseo"),
    "setout": ("¡En marcha!", "Empieza la búsqueda"),
    "journey": (
        "Por el camino",
        "Un paso difícil",
        "Adelante",
        "Más allá",
        "Paso a paso",
        "Un poco más lejos",
        "El camino largo",
        "Sin parar",
    ),
    "spotlight": ("{friend} ayuda", "La idea de {friend}", "Gracias a {friend}", "{friend} al rescate"),
    "attempt": (
        "Un primer intento",
        "Casi",
        "Otra idea",
        "Probar otra vez",
        "Una vez más",
        "Seguir intentándolo",
    ),
    "quiet": (
        "Un descanso",
        "Tomar aire",
        "Un momento tranquilo",
        "Más despacio",
        "Un respiro",
        "Tiempo para pensar",
    ),
    "doubt": (
        "Un momento difícil",
        "Un momento de dudas",
        "Cuando todo parecía difícil",
        "Un poco de desánimo",
    ),
    "wonder": (
        "Cuánto que ver",
        "Un lugar precioso",
        "¡Mira eso!",
        "Un lugar para recordar",
        "Con los ojos muy abiertos",
        "Qué vista",
        "Maravillas por todas partes",
        "Una parada para mirar",
    ),
    "turn": ("Un camino nuevo", "El gran cambio"),
    "resolution": ("¡Lo encontramos!", "¡Hurra!"),
    "return": ("El camino a casa",),
    "celebration": ("Una pequeña fiesta", "Gracias, {hero}"),
    "thanks": ("Gracias, {hero}", "La hora de despedirse"),
    "ending": ("Buenas noches", "Lo que aprendió {hero}"),
}


# Thoughts and asides that older readers (ages 9-12) get on top of each page's events.
REFLECTIONS = (
    (
        "{hero} se preguntó si todas las grandes aventuras eran tan inciertas a la mitad|"
        "{hero} pensó que, a mitad de una aventura, nunca se sabe cómo acabará"
    ),
    "En algún lugar les esperaba {goal}, y ese pensamiento le daba fuerzas a {hero}",
    "{friend} vio que {hero} pensaba con mucho cuidado y decidió quedarse cerca",
    (
        "Es curioso cómo una sola tarde puede parecer tan larga como una semana entera|"
        "A veces una sola tarde da para muchísimas cosas"
    ),
    (
        "{hero} recordó algo que decía la abuela sobre la paciencia y los pasos pequeños|"
        "{hero} se acordó de que las cosas grandes se hacen con pasos pequeños"
    ),
    (
        "Cuanto más avanzaban, más entendía {hero} que el camino también importaba|"
        "{hero} empezaba a darse cuenta de que el camino también contaba"
    ),
    (
        "Nadie lo dijo en voz alta, pero todos estaban un poco nerviosos|"
        "Nadie lo decía, pero a todos les temblaban un poco las rodillas"
    ),
    (
        "{hero} repasó en silencio todo lo que ya habían intentado|"
        "{hero} contó con los dedos todo lo que ya habían probado"
    ),
    "Cada ruido nuevo hacía que {friend} mirara alrededor con atención",
    "En momentos así, a {hero} le gustaba imaginar qué harían los exploradores de los cuentos",
    (
        "El problema parecía enorme, pero {hero} intentó pensarlo por partes, paso a paso|"
        "{hero} decidió pensar en el problema poquito a poco"
    ),
    "{friend} tarareaba bajito, y eso casi siempre significaba que se acercaba una idea",
    "{hero} pensó en lo distinta que había sido la mañana y en todo lo que había pasado desde entonces",
    "{friend} estaba siendo muy paciente, y {hero} se lo agradecía",
    "Cada paso los acercaba un poco más, aunque no lo pareciera",
    "{hero} tenía la sensación de que aquel día sería una buena historia para contar",
    "Es curioso: muchas veces lo más difícil de un problema es empezar",
    "{hero} intentó fijarse en cada detalle, por si acaso resultaba importante",
    "Nadie se quejó, aunque todos estaban un poco cansados",
    "{hero} le daba vueltas y más vueltas al problema",
    "No había prisa, decidió {hero}, y con cuidado era mejor que deprisa",
    "{friend} miraba a {hero} de vez en cuando, como para comprobar que todo iba bien",
)

LEXICON = Lexicon(
    language="es",
    and_word="y",
    list_and="y",
    lowercase_starters=frozenset(
        {
            "el",
            "la",
            "los",
            "las",
            "un",
            "una",
            "todos",
            "nadie",
            "alguien",
            "luego",
            "después",
            "pero",
            "cada",
            "allí",
            "ahora",
            "era",
            "fue",
            "juntos",
            "tendrían",
            "tenían",
            "había",
            "poco",
            "por",
            "se",
            "y",
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
        "la cabeza llena de preguntas",
        "una risa que hacía sonreír a todos",
        "los pies rápidos y un gran corazón",
        "los bolsillos llenos de tesoros",
        "muchas ganas de aventuras",
        "una manera muy dulce de cuidar a los animales",
    ),
    default_traits=("amable y alegre", "valiente y paciente", "inteligente y leal", "alegre y muy valiente"),
    kinds={
        "hedgehog": "un erizo pequeño",
        "owl": "un búho sabio",
        "fox": "un zorro listo",
        "robot": "un robot pequeño",
        "dragon": "un dragón simpático",
        "unicorn": "un unicornio tímido",
        "puppy": "un perrito juguetón",
        "kitten": "un gatito curioso",
        "turtle": "una tortuga tranquila",
        "dolphin": "un delfín juguetón",
        "squirrel": "una ardilla rápida",
        "bear": "un oso bueno",
        "rabbit": "un conejo suave",
        "mouse": "un ratoncito",
        "frog": "una rana saltarina",
        "duck": "un pato alegre",
    },
    description="{genre_phrase} para {hero} sobre {goal}.",
    genre_phrases={
        "adventure": "Un cuento de aventuras",
        "fantasy": "Un cuento de fantasía",
        "fairy tale": "Un cuento de hadas",
        "space": "Un cuento del espacio",
        "animals": "Un cuento de animales",
        "bedtime": "Un cuento para dormir",
        "mystery": "Un cuento de misterio",
        "friendship": "Un cuento de amistad",
        "science": "Un cuento de ciencia",
        "ocean": "Un cuento del mar",
    },
    questions=(
        "¿Qué salió mal al principio del cuento y cómo se sintió {hero}?",
        "¿Por qué crees que los primeros intentos no funcionaron?",
        "¿Qué hizo {hero} que más ayudó, y cuándo podrías hacer tú lo mismo?",
    ),
    moral_vocabulary={
        "kindness": ("amable", "que trata bien a los demás"),
        "sharing": ("compartió", "dio una parte de lo suyo"),
        "bravery": ("valiente", "que hace algo aunque tenga miedo"),
        "honesty": ("verdad", "lo que pasó de verdad"),
        "patience": ("esperar", "quedarse tranquilo hasta que algo pase"),
        "teamwork": ("juntos", "unos con otros"),
        "perseverance": ("intentarlo", "hacer lo posible por conseguir algo"),
        "friendship": ("amigos", "personas que se quieren y se ayudan"),
        "gratitude": ("gracias", "lo que decimos cuando alguien nos ayuda"),
        "curiosity": ("pregunta", "algo que preguntas para saber más"),
        "listening": ("escuchó", "prestó atención a lo que alguien decía"),
    },
    setting_place_in="en {setting}",
    article_rules={
        "masculine": "un",
        "feminine": "una",
        "_endings": "a ión dad",
        "_articles": "un una el la los las",
        "_masculine": "día mapa dragón pirata astronauta koala panda",
        "_feminine": "mamá madre mujer",
    },
)
