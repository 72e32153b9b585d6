"""Spanish phrases of early readers' and chapter books' pages (see chapters.py)."""

from __future__ import annotations

from storyloom.providers.text.engine.chapters import Thread

EXCHANGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "curious": (
        (
            "«¿Quién crees que puede ser?», preguntó {friend} con los ojos brillantes",
            (
                "«Alguien amable, eso seguro», dijo {hero}, «y alguien a quien se le da muy bien no "
                "dejarse ver»."
            ),
            "Los dos sonrieron, porque un misterio amable es el mejor misterio que hay",
        ),
        (
            "«¿Crees que mañana volverá a pasar?», se preguntó {friend}",
            "«Eso espero», dijo {hero}, «y esta vez estaremos atentos».",
            "{friend} asintió con tantas ganas que pareció un pequeño baile",
        ),
        (
            "«¿Y si es alguien muy pequeño?», preguntó {friend}",
            "«O alguien muy tímido», dijo {hero}, «entonces tendremos que ser muy delicados».",
            "Se susurraron sus suposiciones, cada una más disparatada que la anterior",
        ),
        (
            "«Me encantan los acertijos», dijo {friend}, casi dando saltitos de emoción",
            "«A mí también», dijo {hero}, «sobre todo los que tienen una respuesta amable».",
            "Así que se pusieron a pensar con todas sus fuerzas",
        ),
        (
            "«¿Apuntamos todo lo que hemos visto?», preguntó {friend}",
            "«Todo», dijo {hero}, «hasta lo que parece demasiado pequeño para importar».",
            "Al poco rato, la lista era sorprendentemente larga",
        ),
        (
            "«Es como recibir una carta sin firma», dijo {friend}",
            "«Pues averiguaremos quién la escribió», dijo {hero}, «y le contestaremos».",
            "A {friend} le encantó el plan",
        ),
    ),
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
        (
            "«¿Volvemos?», preguntó {friend} en voz baja",
            "«Todavía no», dijo {hero}, «pensemos un minuto más».",
            "{friend} asintió y esperó, y aquel minuto se hizo muy largo",
        ),
        (
            "«Esto ya no me convence tanto», susurró {friend}",
            "«Yo tampoco», dijo {hero}, «pero me alegro de que estés aquí».",
            "Eso los hizo sentirse a los dos un poquito mejor",
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
            "«De cada una de las cosas», suspiró {friend}, contándolas una por una",
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
            "«¿Cuánto crees que falta?», preguntó {friend}, entornando los ojos",
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
        (
            "«¿Te puedes creer que lo hemos conseguido?», preguntó {friend} con una sonrisa enorme",
            "«Todavía no», se rio {hero}, «pregúntamelo mañana».",
            "{friend} se rio tanto que todos los demás acabaron riéndose también",
        ),
        (
            "«¿Sabes? Yo tenía un poquito de miedo», confesó {friend}",
            "«Y yo», dijo {hero}, «pero lo hicimos de todas formas».",
            "Decirlo en voz alta, no se sabe cómo, los hizo sentirse todavía más valientes",
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
        (
            "«¿Qué ha sido lo mejor de hoy?», preguntó {friend} entre bostezos",
            "«Todo», bostezó {hero}, «hasta las partes difíciles».",
            "{friend} asintió con sueño, y al poco rato los dos estaban soñando",
        ),
        (
            "«¿Crees que pronto tendremos otra aventura?», susurró {friend}",
            "«Eso espero», murmuró {hero}, «pero después del desayuno».",
            "Se rieron bajito hasta que las risas se convirtieron en bostezos",
        ),
        (
            "«Gracias por no rendirte hoy», dijo {friend} en voz baja",
            "«Gracias por quedarte conmigo», respondió {hero}",
            "Era justo lo que había que decir al final de un día así",
        ),
    ),
}

FEELINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "curious": (
        (
            "Una curiosidad burbujeante le subió a {hero} por dentro",
            "Alguien estaba siendo amable en secreto, y {hero} quería saber quién",
        ),
        (
            "{hero} no veía la hora de averiguar más",
            "Un misterio con una respuesta amable es el mejor de todos",
        ),
        (
            "{hero} sintió un cosquilleo de emoción",
            "Era como la primera página de un libro que nadie había leído todavía",
        ),
        (
            "Las preguntas zumbaban en la cabeza de {hero} como abejas simpáticas",
            "¿Quién, cómo y, sobre todo, por qué?",
        ),
        ("{hero} sonrió con una sonrisa pequeña y secreta", "Fuera quien fuera, no quería asustar a nadie"),
        (
            "{hero} tenía la cabeza despierta y llena de planes",
            "En algún lugar muy cerca, una respuesta esperaba a que la encontraran",
        ),
    ),
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
        (
            "Una vocecita preocupada dentro de {hero} no dejaba de preguntar qué pasaría después",
            "{hero} hizo todo lo posible por no escucharla",
        ),
        (
            "{hero} sentía un nudo en el estómago, apretado e inquieto",
            "Es lo que se siente cuando no sabes cómo va a terminar algo",
        ),
        (
            "De repente, todo le pareció enorme a {hero}",
            "El problema parecía haber crecido mientras nadie miraba",
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
        (
            "{hero} tenía la cabeza despejada y ganas de todo",
            "Cada problema nuevo era solo otro acertijo por resolver",
        ),
        (
            "Una chispita testaruda hacía que {hero} siguiera adelante",
            "Rendirse ahora sería quedarse sin saber cómo acababa la historia",
        ),
        (
            "{hero} sintió un cosquilleo de emoción",
            "En algún lugar muy cerca, la respuesta esperaba a que alguien la encontrara",
        ),
        (
            "A {hero} le faltaba un poco el aliento, pero se sentía feliz",
            "Estar ocupado en algo importante es un cansancio de los buenos",
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
        (
            "{hero} sentía el corazón ligero como un globo",
            "Todas las preocupaciones del día se habían ido volando",
        ),
        (
            "Un calorcito enorme y agradable recorrió a {hero}",
            "Todo el esfuerzo había merecido la pena",
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
        (
            "{hero} sentía una calma muy agradable",
            "El día había sido largo, pero había terminado justo como debía",
        ),
        (
            "Una felicidad llena de sueño envolvió a {hero} como un abrazo",
            "Ya no quedaba nada de lo que preocuparse",
        ),
        (
            "{hero} sentía orgullo y muchísimo sueño",
            "Ser valiente y listo todo el día cansa muchísimo",
        ),
        (
            "A {hero} se le cerraban los ojos solos",
            "Había sido un día enorme de verdad",
        ),
    ),
}

MOMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "curious": (
        ("Todos se acercaron para mirar mejor", "Nadie quería perderse ni el detalle más pequeño"),
        (
            "Durante un momento nadie habló, pero todos sonreían",
            "Por lo visto, un secreto podía ser algo precioso",
        ),
        ("El día parecía de pronto lleno de posibilidades", "Cualquier cosa podía pasar a continuación"),
        (
            "Todos empezaron a adivinar a la vez",
            "Algunas ideas eran listas y otras, maravillosamente disparatadas",
        ),
        ("Miraron a su alrededor con ojos atentos y curiosos", "Cualquier rincón podía esconder una pista"),
    ),
    "calm": (
        ("El tiempo parecía ir más despacio, como pasa a veces en los mejores días",),
        ("Con {friends}, cada rincón guardaba ya algo interesante por descubrir",),
        ("Todo a su alrededor parecía tranquilo, como si nada pudiera salir mal",),
        ("Era uno de esos lugares en los que uno quiere quedarse mucho más tiempo del previsto",),
        (
            (
                "Nadie tenía prisa, y eso hacía que todo pareciera todavía más especial|"
                "Sin prisas, todo parecía todavía más bonito"
            ),
        ),
        (
            (
                "Había tantas cosas interesantes que mirar que era difícil saber por dónde empezar|"
                "Había tanto que mirar que no sabían por dónde empezar"
            ),
        ),
        ("Por una vez no había nada que resolver, nada que buscar y ningún sitio al que llegar",),
        (
            (
                "Había tanto silencio que se oían sus propios pasos, e incluso sus propios pensamientos|"
                "Todo estaba tan en calma que hasta se oía el propio respirar"
            ),
        ),
        (
            (
                "Todo el mundo parecía estar de muy buen humor, y el buen humor se contagia|"
                "Todos estaban de buen humor, y eso se notaba en cada paso"
            ),
        ),
        ("Parecía el principio de algo, aunque nadie habría sabido decir de qué",),
        ("Alguien tarareaba una melodía alegre, y al poco rato todos la tarareaban a la vez",),
        (
            (
                "Las horas pasaban como si fueran minutos, como siempre ocurre cuando uno se divierte|"
                "El tiempo volaba, como siempre que uno lo pasa bien"
            ),
        ),
        (
            "Durante un ratito, nadie dijo nada",
            "Era un silencio amable, de esos que no necesitan palabras",
        ),
        (
            "Se tomaron su tiempo para mirarlo todo bien",
            "Había mucho más que ver cuando nadie tenía prisa",
        ),
        (
            "Todo parecía tranquilo y sin prisas",
            "Hasta el problema podía esperar unos minutos",
        ),
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
            "Ni siquiera se oía a {friends}, y eso nunca era buena señal",
            "Alguien suspiró, y otro se quedó mirando el suelo fijamente",
        ),
        (
            "De pronto, el camino que quedaba parecía mucho más largo que antes",
            "Cada paso pesaba un poco más que el anterior",
        ),
        (
            "Muy cerca algo crujió, y todos dieron un respingo",
            "No era nada, pero nadie se rio",
        ),
        (
            "Los planes alegres de la mañana parecían ya muy lejanos",
            "Nadie recordaba bien por qué todo les había parecido tan fácil",
        ),
        (
            "Durante un rato solo se oyó su propia respiración lenta",
            "Nadie quería ser el primero en decir lo que todos estaban pensando",
        ),
    ),
    "busy": (
        (
            (
                "Llevaban mucho tiempo buscando, y todavía les quedaba un largo camino|"
                "Habían buscado mucho, y aún quedaba camino por delante"
            ),
        ),
        (
            (
                "Cada pocos pasos, alguien se paraba para comprobar que seguían todos juntos|"
                "De vez en cuando, alguien miraba atrás para ver si seguían todos"
            ),
        ),
        ("Las cosas no salían como nadie había esperado, pero nadie estaba dispuesto a rendirse",),
        (
            (
                "Cuanto más avanzaban, más extraño e interesante se volvía todo|"
                "A cada paso, todo se volvía más curioso"
            ),
        ),
        ("En algún lugar estaba la respuesta que necesitaban, si conseguían encontrarla",),
        ("Era un trabajo duro, y nadie fingía lo contrario|No era nada fácil, y todos lo sabían",),
        (
            (
                "Los pequeños descubrimientos les daban fuerzas, aunque el grande pareciera lejano|"
                "Cada pequeño hallazgo les daba ánimos para seguir"
            ),
        ),
        (
            (
                "Nadie recordaba cuánto tiempo llevaban caminando, pero parecía una eternidad|"
                "Ya habían perdido la cuenta de cuánto llevaban andando"
            ),
        ),
        (
            (
                "Cada uno se fijaba en cosas distintas, y entre todos se fijaban en casi todo|"
                "Entre todos, no se les escapaba casi nada"
            ),
        ),
        (
            (
                "Poco a poco, aquel lugar desconocido empezaba a resultarles un poco más familiar|"
                "Poco a poco, aquel sitio nuevo ya no parecía tan extraño"
            ),
        ),
        ("Sus sombras los acompañaban a su lado, fieles, a cada paso del camino",),
        ("Cada pregunta llevaba a otra pregunta, que es como aprenden los exploradores de verdad",),
        ("El plan cambiaba una y otra vez, pero cambiar de plan no es lo mismo que rendirse",),
        ("De vez en cuando a alguien se le ocurría una idea nueva, y todos se paraban a escuchar",),
        (
            "Cada uno tenía una tarea, y cada uno la hizo",
            "No hizo falta pedir nada dos veces",
        ),
        (
            "Por el camino hablaban en susurros rápidos y emocionados",
            "Cualquier idea merecía probarse al menos una vez",
        ),
        (
            "Paso a paso, no se detenían",
            "A veces despacio, a veces deprisa, pero siempre hacia delante",
        ),
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
        (
            "Alguien empezó a reírse, y enseguida se reían todos",
            "Era esa risa que sale sobre todo del alivio",
        ),
        (
            "Todos querían oír la historia otra vez, desde el principio",
            "Cada vez que la contaban, la historia crecía un poquito",
        ),
        (
            "Los abrazos pasaban de uno a otro como si fueran regalos",
            "Nadie se quedó sin el suyo, ni siquiera el más pequeño",
        ),
        (
            "Era como si el día entero hubiera contenido la respiración y por fin pudiera soltarla",
            "Todo volvía a ser ligero y fácil",
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
        (
            "Todo se fue quedando en silencio, un ruidito tras otro",
            "Pronto solo quedó la calma suave de la noche",
        ),
        (
            "Los ojos pesaban y los bostezos eran cada vez más largos",
            "Nadie iba a aguantar despierto mucho más",
        ),
        (
            "La aventura del día había terminado, pero nadie la iba a olvidar",
            "Los esperaría en sus sueños, lista para ser recordada",
        ),
        (
            "Todos se acurrucaron, calentitos y a salvo",
            "El día tan ajetreado los había dejado agotados de la mejor manera posible",
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
    Thread(
        start=(
            "{pal} había apostado a que {hero} no podría aguantarse la risa un día entero",
            "{hero} había aceptado enseguida y había puesto la cara más seria del mundo",
        ),
        middle=(
            (
                "Cuando nadie miraba, {pal} ponía una mueca graciosa, y {hero} tenía que morderse el "
                "labio con fuerza"
            ),
            "La cara seria de {hero} tembló un momento, pero aguantó",
            "{pal} le susurró un chiste sobre un fantasma con hipo, y {hero} fingió que tosía",
            "Dos veces estuvo {hero} a punto de reírse, y dos veces convirtió la risa en un estornudo",
            "A {pal} se le acababan los trucos, pero no las esperanzas",
        ),
        payoff=(
            (
                "En medio de los vítores, {pal} hizo un bailecito de lo más tonto, y {hero} por fin "
                "soltó una carcajada"
            ),
            "«Has ganado», dijo {hero} entre risas, y {pal} hizo una reverencia larguísima y muy solemne",
        ),
        epilogue="Incluso a punto de dormirse, {hero} seguía riéndose al recordar aquel bailecito",
    ),
    Thread(
        start=(
            "{pal} había decidido contar todas las risas del día",
            "A {hero} le pareció una idea estupenda y prometió ayudar a llevar la cuenta",
        ),
        middle=(
            "«Ya van tres risas», anunció {pal} con orgullo",
            "{hero} perdió la cuenta un momento, pero {pal}, por supuesto, no",
            "Incluso en el momento más difícil, {pal} contó una risita pequeña y valiente",
            "«¿Seguimos contando?», preguntó {hero}, y {pal} dijo que el número ya era enorme",
            "De vez en cuando {pal} susurraba el número nuevo, para que nadie lo olvidara",
        ),
        payoff=(
            "Cuando todo el mundo lo celebró al final, {pal} dejó de contar, porque había demasiadas risas",
            "«Demasiadas para contarlas», declaró {pal}, «y ese es el mejor número de todos».",
        ),
        epilogue="La última risa del día fue la de {hero}, pequeñita y soñolienta, y {pal} también la contó",
    ),
)

# Lo que dice una página mientras el problema sigue en marcha, por forma de problema (ver chapters.py).
SHAPE_EXCHANGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "lost": (
        (
            "«Pensemos como la cosa que buscamos», propuso {friend}",
            "«¿Dónde me escondería yo, si estuviera en su lugar?», se preguntó {hero} en voz alta",
            "Nadie sabía la respuesta, pero era una pregunta divertida",
        ),
        (
            "«¡Creo que veo algo allí!», gritó {friend}",
            "«Vamos a mirar, pero a lo mejor es solo una sombra», dijo {hero}, acercándose a toda prisa",
            "No era lo que buscaban, solo algo que se le parecía un poco de lejos",
        ),
        (
            "«Ya hemos buscado en todas partes dos veces», suspiró {friend}",
            "«Pues a la tercera va la vencida», dijo {hero}",
            "{friend} no tenía claro que la suerte funcionara así, pero quiso intentarlo",
        ),
        (
            "«¿Recuerdas exactamente cómo es?», preguntó {hero}",
            "«Con todo detalle», dijo {friend}, y volvió a contar cómo era de principio a fin",
            "Después de oírlo, todo el mundo miró con un poco más de atención",
        ),
        (
            "«¿Dónde estuvimos esta mañana antes de darnos cuenta?», preguntó {friend}",
            "«Primero en casa, y luego por aquí», dijo {hero}, contando con los dedos",
            "Así que repasaron toda la mañana, hora por hora",
        ),
        (
            "«Las cosas nunca se pierden de verdad, solo están en otra parte», dijo {friend} con aire sabio",
            "«Pues vamos a averiguar dónde está esa otra parte», rio {hero}",
            "Se convirtió en una especie de juego, y el juego hacía más fácil la búsqueda",
        ),
        (
            "«¿Nos separamos?», preguntó {friend}",
            "«No», dijo {hero}, «buscaremos codo con codo o no buscaremos».",
            "{friend} soltó un suspiro de alivio y no se apartó de {hero} ni un momento",
        ),
        (
            "«¿Y si alguien más pasó por aquí antes?», se preguntó {friend}",
            "«Entonces preguntaremos a todo el que nos encontremos», decidió {hero}",
            "A partir de ahí, nadie se quedó sin una o dos preguntas muy educadas",
        ),
        (
            "«Siempre busco en los mismos sitios», se quejó {friend}",
            "«Yo también, así que busquemos donde nunca se nos ocurriría buscar», dijo {hero}",
            "Sonaba un poco tonto, pero era la idea más útil que habían tenido hasta entonces",
        ),
    ),
    "broken": (
        (
            "«Ojalá tuviéramos las herramientas adecuadas», dijo {friend}",
            "«Tenemos las manos y la cabeza», dijo {hero}, «y eso también son herramientas».",
            "{friend} se rio, pero tuvo que admitir que era verdad",
        ),
        (
            "«Esta pieza no encaja en ningún sitio», dijo {friend}, enseñándola",
            "«Quizá va al revés», sugirió {hero}",
            "Iba al revés, y por un momento aquello les pareció una genialidad",
        ),
        (
            "«¿Crees que se notará que estaba roto?», preguntó {friend}",
            "«Un poco, quizá, pero volverá a funcionar», dijo {hero}, «y eso es lo que importa».",
            "Aquella respuesta tenía algo que tranquilizaba",
        ),
        (
            "«¿Puedo hacer yo la siguiente parte?», preguntó {friend}",
            "«Claro, nos turnamos», dijo {hero}, dando un paso atrás",
            "Turnarse hacía el trabajo más lento, pero mucho más divertido",
        ),
        (
            "«¿Crees que de verdad tiene arreglo?», preguntó {friend}",
            "«Casi todo tiene arreglo si uno tiene paciencia», dijo {hero}",
            "{friend} asintió y prometió tomárselo con mucha calma",
        ),
        (
            "«¿Por dónde empezamos?», preguntó {friend}",
            "«Por lo que se rompió primero», dijo {hero}, «y luego por lo siguiente».",
            "Ir por orden hacía que la tarea pareciera mucho menos temible",
        ),
        (
            "«Sujeta esto bien firme, por favor», dijo {hero}",
            "«¿Así?», preguntó {friend}, sin moverse ni un pelo",
            "Así era exactamente, y la siguiente pieza encajó en su sitio sin problemas",
        ),
        (
            "«Uy, creo que he empeorado un poco las cosas», confesó {friend}",
            "«Pues deshacemos el último paso y volvemos a probar», dijo {hero} con calma",
            "Deshacer llevó un rato, pero el segundo intento salió mucho mejor",
        ),
        (
            "«¿Cómo se rompió, para empezar?», se preguntó {friend}",
            "«Si lo averiguamos, podremos evitar que vuelva a pasar», dijo {hero}",
            "Así que examinaron de cerca cada grieta y cada pieza suelta",
        ),
    ),
    "need": (
        (
            "«¿Y si no quiere nuestra ayuda?», preguntó {friend}",
            "«Entonces esperaremos cerca hasta que la quiera», dijo {hero}",
            "Esperar con paciencia resultó ser otra manera de ayudar",
        ),
        (
            "«A lo mejor tiene hambre», susurró {friend}",
            "«O sueño, o solo mucha soledad», susurró {hero}",
            "Decidieron ayudar con las tres cosas, por si acaso",
        ),
        (
            "«Deberíamos decirle nuestros nombres», dijo {friend}",
            "«Buena idea», dijo {hero}, «las amistades siempre empiezan por los nombres».",
            "Así que se presentaron, muy bajito y con mucha educación",
        ),
        (
            "«Menos mal que vinimos por aquí», dijo {friend}",
            "«Sí, si no, nadie se habría dado cuenta», dijo {hero}",
            "Era raro pensar que podían haber pasado de largo sin ver nada",
        ),
        (
            "«¿Crees que le damos miedo?», susurró {friend}",
            "«Puede que un poco, así que movámonos despacio y hablemos bajito», dijo {hero}",
            "Se acercaron con el mayor cuidado posible, sin un solo gesto brusco",
        ),
        (
            "«¿Qué crees que le hace más falta?», preguntó {friend}",
            "«Un poco de atención», dijo {hero}, «y con eso ya hemos empezado».",
            "Daba gusto saber que el primer paso ya estaba dado",
        ),
        (
            "«¿Vamos a buscar a un adulto?», preguntó {friend}",
            "«Veamos primero qué podemos hacer, y pediremos ayuda si hace falta», dijo {hero}",
            "A todo el mundo le pareció sensato",
        ),
        (
            "«¿Cómo te sentirías tú, sin nadie a tu lado?», preguntó {hero}",
            "«Muy triste y con mucho miedo», dijo {friend} en voz baja",
            "Después de eso, nadie necesitó que le recordaran que había que ser amable",
        ),
        (
            "«Creo que ya no tiene tanto miedo», dijo {friend}",
            "«Entonces no podemos fallarle», respondió {hero}",
            "Se lo tomaron muy en serio, como hacen los buenos ayudantes",
        ),
    ),
    "fear": (
        (
            "«¿Y si dentro da todavía más miedo?», preguntó {friend}",
            "«¿Y si no da nada de miedo?», respondió {hero}",
            "Era una posibilidad en la que nadie había pensado",
        ),
        (
            "«¿Te quedas cerca de mí?», preguntó {friend}",
            "«Tan cerca como una sombra», prometió {hero}",
            "Y se quedaron cerca de verdad, de principio a fin",
        ),
        (
            "«¿Crees que la gente valiente también tiene miedo?», preguntó {friend}",
            "«Todo el rato, creo, y por eso necesita valor», dijo {hero}",
            "{friend} nunca lo había visto de esa manera",
        ),
        (
            "«Oigo cómo me chocan las rodillas», bromeó {friend}",
            "«Es tu valor, que está calentando», le contestó {hero} en broma",
            "Bromear no hacía desaparecer el miedo, pero lo hacía más pequeño",
        ),
        (
            "«¿Tienes miedo?», preguntó {friend}",
            "«Sí», reconoció {hero}, «pero tener miedo no quiere decir pararse».",
            "{friend} se quedó pensando en eso un buen rato",
        ),
        (
            "«¿Qué es lo peor que podría pasar?», preguntó {hero}",
            (
                "«Que algo salga de repente y nos dé un susto», dijo {friend}, "
                "y se les escapó una risita nerviosa"
            ),
            "Dicho en voz alta, sonaba mucho menos terrible",
        ),
        (
            "«Contamos hasta tres y vamos», propuso {friend}",
            "«Uno, dos, dos y medio», contó {hero}, y se echaron a reír",
            "La risa ayudó mucho más que la cuenta",
        ),
        (
            "«El corazón me late muy deprisa», susurró {friend}",
            "«El mío también», susurró {hero}, «vamos a juego».",
            "Por alguna razón, era más fácil tener miedo en compañía que a solas",
        ),
        (
            "«Siempre podríamos dar media vuelta», dijo {friend}",
            "«Podríamos», admitió {hero}, «pero entonces nunca sabríamos qué hay allí de verdad».",
            "No saber, decidieron, era peor que descubrirlo",
        ),
    ),
    "wish": (
        (
            "«¿Crees que un deseo puede ser demasiado grande?», preguntó {friend}",
            "«Solo si nadie lo intenta», dijo {hero}",
            "Después de eso, el deseo ya no parecía tan enorme",
        ),
        (
            "«¿Qué es lo más importante del plan?», preguntó {hero}",
            "«La sorpresa del final», dijo {friend} sin dudarlo",
            "Todo el mundo estuvo de acuerdo en que la sorpresa era lo mejor",
        ),
        (
            "«Chis, tiene que ser un secreto hasta que esté listo», susurró {friend}",
            "«Seré una tumba», susurró {hero}",
            "Guardar un secreto alegre es más difícil de lo que parece",
        ),
        (
            "«No dejo de imaginarme la cara que pondrá todo el mundo», dijo {friend}",
            "«Yo tampoco, y eso me da fuerzas», dijo {hero}",
            "Solo de pensarlo, trabajaban un poco más deprisa",
        ),
        (
            "«¿Crees que los deseos se cumplen de verdad?», preguntó {friend}",
            "«Algunos sí, si alguien echa una mano», dijo {hero}",
            "Y echar una mano era justo lo que habían decidido hacer",
        ),
        (
            "«¿Y si nos sale mal?», se preocupó {friend}",
            "«Entonces habremos cumplido un deseo casi del todo, que es mejor que nada», dijo {hero}",
            "{friend} tuvo que admitir que era verdad",
        ),
        (
            "«¿Cuánto tiempo llevará esperando este deseo?», se preguntó {friend}",
            "«Demasiado», dijo {hero}, «así que más vale darse prisa».",
            "No hizo falta decirlo dos veces",
        ),
        (
            "«¿Y tú qué desearías, si pudieras?», preguntó {hero}",
            "«Hoy desearía que este deseo se cumpliera», dijo {friend}",
            "Era la respuesta más bonita que {hero} había oído nunca",
        ),
        (
            "«¿Tenemos todo lo que hace falta?», preguntó {friend}",
            "«Casi todo», dijo {hero}, «y lo que falte nos lo inventaremos».",
            "Por suerte, inventar era una de las cosas que mejor se les daban",
        ),
    ),
    "lost:glad": (
        (
            "«No me puedo creer que estuviera ahí todo el tiempo», dijo {friend}",
            "«Las cosas siempre están ahí, una vez que las encuentras», rio {hero}",
            (
                "Todo el mundo estuvo de acuerdo en que era lo más tonto y lo más cierto que se había "
                "dicho en todo el día"
            ),
        ),
        (
            "«Prométeme que a partir de ahora tendremos más cuidado», dijo {friend}",
            "«Prometido, no le quitaré el ojo de encima», dijo {hero}",
            "{friend} asintió con una sonrisa de alivio",
        ),
        (
            "«Nos hemos ganado un descanso, ¿no?», preguntó {friend}",
            "«Un descanso largo, y con merienda», asintió {hero}",
            "Buscar da mucha hambre, eso lo sabe todo el mundo",
        ),
    ),
    "broken:glad": (
        (
            "«¡Funciona!», gritó {friend}, «¡funciona de verdad!».",
            "«Funciona incluso mejor que antes», dijo {hero}, mirando muy de cerca",
            "Quizá eso es lo que les pasa a las cosas que se arreglan con cariño",
        ),
        (
            "«Deberíamos hacer una fiesta del arreglo», propuso {friend}",
            "«Buena idea, pero antes recogemos las piezas», dijo {hero}",
            "Recoger llevó solo un minuto, porque todo el mundo ayudó",
        ),
        (
            "«¿Y si abrimos un taller de arreglos?», preguntó {friend}",
            "«Con cartel y todo», dijo {hero} con una sonrisa",
            "La idea les hizo sonreír todavía más",
        ),
    ),
    "need:glad": (
        (
            "«Mira qué bien está todo ahora», susurró {friend}",
            "«Es el mejor gracias que existe», susurró {hero}",
            "Se quedaron mirando un buen rato, con una sonrisa de oreja a oreja",
        ),
        (
            "«¿Crees que volveremos a vernos?», preguntó {friend}",
            "«Seguro que sí, los amigos siempre se reencuentran», dijo {hero}",
            "De algún modo, parecía muy probable",
        ),
        (
            "«Ayudar ha sido mucho mejor de lo que pensaba», dijo {friend}",
            "«Siempre lo es», dijo {hero}, «ese es el secreto».",
            "{friend} decidió recordar aquel secreto para siempre",
        ),
    ),
    "fear:glad": (
        (
            "«¡Al final no daba tanto miedo!», rio {friend}",
            "«Solo un poquito, al principio del todo», reconoció {hero}",
            "Se rieron del miedo que habían pasado",
        ),
        (
            "«Siento que ahora podría hacer cualquier cosa», dijo {friend}",
            "«Yo también, pero a lo mejor no todo a la vez», dijo {hero}",
            "Aun así, era una sensación maravillosa",
        ),
        (
            "«La próxima vez voy yo delante», anunció {friend}",
            "«Entonces yo iré justo detrás», prometió {hero}",
            "Curiosamente, la próxima vez ya no daba ningún miedo",
        ),
    ),
    "wish:glad": (
        (
            "«¡Se ha cumplido de verdad!», exclamó {friend}",
            "«Porque le hemos echado una mano», dijo {hero} con una gran sonrisa",
            "Era difícil saber quién estaba más feliz",
        ),
        (
            "«¿Crees que algún día podríamos cumplir otro deseo?», preguntó {friend}",
            "«Quizá muchos», dijo {hero}, «de uno en uno».",
            "La idea hizo el día todavía más bonito",
        ),
        (
            "«Nunca olvidaré esto», dijo {friend} en voz baja",
            "«Yo tampoco», dijo {hero}",
            "Hay días así, días que sabes enseguida que vas a recordar",
        ),
    ),
}

SHAPE_FEELINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "lost": (
        (
            "{hero} tenía la sensación de estar resolviendo un caso muy importante",
            "Cada pista contaba, incluso las que no llevaban a ninguna parte",
        ),
        ("La impaciencia se apoderó de {hero}", "Buscar es lento, y {hero} quería una respuesta ya"),
        (
            "{hero} pensaba en lo triste que es perder algo",
            "Perder algo que quieres es de los peores sentimientos que hay",
        ),
        (
            "{hero} empezaba a tener buen ojo para buscar",
            "Los ojos aprenden a fijarse en las cosas cuando se entrenan lo suficiente",
        ),
        ("A {hero} le rondaba una pregunta que no se iba", "Ninguna cosa desaparece así como así"),
        (
            "{hero} no dejaba de imaginar el sitio exacto donde todo debería estar",
            "Imaginarlo no servía para recuperar nada, pero sí traía ideas nuevas",
        ),
        (
            "{hero} se negaba a creer que algo pudiera esfumarse para siempre",
            "Todo está en alguna parte, y esa parte se puede encontrar",
        ),
        (
            "Una idea pequeña y llena de esperanza hacía que {hero} siguiera buscando",
            "El siguiente sitio podía ser el bueno",
        ),
    ),
    "broken": (
        (
            "{hero} sentía un pequeño orgullo con cada pieza que aguantaba",
            "Los pequeños éxitos se van sumando, uno tras otro",
        ),
        (
            "{hero} deseaba que arreglar fuera tan rápido como romper",
            "Romper lleva un segundo, y arreglar puede llevar todo el día",
        ),
        (
            "{hero} tenía la sensación de trabajar en un auténtico taller de inventos",
            "Los inventores también se equivocan, y luego lo vuelven a intentar",
        ),
        (
            "A {hero} le dolían un poco los dedos, pero no le importaba",
            "Era el buen cansancio, el que llega cuando construyes algo",
        ),
        (
            "{hero} sentía la satisfacción tranquila de arreglar las cosas",
            "Cada pieza que encajaba facilitaba la siguiente",
        ),
        (
            "A {hero} le daba miedo empeorar las cosas",
            "Más valían unas manos con cuidado que unas manos con prisa",
        ),
        (
            "{hero} tenía buenas ideas, pero unos dedos un poco torpes",
            "Arreglar algo, por lo visto, exigía pensar y probar a partes iguales",
        ),
        ("Una paciencia testaruda se instaló en {hero}", "Las cosas rotas no se arreglan con prisas"),
    ),
    "need": (
        (
            "Una gran dulzura llenó a {hero} de la cabeza a los pies",
            "Ser dulce, al final, es una forma de ser fuerte",
        ),
        (
            "A {hero} se le pasó por la cabeza una idea inquietante",
            "Quién sabe qué habría pasado si nadie hubiera venido",
        ),
        ("{hero} se alegraba de ser útil", "No hay nada mejor que saber que estás cambiando las cosas"),
        (
            "A {hero} se le hizo un nudo en la garganta",
            "A veces la bondad da un poco de ganas de llorar, pero de las buenas",
        ),
        ("{hero} sintió una oleada de ternura", "Nadie debería quedarse a solas con un problema"),
        (
            "{hero} se sentía responsable, y eso era bueno",
            "Alguien necesitaba ayuda, y eso importaba más que nada",
        ),
        (
            "A {hero} le habría gustado poder explicar que venían como amigos",
            "Tendría que explicarlo la amabilidad",
        ),
        (
            "{hero} tenía la sensación de haber crecido de golpe",
            "Eso es lo que pasa cuando cuidas de alguien más pequeño",
        ),
    ),
    "fear": (
        ("{hero} notó un escalofrío que le bajaba por la espalda", "No era agradable, pero no duró mucho"),
        (
            "{hero} cantaba por dentro una cancioncita valiente",
            "Las canciones son muy buenas para acallar los miedos",
        ),
        (
            "Por un momento, {hero} se sintió muy poca cosa",
            "Luego recordó que también se puede ser pequeño y muy valiente",
        ),
        (
            "{hero} quería salir corriendo y quedarse a la vez",
            "Ganó quedarse, y eso llenó de orgullo a {hero}",
        ),
        (
            "A {hero} le temblaban las rodillas, pero siguió adelante",
            "Ser valiente no significa que dejen de temblar las rodillas",
        ),
        ("{hero} tenía miedo y curiosidad a la vez", "La curiosidad iba ganando, aunque por muy poco"),
        (
            "{hero} respiró hondo y aguantó el aire un momento",
            "Luego lo soltó despacio, y el miedo se encogió un poco",
        ),
        (
            "{hero} notó que el miedo se hacía más pequeño",
            "Los miedos crecen cuando huyes de ellos y encogen cuando los miras de frente",
        ),
    ),
    "wish": (
        (
            "{hero} rebosaba planes e ideas",
            "Había cien maneras de cumplir un deseo, y {hero} quería probarlas todas",
        ),
        (
            "{hero} estaba algo impaciente",
            "Los deseos llevan su tiempo, y {hero} quería que este se cumpliera hoy mismo",
        ),
        (
            "{hero} tenía la suerte de formar parte de algo muy especial",
            "No todo el mundo puede ayudar a que se cumpla un deseo",
        ),
        (
            "A {hero} se le calentaba el corazón solo de pensarlo",
            "Cumplir el deseo de otro era casi mejor que ver cumplido el propio",
        ),
        (
            "Un cosquilleo secreto de emoción recorrió a {hero}",
            "Cumplir un deseo es una especie de magia de todos los días",
        ),
        (
            "{hero} casi podía ver lo felices que iban a ser todos",
            "Esa imagen le daba fuerzas cada vez que las cosas se ponían difíciles",
        ),
        ("{hero} se sentía un poco como un hada madrina", "Era una sensación sorprendentemente agradable"),
        (
            "{hero} esperaba con todas sus fuerzas que el deseo se cumpliera",
            "Pero esperar no bastaba, así que {hero} siguió trabajando",
        ),
    ),
    "lost:glad": (
        (
            "{hero} no soltaba el hallazgo por nada del mundo",
            "Después de tanto buscar, soltarlo no parecía buena idea",
        ),
        (
            "El alivio inundó a {hero} como agua tibia",
            "Las cosas perdidas que vuelven parecen todavía más valiosas que antes",
        ),
        (
            "{hero} habría abrazado al mundo entero",
            "Claro que había sido cosa de todo el equipo, y {hero} lo sabía",
        ),
        ("{hero} se echó a reír de puro alivio", "La larga búsqueda había terminado por fin"),
    ),
    "broken:glad": (
        ("{hero} pasó la mano con cuidado por la parte arreglada", "Ya casi no se notaba nada"),
        (
            "{hero} sentía el orgullo del trabajo bien hecho",
            "Arreglar algo con tus propias manos da una felicidad muy especial",
        ),
        ("{hero} soltó un largo suspiro", "Todo aquel trabajo cuidadoso había merecido la pena"),
        (
            "Una cálida satisfacción llenó a {hero}",
            "Lo que estaba roto volvía a estar entero, y eso parecía magia",
        ),
    ),
    "need:glad": (
        ("{hero} tenía el corazón lleno hasta arriba", "Hacer feliz a otro da una felicidad muy especial"),
        (
            "{hero} sentía un calorcito hasta la punta de los pies",
            "La bondad siempre encuentra el camino de vuelta",
        ),
        (
            "{hero} sentía un orgullo tranquilo",
            "Nadie les había pedido ayuda, pero habían ayudado de todos modos",
        ),
        (
            "Una sensación suave y alegre se instaló en {hero}",
            "Todo el mundo estaba a salvo y feliz, y eso era lo único que importaba",
        ),
    ),
    "fear:glad": (
        (
            "{hero} tenía la sensación de haber crecido, o al menos de tener más valor",
            "Enfrentarse a un miedo te cambia un poco, y para bien",
        ),
        (
            "A {hero} le costaba creer lo pequeño que parecía ahora el miedo",
            "Desde el otro lado, casi parecía una tontería",
        ),
        (
            "Un valor burbujeante llenaba a {hero}",
            "Era el tipo de sensación que uno querría guardar para siempre",
        ),
        (
            "{hero} tenía el corazón lleno de orgullo y las piernas todavía un poco temblorosas",
            "Ser valiente cansa, pero merece la pena",
        ),
    ),
    "wish:glad": (
        (
            "{hero} sentía que acababa de pasar un poquito de magia",
            "Quizá sí, y quizá la habían fabricado entre todos",
        ),
        (
            "La alegría burbujeaba dentro de {hero}",
            "Un deseo cumplido es todavía mejor cuando has ayudado a cumplirlo",
        ),
        ("Tanta felicidad no dejaba a {hero} quedarse en su sitio", "Una alegría así pide bailar"),
        (
            "{hero} miraba con los ojos brillantes",
            "Ver cumplirse un deseo era lo más bonito que {hero} había visto nunca",
        ),
    ),
}

SHAPE_MOMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "lost": (
        ("De vez en cuando a alguien le parecía haber encontrado una pista, y todo el mundo corría a mirar",),
        ("Cada vez que un escondite resultaba vacío, alguien lo tachaba de la lista",),
        ("Alguien se inventó una canción para buscar, era horrible, y todo el mundo la cantó",),
        ("Revisaron cada rincón dos veces, y algunos rincones hasta tres",),
        ("Alguien propuso volver sobre sus pasos, y otro ya había empezado a hacerlo",),
        ("La lista de sitios donde no estaba se hacía cada vez más larga",),
        ("Cada escondite vacío hacía que el siguiente pareciera más prometedor",),
    ),
    "broken": (
        ("Alguien tarareaba mientras trabajaban, y el trabajo parecía ir más rápido",),
        ("Cada pocos minutos, alguien se apartaba para ver cómo iba quedando",),
        ("Hubo algunos pequeños contratiempos, pero nadie dejó que estropearan el buen humor",),
        ("Colocaron cada piececita en orden, para que no se perdiera nada",),
        ("El arreglo avanzaba despacio, paso a paso y con mucho cuidado",),
        ("De vez en cuando algo crujía o se tambaleaba, y todo el mundo contenía la respiración",),
        ("Poco a poco, lo que estaba roto recuperaba su aspecto de siempre",),
    ),
    "need": (
        ("Cada palabra amable parecía servir de algo, por pequeña que fuera",),
        ("Alguien compartió lo que tenía, y otro se ofreció a vigilar",),
        ("Era un trabajo lento, de esos que no se pueden apresurar",),
        ("Ayudar a alguien, descubrieron, es tanto escuchar como hacer",),
        ("Todo el mundo se movía con un poco más de suavidad que de costumbre",),
        ("Ya nadie hablaba alto, por si alguien pequeñito estaba escuchando",),
        ("Cuanto más ayudaban, más ganas tenían de ayudar",),
    ),
    "fear": (
        ("Cada ruidito hacía que alguien diera un respingo, y luego todo el mundo se reía de los respingos",),
        ("Despacio, muy despacio, el sitio que daba miedo estaba cada vez más cerca",),
        ("Nadie iba delante y nadie se quedaba atrás, así que avanzaban uno al lado del otro",),
        ("Cada sombra parecía un poco más grande de lo que seguramente era",),
        ("Iban tan cerca unos de otros que se chocaban los codos todo el rato",),
        ("Nadie hablaba del nudo en la tripa, pero todo el mundo lo tenía",),
        ("Cada pasito valiente hacía el siguiente un poquito más fácil",),
    ),
    "wish": (
        ("Cada cual trabajaba en una parte distinta, y poco a poco las partes fueron encajando",),
        ("Había muchos cuchicheos, porque a los deseos les gusta ser secretos hasta que se cumplen",),
        ("Alguien no paraba de preguntar si ya estaba listo, y siempre le contestaban que casi",),
        ("Cumplir el deseo de otro resultó ser muchísimo trabajo",),
        ("Todo el mundo tenía una idea, y algunas hasta eran útiles",),
        ("Nadie lo decía, pero todo el mundo imaginaba ya el final feliz",),
        ("El plan crecía y mejoraba cada vez que alguien añadía algo",),
    ),
    "lost:glad": (
        ("Todo el mundo quería ver el hallazgo de cerca, para asegurarse de que era de verdad",),
        ("La búsqueda había terminado, y de repente todo el mundo tenía mucha hambre",),
    ),
    "broken:glad": (
        ("Todo el mundo quiso comprobar por turnos que todo aguantaba, uno detrás de otro",),
        ("Alguien dijo que había quedado mejor que antes, y nadie le llevó la contraria",),
    ),
    "need:glad": (
        ("Ahora todo el mundo sonreía, incluso quien antes había tenido miedo",),
        ("Alguien dio las gracias, y luego todo el mundo dio las gracias a todo el mundo",),
    ),
    "fear:glad": (
        ("Todo el mundo contaba a la vez el momento en que más miedo había pasado",),
        ("El sitio que tanto miedo daba ahora parecía casi acogedor",),
    ),
    "wish:glad": (
        ("Durante un momento nadie dijo nada, porque el final feliz no necesitaba palabras",),
        ("Luego todo el mundo se puso a aplaudir a la vez, y los aplausos no se acababan nunca",),
    ),
}


CHAPTER_CLAUSES: dict[str, str] = {
    # opening
    "{hero} jugaba siempre con {friends}": (
        "{hero} pasaba casi todos los días con {friends}, inventando expediciones extraordinarias"
    ),
    "Cada día era una nueva aventura": (
        "Cada mañana empezaba como una página en blanco, y nadie podía adivinar lo que traería"
    ),
    "Eran los mejores amigos del mundo": (
        "Se conocían tan bien que a menudo adivinaban lo que el otro estaba pensando antes de que lo dijera"
    ),
    "Allí nunca había tiempo para aburrirse": (
        "Allí el aburrimiento no tenía ninguna oportunidad, porque cada rincón escondía una sorpresa "
        "diferente"
    ),
    # meet
    "{hero} conocía a {friend} desde siempre": (
        "{hero} conocía a {friend} desde hacía tanto tiempo que ninguno recordaba cómo se habían conocido"
    ),
    "{hero} y {friend} lo compartían todo": (
        "{hero} y {friend} lo compartían absolutamente todo: los secretos, las meriendas y las ideas más "
        "disparatadas"
    ),
    "Les encantaba hacer planes juntos": (
        "Les encantaba inventar planes ambiciosos, aunque muchas veces parecieran completamente imposibles"
    ),
    # problem
    "Pero entonces algo salió mal": (
        "Pero entonces ocurrió algo inesperado, y aquella tranquilidad desapareció de repente"
    ),
    "{hero} se quedó con la boca abierta": (
        "{hero} se quedó con la boca abierta, incapaz de pronunciar una sola palabra durante un buen rato"
    ),
    "Alguien tenía que hacer algo": (
        "Alguien tenía que reaccionar rápidamente, antes de que la situación se volviera verdaderamente "
        "complicada"
    ),
    "{everyone} se miraron": (
        "{everyone} intercambiaron una mirada preocupada, esperando que alguien tuviera una solución"
    ),
    "Nadie sabía qué hacer": (
        "Nadie sabía por dónde empezar, y durante un instante el silencio resultó terriblemente incómodo"
    ),
    # setout
    "{hero} respiró hondo": (
        "{hero} respiró profundamente, reunió todo su valor y decidió que había llegado el momento de actuar"
    ),
    "{friend} dijo que sí con la cabeza": (
        "{friend} asintió con firmeza, con el alivio evidente de que por fin alguien hubiera tomado una "
        "decisión"
    ),
    # journey
    "{friend} se paró en seco": (
        "{friend} se detuvo bruscamente y observó el obstáculo con una desconfianza comprensible"
    ),
    "{hero} miró con atención": (
        "{hero} examinó cuidadosamente los alrededores, buscando cualquier detalle que pudiera ayudarles"
    ),
    "Luego encontraron un paso seguro": (
        "Finalmente, después de algunas dudas, descubrieron un paso lo bastante seguro para continuar"
    ),
    "{hero} no perdió la calma": (
        "{hero} se esforzó por mantener la calma, porque el pánico nunca había solucionado ningún problema"
    ),
    "{friend} se quedó muy cerca": (
        "{friend} se quedó muy cerca, con la intención de ayudar inmediatamente si la situación se complicaba"
    ),
    "Y al final lo lograron": (
        "A fuerza de paciencia y constancia, terminaron superando aquella dificultad inesperada"
    ),
    "{hero} tomó la mano de {friend}": (
        "{hero} tomó la mano de {friend}, tanto para compartir su valor como para encontrar un poco más"
    ),
    "Fueron despacio, paso a paso": (
        "Avanzaron con muchísimo cuidado, paso a paso, comprobando siempre dónde ponían los pies"
    ),
    "Por fin lo dejaron atrás": (
        "Por fin, después de unos minutos interminables, consiguieron dejarlo definitivamente atrás"
    ),
    "{friend} tragó saliva": (
        "{friend} tragó saliva con dificultad, aunque no propuso en ningún momento dar media vuelta"
    ),
    "{hero} buscó otro camino": (
        "{hero} buscó metódicamente otro camino, negándose a rendirse con tanta facilidad"
    ),
    "Juntos encontraron la manera de pasar": (
        "Combinando sus ideas, imaginaron finalmente una manera ingeniosa de superar el obstáculo"
    ),
    "{hero} no se detuvo": (
        "{hero} no disminuyó el paso, porque abandonar precisamente entonces habría sido una verdadera pena"
    ),
    "Poco a poco, siguieron adelante": (
        "Poco a poco, con una determinación tranquila, continuaron avanzando hacia su objetivo"
    ),
    # spotlight
    "{friend} tuvo una idea: {idea}": (
        "{friend} tuvo entonces una idea tan sencilla que todos se preguntaron por qué nadie la había "
        "pensado antes: {idea}"
    ),
    "Era justo lo que necesitaban": (
        "Era exactamente lo que necesitaban, y {hero} lo reconoció inmediatamente"
    ),
    "{hero} sonrió y dio las gracias": (
        "{hero} le dio las gracias a {friend} con una sonrisa que expresaba mucho más que las palabras"
    ),
    "Era el turno de {friend}": (
        "Esta vez le tocaba a {friend} demostrar de lo que era capaz, y la ocasión era perfecta"
    ),
    "{hero} se alegró mucho": ("{hero} sintió un alivio enorme, mezclado con un agradecimiento sincero"),
    "Siguieron adelante con más fuerza": (
        "Continuaron con una energía renovada, como si la dificultad los hubiera hecho más resistentes"
    ),
    # attempt
    "{hero} suspiró": (
        "{hero} soltó un largo suspiro de desánimo, preguntándose qué era exactamente lo que había fallado"
    ),
    "Aquello no había funcionado": (
        "Nada había salido según lo previsto, y aquella decepción pesaba más de lo que nadie quería admitir"
    ),
    "{friend} dio una palmadita a {hero}": (
        "{friend} se acurrucó cariñosamente junto a {hero}, para recordarle que nadie estaba solo ante "
        "aquel fracaso"
    ),
    "Tendrían que pensar otra cosa": (
        "Tendrían que imaginar una solución diferente, más astuta, en la que todavía nadie hubiera pensado"
    ),
    "Era más difícil de lo que pensaban": (
        "La misión resultaba bastante más complicada de lo previsto, pero nadie consideraba seriamente "
        "abandonar"
    ),
    # quiet
    "{friend} contó una historia divertida": (
        "{friend} contó una historia tan ridícula que hasta las preocupaciones del día parecieron de "
        "repente menos graves"
    ),
    "Se pararon a descansar": (
        "Decidieron concederse un verdadero descanso, porque el cansancio empezaba a enredar sus ideas"
    ),
    "Por un momento, todo estaba en calma": (
        "Durante un largo momento, todo permaneció en completa calma, como si el mundo entero contuviera "
        "la respiración"
    ),
    "{hero} se quedó un rato en silencio": (
        "{hero} permaneció un buen rato en silencio, repasando mentalmente cada detalle de la jornada"
    ),
    "Descansar les ayudó a pensar": (
        "Aquella pausa les permitió pensar con más claridad, y las ideas empezaron a aparecer de nuevo"
    ),
    "Todo el mundo necesitaba un pequeño descanso": (
        "Todo el mundo necesitaba urgentemente un descanso, aunque nadie quisiera reconocerlo primero"
    ),
    # doubt
    "{hero} se sentó con un gran suspiro": (
        "{hero} se sentó pesadamente, porque todos aquellos esfuerzos todavía no habían servido para nada"
    ),
    "{friend} se sentó a su lado": (
        "{friend} se sentó a su lado sin decir nada, porque algunos silencios consuelan más que las palabras"
    ),
    "Durante un rato, nadie dijo nada": (
        "Durante un largo rato, nadie pronunció una palabra, y cada uno se perdió en sus propios pensamientos"
    ),
    "{hero} sintió mucho cansancio": (
        "{hero} notaba que el cansancio le invadía las piernas, pero se negaba obstinadamente a admitirlo"
    ),
    "{friend} no dijo nada": (
        "{friend} no contestó, aunque evidentemente estaba pensando en una manera de animar a {hero}"
    ),
    # wonder
    "{hero} se detuvo para mirarlo todo": (
        "{hero} se detuvo para contemplar los alrededores, maravillándose con cada detalle inesperado"
    ),
    "Nadie tenía ganas de darse prisa": (
        "Nadie tenía ganas de darse prisa, porque un lugar semejante merecía contemplarse con tranquilidad"
    ),
    "{friend} hacía una pregunta tras otra": (
        "{friend} hacía una pregunta tras otra, con una curiosidad aparentemente inagotable"
    ),
    "Era como estar dentro de un cuento": (
        "Era como estar dentro de un cuento maravilloso, de esos que se escuchan por la noche antes de dormir"
    ),
    "Era un lugar extraordinario": (
        "Era un lugar verdaderamente extraordinario, que ninguna descripción habría podido reflejar del todo"
    ),
    "Todo era precioso": ("Todo resultaba tan precioso que era difícil decidir qué había que mirar primero"),
    "Caminaron y caminaron": (
        "Continuaron caminando durante mucho tiempo, descubriendo en cada recodo una nueva curiosidad"
    ),
    "Había tanto que ver": (
        "Había tantísimas cosas interesantes que observar que el tiempo parecía pasar volando"
    ),
    # resolution
    "Todos estaban a salvo y felices": (
        "Todos estaban a salvo, y aquel alivio valía más que cualquier recompensa imaginable"
    ),
    "El largo día tuvo un final feliz": (
        "Aquella interminable jornada terminaba muchísimo mejor de lo que nadie se había atrevido a esperar"
    ),
    # return
    "Poco a poco, fueron volviendo a casa": (
        "Tranquilamente, emprendieron el camino de vuelta a casa, contando ya sus aventuras en voz alta"
    ),
    "Era hora de volver a casa": (
        "Era hora de volver a casa, aunque nadie quería realmente que aquella aventura terminara"
    ),
    # celebration
    "Fue la mejor fiesta en mucho tiempo": (
        "Fue la celebración más animada que se recordaba desde hacía muchísimo tiempo"
    ),
    "Todos vinieron a dar las gracias": (
        "Todos se acercaron para expresar su agradecimiento, y {hero} ya no sabía muy bien adónde mirar"
    ),
    "El día terminó con canciones y risas": (
        "La jornada terminó entre canciones y carcajadas, y cada uno inventó una estrofa sobre la aventura"
    ),
    # ending
    "Esa noche, {hero} pensó en el día": (
        "Esa noche, {hero} estuvo pensando largamente en el día, reviviendo cada momento importante"
    ),
    "Ahora {hero} sabía algo importante": (
        "Ahora {hero} comprendía algo esencial, que ninguna lección habría podido explicar tan claramente"
    ),
    # the other ways of saying a try's sigh and the need for another idea
    "{hero} soltó un largo suspiro": (
        "{hero} soltó un largo suspiro y se quedó un momento pensando qué hacer a continuación"
    ),
    "Había que buscar otra idea": (
        "Había que buscar otra idea, algo distinto que a nadie se le hubiera ocurrido todavía"
    ),
    # the resolution's joy, told at a chapter book's length
    "{hero} gritó de alegría": ("{hero} gritó de alegría, tan fuerte que su voz resonó por todas partes"),
    "{hero} dio saltos de alegría": (
        "{hero} dio saltos de alegría, sin poder contener la emoción que le llenaba el pecho"
    ),
    "{hero} y {friends} bailaron en círculo": (
        "{hero} y {friends} bailaron en círculo hasta quedarse sin aliento, riéndose de pura felicidad"
    ),
    "{hero} y {friends} dieron vueltas y más vueltas": (
        "{hero} y {friends} dieron vueltas y más vueltas, hasta que todo a su alrededor parecía girar también"
    ),
    # a wish's problem page (the `wishing` beat)
    "Un día, {hero} conoció a alguien nuevo": (
        "Un día, sin esperarlo, {hero} conoció a alguien nuevo, alguien que llevaba mucho tiempo "
        "esperando un amigo"
    ),
    "Una mañana, {hero} oyó una vocecita llena de esperanza": (
        "Una mañana, mientras todos seguían ocupados con el desayuno, {hero} oyó una vocecita llena "
        "de esperanza que venía de muy cerca"
    ),
    "Aquella tarde, alguien se acercó con timidez a {hero}": (
        "Aquella tarde, alguien se acercó con timidez a {hero}, como si tuviera algo muy importante que pedir"
    ),
    "Un día, {hero} vio a alguien sentado muy solo": (
        "Un día, {hero} vio a alguien sentado muy solo, un poco apartado de los demás, con cara de "
        "esperanza y un poco de tristeza"
    ),
    "Poco después, {hero} oyó un suspiro pequeñito": (
        "Poco después, {hero} oyó un suspiro pequeñito, de esos que se escapan cuando alguien desea "
        "algo con todas sus fuerzas"
    ),
    "{hero} escuchó con atención": (
        "{hero} escuchó con atención cada palabra, sin interrumpir ni una sola vez"
    ),
    "{hero} quiso ayudar enseguida": (
        "{hero} quiso ayudar enseguida, porque nadie debería esperar para siempre a que se cumpla un deseo"
    ),
    "Aquel deseo merecía hacerse realidad": (
        "Aquel deseo merecía hacerse realidad, y {hero} decidió en ese mismo momento que así sería"
    ),
    "{hero} y {friends} se sonrieron": (
        "{hero} y {friends} se sonrieron, porque todos estaban pensando exactamente lo mismo"
    ),
    "Quizá podían ayudar": ("Quizá, si trabajaban todos juntos, podían ayudar"),
}
"""A chapter book's (ages 9-12) own sentence for a short clause of a plot beat (see writer.py)."""
