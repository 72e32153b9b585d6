"""Spanish phrases of early readers' and chapter books' pages (see chapters.py)."""

from __future__ import annotations

from storyloom.providers.text.engine.chapters import Thread

EXCHANGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "calm": (
        (
            "«¿Nunca te preguntas qué nos espera a la vuelta de la esquina?», preguntó {friend}",
            "«Todo el tiempo», dijo {hero}, «y por eso me encanta explorar contigo».",
            "Se sonrieron, porque los dos ya conocían la respuesta",
        ),
        (
            "«Escucha», susurró {friend}, «todo suena distinto cuando estamos en silencio».",
            (
                "«Tienes razón», le respondió {hero} en voz baja, «es como si este lugar nos contara un "
                "secreto»."
            ),
            "Durante un rato nadie dijo nada más, y aquel silencio resultaba cómodo y cálido",
        ),
        (
            "«Si pudieras guardar para siempre un momento de hoy, ¿cuál elegirías?», preguntó {friend}",
            "«Seguramente este», dijo {hero}, «pero vuelve a preguntármelo esta noche».",
            "{friend} se echó a reír y prometió acordarse de la pregunta",
        ),
        (
            "«Me alegro de que estés aquí», dijo {friend} de repente, sin levantar la vista",
            (
                "«Y yo de que estés tú», contestó {hero}, sorprendiéndose de lo mucho que significaban esas "
                "palabras"
            ),
            "A veces las cosas más importantes se dicen con muy pocas palabras",
        ),
        (
            "«¿Deberíamos recordar este lugar para otro día?», preguntó {hero}",
            "«Por supuesto», dijo {friend}, «podríamos volver cuando no tengamos tanta prisa».",
            "{hero} miró despacio a su alrededor, intentando memorizar cada detalle",
        ),
        (
            "«¿Puedo contarte una tontería?», preguntó {friend}",
            "«Las tonterías son mis cosas favoritas», dijo {hero}",
            "{friend} contó una historia tan disparatada que los dos acabaron doblados de la risa",
        ),
        (
            "«¿En qué piensas cuando no puedes dormir?», preguntó {friend}",
            "«Sobre todo en aventuras», reconoció {hero}, «y a veces en el desayuno».",
            "Aquella respuesta hizo reír a {friend} durante muchísimo tiempo",
        ),
        (
            "«¿Te has fijado en lo diferente que se ve todo desde aquí?», preguntó {hero}",
            "«Todo parece más pequeño y más interesante a la vez», dijo {friend}, pensativamente",
            "Discutieron alegremente sobre si aquello era posible o no",
        ),
        (
            "«Cuéntame lo mejor que te ha pasado esta semana», dijo {friend}",
            (
                "«El día de hoy todavía no ha terminado, así que aún lo estoy decidiendo», contestó {hero} "
                "guiñando un ojo"
            ),
            "{friend} puso los ojos en blanco, pero no pudo dejar de sonreír",
        ),
        (
            "«Ojalá todos los días fueran tan interesantes como este», suspiró {friend}",
            "«Entonces tendremos que seguir buscando cosas interesantes», dijo {hero}",
            "A los dos les pareció un plan excelente",
        ),
        (
            "«¿Qué es lo más raro que has visto en tu vida?», preguntó {friend}",
            "«Seguramente mi propia cara nada más despertarme», dijo {hero}",
            "{friend} se rio tanto que le costó muchísimo parar",
        ),
        (
            "«¿Crees que alguien ha estado alguna vez justo aquí?», se preguntó {hero}",
            (
                "«A lo mejor, pero nunca con nosotros», dijo {friend}, «así que sigue contando como un "
                "descubrimiento»."
            ),
            "A los dos les pareció un argumento perfectamente razonable",
        ),
    ),
    "worried": (
        (
            "«¿Y si nunca encontramos {goal}?», preguntó {friend} con un hilo de voz",
            (
                "«Entonces seguiremos buscando hasta conseguirlo», dijo {hero}, intentando sonar más "
                "valiente de lo que en realidad se sentía"
            ),
            "{friend} asintió despacio, aunque nadie parecía del todo convencido",
        ),
        (
            "«A lo mejor todo esto es culpa mía», dijo {friend}, con la mirada clavada en el suelo",
            (
                "«No es culpa de nadie», respondió {hero} con firmeza, «y echarnos la culpa no va a ayudar "
                "a nadie»."
            ),
            "Aquellas palabras sonaban sensatas, y poco a poco {friend} dejó de mirar al suelo",
        ),
        (
            "«No me gusta nada esta sensación», murmuró {friend}",
            (
                "«A mí tampoco», admitió {hero}, «pero las sensaciones cambian, y este día también puede "
                "cambiar»."
            ),
            "Se quedaron muy juntos, hombro con hombro, hasta que pasó lo peor",
        ),
        (
            "«¿Tienes algún plan?», preguntó {friend} con esperanza",
            "«Todavía no», dijo {hero}, «pero estoy pensando en uno, te lo prometo».",
            "{hero} frunció el ceño para concentrarse, y {friend} decidió no interrumpir",
        ),
    ),
    "busy": (
        (
            "«¿Por dónde vamos ahora?», preguntó {friend}, mirando a la izquierda y luego a la derecha",
            "«Pensémoslo bien antes de decidir», dijo {hero}",
            "Así que se detuvieron, consideraron todas las posibilidades y eligieron el camino más sensato",
        ),
        (
            "«Creo que nos estamos acercando», dijo {friend}, dando un saltito lleno de esperanza",
            "«Ojalá tengas razón», respondió {hero}, «porque se me están cansando las piernas».",
            "Los dos se rieron, y la risa les dio energía suficiente para seguir adelante",
        ),
        (
            "«Cuidado aquí», avisó {hero}, «parece más difícil que cuando lo veíamos desde lejos».",
            "«Iré despacio», prometió {friend}, «paso a paso y con mucho cuidado».",
            "Ir despacio resultó ser exactamente la idea correcta",
        ),
        (
            "«¿Te acuerdas de todo lo que ya hemos intentado?», preguntó {hero}",
            (
                "«De cada una de las cosas», suspiró {friend}, contando con los dedos de una mano y luego "
                "de la otra"
            ),
            "Por alguna razón, repasarlo todo en voz alta hizo que el problema pareciera un poco más pequeño",
        ),
        (
            "«¿Qué haría ahora un explorador de verdad?», se preguntó {friend}",
            "«Seguramente comer algo y pensar», dijo {hero} muy en serio",
            "Eso fue exactamente lo que hicieron, y la merienda les ayudó muchísimo",
        ),
        (
            (
                "«Espera, ¿te has fijado en eso?», preguntó {friend}, deteniéndose tan de repente que "
                "{hero} casi tropezó"
            ),
            "«¿En qué?», preguntó {hero}, mirando en todas direcciones",
            "Resultó no ser nada importante, pero desde entonces los dos prestaron mucha más atención",
        ),
        (
            "«Tengo una idea, pero a lo mejor es malísima», reconoció {friend}",
            "«Las ideas malísimas a veces son el principio de las geniales», dijo {hero}",
            "{friend} explicó el plan, y {hero} escuchó con atención cada una de sus partes",
        ),
        (
            "«¿Ya te has cansado?», preguntó {hero}",
            "«Un poquito», dijo {friend}, «pero tengo demasiada curiosidad para parar ahora».",
            "{hero} entendía perfectamente esa sensación",
        ),
        (
            "«¿Cuánto crees que falta?», preguntó {friend}, haciéndose sombra con la mano",
            "«Más de lo que me gustaría, pero menos que esta mañana», respondió {hero}",
            "Era una respuesta tan sensata que a {friend} no se le ocurrió ni una sola queja",
        ),
        (
            "«Deberíamos hacer un buen plan antes de nada», propuso {hero}",
            "«Un plan con tres pasos por lo menos», asintió {friend}, «por si fallan los dos primeros».",
            "Hicieron el plan juntos, discutiendo alegremente sobre el orden de los pasos",
        ),
        (
            "«Pase lo que pase, sigamos juntos», dijo {friend} en voz baja",
            "«Siempre», prometió {hero}, y se dieron la mano con mucha seriedad",
            "De algún modo, aquella promesa hizo que el camino pareciera un poco menos incierto",
        ),
        (
            "«Creo que ahora entiendo mejor el problema», dijo {hero} despacio",
            "«Pues explícamelo, porque yo no entiendo nada», se rio {friend}",
            "Al explicarlo en voz alta, {hero} descubrió un par de cosas que antes se le habían escapado",
        ),
        (
            "«¿Podemos descansar un minuto?», preguntó {friend}, resoplando",
            "«Un minuto, y ni un segundo más», dijo {hero} con una sonrisa",
            "El minuto se convirtió en tres, pero nadie se quejó",
        ),
        (
            "«¿Qué fue lo último que revisamos?», preguntó {friend}, rascándose la barbilla",
            "«Todo menos el único sitio en el que todavía no hemos pensado», dijo {hero}",
            "No era una respuesta muy útil, pero les hizo pensar con más fuerza",
        ),
    ),
    "glad": (
        (
            "«¡Lo hemos conseguido de verdad!», gritó {friend}, dando saltos",
            "«Lo hemos conseguido juntos», dijo {hero}, «y eso es lo mejor de todo».",
            "Sus voces resonaron por todas partes, llenas de alegría y de alivio",
        ),
        (
            "«Sabía que se te ocurriría algo», dijo {friend} con orgullo",
            "«No lo habría logrado sin ti», respondió {hero}, y lo decía de corazón",
            "{friend} parecía tan feliz que a {hero} se le llenó el pecho de calor",
        ),
        (
            "«¿De verdad se ha terminado?», preguntó {friend}, sin atreverse a creerlo",
            "«De verdad», dijo {hero}, «y todo ha salido mejor de lo que esperábamos».",
            "Se quedaron allí un momento, simplemente disfrutando de la sensación",
        ),
        (
            "«¡Es el mejor día de mi vida!», exclamó {friend}",
            "«Eso mismo dijiste ayer», se rio {hero}, «pero esta vez estoy de acuerdo».",
            "Todos los que los oyeron se echaron a reír también",
        ),
    ),
    "night": (
        (
            "«Buenas noches, {hero}», murmuró {friend}, con los ojos medio cerrados",
            "«Buenas noches», susurró {hero}, «y gracias por este día».",
            (
                "Pronto lo único que se oía era la respiración lenta y tranquila de unos amigos que habían "
                "hecho algo maravilloso"
            ),
        ),
        (
            "«¿Mañana será tan emocionante como hoy?», preguntó {friend} con un bostezo",
            "«A lo mejor no», dijo {hero} entre sueños, «pero eso seguramente es una buena noticia».",
            "En algún lugar cercano, alguien ya roncaba muy suavemente",
        ),
    ),
}

FEELINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "calm": (
        (
            "{hero} sentía calma y curiosidad, como al empezar un buen libro",
            "Cualquier cosa podía pasar, y esa idea resultaba emocionante y no daba ningún miedo",
        ),
        (
            "Una sensación cálida y tranquila recorrió a {hero}",
            "Los días como este no llegaban a menudo, y {hero} quería disfrutar de cada minuto",
        ),
        (
            "{hero} sentía que tenía muchísima suerte con aquella compañía",
            "Explorar a solas habría sido interesante, pero explorar en compañía era muchísimo mejor",
        ),
        (
            "Por una vez, {hero} no tenía ninguna prisa",
            "Había tiempo para mirar de cerca, para escuchar y para hacerse preguntas",
        ),
        (
            "{hero} respiró despacio y sintió que todo su cuerpo despertaba",
            "Cada sonido y cada color parecían un poco más vivos que de costumbre",
        ),
        (
            "{hero} sentía una ligereza maravillosa, como si pudiera caminar durante horas",
            "Era imposible estar de mal humor con una compañía tan alegre",
        ),
        (
            "Una alegría tranquila se instaló en el corazón de {hero}",
            "Era esa clase de alegría que no necesita ningún motivo especial",
        ),
        (
            "{hero} sentía paciencia y buen humor, y eso no pasa todos los días",
            "Hasta las cosas pequeñas, como un ruido gracioso o una forma curiosa, merecían una parada",
        ),
        (
            "Una burbuja de emoción subió dentro de {hero}",
            "Algo le decía a {hero} que valdría la pena recordar aquel día",
        ),
        (
            "{hero} se sentía como en casa",
            "Es una sensación preciosa estar justo donde quieres estar y con la compañía perfecta",
        ),
    ),
    "worried": (
        (
            "{hero} notaba un nudo de preocupación en el pecho",
            "Era esa clase de preocupación que hace que los pensamientos den vueltas y más vueltas",
        ),
        (
            "Una sensación fría e incierta se apoderó de {hero}",
            "Por la mañana todo parecía muy sencillo, y ahora nada era sencillo en absoluto",
        ),
        (
            "{hero} tragó saliva e intentó que nadie notara su preocupación",
            "Alguien tenía que mantener la calma, y {hero} decidió encargarse de eso",
        ),
        (
            "La desilusión pesaba sobre {hero} como un abrigo mojado",
            "Aun así, una vocecita tozuda insistía en que la historia no terminaba aquí",
        ),
    ),
    "busy": (
        (
            "{hero} sentía una gran determinación, aunque nadie sabía qué iba a pasar",
            "Cada paso, por pequeño que fuera, los acercaba a lo que buscaban",
        ),
        (
            "Un cosquilleo de emoción nerviosa bailaba en la tripa de {hero}",
            "Daba miedo y emoción a la vez, que es exactamente lo que suelen dar las aventuras",
        ),
        (
            "{hero} se concentró tanto que todo lo demás pareció desaparecer",
            "Ahora solo importaba el problema, y {hero} pensaba resolverlo",
        ),
        (
            "La esperanza y la duda se turnaban en la cabeza de {hero}",
            "Cada vez que la duda empezaba a ganar, {hero} pensaba en el final del camino y seguía adelante",
        ),
        (
            "{hero} sentía cansancio, pero no tanto como para rendirse",
            "Ser testarudo, decía siempre el abuelo, a veces es algo muy útil",
        ),
        (
            "La curiosidad tiraba de {hero} como un hilo invisible",
            "¿Qué los esperaba más adelante, y les ayudaría o les pondría las cosas más difíciles?",
        ),
        (
            "{hero} sentía un poco de nervios, pero sobre todo impaciencia",
            "Esperar sin hacer nada nunca había sido uno de sus talentos",
        ),
        (
            "{hero} se esforzó por pensar como un detective",
            "Los detectives se fijan en las cosas pequeñas que todos los demás pasan por alto",
        ),
        (
            "Una idea nueva empezó a crecer en la cabeza de {hero}, despacio, como una semilla",
            "Todavía no estaba lista, pero {hero} ya notaba que se hacía cada vez más grande",
        ),
        (
            "{hero} sentía más valor que de costumbre, y eso era una sorpresa agradable",
            "A lo mejor el valor es algo que crece justo cuando lo necesitas",
        ),
        (
            "{hero} sintió una chispa de esperanza testaruda",
            "Era pequeña, pero se negaba a apagarse, por difíciles que se pusieran las cosas",
        ),
        (
            "{hero} sentía frustración, pero intentó que no se notara",
            "Enfadarse no iba a resolver nada, y todos lo estaban haciendo lo mejor posible",
        ),
        (
            "De pronto, {hero} sintió una gran responsabilidad",
            "Los demás confiaban en {hero}, y esa era una sensación importante",
        ),
    ),
    "glad": (
        (
            "La felicidad burbujeaba dentro de {hero} como una limonada",
            "Toda la preocupación del día se deshizo en un instante",
        ),
        (
            "{hero} sentía orgullo, pero sobre todo alivio",
            "El problema que había parecido tan enorme por fin estaba resuelto",
        ),
        (
            "{hero} no podía dejar de sonreír",
            "Era una de esas sonrisas que empiezan en los dedos de los pies y terminan en las orejas",
        ),
        (
            "Una ligereza maravillosa llenó a {hero} de la cabeza a los pies",
            "Todo lo que habían intentado, incluso lo que había fallado, los había traído hasta este momento",
        ),
        (
            "A {hero} le entraron ganas de bailar, y al cabo de un rato bailó de verdad",
            "A nadie le importó que fuera el baile más gracioso que se había visto jamás",
        ),
        (
            "En el fondo, a {hero} le asombraba cómo había terminado el día",
            "Por la mañana, {hero} jamás habría imaginado un final como este",
        ),
    ),
    "night": (
        (
            "{hero} sentía el mejor cansancio posible",
            "Era el cansancio que llega después de un largo día haciendo algo importante",
        ),
        (
            "{hero} sentía paz, calor y seguridad",
            "Mañana podía traer lo que quisiera, porque el día de hoy había sido suficiente",
        ),
    ),
}

MOMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "calm": (
        ("El tiempo parecía ir más despacio, como pasa a veces en los mejores días",),
        ("{friends} ya estaban descubriendo cosas interesantes por todas partes",),
        ("Todo a su alrededor parecía tranquilo, como si nada pudiera salir mal",),
        ("Era uno de esos lugares en los que uno quiere quedarse mucho más tiempo del previsto",),
        ("Nadie tenía prisa, y eso hacía que todo pareciera todavía más especial",),
        ("Había tantas cosas interesantes que mirar que era difícil saber por dónde empezar",),
        ("Por una vez no había nada que resolver, nada que buscar y ningún sitio al que llegar",),
        ("Había tanto silencio que se oían sus propios pasos, e incluso sus propios pensamientos",),
        ("Todo el mundo parecía estar de muy buen humor, y el buen humor se contagia",),
        ("Parecía el principio de algo, aunque nadie habría sabido decir de qué",),
        ("Alguien tarareaba una melodía alegre, y al poco rato todos la tarareaban a la vez",),
        ("Las horas pasaban como si fueran minutos, como siempre ocurre cuando uno se divierte",),
    ),
    "worried": (
        (
            "Durante un largo momento nadie se movió, y nadie supo qué decir",
            "Hasta el sonido más pequeño parecía enorme en aquel silencio tan pesado",
        ),
        (
            "La alegría de la mañana había desaparecido tan deprisa como una pompa de jabón",
            "Todos pensaban lo mismo, pero nadie quería decirlo en voz alta",
        ),
        (
            "Incluso {friends} habían dejado de hablar, y eso nunca era buena señal",
            "Alguien suspiró, y otro se quedó mirando el suelo fijamente",
        ),
    ),
    "busy": (
        ("Llevaban mucho tiempo buscando, y todavía les quedaba un largo camino",),
        ("Cada pocos pasos, alguien se paraba para comprobar que seguían todos juntos",),
        ("Las cosas no salían como nadie había esperado, pero nadie estaba dispuesto a rendirse",),
        ("Cuanto más avanzaban, más extraño e interesante se volvía todo",),
        ("En algún lugar estaba la respuesta que necesitaban, si conseguían encontrarla",),
        ("Era un trabajo duro, y nadie fingía lo contrario",),
        ("Los pequeños descubrimientos les daban fuerzas, aunque el grande pareciera lejano",),
        ("Nadie recordaba cuánto tiempo llevaban caminando, pero parecía una eternidad",),
        ("Cada uno se fijaba en cosas distintas, y entre todos se fijaban en casi todo",),
        ("Poco a poco, aquel lugar desconocido empezaba a resultarles un poco más familiar",),
        ("Sus sombras los acompañaban a su lado, fieles, a cada paso del camino",),
        ("Cada pregunta llevaba a otra pregunta, que es como aprenden los exploradores de verdad",),
        ("El plan cambiaba una y otra vez, pero cambiar de plan no es lo mismo que rendirse",),
        ("De vez en cuando a alguien se le ocurría una idea nueva, y todos se paraban a escuchar",),
    ),
    "glad": (
        (
            "Durante un momento todos se quedaron quietos, sin poder creérselo",
            "Luego empezaron los vítores, y duraron muchísimo tiempo",
        ),
        (
            "Enseguida todos hablaban a la vez, contando la historia del día desde el principio",
            "Cada uno lo recordaba de una manera un poco distinta, y eso lo hacía todavía más divertido",
        ),
        (
            "Todo el lugar parecía celebrarlo con ellos",
            "Hasta lo que por la mañana había parecido difícil ahora resultaba amable y conocido",
        ),
    ),
    "night": (
        (
            "Fuera, el mundo se había quedado quieto y en silencio, como si también se preparara para dormir",
            "El largo y emocionante día llegaba por fin a un final tranquilo",
        ),
        (
            "Una a una, las luces se apagaron y las voces se hicieron más suaves",
            "Había sido un día que nadie olvidaría fácilmente",
        ),
    ),
}

THREADS: tuple[Thread, ...] = (
    Thread(
        start=(
            (
                "{pal} tenía una adivinanza que nadie había resuelto jamás: «¿Qué cosa, cuanto más le "
                "quitas, más grande es?»"
            ),
            "{hero} llevaba días intentando adivinar la respuesta, sin ninguna suerte",
        ),
        middle=(
            "«¿Es una sombra?», probó {hero}, pero {pal} solo sonrió misteriosamente y no dijo nada",
            "Incluso en plena búsqueda, {hero} seguía dándole vueltas y más vueltas a la adivinanza",
            (
                "«¿Es una montaña de ropa sucia?», probó {hero}, y {pal} se rio tanto que todos los demás "
                "acabaron riéndose también"
            ),
            "{hero} empezaba a sospechar que la adivinanza de {pal} no tenía respuesta",
            "«Que sepas que no me he olvidado de tu adivinanza», le advirtió {hero} a {pal}",
        ),
        payoff=(
            (
                "De pronto, {hero} se detuvo en medio de todo y gritó: «¡Un agujero! ¡La respuesta es un "
                "agujero!»"
            ),
            (
                "{pal} aplaudió con entusiasmo, porque después de tantos días la adivinanza por fin estaba "
                "resuelta"
            ),
        ),
        epilogue=(
            "«¿Te sabes más adivinanzas?», preguntó {hero} antes de dormirse, y {pal} prometió una nueva "
            "para mañana"
        ),
    ),
    Thread(
        start=(
            (
                "En el bolsillo de {hero} había una pulsera de la amistad, a medio terminar, que era una "
                "sorpresa para {pal}"
            ),
            "{hero} pensaba terminarla en secreto, nudo a nudo, cuando nadie estuviera mirando",
        ),
        middle=(
            (
                "Cada vez que {pal} miraba hacia otro lado, {hero} hacía rápidamente otro nudo en la "
                "pulsera secreta"
            ),
            (
                "Una vez {pal} estuvo a punto de descubrir la pulsera, y {hero} tuvo que fingir que se "
                "rascaba la oreja"
            ),
            "La pulsera iba creciendo, con rayas de todos los colores que {hero} había podido encontrar",
            (
                "{hero} volvió a tocarse el bolsillo, solo para asegurarse de que la pulsera seguía bien "
                "escondida"
            ),
            "Ya solo quedaban unos pocos nudos, y {hero} casi no podía esperar",
        ),
        payoff=(
            "Cuando llegó el momento, {hero} sacó del bolsillo la pulsera terminada y se la regaló a {pal}",
            (
                "«¿La has hecho para mí, todo este tiempo?», preguntó {pal}, y la llevó con orgullo el "
                "resto de la tarde"
            ),
        ),
        epilogue="La pulsera se quedó toda la noche en la muñeca de {pal}, y {hero} se durmió sonriendo",
    ),
    Thread(
        start=(
            "{pal} llevaba semanas intentando aprender a silbar, pero solo le salía un triste soplido",
            "«Algún día silbaré más fuerte que nadie», prometió {pal}, y {hero} prometió ayudar",
        ),
        middle=(
            "{pal} volvió a intentar silbar, y le salió algo parecido a un globo desinflándose",
            (
                "«Redondea más los labios», le aconsejó {hero} haciendo una demostración, y {pal} lo "
                "intentó otra vez con muchas ganas"
            ),
            (
                "De vez en cuando llegaba desde donde estaba {pal} un chillido diminuto que casi parecía un "
                "silbido"
            ),
            "{hero} se dio cuenta de que {pal} practicaba en voz baja cuando creía que nadie escuchaba",
            "Los chillidos sonaban cada vez mejor, y {hero} levantó el pulgar para animar a {pal}",
        ),
        payoff=(
            (
                "Entonces, en medio de tanta alegría, {pal} frunció los labios y silbó una nota clara, "
                "fuerte y perfecta"
            ),
            "Todos aplaudieron, y {hero} nunca había visto a {pal} sonreír con tanto orgullo",
        ),
        epilogue="Desde algún rincón oscuro llegó un último silbido, muy bajito y muy orgulloso",
    ),
    Thread(
        start=(
            "{hero} llevaba siempre un cuaderno pequeño para dibujar un mapa de cada lugar que exploraban",
            "Aquel día la primera página todavía estaba en blanco, y {hero} tenía muchas ganas de llenarla",
        ),
        middle=(
            "{hero} se detuvo para añadir unas cuantas líneas cuidadosas al mapa del cuaderno",
            (
                "{pal} se asomó por encima del hombro de {hero} y propuso dibujar una estrellita en cada "
                "sitio emocionante"
            ),
            "El mapa ya tenía flechas, signos de interrogación y tres estrellitas",
            "{hero} dibujó el camino recorrido hasta entonces, y le sorprendió lo lejos que habían llegado",
            "{pal} añadió un pequeño autorretrato en una esquina del mapa, y {hero} se echó a reír",
        ),
        payoff=(
            (
                "Después, {hero} y {pal} terminaron el mapa juntos y dibujaron una gran estrella dorada "
                "donde habían resuelto el problema"
            ),
            "Era el mejor mapa que {hero} había hecho nunca, y decidieron colgarlo en la pared",
        ),
        epilogue="El mapa esperaba en la pared, con mucho sitio libre para la próxima aventura",
    ),
)
